"""Ingest stage: lesson segmentation - the patterns.

The regular expressions the walk over a review's blocks (ingest/lessons.py) and its
helpers know lessons, captions, headings and the lines around them by.
"""

from __future__ import annotations

import re

from ingest.block_cues import LESSON_LABEL

LABEL = LESSON_LABEL
# A paragraph opened by the kind of lesson it is, with no number: "Learning: ...", "Recommendation: ...".
CUE_PREFIX = re.compile(
    r"^(?P<cue>learning(?:\s+point)?|lesson(?:\s+learn(?:ed|t))?|finding|recommendation|"
    # "Positive practice:", "Example of good practice:", "Strength:": good practice run in
    r"(?:good|positive|notable|effective)\s+practice(?:\s+examples?)?|examples?\s+of\s+(?:good|positive|notable)\s+practice|"
    # "Conclusion: ..." closing the analysis of a line of enquiry: what the review concluded, a finding
    r"key\s+message|practice\s+point|action|conclusion|"
    # what an event's analysis says was learned: "What has been learned:", "What was learnt:", "What we learned:"
    r"what\s+(?:has\s+been|have\s+we|was|we(?:\s+have)?|the\s+(?:review|panel)(?:\s+has)?)\s+learn(?:ed|t)|learning\s+identified|"
    # an appreciative review's two parts: "What went well:" (good practice), "Even better if:" (learning)
    r"what\s+(?:went|worked)\s+well|even\s+better\s+if|"
    # what was learned from what someone said, run in after their words: "So we have learned: ..."
    r"so\s+(?:we|the\s+review)\s+(?:have\s+|has\s+)?learn(?:ed|t))"
    # "Good practice (School): ...": the service the lesson is about, in brackets after the cue
    r"(?:\s*\((?P<service>[A-Z][^()]{0,40})\))?\s*:\s*(?=[A-Z])",
    re.I,
)
# "... was rearranged. Learning point: Services worked with ...": a cue run in after the narrative
# a paragraph opens with; the lesson is the text after it.
RUNIN_CUE = re.compile(
    r"(?<=[.!?])\s+(?P<cue>learning\s+point|key\s+learning|learning|lesson(?:\s+learn(?:ed|t))?|finding)\s*:\s*(?=(?-i:[A-Z]))",
    re.I,
)
# A paragraph opened by what the review found or recommends: "The review found that ...",
# "The reviewer concluded that ...", "The Panel recommends that ...".
REPORTED = re.compile(
    r"^(?:(?:in\s+(?:this|summary)|overall|however|importantly|crucially|finally),?\s+)?(?:(?:the|this)\s+"
    r"(?:review(?:er)?|panel|(?:review|panel)\s+team)|we|it\s+is)\s+(?:has\s+|have\s+|also\s+|therefore\s+)?"
    r"(?P<verb>found|finds|concluded|concludes|identified|recommends|recommended|recommend|would\s+recommend)\s+"
    r"that\s+(?=\w)",
    re.I,
)


# Sections a run-in cue never makes a lesson in: the front matter (a narrative section may hold one).
FRONT_MATTER = re.compile(
    r"\b(?:contents|introduction|foreword|preface|terms\s+of\s+reference|methodology|glossary|acknowledg\w*|references|appendix)\b",
    re.I,
)
# Sub-headings under a labelled lesson that head its analysis, not its narrative.
ANALYSIS_HEADING = re.compile(
    r"^\W*(?:why\s+(?:it|this)\s+matter(?:s|ed)|analysis|what\s+(?:we|(?:the|this)\s+review)\s+found|the\s+learning|"
    r"what\s+(?:we|professionals|practitioners)\s+(?:can\s+)?learn(?:ed|t)?)\W*$",
    re.I,
)
# A sub-heading under a finding saying what it means for practice ("What this means for practice",
# "Implications for practice"): a section of learning points, never one lesson's title.
IMPLICATIONS_HEADING = re.compile(
    r"^\W*(?:what\s+(?:this|it|the\s+\w+)\s+means\s+for\s+(?:your\s+|our\s+)?(?:practice|practitioners|professionals|you|us)|"
    r"(?:the\s+)?(?:implications|learning|lessons)\s+for\s+(?:practice|practitioners|professionals)|practice\s+implications)\W*$",
    re.I,
)
# The sentence closing a paragraph of narrative that acknowledges good practice in passing: "It is
# positive that ...", "It was encouraging that ...", "It is to the credit of ...".
POSITIVE_CLOSING = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?P<sentence>It\s+(?:is|was)\s+(?:(?:very|particularly|especially)\s+)?"
    r"(?:positive|encouraging|commendable|reassuring|to\s+the\s+credit\s+of)\b[^.!?]*[.!?])\s*$"
)
# The sentence closing a numbered paragraph of narrative that calls what it tells good practice: "This
# was good practice.", "This is an example of positive practice."
PRACTICE_VERDICT = re.compile(
    r"(?<=[.!?])\s+(?:this|that|it)\s+(?:was|is|represents|represented|shows|showed|demonstrates|demonstrated)\s+"
    r"(?:(?:an?\s+)?(?:\w+\s+)?examples?\s+of\s+)?(?:(?:very|particularly|especially|notably)\s+)?"
    r"(?:good|positive|notable|effective|excellent|strong|best)\s+practice\s*[.!]?\s*$",
    re.I,
)
# A recommendation's addressees on a line of their own under its label, before its text: "Addressed to: West
# Yorkshire Police, Wakefield Council Children's Services and NHS West Yorkshire Integrated Care Board", and
# the shorter "To: All partner agencies".
ADDRESSED_LINE = re.compile(r"^\W*(?:(?:addressed|directed)\s+)?to\s*:\s*(?P<value>[A-Z][^:]{1,240}?)\.?$", re.I)
# A field printed on its own line under a recommendation: "Lead agency: Police", "Timescale: 6 months".
FIELD_LINE = re.compile(r"^\W*(?P<name>[A-Za-z][\w /'-]{1,30}?)\s*:\s*(?P<value>\S.{0,80})$")
# Labels that name a theme or an issue, not a kind: as headings over their analysis, findings.
LEARNING_SECTION = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:key\s+)?learning\s+(?:themes|points|issues)|"
    # the same named the other way round: "Themes of learning", "Key themes for learning"
    r"(?:key\s+)?(?:themes|issues)\s+(?:of|for)\s+(?:the\s+)?learning|"
    # a learning review's themes from its practitioners' event ("Themes from the learning event")
    r"(?:key\s+)?themes\s+(?:arising\s+|emerging\s+|identified\s+)?(?:from|at)\s+(?:the\s+)?(?:practitioners?'?\s+)?"
    r"learning\s+(?:events?|sessions?|workshops?))\W*$",
    re.I,
)
THEME_LABEL = re.compile(r"(?:key\s+|practice\s+|learning\s+)?(?:theme|issue)\b", re.I)
APPENDIX_HEADING = re.compile(r"^\W*(?:appendix|annex)\b", re.I)
# A sub-heading that names an agency or a service ("Police", "Children's Social Care", "NHS Trusts").
AGENCY_NAME = re.compile(
    r"\b(?:police|constabulary|health|nhs|trusts?|hospitals?|gps?|general\s+practice|social\s+care|children'?s\s+services|"
    r"social\s+work|education|schools?|probation|council|local\s+authority|housing|ambulance|youth\s+justice|cafcass|"
    r"icb|ccg|integrated\s+care\s+board|clinical\s+commissioning\s+group|early\s+help|midwifery|health\s+visiting|"
    r"partnership|board|(?:area\s+)?child\s+protection\s+committee|acpc|all\s+agencies|multi-agency|single[- ]agency|agencies)\b",
    re.I,
)


# The caption of a box set among narrative paragraphs: "Good practice example", "Learning point";
# alone on its line, or (plain text) run into the paragraph it heads.
_BOXED = (
    r"^\W*(?:an?\s+)?(?:examples?\s+of\s+)?(?P<cue>(?:good|positive|notable|effective)\s+practice|learning\s+point|key\s+learning)"
    r"(?:\s+examples?)?"
)
BOXED_CAPTION = re.compile(_BOXED + r"\W*$", re.I)
BOXED_CAPTION_RUNIN = re.compile(_BOXED + r"\s*[:.\-–]?\s+(?=(?-i:[A-Z]))", re.I)
# A sub-heading naming the readers the lessons under it are for: "If you work in a school",
# "For health practitioners", "For managers and leaders".
AUDIENCE_HEADING = re.compile(
    r"^(?:if\s+you\s+(?:work|are)\s+(?:in|for|with|as|a|an)\b|"
    r"for\s+(?:all\s+|those\s+|staff\s+|people\s+)?(?:[\w'’-]+\s+){0,3}(?:practitioners|professionals|staff|colleagues|teams|"
    r"services|settings|managers|leaders|workers|clinicians|officers|schools)\s*(?:and\s+[\w\s]{1,30})?\W*$)",
    re.I,
)
# A lead-in to what serves a numbered lesson rather than being one: "Suggested actions:", "Measures of success:".
COMPANION = re.compile(
    r"^\W*(?:(?:suggested|proposed|possible|supporting|related|example|key)\s+)?(?:actions?|next\s+steps|tasks|"
    r"measures?(?:\s+of\s+(?:success|impact))?|success\s+(?:measures|criteria)|indicators?|evidence(?:\s+of\s+(?:impact|progress))?|"
    r"how\s+(?:this|progress|it)\s+will\s+be\s+(?:measured|monitored|evidenced)|how\s+we\s+will\s+know|"
    # the actions a panel or partnership agreed to carry a recommendation out: "Actions agreed by the panel:"
    r"(?:the\s+)?(?:actions?|steps)\s+(?:agreed|planned|to\s+be\s+taken)(?:\s+(?:by|with)\s+(?:the\s+)?[\w' -]{2,40}?)?)\s*:\s*$",
    re.I,
)
# The line saying who a briefing or guide is written for: "Who this briefing is for: all practitioners ...",
# "This briefing is for: ...", "Audience: ...". A readership, never a lesson nor an agency.
READERSHIP = re.compile(
    r"^\W*(?:who\s+(?:this|the)\s+(?:\w+\s+){0,2}is\s+for|(?:this|the)\s+(?:\w+\s+){0,2}is\s+for|"
    r"(?:intended\s+|target\s+)?audience)\s*[:\-–?]\s*\S",
    re.I,
)
# A line of a form left to fill in: "Checklist complete  Date: ________".
FORM_BLANK = re.compile(r"_{4,}|\.{8,}\s*$")
# Words quoted and attributed to who said them: "“We all had a piece ...” – practitioner at a learning event".
# The quotation is a whole sentence and the attribution short: "‘Start again syndrome’ – each new worker ..."
# (a term in quotes explained after a dash) is no one's words.
ATTRIBUTED_QUOTE = re.compile(r"^\W{0,2}[\"“‘'][^\"“”]{8,}[.!?…][\"”’']\s*[–—-]\s*[^.!?\"“”]{2,80}$")
# A prompt to the reader, its question after a cue: "Talk about it: how does this apply ...?", "Reflect: ...?".
PROMPT = re.compile(
    r"^(?:talk\s+about\s+it|think\s+about\s+it|discuss|reflect|ask\s+yourself|over\s+to\s+you|for\s+discussion)\s*[:\-–]\s*.*\?\s*$",
    re.I,
)
# A belief set against what the review found ("Myth:" then "Reality:" or "Fact:").
MYTH = re.compile(r"^(?:the\s+)?myths?\s*[:\-–]\s*", re.I)
REALITY = re.compile(r"^(?:the\s+)?(?:reality|fact|truth)\s*[:\-–]\s*(?=\S)", re.I)
# The date a note on progress is dated by, printed after its name without brackets: "Update March 2024:",
# "Status as at 1 May 2023:".
_DATED = (
    r"\s+(?:(?:as\s+)?(?:at|of|in|on)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}"
)
NOTE_DATE = r"(?:" + _DATED + r")?"
# A paragraph giving the progress of the work on a lesson since the review: "Update: ...", "Status: Confirmed
# by the final review ...", "What has changed since: ...", "Changes made since the review: ...".
UPDATE_PARA = re.compile(
    r"^(?:update|progress(?:\s+(?:update|to\s+date|so\s+far))?|current\s+position|status|"
    r"what\s+(?:has|have\s+\w+)\s+changed(?:\s+since(?:\s+(?:then|the\s+review))?)?|"
    r"(?:changes?|actions?)\s+(?:made|taken)\s+since(?:\s+(?:then|the\s+review))?)"
    r"(?:\s*\([^()]{1,30}\)|" + _DATED + r")?\s*:\s*\S",
    re.I,
)
# The report's own record of its approval, closing a part of it: "The addendum was agreed by the Board in April
# 2014.", "This report was endorsed by the safeguarding partners on 3 May 2021."
ASSENT_PARA = re.compile(
    r"^(?:the|this)\s+(?:(?:overview|final|full)\s+)?(?:report|addendum|review|briefing)\s+(?:was|has\s+been|is)\s+"
    r"(?:agreed|approved|endorsed|signed\s+off|accepted|ratified)\s+(?:by|at|on|in)\b",
    re.I,
)
# The status printed after a recommendation's label: "Recommendation 2 – On track".
STATUS = re.compile(
    r"(?:not\s+yet\s+|partially\s+|part\s+)?(?:complete[d]?|achieved|met)|on\s+track|in\s+progress|delayed|ongoing|not\s+started|"
    r"off\s+track|overdue|closed|open|red|amber|green|blue|"
    # the partners' decision on it: "Recommendation 2 – partially accepted", "Recommendation 3 – not accepted"
    r"(?:(?:partially|partly|fully|not)\s+)?(?:accepted|agreed|rejected|declined|endorsed)(?:\s+in\s+(?:full|part))?",
    re.I,
)
# A heading that only counts its entries ("Item 3", "Entry 2"): no lesson's title.
COUNTER_HEADING = re.compile(r"^\W*(?:item|entry|no\.?|number|case)\s*\d{1,2}\W*$", re.I)
# A paragraph number of letters and a number set in the margin: "ES4 The father's ...".
MARGIN_CODE = re.compile(r"^(?P<num>[A-Z]{1,4}\d{1,3})\s+(?=[A-Z][a-z]|[AI]\s+[a-z]|[A-Z]{2,5}\s+[A-Z]?[a-z])")
# A board paper's own ask of its meeting ("The Executive Group is asked to note the report"): never a review's lesson.
PAPER_ASK = re.compile(
    r"\b(?:is|are)\s+(?:asked|invited|requested|recommended)\s+to\s+(?:note|receive|approve|endorse)\b", re.I
)
# The agency a recommendation's label names after it: "(Children's Social Care):", "Health:".
LABEL_AGENCY = re.compile(r"^(?:\((?P<paren>[^()]{2,60})\)\s*[:.\-–—]?|(?P<colon>[A-Z][\w'’ ,&-]{1,50}?):)\s+(?=[A-Z])")
# What a recommendation's own heading prints after its label: "– for the Police", ": to all partner agencies".
# (the addressee named, capitalised: "To improve the health response" is the heading's title, not a lead)
ADDRESSED_LABEL = re.compile(
    r"^[\-–—:.]?\s*(?:for|to)\s+(?:the\s+)?(?P<who>(?-i:[A-Z]|all\s)[^:;.!?]{1,69}?)\s*$", re.I
)
# A reference printed after a lesson's text, in square brackets: "[L1]", "[R2]", "[LP3]", "[F1.2]".
TRAILING_CODE = re.compile(r"(?<=[.!?\"”’)])\s*\[(?P<code>[A-Z]{1,3}\s?\d{1,2}(?:\.\d{1,2})?)\]\s*$")
# An action plan's row the partnership added itself, saying it is none of the review's recommendations:
# "Additional action agreed by the partnership (not a review recommendation)".
NOT_THE_REVIEWS = re.compile(
    r"\bnot\s+(?:a|one\s+of\s+the|part\s+of\s+the|among\s+the)\s+(?:(?:review|reviewer|panel)(?:['’]s)?\s+)?recommendations?\b|"
    r"\b(?:additional|further|own|extra|new)\s+actions?\s+(?:agreed|added|identified|proposed)\s+by\s+the\s+"
    r"(?:partnership|board|partners|safeguarding\s+partners)\b",
    re.I,
)
# "Recommendations for the Police", "Recommendations to health agencies": whom they are addressed to.
ADDRESSED_HEADING = re.compile(r"\brecommendations?\s+(?:for|to)\s+(?:the\s+)?(?P<who>[^:;.]{2,60}?)\s*$", re.I)
# Addressees that are everyone, not one lead agency.
GENERIC_ADDRESSEE = re.compile(
    # (a multi-agency team's partnership, "the MASH Partnership", is that team, not the safeguarding partnership)
    r"^(?:the\s+)?(?!(?:mash|marac|mappa)\s+partnership\b)(?:(?:\w+\s+)?(?:safeguarding\s+)?(?:children\s+)?(?:partnership|board)|(?:safeguarding\s+)?partners|"
    r"(?:all\s+|partner\s+)?agencies|multi-agency)\b",
    re.I,
)
# Addressees naming the agencies one by one, never one lead agency: "individual agencies", "single
# agencies", "each agency", "the respective services".
DISTRIBUTIVE_ADDRESSEE = re.compile(
    r"^(?:the\s+)?(?:individual|single|respective|relevant|separate|each|every)\s+(?:partner\s+)?"
    r"(?:agenc(?:y|ies)|organi[sz]ations?|services?|partners?)\b",
    re.I,
)
# An audit's or inspection's "Areas for improvement / development": findings, or recommendations where they ask.
AREAS_FOR = re.compile(r"\bareas?\s+for\s+(?:improvement|development)\b", re.I)
ASKS = re.compile(r"\b(?:should|must|needs?\s+to|is\s+to|are\s+to)\b", re.I)
BARE_NUMBER = re.compile(r"^(?P<num>\d{1,2})\s+(?=[A-Z][a-z])")
# A code before a sub-heading's title: "F1 Hidden men", "LP2 Moving families", "KL-01: Drift" (a number after letters).
HEADING_CODE = re.compile(r"^(?P<code>[A-Z]{1,3}[-/]?\d{1,2}(?:\.\d{1,2})?)[.:]?\s+(?=[A-Z])")
# A field answering a recommendation ("Agency response:", "Partnership comment:"): never its lead agency.
RESPONSE_FIELD = re.compile(r"\b(?:response|comments?|reply|update|progress)\b", re.I)
# A cross-reference printed beside a heading: "Finding 2: title (see Recommendations 2 and 3)".
SEE_ALSO = re.compile(
    r"\s*\(\s*see\s+(?:also\s+)?(?:(?:recommendations?|findings?|learning(?:\s+points?)?|lessons?|themes?|paragraphs?|section)\b[^()]{0,60}|"
    # a bare paragraph number pointing to the analysis: "(see 5.1)", "(see 4.2 and 4.3)"
    r"\d{1,2}(?:\.\d{1,2}){0,3}(?:\s*(?:and|,|-|–|to)\s*\d{1,2}(?:\.\d{1,2}){0,3})*\s*)\)",
    re.I,
)


# The title of a call-out box that holds a lesson ("Key learning", "Practice point", "Learning point 2").
_STOPS = (".", ":", ";", "!", "?", ",")
# A line pointing a lesson to the partnership's priorities or procedures.
CROSS_REFERENCE = re.compile(
    r"^(?:links?\s+to|linked\s+to|see\s+also|related\s+(?:priorit(?:y|ies)|procedures?|policies|guidance))\s*:\s*\S|"
    # "Links to the partnership's multi-agency practice standards: Standard 3 - ...": what the lesson answers to
    r"^(?:links?|linked)\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}(?:standards?|priorit(?:y|ies)|themes?|procedures?|policies|"
    r"guidance|strateg(?:y|ies)|plans?)\s*:\s*\S",
    re.I,
)
# Words that make a short name an organisation's: "Early years service", "Youth offending team".
ORGANISATION_WORD = re.compile(
    r"\b(?:services?|team|trust|unit|department|directorate|providers?|settings|practices|commissioners|partners)$",
    re.I,
)
# A safeguarding board by its initials, run in as a recommendation's lead ("4.2 LSCB: The LSCB should ...").
BOARD_INITIALS = re.compile(r"^(?:the\s+)?(?-i:[A-Z]{0,3}SC[BP]|LSAB)$", re.I)
# The agencies together, run in like one agency among them: "Multi-agency working:", "Partnership working:".
JOINT_WORKING = re.compile(
    r"(?:multi[- ]?agency|inter[- ]?agency|partnership|joint)\s+(?:working|practice|response)", re.I
)
AGENCY_LEAD = re.compile(r"^(?P<who>[A-Z][\w'’&,\- ]{1,60}?):\s+(?P<rest>[A-Z].*)$", re.S)
AGENCY_CODE = re.compile(r"(?P<code>[A-Z]{2,5})\s?\d{1,2}(?:\.\d{1,2})?")


BOX_CUE = re.compile(
    r"^(?P<cue>key\s+learning(?:\s+points?)?|learning\s+points?|practice\s+points?|key\s+messages?|lessons?\s+learn(?:ed|t)|"
    r"key\s+findings?|learning|good\s+practice)(?:\s+\d{1,2})?\s*[:.\-–]?(?:\s+(?P<rest>[A-Z].*))?$",
    re.I | re.S,
)


# A title set in capitals, alone or run into its text: "DOMESTIC ABUSE AND THE HEALTH SERVICE The mother ...".
CAPS_TITLE = re.compile(
    r"^(?P<title>(?:[A-Z][A-Z'’&,-]*\s+){1,11}[A-Z][A-Z'’&-]+)(?:\s+(?P<rest>[A-Z][a-z].*))?$", re.S
)


# A review template's instruction to its writer, left in the published report: "To include here: ...",
# "Identify each individual learning point ...", "Outline the ...".
TEMPLATE_INSTRUCTION = re.compile(
    r"^(?:to\s+include\s+here\b|(?:identify|describe|outline|summarise|summarize|insert|list)\s+(?:each|all|any|the|here|how|what|briefly)\b)",
    re.I,
)
SINGLE_AGENCY_PLAN = re.compile(r"^(?P<agency>[A-Z][\w' ]{1,60}?)\s*[:\-–]\s*single[- ]agency\s+action\s+plan\b", re.I)
# A numbered stem whose parts follow: "1. The Partnership should:" (or "The Partnership should: 1.").
# The number may run to three levels ("5.1.1 The safeguarding partners should seek assurance that:").
STEM = re.compile(
    r"^(?:(?P<num>\d{1,2}(?:\.\d{1,2}){1,2}|\d{1,2}(?=[.)]))[.)]?\s+)?(?P<body>[A-Z][^.:;]{2,120}:)(?:\s+(?P<after>\d{1,2})\.)?\s*$"
)
# An addressee line over recommendations: "To the Integrated Care Board:", "To all partner agencies:".
ADDRESSEE = re.compile(r"^(?:to|for)\s+(?:the\s+)?(?P<who>[^:.;]{2,70}?)\s*:\s*$", re.I)


# An entry saying it adds no lesson of its own: a log's "As LL-02: the same learning was identified again.",
# "Same as R3", "No new learning: practice was in line with procedures.", "No further recommendations."
NO_NEW_LESSON = re.compile(
    r"^\W*(?:(?:as|same\s+as|see|repeats?|duplicates?|duplicate\s+of|repeat\s+of)\s+[A-Z]{1,3}[-\s]?\d{1,3}\b|"
    r"no\s+(?:new|further|additional)\s+(?:learning|findings?|recommendations?|lessons?)\b)",
    re.I,
)
