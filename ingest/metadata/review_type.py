"""Ingest stage, metadata: the review type (SCR, LCSPR, national, thematic, briefing, other).

TYPE_CUES are read in the title, then the cover, then the first pages; the cue
printed first wins, unless the text says the review is not of that type.
"""

from __future__ import annotations

import re

from ingest.metadata.children import plural_review_type
from ingest.metadata.genres import genre_type

# A letter to the readers who are to act on a review ("A letter to practitioners about the review of Olivia"):
# the review's learning passed on, as a briefing passes it on, not a letter enclosing or answering a review.
LETTER_TO_READERS = (
    r"(?:an?\s+)?(?:open\s+)?letter\s+to\s+(?:all\s+)?(?:our\s+)?"
    r"(?:practitioners|professionals|colleagues|staff|the\s+workforce|frontline\s+staff)\b"
)
# A count of a sheet's messages in words or figures: "Ten key messages", "7 lessons".
_COUNT_WORD = r"(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

TYPE_CUES = (
    # A rapid review is the partnership's first look, not a practice review: recorded as "other",
    # and it names itself before anything it mentions ("... the criteria for an LCSPR were not met").
    ("other", re.compile(r"^\W*rapid\s+review\b", re.IGNORECASE | re.MULTILINE)),
    # A partnership's annual report carries the learning of its reviews but is none of them.
    ("other", re.compile(r"\bannual\s+report\b", re.IGNORECASE)),
    (
        "briefing",
        re.compile(
            r"\b(?:\d+|one|two|three|five|seven|ten)[\s-]minute\s+(?:briefing|guide|read)\b|\blearning\s+briefing|"
            r"\bpractice\s+briefing|"
            # the learning shared while the review is still running: "Emerging learning: Child V"
            r"^\W*emerging\s+learning\s*[:\-–]|\b(?:learning|practice)\s+brief\b|"
            # a summary of a review's learning under its own title: "Learning summary: Child C"
            r"^\W*learning\s+summary\s*[:\-–]|"
            r"learning\s+from\s+case\s+reviews|\bbriefing\b|\bpractice\s+guidance\b|"
            # an easy-read version of a review: a summary for families, as a briefing is for practitioners
            r"^easy[\s-]+read\b|"
            # "Learning from Baby O", or after the name of the sheet it is printed on ("My pledge: learning from Child V")
            r"(?:^|:[ \t]*)learning\s+from\s+(?:(?:child|baby|infant|family|young\s+person)\s+)?[A-Z][\w'-]*\s*$|"
            # "Learning from the review of Child M": a title naming the review by its child, not its type
            # ... after the name of the sheet it is printed in: "Safeguarding in schools: learning from the review about X"
            r"(?:^|:[ \t]*)learning\s+from\s+(?:the|this|a|our)\s+(?:local\s+)?review\s+(?:of|into|concerning|about|regarding)\s|"
            # ... or by its type, then the child after a colon: "Learning from the Serious Case Review: Child D"
            r"^\W*learning\s+from\s+the\s+(?:serious\s+case|(?:local\s+)?child\s+safeguarding\s+practice)\s+review\s*"
            r"[:\-–]\s*(?:(?:child|baby|infant|young\s+person)\s+)?[A-Z][\w'-]*\s*$|"
            # ... or titled by the child, then the words alone: "Child H: learning from the review" (a full
            # report names its type; a sheet on its learning names the child and what it carries)
            r":[ \t]*(?:the\s+)?(?:key\s+)?(?:learning|lessons)\s+from\s+(?:the|this|our)\s+(?:local\s+)?review\s*$|"
            # a review retold for its readers: "A review for young people: ...", "the young people's version"
            r"\b(?:review|version|summary|report)\s+for\s+(?:children(?:\s+and\s+young\s+people)?|young\s+people|families)\b|"
            r"\b(?:young\s+people|children)['’]?s\s+version\b|"
            # ... for the child's family, in their words: "For Leah's family: what the review found", "Amber's
            # review: what went well and what should have been better"
            r"^\W*for\s+(?:[\w'’-]+['’]s|the)\s+famil(?:y|ies)\b|\bwhat\s+went\s+well\s+and\s+what\b|"
            # the review's learning in a letter to those who are to act on it: "A letter to practitioners about ..."
            rf"^\W*{LETTER_TO_READERS}|"
            # a key-messages sheet titled by the review it draws its messages from
            # ... counted too: "Ten key messages from the review of Child P", "7 lessons from the review"
            rf"^\W*(?:{_COUNT_WORD}\s+)?key\s+(?:messages|points|lessons)\s+(?:from|of|for)\b|"
            # ... or its key learning, titled by the child: "Key messages: Child P", "Key learning: Child M"
            r"^\W*key\s+(?:messages?|learning)\s*[:\-–]|"
            rf"^\W*{_COUNT_WORD}\s+(?:messages|points|lessons)\s+(?:from|of|for)\s+(?:the|this|our)\b|"
            # a sheet of tips, or beliefs set against the review's findings
            r"\btop\s+tips\b|^\W*myth[\s-]+busting\b|"
            # one page summing a review up: "Review on a page: Child S", "Learning on a page"
            r"\b(?:review|learning|lessons|practice\s+review)\s+on\s+a\s+page\b|"
            # a title addressing practitioners: "Child R: what the review means for your work"
            r"\bwhat\s+(?:the|this|our)\s+(?:review|learning|report)\s+means\s+for\s+(?:you|your|practitioners|professionals)\b",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    (
        "national",
        re.compile(
            # the Panel's reviews of a theme across the country too: "... a national thematic review"
            r"\bnational\s+(?:child\s+safeguarding\s+practice\s+|thematic\s+)?review\b|"
            r"\bnational\s+panel\s+review|\bpanel\s+(?:national\s+)?review\b",
            re.IGNORECASE,
        ),
    ),
    ("thematic", re.compile(r"\bthematic\b", re.IGNORECASE)),
    (
        "LCSPR",
        re.compile(
            r"\blocal\s+child\s+safeguarding\s+practice\s+review\b|\bLCSPR\b|"
            r"\bchild\s+safeguarding\s+practice\s+review\b(?!\s+panel)|"
            # the statutory basis an untitled review cites: section 16F of the Children Act 2004
            r"\bsection\s+16F\b",
            re.IGNORECASE,
        ),
    ),
    (
        "SCR",
        re.compile(
            r"\bserious\s+case\s+review\b|\bSCR\b|"
            # before 2006 a case review under Part 8 (chapter 8) of Working Together: the serious case review
            # of its era ("Part 8 Case Review: Child H", "Chapter 8 Case Review: Child C")
            r"\b(?:part|chapter)\s+(?:8|eight|VIII)\s+(?:case\s+)?review\b|"
            # the statutory basis before 2018: regulation 5 of the LSCB Regulations 2006
            r"\bregulation\s+5\s+of\s+the\s+local\s+safeguarding\s+children\s+boards?\s+regulations\b",
            re.IGNORECASE,
        ),
    ),
)
# A review titled by its method, not its statutory type: an SCR until the reforms of 2018, an LCSPR after.
METHOD_TITLE = re.compile(
    r"\bsignificant\s+incident\s+learning\s+process\b|\bSILP\b|\blearning\s+together\b|\bsystems\s+review\b",
    re.IGNORECASE,
)
# A document saying what it is in its own first sentences: "This briefing summarises the learning ...".
SELF_BRIEFING = re.compile(
    r"(?:^|[.!?]\s+)\W*This\s+(?:(?:learning|practice|(?:7|seven)[\s-]minute)\s+)?briefing\s+"
    r"(?:summarises|summarizes|sets\s+out|describes|shares|draws|gives|brings|highlights|is)\b",
    re.MULTILINE,
)
# A briefing bound in front of the report it sums up, in the same document: the document is the report.
BOUND_BRIEFING = re.compile(
    r"\b(?:bound|printed|placed)\s+(?:in\s+front\s+of|before|ahead\s+of|at\s+the\s+front\s+of)\s+the\s+"
    r"(?:full\s+|main\s+)?report\b|\bthe\s+(?:full\s+)?report,?\s+which\s+follows\s+this\s+briefing\b",
    re.IGNORECASE,
)
# A title naming a companion record of a review, not the review nor a summary of it for practitioners:
# a meeting's minutes, an action plan or its progress update, a letter, one agency's own summary.
COMPANION_TITLE = re.compile(
    r"^\W*minutes\b|\bminutes\s+of\s+(?:the|a)\b|\baction\s+plan\s*(?:[:-]\s*)?(?:update|progress|review)\b|"
    # the action plan itself, named last: "Serious Case Review Baby T: LSCB Action Plan"
    r"\baction\s+plan\s*$|"
    r"\bprogress\s+(?:update|report)\b|\bsingle[\s-]agency\s+(?:learning|summary|report|review)\b|"
    rf"^\W*(?!{LETTER_TO_READERS})(?:a\s+)?(?:letter|thank\s+you)\b|\bthank\s+you\s+for\s+your\b|"
    # a statement published in place of a review's report ("Statement and summary of learning: ...")
    r"^\W*(?:a\s+)?(?:public\s+)?statement\b|"
    # a partnership's published answer to a review's recommendations: "The Board's response to the SCR about X"
    r"\b(?:response|reply)\s+to\s+(?:the|this|a|an|our)\s+[^\n]{0,80}?\b(?:review|report|recommendations)\b|"
    # a page gathering the learning of several reviews, each with its own title: "Learning from local case reviews"
    r"^\W*learning\s+from\s+(?:(?:our|local|recent|case|practice|serious)\s+){0,3}reviews\s*$|"
    # a register listing a partnership's reviews one a row: "Register of case reviews", "Log of reviews"
    r"\b(?:register|list|log|index|schedule|tracker)\s+of\s+(?:[\w-]+\s+){0,3}reviews\b|"
    # an answer to a freedom-of-information request that quotes a review: the reply, not the review
    r"\bfreedom\s+of\s+information\b|\bFOI\s+(?:request|response|reply)\b",
    re.IGNORECASE | re.MULTILINE,
)
# Guidance for practice in general, not a briefing on one review: "Practice guidance: neglect" naming no child.
GUIDANCE_TITLE = re.compile(r"^\W*(?:multi[\s-]agency\s+)?(?:practice\s+)?guidance\b", re.IGNORECASE)
PANEL = re.compile(r"child\s+safeguarding\s+practice\s+review\s+panel", re.IGNORECASE)

ANNUAL_REPORT = re.compile(r"\bannual\s+report\b", re.IGNORECASE)
# A periodical's issue: "The newsletter of the ... Partnership", "Practitioner bulletin, issue 9".
NEWSLETTER = re.compile(
    r"\b(?:the|our|this|a)\s+(?:\w+\s+)?(?:newsletter|bulletin)\s+(?:of|for|from)\b|^\W*(?:newsletter|bulletin)\b|"
    r"^\W*issue\s+(?:no\.?\s*)?\d+\s*[|,:\-–]",
    re.IGNORECASE | re.MULTILINE,
)


# The statutory type a review says it is not: "did not meet the criteria for a Local Child
# Safeguarding Practice Review", "rather than a serious case review".
NOT_THIS_TYPE = re.compile(
    r"\b(?:(?:did|does)\s+not|didn'?t|doesn'?t|failed\s+to)\s+(?:meet|reach|satisfy)\s+(?:the\s+)?(?:criteria|threshold|"
    r"requirements?)\s+(?:for|of)\s+(?:an?\s+)?$|\b(?:rather|other)\s+than\s+(?:an?\s+)?$|\binstead\s+of\s+(?:an?\s+)?$|"
    r"\bnot\s+(?:as\s+)?(?:an?\s+)?$",
    re.IGNORECASE,
)


# A council committee's report form: its cover's fields ("Date of meeting", "Wards affected", "Key
# decision"). A report to a council committee about a review (its publication, its learning) is no review;
# a partnership's own board paper ("Agenda item 7 | Date of meeting") reports the review as its type.
COMMITTEE_FIELD = re.compile(
    r"^\W*(?:(?P<council>wards?\s+affected|key\s+decision|decision[\s-]+maker|portfolio\s+holder|cabinet\s+member|"
    r"exempt\s+information)|(?P<meeting>date\s+of\s+(?:the\s+)?meeting|meeting\s+date|agenda\s+item))\b",
    re.IGNORECASE | re.MULTILINE,
)


def committee_report(cover: str) -> bool:
    """Whether the cover is a council committee report's: two or more of its form's fields, one of
    them a council's own (the wards affected, a key decision)."""
    found = [m for m in COMMITTEE_FIELD.finditer(cover)]
    fields = {" ".join(m.group(0).strip(" :").lower().split()) for m in found}
    return any(m.group("council") for m in found) and len(fields) >= 2


# The review's type given as a field of its particulars: "Type: Local Child Safeguarding Practice Review.",
# "Review type: Serious case review".
TYPE_FIELD = re.compile(r"(?:^|[.!?]\s+)\W*(?:review\s+)?type\s*:\s*(?P<value>[^.\n]{4,80})", re.I | re.M)


# A title naming the document a briefing's form ("Review on a page", "7-minute briefing", "Learning brief"): the
# document is that briefing, whatever type of review its particulars give.
BRIEFING_FORM = re.compile(r"\bbrief(?:ing)?\b|\bon\s+a\s+page\b|\bminute\b|\bsummary\b|\bkey\s+messages\b", re.I)


def _stated_type(text: str) -> str:
    """The type a "Type:" field names, when it names one of the review types (SCR, LCSPR, national)."""
    for field in TYPE_FIELD.finditer(text):
        value = field.group("value")
        for review_type, pattern in TYPE_CUES:
            if review_type in ("SCR", "LCSPR", "national", "thematic") and pattern.search(value):
                return review_type
    return ""


def _review_type(title: str, cover: str, front: str) -> str:
    if committee_report(cover):
        return "other"  # "Serious Case Review: Ruby - publication and learning", a report to a scrutiny panel
    genre = genre_type(title, cover)
    if genre:
        return genre  # "SBAR: learning from the LCSPR about Zara", "Lesson of the month: June 2013"
    if NEWSLETTER.search(title + "\n" + cover) and not any(p.search(title) for _, p in TYPE_CUES):
        # A newsletter's issue under its own title passes on several reviews' learning: a briefing. An
        # issue's article titled by one review ("Learning from the SCR concerning Child R") is typed by it.
        return "briefing"
    several = plural_review_type(title)
    if several:
        return several  # "Local Child Safeguarding Practice Reviews: Child H and Child P": one of each
    stated = "" if BRIEFING_FORM.search(title) else _stated_type(cover + "\n" + front)
    if stated:
        return stated  # "About this review. Type: Local Child Safeguarding Practice Review.": the page's own word
    for text in (title, cover, front):
        if PANEL.search(text) and re.search(r"\bnational\b", text, re.IGNORECASE):
            return "national"
        # The review names itself before it names others ("This LCSPR ... an earlier serious case
        # review ..."): the cue printed first wins.
        found = [
            (m.start(), n, review_type)
            for n, (review_type, pattern) in enumerate(TYPE_CUES)
            for m in pattern.finditer(text)
            if not NOT_THIS_TYPE.search(text[max(0, m.start() - 80) : m.start()])
        ]
        if text is title and COMPANION_TITLE.search(text):
            return "other"  # "Minutes of the ... Executive Group", "LCSPR Child L: action plan update"
        if text is title and any(t == "briefing" for _, _, t in found):
            return "briefing"  # a briefing titled by the review it summarises ("7-minute briefing: SCR Child X")
        if found:
            return min(found)[2]
    if PANEL.search(cover) and not ANNUAL_REPORT.search(title):
        # Published by the national Panel and naming no type of its own ("Panel analysis of rapid reviews:
        # ..."): the Panel's own reviews and analyses are national, as the partnerships' are local.
        return "national"
    return "other"
