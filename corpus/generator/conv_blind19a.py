"""Corpus generator: the nineteenth blind held-out set, first half: C493-C510 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it,
ingest or `lessons eval` on anything and never saw its output. The half leans to the genres a safeguarding
partnership publishes besides an overview report, and to the wrappers a review's lessons come in there: a slide
deck exported with each stage of its builds as a page of its own; a newsletter whose learning comes from another
partnership's review, dated by a quarter of the financial year; the safeguarding partners' response that groups
the recommendations by their decision (accepted, accepted in part, not accepted); minutes of the review panel
meeting at which the learning was agreed (a draft wording and a learning point the panel rejected beside it); a
learning log that gathers several reviews' learning; a practitioner handout with numbered lines left blank for
the reader's own actions; a film's transcript and a podcast's web page; the independent chair's letter to the
Board; a review of earlier reviews' recommendations; a "one year on" sheet setting what the review found beside
what has changed; the national Panel's rapid review examples; an annual report's table of learning; an SBAR paper
for a health trust's committee; a briefing that opens with the child's imagined story; the independent
scrutineer's assurance statement on a review; a lesson of the month; and a 7-minute briefing laid out as a grid
with its title in the middle. A smaller part leans to metadata as these genres print it: issue numbers and
quarters of the financial year, reporting years, and dates of events, meetings and approvals beside the
publication.

Each builder declares every lesson as a careful reader of that document would record it: kind, printed label,
heading (title) where there is one, agency where the document gives one, and only the metadata the document
prints. The set uses only element kinds the earlier writers already draw (and registers its tables' column
widths, as earlier sets did), so no writer is changed and documents of earlier sets come out as before. Bank texts
are drawn through conv_common's and set 16's filters (the child's age and sex, no integrated care board before
July 2022, no sentence opened by the other sex's pronoun) and set 18's era filter (nothing a document of its year
could not have said, the partnership the LSCB before 2019); documents that gather several reviews draw texts that
name no child.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from . import narrative
from .bank_types import GoodPractice, Recommendation, Statement
from .conv_blind12b import NUMBER_WORDS
from .conv_blind16a import _AT_MONTHS, _SPAN, _sentences
from .conv_blind16b import TOPICS, _commissioners, _no_child_named
from .conv_blind16b import _draw as _draw16
from .conv_blind17b import _break
from .conv_blind18b import _agency as _era_agency
from .conv_blind18b import _fit as _era_fit
from .conv_blind18b import _p as _para
from .conv_blind18b import _runin
from .conv_blind18b import _words as _era_words
from .conv_common import age_years as _years
from .conv_common import case_events as _events
from .conv_common import gps_for_child as _gps_fit
from .conv_common import keeps_age as _keeps_age
from .conv_common import long_date as _long
from .conv_common import named as _named
from .conv_common import other_person as _other
from .conv_common import printed_only as _printed_only
from .conv_common import pub_full as _pub_full
from .conv_common import published_to_day as _to_day
from .conv_common import recs_for_child as _recs_fit
from .conv_common import shift as _shift
from .conv_common import slash_date as _slash
from .conv_common import statements_for_child as _sts_fit
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import MONTHS, TYPE_NAMES, Ctx
from .conv_table import AGES, AREAS

COLUMN_WIDTHS.update(
    {
        "b19alog": ((0.07, 0.09, 0.17, 0.36, 0.22, 0.09), True),
        "b19arecs": ((0.2, 0.56, 0.24), False),
        "b19ayear": ((0.2, 0.17, 0.38, 0.25), False),
        "b19adec": ((0.3, 0.7), False),
    }
)

# --- texts of the set's own that are never lessons ------------------------------------------------

# Build stages of a slide deck (C493): the same slide printed again with one more bullet each time.
SESSION = ("What happened", "What the review found", "What went well", "What will change", "Your questions")
POLL = (
    "Poll: have you used the partnership's escalation policy in the last year?",
    ("Yes \u2013 38%", "No \u2013 51%", "Not sure \u2013 11%"),
    "63 responses on the day.",
)

# A newsletter's policy update (C494): the changes to a procedure, numbered, never lessons.
THRESHOLD_CHANGES = (
    "Requests for early help now go through the single front door.",
    "The document includes new indicators for exploitation outside the home.",
    "Practitioners are asked to discuss a concern with their safeguarding lead before making a referral, unless "
    "a child is at immediate risk.",
)
COURSES = ("Working with neglect (half day)", "Domestic abuse and the impact on children (full day)",
           "Professional curiosity and challenge (half day)")  # fmt: skip

# What has changed since a review (C502, C504): never lessons.
CHANGES = (
    "New multi-agency guidance was issued, and every agency has briefed its front-line staff on it.",
    "The change has been built into supervision and into the multi-agency training programme.",
    "An audit of twenty cases in the spring found the new practice in sixteen of them.",
    "The partners now receive a quarterly report on this, and it is tested in every multi-agency audit.",
)

# The Panel's reasons for choosing a rapid review as an example (C503): about the review, never lessons.
PANEL_REASONS = (
    "The rapid review was completed within 15 working days and the partners met in person.",
    "Agencies were candid about the limits of their own practice.",
    "The learning was specific, and each point was linked to an action with a named owner.",
    "The family's perspective was sought and recorded.",
    "The partners explained clearly why they did, or did not, recommend a local child safeguarding practice review.",
    "The rapid review drew on the Panel's national reviews as well as on local knowledge.",
)

# The quality of a review report as its scrutineer judges it (C508): about the report, never lessons.
REPORT_STRENGTHS = (
    "The report is clear and short, and is written so that practitioners and the family can read it.",
    "The family's views are set out in their own words and have shaped the analysis.",
    "The analysis explains why practice happened as it did, not only what happened.",
)
REPORT_GAPS = (
    "The report says little about the pressures on the police at the time, which practitioners described at "
    "the learning event.",
    "Two of the recommendations do not say how the partners will know that they have made a difference.",
)

# A review of earlier reviews' recommendations (C501): its own findings and recommendations, written for it.
# {board} is the partnership ("the LSCB" before 2019), {partners} the safeguarding partners ("the Board").
META_FINDINGS = (
    (
        "Recommendations that could not be measured",
        "Most of the recommendations asked agencies to raise awareness or to remind staff of procedures. Few said "
        "what would be different for children, or how anyone would know. Without a measure, actions were closed "
        "when a briefing had been delivered rather than when practice had changed.",
        "review.system_learning",
    ),
    (
        "The same learning, again and again",
        "Learning about fathers and other men in the household appeared in four of the reviews, and learning "
        "about sharing information after police call-outs in three. Each review made its own recommendation, and "
        "each was treated as new. Nobody held the whole picture.",
        "review.system_learning fam.male_carers multi.information_sharing",
    ),
    (
        "Closed is not the same as embedded",
        "{board_cap}'s tracker showed almost every recommendation as complete. When the business unit tested a "
        "sample with practitioners, few knew of the change that had been made, and case audits found the old "
        "practice continuing.",
        "review.system_learning org.leadership_culture",
    ),
)
META_RECS = (
    (
        "{partners_cap} should agree that every recommendation accepted from a review states the change expected "
        "for children and how it will be measured, and should not close a recommendation until that evidence has "
        "been seen.",
        "review.system_learning org.policy_guidance",
    ),
    (
        "The learning and improvement sub-group should keep a single log of recurring learning across reviews "
        "and audits, and should report on it to {partners} twice a year.",
        "review.system_learning",
    ),
    (
        "Each agency should test whether the changes made after the reviews included here are known to "
        "front-line staff, and should report the results to {board} within six months.",
        "review.system_learning org.workforce_supervision",
    ),
)
TRACKER_STATUS = ("Closed \u2013 briefing delivered", "Closed \u2013 procedure updated", "Open",
                  "Closed \u2013 training delivered", "Closed \u2013 superseded")  # fmt: skip

# An SBAR paper's own asks of its committee (C505): numbered like the review's recommendations, never lessons.
SBAR_ASKS = (
    "note the findings and recommendations of the review;",
    "approve the Trust's action plan at Appendix 1;",
    "receive a report on progress in six months.",
)

# The chair's own asks of the Board in a covering letter (C500): lettered, never lessons.
CHAIR_ASKS = (
    "accept the report, its findings and its recommendations;",
    "agree the multi-agency action plan, which the business unit will circulate next week;",
    "agree the date and the arrangements for publication.",
)

# What a learning event's second speaker says in a film (C499): reflections, never lessons.
REFLECTIONS = (
    "What struck me at the learning event was how much each of us knew, and how little of it we had put together.",
    "I have been in this work a long time, and I still found it hard to hear. But it was the right conversation "
    "to have.",
)
PAUSES = (
    "Pause the film here and talk about it: who would you ask about the adults in a household?",
    "Pause the film here and talk about it: when did you last escalate a concern?",
)

# Questions that end a briefing: never lessons.
QUESTIONS = (
    "Which of these messages matters most in your service, and why?",
    "What will you do differently after reading this?",
    "How would you know if this was happening in a family you work with?",
)


# --- drawing from the bank ------------------------------------------------------------------------

_SPOKEN = re.compile(r"\bspoken to\b|\bspoke to\b|\btalking to\b", re.I)
_COVID = re.compile(r"lockdown|pandemic|covid|coronavirus", re.I)
_AGE_TOLD = re.compile(r"\baged\b|\b[\w-]+-(year|month|week)-olds?\b|\b(years?|months?|weeks?) old\b", re.I)


def _keep(c: Ctx, anonymous: bool, ageless: bool):
    def ok(text: str) -> bool:
        if anonymous and not _no_child_named(c, text):
            return False
        if ageless and _AGE_TOLD.search(text):
            return False
        if _pub_year(c) < 2020 and _COVID.search(text):  # the words of a year before the pandemic
            return False
        if _AT_MONTHS.search(text) or (_infant(c) and _SPAN.search(text)):  # no age in passing, no years for a baby
            return False
        if _infant(c) and _SPOKEN.search(text):  # nobody speaks with a baby about what happened
            return False
        return _era_fit(c, text)

    return ok


def _sts(c: Ctx, n: int, anonymous: bool = False, ageless: bool = False) -> list[Statement]:
    """n statements that fit the child and the document's year (anonymous: naming no child; ageless: telling no
    age), in the words of the year."""
    out = _draw16(c, n, _sts_fit, lambda st: f"{st.title} {st.body}", _keep(c, anonymous, ageless))
    return [Statement(_era_words(c, st.title), _era_words(c, st.body), st.themes) for st in out]


def _recs(c: Ctx, n: int, anonymous: bool = False) -> list[Recommendation]:
    out = _draw16(c, n, _recs_fit, lambda r: r.text, _keep(c, anonymous, False))
    return [Recommendation(_era_words(c, r.text), _era_agency(c, r.agency), r.themes) for r in out]


def _gps(c: Ctx, n: int, anonymous: bool = False) -> list[GoodPractice]:
    out = _draw16(c, n, _gps_fit, lambda g: g.text, _keep(c, anonymous, False))
    return [GoodPractice(_era_words(c, g.text), g.themes) for g in out]


def _as_age(c: Ctx, age: str):
    """The spec with another child's age, for drawing texts that fit an example's child (C503)."""
    return replace(c.spec, age=age)


# --- wording and dates ----------------------------------------------------------------------------


def _type_name(c: Ctx) -> str:
    return TYPE_NAMES.get(c.spec.review_type, "review")


def _board(c: Ctx) -> str:
    """The partnership as a text names it in its year."""
    return "the partnership" if _pub_year(c) >= 2019 else "the LSCB"


def _partners(c: Ctx) -> str:
    return "the safeguarding partners" if _pub_year(c) >= 2019 else "the Board"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _pub_year(c: Ctx) -> int:
    return int(c.doc.meta["published"][:4])


def _month(date: str) -> str:
    return f"{MONTHS[int(date[5:7]) - 1]} {date[:4]}"


def _weekday(date: str) -> str:
    return datetime.date.fromisoformat(date).strftime("%A")


def _working_day(date: str) -> str:
    """The date, or the Monday after it when it falls at a weekend: meetings are held on working days."""
    day = datetime.date.fromisoformat(date)
    return (day + datetime.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)).isoformat()


def _to_month(c: Ctx) -> str:
    """The publication to the month (the spec's month, or one of the document's own): recorded and returned."""
    pub = _pub_full(c)[:7]
    c.doc.meta["published"] = pub
    return pub


def _age_words(age: str) -> str:
    """ "12 years" -> "twelve", "10 weeks" -> "ten weeks old", "18 months" -> "eighteen months old"."""
    n, unit = age.split()
    word = NUMBER_WORDS[int(n) - 1]
    return word if unit == "years" else f"{word} {unit} old"


def _other_child(c: Ctx, letters: str = "KMPSW") -> list[str]:
    """Children of other reviews, never the document's own."""
    return [f"Child {x}" for x in letters if f"Child {x}" != c.spec.child]


def _other_area(c: Ctx) -> str:
    """A neighbouring partnership's place, never the document's area."""
    places = [a for a, _ in AREAS]
    i = places.index(c.spec.area) if c.spec.area in places else 0
    return next(p for p in places[i + 1 :] + places[:i] if p != c.spec.area)


def _partnership_of(area: str, year: int) -> str:
    if year >= 2019:
        return f"{area} Safeguarding Children Partnership"
    return f"{area} Local Safeguarding Children Board" if year < 2016 else f"{area} Safeguarding Children Board"


def _review_of(year: int) -> str:
    return "Local Child Safeguarding Practice Review" if year >= 2019 else "Serious Case Review"


def _short_type(year: int) -> str:
    return "LCSPR" if year >= 2019 else "SCR"


def _no_child(c: Ctx) -> None:
    c.doc.meta.update(child="", child_age="")


def _infant(c: Ctx) -> bool:
    return bool(c.spec.age) and not c.spec.age.endswith("years")


# --- the conventions ------------------------------------------------------------------------------


def c493(c: Ctx) -> None:  # a slide deck exported with each stage of its builds as a page of its own
    d, s = c.doc, c.spec
    pub = _to_month(c)
    event = _shift(f"{pub}-15", 1, 3)
    title = f"{s.child}: learning from the review"
    d.meta.update(title=title, review_type="briefing")
    d.footer = f"{c.partnership} | Multi-agency learning event, {_long(event)}"
    reviewer = "lead reviewer" if _pub_year(c) >= 2019 else "independent author of the review"
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", "Multi-agency learning event")
    d.add("cover", f"Delivered on {_long(event)}")
    d.add("cover", f"Presented by {s.author}, {reviewer}")
    d.add("cover", f"Published as a learning resource: {_month(pub)}")
    number = 1

    def slide(heading: str) -> None:
        d.add("landscape")
        d.add("h1", heading)

    def foot() -> None:
        d.add("small", f"Slide {number}")

    number += 1
    slide("Today's session")
    for item in SESSION:
        d.add("bullet", item)
    foot()
    number += 1
    slide(f"About {s.child}")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    foot()
    number += 1
    slide(POLL[0])
    for answer in POLL[1]:
        d.add("bullet", answer)
    d.add("p", POLL[2])
    foot()

    def builds(heading: str, items: list[tuple[str, int]]) -> None:
        """The slide printed once per build stage: each stage shows one more bullet; a bullet is a lesson
        where it first appears."""
        for stage in range(1, len(items) + 1):
            slide(heading)
            for k, (text, key) in enumerate(items[:stage], 1):
                d.add("bullet", text, key if k == stage else ())
            foot()

    number += 1
    builds("What the review found", [(st.body, d.lesson("finding", "", st.body, st.themes)) for st in _sts(c, 3)])
    number += 1
    slide("What went well")
    for g in _gps(c, 1):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    foot()
    number += 1
    builds("What will change", [(r.text, d.lesson("recommendation", "", r.text, r.themes)) for r in _recs(c, 3)])
    number += 1
    slide("Thank you \u2013 any questions?")
    d.add("p", "The full report, this presentation and a 7-minute briefing are on the partnership's website. "
          "Please share them with your team.")  # fmt: skip
    foot()


def c494(c: Ctx) -> None:  # a newsletter: learning from another partnership's review; a quarter of the financial year
    d, s = c.doc, c.spec
    y = int(s.published[:4])
    first = s.fmt == "pdf"
    quarter, fy = (4, f"{y - 1}-{str(y)[2:]}") if first else (2, f"{y}-{str(y + 1)[2:]}")
    issue = (y - 2009) * 4 + quarter - (1 if first else 3)
    title = f"Partnership Update: Issue {issue}"
    d.meta.update(title=title, review_type="briefing", published=str(y), author="")
    _no_child(c)
    elsewhere = _other_area(c)
    other_child = _other_child(c)[0]
    seen = _shift(_pub_full(c), 4)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Quarter {quarter}, {fy}")
    if first:
        d.add("twocol")
    d.add("h1", "In this issue")
    for item in ("Welcome", f"Learning from elsewhere: a review from {elsewhere}", "Learning from our own review",
                 "Policy update: the revised threshold document", "Training dates"):  # fmt: skip
        d.add("bullet", item)
    d.add("h1", "Welcome")
    d.add("p", "Welcome to the quarterly update for everyone who works with children and families. Please share it "
          "with your team and talk about it in supervision.")  # fmt: skip
    d.add("h1", f"Learning from elsewhere: a review from {elsewhere}")
    d.add("p", f"In {_month(seen)} the {_partnership_of(elsewhere, y)} published a {_review_of(y)} about "
          f"{other_child}. The family had lived in both areas, and several of the services involved work across "
          "our boundary, so we share what that review found.")  # fmt: skip
    d.add("h2", "What that review found")
    for st in _sts(c, 2, anonymous=True, ageless=True):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("p", f"{_cap(_partners(c))} have asked every agency to consider whether the same could happen here.")
    local = "rapid review" if y >= 2019 else "local case review"
    d.add("h1", "Learning from our own review")
    d.add("p", f"A {local} held this year after a serious incident agreed the following learning for all "
          "agencies. A full review was not needed.")  # fmt: skip
    for st in _sts(c, 2, anonymous=True, ageless=True):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Policy update: the revised threshold document")
    d.add("p", "The revised threshold document is now in force. What has changed:")
    for j, change in enumerate(THRESHOLD_CHANGES, 1):
        d.add("num", change, label=f"{j}.")
    d.add("h1", "Training dates")
    for k, course in enumerate(COURSES):
        d.add("bullet", f"{_long(_shift(_pub_full(c), -k - 1, 12))}: {course}")
    d.add("small", "Contact the partnership business unit to book a place or to suggest an item for the next issue.")


def c495(c: Ctx) -> None:  # the partners' response: recommendations grouped by decision, each under its own number
    d, s = c.doc, c.spec
    pub = _to_day(c)
    lscb = _pub_year(c) < 2019
    title = f"The {c.partnership}'s response to the recommendations of the {_type_name(c)} about {s.child}"
    d.meta.update(title=title, review_type="other", author="")
    who = _cap(_partners(c))
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Response agreed by {_partners(c)}: {_long(_shift(pub, 1, 9))}")
    d.add("cover", f"Published: {_long(pub)}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"The review made five recommendations. {who} {'has' if lscb else 'have'} accepted three in full "
          "and one in part, and did not accept one. The recommendations are set out below under the decision "
          "made, each with its number in the report, followed by the response.")  # fmt: skip
    decisions = ("Accepted", "Accepted in part", "Accepted", "Accepted", "Not accepted")
    d.add("header", cells=("Recommendation", "Decision"), label="b19adec")
    for j, decision in enumerate(decisions, 1):
        d.add("row", cells=(str(j), decision), label="b19adec")
    recs = _recs(c, 5)
    accept, share = ("accepts", "shares") if lscb else ("accept", "share")
    replies = {
        "Accepted": "Accepted. An action plan has been agreed, and progress will be reported to "
        f"{_partners(c)} every six months until the work is complete.",
        "Accepted in part": f"Accepted in part. {who} {accept} the need for this change but not the timescale "
        "proposed, which would need new funding. The work will be done in two stages over eighteen months.",
        "Not accepted": f"Not accepted. {who} {share} the concern behind this recommendation, but the change it asks "
        "for is already being made through the regional review of child protection procedures, which will report "
        "next year. The regional group has been asked to take account of this review.",
    }
    label = "The Board's response:" if lscb else "Our response:"
    for heading, wanted in (("Recommendations accepted", "Accepted"),
                            ("Recommendation accepted in part", "Accepted in part"),
                            ("Recommendation not accepted", "Not accepted")):  # fmt: skip
        d.add("h1", heading)
        for j, (r, decision) in enumerate(zip(recs, decisions), 1):
            if decision != wanted:
                continue
            key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
            d.add("h2", f"Recommendation {j}", key)
            _para(c, r.text, key)
            _runin(c, replies[decision], label=label)


def c496(c: Ctx) -> None:  # minutes of the review panel meeting that agreed the learning; a draft and a rejection
    d, s = c.doc, c.spec
    pub = _to_day(c)
    meeting = _working_day(_shift(pub, 6, 9))
    agreed = _shift(pub, 5, 14)
    final = _shift(pub, 3, 20)
    type_name = _type_name(c)
    title = f"Minutes of the review panel for the {type_name} about {s.child}"
    d.meta.update(title=title, review_type="other")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Meeting held on {_weekday(meeting)} {_long(meeting)}, "
          f"{'by video call' if _pub_year(c) >= 2020 else 'at the Civic Centre'}")  # fmt: skip
    d.add("p", "Present:")
    school = _years(s.age) >= 5
    for who in (f"AB (Chair) \u2013 Designated Nurse for Safeguarding Children, {_commissioners(c)}",
                "CD \u2013 Detective Inspector, Public Protection Unit, Police",
                "EF \u2013 Service Manager, Children's Social Care",
                "GH \u2013 Named GP for Safeguarding Children",
                "JK \u2013 " + ("Safeguarding Lead, Education" if school else "Health Visiting Team Leader")):  # fmt: skip
        d.add("bullet", who)
    d.add("p", f"In attendance: {s.author} (Lead Reviewer); LM (Business Support Officer, minutes).")
    d.add("p", "Apologies: NP, Head of Quality Assurance.")
    d.add("h1", "1. Welcome and introductions")
    d.add("p", "The Chair welcomed members to the fourth meeting of the panel and reminded them that the "
          "discussion is confidential until the report is published.")  # fmt: skip
    d.add("h1", "2. Minutes of the last meeting and matters arising")
    d.add("p", "The minutes were agreed as an accurate record. All actions are complete.")
    d.add("h1", "3. Draft learning points")
    d.add("num", "The Lead Reviewer presented the draft learning points, which had been circulated with the papers. "
          "The panel discussed each in turn.", label="3.1")  # fmt: skip
    sts = _sts(c, 4)
    n = 1
    for k, st in enumerate(sts[:3]):
        key = d.lesson("learning_point", f"Learning point {k + 1}", st.body, st.themes)
        if k == 1:
            text = (f"Learning point {k + 1} was agreed with an amendment. The draft read only \u201c{st.title}\u201d. "
                    f"The panel asked for it to be expanded, and agreed: \u201c{st.body}\u201d")  # fmt: skip
        else:
            text = f"Learning point {k + 1} was agreed as drafted: \u201c{st.body}\u201d"
        n += 1
        d.add("num", text, key, label=f"3.{n}")
    if len(sts) > 3:
        n += 1
        d.add("num", f"The panel did not agree draft learning point 4: \u201c{sts[3].body}\u201d Members felt that it "
              "was not supported by the agencies' chronologies, and the Lead Reviewer agreed to remove it from the "
              "report.", label=f"3.{n}")  # fmt: skip
    d.add("h1", "4. Draft recommendations")
    d.add("num", f"The panel agreed that the report should make the following recommendations to {_partners(c)}:",
          label="4.1")  # fmt: skip
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}")
    d.add("h1", "5. Timescales")
    d.add("p", f"The final draft will be presented to {_partners(c)} on {_long(final)}. The family will be offered "
          "a meeting with the Lead Reviewer before then.")  # fmt: skip
    d.add("h1", "6. Any other business")
    d.add("p", "None.")
    d.add("h1", "Actions")
    for j, action in enumerate(("Lead Reviewer to circulate the revised draft within two weeks.",
                                "Business Support Officer to arrange the meeting with the family.",
                                "All members to send comments on the revised draft to the Chair."), 1):  # fmt: skip
        d.add("num", action, label=f"A{j}")
    d.add("small", f"These minutes were agreed as an accurate record at the panel's meeting on {_long(agreed)} and "
          f"are published with the final report on {_long(pub)}.")  # fmt: skip
    d.meta["author"] = ""  # the minutes name the lead reviewer as in attendance; their writer is not named


def c497(c: Ctx) -> None:  # a learning log gathering several reviews' learning; "as LL-02" and "no new learning" rows
    d = c.doc
    pub = _to_day(c)
    y = int(pub[:4])
    end = y if pub[5:7] >= "04" else y - 1
    title = f"{c.partnership}: learning log {end - 1}-{str(end)[2:]}"
    d.meta.update(title=title, review_type="other", author="")
    _no_child(c)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("small", f"Data as at 31 March {end} | This version: {_long(pub)}")
    d.add("p", "The learning and improvement sub-group logs every piece of learning identified by a rapid review, "
          "a local review or a national review, and follows it until the action taken has been tested. A row "
          "that repeats earlier learning points to it rather than logging it again.")  # fmt: skip
    d.add("landscape")
    d.add("header", cells=("Ref", "Logged", "Source", "Learning", "Action taken", "Status"), label="b19alog")
    kids = _other_child(c, "KMPSWH")
    logged = [_shift(f"{end}-03-15", 11 - 2 * i) for i in range(6)]

    def review(i: int, kid: str) -> str:
        return f"{_short_type(int(logged[i][:4]))}: {kid}"

    def rapid(i: int, kid: str) -> str:
        return f"Rapid review: {kid}" if logged[i] >= "2018-07" else f"Multi-agency case review: {kid}"

    sources = [rapid(0, kids[0]), review(1, kids[1]),
               "National Panel review" if end >= 2021 else "Learning event with practitioners",
               rapid(3, kids[2]), review(4, kids[3]), rapid(5, kids[4])]  # fmt: skip
    actions = ("Briefing issued; audit planned for the autumn.", "Procedure revised and relaunched.",
               "Added to the multi-agency training programme.", "Raised with the agency concerned.")  # fmt: skip
    sts = _sts(c, 4, anonymous=True, ageless=True)
    rows = []
    for i, src in enumerate(sources):
        ref = f"LL-{i + 1:02d}"
        if i == 3:
            rows.append((ref, _month(logged[i]), src, "As LL-02: the same learning was identified again.",
                         "Added to the LL-02 action.", "Closed", None))  # fmt: skip
        elif i == 4:
            rows.append((ref, _month(logged[i]), src, "No new learning: practice was in line with procedures.", "None.",
                         "Closed", None))  # fmt: skip
        else:
            st = sts.pop(0) if sts else None
            if st is None:
                continue
            key = d.lesson("learning_point", ref, st.body, st.themes)
            rows.append(
                (ref, _month(logged[i]), src, st.body, actions[i % len(actions)], ("Open", "Closed")[i % 2], key)
            )
    for *cells, key in rows:
        d.add("row", keys=key if key is not None else (), cells=cells, label="b19alog")
    d.add("portrait")
    d.add("p", "Rows are closed when the sub-group has seen evidence that practice has changed, not when the "
          "action is complete.")  # fmt: skip


def c498(c: Ctx) -> None:  # a practitioner handout: numbered learning, then numbered lines left blank for actions
    d, s = c.doc, c.spec
    pub = _to_month(c)
    title = f"Learning from the review about {s.child}: practitioner handout"
    d.meta.update(title=title, review_type="briefing")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("small", f"Handout issued: {_month(pub)} | For team meetings and supervision")
    d.add("h1", "About the review")
    d.add("p", f"The {_type_name(c)} about {s.child} was written by {s.author}, independent reviewer. "
          f"{c.fill(narrative.BACKGROUND[s.scenario])}")  # fmt: skip
    d.add("h1", "Key learning")
    for j, st in enumerate(_sts(c, 4), 1):
        d.add("num", st.body, d.lesson("learning_point", str(j), st.body, st.themes), label=f"{j}.")
    d.add("h1", "What will change")
    for r in _recs(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "My action plan")
    d.add("p", "Three things I will do differently after reading this handout:")
    for j in range(1, 4):
        d.add("num", "_" * 60, label=f"{j}.")
    d.add("h2", "Notes")
    for _ in range(3):
        d.add("p", "_" * 70)
    d.add("p", "Name: ____________________ Team: ____________________ Date: ____________")


def _clock(seconds: int) -> str:
    return f"[{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}]"


def c499(c: Ctx) -> None:  # a film's transcript: on-screen captions, timestamps and speakers
    d, s = c.doc, c.spec
    pub = _to_day(c)
    filmed = _shift(pub, 2, 11)
    title = f"Learning from the review about {s.child}: film transcript"
    d.meta.update(title=title, review_type="briefing")
    nurse = _other(c)
    voice = s.author.upper()
    other = nurse.upper()
    lines: list[tuple[str, tuple]] = []
    t = 0

    def say(text: str, keys=(), gap: int = 20) -> None:
        nonlocal t
        lines.append((f"{_clock(t)} {text}", keys if isinstance(keys, tuple) else (keys,)))
        t += gap

    say("[Music]", gap=5)
    say(f"NARRATOR: This film shares the learning from the {_type_name(c)} about {s.child}. It is for everyone "
        "who works with children and families.", gap=25)  # fmt: skip
    say(f"{voice}: {c.fill(narrative.BACKGROUND[s.scenario])}", gap=35)
    for i, st in enumerate(_sts(c, 3), 1):
        label = f"Learning point {i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        say(f"[ON SCREEN: {label} \u2013 {st.title}]", key, gap=4)
        parts = _sentences(st.body)
        cut = max(1, len(parts) // 2)
        say(f"{voice}: {' '.join(parts[:cut])}", key, gap=24)
        if parts[cut:]:
            say(" ".join(parts[cut:]), key, gap=22)
        if i <= len(REFLECTIONS):
            say(f"{other}: {REFLECTIONS[i - 1]}", gap=18)
        if i <= len(PAUSES):
            say(f"[ON SCREEN: {PAUSES[i - 1]}]", gap=66)  # the film is paused here for the discussion
    say("[ON SCREEN: What will change]", gap=4)
    for j, r in enumerate(_recs(c, 2), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        say(f"[ON SCREEN: Recommendation {j}]", key, gap=3)
        say(f"NARRATOR: {r.text}", key, gap=18)
    say(f"NARRATOR: The full report is on the {c.partnership}'s website. Thank you for watching.", gap=8)
    say("[Music] [END]", gap=4)
    d.add("title", title)
    d.add("small", f"{c.partnership} | Published: {_long(pub)} | Length: {t // 60} minutes {t % 60} seconds")
    d.add("small", f"Filmed at the partnership's learning event on {_long(filmed)}.")
    d.add("p", f"Speakers: {s.author}, independent reviewer, who wrote the {_type_name(c)}; {nurse}, Designated "
          "Nurse for Safeguarding Children; the narrator.")  # fmt: skip
    d.add("h1", "Transcript")
    for text, keys in lines:
        d.add("p", text, keys)


def c500(c: Ctx) -> None:  # the independent chair's letter to the Board with the review's findings and recommendations
    d, s = c.doc, c.spec
    pub = _to_day(c)
    modern = _pub_year(c) >= 2019
    chair = _other(c)
    meeting = _shift(pub, -1, 16)
    planned = _shift(pub, -3, 4)
    kind = _type_name(c)
    subject = f"{kind} \u2013 {s.child}: the final report"
    d.meta.update(title=subject, review_type="other", author=chair)
    group = "the Executive Group" if modern else "the Board"
    d.add("cover", c.partnership)
    d.add("p", "Business Unit, Civic Centre")
    d.add("p", _long(pub))
    d.add("p", "To: the safeguarding partners and members of the Executive Group" if modern
          else f"To: members of the {c.partnership}")  # fmt: skip
    d.add("h2", f"Re: {subject}")
    d.add("p", "Dear colleague,")
    d.add("p", f"I enclose the final report of the {kind} about {s.child}, which was led by the independent reviewer "
          f"{s.author}. {group[0].upper()}{group[1:]} will consider it at its meeting on {_long(meeting)}, and I "
          "want members to have time to read it first. Its findings are, in summary:")  # fmt: skip
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("p", f"The review makes the following recommendations to {_partners(c)}:")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("p", f"At the meeting I shall ask {group} to:")
    for letter, ask in zip("abc", CHAIR_ASKS):
        d.add("num", ask, label=f"({letter})")
    d.add("p", f"Subject to that agreement, the report will be published on {_long(planned)}. The family have seen "
          "it and their comments are reflected in it.")  # fmt: skip
    d.add("p", "Yours sincerely,")
    d.add("p", chair)
    d.add("p", f"Independent {'Scrutineer' if modern else 'Chair'}, {c.partnership}")


def c501(c: Ctx) -> None:  # a review of earlier reviews' recommendations: the quoted ones never lessons, its own are
    d = c.doc
    y = _pub_year(c)
    board, partners = ("the partnership", "the safeguarding partners") if y >= 2019 else ("the LSCB", "the Board")
    words = {"board": board, "board_cap": _cap(board), "partners": partners, "partners_cap": _cap(partners)}
    title = (f"Are we learning? A review of the recommendations of {c.spec.area}'s case reviews, "
             f"{y - 5} to {y - 1}")  # fmt: skip
    d.meta.update(title=title, review_type="thematic")
    _no_child(c)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Report author: {c.spec.author}, Partnership Business Manager")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"{_cap(partners)} asked whether the recommendations of the case reviews published in the last five "
          "years have changed practice. This report looks at every recommendation on the tracker, at the actions "
          "taken and at what practitioners know of them.")  # fmt: skip
    d.add("h1", "The reviews included")
    kids = _other_child(c, "KMPSWH")
    d.add("header", cells=("Review", "Published", "Recommendations"), label="b19arecs")
    years = (y - 5, y - 4, y - 3, y - 2, y - 1)
    for kid, year, count in zip(kids, years, (6, 4, 5, 3, 4)):
        d.add("row", cells=(f"{_short_type(year)}: {kid}", str(year), str(count)), label="b19arecs")
    d.add("h1", "What the reviews recommended")
    d.add("p", "The table quotes a sample of the recommendations as the reviews worded them, with their status on "
          "the tracker.")  # fmt: skip
    d.add("header", cells=("Review", "Recommendation", "Status on the tracker"), label="b19arecs")
    published = d.meta["published"]
    for kid, year, status in zip(kids, years, TRACKER_STATUS[:4]):
        d.meta["published"] = str(year)  # a quoted recommendation in the words of its own review's year
        quoted = _recs(c, 1, anonymous=True)
        d.meta["published"] = published
        if quoted:
            d.add("row", cells=(f"{_short_type(year)}: {kid} ({year})", quoted[0].text, status), label="b19arecs")
    d.add("h1", "Findings")
    for i, (heading, body, themes) in enumerate(META_FINDINGS, 1):
        text = body.format(**words)
        key = d.lesson("finding", f"Finding {i}", f"{heading} {text}", themes.split(), title=heading)
        d.add("h2", f"Finding {i}: {heading}", key)
        _para(c, text, key)
    d.add("h1", "Recommendations")
    for j, (text, themes) in enumerate(META_RECS, 1):
        text = text.format(**words)
        d.add("num", text, d.lesson("recommendation", str(j), text, themes.split()), label=f"{j}.")


def c502(c: Ctx) -> None:  # one year on: what the review found beside what is different now (never a lesson)
    d, s = c.doc, c.spec
    pub = _to_month(c)
    then = _month(_shift(f"{pub}-15", 12))
    title = f"{s.child}: one year on from the review"
    d.meta.update(title=title, review_type="briefing", author="")
    d.add("title", title)
    d.add("cover", c.partnership)
    d.add("small", f"Published {_month(pub)}")
    d.add("p", f"The {_type_name(c)} about {s.child} was published in {then}. One year on, this briefing sets what "
          "the review found beside what is different now.")  # fmt: skip
    d.add("header", cells=(f"What the review found ({then})", "What is different now"), label="half")
    published = d.meta["published"]
    d.meta["published"] = _shift(f"{pub}-15", 12)[:7]  # the findings in the words of the review's own year
    sts = _sts(c, 3)
    d.meta["published"] = published
    for st, change in zip(sts, CHANGES):
        d.add("row", keys=d.lesson("finding", "", st.body, st.themes), cells=(st.body, change), label="half")
    d.add("h1", "The review's recommendations")
    d.add("p", f"All of the review's recommendations have been reported complete to {_partners(c)}:")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "How we know")
    d.add("p", "A multi-agency audit of twenty cases in the spring tested each change, and practitioners were asked "
          "about them at two learning events.")  # fmt: skip
    d.add("h1", "Questions for your team")
    for q in QUESTIONS[:2]:
        d.add("bullet", q)


# The case of a rapid review example (C503), three for each kind of harm: what happened, never a lesson.
EXAMPLE_EVENTS = {
    "NAI": (
        "{who} was taken to hospital with a fractured arm and bruising to the face. The parents could not explain "
        "the injuries.",
        "{who} was brought to the emergency department by ambulance, unresponsive. Scans showed bleeding on the "
        "brain and older rib fractures.",
        "{who} was seen by the GP with a bruise to the ear. A skeletal survey later found a healing fracture.",
    ),
    "CSE": (
        "{who} was found in a flat with adult men after being reported missing several times.",
        "{who} told a teacher that she had been sent images and then asked to meet an adult she had talked to online.",
        "{who} was admitted to hospital after taking an overdose. She later disclosed that she had been sexually "
        "exploited by a group of older men.",
    ),
    "CCE": (
        "{who} was found in another county with drugs and cash after being reported missing several times.",
        "{who} was stabbed near his home. He had been excluded from school and was known to be carrying drugs for "
        "others.",
        "{who} was arrested in a house used to sell drugs, many miles from home.",
    ),
}
OTHER_EVENTS = (
    "{who} was seriously harmed at home.",
    "{who} was admitted to hospital with injuries that caused concern.",
    "{who} was found living in conditions of serious neglect.",
)


def _who(age: str) -> str:
    years = _years(age)
    if not age.endswith("years"):
        return f"A baby aged {age}"
    return f"A young person aged {age}" if years >= 13 else f"A child aged {age}"


def c503(c: Ctx) -> None:  # the national Panel's rapid review examples: the Panel's reasons never lessons
    d, s = c.doc, c.spec
    pub = _to_day(c)
    topic = TOPICS.get(s.scenario, "serious harm")
    title = f"Rapid review examples: learning identified by safeguarding partners about {topic}"
    d.meta.update(title=title, review_type="national")
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", title)
    d.add("cover", f"Published {_long(pub)}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", "Safeguarding partners send the Panel a rapid review after every serious incident notification. This "
          "publication shares three anonymised examples of rapid reviews about the same kind of harm. The Panel "
          "chose them because the learning they identified is clear and can be used elsewhere; details of the "
          "cases have been changed.")  # fmt: skip
    spec = c.spec
    for i, age in enumerate(AGES.get(s.scenario, ("6 years", "9 years", "12 years")), 1):
        who = _who(age)
        d.add("h1", f"Example {i}: {who[0].lower()}{who[1:]}")
        d.add("h2", "What happened")
        d.add("p", EXAMPLE_EVENTS.get(s.scenario, OTHER_EVENTS)[i - 1].format(who=who))
        d.add("h2", "Learning identified by the safeguarding partners")
        c.spec = _as_age(c, age)
        sts = _sts(c, 2, anonymous=True, ageless=True)
        c.spec = spec
        for st in sts:
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
        d.add("h2", "Why the Panel chose this example")
        for reason in PANEL_REASONS[2 * (i - 1) : 2 * i]:
            d.add("bullet", reason)
    d.add("h1", "Questions for safeguarding partners")
    d.add("bullet", "How does your rapid review make sure that each point of learning leads to an action?")
    d.add("bullet", "How do you test, a year later, whether the learning has changed practice?")


def c504(
    c: Ctx,
) -> None:  # an annual report's table of learning: Theme / Where we saw it / What we learned / What we did
    d = c.doc
    pub = _to_day(c)
    y = int(pub[:4])
    end = y if pub[5:7] >= "04" else y - 1
    report = "Yearly Report" if y >= 2024 else "Annual Report"
    title = f"{c.partnership} {report} {end - 1}-{str(end)[2:]}"
    d.meta.update(title=title, review_type="other", author="")
    _no_child(c)
    chair = _other(c)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("small", f"Reporting period: 1 April {end - 1} to 31 March {end}")
    d.add("small", f"Approved by {_partners(c)}: {_long(_shift(pub, 1, 7))}")
    d.add("small", f"Published: {_long(pub)}")
    _break(c)
    d.add("h1", "Foreword")
    d.add("p", "This report describes how well local agencies have worked together to keep children safe over the "
          f"year, and what we have learned. {chair}, Independent Chair.")  # fmt: skip
    d.add("h1", "Our priorities")
    for p in ("Neglect", "Children at risk outside the home", "Hearing the voice of the child"):
        d.add("bullet", p)
    d.add("h1", "Learning from reviews")
    local = _short_type(end)
    kids = _other_child(c)
    d.add("p", f"During the year {_board(c)} published one {_review_of(end)} and considered two other cases. The "
          "table sets out the main themes, where we saw them and what we have done.")  # fmt: skip
    d.add("header", cells=("Theme", "Where we saw it", "What we learned", "What we did"), label="b19ayear")
    seen = (f"{local}: {kids[0]}; multi-agency audit of neglect", f"{local}: {kids[0]}",
            f"Case considered: {kids[1]}", f"{local}: {kids[0]}; case considered: {kids[2]}")  # fmt: skip
    for st, where, did in zip(_sts(c, 3, anonymous=True, ageless=True), seen, CHANGES):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("row", keys=key, cells=(st.title, where, st.body, did), label="b19ayear")
    d.add("h1", "Training")
    d.add("p", "The multi-agency training programme reached 1,140 practitioners in 46 courses; 92% of those who "
          "answered the evaluation said they would change their practice.")  # fmt: skip
    d.add("h1", "Priorities for next year")
    for j, p in enumerate(("Embed the revised neglect strategy.", "Test the learning from reviews through audit.",
                           "Hear more directly from children and young people."), 1):  # fmt: skip
        d.add("num", p, label=f"{j}.")


def c505(c: Ctx) -> None:  # an SBAR paper for a health trust's committee; the paper's own asks never lessons
    d, s = c.doc, c.spec
    pub = _to_day(c)
    meeting = _shift(pub, -1, 9)
    review_pub = _shift(pub, 2, 18)
    trust = f"{s.area} Community Health Services NHS Trust"
    kind = _type_name(c)
    title = f"SBAR: learning from the {kind} about {s.child}"
    d.meta.update(title=title, review_type="other", author="")
    service = "school nursing" if _years(s.age) >= 5 else "health visiting"
    d.add("cover", trust)
    d.add("title", title)
    for field, value in (("Paper for", "Safeguarding Committee"), ("Meeting date", _slash(meeting)),
                         ("Agenda item", "6"), ("Author", "Named Nurse for Safeguarding Children"),
                         ("Executive lead", "Chief Nurse"), ("Date of paper", _slash(pub)),
                         ("Purpose", "For noting and approval")):  # fmt: skip
        d.add("metarow", cells=(field, value))
    d.add("h1", "S \u2013 Situation")
    d.add("p", f"The {c.partnership} published the {kind} about {s.child} on {_long(review_pub)}. This paper "
          "summarises what the review means for the Trust.")  # fmt: skip
    d.add("h1", "B \u2013 Background")
    d.add("p", f"{s.child} was {s.age} old at the time of the incident. The Trust's {service} service had contact "
          "with the family throughout the period the review considered, and the Trust contributed a chronology "
          "and attended the learning event.")  # fmt: skip
    d.add("h1", "A \u2013 Assessment")
    d.add("p", "The review found that:")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("p", "The review made the following recommendations, all of which apply in part to the Trust:")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("p", "Work on each has begun. The Trust's action plan is at Appendix 1.")
    d.add("h1", "R \u2013 Recommendation")
    d.add("p", "The Committee is asked to:")
    for j, ask in enumerate(SBAR_ASKS, 1):
        d.add("num", ask, label=f"{j}.")


# The child's imagined story (C506), by scenario: first person, the age in words; never lessons.
STORIES = {
    "DA": (
        "My name is not really {child}. I am {age}. At home, Mum's boyfriend shouted a lot, and sometimes it was "
        "worse than shouting.",
        "When the police came, they talked to the grown-ups in the kitchen. Nobody asked me what it was like. At "
        "school I was tired, and I got into trouble for it. I wish someone had asked me why.",
    ),
    "SUDI": (
        "I was {age} when I died. I lived with my mum in a flat with one bedroom, and other grown-ups stayed "
        "there too.",
        "My cot was full of clothes and bags, so I slept in the big bed or on the sofa with a grown-up. The health "
        "visitor came when I was tiny, and Mum said I slept in my cot. Nobody came to see where I really slept.",
    ),
    "NAI": (
        "I was {age}. I could not crawl yet, and I could not tell anyone what was happening to me.",
        "There was a mark on my face that people saw, and Mum said I had rolled into the cot. The man who lived with "
        "us was there most days, but nobody asked who he was.",
    ),
    "NEGLECT": (
        "I am {age}. Our house was cold and there was not much food, so I ate at school when I could.",
        "Lots of people came to our house. They talked to Mum, and they made plans. Things got better for a "
        "little while and then they got worse again, and nobody seemed to notice that.",
    ),
    "CCE": (
        "I am {age}. People call me a drug runner, but I was a kid who owed money to people I was scared of.",
        "When I went missing the police brought me home and asked where I had been. I never told them, because I "
        "did not think they could keep me safe.",
    ),
    "CSE": (
        "I am {age}. The men gave me lifts and presents, and I thought they were my friends.",
        "When I went missing, people said I was making choices. I was not choosing anything. I wanted someone to "
        "see what was happening.",
    ),
    "PARENTAL": (
        "I was {age}. My mum was poorly in her head, and my dad drank.",
        "Some days were good, and some days nobody got up. The people who visited Mum did not ask about me.",
    ),
}


def c506(c: Ctx) -> None:  # a briefing that opens with the child's imagined story, the age only in its words
    d, s = c.doc, c.spec
    title = f"Through {s.child}'s eyes: learning from the review"
    d.meta.update(title=title, review_type="briefing")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("small", f"Published: {c.printed_date()} | This briefing summarises the {_type_name(c)} written by "
          f"{s.author}.")  # fmt: skip
    d.add("h1", f"{s.child}'s story")
    d.add("small", f"This is an imagined account, written by the review panel from what the review learned. These "
          f"are not {s.child}'s own words.")  # fmt: skip
    story = STORIES.get(s.scenario, STORIES["NEGLECT"])
    for text in story:
        d.add("p", text.format(child=s.child, age=_age_words(s.age)))
    d.add("h1", "What the review learned")
    for st in _sts(c, 3, ageless=True):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "What will change")
    for r in _recs(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "Questions for you")
    for q in QUESTIONS:
        d.add("bullet", q)


def c507(c: Ctx) -> None:  # a podcast episode's web page: chapters that repeat the learning's titles (never lessons)
    d, s = c.doc, c.spec
    pub = _to_day(c)
    recorded = _shift(pub, 1, 12)
    episode = 3 + (int(pub[:4]) + len(s.name)) % 11
    title = f"Safeguarding Conversations, episode {episode}: learning from the review about {s.child}"
    d.meta.update(title=title, review_type="briefing")
    guest = _other(c)
    d.footer = "" if s.fmt == "txt" else d.footer
    d.add("small", "Home > Learning and resources > Podcast")
    d.add("title", title)
    d.add("small", f"Published {_long(pub)} | Duration 24:10")
    d.add("small", "Listen: [audio player] | Download MP3 (22 MB)")
    d.add("p", f"In this episode the {c.partnership}'s learning and development lead talks to {s.author}, the "
          f"independent reviewer who led the {_type_name(c)} about {s.child}, and to {guest}, Safeguarding Lead "
          f"for Education. The episode was recorded on {_long(recorded)}.")  # fmt: skip
    sts = _sts(c, 3)
    d.add("h1", "In this episode")
    times = ("00:00", "02:15", "06:40", "11:05", "15:30", "20:45")
    chapters = ["Introductions", "What happened", *(st.title for st in sts), "What will change"]
    for when, chapter in zip(times, chapters):
        d.add("bullet", f"{when} {chapter}")
    d.add("h1", "Key learning from this episode")
    for st in sts:
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("h1", "What the partnership is doing")
    for r in _recs(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "Resources")
    for item in ("Read the full report (PDF)", "7-minute briefing", "The partnership's escalation policy"):
        d.add("bullet", item)
    d.add("small", "A transcript of this episode is available on request. Subscribe: Apple Podcasts | Spotify")


def c508(c: Ctx) -> None:  # the independent scrutineer's assurance statement on a review: its view of the report
    d, s = c.doc, c.spec
    pub = _to_day(c)
    modern = _pub_year(c) >= 2019
    scrutineer = _other(c)
    role = "Independent Scrutineer" if modern else f"Independent Chair, {c.partnership}"
    kind = _type_name(c)
    title = f"Independent scrutiny of the {kind} about {s.child}: assurance statement"
    d.meta.update(title=title, review_type="other", author=scrutineer)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"{scrutineer}, {role}")
    d.add("cover", f"Date: {_long(pub)}")
    _break(c)
    d.add("h1", "Purpose of this statement")
    d.add("p", f"{_cap(_partners(c))} asked me to scrutinise the {kind} about {s.child}, written by the independent "
          f"reviewer {s.author}, before it is published. This statement gives my view of the quality of the report "
          "and of its learning.")  # fmt: skip
    d.add("h1", "How I scrutinised the review")
    d.add("p", "I read the final draft and the agencies' chronologies, observed the practitioners' learning event and "
          "met the reviewer and the chair of the review panel.")  # fmt: skip
    d.add("h1", "Strengths of the report")
    for text in REPORT_STRENGTHS:
        d.add("bullet", text)
    d.add("h1", "Where the report could be stronger")
    for text in REPORT_GAPS:
        d.add("bullet", text)
    d.add("h1", "The review's learning")
    d.add("p", "The review's learning is sound and well evidenced. In summary, the review learned that:")
    for j, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(j), st.body, st.themes), label=f"{j}.")
    d.add("h1", "The review's recommendations")
    d.add("p", "I endorse the review's recommendations:")
    for r in _recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "My assurance")
    d.add("p", f"I am assured that the review is of good quality and that its learning is ready to be shared. I have "
          f"asked {_partners(c)} to report to me in six months on the action taken.")  # fmt: skip
    d.add("p", f"{scrutineer}, {role}")


def c509(c: Ctx) -> None:  # a lesson of the month: one lesson, the date only in the title's month
    d, s = c.doc, c.spec
    pub = _to_month(c)
    title = f"Lesson of the month: {_month(pub)}"
    d.meta.update(title=title, review_type="briefing", author="")
    source = _month(_shift(f"{pub}-15", 7))
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("h1", "This month's lesson")
    st = (_sts(c, 1) or [None])[0]
    if st is not None:
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        parts = _sentences(st.body)
        cut = max(1, len(parts) // 2)
        d.add("p", " ".join(parts[:cut]), key)
        if parts[cut:]:
            d.add("p", " ".join(parts[cut:]), key)
    d.add("h1", "Where this lesson comes from")
    d.add("p", f"This lesson comes from the {_type_name(c)} about {s.child}, published by {_board(c)} in {source}. "
          "The full report and a 7-minute briefing are on the website.")  # fmt: skip
    d.add("h1", "Questions to discuss in supervision")
    for q in QUESTIONS[1:]:
        d.add("bullet", q)
    d.add("small", "Next month: working with fathers and other men in the household.")


def c510(c: Ctx) -> None:  # a 7-minute briefing laid out as a grid of panels, its title in the middle cell
    d, s = c.doc, c.spec
    pub = _to_month(c)
    title = f"7-minute briefing: {s.child}"
    d.meta.update(title=title, review_type="briefing", author="")
    gp = _gps(c, 1)
    st = _sts(c, 1)
    rec = _recs(c, 1)
    event = (_events(c, 1) or ["The family was known to several agencies."])[0]
    d.add(
        "header",
        cells=(
            f"1 \u2013 Background: {c.fill(narrative.BACKGROUND[s.scenario])}",
            f"2 \u2013 Why it matters: {' '.join(narrative.BRIEFING_WHY[0].split())}",
            f"3 \u2013 What happened: {event}",
        ),
    )
    keys, middle = [], []
    if gp:
        keys.append(d.lesson("good_practice", "", gp[0].text, gp[0].themes))
        middle.append(f"4 \u2013 What went well: {gp[0].text}")
    else:
        middle.append("4 \u2013 What went well: see the full report.")
    middle.append(title)
    if st:
        keys.append(d.lesson("learning_point", "", st[0].body, st[0].themes))
        middle.append(f"5 \u2013 What we learned: {st[0].body}")
    else:
        middle.append("5 \u2013 What we learned: see the full report.")
    d.add("row", keys=tuple(keys), cells=tuple(middle))
    last = []
    rkey = ()
    if rec:
        rkey = d.lesson("recommendation", "", rec[0].text, rec[0].themes)
        last.append(f"6 \u2013 What needs to change: {rec[0].text}")
    else:
        last.append("6 \u2013 What needs to change: see the full report.")
    last.append(f"7 \u2013 Questions: {QUESTIONS[0]} {QUESTIONS[2]}")
    last.append(f"{c.partnership} | Published {_month(pub)}")
    d.add("row", keys=rkey, cells=tuple(last))


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
# The age printed only in words in the child's imagined story (C506).
BUILDERS["C506"] = _keeps_age(BUILDERS["C506"])
