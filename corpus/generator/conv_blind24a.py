"""Corpus generator: the twenty-fourth blind held-out set, first half: C673-C690 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to reviews in specialist fields of harm,
printing their lessons the way reviews in those fields do: child criminal exploitation and county lines (National
Referral Mechanism referrals and decisions, contextual safeguarding sections by context, transition to adult services
at 18), online harm, fabricated or induced illness, female genital mutilation and honour-based abuse, disabled
children in residential placements, care leavers and young adults, unborn babies and pre-birth assessment,
radicalisation (Prevent, Channel). A smaller part leans to the child's age and name as such reviews print them:
"17 years and 11 months", unborn at the time of the events, a young adult aged 18, an age when the harm began and
another at the death, several children with an age range, a young person called only "the young person" or by a
family letter.

Each builder declares every lesson as a careful reader of that document would record it: kind, printed label,
heading (title) where a heading names the lesson, agency where the document gives one, and only the metadata the
document prints. Definitions, legal framework and guidance quoted, referral and decision tables, chronologies,
contexts described, questions for practitioners and lines of enquiry are never lessons. The lesson texts are the
set's own, in each field's vocabulary; the set uses only element kinds the earlier writers already draw, so no
writer is changed and documents of earlier sets come out as before.
"""

from __future__ import annotations

from .conv_blind18b import _agency, _pron, _runin
from .conv_blind18b import _p as _para
from .conv_blind19a import _board, _cap, _type_name
from .conv_blind22a import _cover
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx

COLUMN_WIDTHS.update(
    {
        "b24anrm": ((0.18, 0.30, 0.22, 0.30), False),
        "b24alead": ((0.08, 0.62, 0.30), False),
        "b24atwo": ((0.16, 0.84), False),
        "b24aplan": ((0.5, 0.5), False),
    }
)

CCE = ("harm.physical_abuse", "multi.coordination")
INFO = ("multi.information_sharing",)


def _letter(c: Ctx) -> str:
    """The letter of the spec's child ("Child Q" -> "Q", "Oscar" -> "O")."""
    name = c.spec.child
    return name.split()[-1] if name.startswith(("Child ", "Baby ")) else name[0]


def _named(c: Ctx, child: str, age: str, title: str | None = None) -> None:
    """The document's child, age and title as it prints them."""
    title = title if title is not None else f"{_type_name(c).title().replace('Of', 'of')}: {child}"
    c.doc.meta.update(child=child, child_age=age, title=_full_title(c, child) if title == "" else title)


def _full_title(c: Ctx, child: str) -> str:
    kind = {"SCR": "Serious Case Review", "LCSPR": "Local Child Safeguarding Practice Review"}
    return f"{kind.get(c.spec.review_type, 'Review')}: {child}"


def _front(c: Ctx, child: str, age: str, *extra: str) -> None:
    _named(c, child, age, "")
    _cover(c, f"Independent reviewer: {c.spec.author}", *extra, f"Published: {c.printed_date()}")


def _lesson_p(c: Ctx, kind: str, label: str, text: str, themes, agency: str = "") -> int:
    key = c.doc.lesson(kind, label, text, themes, agency)
    _para(c, text, key)
    return key


def _titled(c: Ctx, kind: str, label: str, title: str, body: str, themes, sep: str = ": ") -> None:
    d = c.doc
    key = d.lesson(kind, label, f"{title} {body}", themes, title=title)
    d.add("h2", f"{label}{sep}{title}" if label else title, key)
    _para(c, body, key)


def _lead_table(c: Ctx, recs, heading: str = "Recommendations", head=("No.", "Recommendation", "Lead agency")):
    d = c.doc
    d.add("h1", heading)
    d.add("header", cells=head, label="b24alead")
    for j, (text, agency, themes) in enumerate(recs, 1):
        key = d.lesson("recommendation", str(j), text, themes, agency)
        d.add("row", keys=key, cells=(str(j), text, agency), label="b24alead")


def _num_recs(c: Ctx, recs, heading: str = "Recommendations") -> None:
    d = c.doc
    d.add("h1", heading)
    for j, (text, themes) in enumerate(recs, 1):
        d.add("num", text, d.lesson("recommendation", str(j), text, themes), label=f"{j}.")


# --- the conventions ------------------------------------------------------------------------------


def c673(c: Ctx) -> None:  # NRM referrals table (never lessons); a young person of "17 years and 11 months"
    d = c.doc
    name = f"Child {_letter(c)}"
    pron, poss = _pron(c)
    obj = "her" if pron == "she" else "him"
    _front(c, name, "17 years and 11 months")
    d.add("h1", "Introduction")
    d.add("p", f"{name} died in hospital after being stabbed. {_cap(pron)} was 17 years and 11 months old, three weeks "
          f"short of {poss} eighteenth birthday. This review was commissioned by the {c.partnership} because "
          f"{name} had been criminally exploited and was known to several agencies.")  # fmt: skip
    d.add("h1", "National Referral Mechanism referrals")
    d.add("p", "The National Referral Mechanism (NRM) is the framework for identifying and referring potential "
          "victims of modern slavery, including children who are criminally exploited. A first responder makes the "
          "referral; the Single Competent Authority decides first whether there are reasonable grounds to believe "
          "the child is a victim, and later whether there are conclusive grounds.")  # fmt: skip
    d.add("header", cells=("Date", "First responder", "Decision", "Time taken"), label="b24anrm")
    for row in (
        ("March (year 1)", "Police, after arrest in another county", "Reasonable grounds: positive", "4 days"),
        ("March (year 1)", "Children's social care", "Duplicate of the police referral", "-"),
        ("January (year 2)", "Youth Justice Service", "Conclusive grounds: positive", "10 months"),
    ):
        d.add("row", cells=row, label="b24anrm")
    d.add("small", f"The conclusive grounds decision was received after the trial in which {name} was a defendant.")
    d.add("h1", "Findings")
    for i, (title, body, themes) in enumerate(
        (
            ("The NRM decision came too late to help",
             f"The positive conclusive grounds decision arrived ten months after the referral. By then {name} had "
             "been sentenced, and the decision could not be used in the criminal court to support a defence under "
             "section 45 of the Modern Slavery Act 2015. No agency chased the decision or asked the court to wait "
             "for it.", ("multi.coordination", "org.policy_guidance")),
            ("Two first responders referred without talking to each other",
             "The police and children's social care each made an NRM referral within a day of each other. Neither "
             "knew the other had done so, and no one took the lead on keeping in touch with the Single Competent "
             "Authority. Once the referrals were made, everyone assumed someone else owned them.",
             ("multi.information_sharing", "agency.police")),
            ("Exploitation was seen as the young person's choice",
             f"Records describe {name} as 'choosing' to go missing and 'involved in' drug supply. This language "
             f"placed the responsibility on {name} and made it harder for practitioners to see {obj} as a victim "
             "of exploitation at the same time as someone who had committed offences.",
             ("voice.voice_of_child", "org.workforce_supervision")),
        ), 1):  # fmt: skip
        _titled(c, "finding", f"Finding {i}", title, body, themes)
    _num_recs(
        c,
        (
            (
                "The partnership should agree a local protocol naming a single lead professional for every NRM referral "
                "made for a child, responsible for tracking the decision and sharing it with the court and the Youth "
                "Justice Service.",
                ("multi.coordination", "org.policy_guidance"),
            ),
            (
                "The police and children's social care should check with each other before making an NRM referral for "
                "a child, so that one referral is made and both agencies know who made it.",
                INFO,
            ),
            (
                "All agencies should review the language used in their records about children who are criminally "
                "exploited, and train staff to avoid wording that suggests the child chose to be exploited.",
                ("org.workforce_supervision",),
            ),
        ),
    )


CONTEXTS = (
    ("Peer group",
     "{n} spent most evenings with a group of older boys, some of whom were known to the police for drug supply.",
     "Practitioners knew who {n}'s friends were but did not map the peer group or consider that the same young "
     "people were linked to other children on the exploitation risk register. Working with the peer group, not only "
     "the individual child, could have identified risks earlier.", ("multi.information_sharing", "multi.coordination")),
    ("School",
     "{n} was excluded for a fixed term twice in Year 10 and then moved to an alternative provision.",
     "The move to alternative provision took {n} out of a setting where staff knew {o} well and into one where "
     "{p} met young people already involved in exploitation. Decisions about exclusion and placement should weigh "
     "the risk of exploitation in the new setting.", ("org.policy_guidance",)),
    ("Neighbourhood",
     "The park and the takeaway near {n}'s home were known locations for drug dealing.",
     "Information about these places was held by the police and the community safety team but not shared with "
     "children's services. Places where children are at risk need to be part of the safeguarding response, "
     "through disruption, licensing and detached youth work.", ("agency.police", "multi.information_sharing")),
    ("Online",
     "{n} used several social media accounts and a second phone that {p} kept hidden from {q} mother.",
     "The second phone was found twice and returned to {n} without its contents being considered. Online spaces "
     "are where grooming into exploitation often begins, and practitioners need confidence to ask about them.",
     ("org.workforce_supervision", "voice.voice_of_child")),
)  # fmt: skip


def c674(c: Ctx) -> None:  # contextual safeguarding: a section per context, "What we know" then "Learning" run-ins
    d = c.doc
    name = f"Child {_letter(c)}"
    pron, poss = _pron(c)
    obj = "him" if pron == "he" else "her"
    _front(c, name, "15 years")
    d.add("h1", "Introduction")
    d.add("p", f"{name} was 15 years old when {pron} was seriously assaulted in a flat in a neighbouring town, where "
          f"{pron} had been taken to sell drugs. The {c.partnership} used a contextual safeguarding approach in this "
          "review: it looks at the places and relationships outside the family where the harm happened.")  # fmt: skip
    d.add("h1", "The contexts of harm")
    for head, known, learning, themes in CONTEXTS:
        words = {"n": name, "p": pron, "q": poss, "o": obj}
        d.add("h2", head)
        _runin(c, known.format(**words), label="What we know:")
        key = d.lesson("learning_point", "", learning.format(**words), themes)
        _runin(c, learning.format(**words), key, label="Learning:")
    d.add("h1", "Family")
    d.add("p", f"{name}'s mother asked for help many times. She told the review that she felt blamed for what was "
          "happening outside her home, which she could not control.")  # fmt: skip
    _num_recs(
        c,
        (
            (
                "The partnership should introduce peer group mapping for children at risk of exploitation, led by the "
                "exploitation hub.",
                ("multi.coordination",),
            ),
            (
                "The local authority and schools should agree that no child known to be at risk of exploitation is moved "
                "to alternative provision without a multi-agency discussion of the risks in the new setting.",
                ("org.policy_guidance", "multi.coordination"),
            ),
            (
                "The community safety partnership should share information about locations of concern with children's "
                "services every month.",
                INFO,
            ),
        ),
    )


def c675(c: Ctx) -> None:  # transition at 18: "a young adult aged 18"; children's and adults' learning separately
    d = c.doc
    name = f"Young Person {_letter(c)}"
    pron, poss = _pron(c)
    _front(c, name, "18 years")
    d.add("h1", "Introduction")
    d.add("p", f"This review is about {name}, a young adult aged 18 who died from an overdose four months after "
          f"{poss} eighteenth birthday. {_cap(pron)} had been criminally exploited since the age of 15. Because "
          f"{pron} was an adult when {pron} died, the review was carried out jointly with the Safeguarding Adults "
          "Board.")  # fmt: skip
    d.add("h1", "Transition to adult services")
    d.add("p", "The Care Act 2014 requires a transition assessment where a young person is likely to have needs for "
          "care and support after turning 18. There is no equivalent adult framework for criminal exploitation.")  # fmt: skip
    d.add("h1", "Learning for children's services")
    _titled(c, "learning_point", "Learning point 1", "Planning for 18 started too late",
            f"The first transition meeting was held two weeks before {name}'s birthday. Planning for adulthood for a "
            "young person at risk of exploitation should begin by 16 so that adult services know the young person "
            "and the risks before the child protection plan ends.", ("multi.coordination",), sep=" \u2013 ")  # fmt: skip
    _titled(c, "learning_point", "Learning point 2", "The risk did not end at 18",
            "The exploitation plan was closed on the day of the birthday. The people exploiting the young person "
            "were unchanged, but the meetings, the key worker and the information sharing stopped.",
            ("multi.information_sharing", "org.policy_guidance"), sep=" \u2013 ")  # fmt: skip
    d.add("h1", "Learning for adult services")
    _titled(c, "learning_point", "Learning point 3", "Exploitation was not seen as a care and support need",
            "Adult social care decided that the young person did not meet the Care Act eligibility criteria because "
            "there was no physical or mental impairment. Exploitation and self-neglect can meet the criteria, and "
            "practitioners need guidance on how to consider them.", ("org.policy_guidance",), sep=" \u2013 ")  # fmt: skip
    _lead_table(
        c,
        (
            (
                "Transition planning for young people at risk of exploitation should start at the age of 16, with adult "
                "social care invited to the multi-agency plan.",
                "Children's Social Care",
                ("multi.coordination",),
            ),
            (
                "Adult social care should issue guidance on how exploitation and self-neglect are considered in Care Act "
                "assessments of young adults.",
                "Adult Social Care",
                ("org.policy_guidance",),
            ),
            (
                "The children's and adults' boards should agree one exploitation pathway for young people aged 16 to 25.",
                "Safeguarding Children Partnership and Safeguarding Adults Board",
                ("multi.coordination",),
            ),
        ),
    )


def c676(c: Ctx) -> None:  # online harm: key lines of enquiry (never lessons), "Analysis" (never), "Learning" (lesson)
    d = c.doc
    name = f"Child {_letter(c)}"
    pron, poss = _pron(c)
    _front(c, name, "13 years")
    d.add("h1", "Introduction")
    d.add("p", f"{name}, aged 13, was groomed online by an adult who persuaded {poss} to send sexual images and "
          "then threatened to share them. The review asked three key lines of enquiry, set by the "
          f"{c.partnership}.".replace(f"{poss} to", f"{'him' if pron == 'he' else 'her'} to"))  # fmt: skip
    enquiries = (
        ("How well did agencies understand the risks to the child online?",
         f"School staff knew that {name} was using an app rated for 16 and over, and recorded it, but the risk "
         "was not discussed with the family.",
         "Knowing that a child is using an app is not the same as understanding what is happening on it. "
         "Practitioners should ask children who they talk to online, not only which apps they use.",
         ("voice.voice_of_child", "org.workforce_supervision")),
        ("How were the parents supported?",
         f"{name}'s parents contacted the police themselves when they found the messages.",
         "Parents who discover that their child is being sexually abused online need immediate advice on "
         "preserving evidence and not confronting the offender, which they did not receive.",
         ("agency.police",)),
        ("Was the child's experience heard?",
         f"{name} told the school counsellor that {pron} felt 'stupid' and that it was {poss} fault.",
         "Children harmed online often blame themselves. The response must make clear to the child that the "
         "adult is responsible, and this should be written into the support plan.", ("voice.voice_of_child",)),
    )  # fmt: skip
    for i, (question, analysis, learning, themes) in enumerate(enquiries, 1):
        d.add("h2", f"Key line of enquiry {i}: {question}")
        _runin(c, analysis, label="Analysis:")
        key = d.lesson("learning_point", "", learning, themes)
        _runin(c, learning, key, label="Learning:")
    _num_recs(
        c,
        (
            (
                "The partnership should provide guidance for schools on talking to children about who they are in "
                "contact with online.",
                ("org.policy_guidance",),
            ),
            (
                "The police should give written advice to parents who report online sexual abuse of their child at the "
                "first contact.",
                ("agency.police",),
            ),
        ),
    )


def c677(c: Ctx) -> None:  # fabricated or induced illness: RCPCH definitions box; "R1" ... in an agency table
    d = c.doc
    name = f"Child {_letter(c)}"
    pron, poss = _pron(c)
    _front(c, name, "9 years")
    d.add("h1", "Introduction")
    d.add("p", f"{name}, aged 9, had been seen by more than twenty doctors in four hospitals since the age of three. "
          f"{_cap(pron)} had a feeding tube and used a wheelchair. When {pron} was admitted for planned surgery, "
          f"staff noticed that {poss} symptoms stopped when {poss} mother was not present.")  # fmt: skip
    d.add("h1", "Definitions")
    # the scanner draws no boxes: the scanned copy typed the definitions as a paragraph under the heading
    box = "p" if c.spec.fmt == "scan" else "box"
    d.add(box, "Perplexing presentations (PP): alerting signs that a child's presentation may not be fully "
          "explained by a medical condition, where harm is not yet suspected. Fabricated or induced illness (FII): "
          "a clinical situation in which a child is, or is very likely to be, harmed because of parent behaviour and "
          "action carried out to convince doctors that the child's state of health is worse than it is "
          "(Royal College of Paediatrics and Child Health, 2021).")  # fmt: skip
    d.add("h1", "Findings")
    for i, (title, body, themes) in enumerate(
        (
            ("No single doctor held the whole picture",
             f"{name}'s care was split between four hospitals. Each consultant accepted the diagnoses made elsewhere, "
             "and no one brought the records together. A responsible paediatrician, as the RCPCH guidance expects, "
             "would have seen that the reported symptoms were never observed by staff.",
             ("harm.fii", "agency.acute_health", "multi.information_sharing")),
            ("Doubts were raised but not acted on",
             "A nurse and a dietitian both recorded that the child ate well on the ward. Their concerns were "
             "discussed informally but not escalated, because they felt they lacked the seniority to question a "
             "consultant's diagnosis.", ("harm.fii", "org.leadership_culture")),
        ), 1):  # fmt: skip
        _titled(c, "finding", f"Finding {i}", title, body, themes)
    d.add("h1", "Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Agency"), label="b24alead")
    icb = _agency(c, "Integrated Care Board")
    for j, (text, agency, themes) in enumerate(
        (
            ("Every child with perplexing presentations should have a named responsible paediatrician who holds the "
             "health chronology across all providers.", icb, ("harm.fii", "agency.acute_health")),
            ("Hospital trusts should make sure that staff of every grade know how to raise a concern about possible "
             "FII and are supported when they do.", "Acute hospital trusts", ("harm.fii", "org.leadership_culture")),
            ("Children's social care should take part in health-led PP/FII planning meetings from the start.",
             "Children's Social Care", ("harm.fii", "multi.coordination")),
        ), 1):  # fmt: skip
        key = d.lesson("recommendation", f"R{j}", text, themes, agency)
        d.add("row", keys=key, cells=(f"R{j}", text, agency), label="b24alead")


def c678(c: Ctx) -> None:  # FGM: the law and mandatory reporting duty quoted (never), "Key learning" bullets
    d = c.doc
    name = f"Child {_letter(c)}"
    _front(c, name, "7 years")
    d.add("h1", "Introduction")
    d.add("p", f"{name}, a girl aged 7, was found by a GP to have had female genital mutilation (FGM) when she was "
          "seen for an unrelated infection. Her mother had been identified as a woman who had had FGM during her "
          "pregnancy with Child "
          f"{_letter(c)}'s younger sister.")  # fmt: skip
    d.meta.update(child=name)
    d.add("h1", "The law")
    d.add("box", "FGM is illegal in England under the Female Genital Mutilation Act 2003. Since 31 October 2015, "
          "regulated health and social care professionals and teachers must report to the police any case where "
          "they discover that FGM appears to have been carried out on a girl under 18 (the mandatory reporting "
          "duty).")  # fmt: skip
    d.add("h1", "Key learning")
    for text, themes in (
        ("The midwife recorded the mother's FGM in the maternity notes, but it was not shared with the health visitor "
         "or GP, so the risk to her daughters was never assessed.", ("harm.hba_fgm_forced_marriage", "multi.information_sharing")),
        ("The GP was unsure whether the mandatory reporting duty applied and phoned the safeguarding lead first. The "
         "duty is personal and cannot be passed to someone else.", ("harm.hba_fgm_forced_marriage", "agency.universal_health")),
        ("A planned family holiday to the country of origin during the summer holidays was known to the school but "
         "not recognised as a time of heightened risk.", ("harm.hba_fgm_forced_marriage", "fam.race_culture_faith")),
    ):  # fmt: skip
        d.add("bullet", text, d.lesson("learning_point", "", text, themes))
    d.add("h1", "Questions for practitioners")
    for q in ("Do you know how to make a report under the mandatory reporting duty?",
              "Would you recognise the risk to a girl whose mother has had FGM?"):  # fmt: skip
        d.add("bullet", q)
    _num_recs(
        c,
        (
            (
                "Maternity services should share a mother's FGM status with the health visitor and GP as part of the "
                "transfer of care.",
                ("harm.hba_fgm_forced_marriage", "multi.information_sharing"),
            ),
            (
                "The partnership should run briefings on the mandatory reporting duty for GPs and teachers.",
                ("harm.hba_fgm_forced_marriage", "org.workforce_supervision"),
            ),
        ),
    )


def c679(c: Ctx) -> None:  # honour-based abuse: a young person called only "the young person"; no child named
    d = c.doc
    title = f"{_full_title(c, 'the young person').split(':')[0]}"
    d.meta.update(child="", child_age="16 years", title=title)
    _cover(c, f"Independent reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    d.add("h1", "A note on anonymity")
    d.add("p", "Because of the risk of further harm from members of the family, this report does not give the young "
          "person a name, initial or pseudonym. The young person is referred to throughout as 'the young person'.")  # fmt: skip
    d.add("h1", "Introduction")
    d.add("p", "The young person was 16 years old when they told a teacher that their family were planning a "
          "marriage for them abroad, and that they had been beaten for refusing. This review looks at the response "
          "to honour-based abuse and the risk of forced marriage.")  # fmt: skip
    d.add("h1", "Findings")
    for i, (title_, body, themes) in enumerate(
        (
            ("Family members were used as interpreters",
             "On two occasions the young person's uncle interpreted for the mother at meetings. Using a family "
             "member to interpret where honour-based abuse is suspected can put the young person at greater risk.",
             ("harm.hba_fgm_forced_marriage", "fam.race_culture_faith")),
            ("Mediation was offered",
             "A family support worker suggested a meeting between the young person and the parents to resolve the "
             "disagreement. Statutory guidance is clear that mediation should not be used in cases of forced "
             "marriage.", ("harm.hba_fgm_forced_marriage", "org.policy_guidance")),
            ("The Forced Marriage Unit was not contacted",
             "No agency sought advice from the Forced Marriage Unit or considered a Forced Marriage Protection Order "
             "until the young person had already been taken out of school.",
             ("harm.hba_fgm_forced_marriage", "multi.coordination")),
        ), 1):  # fmt: skip
        _titled(c, "finding", f"Finding {i}", title_, body, themes)
    _lead_table(
        c,
        (
            (
                "Agencies should use only independent, professional interpreters where honour-based abuse or forced "
                "marriage is suspected.",
                "All partner agencies",
                ("harm.hba_fgm_forced_marriage",),
            ),
            (
                "Children's social care should remind staff that family mediation must not be used where forced "
                "marriage is suspected.",
                "Children's Social Care",
                ("harm.hba_fgm_forced_marriage", "org.policy_guidance"),
            ),
            (
                "The police should make sure that officers know when to seek a Forced Marriage Protection Order.",
                "Police",
                ("harm.hba_fgm_forced_marriage", "agency.police"),
            ),
        ),
    )


def c680(c: Ctx) -> None:  # a disabled child in a 52-week residential school: harm began at 12, at the review 15
    d = c.doc
    name = f"Child {_letter(c)}"
    pron, poss = _pron(c)
    _front(c, name, "15 years")
    d.add("h1", "Introduction")
    d.add("p", f"{name} is autistic, has a severe learning disability and does not use speech. {_cap(pron)} lived "
          "in a 52-week residential special school 80 miles from home, placed there by the local authority. The "
          f"abuse by staff began when {name} was 12 and was discovered when {pron} was 15.")  # fmt: skip
    d.add("p", "This review took account of the Child Safeguarding Practice Review Panel's national review of "
          "safeguarding disabled children with complex health needs in residential settings.")  # fmt: skip
    d.add("h1", "Learning themes")
    for i, (title, body, themes) in enumerate(
        (
            ("Distance from home reduced oversight",
             f"Statutory visits to {name} were made every six months rather than six-weekly, and by different "
             "social workers. The distance made it harder for the family and the placing authority to notice "
             "changes.", ("harm.organisational_abuse", "multi.cross_boundary_transfer")),
            ("Changes in behaviour were explained by the disability",
             f"Staff recorded that {name} was self-harming and distressed at night. These changes were put down to "
             f"{poss} autism rather than treated as a possible sign of abuse.",
             ("harm.organisational_abuse", "voice.voice_of_child")),
            ("Independent visitors and advocates were not used",
             f"{name} had no independent advocate. A child who cannot speak needs someone outside the setting who "
             f"knows {poss} way of communicating.", ("voice.voice_of_child",)),
        ), 1):  # fmt: skip
        _titled(c, "learning_point", f"Learning theme {i}", title, body, themes)
    _lead_table(
        c,
        (
            (
                "The local authority should visit children in out-of-area residential placements at least every six "
                "weeks, with the same social worker wherever possible.",
                "Children's Social Care",
                ("harm.organisational_abuse", "agency.childrens_social_care"),
            ),
            (
                "Commissioners should require every residential provider to give each non-verbal child an independent "
                "advocate.",
                "Joint Commissioning Team",
                ("org.commissioning_regulation", "voice.voice_of_child"),
            ),
        ),
    )


def c681(c: Ctx) -> None:  # a care leaver aged 19: "Key message N" run-ins; recommendations numbered 1.1, 2.1
    d = c.doc
    name = _letter(c)[0] if _letter(c)[0] not in "IO" else "K"  # no letter read as a word or a number
    pron, poss = _pron(c)
    title = f"Learning review: {name}, a care leaver"
    d.meta.update(child=name, child_age="19 years", title=title, review_type="other")
    _cover(c, f"Reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"{name} was 19 years old and a care leaver when {pron} died. {_cap(pron)} had been in care from "
          f"the age of 11 and left {poss} foster placement at 18 to live in supported accommodation. The "
          f"{c.partnership} and the Safeguarding Adults Board agreed a joint learning review.")  # fmt: skip
    d.add("h1", "Key messages")
    for i, (text, themes) in enumerate(
        (
            (
                f"The Pathway Plan was not updated after {name} moved to a new flat, so the Personal Adviser's visits "
                "stopped being planned around what was happening in the young person's life.",
                ("multi.record_keeping",),
            ),
            (
                "Care leavers do not stop needing a corporate parent at 18. The housing and mental health services "
                "treated the young person as any other adult, and did not know the care history.",
                ("multi.information_sharing",),
            ),
            (
                f"{name} told the Personal Adviser three times that {pron} felt unsafe at the supported accommodation. "
                "This was recorded but did not lead to a move.",
                ("voice.voice_of_child",),
            ),
        ),
        1,
    ):
        key = d.lesson("learning_point", f"Key message {i}", text, themes)
        _runin(c, text, key, label=f"Key message {i}:")
    d.add("h1", "Recommendations")
    for head, items in (
        ("1. Corporate parenting", (
            ("The leaving care service should review every Pathway Plan within four weeks of a move.",
             ("multi.record_keeping",)),
            ("The council should make sure housing officers know when a tenant is a care leaver, with consent.",
             ("multi.information_sharing",)),
        )),
        ("2. Adult services", (
            ("The mental health trust should ask every young adult it assesses whether they are a care leaver.",
             ("multi.information_sharing",)),
        )),
    ):  # fmt: skip
        d.add("h2", head)
        for j, (text, themes) in enumerate(items, 1):
            label = f"{head[0]}.{j}"
            d.add("num", text, d.lesson("recommendation", label, text, themes), label=label)


def c682(c: Ctx) -> None:  # an unborn baby and a pre-birth assessment: "unborn at the time of the events"; LP1 rows
    d = c.doc
    name = f"Baby {_letter(c)}"
    _front(c, name, "unborn")
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns {name}, who was unborn at the time of the events it considers. It looks at the "
          "pre-birth assessment made during the pregnancy of a mother whose two older children had been removed "
          "from her care. The baby was placed with foster carers soon after birth and is now safe and well.")  # fmt: skip
    d.add("h1", "The pre-birth assessment")
    d.add("p", "The local pre-birth protocol expects a referral to children's social care by 16 weeks of pregnancy "
          "and a completed assessment by 28 weeks. The referral here was made at 24 weeks and the assessment was "
          "not completed before the birth at 35 weeks.")  # fmt: skip
    d.add("h1", "Learning points")
    d.add("header", cells=("LP", "Learning"), label="b24atwo")
    for i, (text, themes) in enumerate(
        (
            (
                "Late booking in pregnancy is itself a warning sign where older children have been removed. The "
                "midwife's referral waited for a booking appointment that the mother missed twice.",
                ("agency.universal_health", "fam.parental_history"),
            ),
            (
                "The assessment relied on the mother's account of change. The father's history and his role in the "
                "earlier proceedings were not explored.",
                ("fam.male_carers", "fam.parental_history"),
            ),
            (
                "Legal planning started after the birth. Pre-proceedings should be considered before the birth where "
                "a baby may need to be removed.",
                ("agency.childrens_social_care", "org.policy_guidance"),
            ),
        ),
        1,
    ):
        key = d.lesson("learning_point", f"LP{i}", text, themes)
        d.add("row", keys=key, cells=(f"LP{i}", text), label="b24atwo")
    _num_recs(
        c,
        (
            (
                "The partnership should revise the pre-birth protocol so that a referral is made as soon as a pregnancy "
                "is known where an older child has been removed.",
                ("org.policy_guidance", "fam.parental_history"),
            ),
            (
                "Children's social care should consider pre-proceedings no later than 28 weeks of pregnancy in such "
                "cases.",
                ("agency.childrens_social_care",),
            ),
        ),
    )


def c683(c: Ctx) -> None:  # Prevent and Channel: the Prevent duty quoted, "Learning N: title" and a Lead table
    d = c.doc
    name = f"Child {_letter(c)}"
    pron, poss = _pron(c)
    _front(c, name, "14 years")
    d.add("h1", "Introduction")
    d.add("p", f"{name}, aged 14, was arrested after sharing extreme right-wing material online and talking about "
          "an attack at school. A Prevent referral had been made by the school a year earlier.")  # fmt: skip
    d.add("h1", "Prevent and Channel")
    d.add("box", "Under section 26 of the Counter-Terrorism and Security Act 2015, specified authorities must have "
          "due regard to the need to prevent people from being drawn into terrorism (the Prevent duty). Channel is "
          "a multi-agency programme, chaired by the local authority, that provides support to people identified as "
          "vulnerable to being drawn into terrorism.")  # fmt: skip
    d.add("h1", "Learning")
    for i, (title, body, themes) in enumerate(
        (
            ("Channel and child protection ran side by side",
             f"After the Prevent referral {name} was discussed at the Channel panel, but no referral was made to "
             "children's social care. Channel is not a substitute for a safeguarding assessment of the child's "
             "home life.", ("multi.coordination",)),
            ("The case was closed when the child stopped talking about it",
             f"Channel support ended after four sessions because {name} 'no longer expressed extreme views'. His "
             "online activity, which had not changed, was not checked.".replace(
                 "His", poss.capitalize()), ("org.policy_guidance",)),
        ),
        1,
    ):  # fmt: skip
        _titled(c, "learning_point", f"Learning {i}", title, body, themes)
    _lead_table(
        c,
        (
            (
                "The Channel panel chair should make sure that every child discussed at the panel has been considered for "
                "a referral to children's social care.",
                "Channel Panel",
                ("multi.coordination",),
            ),
            (
                "Counter Terrorism Policing should share with the panel any online activity it holds before a case is "
                "closed.",
                "Counter Terrorism Policing",
                ("agency.police", "multi.information_sharing"),
            ),
        ),
    )


def c684(c: Ctx) -> None:  # several children, "aged between 3 and 14": "Family L", no single age
    d = c.doc
    fam = f"Family {_letter(c)[0]}"
    _named(c, fam, "", "")
    _cover(c, f"Independent reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns the five children of {fam}, aged between 3 and 14 at the time of the review. "
          "The eldest two were criminally exploited by an organised crime group that used the family home to store "
          "drugs; the younger three lived with severe neglect.")  # fmt: skip
    d.add("h1", "Findings")
    for i, (text, themes) in enumerate(
        (
            ("Each child was assessed separately. The exploitation team worked with the older children and the "
             "family support service with the younger ones, and no one saw the home being used by the group as a "
             "risk to all five.", ("multi.coordination", "harm.neglect")),
            ("The home was 'cuckooed': adults from the group stayed there for days at a time. The police knew of "
             "this from warrants but it was not linked to the children's plans.", ("agency.police", "multi.information_sharing")),
        ),
        1,
    ):  # fmt: skip
        key = d.lesson("finding", f"Finding {i}", text, themes)
        _runin(c, text, key, label=f"Finding {i}.")
    d.add("h1", "Good practice")
    text = "The school nurse built a trusting relationship with the eldest child, who told her about the adults in the home."
    d.add("bullet", text, d.lesson("good_practice", "", text, ("voice.voice_of_child",)))
    _num_recs(c, (("Where siblings are known to different teams, a single lead practitioner should be named for the "
                   "whole family.", ("multi.coordination",)),))  # fmt: skip


def c685(c: Ctx) -> None:  # harm from 13, death at 16: stages by age, each with learning (no title)
    d = c.doc
    name = f"Child {_letter(c)}"
    pron, poss = _pron(c)
    _front(c, name, "16 years")
    d.add("h1", "Introduction")
    d.add("p", f"Concerns that {name} was being sexually exploited were first raised when {pron} was 13. {_cap(pron)} "
          f"died at the age of 16 from injuries sustained in a car driven by an adult who had been exploiting {poss}."
          .replace(f"exploiting {poss}.", f"exploiting {'him' if pron == 'he' else 'her'}."))  # fmt: skip
    d.add("h1", "Learning by stage")
    for head, text, themes in (
        ("Age 13: first concerns",
         "The first referral, from a youth worker, was screened as 'no further action' because the child denied "
         "any concern. Early denial is common in exploitation and should not close a referral.",
         ("agency.childrens_social_care",)),
        ("Age 14 to 15: going missing",
         "Return home interviews were offered but declined eleven times. The pattern of missing episodes was not "
         "reviewed as a whole.", ("multi.record_keeping", "voice.voice_of_child")),
        ("Age 16: the months before the death",
         "Agencies knew the adult driver's name from three separate reports but never brought them together.",
         ("multi.information_sharing",)),
    ):  # fmt: skip
        d.add("h2", head)
        _lesson_p(c, "learning_point", "", text, themes)
    _num_recs(
        c,
        (
            (
                "Referrals about possible exploitation should not be closed solely because the child denies it.",
                ("agency.childrens_social_care",),
            ),
            (
                "The missing children coordinator should review the pattern of episodes after every third missing "
                "episode.",
                ("multi.record_keeping",),
            ),
        ),
    )


def c686(c: Ctx) -> None:  # county lines across two police forces: key practice episodes (never), "F1 – title"
    d = c.doc
    name = f"Child {_letter(c)}"
    _front(c, name, "15 years")
    d.add("h1", "Introduction")
    d.add("p", f"{name}, aged 15, was found in a flat in a coastal town 150 miles from home, where {_pron(c)[0]} "
          "had been held to sell drugs on a county line. This review looks at the response of agencies in both "
          "areas.")  # fmt: skip
    d.add("h1", "Key practice episodes")
    d.add("header", cells=("Episode", "What happened"), label="b24aplan")
    for row in (("1. First missing episode", "Reported missing by mother; found two days later in the other force area."),
                ("2. Arrest", "Arrested with drugs and cash; released under investigation."),
                ("3. Strategy meeting", "Held without the other force area's police.")):  # fmt: skip
        d.add("row", cells=row, label="b24aplan")
    d.add("h1", "Findings")
    for i, (title, body, themes) in enumerate(
        (
            ("The home force and the receiving force did not share intelligence",
             "Each force held part of the picture. Neither the strategy meeting nor the missing return interview "
             "included the force in whose area the child was found.", ("agency.police", "multi.cross_boundary_transfer")),
            ("Being released under investigation left the child exposed",
             "The child returned to the line within days of the arrest. Nobody considered whether the debt created by "
             "the seized drugs put the child at greater risk.", ("agency.police",)),
        ),
        1,
    ):  # fmt: skip
        _titled(c, "finding", f"F{i}", title, body, themes, sep=" \u2013 ")
    _lead_table(
        c,
        (
            (
                "Strategy meetings for children found in another force area should include that force.",
                "Police",
                ("agency.police", "multi.cross_boundary_transfer"),
            ),
            (
                "Drug debt should be considered in every safety plan after a child's arrest for drug supply.",
                "Youth Justice Service",
                ("org.policy_guidance",),
            ),
        ),
    )


def c687(c: Ctx) -> None:  # a young person known by a family letter only ("F"); "Learning Point N" headings
    d = c.doc
    letter = _letter(c)[0]
    pron, poss = _pron(c)
    _front(c, letter, "17 years")
    d.add("h1", "Introduction")
    d.add("p", f"In this report the young person is called {letter}, the letter chosen by {poss} family. {letter} was "
          f"17 years old when {pron} took {poss} own life after being blackmailed online with intimate images "
          "(sextortion).")  # fmt: skip
    for i, (title, body, themes) in enumerate(
        (
            ("Sextortion moves fast",
             f"{letter} was contacted, groomed and threatened within six hours. Safeguarding responses built around "
             "referral and assessment over days do not match the speed of this harm.", ("org.policy_guidance",)),
            ("Reporting routes were not known",
             f"{letter}'s friends knew what was happening but did not know that images can be removed through the "
             "Report Remove service.", ("voice.voice_of_child",)),
        ),
        1,
    ):  # fmt: skip
        _titled(c, "learning_point", f"Learning Point {i}", title, body, themes, sep=". ")
    _num_recs(c, (("Schools should teach pupils about sextortion and the Report Remove service.",
                   ("org.policy_guidance",)),))  # fmt: skip


def c688(c: Ctx) -> None:  # a residential children's home for disabled children: several children aged 10 to 17
    d = c.doc
    d.meta.update(child="", child_age="", title=f"{_full_title(c, 'x').split(':')[0]}: Children at a residential "
                  "home")  # fmt: skip
    _cover(c, f"Independent reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", "This review concerns six disabled children, aged from 10 to 17, who lived at a registered children's "
          "home for children with complex needs. Staff were found to have used unauthorised restraint and "
          "seclusion. The children are not named, and no individual child's age is given.")  # fmt: skip
    d.add("h1", "What the review found")
    for text, themes in (
        ("Restraint records were completed but never analysed. The number of restraints doubled in a year without "
         "anyone outside the home noticing.", ("harm.organisational_abuse", "multi.record_keeping")),
        ("Placing authorities relied on the provider's own reports and the Ofsted rating, which was 'Good'.",
         ("harm.organisational_abuse", "org.commissioning_regulation")),
    ):  # fmt: skip
        d.add("bullet", text, d.lesson("finding", "", text, themes))
    _num_recs(c, (("Placing authorities should ask for and read restraint records at every review of a child's "
                   "placement.", ("harm.organisational_abuse",)),))  # fmt: skip


def c689(c: Ctx) -> None:  # a baby: harm in pregnancy and at birth; age at death weeks; unborn in the chronology
    d = c.doc
    name = f"Baby {_letter(c)}"
    _front(c, name, "9 weeks")
    d.add("h1", "Introduction")
    d.add("p", f"{name} died at 9 weeks old from a head injury. Agencies first became involved when {name} was "
          "unborn, after the mother disclosed domestic abuse at her booking appointment.")  # fmt: skip
    d.add("h1", "Findings")
    for i, (title, body, themes) in enumerate(
        (
            ("The pre-birth referral was not followed up",
             "Children's social care closed the referral after a single phone call, because the mother said the "
             "relationship had ended.", ("fam.domestic_abuse", "agency.childrens_social_care")),
            ("The father was invisible",
             "No agency spoke to the father during the pregnancy or after the birth.", ("fam.male_carers",)),
        ),
        1,
    ):  # fmt: skip
        _titled(c, "finding", f"Finding {i}", title, body, themes)
    _num_recs(c, (("Pre-birth referrals involving domestic abuse should not be closed without a home visit.",
                   ("fam.domestic_abuse",)),))  # fmt: skip


def c690(c: Ctx) -> None:  # a partnership web page on exploitation learning: "Learning" and "What we are doing"
    d = c.doc
    name = f"Child {_letter(c)}"
    _named(c, name, "16 years", f"Learning from {name}")
    # The page prints no partnership nor place ("the partnership" only): no area in the gold (C359, C365).
    d.meta.update(review_type="briefing", author="", area="", region="")
    d.add("title", d.meta["title"])
    d.add("small", f"Published {c.printed_date()}")
    d.add("p", f"{name}, aged 16, was criminally exploited and stabbed. {_cap(_board(c))} has published this summary "
          "of the learning.")  # fmt: skip
    d.add("h1", "Learning")
    for text, themes in (
        ("Exploitation risk assessment tools were used as checklists rather than to inform a plan.",
         ("org.policy_guidance",)),
        ("Information from the school about who the child was spending time with did not reach the exploitation "
         "panel.", ("multi.information_sharing",)),
    ):  # fmt: skip
        d.add("bullet", text, d.lesson("learning_point", "", text, themes))
    d.add("h1", "What we are doing")
    d.add("p", "The exploitation panel now receives a monthly report from schools. Training on the risk assessment "
          "tool has been refreshed.")  # fmt: skip


BUILDERS = {f"C{n}": globals()[f"c{n}"] for n in range(673, 691)}
