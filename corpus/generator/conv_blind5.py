"""Corpus generator: the fifth blind held-out set of conventions, C116-C132 of corpus/CONVENTIONS.md.

Written on 2026-12-05 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. Each builder lays out one document the way published English
reviews and their companions (briefings, audits, board papers, progress
reports, bilingual pages, executive summaries) print their lessons, and
declares every lesson as a careful reader of that document would record it:
kind, printed label, heading (title) where there is one, agency where the
document gives one, and the metadata the document itself prints.

The set uses only element kinds the earlier writers already draw (headings,
paragraphs, run-in labels, bullets, numbered items, boxes, table rows), so no
writer is changed and documents of earlier sets come out as before.
"""

from __future__ import annotations

import re

from . import narrative
from .conv_common import (
    draw_recs,
    draw_statements,
    findings,
    headed_learning,
    long_date,
    numbered_recs,
    printed_only,
    pub_full,
    rec_bullets,
    runin_recs,
    shift,
    slash_date,
    statement_bullets,
)
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import MONTHS, Ctx

WELSH = {
    "Introduction": "Cyflwyniad",
    "Findings": "Canfyddiadau",
    "Recommendations": "Argymhellion",
    "Finding": "Canfyddiad",
    "Recommendation": "Argymhelliad",
}
WELSH_LINES = (
    "Mae'r ddogfen hon ar gael yn Gymraeg ac yn Saesneg.",
    "Mae'r adolygiad hwn yn edrych ar y gwasanaethau a ddarparwyd i'r plentyn a'i deulu.",
    "Mae'r bartneriaeth yn derbyn yr holl argymhellion.",
)
QUOTES = (
    "We all had a piece of the jigsaw but nobody put it together.",
    "I didn't feel I could challenge the decision at the time.",
    "The family were always polite and it was easy to take them at their word.",
    "Caseloads were high and the visits became about the adults.",
)
MYTHS = (
    "If a baby is not yet crawling, a small bruise is nothing to worry about.",
    "Once a case is closed, the risk has gone away.",
    "Asking about a new partner will damage my relationship with the mother.",
    "Only social workers need to know the family's history.",
    "A child who misses appointments is simply from a chaotic family.",
)
UPDATES = (
    "Update: the revised procedure was launched in March; an audit is planned for the autumn.",
    "Update: training has been delivered to 140 practitioners; attendance is reported quarterly.",
    "Update: the template has been changed and its use will be audited in six months.",
    "Update: work has started but has been delayed by changes in staffing.",
)
# Column widths of this set's tables (fractions of the frame width, portrait pages).
COLUMN_WIDTHS.update(
    {
        "b5resp": ((0.55, 0.12, 0.33), False),
        "b5fr": ((0.1, 0.5, 0.4), False),
        "b5audit": ((0.5, 0.25, 0.25), False),
    }
)
RESPONSES = (
    "Accepted. Progress will be reported to the executive group in six months.",
    "Accepted in full; work has begun through the learning and development subgroup.",
    "Accepted. This will form part of the partnership's business plan for next year.",
)
STATUS = ("Complete", "On track", "Delayed", "Complete")


def _q(title: str) -> str:
    """A finding's title as the question the review asked."""
    t = title.rstrip(".")
    return f"What did the review find about {t[0].lower() + t[1:]}?"


def c116(c: Ctx) -> None:  # findings as questions and answers: "Q1 question" / "A. answer"
    d = c.doc
    c.cover("reviewer")
    c.front_matter()
    d.add("h1", "Findings: questions and answers")
    d.add("p", "The review panel agreed the questions below. Each answer is the review's finding.")
    for i, st in enumerate(draw_statements(c, 4), 1):
        q = _q(st.title)
        key = d.lesson("finding", f"Q{i}", f"{q} {st.body}", st.themes, title=q)
        d.add("runin", q, key, label=f"Q{i}")
        d.add("runin", st.body, key, label="A.")
    numbered_recs(c)


def c117(c: Ctx) -> None:  # recommendations as a checklist with tick boxes
    d = c.doc
    c.cover()
    c.front_matter()
    headed_learning(c, draw_statements(c, 3))
    d.add("h1", "Checklist for the partnership")
    d.add("p", "Tick each box when the partnership is assured that the action has been taken.")
    for r in draw_recs(c, 4):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes), label="[ ]")
    d.add("h2", "Signed off by the Chair of the partnership")
    d.add("p", "[ ] Checklist complete       Date: ____________")


def c118(c: Ctx) -> None:  # "Learning into practice" cards: one box per card, "Card N of M"
    d = c.doc
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Learning into practice cards | {c.printed_date()} | Reviewer: {c.spec.author}")
    if c.spec.fmt in ("pdf", "docx"):
        d.add("pagebreak")
    d.add("h1", "How to use these cards")
    d.add("p", "Print the cards and use one at each team meeting. The back of each card has a question to discuss.")
    d.add("p", f"The cards draw on the review of the services provided to {c.spec.child}, who was {c.spec.age} old.")
    sts = draw_statements(c, 4)
    for i, st in enumerate(sts, 1):
        key = d.lesson("learning_point", f"Card {i}", f"{st.title}. {st.body}", st.themes, title=st.title)
        d.add("box", f"{st.title}. {st.body}", key, label=f"Card {i} of {len(sts)}")
        d.add("small", "Talk about it: how does this card apply to the families your team works with?")
    d.add("h1", "What the partnership has asked for")
    rec_bullets(c, draw_recs(c, 2))


def c119(c: Ctx) -> None:  # paragraph numbers restart in every chapter
    d = c.doc
    c.cover()
    d.add("h1", "Chapter 1: Introduction")
    for j, t in enumerate(narrative.pick(c.rng, narrative.INTRO, 2), 1):
        d.add("num", c.fill(t), label=f"{j}.")
    d.add("h1", "Chapter 2: What happened")
    d.add("num", c.fill(narrative.BACKGROUND[c.spec.scenario]), label="1.")
    for j, t in enumerate(narrative.pick(c.rng, narrative.CHRONOLOGY, 2), 2):
        d.add("num", c.fill(t), label=f"{j}.")
    d.add("h1", "Chapter 3: Lessons for practice")
    for j, st in enumerate(draw_statements(c, 4), 1):
        d.add("num", st.body, d.lesson("learning_point", str(j), st.body, st.themes), label=f"{j}.")
    numbered_recs(c, 3, "Chapter 4: Recommendations")


def c120(c: Ctx) -> None:  # key messages as quotation boxes; practitioners' quotes are never lessons
    d = c.doc
    d.meta.update(title=f"Key messages: {c.spec.child}", review_type="briefing")
    d.add("title", d.meta["title"])
    d.add("cover", f"From the {c.partnership}'s review, published {c.printed_date()}")
    d.add("cover", f"Reviewer: {c.spec.author}")
    d.add("h1", "About the review")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "Key messages")
    quotes = list(QUOTES)
    for i, st in enumerate(draw_statements(c, 4)):
        key = d.lesson("learning_point", "", st.body, st.themes)
        d.add("box", f"\u201c{st.body}\u201d", key, label="Key message")
        if i % 2 == 0:
            d.add(
                "box",
                f"\u201c{quotes[i // 2]}\u201d \u2013 practitioner at a learning event",
                label="What practitioners told us",
            )
    d.add("h1", "What happens next")
    rec_bullets(c, draw_recs(c, 2))


def c121(c: Ctx) -> None:  # "Partnership response" table: Recommendation / Accepted / Response
    d = c.doc
    c.cover("reviewer")
    c.front_matter()
    findings(c, draw_statements(c, 3))
    d.add("h1", "Recommendations and the partnership's response")
    d.add("header", cells=("Recommendation", "Accepted?", "Partnership response"), label="b5resp")
    for j, r in enumerate(draw_recs(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes)
        resp = RESPONSES[(j - 1) % len(RESPONSES)]
        d.add("row", keys=key, cells=(f"{j}. {r.text}", "Yes", resp), label="b5resp")


def c122(c: Ctx) -> None:  # multi-agency audit summary
    d, s = c.doc, c.spec
    topic = {
        "NAI": "bruising in babies",
        "SUDI": "safer sleep",
        "CCE": "criminal exploitation",
        "CSE": "sexual exploitation",
        "DA": "domestic abuse",
        "NEGLECT": "neglect",
        "PARENTAL": "parental mental health",
    }[s.scenario]
    pub = pub_full(c)
    d.meta.update(
        title=f"Multi-agency audit summary: {topic}", review_type="other", child="", child_age="", published=pub
    )
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Audit carried out: {MONTHS[int(shift(pub, 4)[5:7]) - 1]} {shift(pub, 4)[:4]}")
    d.add("cover", f"Report to the partnership: {long_date(pub)}")
    d.add("cover", f"Audit lead: {s.author}")
    if s.fmt in ("pdf", "docx"):
        d.add("pagebreak")
    d.add("h1", "Scope of the audit")
    d.add(
        "p",
        "Twelve children's records were audited by practitioners from children's social care, health, police and education.",
    )
    d.add("header", cells=("Agency", "Cases audited", "Graded good or better"), label="b5audit")
    for row in (("Children's social care", "12", "7"), ("Health", "12", "9"), ("Police", "8", "5")):
        d.add("row", cells=row, label="b5audit")
    d.add("h1", "Strengths")
    for g in c.gps(2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Areas for development")
    for j, st in enumerate(draw_statements(c, 3), 1):
        d.add("num", st.body, d.lesson("finding", str(j), st.body, st.themes), label=f"{j}.")
    d.add("h1", "Actions agreed")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("runin", r.text, d.lesson("recommendation", f"Action {j}", r.text, r.themes), label=f"Action {j}:")


def c123(c: Ctx) -> None:  # Welsh-English bilingual headings and Welsh lines (a border partnership)
    d = c.doc
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", WELSH_LINES[0] + " / This document is available in Welsh and English.")
    d.add("cover", f"Awdur / Author: {c.spec.author}")
    d.add("cover", f"Cyhoeddwyd / Published: {c.printed_date()}")
    if c.spec.fmt == "pdf":
        d.add("pagebreak")
    d.add("h1", f"{WELSH['Introduction']} / Introduction")
    d.add("p", WELSH_LINES[1])
    c.narrative(narrative.INTRO, 1)
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", f"{WELSH['Findings']} / Findings")
    for i, st in enumerate(draw_statements(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{WELSH['Finding']} {i} / Finding {i}: {st.title}", key)
        d.add("p", st.body, key)
    d.add("h1", f"{WELSH['Recommendations']} / Recommendations")
    d.add("p", WELSH_LINES[2])
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c124(c: Ctx) -> None:  # an executive summary on its own, paragraphs numbered "ES1", "ES2"
    d = c.doc
    d.meta.update(title=f"{d.meta['title']}: Executive Summary")
    c.cover()
    n = 1
    d.add("h1", "Executive summary")
    for t in narrative.pick(c.rng, narrative.INTRO, 1) + [narrative.BACKGROUND[c.spec.scenario]]:
        d.add("num", c.fill(t), label=f"ES{n}")
        n += 1
    d.add("h2", "What the review learned")
    for st in draw_statements(c, 3):
        d.add("num", st.body, d.lesson("learning_point", f"ES{n}", st.body, st.themes), label=f"ES{n}")
        n += 1
    d.add("h2", "Recommendations")
    d.add("num", "The review makes the following recommendations to the partnership.", label=f"ES{n}")
    n += 1
    for r in draw_recs(c, 3):
        d.add("num", r.text, d.lesson("recommendation", f"ES{n}", r.text, r.themes), label=f"ES{n}")
        n += 1
    d.add("small", "The full overview report is available from the partnership on request.")


def c125(c: Ctx) -> None:  # a board paper reporting a review; the paper's own recommendations are not lessons
    d, s = c.doc, c.spec
    pub = pub_full(c)
    d.meta["published"] = pub
    meeting = shift(pub, -1, 12)
    d.add("cover", f"{c.partnership}: Executive Group")
    d.add("cover", f"Agenda item 7 | Date of meeting: {slash_date(meeting)}")
    d.add("cover", "Report of the Independent Scrutineer")
    d.add("h1", f"Subject: {d.meta['title']}")
    d.add("h2", "1. Purpose of the report")
    d.add(
        "p",
        "To inform the Executive Group of the learning and recommendations of the review and to seek agreement to the action plan.",
    )
    d.add("h2", "2. Recommendation to the Executive Group")
    d.add(
        "p", "The Executive Group is asked to note the report and to agree the multi-agency action plan at Appendix 1."
    )
    d.add("h2", "3. Background")
    d.add(
        "p",
        f"The review was led by {s.author}, independent reviewer, and was published on the partnership's "
        f"website on {long_date(pub)}.",
    )
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h2", "4. Learning identified by the review")
    statement_bullets(c, draw_statements(c, 3))
    d.add("h2", "5. The review's recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"5.{j}", r.text, r.themes), label=f"5.{j}")
    d.add("h2", "6. Financial implications")
    d.add("p", "There are no direct financial implications. Training will be met from the partnership budget.")


def c126(c: Ctx) -> None:  # "Issue:" / "Learning:" / "Action:" stacked lines per item
    d = c.doc
    c.cover("reviewer")
    c.front_matter()
    d.add("h1", "Learning and actions")
    for i, (st, r) in enumerate(zip(draw_statements(c, 3), draw_recs(c, 3)), 1):
        d.add("h2", f"Item {i}")
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("runin", st.title, key, label="Issue:")
        d.add("runin", st.body, key, label="Learning:")
        d.add("runin", r.text, d.lesson("recommendation", "", r.text, r.themes), label="Action:")


def c127(c: Ctx) -> None:  # "Top tips for practitioners": "Tip 1 – title" and its text
    d = c.doc
    d.meta.update(title=f"Top tips for practitioners from the review of {c.spec.child}", review_type="briefing")
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Published {c.printed_date()}. Based on the review by {c.spec.author}.")
    if c.spec.fmt == "pdf":
        d.add("pagebreak")
    d.add("h1", "The review in brief")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "Top tips")
    for i, st in enumerate(draw_statements(c, 5), 1):
        key = d.lesson("learning_point", f"Tip {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Tip {i} \u2013 {st.title}", key)
        d.add("p", st.body, key)
    d.add("h1", "Further information")
    d.add("bullet", "Multi-agency procedures: see the partnership website.")
    d.add("bullet", "Training calendar: book through the learning portal.")


def c128(c: Ctx) -> None:  # "Myth:" / "Reality:" pairs: the reality is the learning, the myth never
    d = c.doc
    d.meta.update(title=f"Myth busting: learning from the review of {c.spec.child}", review_type="briefing")
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Date: {c.printed_date()}")
    d.add("cover", f"Review author: {c.spec.author}")
    if c.spec.fmt in ("pdf", "docx"):
        d.add("pagebreak")
    d.add("h1", "Why this briefing?")
    d.add(
        "p",
        "Practitioners told the review of beliefs that shaped their decisions. Each is set against what the review found.",
    )
    for i, st in enumerate(draw_statements(c, 4)):
        d.add("runin", MYTHS[i], label="Myth:")
        d.add("runin", st.body, d.lesson("learning_point", "", st.body, st.themes), label="Reality:")
    d.add("h1", "What the partnership will do")
    rec_bullets(c, draw_recs(c, 2))


def c129(c: Ctx) -> None:  # staggered table: a finding's row, then its recommendations' rows below it
    d = c.doc
    c.cover()
    c.front_matter()
    d.add("h1", "Summary of findings and recommendations")
    d.add("header", cells=("Ref", "Finding", "Recommendation"), label="b5fr")
    recs = draw_recs(c, 6)
    for i, st in enumerate(draw_statements(c, 3), 1):
        fkey = d.lesson("finding", f"F{i}", f"{st.title}. {st.body}", st.themes, title=st.title)
        d.add("row", keys=fkey, cells=(f"F{i}", f"{st.title}. {st.body}", ""), label="b5fr")
        for k, r in enumerate(recs[2 * (i - 1) : 2 * i], 1):
            d.add(
                "row",
                keys=d.lesson("recommendation", f"R{i}.{k}", r.text, r.themes),
                cells=(f"R{i}.{k}", "", r.text),
                label="b5fr",
            )


def c130(c: Ctx) -> None:  # progress report: "Recommendation N – status" headings, "Update:" lines not lessons
    d, s = c.doc, c.spec
    pub = pub_full(c)
    d.meta.update(
        title=f"Progress report on the recommendations of the review: {s.child}",
        published=pub,
        review_type="other",
        author="",
    )
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Report date: {long_date(pub)}")
    d.add(
        "cover",
        f"Original review by {s.author}, published {MONTHS[int(shift(pub, 14)[5:7]) - 1]} {shift(pub, 14)[:4]}",
    )
    if s.fmt == "pdf":
        d.add("pagebreak")
    d.add("h1", "Summary of progress")
    d.add("p", "Two recommendations are complete, one is on track and one is delayed.")
    d.add("h1", "The recommendations")
    for j, r in enumerate(draw_recs(c, 4), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j} \u2013 {STATUS[j - 1]}", key)
        d.add("p", r.text, key)
        d.add("p", UPDATES[j - 1])


def c131(c: Ctx) -> None:  # metadata only in the imprint on the last page
    d, s = c.doc, c.spec
    d.add("title", d.meta["title"])
    d.add("cover", "Learning for everyone who works with children and families")
    if s.fmt in ("pdf", "scan"):
        d.add("pagebreak")
    d.add("h1", "Introduction")
    c.narrative(narrative.INTRO, 1)
    d.add("h1", "Findings")
    for i, st in enumerate(draw_statements(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i} \u2013 {st.title}", key)
        d.add("p", st.body, key)
    numbered_recs(c)
    if s.fmt in ("pdf", "scan"):
        d.add("pagebreak")
    d.add("small", f"Published by the {c.partnership}.")
    d.add("small", f"First published {c.printed_date()}. Written by {s.author}, independent reviewer.")
    d.add("small", "This report may be reproduced for training, provided the source is acknowledged.")


def c132(c: Ctx) -> None:  # learning points ending in cross-references "(paragraphs 4.3-4.7)"
    d = c.doc
    c.cover()
    c.front_matter(numbered=True)
    d.add("h1", "Learning points")
    d.add("p", "Each learning point gives the paragraphs of the analysis it draws on.")
    for i, st in enumerate(draw_statements(c, 4), 1):
        ref = f"(paragraphs 4.{i + 1}\u20134.{i + 4})"
        d.add("num", f"{st.body} {ref}", d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    runin_recs(c)


BUILDERS = {
    f"C{int(name[1:]):02d}": printed_only(fn) for name, fn in globals().items() if re.fullmatch(r"c\d{3}", name)
}
