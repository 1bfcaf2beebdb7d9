"""Corpus generator: the twelfth blind held-out set, first half: C241-C258 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. The set leans to the body of full reports as English LCSPRs,
SCRs and SILP reports print it, in the ways easiest to overlook: findings
after dated practice episodes and an analysis, "What we learned" columns
beside what happened, recommendations numbered inside findings ("2.1"),
practice and systems findings, an unnumbered "Learning point" box ending a
chapter, recommendations repeated in a closing summary, a recommendation
continued overleaf, a chronology whose comment column sometimes holds
learning, good practice acknowledged in passing ("It is positive that"),
findings under lines of enquiry, recommendations sharing a chapter's
paragraph numbers, and contents pages that list the findings' titles.
Each builder declares every lesson as a careful reader of the document
would record it: kind, printed label, heading (title) where there is one,
agency where the document gives one, and only the metadata it prints.

The set uses only element kinds the earlier writers already draw (cover and
title lines, headings, paragraphs, run-in labels, bullets, numbered items,
boxes, small print, table rows and page breaks), so no writer is changed and
documents of earlier sets come out as before.
"""

from __future__ import annotations

import re

from . import narrative
from .conv_blind import sentences
from .conv_common import age_years as _years
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
from .conv_common import statements_for_child as _sts
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx

COLUMN_WIDTHS.update(
    {
        "b12wwl": ((0.45, 0.55), False),
        "b12chr": ((0.14, 0.18, 0.36, 0.32), False),
    }
)
# Comments a reviewer writes in a chronology that are narrative, never lessons (C248).
COMMENTS = (
    "Appropriate and timely response.",
    "No further action was recorded.",
    "The visit was in line with the plan.",
    "",
)
# Agencies whose involvement a chapter of the analysis describes, and the words that tie a text to one (C257).
AGENCY_CHAPTERS = (
    ("Children's social care", r"social work|social care|assessment|referral|\bMASH\b|threshold"),
    ("Health services", r"\bGP\b|health|hospital|paediatric|midwi|maternity"),
    ("Police", r"\bpolice\b"),
)


# --- the conventions --------------------------------------------------------------------------


def c241(c: Ctx) -> None:  # a numbered finding: dated practice episodes, an analysis, then a run-in "Finding:"
    d = c.doc
    d.header = f"{d.meta['title']} | Final report"
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    d.add(
        "p",
        "Each finding sets out the practice episodes it draws on and the reviewer's analysis before the "
        "finding itself.",
    )
    chron, dates = _chron(c, 6), _event_months(c, 6)
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", str(i), f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{i}. {st.title}", key)
        d.add("h3", "Practice episodes")
        for k, text in enumerate(chron[2 * (i - 1) : 2 * i], 1):
            d.add("runin", text, label=f"Episode {2 * (i - 1) + k} ({dates[2 * (i - 1) + k - 1]}):")
        d.add("h3", "Analysis")
        d.add(
            "p",
            "The episodes show practitioners acting in good faith on the information they had. What they did "
            "not have was a shared picture of the child's circumstances, and no forum brought it together.",
        )
        d.add("runin", st.body, key, label="Finding:")
    _numbered_recs(c)


def c242(c: Ctx) -> None:  # a two-column table What happened / What we learned: the right-hand cell is learning
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "What happened and what we learned")
    d.add(
        "p",
        "The left-hand column summarises a period of the agencies' involvement; the right-hand column "
        "sets out what the review learned from it.",
    )
    d.add("header", cells=("What happened", "What we learned"), label="b12wwl")
    chron, dates = _chron(c, 4), _event_months(c, 4)
    for k, st in enumerate(_sts(c, 4)):
        happened = f"{dates[k]}: {chron[k % len(chron)]}"
        key = d.lesson("learning_point", "", st.body, st.themes)
        d.add("row", keys=key, cells=(happened, st.body), label="b12wwl")
    _numbered_recs(c)


def c243(c: Ctx) -> None:  # recommendations numbered inside their finding: Finding 2 -> Recommendation 2.1, 2.2
    d = c.doc
    _pub_cover(c)
    _front(c, numbered=True)
    d.add("h1", "4. Findings and recommendations")
    d.add("p", "The recommendations are numbered by the finding they arise from.")
    recs = _recs(c, 5)
    groups = (recs[:2], recs[2:3], recs[3:5])
    for i, (st, group) in enumerate(zip(_sts(c, 3), groups), 1):
        c.headed_finding(st, f"Finding {i}")
        for k, r in enumerate(group, 1):
            label = f"Recommendation {i}.{k}"
            d.add("runin", r.text, d.lesson("recommendation", label, r.text, r.themes), label=f"{label}:")


def c244(c: Ctx) -> None:  # "Practice finding N: title" and "Systems finding N: title", each numbered from 1
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Findings")
    d.add(
        "p",
        "Practice findings concern what individual practitioners did; systems findings concern the "
        "conditions in which they worked and apply beyond this case.",
    )
    sts = _sts(c, 4)
    for kind, group in (("Practice finding", sts[:2]), ("Systems finding", sts[2:])):
        for i, st in enumerate(group, 1):
            key = d.lesson("finding", f"{kind} {i}", f"{st.title} {st.body}", st.themes, title=st.title)
            d.add("h2", f"{kind} {i}: {st.title}", key)
            d.add("p", st.body, key)
    _numbered_recs(c)


def c245(c: Ctx) -> None:  # analysis chapters of numbered narrative paragraphs, each ending in a "Learning point" box
    d = c.doc
    d.header = c.partnership
    _pub_cover(c)
    d.add("h1", "1. Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("h1", "2. Background")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    chron, dates = _chron(c, 6), _event_months(c, 4)
    for n, st in enumerate(_sts(c, 3), 3):
        start, end = dates[n - 3], dates[n - 2]
        d.add("h1", f"{n}. Period {n - 2}: {start} to {end}")
        for k, text in enumerate(chron[2 * (n - 3) : 2 * (n - 2)], 1):
            d.add("num", text, label=f"{n}.{k}")
        d.add("box", st.body, d.lesson("learning_point", "", st.body, st.themes), label="Learning point")
    _numbered_recs(c, 3, "6. Recommendations")


def c246(c: Ctx) -> None:  # a recommendation after each finding, repeated in a closing summary (one lesson each)
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    recs = _recs(c, 3)
    for i, (st, r) in enumerate(zip(_sts(c, 3), recs), 1):
        c.headed_finding(st, f"Finding {i}")
        label = f"Recommendation {i}"
        d.add("runin", r.text, d.lesson("recommendation", label, r.text, r.themes), label=f"{label}:")
    d.add("h1", "Summary of recommendations")
    d.add("p", "The recommendations made in the body of the report are brought together here for ease of reference.")
    for i, r in enumerate(recs, 1):
        d.add("num", r.text, label=f"{i}.")


def c247(c: Ctx) -> None:  # a numbered recommendation continued overleaf: one lesson, the marker never part of it
    d = c.doc
    _pub_cover(c)
    _front(c)
    _sts_learning = _sts(c, 3)
    d.add("h1", "Learning")
    for st in _sts_learning:
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("h1", "Recommendations")
    recs = _recs(c, 4)
    longest = max(range(len(recs)), key=lambda j: len(recs[j].text))
    for j, r in enumerate(recs, 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes)
        if j - 1 == longest:  # the page ends mid-sentence: the rest of the recommendation opens the next page
            words = r.text.split()
            d.add("num", " ".join(words[: len(words) // 2]), key, label=f"{j}.")
            d.add("small", "Recommendation continued overleaf")
            d.add("pagebreak")
            d.add("p", " ".join(words[len(words) // 2 :]), key)
        else:
            d.add("num", r.text, key, label=f"{j}.")


def c248(c: Ctx) -> None:  # a chronology table whose comment column holds "Learning:" only now and then
    d = c.doc
    c.cover()
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "Chronology of significant events")
    d.add(
        "p",
        "The reviewer's comment on each event is given in the last column. Where an event holds learning "
        "for the partnership, the comment begins 'Learning:'.",
    )
    d.add("header", cells=("Date", "Agency", "Event", "Reviewer's comment"), label="b12chr")
    events = _chron(c, 6)
    dates = _event_months(c, len(events))
    sts = _sts(c, 3)
    agencies = ("Police", "Children's social care", "GP", "Health visiting" if _years(c.spec.age) < 5 else "School")
    for k, text in enumerate(events):
        agency = agencies[k % len(agencies)]
        date = dates[k]
        if k % 2 == 1 and sts:
            st = sts.pop(0)
            key = d.lesson("learning_point", "", st.body, st.themes)
            d.add("row", keys=key, cells=(date, agency, text, f"Learning: {st.body}"), label="b12chr")
        else:
            d.add("row", cells=(date, agency, text, COMMENTS[k % len(COMMENTS)]), label="b12chr")
    d.add("h1", "Conclusion")
    d.add("p", "The learning identified in the chronology informs the recommendations below.")
    _numbered_recs(c)


def c249(
    c: Ctx,
) -> None:  # good practice acknowledged in passing: "It is positive that ..." ending an analysis paragraph
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Analysis")
    chron = _chron(c, 3)
    for k, g in enumerate(_gps(c, 3)):
        sentence = "It is positive that " + _lower_first(c, g.text)
        text = f"{chron[k % len(chron)]} {sentence}"
        d.add("p", text, d.lesson("good_practice", "", sentence, g.themes))
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)


def c250(c: Ctx) -> None:  # findings under "Line of enquiry N: question?" headings, stated by a run-in "Conclusion:"
    d = c.doc
    _pub_cover(c)
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("h1", "Terms of reference")
    for i, t in enumerate(narrative.TERMS_OF_REFERENCE, 1):
        d.add("num", t, label=f"{i}.")
    d.add("h1", "Analysis by line of enquiry")
    questions = (
        "How well did agencies share what they knew?",
        "Was the risk to the child understood?",
        "Did the help offered meet the family's needs?",
    )
    chron = _chron(c, 3)
    for i, (q, st) in enumerate(zip(questions, _sts(c, 3)), 1):
        d.add("h2", f"Line of enquiry {i}: {q}")
        d.add("p", chron[(i - 1) % len(chron)])
        d.add("runin", st.body, d.lesson("finding", "", st.body, st.themes), label="Conclusion:")
    _numbered_recs(c)


def c251(c: Ctx) -> None:  # recommendations sharing a chapter's paragraph numbers: "9.3 It is recommended that ..."
    d = c.doc
    d.header = f"{d.meta['title']} | OFFICIAL"
    c.cover()
    n = _front(c, numbered=True)
    d.add("h1", f"{n}. Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"{n}.{i}", st.body, st.themes), label=f"{n}.{i}")
    m = n + 1
    d.add("h1", f"{m}. Conclusion and recommendations")
    d.add("num", "The review has found that the agencies involved worked hard to help the family.", label=f"{m}.1")
    d.add("num", "The panel agreed the recommendations below, which the partnership has accepted.", label=f"{m}.2")
    for j, r in enumerate(_recs(c, 3), 3):
        text = "It is recommended that " + _lower_first(c, r.text)
        d.add("num", text, d.lesson("recommendation", f"{m}.{j}", text, r.themes), label=f"{m}.{j}")


def c252(c: Ctx) -> None:  # each finding followed by "What this means for practice" bullets: learning points
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings")
    sts = _sts(c, 6)
    for i, st in enumerate(sts[:2], 1):
        c.headed_finding(st, f"Finding {i}")
        d.add("h3", "What this means for practice")
        for lp in sts[2 * i : 2 * i + 2]:
            d.add("bullet", lp.body, d.lesson("learning_point", "", lp.body, lp.themes))
    _numbered_recs(c)


def c253(c: Ctx) -> None:  # good practice lettered "(a)", "(b)" inside a numbered conclusions chapter
    d = c.doc
    d.header = f"Overview report | {c.partnership}"
    c.cover("reviewer")
    n = _front(c, numbered=True)
    d.add("h1", f"{n}. Findings")
    for i, st in enumerate(_sts(c, 2), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", f"{n + 1}. Conclusions")
    d.add("num", "Much of the practice seen by the review was of a good standard.", label=f"{n + 1}.1")
    d.add("num", "The review identified good practice, in particular:", label=f"{n + 1}.2")
    for letter, g in zip("abc", _gps(c, 3)):
        d.add("num", g.text, d.lesson("good_practice", letter, g.text, g.themes), label=f"({letter})")
    _numbered_recs(c, 3, f"{n + 2}. Recommendations")


def c254(c: Ctx) -> None:  # "Theme N: title": the learning first as a run-in "The learning:", the evidence after
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Learning themes")
    chron = _chron(c, 3)
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Theme {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Theme {i}: {st.title}", key)
        d.add("runin", st.body, key, label="The learning:")
        d.add("h3", "What we saw in this case")
        d.add("p", chron[(i - 1) % len(chron)])
    _numbered_recs(c)


def c255(c: Ctx) -> None:  # the finding is the heading: "1. <the finding's sentence>", narrative below
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Findings")
    chron = _chron(c, 3)
    drawn = _sts(c, 8)  # a heading states the finding in one sentence: statements whose first sentence says enough
    long = [st for st in drawn if len(sentences(st.body)[0].split()) >= 12]
    sts = (long + [st for st in drawn if st not in long])[:3]
    for i, st in enumerate(sts, 1):
        statement = sentences(st.body)[0]
        d.add("h2", f"{i}. {statement}", d.lesson("finding", str(i), statement, st.themes))
        d.add("p", chron[(i - 1) % len(chron)])
        d.add(
            "p",
            "The practitioners the reviewer spoke to recognised this. Several described the same difficulty "
            "in other cases.",
        )
    _numbered_recs(c)


def c256(c: Ctx) -> None:  # numbered recommendations each with a small "Type: ... | Lead: agency" line below
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 4), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes, r.agency), label=f"{j}.")
        scope = "Multi-agency" if r.agency in ("Safeguarding Partnership", "All partner agencies") else "Single agency"
        d.add("small", f"Type: {scope} | Lead: {r.agency}")


def c257(c: Ctx) -> None:  # agency chapters each ending in "Areas for development" bullets: learning points
    d = c.doc
    c.cover("reviewer")
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("h1", "Agencies' involvement")
    events, sts = _chron(c, 8), _sts(c, 10)
    for name, pattern in AGENCY_CHAPTERS:
        event = next((e for e in events if re.search(pattern, e)), events[0])
        events.remove(event)
        mine = [st for st in sts if re.search(pattern, st.body)][:2]
        mine += [st for st in sts if st not in mine][: 2 - len(mine)]
        sts = [st for st in sts if st not in mine]
        d.add("h2", name)
        d.add("p", event)
        d.add("h3", "Areas for development")
        for st in mine:
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _numbered_recs(c)


def c258(c: Ctx) -> None:  # a contents page listing the findings' titles with page numbers (never lessons)
    d = c.doc
    _pub_cover(c)
    sts = _sts(c, 3)
    d.add("h1", "Contents")
    entries = ["1. Introduction", "2. Methodology", "3. Background", "4. Findings"]
    entries += [f"Finding {i}: {st.title}" for i, st in enumerate(sts, 1)]
    entries += ["5. Recommendations"]
    for k, line in enumerate(entries):
        d.add("p", f"{line} .......... {3 + k}")
    if c.spec.fmt != "html":
        d.add("pagebreak")
    n = _front(c, numbered=True)
    d.add("h1", f"{n}. Findings")
    for i, st in enumerate(sts, 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c, 3, f"{n + 1}. Recommendations")


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
