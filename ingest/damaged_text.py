"""Ingest stage: text as conversions leave it, read back to the words the author wrote.

Runs where pages are normalised (`ingest.clean.normalise_pages`), once per
document, before anything reads lines. What it undoes, each only where the
damage is plain:

- letter-spaced lines ("F i n d i n g   2 :   T i t l e" is "Finding 2: Title"),
  read before runs of spaces are collapsed;
- Word's optional hyphens exported as "¬" ("Not¬tingham" is "Nottingham");
- an ASCII copy's "?" for the typographic characters it could not hold
  ("Child?L?s" is "Child L's", " ? " a dash, "?word?" quotes), only in a document
  where "?" sits between letters several times;
- ligatures the extraction dropped, printed as a space ("noti cation", "She eld",
  "the  rst"), only in a document where several such words are plain;
- an OCR engine's "rn" for "m" in a word no table knows, its "l" for "1" in a
  label ("Finding l") and its "O" for "0" inside a number ("2O09");
- words run together where a PDF lost its spaces ("ChildHwho"), only in a
  document where several long runs split into known words.

Whether a word is English is read from spaCy's lexeme table, as the OCR
spacing does (`ingest.ocr_spacing`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.ocr_spacing import UNKNOWN, _probabilities, _split, word_score

# --- before spaces are collapsed -------------------------------------------------------------

_SPACED_GAP = re.compile(r"(?: {2,}|\t+)")


def unspace_letters(text: str) -> str:
    """A letter-spaced line read as words; any other line as it is."""
    tokens = text.split()
    if len(tokens) < 5 or sum(len(t) == 1 for t in tokens) < 0.9 * len(tokens):
        return text
    if sum(t.isalpha() for t in tokens) < 4:
        return text
    groups = [g for g in _SPACED_GAP.split(text.strip()) if g]
    if len(groups) == 1 and " " in groups[0]:
        # No wider gaps between words: one word spelled out ("F I N D I N G S").
        return groups[0].replace(" ", "")
    return " ".join(g.replace(" ", "") for g in groups)


def join_spaced_breaks(lines: list[str]) -> list[str]:
    """A letter-spaced line wrapped inside a word ("B R A D F O R D ... B O" / "A R D") read as one line."""
    out = list(lines)
    for i in range(len(out) - 1):
        rest = out[i + 1].strip()
        if not rest or len(rest) > 20 or any(len(t) != 1 for t in rest.split(" ")) or "  " in rest:
            continue
        if unspace_letters(out[i]) != out[i] and _SPACED_GAP.search(out[i].strip()):
            out[i] = out[i].rstrip() + " " + rest
            out[i + 1] = ""
    return out


_OPTIONAL_HYPHEN = re.compile(r"(?<=\w)¬\s*(?=\w)")
_OPTIONAL_HYPHEN_END = re.compile(r"(?<=\w)¬\s*$")

# --- an ASCII copy's question marks ----------------------------------------------------------

_Q_INSIDE = re.compile(r"(?<=[A-Za-z])\?(?=[A-Za-z0-9])|(?<=[0-9])\?(?=[A-Za-z])")
_Q_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\?(?=(?:s|t|ll|re|ve|d|m)\b)")
_Q_DASH = re.compile(r"(?<=\S) \? (?=\S)")
_Q_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))\?(?=\w)")
_Q_CLOSE = re.compile(r"(?<=[\w.,!])\?(?=[\s.,;:)\]]|$)")


@dataclass(frozen=True)
class Damage:
    """What one document's characters show of their route: an ASCII copy's "?", quoted-printable escapes."""

    ascii_copy: bool = False
    quoted_printable: bool = False

    @classmethod
    def of(cls, lines: list[str]) -> Damage:
        return cls(
            ascii_copy=sum(len(_Q_INSIDE.findall(line)) for line in lines) >= 3,
            quoted_printable=sum(len(_QP_RUN.findall(line)) for line in lines) >= 2,
        )


# Quoted-printable: runs of "=XX" escapes that decode as UTF-8 ("=E2=80=99"), a MIME encoded word
# ("=?UTF-8?Q?Child_X:_learning_briefing?="), a soft line break ("=" at a line's end).
_QP_RUN = re.compile(r"(?:=[0-9A-F]{2}){2,}")
_QP_ESCAPES = re.compile(r"(?:=[0-9A-F]{2})+")
_QP_WORD = re.compile(r"=\?utf-8\?q\?(?P<body>.*?)\?=", re.I)


def _qp_bytes(escapes: str) -> str:
    raw = bytes(int(escapes[k + 1 : k + 3], 16) for k in range(0, len(escapes), 3))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return escapes


def undo_quoted_printable(text: str) -> str:
    text = _QP_WORD.sub(lambda m: m["body"].replace("_", " "), text)
    text = _QP_ESCAPES.sub(lambda m: _qp_bytes(m.group(0)), text)
    return text[:-1] if text.endswith("=") and not text.endswith("==") else text


# A superscript ordinal set apart by the conversion: "14 th January", "the 3 rd of March".
_ORDINAL = re.compile(r"\b(\d{1,2}) (st|nd|rd|th)\b(?= (?:of )?[A-Z][a-z]+)")


def undo_ascii_marks(text: str) -> str:
    if "?" not in text:
        return text
    text = _Q_APOSTROPHE.sub("\u2019", text)
    text = _Q_DASH.sub(" \u2013 ", text)
    opened = bool(_Q_OPEN.search(text))
    text = _Q_OPEN.sub("\u2018", text)
    if opened:
        text = _Q_CLOSE.sub("\u2019", text)
    return _Q_INSIDE.sub(" ", text)


# --- after spaces are collapsed: words the tables know -----------------------------------------

_WORD = re.compile(r"[A-Za-z]+")
_LIGATURE_PARTS = ("fi", "fl", "ff", "ffi", "ffl")


def _known(word: str) -> bool:
    return bool(word) and (word in _probabilities() or word.lower() in _probabilities())


def _ligature_candidates(tokens: list[str], i: int, strict: bool) -> list[tuple[float, int, str]]:
    """Ways to read the token at `i` (with its neighbour) as a word with a dropped ligature:
    (gain in log-probability, tokens used, word)."""
    out: list[tuple[float, int, str]] = []
    token = tokens[i]
    core = _WORD.fullmatch(token)
    if core is None or strict and _known(token) and word_score(token) > -12:
        return out
    for lig in _LIGATURE_PARTS:
        alone = lig + token
        if _known(alone):
            out.append((word_score(alone) - word_score(token), 1, alone))
        if i > 0 and _WORD.fullmatch(tokens[i - 1]):
            joined = tokens[i - 1] + lig + token
            if _known(joined):
                before = word_score(tokens[i - 1]) + word_score(token)
                out.append((word_score(joined) - before, 2, joined))
    return out


_TRAIL = re.compile(r"^(?P<lead>[(\[\u2018'\"]*)(?P<word>[A-Za-z]+)(?P<tail>[^A-Za-z]*)$")


def _split_token(token: str) -> tuple[str, str, str]:
    m = _TRAIL.match(token)
    return (m["lead"], m["word"], m["tail"]) if m else ("", "", token)


def mend_ligatures(text: str, margin: float) -> tuple[str, int]:
    """`text` with dropped ligatures read back; and how many were plain (gain of 8 or more)."""
    raw = text.split(" ")
    parts = [_split_token(t) for t in raw]
    words = [w for _, w, _ in parts]
    out: list[str] = []
    plain = 0
    i = 0
    while i < len(raw):
        best = None
        lead, word, tail = parts[i]
        if word:
            cands = _ligature_candidates(words, i, margin >= 8)
            # A join needs the neighbour to be a bare word with nothing after it.
            cands = [c for c in cands if c[1] == 1 or (i > 0 and not parts[i - 1][2] and out)]
            if cands:
                best = max(cands)
        if best is not None and best[0] >= margin:
            gain, used, word_new = best
            plain += gain >= 8
            if used == 2:
                prev_lead = parts[i - 1][0]
                out[-1] = prev_lead + word_new + tail
            else:
                out.append(lead + word_new + tail)
        else:
            out.append(raw[i])
        i += 1
    return " ".join(out), plain


_RN = re.compile(r"[A-Za-z]*rn[A-Za-z]*")


def mend_ocr(text: str) -> str:
    """An OCR engine's "rn" for "m" in words no table knows, "l" for "1" in a label, "O" for "0" in a number."""

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if _known(w) and word_score(w) > -13:
            return w
        best, best_score = w, word_score(w)
        for k in [j for j in range(len(w) - 1) if w[j : j + 2] == "rn"]:
            alt = w[:k] + "m" + w[k + 2 :]
            if _known(alt) and word_score(alt) > best_score + 5:
                best, best_score = alt, word_score(alt)
        return best

    if "rn" in text:
        text = _RN.sub(word, text)
    text = _OCR_LABEL.sub(lambda m: m.group(1) + "1", text)
    text = _OCR_NUMBER.sub(lambda m: m.group(0).replace("O", "0").replace("o", "0"), text)
    return text


_OCR_LABEL = re.compile(
    r"(^|\b(?:Finding|Recommendation|Learning point|Lesson|Learning|Theme|Issue)\s+)l(?=[0-9]?(?:\s*[:.)–-]|\s*$))"
)
_OCR_NUMBER = re.compile(r"\b(?=[0-9Oo]*[0-9])(?=[0-9Oo]*[Oo])[12][0-9Oo]{3}\b")


_RUN_TOGETHER = re.compile(r"\S{12,}")


def _respace(token: str) -> str | None:
    """A long run of letters split into known words, or None."""
    if any(c in token for c in "/@\\=") or "www" in token.lower() or "http" in token.lower():
        return None
    if word_score(token) > UNKNOWN - 30:
        return None
    n = len(token)
    split = _split(token, [(float(i), float(i) + 1.0 - 0.4) for i in range(n)], list(range(n)), 1.0)
    pieces = split.split(" ")
    if len(pieces) < 2:
        return None
    letters = [p for p in pieces if p.isalpha()]
    if not letters or any(not _known(p) for p in letters):
        return None
    split = re.sub(r"(?<=\w) ?([-\u2013'\u2019]) ?(?=\w)", r"\1", split)
    return split.replace(" .", ".").replace(" ,", ",").replace(" :", ":").replace(" ;", ";").replace(" '", "'")


def respace_runs(text: str) -> tuple[str, int]:
    count = 0

    def sub(m: re.Match[str]) -> str:
        nonlocal count
        new = _respace(m.group(0))
        if new is None:
            return m.group(0)
        count += 1
        return new

    return _RUN_TOGETHER.sub(sub, text), count


# --- the document ------------------------------------------------------------------------------


def before_collapse(text: str, damage: Damage) -> str:
    """What must be read before runs of spaces are collapsed and characters normalised."""
    if damage.quoted_printable and "=" in text:
        text = undo_quoted_printable(text)
    if " " in text:
        text = _ORDINAL.sub(r"\1\2", text)
    if "¬" in text:
        text = _OPTIONAL_HYPHEN.sub("", text)
        text = _OPTIONAL_HYPHEN_END.sub("-", text)
    if damage.ascii_copy:
        text = undo_ascii_marks(text)
    return unspace_letters(text)


_COVER_LINES = 12
_BROKEN = re.compile(r"(?P<word>[A-Za-z]+)-$")
_CONTINUED = re.compile(r"^(?P<word>[A-Za-z]+)")
_COVER_START = re.compile(r"^[A-Z0-9]")
_SENTENCE_END = re.compile(r"[.?!]\s*$")
_FURNITURE = re.compile(r"^(page\s+)?\d+(\s+of\s+\d+)?$", re.IGNORECASE)


def join_cover_breaks(lines: list[str], first_page: int) -> list[str]:
    """A cover's title, name or date broken across lines at a hyphen, read as one line: the
    line-end hyphen undone where the joined word is known and its parts are not ("Prac-" /
    "tice Review"; "8 Feb-" / "ruary 2021"), kept otherwise ("Hughes-" / "Williams").

    Only cover lines are read so: on the first page, before the first line that ends a
    sentence, a line opening with a capital or a figure broken onto one that ends there. A
    paragraph's lines (one broken line running on to the next) and a page's furniture after a
    break are left to the block reader, which joins a paragraph's hyphen breaks in place."""
    lines = list(lines)
    for i in range(min(first_page, _COVER_LINES) - 1):
        if _SENTENCE_END.search(lines[i]):
            break
        broken = _BROKEN.search(lines[i])
        following = _CONTINUED.match(lines[i + 1])
        if not broken or not following or not _COVER_START.match(lines[i]):
            continue
        if len(lines[i]) > 70 or len(lines[i + 1]) > 70 or lines[i + 1].endswith("-"):
            continue
        if _FURNITURE.match(lines[i + 1]):
            continue
        joined = broken["word"] + following["word"]
        apart = word_score(broken["word"]) + word_score(following["word"])
        undo = (
            _known(joined)
            and word_score(joined) > apart
            and not (_known(broken["word"]) and following["word"][0].isupper())
        )
        lines[i] = (lines[i][:-1] if undo else lines[i]) + lines[i + 1]
        lines[i + 1] = ""
    return lines


def mend_document(lines: list[str], page_sizes: list[int]) -> list[str]:
    """The normalised lines of one document with dropped ligatures, OCR misreadings and lost spaces read back."""
    lines = join_cover_breaks(lines, page_sizes[0] if page_sizes else 0)
    lines = [mend_ocr(line) for line in lines]
    respaced = [respace_runs(line) for line in lines]
    if sum(n for _, n in respaced) >= 3:
        lines = [line for line, _ in respaced]
    mended = [mend_ligatures(line, 8.0) for line in lines]
    if sum(n for _, n in mended) >= 3:
        lines = [mend_ligatures(line, 2.0)[0] for line in lines]
    return lines
