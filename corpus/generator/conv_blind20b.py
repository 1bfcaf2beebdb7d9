"""Corpus generator: the twentieth blind held-out set, second half: conventions C547-C564 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to near-misses both ways. Text a review
prints beside its lessons that looks like a lesson but is not one: terms-of-reference questions numbered as the
findings are; methodology steps printed as run-in "Step N:" paragraphs; a numbered chronology of key events; an
earlier review's recommendations quoted as background; statutory duties and national guidance quoted in boxes
beside a box that does hold a learning point; single-agency actions already completed; the family's views in
their own words; the matters the review considered and chose not to make a recommendation on; questions for
practitioners; a glossary that defines "finding" and "recommendation"; an action plan's progress column; and
practitioners' feedback on the learning events. And lessons that do not look like lessons: learning stated in
running prose with no label ("What this tells us is that ..."), recommendations phrased as questions to the
Board, learning that is only in the conclusion, and good practice noted in passing in the analysis. A smaller part
leans to metadata near-misses: dates that are not the publication (the incident, the rapid review, the panel's
meetings, an earlier review's year, "Working Together to Safeguard Children 2018", an action plan's update),
places that are not the review's area (the area the family moved from, the neighbouring town's hospital), names
that are not the child's (a sibling, the child of an earlier review) and people who are not the author (the chair
who wrote the foreword, the panel's members, a cited researcher).

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where a heading names the lesson, agency where the document gives one) and only the metadata the
document itself prints. The set uses only element kinds the earlier writers already draw (and registers its
tables' column widths, as earlier sets do), so no writer is changed and every earlier document comes out as
before. Bank texts are drawn through set 19's filters (conv_blind19b: set 18's filters for the child's age and
sex and the era's words, and no text that tells an age).
"""

from __future__ import annotations

import re

from .bank_types import Recommendation
from .conv_blind18b import _finding, _harm, _of_its_time, _p, _partners, _pron, _runin, _type_name
from .conv_blind19b import _break, _good, _gp_bullets, _intro, _numbered, _recommendations, _statements
from .conv_common import case_events as _events
from .conv_common import front_with_events as _front
from .conv_common import long_date as _long
from .conv_common import lower_first as _lower_first
from .conv_common import named as _named
from .conv_common import other_person as _other_person
from .conv_common import printed_only as _printed_only
from .conv_common import pub_cover as _pub_cover
from .conv_common import pub_full as _pub_full
from .conv_common import shift as _shift
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import MONTHS, Ctx
from .conv_table import AREAS, CHILDREN

COLUMN_WIDTHS.update(
    {
        "b20bgloss": ((0.24, 0.76), False),
        "b20bplan": ((0.08, 0.52, 0.40), False),
        "b20bpanel": ((0.4, 0.6), False),
    }
)

# --- pieces the builders share ---------------------------------------------------------------------


def _month(date: str) -> str:
    """ "March 2021"."""
    return f"{MONTHS[int(date[5:7]) - 1]} {date[:4]}"


def _before(c: Ctx, months: int, day: int | None = None) -> str:
    """A date some months before the publication (negative: after), never the publication itself."""
    return _shift(_pub_full(c), months, day)


def _other_child(c: Ctx, step: int = 5, babies: bool = True, besides: str = "") -> str:
    """A child's name that is not the review's child (an earlier review's child, a sibling), nor `besides`."""
    s = c.spec.child
    kids = [k for k in CHILDREN if not (k.startswith(s) or s.startswith(k)) and (babies or not k.startswith("Baby"))]
    kids = [k for k in kids if k != besides]
    return kids[(len(c.spec.name) + step) % len(kids)]


def _other_area(c: Ctx, step: int = 1, same_region: bool = True) -> str:
    """An area that is not the review's: a neighbour in its region, or one further away."""
    areas = [a for a, r in AREAS if a != c.spec.area and (r == c.spec.region) == same_region]
    return areas[(len(c.spec.name) + step) % len(areas)]


def _board(c: Ctx) -> str:
    return "Board" if c.spec.review_type == "SCR" else "partnership"


def _lscb_then(c: Ctx, year: int) -> str:
    """The area's board as it was named in an earlier year (Poole before 2019, "Local" before 2016)."""
    area = "Poole" if c.spec.area.startswith("Bournemouth") and year < 2019 else c.spec.area
    return f"{area} Local Safeguarding Children Board" if year < 2016 else f"{area} Safeguarding Children Board"


def _wt_year(c: Ctx) -> str:
    """The edition of Working Together to Safeguard Children a report published then quotes (2013, 2015 or 2018:
    the one in force at publication, and 2018 after it was replaced); "" before April 2013."""
    pub = c.doc.meta["published"]
    return next((w for w, since in (("2018", "2018-07"), ("2015", "2015-03"), ("2013", "2013-04")) if pub >= since), "")


# --- the conventions ---------------------------------------------------------------------------------


def _tor_questions(c: Ctx) -> list[str]:
    s = c.spec
    return [
        f"How well did agencies understand what daily life was like for {s.child}?",
        "How well was information about the adults in the household gathered, recorded and shared?",
        "Did practitioners challenge one another when they disagreed, and were the escalation arrangements used?",
        "Were there any barriers, organisational or otherwise, to agencies working together with this family?",
    ]


def c547(c: Ctx) -> None:  # terms-of-reference questions numbered "1."-"4." as the findings are numbered
    d = c.doc
    pub = _pub_full(c)
    _pub_cover(c)
    d.add("h1", "1. Introduction")
    d.add("p", _intro(c))
    when = _long(_before(c, 15, 9))
    if int(d.meta["published"][:4]) >= 2019:
        d.add("p", f"The incident was notified to the national Child Safeguarding Practice Review Panel and a rapid "
              f"review was held on {when}. The rapid review recommended that a full review be carried out.")  # fmt: skip
    else:
        d.add("p", f"The LSCB's Serious Case Review Subgroup met on {when} and recommended that a Serious Case "
              "Review be carried out.")  # fmt: skip
    d.add("h1", "2. Terms of reference")
    d.add("p", f"The {_partners(c)[4:]} agreed that the review would answer four questions:")
    for j, q in enumerate(_tor_questions(c), 1):
        d.add("num", q, label=f"{j}.")
    d.add("h1", "3. Background")
    for event in _events(c, 2):
        d.add("p", event)
    d.add("h1", "4. Findings")
    d.add("p", "The findings below answer the questions in section 2. Each is numbered and headed by what it is "
          "about.")  # fmt: skip
    for j, st in enumerate(_statements(c, 3), 1):
        key = d.lesson("finding", str(j), f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{j}. {st.title}", key)
        _p(c, st.body, key)
    _numbered(c, 3, "5. Recommendations")
    d.add("small", f"Final version {pub[:4]}")


_STEPS = (
    "Scoping. The review panel agreed the period to be reviewed and the agencies to be asked for information.",
    "Agency reports. Each agency that knew the family wrote a short report of its contact and what it had learned.",
    "Practitioner event. The reviewer met the practitioners who worked with the family at an event held on {event}.",
    "Family. {child}'s mother was invited to contribute, and met the reviewer.",
    "Drafting. The reviewer drafted the report, which the panel discussed and agreed on {agreed}.",
)


def c548(c: Ctx) -> None:  # methodology steps as run-in "Step N:" paragraphs beside "Learning point N:" paragraphs
    d = c.doc
    c.cover("reviewer")
    d.add("h1", "Introduction")
    d.add("p", _intro(c))
    d.add("h1", "How the review was carried out")
    d.add("p", "The review followed five steps.")
    words = {"event": _long(_before(c, 9, 14)), "agreed": _long(_before(c, 3, 21)), "child": c.spec.child}
    for j, step in enumerate(_STEPS, 1):
        _runin(c, step.format(**words), label=f"Step {j}:")
    d.add("h1", "Learning")
    for j, st in enumerate(_statements(c, 3), 1):
        label = f"Learning point {j}"
        _runin(c, st.body, d.lesson("learning_point", label, st.body, st.themes), label=f"{label}:")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        label = f"Recommendation {j}"
        _runin(c, r.text, d.lesson("recommendation", label, r.text, r.themes), label=f"{label}:")


def c549(c: Ctx) -> None:  # a numbered chronology of key events ("1."-"4.", each dated) before numbered learning
    d = c.doc
    _pub_cover(c)
    d.add("h1", "Introduction")
    d.add("p", _intro(c))
    d.add("h1", "Key events")
    d.add("p", "The key events in the period reviewed are set out below in date order.")
    events = _events(c, 3)
    months = [_month(_before(c, m)) for m in (20, 17, 14)][: len(events)]
    for j, (when, event) in enumerate(zip(months, events), 1):
        d.add("num", f"{when}: {event}", label=f"{j}.")
    n = len(events) + 1
    d.add("num", f"{_month(_before(c, 12))}: {c.spec.child} {_harm(c)}.", label=f"{n}.")
    d.add("h1", "Learning")
    for j, st in enumerate(_statements(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(j), st.body, st.themes), label=f"{j}.")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}")


def c550(c: Ctx) -> None:  # an earlier review's recommendations quoted as background, numbered as this review's are
    d, s = c.doc, c.spec
    year = int(d.meta["published"][:4])
    earlier, kid = year - 5, _other_child(c)
    _pub_cover(c)
    d.add("h1", "1. Introduction")
    d.add("p", _intro(c))
    d.add("h1", "2. Learning from an earlier review")
    d.add("p", f"This is not the first review in {s.area} to consider these issues. In {earlier} the "
          f"{_lscb_then(c, earlier)} published a Serious Case Review about {kid}. Its recommendations were:")  # fmt: skip
    for j, r in enumerate(_recommendations(c, 3), 1):
        d.add("num", r.text, label=f"{j}.")
    d.add("p", f"An audit in {earlier + 2} found that most of the actions arising from those recommendations had been "
          "completed. This review has considered whether the changes made then have lasted.")  # fmt: skip
    d.add("h1", "3. Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _numbered(c, 3, "4. Recommendations")


def _guidance(c: Ctx) -> list[tuple[str, str]]:
    wt = _wt_year(c)
    source = f"What Working Together to Safeguard Children ({wt}) says" if wt else "What the LSCB's procedures say"
    return [
        (source,
         "Anyone who has concerns about a child's welfare should make a referral to local authority children's "
         "social care and should do so immediately if there is a concern that the child is suffering significant "
         "harm or is likely to do so."),
        ("The duty in section 11 of the Children Act 2004",
         "Organisations must ensure that their functions, and any services that they contract out to others, are "
         "discharged having regard to the need to safeguard and promote the welfare of children."),
    ]  # fmt: skip


def c551(c: Ctx) -> None:  # guidance and statutory duties quoted in boxes beside a boxed learning point
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Findings")
    sts = _statements(c, 4)
    for i, st in enumerate(sts[:3], 1):
        _finding(c, st, f"Finding {i}")
        if i <= 2:
            heading, text = _guidance(c)[i - 1]
            d.add("box", text, label=heading)
    if len(sts) > 3:
        st = sts[3]
        d.add("box", st.body, d.lesson("learning_point", "", st.body, st.themes), label="Learning point")
    _numbered(c, 3)


_DONE = (
    ("Police", "the domestic abuse risk assessment has been revised so that every child in the household is named"),
    ("Children's social care", "screening guidance at the front door now requires checks on every adult in the home"),
    ("Health visiting", "the service's records template now asks who else lives in or visits the household"),
    ("Education", "the local authority's attendance team has issued new guidance on home visits to schools"),
)


def c552(c: Ctx) -> None:  # single-agency actions already completed, listed beside learning and recommendations
    d, s = c.doc, c.spec
    txt = s.fmt == "txt"
    if txt:
        d.footer = ""
    d.add("cover" if txt else "title", d.meta["title"])
    d.add("p", f"Published: {c.printed_date()}")
    d.add("p", _intro(c))
    d.add("h1", "Key learning")
    for st in _statements(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes), label="*" if txt else "")
    d.add("h1", "What agencies have already done")
    d.add("p", "Agencies did not wait for the review to finish. The following actions have been completed:")
    for k, (agency, action) in enumerate(_DONE[:3]):
        done = _month(_before(c, 8 - 2 * k))
        d.add("bullet", f"{agency}: {action} (completed {done}).", label="*" if txt else "")
    d.add("h1", f"Recommendations for the {_board(c)}")
    for j, r in enumerate(_recommendations(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("small", f"Page last updated: {_long(_before(c, -2, 11))}")


def c553(c: Ctx) -> None:  # the family's views in their own words (one phrased as advice), and a sibling named
    d, s = c.doc, c.spec
    poss = _pron(c)[1]
    sibling = _other_child(c, 3, babies=False)
    _pub_cover(c)
    d.add("h1", "Introduction")
    d.add("p", _intro(c))
    d.add("h1", "The family's contribution")
    d.add("p", f"{s.child}'s mother met the reviewer twice. {s.child}'s older sibling, referred to in this report as "
          f"{sibling}, also spoke to the reviewer with {poss} mother's agreement. Their views are set out here in "
          "their own words, as they asked; they are not the findings of the review.")  # fmt: skip
    for quote in (
        "\u201cI told everyone I was struggling and nobody came back to me.\u201d",
        "\u201cProfessionals should listen to mums when they say they are frightened. I said it more than once.\u201d",
        "\u201cI want other families to know they can ask for help without being judged.\u201d",
    ):
        d.add("bullet", quote)
    d.add("p", f"{s.child}'s mother would like every practitioner to ask parents directly what worries them most.")
    d.add("h1", "Learning")
    for st in _statements(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    _numbered(c, 3)


_NOT_RECOMMENDED = (
    "The review considered whether to recommend a change to the partnership's escalation policy. The policy was "
    "revised in {when} and practitioners now know it well, so the review makes no recommendation on it.",
    "The review considered whether a recommendation should be made about out-of-hours access to health records. "
    "Because the regional work on shared records is already under way, it has not made one.",
)


def c554(c: Ctx) -> None:  # "The review considered whether to recommend ...": matters with no recommendation
    d, s = c.doc, c.spec
    _pub_cover(c)
    d.add("h1", "Introduction")
    meetings = ", ".join(_long(_before(c, m, 12)) for m in (16, 11)) + f" and {_long(_before(c, 6, 4))}"
    d.add("p", _intro(c) + f" The review panel met on {meetings}.")
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _numbered(c, 3)
    d.add("h1", "Matters considered without a recommendation")
    when = _month(_before(c, 14))
    for text in _NOT_RECOMMENDED:
        d.add("p", text.format(when=when))
    if s.fmt == "html":
        d.add("small", f"Download the full report: {d.meta['title']} (PDF)")


_SHOULD = re.compile(r"^(?P<who>.+?) should (?P<rest>.+)\.$")
_SELF = re.compile(r"LSCB|Board|[Pp]artnership|safeguarding partners")  # the body the questions are put to


def _askable(r: Recommendation) -> bool:
    m = _SHOULD.match(r.text)
    return bool(m) and not _SELF.search(m["who"])


def _as_question(c: Ctx, r: Recommendation) -> str:
    """ "Police should review ..." as "How will the partnership know that police will review ...?"."""
    m = _SHOULD.match(r.text)
    return f"How will the {_board(c)} know that {_lower_first(c, m['who'])} will {m['rest']}?"


def c555(
    c: Ctx,
) -> None:  # recommendations phrased as questions to the Board; questions for practitioners never lessons
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Learning")
    for st in _statements(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    d.add("h1", f"Questions for the {_board(c).capitalize()}")
    d.add("p", f"Rather than make recommendations, the review asks the {_board(c)} to answer the following questions "
          "and to publish its answers within six months.")  # fmt: skip
    recs = [r for r in _recommendations(c, 10) if _askable(r)][:3]
    for j, r in enumerate(recs, 1):
        q = _as_question(c, r)
        d.add("num", q, d.lesson("recommendation", str(j), q, r.themes), label=f"{j}.")
    d.add("h1", "Questions for practitioners")
    for q in (
        "How do you make sure you see and hear the child when you visit?",
        "Who else lives in or visits the household, and what do you know about them?",
        "When did you last use the escalation policy, and what happened?",
    ):
        d.add("bullet", q)


def _terms(c: Ctx) -> list[tuple[str, str]]:
    """The glossary of a report of its year: the rapid review from 2019, the serious case review before."""
    later = int(c.doc.meta["published"][:4]) >= 2019
    return [
        ("Finding", "What the review concluded about how the safeguarding system worked for this child, and why."),
        ("Good practice", f"Practice that went well and that the {_board(c)} wants to see more of."),
        ("Learning point", "Something practitioners and managers should take from the review into their own work."),
        ("Recommendation", f"An action the review asks {_partners(c)} to take, with a report on progress."),
        ("Rapid review", "A meeting held within 15 working days of a serious incident notification to decide "
         "whether a local review is needed.") if later else
        ("Serious case review", "A review the LSCB must carry out when abuse or neglect is known or suspected and a "
         "child has died or been seriously harmed."),
        ("MASH", "Multi-Agency Safeguarding Hub"),
    ]  # fmt: skip


def c556(c: Ctx) -> None:  # a glossary that defines "finding", "learning point" and "recommendation"
    d = c.doc
    _pub_cover(c)
    d.add("h1", "Glossary")
    d.add("header", cells=("Term", "What it means in this report"), label="b20bgloss")
    for term, meaning in _terms(c):
        d.add("row", cells=(term, meaning), label="b20bgloss")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _gp_bullets(c, _good(c, 2))
    _numbered(c, 3)


_ACTIONS = (
    ("Revise the multi-agency guidance and launch it at the practice forum.", "Complete. Launched at the forum; "
     "an audit of its use is planned."),
    ("Add the topic to the partnership's multi-agency training programme.", "On track. Two sessions held; a "
     "third is booked."),
    ("Agencies to report compliance to the Quality Assurance subgroup.", "Not yet started. Delayed by the subgroup's "
     "change of chair."),
)  # fmt: skip


def c557(c: Ctx) -> None:  # an action plan's "Progress" column after the recommendations
    d = c.doc
    _pub_cover(c)
    d.add("h1", "Introduction")
    d.add("p", _intro(c))
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _numbered(c, 3)
    _break(c)
    update = _long(_before(c, -4, 26))
    d.add("h1", "Appendix: the partnership's action plan")
    d.add("p", f"The action plan below shows progress at {update}. It will be updated each quarter.")
    d.add("header", cells=("Rec.", "Action agreed", "Progress"), label="b20bplan")
    for j, (action, progress) in enumerate(_ACTIONS, 1):
        d.add("row", cells=(str(j), action, progress), label="b20bplan")


_FEEDBACK = (
    ("\u201cI will always ask who else lives in the house now.\u201d", "health visitor"),
    ("\u201cHearing the mother's words made me think about how we write to families.\u201d", "social worker"),
    ("\u201cSchools need to be in the room when these plans are made.\u201d", "designated safeguarding lead"),
)


def c558(c: Ctx) -> None:  # practitioners' feedback on the learning events, quoted beside the key messages
    d, s = c.doc, c.spec
    txt = s.fmt == "txt"
    if txt:
        d.footer = ""
    mark = "-" if txt else ""
    d.add("cover" if txt else "title", d.meta["title"])
    d.add("p", f"Published: {c.printed_date()}")
    d.add("p", _intro(c))
    d.add("h1", "Key messages")
    for st in _statements(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes), label=mark)
    d.add("h1", f"What the {_board(c)} will do")
    for r in _recommendations(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes), label=mark)
    d.add("h1", "What practitioners said about the learning events")
    d.add("p", f"Over 120 practitioners attended the learning events held in {_month(_before(c, -2))}. Some of their "
          "comments:")  # fmt: skip
    for quote, who in _FEEDBACK:
        d.add("bullet", f"{quote} ({who})", label=mark)
    d.add("small", f"Page last updated: {_long(_before(c, -3, 6))}")


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.?!])\s+(?=[A-Z])", text)


_LEADS = ("What this tells us is that", "The lesson for the wider system is that", "What this shows is that")


def c559(c: Ctx) -> None:  # learning stated in running prose after narrative, opened by "What this tells us is that"
    d = c.doc
    _pub_cover(c)
    d.add("h1", "Introduction")
    d.add("p", _intro(c))
    d.add("h1", "Analysis")
    events = _events(c, 3)
    drawn = _statements(c, 12)
    sts = [st for st in drawn if len(_sentences(st.body)) > 1][:3]
    for k, st in enumerate(sts):
        if k < len(events):
            d.add("p", events[k])
        *told, last = _sentences(st.body)
        text = " ".join([*told, f"{_LEADS[k]} {_lower_first(c, last)}"])
        _p(c, text, d.lesson("learning_point", "", text, st.themes))
    _numbered(c, 3)


def c560(c: Ctx) -> None:  # learning only in the conclusion, between paragraphs that are not lessons
    d, s = c.doc, c.spec
    c.cover()
    _front(c)
    d.add("h1", "Analysis")
    for event in _events(c, 2):
        d.add("p", event)
    d.add("h1", "Conclusion")
    d.add("p", f"The review has not found that what happened to {s.child} could have been predicted. It has found that "
          "the help the family received could have been better joined up. Three things stand out.")  # fmt: skip
    for st in _statements(c, 3):
        _p(c, st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("p", f"The reviewer thanks {s.child}'s family and the practitioners who took part for their openness.")
    _numbered(c, 3)


_FLAGS = ("The review panel recognised this as good practice.", "This was good practice.")


def c561(c: Ctx) -> None:  # good practice noted in passing in the analysis, then findings and recommendations
    d = c.doc
    _pub_cover(c)
    d.add("h1", "Introduction")
    d.add("p", _intro(c))
    d.add("h1", "Analysis of practice")
    events = _events(c, 2)
    for k, g in enumerate(_good(c, 2)):
        if k < len(events):
            d.add("p", events[k])
        text = f"{g.text} {_FLAGS[k]}"
        _p(c, text, d.lesson("good_practice", "", text, g.themes))
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _numbered(c, 3)


_HOSPITALS = {
    "North West": ("Royal Manchester Children's Hospital", "Manchester"),
    "West Midlands": ("Birmingham Children's Hospital", "Birmingham"),
    "London": ("Great Ormond Street Hospital", "central London"),
    "Yorkshire and the Humber": ("Sheffield Children's Hospital", "Sheffield"),
    "North East": ("the Great North Children's Hospital", "Newcastle"),
    "South West": ("Bristol Royal Hospital for Children", "Bristol"),
    "South East": ("Southampton Children's Hospital", "Southampton"),
    "East Midlands": ("Nottingham Children's Hospital", "Nottingham"),
    "East of England": ("Addenbrooke's Hospital", "Cambridge"),
}


def c562(c: Ctx) -> None:  # places that are not the area: where the family came from, the neighbouring town's hospital
    d, s = c.doc, c.spec
    html = s.fmt == "html"
    moved = _other_area(c, 2, same_region=False)
    moved = f"the {moved}" if moved.startswith("Isle") else moved
    hospital, city = _HOSPITALS[s.region]
    if city == s.area:
        hospital, city = _HOSPITALS["East Midlands" if s.region != "East Midlands" else "West Midlands"]
    d.add("small" if html else "cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("p", f"Published: {c.printed_date()}")
    if not html:
        d.add("pagebreak")
    d.add("h1", "About the review")
    d.add("p", _intro(c))
    d.add("p", f"The family moved to {s.area} from {moved} in {_month(_before(c, 30))}. The records held in {moved} "
          f"were transferred some weeks later. {s.child} was transferred to {hospital} in {city}, whose "
          "safeguarding team took part in the review.")  # fmt: skip
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _numbered(c, 3)


def _research(c: Ctx) -> tuple[str, str]:
    year = int(c.doc.meta["published"][:4])
    if year >= 2021:
        return "Brandon and colleagues (2020)", "Complexity and challenge: a triennial analysis of SCRs 2014-2017"
    if year >= 2017:
        return "Brandon and colleagues (2016)", "Pathways to harm, pathways to protection: a triennial analysis of SCRs"
    if year >= 2013:
        return "Brandon and colleagues (2012)", "New learning from serious case reviews"
    return "Brandon and colleagues (2009)", "Understanding serious case reviews and their impact"


def c563(c: Ctx) -> None:  # people who are not the author: the foreword's chair, the panel, a cited researcher
    d, s = c.doc, c.spec
    chair, panel_chair = _other_person(c, 3), _other_person(c, 7)
    who, work = _research(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Foreword")
    d.add("p", f"I am grateful to everyone who took part in this review, and to {s.author}, the independent reviewer, "
          f"who wrote this report. The {_board(c)} accepts all of its recommendations.")  # fmt: skip
    d.add("p", f"{chair}, Independent Chair, {c.partnership}")
    d.add("h1", "The review panel")
    members = ((panel_chair, "Panel chair; Designated Nurse for Safeguarding Children"),
               ("Detective Inspector", "Public Protection Unit"), (s.author, "Independent reviewer"))  # fmt: skip
    if s.fmt == "scan":  # the scanned copy was typed as a list
        for name, role in members:
            d.add("p", f"{name} \u2013 {role}")
    else:
        d.add("header", cells=("Name", "Role"), label="b20bpanel")
        for name, role in members:
            d.add("row", cells=(name, role), label="b20bpanel")
    d.add("h1", "Introduction")
    d.add("p", f"This {_type_name(c)} concerns {s.child}, who was {s.age} old when {_pron(c)[0]} {_harm(c)}. As "
          f"{who} found in {work}, the circumstances of this case are not unusual.")  # fmt: skip
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _numbered(c, 3)


def c564(c: Ctx) -> None:  # names and dates that are not the child's or the publication's; the publication last
    d, s = c.doc, c.spec
    poss = _pron(c)[1]
    sibling = _other_child(c, 2, babies=False)
    earlier_kid = _other_child(c, 9, besides=sibling)
    year = int(d.meta["published"][:4])
    incident, met = _before(c, 20, 3), _before(c, 19, 22)
    wt = next(
        w
        for w, y in (
            ("2023", "2023-12-15"),
            ("2018", "2018-07"),
            ("2015", "2015-03"),
            ("2013", "2013-04"),
            ("2010", ""),
        )
        if met >= y
    )
    if s.review_type == "SCR":
        decided = (f"On {_long(met)} the LSCB decided that the criteria for a Serious Case Review in Working Together "
                   f"to Safeguard Children {wt} were met.")  # fmt: skip
    elif met >= "2018-09":
        decided = f"A rapid review was held on {_long(met)}, as Working Together to Safeguard Children {wt} requires."
    else:
        decided = f"The case was considered on {_long(met)} and a review was commissioned."
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Report author: {s.author}")
    d.add("cover", f"Final version agreed by the {_partners(c)[4:]}: {_long(_before(c, 2, 17))}")
    d.add("pagebreak")
    d.add("h1", "1. Introduction")
    d.add("p", f"This review is about {s.child}, who was {s.age} old, and {poss} older sibling, called {sibling} in "
          f"this report. On {_long(incident)} {s.child} {_harm(c)}. {decided}")  # fmt: skip
    d.add("p", f"The review also draws on the Serious Case Review about {earlier_kid}, published by the "
          f"{_lscb_then(c, year - 6)} in {year - 6}, which found similar issues.")  # fmt: skip
    d.add("h1", "2. Learning")
    for st in _statements(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    _numbered(c, 3, "3. Recommendations")
    d.add("p", f"Published by the {c.partnership}, {c.printed_date()}.")


BUILDERS = {
    f"C{name[1:]}": _printed_only(_named(_of_its_time(fn)))
    for name, fn in globals().copy().items()
    if re.fullmatch(r"c5[4-6]\d", name)
}
