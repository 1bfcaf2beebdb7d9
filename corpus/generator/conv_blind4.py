"""Corpus generator: the fourth blind held-out set of conventions, C98-C115 of corpus/CONVENTIONS.md.

Written on 2026-12-05 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. Each builder lays out one document the way published English
reviews and their companions (action plans, web pages, e-mail bulletins,
redacted scans) print their lessons, and declares every lesson as a careful
reader of that document would record it: kind, printed label, heading
(title) where there is one, agency where the document gives one, and the
metadata the document itself prints.

Element kinds this set adds: a narrative paragraph with a learning sentence
set in bold inside it ("boldin"), a paragraph carrying footnote and endnote
markers ("notep"), a table whose header row repeats on every page it runs
onto ("longtable"), a landscape table row holding a learning point and its
recommendation ("duo4"), a row of partner logos ("logos") and a large
numeral set on its own line ("bignum"). PDF draws them through
conv_docs.PDF_KINDS; the HTML and DOCX writers are wrapped so that documents
with none of these kinds are written exactly as before. Three formats have
writers of their own: a web page whose sections are tabs ("tabs"), a Word
document with tracked changes and SEQ-field numbers ("tracked") and a plain
text export of an e-mail bulletin ("email").
"""

from __future__ import annotations

import datetime
import html
import io
import re
import textwrap

from . import narrative
from .conv_blind import earlier, sentences
from .conv_common import (
    after_marker,
    draw_recs,
    draw_statements,
    long_date,
    numbered_recs,
    pub_full,
    rec_bullets,
    shift,
    slash_date,
    stash,
    statement_bullets,
    will,
    wrap_docx,
    wrap_html,
)
from .conv_docs import COLUMN_WIDTHS, EXTENSIONS, PDF_KINDS, WRITERS, ConvDoc, El
from .conv_specs import MONTHS, ROMAN, TYPE_NAMES, WORDS, Ctx
from .model import split_body

NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()
ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third "
    "twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first"
).split()

# Structured content of the new kinds, by the element's label (unique per document).
EXTRA: dict[str, object] = {}


def _nth(c: Ctx) -> int:
    """Which of its convention's two documents this is (0 or 1)."""
    from .conv_table import build_table

    names = [s.name for s in build_table() if s.convention == c.spec.convention]
    return names.index(c.spec.name)


def _in_words(date: str) -> str:
    """ "the fifth of March 2021"."""
    return f"the {ORDINAL_WORDS[int(date[8:10]) - 1]} of {MONTHS[int(date[5:7]) - 1]} {date[:4]}"


def _age_words(age: str) -> str:
    """ "7 months" -> "seven months"."""
    n, unit = age.split(" ", 1)
    return f"{NUMBER_WORDS[int(n)]} {unit}" if n.isdigit() and int(n) < len(NUMBER_WORDS) else age


def _themes(*groups) -> tuple[str, ...]:
    out: list[str] = []
    for g in groups:
        for t in g:
            if t not in out:
                out.append(t)
    return tuple(out[:4])


def _part(text: str, last: bool) -> str:
    """A recommendation as a lettered part of a longer one: small first letter, ";" or "." at the end."""
    body = after_marker(text).rstrip(".")
    return body + ("." if last else ";")


QUESTIONS = (
    "What do you know about the adults who live in, or visit, the households you work with?",
    "When did you last ask a child, on their own, what life at home is like?",
    "How do you check that a referral you made has been received and acted on?",
    "When you disagree with another agency's decision, what do you do next?",
    "What in your service makes it hard to see a family's history as a whole?",
    "How would you know if a parent's account did not match what you saw?",
)
ACTIONS = (
    "Revise the procedure and relaunch it through a practice week",
    "Commission multi-agency training and record attendance by team",
    "Add the question to the supervision template and audit its use",
    "Issue a seven-minute briefing and discuss it at every team meeting",
)
EVIDENCE = (
    "Audit of 20 case files shows the change in at least 16",
    "Practitioner survey: 80% confident in the new approach",
    "Quarterly performance report to the partnership's executive group",
    "Dip sample of referrals by the quality assurance subgroup",
)
OUTCOMES = (
    "Practitioners know what is expected of them and the audit shows it happening",
    "Children are seen and heard at every stage, and their words are recorded",
    "Fewer cases are closed and re-referred within twelve months",
    "Information reaches the practitioner who needs it before a decision is made",
    "Managers can show the difference the change has made to children",
)
NOTES = (
    "HM Government (2018) Working Together to Safeguard Children, chapter 1.",
    "Brandon, M. et al. (2020) Complexity and challenge: a triennial analysis of SCRs 2014-2017.",
    "The partnership's multi-agency threshold document, version 4.",
    "Child Safeguarding Practice Review Panel (2021) Annual Report 2020.",
    "Ofsted (2019) Joint targeted area inspection findings.",
    "Agency chronologies, merged by the review panel.",
)
ENDNOTES = (
    "The practitioners who took part spoke to the reviewer in confidence; their words are not attributed.",
    "The family's own account was given at two meetings with the reviewer.",
    "Figures are from the partnership's data set for the year of the review.",
)


# --- the builders -----------------------------------------------------------


def c98(c: Ctx) -> None:  # each theme in three parts: What happened / What we learned / What we will do
    d = c.doc
    c.cover("reviewer")
    c.front_matter()
    d.add("h1", "What the review tells us")
    d.add("p", "Each theme below is set out in three parts: what happened, what we learned and what we will do.")
    what = narrative.pick(c.rng, narrative.CHRONOLOGY, 3)
    for i, (st, r) in enumerate(zip(draw_statements(c, 3), draw_recs(c, 3))):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("h3", "What happened")
        d.add("p", c.fill(what[i]))
        d.add("h3", "What we learned")
        d.add("p", st.body, key)
        d.add("h3", "What we will do")
        text = will(r.text)
        d.add("p", text, d.lesson("recommendation", "", text, r.themes))


def c99(c: Ctx) -> None:  # learning as a bold sentence inside a narrative paragraph
    d, s = c.doc, c.spec
    c.cover()
    d.add("h1", "Introduction")
    c.narrative(narrative.INTRO, 1)
    d.add(
        "boldin",
        cells=(
            "",
            "This review is not about attributing blame.",
            "Its purpose is to understand why practice happened as it did and what would make it safer.",
        ),
    )
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "Analysis of practice")
    story = narrative.pick(c.rng, narrative.CHRONOLOGY, 4)
    tails = ("", "The review returns to this in its recommendations.", "", "")
    for i, st in enumerate(draw_statements(c, 4)):
        key = d.lesson("learning_point", "", st.body, st.themes)
        d.add("boldin", keys=key, cells=(c.fill(story[i]), st.body, tails[i]))
    numbered_recs(c)


def c100(c: Ctx) -> None:  # each finding followed by its own numbered "Questions to consider" (never lessons)
    d = c.doc
    c.cover()
    c.front_matter()
    d.add("h1", "Key findings")
    for i, st in enumerate(draw_statements(c, 3), 1):
        key = d.lesson("finding", f"Key finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Key finding {i} \u2013 {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
        d.add("h3", "Questions to consider")
        for j, q in enumerate(QUESTIONS[2 * i - 2 : 2 * i], 1):
            d.add("num", q, label=f"{j}.")
    d.add("h1", "Recommendations")
    d.add("p", "The review makes the following recommendations to the safeguarding partners.")
    rec_bullets(c, draw_recs(c, 3))


def c101(c: Ctx) -> None:  # action plan: Recommendation / Agreed action / By whom / By when / Evidence of impact / RAG
    d, s = c.doc, c.spec
    c.cover()
    c.front_matter()
    d.add("h1", "Summary of learning")
    statement_bullets(c, draw_statements(c, 3))
    d.add("landscape")
    d.add("h1", "Multi-agency action plan")
    d.add(
        "p",
        "The safeguarding partners agreed the actions below in response to the recommendations. RAG: red, not "
        "started or off track; amber, in progress; green, complete and evidenced.",
    )
    d.add(
        "header",
        cells=("Recommendation", "Agreed action", "By whom", "By when", "Evidence of impact", "RAG"),
        label="b4plan",
    )
    pub = pub_full(c)
    for j, r in enumerate(draw_recs(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        when = shift(pub, -3 * j)
        cells = (
            f"{j}. {r.text}",
            ACTIONS[(j + len(s.name)) % 4],
            r.agency,
            f"{MONTHS[int(when[5:7]) - 1]} {when[:4]}",
            EVIDENCE[(j + 2 * len(s.name)) % 4],
            ("Green", "Amber", "Red")[j % 3],
        )
        d.add("row", keys=key, cells=cells, label="b4plan")


def c102(c: Ctx) -> None:  # recommendations numbered to three levels with lettered and roman parts
    d, s = c.doc, c.spec
    c.cover()
    n = c.front_matter(numbered=True)
    d.add("h1", f"{n}. Findings")
    for i, st in enumerate(draw_statements(c, 3), 1):
        c.headed_finding(st, f"{n}.{i}")
    r = draw_recs(c, 7)
    m = n + 1
    d.add("h1", f"{m}. Recommendations")
    d.add("h2", f"{m}.1 Recommendations for the safeguarding partners")
    part_kind = "num" if s.fmt == "docx" else "subbullet"
    items = (
        (f"{m}.1.1", "The safeguarding partners should seek assurance that:", r[0:2], "abc"),
        (f"{m}.1.2", "", r[2:3], ""),
        (
            f"{m}.2.1",
            "The learning and improvement group should monitor the following and report within six months:",
            r[3:6],
            ROMAN,
        ),
        (f"{m}.2.2", "", r[6:7], ""),
    )
    for label, stem, group, markers in items:
        if label.endswith(".2.1"):
            d.add("h2", f"{m}.2 Recommendations for individual agencies")
        if not stem:
            d.add("num", group[0].text, d.lesson("recommendation", label, group[0].text, group[0].themes), label=label)
            continue
        parts = [_part(x.text, j == len(group) - 1) for j, x in enumerate(group)]
        key = d.lesson("recommendation", label, " ".join([stem] + parts), _themes(*(x.themes for x in group)))
        d.add("num", stem, key, label=label)
        for mark, part in zip(markers, parts):
            d.add(part_kind, part, key, label=f"({mark})")


def c103(c: Ctx) -> None:  # a recommendations table running over pages, its header row repeated
    d = c.doc
    c.cover("reviewer")
    c.front_matter()
    d.add("h1", "Findings")
    for st in draw_statements(c, 3):
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    d.add("pagebreak")
    d.add("h1", "Recommendations")
    d.add(
        "p",
        "The recommendations were developed with the review panel and tested with the practitioners who took "
        "part in the learning event. Each has an owner, who reports progress to the partnership's learning and "
        "improvement group every quarter until the group agrees that the change is in place and making a "
        "difference to children.",
    )
    d.add(
        "p",
        "Table 1 sets out the recommendations, the agency that owns each and the date by which the partnership "
        "expects to see it in place. The table continues over the page.",
    )
    pub = pub_full(c)
    rows = []
    for j, r in enumerate(draw_recs(c, 12), 1):
        key = d.lesson("recommendation", f"R{j}", r.text, r.themes, r.agency)
        when = shift(pub, -(3 + j % 4) * 2)
        date = f"{MONTHS[int(when[5:7]) - 1]} {when[:4]}"
        rows.append(((f"R{j}", r.text, r.agency, date, OUTCOMES[(j + len(c.spec.name)) % len(OUTCOMES)]), key))
    header = ("Ref", "Recommendation", "Owner", "Target date", "Intended outcome")
    d.add("longtable", keys=[k for _, k in rows], label=stash(EXTRA, c, (header, rows), "b4#"))
    d.add("h1", "Glossary")
    for abbr, meaning in narrative.GLOSSARY[:6]:
        d.add("p", f"{abbr}: {meaning}")


def c104(c: Ctx) -> None:  # a landscape appendix table: Theme / What we learned / What needs to happen / Lead partner
    d, s = c.doc, c.spec
    c.cover()
    c.front_matter()
    d.add("h1", "Analysis")
    c.narrative(narrative.CHRONOLOGY, 2)
    d.add(
        "p",
        "The learning and the recommendations that follow from it are set out together in Appendix C, "
        "so that each recommendation can be read beside the learning it answers.",
    )
    d.add("h1", "Appendix A: Glossary")
    for abbr, meaning in narrative.GLOSSARY[:5]:
        d.add("p", f"{abbr} - {meaning}")
    d.add("h1", "Appendix B: Terms of reference")
    for t in narrative.TERMS_OF_REFERENCE[:3]:
        d.add("bullet", t)
    if s.fmt == "pdf":
        d.add("landscape")
    d.add("h1", "Appendix C: Learning and recommendations")
    d.add("header", cells=("Theme", "What we learned", "What needs to happen", "Lead partner"), label="b4land")
    for st, r in zip(draw_statements(c, 4), draw_recs(c, 4)):
        k1 = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        k2 = d.lesson("recommendation", "", r.text, r.themes, r.agency)
        d.add(
            "duo4" if s.fmt == "pdf" else "row",
            keys=(k1, k2),
            cells=(st.title, st.body, r.text, r.agency),
            label="b4land",
        )
    if s.fmt == "pdf":
        d.add("portrait")
        d.add("h1", "Appendix D: Review panel")
        d.add(
            "p",
            "Designated nurse; detective inspector; head of service, children's social care; "
            "education safeguarding lead; partnership business manager.",
        )


def _mark(text: str, marks: list[tuple[str, str]], bracket: bool) -> str:
    """The sentence text with its note markers after the given sentences: "[1]" in a text export."""
    for after, marker in marks:
        if bracket:
            text = text.replace(after, f"{after}[{marker}]", 1)
    return text


def c105(c: Ctx) -> None:  # numbered footnotes at the foot of the page and roman endnotes at the end
    d, s = c.doc, c.spec
    pdf = s.fmt == "pdf"
    if pdf:
        d.footnote_space = 48
    c.cover()
    c.front_matter()
    d.add("h1", "Key learning")
    endnotes, footnotes = [], []
    for i, st in enumerate(draw_statements(c, 3), 1):
        key = d.lesson("learning_point", f"Key learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Key learning {i}: {st.title}", key)
        sent = sentences(st.body)
        marks = [(sent[0], str(i), NOTES[(i + len(s.name)) % len(NOTES)])]
        if len(sent) > 1 and i != 2:
            endnotes.append(ENDNOTES[len(endnotes)])
            marks.append((sent[-1], ROMAN[len(endnotes) - 1], None))
        if pdf:
            d.add("notep", st.body, key, label=stash(EXTRA, c, marks, "b4#"))
        else:
            d.add("p", _mark(st.body, [(a, m) for a, m, _ in marks], True), key)
            footnotes.append(f"[{i}] {marks[0][2]}")
    numbered_recs(c)
    d.add("h1", "Endnotes")
    for j, note in enumerate(endnotes):
        d.add("num", note, label=ROMAN[j] if pdf else f"[{ROMAN[j]}]")
    for note in footnotes:  # a text export sets the page's footnotes after the text
        d.add("small", note)


def c106(c: Ctx) -> None:  # protective marking in header and footer, a DRAFT watermark, "Page x of y"
    d, s = c.doc, c.spec
    d.marking = "OFFICIAL-SENSITIVE"
    d.header = f"{c.title()} - Final v1.2"
    d.footer = "Page {x} of {y}"
    d.watermark = "DRAFT"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", "Final report (version 1.2)")
    d.add("cover", f"Agreed by the safeguarding partners: {earlier(c, 2)}")
    d.add("cover", f"Date of publication: {c.printed_date()}")
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("pagebreak")
    c.front_matter()
    d.add("h1", "Learning")
    for i, st in enumerate(draw_statements(c, 4), 1):
        key = d.lesson("learning_point", f"Key Learning Point {i}", st.body, st.themes)
        d.add("h2", f"Key Learning Point {i}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j}", key)
        d.add("p", r.text, key)


POLICE = {
    "North West": "Merseyside Police",
    "North East": "Cleveland Police",
    "Yorkshire and the Humber": "West Yorkshire Police",
    "East Midlands": "Leicestershire Police",
    "West Midlands": "West Mercia Police",
    "East of England": "Essex Police",
    "London": "Metropolitan Police Service",
    "South East": "Thames Valley Police",
    "South West": "Avon and Somerset Police",
}


def c107(c: Ctx) -> None:  # partner logos on the cover (alt text on the web), the partnership in a newer name
    d, s = c.doc, c.spec
    name = (
        f"{s.area} Children and Young People's Safeguarding Partnership"
        if _nth(c) == 0
        else f"{s.area} Safeguarding People Partnership"
    )
    c.words["partnership"] = name
    d.add(
        "logos",
        cells=(
            f"{name} logo",
            "NHS Integrated Care Board logo",
            f"{POLICE[s.region]} logo",
            f"{s.area} Council logo",
        ),
    )
    d.add("title", d.meta["title"])
    d.add("cover", f"A review commissioned by the {name}")
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt == "pdf":
        d.add("pagebreak")
    c.front_matter()
    d.add("h1", "Findings")
    for i, st in enumerate(draw_statements(c, 3)):
        label = f"Finding {WORDS[i]}"
        key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    numbered_recs(c)


def c108(c: Ctx) -> None:  # dates in words ("the fifth of March 2021"), the age in words too
    d, s = c.doc, c.spec
    pub = pub_full(c)
    d.meta["published"] = pub
    c.words["age"] = _age_words(s.age)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent author: {s.author}")
    d.add("cover", f"This report was presented to the {c.partnership} on {_in_words(shift(pub, 3, 12))}.")
    d.add("cover", f"Published on {_in_words(pub)}.")
    d.add("pagebreak")
    c.front_matter()
    d.add("h1", "Learning")
    for i, st in enumerate(draw_statements(c, 3)):
        label = f"Learning Point {'ABCDEF'[i]}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label} \u2013 {st.title}", key)
        d.add("p", st.body, key)
    numbered_recs(c)


def c109(c: Ctx) -> None:  # the publication date only in the document control table at the end
    d, s = c.doc, c.spec
    pub = pub_full(c)
    d.meta["published"] = pub
    d.header = c.title()
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", "Version 1.1")
    d.add("pagebreak")
    c.front_matter()
    d.add("h1", "Summary of learning")
    for i, st in enumerate(draw_statements(c, 3), 1):
        d.add("runin", st.body, d.lesson("learning_point", f"LP{i}", st.body, st.themes), label=f"LP{i}")
    c.rec_table("Recommendations", draw_recs(c, 3))
    d.add("h1", "Document control")
    d.add("header", cells=("Version", "Date", "Author", "Status"), label="b4ctl")
    rows = (
        ("0.1", shift(pub, 9, 14), f"{s.author}, independent reviewer", "First draft to the review panel"),
        ("0.3", shift(pub, 6, 2), f"{s.author}, independent reviewer", "Revised after the practitioner event"),
        ("1.0", shift(pub, 1, 20), "Partnership business manager", "Final, approved by the safeguarding partners"),
        ("1.1", pub, "Partnership business manager", "Published on the partnership website"),
    )
    for version, date, who, status in rows:
        d.add("row", cells=(version, slash_date(date), who, status), label="b4ctl")


def c110(c: Ctx) -> None:  # a web page whose sections are tabs; "First published" and "Last updated"
    d, s = c.doc, c.spec
    pub = pub_full(c)
    d.meta["published"] = pub
    kind = TYPE_NAMES[s.review_type]
    if _nth(c) == 1:  # the learning of a rapid review that led to no local review
        d.meta.update(title=f"Rapid review: {s.child} – summary of learning", review_type="other")
        kind = "Rapid review"
    d.add("site", c.partnership)
    d.add("title", d.meta["title"])
    d.add("tab", "Overview")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("cover", f"Review type: {kind}")
    d.add("cover", f"Reviewer: {s.author}")
    d.add("cover", f"First published: {long_date(pub)}")
    d.add("cover", f"Last updated: {long_date(shift(pub, -14, 9))}")
    d.add("tab", "Key learning")
    for st in draw_statements(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("tab", "What went well")
    for g in c.gps(2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("tab", "Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("tab", "Resources")
    d.add("bullet", "Full report (PDF, 1.2MB)")
    d.add("bullet", "Seven-minute briefing (PDF, 240KB)")
    d.add("bullet", "Recorded learning event (video, 48 minutes)")


def c111(c: Ctx) -> None:  # a Word report with tracked changes and SEQ-field numbers
    d, s = c.doc, c.spec
    d.add("title", d.meta["title"])
    d.add("cover", c.partnership)
    d.add("cover", f"Author: {s.author}")
    d.add("cover", f"Publication date: {c.printed_date()}")
    d.add("pagebreak")
    c.front_matter()
    d.add("h1", "Findings")
    for i, st in enumerate(draw_statements(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("seqh", st.title, key, label=f"Finding|{i}")
        sent = sentences(st.body)
        if i == 2 or len(sent) < 2:  # a deleted sentence, struck through
            d.add("trk", st.body, key, cells=(st.body, "This was an isolated lapse in practice.", ""))
        else:  # the last sentence added in tracked changes
            head = " ".join(sent[:-1])
            d.add("trk", st.body, key, cells=(head, "", sent[-1]))
    d.add("h1", "Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("seqh", "", key, label=f"Recommendation|{j}")
        d.add("trk", r.text, key, cells=("", "", r.text) if j == 3 else (r.text, "", ""))
    d.add("h1", "Conclusion")
    d.add(
        "trk",
        "The partnership accepted the findings.",
        cells=("The partnership accepted the findings.", "It will publish an action plan within a month.", ""),
    )


def c112(c: Ctx) -> None:  # a plain-text export of an e-mail bulletin announcing the review
    d, s = c.doc, c.spec
    pub = pub_full(c)
    d.meta["published"] = pub
    sent = shift(pub, -1, 4)
    quoted = _nth(c) == 1
    mail = f"scp@{s.area.lower().replace(' ', '').replace(',', '')}.gov.uk"
    if quoted:
        d.add("mail", f"From: Training Team <training@{mail.split('@')[1]}>")
        d.add("mail", f"Sent: {long_date(sent)} 09:14")
        d.add("mail", "To: All Practitioners")
        d.add("mail", f"Subject: FW: Practitioner bulletin - {d.meta['title']}")
        d.add("p", "Please see below and share with your teams. Many thanks.")
        d.add("mail", "-----Original Message-----")
        d.add("mail", f"From: {c.partnership} <{mail}>")
        d.add("mail", f"Sent: {long_date(shift(sent, 0, 2))} 16:40")
        d.add("mail", "Subject: Practitioner bulletin")
        d.add("quote")
    else:
        d.add("mail", f"View this email in your browser (https://mailchi.mp/{s.area.lower().split()[0]}scp/bulletin)")
        d.add("h1", f"{c.partnership} - Practitioner Bulletin")
    d.add("h1", "New review published")
    d.add(
        "p",
        f'We published "{d.meta["title"]}" on our website on {long_date(pub)}. The review was led by '
        f"{s.author}, independent reviewer.",
    )
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "Key learning")
    statement_bullets(c, draw_statements(c, 3))
    d.add("h1", "The review's recommendations")
    rec_bullets(c, draw_recs(c, 3))
    d.add("h1", "Training dates")
    d.add(
        "p",
        f"Learning event: {long_date(shift(pub, -2, 18))}, 10:00-12:00, online. Book on the training site "
        f"(https://training.{mail.split('@')[1]}/events).",
    )
    if not quoted:
        d.add("rule")
        d.add("p", f"Copyright (C) {pub[:4]} {c.partnership}, All rights reserved.")
        d.add(
            "p",
            "Want to change how you receive these emails? You can update your preferences "
            "(https://mailchi.mp/prefs) or unsubscribe (https://mailchi.mp/unsub)",
        )


def c113(c: Ctx) -> None:  # a redacted published version, scanned: "[redacted]" in the narrative
    d, s = c.doc, c.spec
    d.add("cover", "REDACTED VERSION FOR PUBLICATION")
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Author: {s.author}")
    d.add("cover", f"Published {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "1. Introduction")
    c.narrative(narrative.INTRO, 2)
    d.add("h1", "2. The family")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add(
        "p",
        f"The mother's partner, [redacted], had moved into the household in {earlier(c, 40)}. "
        "He had previous convictions in [redacted] which were not known to the health visitor.",
    )
    c.narrative(narrative.CHRONOLOGY, 2)
    d.add("h1", "3. Lessons to be learned")
    for i, st in enumerate(draw_statements(c, 4), 1):
        key = d.lesson("learning_point", f"Lesson {i}", st.body, st.themes)
        d.add("h2", f"Lesson {i}", key)
        d.add("p", st.body, key)
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"4.{j}", r.text, r.themes), label=f"4.{j}")


def c114(c: Ctx) -> None:  # each learning followed by its own recommendations "1a", "1b"
    d = c.doc
    c.cover()
    c.front_matter()
    d.add("h1", "Learning and recommendations")
    pool = draw_recs(c, 5)
    counts = (2, 1, 2)
    for i, st in enumerate(draw_statements(c, 3), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
        for letter in "ab"[: counts[i - 1]]:
            r = pool.pop(0)
            label = f"Recommendation {i}{letter}"
            d.add("runin", r.text, d.lesson("recommendation", label, r.text, r.themes), label=f"{label}:")
    d.add("h1", "Next steps")
    d.add("p", "The partnership will publish its response to these recommendations within three months.")


def c115(c: Ctx) -> None:  # key messages under large numerals; a statistic set the same way is not a lesson
    d, s = c.doc, c.spec
    title = f"Key messages from the {TYPE_NAMES[s.review_type]} concerning {s.child}"
    d.meta.update(title=title, review_type="briefing")
    d.add("title", title)
    d.add("cover", c.partnership)
    d.add("cover", f"Written by {s.author}, independent reviewer | {c.printed_date()}")
    d.add("h1", "About the review")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("bignum", "74%")
    d.add("p", "of the practitioners at the learning events said the review would change how they work.")
    d.add("h1", "Key messages")
    for i, st in enumerate(draw_statements(c, 4), 1):
        key = d.lesson("learning_point", str(i), f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("bignum", str(i))
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("h1", "What needs to happen next")
    rec_bullets(c, draw_recs(c, 3))


BUILDERS = {f"C{int(name[1:]):02d}": fn for name, fn in globals().items() if re.fullmatch(r"c\d{2,3}", name)}


# --- PDF kinds ----------------------------------------------------------------


def _keyed(flowable, keys):
    flowable.lesson_keys = list(keys)
    flowable.lesson_key, flowable.toc_key = None, None
    return flowable


def _pdf_boldin(e, s, look):
    from .pdf_render import markup, raw_para

    before, bold, after = e.cells
    text = " ".join(x for x in (markup(before, look), f"<b>{markup(bold, look)}</b>", markup(after, look)) if x)
    return [_keyed(raw_para(text, s.st["body"]), e.keys)]


def _pdf_notep(e, s, look):
    from .conv_docs import _unsplit_class
    from .pdf_render import markup

    body = markup(e.text, look)
    notes = []
    for after, marker, note in EXTRA[e.label]:
        body = body.replace(markup(after, look), markup(after, look) + f"<super>{marker}</super>", 1)
        if note:
            notes.append(f"{marker} {note}")
    f = _keyed(_unsplit_class()(body, s.st["body"]), e.keys)
    f.footnote_lines = notes
    return [f]


_KEYED_TABLE = []


def _keyed_table_class():
    """A table whose pieces, when it runs over pages, carry the keys of the rows they hold."""
    if _KEYED_TABLE:
        return _KEYED_TABLE[0]
    from reportlab.platypus import Table

    class KeyedTable(Table):
        def split(self, availWidth, availHeight):
            parts = Table.split(self, availWidth, availHeight)
            for part in parts:
                part.row_keys = self.row_keys
                keys = []
                for row in part._cellvalues:
                    cell = row[0][0] if isinstance(row[0], (list, tuple)) and row[0] else row[0]
                    ref = cell.getPlainText() if hasattr(cell, "getPlainText") else str(cell)
                    k = self.row_keys.get(ref)
                    if k is not None and k not in keys:
                        keys.append(k)
                _keyed(part, keys)
            return parts

    _KEYED_TABLE.append(KeyedTable)
    return KeyedTable


def _pdf_longtable(e, s, look):
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, TableStyle

    from .pdf_layouts import BODY_W
    from .pdf_render import para

    header, rows = EXTRA[e.label]
    data = [[para(h, s.st["cellb"], look) for h in header]]
    data += [[para(x, s.st["cell"], look) for x in cells] for cells, _ in rows]
    widths = (0.07, 0.40, 0.15, 0.15, 0.23)
    t = _keyed_table_class()(data, colWidths=[f * BODY_W for f in widths], repeatRows=1)
    t.row_keys = {cells[0]: key for cells, key in rows}
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e79")),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [_keyed(t, [k for _, k in rows]), Spacer(1, 8)]


def _pdf_duo4(e, s, look):
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    from .pdf_render import MARGIN, PAGE_H, TrackedTable, para

    land_w = PAGE_H - 2 * MARGIN - 12
    widths = [f * land_w for f in COLUMN_WIDTHS["b4land"][0]]
    cells = [para(x, s.st["cellb" if i == 0 else "cell"], look) for i, x in enumerate(e.cells)]
    t = TrackedTable([cells], colWidths=widths, splitInRow=0)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [_keyed(t, e.keys)]


def _pdf_logos(e, s, look):
    """Each logo's words set small and bold in a ruled cell, as a wordmark prints."""
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, Table, TableStyle

    from .pdf_layouts import BODY_W
    from .pdf_render import para

    names = [x.removesuffix(" logo") for x in e.cells]
    t = Table([[para(n, s.st["cellb"], look) for n in names]], colWidths=[BODY_W / len(names)] * len(names))
    t.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.4, colors.grey),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [t, Spacer(1, 40)]


def _pdf_bignum(e, s, look):
    from reportlab.lib import colors

    from .pdf_render import para

    style = s.st["body"].clone(
        "bignum", fontName=look.bold_font, fontSize=34, leading=38, textColor=colors.HexColor("#c0392b"), spaceBefore=6
    )
    f = para(e.text, style, look)
    f.keepWithNext = True
    return [f]


COLUMN_WIDTHS.update(
    {
        "b4plan": ((0.30, 0.22, 0.14, 0.10, 0.17, 0.07), True),
        "b4land": ((0.16, 0.36, 0.32, 0.16), True),
        "b4ctl": ((0.12, 0.18, 0.35, 0.35), False),
    }
)
PDF_KINDS.update(
    {
        "boldin": _pdf_boldin,
        "notep": _pdf_notep,
        "longtable": _pdf_longtable,
        "duo4": _pdf_duo4,
        "logos": _pdf_logos,
        "bignum": _pdf_bignum,
    }
)


# --- HTML and DOCX: the new kinds through placeholders ------------------------------

NEW_KINDS = {"boldin", "notep", "longtable", "duo4", "logos", "bignum"}


def _html_for(e: El) -> str:
    esc = html.escape
    if e.kind == "boldin":
        before, bold, after = e.cells
        return "<p>" + " ".join(x for x in (esc(before), f"<strong>{esc(bold)}</strong>", esc(after)) if x) + "</p>"
    if e.kind == "logos":
        imgs = "".join(f'<img src="/images/logo-{i}.png" alt="{esc(a)}" width="160">' for i, a in enumerate(e.cells, 1))
        return f'<div class="partner-logos">{imgs}</div>'
    if e.kind == "bignum":
        return f'<p class="big-number" aria-hidden="true">{esc(e.text)}</p>'
    if e.kind == "longtable":
        header, rows = EXTRA[e.label]
        out = ["<table><thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in header) + "</tr></thead><tbody>"]
        out += ["<tr>" + "".join(f"<td>{esc(x)}</td>" for x in cells) + "</tr>" for cells, _ in rows]
        return "\n".join(out + ["</tbody></table>"])
    return f"<p>{esc(e.text)}</p>"


def _docx_fill(document, paragraph, e: El) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    if e.kind == "longtable":
        header, rows = EXTRA[e.label]
        t = document.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        for cell, h in zip(t.rows[0].cells, header):
            cell.paragraphs[0].add_run(h).bold = True
        tr_pr = t.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")  # Word repeats this row at the top of every page
        repeat.set(qn("w:val"), "true")
        tr_pr.append(repeat)
        for row, (cells, _) in zip(t.rows[1:], rows):
            for cell, x in zip(row.cells, cells):
                cell.text = x
        paragraph._p.addprevious(t._tbl)
        paragraph._p.getparent().remove(paragraph._p)
        return
    new = paragraph.insert_paragraph_before()
    if e.kind == "bignum":
        run = new.add_run(e.text)
        run.bold, run.font.size, run.font.color.rgb = True, Pt(36), RGBColor(0xC0, 0x39, 0x2B)
    elif e.kind == "boldin":
        before, bold, after = e.cells
        if before:
            new.add_run(before + " ")
        new.add_run(bold).bold = True
        if after:
            new.add_run(" " + after)
    else:
        new.add_run(e.text)
    paragraph._p.getparent().remove(paragraph._p)


def _watermark(doc: ConvDoc):
    """The marking in every header, the watermark word in the footer: for documents that carry them."""
    if not doc.watermark:
        return None

    def mark(document) -> None:
        for section in document.sections:
            section.header.paragraphs[0].text = f"{doc.marking}\t\t{doc.watermark}"
            section.footer.paragraphs[0].text = f"{doc.marking} - {doc.watermark} - not for onward circulation"

    return mark


# --- a web page whose sections are tabs ------------------------------------------------


def write_tabs(doc: ConvDoc) -> tuple[bytes, dict[int, tuple[int, int]]]:
    esc = html.escape
    tabs: list[tuple[str, list[str]]] = []
    title = site = ""
    open_list = ""
    for e in doc.elements:
        if e.kind == "site":  # the partnership's name: the site's logo and the page title's tail
            site = e.text
            continue
        if e.kind == "title":
            title = e.text
            continue
        if e.kind == "tab":
            if open_list:
                tabs[-1][1].append(f"</{open_list}>")
                open_list = ""
            tabs.append((e.text, []))
            continue
        body = tabs[-1][1]
        want = "ul" if e.kind == "bullet" else "ol" if e.kind == "num" else ""
        if open_list and want != open_list:
            body.append(f"</{open_list}>")
            open_list = ""
        if want and not open_list:
            body.append(f"<{want}>")
            open_list = want
        if want:
            body.append(f"<li>{esc(e.text)}</li>")
        elif e.kind == "h2":
            body.append(f"<h3>{esc(e.text)}</h3>")
        elif e.kind == "cover":
            name, _, value = e.text.partition(": ")
            body.append(f'<p class="meta"><span class="label">{esc(name)}:</span> {esc(value)}</p>')
        else:
            body.append(f"<p>{esc(e.text)}</p>")
    if open_list:
        tabs[-1][1].append(f"</{open_list}>")
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8">',
        f"<title>{esc(title)} | {esc(site)}</title></head>",
        "<body>",
        '<a class="skip-link" href="#main">Skip to main content</a>',
        '<div class="cookie-banner" role="region" aria-label="Cookies"><p>We use some essential cookies to make '
        'this website work.</p><button type="button">Accept additional cookies</button>'
        '<button type="button">Reject additional cookies</button></div>',
        f'<header><a class="logo" href="/"><img src="/images/logo.svg" alt="{esc(site)}"></a>'
        '<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/practitioners">'
        'Practitioners</a></li><li><a href="/learning">Learning from reviews</a></li></ul></nav></header>',
        '<main id="main">',
        f"<h1>{esc(title)}</h1>",
        '<div class="tabs">',
        '<div role="tablist" aria-label="Review sections">',
    ]
    for i, (name, _) in enumerate(tabs, 1):
        selected = "true" if i == 1 else "false"
        focus = "" if i == 1 else ' tabindex="-1"'
        out.append(
            f'<button role="tab" id="tab-{i}" aria-controls="panel-{i}" aria-selected="{selected}"{focus}>'
            f"{esc(name)}</button>"
        )
    out.append("</div>")
    for i, (name, body) in enumerate(tabs, 1):
        hidden = "" if i == 1 else " hidden"
        out.append(f'<div role="tabpanel" id="panel-{i}" aria-labelledby="tab-{i}" tabindex="0"{hidden}>')
        out.append(f'<h2 class="visually-hidden">{esc(name)}</h2>')
        out += body
        out.append("</div>")
    out += [
        "</div>",
        "</main>",
        f'<footer><p>{esc(site)}</p><p><a href="/accessibility">Accessibility</a> | '
        '<a href="/privacy">Privacy</a></p></footer>',
        "<script>/* tabs: show the panel of the selected tab */</script>",
        "</body></html>",
        "",
    ]
    return "\n".join(out).encode("utf-8"), {k: (1, 1) for k in range(len(doc.lessons))}


# --- a Word document with tracked changes and SEQ-field numbers ----------------------


def write_tracked(doc: ConvDoc) -> tuple[bytes, dict[int, tuple[int, int]]]:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from .writers import _fixed_zip

    d = docx.Document()
    d.core_properties.created = datetime.datetime(2024, 1, 1)
    d.core_properties.modified = datetime.datetime(2024, 1, 1)
    d.core_properties.title = doc.meta["title"]
    change = [0]

    def run(text: str, deleted: bool = False):
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    def tracked(kind: str, text: str):
        change[0] += 1
        w = OxmlElement(f"w:{kind}")
        w.set(qn("w:id"), str(change[0]))
        w.set(qn("w:author"), "Partnership Business Unit")
        w.set(qn("w:date"), "2024-01-01T09:00:00Z")
        w.append(run(text, deleted=kind == "del"))
        return w

    for e in doc.elements:
        if e.kind == "title":
            d.add_paragraph(e.text, style="Title")
        elif e.kind == "h1":
            d.add_paragraph(e.text, style="Heading 1")
        elif e.kind == "seqh":
            word, number = e.label.split("|")
            p = d.add_paragraph(style="Heading 2")
            p._p.append(run(f"{word} "))
            field = OxmlElement("w:fldSimple")
            field.set(qn("w:instr"), f" SEQ {word} \\* ARABIC ")
            field.append(run(number))
            p._p.append(field)
            if e.text:
                p._p.append(run(f": {e.text}"))
        elif e.kind == "trk":
            kept, deleted, inserted = e.cells
            p = d.add_paragraph()
            if kept:
                p._p.append(run(kept))
            if deleted:
                p._p.append(tracked("del", " " + deleted if kept else deleted))
            if inserted:
                p._p.append(tracked("ins", " " + inserted if kept else inserted))
        elif e.kind == "pagebreak":
            d.add_page_break()
        elif e.kind in ("p", "cover"):
            d.add_paragraph(e.text)
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue()), {k: (1, 1) for k in range(len(doc.lessons))}


# --- a plain-text export of an e-mail bulletin ---------------------------------------


def write_email(doc: ConvDoc, width: int = 72) -> tuple[bytes, dict[int, tuple[int, int]]]:
    lines: list[str] = []
    prefix = ""
    for e in doc.elements:
        if e.kind == "quote":
            prefix = "> "
            lines.append(">")
            continue
        w = width - len(prefix)
        if e.kind == "mail":
            out = [e.text]
        elif e.kind == "rule":
            out = ["-" * 60]
        elif e.kind == "h1":
            out = [f"** {e.text}", "-" * min(len(e.text) + 3, 60)]
        elif e.kind == "bullet":
            out = textwrap.wrap(e.text, w, initial_indent="* ", subsequent_indent="  ")
        else:
            out = textwrap.wrap(e.text, w)
        if lines and lines[-1].strip("> ") and e.kind != "mail":
            lines.append(prefix.rstrip())  # a blank line after a block of header lines
        lines += [(prefix + line).rstrip() for line in out]
        if e.kind != "mail":
            lines.append(prefix.rstrip())
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8"), {k: (1, 1) for k in range(len(doc.lessons))}


WRITERS.update(
    {
        "html": wrap_html(WRITERS["html"], NEW_KINDS, "BLIND4TOKEN", _html_for),
        "docx": wrap_docx(WRITERS["docx"], NEW_KINDS, "BLIND4TOKEN", _docx_fill, _watermark),
        "tabs": write_tabs,
        "tracked": write_tracked,
        "email": write_email,
    }
)
EXTENSIONS.update({"tabs": ".html", "tracked": ".docx", "email": ".txt"})
