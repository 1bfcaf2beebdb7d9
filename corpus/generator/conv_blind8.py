"""Corpus generator: the eighth blind held-out set of conventions, C169-C186 of corpus/CONVENTIONS.md.

Written on 2026-12-05 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. Each builder lays out one document the way published English
reviews and their companions print their lessons and metadata (SCIE findings
with their finding type, good practice boxed inside a dated chronology,
recommendations with suggested actions, an author named only in the sign-off,
a "case at a glance" table, audience briefings, agency-first recommendation
tables, partnership web pages with "Last updated" lines and related reviews,
conclusions as findings, boxed recommendations after each finding, "GP1" good
practice, roman-numbered recommendations), and declares every lesson as a
careful reader of that document would record it: kind, printed label,
heading (title) where there is one, agency where the document gives one, and
the metadata the document itself prints.

The set uses only element kinds the earlier writers already draw (cover and
title lines, headings, paragraphs, run-in labels, bullets and sub-bullets,
numbered items, boxes, table rows and page breaks), so no writer is changed
and documents of earlier sets come out as before.
"""

from __future__ import annotations

import re

from . import narrative
from .conv_blind import earlier, sentences
from .conv_common import (
    draw_recs,
    draw_statements,
    findings,
    front,
    headed_learning,
    long_date,
    named,
    numbered_recs,
    other_person,
    printed_only,
    pub_cover,
    pub_full,
    rec_bullets,
    shift,
    statement_bullets,
)
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import TYPE_NAMES, Ctx

# Column widths of this set's tables (fractions of the frame width, portrait pages).
COLUMN_WIDTHS.update(
    {
        "b8agency": ((0.3, 0.7), False),
    }
)
# SCIE's typology of systems findings: the line under each finding's heading (never part of the finding).
FINDING_TYPES = (
    "Innate human biases",
    "Family-professional interaction",
    "Tools",
    "Management systems",
    "Longer-term issues",
)
ROMAN = ("i", "ii", "iii", "iv", "v", "vi")
SUGGESTED_ACTIONS = (
    "Audit a sample of cases six months after the change.",
    "Include the learning in the multi-agency training programme.",
    "Report progress to the learning and improvement group.",
    "Share the learning with practitioners through a 7-minute briefing.",
)
AUDIENCES = ("If you work in health", "If you work in a school or college", "If you work in the police")
AGENCY_SECTIONS = ("Health visiting", "Children's social care", "Police", "Early years setting")
LEGAL_STATUS = "Child in need plan at the time of the incident"


# --- the conventions --------------------------------------------------------------------------


def c169(c: Ctx) -> None:  # SCIE findings, each with a "Finding type:" line under its heading (not part of it)
    d = c.doc
    c.cover("reviewer")
    front(c)
    d.add("h1", "Findings")
    d.add(
        "p",
        "Each finding is classified using the SCIE typology of underlying patterns. The type is given under "
        "the finding's heading to help the partnership plan its response.",
    )
    for i, st in enumerate(draw_statements(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        d.add("small", f"Finding type: {FINDING_TYPES[(i + len(c.spec.name)) % len(FINDING_TYPES)]}")
        d.add("p", st.body, key)
    numbered_recs(c)


def c170(c: Ctx) -> None:  # a dated chronology ("June 2019:" run-ins) with "Good practice example" boxes in it
    d = c.doc
    c.cover()
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "What happened")
    gps = c.gps(2)
    events = narrative.pick(c.rng, [narrative.CHRONOLOGY[k] for k in (0, 1, 2, 4, 5)], 4)
    for i, event in enumerate(events):
        d.add("runin", c.fill(event), label=f"{earlier(c, 30 - 5 * i)}:")
        if i in (0, 2):
            g = gps[i // 2]
            d.add("box", g.text, d.lesson("good_practice", "", g.text, g.themes), label="Good practice example")
    d.add("h1", "Learning")
    statement_bullets(c, draw_statements(c, 3))
    numbered_recs(c)


def c171(c: Ctx) -> None:  # numbered recommendations each followed by "Suggested actions:" sub-bullets (not part of it)
    d = c.doc
    c.cover()
    front(c)
    findings(c, draw_statements(c, 3))
    d.add("h1", "Recommendations")
    d.add(
        "p",
        "Each recommendation is followed by actions the reviewer suggests. The suggested actions are for the "
        "partnership to consider; they are not recommendations.",
    )
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
        d.add("p", "Suggested actions:")
        for k in (j - 1, j):
            d.add("subbullet", SUGGESTED_ACTIONS[k % len(SUGGESTED_ACTIONS)])


def c172(c: Ctx) -> None:  # the author only in a closing sign-off, whose date is earlier than the publication
    d, s = c.doc, c.spec
    pub_cover(c, author=False)
    front(c)
    d.add("h1", "Learning")
    for i, st in enumerate(draw_statements(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Recommendations")
    rec_bullets(c, draw_recs(c, 3))
    d.add("h1", "Sign-off")
    d.add("p", "I confirm that this report is my independent analysis of the circumstances of the case.")
    d.add("p", f"Signed: {s.author}, Independent Reviewer")
    d.add("p", f"Date signed: {earlier(c, 4)}")


def c173(c: Ctx) -> None:  # "Learning N (title)": the title in parentheses after the label
    d = c.doc
    c.cover("reviewer")
    front(c)
    d.add("h1", "Learning from the review")
    for i, st in enumerate(draw_statements(c, 4), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i} ({st.title})", key)
        d.add("p", st.body, key)
    c.rec_table("Recommendations", draw_recs(c, 3))


def c174(c: Ctx) -> None:  # a "Case at a glance" table: the child and the child's age only there and in the title
    d, s = c.doc, c.spec
    c.cover()
    d.add("h1", "Case at a glance")
    d.add("metarow", cells=("Child", s.child))
    d.add("metarow", cells=("Age at the time of the incident", s.age))
    d.add("metarow", cells=("Legal status", LEGAL_STATUS))
    d.add("metarow", cells=("Incident", earlier(c, 26)))
    d.add("metarow", cells=("Agencies involved", "Health visiting, GP, children's social care, police"))
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[3]))
    d.add("h1", "What happened")
    c.narrative(narrative.CHRONOLOGY, 2)
    findings(c, draw_statements(c, 3))
    numbered_recs(c)


def c175(c: Ctx) -> None:  # an audience briefing: learning under "If you work in ..." sub-headings
    d, s = c.doc, c.spec
    d.meta.update(title=f"{s.child}: what the review means for your work", review_type="briefing")
    pub_cover(c, author=False)
    d.add("h1", "About the review")
    d.add(
        "p",
        f"The {c.partnership} commissioned a {TYPE_NAMES[s.review_type]} after a serious incident concerning "
        f"{s.child}. The review was written by {s.author}. This briefing sets out what the review means for "
        "practitioners in each agency.",
    )
    d.add("h1", "What the review found")
    d.add("p", "The learning is grouped by the practitioners it matters most to.")
    sts = draw_statements(c, 5)
    for heading, group in zip(AUDIENCES, (sts[:2], sts[2:4], sts[4:])):
        d.add("h2", heading)
        statement_bullets(c, group)
    d.add("h1", "What the partnership will do")
    rec_bullets(c, draw_recs(c, 2))
    d.add("h1", "Questions for your team meeting")
    d.add("bullet", "How do you find out who lives in a child's household?")
    d.add("bullet", "When did you last escalate a concern about another agency's decision?")


def c176(c: Ctx) -> None:  # findings as run-in "F1" labels opening paragraphs, no headings between them
    d = c.doc
    c.cover("reviewer")
    front(c)
    d.add("h1", "Findings")
    d.add("p", "The findings are numbered F1 to F4 and are cross-referenced in the recommendations.")
    for i, st in enumerate(draw_statements(c, 4), 1):
        d.add("runin", st.body, d.lesson("finding", f"F{i}", st.body, st.themes), label=f"F{i}")
    d.add("h1", "Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}")


def c177(c: Ctx) -> None:  # a recommendations table Agency / Recommendation: the agency first, no number
    d = c.doc
    c.cover()
    front(c)
    headed_learning(c, draw_statements(c, 3), "Key learning")
    d.add("h1", "Recommendations")
    d.add("p", "The recommendations are set out by the agency that will lead on each.")
    d.add("header", cells=("Agency", "Recommendation"), label="b8agency")
    for r in draw_recs(c, 4):
        key = d.lesson("recommendation", "", r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(r.agency, r.text), label="b8agency")


def c178(c: Ctx) -> None:  # learning only in a "Summary of learning" before the introduction; the body narrative
    d = c.doc
    c.cover()
    d.add("h1", "Summary of learning")
    d.add(
        "p",
        "The key learning from this review is summarised here. The report that follows explains how it was reached.",
    )
    statement_bullets(c, draw_statements(c, 4))
    d.add("pagebreak")
    front(c, numbered=True)
    d.add("h1", "4. Analysis")
    c.narrative(narrative.CHRONOLOGY, 2)
    d.add("h1", "5. Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"5.{j}", r.text, r.themes), label=f"5.{j}")


def c179(c: Ctx) -> None:  # a web page with "Published:" and a later "Last updated:" line (never the publication)
    d, s = c.doc, c.spec
    pub = pub_full(c)
    d.meta["published"] = pub
    d.add("cover", "Home > Professionals > Learning from reviews")
    d.add("title", d.meta["title"])
    d.add("cover", f"Published: {long_date(pub)}")
    d.add("cover", f"Last updated: {long_date(shift(pub, -7, 14))}")
    d.add("p", f"This {TYPE_NAMES[s.review_type]} was commissioned by the {c.partnership} and written by {s.author}.")
    d.add("p", "The page was updated to add the partnership's progress on the recommendations.")
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "Key learning")
    statement_bullets(c, draw_statements(c, 3))
    d.add("h1", "Recommendations")
    rec_bullets(c, draw_recs(c, 3))
    d.add("h1", "Progress update")
    d.add("p", "All recommendations have been accepted and an action plan is monitored by the partnership.")


def c180(c: Ctx) -> None:  # agency involvement sections, each with a run-in "Positive practice:" paragraph
    d = c.doc
    c.cover("reviewer")
    front(c)
    d.add("h1", "Agency involvement")
    events = narrative.pick(c.rng, [narrative.CHRONOLOGY[k] for k in (0, 1, 2, 4, 5)], 4)
    gps = c.gps(4)
    for agency, event, g in zip(AGENCY_SECTIONS, events, gps):
        d.add("h2", agency)
        d.add("p", c.fill(event))
        d.add("runin", g.text, d.lesson("good_practice", "", g.text, g.themes), label="Positive practice:")
    d.add("h1", "Learning")
    for i, st in enumerate(draw_statements(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    c.rec_table("Recommendations", draw_recs(c, 3))


def c181(c: Ctx) -> None:  # a finding whose text is an opening sentence and bullets: all of it the finding
    d = c.doc
    c.cover()
    front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(draw_statements(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        parts = sentences(st.body)
        d.add("p", parts[0], key)
        for part in parts[1:]:
            d.add("bullet", part, key)
    numbered_recs(c)


def c182(c: Ctx) -> None:  # findings as "Conclusion N" headings in a "Conclusions" chapter
    d = c.doc
    c.cover("reviewer")
    front(c, numbered=True)
    d.add("h1", "4. Conclusions")
    d.add(
        "p",
        "The review has reached the following conclusions about how agencies worked together. They are the "
        "basis of the recommendations in section 5.",
    )
    for i, st in enumerate(draw_statements(c, 3), 1):
        key = d.lesson("finding", f"Conclusion {i}", st.body, st.themes)
        d.add("h2", f"Conclusion {i}", key)
        d.add("p", st.body, key)
    d.add("h1", "5. Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"5.{j}", r.text, r.themes), label=f"5.{j}")


def c183(c: Ctx) -> None:  # each finding followed by a boxed "Recommendation N"
    d = c.doc
    c.cover()
    front(c)
    d.add("h1", "Findings and recommendations")
    recs = draw_recs(c, 3)
    for i, (st, r) in enumerate(zip(draw_statements(c, 3), recs), 1):
        c.headed_finding(st, f"Finding {i}")
        d.add(
            "box",
            r.text,
            d.lesson("recommendation", f"Recommendation {i}", r.text, r.themes),
            label=f"Recommendation {i}",
        )


def c184(c: Ctx) -> None:  # good practice as run-in "GP1", "GP2" paragraphs
    d = c.doc
    c.cover()
    front(c)
    d.add("h1", "Good practice")
    d.add("p", "The review identified the following good practice, which the partnership will share.")
    for i, g in enumerate(c.gps(3), 1):
        d.add("runin", g.text, d.lesson("good_practice", f"GP{i}", g.text, g.themes), label=f"GP{i}")
    headed_learning(c, draw_statements(c, 3))
    numbered_recs(c)


def c185(c: Ctx) -> None:  # a review's web page with a download link and a "Related reviews" list (never lessons)
    d, s = c.doc, c.spec
    d.add("cover", "Home > Safeguarding partnership > Case reviews")
    d.add("title", d.meta["title"])
    d.add("cover", f"Published {c.printed_date()}")
    d.add("p", f"Read the review of {s.child}, written by independent reviewer {s.author} for the {c.partnership}.")
    d.add("p", "Download the full report (PDF, 1.2MB)")
    d.add("p", "Download the 7-minute briefing (PDF, 310KB)")
    d.add("h1", "Summary")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "What we learned")
    statement_bullets(c, draw_statements(c, 3))
    d.add("h1", "What will change")
    rec_bullets(c, draw_recs(c, 3))
    d.add("h1", "Related reviews")
    other = "Child Q" if s.child != "Child Q" else "Child W"
    d.add("bullet", f"{TYPE_NAMES[s.review_type]}: {other}")
    d.add("bullet", "Thematic review of neglect")
    d.add("bullet", f"Annual report {int(s.published[:4]) - 1} to {int(s.published[:4])}")


def c186(c: Ctx) -> None:  # "It is recommended that:" and roman-numbered recommendations "(i)", "(ii)"
    d = c.doc
    c.cover("reviewer")
    front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(draw_statements(c, 3), 1):
        d.add("num", st.body, d.lesson("finding", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Recommendations")
    d.add(
        "p",
        f"Having considered the findings, and having consulted {other_person(c)}, chair of the review panel, it is recommended that:",
    )
    for j, r in enumerate(draw_recs(c, 4)):
        d.add("num", r.text, d.lesson("recommendation", ROMAN[j], r.text, r.themes), label=f"({ROMAN[j]})")


BUILDERS = {
    f"C{int(name[1:]):02d}": printed_only(named(fn)) for name, fn in globals().items() if re.fullmatch(r"c\d{3}", name)
}
