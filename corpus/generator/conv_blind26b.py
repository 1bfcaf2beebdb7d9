"""Corpus generator: the twenty-sixth blind held-out set, second half: conventions C763-C780 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to the furniture of long published PDFs and
web pages and how a lesson reads across it: contents pages that name every finding and recommendation (with page
numbers, or typed with dotted leaders), chapter opener pages, a pull quote in large type between learning points, a
glossary table and photographs' captions printed between lessons, a landscape chronology page between two findings,
a learning point broken over a page under a running header with a protective marking, a footnote at the foot of the
page between a learning point's two halves, a "Recommendations at a glance" box and a sidebar of truncated
recommendations (never lessons), an "At a glance" page of figures, and web pages with a cookie banner, a "Jump to"
list, "Share this page" links and "Related reviews". A second, smaller emphasis is metadata that only the furniture
prints: the review type only in the running footer, the publication only in the running footer or only in a web
page's "Last updated:" line, the partnership only in a web page's copyright footer, a print date and the page's
address on every page of a web page printed to PDF.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where one names the lesson, agency where the document gives one) and only the metadata the document itself
prints. The set uses only element kinds the earlier writers already draw, so no writer is changed and every earlier
document comes out as before.
"""

from __future__ import annotations

import re

from . import narrative
from .conv_blind import sentences
from .conv_blind18b import _p, _runin
from .conv_blind20b import _before, _month, _other_child, _wt_year
from .conv_blind23b import _cover, _opening, _poss, _recs, _setup, _sts
from .conv_blind24b import _headed_findings, _intro, _numbered_recs
from .conv_common import age_years as _years
from .conv_common import background as _background
from .conv_common import case_events as _case_events
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_common import slash_date
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import TYPE_NAMES, Ctx

COLUMN_WIDTHS["chron26b"] = ((0.16, 0.22, 0.62), True)  # Date / Agency / Contact on a landscape page

# --- pieces the builders share -------------------------------------------------------------------------------------


def _type_name(c: Ctx) -> str:
    return TYPE_NAMES.get(c.spec.review_type, "Review")


def _short_type(c: Ctx) -> str:
    return {"SCR": "SCR", "LCSPR": "LCSPR"}.get(c.spec.review_type, "Review")


def _long(c: Ctx, n: int, least: int = 2, more: int = 10) -> list:
    """n statements of at least `least` sentences where the `more` extra drawn have them (shorter ones after)."""
    pool = _sts(c, n + more)
    good = [st for st in pool if len(sentences(st.body)) >= least]
    return (good + [st for st in pool if st not in good])[:n]


def _subject(r) -> str:
    """A recommendation's subject in a few words, from its first theme ("Information sharing")."""
    theme = r.themes[0].split(".")[-1].replace("_", " ")
    theme = {
        "cp processes": "child protection processes",
        "sudi safer sleep": "safer sleep",
        "critical thinking challenge": "professional challenge",
        "universal health": "health records",
        "cross boundary transfer": "cross-boundary transfer",
    }.get(theme, theme)
    theme = re.sub(r"\b(cp|cse|cce|sudi|mash|idva|camhs)\b", lambda m: m.group(1).upper(), theme)
    return theme[0].upper() + theme[1:]


def _learning(c: Ctx, st, label: str) -> int:
    """A learning point under "<label>: title" (or the title alone), its paragraph below; returns its key."""
    d = c.doc
    key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
    d.add("h2", f"{label}: {st.title}" if label else st.title, key)
    _p(c, st.body, key)
    return key


def _story(c: Ctx, heading: str = "Background") -> None:
    """The case's background and two events of its chronology (narrative, never lessons)."""
    _background(c, heading, _case_events(c, 2))


def _halves(text: str) -> tuple[str, str]:
    parts = sentences(text)
    half = (len(parts) + 1) // 2
    return " ".join(parts[:half]), " ".join(parts[half:])


def _related(c: Ctx, n: int = 3) -> list[str]:
    """Other reviews' titles, as a "Related reviews" list prints them (never this document's)."""
    out = []
    for step in range(1, 40):
        other = _other_child(c, step * 3)
        if other not in out:
            out.append(other)
        if len(out) == n:
            break
    kinds = ("Local Child Safeguarding Practice Review", "Serious Case Review", "Rapid review briefing")
    return [f"{kinds[k % 3]}: {name}" for k, name in enumerate(out)]


def _url(c: Ctx) -> str:
    area = re.sub(r"[^a-z]", "", c.spec.area.lower())
    child = re.sub(r"[^a-z0-9]+", "-", c.spec.child.lower()).strip("-")
    return f"https://www.{area}scp.org.uk/professionals/case-reviews/{child}/"


# --- contents pages, chapter openers, pull quotes and what is printed between lessons -------------------------------


def c763(c: Ctx) -> None:  # a contents page naming every finding and recommendation; OFFICIAL in the running header
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    d.header, d.marking = f"{_short_type(c)} {s.child}: overview report", "OFFICIAL"
    _cover(c, partnership)
    sts, recs = _sts(c, 3), _recs(c, 3)
    if s.fmt == "pdf":
        d.add("toc")
    else:  # Word: the contents typed as lines, one a heading
        d.add("h1", "Contents")
        for line in ("1. Introduction", "2. Background", "3. Findings",
                     *[f"Finding {i}: {st.title}" for i, st in enumerate(sts, 1)], "4. Recommendations", *[f"Recommendation {j}" for j in range(1, len(recs) + 1)]):  # fmt: skip
            d.add("p", line)
    d.add("pagebreak")
    _intro(c, partnership, "1. Introduction")
    _story(c, "2. Background")
    d.add("pagebreak")
    d.add("h1", "3. Findings")
    for i, st in enumerate(sts, 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        _p(c, st.body, key)
    d.add("pagebreak")
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(recs, 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j}", key)
        _p(c, r.text, key)


def _dots(entry: str, page: int, width: int = 72) -> str:
    return f"{entry} {'.' * max(width - len(entry) - len(str(page)) - 2, 3)} {page}"


def c764(c: Ctx) -> None:  # a typed contents page, dotted leaders to page numbers, naming each lesson
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    d.header = f"{_type_name(c)}: {s.child}"
    _cover(c, partnership)
    sts, recs = _sts(c, 3), _recs(c, 3)
    d.add("h1", "Contents")
    entries = [("1. Introduction and background", 3), ("2. Learning", 4)]
    entries += [(f"Learning point {i}: {st.title}", 3 + i) for i, st in enumerate(sts, 1)]
    entries += [("3. Recommendations", 7)] + [(f"Recommendation {j}", 7) for j in range(1, len(recs) + 1)]
    for entry, page in entries:
        d.add("p", _dots(entry, page, 70 if s.fmt == "txt" else 64))
    d.add("pagebreak")
    _intro(c, partnership, "1. Introduction and background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("pagebreak")
    d.add("h1", "2. Learning")
    for i, st in enumerate(sts, 1):
        if i > 1:
            d.add("pagebreak")  # each learning point starts a page, as the contents says
        _learning(c, st, f"Learning point {i}")
    d.add("pagebreak")
    d.add("h1", "3. Recommendations")
    for j, r in enumerate(recs, 1):
        _runin(c, r.text, d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes), f"Recommendation {j}:")


def c765(c: Ctx) -> None:  # chapter opener pages: a page holding only the chapter's number and its heading
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    d.header = c.title()
    _cover(c, partnership)

    def opener(number: str, heading: str) -> None:
        d.add("title", number)
        d.add("h1", heading)
        d.add("pagebreak")

    opener("1", "Introduction")
    d.add("p", f"{_opening(c)} {partnership} commissioned this review to understand how agencies worked with "
          f"{c.spec.child} and {_poss(c)} family.")  # fmt: skip
    d.add("pagebreak")
    opener("2", "What we found")
    d.add("p", "This chapter sets out the review's findings.")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"2.{i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"2.{i} {st.title}", key)
        d.add("p", st.body, key)
    d.add("pagebreak")
    opener("3", "What needs to change")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"3.{j}", r.text, r.themes), label=f"3.{j}")


def c766(c: Ctx) -> None:  # a pull quote in large centred type after a learning point, repeating one of its sentences
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "What we learned")
    for k, st in enumerate(_long(c, 3, 2), 1):
        _learning(c, st, "")
        if k < 3:
            parts = sentences(st.body)
            d.add("cover", f"“{parts[-1] if len(parts) > 1 else parts[0]}”")
    _numbered_recs(c, 3)


def c767(c: Ctx) -> None:  # a glossary table printed between two learning points
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 4), 1):
        _learning(c, st, f"Learning {i}")
        if i == 2:
            d.add("h2", "Terms used in this section")
            d.add("header", cells=("Term", "Meaning"))
            for term, meaning in narrative.GLOSSARY[:5]:
                d.add("row", cells=(term, meaning))
    _numbered_recs(c, 3)


_EVENTS = (
    ("GP", "The mother attended an appointment with low mood; a referral to talking therapies was made."),
    ("Police", "Police attended the home after a neighbour reported shouting; a domestic abuse report was completed."),
    ("Children's social care", "A referral was received and closed after a telephone call to the mother."),
    ("Health", "A missed appointment was followed up by letter only."),
    ("Education", "The school recorded concerns about attendance and appearance on its safeguarding system."),
)


def c768(c: Ctx) -> None:  # a landscape chronology page printed between two findings of a portrait report
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    d.header = f"{_type_name(c)} | {s.child}"
    _cover(c, partnership)
    _intro(c, partnership)
    _story(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        if i == 3:
            d.add("landscape")
            d.add("h2", "Table 1: Summary of agency contact in the period reviewed")
            d.add("header", cells=("Date", "Agency", "Contact"), label="chron26b")
            for k, (agency, event) in enumerate(_EVENTS):
                if agency == "Education" and _years(s.age) < 5:
                    continue
                d.add("row", cells=(_month(_before(c, 30 - 3 * k)), agency, event), label="chron26b")
            d.add("portrait")
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        _p(c, st.body, key)
    _numbered_recs(c, 3)


def c769(c: Ctx) -> None:  # a web page: cookie banner, breadcrumb, "Jump to" list, "Share this page", related reviews
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = c.title()
    d.add("small", "We use some essential cookies to make this website work. We would like to set additional cookies "
          "to understand how you use the site. Accept additional cookies | Reject additional cookies | View cookies")  # fmt: skip
    d.add("small", f"Home > Safeguarding professionals > Case reviews > {title}")
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("p", "Jump to:")
    for item in ("Summary", "Key findings", "Recommendations", "Download the report", "Related reviews"):
        d.add("bullet", item)
    d.add("h1", "Summary")
    d.add("p", f"{_opening(c)} {partnership} commissioned a {_type_name(c)}, led by {s.author}.")
    _headed_findings(c, 3, "Key findings")
    _numbered_recs(c, 3)
    d.add("h1", "Download the report")
    d.add("p", f"{title} (PDF, 1.4 MB)")
    d.add("p", "Share this page: Facebook | X | LinkedIn | Email")
    d.add("h1", "Related reviews")
    for other in _related(c):
        d.add("bullet", other)


def c770(c: Ctx) -> None:  # a web page printed to PDF: "Printed from <address> on <date>" on every page
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = c.title()
    printed = slash_date(_before(c, -7, 14))  # the day the page was printed, months after its publication
    d.header = f"Printed from {_url(c)} on {printed}"
    d.footer = "Page {x} of {y}"
    d.add("small", d.header)  # the print view heads its first page too (the writers' header starts on the second)
    d.add("small", f"Home > Professionals > Case reviews > {s.child}")
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("p", f"{_opening(c)} {partnership} published the {_type_name(c)}, written by {s.author}, on this page.")
    _story(c, "What happened")
    d.add("h1", "What we learned")
    for i, st in enumerate(_long(c, 3, 2), 1):
        if i != 2:
            _learning(c, st, "")
            continue
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        first, rest = _halves(st.body)
        _p(c, first, key)
        d.add("pagebreak")  # the print's page ends inside the learning
        _p(c, rest, key)
    d.add("h1", "What will change")
    for r in _recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("p", "Print this page | Share this page")
    d.add("small", f"© {partnership} | Privacy | Cookies | Accessibility")


def c771(c: Ctx) -> None:  # the review type only in the running footer; the cover's title says "overview report"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"{s.child}: overview report"
    d.meta["title"] = title
    d.footer = f"{_type_name(c)} – {s.child} – Page {{x}} of {{y}}"
    _cover(c, partnership, title, f"Report author: {s.author}", c.printed_date())
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {partnership} commissioned this review to learn how agencies worked with "
          f"{s.child} and {_poss(c)} family.")  # fmt: skip
    _story(c)
    _headed_findings(c, 3)
    _numbered_recs(c, 3)


def c772(c: Ctx) -> None:  # a "Recommendations at a glance" box naming each recommendation's subject (never lessons)
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    recs = _recs(c, 4)
    d.add("h1", "Executive summary")
    d.add("p", f"{_opening(c)} The review makes {len(recs)} recommendations to {partnership}.")
    glance = "; ".join(f"R{j} {_subject(r)}" for j, r in enumerate(recs, 1))
    d.add("box", glance, label="Recommendations at a glance")
    _headed_findings(c, 3)
    d.add("h1", "Recommendations")
    for j, r in enumerate(recs, 1):
        _runin(c, r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), f"R{j}")


def c773(c: Ctx) -> None:  # a web page naming the partnership only in its copyright footer
    d = c.doc
    partnership = c.partnership
    body = "the Board" if c.spec.review_type == "SCR" else "the partnership"
    _setup(c, body)
    title = c.title()
    d.add("small", "Home > Learning from reviews")
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("p", f"{_opening(c)} {body[0].upper()}{body[1:]} commissioned this review, written by {c.spec.author}.")
    d.add("h1", "What we learned")
    for st in _sts(c, 3):
        _learning(c, st, "")
    _numbered_recs(c, 3, f"What {body} will do")
    d.add("small", "Contact us | Accessibility | Privacy notice | Cookies")
    d.add("small", f"© {c.spec.published[:4]} {partnership}. All rights reserved.")


_CAPTIONS = (
    "Image posed by models. Stock photograph.",
    "Photograph for illustration only: the people shown are not the family in this review.",
    "Image posed by a model.",
)


def c774(c: Ctx) -> None:  # photographs' captions printed between the learning points
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        _learning(c, st, f"Learning point {i}")
        d.add("small", _CAPTIONS[i - 1])
    _numbered_recs(c, 3)


def c775(c: Ctx) -> None:  # an "At a glance" page of figures in large type before the lessons
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    sts, recs = _sts(c, 3), _recs(c, 4)
    d.add("h1", "At a glance")
    for line in (f"{len(sts)} findings", f"{len(recs)} recommendations", "7 agencies involved",
                 "2 learning events", "18 months reviewed"):  # fmt: skip
        d.add("cover", line)
    d.add("pagebreak")
    _intro(c, partnership)
    d.add("h1", "Findings")
    for i, st in enumerate(sts, 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c776(c: Ctx) -> None:  # "OFFICIAL-SENSITIVE until publication" on every page; a learning point over a page break
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = c.title()
    marking = "OFFICIAL-SENSITIVE until publication"
    d.header, d.marking = (title, marking) if s.fmt == "pdf" else (f"{title} | {marking}", "")
    _cover(c, partnership)
    _intro(c, partnership)
    _story(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_long(c, 3, 2), 1):
        if i != 2:
            _learning(c, st, f"Learning {i}")
            continue
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        first, rest = _halves(st.body)
        _p(c, first, key)
        d.add("pagebreak")
        _p(c, rest, key)
    _numbered_recs(c, 3)


def c777(c: Ctx) -> None:  # a web page whose only date is "Last updated:" at its foot, by "Was this page helpful?"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = c.title()
    d.add("small", f"Home > Case reviews > {title}")
    d.add("title", title)
    d.add("p", f"{_opening(c)} {partnership} commissioned a {_type_name(c)}. The independent reviewer was "
          f"{s.author}.")  # fmt: skip
    d.add("h1", "Key learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    for r in _recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("p", "Share this page: Facebook | X | Email | Copy link")
    d.add("p", "Was this page helpful? Yes | No")
    d.add("small", f"Last updated: {c.printed_date()}")
    d.add("h1", "Related reviews")
    for other in _related(c, 2):
        d.add("bullet", other)


def c778(c: Ctx) -> None:  # the publication printed only in the running footer
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    d.footer = f"{partnership} | Published {c.printed_date()} | Page {{x}} of {{y}}"
    _cover(c, partnership, c.title(), f"Independent reviewer: {s.author}")
    _intro(c, partnership)
    _story(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        _learning(c, st, f"Learning point {i}")
    _numbered_recs(c, 3)


def _note(c: Ctx) -> str:
    """The footnote's text: the edition of Working Together in force at publication (never a later one), or the
    local threshold guidance for a report published before the 2013 edition."""
    wt = _wt_year(c)
    if not wt:
        return "The LSCB's multi-agency threshold guidance, section 3."
    return f"HM Government ({wt}) Working Together to Safeguard Children, chapter 1."


def c779(c: Ctx) -> None:  # a footnote at the foot of the page between a learning point's two halves
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    d.footnote_space = 42 if s.fmt == "pdf" else 0
    d.header = f"{_type_name(c)}: {s.child}"
    _cover(c, partnership)
    _intro(c, partnership)
    _story(c)
    d.add("h1", "Key learning")
    for i, st in enumerate(_long(c, 3, 2), 1):
        label = f"Key learning {i}"
        if i != 2:
            _learning(c, st, label)
            continue
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        first, rest = _halves(st.body)
        after = sentences(first)[-1]
        if s.fmt == "pdf":
            d.add("fnp", first, key, label=f"1|{after}|{_note(c)}")
        else:  # the text copy: the marker in brackets, the note at the foot of its page
            d.add("p", first.replace(after, f"{after} [1]"), key)
            d.add("small", f"[1] {_note(c)}")
        d.add("pagebreak")
        _p(c, rest, key)
    _numbered_recs(c, 3)


def _cut(text: str, words: int = 6) -> str:
    return " ".join(text.split()[:words]).rstrip(",;:.") + "…"


def c780(c: Ctx) -> None:  # a sidebar listing each recommendation by its first words, cut off (never lessons)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = c.title()
    recs = _recs(c, 4)
    d.add("small", f"Home > Case reviews > {s.child}")
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("h2", "Recommendations in this review")
    for j, r in enumerate(recs, 1):
        d.add("bullet", f"Recommendation {j}: {_cut(r.text)}")
    d.add("h1", "About the review")
    d.add("p", f"{_opening(c)} {partnership} commissioned a {_type_name(c)} from {s.author}.")
    _headed_findings(c, 2)
    d.add("h1", "Recommendations")
    for j, r in enumerate(recs, 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j}", key)
        d.add("p", r.text, key)


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
