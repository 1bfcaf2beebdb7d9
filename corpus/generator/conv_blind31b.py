"""Corpus generator: the thirty-first blind held-out set, second half: conventions C943-C960 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to text as conversions leave it: the text
layer an OCR engine wrote for a scanned report (l for 1, O for 0, rn for m), ligatures left as presentation forms
("ﬁ", "ﬀ") or dropped ("noti cation"), glyph codes a PDF extraction prints for a font's "ti" ligature
("(cid:415)"), words run together where a PDF lost its spaces, a Word document whose lessons are typed with manual
line breaks and spaces instead of list numbering, UTF-8 decoded twice in the wrong code page ("Ã¢â‚¬â„¢"), a
Windows-1252 text saved as ASCII ("?" for every ’ and –), the page furniture of a PDF flowed into the paragraphs
of its Word conversion, letter-spaced headings as a text extraction prints them, tabs left inside sentences,
quoted-printable e-mail text ("=E2=80=99"), zero-width spaces from a content management system, superscript
ordinals and footnote markers set apart by the extraction ("3 rd"), a table flattened into tab-separated
paragraphs, Word's optional hyphens exported as "¬", and line-end hyphens left inside a copied summary
("safe- guarding"). A second emphasis is metadata damaged the same way: a title and an author's name hyphenated
across the cover's lines, a date broken at a line end, an area with a ligature or a dropped ligature, a date with
an OCR misreading ("2O11"), a child's name run into the next word, an accented author's name decoded twice.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where there is one, agency where the document gives one) and the metadata the document prints. Where the
damage is the conversion's (characters, spaces, hyphens, glyph codes, OCR misreadings, page furniture), the reader
records the words as the author wrote them, as set 19 records its damaged characters (C511, C514, C526) and as the
line-end hyphens of C97 and C524 are undone: the gold is the restored text, a compound's own hyphen kept. The
builders declare every lesson and field on the clean text and then pass the printed text through the damage, so
the gold never carries it. The set uses only element kinds the earlier writers already draw (set 19's raw elements
keep a text's spaces, tabs and line breaks), so no writer is changed and every earlier document comes out as
before. Bank texts are drawn through set 19's draws (set 18's filters and no text that tells an age).
"""

from __future__ import annotations

import datetime
import re
import textwrap
from dataclasses import replace

from . import narrative
from .conv_blind18b import _finding, _of_its_time, _p, _runin, _type_name
from .conv_blind19b import _break, _damage, _hyphen_at, _keep_printed, _raw, _smart, _smart_entry
from .conv_blind19b import _good as _gps19
from .conv_blind19b import _recommendations as _recs19
from .conv_blind19b import _statements as _sts19
from .conv_blind28b import _fits_age
from .conv_common import case_events as _events
from .conv_common import long_date as _long
from .conv_common import named as _named
from .conv_common import published_to_day as _to_day
from .conv_common import shift as _shift
from .conv_specs import MONTHS, Ctx

# --- drawing from the bank ------------------------------------------------------------------------------------------

# A text about a young person's eighteenth birthday or leaving care: passed over for a child under 16.
_ADULTHOOD = re.compile(r"\beighteen(th)?\b|\b18th\b|leaving care|care leaver", re.I)


def _grown(draw, text_of, fits=lambda c, text: True):
    """The draw, passing over a text about adulthood for a child under 16 and any text `fits` refuses."""

    def run(c: Ctx, n: int) -> list:
        number, unit = (c.spec.age.split() + ["", ""])[:2]
        old = unit.startswith("year") and number.isdigit() and int(number) >= 16
        out: list = []
        while len(out) < n:
            drawn = draw(c, 1)
            if not drawn:
                break
            out += [e for e in drawn if (old or not _ADULTHOOD.search(text_of(e))) and fits(c, text_of(e))]
        return out

    return run


_statements = _grown(_sts19, lambda st: f"{st.title} {st.body}")
# No recommendation about children under five for a child of five or more (conv_blind28b's filter, as the second
# readers of C747-C762 and C806-C810 redrew theirs).
_recommendations = _grown(_recs19, lambda r: r.text, _fits_age)
_good = _grown(_gps19, lambda g: g.text)

# --- pieces the builders share -------------------------------------------------------------------------------------


def _cover(c: Ctx, *lines: str, partnership: str = "", title: str = "") -> str:
    """Partnership, title and the given lines (the independent reviewer and the publication date to the day unless
    given); returns the publication date."""
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.add("cover", partnership or c.partnership)
    d.add("title", title or d.meta["title"])
    for line in lines or (f"Independent reviewer: {s.author}", f"Published: {_long(pub)}"):
        d.add("cover", line)
    _break(c)
    return pub


def _intro(c: Ctx, extra: str = "") -> None:
    s = c.spec
    d = c.doc
    d.add("h1", "Introduction")
    d.add("p", f"This {_type_name(c)} was commissioned by the {c.partnership} after a serious incident involving "
          f"{s.child}, who was {s.age} old. It was led by the independent reviewer {s.author}. {extra}".strip())  # fmt: skip
    d.add("p", c.fill("The purpose of the review is not to apportion blame but to understand what happened, why it "
                      "happened and what needs to change for children in {area}."))  # fmt: skip
    d.add("h1", "Methodology")
    d.add("p", c.fill(narrative.METHOD[0]))


def _background(c: Ctx, n: int = 2) -> None:
    c.doc.add("h1", "Background")
    for event in _events(c, n):
        c.doc.add("p", event)


def _findings(c: Ctx, n: int = 3, heading: str = "Findings") -> None:
    c.doc.add("h1", heading)
    for i, st in enumerate(_statements(c, n), 1):
        _finding(c, st, f"Finding {i}")


def _learning(c: Ctx, n: int = 3, heading: str = "What the review learned") -> None:
    """Learning under plain headings (no label, title the heading)."""
    d = c.doc
    d.add("h1", heading)
    for st in _statements(c, n):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)


def _gp(c: Ctx, n: int = 2, heading: str = "Good practice") -> None:
    d = c.doc
    gps = _good(c, n)
    if gps:
        d.add("h1", heading)
        for g in gps:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))


def _recs(c: Ctx, n: int = 3, heading: str = "Recommendations") -> None:
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(_recommendations(c, n), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def _finish(c: Ctx, fn, start: int = 0, skip: tuple[str, ...] = ()) -> None:
    """The gold keeps the child, age and author the clean text prints; then the printed text is damaged (but for
    the elements of the kinds in skip)."""
    _keep_printed(c)
    kept = {i: e for i, e in enumerate(c.doc.elements) if e.kind in skip}
    _damage(c, fn, start)
    for i, e in kept.items():
        c.doc.elements[i] = e


def _every(n: int, pattern: str, fn):
    """A damage applied to every n-th match of pattern across the whole document (a counter kept between texts)."""
    seen = [0]

    def one(m: re.Match) -> str:
        seen[0] += 1
        return fn(m.group(0)) if seen[0] % n == 1 else m.group(0)

    return lambda text: re.sub(pattern, one, text)


# --- the damage -----------------------------------------------------------------------------------------------------


def _ocr():
    """An OCR engine's misreadings: O for 0 in a year, l for a lone 1, rn for m in every third word holding an m."""
    rn = _every(3, r"\b\w*m\w*\b", lambda w: w.replace("m", "rn", 1))

    def run(text: str) -> str:
        text = re.sub(r"\b(2)0(\d\d)\b", r"\1O\2", text)
        return rn(re.sub(r"(?<![\w.])1(?=[\s.:)]|$)", "l", text))

    return run


_LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"))


def _ligatures(text: str) -> str:
    for letters, glyph in _LIGATURES:
        text = text.replace(letters, glyph)
    return text


def _dropped(text: str) -> str:
    """A PDF whose ligature glyphs have no text mapping: each prints as a space ("noti cation", "She eld")."""
    for letters, _ in _LIGATURES:
        text = text.replace(letters, " ")
    return text


def _cid(text: str) -> str:
    """Calibri's "tt" and "ti" ligatures as pdfminer prints glyphs it cannot map: "(cid:425)", "(cid:415)"."""
    return text.replace("tt", "(cid:425)").replace("ti", "(cid:415)")


def _fused(text: str) -> str:
    """A PDF that lost its space glyphs on every other line: the words of those lines run together."""
    words = text.split(" ")
    out, line = [], 11
    for k in range(0, len(words), line):
        chunk = words[k : k + line]
        out.append("".join(chunk) if (k // line) % 2 == 1 else " ".join(chunk))
    return " ".join(out)


def _twice(text: str) -> str:
    """UTF-8 read as Windows-1252 and saved again, twice over: ’ prints "Ã¢â‚¬â„¢", â "ÃƒÂ¢"."""
    for _ in range(2):
        text = text.encode("utf-8").decode("cp1252", errors="replace")
    return text


def _ascii(text: str) -> str:
    """Windows-1252 text saved as ASCII: every character outside ASCII printed "?"."""
    return re.sub(r"[^\x00-\x7f]", "?", text)


def _nbsp_dates(text: str) -> str:
    months = "|".join(MONTHS)
    text = re.sub(rf"\b(\d+) ({months}) (\d{{4}})\b", "\\1\u00a0\\2\u00a0\\3", text)
    return re.sub(r"\b(Finding|Child|Recommendation) (\d+|[A-Z]{1,2})\b", "\\1\u00a0\\2", text)


def _qp(text: str) -> str:
    """Quoted-printable: every byte outside ASCII as "=XX"."""
    return "".join(ch if ord(ch) < 128 else "".join(f"={b:02X}" for b in ch.encode("utf-8")) for ch in text)


def _tracked(text: str) -> str:
    """Letter-spaced text as an extraction prints it: a space between letters, three between words."""
    return "   ".join(" ".join(word) for word in text.split())


def _tabs():
    """A justified PDF's wide gaps converted to tabs: every ninth space, and the gap after a label's colon."""
    tab = _every(9, " ", lambda _: "\t")
    return lambda text: tab(re.sub(r"^((?:Learning point|Finding|Recommendation) \d+:) ", "\\1\t", text))


def _zero_width():
    """A content management system's zero-width spaces inside long words and after a name, a byte order mark at the
    head of a paragraph."""
    zw = _every(2, r"\b[a-z]{11,}\b", lambda w: w[: len(w) // 2] + "\u200b" + w[len(w) // 2 :])

    def run(text: str) -> str:
        text = re.sub(r"\b(Child [A-Z]{1,2})\b", "\\1\u200b", zw(text))
        return "\ufeff" + text if len(text) > 120 else text

    return run


def _notsign():
    """Word's optional hyphens exported as "¬" inside every second long word (and every place name they fall in)."""
    return _every(2, r"\b[A-Za-z]{9,}\b", lambda w: _split_word(w, "\u00ac"))


def _split_word(word: str, mark: str) -> str:
    cut = _hyphen_at(word, len(word) // 2 + 2)
    return f"{word[:cut]}{mark}{word[cut:]}" if cut else word


def _copied():
    """A summary copied from a PDF with the line-end hyphens kept: "safe- guarding", "multi- agency"."""
    dashed = _every(3, r"\b[a-z]{10,}\b", lambda w: _split_word(w, "- "))
    return lambda text: dashed(text).replace("multi-agency", "multi- agency")


def _ordinal(day: int) -> str:
    return "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _sup_date(date: str) -> str:
    """ "3 rd March 2020": a date whose superscript ordinal the extraction set apart."""
    day = int(date[8:10])
    return f"{day} {_ordinal(day)} {MONTHS[int(date[5:7]) - 1]} {date[:4]}"


def _set_author(c: Ctx, name: str) -> None:
    c.words["author"] = name
    c.doc.meta["author"] = name
    c.spec = replace(c.spec, author=name)


# --- the conventions ------------------------------------------------------------------------------------------------


def c943(c: Ctx) -> None:  # an OCR engine's text of a scanned SCR (l for 1, O for 0, rn for m); the scan itself
    d, s = c.doc, c.spec
    pub = _to_day(c)
    _cover(c, f"Overview author: {s.author}", f"Date of publication: {_long(pub)}")
    d.add("h1", "1. Introduction")
    d.add("p", f"This {_type_name(c)} was commissioned by the {c.partnership} after a serious incident involving "
          f"{s.child}, who was {s.age} old. The overview report was written by {s.author}, who is independent of "
          f"the agencies involved. The Board accepted the report in {MONTHS[int(pub[5:7]) - 1]} {pub[:4]}.")  # fmt: skip
    d.add("h1", "2. Background")
    for event in _events(c, 2):
        d.add("p", event)
    _findings(c, 3, "3. Findings")
    _recs(c, 3, "4. Recommendations")
    if s.fmt == "txt":  # the OCR engine's text; the scanned copy is the page itself
        d.footer = "Page {x}"
        _finish(c, _ocr(), skip=("h1",))  # a heading in capitals: "1. INTRODUCTION" read as printed


def c944(c: Ctx) -> None:  # a text copy of a PDF with its ligatures left as presentation forms ("Suﬀolk", "signiﬁcant")
    if c.spec.fmt == "pdf":  # the PDF itself, set in a face with ff, fi, fl, ffi and ffl ligature glyphs
        c.doc.font, c.doc.ligatures = "dejavu-serif", True
    _cover(c)
    _intro(c)
    _background(c)
    _learning(c, 3)
    _gp(c, 2)
    _recs(c, 3)
    _finish(c, _ligatures)


def c945(c: Ctx) -> None:  # a PDF that lost its spaces: lines run together, the cover's title and the child's name too
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = d.meta["title"]
    d.add("cover", c.partnership)
    _raw(c, "title", title.replace(" ", ""))
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {_long(pub)}")
    _break(c)
    d.add("h1", "Introduction")
    _raw(c, "p", f"This {_type_name(c)} concerns {s.child}who was {s.age} old when the incident happened. It was "
         f"commissioned by the {c.partnership} and led by the independent reviewer {s.author}.")  # fmt: skip
    start = len(d.elements)
    _background(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        _raw(c, "h2", f"Finding {i}: {st.title}".replace(" ", "") if i == 2 else f"Finding {i}: {st.title}", key)
        _p(c, st.body, key)
    _recs(c, 3)
    d.meta["child_age"] = s.age
    d.meta["author"] = s.author
    d.meta["child"] = s.child
    _damage(c, lambda t: _fused(t) if len(t) > 90 else t, start)


def _typed(label: str, text: str, width: int = 72, indent: int = 7) -> str:
    """A list item typed by hand in Word: the label, spaces to the indent, then the text broken by Shift+Enter at
    each line's end and indented with spaces."""
    lines = textwrap.wrap(text, width - indent)
    return label.ljust(indent) + ("\n" + " " * indent).join(lines)


def c946(c: Ctx) -> None:  # lessons typed with manual line breaks and spaces instead of Word's list numbering
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    _raw(c, "cover", f"Independent reviewer:\n{s.author}")
    _raw(c, "cover", f"Published:\n{_long(pub)}")
    _break(c)
    _intro(c)
    _background(c)
    d.add("h1", "Key learning")
    d.add("p", "The review identified the following learning.")
    for i, st in enumerate(_statements(c, 3), 1):
        _raw(c, "p", _typed(f"{i}.", st.body), d.lesson("learning_point", str(i), st.body, st.themes))
    d.add("h1", "Good practice")
    for g in _good(c, 2):
        _raw(c, "p", _typed("-", g.text, indent=4), d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        _raw(c, "p", _typed(f"{j}.", r.text), d.lesson("recommendation", str(j), r.text, r.themes))


_ACCENTED = {"Wirral": "Siân Prothero", "Halton": "Zoë Marsh-Whitaker"}


def c947(c: Ctx) -> None:  # UTF-8 decoded twice in the wrong code page: "Ã¢â‚¬â„¢"; the author's accented name
    d, s = c.doc, c.spec
    _set_author(c, _ACCENTED[s.area])
    txt = s.fmt == "txt"
    if txt:
        d.footer = ""
    pub = _to_day(c)
    d.add("cover" if txt else "title", d.meta["title"])
    d.add("p", f"Published: {_long(pub)}")
    d.add("p", _smart(f"This {_type_name(c)} was commissioned by the {c.partnership} after a serious incident "
                      f"involving {c.spec.child}, who was {c.spec.age} old. The review's independent author is "
                      f"{c.spec.author}."))  # fmt: skip
    d.add("h1", "What the review found")
    for i, st in enumerate(map(_smart_entry, _statements(c, 3)), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "What went well")
    for g in map(_smart_entry, _good(c, 2)):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Recommendations")
    for j, r in enumerate(map(_smart_entry, _recommendations(c, 3)), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("small", f"\u00a9 {pub[:4]} {c.partnership}")
    _finish(c, lambda t: _twice(_nbsp_dates(t)))


def c948(c: Ctx) -> None:  # Windows-1252 saved as ASCII: every ’, – and non-breaking space printed "?"
    d, s = c.doc, c.spec
    title = f"{_type_name(c)} \u2013 {s.child}"
    d.meta["title"] = title
    _cover(c, title=title)
    d.add("h1", "Introduction")
    d.add("p", _smart(f"This review looks at the help given to {s.child}, who was {s.age} old, and {s.child}'s "
                      f"family. It was commissioned by the {c.partnership} and led by {s.author}."))  # fmt: skip
    _background(c)
    d.add("h1", "Good practice")
    for g in map(_smart_entry, _good(c, 2)):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "What the review learned")
    for st in map(_smart_entry, _statements(c, 3)):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(map(_smart_entry, _recommendations(c, 3)), 1):
        _runin(c, r.text, d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
               label=f"Recommendation {j}:")  # fmt: skip
    _finish(c, lambda t: _ascii(_nbsp_dates(_smart(t))))


def c949(c: Ctx) -> None:  # a SILP report converted from its PDF: each page's footer and header flowed into the text
    d, s = c.doc, c.spec
    title = f"SILP review: {s.child}"
    d.meta["title"] = title
    pub = _to_day(c)
    _cover(c, f"Lead reviewer: {s.author}", f"Published: {_long(pub)}", title=title)
    furniture = [f"{page} {title} | Final report | {MONTHS[int(pub[5:7]) - 1]} {pub[:4]}" for page in range(2, 9)]
    page = iter(furniture)

    def flowed(text: str, at: int = 0) -> str:
        """The page's footer number and the next page's running header inside the paragraph, after word `at`."""
        words = text.split()
        at = at or len(words) // 2
        return " ".join(words[:at] + [next(page)] + words[at:])

    d.add("h1", "1. Introduction")
    d.add("p", flowed(f"This review of the help given to {s.child}, who was {s.age} old, was commissioned by the "
                      f"{c.partnership} as a {_type_name(c)}. It used the Significant Incident Learning Process "
                      "(SILP), which brings together the practitioners who worked with the family at a learning "
                      "event and a recall event.", 40))  # fmt: skip
    d.add("h1", "2. Background")
    for event in _events(c, 2):
        d.add("p", event)
    d.add("h1", "3. Learning")
    for i, st in enumerate(_statements(c, 3), 1):
        key = d.lesson("learning_point", f"Learning point {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning point {i}: {st.title}", key)
        d.add("p", flowed(st.body) if i != 2 else st.body, key)
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        text = flowed(r.text) if j == 2 and len(r.text.split()) > 8 else r.text
        d.add("num", text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    if s.fmt == "txt":
        d.footer = ""
    _keep_printed(c)


def c950(c: Ctx) -> None:  # letter-spaced headings and the partnership's name as a text extraction prints them
    d, s = c.doc, c.spec
    pub = _to_day(c)
    _raw(c, "cover", _tracked(c.partnership.upper()))
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {_long(pub)}")
    _break(c)
    _raw(c, "h1", _tracked("INTRODUCTION"))
    d.add("p", f"This {_type_name(c)} was commissioned after a serious incident involving {s.child}, who was "
          f"{s.age} old. It was led by the independent reviewer {s.author}.")  # fmt: skip
    _raw(c, "h1", _tracked("BACKGROUND"))
    for event in _events(c, 2):
        d.add("p", event)
    _raw(c, "h1", _tracked("FINDINGS"))
    for i, st in enumerate(_statements(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        _raw(c, "h2", _tracked(f"Finding {i}: {st.title}"), key)
        _p(c, st.body, key)
    _raw(c, "h1", _tracked("RECOMMENDATIONS"))
    for j, r in enumerate(_recommendations(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c951(c: Ctx) -> None:  # tabs left inside sentences where a justified PDF's wide gaps were converted
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    _raw(c, "cover", f"Independent reviewer:\t{s.author}")
    _raw(c, "cover", "Published:\t\t" + _long(pub).replace(" ", "\t"))
    _break(c)
    start = len(d.elements)
    _intro(c)
    _background(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_statements(c, 3), 1):
        key = d.lesson("learning_point", f"Learning point {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning point {i}: {st.title}", key)
        _p(c, st.body, key)
    _recs(c, 3)
    _finish(c, _tabs(), start)


_HYPHENED = {"Stoke-on-Trent": "Elin Hughes-Williams", "Southend-on-Sea": "Marcus Davies-Okafor"}


def c952(c: Ctx) -> None:  # the cover's title, partnership, author and date broken across lines at hyphens
    d, s = c.doc, c.spec
    _set_author(c, _HYPHENED[s.area])
    s = c.spec
    if s.fmt == "pdf":
        d.font, d.hyphenate = "times", True
    pub = _to_day(c)
    title = d.meta["title"]
    kind, child = title.split(": ", 1)
    word = kind.split()[-1]  # "Review": broken "Re-" / "view"
    head = kind[: -len(word)]
    first = kind.replace("Practice Review", "Prac-") if "Practice" in kind else head + "Re-"
    second = f"tice Review: {child}" if "Practice" in kind else f"{word[2:]}: {child}"
    place, rest = c.partnership.split(s.area.split("-")[-1], 1)
    d.add("cover", place)  # "Stoke-on-"
    d.add("cover", s.area.split("-")[-1] + rest)  # "Trent Safeguarding Children Partnership"
    d.add("title", first)
    d.add("title", second)
    name, last = s.author.rsplit("-", 1)
    d.add("cover", f"Independent reviewer: {name}-")
    d.add("cover", last)
    date = _long(pub)
    month = MONTHS[int(pub[5:7]) - 1]
    cut = _hyphen_at(month, len(month) - 2)
    if cut:  # "Published: 23 Septem-" / "ber 2021"
        d.add("cover", f"Published: {date.split(month)[0]}{month[:cut]}-")
        d.add("cover", f"{month[cut:]} {pub[:4]}")
    else:  # a short month: the line breaks after the day
        d.add("cover", f"Published: {date.split(' ')[0]}")
        d.add("cover", f"{month} {pub[:4]}")
    _break(c)
    _intro(c)
    _background(c)
    _findings(c, 3)
    _recs(c, 3)


_EMAIL = {"Kent": "safeguarding.partnership@kent.gov.uk", "Medway": "safeguarding.partnership@medway.gov.uk"}


def c953(c: Ctx) -> None:  # a learning briefing sent by e-mail, its body quoted-printable ("=E2=80=99")
    d, s = c.doc, c.spec
    title = f"{s.child}: learning briefing"
    d.meta.update(title=title, review_type="briefing")
    pub = _to_day(c)
    d.footer = ""
    day = datetime.date.fromisoformat(pub)  # sent on the first working day from the publication (an event date)
    day += datetime.timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)
    d.add("cover", f"From: {c.partnership} <{_EMAIL[s.area]}>")
    d.add("cover", "To: Safeguarding practitioners <practitioners-list@lists.example.org.uk>")
    d.add("cover", f"Date: {day.strftime('%a')}, {day.day} {MONTHS[day.month - 1][:3]} {day.year} 09:12:44 +0000")
    d.add("cover", f"Subject: =?UTF-8?Q?{title.replace(' ', '_')}?=")
    d.add("cover", "MIME-Version: 1.0")
    d.add("cover", 'Content-Type: text/plain; charset="UTF-8"')
    d.add("cover", "Content-Transfer-Encoding: quoted-printable")
    start = len(d.elements)
    d.add("h2", title)
    d.add("p", f"Published: {_long(pub)}")
    d.add("p", _smart(f"This briefing sets out what practitioners need to know from the {_type_name(c)} about "
                      f"{s.child}, who was {s.age} old. The review was led by the independent reviewer "
                      f"{s.author}. Please share it with your team."))  # fmt: skip
    d.add("h3", "Key learning")
    for st in map(_smart_entry, _statements(c, 3)):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes), label="*")
    d.add("h3", "What you should do")
    for j, r in enumerate(map(_smart_entry, _recommendations(c, 3)), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("p", _smart("The full report is on the partnership's website. Reply to this e-mail with any questions."))
    _finish(c, lambda t: _qp(_nbsp_dates(t)), start)


def c954(c: Ctx) -> None:  # a web page (and its Word copy) full of zero-width spaces and byte order marks
    _cover(c)
    _intro(c)
    _background(c)
    _findings(c, 3)
    _gp(c, 2, "What went well")
    _recs(c, 3)
    _finish(c, _zero_width())


def c955(c: Ctx) -> None:  # superscript ordinals and footnote markers set apart by the extraction ("3 rd March")
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {_sup_date(pub)}")
    _break(c)
    _intro(c)
    agreed = _shift(pub, 1, 14)
    who = "The Board" if s.review_type == "SCR" else "The safeguarding partners"
    d.add("p", f"{who} agreed the final report on the 14 th of {MONTHS[int(agreed[5:7]) - 1]} "
          f"{agreed[:4]} and agreed to its publication. 1")  # fmt: skip
    _background(c)
    d.add("h1", "Learning")
    sts = _statements(c, 3)
    for i, st in enumerate(sts, 1):
        key = d.lesson("learning_point", f"Learning point {i}", st.body, st.themes)
        d.add("h2", f"Learning point {i}", key)
        first, *rest = re.split(r"(?<=\.) ", st.body, maxsplit=1)
        body = f"{first} 2 {' '.join(rest)}".strip() if i == 2 and rest else st.body
        _p(c, body, key)
    _recs(c, 3)
    body = "Board" if s.review_type == "SCR" else "partnership"
    d.add("small", f"1 The {body}'s publication protocol allows up to six weeks between agreement and publication.")
    d.add("small", "2 Working Together to Safeguard Children sets out what each agency should do.")


def c956(c: Ctx) -> None:  # the recommendations table flattened by the conversion into tab-separated paragraphs
    d = c.doc
    _cover(c)
    _intro(c)
    _background(c)
    _findings(c, 3)
    d.add("h1", "Recommendations")
    _raw(c, "p", "No.\tRecommendation\tLead agency")
    for j, r in enumerate(_recommendations(c, 3), 1):
        agency = r.agency or "Safeguarding partners"
        _raw(c, "p", f"{j}\t{r.text}\t{agency}", d.lesson("recommendation", str(j), r.text, r.themes, agency))


def c957(c: Ctx) -> None:  # Word's optional hyphens exported as "¬" inside words, the place's name among them
    if c.spec.fmt == "txt":
        c.doc.footer = "Page {x} of {y}"
    _cover(c)
    _intro(c)
    _background(c)
    _findings(c, 3)
    _gp(c, 2)
    _recs(c, 3)
    _finish(c, _notsign())


def c958(c: Ctx) -> None:  # a repository record whose summary and learning were copied from the PDF, hyphens kept
    d, s = c.doc, c.spec
    pub = _to_day(c)
    month = f"{MONTHS[int(pub[5:7]) - 1]} {pub[:4]}"
    d.meta["published"] = pub[:7]
    title = f"{_type_name(c).capitalize()}: {s.child}"
    d.meta["title"] = title
    d.footer = ""
    d.add("small", "NSPCC Learning > Case reviews > National case review repository")
    d.add("title", title)
    d.add("p", f"Location: {s.area}")
    d.add("p", f"Publication date: {month}")
    d.add("p", f"Author: {s.author}")
    start = len(d.elements)
    d.add("h1", "Summary")
    d.add("p", f"The review concerns {s.child}, who was {s.age} old at the time of the incident. "
          + " ".join(_events(c, 2)))  # fmt: skip
    d.add("h1", "Learning")
    for st in _statements(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    for r in _recommendations(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("p", "Keywords: multi-agency working, information sharing, professional curiosity")
    d.add("small", "Related NSPCC resources: Learning from case reviews briefings")
    _finish(c, _copied(), start)


def c959(c: Ctx) -> None:  # pdfminer's "(cid:415)" for Calibri's "ti" ligature, in the title and every lesson
    _cover(c)
    _intro(c)
    _background(c)
    d = c.doc
    d.add("h1", "Learning")
    for i, st in enumerate(_statements(c, 3), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        _p(c, st.body, key)
    _recs(c, 3)
    _finish(c, _cid, skip=("h1", "title") if c.spec.fmt == "txt" else ())  # capitals have no "ti" ligature


def c960(c: Ctx) -> None:  # ligatures dropped by the extraction: "noti cation", "She eld"
    if c.spec.fmt == "txt":
        c.doc.footer = "- {x} -"
    _cover(c)
    _intro(c)
    _background(c)
    _findings(c, 3)
    _gp(c, 2)
    _recs(c, 3)
    _finish(c, _dropped)


BUILDERS = {f"C{name[1:]}": _named(_of_its_time(fn)) for name, fn in globals().items() if re.fullmatch(r"c9\d\d", name)}
