"""Corpus generator: the nineteenth blind held-out set, second half: conventions C511-C528 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to the noise and damage real files carry in
their text: Word's non-breaking spaces and the soft hyphens a paste from a PDF leaves inside words; list paragraphs
pasted from Word into a web page, each opened by a middle dot or a number and a run of non-breaking spaces; Symbol
and Wingdings bullets that a conversion leaves as private-use characters; text decoded in the wrong code page
(UTF-8 read as Windows-1252, "Child Qâ€™s", and Windows-1252 read as UTF-8, "Child Q�s"); HTML entities escaped
twice ("&#8217;" printed); redactions typed as "XXXX"; an older protective marking at the top and foot of every
page with the file's path and name in the footer; Word's "Error! Reference source not found." inside lessons; an
archived copy of a web page with the archive's banner and capture dates; a web page's accessibility toolbar,
language list, cookie preferences and a "related pages" block between its lessons; a template's placeholders
("Click or tap here to enter text."); text pasted from a PDF with a break at every line end, words hyphenated
there and the page's running title and number pasted in between; headings broken into several paragraphs; and
decorative bullet glyphs whose second level belongs to the item above. A smaller part leans to metadata printed
damaged or unusually: the title only in the running header of the pages after the cover, a date and an author
broken over two lines in the narrow cells of a cover table, the area only in the alt text of the partners' logos.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where there is one, agency where the document gives one) and the metadata the document itself prints.
Where the damage is in the characters (non-breaking spaces, soft hyphens, a wrong code page, escaped entities),
the reader records the text the characters stand for, as ligatures are read as their letters: the gold is the
clean text, with typographic apostrophes where the file's own characters were typographic. Typed redactions
("XXXX") and Word's field errors are words printed in the lesson and are kept as printed. The set uses only
element kinds the earlier writers already draw (a column width registered per cover table is the one addition,
as earlier sets register theirs), so no writer is changed and every earlier document comes out as before. Bank
texts are drawn through set 18's filters (conv_blind18b: the child's age and sex, the era's words) and, besides,
pass over any text that tells an age.
"""

from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from . import narrative
from .bank_types import GoodPractice, Recommendation, Statement
from .conv_blind4 import POLICE
from .conv_blind16a import _AT_MONTHS, _NO_HISTORY, _SPAN
from .conv_blind18a import ASSURE_PARTS
from .conv_blind18b import _council, _finding, _harm, _of_its_time, _p, _partners, _pron, _runin, _type_name
from .conv_blind18b import _gps as _gps18
from .conv_blind18b import _recs as _recs18
from .conv_blind18b import _sts as _sts18
from .conv_common import case_events as _events
from .conv_common import front_with_events as _front
from .conv_common import long_date as _long
from .conv_common import lower_first as _lower_first
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_common import pub_cover as _pub_cover
from .conv_common import pub_full as _pub_full
from .conv_common import published_to_day as _to_day
from .conv_common import shift as _shift
from .conv_common import slash_date as _slash
from .conv_docs import COLUMN_WIDTHS, El
from .conv_specs import MONTHS, Ctx
from .model import split_body
from .pdf_render import INNER_W

# --- drawing from the bank ----------------------------------------------------------------------

# A text that tells an age ("a four-month-old", "aged 15", "two years old"): passed over everywhere in the half, so
# that the only age a document prints is the one its builder prints (or none).
_AGE_TOLD = re.compile(r"\b\w+-(year|month|week)s?-old\b|\baged \w+|\b\w+ (years|months|weeks) old\b", re.I)


def _no_age(draw, text_of):
    """A draw that passes over texts telling an age, an age in months in passing, a span of time longer than a
    baby has lived (for a child aged in weeks or months) or a denial of the domestic abuse the background tells of
    (set 16's filters)."""

    def fits(c: Ctx, text: str) -> bool:
        baby = bool(c.spec.age) and not c.spec.age.endswith("years")
        told = _AGE_TOLD.search(text) or _AT_MONTHS.search(text) or _NO_HISTORY.search(text)
        return not told and not (baby and _SPAN.search(text))

    def run(c: Ctx, n: int) -> list:
        out: list = []
        while len(out) < n:
            drawn = draw(c, 1)
            if not drawn:
                break
            out += [e for e in drawn if fits(c, text_of(e))]
        return out

    return run


_statements = _no_age(_sts18, lambda st: f"{st.title} {st.body}")
_recommendations = _no_age(_recs18, lambda r: r.text)
_good = _no_age(_gps18, lambda g: g.text)


def _numbered(c: Ctx, n: int = 3, heading: str = "Recommendations") -> None:
    """A heading and n recommendations numbered "1.", "2.", ..."""
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(_recommendations(c, n), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


# --- printing text as damaged files print it --------------------------------------------------------

_MONTHS = "|".join(MONTHS)


def _raw(c: Ctx, kind: str, text: str = "", keys=(), label: str = "", cells=()) -> None:
    """An element whose text is printed exactly as given: non-breaking spaces, tabs, line breaks and private-use
    characters kept (the ordinary add() makes every run of white space one space)."""
    if isinstance(keys, int):
        keys = (keys,)
    c.doc.elements.append(El(kind, text, tuple(keys), label, tuple(cells)))


def _damage(c: Ctx, fn, start: int = 0) -> None:
    """Every element's printed text, label and cells from `start` on passed through fn. The lessons were declared
    on the clean text, so the gold keeps what the damaged characters stand for."""
    els = c.doc.elements
    for i in range(start, len(els)):
        e = els[i]
        els[i] = El(e.kind, fn(e.text), e.keys, fn(e.label), tuple(fn(x) for x in e.cells), e.bold_label)


def _keep_printed(c: Ctx) -> None:
    """printed_only's rule, applied before a builder damages the characters (the gold keeps a child, an age or an
    author the document prints, whatever the code page makes of its spaces)."""
    d = c.doc
    printed = " ".join([e.text for e in d.elements] + [" ".join(e.cells) for e in d.elements])
    for field in ("child_age", "child", "author"):
        if d.meta[field] and d.meta[field] not in printed:
            d.meta[field] = ""


def _smart(text: str) -> str:
    """Typographic quotes as Word's AutoFormat types them: an apostrophe and a closing quote ’, an opening ‘ (double
    quotes set as single ones, the British way)."""
    text = re.sub(r'"(?=\w)', "\u2018", text).replace('"', "\u2019")
    text = re.sub(r"(?<=[\w.,!?])'", "\u2019", text)
    return text.replace("'", "\u2018")


def _smart_entry(e):
    if isinstance(e, Statement):
        return Statement(_smart(e.title), _smart(e.body), e.themes)
    if isinstance(e, Recommendation):
        return Recommendation(_smart(e.text), e.agency, e.themes)
    return GoodPractice(_smart(e.text), e.themes)


def _nbsp(text: str) -> str:
    """Non-breaking spaces where Word users type them: inside "Finding 2", "Child J", "4 months", "3 March 2021"."""
    text = re.sub(r"\b(Finding|Recommendation|Child|Baby|paragraph|Appendix) (\d+|[A-Z]{1,2})\b", "\\1\u00a0\\2", text)
    text = re.sub(rf"\b(\d+) (weeks|months|years|{_MONTHS})\b", "\\1\u00a0\\2", text)
    return re.sub(rf"\b({_MONTHS}) (\d{{4}})\b", "\\1\u00a0\\2", text)


_VOWELS = set("aeiouy")
_PAIRS = {"th", "sh", "ch", "ph", "wh", "ck", "gh", "qu"}


def _hyphen_at(word: str, room: int) -> int:
    """Where a word may be broken at a line end with at most `room` letters before the break: between two
    consonants that stand between vowels ("recor-ded"), else before a consonant between vowels ("informa-tion"),
    three letters at least on each side; 0 if nowhere."""
    w = word.lower()
    for k in range(min(room, len(w) - 3), 2, -1):
        a, b = w[k - 1], w[k]
        two = a not in _VOWELS and b not in _VOWELS and w[k - 2] in _VOWELS and w[k + 1] in _VOWELS
        if two and a + b not in _PAIRS:
            return k
        if a in _VOWELS and b not in _VOWELS and w[k + 1] in _VOWELS and w[k + 1 : k + 3] != "ng":
            return k
    return 0


def _shy(text: str) -> str:
    """Soft hyphens where a justified PDF broke words at its line ends, left inside the words when the text was
    copied from it: in every third long word."""
    seen = [0]

    def one(m: re.Match) -> str:
        word = m.group(0)
        seen[0] += 1
        cut = _hyphen_at(word, len(word) // 2 + 2)
        return f"{word[:cut]}\u00ad{word[cut:]}" if seen[0] % 3 == 1 and cut else word

    return re.sub(r"\b[a-z]{10,}\b", one, text)


def _mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252 and saved again: ’ becomes "â€™", – "â€“", a non-breaking space "Â ", é "Ã©"."""
    return text.encode("utf-8").decode("cp1252")


def _replaced(text: str) -> str:
    """Windows-1252 read as UTF-8: every character outside ASCII becomes the replacement character �."""
    return re.sub(r"[^\x00-\x7f]", "\ufffd", text)


_ENTITIES = (("\u2019", "&#8217;"), ("\u2018", "&#8216;"), ("\u2013", "&#8211;"), ("\u00a0", "&nbsp;"),
             ("\u00a3", "&pound;"), ("\u00a9", "&copy;"), ("\u2022", "&#8226;"))  # fmt: skip


def _entities(text: str) -> str:
    """A content management system's text with its HTML entities left as they were stored: "&#8217;", "&nbsp;"."""
    text = text.replace("&", "&amp;")
    for char, entity in _ENTITIES:
        text = text.replace(char, entity)
    return text


# --- pieces the builders share ---------------------------------------------------------------------


def _intro(c: Ctx, with_age: bool = True) -> str:
    s = c.spec
    age = f", who was {s.age} old," if with_age else ""
    return (f"This {_type_name(c)} was commissioned by the {c.partnership} after {s.child}{age} {_harm(c)}. It was "
            f"led by the independent reviewer {s.author}.")  # fmt: skip


def _gp_bullets(c: Ctx, gps: list, heading: str = "Good practice") -> None:
    d = c.doc
    if gps:
        d.add("h1", heading)
        for g in gps:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))


def _break(c: Ctx) -> None:
    if c.spec.fmt != "html":
        c.doc.add("pagebreak")


def _dotted_short(date: str) -> str:
    """ "04.11.22"."""
    return f"{date[8:10]}.{date[5:7]}.{date[2:4]}"


def _short_month(date: str) -> str:
    """ "12 Jul 2021", as the web archive prints its capture dates."""
    return f"{int(date[8:10])} {MONTHS[int(date[5:7]) - 1][:3]} {date[:4]}"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# --- the conventions ---------------------------------------------------------------------------------


def c511(c: Ctx) -> None:  # Word's invisible characters: non-breaking spaces and soft hyphens throughout
    d, s = c.doc, c.spec
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _gp_bullets(c, _good(c, 2))
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        _runin(c, r.text, d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
               label=f"Recommendation {j}.")  # fmt: skip
    _keep_printed(c)
    # two spaces after a full stop: Word's, or a web editor's "&nbsp; "
    end = ".\u00a0 " if s.fmt == "html" else ".  "
    _damage(c, lambda t: _shy(_nbsp(t)).replace(". ", end))


_DOT = "\u00b7" + "\u00a0" * 7  # Word's Symbol bullet as it pastes into a web page: a middle dot, then spaces
_CIRCLE = "o" + "\u00a0" * 3  # the second level's Courier "o"


def _numbered_nb(n: int) -> str:
    return f"{n}." + "\u00a0" * 5


def c512(c: Ctx) -> None:  # a web page pasted from Word: list items as paragraphs opened by "·" or "1." and spaces
    d, s = c.doc, c.spec
    title = d.meta["title"]
    if s.fmt == "txt":  # the page saved as text: no page numbers
        d.footer = ""
        d.add("small", f"Home > Professionals > Learning from reviews > {title}")
    d.add("title", title)
    d.add("p", f"Published: {c.printed_date()}")
    d.add("p", _intro(c) + " This page summarises the review; the full report can be downloaded below.")
    d.add("h1", "Key learning")
    for st in _statements(c, 3):
        _raw(c, "p", _DOT + st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "What went well")
    for g in _good(c, 2):
        _raw(c, "p", _DOT + g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Recommendations")
    recs = _recommendations(c, 2)
    stem = f"{_partners(c)[0].upper()}{_partners(c)[1:]} should seek assurance that:"
    parts = [text for text, _ in ASSURE_PARTS]
    part_themes = tuple(dict.fromkeys(t for _, themes in ASSURE_PARTS for t in themes.split()))[:4]
    numbered = [(recs[0].text, recs[0].themes, ()), (stem, part_themes, parts)]
    numbered += [(r.text, r.themes, ()) for r in recs[1:]]
    for j, (text, themes, subs) in enumerate(numbered, 1):
        key = d.lesson("recommendation", str(j), " ".join([text, *subs]), themes)
        _raw(c, "p", _numbered_nb(j) + text, key)
        for sub in subs:
            _raw(c, "p", _CIRCLE + sub, key)
    d.add("h1", "Questions for reflection")
    for q in narrative.REFLECTION_QUESTIONS[:3]:
        _raw(c, "p", _DOT + q)
    d.add("p", "Download the full report (PDF, 980KB)")


# Symbol and Wingdings glyphs as a PDF-to-text or PDF-to-Word conversion leaves them: private-use code points.
_PUA_BULLET, _PUA_TICK, _PUA_ARROW, _PUA_SQUARE = "\uf0b7", "\uf0fc", "\uf0d8", "\uf0a7"
_PUA_BOOK, _PUA_SMILE, _PUA_FLAG = "\uf026", "\uf04a", "\uf04f"


def _pua_item(c: Ctx, glyph: str, text: str, key=()) -> None:
    """An item opened by a private-use glyph: the text file's bullet, or a Word paragraph typed "glyph<tab>text"."""
    if c.spec.fmt == "txt":
        c.doc.add("bullet", text, key, label=glyph)
    else:
        _raw(c, "p", f"{glyph}\t{text}", key)


def c513(c: Ctx) -> None:  # a briefing converted from PDF: Symbol and Wingdings bullets as private-use characters
    d, s = c.doc, c.spec
    title = f"{s.child}: learning from the review"
    d.meta.update(title=title, review_type="briefing")
    d.add("title", title)
    d.add("small", f"{c.partnership} | Practitioner briefing | Published {c.printed_date()}")
    _raw(c, "h1", f"{_PUA_BOOK} About the review")
    d.add("p", f"This briefing summarises the {_type_name(c)} about {s.child}, who was {s.age} old. The review was "
          f"led by the independent reviewer {s.author}. Please read it with your team and discuss it in "
          "supervision.")  # fmt: skip
    d.add("h1", "What happened")
    for event in _events(c, 2):
        d.add("p", event)
    _raw(c, "h1", f"{_PUA_BOOK} Key learning")
    for st in _statements(c, 3):
        _pua_item(c, _PUA_BULLET, st.body, d.lesson("learning_point", "", st.body, st.themes))
    _raw(c, "h1", f"{_PUA_SMILE} What went well")
    for g in _good(c, 2):
        _pua_item(c, _PUA_TICK, g.text, d.lesson("good_practice", "", g.text, g.themes))
    _raw(c, "h1", f"{_PUA_FLAG} What the {'Board' if s.review_type == 'SCR' else 'partnership'} will do")
    for r in _recommendations(c, 3):
        _pua_item(c, _PUA_ARROW, r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "Questions for your team")
    for q in narrative.REFLECTION_QUESTIONS[:3]:
        _pua_item(c, _PUA_SQUARE, q)
    d.add("small", "Find out more: the full report and the partnership's response are on the partnership's website.")


_CHAIR = "Siobh\u00e1n \u00d3 D\u00e1laigh"  # the review panel's chair: never the author


def c514(c: Ctx) -> None:  # a web page and its text decoded in the wrong code page: "â€™", "â€“", "Â "
    d, s = c.doc, c.spec
    txt = s.fmt == "txt"
    title = f"{_type_name(c)} \u2013 {s.child}"
    d.meta["title"] = title
    if txt:
        d.footer = ""
    d.add("cover" if txt else "title", title)
    d.add("p", f"Published: {c.printed_date()}")
    d.add("p", _intro(c))
    d.add("p", f"The review panel was chaired by {_CHAIR}, Designated Nurse for Safeguarding Children. The family's "
          "contribution to the review is gratefully acknowledged.")  # fmt: skip
    d.add("h1", "What the review found")
    for i, st in enumerate(map(_smart_entry, _statements(c, 3)), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i} \u2013 {st.title}", key)
        d.add("p", st.body, key)
    gps = [_smart_entry(g) for g in _good(c, 2)]
    _gp_bullets(c, gps, "What went well")
    d.add("h1", "Recommendations")
    for j, r in enumerate(map(_smart_entry, _recommendations(c, 3)), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("small", f"\u00a9 {s.published[:4]} {c.partnership}")
    _keep_printed(c)
    _damage(c, lambda t: _mojibake(_nbsp(_smart(t))))


def _bst(date: str) -> str:
    """The offset from UTC a British web server prints: +01:00 in summer time (late March to late October)."""
    return "+01:00" if "03-28" <= date[5:] <= "10-24" else "+00:00"


def c515(c: Ctx) -> None:  # HTML entities left as stored ("&#8217;", "&nbsp;"): a CMS export and a page escaping twice
    d, s = c.doc, c.spec
    pub = _to_day(c)
    txt = s.fmt == "txt"
    title = f"{_type_name(c)} \u2013 {s.child}"
    d.meta["title"] = title
    head, sub = ("h3", "h3") if txt else ("h1", "h2")
    if txt:  # the content management system's export: its fields, then the body with its entities
        d.footer = ""
        d.add("cover", f"Title: {title}")
        d.add("cover", "Content type: Case review")
        d.add("cover", f"Published: {pub}T09:30:00{_bst(pub)}")
        later = _shift(pub, -20, 11)
        d.add("cover", f"Last modified: {later}T14:05:12{_bst(later)}")
        d.add("cover", "Author: webeditor")
        d.add("cover", "Tags: case reviews; learning & development")
        d.add("cover", "Body:")
    else:
        d.add("title", title)
        d.add("p", f"Published: {_long(pub)}")
    d.add("p", _intro(c) + " It looked at the help given to the family by children's services & partner agencies.")
    d.add(head, "Key findings")
    for i, st in enumerate(map(_smart_entry, _statements(c, 3)), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add(sub, f"Finding {i}: {st.title}", key)
        d.add("p", st.body, key)
    gps = [_smart_entry(g) for g in _good(c, 2)]
    if gps:
        d.add(head, "What worked well")
        for g in gps:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes), label="\u2022" if txt else "")
    d.add(head, "Recommendations")
    for j, r in enumerate(map(_smart_entry, _recommendations(c, 3)), 1):
        _runin(c, r.text, d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
               label=f"Recommendation {j}:")  # fmt: skip
    d.add("p", f"Download: {s.child} overview report (PDF, 1.4 MB)")
    _keep_printed(c)
    if txt:  # the export's title and body are stored with their entities; its other fields are the system's own
        body = next(i for i, e in enumerate(d.elements) if e.text == "Body:") + 1
        d.elements[0] = El("cover", f"Title: {_entities(_nbsp(title))}")
        _damage(c, lambda t: _entities(_nbsp(_smart(t))), body)
    else:
        _damage(c, lambda t: _entities(_nbsp(_smart(t))))


# Typed redactions in a published version (C516): every match replaced, as printed.
_REDACT = (
    (re.compile(rf"\b(in|In|during|During|by|By|from|From|until|since|Since) ({_MONTHS})( \d{{4}})?\b"), r"\1 XXXX"),
    (re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|eighteen|twenty(-\w+)?) (days|weeks|months)\b"), r"XX \3"),
    (re.compile(r"\b[Tt]he school\b"), "XXXX School"),
    (re.compile(r"\bthe (mother's partner|stepfather|father)\b"), r"the \1 (XXXX)"),
    (re.compile(r"\bthe GP\b"), "the GP (Dr XXXX)"),
    (re.compile(r"\b[Tt]he hospital\b"), "XXXX Hospital"),
    (re.compile(r"\b(a|the) neighbour\b"), r"\1 neighbour (XXXX)"),
    (re.compile(r"\bthe nursery\b"), "XXXX Nursery"),
    (re.compile(r"\bthe (emergency department|ED)\b"), r"the \1 at XXXX Hospital"),
)  # fmt: skip


# A practitioner the original named beside the role: the first the text mentions, in a finding.
_ROLE = re.compile(r"\bthe (social worker|health visitor|midwife|team manager|school nurse|designated safeguarding lead|"
                   r"family support worker|paediatrician|youth worker|police officer)\b")  # fmt: skip


def _redact(text: str, roles: bool = False) -> str:
    for pattern, repl in _REDACT:
        text = pattern.sub(repl, text)
    return _ROLE.sub(r"the \1 (XXXX)", text, count=1) if roles else text


def c516(c: Ctx) -> None:  # redactions typed as "XXXX" inside lessons and narrative
    d, s = c.doc, c.spec
    poss = _pron(c)[1]
    _pub_cover(c)
    d.add("h1", "1. Introduction")
    d.add("p", f"This {_type_name(c)} was commissioned by the {c.partnership}. This is the version of the report "
          "prepared for publication. The names of family members and professionals, dates of birth, addresses, dates "
          "of events and the names of schools, hospitals and GP practices have been replaced by XXXX.")  # fmt: skip
    d.add("h1", "2. The family and the events reviewed")
    d.add("p", f"{s.child} (date of birth XX/XX/XXXX) lived with {poss} mother, XXXX, and {poss} mother's partner, "
          f"XXXX, at an address in {s.area}. {s.child}'s father, XXXX, did not live with the family.")  # fmt: skip
    for event in _events(c, 2):
        d.add("p", _redact(event))
    d.add("p", f"The incident that led to this review happened on XX/XX/XXXX, when {s.child} {_harm(c)}.")
    d.add("h1", "3. Findings")
    drawn = _statements(c, 20)
    sts = sorted(drawn, key=lambda st: _redact(st.body, True) == st.body)[:3]  # those with something to redact first
    for i, st in enumerate(sts, 1):
        _finding(c, Statement(_redact(st.title), _redact(st.body, True), st.themes), f"Finding {i}")
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        text = _redact(r.text)
        d.add("num", text, d.lesson("recommendation", str(j), text, r.themes), label=f"{j}.")


def c517(c: Ctx) -> None:  # a protective marking at the head and foot of every page; the file's path in the footer
    d, s = c.doc, c.spec
    marking = "NOT PROTECTIVELY MARKED" if s.published < "2014-04" else "OFFICIAL"
    final = _shift(_pub_full(c), 2)
    folder = "LSCB" if s.review_type == "SCR" else "SCP"
    kind = "SCR" if s.review_type == "SCR" else "LCSPR"
    name = f"{s.child} {kind} overview report FINAL v3.1 {_dotted_short(final)} (publication).docx"
    d.footer = f"S:\\Safeguarding\\{folder}\\Case reviews\\{s.child}\\{name} | Page {{x}} of {{y}}"
    if s.fmt == "pdf":
        d.marking = marking  # the writer prints it centred on the cover, and at the head and foot of every page
        d.hyphenate = True
    else:  # the text copy: the marking heads every page and closes it under the footer
        d.header = marking
        d.footer += "\n" + marking
        d.add("cover", marking)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", "Overview report")
    d.add("cover", f"Author: {s.author}")
    d.add("cover", f"Date of publication: {c.printed_date()}")
    d.add("small", f"Handling: this report is {marking}. It has been anonymised for publication and may be shared "
          "without restriction.")  # fmt: skip
    _break(c)
    n = _front(c, numbered=True)
    d.add("h1", f"{n}. Learning")
    d.add("p", "The review identified the following learning. Each learning point is set out under its own "
          "heading.")  # fmt: skip
    for i, st in enumerate(_statements(c, 3), 1):
        label = f"{n}.{i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label} {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", f"{n + 1}. Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        label = f"{n + 1}.{j}"
        d.add("num", r.text, d.lesson("recommendation", label, r.text, r.themes), label=label)


_REF_ERROR = "Error! Reference source not found."
_REF_SENTENCES = (
    f"The chronology at paragraph {_REF_ERROR} shows how often this happened.",
    f"This pattern is described at paragraph {_REF_ERROR} above.",
    f"The episodes are listed in Table {_REF_ERROR} in the appendix.",
)


def c518(c: Ctx) -> None:  # Word's field errors printed in the text: "Error! Reference source not found."
    d = c.doc
    c.cover()
    sts = _statements(c, 3)
    recs = _recommendations(c, 3)
    d.add("h1", "Contents")
    entries = ["1. Introduction\t3", "2. Methodology\t3", "3. Background\t3",
               "Figure 1: Agencies' contact with the family\tError! Bookmark not defined.",
               "4. Findings\tError! Bookmark not defined."]  # fmt: skip
    entries += [f"Finding {i}: {st.title}\tError! Bookmark not defined." for i, st in enumerate(sts, 1)]
    entries += ["5. Recommendations\t4"]
    for entry in entries:
        _raw(c, "small", entry)
    _break(c)
    _front(c, numbered=True)
    d.add("small", "Figure Error! No text of specified style in document..1: Agencies' contact with the family over "
          "the period reviewed")  # fmt: skip
    d.add("h1", "4. Findings")
    for i, st in enumerate(sts, 1):
        first, *rest = re.split(r"(?<=[.?!])\s+", st.body)
        body = " ".join([first, _REF_SENTENCES[i - 1], *rest])
        label = f"Finding {i}"
        key = d.lesson("finding", label, f"{st.title} {body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        _p(c, body, key)
    d.add("h1", "5. Recommendations")
    for j, r in enumerate(recs, 1):
        text = f"As Finding {_REF_ERROR} shows, {_lower_first(c, r.text)}" if j == 2 else r.text
        d.add("num", text, d.lesson("recommendation", str(j), text, r.themes), label=f"{j}.")


def c519(c: Ctx) -> None:  # a cover without the title: the title only in the running header of the later pages
    d, s = c.doc, c.spec
    d.header = d.meta["title"]
    d.add("cover", c.partnership)
    d.add("cover", "Final report")
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add("p", _intro(c))
    d.add("p", c.fill(narrative.INTRO[3]))
    d.add("h1", "Methodology")
    d.add("p", c.fill(narrative.METHOD[0]))
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    for event in _events(c, 2):
        d.add("p", event)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _gp_bullets(c, _good(c, 2))
    _numbered(c, 3)


def _column(lines: list[str], heading: str, whole: str) -> float:
    """A table column just wide enough for the longest of the lines and of the heading's words (in the cells' type,
    with their padding), so that the whole value breaks over the lines; where the whole would still fit, a column
    as narrow as the lines, the heading breaking too."""
    heading_w = max(stringWidth(w, "Helvetica-Bold", 9.5) for w in heading.split())
    lines_w = max(stringWidth(x, "Helvetica", 9.5) for x in lines)
    width = max(heading_w, lines_w) + 13.5
    return lines_w + 13.5 if stringWidth(whole, "Helvetica", 9.5) <= width - 12 else width


def c520(c: Ctx) -> None:  # a cover table whose narrow cells break the date and the author's name over two lines
    d, s = c.doc, c.spec
    pub = _to_day(c)
    date = _long(pub)
    name, date_lines = s.author.split(), [date.rsplit(" ", 1)[0], date.rsplit(" ", 1)[1]]
    name_lines = [" ".join(name[:-1]), name[-1]]
    head = ("Child", "Lead reviewer", "Date of publication", "Status")
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    if s.fmt == "pdf":
        label = f"b19b520:{s.name}"
        w_name, w_date = _column(name_lines, head[1], s.author), _column(date_lines, head[2], date)
        rest = (INNER_W - w_name - w_date) / 2
        COLUMN_WIDTHS[label] = ((rest / INNER_W, w_name / INNER_W, w_date / INNER_W, rest / INNER_W), False)
        d.add("header", cells=head, label=label)
        d.add("row", cells=(s.child, s.author, date, "Final"), label=label)
    else:  # the cells typed with a line break, as a narrow cell was made to look right
        _raw(c, "header", cells=head)
        _raw(c, "row", cells=(s.child, "\n".join(name_lines), "\n".join(date_lines), "Final"))
    d.add("pagebreak")
    _front(c)
    d.add("h1", "What the review learned")
    for st in _statements(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    c.rec_table("Recommendations", _recommendations(c, 3))


def c521(c: Ctx) -> None:  # an archived copy of a review's web page: the archive's banner and capture dates
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = d.meta["title"]
    lscb = s.review_type == "SCR"
    site = f"www.{re.sub(r'[^a-z]', '', s.area.lower())}{'lscb' if lscb else 'scp'}.org.uk"
    page = f"https://{site}/case-reviews/{_slug(s.child)}/"
    capture = _shift(pub, -9, 14)
    stamp = capture.replace("-", "") + "103215"
    first, last = _shift(pub, -1, 12), _shift(pub, -44, 3)
    d.footer = ""
    if s.fmt == "pdf":  # printed from the browser: its header line heads the print
        d.add("small", f"{_slash(_shift(last, -7, 2))}, 10:32 | {title} | {c.partnership}")
    d.add("small", f"The Wayback Machine - https://web.archive.org/web/{stamp}/{page}")
    d.add("small", f"{23 + len(s.name) % 40} captures | {_short_month(first)} - {_short_month(last)}")
    d.add("small", "About this capture | COLLECTED BY Organization: Internet Archive")
    d.add("small", c.partnership)
    d.add("small", "Home | About us | Practitioners | Parents and carers | Case reviews | Training | Contact us")
    d.add("small", f"You are here: Home > Case reviews > {title}")
    d.add("title", title)
    d.add("p", f"Published: {_long(pub)}")
    d.add("p", f"The {c.partnership} has published the {_type_name(c)} about {s.child}, who was {s.age} old. The "
          f"review was carried out by the independent reviewer {s.author}.")  # fmt: skip
    d.add("h1", "Key learning")
    for st in _statements(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _gp_bullets(c, _good(c, 2))
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("p", "Download the full report (PDF, 1.3MB)")
    d.add("small", f"Page last updated: {_long(_shift(pub, -3, 9))}")
    d.add("small", f"\u00a9 {pub[:4]} {c.partnership} | Accessibility | Cookies | Privacy")


_LANGUAGES = ("English", "Polski", "Rom\u00e2n\u0103", "Portugu\u00eas", "\u0627\u0631\u062f\u0648",
              "\u09ac\u09be\u0982\u09b2\u09be", "Fran\u00e7ais", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
              "Soomaali", "Lietuvi\u0173", "T\u00fcrk\u00e7e", "\u4e2d\u6587")  # fmt: skip


def c522(
    c: Ctx,
) -> None:  # a web page with an accessibility toolbar, a language list, cookie preferences, related pages
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = d.meta["title"]
    html = s.fmt == "html"
    if html:
        d.add("small", "Skip to main content")
        d.add("small", "Accessibility tools: Listen | Translate | Text size A A A | Colour contrast | Dyslexia ruler "
              "| Reset")  # fmt: skip
        d.add("small", "Translate this page: " + " | ".join(_LANGUAGES))
    else:  # printed from the browser: the toolbar is not printed, the browser's header line is
        d.footer = ""
        d.add("small", f"{_slash(_shift(pub, -8, 5))}, 14:07 | {title} | {c.partnership}")
        d.add("small", "Skip to main content")
    d.add("small", f"Home > Learning from reviews > Case reviews > {title}")
    d.add("title", title)
    d.add("p", f"Published: {_long(pub)}")
    d.add("p", _intro(c))
    d.add("h1", "What the review found")
    for i, st in enumerate(_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "You might also be interested in")
    for related in ("Escalation and resolution of professional disagreements", "Learning from case reviews",
                    "Multi-agency training programme", "7-minute briefings"):  # fmt: skip
        d.add("bullet", related)
    _gp_bullets(c, _good(c, 2))
    _numbered(c, 3)
    d.add("small", "Was this page helpful? Yes | No | Report a problem with this page")
    d.add("small", f"Page last updated: {_long(_shift(pub, -5, 21))}")
    d.add("h1", "Cookie preferences")
    d.add("small", "Strictly necessary cookies: these make the website work and cannot be switched off.")
    d.add("small", "Analytics cookies: we would like to set Google Analytics cookies to understand how you use the "
          "website. Accept analytics cookies | Reject analytics cookies")  # fmt: skip
    d.add("small", "Accept all cookies | Reject all cookies | Save my preferences")
    d.add("small", f"\u00a9 {pub[:4]} {c.partnership}")


_FILL = "Click or tap here to enter text."
_FILL_DATE = "Click or tap to enter a date."


def c523(c: Ctx) -> None:  # a template's placeholders left in: "Click or tap here to enter text."
    d, s = c.doc, c.spec
    pub = _to_day(c)
    kind = "SCR" if s.review_type == "SCR" else "LCSPR"
    d.footer = f"{kind} report template v2.1 | Page {{x}} of {{y}}"
    d.add("cover", "[Insert partnership logo here]")
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("metarow", cells=("Name of child", s.child))
    d.add("metarow", cells=("Age at the time of the incident", _FILL))
    d.add("metarow", cells=("Lead reviewer", s.author))
    d.add("metarow", cells=(f"Date agreed by {_partners(c)}", _FILL_DATE))
    d.add("metarow", cells=("Date of publication", _slash(pub)))
    d.add("pagebreak")
    d.add("h1", "1. Introduction")
    d.add("small", "[Guidance: summarise why the review was undertaken and its scope. Delete this guidance before "
          "publication.]")  # fmt: skip
    d.add("p", _intro(c, with_age=False))
    d.add("h1", "2. Summary of the case")
    d.add("small", "[Guidance: a short account of the family's contact with agencies. Use the child's pseudonym.]")
    for event in _events(c, 2):
        d.add("p", event)
    d.add("h1", "3. Learning identified")
    sts = _statements(c, 3)
    for i, st in enumerate(sts, 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("num", _FILL, label=f"{len(sts) + 1}.")
    d.add("h1", "4. Good practice identified")
    d.add("p", _FILL)
    d.add("h1", "5. Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "6. Additional comments")
    d.add("p", "Choose an item.")


_LINE = 88  # characters on a line of the PDF the text was copied from
_PAGE_LINES = 30


def _pasted_lines(text: str, first: str = "") -> list[str]:
    """A paragraph as it comes out of a PDF: one line at a time, a long word broken with a hyphen at a line end, a
    word with its own hyphen broken after it."""
    lines, line = [], first
    for word in text.split():
        gap = " " if line else ""
        if len(line) + len(gap) + len(word) <= _LINE:
            line += gap + word
            continue
        room = _LINE - len(line) - len(gap) - 1
        own = word.find("-") + 1 if "-" in word[1:-1] else 0
        cut = own if 0 < own <= room + 1 else _hyphen_at(word, room) if word.isalpha() and len(word) >= 8 else 0
        if cut and own and cut == own:
            lines.append(line + gap + word[:cut])
            line = word[cut:]
        elif cut:
            lines.append(line + gap + word[:cut] + "-")
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def c524(c: Ctx) -> None:  # text pasted from a PDF: a break at every line end, hyphens, the page furniture between
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = d.meta["title"]
    html = s.fmt == "html"
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {_long(pub)}")
    _break(c)
    count = [8, 2]  # lines on the page so far (the first page opens with its headings), the page's number

    def paste(text: str, keys=(), first: str = "") -> None:
        out: list[str] = []
        for line in _pasted_lines(text, first):
            out.append(line)
            count[0] += 1
            if count[0] % _PAGE_LINES == 0:  # a page end: its footer and the next page's header were copied too
                out += [f"Page {count[1]} of @TOTAL@", f"{title} | Final report"]
                count[1] += 1
        if html:  # a paragraph a line, as the web editor made of each line break
            for line in out:
                d.add("p", line, keys)
        else:
            _raw(c, "p", "\n".join(out), keys)

    d.add("h1", "1. Introduction")
    paste(c.fill(narrative.INTRO[1]))
    paste(c.fill(narrative.INTRO[3]))
    d.add("h1", "2. Background")
    paste(c.fill(narrative.BACKGROUND[s.scenario]))
    for event in _events(c, 2):
        paste(event)
    d.add("h1", "3. Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        paste(st.body, key)
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        paste(r.text, d.lesson("recommendation", str(j), r.text, r.themes), first=f"{j}.")
    total = str(count[1])
    _damage(c, lambda t: t.replace("@TOTAL@", total))


def c525(c: Ctx) -> None:  # headings broken into several paragraphs: the cover's title, the findings' headings
    d, s = c.doc, c.spec
    title = d.meta["title"]
    kind, child = title.split(": ", 1)
    words = kind.split()
    half = (len(words) + 1) // 2
    d.add("cover", c.partnership)
    for line in (" ".join(words[:half]), " ".join(words[half:]) + ":", child):
        d.add("title", line)
    d.add("cover", "Independent reviewer")
    d.add("cover", s.author)
    d.add("cover", "Date of publication")
    d.add("cover", c.printed_date())
    d.add("pagebreak")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        label = f"Finding {i}"
        key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
        words = st.title.split()
        if i == 1 or len(words) < 3:  # the label on a line of its own, the title below
            parts = [f"{label}:", st.title]
        elif i == 2:  # Enter pressed in the middle of a long heading
            parts = [f"{label}: {' '.join(words[:-2])}", " ".join(words[-2:])]
        else:
            parts = [f"{label}: {st.title}"]
        for part in parts:
            d.add("h2", part, key)
        for chunk in split_body(st.body):
            _p(c, chunk, key)
    _numbered(c, 3)


def c526(c: Ctx) -> None:  # Windows-1252 read as UTF-8: "Child AB�s", "8�February 2022"
    d, s = c.doc, c.spec
    if s.fmt == "txt":
        d.footer = ""
    d.add("title", d.meta["title"])
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("h1", "Introduction")
    d.add("p", _intro(c))
    d.add("p", "The family's rent arrears had reached \u00a31,200 and they had been threatened with eviction. "
          "Agencies' records show many contacts in the year before the incident.")  # fmt: skip
    d.add("h1", "Good practice")
    for g in map(_smart_entry, _good(c, 3)):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "What the review learned")
    for st in map(_smart_entry, _statements(c, 3)):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(map(_smart_entry, _recommendations(c, 3)), 1):
        _runin(c, r.text, d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
               label=f"Recommendation {j}:")  # fmt: skip
    _keep_printed(c)
    _damage(c, lambda t: _replaced(re.sub(rf"\b(\d+) ({_MONTHS})\b", "\\1\u00a0\\2", _smart(t))))


_SENTENCES = re.compile(r"(?<=[.?!])\s+")


def c527(c: Ctx) -> None:  # Word's decorative bullets: "❖" items, their "➢" sub-items part of them, "▪" items
    d, s = c.doc, c.spec
    if s.fmt == "pdf":
        d.font = "dejavu-sans"  # the glyphs need a font that has them
    _pub_cover(c)
    _front(c)
    d.add("h1", "Key learning")
    d.add("p", "The review identified three areas of learning, set out below.")
    drawn = _statements(c, 8)
    sts = sorted(drawn, key=lambda st: len(_SENTENCES.split(st.body)) < 2)[:3]  # those with sub-points first
    for st in sts:
        first, *rest = _SENTENCES.split(st.body)
        key = d.lesson("learning_point", "", st.body, st.themes)
        _p(c, f"\u2756 {first}", key)
        for sentence in rest:
            d.add("num", f"\u27a2 {sentence}", key, label="")
    d.add("h1", "Good practice")
    for g in _good(c, 2):
        _p(c, f"\u25aa {g.text}", d.lesson("good_practice", "", g.text, g.themes))
    _numbered(c, 3)
    d.add("h1", "Reflective questions")
    for q in narrative.REFLECTION_QUESTIONS[:2]:
        d.add("p", f"\u25aa {q}")


def c528(c: Ctx) -> None:  # the place only in the alt text of the partners' logos: "Walsall Council logo"
    d, s = c.doc, c.spec
    pub = _to_day(c)
    lscb = s.review_type == "SCR"
    body = "Local Safeguarding Children Board" if lscb else "Safeguarding Children Partnership"
    health = "NHS Clinical Commissioning Group" if pub < "2022-07" else "NHS Integrated Care Board"
    alts = (f"{_council(c)} logo", f"{POLICE[s.region]} logo", f"{health} logo")
    txt = s.fmt == "txt"
    if txt:  # the page as a text browser dumps it: images by their alt text in brackets
        d.footer = ""
        d.add("small", "[Home]")
        d.add("small", "Home > Case reviews > " + d.meta["title"])
    d.add("title", d.meta["title"])
    d.add("p", f"Published: {_long(pub)}")
    d.add("p", f"The {body} has published the {_type_name(c)} about {s.child}, who was {s.age} old. The review was "
          f"led by the independent reviewer {s.author} and looked at how agencies in the borough worked with "
          f"{s.child}'s family.")  # fmt: skip
    d.add("h1", "What the review learned")
    for st in _statements(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("p", "Download the full report (PDF, 1.1MB)")
    d.add("small", f"The {body} brings together the council, the police and health services in the borough.")
    if txt:
        for alt in alts:
            d.add("small", f"[{alt}]")
    else:
        d.add("logos", cells=alts)
    d.add("small", "Accessibility | Cookies | Privacy notice | Contact us")


# Builders that damage the characters of what they print decide the printed metadata before the damage
# (_keep_printed); C520 prints its author and date split over two lines and keeps them.
_OWN_CHECK = {"c511", "c514", "c515", "c520", "c526"}

BUILDERS = {
    f"C{name[1:]}": _named(_of_its_time(fn)) if name in _OWN_CHECK else _printed_only(_named(_of_its_time(fn)))
    for name, fn in globals().items()
    if re.fullmatch(r"c5\d\d", name)
}
