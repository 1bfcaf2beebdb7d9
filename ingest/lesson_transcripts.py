"""Ingest stage: a film's or recording's transcript read as its lessons' own blocks, before the walk.

A transcript opens every paragraph with a timestamp ("[00:01:09]"); what the
viewer reads on screen is a caption ("[ON SCREEN: Learning point 1 – title]")
and what is said follows a speaker's name in capitals ("NARRATOR: ..."). A
caption naming a lesson ("Learning point 1 – title", "Recommendation 2") is the
lesson's heading, and its text the words spoken next, carried on over any
timestamped paragraphs with no speaker, up to the next speaker or caption.
Everything else timestamped (other speakers' reflections, captions asking the
viewer to pause, "[Music]") is no lesson and is set aside; a caption that heads
a part ("What will change") stays a heading. The film's details printed over the
transcript (who published it, its length, where it was filmed, the speakers) are
no lessons either: only the title is kept of them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.layout import Block
from ingest.lesson_patterns import LABEL

TIMESTAMP = re.compile(r"^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*")
CAPTION = re.compile(r"^\[(?:ON[ -]SCREEN|CAPTION|SLIDE|TEXT ON SCREEN)\s*:\s*(?P<text>.+?)\]\s*$", re.I | re.S)
SPEAKER = re.compile(r"^(?P<who>[A-Z][A-Z .'’-]{1,60}?)\s*:\s+")
# Captions that head a part of the film rather than asking the viewer to act: short, no question, no colon.
PART_HEADING = re.compile(r"^[^:?]{3,60}$")


def _is_transcript(blocks: list[Block]) -> bool:
    paras = [b for b in blocks if b.kind == "para"]
    stamped = [b for b in paras if TIMESTAMP.match(b.text)]
    return len(stamped) >= 8 and len(stamped) >= len(paras) / 2


def transcript_lessons(blocks: list[Block]) -> list[Block]:
    """A transcript's timestamped paragraphs as the walk reads them: each caption naming a lesson a
    heading over the words spoken next (one paragraph), the rest of the timestamped text set aside;
    the film's details over the first timestamp set aside, the title kept, and the blocks after the
    transcript kept as they are."""
    if not _is_transcript(blocks):
        return blocks
    first = next(i for i, b in enumerate(blocks) if b.kind == "para" and TIMESTAMP.match(b.text))
    out: list[Block] = blocks[:1] if first else []
    spoken: Block | None = None  # the lesson's words so far, while they may go on
    open_lesson = False  # a lesson's caption was read and its words are awaited or running
    for block in blocks[first:]:
        stamp = TIMESTAMP.match(block.text) if block.kind == "para" else None
        if stamp is None:
            spoken = _flush(out, spoken)
            open_lesson = False
            out.append(block)
            continue
        text = block.text[stamp.end() :].strip()
        caption = CAPTION.match(text)
        speaker = SPEAKER.match(text)
        if caption is not None:
            spoken = _flush(out, spoken)
            words = " ".join(caption.group("text").split())
            open_lesson = bool(LABEL.match(words))
            if open_lesson or PART_HEADING.match(words):
                out.append(replace(block, kind="heading", level=3, text=words, lead="", emphasis=()))
            continue
        if not open_lesson or text.startswith("["):
            spoken = _flush(out, spoken)
            open_lesson = False
            continue
        if speaker is not None:
            if spoken is not None:  # a second speaker: the lesson's words are over
                spoken = _flush(out, spoken)
                open_lesson = False
                continue
            spoken = replace(block, text=text[speaker.end() :].strip(), lead="", emphasis=())
            continue
        if spoken is not None:  # words carried on with no speaker
            spoken = replace(spoken, text=f"{spoken.text} {text}", page_end=block.page_end)
    _flush(out, spoken)
    return out


def _flush(out: list[Block], spoken: Block | None) -> Block | None:
    """The lesson's words so far written out; nothing is running after."""
    if spoken is not None:
        out.append(spoken)
    return None
