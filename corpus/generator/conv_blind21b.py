"""Corpus generator: the twenty-first blind held-out set, second half: conventions C583-C600 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to reviews of more than one case and to
reviews done jointly with other review types. Thematic reviews of several children, each child's case summarised
with learning of its own before cross-cutting learning and one set of recommendations; learning numbered per case
("A1", "B1"); recommendations made in each case's chapter and gathered again at the end; a review that pools the
learning of several rapid reviews and repeats it in a summary table; a matrix of findings against the children;
good practice tabled per child; learning grouped per agency across the cases; a regional thematic review of a
region's partnerships; a seven-minute briefing on a thematic review. Joint reviews: a domestic homicide review that
is also a children's review, with the Home Office Quality Assurance Panel's letter appended; a children's review and
Safeguarding Adults Review whose recommendations are tabled for each board; a domestic homicide review, Safeguarding
Adults Review and children's review at once, with learning for each of the three boards; a review commissioned by
two partnerships; an NHS independent investigation that is also a children's review. National Panel reviews with
learning and recommendations for several audiences (national government, safeguarding partners, practitioners)
and the government's response beside the recommendations. A smaller part leans to the metadata of such reviews: no
child for a thematic or regional review, two children and two ages in one review, the area of the partnership that
led a jointly commissioned review, the region of a regional review, the children's review type when a review is two
or three kinds at once, and authors printed beside a chair, as a report author apart from the independent chair,
or as an organisation.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where a heading names the lesson, agency where the document gives one) and only the metadata the document
itself prints. A lesson printed twice (a summary table, a consolidated list) is one lesson, read where the body
first prints it. The set uses only element kinds the earlier writers already draw (and registers its tables' column
widths, as earlier sets do), so no writer is changed and every earlier document comes out as before. Bank texts are
drawn through set 19's filters (conv_blind19b), and for a review of several children through set 15's filter that
passes over any text naming a child (conv_blind15b), so that no child is named but the ones the builder prints.
"""

from __future__ import annotations

import re

from .bank_types import Recommendation
from .conv_blind15b import TOPICS as _TOPICS15
from .conv_blind15b import _names_no_child, _no_child
from .conv_blind18b import _finding, _harm, _of_its_time, _p, _partners, _runin, _type_name
from .conv_blind19b import _break, _good, _recommendations, _statements
from .conv_blind20b import _before, _month
from .conv_common import child_sex as _child_sex
from .conv_common import long_date as _long
from .conv_common import named as _named
from .conv_common import other_person as _other_person
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx
from .conv_table import AGES, AREAS, CHILDREN

COLUMN_WIDTHS.update(
    {
        "b21brr": ((0.16, 0.24, 0.2, 0.4), False),
        "b21bsum": ((0.4, 0.6), False),
        "b21brec": ((0.08, 0.6, 0.32), False),
        "b21bmatrix": ((0.48, 0.13, 0.13, 0.13, 0.13), False),
        "b21bgp": ((0.18, 0.82), False),
        "b21bgov": ((0.07, 0.5, 0.2, 0.23), False),
    }
)

# The topic of a review of several children, as the subject of "... was a feature" (set 15's, one made singular).
TOPICS = {**_TOPICS15, "NAI": "non-accidental injury to babies"}

# --- drawing from the bank ---------------------------------------------------------------------------


def _anonymous(draw, text_of):
    """A draw through set 19's filters (conv_blind19b) that passes over any text naming a child (set 15's test)."""

    def run(c: Ctx, n: int) -> list:
        out: list = []
        while len(out) < n:
            drawn = draw(c, 1)
            if not drawn:
                break
            out += [e for e in drawn if _names_no_child(c, text_of(e))]
        return out

    return run


_anon_statements = _anonymous(_statements, lambda st: f"{st.title} {st.body}")
_anon_recommendations = _anonymous(_recommendations, lambda r: r.text)
_anon_good = _anonymous(_good, lambda g: g.text)

# --- pieces the builders share -----------------------------------------------------------------------

_CASE_LINES = (
    "was known to universal health services and to the school or nursery, and briefly to early help.",
    "had been the subject of a child in need plan that closed some months before the incident.",
    "had moved into the area with the family shortly before the incident; records followed later.",
    "was known to the police through calls to the family home, and to health services.",
)
_BABY_LINES = (
    "was known to midwifery and health visiting, and the family briefly to early help.",
    "was born prematurely and had spent several weeks on the neonatal unit.",
    "had moved into the area with the family shortly before the incident; records followed later.",
    "was known to the GP; an older sibling was known to children's social care.",
)


def _case_lines(c: Ctx) -> tuple[str, ...]:
    """One line about each child of a review of several: babies' lines where the topic is about babies."""
    return _BABY_LINES if c.spec.scenario in ("NAI", "SUDI") else _CASE_LINES


def _year(c: Ctx) -> int:
    return int(c.doc.meta["published"][:4])


def _considered(c: Ctx, n: str) -> str:
    """How the cases came to the partnership: rapid reviews from 2019, the LSCB's subgroup before."""
    if _year(c) >= 2019:
        return f"the safeguarding partners held rapid reviews about {n} children"
    return f"the LSCB's Serious Case Review Subgroup considered the cases of {n} children"


def _we(c: Ctx) -> str:
    """What the report calls its own partnership: the LSCB before 2019."""
    return "LSCB" if c.spec.review_type == "SCR" else "partnership"


def _thematic(c: Ctx, title: str, review_type: str = "thematic") -> None:
    c.doc.meta.update(title=title, review_type=review_type)
    _no_child(c)


def _cover(c: Ctx, title: str, *lines: str) -> None:
    d = c.doc
    d.add("cover", c.partnership)
    d.add("title", title)
    for line in lines:
        d.add("cover", line)
    _break(c)


def _partnership_of(c: Ctx, area: str) -> str:
    s = c.spec
    if s.review_type == "SCR":
        return (
            f"{area} Local Safeguarding Children Board"
            if s.published < "2016"
            else f"{area} Safeguarding Children Board"
        )
    return f"{area} Safeguarding Children Partnership"


def _children_body(c: Ctx) -> str:
    return "Safeguarding Children Board" if c.spec.review_type == "SCR" else "Safeguarding Children Partnership"


def _pr(c: Ctx) -> tuple[str, str, str]:
    """The child's pronoun, possessive and relation ("son", "daughter")."""
    return ("he", "his", "son") if _child_sex(c) == "m" else ("she", "her", "daughter")


def _anon_numbered(c: Ctx, n: int = 3, heading: str = "Recommendations", start: int = 1) -> int:
    d = c.doc
    if heading:
        d.add("h1", heading)
    j = start
    for r in _anon_recommendations(c, n):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
        j += 1
    return j


def _numbered_from(c: Ctx, recs: list, start: int, heading: str = "") -> int:
    d = c.doc
    if heading:
        d.add("h2", heading)
    for j, r in enumerate(recs, start):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    return start + len(recs)


def _adult(c: Ctx) -> str:
    """The pseudonym of the adult a domestic homicide review is about (never the child)."""
    names = ("Sarah", "Amira", "Joanne", "Kerry", "Lena", "Michelle", "Tanya")
    return names[len(c.spec.name) % len(names)]


def _adult_age(c: Ctx) -> str:
    return f"{27 + len(c.spec.name) % 14} years"


def _csp(c: Ctx) -> str:
    return f"{c.spec.area} Community Safety Partnership"


def _sab(c: Ctx) -> str:
    return f"{c.spec.area} Safeguarding Adults Board"


def _rr_ages(c: Ctx) -> list[str]:
    """The ages of the children of the pooled rapid reviews (a table's cells, never the review's child)."""
    young = ("6 weeks", "4 months", "9 months", "2 months", "11 weeks")
    old = ("15 years", "14 years", "16 years", "13 years", "15 years")
    mixed = ("3 years", "8 months", "7 years", "11 years", "2 years")
    return list({"NAI": young, "SUDI": young, "CCE": old, "CSE": old}.get(c.spec.scenario, mixed))


# National government's part in the Panel's reviews: written for the set, with the themes the labelling guide gives.
_GOVERNMENT = (
    Recommendation(
        "The Department for Education should issue statutory guidance setting out how safeguarding partners must "
        "share information about children who move between local authority areas.",
        "Department for Education",
        ("multi.cross_boundary_transfer", "multi.information_sharing", "org.policy_guidance"),
    ),
    Recommendation(
        "The Department of Health and Social Care should ensure that the record systems used by GP practices, health "
        "visiting and midwifery show when a child is subject to a child protection plan.",
        "Department of Health and Social Care",
        ("multi.record_keeping", "multi.information_sharing", "agency.universal_health"),
    ),
    Recommendation(
        "The Home Office should revise the national training for police officers on domestic abuse risk assessment "
        "so that it covers the risk to every child in the household.",
        "Home Office",
        (
            "fam.domestic_abuse",
            "assess.risk_assessment",
            "agency.police",
            "org.workforce_supervision",
            "org.policy_guidance",
        ),
    ),  # fmt: skip
)
_RESPONSES = ("Accepted", "Accepted in principle", "Accepted; to be taken forward with partners")


# --- the conventions ---------------------------------------------------------------------------------


def c583(c: Ctx) -> None:  # a thematic review of three children, each with its own learning, then cross-cutting
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    title = f"Thematic review: {topic}. Learning from the experiences of three children"
    _thematic(c, title)
    _cover(c, title, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", f"1. Why the {_we(c)} commissioned a thematic review")
    d.add("p", f"Between {_month(_before(c, 26))} and {_month(_before(c, 17))} {_considered(c, 'three')} who had "
          "been seriously harmed. The same themes were found in each, and it was agreed to review the three "
          "children's experiences together rather than commission three separate reviews. The children are called "
          "Child A, Child B and Child C.")  # fmt: skip
    d.add("h1", "2. The children")
    for k, case in enumerate(("Child A", "Child B", "Child C")):
        d.add("h2", case)
        d.add("p", f"{case} {_case_lines(c)[k]}")
        d.add("p", f"What we learned from {case}'s experience:")
        for st in _anon_statements(c, 2 if k != 1 else 1):
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "3. Cross-cutting learning")
    d.add("p", "Three themes ran through all three children's experiences.")
    for j, st in enumerate(_anon_statements(c, 3), 1):
        key = d.lesson("learning_point", str(j), f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{j}. {st.title}", key)
        _p(c, st.body, key)
    _anon_numbered(c, 3, "4. Recommendations")


def c584(c: Ctx) -> None:  # learning numbered per case ("A1", "A2", "B1"), then recommendations "R1"
    d, s = c.doc, c.spec
    txt = s.fmt == "txt"
    if txt:
        d.footer = ""
    topic = TOPICS[s.scenario]
    title = f"Thematic review of {topic}: the experiences of four children"
    _thematic(c, title)
    d.add("cover" if txt else "title", title)
    d.add("p", c.partnership)
    d.add("p", f"Reviewer: {s.author}")
    d.add("p", f"Published {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"In the eighteen months before {_month(_before(c, 10))} {_considered(c, 'four')} where {topic} was a "
          "feature. This review looks at the four together. Learning is numbered by child: A1 is the first point "
          "from Child A's case; learning that runs across the cases is gathered in the recommendations.")  # fmt: skip
    d.add("h1", "Learning from each child's case")
    for k, letter in enumerate("ABCD"):
        d.add("h2", f"Child {letter}")
        d.add("p", f"Child {letter} {_case_lines(c)[k]}")
        for i, st in enumerate(_anon_statements(c, 2 if k % 2 == 0 else 1), 1):
            label = f"{letter}{i}"
            _runin(c, st.body, d.lesson("learning_point", label, st.body, st.themes), label=label)
    d.add("h1", "Recommendations")
    for j, r in enumerate(_anon_recommendations(c, 3), 1):
        _runin(c, r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}")


def c585(c: Ctx) -> None:  # the learning of five rapid reviews pooled, and repeated in a closing summary table
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    title = f"Learning from rapid reviews: {topic}"
    _thematic(c, title)
    _cover(c, title, f"Prepared for the safeguarding partners by {s.author}, independent reviewer",
           f"Published: {c.printed_date()}")  # fmt: skip
    d.add("h1", "Introduction")
    d.add("p", f"Between {_month(_before(c, 22))} and {_month(_before(c, 8))} the safeguarding partners held five "
          f"rapid reviews about children harmed where {topic} was a feature. In each case they decided, with the "
          "national Panel's agreement, that a local child safeguarding practice review would not add to what was "
          "already known, and that the learning of the five should be brought together in this report.")  # fmt: skip
    d.add("h2", "The rapid reviews")
    d.add("header", cells=("Rapid review", "Month of meeting", "Age of child", "Agencies involved"), label="b21brr")
    agencies = ("Health, police, children's social care", "Health, children's social care",
                "Police, education, health", "Health visiting, GP, police", "Children's social care, education")  # fmt: skip
    for k, (age, who) in enumerate(zip(_rr_ages(c), agencies)):
        d.add("row", cells=(f"RR{k + 1}", _month(_before(c, 22 - 3 * k)), age, who), label="b21brr")
    d.add("h1", "What the rapid reviews found")
    seen = ("RR1, RR2 and RR4", "RR2, RR3 and RR5", "RR1, RR3, RR4 and RR5")
    sts = _anon_statements(c, 3)
    for i, st in enumerate(sts, 1):
        label = f"Learning theme {i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        _p(c, st.body, key)
        d.add("small", f"Identified in: {seen[i - 1]}")
    d.add("h1", "What the partnership will do")
    recs = _anon_recommendations(c, len(sts))
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    _break(c)
    d.add("h1", "Appendix: summary of learning and actions")
    d.add("header", cells=("Learning theme", "What the partnership will do"), label="b21bsum")
    for st, r in zip(sts, recs):
        d.add("row", cells=(st.title, r.text), label="b21bsum")


_QA_POINTS = (
    "The executive summary should say more about the children's experience of living with domestic abuse.",
    "The report would benefit from a fuller account of the equality characteristics of the victim and the perpetrator.",
    "The action plan should give a timescale and a named lead for each recommendation.",
)


def c586(c: Ctx) -> None:  # a joint domestic homicide review and children's review, the Home Office QA letter appended
    d, s = c.doc, c.spec
    adult, rel = _adult(c), _pr(c)[2]
    kind = _type_name(c)
    title = f"Domestic Homicide Review and {kind}: {adult} and {s.child}"
    d.meta["title"] = title
    d.add("cover", _csp(c))
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Date of publication: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "1. Introduction")
    d.add("p", f"{adult} was killed by her former partner at her home in {s.area} in {_month(_before(c, 16))}. Her "
          f"{rel}, {s.child}, who was {s.age} old, was in the house. The {_csp(c)} and the {c.partnership} agreed to "
          f"hold one review that is both a Domestic Homicide Review and a {kind}, so that the family would take "
          "part in one process and agencies would be asked once.")  # fmt: skip
    d.add("p", f"The review was chaired and written by {s.author}, who is independent of the agencies involved.")
    d.add("h1", "2. Lessons to be learned")
    for i, st in enumerate(_statements(c, 3), 1):
        _runin(c, st.body, d.lesson("learning_point", f"Lesson {i}", st.body, st.themes), label=f"Lesson {i}:")
    d.add("h1", "3. Recommendations")
    recs = [r for r in _recommendations(c, 6) if r.agency][:3]
    if s.fmt == "scan":  # typed as a list in the scanned copy
        for j, r in enumerate(recs, 1):
            d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes, r.agency), label=f"{j}.")
            d.add("p", f"Agency: {r.agency}")
    else:
        d.add("header", cells=("No.", "Recommendation", "Agency"), label="b21brec")
        for j, r in enumerate(recs, 1):
            key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
            d.add("row", keys=key, cells=(str(j), r.text, r.agency), label="b21brec")
    d.add("pagebreak")
    d.add("h1", "Appendix A: Letter from the Home Office Quality Assurance Panel")
    d.add("p", f"Dear Chair of the {_csp(c)},")
    d.add("p", f"Thank you for submitting the Domestic Homicide Review report for {adult} to the Home Office Quality "
          f"Assurance Panel, which considered it at its meeting on {_long(_before(c, 4, 12))}. The Panel found the "
          "report to be of a good standard and clearly written, and it may now be published. The Panel felt that "
          "the report could be improved in the following areas:")  # fmt: skip
    for point in _QA_POINTS:
        d.add("bullet", point)
    d.add("p", "Yours sincerely, Home Office Domestic Homicide Review Quality Assurance Panel")


def c587(c: Ctx) -> None:  # a joint children's review and SAR: recommendations tabled with the board each is for
    d, s = c.doc, c.spec
    kind = _type_name(c)
    title = f"{s.child}: a joint {kind} and Safeguarding Adults Review"
    d.meta["title"] = title
    chair = _other_person(c, 5)
    d.add("cover", c.partnership)
    d.add("cover", _sab(c))
    d.add("title", title)
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Chair of the joint review panel: {chair}")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    basis = "section 44 of the Care Act 2014" if s.published >= "2015-04" else "the Board's adult review policy"
    d.add("h1", "Why a joint review")
    d.add("p", f"{s.child} was {s.age} old when {_pr(c)[0]} {_harm(c)}. {_pr(c)[1].capitalize()} mother had care "
          f"and support needs and was known to adult social care. The {c.partnership} and the {_sab(c)} therefore "
          f"agreed that one review would meet the criteria for a {kind} and for a Safeguarding Adults Review under "
          f"{basis}. A joint panel, chaired by "
          f"{chair}, oversaw the review; the report was written by {s.author}.")  # fmt: skip
    d.add("h1", "Learning")
    for i, st in enumerate(_statements(c, 3), 1):
        label = f"Learning point {i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    d.add("p", "Each recommendation is addressed to the board that will lead it; both boards will report progress to "
          "their joint executive group.")  # fmt: skip
    bodies = (_children_body(c), "Safeguarding Adults Board", f"{_children_body(c)} and Safeguarding Adults Board",
              _children_body(c))  # fmt: skip
    d.add("header", cells=("No.", "Recommendation", "For"), label="b21brec")
    for j, (r, body) in enumerate(zip(_recommendations(c, 4), bodies), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, body)
        d.add("row", keys=key, cells=(str(j), r.text, body), label="b21brec")


def c588(c: Ctx) -> None:  # a Panel national thematic review: government's recommendations, learning for two audiences
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    title = f"Learning from serious incidents involving {topic}: a national thematic review"
    d.meta["title"] = title
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "Foreword")
    d.add("p", f"Over the last two years the Panel has received many serious incident notifications in which {topic} "
          "was a feature. This review draws on 24 of them, on the local reviews that followed and on conversations "
          "with practitioners and families. Its learning is set out for each of the audiences who can act on it.")  # fmt: skip
    d.add("p", "Chair, Child Safeguarding Practice Review Panel")
    d.add("h1", "1. Recommendations for national government")
    d.add("header", cells=("No.", "Recommendation", "Lead department"), label="b21brec")
    for j, r in enumerate(_GOVERNMENT, 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency), label="b21brec")
    d.add("h1", "2. Learning for safeguarding partners")
    for j, st in enumerate(_anon_statements(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(j), st.body, st.themes), label=f"{j}.")
    d.add("h1", "3. Learning for practitioners")
    for st in _anon_statements(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("small", f"\u00a9 Crown copyright {s.published[:4]}")


def c589(c: Ctx) -> None:  # a review commissioned by two partnerships; the area is the one the child lived in
    d, s = c.doc, c.spec
    poss = _pr(c)[1]
    skip = ("Bournemouth", "Bedford")
    others = [a for a, r in AREAS if r == s.region and a != s.area and not a.startswith(skip)]
    other = others[len(s.name) % len(others)]
    both = "boards" if s.review_type == "SCR" else "partnerships"
    d.add("cover", c.partnership)
    d.add("cover", _partnership_of(c, other))
    d.add("title", d.meta["title"])
    d.add("cover", f"A review commissioned jointly by the two {both}")
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "1. Introduction")
    d.add("p", f"{s.child} lived with {poss} family in {s.area} and, in the year before the incident, went to "
          f"school and saw health services in {other}. Because agencies in both areas knew the family, the "
          f"{c.partnership} and the {_partnership_of(c, other)} agreed to commission one review together. The "
          f"{s.area} {both[:-1]} led the review and its business unit supported the panel.")  # fmt: skip
    d.add("p", f"{s.child} was {s.age} old when {_pr(c)[0]} {_harm(c)}.")
    d.add("h1", "2. Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "3. Recommendations")
    d.add("p", "The recommendations are numbered through; each is addressed to the partner that will lead it.")
    recs = _recommendations(c, 5)
    j = _numbered_from(c, recs[:2], 1, f"For the {s.area} {both[:-1]}")
    j = _numbered_from(c, recs[2:3], j, f"For the {other} {both[:-1]}")
    _numbered_from(c, recs[3:], j, f"For both {both}")


def c590(c: Ctx) -> None:  # a joint DHR and children's review: an independent chair apart from the report author
    d, s = c.doc, c.spec
    adult, rel = _adult(c), _pr(c)[2]
    kind = _type_name(c)
    chair = _other_person(c, 3)
    title = f"Domestic Homicide Review incorporating a {kind}: {s.child}"
    d.meta["title"] = title
    txt = s.fmt == "txt"
    if txt:
        d.footer = ""
    d.add("small" if not txt else "p", f"{_csp(c)} and {c.partnership}")
    d.add("title", title)
    d.add("p", f"Independent Chair: {chair}")
    d.add("p", f"Report Author: {s.author}")
    d.add("p", f"Published: {c.printed_date()}")
    d.add("h1", "1. The review")
    d.add("p", f"This review concerns {adult}, who was {_adult_age(c)} old when she died, and her {rel} {s.child}, "
          f"who was {s.age} old. Because {s.child} lived in the household and was known to children's services, the "
          f"{_csp(c)} and the {_partners(c)[4:]} agreed that the Domestic Homicide Review would also be a {kind}.")  # fmt: skip
    d.add("p", f"The review panel was chaired by {chair}. The report was written by {s.author}; both are "
          "independent of the agencies involved.")  # fmt: skip
    d.add("h1", "2. Key learning")
    for j, st in enumerate(_statements(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(j), st.body, st.themes), label=f"{j}.")
    d.add("h1", "3. Recommendations")
    recs = _recommendations(c, 5)
    prefix = "SCR" if s.review_type == "SCR" else "CSPR"
    groups = (
        ("Recommendations for the Community Safety Partnership", "DHR", recs[:2]),
        (f"Recommendations for the {_partners(c)[4:]}", prefix, recs[2:4]),
    )
    for heading, code, group in groups:
        d.add("h2", heading)
        for j, r in enumerate(group, 1):
            d.add("num", r.text, d.lesson("recommendation", f"{code}{j}", r.text, r.themes), label=f"{code}{j}")
        d.add("p", "See also joint recommendation J1.")
    d.add("h2", "Joint recommendation")
    for r in recs[4:]:
        d.add("num", r.text, d.lesson("recommendation", "J1", r.text, r.themes), label="J1")


def c591(c: Ctx) -> None:  # a thematic review's findings, then a matrix of findings against the children
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    title = f"Thematic review of {topic}: four children"
    _thematic(c, title)
    _cover(c, title, f"Author: {s.author}", f"Publication date: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"This thematic review looks at the experiences of four children, called Child A to Child D, after "
          f"{_considered(c, 'four')} where {topic} was a feature. It does not retell each child's story; its "
          "findings are about the system the four children met.")  # fmt: skip
    d.add("h1", "Findings")
    sts = _anon_statements(c, 4)
    for i, st in enumerate(sts, 1):
        _finding(c, st, f"Finding {i}")
    d.add("h2", "Where the findings were seen")
    d.add("header", cells=("Finding", "Child A", "Child B", "Child C", "Child D"), label="b21bmatrix")
    marks = (
        ("Yes", "Yes", "-", "Yes"),
        ("-", "Yes", "Yes", "Yes"),
        ("Yes", "-", "Yes", "-"),
        ("Yes", "Yes", "Yes", "Yes"),
    )
    for i, (st, row) in enumerate(zip(sts, marks), 1):
        d.add("row", cells=(f"{i}. {st.title}", *row), label="b21bmatrix")
    _anon_numbered(c, 3)


def _second_child(c: Ctx) -> tuple[str, str]:
    """A sibling reviewed with the child: a name of the same kind, and an age that is not the child's."""
    s = c.spec
    if s.child.startswith(("Child ", "Baby ")):
        letters = [ch for ch in "KMPRSTW" if ch != s.child[-1]]
        name = f"Child {letters[len(s.name) % len(letters)]}"
    else:
        names = [k for k in CHILDREN if " " not in k and k != s.child]
        name = names[len(s.name) % len(names)]
    ages = [a for ages in AGES.values() for a in ages if a.endswith("years") and a != s.age]
    return name, ages[len(s.name) % len(ages)]


def c592(c: Ctx) -> None:  # two siblings in one review, both ages printed: the child is both names, no age
    d, s = c.doc, c.spec
    second, age2 = _second_child(c)
    title = f"{_type_name(c)}: {s.child} and {second}"
    d.meta.update(title=title, child=f"{s.child} and {second}", child_age="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"This review is about two siblings, {s.child}, aged {s.age}, and {second}, aged {age2}, who lived "
          f"together with their mother. In {_month(_before(c, 20))} {s.child} {_harm(c)}, and {second} was found to "
          "have been living with the same neglect and fear at home. The review considers the help both children "
          "received.")  # fmt: skip
    d.add("h1", "What the review learned")
    for st in _statements(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c593(c: Ctx) -> None:  # each case's chapter with its own recommendations, gathered again in a consolidated list
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    title = f"Thematic review: {topic}, learning from three cases"
    _thematic(c, title)
    _cover(c, title, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "About this review")
    d.add("p", f"This review was commissioned after {_considered(c, 'three')}. Each case has its own "
          "chapter with the learning and recommendations that arise from it; the recommendations are gathered in a "
          f"single list at the end for the {_we(c)}'s action plan.")  # fmt: skip
    gathered = []
    for k, case in enumerate(("Child A", "Child B", "Child C")):
        d.add("h1", f"{k + 1}. {case}")
        d.add("p", f"{case} {_case_lines(c)[k]}")
        for st in _anon_statements(c, 1):
            _p(c, st.body, d.lesson("learning_point", "", st.body, st.themes))
        d.add("p", f"Recommendations arising from {case}'s case:")
        for j, r in enumerate(_anon_recommendations(c, 2), 1):
            d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
            gathered.append(r)
    _break(c)
    d.add("h1", "4. Consolidated recommendations")
    d.add("p", "The recommendations from the three chapters, as one list:")
    for j, r in enumerate(gathered, 1):
        d.add("num", r.text, label=f"{j}.")


def c594(c: Ctx) -> None:  # good practice tabled per child in a thematic review, cross-cutting learning as bullets
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    title = f"Thematic review: {topic}. What we learned from three children's experiences"
    _thematic(c, title)
    _cover(c, title, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"The review looked at three children's experiences after {_considered(c, 'three')}. The children are "
          "called Child A, Child B and Child C.")  # fmt: skip
    d.add("h1", "What went well")
    d.add("p", "In each case there was practice the review wants to recognise:")
    d.add("header", cells=("Child", "Good practice identified"), label="b21bgp")
    for case, g in zip(("Child A", "Child B", "Child C"), _anon_good(c, 3)):
        key = d.lesson("good_practice", "", g.text, g.themes)
        d.add("row", keys=key, cells=(case, g.text), label="b21bgp")
    d.add("h1", "Learning across the cases")
    for st in _anon_statements(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _anon_numbered(c, 3)


def c595(c: Ctx) -> None:  # a regional thematic review by a region's partnerships: no area, the region printed
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    region = s.region if s.region == "London" else f"the {s.region}"
    title = f"Regional thematic review: {topic} in {region}"
    _thematic(c, title)
    d.meta.update(area="", region="")  # no one partnership's place, so no region (the gold's region is the area's)
    areas = [a for a, r in AREAS if r == s.region][:5]
    bodies = "Local Safeguarding Children Boards" if s.review_type == "SCR" else "safeguarding children partnerships"
    one = "board" if s.review_type == "SCR" else "partnership"
    d.add("cover", f"The {bodies} of {region}")
    d.add("title", title)
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"The {bodies} of {region} ({', '.join(areas[:-1])} and {areas[-1]}) commissioned this review "
          f"together after each had considered cases in which {topic} was a feature. Each {one} put forward "
          "one or two cases; eight were reviewed in all.")  # fmt: skip
    d.add("h1", "Regional learning")
    for j, st in enumerate(_anon_statements(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(j), st.body, st.themes), label=f"{j}.")
    d.add("h1", f"What each {one} should do")
    for r in _anon_recommendations(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("p", f"The region's business managers' group will report on progress to each {bodies[:-1]} in a year.")


def _org(c: Ctx) -> str:
    names = ("Northgate Review Partners", "Harbour Lane Consulting", "Meridian Health and Care Reviews")
    return names[len(c.spec.name) % len(names)]


def c596(c: Ctx) -> None:  # an NHS independent investigation that is also a children's review, by an organisation
    d, s = c.doc, c.spec
    kind = _type_name(c)
    org = _org(c)
    nhs = "NHS England" if _year(c) >= 2013 else "the Strategic Health Authority"
    title = f"Independent Investigation and {kind}: {s.child}"
    d.meta.update(title=title, author=org)
    d.add("cover", f"Commissioned by {nhs} and the {c.partnership}")
    d.add("title", title)
    d.add("cover", f"Carried out by {org}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "1. Introduction")
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)}. {_pr(c)[1].capitalize()} father was receiving care from "
          f"mental health services at the time. {nhs[0].upper() + nhs[1:]} commissioned an independent "
          f"investigation of that care, and the {c.partnership} agreed that the same investigation would serve as its "
          f"{kind}.")  # fmt: skip
    d.add("p", f"{org} was appointed to carry out the joint review. Two of its investigators, a consultant "
          "psychiatrist and a social worker, interviewed staff and read the records of each agency.")  # fmt: skip
    d.add("h1", "2. Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "3. Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


_AGENCY_OF = (
    ("Police", ("agency.police",)),
    ("Health", ("agency.universal_health", "agency.acute_health")),
    ("Children's social care", ("agency.childrens_social_care",)),
    ("Schools", ("edu.school_role",)),
)


def c597(c: Ctx) -> None:  # a thematic review's learning grouped by agency under sub-headings
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    title = f"Thematic review: {topic}, learning from five cases"
    _thematic(c, title)
    _cover(c, title, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"This review considered five cases in which {topic} was a feature. Rather than tell each story, it "
          "sets out what each agency should take from the five cases together.")  # fmt: skip
    d.add("h1", "Learning for each agency")
    drawn = _anon_statements(c, 14)
    for agency, _themes in _AGENCY_OF:
        mine = [st for st in drawn if next((a for a, t in _AGENCY_OF if set(t) & set(st.themes)), "") == agency][:2]
        if not mine:
            continue
        d.add("h2", agency)
        for st in mine:
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes, agency))
    d.add("h1", "Learning for all agencies")
    rest = [st for st in drawn if not any(set(t) & set(st.themes) for _, t in _AGENCY_OF)][:2]
    for st in rest:
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _anon_numbered(c, 3)


def c598(c: Ctx) -> None:  # a Panel national review's recommendations with the government's response in a column
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    title = f"Safeguarding children at risk from {topic}: the Panel's national review"
    d.meta["title"] = title
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "About this review")
    d.add("p", f"The Panel reviewed the circumstances of 17 children harmed where {topic} was a feature, drawing on "
          "rapid reviews, local reviews and visits to four areas. The children are not named in this report.")  # fmt: skip
    d.add("h1", "What we found")
    for i, st in enumerate(_anon_statements(c, 3), 1):
        label = f"Finding {i}"
        key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "Recommendations and the government's response")
    d.add("p", "The government's response, published alongside this report, is summarised in the last column.")
    d.add("header", cells=("No.", "Recommendation", "For", "Government response"), label="b21bgov")
    for j, (r, resp) in enumerate(zip(_GOVERNMENT, _RESPONSES), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency, resp), label="b21bgov")
    d.add("h1", "Messages for safeguarding partners")
    for st in _anon_statements(c, 2):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))


def c599(c: Ctx) -> None:  # a seven-minute briefing on a thematic review of several children
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    title = f"7-minute briefing: thematic review of {topic}"
    _thematic(c, title, "briefing")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("h2", "1. Background")
    d.add("p", f"The {_we(c)} reviewed four cases together after {_considered(c, 'four')} where {topic} was a "
          f"feature. The full thematic review is on the {_we(c)}'s website.")  # fmt: skip
    d.add("h2", "2. The children in the review")
    for k, letter in enumerate("ABCD"):
        d.add("bullet", f"Child {letter} {_case_lines(c)[k]}")
    d.add("h2", "3. What the review found")
    for st in _anon_statements(c, 2):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("h2", "4. What went well")
    for g in _anon_good(c, 1):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h2", "5. What this means for your practice")
    for st in _anon_statements(c, 2):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h2", f"6. What the {_we(c)} will do")
    for r in _anon_recommendations(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h2", "7. Questions to consider")
    for q in ("Which of these children's experiences do you recognise in your own caseload?",
              "Who would you talk to if you were worried about a child in a similar situation?"):  # fmt: skip
        d.add("bullet", q)


def c600(c: Ctx) -> None:  # a joint DHR, SAR and children's review: learning for each of the three boards
    d, s = c.doc, c.spec
    adult, rel = _adult(c), _pr(c)[2]
    kind = _type_name(c)
    title = f"Joint Domestic Homicide Review, Safeguarding Adults Review and {kind}: {s.child}"
    d.meta["title"] = title
    txt = s.fmt == "txt"
    if txt:
        d.footer = ""
    for line in (_csp(c), _sab(c), c.partnership):
        d.add("p" if txt else "cover", line)
    d.add("title", title)
    d.add("p" if txt else "cover", f"Lead reviewer: {s.author}")
    d.add("p" if txt else "cover", f"Published: {c.printed_date()}")
    if not txt:
        d.add("pagebreak")
    d.add("h1", "1. Introduction")
    d.add("p", f"{adult} died in {_month(_before(c, 28))}. She had care and support needs, and her {rel} {s.child}, "
          f"who was {s.age} old, lived with her. The three boards agreed that one review would meet the criteria for "
          f"a Domestic Homicide Review, a Safeguarding Adults Review and a {kind}.")  # fmt: skip
    d.add("h1", "2. Learning")
    d.add("p", "The learning is set out for the board whose partners can act on it.")
    sts = _statements(c, 6)
    for heading, group in ((f"Learning for the {_csp(c)}", sts[:2]), (f"Learning for the {_sab(c)}", sts[2:4]),
                           (f"Learning for the {c.partnership}", sts[4:])):  # fmt: skip
        d.add("h2", heading)
        for st in group:
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes), label="-" if txt else "")
    d.add("h1", "3. Joint recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


BUILDERS = {
    f"C{name[1:]}": _printed_only(_named(_of_its_time(fn)))
    for name, fn in globals().copy().items()
    if re.fullmatch(r"c(58[3-9]|59\d|600)", name)
}
