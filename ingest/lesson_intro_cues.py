"""Ingest stage: lesson segmentation - sentences that introduce the lessons after them.

A sentence ending in a colon, one that counts the lessons ("The review makes
two recommendations."), one on how they are laid out ("Each row gives ..."),
and the kind of lesson such a sentence announces ("The review found that:",
"Partners are asked to:"): none is a lesson itself. Pure functions of text.
"""

from __future__ import annotations

import re

from ingest.lesson_cues import ZONE_CUES

INTRO = re.compile(
    r"\b(?:the\s+following|as\s+follows|are\s+below|below\s+with|"
    r"(?:set\s+out|listed|shown|described|summarised|given|detailed)\s+below|"
    r"(?:learning|findings?|recommendations?|points|lessons|messages|themes|issues)\s+below\s+(?:was|were|is|are|has|have|come|came|arose|arise)|"
    # the analysis announcing itself: "The analysis that follows considers why practice happened as it did."
    r"^(?:the\s+)?(?:analysis|discussion|sections?|chapters?)\s+(?:that|which)\s+follows?\b|"
    # the parts of the page below: "The panel set the questions below; ...", "Use the cards below ..."
    r"(?:questions|cards|tips|items|boxes|entries|myths)\s+below|"
    # the section naming itself as where they are: "..., which are recorded here so that ...", "They are repeated here"
    r"\b(?:are|is)\s+(?:recorded|repeated|reproduced|collected|gathered|listed|set\s+out)\s+here\b|"
    # questions set out in place of recommendations: "Rather than make recommendations, the review sets out
    # the questions the Board should consider ..."
    r"rather\s+than\s+(?:make|making|set(?:ting)?\s+out)\s+(?:formal\s+|any\s+)?recommendations|"
    r"(?:review|report|panel|reviewers?)\s+(?:sets?\s+out|poses?|puts?|raises?)\s+(?:the\s+|some\s+|\w+\s+)?"
    r"questions\s+(?:the|that|which|for|to)\b)",
    re.I,
)


# A sentence that counts the lessons: "The review makes two recommendations.", "Four findings were identified."
COUNTS = re.compile(
    # "The overview report makes four recommendations.", "The serious case review makes ..."
    r"^(?:the\s+)?(?:overview\s+|final\s+|serious\s+case\s+)?(?:review|report|reviewer|panel)\s+(?:makes?|made|has\s+made|sets?\s+out|identifie[sd]|has\s+identified)\s+"
    r"(?:\w+\s+){0,2}(?:recommendations|findings|learning\s+points|lessons)"
    # "..., in order of priority.": a few words on how they are set out
    r"(?:\s*,\s*(?:in|listed|set\s+out|grouped|numbered|not)\b[^.:;]{0,40})?\W*$|"
    # "The review makes the following recommendations to the partnership."
    r"^(?:the\s+)?(?:overview\s+|final\s+|serious\s+case\s+)?(?:review|report|reviewer|panel)\s+(?:makes?|made|sets?\s+out|identifie[sd]|has\s+identified|dr[ae]w)"
    r"\s+the\s+following\s+(?:\w+\s+){0,2}(?:recommendations|findings|learning\s+points|lessons)\b[^.:;]{0,60}[.:]?$|"
    r"^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:recommendations|findings|learning\s+points)\s+"
    r"(?:are|were|have\s+been)\s+(?:made|identified)\W*$",
    re.I,
)


# A sentence, whoever speaks it, ending in announcing the lessons listed after it: "The panel agreed that the
# report should make the following recommendations to the safeguarding partners:".
ANNOUNCES = re.compile(
    r"\bthe\s+following\s+(?:\w+\s+){0,2}(?:recommendations|findings|learning\s+points|lessons)\b[^.;:]{0,60}:\s*$",
    re.I,
)


# A sentence on how the lessons after it are laid out: "Each row gives a learning theme and ...",
# "The recommendations are grouped by theme.", "The table sets out ...".
LAYOUT = re.compile(
    r"\beach\s+(?:row|column|box|panel|card|numbered\s+\w+|theme|heading|section)\b.{0,60}?\b(?:gives?|sets?\s+out|shows?|lists?|"
    r"names?|holds?|contains?|(?:is|are)\s+followed\s+by|describes?)\b|"
    # how each item is printed or whom it is for: "Each item of learning ends with its reference in
    # brackets", "Each recommendation is addressed to the agency that should act on it"
    r"^each\s+(?:item|entry|point|recommendation|finding|lesson|learning\s+point)(?:\s+of\s+\w+)?\s+"
    r"(?:ends?|begins?|starts?|opens?|closes?)\s+with\b|"
    r"^each\s+(?:item|entry|point|recommendation|finding|lesson|learning\s+point)(?:\s+of\s+\w+)?\s+"
    r"(?:is|has\s+been)\s+(?:addressed|directed|assigned|allocated)\s+to\b|"
    r"\b(?:are|is)\s+(?:grouped|arranged|organised|organized|set\s+out|printed|listed|numbered|labelled|labeled|ordered)\s+(?:by|under|into|in|beside)\b|"
    r"^(?:the|this)\s+table\s+(?:below\s+)?(?:sets\s+out|shows|lists|gives|summarises)\b",
    re.I,
)


def is_intro(text: str) -> bool:
    """A sentence that introduces the lessons after it rather than being one."""
    text = text.rstrip()
    # "The review makes four findings. Under each, ... is listed.": a count among its sentences.
    counted = any(COUNTS.match(sentence) for sentence in re.split(r"(?<=[.!?])\s+", text))
    return len(text) < 300 and (text.endswith(":") or bool(INTRO.search(text)) or counted or bool(LAYOUT.search(text)))


# The lessons a sentence says it draws others from: "From these findings", "arising from the findings".
DRAWN_FROM = re.compile(
    r"\b(?:(?:arising|drawn|taken)\s+)?(?:from|out\s+of)\s+(?:these|those|the|its|our|this\s+review's)\s+"
    r"(?:\w+\s+)?findings\b",
    re.I,
)


def announced_kind(text: str) -> str | None:
    """The kind of lesson a sentence ending in a colon announces ("The specific
    recommendations made are:", "... the review identified learning including:")."""
    text = text.rstrip()
    if not text.endswith(":") or len(text) > 400:
        return None
    last = re.split(r"(?<=[.!?])\s+", text)[-1]
    # "From these findings the review draws the following learning ...:": the lessons it draws them from
    # are not the ones it announces
    last = DRAWN_FROM.sub(" ", last)
    for kind, pattern in ZONE_CUES:
        if pattern.search(last):
            return kind
    if ASKS_TO_CONSIDER.search(last):
        return "recommendation"
    if FOUND_THAT.search(last):
        return "finding"
    if TELLS_US.search(last) or TO_REMEMBER.search(last):
        return "learning_point"
    return None


# A writer asking the reader to keep what follows in mind, then its list: "I want you to remember
# three things:", "We would like you to take away these messages:".
TO_REMEMBER = re.compile(
    r"\b(?:want|would\s+like|ask|urge)\s+(?:you|every\s*one|all\s+practitioners)\s+to\s+(?:remember|take\s+away|keep\s+in\s+mind)"
    r"(?:\s+(?:these|the\s+following|(?:\w+\s+)?(?:key\s+)?(?:things|points|messages|lessons)))*\s*:$",
    re.I,
)


# A sentence giving what a review teaches its readers, then its list: "The review tells us that:",
# "This case has taught us:", "What the review shows us is that:".
TELLS_US = re.compile(
    r"\b(?:review|reviews|reviewer|case|cases|panel|report|learning|it)\s+(?:also\s+)?(?:has\s+|have\s+)?"
    r"(?:tells?|told|teach(?:es)?|taught|shows?|showed|shown|reminds?|reminded)\s+us(?:\s+is)?(?:\s+that)?\s*:$",
    re.I,
)


# A sentence giving what a review found: "The review found that:", "The Panel concluded the following:".
FOUND_THAT = re.compile(
    r"\b(?:review|reviewer|reviewers|panel|analysis|audit|inquiry|we)\s+(?:also\s+)?(?:has\s+|have\s+)?"
    r"(?:found|finds|concluded|concludes)(?:\s+(?:that|the\s+following))?\s*:$|"
    # the conclusions it reached, listed: "The review panel reached the following conclusions:"
    r"\b(?:reached|reaches|came\s+to|comes\s+to|drew|draws|arrived\s+at)\s+(?:the\s+following|these|(?:\w+\s+)?(?:main|key))\s+"
    r"(?:\w+\s+)?conclusions\s*:$|\b(?:its|their|our|the\s+(?:review|panel)['’]s)\s+(?:main\s+|key\s+)?conclusions\s+"
    r"(?:are|were)(?:\s+as\s+follows)?\s*:$",
    re.I,
)


# A sentence putting what follows to a partnership or agency: "The Panel would encourage the
# partnership to consider:", "Partners are asked to:".
ASKS_TO_CONSIDER = re.compile(
    r"\b(?:encourage|ask|urge|invite|advise)[sd]?\b.{0,80}\bto(?:\s+consider)?\s*:$|"
    # the assurance asked for: "The Panel would welcome your assurance on the following:", "We seek assurance that:"
    r"\b(?:welcome|seek|like|request|ask\s+for|expect|require)[sd]?\b.{0,40}\bassurances?\b.{0,60}:$",
    re.I,
)
