"""Corpus generator: the seventh blind held-out set of conventions, C151-C168 of corpus/CONVENTIONS.md.

Written on 2026-12-05 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. Each builder lays out one document the way published English
reviews and their companions (overview reports with a rationale before every
recommendation, council press releases, easy-read versions, non-statutory
learning reviews, reports with an addendum after the inquest, key practice
episode analyses, "what went well / even better if" briefings) print their
lessons and metadata, and declares every lesson as a careful reader of that
document would record it: kind, printed label, heading (title) where there
is one, agency where the document gives one, and the metadata the document
itself prints.

The set uses only element kinds the earlier writers already draw (cover and
title lines, headings, paragraphs, small type, run-in labels, bullets and
sub-bullets, numbered items, boxes, table rows, the two-lesson table row of
conv_blind2 and page breaks), so no writer is changed and documents of
earlier sets come out as before.
"""

from __future__ import annotations

import re

from . import narrative
from .conv_blind import earlier, sentences
from .conv_common import (
    background,
    child_sex,
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
        "b7pri": ((0.08, 0.62, 0.12, 0.18), False),
        "b7www": ((0.5, 0.5), False),
    }
)
TYPE_SHORT = {"SCR": "SCR", "LCSPR": "LCSPR"}
# Post-nominal letters and the line on the reviewer's experience, by author.
POST_NOMINALS = (
    "BA (Hons), MA, CQSW",
    "MSc, DipSW, PG Cert (Child Protection)",
    "BSc (Hons), RGN, RHV",
    "LLB, MA (Social Work)",
)
QUOTED_TITLES = {
    "NAI": "Who else was in the home?",
    "SUDI": "We didn't know it could happen to us",
    "NEGLECT": "Nobody saw how we lived",
    "DA": "I was too frightened to say",
    "CCE": "I was just a kid",
    "PARENTAL": "Everyone was looking at Mum",
    "CSE": "I thought he was my boyfriend",
}
# Key practice episodes: the heading's title and the chronology paragraph (narrative.CHRONOLOGY) it tells.
EPISODES = (
    ("The police referral", 1),
    ("The multi-agency meeting", 5),
    ("The family's move to a new address", 4),
    ("The weeks before the incident", 11),
)
RATIONALE = (
    "The review found that this was not an isolated issue: practitioners at the learning event described the "
    "same difficulty in their day-to-day work.",
    "The learning in this section shows that the partnership's procedures were sound but were not always "
    "followed, and that managers did not always know when they were not.",
    "Agencies told the review that the changes they have already made are not yet embedded, and the "
    "partnership needs assurance that they are.",
    "The issue has been raised in earlier local reviews, which suggests that the actions taken then have not "
    "had the impact intended.",
)
# A short title for a recommendation, by its first theme (the heading printed above it).
REC_TITLES = {
    "fam.domestic_abuse": "Responding to domestic abuse",
    "harm.sudi_safer_sleep": "Safer sleep",
    "harm.nai_infant": "Bruising and injuries in babies",
    "fam.male_carers": "Fathers and male carers",
    "harm.neglect": "Recognising neglect",
    "org.workforce_supervision": "Supervision and workforce",
    "efh.cse": "Child sexual exploitation",
    "vuln.babies_infants": "Protecting babies",
    "edu.attendance_cme": "School attendance",
    "assess.thresholds_cp_processes": "Thresholds and child protection processes",
    "fam.parental_mental_health": "Parental mental health",
    "fam.parental_substance_misuse": "Parental drug and alcohol use",
    "multi.information_sharing": "Sharing information",
    "assess.professional_curiosity": "Professional curiosity",
    "assess.critical_thinking_challenge": "Challenge and escalation",
    "efh.missing": "Children who go missing",
}
AGE_WORDS = {"years": "year", "months": "month", "weeks": "week"}


def _rec_title(r, used: set[str]) -> str:
    title = REC_TITLES.get(r.themes[0], "Working together")
    if title in used:
        title = f"{title} (further)"
    used.add(title)
    return title


def _hyphen_age(age: str) -> str:
    """ "15 years" -> "15-year-old"."""
    n, unit = age.split(" ", 1)
    return f"{n}-{AGE_WORDS[unit]}-old"


def _dotted2(date: str) -> str:
    """ "03.03.21": day, month and a two-digit year."""
    return f"{date[8:10]}.{date[5:7]}.{date[2:4]}"


# --- the conventions --------------------------------------------------------------------------


def c151(c: Ctx) -> None:  # each recommendation: heading, a "Rationale:" paragraph, then "Recommendation:" run-in
    d = c.doc
    c.cover("reviewer")
    front(c)
    findings(c, draw_statements(c, 3))
    d.add("h1", "Recommendations")
    d.add(
        "p",
        "Each recommendation is preceded by the reason the review makes it. The rationale is given for "
        "context; the recommendation is the text that follows it.",
    )
    for j, r in enumerate(draw_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j}", key)
        d.add("runin", f"{RATIONALE[(j - 1) % len(RATIONALE)]} (See Finding {j}.)", label="Rationale:")
        d.add("runin", r.text, key, label="Recommendation:")


def c152(c: Ctx) -> None:  # the child described in the title: "concerning a 15-year-old girl known as Child R"
    d, s = c.doc, c.spec
    n, unit = s.age.split(" ", 1)
    who = "girl" if child_sex(c) == "f" else "boy"
    if unit.startswith("week") or (unit.startswith("month") and int(n) < 12):
        who = f"baby {who}"
    d.meta["title"] = f"{TYPE_NAMES[s.review_type]} concerning a {_hyphen_age(s.age)} {who} known as {s.child}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    front(c)
    d.add("h1", "Learning from this review")
    for i, st in enumerate(draw_statements(c, 4), 1):
        key = d.lesson("learning_point", f"Learning {i}", st.body, st.themes)
        d.add("runin", st.body, key, label=f"Learning {i}.")
    numbered_recs(c)


def c153(c: Ctx) -> None:  # dates printed dd.mm.yy: "Date of publication: 03.03.21"; the final draft's date is not
    d, s = c.doc, c.spec
    pub = pub_full(c)
    d.meta["published"] = pub
    d.footer = f"Final v1.0 | {_dotted2(pub)} | Page {{x}} of {{y}}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Author: {s.author}")
    d.add("cover", f"Date of final draft: {_dotted2(shift(pub, 3))}")
    d.add("cover", f"Date of publication: {_dotted2(pub)}")
    d.add("pagebreak")
    front(c)
    d.add("h1", "Key learning")
    statement_bullets(c, draw_statements(c, 4))
    c.rec_table("Recommendations", draw_recs(c, 3))


def c154(c: Ctx) -> None:  # the author with post-nominal letters and an "About the reviewer" paragraph
    d, s = c.doc, c.spec
    letters = POST_NOMINALS[len(s.name) % len(POST_NOMINALS)]
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewer: {s.author} {letters}")
    d.add("cover", f"Date of publication: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "About the reviewer")
    d.add(
        "p",
        f"{s.author} {letters} is a qualified practitioner who has worked in child protection for over "
        "twenty years, as a front-line practitioner, a manager and an independent chair of child protection "
        "conferences. The reviewer has completed more than fifteen reviews and has had no involvement with "
        "any of the agencies in this case.",
    )
    front(c)
    d.add("h1", "Learning themes")
    for i, st in enumerate(draw_statements(c, 4), 1):
        key = d.lesson("learning_point", f"Learning theme {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning theme {i}: {st.title}", key)
        d.add("p", st.body, key)
    c.rec_table("Recommendations", draw_recs(c, 3))


def c155(c: Ctx) -> None:  # each finding followed by its own "Good practice" sub-heading and bullets
    d = c.doc
    c.cover("reviewer")
    front(c)
    d.add("h1", "Findings")
    d.add(
        "p",
        "Each finding is followed by the good practice the review saw in the same area of work, so that "
        "the partnership can build on what went well.",
    )
    gps = c.gps(4)
    for i, st in enumerate(draw_statements(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
        d.add("h3", "Good practice")
        for g in gps[: 2 if i == 1 else 1]:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
        gps = gps[2 if i == 1 else 1 :]
    numbered_recs(c)


def c156(c: Ctx) -> None:  # a recommendations table Ref / Recommendation / Priority / Timescale: no lead agency
    d = c.doc
    c.cover()
    front(c)
    headed_learning(c, draw_statements(c, 3))
    d.add("h1", "Recommendations")
    d.add(
        "p",
        "The partnership has given each recommendation a priority and a timescale. The learning and "
        "improvement group will agree the lead for each when the action plan is written.",
    )
    d.add("header", cells=("Ref", "Recommendation", "Priority", "Timescale"), label="b7pri")
    for j, r in enumerate(draw_recs(c, 4), 1):
        key = d.lesson("recommendation", f"R{j}", r.text, r.themes)
        priority = ("High", "High", "Medium", "Low")[j - 1]
        when = ("3 months", "6 months", "6 months", "12 months")[j - 1]
        d.add("row", keys=key, cells=(f"R{j}", r.text, priority, when), label="b7pri")


def c157(c: Ctx) -> None:  # a quotation as the title: '"I was just a kid": a Local Child Safeguarding ... concerning X'
    d, s = c.doc, c.spec
    d.meta["title"] = f"\u201c{QUOTED_TITLES[s.scenario]}\u201d: a {TYPE_NAMES[s.review_type]} concerning {s.child}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Reviewer: {s.author}")
    d.add("cover", f"Published {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Why this title?")
    d.add(
        "p",
        "The title of this review is taken from what a family member told the reviewer. It was chosen with "
        "the family to keep the child at the centre of the review.",
    )
    front(c)
    d.add("h1", "Findings")
    for st in draw_statements(c, 3):
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("h1", "Recommendations")
    rec_bullets(c, draw_recs(c, 3))


def c158(c: Ctx) -> None:  # a non-statutory local learning review (type other) that names the statutory type it is not
    d, s = c.doc, c.spec
    statutory = TYPE_NAMES[s.review_type]
    d.meta.update(title=f"Multi-agency Learning Review: {s.child}", review_type="other")
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "1. Why this review was carried out")
    d.add(
        "p",
        f"The case of {s.child} was considered by the partnership, which decided that it did not meet the "
        f"criteria for a {statutory}. The partnership agreed that there was learning to be had, and "
        "commissioned this multi-agency learning review instead. It is not a statutory review.",
    )
    d.add("p", c.fill(narrative.INTRO[3]))
    background(c, "2. Background")
    d.add("h1", "3. Learning")
    for i, st in enumerate(draw_statements(c, 4), 1):
        key = d.lesson("learning_point", f"Learning point {i}", st.body, st.themes)
        d.add("h2", f"Learning point {i}", key)
        d.add("p", st.body, key)
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"4.{j}", r.text, r.themes), label=f"4.{j}")


def c159(c: Ctx) -> None:  # a council press release announcing the review's publication
    d, s = c.doc, c.spec
    pub = pub_full(c)
    chair = other_person(c)
    statutory = TYPE_NAMES[s.review_type]
    d.meta.update(title=f"Partnership publishes review into the circumstances of {s.child}", published=pub)
    d.add("cover", "News")
    d.add("title", d.meta["title"])
    d.add("cover", f"Posted on {long_date(pub)}")
    d.add(
        "p",
        f"The {c.partnership} has today published a {statutory} into the circumstances of {s.child}. "
        f"The review was led by independent reviewer {s.author}.",
    )
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add(
        "p",
        f"{chair}, Independent Chair of the partnership, said: \u201cOur thoughts are with {s.child}'s family "
        "and with everyone affected. The partnership accepts the review's findings in full, and work to put "
        "them into practice is already under way.\u201d",
    )
    d.add("p", "The review found that:")
    statement_bullets(c, draw_statements(c, 3), "finding")
    recs = draw_recs(c, 3)
    d.add("p", f"The review makes {len(recs)} recommendations, including that:")
    rec_bullets(c, recs)
    d.add("h1", "Notes to editors")
    d.add("bullet", f"The full report is available on the {c.partnership} website.")
    d.add(
        "bullet",
        "Local Safeguarding Children Boards must undertake a serious case review where abuse or neglect is "
        "known or suspected and a child has died or been seriously harmed."
        if s.review_type == "SCR"
        else "Safeguarding partners must arrange a review where a child has died or been seriously harmed and "
        "abuse or neglect is known or suspected.",
    )
    d.add("bullet", "For media enquiries please contact the council's press office.")


def c160(c: Ctx) -> None:  # an addendum added after the inquest: one more finding and recommendation, a later date
    d, s = c.doc, c.spec
    c.cover()
    front(c)
    d.add("h1", "Findings")
    sts = draw_statements(c, 4)
    for i, st in enumerate(sts[:3], 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        d.add("p", st.body, key)
    recs = draw_recs(c, 4)
    d.add("h1", "Recommendations")
    for j, r in enumerate(recs[:3], 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    later = earlier(c, -5)
    d.add("pagebreak")
    d.add("h1", f"Addendum ({later})")
    d.add(
        "p",
        f"This addendum was added in {later}, after the criminal proceedings concerning {s.child} had "
        "concluded. Evidence heard at the trial led the partnership to ask the reviewer to consider one further issue. The report above "
        "is otherwise unchanged from the version first published.",
    )
    st = sts[3]
    key = d.lesson("finding", "Finding 4", f"{st.title} {st.body}", st.themes, title=st.title)
    d.add("h2", f"Finding 4: {st.title}", key)
    d.add("p", st.body, key)
    r = recs[3]
    d.add("num", r.text, d.lesson("recommendation", "4", r.text, r.themes), label="4.")


def c161(c: Ctx) -> None:  # an easy-read version: short headed sections, "What we found out", "What will change"
    d, s = c.doc, c.spec
    d.meta.update(title=f"Easy read: what we learned from the review about {s.child}", review_type="briefing")
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Easy read version | {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "About this booklet")
    d.add("p", "This booklet is an easy read version of a longer report.")
    d.add("p", f"The longer report was written by {s.author}.")
    d.add("p", "Some words are hard. We explain them in the box at the end.")
    d.add("h1", "What happened")
    for sentence in sentences(c.fill(narrative.BACKGROUND[s.scenario])):
        d.add("p", sentence)
    d.add("h1", "What we found out")
    statement_bullets(c, draw_statements(c, 3), "finding")
    d.add("h1", "What will change")
    rec_bullets(c, draw_recs(c, 3))
    d.add("h1", "Hard words")
    d.add("p", "Safeguarding: keeping children safe from harm.")
    d.add("p", "Partnership: the council, the police and the NHS working together.")


def c162(c: Ctx) -> None:  # numbered findings, each with the evidence from the case as sub-bullets (never part of it)
    d = c.doc
    c.cover("reviewer")
    front(c)
    d.add("h1", "Findings")
    d.add(
        "p",
        "The review makes four findings. Under each, the evidence from this case that the finding rests on is listed.",
    )
    events = narrative.pick(c.rng, [narrative.CHRONOLOGY[k] for k in (0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11)], 8)
    for i, st in enumerate(draw_statements(c, 4), 1):
        d.add("num", st.body, d.lesson("finding", str(i), st.body, st.themes), label=f"{i}.")
        d.add("p", "Evidence from this case:")
        for event in events[2 * i - 2 : 2 * i]:  # case events, never part of the finding
            d.add("subbullet", sentences(c.fill(event))[0])
    numbered_recs(c)


def c163(c: Ctx) -> None:  # the review type only as its abbreviation: "LCSPR: Child R", "SCR: Baby B"
    d, s = c.doc, c.spec
    short = TYPE_SHORT[s.review_type]
    d.meta["title"] = f"{short}: {s.child}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", "Overview report")
    d.add("cover", f"Author: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "1. Introduction")
    d.add(
        "p",
        f"The {c.partnership} commissioned this {short} in {earlier(c, 14)}. {s.child} is the name used "
        "in this report to protect the family's privacy.",
    )
    d.add("p", c.fill(narrative.INTRO[3]))
    background(c, "2. Background")
    d.add("h1", "3. Lessons from the review")
    for j, st in enumerate(draw_statements(c, 4), 1):
        d.add("num", st.body, d.lesson("learning_point", f"3.{j}", st.body, st.themes), label=f"3.{j}")
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"4.{j}", r.text, r.themes), label=f"4.{j}")


def c164(c: Ctx) -> None:  # "Practice learning" and "Systems learning", each numbered from 1
    d = c.doc
    c.cover()
    front(c)
    d.add("h1", "Learning")
    d.add(
        "p",
        "The review distinguishes learning about the practice of individual practitioners from learning about "
        "the systems in which they worked. Each list is numbered from one.",
    )
    sts = draw_statements(c, 5)
    for heading, group in (("Practice learning", sts[:2]), ("Systems learning", sts[2:])):
        d.add("h2", heading)
        for j, st in enumerate(group, 1):
            d.add("num", st.body, d.lesson("learning_point", str(j), st.body, st.themes), label=f"{j}.")
    d.add("h1", "Recommendations")
    rec_bullets(c, draw_recs(c, 3))


def c165(c: Ctx) -> None:  # key practice episodes as headings, each with "Learning from this episode" bullets
    d = c.doc
    c.cover("reviewer")
    front(c)
    d.add("h1", "Key practice episodes")
    d.add(
        "p",
        "The review looked closely at four key practice episodes. For each, the narrative sets out what "
        "happened, and the learning from the episode follows it.",
    )
    sts = draw_statements(c, 5)
    for i, (title, event) in enumerate(EPISODES, 1):
        d.add("h2", f"Key practice episode {i}: {title} ({earlier(c, 40 - 8 * i)} to {earlier(c, 37 - 8 * i)})")
        d.add("p", c.fill(narrative.CHRONOLOGY[event]))
        d.add("h3", "Learning from this episode")
        statement_bullets(c, sts[:2] if i == 4 else sts[:1])
        sts = sts[2:] if i == 4 else sts[1:]
    c.rec_table("Recommendations", draw_recs(c, 3))


def c166(c: Ctx) -> None:  # "Recommendation N: title" headings with the recommendation below (title the heading's)
    d = c.doc
    c.cover()
    front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(draw_statements(c, 3), 1):
        key = d.lesson("finding", str(i), st.body, st.themes)
        d.add("num", st.body, key, label=f"{i}.")
    d.add("h1", "Recommendations")
    used: set[str] = set()
    for j, r in enumerate(draw_recs(c, 4), 1):
        title = _rec_title(r, used)
        key = d.lesson("recommendation", f"Recommendation {j}", f"{title} {r.text}", r.themes, title=title)
        d.add("h2", f"Recommendation {j}: {title}", key)
        d.add("p", r.text, key)


def c167(c: Ctx) -> None:  # a "What went well / Even better if" table: good practice left, learning right
    d = c.doc
    c.cover()
    front(c)
    d.add("h1", "What went well and what would have been even better")
    d.add(
        "p",
        "The learning event used the 'what went well' and 'even better if' approach. Each row pairs "
        "something that went well with something that would have made practice even better.",
    )
    d.add("header", cells=("What went well", "Even better if"), label="b7www")
    for g, st in zip(c.gps(3), draw_statements(c, 3)):
        keys = (d.lesson("good_practice", "", g.text, g.themes), d.lesson("learning_point", "", st.body, st.themes))
        d.add("duorow" if c.spec.fmt == "pdf" else "row", keys=keys, cells=(g.text, st.body), label="b7www")
    numbered_recs(c)


def c168(c: Ctx) -> None:  # a finding that runs on to the next page under "Finding N: title (continued)"
    d = c.doc
    c.cover("reviewer")
    front(c)
    d.add("h1", "Findings")
    sts = draw_statements(c, 3)
    longest = max(range(1, 4), key=lambda i: (len(sentences(sts[i - 1].body)), -i))  # it runs on to the next page
    for i, st in enumerate(sts, 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        heading = f"Finding {i}: {st.title}"
        d.add("h2", heading, key)
        parts = sentences(st.body)
        if i == longest:
            half = len(parts) // 2
            d.add("p", " ".join(parts[:half]), key)
            d.add("pagebreak")
            d.add("h2", f"{heading} (continued)")
            d.add("p", " ".join(parts[half:]), key)
        else:
            d.add("p", st.body, key)
    numbered_recs(c)


BUILDERS = {
    f"C{int(name[1:]):02d}": printed_only(named(fn)) for name, fn in globals().items() if re.fullmatch(r"c\d{3}", name)
}
