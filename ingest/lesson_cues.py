"""Ingest stage: the cues lesson segmentation reads in headings and block text.

Which kind of lesson a section heading announces (`ZONE_CUES`, `zone_kind`),
printed numbers and labels (`kind_of_label`), and NSPCC-style lists given in one
paragraph ("Learning includes: a; b. Recommendations include: c"). Pure
functions of text; ingest/lessons.py walks the blocks with them. Headings that
are never lesson sections (a foreword among them) and contents entries are in
ingest/lesson_other_sections.py; sentences that introduce a list in
ingest/lesson_intro_cues.py. What a lesson's own text says of itself (its title
phrase, quoted voices, explainer boxes' questions such as "What is early
help?") is in ingest/lesson_text_cues.py.
"""

from __future__ import annotations

import functools
import re

from ingest.block_cues import NUMBERED_HEADING, REVIEW_STAGE
from ingest.layout import Block
from ingest.lesson_other_sections import NOT_LESSON_HEADING

# A heading saying what the cases or reviews looked at show ("What the cases tell us", "What these
# reviews showed", "What the four cases teach us"): the findings drawn across them.
CASES_SHOW = (
    r"\bwhat\s+(?:the|these|those|our|all)\s+(?:\w+\s+)?(?:cases|reviews|case\s+reviews|rapid\s+reviews|cases\s+reviewed)\s+"
    r"(?:tell|told|show|showed|shown|teach|taught|reveal|revealed|have\s+(?:shown|taught)|say)(?:\s+us)?\b|"
    # what was learned reading across many: "What we learned from the reviews", "What the Panel learnt from these cases"
    r"\bwhat\s+(?:we|the\s+panel|the\s+partnership|the\s+board)\s+(?:have\s+|has\s+)?(?:learned|learnt)\s+from\s+"
    r"(?:the|these|those|our|all|this\s+year['’]s)\s+(?:\w+\s+)?(?:cases|reviews|case\s+reviews|rapid\s+reviews|notifications)\b"
)

ZONE_CUES = (
    (
        "good_practice",
        re.compile(
            r"\bgood\s+practice\b|\bwhat\s+(?:went|worked)\s+well\b|\bworked\s+well\b|\bstrengths\s+in\s+practice\b|\bpositive\s+practice\b|"
            r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:practice\s+)?strengths\b|\bareas?\s+of\s+(?:strength|good\s+practice)s?\b|\b(?:notable|good)\s+(?:multi-agency\s+)?practice\b|\bwhat\s+helped\b|"
            # "Effective practice" heading a list ("Barriers to effective practice" heads none)
            r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:examples?\s+of\s+)?effective\s+practice\b|"
            # what a review commends: "Commendations", "Practice the review commends", "Commended practice"
            r"^(?!.*\brecommend).*\bcommendations?\b|\bcommended\s+practice\b|\bpractice\s+(?:that\s+)?(?:the\s+\w+\s+)?commends\b|"
            # what an inspection found working ("What the inspectors found was working well"; not "... not working well")
            r"\b(?:was|were|is|are|what's)\s+working\s+well\b|"
            # a partnership's good practice in its own voice: "What we are proud of", "Things we're most proud of"
            r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:what|things|practice)\s+(?:we\s+are|we're|we\s+were|we\s+can\s+be)\s+(?:most\s+|really\s+)?proud\s+of\b|"
            # a letter thanking practitioners for the work it then lists ("Thank you for your work with Child D")
            r"^\W*thank\s+you\s+for\s+(?:all\s+)?(?:your|the)\s+(?:\w+\s+)?(?:work|practice|care|support)\b",
            re.I,
        ),
    ),
    (
        "recommendation",
        re.compile(
            r"\brecommendations?\b|\bconsiderations?\s+for\b|"
            # what recent reviews ask of the partners in their place: "Improvement actions", "Assurance requests"
            r"\bimprovement\s+actions?\b|\bassurance\s+(?:requests?|requested|sought)\b|"
            # what a review puts to those who commissioned it: "Issues for the Board", "Matters for the partnership"
            r"\b(?:issues?|matters?|points?)\s+for\s+(?:the\s+)?(?:\w+\s+)?(?:board|partnership|safeguarding\s+partners)\b|\bwhat\s+(?:the\s+)?(?:partnership|board|lscb|safeguarding\s+partners|we|agencies)\s+will\s+do\b|\bquestions?\s+for\s+the\s+(?:board|partnership)\b|\baction\s+plan\b|"
            # "Actions for practitioners", "Actions for the Board"
            r"\bactions?\s+for\s+(?:the\s+)?(?:board|partnership|(?:safeguarding\s+)?partners|practitioners|professionals|agencies|managers|leaders|all)\b|"
            # question headings: "What needs to change?", "What will happen now?", "What should agencies do?"
            r"\bwhat\s+(?:needs?|has|have)\s+to\s+(?:change|happen|be\s+done)\b|\bwhat\s+(?:will|should|must)\s+(?:change|happen)\b|"
            r"\bwhat\s+(?:the\s+)?(?:partnership|board|we|agencies|professionals)\s+(?:should|must|will)\s+(?:do|change)\b|"
            # the Welsh Child Practice Review template's actions section
            r"\bimproving\s+systems(?:\s+and\s+practice)?\b|"
            # what a review asks of its readers: "What we ask of the partnership", "What the Panel asks"
            r"\bwhat\s+(?:we|the\s+(?:review|reviewer|panel|partnership|board))\s+(?:asks?|are\s+asking|requests?|recommends?)\b|"
            # a checklist of tick-box actions, what the partnership has asked for, what happens next
            r"\bchecklist\s+for\b|\bwhat\s+(?:the\s+)?(?:partnership|board|review|panel|we)\s+(?:has|have)\s+asked\b|"
            r"\bwhat\s+happens\s+(?:next|now)\b|\bactions?\s+agreed\b|\bagreed\s+actions?\b|"
            # a plain-words version's changes: "What we are changing", "What agencies are doing differently"
            r"\bwhat\s+(?:[\w']+\s+){1,2}(?:is|are)\s+(?:changing|doing\s+(?:differently|about\s+it))\b|"
            r"\bwhat\s+(?:is|will\s+be)\s+(?:changing|different)\b|"
            # matters a review puts to government or national bodies, beyond its local partners:
            # "Issues for national consideration", "Matters for the attention of government"
            r"\b(?:issues?|matters?|points?|questions?)\s+(?:for|requiring)\s+(?:the\s+)?(?:national|government|ministerial)\s+"
            r"(?:consideration|attention|action)\b|\b(?:issues?|matters?)\s+for\s+(?:the\s+)?(?:consideration|attention)\s+of\s+"
            r"(?:government|national\s+bodies|ministers|the\s+(?:department|panel|government))\b|\bnational\s+considerations?\b",
            re.I,
        ),
    ),
    (
        "finding",
        re.compile(
            r"\bfindings?\b|\bwhat\s+(?:(?:the|this)\s+review(?:er)?|we|the\s+panel)\s+(?:found|finds)\b|"
            # the question form: "What did the review find?", "What have inspectors found?"
            r"\bwhat\s+(?:did|does|do|have|has)\s+(?:we|the\s+review(?:er)?|the\s+panel|(?:the\s+)?inspectors?|the\s+inspection)\s+"
            r"(?:find|found)\b|"
            # the chances agencies missed, each a finding: "Missed opportunities"
            r"\bmissed\s+opportunities\b|"
            # an older executive summary's "Practice issues" (the whole heading: "Practice issues for the Board" asks)
            r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:key\s+|the\s+)?practice\s+issues(?:\s+identified)?\W*$|"
            # a coroner's report to prevent future deaths: "Coroner's concerns", "Matters of concern"
            r"\bcoroner['’]?s\s+concerns\b|\bmatters?\s+of\s+concern\b|"
            # a serious incident investigation's findings: "Root cause", "Contributory factors" (the whole heading:
            # "Root cause analysis" names a method)
            r"^\W*(?:the\s+)?(?:root\s+causes?|(?:contributory|contributing)\s+factors)(?:\s+identified)?\W*$|"
            # an audit's or inspection's "Areas for development": its findings (the asks among them recommendations)
            r"\bareas?\s+for\s+(?:improvement|development)\b|"
            # a plain-words version's findings: "What we got wrong", "What went wrong", "Where agencies got it wrong"
            r"\bwhat\s+(?:went|has\s+gone|(?:[\w']+\s+){1,2}got)\s+wrong\b|\bwhere\s+(?:[\w']+\s+){1,2}(?:went|got\s+it)\s+wrong\b|"
            # the part of a finding saying what has to get better: "What needs to improve", "What could be improved"
            r"\bwhat\s+(?:needs?\s+to|could|should|must)\s+(?:improve|be\s+improved|be\s+better)\b|"
            # a family's version's second part: "What should have been better", "What did not go well"
            r"\bwhat\s+should\s+have\s+(?:been|gone)\s+better\b|\bwhat\s+(?:did\s+not|didn['’]t)\s+go\s+well\b|"
            # what the cases a thematic review looked at show: "What the cases tell us", "What these reviews show"
            rf"{CASES_SHOW}",
            re.I,
        ),
    ),
    (
        "learning_point",
        re.compile(
            r"\blearning\s+points?\b|\bkey\s+learning\b|\blessons?\s+(?:learnt|learned|to\s+be\s+learn(?:ed|t))\b|\bsummary\s+of\s+learning\b|"
            r"\blearning\s+(?:from|for)\b|\bmessages?\s+for\b|\bkey\s+messages\b|"
            # "What this means for your practice", "What the learning means for practitioners"
            r"\bwhat\s+(?:this|it|the\s+\w+)\s+means\s+for\s+(?:your\s+|our\s+|my\s+)?(?:practice|practitioners|professionals|you|us)\b|"
            r"\blearning\s+themes\b|\bpractice\s+learning\b|\blearning\b|\bkey\s+(?:issues|lessons)\b|"
            # a theme named after a colon, no number ("Theme: working with families"): the learning grouped under it
            r"^\W*theme\s*[:\-–—]\s*[A-Za-z]|"
            r"\bkey\s+messages?\b|\bpractice\s+(?:points?|tips?|messages?|implications)\b|\bimplications\s+for\s+practice\b|"
            r"\bwhat\s+could\s+(?:have\s+been|be)\s+(?:done\s+)?(?:even\s+)?(?:better|differently|improved)\b|"
            # an appreciative review's second part set as a heading: "Even better if", "What would have been even better",
            # "What could have been even better"
            r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?even\s+better\s+if\b|\bwhat\s+would\s+have\s+(?:been|made\s+it)\s+even\s+better\b|"
            r"\bwhat\s+(?:we|was|has\s+been|the\s+review|the\s+panel|(?:the\s+|partner\s+|individual\s+)?agencies|each\s+agency)\s+"
            r"(?:has\s+|have\s+)?learn(?:ed|t)\b|"
            # a briefing's question heading: "What do I need to know?", "What you need to know"
            r"\bwhat\s+(?:do|does|should)?\s*(?:i|you|we|practitioners|professionals|staff)\s+(?:need|needs)\s+to\s+know\b|"
            # "Lessons for practice", "Top tips for practitioners"
            r"\blessons?\s+for\b|\b(?:top\s+)?tips\b|"
            # "3. Lessons from the review", "Lessons drawn from this case"
            r"\blessons?\s+(?:drawn\s+|arising\s+|emerging\s+)?from\s+(?:the|this|our)\s+(?:review|case|report|findings)\b|"
            r"\blessons?\s+(?:drawn\s+)?from\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,3}review\b|"
            # a section named only for its lessons: "3. Lessons", "4. Lessons identified", "Lessons arising"
            r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:key\s+)?lessons(?:\s+(?:identified|arising|emerging))?\W*$|"
            # a single lesson a series prints each time: "This month's lesson", "This week's lesson", "Key lesson"
            r"^\W*(?:this\s+(?:month|week|quarter|issue|edition)['’]s|the|our|key)\s+lesson\W*$|"
            # question headings: "What did we learn?", "What have agencies learnt?", "What did the review find?"
            r"\bwhat\s+(?:did|do|have|has|can|should)\s+(?:we|agencies|professionals|practitioners|the\s+review|the\s+partnership)\s+(?:learn[te]?d?|find|found)\b",
            re.I,
        ),
    ),
)


SUMMARY_HEADING = re.compile(
    r"\b(?:executive\s+)?summary\b|\boverview\s+of\s+findings\b|\bat\s+a\s+glance\b|"
    # the chapters' recommendations gathered as one list: "Consolidated recommendations"
    r"\bconsolidated\s+(?:list\s+of\s+)?(?:recommendations|actions|learning|findings|lessons)\b",
    re.I,
)


# "4.2 ...", "4.2.1 ...", and a number with a letter ("1a. ...", "2b) ...").
PARA_NUMBER = re.compile(r"^(?P<num>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?|\d{1,2}[a-z](?=[.)]))[.)]?\s+(?=\S)")


ITEM_NUMBER = re.compile(r"^\(?(?P<num>\d{1,2}|[a-z]|[ivx]{1,4}|[IVX]{1,4})[.)]\s+")


# NSPCC repository summaries: "Learning: a; b.", "Lessons learned: ...", "Issues identified include: ...",
# "Recommendations for the Wigan Safeguarding Children Board include: ..." (which may start inside a
# learning paragraph and ends the list before it).
INLINE_CUE = re.compile(
    r"\b(?P<cue>(?:key\s+)?learning(?:\s+(?:themes|points?|issues))?(?:\s+from\s+(?:the|this)\s+review)?(?:\s+includes?)?|"
    r"lessons?\s+learn(?:ed|t)(?:\s+includes?)?|"
    r"issues\s+identified(?:\s+includes?)?|good\s+practice(?:\s+includes?)?|"
    r"recommendations?(?:\s+(?:to|for)\s+(?:the\s+)?[^:;.]{2,80}?)?(?:\s+includes?)?)\s*:\s*",
    re.I,
)


# a whole sentence ended before the list's first semicolon
PROSE_BEFORE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


def inline_lists(text: str) -> list[tuple[str, str]]:
    """The (kind, items text) lists a paragraph gives after its cues, or [] when it is no such list."""
    cues = []
    for match in INLINE_CUE.finditer(text):
        before = text[: match.start()].rstrip()
        includes = "includ" in match.group("cue").lower()
        if includes or not before or before.endswith((".", ";", ":")):
            cues.append(match)
    if not cues:
        return []
    # "Learning: a; b." lists its items; "Learning: <a sentence>. <another>; <its clause>." is prose that
    # happens to hold a semicolon after a whole sentence
    head = text[cues[0].end() :].split(";")[0]
    listed = any("includ" in c.group("cue").lower() for c in cues) or (
        cues[0].start() == 0 and ";" in text[cues[0].end() :] and not PROSE_BEFORE.search(head)
    )
    if not listed:
        return []
    out = []
    for n, match in enumerate(cues):
        end = cues[n + 1].start() if n + 1 < len(cues) else len(text)
        cue = match.group("cue").lower()
        kind = (
            "recommendation"
            if cue.startswith("recommend")
            else "good_practice"
            if cue.startswith("good")
            else "learning_point"
        )
        out.append((kind, text[match.end() : end]))
    return out


GENERIC_LABEL = re.compile(
    r"(?:key\s+|practice\s+|learning\s+)?(?:theme|issue|area)|(?:key\s+)?message|(?:top\s+)?tip|card|outcome", re.I
)
# Letters of a coded label ("A1", "KF2") and the kind they name; other letters ("A1", "B2": the parts
# of a review) name none, and head findings where no section says otherwise.
CODE_KINDS = {
    "F": "finding",
    "KF": "finding",
    "L": "learning_point",
    "LP": "learning_point",
    "KL": "learning_point",
    "GP": "good_practice",
    "R": "recommendation",
}


# The words opening a label that names good practice ("Good practice 2", "Strength 1", "What went well:").
GOOD_PRACTICE_WORDS = (
    "good", "positive", "notable", "effective", "example", "what went well", "what worked well", "strength", "practice strength",
)  # fmt: skip


def kind_of_label(word: str, zone_kind: str | None = None) -> str:
    """The kind a printed label names: "Finding" -> finding, "Rec"/"Consideration" -> recommendation;
    a label naming no kind ("Theme 2", "Key issue 1") takes its section's kind."""
    code = word.strip()
    if GENERIC_LABEL.match(code):
        return zone_kind or "learning_point"
    if re.fullmatch(r"[A-Z]{1,2}", code):
        return CODE_KINDS.get(code) or zone_kind or "finding"
    # "Practice finding 2", "Systems finding 1": findings in two series
    word = re.sub(r"^(?:key|(?:practice|systems?)(?=\s+finding))\s+", "", word.lower())
    # "Interim learning 1", "Emerging finding 2": the stage of the review named before the kind
    word = re.sub(rf"^{REVIEW_STAGE}\s+", "", word)
    if word.startswith(("finding", "missed", "conclusion", "concern", "matter of concern")):
        return "finding"
    if word.startswith(("rec", "consideration", "action", "improvement action", "assurance request")) or word == "r":
        return "recommendation"
    if word.startswith(GOOD_PRACTICE_WORDS):
        return "good_practice"
    return "learning_point"


DOCUMENT_TITLE = re.compile(
    r"\bbriefing\b|\b(?:case|practice|thematic|national|panel|learning|rapid|multi-agency|local)\s+review\b|\bLCSPR\b|\bSCR\b|\boverview\s+report\b|"
    r"\bfrom\s+the\s+review\s+of\b|^myth[\s-]+busting\b|"
    # a partnership's register of learning, its rows the lessons: "<partnership>: learning log 2023-24"
    r"\blearning\s+(?:log|register|tracker)\b|"
    # a family's version titled by the child's first name: "Amber's review: what went well and ..."
    r"^(?-i:[A-Z][a-z-]+|[A-Z]{2,})['’]s\s+review\s*[:\-–—]\s|"
    # an easy-read version's title: "Easy read: what we learned from the review about Baby X"
    r"^easy[\s-]+read\b|\breview\s+(?:about|into|concerning)\s+"
    r"(?-i:(?:Child|Baby|Infant|Young\s+Person|CHILD|BABY|INFANT)\s+[A-Z][A-Z0-9]{0,3}|[A-Z][a-z]+|[A-Z]{3,})\W*$|"
    # a heading ending in the child's pseudonym ("Key messages: Child D") titles the review it is about
    # (in capitals too, as a plain-text cover prints it: "EMERGING LEARNING: CHILD W")
    r":\s*(?-i:(?:Child|Baby|Infant|Young\s+Person|CHILD|BABY|INFANT|YOUNG\s+PERSON)\s+[A-Z][A-Z0-9]{0,3})$|"
    # "Ruby: learning from the review", "Child T – lessons from the review": a briefing's title
    r"^(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s*[:\-–]\s*(?:learning|lessons|key\s+messages)\s+from\s+(?:the|this|a|our)\s+\w+$|"
    # a longer title naming the child before the colon: "Through Child Y's eyes: learning from the review"
    # (in capitals too, as a plain-text cover prints it)
    r"^[^:]{0,40}\b(?-i:(?:Child|Baby|Infant|Young\s+Person|CHILD|BABY|INFANT|YOUNG\s+PERSON)\s+[A-Z][A-Z0-9]{0,3})\b"
    r"[^:]{0,30}:\s*"
    r"(?:learning|lessons|key\s+messages)\s+from\s+(?:the|this|a|our)\s+\w+$|"
    r"^learning\s+from\s+(?:the\s+(?:experiences?|life|lives|story|death)\s+of\s+)?"
    r"(?-i:(?:Child|Baby|Infant|Family|Young\s+Person)\s+[A-Z][A-Z0-9]{0,3}|[A-Z][a-z]+)$",
    re.I,
)


# A section named for the lessons of the review it belongs to: "Recommendations of the rapid review",
# "Learning identified at this local review", "Recommendations of this Local Child Safeguarding Practice
# Review": the review named by its type, up to four words (a section of the report, not the report's title).
OF_THE_REVIEW = re.compile(
    r"^\W*(?:key\s+)?(?:learning|findings?|recommendations?|lessons?|good\s+practice)\b(?:\s+[a-z]+)?\s+"
    r"(?:of|at|by|in|for|made\s+by|identified\s+(?:at|by|in))\s+(?:the|this|our)\s+(?:[\w-]+\s+){0,4}review\W*$|"
    # a box in guidance or a newsletter captioning learning from some review ("Learning from a local review"):
    # a review named with "a" is never the document's own
    r"^\W*(?:key\s+)?(?:learning|lessons?)\s+(?:drawn\s+)?from\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,3}review\W*$",
    re.I,
)


# An inspection letter's summary judgement over the findings it lists after ("Headline findings"): no lessons.
HEADLINE = re.compile(r"^\W*headline\s+(?:findings|judgements?)\W*$", re.I)
# A heading that names a kind only to deny it ("Matters considered without a recommendation", "Issues on
# which the review makes no recommendation", "Areas not taken forward as recommendations"): what it holds
# was weighed and set aside, never a lesson.
DENIED_KIND = re.compile(
    r"\b(?:without|makes?\s+no|made\s+no|no|not\s+(?:made|making|taken\s+forward|carried\s+forward)(?:\s+(?:as|into))?)\s+"
    r"(?:an?\s+|any\s+)?(?:formal\s+|further\s+|separate\s+|specific\s+)?(?:recommendations?|findings?|learning\s+points?)\b",
    re.I,
)


@functools.lru_cache(maxsize=4096)  # asked again and again of the same headings by passes over the blocks
def zone_kind(heading: str) -> str | None:
    text = NUMBERED_HEADING.sub(r"\2", heading)
    if HEADLINE.match(text):
        return None
    # a kind named only to be denied names none ("Findings with no recommendation" still names findings)
    text = DENIED_KIND.sub(" ", text)
    # A numbered heading is a section of the report, never the report's own title.
    if DOCUMENT_TITLE.search(text) and not NUMBERED_HEADING.match(heading) and not OF_THE_REVIEW.match(text):
        return None  # the review's own title ("Learning briefing: Baby J") is not a learning section
    # ("Appendix A: Good practice identified by the review panel" names the lessons the appendix holds)
    # (the learning event, session or day is a meeting the review held, not what it learned)
    if NOT_LESSON_HEADING.search(text) and not re.search(
        # ("Methodology: the SCIE Learning Together model": the model's name is no learning)
        r"finding|learning(?!\s+(?:events?|sessions?|days?|workshops?|together)\b)|recommend|lesson|good\s+practice|"
        # what the event gave: "Themes from the learning event", "Key messages arising from the practitioner event"
        r"\b(?:themes?|messages?)\s+(?:arising\s+|emerging\s+|identified\s+)?(?:from|at)\s+(?:the\s+)?"
        r"(?:practitioners?'?\s+)?(?:learning\s+)?(?:events?|sessions?|workshops?)\b",
        text,
        re.I,
    ):
        return None
    for kind, pattern in ZONE_CUES:
        if pattern.search(text):
            return kind
    return None


# A numbered heading as the lesson walk reads it: "4.1 Title", "4.1. Title" and "4.1: Title" (a colon after
# the number, as some reviews print their findings' headings).
_LESSON_HEADING = re.compile(r"^(?:(?:section|part|chapter)\s+)?(\d+(?:\.\d+)+|\d+)[.:]?\s+(\S.*)$", re.I)


def heading_number(text: str) -> str:
    match = _LESSON_HEADING.match(text)
    return match.group(1) if match else ""


def numbered_under(heading: str, parent: str) -> bool:
    """Whether a heading's number continues its parent's ("4.5" under "4 Findings")."""
    child, outer = heading_number(heading), heading_number(parent)
    return bool(child and outer and child.startswith(outer.rstrip(".") + "."))


def strip_number(text: str) -> str:
    match = _LESSON_HEADING.match(text)
    return match.group(2) if match else text


def left_margin(blocks: list[Block]) -> float:
    """Where most paragraphs start on the page (0 when the format has no coordinates)."""
    starts = [round(b.x0) for b in blocks if b.kind == "para" and b.x0 > 0]
    return float(max(set(starts), key=starts.count)) if starts else 0.0


def split_items(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text).strip().rstrip(".")
    parts = [p.strip(" ,.") for p in re.split(r";\s*(?:and\s+)?", text)]
    return [p[:1].upper() + p[1:] for p in parts if len(p) > 3]
