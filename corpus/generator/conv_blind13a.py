"""Corpus generator: the thirteenth blind held-out set, first half: C277-C294 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. The half leans to how local reports (SCR overview reports,
LCSPRs, SILP reports) lay their lessons out on the page and number them:
paragraphs numbered to three levels where only some third-level paragraphs
are lessons, lessons numbered in words ("Finding one", "First
recommendation", "The second learning point is that"), lettered
recommendations under numbered themes, a landscape table Learning /
Recommendation / Partnership response / Owner over two pages with its
header printed again, "Learning Point 3 (Systems)" headings on two-column
pages, the agency in a recommendation's parenthesis or in the sentence that
introduces a list, an executive summary that lists the findings in short
form, good practice in a margin beside the narrative, footnotes in
recommendations, a one-row table after each finding, learning lettered on
across chapters and appendix-numbered recommendations ("B2").
Each builder declares every lesson as a careful reader of the document
would record it: kind, printed label, heading (title) where there is one,
agency where the document gives one, and only the metadata it prints.

The set uses only element kinds the earlier writers already draw, so no
writer is changed and documents of earlier sets come out as before.
"""

from __future__ import annotations

import re

from . import (
    conv_blind4,  # noqa: F401  (registers the landscape row "duo4" and its widths)
    narrative,
)
from .conv_blind import sentences
from .conv_common import case_events as _chron
from .conv_common import event_months as _event_months
from .conv_common import front_with_events as _front
from .conv_common import gps_for_child as _gps
from .conv_common import lower_first as _lower_first
from .conv_common import named as _named
from .conv_common import numbered_recs_for_child as _numbered_recs
from .conv_common import printed_only as _printed_only
from .conv_common import pub_cover as _pub_cover
from .conv_common import recs_for_child as _recs
from .conv_common import service_of as _service_of
from .conv_common import statements_for_child as _sts
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx

COLUMN_WIDTHS.update(
    {
        "b13lrpo": (COLUMN_WIDTHS["b4land"][0], True),  # the widths of set 4's "duo4" rows, which PDF draws
        "b13one": ((0.75, 0.25), False),
    }
)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
WORDS = ("one", "two", "three", "four", "five", "six")
# Themes under which a report groups its lettered recommendations (C280): headings, never lessons.
REC_THEMES = ("Information sharing", "Assessment and planning", "Supervision and escalation")
# Partnership responses in an action-plan table (C281): never lessons.
RESPONSES = (
    "Accepted. A task and finish group will report to the Executive in six months.",
    "Accepted. Work has begun and progress is reported quarterly.",
    "Accepted in part: the partnership will review existing guidance first.",
    "Accepted. Included in the learning and improvement plan for the year.",
    "Accepted. The lead agency will provide an update to the next Board.",
)
# Notes at the foot of a page cited by recommendations (C289): never part of a lesson.
NOTES = (
    "HM Government ({wt}) Working Together to Safeguard Children, chapter 1.",
    "The partnership's multi-agency escalation policy, revised in the year of the review.",
    "See the Child Safeguarding Practice Review Panel's annual report for the national picture.",
    "NICE guideline NG76, Child abuse and neglect, recommendation 1.2.",
)
_BARE = ("Police", "Education", "Children's Social Care", "Public Health")


def _to(agency: str) -> str:
    """An agency as the object of "recommendations to ...": "Police", "the Integrated Care Board"."""
    return (
        agency if agency in _BARE else agency[0].lower() + agency[1:] if agency.startswith("All") else f"the {agency}"
    )


# Statements that cannot follow "The review finds that": they speak of the review itself.
_ABOUT_REVIEW = re.compile(r"^(The review|The reviewer|Many of the issues|It is|This review|This is)", re.I)
# A service named as "good practice by ..." (C294), from conv_common's service of a good practice text.
_BY_SERVICE = {
    "Domestic abuse service": "the domestic abuse service",
    "Police": "the police",
    "Health visiting": "the health visiting service",
    "Midwifery": "the midwifery service",
    "GP practice": "the GP practice",
    "School": "the school",
    "Children's social care": "children's social care",
    "MASH": "the MASH",
    "Hospital": "the hospital",
    "Multi-agency working": "the agencies working together",
}


def _that(c: Ctx, n: int) -> list:
    """n statements of the child's whose text reads on after "... is that" (fewer when the pool runs out)."""
    return [st for st in _sts(c, n + 4) if not _ABOUT_REVIEW.match(st.body)][:n]


def _working_together(c: Ctx) -> str:
    """The edition of Working Together in force when the review was published."""
    year = int(c.spec.published[:4])
    return str(max(y for y in (2010, 2013, 2015, 2018, 2023) if y <= year))


# --- the conventions --------------------------------------------------------------------------


def c277(c: Ctx) -> None:  # paragraphs numbered to three levels: only "The review finds that" third-levels are findings
    d = c.doc
    d.header = f"{d.meta['title']} | Overview report"
    _pub_cover(c)
    n = _front(c, numbered=True)
    d.add("h1", f"{n}. Analysis")
    d.add("p", "This section analyses the agencies' work with the family in three areas.")
    chron = _chron(c, 4)
    areas = ("Understanding the child's daily life", "Working together", "Responding to concerns")
    for i, (area, st) in enumerate(zip(areas, _that(c, 3)), 1):
        d.add("h2", f"{n}.{i} {area}")
        d.add("num", chron[(i - 1) % len(chron)], label=f"{n}.{i}.1")
        d.add(
            "num",
            "Practitioners told the review that they were aware of parts of this picture but not of its whole.",
            label=f"{n}.{i}.2",
        )
        text = "The review finds that " + _lower_first(c, st.body)
        d.add("num", text, d.lesson("finding", f"{n}.{i}.3", text, st.themes), label=f"{n}.{i}.3")
        if i == 2:
            d.add("num", "The partnership has already begun work in this area.", label=f"{n}.{i}.4")
    _numbered_recs(c, 3, f"{n + 1}. Recommendations")


def c278(c: Ctx) -> None:  # findings numbered in words in their headings: "Finding one: title"
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    d.add("p", "The review makes four findings. Each is set out below with the evidence from this case.")
    for i, st in enumerate(_sts(c, 4)):
        label = f"Finding {WORDS[i]}"
        key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        d.add("p", st.body, key)
    _numbered_recs(c)


def c279(c: Ctx) -> None:  # recommendations under ordinal headings: "First recommendation", "Second recommendation"
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Learning")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("h1", "Recommendations")
    d.add("p", "The review makes three recommendations, in order of priority.")
    for i, r in enumerate(_recs(c, 3)):
        label = f"{ORDINALS[i].capitalize()} recommendation"
        key = d.lesson("recommendation", label, r.text, r.themes)
        d.add("h3", label, key)
        d.add("p", r.text, key)


def c280(c: Ctx) -> None:  # lettered recommendations "a)", "b)" under numbered themes "1. Information sharing"
    d = c.doc
    d.header = c.partnership
    c.cover()
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations")
    d.add("p", "The recommendations are grouped by theme. Each lettered recommendation is monitored separately.")
    recs = _recs(c, 5)
    groups = (recs[:2], recs[2:3], recs[3:5])
    for i, (theme, group) in enumerate(zip(REC_THEMES, groups), 1):
        d.add("num", theme, label=f"{i}.")
        for letter, r in zip("abc", group):
            key = d.lesson("recommendation", f"{i}{letter}", r.text, r.themes)
            d.add("num", r.text, key, label=f"{letter})")


def c281(c: Ctx) -> None:  # a landscape table Learning / Recommendation / Partnership response / Owner over two pages
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Summary")
    d.add(
        "p",
        "The learning from the review and the recommendations that follow from it are set out in the table "
        "in the appendix, with the partnership's response to each.",
    )
    d.add("landscape")
    d.add("h1", "Appendix 1: Learning, recommendations and the partnership's response")
    cols = ("Learning", "Recommendation", "Partnership response", "Owner")
    d.add("header", cells=cols, label="b13lrpo")
    sts, recs = _sts(c, 3), _recs(c, 5)
    pairs = ((0, (0, 1)), (1, (2,)), (2, (3, 4)))
    row = 0
    for s_i, r_is in pairs:
        st = sts[s_i]
        lp = d.lesson("learning_point", "", st.body, st.themes)
        for k, r_i in enumerate(r_is):
            r = recs[r_i]
            rk = d.lesson("recommendation", "", r.text, r.themes, r.agency)
            if row == 1:  # the table runs on to a second landscape page, its header printed again
                d.add("landscape")
                d.add("header", cells=cols, label="b13lrpo")
            cells = (st.body if k == 0 else "", r.text, RESPONSES[row % len(RESPONSES)], r.agency)
            # PDF: set 4's landscape row that carries a learning point and a recommendation (its widths)
            d.add(
                "duo4" if c.spec.fmt == "pdf" else "row",
                keys=(lp, rk) if k == 0 else (rk,),
                cells=cells,
                label="b13lrpo",
            )
            row += 1
    d.add("portrait")
    d.add("h1", "Appendix 2: Glossary")
    for abbr, meaning in narrative.GLOSSARY[:5]:
        d.add("p", f"{abbr}: {meaning}")


def c282(c: Ctx) -> None:  # "Learning Point 3 (Systems): title" on two-column pages
    d = c.doc
    d.header = f"{c.spec.child} | {c.spec.review_type}" if c.spec.child else c.partnership
    d.add("title", d.meta["title"])
    d.add("cover", c.partnership)
    d.add("cover", f"Independent reviewer: {c.spec.author}")
    d.add("cover", f"Date of publication: {c.printed_date()}")
    if c.spec.fmt == "pdf":
        d.add("twocol")
    _front(c)
    d.add("h1", "Learning points")
    d.add(
        "p",
        "Each learning point is marked as concerning practice (what practitioners did) or systems (the "
        "conditions they worked in).",
    )
    for i, (st, kind) in enumerate(zip(_sts(c, 4), ("Practice", "Practice", "Systems", "Systems")), 1):
        label = f"Learning Point {i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label} ({kind}): {st.title}", key)
        d.add("p", st.body, key)
    _numbered_recs(c)


def c283(c: Ctx) -> None:  # run-in "Recommendation 3 (Police):": the agency in the label's parenthesis
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations")
    d.add("p", "The agency named beside each recommendation is responsible for taking it forward.")
    for j, r in enumerate(_recs(c, 4), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes, r.agency)
        d.add("runin", r.text, key, label=f"Recommendation {j} ({r.agency}):")


def c284(c: Ctx) -> None:  # "The review makes the following recommendations to <agency>:" over bullets
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    recs = _recs(c, 6)
    agencies: list[str] = []
    for r in recs:
        if r.agency not in agencies:
            agencies.append(r.agency)
    for agency in agencies[:3]:
        d.add("p", f"The review makes the following recommendations to {_to(agency)}:")
        for r in [r for r in recs if r.agency == agency]:
            d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes, agency))


def c285(c: Ctx) -> None:  # an executive summary listing the findings in short form before the full findings
    d = c.doc
    _pub_cover(c)
    sts = _sts(c, 3)
    d.add("h1", "Executive summary")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("p", "In brief, the review found:")
    for i, st in enumerate(sts, 1):
        d.add("num", f"{st.title} (Finding {i})", label=f"{i}.")
    d.add("p", "Each finding is set out in full in section 4, with the evidence on which it rests.")
    if c.spec.fmt != "html":
        d.add("pagebreak")
    n = _front(c, numbered=True)
    d.add("h1", f"{n}. Findings")
    for i, st in enumerate(sts, 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c, 3, f"{n + 1}. Recommendations")


def c286(c: Ctx) -> None:  # good practice in the margin beside the narrative it comments on
    d = c.doc
    c.cover()
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("p", "Good practice identified by the review is noted in the margin beside the events it concerns.")
    d.add("h1", "The agencies' involvement")
    events, gps = _chron(c, 5), _gps(c, 3)
    for k, event in enumerate(events):
        if k % 2 == 0 and gps:
            g = gps.pop(0)
            key = d.lesson("good_practice", "", g.text, g.themes)
            d.add("row", keys=key, cells=(f"Good practice: {g.text}", event), label="side")
        else:
            d.add("row", cells=("", event), label="side")
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)


def c287(c: Ctx) -> None:  # learning in the conclusions as "The first learning point is that ..." paragraphs
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    sts = _sts(c, 2) + _that(c, 3)
    for i, st in enumerate(sts[:2], 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Conclusions")
    d.add("p", "The first of the agencies' contacts with the family was in the year before the incident.")
    d.add("p", "There are three learning points for the partnership.")
    for k, st in enumerate(sts[2:]):
        text = f"The {ORDINALS[k]} learning point is that {_lower_first(c, st.body)}"
        d.add("p", text, d.lesson("learning_point", "", text, st.themes))
    _numbered_recs(c)


def c288(c: Ctx) -> None:  # good practice as third-level paragraphs opened "Good practice:" in agency chapters
    d = c.doc
    d.header = f"{d.meta['title']} | OFFICIAL"
    c.cover()
    n = _front(c, numbered=True)
    d.add("h1", f"{n}. The agencies' work with the family")
    events, gps = _chron(c, 3), _gps(c, 3)
    for i, area in enumerate(("Early involvement", "The assessment", "The weeks before the incident"), 1):
        d.add("h2", f"{n}.{i} {area}")
        d.add("num", events[(i - 1) % len(events)], label=f"{n}.{i}.1")
        if i - 1 < len(gps):
            g = gps[i - 1]
            d.add(
                "num",
                f"Good practice: {g.text}",
                d.lesson("good_practice", f"{n}.{i}.2", g.text, g.themes),
                label=f"{n}.{i}.2",
            )
        d.add("num", "The records show no further contact in this period.", label=f"{n}.{i}.3")
    d.add("h1", f"{n + 1}. Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"{n + 1}.{i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{n + 1}.{i} {st.title}", key)
        d.add("p", st.body, key)
    _numbered_recs(c, 3, f"{n + 2}. Recommendations")


def c289(c: Ctx) -> None:  # recommendations with footnote markers, the notes at the foot of the page
    d = c.doc
    d.footnote_space = 42
    d.header = c.partnership
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Learning")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j}", key)
        note = NOTES[(j - 1) % len(NOTES)].format(wt=_working_together(c))
        d.add("fnp", r.text, key, label=f"{j}|{sentences(r.text)[0]}|{note}")


def c290(c: Ctx) -> None:  # a one-row table after each finding: header "Recommendation N" / "Owner", the row below
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings and recommendations")
    for i, (st, r) in enumerate(zip(_sts(c, 3), _recs(c, 3)), 1):
        c.headed_finding(st, f"Finding {i}")
        key = d.lesson("recommendation", f"Recommendation {i}", r.text, r.themes, r.agency)
        d.add("header", cells=(f"Recommendation {i}", "Owner"), label="b13one")
        d.add("row", keys=key, cells=(r.text, r.agency), label="b13one")


def c291(c: Ctx) -> None:  # learning lettered on across chapters: "(a)", "(b)" in one, "(c)" opening the next
    d = c.doc
    c.cover()
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    chron, dates, sts = _chron(c, 3), _event_months(c, 4), _sts(c, 5)
    groups = (sts[:2], sts[2:3], sts[3:5])
    letters = iter("abcdefg")
    for i, group in enumerate(groups):
        d.add("h1", f"Period {i + 1}: {dates[i]} to {dates[i + 1]}")
        d.add("p", chron[i % len(chron)])
        d.add("h2", "Learning for the partnership")
        for st in group:
            letter = next(letters)
            d.add("num", st.body, d.lesson("learning_point", letter, st.body, st.themes), label=f"({letter})")
    _numbered_recs(c)


def c292(c: Ctx) -> None:  # recommendations in an appendix numbered "B1", "B2" after terms of reference "A1", "A2"
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Conclusion")
    d.add("p", "The recommendations arising from the findings are set out in Appendix B.")
    if c.spec.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Appendix A: Terms of reference")
    for i, t in enumerate(narrative.TERMS_OF_REFERENCE, 1):
        d.add("num", t, label=f"A{i}")
    d.add("h1", "Appendix B: Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"B{j}", r.text, r.themes), label=f"B{j}")


def c293(c: Ctx) -> None:  # findings headed in roman numerals: "Finding II – title"
    d = c.doc
    d.header = f"{d.meta['title']} | Final"
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings")
    d.add("p", "The findings are numbered I to IV and are not in order of importance.")
    for numeral, st in zip(("I", "II", "III", "IV"), _sts(c, 4)):
        label = f"Finding {numeral}"
        key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label} – {st.title}", key)
        d.add("p", st.body, key)
    _numbered_recs(c)


def c294(c: Ctx) -> None:  # "The review would like to highlight the following good practice by <service>:" bullets
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Good practice")
    groups: dict[str, list] = {}
    for g in _gps(c, 5):
        groups.setdefault(_service_of(g.text), []).append(g)
    for service, group in groups.items():
        d.add("p", f"The review would like to highlight the following good practice by {_BY_SERVICE[service]}:")
        for g in group:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
