"""Corpus generator: the seventeenth blind held-out set, first half: C421-C438 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. The half leans to the typography and reading order of the printed
page: a text box printed between two halves of a finding, a good practice box
that floats into the middle of a narrative paragraph or below the next
section's heading, drop capitals, letter-spaced capital headings, small
capitals opening a paragraph, kickers above headings, curly quotes and
ligatures, a list of recommendations with tab leaders that is a contents list,
dot leaders running to a lead agency, hanging indents with right-aligned
numbers, numbers in the margin that are paragraph numbers, a finding broken
by a full-page figure, a running header that names the section above a
widowed last line, numbers printed alone in circles over bare page numbers, a
learning point across a column break, an "At a glance" sidebar that repeats
the learning's titles, and a cover whose display lines put the child first.
Each builder declares every lesson as a careful reader would record it: kind,
printed label, heading (title) where there is one, agency where the document
gives one, and only the metadata it prints.

The set uses only element kinds the earlier writers already draw, so no
writer is changed and documents of earlier sets come out as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .conv_blind16a import _CHILDS_WORDS, _good_practice, _keep, _sentences
from .conv_blind16a import _recommendations as _recommendations16
from .conv_blind16a import _statements as _statements16
from .conv_common import case_events as _chron
from .conv_common import event_months as _months
from .conv_common import fits_child_and_services as _fits
from .conv_common import front_with_events as _front
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_common import pub_cover as _pub_cover
from .conv_specs import TYPE_NAMES, Ctx

# A sidebar in small type that the column break prints inside a learning point (C436): never a lesson.
KEY_TERMS = (
    "Key terms: a strategy discussion is held whenever there is reasonable cause to suspect that a child is "
    "suffering, or is likely to suffer, significant harm."
)
# Events drawn in a full-page figure (C426): never lessons.
FIGURE_EVENTS = (
    "Referral to children's social care",
    "GP appointment",
    "Police attend the home",
    "Strategy discussion",
    "Child and family assessment closed",
)


# An age told in words ("Child H was sixteen"): it must be the child's own.
_AGE_WORDS = {"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17}
_AGE_WORD = re.compile(r"\b(" + "|".join(_AGE_WORDS) + r")\b", re.I)


def _statements(c: Ctx, n: int) -> list:
    """n statements as set 16 draws them that fit the child, none telling an age in words other than the child's
    nor, for a child under three, the child's own words or wishes."""
    years = int(c.spec.age.split()[0]) if c.spec.age.endswith("years") else 0

    def fits(text: str) -> bool:
        if years < 3 and _CHILDS_WORDS.search(text):
            return False
        return _fits(c, text) and all(_AGE_WORDS[w.lower()] == years for w in _AGE_WORD.findall(text))

    return _keep(c, n, _statements16, lambda st: f"{st.title} {st.body}", fits)


def _recommendations(c: Ctx, n: int) -> list:
    """n recommendations as set 16 draws them that fit the child (no health visitor for a child at school)."""
    return _keep(c, n, _recommendations16, lambda r: r.text, lambda t: _fits(c, t))


def _spaced(word: str) -> str:
    """A word in letter-spaced capitals, as a PDF's text layer gives it ("F I N D I N G S")."""
    return " ".join(word.upper())


def _numbered(c: Ctx, n: int = 3, heading: str = "Recommendations") -> None:
    """A heading and n recommendations numbered "1.", "2.", ..."""
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(_recommendations(c, n), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def _two_sentences(c: Ctx, n: int) -> list:
    """n statements of two sentences or more (any statements when too few have two)."""
    return [st for st in _statements(c, 2 * n) if len(_sentences(st.body)) >= 2][:n] or _statements(c, n)


def _halves(text: str) -> tuple[str, str]:
    """A paragraph cut at the word nearest its middle, as a floating box cuts it."""
    words = text.split()
    mid = len(words) // 2
    return " ".join(words[:mid]), " ".join(words[mid:])


def _intro(c: Ctx) -> None:
    d = c.doc
    d.add("h1", "Introduction")
    d.add("p", f"{c.spec.child} was {c.spec.age} old at the time of the incident that led to this review.")
    d.add("p", "The review met the practitioners involved and read the agencies' chronologies.")


# --- the conventions --------------------------------------------------------------------------


def c421(c: Ctx) -> None:  # a "Case example" text box printed between the two halves of a finding
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings")
    events = _chron(c, 3)
    for i, st in enumerate(_two_sentences(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        parts = _sentences(st.body)
        d.add("p", parts[0], key)
        d.add(
            "box",
            events[i - 1] if i - 1 < len(events) else "The agencies' records of the period.",
            label="Case example",
        )
        if parts[1:]:
            d.add("p", " ".join(parts[1:]), key)
    _numbered(c)


def c422(c: Ctx) -> None:  # a drop capital: each learning paragraph's first letter printed apart, large
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "What the review learned")
    sts = [st for st in _statements(c, 6) if st.body[:1].isalpha() and not st.body.startswith(("A ", "I "))][:3]
    for i, st in enumerate(sts, 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        d.add("p", st.body[0], key)
        d.add("p", st.body[1:], key)
    _numbered(c)


def c423(c: Ctx) -> None:  # letter-spaced capital headings: "F I N D I N G 2" over the title in capitals
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        title = st.title.upper()
        key = d.lesson("finding", f"Finding {i}", f"{title} {st.body}", st.themes, title=title)
        d.add("h2", f"{_spaced('Finding')} {i}", key)
        d.add("h2", title, key)
        d.add("p", st.body, key)
    _numbered(c)
    # every one-word section heading letter-spaced as the finding labels are
    d.elements = [replace(e, text=_spaced(e.text)) if e.kind == "h1" and " " not in e.text else e for e in d.elements]


def c424(c: Ctx) -> None:  # a "List of recommendations" with tab leaders and page numbers: a contents list
    d = c.doc
    _pub_cover(c)
    recs = _recommendations(c, 4)
    d.add("h1", "List of recommendations")
    for j, _r in enumerate(recs, 1):
        d.add("p", f"Recommendation {j} {'.' * 40} p.{3 + (j - 1) // 2}")
    if c.spec.fmt != "html":
        d.add("pagebreak")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations")
    for j, r in enumerate(recs, 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h3", f"Recommendation {j}", key)
        d.add("p", r.text, key)


def c425(c: Ctx) -> None:  # numbers in the margin of every paragraph: paragraph numbers, never the learning's labels
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Learning")
    d.add("p", "Each point of learning is set out under its own heading.")
    for i, st in enumerate(_statements(c, 3), 1):
        label = f"Learning point {i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        d.add("p", st.body, key)
    _numbered(c)
    # every paragraph gets its section's number in a margin column: "4.2"
    out, section, k = [], 0, 0
    for e in d.elements:
        if e.kind == "h1":
            section, k = section + 1, 0
        if e.kind == "p" and section:
            k += 1
            e = replace(e, kind="sidehead", text="", cells=(f"{section}.{k}", "", e.text))
        out.append(e)
    d.elements = out


def c426(c: Ctx) -> None:  # a finding broken by a full-page figure: a timeline of the agencies' contact
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Findings")
    sts = _two_sentences(c, 3)
    for i, st in enumerate(sts, 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        parts = _sentences(st.body)
        d.add("p", parts[0], key)
        if i == 2:
            d.add("pagebreak")
            d.add("h3", "Figure 1: Agencies' contact with the family over the period reviewed")
            for month, event in zip(_months(c, len(FIGURE_EVENTS)), FIGURE_EVENTS):
                d.add("small", f"{month}: {event}")
            d.add("small", "Source: the agencies' chronologies.")
            d.add("pagebreak")
        if parts[1:]:
            d.add("p", " ".join(parts[1:]), key)
    _numbered(c)


def c427(
    c: Ctx,
) -> None:  # a running header naming the section; a learning point's last line widowed onto the next page
    d = c.doc
    d.header = f"Section 4: What we learned | {d.meta['title']}"
    _pub_cover(c)
    _front(c)
    d.add("h1", "4. What we learned")
    for i, st in enumerate(_statements(c, 3), 1):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        words = st.body.split()
        if i == 2 and len(words) > 12:
            d.add("p", " ".join(words[:-5]), key)
            d.add("pagebreak")
            d.add("p", " ".join(words[-5:]), key)
        else:
            d.add("p", st.body, key)
    _numbered(c, heading="5. Recommendations")


def c428(c: Ctx) -> None:  # good practice boxes that float into the middle of a narrative paragraph
    d = c.doc
    _pub_cover(c)
    _intro(c)
    d.add("h1", "The agencies' involvement")
    events = [e for e in _chron(c, 3)]
    for i, g in enumerate(_good_practice(c, 2)):
        event = events[i] if i < len(events) else ""
        first, rest = _halves(event) if len(event.split()) >= 12 else (event, "")
        if first:
            d.add("p", first)
        d.add("box", g.text, d.lesson("good_practice", "", g.text, g.themes), label="Good practice")
        if rest:
            d.add("p", rest)
    d.add("h1", "Learning")
    for st in _statements(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    _numbered(c)


def c429(c: Ctx) -> None:  # numbers printed alone in circles over each recommendation; bare page numbers in the footer
    d = c.doc
    d.footer = "{x}"
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "What needs to happen")
    for j, r in enumerate(_recommendations(c, 4), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes)
        d.add("h3", str(j), key)
        d.add("p", r.text, key)


def c430(c: Ctx) -> None:  # a long list of recommendations in hanging indents, numbers right-aligned (" 9.", "10.")
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 2), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations")
    d.add("p", "The partnership has accepted all of the recommendations below.")
    for j, r in enumerate(_recommendations(c, 11), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j:>2}.")


def c431(c: Ctx) -> None:  # an "At a glance" sidebar listing the learning's titles before the learning
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Learning")
    sts = _statements(c, 3)
    d.add("h3", "At a glance")
    for st in sts:
        d.add("bullet", st.title)
    d.add("small", "Read the full learning below.")
    for st in sts:
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    _numbered(c)


def c432(c: Ctx) -> None:  # each finding's paragraph opened by its title in small capitals, no heading
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    d.add("p", "The review's findings follow. Each is introduced by the words that summarise it.")
    for st in _statements(c, 3):
        title = st.title.upper()
        text = f"{title} {st.body}"
        d.add("p", text, d.lesson("finding", "", text, st.themes, title=title))
    _numbered(c)


def _curly(text: str) -> str:
    return text.replace("'", "\u2019")


def c433(c: Ctx) -> None:  # learning headings in curly quotes, curly apostrophes, fi/fl ligatures in the PDF
    d = c.doc
    if c.spec.fmt == "pdf":
        d.font, d.ligatures = "dejavu-serif", True
    _pub_cover(c)
    _front(c)
    d.add("h1", "What we learned")
    for st in _statements(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"\u201c{st.title}\u201d", key)
        d.add("p", st.body, key)
    _numbered(c)
    # typeset apostrophes throughout, in the lessons as printed
    d.elements = [replace(e, text=_curly(e.text), cells=tuple(_curly(x) for x in e.cells)) for e in d.elements]
    for lesson in d.lessons:
        lesson.text, lesson.title = _curly(lesson.text), _curly(lesson.title)


def c434(c: Ctx) -> None:  # a good practice box pushed below the next section's heading
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Learning")
    for st in _statements(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    recs = _recommendations(c, 3)
    d.add("h1", "Recommendations")
    for g in _good_practice(c, 2):
        d.add("box", g.text, d.lesson("good_practice", "", g.text, g.themes), label="Spotlight on good practice")
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c435(c: Ctx) -> None:  # a cover whose display lines put the child first, the review type under it in small capitals
    d = c.doc
    s = c.spec
    d.header = d.meta["title"]
    d.add("title", s.child.upper())
    d.add("cover", TYPE_NAMES.get(s.review_type, "Review").upper())
    d.add("cover", c.partnership)
    d.add("cover", f"INDEPENDENT REVIEWER {s.author}")
    d.add("cover", f"PUBLISHED {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    _intro(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_statements(c, 3), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        d.add("p", st.body, key)
    _numbered(c)


def c436(
    c: Ctx,
) -> None:  # a learning point across the column break of a two-column page, a key-terms sidebar inside it
    d = c.doc
    _pub_cover(c)
    _front(c)
    if c.spec.fmt == "pdf":
        d.add("twocol")
    d.add("h1", "Learning")
    for i, st in enumerate(_two_sentences(c, 3), 1):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        parts = _sentences(st.body)
        if i == 2 and parts[1:]:
            d.add("p", parts[0], key)
            d.add("small", KEY_TERMS)
            d.add("p", " ".join(parts[1:]), key)
        else:
            d.add("p", st.body, key)
    if c.spec.fmt == "pdf":
        d.add("pagebreak")
    _numbered(c)


def c437(c: Ctx) -> None:  # dot leaders running from each recommendation to its lead agency at the right
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations")
    d.add("small", "Recommendation .......... Lead agency")
    for j, r in enumerate(_recommendations(c, 4), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("num", f"{r.text} {'.' * 12} {r.agency}", key, label=f"{j}.")


def c438(c: Ctx) -> None:  # a kicker in small capitals above each learning heading: "KEY LEARNING 2"
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Key learning")
    for i, st in enumerate(_statements(c, 3), 1):
        key = d.lesson("learning_point", f"Key learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("small", f"KEY LEARNING {i}", key)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    _numbered(c)


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
