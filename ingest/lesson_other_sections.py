"""Ingest stage: lesson segmentation - the headings of sections that never hold this review's lessons.

Sections that tell of something else: the introduction and the case narrative,
questions put to the reader, what was done already, the evidence under a
systems finding, a training exercise, what statutory guidance says, an earlier
review and its recommendations, research and national learning, a foreword,
and contents lists with their entries. Pure functions of text; the zones of
ingest/lesson_cues.py and the walk (ingest/lesson_walk.py) read them.
"""

from __future__ import annotations

import re

from ingest.layout import Block

# The evidence a systems finding sets under it: how it featured, why it is not peculiar, what is known.
EVIDENCE_HEADING = re.compile(
    r"how\s+did\s+(?:the|this)\s+(?:issue|pattern|finding)\s+(?:feature|show|arise|manifest|present|appear|play\s+out)|(?:not\s+)?peculiar\s+to\s+this\s+case|"
    r"(?:what\s+is|how\s+much\s+is)\s+known\s+about\s+(?:the|this)\s+(?:issue|pattern)|"
    r"how\s+(?:common|widespread|prevalent)\s+is\s+(?:the|this)\s+(?:issue|pattern)",
    re.I,
)


# A training handout's task for the room, set as a heading or a box's caption ("Exercise", "Group
# activity 2", "Over to you"): what the participants do, never a lesson.
ACTIVITY_HEADING = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:(?:group|pairs?|table|team|training|learning|practice)\s+)?"
    r"(?:exercise|activity|task)s?|group\s+(?:work|discussion)|over\s+to\s+you|try\s+this)(?:\s+\d{1,2})?\W*$",
    re.I,
)


# A box quoting what statutory guidance, the law or procedures say beside a lesson: "What Working Together to
# Safeguard Children (2018) says", "What the LSCB's procedures say", "The duty in section 11 of the Children Act
# 2004": the rule the practice is measured against, never a lesson.
STATUTE_BOX = re.compile(
    r"^\W*(?:what\s+(?:the\s+)?(?:[\w'’().-]+\s+){0,6}?(?:guidance|procedures?|polic(?:y|ies)|law|legislation|"
    r"act(?:\s+\d{4})?|working\s+together(?:\s+to\s+safeguard\s+children)?(?:\s+\(?\d{4}\)?)?|regulations?|protocol|"
    r"code\s+of\s+practice)\s+(?:says?|said|requires?|required|states?)|"
    r"the\s+(?:statutory\s+|legal\s+)?duty\s+(?:in|under)\s+(?:section|s\.?)\s*\d+[a-z]?\b(?:\s+of\s+the\s+[\w\s]{3,60}?\d{4})?)\W*$",
    re.I,
)


# A serious case review's statement on whether the death or harm could have been foreseen (Working Together
# 2006 and 2010 asked for it): "Could the death have been predicted?", "Predictability and preventability".
_FORESEEN = (
    r"\bcould\s+(?:the\s+|this\s+)?(?:death|harm|injur(?:y|ies)|abuse|incident|homicide)\s+have\s+been\s+"
    r"(?:predicted|prevented|foreseen|avoided)|\bpredictab(?:le|ility)\s+and\s+preventab(?:le|ility)"
)
FORESEEN_HEADING = re.compile(_FORESEEN, re.I)


NOT_LESSON_HEADING = re.compile(
    r"\b(?:introduction|foreword|preface|methodology|terms\s+of\s+reference|background|chronology|contents|appendix|annex|"
    r"glossary|references|acknowledg|panel\s+membership|the\s+review\s+process|scope|" + _FORESEEN + r"|"
    # a serious case review's statement on whether the death or harm could have been foreseen
    # a line of enquiry the review set itself, over the narrative it looked at: "KLOE 2: How well ...?"
    r"^\W*(?:kloe|(?:key\s+)?line\s+of\s+(?:enquiry|inquiry))\s*\d{1,2}\b|"
    r"questions?\s+for\s+reflection|reflective\s+questions?|questions?\s+to\s+consider|what\s+happened|the\s+incident|"
    # the case narrative a lesson rests on, under its own sub-heading: "What we saw in this case"
    r"what\s+(?:we|the\s+review(?:er)?|the\s+panel)\s+(?:saw|observed|heard)\s+in\s+(?:this|the)\s+case|"
    # what someone told the review, their words under it the reason for a lesson: "2. You told us"
    r"^\W*(?:\d{1,2}\.?\s+)?(?:you|they|children|parents|the\s+family)\s+told\s+us\W*$|"
    # "About the review", never a title naming the review it is about ("A letter ... about the review of Baby C")
    r"further\s+information|about\s+the\s+review(?!\s+(?:of|into)\s)|the\s+child'?s\s+story|case\s+summary|summary\s+of\s+the\s+case|"
    r"family\s+background|process\s+of\s+the\s+review|how\s+the\s+review|why\s+it\s+matters|"
    # a partnership's plans and accounts in its annual report: "Priorities for next year", "Budget"
    r"priorities\s+for\s+(?:the\s+)?(?:next|coming|year\s+ahead)(?:\s+(?:year|twelve\s+months|\w+\s+years))?|"
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:our\s+)?(?:(?:the\s+)?partnership['’]s\s+)?(?:priorities|budget|finances?|looking\s+ahead)\W*$|"
    r"(?:budget|income)\s+and\s+(?:expenditure|spending)|"
    # who took part in the review or its learning event: "Who attended", "Participants", "Agencies represented"
    r"who\s+(?:attended|took\s+part|participated|was\s+involved|contributed)|attendees|participants|"
    # a scrutineer's view of the report itself: "Strengths of the report", "Where the report could be stronger"
    r"\b(?:strengths|weaknesses|limitations)\s+of\s+the\s+(?:report|review|draft|analysis)\b|"
    r"\bwhere\s+the\s+(?:report|review|draft|analysis)\s+could\s+(?:be\s+)?(?:stronger|better|improved|go\s+further)\b|"
    # the event the learning was shared at, named on a deck's title slide: "Multi-agency learning event"
    r"^\W*(?:[\w'’-]+\s+){0,3}learning\s+(?:events?|sessions?|days?|workshops?)\W*$|"
    # who came to the review's meetings: "Attendance at the learning event", "Those present at the panel"
    r"(?:attendance|those\s+(?:present|attending))\s+(?:at|of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:events?|sessions?|meetings?|workshops?|panels?)|"
    r"(?:agencies|organisations|services)\s+(?:represented|involved|that\s+(?:took\s+part|contributed|provided))|"
    r"(?:" + EVIDENCE_HEADING.pattern + r")|"
    # Questions put to the reader, and what was done before the review: never its lessons.
    r"questions\s+(?:for|to)\s+(?:you|your|practitioners|managers|staff|teams?|discuss|ask|think)|questions\s+for\s+discussion|"
    # "Questions to reflect on", "Prompts for reflection", "Questions to ponder": the reader's, never lessons
    r"(?:questions?|prompts?)\s+(?:to|for)\s+(?:reflect(?:ion)?|ponder)\b|"
    r"things\s+to\s+(?:think\s+about|consider)|immediate\s+actions|actions?\s+(?:already\s+)?taken|"
    # what agencies are doing already, before the recommendations are taken up: "What is being done
    # already?", "What has already been done?", "Work already under way"
    r"what\s+(?:is|was|has\s+been)\s+(?:already\s+)?being\s+done\s+(?:already|so\s+far|now|in\s+the\s+meantime)|"
    r"what\s+(?:is|was|has|have)\s+already\s+(?:been\s+)?(?:being\s+)?(?:done|happening|happened|changed)|"
    r"(?:work|actions?|steps|changes)\s+already\s+(?:under\s*way|in\s+(?:progress|hand|place)|completed|made|done)|"
    r"(?:action|progress)\s+(?:already\s+)?(?:made|taken)\s+since|"
    # What was done after the review: "What has changed as a result", "What we have done since"
    r"what\s+(?:has|have)\s+changed|what\s+(?:\w+\s+){1,2}(?:has|have)\s+(?:done|changed)|"
    # a form's sign-off, and the words of practitioners or families quoted in a box
    r"signed\s+off|sign[\s-]off|signatures?|what\s+(?:practitioners|professionals|staff|families|parents|children|young\s+people)\s+"
    r"(?:told|said\s+to)\s+us|in\s+their\s+(?:own\s+)?words|"
    # what those who came to the review's learning events or training said of them: "What practitioners said
    # about the learning events", "Feedback from the training sessions", "Participants' feedback"
    r"what\s+(?:the\s+)?(?:practitioners|professionals|staff|participants|attendees|delegates)\s+(?:said|thought|felt|fed\s+back)\s+"
    r"(?:about|of|after)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:events?|sessions?|training|workshops?|briefings?|days?)|"
    r"feedback\s+(?:from|on|about)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:events?|sessions?|training|workshops?|briefings?|days?)|"
    r"(?:practitioners?|participants?|attendees?|delegates?)['’]?\s+(?:feedback|comments|evaluations?))\b|"
    + STATUTE_BOX.pattern
    + "|"
    + ACTIVITY_HEADING.pattern,
    re.I,
)


# The recommendations of an earlier review, quoted for their progress ("Recommendations of the earlier
# review about Child Y", "Outstanding recommendations from previous reviews", "Previous SCR recommendations
# still open"): another review's, never this one's lessons.
EARLIER_REVIEW_RECOMMENDATIONS = re.compile(
    r"\brecommendations?\s+(?:of|from|made\s+(?:by|in)|arising\s+from)\s+(?:the\s+|an?\s+|our\s+)?"
    r"(?:earlier|previous|prior|past|former|last|preceding)\b|"
    r"\b(?:earlier|previous|prior|past|former|preceding)\s+(?:(?:[\w-]+\s+){0,3}(?:reviews?|scrs?|reports?)['’]?s?\s+)?"
    r"recommendations?\b",
    re.I,
)


# A section given to an earlier review as a whole ("2. Learning from an earlier review", "The previous serious
# case review", "Lessons from previous reviews"): it tells of another review, and what it quotes of that review
# (its recommendations, its learning) is never this one's.
# An appendix's letter or number before its name ("Appendix B: ", "Annex 2 – ").
_APPENDIX_PREFIX = r"(?:(?:appendix|annex)\s+[A-Z0-9]{1,2}\s*[:.–-]?\s+)?"


EARLIER_REVIEW_SECTION = re.compile(
    r"^\W*"
    + _APPENDIX_PREFIX
    + r"(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:key\s+)?(?:learning|lessons?(?:\s+learn[et]d?)?|findings?)\s+(?:from|of)\s+)?"
    r"(?:(?:an?|the|our)\s+)?(?:earlier|previous|prior|former|preceding)\s+(?:[\w-]+\s+){0,3}"
    r"(?:reviews?|scrs?|lcsprs?)\W*$",
    re.I,
)


# A section setting the review beside research or national learning ("Appendix C: Research and national
# learning", "Relevant research", "Learning from national reviews", "What research and national reviews tell
# us", "Learning from national analyses of serious case reviews", "Learning from the Panel's national
# reviews"): what others have found, never this review's lessons.
_NATIONAL_SOURCE = (
    r"(?:(?:the\s+)?(?:panel['’]s\s+|national\s+panel['’]s\s+)?national\s+(?:reviews?|analyses|learning|studies)|"
    r"(?:the\s+)?(?:biennial|triennial)\s+(?:reviews?|analyses)|research)"
    r"(?:\s+of\s+(?:serious\s+case\s+reviews|scrs|(?:local\s+)?(?:child\s+safeguarding\s+)?(?:practice\s+)?reviews))?"
)


_NATIONAL_SOURCES = _NATIONAL_SOURCE + r"(?:\s+(?:and|&)\s+" + _NATIONAL_SOURCE + r")?"


RESEARCH_SECTION = re.compile(
    r"^\W*" + _APPENDIX_PREFIX + r"(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:relevant|key|the)\s+)?"
    r"(?:research(?:\s+(?:and|&)\s+(?:national\s+learning|literature|national\s+reviews?|practice\s+guidance))?|"
    r"national\s+learning|(?:learning|lessons)\s+from\s+" + _NATIONAL_SOURCES + r"|"
    r"literature(?:\s+review)?|"
    # "What research and national reviews tell us", "What the research says"
    r"what\s+(?:the\s+)?" + _NATIONAL_SOURCES + r"\s+"
    r"(?:tells?|says?|shows?)(?:\s+us)?)\W*$",
    re.I,
)


# A foreword to the report by the one who commissioned or scrutinised it ("Foreword", "A message from the
# Independent Chair", "Statement by the Independent Scrutineer"): it welcomes the review and never holds its
# lessons.
FOREWORD = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:foreword|preface|(?:an?\s+)?(?:message|statement|letter)\s+(?:from|by)\s+(?:the\s+)?"
    r"(?:independent\s+|partnership\s+|board\s+)?(?:chair(?:man|person)?|scrutineer|safeguarding\s+partners|director|"
    r"lead\s+(?:safeguarding\s+)?partners?))\b",
    re.I,
)


# A contents list's heading: "Contents", and the web's and leaflets' "On this page", "In this report".
CONTENTS = re.compile(
    r"^\W*(?:(?:table\s+of\s+)?contents?|on\s+this\s+page|page\s+contents|in\s+this\s+(?:report|document|briefing|review|"
    r"section|guide|leaflet|session|presentation)|what(?:'s|\s+is)\s+in\s+this\s+(?:report|document|briefing)|"
    # a briefing's agenda: "What we will cover", "What this session covers", "Agenda"
    r"what\s+(?:we\s+will|we'll|this\s+(?:session|briefing|presentation)\s+will)\s+cover|what\s+this\s+(?:session|briefing|presentation)\s+covers|agenda|"
    # a deck's agenda slide: "Today's session", "This session", "Session outline"
    r"(?:today['’]s|this)\s+(?:session|agenda|presentation)|session\s+(?:outline|plan|overview))\W*$",
    re.I,
)


# "Finding 1: Early help ........ 26", "Finding 1: Early help | 26": a contents entry with its page.
CONTENTS_LINE = re.compile(r"(?:\.{3,}|…+|\s\|)\s*\d{1,3}$|^\S.{2,120}?\s{2,}\d{1,3}$")


def contents_line(block: Block) -> bool:
    if (
        block.kind == "row"
        and len(block.cells) == 2
        and re.fullmatch(r"\d{1,3}", block.cells[1].strip())
        and len(block.cells[0]) < 150
    ):
        return True
    return len(block.text) < 160 and bool(CONTENTS_LINE.search(block.text))
