"""Ingest stage: a scanned numbered list whose later numbers the OCR misread, read before lesson
segmentation (ingest/lessons.py).

OCR reads "3." as "35" or "3," (the full stop taken for a digit or a comma) or "2." as letters ("Be"), and the item
then comes out as a paragraph with a wrong number or a stray word before its text. After an item
numbered n, a paragraph set at the list's left edge whose first token (at most three characters)
is not a word of the sentence and whose text asks something, as the items before it do, is item
n + 1; one whose first token is letters in lower case ("pe" for "2.") takes the number before the
next item's, or, among the list's last, is item n + 1 when only such items ("e:" for "2.", "a:" for "3.")
and then a heading or the end of the text follow it (in a list of statements asking nothing too, its last item's
number read as one letter); on the next page the list may sit a few points off its edge (a page laid on the glass a
little askew). The first item's "1." read as a mark (":", "i,", "l.") or as another digit ("4.") is given
back when the item after it is numbered 2, or is a paragraph whose own number OCR misread too ("IAN") with
the list going on at 3 (a list of findings, which ask nothing, when the mark is a lower-case letter or a bar
straight before item 2: "i A strategy discussion ..."). The next item's number read without its stop ("3 The
Partnership ...") counts as numbered for the lower-case letters before it. A code label's "1" read as a letter ("Ri" for "R1") is given back when the next paragraph
carries the same code numbered 2. A list none of whose numbers OCR read as numbers ("'. All agencies ...", "Ds The Partnership ...",
"3: Children's ...") is numbered in order when one of its marks is its own place's digit. A lesson label
whose space before its number OCR lost ("FINDING2",
"FINDINGI" for "FINDING 1") is given its space back, a letter like a one read as 1.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block

NUMBERED = re.compile(r"^(?P<num>\d{1,2})[.)]\s+(?=\S)")
# a stray token before a capitalised sentence: "35 The youth ...", "Be The Partnership ..."
STRAY = re.compile(r"^(?P<token>[\w]{1,3}[.,:)]?)\s+(?=[A-Z][a-z])")
# a list number read as a mark or two before a capitalised sentence: "<% The assessment ..."
# (marks no printed text opens a paragraph with: not a bullet, a dash or a quotation mark)
MARK_STRAY = re.compile(r"^(?P<token>[<>%#&$@^~{}\[\]\\/=+]{1,2})\s+(?=[A-Z][a-z])")
# an item lettered "a." or "a)" where OCR read the list's last number as a letter
LETTERED_ITEM = re.compile(r"^[a-z][.)]\s+(?=[A-Z][a-z])")
ASKS = re.compile(r"\b(?:should|must|needs?\s+to|is\s+to|are\s+to|will)\b", re.I)
# short words that open a sentence, never a list number misread
SENTENCE_OPENERS = frozenset(
    {"the", "a", "an", "it", "its", "we", "our", "as", "at", "if", "in", "on", "by", "for", "any"}
)
EDGE = 3.0  # points either side of the list's left edge
# a scan's pages are not laid on the glass alike: a list carried over to the next page may sit a few
# points off the edge it had on the page before
PAGE_SHIFT = 8.0


def misread_numbers(blocks: list[Block]) -> list[Block]:
    """Blocks with the paragraphs that are a numbered list's items under misread numbers made items
    numbered in sequence."""
    kept: list[Block] = []
    number, edge, asks, page = 0, 0.0, False, 0
    for index, block in enumerate(blocks):
        numbered = NUMBERED.match(block.text) if block.kind == "item" else None
        lettered_last = LETTERED_ITEM.match(block.text) if block.kind == "item" and numbered is None else None
        if (
            lettered_last is not None
            and number >= 2
            and edge
            and abs(block.x0 - edge) <= EDGE
            and asks == bool(ASKS.search(block.text))
            and _closes_list(blocks, index + 1, edge)
        ):
            # the list's last number read as a letter and set as a lettered item ("a. The LSCB should ..." for
            # "3." after "2. GP practices should ..."), a heading or the end of the text after it
            number += 1
            block = replace(block, text=f"{number}. {block.text[lettered_last.end() :]}")
            numbered = NUMBERED.match(block.text)
        if numbered is not None:
            number, edge, asks = int(numbered.group("num")), block.x0, bool(ASKS.search(block.text))
            # (an item run over onto the next page has its edge from the page before: the next page's edge may differ)
            page = block.page_end if block.page_start == block.page_end else -1
        elif (
            number
            and block.kind == "para"
            and block.x0
            and edge
            and abs(block.x0 - edge) <= (EDGE if block.page_start == page else PAGE_SHIFT)
        ):
            stray = STRAY.match(block.text) or MARK_STRAY.match(block.text)
            rest = block.text[stray.end() :] if stray else ""
            token = stray.group("token").rstrip(".,:)") if stray else ""
            following = str(number + 1)
            # "3," or "3:" for "3.", and "35" for "3." (its full stop read as a digit)
            misread = token == following or (
                token.isdigit() and len(token) == len(following) + 1 and token.startswith(following)
            )
            # (a word that opens sentences, "The Board's response ...", is the sentence's own)
            lettered = (
                token.isalpha() and token[:1].isupper() and rest[:1].isupper() and token.lower() not in SENTENCE_OPENERS
            )
            # the list's last items, their numbers read as a letter or two in lower case ("e:" for "2.", "a:"
            # for "3."), a heading or the end of the text after them
            closing = _lower_token(token) and rest[:1].isupper() and _closes_list(blocks, index + 1, edge)
            # letters in lower case ("pe" for "2.") between two items, the next numbered at the same edge
            ahead = _next_number(blocks, index, edge) if token.isalpha() and token.islower() else None
            if ahead is not None and not misread and stray and asks and ASKS.search(rest.split(". ")[0]):
                number = ahead - 1
                block = replace(block, kind="item", text=f"{number}. {rest}")
            elif stray and (misread or lettered or closing) and asks and ASKS.search(rest.split(". ")[0]):
                number += 1
                block = replace(block, kind="item", text=f"{number}. {rest}")
            elif (
                stray
                and number >= 2
                and rest[:1].isupper()
                and (
                    (closing and len(token) == 1)
                    # its number read as a mark or two ("<%" for "3.") at the top of the next page
                    or (MARK_STRAY.match(block.text) and _closes_list(blocks, index + 1, edge))
                )
            ):
                # a list of statements (learning, which need not ask anything), its last number read as one
                # letter ("a The alternative provision ..." for "3."), a heading or the end of the text after it
                number += 1
                block = replace(block, kind="item", text=f"{number}. {rest}")
            elif (
                stray
                and token.isalpha()
                and token.lower() not in SENTENCE_OPENERS
                and rest[:1].isupper()
                and _next_number(blocks, index, block.x0) == number + 2
            ):
                # a number read as letters ("Zz." for "2.") between items n and n + 2 at the list's edge: item
                # n + 1, whether or not the list asks anything (a list of learning states it)
                number += 1
                block = replace(block, kind="item", text=f"{number}. {rest}")
            else:
                number = 0
        elif block.kind != "para" or not block.x0:
            number = 0
        kept.append(block)
    return kept


def _lower_token(token: str) -> bool:
    """Whether a stray token is a list number read as a letter or two in lower case ("a", "pe")."""
    return token.isalpha() and token.islower() and len(token) <= 2


def _closes_list(blocks: list[Block], start: int, edge: float) -> bool:
    """Whether the list ends at blocks[start]: the end of the text or a heading there, perhaps after
    further items whose numbers were read as lower-case letters too ("a: The LSCB should ..." after "e:
    Children's social care should ..."), each at the list's edge and asking something."""
    for block in blocks[start:]:
        if block.kind == "heading":
            return True
        stray = STRAY.match(block.text) if block.kind == "para" else None
        if (
            stray is None
            or abs(block.x0 - edge) > EDGE
            or not _lower_token(stray.group("token").rstrip(".,:)"))
            or not ASKS.search(block.text[stray.end() :].split(". ")[0])
        ):
            return False
    return True


def _next_number(blocks: list[Block], index: int, edge: float) -> int | None:
    """The number of the item straight after `index` when it is numbered 2 or more at the list's edge."""
    if index + 1 >= len(blocks):
        return None
    after = blocks[index + 1]
    numbered = NUMBERED.match(after.text) if after.kind == "item" else None
    if numbered is None and after.kind == "para":
        # the next item's number read without its stop ("3 The Partnership ..."): a digit alone
        numbered = re.match(r"^(?P<num>\d)\s+(?=[A-Z][a-z])", after.text)
    if numbered is None or abs(after.x0 - edge) > EDGE or int(numbered.group("num")) < 2:
        return None
    return int(numbered.group("num"))


# A code label's "1" read as a letter ("Ri", "Rl", "RI", "R|"): the first of codes "R2", "R3" after it.
MISREAD_ONE = re.compile(r"^(?P<prefix>[A-Z]{1,3})[ilI|!](?=\s+[A-Z])")


# the first number of a list read as a mark or a letter like a one: ":", "i,", "l.", "1:", "|", or as a
# quote and a digit or stop ("'2", "'.")
MISREAD_FIRST = re.compile(r"^(?P<token>[1lIi|!]?[.,:;)]|[lIi|!]|['‘’`][.\d])\s+(?=[A-Z][a-z]|A\s+[a-z])")


def misread_first_numbers(blocks: list[Block]) -> list[Block]:
    """Blocks with a scanned list's first item given back its number: a paragraph (or an item read as
    lettered) that asks something,
    opening with a mark read for "1." (MISREAD_FIRST), straight before an item numbered 2 at the same
    left edge, and after no numbered item of its own."""
    kept = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        following = blocks[i + 1]
        before = blocks[i - 1] if i else None
        # a paragraph, or an item the reader took for lettered ("l. The ..." before "2. ...")
        match = MISREAD_FIRST.match(block.text) if block.kind in ("para", "item") and block.x0 else None
        second = NUMBERED.match(following.text) if following.kind == "item" else None
        if (
            match
            and (
                (second is not None and second.group("num") == "2" and abs(following.x0 - block.x0) <= EDGE)
                or _second_misread_too(blocks, i)
            )
            and not (before is not None and before.kind == "item" and NUMBERED.match(before.text))
            and (ASKS.search(block.text[match.end() :].split(". ")[0]) or _listed_first(match, second))
        ):
            kept[i] = replace(block, kind="item", text=f"1. {block.text[match.end() :]}")
    return kept


def _listed_first(match: re.Match[str], second: re.Match[str] | None) -> bool:
    """Whether a mark read for "1." opens a list of statements (findings, which ask nothing): a lower-case
    letter or a bar ("i", "l", "|"; never the word "I") straight before the item numbered 2."""
    return second is not None and second.group("num") == "2" and match.group("token") in ("i", "l", "|")


def _second_misread_too(blocks: list[Block], index: int) -> bool:
    """Whether the list's second number was misread too ("IAN" for "2."): the paragraph after the first
    item opens with a stray token before a sentence that asks something, at the list's edge, and the next
    numbered item at that edge, before any heading, is numbered 3."""
    edge = blocks[index].x0
    following = blocks[index + 1]
    stray = STRAY.match(following.text) if following.kind == "para" else None
    if stray is None or abs(following.x0 - edge) > EDGE or not ASKS.search(following.text[stray.end() :]):
        return False
    for after in blocks[index + 2 :]:
        if after.kind == "heading":
            return False
        numbered = NUMBERED.match(after.text) if after.kind == "item" else None
        if numbered is not None and abs(after.x0 - edge) <= EDGE:
            return numbered.group("num") == "3"
    return False


def misread_first_digits(blocks: list[Block]) -> list[Block]:
    """Blocks with a scanned list's first item, its "1." read as another digit ("4."), numbered 1 again
    when the item after it, at the same edge, is numbered 2 and no numbered item comes before it."""
    kept = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        following = blocks[i + 1]
        before = blocks[i - 1] if i else None
        own = NUMBERED.match(block.text) if block.kind == "item" and block.x0 else None
        second = NUMBERED.match(following.text) if following.kind == "item" else None
        if (
            own is not None
            and own.group("num") not in ("1", "2")
            and second is not None
            and second.group("num") == "2"
            and abs(following.x0 - block.x0) <= EDGE
            and not (before is not None and before.kind == "item" and NUMBERED.match(before.text))
        ):
            kept[i] = replace(block, text=f"1. {block.text[own.end() :]}")
    return kept


def misread_code_ones(blocks: list[Block]) -> list[Block]:
    """Blocks with the first of a run of coded paragraphs ("R1 ...", "R2 ...") whose "1" the OCR
    read as a letter given its code back, when the next paragraph carries the same code numbered 2."""
    kept = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        match = MISREAD_ONE.match(block.text) if block.kind in ("para", "item") else None
        following = blocks[i + 1]
        if match and following.kind == block.kind and re.match(rf"{match.group('prefix')}2\s", following.text):
            kept[i] = replace(block, text=f"{match.group('prefix')}1{block.text[match.end() :]}")
    return kept


# the wrapped end of an item, then the next item's number read as a mark, run on in one line:
# "group. % The ICB should ...", "months. 3, Police should ..."
RUN_ON = re.compile(
    r"^(?P<tail>[a-z][^.!?]{0,100}[.!?])\s+(?P<mark>[^\w\s]{1,2}|\d{1,2}[.,:;)]?)\s+(?P<rest>[A-Z][a-z].*)$", re.S
)


def misread_run_on_numbers(blocks: list[Block]) -> list[Block]:
    """Blocks with a scanned list's item run on after the wrapped end of the item before it, its number
    read as a mark ("group. % The ICB should ..."), parted again: the end joins the item numbered n
    before it, the rest is item n + 1, when both ask something."""
    kept: list[Block] = []
    for block in blocks:
        before = kept[-1] if kept else None
        numbered = NUMBERED.match(before.text) if before is not None and before.kind == "item" else None
        run_on = RUN_ON.match(block.text) if block.kind == "para" and numbered is not None else None
        if (
            before is not None
            and numbered is not None
            and run_on is not None
            and block.page_start == before.page_end
            and ASKS.search(before.text)
            and ASKS.search(run_on.group("rest").split(". ")[0])
            and not (
                (digits := run_on.group("mark").rstrip(".,:;)")).isdigit()
                and digits != str(int(numbered.group("num")) + 1)
            )
        ):
            kept[-1] = replace(before, text=f"{before.text} {run_on.group('tail')}")
            kept.append(replace(block, kind="item", text=f"{int(numbered.group('num')) + 1}. {run_on.group('rest')}"))
            continue
        kept.append(block)
    return kept


# A lesson label alone on its line, its number run into its word: "FINDING2", "FINDINGI" (a one read
# as a letter), "Learning point3".
GLUED_LABEL = re.compile(
    r"^(?P<word>(?:key\s+)?finding|recommendation|learning(?:\s+point)?|lesson|good\s+practice)"
    r"(?P<num>\d{1,2}|[Il|])(?P<stop>[.:]?)$",
    re.I,
)


def glued_label_numbers(blocks: list[Block]) -> list[Block]:
    """Blocks with a label alone on its line whose number OCR ran into its word given its space back
    ("FINDING2" -> "FINDING 2", "FINDINGI" -> "FINDING 1")."""
    kept = []
    for block in blocks:
        glued = GLUED_LABEL.match(block.text.strip()) if block.kind in ("para", "heading") else None
        if glued is not None:
            number = glued.group("num") if glued.group("num").isdigit() else "1"
            block = replace(block, text=f"{glued.group('word')} {number}{glued.group('stop')}")
        kept.append(block)
    return kept


# the mark a scan read for a list number: "'.", "Ds", "3:", "i,", "'3"
LIST_MARK = re.compile(r"^(?P<token>[^\w\s]{1,2}|[^\w\s]?\w{1,3}[.,:;)]?)\s+(?=[A-Z][a-z])")


def misread_whole_lists(blocks: list[Block]) -> list[Block]:
    """Blocks with a scanned list none of whose numbers were read as numbers made items numbered in
    order: paragraphs one after another at one left edge, each opening with a mark and asking something,
    one of the marks the digit of its own place ("3:" third), and no numbered item before them."""
    kept = list(blocks)
    index = 0
    while index < len(blocks):
        run: list[tuple[int, str, str]] = []  # (index, mark, text after it)
        at = index
        while at < len(blocks):
            block = blocks[at]
            mark = LIST_MARK.match(block.text) if block.kind == "para" and block.x0 else None
            if (
                mark is None
                or (run and abs(block.x0 - blocks[run[0][0]].x0) > EDGE)
                or not ASKS.search(block.text[mark.end() :].split(". ")[0])
            ):
                break
            run.append((at, mark.group("token").rstrip(".,:;)"), block.text[mark.end() :]))
            at += 1
        before = blocks[index - 1] if index else None
        anchored = any(token == str(place) for place, (_, token, _) in enumerate(run, 1))
        if len(run) >= 2 and anchored and not (before is not None and before.kind == "item"):
            for place, (i, _, text) in enumerate(run, 1):
                kept[i] = replace(blocks[i], kind="item", text=f"{place}. {text}")
        index = max(at, index + 1)
    return kept
