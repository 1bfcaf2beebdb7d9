"""Ingest stage: repair of damaged characters in a text or HTML document, as it is read.

Runs on the decoded text before it is split into lines, so segmentation and
metadata see the characters the author typed. Three kinds of damage that
files carry are repaired, each only where it is detected, so that text that
is right stays exactly as it was:

- mojibake, UTF-8 read as Windows-1252 and saved again ("family\u00e2\u20ac\u2122s",
  "5\u00c2\u00a0months"): repaired by ftfy, line by line, on the lines ftfy judges bad;
- HTML entities printed literally ("children&#8217;s", "Child&nbsp;Q"), in a
  content system's export saved as text, or in a page escaped twice
  ("&amp;#8217;" in the source): decoded with the standard library's
  html.unescape where several are found;
- Windows-1252 read as UTF-8, each character outside ASCII replaced by
  U+FFFD, which no library can restore: read as a careful reader would, an
  apostrophe inside or closing a word, an opening quote before one, a pound
  sign before a figure, a space between a figure and a word, a dash between
  spaces or figures.
"""

from __future__ import annotations

import html
import re

import ftfy
from ftfy.badness import is_bad

# "&#8217;", "&#x2019;", "&rsquo;", "&nbsp;": an entity with its closing semicolon
LITERAL_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# the same escaped once more in an HTML source: "&amp;#8217;", "&amp;nbsp;", "&amp;amp;"
ESCAPED_ENTITY = re.compile(r"&amp;(?=(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});)")
MIN_ENTITIES = 3  # one "&amp;" may be a quotation of markup; several are an export's damage

REPLACEMENT = "\ufffd"
_LETTER = r"[^\W\d_]"
# the U+FFFD readings, tried in order; each pattern matches the replacement character itself
_FFFD_READINGS = (
    (re.compile(rf"(?<=\d){REPLACEMENT}(?=\d)"), "\u2013"),  # "1990-1995"
    (re.compile(rf"(?<=\s){REPLACEMENT}(?=\s)"), "\u2013"),  # "parents - and"
    (re.compile(rf"(?<![\w.,]){REPLACEMENT}(?=\d)"), "\u00a3"),  # "reached \u00a31,200"
    (re.compile(rf"(?<=\d){REPLACEMENT}(?={_LETTER})"), "\u00a0"),  # "8 February"
    (re.compile(rf"(?<={_LETTER}){REPLACEMENT}(?=\d)"), "\u00a0"),  # "Finding 1"
    (re.compile(rf"(?<={_LETTER}){REPLACEMENT}(?={_LETTER})"), "\u2019"),  # "family's", "don't"
    (re.compile(rf"(?<=[\w.,!?]){REPLACEMENT}"), "\u2019"),  # "Agencies' records", "with it.'"
    (re.compile(rf"{REPLACEMENT}(?=\w)"), "\u2018"),  # "'just got on"
    (re.compile(REPLACEMENT), "\u2013"),
)


def _fixed_mojibake(text: str) -> str:
    """The lines ftfy judges to be mojibake, repaired (its encoding fix only: quotes and the rest kept)."""
    if not is_bad(text):
        return text
    lines = text.split("\n")
    return "\n".join(ftfy.fix_encoding(line) if is_bad(line) else line for line in lines)


def _decoded_entities(text: str) -> str:
    if len(LITERAL_ENTITY.findall(text)) < MIN_ENTITIES:
        return text
    return LITERAL_ENTITY.sub(lambda match: html.unescape(match.group(0)), text)


def _read_replacements(text: str) -> str:
    if REPLACEMENT not in text:
        return text
    for pattern, reading in _FFFD_READINGS:
        text = pattern.sub(reading, text)
    return text


def repair_text(text: str) -> str:
    """A plain-text document's text with its damaged characters repaired (see the module's docstring)."""
    return _read_replacements(_decoded_entities(_fixed_mojibake(text)))


def repair_html(source: str) -> str:
    """An HTML source with its damaged characters repaired: an entity escaped twice is escaped once
    (the parser then decodes it), then mojibake and replacement characters as in text."""
    if len(ESCAPED_ENTITY.findall(source)) >= MIN_ENTITIES:
        source = ESCAPED_ENTITY.sub("&", source)
    return _read_replacements(_fixed_mojibake(source))
