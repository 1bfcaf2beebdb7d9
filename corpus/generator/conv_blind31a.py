"""Corpus generator: the thirty-first blind held-out set, first half: conventions C925-C942 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to designed layouts, as partnerships that
send their reports to a designer print them: findings on two-column pages with a pull quote set in the middle of a
column, coloured call-out boxes holding the learning, a poster page of tiles, a "Key facts" sidebar and large
numerals over findings, headings in a margin column beside the paragraph they head, a landscape findings matrix or
action plan bound into a portrait report, a web page's sidebars, icons and circled numerals as bullets, tiles side
by side in a Word layout table, a margin "In short" note beside each finding and a closing "Learning on a page". A
second emphasis is metadata on designed covers: the title set over three lines in different sizes, the date only
in a coloured band, the review type only in a strapline, the review's particulars only in a sidebar.

Each lesson is declared as a careful reader records it, following the precedents of corpus/CONVENTIONS.md: a pull
quote that repeats a lesson's words is never a lesson nor part of one, and a lesson it interrupts is one lesson
(C225, C539, C766); a call-out box headed by a label holds the lesson and its heading is the label (C44, C916); a
box or tile headed by the lesson's title gives the title, its text the title and the box's text (C274); a sidebar
beside narrative whose words are the learning is the learning (C88); a summary, an "at a glance" list or a tile
repeating a lesson is never a second copy (C431, C766); a margin label is the label (C916, C425); a landscape page
among portrait pages holds lessons like any other page (C50, C768). Only element kinds the earlier writers already
draw are used.
"""

from __future__ import annotations

import re

from .conv_blind3 import NEW_KINDS as _KINDS3  # noqa: F401  (pullquote, sidebar, sidelearn: drawn by set 3)
from .conv_blind4 import NEW_KINDS as _KINDS4  # noqa: F401  (bignum: drawn by set 4)
from .conv_blind18b import _harm, _of_its_time, _p
from .conv_blind19b import _break, _good
from .conv_blind20b import _before, _month
from .conv_blind23b import _poss, _setup
from .conv_blind28a import _conclusion, _contents, _events, _glossary, _hf, _month_only
from .conv_blind30a import _cover, _front, _headed, _long, _num_recs, _recs, _sentences, _sts
from .conv_common import age_years as _age_years
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import TYPE_NAMES, Ctx

COLUMN_WIDTHS["tiles31a"] = ((0.5, 0.5), False)  # two tiles side by side
COLUMN_WIDTHS["tri31a"] = ((0.3333, 0.3333, 0.3334), False)  # three tiles side by side
COLUMN_WIDTHS["matrix31a"] = ((0.07, 0.53, 0.25, 0.15), True)  # Ref. / Finding / Agencies involved / Links to

_QUESTIONS = (
    "Who else lives in, or visits, the household of the children you work with?",
    "When did you last escalate a concern, and what happened?",
    "How do you record what a day is like for the child?",
)
_REFLECT = (
    "Reflective question: how would you know if a parent's account did not match what you saw?",
    "Reflective question: when did you last read the whole history before a visit?",
)


_EPISODE_FALLBACK = (
    "In the weeks that followed, professionals visited the home as planned. Each visit was recorded, but the records "
    "were not read together.",
    "Shortly before the incident the family's circumstances changed again. The change was known to one agency and "
    "was not passed on to the others.",
)


def _tname(c: Ctx) -> str:
    return TYPE_NAMES.get(c.doc.meta["review_type"], "case review")


def _intro_short(c: Ctx, partnership: str) -> str:
    s = c.spec
    return (f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 18))}. {partnership} commissioned a "
            f"review to understand how agencies worked with {s.child} and {_poss(c)} family.")  # fmt: skip


def _two_parts(body: str) -> tuple[str, str]:
    parts = _sentences(body)
    half = max(1, (len(parts) + 1) // 2)
    return " ".join(parts[:half]), " ".join(parts[half:])


# --- C925: a pull quote in the middle of a column, repeating a finding's first sentence -----------------------------


def c925(c: Ctx) -> None:  # LCSPR on two-column pages: a pull quote between a finding's two paragraphs (never)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _contents(c)
    _front(c, partnership)
    if s.fmt == "pdf":
        d.add("twocol")
    d.add("h1", "Findings")
    d.add("p", "The review found four things that would help practitioners in a similar situation.")
    for i, st in enumerate(_long(c, 4), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        first, rest = _two_parts(st.body)
        if i in (2, 4) and rest:
            _p(c, first, key)
            d.add("pullquote", f"\u201c{_sentences(st.body)[0]}\u201d")
            _p(c, rest, key)
        else:
            _p(c, st.body, key)
    _break(c)
    _num_recs(c, _recs(c, 4))
    _conclusion(c)


# --- C926: coloured call-out boxes "Key learning N" after each key practice episode ---------------------------------


def c926(c: Ctx) -> None:  # SCR: "Key learning N" call-out boxes (label the box heading), a reflective box (never)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, "Overview report", f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    _contents(c)
    n = _front(c, partnership, numbered=True)
    d.add("h1", f"{n}. Key practice episodes and learning")
    d.add("p", "The review identified three key practice episodes. Each is described below; the learning it gives "
          "rise to is set out in the coloured box that follows it.")  # fmt: skip
    events = _events(c, 3)
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("h2", f"{n}.{i} Key practice episode {i}")
        if i - 1 < len(events):
            d.add("p", events[i - 1])
        else:  # the chronology pool is used up (a baby's): the episode is still told
            d.add("p", _EPISODE_FALLBACK[(i - 1) % len(_EPISODE_FALLBACK)])
        d.add("box", st.body, d.lesson("learning_point", f"Key learning {i}", st.body, st.themes),
              label=f"Key learning {i}")  # fmt: skip
        if i == 2:
            d.add("box", _REFLECT[len(s.name) % 2], label="Think about")
    gps = _good(c, 1)
    for g in gps:
        d.add("box", g.text, d.lesson("good_practice", "", g.text, g.themes), label="Good practice")
    _num_recs(c, _recs(c, 4), f"{n + 1}. Recommendations")
    _conclusion(c, f"{n + 2}. Conclusion")


# --- C927: a seven-minute briefing as a poster of tiles -------------------------------------------------------------


def _tiles(c: Ctx, tiles: list[tuple[str, str, int | None]]) -> None:
    """Tiles two to a row (PDF: a shaded heading row and a text row; the web: a box each)."""
    d = c.doc
    if c.spec.fmt != "pdf":
        for head, text, key in tiles:
            d.add("box", text, () if key is None else key, label=head)
        return
    for j in range(0, len(tiles), 2):
        pair = tiles[j : j + 2]
        if len(pair) == 1:
            head, text, key = pair[0]
            d.add("box", text, () if key is None else key, label=head)
            continue
        d.add("header", cells=tuple(h for h, _, _ in pair), label="tiles31a")
        d.add("duorow", cells=tuple(t for _, t, _ in pair), keys=tuple(k for _, _, k in pair if k is not None),
              label="tiles31a")  # fmt: skip


def c927(c: Ctx) -> None:  # seven-minute briefing: seven numbered tiles; "Learning: title" tiles (no label, title)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"7 minute briefing: {s.child}"
    d.meta["title"] = title
    d.footer = "{x}"
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Learning from a Local Child Safeguarding Practice Review | {c.printed_date()}")
    sts = _sts(c, 3)
    rec = _recs(c, 1)[0]
    tiles: list[tuple[str, str, int | None]] = [
        ("1. Background", _intro_short(c, partnership), None),
        (
            "2. Why it matters",
            "Learning from reviews only makes a difference when it reaches practice. Take seven "
            "minutes with your team to read this briefing and talk about it.",
            None,
        ),  # fmt: skip
    ]
    for i, st in enumerate(sts, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        tiles.append((f"{i}. Learning: {st.title}", st.body, key))
    tiles.append(("6. What needs to happen", rec.text, d.lesson("recommendation", "", rec.text, rec.themes)))
    tiles.append(("7. Questions for your team", " ".join(_QUESTIONS), None))
    _tiles(c, tiles)
    d.add("small", f"Read the full report on the {partnership} website.")


# --- C928: a Panel national review summary with a "Key facts" sidebar and large numerals over findings -------------

_TITLES31 = {
    "CCE": "Child criminal exploitation: a national review",
    "PARENTAL": "Safeguarding children whose parents have mental ill health or misuse substances: a national review",
}
_ADDRESSED = (
    ("Department for Education", "The Department for Education should publish national multi-agency practice "
     "standards for child protection, setting out what every agency must do when a child is thought to be at risk "
     "of significant harm.", ("org.policy_guidance", "assess.thresholds_cp_processes")),
    ("NHS England", "NHS England should ensure that practitioners in every health setting can see, at the point of "
     "contact, whether a child is subject to a child protection plan or is looked after.",
     ("multi.information_sharing", "agency.universal_health", "agency.acute_health")),
    ("Home Office", "The Home Office should ensure that police forces share information about children found in "
     "the company of adults suspected of exploitation with children's social care within one working day.",
     ("multi.information_sharing", "agency.police")),
)  # fmt: skip
_ADDRESSED_PARENTAL = (
    "Department of Health and Social Care", "The Department of Health and Social Care should require adult mental "
    "health and drug and alcohol services to ask every adult they treat whether children live with them or depend on "
    "their care, and to record the answer.", ("fam.parental_mental_health", "fam.parental_substance_misuse", "assess.whole_family"),
)  # fmt: skip


def c928(c: Ctx) -> None:  # Panel national review summary: "Key facts" sidebar (never); a big numeral over each finding
    d, s = c.doc, c.spec
    title = _TITLES31.get(s.scenario, _TITLES31["PARENTAL"])
    d.meta["title"] = title
    _hf(c, "Child Safeguarding Practice Review Panel")
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", title)
    d.add("cover", "Summary report")
    d.add("cover", _month_only(c))
    _break(c)
    d.add("h1", "About this review")
    d.add("p", "This national review was commissioned by the Child Safeguarding Practice Review Panel under its "
          "duties in the Children and Social Work Act 2017. It drew on rapid reviews and local reviews notified to "
          "the Panel, and on conversations with practitioners and families.")  # fmt: skip
    d.add("sidebar", "Key facts: 21 serious incidents notified to the Panel were reviewed; 14 of the children were "
          "known to children's social care at the time; 9 had been seen by a health practitioner in the month "
          "before the incident; 6 areas took part in practitioner focus groups.")  # fmt: skip
    d.add("h1", "What we found")
    single = re.compile(  # a sentence telling one child's, family's, case's or area's story
        r"this (?:area|case)|\bboth parents\b|grandmother|the same family|the children's lives"
        r"|\bthe children (?:were|told)\b|\bthe (?:MASH|family|mother|father|stepfather|child|baby|case|conference"
        r"|core group|incident|address|property|GP was|police did)\b",
        re.I,
    )
    national = [st for st in _sts(c, 80) if not single.search(st.body)]
    for i, st in enumerate(national[:3], 1):
        d.add("bignum", str(i))
        key = d.lesson("finding", str(i), f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    d.add("h1", "Our recommendations")
    addressed = _ADDRESSED if s.scenario == "CCE" else (*_ADDRESSED[:2], _ADDRESSED_PARENTAL)
    for j, (agency, text, themes) in enumerate(addressed, 1):
        key = d.lesson("recommendation", f"Recommendation {j}", text, themes, agency)
        d.add("h2", f"Recommendation {j}", key)
        d.add("small", f"Addressed to: {agency}")
        _p(c, text, key)


# --- C929: headings in a margin column beside the paragraph they head ---------------------------------------------


def c929(c: Ctx) -> None:  # LCSPR: "Learning N" and its title in a margin column beside the paragraph (label, title)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _front(c, partnership)
    d.add("h1", "What we learned")
    d.add("p", "Each learning point is named in the margin beside the paragraph that sets it out.")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("sidehead", keys=key, cells=(f"Learning {i}", st.title, st.body))
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("sidehead", keys=d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
              cells=(f"Recommendation {j}", "", r.text))  # fmt: skip
    _conclusion(c)


# --- C930: a landscape findings matrix bound into a portrait serious case review ----------------------------------

_AGENCIES = (  # a child of school age: school, never health visiting
    "School; GP practice",
    "Children's social care; Police",
    "School; Children's social care",
    "Police; Children's social care",
)
_AGENCIES_UNDER5 = (  # a child under five: health visiting, never a school
    "Health visiting; GP practice",
    "Children's social care; Police",
    "Health visiting; Children's social care",
    "Police; Health visiting",
)


def c930(c: Ctx) -> None:  # SCR: a landscape "Findings matrix" Ref. / Finding / Agencies / Links (Finding cell, "F1")
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}"
    _hf(c, f"{title} | Overview report")
    _cover(c, partnership, title, "Overview report", f"Independent author: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    _contents(c)
    n = _front(c, partnership, numbered=True)
    d.add("h1", f"{n}. Findings")
    d.add("p", "The findings are set out in the matrix on the next page, with the agencies each finding concerns and "
          "the recommendations that answer it.")  # fmt: skip
    recs = _recs(c, 4)
    agencies = _AGENCIES if _age_years(s.age) >= 5 else _AGENCIES_UNDER5
    d.add("landscape")
    d.add("h2", "Findings matrix")
    d.add("header", cells=("Ref.", "Finding", "Agencies involved", "Links to"), label="matrix31a")
    for i, st in enumerate(_sts(c, 4), 1):
        key = d.lesson("finding", f"F{i}", st.body, st.themes)
        d.add("row", st.body, key, cells=(f"F{i}", st.body, agencies[i - 1], f"R{i}"), label="matrix31a")
    d.add("portrait")
    d.add("h1", f"{n + 1}. Recommendations")
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}")
    _glossary(c, "Appendix: Glossary")


# --- C931: a learning brief whose sidebars beside the narrative hold the learning ---------------------------------


def c931(c: Ctx) -> None:  # learning brief: each sidebar headed by a learning's title beside a narrative paragraph
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Learning brief: {s.child}"
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Published {c.printed_date()}")
    d.add("h1", "About the review")
    d.add("p", f"{_intro_short(c, partnership)} This brief sets out what the Local Child Safeguarding Practice "
          f"Review, led by {s.author}, found.")  # fmt: skip
    d.add("h1", "What happened and what we learned")
    events = _events(c, 3)
    for i, st in enumerate(_sts(c, 3)):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        story = events[i] if i < len(events) else "Practitioners described this period at the learning event."
        d.add("sidelearn", st.body, key, cells=(story, st.title))
    d.add("h1", "What the partnership will do")
    for r in _recs(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "Questions for your team")
    for q in _QUESTIONS[:2]:
        d.add("p", q)


# --- C932: a designed cover: the title over three lines in three sizes, the date in a coloured band --------------


def c932(c: Ctx) -> None:  # cover: "<type>" small / "<child>" large / "Overview report"; the month in a shaded band
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    d.meta["title"] = title
    month = _month_only(c)
    _hf(c, title)
    d.add("cover", partnership)
    d.add("cover", "Local Child Safeguarding Practice Review")
    d.add("title", s.child)
    d.add("cover", "Overview report")
    d.add("sidebar", month)
    d.add("cover", f"Independent reviewer: {s.author}")
    _break(c)
    _front(c, partnership)
    if s.fmt == "pdf":
        d.add("twocol")
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    _break(c)
    _num_recs(c, _recs(c, 3))
    _conclusion(c)


# --- C933: the review type only in a strapline under a designed title ----------------------------------------------


def c933(c: Ctx) -> None:  # title "Through <child>'s eyes", strapline "Learning from a serious case review"; boxes
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Through {s.child}'s eyes"
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", "Learning from a serious case review")
    d.add("cover", f"Written by {s.author} | {c.printed_date()}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 20))}. The Board commissioned this "
          f"review to understand how agencies worked with {s.child} and {_poss(c)} family. This report is written "
          f"for the practitioners who knew {s.child}.")  # fmt: skip
    d.add("h1", "The story")
    for text in _events(c, 2):
        d.add("p", text)
    d.add("h1", "What we learned")
    for i, st in enumerate(_sts(c, 3), 1):
        label = f"Learning point {i}"
        d.add("box", st.body, d.lesson("learning_point", label, st.body, st.themes), label=label)
    d.add("h1", "What the Board will do")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


# --- C934: a landscape action plan bound between the findings and the conclusion -----------------------------------


def c934(c: Ctx) -> None:  # LCSPR: "Learning into action" landscape action plan before the conclusion (C50's rule)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    _contents(c)
    _front(c, partnership)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    d.add("landscape")
    d.add("h1", "Learning into action")
    d.add("header", cells=("No.", "Recommendation", "Action", "Lead", "By when", "RAG"), label="land")
    year = int(s.published[:4])
    actions = (
        ("Audit a sample of cases and report the findings to the partnership", "Multi-agency audit"),
        ("Revise the guidance and brief practitioners on the changes", "Practitioner briefings"),
        ("Add the learning to the multi-agency training programme", "Report progress to the executive"),
    )
    for j, r in enumerate(_recs(c, 3), 1):
        a1, a2 = actions[j - 1]
        agency = r.agency or "Safeguarding partnership"
        d.add("planrow", keys=d.lesson("recommendation", str(j), r.text, r.themes, agency),
              cells=(str(j), r.text, agency, ("Green", "Amber", "Amber")[j - 1], a1, f"March {year + 1}", a2,
                     f"September {year + 1}"))  # fmt: skip
    d.add("portrait")
    _conclusion(c)
    _glossary(c, "Glossary")


# --- C935: icons and circled numerals as bullets ------------------------------------------------------------------

_CIRCLED = ("\u2460", "\u2461", "\u2462", "\u2463")


def _circled(c: Ctx, text: str, key: int, mark: str) -> None:
    """A paragraph under a circled numeral: hanging in print, set before the words on the web."""
    if c.spec.fmt == "pdf":
        c.doc.add("num", text, key, label=mark)
    else:
        c.doc.add("runin", text, key, label=mark, bold_label=False)


def c935(c: Ctx) -> None:  # briefing: learning under circled numerals (label the figure); good practice as ticks
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    d.font = "dejavu-sans"
    title = f"Learning from the review of {s.child}"
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Practitioner briefing | {c.printed_date()}")
    d.add("h1", "About the review")
    d.add("p", f"{_intro_short(c, partnership)} The Local Child Safeguarding Practice Review was led by {s.author}.")
    d.add("h1", "\u2714 What went well")
    for g in _good(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes), label="\u2714")
    d.add("h1", "\u26a0 What we learned")
    for i, st in enumerate(_sts(c, 3), 1):
        _circled(c, st.body, d.lesson("learning_point", str(i), st.body, st.themes), _CIRCLED[i - 1])
    d.add("h1", "\u27a4 What happens next")
    for j, r in enumerate(_recs(c, 2), 1):
        _circled(c, r.text, d.lesson("recommendation", str(j), r.text, r.themes), _CIRCLED[j - 1])
    d.add("small", "Please share this briefing with your team.")


# --- C936: coloured "Lesson N" boxes, one copy scanned ----------------------------------------------------------


def c936(c: Ctx) -> None:  # SCR executive summary: "Lesson N" boxes (the scan prints each box's heading and text)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}. Executive Summary"
    _cover(c, partnership, title, f"Independent author: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "1. Introduction")
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 20))}. The review was conducted "
          "under chapter 8 of Working Together to Safeguard Children.")  # fmt: skip
    d.add("h1", "2. Summary of events")
    for text in _events(c, 2):
        d.add("p", text)
    d.add("h1", "3. Lessons learned")
    for i, st in enumerate(_sts(c, 3), 1):
        label = f"Lesson {i}"
        key = d.lesson("learning_point", label, st.body, st.themes)
        if s.fmt == "scan":
            d.add("h2", label, key)
            d.add("p", st.body, key)
        else:
            d.add("box", st.body, key, label=label)
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


# --- C937: three learning tiles side by side in a layout table --------------------------------------------------


def c937(c: Ctx) -> None:  # LCSPR: three tiles side by side, "Learning N: title" over each text (a column each)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _front(c, partnership)
    d.add("h1", "What we learned")
    d.add("p", "The review's three learning points are set side by side below.")
    sts = _sts(c, 3)
    keys = tuple(
        d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        for i, st in enumerate(sts, 1)
    )
    d.add("header", cells=tuple(f"Learning {i}: {st.title}" for i, st in enumerate(sts, 1)), label="tri31a")
    if s.fmt == "pdf":
        d.add("duorow", cells=tuple(st.body for st in sts), keys=keys, label="tri31a")
    else:
        d.add("row", cells=tuple(st.body for st in sts), keys=keys, label="tri31a")
    _num_recs(c, _recs(c, 3))
    _conclusion(c)


# --- C938: a pull quote repeating a recommendation ----------------------------------------------------------------


def c938(c: Ctx) -> None:  # LCSPR: a pull quote after recommendation 1 repeating recommendation 2 word for word (never)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _contents(c)
    _front(c, partnership)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    recs = _recs(c, 4)
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
        if j == 1:
            d.add("pullquote", f"\u201c{recs[1].text}\u201d")
    _conclusion(c)


# --- C939: the review's particulars only in a sidebar ---------------------------------------------------------


def c939(c: Ctx) -> None:  # web page: "About this review" sidebar the only place for type, date and reviewer
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"{s.child}: learning from the review"
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    d.add("sidebar", f"About this review. Type: Local Child Safeguarding Practice Review. Published: "
          f"{c.printed_date()}. Lead reviewer: {s.author}.")  # fmt: skip
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 18))}. The partnership "
          f"commissioned this review to understand how agencies worked with {s.child} and {_poss(c)} family.")  # fmt: skip
    d.add("h1", "What we learned")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Learning {i}", "learning_point")
        _p(c, st.body, key)
    d.add("h1", "What will change")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("sidebar", "Related pages: Our case reviews; Training for practitioners; Report a concern about a child.")


# --- C940: an "In short" margin note beside each finding, repeating its first sentence -----------------------------


def c940(c: Ctx) -> None:  # SCR: "In short" margin note beside each finding's paragraph (never a second copy)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, "Overview report", f"Independent author: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    _contents(c)
    _front(c, partnership)
    d.add("h1", "Findings")
    for i, st in enumerate(_long(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        d.add("sidelearn", _sentences(st.body)[0], key, cells=(st.body, "In short"))
    _num_recs(c, _recs(c, 4))
    _conclusion(c)
    _glossary(c, "Appendix: Glossary")


# --- C941: a closing "Learning on a page" of tiles repeating the learning --------------------------------------


def c941(c: Ctx) -> None:  # LCSPR: "Learning N: title" learning, then a "Learning on a page" of tiles (never copies)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _contents(c)
    _front(c, partnership)
    d.add("h1", "Learning")
    sts = _long(c, 4)
    for i, st in enumerate(sts, 1):
        key = _headed(c, st, f"Learning {i}", "learning_point")
        _p(c, st.body, key)
    _num_recs(c, _recs(c, 3))
    _conclusion(c)
    _break(c)
    d.add("h1", "Learning on a page")
    for j in range(0, len(sts), 2):
        pair = list(enumerate(sts[j : j + 2], j + 1))
        d.add("header", cells=tuple(f"Learning {i}: {st.title}" for i, st in pair), label="tiles31a")
        d.add("row", cells=tuple(_sentences(st.body)[0] for _, st in pair), label="tiles31a")


# --- C942: a seven-minute briefing whose steps are numbered in a margin column --------------------------------------


def c942(c: Ctx) -> None:  # seven-minute briefing: steps "1"-"7" in the margin over their headings (no label)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Seven minute briefing: {s.child}"
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Published {c.printed_date()}")
    sts = _sts(c, 3)
    rec = _recs(c, 1)[0]
    d.add("sidehead", cells=("1", "Background", _intro_short(c, partnership)))
    d.add("sidehead", cells=("2", "The review", f"The Local Child Safeguarding Practice Review was led by "
                                                f"{s.author}. It looked at the year before the incident."))  # fmt: skip
    for i, st in enumerate(sts, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("sidehead", keys=key, cells=(str(i), f"Learning: {st.title}", st.body))
    d.add("sidehead", keys=d.lesson("recommendation", "", rec.text, rec.themes),
          cells=("6", "What needs to change", rec.text))  # fmt: skip
    d.add("sidehead", cells=("7", "Reflect", " ".join(_QUESTIONS)))


BUILDERS = {
    f"C{int(name[1:]):03d}": _of_its_time(_printed_only(_named(fn)))
    for name, fn in list(globals().items())
    if re.fullmatch(r"c(92[5-9]|93\d|94[0-2])", name)
}
