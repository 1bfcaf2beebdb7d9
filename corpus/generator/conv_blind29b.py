"""Corpus generator: the twenty-ninth blind held-out set, second half: conventions C871-C888 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to the house styles of the review methods and
to joint reviews: SCIE Learning Together systems findings with "Issues for the Board to consider" (questions, not
recommendations in form); SILP reports written from a practitioners' learning event; appreciative inquiry ("What
worked well", "Even better if"); a hybrid "Findings and recommendations" list; a layout adapted from the Welsh Child
Practice Review; a rapid review's key lines of enquiry; and joint reviews with a Domestic Homicide Review or a
Safeguarding Adults Review, with lessons for adult services beside lessons for children's services and two
commissioning bodies. A second emphasis is the metadata of such reviews: two commissioning bodies in one area or two,
the review type in words, a sibling group with their ages, a newborn's age in days, an unborn baby, and authors who
are a team or two named reviewers.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where one names the lesson, agency where the document gives one) and only the metadata the document itself
prints. The set uses only element kinds the earlier writers already draw, so no writer is changed and every earlier
document comes out as before.
"""

from __future__ import annotations

import re

from .conv_blind18b import _p, _runin
from .conv_blind20b import _before, _month
from .conv_blind23b import _SERVICE, _cover, _opening, _poss, _setup
from .conv_blind24b import _intro, _lc, _split_recs
from .conv_blind28b import _fits_age, _fitting_recs, _of_its_day, _story, _sts, _type_name
from .conv_common import case_events as _case_events
from .conv_common import long_date
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx

COLUMN_WIDTHS["side29b"] = ((0.5, 0.5), False)  # Lessons for adult services / Lessons for children's services
COLUMN_WIDTHS["scie29b"] = ((0.08, 0.42, 0.16, 0.34), False)  # No. / Finding / Type / Issues for the Board
COLUMN_WIDTHS["kids29b"] = ((0.3, 0.2, 0.5), False)  # Name used / Age / Relationship
COLUMN_WIDTHS["lesson29b"] = ((0.68, 0.32), False)  # Lesson / Service

# --- pieces the builders share -------------------------------------------------------------------------------------


def _years(c: Ctx) -> int:
    age = c.spec.age
    return 0 if age.endswith(("weeks", "months", "days")) else int(age.split()[0])


def _board(c: Ctx) -> str:
    """The body the questions are put to: the Board (an LSCB's serious case review) or the partnership."""
    return "Board" if c.spec.review_type == "SCR" else "partnership"


def _children_body(c: Ctx) -> str:
    """The children's body by its name: an LSCB before 2016, a Safeguarding Children Board to 2019, then partners."""
    return c.partnership


def _questions(c: Ctx, n: int, board: str = "") -> list:
    """n questions put to the Board (or partnership) made of one-sentence recommendations to other agencies:
    (question, themes)."""
    board = board or _board(c)
    forms = (
        "How will the {b} be assured that {who} will {what}?",
        "What assurance does the {b} have that {who} will {what}?",
        "Is the {b} confident that {who} will {what}?",
    )
    out = []
    for r, who, what in _split_recs(c, n + 6, True):
        if not (_fits_age(c, r.text) and _of_its_day(c, r.text)):
            continue
        out.append((forms[len(out) % len(forms)].format(b=board, who=_lc(who), what=what), r.themes))
        if len(out) == n:
            break
    return out


_WORD = re.compile(r"[a-z]{5,}")
_COMMON = {"should", "ensure", "agencies", "board", "assured", "assurance", "confident", "which", "where", "their",
           "there", "about", "before", "after", "every", "child", "children", "family"}  # fmt: skip


def _words(text: str) -> set:
    """The content words of a text (five letters or more, cut to six), to tell which question fits a finding."""
    return {w[:6] for w in _WORD.findall(text.lower()) if w not in _COMMON}


def _matched(sts: list, pool: list, themes_of) -> list:
    """Each statement with an item of the pool, the pairs sharing most themes chosen first (earlier ones on a tie)."""
    pairs = sorted(
        (
            (len(set(themes_of(e)) & set(st.themes)), -i, -j, i, j)
            for i, st in enumerate(sts)
            for j, e in enumerate(pool)
        ),
        reverse=True,
    )
    chosen: dict[int, int] = {}
    for _, _, _, i, j in pairs:  # the closest pairs first, each statement and item used once
        if i not in chosen and j not in chosen.values():
            chosen[i] = j
    return [pool[chosen[i]] for i in range(len(sts))]


def _findings_with_questions(c: Ctx, n: int) -> list:
    """n (statement, (question, themes)) pairs: of twelve statements and the questions the bank allows, the pairs
    that fit each other best (most shared themes and words) chosen first, each used once, in the statements' order."""
    sts, qs = _sts(c, 12), _questions(c, 40, "Board")
    words = {id(st): _words(f"{st.title} {st.body}") for st in sts}
    pairs = sorted(
        (
            (len(set(q[1]) & set(st.themes)) + 2 * len(words[id(st)] & _words(q[0])), -i, -j, i, j)
            for i, st in enumerate(sts)
            for j, q in enumerate(qs)
        ),
        reverse=True,
    )
    chosen: dict[int, int] = {}
    for _, _, _, i, j in pairs:
        if len(chosen) == n:
            break
        if i not in chosen and j not in chosen.values():
            chosen[i] = j
    return [(sts[i], qs[chosen[i]]) for i in sorted(chosen)]


def _gps(c: Ctx, n: int) -> list:
    years = _years(c)
    return [g for g in c.gps(10) if (years >= 5 or "school" not in g.text.lower()) and _of_its_day(c, g.text)][:n]


def _fill(c: Ctx, text: str) -> str:
    pron = "he" if _poss(c) == "his" else "she"
    return text.format(child=c.spec.child, poss=_poss(c), pron=pron, Pron=pron.capitalize())


# Learning for adult services in a joint review, written for this half: (text, themes).
_ADULT_LEARNING = (
    ("Adult social care assessed the mother's care and support needs without asking who looked after {child} while "
     "she was unwell, so {child}'s needs were never part of her plan.", "assess.whole_family multi.coordination"),
    ("The community mental health team knew that the father's thoughts about harm included his family, but saw "
     "the risk as a risk to himself and did not tell children's social care.",
     "fam.parental_mental_health multi.information_sharing assess.whole_family"),
    ("Substance misuse workers recorded that a child lived in the household but did not ask who cared for {child} "
     "when the mother was using, and were not invited to the meetings about {child}.",
     "fam.parental_substance_misuse assess.whole_family multi.coordination"),
    ("The MARAC action plan addressed the mother's safety but did not record what the plan meant for {child}, who "
     "lived with her.", "fam.domestic_abuse assess.whole_family"),
    ("Probation's assessment of the risk the perpetrator posed did not draw on children's social care records, so "
     "the risk he posed to a child in a new household was not known when he moved in.",
     "multi.offender_risk_management multi.information_sharing fam.male_carers"),
    ("The GP treated the mother's depression and alcohol use as her own health matters and did not consider how "
     "they affected her care of {child}.", "fam.parental_mental_health fam.parental_substance_misuse "
     "assess.whole_family"),
)  # fmt: skip

# Recommendations to a Safeguarding Adults Board (or its partners), written for this half: (text, themes).
_ADULT_RECS = (
    ("Adult social care should include a question about dependent children, and who cares for them, in every care "
     "and support assessment.", "assess.whole_family org.policy_guidance"),
    ("Adult mental health services should record the children a patient lives with or cares for and share any "
     "concern about them with children's social care.", "fam.parental_mental_health multi.information_sharing"),
    ("The Safeguarding Adults Board should ask its partners to use the think family protocol when an adult with "
     "care and support needs is a parent.", "assess.whole_family multi.coordination org.policy_guidance"),
    ("Substance misuse services should invite children's social care to planning meetings for parents in "
     "treatment and attend the meetings held about their children.",
     "fam.parental_substance_misuse multi.coordination"),
)  # fmt: skip


def _adult_learning(c: Ctx, n: int) -> list:
    picks = c.rng.sample(range(len(_ADULT_LEARNING)), n)
    return [(_fill(c, _ADULT_LEARNING[i][0]), _ADULT_LEARNING[i][1].split()) for i in picks]


def _adult_recs(c: Ctx, n: int) -> list:
    picks = c.rng.sample(range(len(_ADULT_RECS)), n)
    return [(_ADULT_RECS[i][0], _ADULT_RECS[i][1].split()) for i in picks]


_MOTHERS = ("Sarah", "Kelly", "Donna", "Leanne", "Michelle", "Joanne", "Gemma", "Natalie")


def _adult(c: Ctx) -> str:
    """The adult's pseudonym in a joint review ("Adult K"-style, or a first name in a domestic homicide review)."""
    return _MOTHERS[len(c.spec.name) % len(_MOTHERS)]


_NEIGHBOURS = {
    "Knowsley": "Liverpool",
    "Gateshead": "Newcastle upon Tyne",
    "Sefton": "Liverpool",
    "Salford": "Manchester",
}


def _pair_of(c: Ctx, other: str, spare: str = "Kevin Doherty") -> str:
    """Two reviewers, the spec's author first ("A and B"), never the same name twice."""
    return f"{c.spec.author} and {other if other != c.spec.author else spare}"


def _end_matter(c: Ctx) -> None:
    d = c.doc
    d.add("h1", "Next steps")
    d.add("p", f"The {_board(c)} will publish its response to this report and will ask agencies to report on "
          "progress within six months of publication.")  # fmt: skip


# --- the review methods' house styles -------------------------------------------------------------------------------


def c871(c: Ctx) -> None:  # SCIE Learning Together: each finding ends in a box "Issues for the Board to consider"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    lead = _pair_of(c, "Elaine Brooks")
    _cover(c, partnership, c.title(), f"Lead reviewers: {lead}", f"Published: {c.printed_date()}")
    d.meta["author"] = lead
    d.add("h1", "1. Introduction")
    d.add("p", f"{_opening(c)} {partnership} agreed that the case met the criteria for a Serious Case Review and "
          "that the review would use the Social Care Institute for Excellence (SCIE) Learning Together systems model.")  # fmt: skip
    d.add("p", "The systems model looks beyond what individual practitioners did to the patterns in the wider "
          "system that make good practice more or less likely. A case review group of senior managers from the "
          "agencies involved worked with the lead reviewers throughout.")  # fmt: skip
    _story(c, "2. The case in brief")
    d.add("h1", "3. Findings")
    d.add("p", "In keeping with the Learning Together model, the review does not make recommendations. Each finding "
          "describes a pattern in the local system and ends with issues for the Board to consider; the Board's "
          "response to them will be published.")  # fmt: skip
    for i, (st, (q, themes)) in enumerate(_findings_with_questions(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        d.add("small", ("Category: Management systems", "Category: Professional norms and culture",
                        "Category: Tools")[i - 1])  # fmt: skip
        _p(c, st.body, key)
        d.add("box", q, d.lesson("recommendation", "", q, themes), label="Issues for the Board to consider")
    d.add("h1", "4. Appendix: the case review group")
    commissioner = "clinical commissioning group" if s.published[:7] >= "2013-04" else "primary care trust"
    d.add("p", "The case review group included senior managers from children's social care, the police, the "
          f"{commissioner}, the acute hospital trust and education.")  # fmt: skip


def c872(c: Ctx) -> None:  # SILP: learning themes from the practitioners' event, each with what practitioners said
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    lead = _pair_of(c, "Graham Tully")
    _cover(c, partnership, f"Significant Incident Learning Process: {s.child}", f"SILP reviewers: {lead}",
           f"Published: {c.printed_date()}")  # fmt: skip
    d.meta["author"] = lead
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} The safeguarding partners agreed that the case met the criteria for a "
          f"{_type_name(c)} and commissioned it using the Significant Incident Learning Process (SILP).")  # fmt: skip
    d.add("p", "SILP reviews are built around a learning event at which the practitioners and managers who worked "
          "with the family review the agency reports together. A recall event then tests the draft report with "
          "the same group.")  # fmt: skip
    _story(c)
    d.add("h1", "Themes from the learning event")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Theme {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Theme {i}: {st.title}", key)
        _p(c, st.body, key)
        said = (
            "\u201cWe each had a piece of the picture but nobody put the pieces together.\u201d",
            "\u201cI didn't feel I could challenge the decision, so I didn't.\u201d",
            "\u201cThe family were very good at telling us what we wanted to hear.\u201d",
        )[i - 1]
        _runin(c, said, label="What practitioners told us:")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "Attendance at the learning event")
    for who in ("Children's social care (3)", "Police (2)", "Health visiting (1)", "General practice (1)"):
        d.add("bullet", who)


def c873(c: Ctx) -> None:  # appreciative inquiry by practice theme: "What worked well" and "Even better if"
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("p", "The review used an appreciative inquiry approach: for each practice theme it asks what worked well "
          "and what would have made practice even better.")  # fmt: skip
    _story(c)
    d.add("h1", "What the review found")
    themes = ("Hearing the child", "Working together", "Understanding risk")
    for theme, g, st in zip(themes, _gps(c, 3), _sts(c, 3)):
        d.add("h2", theme)
        d.add("h3", "What worked well")
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
        d.add("h3", "Even better if")
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c874(c: Ctx) -> None:  # a hybrid: "Findings and recommendations" as one numbered list, each finding with its own
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    _story(c)
    d.add("h1", "Findings and recommendations")
    d.add("p", "Each numbered finding below is followed by the recommendation the review makes in response to it.")
    sts = _sts(c, 3)
    for j, (st, r) in enumerate(zip(sts, _matched(sts, _fitting_recs(c, 8), lambda r: r.themes)), 1):
        d.add("num", st.body, d.lesson("finding", str(j), st.body, st.themes), label=f"{j}.")
        _runin(c, r.text, d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
               label=f"Recommendation {j}:")  # fmt: skip
    _end_matter(c)


def c875(c: Ctx) -> None:  # a layout adapted from the Welsh Child Practice Review: learning by practice theme
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "1. Brief outline of the circumstances")
    d.add("p", f"{_opening(c)} {partnership} commissioned a {_type_name(c)}. The report follows a format adapted "
          "from the Child Practice Review framework used in Wales, which sets out practice and organisational "
          "learning by theme.")  # fmt: skip
    for event in _case_events(c, 2):
        d.add("p", event)
    d.add("h1", "2. Practice and organisational learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning theme {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning theme {i} \u2013 {st.title}", key)
        _p(c, st.body, key)
    d.add("h2", "Effective practice")
    for g in _gps(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "3. Improving systems and practice")
    d.add("p", "In order to promote the learning from this case the following actions were identified:")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "4. Statement by reviewer")
    d.add("p", f"Reviewer: {s.author}. Date: {long_date(_before(c, 3, 12))}")


def c876(c: Ctx) -> None:  # a rapid review's key lines of enquiry written up: learning bullets under each line
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Rapid review: {s.child}"
    _cover(c, partnership, title, f"Date of rapid review meeting: {long_date(_before(c, 5, 14))}",
           f"Published: {c.printed_date()}")  # fmt: skip
    d.meta["review_type"] = "other"
    d.meta["author"] = ""
    d.add("h1", "Why a rapid review was held")
    d.add("p", f"{_opening(c, 6)} The incident was notified to the Child Safeguarding Practice Review Panel and "
          "the safeguarding partners held a rapid review within fifteen working days.")  # fmt: skip
    d.add("h1", "Key lines of enquiry")
    klo = (
        "How well did agencies understand the child's daily life?",
        "Was information shared between agencies when it should have been?",
        "Were the risks recognised and acted on?",
    )
    for i, (q, st) in enumerate(zip(klo, _sts(c, 3)), 1):
        d.add("h2", f"Key line of enquiry {i}: {q}")
        d.add("p", next(iter(_case_events(c, 1)), "Agencies' chronologies were read against each other."))
        d.add("h3", "Learning identified")
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Good practice identified")
    for g in _gps(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Decision about a Local Child Safeguarding Practice Review")
    d.add("p", "The safeguarding partners agreed that the learning had been identified by the rapid review and that "
          "a Local Child Safeguarding Practice Review would not add to it. The Panel agreed with this decision.")  # fmt: skip


# --- joint reviews --------------------------------------------------------------------------------------------------


def c877(c: Ctx) -> None:  # joint DHR and children's review: adult and children's lessons side by side in a table
    d, s = c.doc, c.spec
    area, adult = s.area, _adult(c)
    csp = f"{area} Community Safety Partnership"
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Joint Domestic Homicide Review and {_type_name(c)}: {adult} and {s.child}"
    _cover(c, f"{csp} and {partnership}", title, f"Independent chair and author: {s.author}",
           f"Date of publication: {c.printed_date()}")  # fmt: skip
    d.add("h1", "1. Introduction")
    d.add("p", f"In {_month(_before(c, 26))} {adult}, aged 34, was killed at her home by her former partner. Her "
          f"child, referred to in this report as {s.child}, was {s.age} old and was in the house at the time.")  # fmt: skip
    d.add("p", f"{csp} commissioned a Domestic Homicide Review and {partnership} a {_type_name(c)}. The two were "
          "held as one joint review with one panel and one report.")  # fmt: skip
    _story(c, "2. Background")
    d.add("h1", "3. Lessons to be learned")
    d.add("p", "The lessons for adult services and for children's services are set side by side.")
    d.add("header", cells=("Lessons for adult services", "Lessons for children's services"), label="side29b")
    for (at, ath), st in zip(_adult_learning(c, 3), _sts(c, 3)):
        a = d.lesson("learning_point", "", at, ath)
        b = d.lesson("learning_point", "", st.body, st.themes)
        d.add("duorow" if s.fmt == "pdf" else "row", keys=(a, b), cells=(at, st.body), label="side29b")
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c878(c: Ctx) -> None:  # joint children's review and SAR: learning numbered across two groups; "Considerations"
    d, s = c.doc, c.spec
    sab = f"{s.area} Safeguarding Adults Board"
    partnership = c.partnership
    _setup(c, partnership)
    lead = _pair_of(c, "Dr Sarah Whitlock")
    title = f"Joint {_type_name(c)} and Safeguarding Adults Review: {s.child}"
    _cover(c, f"{partnership} and {sab}", title, f"Lead reviewers: {lead}", f"Published: {c.printed_date()}")
    d.meta["author"] = lead
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {_poss(c).capitalize()} mother had care and support needs of her own, and "
          f"{partnership} and {sab} agreed to hold one joint review.")  # fmt: skip
    _story(c)
    d.add("h1", "What the review learned")
    d.add("h2", "For adult services")
    n = 0
    for text, themes in _adult_learning(c, 2):
        n += 1
        d.add("num", text, d.lesson("learning_point", str(n), text, themes), label=f"{n}.")
    d.add("h2", "For children's services")
    for st in _sts(c, 2):
        n += 1
        d.add("num", st.body, d.lesson("learning_point", str(n), st.body, st.themes), label=f"{n}.")
    d.add("h1", "Considerations for the boards")
    d.add("p", "The reviewers set out the following considerations. Each board will say in its response how it "
          "will act on them.")  # fmt: skip
    body = "Board" if s.review_type == "SCR" else "Partnership"
    d.add("h2", "Considerations for the Safeguarding Adults Board")
    j = 0
    for text, themes in _adult_recs(c, 2):
        j += 1
        d.add("num", text, d.lesson("recommendation", str(j), text, themes), label=f"{j}.")
    d.add("h2", f"Considerations for the Safeguarding Children {body}")
    for r in _fitting_recs(c, 2):
        j += 1
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c879(c: Ctx) -> None:  # joint DHR and children's review commissioned in two areas (one copy scanned)
    d, s = c.doc, c.spec
    area, adult = s.area, _adult(c)
    other = _NEIGHBOURS[area]
    csp = f"{other} Community Safety Partnership"
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Domestic Homicide Review and {_type_name(c)}: {s.child}"
    _cover(c, f"{csp} and {partnership}", title, f"Independent reviewer: {s.author}",
           f"Date of publication: {c.printed_date()}")  # fmt: skip
    d.add("h1", "1. Introduction")
    years = _years(c)
    setting = "school and " if years >= 5 else "nursery and " if years >= 2 else ""
    d.add("p", f"In {_month(_before(c, 24))} {adult} was killed by her partner at a flat in {other}, where she had "
          f"moved a few weeks before. Her child, {s.child}, was {s.age} old and had lived with her in {area} until "
          f"then; {s.child}'s {setting}health services were in {area}.")  # fmt: skip
    d.add("p", f"{csp} commissioned a Domestic Homicide Review because {adult} died in {other}. {partnership} "
          f"commissioned a {_type_name(c)} because {s.child} was a child living in its area. The two commissioning "
          "bodies agreed to hold one review and publish one report.")  # fmt: skip
    _story(c, "2. Background")
    d.add("h1", "3. Lessons to be learned")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "4. Recommendations")
    d.add("h2", f"For {csp}")
    text, themes = _adult_recs(c, 1)[0]
    d.add("num", text, d.lesson("recommendation", "1", text, themes), label="1.")
    d.add("h2", f"For {partnership}")
    for j, r in enumerate(_fitting_recs(c, 2), 2):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def _siblings(c: Ctx) -> list[str]:
    s = c.spec.child
    if s.startswith(("Child ", "Baby ")):
        letter = s.split()[1][-1]
        nxt = [chr((ord(letter) - 65 + k) % 26 + 65) for k in (1, 2)]
        return [f"Child {s.split()[1]}", f"Child {nxt[0]}", f"Child {nxt[1]}"]
    return [s, "Jack" if _poss(c) == "her" else "Mia", "Leo" if _poss(c) == "her" else "Ava"]


def c880(c: Ctx) -> None:  # a sibling group in one review: three children, their ages in a table
    d = c.doc
    partnership = c.partnership
    kids = _siblings(c)
    c.words.update(child=kids[0], age="9 years")
    _setup(c, partnership)
    names = f"{kids[0]}, {kids[1]} and {kids[2]}"
    _cover(c, partnership, f"{_type_name(c)}: {names}")
    d.meta["child"], d.meta["child_age"] = names, ""
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns three brothers and sisters, referred to as {names}. They were found living in "
          f"conditions of serious neglect in {_month(_before(c, 18))}, and {partnership} commissioned this review "
          "to understand how agencies worked with the family.")  # fmt: skip
    d.add("h2", "The children")
    d.add("header", cells=("Name used in this report", "Age at the time", "Relationship"), label="kids29b")
    for name, age, rel in zip(kids, ("9 years", "6 years", "2 years"), ("Eldest child", "Middle child",
                                                                         "Youngest child")):  # fmt: skip
        d.add("row", cells=(name, age, rel), label="kids29b")
    _story(c)
    d.add("h1", "Learning themes")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning theme {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning theme {i}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


# Findings about a newborn who went home from the neonatal unit at six days old and died three days later, written for
# this half (the text bank's statements tell of months of work with a child): (title, text, themes).
_NEWBORN = (
    ("Safer sleep advice at discharge", "The neonatal unit gave the parents safer sleep advice on the day of "
     "discharge, but no one asked where the baby would sleep at home or who would care for the baby at night.",
     "harm.sudi_safer_sleep agency.acute_health"),
    ("The father not seen", "Maternity and neonatal staff spoke only to the mother. The father, who settled the baby "
     "at night, was not given safer sleep advice, and his drinking was not known to them.",
     "fam.male_carers harm.sudi_safer_sleep fam.parental_substance_misuse"),
    ("A discharge without a handover", "The baby went home on a Friday. The discharge summary reached the health "
     "visitor after the weekend, so the first home visit was planned as a routine new birth visit, without the "
     "unit's concerns about the home.", "multi.information_sharing agency.universal_health"),
    ("Pre-birth concerns not carried forward", "Children's social care had assessed the family before the birth and "
     "offered early help. The assessment was not shared with the neonatal unit, so the plan for discharge was made "
     "without it.", "multi.information_sharing assess.thresholds_cp_processes"),
    ("Risk factors seen one at a time", "The baby's prematurity, the parents' smoking and their wish to have the "
     "baby sleep in their bed together put the baby at high risk, but each practitioner saw only one of these "
     "factors and no one put them together.", "harm.sudi_safer_sleep assess.whole_family"),
)  # fmt: skip


def c881(c: Ctx) -> None:  # a newborn's age in days; born early, home for a few days
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    c.words["age"] = "9 days"
    _cover(c, partnership)
    d.meta["child_age"] = "9 days"
    d.add("h1", "Introduction")
    d.add("p", f"{s.child} was born at 35 weeks of pregnancy and went home from the neonatal unit at six days old. "
          f"{s.child} died at home in {_month(_before(c, 20))}, aged 9 days.")  # fmt: skip
    d.add("p", f"{partnership} commissioned this review to understand how agencies worked with {s.child}'s parents "
          "before and after the birth.")  # fmt: skip
    _story(c)
    d.add("h1", "Findings")
    for i, k in enumerate(sorted(c.rng.sample(range(len(_NEWBORN)), 3)), 1):
        title, body, themes = _NEWBORN[k]
        key = d.lesson("finding", f"Finding {i}", f"{title} {body}", themes.split(), title=title)
        d.add("h2", f"Finding {i}: {title}", key)
        _p(c, body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c882(c: Ctx) -> None:  # the author a team; "WWW" and "EBI" numbered lists from appreciative inquiry
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    team = "Learning and Improvement Group"
    _cover(c, partnership, c.title(), f"Author: {team}, {partnership}", f"Published: {c.printed_date()}")
    d.meta["author"] = team
    d.add("h1", "About this review")
    d.add("p", f"{_opening(c)} The review was written by the partnership's {team}, a group of senior practitioners "
          "from each agency, and not by an independent reviewer. It uses the language of appreciative inquiry: "
          "what worked well (WWW) and what would have been even better if (EBI).")  # fmt: skip
    _story(c)
    d.add("h1", "What worked well")
    for i, g in enumerate(_gps(c, 2), 1):
        d.add("num", g.text, d.lesson("good_practice", f"WWW{i}", g.text, g.themes), label=f"WWW{i}")
    d.add("h1", "Even better if")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"EBI{i}", st.body, st.themes), label=f"EBI{i}")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c883(c: Ctx) -> None:  # SCIE findings in a table: No. / Finding / Type of finding / Issues for the Board
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("p", "The review used the SCIE Learning Together systems model. Its findings and the issues they raise "
          "for the Board are summarised in the table below and discussed in the sections that follow.")  # fmt: skip
    _story(c)
    d.add("h1", "Summary of findings and issues for the Board")
    d.add("header", cells=("No.", "Finding", "Type of finding", "Issues for the Board to consider"), label="scie29b")
    kinds = ("Innate human biases", "Multi-agency working", "Management systems")
    for i, ((st, (q, themes)), kind) in enumerate(zip(_findings_with_questions(c, 3), kinds), 1):
        a = d.lesson("finding", str(i), st.body, st.themes)
        b = d.lesson("recommendation", "", q, themes)
        d.add(
            "duorow" if c.spec.fmt == "pdf" else "row", keys=(a, b), cells=(str(i), st.body, kind, q), label="scie29b"
        )
    d.add("h1", "How the Board will respond")
    d.add("p", "The Board will publish its answers to each issue with this report and review progress after a year.")


def c884(c: Ctx) -> None:  # learning followed by "Consider:" prompts for practitioners (never lessons)
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    _story(c)
    d.add("h1", "Learning and points to consider")
    prompts = (
        "Consider whether you know who lives in, and who regularly visits, the households of the children you work "
        "with.",
        "Consider how you would escalate a concern if you disagreed with another agency's decision.",
        "Consider when you last saw a child on their own and recorded what they told you.",
    )
    for st, prompt in zip(_sts(c, 3), prompts):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
        _runin(c, prompt[len("Consider ") :], label="Consider:")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def _for_services(c: Ctx, services: tuple) -> list:
    """(service, statement) for each (service, pattern): the first drawn statement that speaks of that service's work
    (the Service cell beside a lesson names the service the lesson is about)."""
    pool, out = _sts(c, 24), []
    for service, pattern in services:
        st = next((st for st in pool if re.search(pattern, st.body, re.I)), pool[0])
        pool.remove(st)
        out.append((service, st))
    return out


def c885(c: Ctx) -> None:  # joint SAR and children's review: lessons in tables with the service each is for
    d, s = c.doc, c.spec
    area = s.area
    sab = f"{area} Safeguarding Adults Board"
    partnership = c.partnership
    _setup(c, partnership)
    adult = _adult(c)
    title = f"Safeguarding Adults Review and {_type_name(c)}: {adult} and {s.child}"
    _cover(c, f"{sab} and {partnership}", title)
    d.add("h1", "Introduction")
    d.add("p", f"{adult} is {s.child}'s mother. She has a learning disability and care and support needs. "
          f"{s.child}, who was {s.age} old, was seriously harmed while in her care in "
          f"{_month(_before(c, 18))}.")  # fmt: skip
    d.add("p", f"{sab} commissioned a Safeguarding Adults Review and {partnership} a {_type_name(c)}. This single "
          "report meets the requirements of both.")  # fmt: skip
    _story(c)
    services = ("Adult social care", "Community mental health team", "Substance misuse service", "MARAC",
                "National Probation Service", "General practice")  # fmt: skip
    d.add("h1", "Lessons for adult services")
    d.add("header", cells=("Lesson", "Service"), label="lesson29b")
    picks = c.rng.sample(range(len(_ADULT_LEARNING)), 2)
    for i in picks:
        text, themes = _fill(c, _ADULT_LEARNING[i][0]), _ADULT_LEARNING[i][1].split()
        service = services[i]
        if service == "National Probation Service" and s.published[:4] >= "2021":
            service = "Probation Service"
        key = d.lesson("learning_point", "", text, themes, service)
        d.add("row", keys=key, cells=(text, service), label="lesson29b")
    d.add("h1", "Lessons for children's services")
    d.add("header", cells=("Lesson", "Service"), label="lesson29b")
    children = (("Children's social care", _SERVICE["csc"]), ("Health visiting", r"health visit"))
    for service, st in _for_services(c, children):
        key = d.lesson("learning_point", "", st.body, st.themes, service)
        d.add("row", keys=key, cells=(st.body, service), label="lesson29b")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c886(c: Ctx) -> None:  # the review type only in words in the introduction: "a combined ... review"
    d, s = c.doc, c.spec
    area, adult = s.area, _adult(c)
    csp = f"{area} Community Safety Partnership"
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Overview report: {adult} and {s.child}"
    _cover(c, f"{csp} | {partnership}", title, f"Independent author: {s.author}",
           f"Publication date: {c.printed_date()}")  # fmt: skip
    d.add("h1", "1. Introduction")
    d.add("p", f"This is a combined Domestic Homicide Review and {_type_name(c)}. {adult}, aged 29, died in "
          f"{_month(_before(c, 28))} after an assault by her partner. {s.child}, her child, was {s.age} old.")  # fmt: skip
    d.add("p", f"{csp} and {partnership} agreed that one review would meet the statutory guidance for both.")
    _story(c, "2. Background")
    d.add("h1", "3. Lessons learned")
    for i, st in enumerate(_sts(c, 3), 1):
        _runin(c, st.body, d.lesson("learning_point", f"Lesson {i}", st.body, st.themes), label=f"Lesson {i}:")
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c887(c: Ctx) -> None:  # SILP: questions the learning event considered (never), learning "L1"-"L3"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership, f"SILP review: {s.child}", f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} The case met the criteria for a {_type_name(c)}, and {partnership} chose the "
          "Significant Incident Learning Process, in which the practitioners involved meet to analyse what "
          "happened.")  # fmt: skip
    _story(c)
    d.add("h1", "The learning event")
    d.add("p", "The learning event considered these questions:")
    for q in ("What was life like for the child?", "What did each agency know, and who did it tell?",
              "What helped or hindered practitioners in their work?"):  # fmt: skip
        d.add("bullet", q)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"L{i}", st.body, st.themes), label=f"L{i}")
    d.add("h1", "Good practice")
    for g in _gps(c, 1):
        d.add("p", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


# The learning of a review of an unborn baby and a young mother, written for this half: (text, themes).
_UNBORN_ADULT = (
    ("Adult social care closed the mother's referral because she did not meet the eligibility criteria, without "
     "considering that she was pregnant and would soon be caring for a baby.",
     "assess.whole_family assess.thresholds_cp_processes"),
    ("The domestic abuse service completed a risk assessment with the mother that did not record her pregnancy, so "
     "the risk to the unborn baby was not part of the safety plan.", "fam.domestic_abuse assess.whole_family"),
)  # fmt: skip
_UNBORN_CHILDREN = (
    ("The pre-birth assessment began at 28 weeks of pregnancy, too late to plan with the mother before the birth; "
     "the local protocol expects a referral by 20 weeks.", "assess.thresholds_cp_processes org.policy_guidance"),
    ("The mother's personal adviser from the leaving care service knew about her new partner's violence but did "
     "not share it with maternity services or with the social worker completing the pre-birth assessment.",
     "multi.information_sharing fam.domestic_abuse fam.young_parents"),
)  # fmt: skip


def c888(c: Ctx) -> None:  # an unborn baby and a young mother: a joint review with learning for adult services
    d, s = c.doc, c.spec
    area = s.area
    sab = f"{area} Safeguarding Adults Board"
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Joint Learning Review: {s.child}"
    _cover(c, f"{partnership} and {sab}", title, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.meta["child_age"] = "unborn"
    c.words["age"] = "unborn"
    d.add("h1", "Introduction")
    d.add("p", f"This joint {_type_name(c)} and Safeguarding Adults Review concerns {s.child}, who was unborn at "
          f"the time of the events it considers, and {s.child}'s mother, a care leaver aged 19 with care and "
          "support needs of her own.")  # fmt: skip
    d.add("p", f"{s.child}'s mother was 30 weeks pregnant when she was seriously assaulted in "
          f"{_month(_before(c, 20))}. {s.child} was delivered early and survived.")  # fmt: skip
    d.add("h1", "Learning")
    n = 0
    for heading, lessons in (("Learning for adult services", _UNBORN_ADULT), ("Learning for children's services",
                                                                              _UNBORN_CHILDREN)):  # fmt: skip
        d.add("h2", heading)
        for text, themes in lessons:
            n += 1
            d.add("h3", f"Learning point {n}")
            d.add("p", text, d.lesson("learning_point", f"Learning point {n}", text, themes.split()))
    d.add("h1", "Joint recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
