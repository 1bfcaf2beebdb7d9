"""Corpus generator: development conventions C54-C59, written from the published layouts
`shared/reference/domain.md` describes, to make the extractor's rules general.

Each lays out a document whose lessons sit in a layout the first development
conventions did not print: metadata in a cover table with the review type
only in the text, an executive summary and an appendix repeating the body's
lessons word for word beside conclusions citing "(Recommendation N)", a
partnership web page with accordion panels (<details>), a question-and-answer
briefing with reflective questions and immediate actions that are never
lessons, a SILP report with agency sub-headings, and an action plan table
whose Action column is longer than its Recommendation column.
"""

from __future__ import annotations

from . import narrative
from .conv_specs import MONTHS, Ctx

AGENCY_HEADINGS = ("Health", "Children's Social Care", "Police", "Education")


def _ordinal_date(c: Ctx) -> str:
    """ "3rd March 2021" (the day with its ordinal suffix), or the printed date when no day is known."""
    p = c.spec.published
    if len(p) != 10:
        return c.printed_date()
    day = int(p[8:])
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix} {MONTHS[int(p[5:7]) - 1]} {p[:4]}"


def _type_words(c: Ctx) -> str:
    return {"SCR": "Serious Case Review", "LCSPR": "Local Child Safeguarding Practice Review"}.get(
        c.spec.review_type, "review"
    )


def c54(c: Ctx) -> None:  # metadata in a cover table; the review type only in the text
    d = c.doc
    d.meta["title"] = f"Learning review: {c.spec.child}"
    d.add("title", d.meta["title"])
    d.add("metarow", cells=("Independent reviewer", c.spec.author))
    d.add("metarow", cells=("Published", _ordinal_date(c)))
    d.add("metarow", cells=("Status", "Final report agreed by the partners"))
    if c.spec.fmt in ("pdf", "docx", "txt"):
        d.add("pagebreak")
    d.add("h1", "1. Introduction")
    d.add(
        "p",
        f"1.1 This {_type_words(c)} was commissioned by the {c.partnership} after "
        f"{c.words['child']} was seriously harmed.",
    )
    c.narrative(narrative.INTRO, 1)
    d.add("h1", "2. The family")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "3. Findings and learning")
    for st in c.statements(3):
        c.headed_finding(st)
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(c.recs(3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c55(c: Ctx) -> None:  # executive summary and appendix repeat the lessons; conclusions cite them
    d = c.doc
    c.cover()
    findings = c.statements(3)
    recs = c.recs(3)
    d.add("h1", "Executive summary")
    d.add("p", f"This summary sets out the review's findings and recommendations about {c.words['child']}.")
    d.add("h2", "Summary of findings")
    for st in findings:
        d.add("bullet", st.body)
    d.add("h2", "Summary of recommendations")
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, label=f"{j}.")
    if c.spec.fmt in ("pdf", "txt"):
        d.add("pagebreak")
    c.front_matter()
    d.add("h1", "Findings")
    for i, st in enumerate(findings, 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Conclusions")
    d.add(
        "p",
        f"Professionals worked hard for {c.words['child']}, but the risks were not brought together "
        "in one assessment (Recommendation 1). Information held by one agency did not reach the others "
        "that needed it (Recommendations 2 and 3).",
    )
    d.add("h1", "Recommendations")
    for j, r in enumerate(recs, 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("runin", r.text, key, label=f"Recommendation {j}:")
    d.add("h1", "Appendix 1: Recommendations and findings in full")
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, label=f"{j}.")


def c56(c: Ctx) -> None:  # web page, accordion panels (<details>); immediate actions are not lessons
    d = c.doc
    d.meta["title"] = f"Rapid review: {c.spec.child}"
    d.add("title", d.meta["title"])
    d.add(
        "p",
        f"Published: {_ordinal_date(c)}. This page summarises the rapid review the {c.partnership} "
        f"carried out after {c.words['child']} was harmed. The rapid review found that the criteria "
        "for a local child safeguarding practice review were not met.",
    )
    d.add("h1", "What happened")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "Immediate actions taken")
    for text in (
        "A multi-agency audit of the case was completed within a month.",
        "The health visiting service reminded its staff of the bruising protocol.",
    ):
        d.add("bullet", text)
    d.add("h1", "Key learning")
    for st in c.statements(3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("fold", st.body, key, label=st.title)
    d.add("h1", "Recommendations")
    for j, r in enumerate(c.recs(2), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("fold", r.text, key, label=f"Recommendation {j}")
    d.add("p", f"Reviewed by {c.spec.author}, independent reviewer.")


def c57(c: Ctx) -> None:  # question-and-answer briefing; reflective questions are never lessons
    d = c.doc
    d.meta["title"] = f"Practice briefing: {c.spec.child}"  # the title as printed, prefix and all
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Practice briefing, {c.printed_date()}. Lead reviewer: {c.spec.author}")
    d.add("h1", "What happened?")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "What did we learn?")
    for st in c.statements(3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "What went well?")
    for g in c.gps(2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "What needs to change?")
    for j, r in enumerate(c.recs(2), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "Questions for you and your team")
    for q in (
        "How do you make sure the men in a baby's household are known to you?",
        "When did you last read a case record from the beginning?",
        "Who would you call if you disagreed with a decision made by another agency?",
    ):
        d.add("bullet", q)


def c58(c: Ctx) -> None:  # SILP report: learning and recommendations under agency sub-headings
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Learning from the events")
    d.add("p", "The learning below was agreed at the learning event by the practitioners who took part.")
    statements = c.statements(4)
    for agency, pair in zip(AGENCY_HEADINGS[:2], (statements[:2], statements[2:])):
        d.add("h2", agency)
        for st in pair:
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Single-agency recommendations")
    for agency, recs in zip(AGENCY_HEADINGS[1:3], (c.recs(2), c.recs(1))):
        d.add("h2", agency)
        for r in recs:
            d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes, agency))


def c59(c: Ctx) -> None:  # action plan: the Action column is longer than the Recommendation column
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Findings")
    for st in c.statements(2):
        c.headed_finding(st)
    d.add("h1", "Recommendations and action plan")
    d.add("header", cells=("Ref", "Recommendation", "Action to be taken", "Lead", "Timescale", "RAG"), label="plan")
    for j, r in enumerate(c.recs(3), 1):
        action = (
            f"The {r.agency} will write a procedure, train every practitioner it applies to, audit a "
            f"sample of cases six months later and report what the audit found to the partnership's "
            f"learning and improvement group, with the changes made as a result."
        )
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        month = MONTHS[(j * 4) % 12]
        d.add(
            "row",
            keys=key,
            cells=(
                str(j),
                r.text,
                action,
                r.agency,
                f"{month} {c.spec.published[:4]}",
                ("Green", "Amber", "Red")[j % 3],
            ),
            label="plan",
        )


BUILDERS = {"C54": c54, "C55": c55, "C56": c56, "C57": c57, "C58": c58, "C59": c59}
