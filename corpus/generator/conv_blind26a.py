"""Corpus generator: the twenty-sixth blind held-out set, first half: C745-C762 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output or any evaluation. The half leans to full reviews from
publishers and eras the earlier sets cover less well: the Child Safeguarding Practice Review Panel's national reviews
(recommendations to government departments, national bodies and local partners, each addressed as printed), serious
case reviews of 2010-2014 with their individual management review (IMR) summaries, short local reviews grown out of a
rapid review, reviews answering key lines of enquiry, reviews printing "What needs to change" or "Questions for the
partnership" after each theme, reviews that summarise research and earlier reviews before their own findings, and
reviews printing an agency's actions already taken beside their recommendations; and to the material around the
lessons that a careful reader does not record. A smaller part leans to metadata as these publishers print it: the
Panel as publisher with no area, an SCR commissioned by an LSCB and published by the partnership that replaced it, the
reviewer named only in an appendix, the publication only in the independent scrutineer's foreword, several dates in
one sentence, Ofsted's evaluation of an older SCR. An IMR's own recommendations reported in the overview are
recommendations of the review with the IMR's agency (C140, C371, C714); the IMR's summary is never a lesson.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading title where a heading names the lesson, agency where the document gives one) and only the metadata the
document prints. Lesson texts come from the sample bank; the set draws only with element kinds the earlier writers
already draw, so no writer is changed and documents of earlier sets come out as before.
"""

from __future__ import annotations

from . import narrative
from .bank_types import Recommendation
from .conv_blind18b import _gps, _old_area, _runin
from .conv_blind18b import _p as _para
from .conv_blind18b import _recs as _bank_recs
from .conv_blind19a import _month
from .conv_blind21b import TOPICS, _anon_statements
from .conv_blind25a import (
    _as_named,
    _contents,
    _cover,
    _family,
    _finding,
    _follow,
    _glossary,
    _method,
    _story,
    _sts,
    _tor,
)
from .conv_specs import Ctx
from .model import split_body

# --- shared parts ---------------------------------------------------------------------------------------------


def _age(c: Ctx) -> str:
    return f"{c.spec.age} old"


def _lscb(c: Ctx) -> str:
    return f"{c.spec.area} Local Safeguarding Children Board"


def _csp(c: Ctx) -> str:
    return f"{c.spec.area} Safeguarding Children Partnership"


def _break(c: Ctx) -> None:
    if c.spec.fmt != "html":
        c.doc.add("pagebreak")


def _recs(c: Ctx, n: int) -> list:
    """The bank's recommendations in draw order, leaving out those about children of another age than this child:
    strategy discussions about a child under five for a child of five or more, a pathway for young people of 16 and
    17 for a child under fourteen (a real review's recommendations follow from its child)."""
    age = c.spec.age
    years = 0 if age.endswith(("weeks", "months")) else int(age.split()[0])

    def fits(text: str) -> bool:
        return not (years >= 5 and "under five" in text) and not (years < 14 and "aged 16" in text)

    out: list = []
    while len(out) < n:  # one at a time, as the bank draws, so that later draws are as before
        drawn = _bank_recs(c, 1)
        if not drawn:
            break
        out += [r for r in drawn if fits(r.text)]
    return out[:n]


def _rec_list(c: Ctx, n: int, heading: str = "Recommendations", prefix: str = "") -> None:
    """Numbered recommendations (label the number, or prefix and number; no agency), as conv_blind25a draws them."""
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(_recs(c, n), 1):
        label = f"{prefix}{j}"
        d.add("num", r.text, d.lesson("recommendation", label, r.text, r.themes), label=label if prefix else f"{j}.")


def _rec_table(c: Ctx, n: int, heading: str = "Recommendations") -> None:
    """A No. / Recommendation / Lead agency table (label the number, agency the cell), as conv_blind25a draws it."""
    d = c.doc
    d.add("h1", heading)
    d.add("header", cells=("No.", "Recommendation", "Lead agency"))
    for j, r in enumerate(_recs(c, n), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency))


def _themes_followed(candidates: list, pool: list, fits, counts=(2, 2, 1)) -> list:
    """The first statements, in draw order, whose changes (drawn from the pool as _follow draws them, two for each of
    the first two and one for the third) all fit them, so that each change printed under a theme follows from it."""
    pool, out = list(pool), []
    for st in candidates:
        if len(out) == len(counts) or not st.themes:
            continue
        picks = _follow(st, list(pool), counts[len(out)])
        if len(picks) == counts[len(out)] and all(fits(st, r) for r in picks):
            out.append(st)
            for r in picks:
                pool.remove(r)
    return out


def _single_agency(c: Ctx, n_agencies: int = 3, per: int = 2) -> dict[str, list]:
    """Recommendations of the bank grouped by the one agency each is for (never a partnership or all agencies)."""
    many = (
        "All",
        "Safeguarding Partnership",
        "LSCB",
        "Area Child",
        "Community Safety",
        "Crime and Disorder",
        "Local",
        "MASH",
    )
    out: dict[str, list] = {}
    for rec in _recs(c, 30):
        if rec.agency.startswith(many) or not rec.agency:
            continue
        if rec.agency in out and len(out[rec.agency]) < per:
            out[rec.agency].append(rec)
        elif rec.agency not in out and len(out) < n_agencies:
            out[rec.agency] = [rec]
    return out


IMR_SUMMARY = (
    (
        "The IMR author had access to all of the agency's records and interviewed the practitioners and managers "
        "involved. The IMR sets out the agency's contact with the family in detail and analyses each decision.",
        "The IMR found that staff were committed to the family and that most contacts were timely. It found that "
        "records did not always show what was known about the adults in the household.",
    ),
    (
        "The IMR covers the agency's contact with the family over the whole period under review, drawing on its "
        "electronic and paper records and on interviews with four members of staff.",
        "The IMR concluded that individual practitioners acted in line with the agency's procedures, but that "
        "supervision concentrated on tasks rather than on risk, and that caseloads at the time were high.",
    ),
    (
        "The IMR was written by a senior manager who had no involvement with the family. It describes a small number "
        "of contacts, most of them routine.",
        "The IMR found that information the agency held was not passed on because staff did not recognise its "
        "significance for the children, and that the agency's referral guidance was out of date.",
    ),
)

# --- national reviews ------------------------------------------------------------------------------------------

NATIONAL = {
    "Department for Education": (
        "The Department for Education should revise Working Together to Safeguard Children so that it sets out "
        "how safeguarding partners must assure themselves that the learning from rapid reviews is acted on.",
        ("review.system_learning", "org.policy_guidance"),
    ),
    "Department of Health and Social Care": (
        "The Department of Health and Social Care should ensure that health visiting and school nursing records "
        "show every adult known to live in a child's household.",
        ("fam.male_carers", "multi.record_keeping", "agency.universal_health"),
    ),
    "Home Office": (
        "The Home Office should issue guidance to police forces on sharing domestic abuse incidents with health "
        "visitors and schools within one working day.",
        ("fam.domestic_abuse", "multi.information_sharing", "agency.police", "org.policy_guidance"),
    ),
    "NHS England": (
        "NHS England should commission national training for general practitioners on recognising and responding "
        "to the risks to children from parental mental ill health.",
        ("fam.parental_mental_health", "agency.universal_health", "org.workforce_supervision",
         "org.policy_guidance"),
    ),
    "Ofsted": (
        "Ofsted should consider, in its inspections of local authority children's services, how well the views of "
        "children on child protection plans are sought and recorded.",
        ("voice.voice_of_child", "org.commissioning_regulation", "agency.childrens_social_care"),
    ),
    "Local safeguarding partners": (
        "Local safeguarding partners should audit, within twelve months, whether the men in the households of "
        "children on child protection plans are known to and assessed by the agencies working with the family.",
        ("fam.male_carers", "assess.whole_family", "org.policy_guidance"),
    ),
}  # fmt: skip


def _national(agencies) -> list[Recommendation]:
    return [Recommendation(NATIONAL[a][0], a, NATIONAL[a][1]) for a in agencies]


def _national_cover(c: Ctx, title: str) -> None:
    d = c.doc
    d.meta["title"] = title
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)


def c745(c: Ctx) -> None:  # Panel national review: earlier reviews and research (never); recs under addressee heads
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    _national_cover(c, f"Safeguarding children at risk from {topic}: a national review")
    _contents(c)
    d.add("h1", "Foreword")
    d.add("p", f"The Panel decided to carry out this national review because the serious incident notifications it "
          f"received about {topic} showed the same practice issues again and again. We thank the families and "
          "practitioners who spoke to the review team.")  # fmt: skip
    d.add("p", "Chair, Child Safeguarding Practice Review Panel")
    baby = s.scenario in ("SUDI", "NAI")
    ages = "were all babies under one year old," if baby else "were aged from 4 to 17 years,"
    d.add("h1", "1. About this review")
    d.add("p", "The review looked at 19 serious incidents notified to the Panel, the rapid reviews and local reviews "
          "that followed them, and conversations with 40 practitioners and managers in six areas. The children "
          f"{ages} and lived in every region of England.")  # fmt: skip
    d.add("h1", "2. What earlier national reviews and research told us")
    d.add("p", "The review began from what is already known. This section summarises it; it is not the learning "
          "of this review.")  # fmt: skip
    for text in (
        "The triennial analyses of serious case reviews found that most children who died or were seriously harmed "
        "were known to universal services, and that information was often held by one agency but not acted on.",
        "The Panel's annual reports have repeatedly found that the men in a child's life are not seen or assessed.",
        "Research on the voice of the child has found that children are often seen but not heard, and that their "
        "behaviour is seldom read as communication.",
    ):  # fmt: skip
        d.add("bullet", text)
    d.add("h1", "3. Findings")
    for i, st in enumerate(_anon_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "4. Recommendations")
    d.add("p", "Our recommendations are addressed to the body that can act on each, and are numbered through.")
    groups = (
        ("Government departments", ("Department for Education", "Department of Health and Social Care", "Home Office")),
        ("National bodies", ("NHS England", "Ofsted")),
        ("Local safeguarding partners", ("Local safeguarding partners",)),
    )
    j = 0
    for head, agencies in groups:
        d.add("h2", head)
        for r in _national(agencies):
            j += 1
            if len(agencies) > 1:
                d.add("h3", r.agency)
            d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes, r.agency), label=f"{j}.")
    d.add("small", f"\u00a9 Crown copyright {s.published[:4]}")


def c746(c: Ctx) -> None:  # Panel-commissioned national review: "Recommendation N" + "Who should act:"; annexes never
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    _national_cover(c, f"Child protection and {topic}: a review commissioned by the Panel")
    d.add("h1", "Summary")
    d.add("p", "The Child Safeguarding Practice Review Panel commissioned this review after two serious incidents in "
          "different parts of England. It was carried out by an independent review team working to the Panel, and "
          "the Panel has agreed its findings and recommendations.")  # fmt: skip
    d.add("h1", "Practice and system learning")
    for st in _anon_statements(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(_national(("Department for Education", "NHS England", "Local safeguarding partners")), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes, r.agency)
        d.add("h2", f"Recommendation {j}", key)
        _para(c, r.text, key)
        d.add("p", f"Who should act: {r.agency}")
    _break(c)
    d.add("h1", "Annex A: The review team")
    d.add("p", "The review was carried out by a team of three independent reviewers with backgrounds in social work, "
          "policing and paediatric nursing, supported by the Panel secretariat.")  # fmt: skip
    d.add("h1", "Annex B: The children")
    children = {
        "SUDI": ("A baby aged 9 weeks (South West).", "A baby aged 5 months (North East)."),
        "NAI": ("A baby aged 9 weeks (South West).", "A baby aged 5 months (North East)."),
        "CCE": ("A young person aged 15 years (South West).", "A young person aged 16 years (North East)."),
        "CSE": ("A young person aged 14 years (South West).", "A young person aged 16 years (North East)."),
    }.get(s.scenario, ("A child aged 4 years (North East).", "A child aged 9 years (South West)."))
    for text in children:
        d.add("bullet", text)
    d.add("small", f"\u00a9 Crown copyright {s.published[:4]}")


# --- serious case reviews of 2010-2014 --------------------------------------------------------------------------


def c747(c: Ctx) -> None:  # SCR 2010-14: IMR summaries per agency each ending in the IMR's recommendations
    _old_area(c)  # Poole, not Bournemouth, Christchurch and Poole, before 2019
    d = c.doc
    overview = _recs(c, 3)  # drawn first: the IMRs' recommendations are sought among many
    _cover(c, f"Overview report author: {c.spec.author}", f"Date of publication: {c.printed_date()}")
    d.add("h1", "1. Introduction")
    d.add("p", f"{_lscb(c)} decided that the circumstances of {c.spec.child}, who was {_age(c)} at the time of the "
          "incident, met the criteria for a serious case review under Working Together to Safeguard Children "
          "2010.")  # fmt: skip
    d.add("p", "The agencies below provided individual management reviews (IMRs). Each IMR was written by a manager "
          "with no line responsibility for the practitioners involved and was quality assured by the SCR panel.")  # fmt: skip
    _story(c, "2. Background")
    d.add("h1", "3. Summaries of the individual management reviews")
    d.add("p", "Each agency's IMR is summarised below, with the recommendations the IMR made for its own agency. The "
          "panel accepted these recommendations and they form part of the LSCB's action plan.")  # fmt: skip
    for n, (agency, recs) in enumerate(_single_agency(c).items(), 1):
        d.add("h2", f"3.{n} {agency}")
        for text in IMR_SUMMARY[(n - 1) % 3]:
            d.add("p", text)
        d.add("p", f"The {agency} IMR made the following recommendations:")
        for r in recs:
            d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes, agency))
    d.add("h1", "4. Lessons learnt")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"4.{i}", st.body, st.themes), label=f"4.{i}")
    d.add("h1", "5. Overview recommendations")
    for j, r in enumerate(overview, 1):
        d.add("num", r.text, d.lesson("recommendation", f"5.{j}", r.text, r.themes), label=f"5.{j}")


def c755(c: Ctx) -> None:  # SCR 2010-14: several dates in one paragraph; IMR recommendations in an Agency table
    _old_area(c)  # Poole, not Bournemouth, Christchurch and Poole, before 2019
    d, s = c.doc, c.spec
    year = int(s.published[:4])
    d.add("cover", _lscb(c))
    d.add("title", d.meta["title"])
    d.add("cover", f"Overview author: {s.author}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"{s.child} was {_age(c)} when the incident happened in {_month(f'{year - 2}-03')}. The LSCB "
          f"commissioned this serious case review in {_month(f'{year - 2}-05')}; the overview report was completed "
          f"in {_month(f'{year - 1}-04')} and, after the criminal proceedings had ended, it was published on "
          f"{c.printed_date()}.")  # fmt: skip
    _tor(c)
    d.add("h1", "Lessons learned")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    _rec_list(c, 3, "Overview report recommendations")
    d.add("h1", "Individual management review recommendations")
    d.add("p", "The recommendations made by each agency's IMR are listed below. They are monitored by the LSCB "
          "alongside the overview recommendations.")  # fmt: skip
    d.add("header", cells=("Agency", "Recommendation"))
    for agency, recs in _single_agency(c, 3, 1).items():
        for r in recs:
            d.add("row", keys=d.lesson("recommendation", "", r.text, r.themes, agency), cells=(agency, r.text))


PANDEMIC = ("pandemic", "lockdown", "covid", "virtual")  # a review of events in 2017-18 tells of none


def c748(c: Ctx) -> None:  # SCR commissioned by the LSCB, published by the partnership that replaced it
    d, s = c.doc, c.spec
    d.add("cover", _csp(c))
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent author: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"This serious case review was commissioned by the {_lscb(c)} in 2018, after {s.child}, who was "
          f"{_age(c)}, was seriously harmed. In September 2019 the Board was replaced by the {_csp(c)}, which took "
          "over the review under the transitional arrangements and has published it.")  # fmt: skip
    _method(c)
    _story(c)
    d.add("h1", "Lessons")
    sts = [st for st in _sts(c, 8) if not any(w in f"{st.title} {st.body}".lower() for w in PANDEMIC)][:3]
    for i, st in enumerate(sts, 1):
        key = d.lesson("learning_point", f"Lesson {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Lesson {i}: {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    _rec_table(c, 3)


# --- local reviews --------------------------------------------------------------------------------------------


def c749(c: Ctx) -> None:  # a short LCSPR grown out of a rapid review: the rapid review's learning, then findings
    d, s = c.doc, c.spec
    year = int(s.published[:4])
    _cover(c, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "1. Why this review was held")
    d.add("p", f"{s.child} was {_age(c)} at the time of the incident. The safeguarding partners held a rapid review "
          f"in {_month(f'{year - 1}-02')} and decided that a short local child safeguarding practice review would "
          "add to what the rapid review had learned. The Panel agreed.")  # fmt: skip
    _family(c, "2. The family's contribution")
    d.add("h1", "3. What the rapid review learned")
    d.add("p", "The rapid review identified the following learning, which this review has confirmed and built on:")
    for st in _sts(c, 2):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h2", "Actions taken after the rapid review")
    for text in (
        "Children's social care reminded its front door staff of the procedure for strategy discussions.",
        "The hospital trust added a prompt about the household's adults to its emergency department records.",
    ):
        d.add("bullet", text)
    d.add("h1", "4. Findings of this review")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", st.body, st.themes)
        _runin(c, st.body, key, label=f"Finding {i}.")
    _rec_list(c, 2, "5. Recommendations")


KLOES = (
    "How well did agencies understand the child's daily life?",
    "How well did agencies share information and work together?",
    "How well were the adults in the household known and assessed?",
)
KLOE_ANSWERS = (
    "Partly. Practitioners saw the child often, but recorded little of what they saw or what the child said.",
    "Information was shared when it was asked for, but seldom offered, and meetings did not include health.",
    "The mother was well known to agencies; the men in the household were known mainly as names in records.",
)


def c750(c: Ctx) -> None:  # key lines of enquiry answered in a table (analysis, never) then "Summary of learning"
    d = c.doc
    _cover(c, f"Independent reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns {c.spec.child}, who was {_age(c)} at the time of the incident.")
    _method(c)
    _story(c)
    d.add("h1", "Key lines of enquiry")
    d.add("p", "The review panel set three key lines of enquiry. The review's answer to each is summarised below; "
          "the learning drawn from them follows.")  # fmt: skip
    d.add("header", cells=("Key line of enquiry", "What the review found"))
    for q, a in zip(KLOES, KLOE_ANSWERS, strict=True):
        d.add("row", cells=(q, a))
    d.add("h1", "Summary of learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"L{i}", st.body, st.themes)
        d.add("num", st.body, key, label=f"L{i}")
    d.add("h1", "Recommendations")
    older = ("young people", "aged 16", "exclusion", "school")  # never for a child under ten
    young = c.spec.age.endswith(("weeks", "months")) or int(c.spec.age.split()[0]) < 10
    recs = [r for r in _recs(c, 12) if not (young and any(w in r.text.lower() for w in older))][:3]
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c760(c: Ctx) -> None:  # a letter to the child opening the report (never lessons) before "What we learned"
    d, s = c.doc, c.spec
    _cover(c, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", f"A letter to {s.child}")
    d.add("p", f"Dear {s.child},")
    d.add("p", "This review is about you. Many people who were meant to help you have talked to us about what "
          "happened, and some of them have told us that they wish they had done things differently.")  # fmt: skip
    d.add("p", "We should have known more about your life at home, and we should have listened more carefully to "
          "what you and your family were telling us. We are sorry that we did not.")  # fmt: skip
    d.add("p", "From the review panel")
    d.add("h1", "Introduction")
    d.add("p", f"{s.child} was {_age(c)} at the time of the incident that led to this review. The panel chose to "
          f"open the report with a letter to {s.child}, so that readers keep {s.child} in mind.")  # fmt: skip
    _tor(c)
    _method(c)
    _family(c)
    _story(c)
    d.add("h1", "What we learned")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", str(i), f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{i}. {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    _rec_table(c, 3)


def c751(c: Ctx) -> None:  # themes: "What we found" (finding) then "What needs to change" bullets (recommendations)
    d = c.doc
    _cover(c, f"Independent reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"{c.spec.child} was {_age(c)} at the time of the incident.")
    _tor(c)
    _story(c)
    recs = _recs(c, 20)
    sts = _themes_followed(_sts(c, 10), recs, lambda st, r: st.themes[0] in r.themes)
    for i, st in enumerate(sts, 1):
        d.add("h1", f"Theme {i}: {st.title}")
        key = d.lesson("finding", f"Theme {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", "What we found")
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
        d.add("h2", "What needs to change")
        for r in _follow(st, recs, 2 if i < 3 else 1):  # what follows from the theme's finding
            d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    _family(c, "What the family told us")


# The partnership's questions (C752): what the partnership is to find out or make sure of, with their themes.
QUESTIONS = (
    ("How will the partnership know that the men living in or visiting a child's home are identified and assessed by "
     "every agency?", ("fam.male_carers", "assess.whole_family")),
    ("What assurance does the partnership have that practitioners know they may share information without consent "
     "where a child may be at risk of significant harm?", ("multi.information_sharing", "org.policy_guidance")),
    ("How does the partnership make it safe for practitioners to challenge a decision and to escalate when they "
     "disagree?", ("assess.critical_thinking_challenge", "org.leadership_culture")),
    ("How will the partnership assure itself that children are seen, and seen alone, before an assessment is "
     "closed?", ("voice.voice_of_child", "agency.childrens_social_care")),
    ("What does the partnership know about how often health professionals take part in strategy discussions, and "
     "what will it do if they do not?", ("multi.coordination", "assess.thresholds_cp_processes")),
    ("How will the partnership check that supervision gives practitioners time to reflect on risk and not only on "
     "tasks?", ("org.workforce_supervision",)),
    ("How will the partnership know that the learning from earlier reviews has changed practice?",
     ("review.system_learning",)),
    ("What will the partnership do to make sure that a family's history is brought together and used when a new "
     "concern is raised?", ("assess.history_chronology", "multi.information_sharing")),
    ("How does the partnership make sure that the records held by different agencies can be seen by those who need "
     "them?", ("multi.record_keeping", "multi.information_sharing")),
    ("How will the partnership know that plans for children say what must change, and by when?",
     ("assess.thresholds_cp_processes",)),
    ("How will the partnership make sure that practitioners recognise the signs of neglect, however long they have "
     "known a family?", ("harm.neglect", "assess.professional_curiosity")),
    ("What will the partnership do to make sure that adult services think about the children of the parents they "
     "work with?", ("assess.whole_family", "fam.parental_mental_health")),
)  # fmt: skip


def c752(c: Ctx) -> None:  # learning themes each followed by numbered "Questions for the partnership" (recs)
    d = c.doc
    _cover(c, f"Author: {c.spec.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns {c.spec.child}, who was {_age(c)} at the time of the incident. Rather than "
          "make recommendations, the reviewer has set questions for the partnership to answer after each theme.")  # fmt: skip
    _method(c)
    _story(c)
    questions = [Recommendation(q, "", themes) for q, themes in QUESTIONS]
    for i, st in enumerate(_themes_followed(_sts(c, 12), questions, lambda st, q: st.themes[0] in q.themes), 1):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h1", st.title, key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
        d.add("h2", "Questions for the partnership")
        for j, q in enumerate(_follow(st, questions, 2 if i < 3 else 1), 1):  # the questions the theme raises
            d.add("num", q.text, d.lesson("recommendation", f"{i}.{j}", q.text, q.themes), label=f"{i}.{j}")
    d.add("h1", "Questions for practitioners")
    for q in ("What would help you to ask about the adults in a household you visit?",
              "When did you last see a child on their own?"):  # fmt: skip
        d.add("bullet", q)


def c753(c: Ctx) -> None:  # research and earlier national reviews summarised before the review's own findings
    d = c.doc
    _cover(c, f"Independent reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "1. Introduction")
    d.add("p", f"{c.spec.child} was {_age(c)} at the time of the incident.")
    _tor(c)
    _story(c, "2. Background")
    d.add("h1", "3. What research and national reviews tell us")
    d.add("p", "Before turning to its own findings, the review considered what is already known. The points below "
          "are drawn from published research and national reviews; they are not findings of this review.")  # fmt: skip
    d.add("h2", "Learning from national analyses of serious case reviews")
    d.add("bullet", "Most children who die or are seriously harmed are known to universal services.")
    d.add("bullet", "Agencies often hold pieces of information that are significant only when put together.")
    d.add("h2", "Learning from the Panel's national reviews")
    d.add("bullet", "Men in the household are too often invisible to the agencies working with the family.")
    d.add("bullet", "Practitioners need time and supervision to think critically about risk.")
    d.add("h1", "4. Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"4.{i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"4.{i} {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    _rec_list(c, 3, "5. Recommendations")


AGENCY_LEARNING = (
    (
        "Children's Social Care",
        ("agency.childrens_social_care",),
        "Practice guidance reissued and a team briefing held.",
    ),
    (
        "Police",
        ("agency.police",),
        "A reminder issued to all response officers; compliance audited after three months.",
    ),
    ("Health", ("agency.universal_health", "agency.acute_health"), "Safeguarding supervision now covers this."),
)


def c754(c: Ctx) -> None:  # each agency's own learning already in hand beside the action taken (never) in a table
    d = c.doc
    _cover(c, f"Lead reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"{c.spec.child} was {_age(c)} at the time of the incident.")
    _method(c)
    _story(c)
    d.add("h1", "Findings")
    for st in _sts(c, 3):
        _finding(c, st, "")
    d.add("h1", "Single-agency learning already in hand")
    d.add("p", "Agencies did not wait for this report. Each identified learning for its own practice in its report "
          "to the review and has already acted on it. The learning and the action taken are recorded here; the "
          "actions are not repeated as recommendations.")  # fmt: skip
    d.add("header", cells=("Agency", "Learning identified by the agency", "Action already taken"), label="b19arecs")
    pool = _sts(c, 14)
    for agency, themes, action in AGENCY_LEARNING:
        st = next((st for st in pool if set(themes) & set(st.themes)), None)
        if st is None:
            continue
        pool.remove(st)
        key = d.lesson("learning_point", "", st.body, st.themes, agency)
        d.add("row", keys=key, cells=(agency, st.body, action), label="b19arecs")
    _rec_list(c, 3, prefix="R")


def c756(c: Ctx) -> None:  # the publication only in the chair's foreword: "This report is published on <date>"
    d, s = c.doc, c.spec
    _cover(c, f"Independent reviewer: {s.author}")
    d.add("h1", "Foreword by the independent scrutineer")
    d.add("p", f"On behalf of the {_csp(c)} I thank {s.child}'s family for their help with this review. This report "
          f"is published on {c.printed_date()}, when the partners have agreed their response to it.")  # fmt: skip
    d.add("p", "Independent Scrutineer")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"{s.child} was {_age(c)} at the time of the incident.")
    _tor(c)
    _method(c)
    _story(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _rec_table(c, 3)


def c757(c: Ctx) -> None:  # the reviewer named with credentials only in an appendix
    d, s = c.doc, c.spec
    _cover(c, f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"{s.child} was {_age(c)} at the time of the incident. The review was carried out by an independent "
          "lead reviewer, whose background is described in Appendix B.")  # fmt: skip
    _method(c)
    _story(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning point {i}", st.body, st.themes)
        _runin(c, st.body, key, label=f"Learning point {i}:")
    _rec_list(c, 3)
    d.add("h1", "Appendix A: Terms of reference")
    for line in narrative.TERMS_OF_REFERENCE:
        d.add("bullet", line)
    d.add("h1", "Appendix B: The lead reviewer")
    d.add("p", f"{s.author}, BA (Hons), MA, CQSW, is a registered social worker with more than twenty years' experience in children's "
          "services, including as a head of service, and has led safeguarding practice reviews for several "
          "partnerships. The reviewer is independent of the agencies in the area.")  # fmt: skip


def c758(c: Ctx) -> None:  # an earlier review of the family: its recommendations and progress (never lessons)
    d = c.doc
    year = int(c.spec.published[:4])
    _cover(c, f"Independent reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"{c.spec.child} was {_age(c)} at the time of the incident. An older sibling was the subject of an "
          f"earlier review, published in {year - 4}, and this review looked at what had changed since.")  # fmt: skip
    d.add("h1", "Progress since the earlier review")
    d.add("p", "The earlier review's recommendations and the partnership's report of progress are set out below. "
          "They are not recommendations of this review.")  # fmt: skip
    if c.spec.fmt == "scan":
        d.add("p", "1. Agencies should record the adults in the household. Progress: completed.")
    else:
        wide = "b15btime"  # set 15's two columns, the first wide
        d.add("header", cells=("Earlier recommendation", "Progress"), label=wide)
        d.add("row", cells=("Agencies should record the adults in the household.", "Completed"), label=wide)
        d.add("row", cells=("Health should be invited to every strategy discussion.", "Partly completed"), label=wide)
    _story(c)
    d.add("h1", "Findings")
    for st in _sts(c, 3):
        _finding(c, st, "")
    _rec_list(c, 3)


def c759(c: Ctx) -> None:  # the criminal proceedings summarised (never, its dates events); good practice; learning
    d, s = c.doc, c.spec
    year = int(s.published[:4])
    _cover(c, f"Reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"{s.child} was {_age(c)} at the time of the incident.")
    _glossary(c, 6)
    _method(c)
    _story(c)
    d.add("h1", "The criminal proceedings")
    d.add("p", f"A trial took place at the Crown Court in {_month(f'{year - 1}-06')}. One adult in the household was "
          "convicted and sentenced to a term of imprisonment; another was acquitted. The review waited for the trial "
          "to end before speaking to the family.")  # fmt: skip
    d.add("p", "The judge's sentencing remarks were shared with the review. They are not summarised here, because "
          "the review's purpose is to learn, not to find fault.")  # fmt: skip
    d.add("h1", "Good practice")
    for g in _gps(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i} - {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    _rec_list(c, 2)


def c761(c: Ctx) -> None:  # an SCR of 2010-11 whose introduction gives Ofsted's evaluation and its month (never)
    _old_area(c)  # Poole, not Bournemouth, Christchurch and Poole, before 2019
    d, s = c.doc, c.spec
    year = int(s.published[:4])
    d.add("cover", _lscb(c))
    d.add("title", d.meta["title"])
    d.add("cover", f"Overview author: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "1. Introduction")
    d.add("p", f"{_lscb(c)} commissioned this serious case review after {s.child}, who was {_age(c)}, was "
          "seriously harmed. The review followed chapter 8 of Working Together to Safeguard Children.")  # fmt: skip
    d.add("p", f"The overview report and the executive summary were submitted to Ofsted, which evaluated the review "
          f"in {_month(f'{year - 1}-10')} and judged it to be adequate. The LSCB has since revised the report to "
          "take account of Ofsted's comments.")  # fmt: skip
    _tor(c, "2. Terms of reference")
    _glossary(c, 6)
    _story(c, "3. Background")
    d.add("h1", "4. Lessons learned")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    _rec_table(c, 3, "5. Recommendations")


RESPONSES = (
    "Accepted. An action plan has been agreed.",
    "Accepted in part. The partners will first review the arrangements already in place and report in six months.",
    "Accepted. Work began before the report was published.",
)


def c762(c: Ctx) -> None:  # recommendations table with the partnership's response in a column (never a lesson)
    d = c.doc
    _cover(c, f"Lead reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"{c.spec.child} was {_age(c)} at the time of the incident.")
    _tor(c)
    _method(c)
    _story(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "Recommendations and the partnership's response")
    d.add("header", cells=("No.", "Recommendation", "Partnership response"))
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes)
        d.add("row", keys=key, cells=(str(j), r.text, RESPONSES[j - 1]))


BUILDERS = {"C745": c745, "C746": c746}
BUILDERS.update({f"C{n}": _as_named(globals()[f"c{n}"]) for n in range(747, 763)})
