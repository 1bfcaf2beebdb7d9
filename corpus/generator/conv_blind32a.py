"""Corpus generator: the thirty-second blind held-out set, first half: conventions C961-C978 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to text that reads like a lesson but is not
one: terms of reference and key lines of enquiry numbered like findings, key practice episodes, actions already taken
by one agency, an IMR's summary beside its single-agency recommendations, an earlier review's recommendations quoted
in the background, extracts of national guidance set out as bullets, the partnership's response or progress note
under each recommendation, questions for reflection and points for discussion, training offered, the family's own
words about what should change and a summary of research. A second emphasis is metadata confounders printed in the
same documents: the area the family moved from, a sibling or an earlier review's child, the dates of the incident, of
the terms of reference and of panel meetings, a draft's version beside the publication date, a former reviewer.

Each lesson is declared as a careful reader records it, following the precedents of corpus/CONVENTIONS.md: terms of
reference and lines of enquiry, as questions or statements, are never lessons (C201, C547, C250, C72, C676); key
practice episodes are narrative (C165, C686, C709); actions already taken are never lessons (C233, C552, C639, C640);
an IMR's summary is analysis while its single-agency recommendations under the agency's name are recommendations with
that agency (C140, C371, C714); an earlier review's recommendations are never this review's (C550, C654); guidance
extracts and research summaries are never lessons (C551, C64); responses, statuses and progress notes are never lessons
nor part of one (C76, C538, C557, C632, C646); reflective questions are never lessons (C44, C555, C617); the family's
words are never lessons (C235, C553, C606). Only element kinds the earlier writers already draw are used.
"""

from __future__ import annotations

import re

from .conv_blind18b import _harm, _of_its_time, _p, _runin
from .conv_blind19b import _break, _good
from .conv_blind20b import _before, _month, _other_child
from .conv_blind23b import _poss, _setup
from .conv_blind28a import _conclusion, _contents, _events, _glossary, _hf
from .conv_blind30a import _cover, _front, _headed, _num_recs, _recs
from .conv_blind30a import _sts as _sts30
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_specs import Ctx

# The area a family moved from: a real neighbour of each area this half draws (never the review's area).
_NEIGHBOURS = {
    "Leicestershire": "Leicester",
    "Lincolnshire": "Nottinghamshire",
    "Norfolk": "Suffolk",
    "Suffolk": "Norfolk",
    "Wigan": "Bolton",
    "St Helens": "Knowsley",
    "Devon": "Cornwall",
    "Torbay": "Devon",
    "Sunderland": "Durham",
    "South Tyneside": "Gateshead",
    "Coventry": "Warwickshire",
    "Warwickshire": "Coventry",
    "Walsall": "Wolverhampton",
    "Sandwell": "Birmingham",
    "Lambeth": "Southwark",
    "Croydon": "Sutton",
    "Oxfordshire": "Swindon",
    "Buckinghamshire": "Milton Keynes",
    "Leeds": "Bradford",
    "Kirklees": "Calderdale",
    "Plymouth": "Cornwall",
    "Cornwall": "Plymouth",
    "Northumberland": "Newcastle upon Tyne",
    "North Tyneside": "Newcastle upon Tyne",
    "Manchester": "Salford",
    "Bury": "Rochdale",
    "Luton": "Bedford",
    "Central Bedfordshire": "Luton",
    "Bath and North East Somerset": "Bristol",
    "Somerset": "Dorset",
    "Enfield": "Haringey",
    "Barnet": "Brent",
    "Staffordshire": "Stoke-on-Trent",
    "Shropshire": "Telford and Wrekin",
    "Kent": "Medway",
    "Medway": "Kent",
}

_LOCKDOWN = re.compile(r"lockdown|pandemic|COVID", re.I)


def _sts(c: Ctx, n: int) -> list:
    """n statements of the document's time and of the incident's: no lockdown or pandemic in the lessons of a review
    whose incident came before the first lockdown (March 2020). The earliest incident this half prints is 24 months
    before the publication, so a statement about the pandemic is kept only where that month is April 2020 or later."""
    early = _before(c, 24) < "2020-04"
    return [st for st in _sts30(c, n + 8) if not (early and _LOCKDOWN.search(f"{st.title} {st.body}"))][:n]


_REFLECT = (
    "How do you find out who lives in, or regularly visits, the home of a child you work with?",
    "When did you last escalate a disagreement about a child's plan, and what happened?",
    "How do you record what a typical day is like for the child?",
    "What would help you to ask a parent a difficult question at a home visit?",
)


def _year(c: Ctx) -> int:
    return int(c.doc.meta["published"][:4])


def _from(c: Ctx) -> str:
    return _NEIGHBOURS.get(c.spec.area, "another county")


def _intro(c: Ctx, partnership: str, months: int = 18) -> str:
    s = c.spec
    return (f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, months))}. {partnership} commissioned "
            f"this review to understand how agencies worked with {s.child} and {_poss(c)} family.")  # fmt: skip


def _moved(c: Ctx, months: int = 30) -> str:
    return (f"The family moved to {c.spec.area} from {_from(c)} in {_month(_before(c, months))}. Agencies in "
            f"{_from(c)} contributed to the review and their information is included in the chronology.")  # fmt: skip


# --- C961: key lines of enquiry as numbered statements, then findings --------------------------------------------


def c961(c: Ctx) -> None:  # SCR: "Key lines of enquiry" numbered statements (never); the family's previous area named
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, "Overview report", f"Independent author: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    _contents(c)
    d.add("h1", "1. Introduction")
    d.add("p", _intro(c, partnership))
    d.add("p", _moved(c))
    d.add("h1", "2. Key lines of enquiry")
    d.add("p", "The panel agreed the following key lines of enquiry, each of which is answered in section 5:")
    for i, line in enumerate((
        "The quality of information sharing between agencies in the two local authority areas when the family moved.",
        f"How well practitioners understood the lived experience of {s.child}.",
        "Whether risks posed by the adults in the household were identified, assessed and reviewed.",
        "The effectiveness of supervision and management oversight of the work with the family.",
    ), 1):  # fmt: skip
        d.add("num", line, label=f"{i}.")
    d.add("h1", "3. Methodology")
    d.add("p", "Individual management reviews and chronologies were provided by each agency in both areas. The "
          "independent author met the practitioners at a learning event and attended the panel's meetings.")  # fmt: skip
    d.add("h1", "4. Summary of events")
    for text in _events(c, 2):
        d.add("p", text)
    d.add("h1", "5. Findings")
    for i, st in enumerate(_sts(c, 4), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    _num_recs(c, _recs(c, 4), "6. Recommendations")
    _glossary(c, "Appendix: Glossary")


# --- C962: "Action already taken by agencies" after the findings ---------------------------------------------------


def c962(
    c: Ctx,
) -> None:  # LCSPR: "Since the incident ..." single-agency actions (never); incident and ToR dates printed
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", _intro(c, partnership, 20))
    d.add("p", f"The terms of reference were agreed by the safeguarding partners in {_month(_before(c, 16))}. The "
          f"review covered the period from {_month(_before(c, 38))} to the incident.")  # fmt: skip
    d.add("h1", "What happened")
    for text in _events(c, 2):
        d.add("p", text)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Learning point {i}", "learning_point")
        _p(c, st.body, key)
    d.add("h1", "Action already taken by agencies")
    d.add("p", "Agencies did not wait for the review to finish before making changes. Since the incident:")
    for text in (
        "the hospital Trust has introduced a safeguarding prompt on its electronic record for every child seen in the "
        "emergency department;",
        "children's social care has revised its guidance on closing contacts after a telephone call to a parent;",
        "the police have delivered briefings to response officers on recording the children present at incidents;",
        "the health visiting service has audited its records of fathers and male carers.",
    ):
        d.add("bullet", text)
    _num_recs(c, _recs(c, 3))
    _conclusion(c)


# --- C963: a "Response:" and a dated "Update" under each learning point ------------------------------------------


def c963(c: Ctx) -> None:  # LCSPR: run-in "Response:" and "Update <month year>:" after each learning point (never)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _contents(c)
    _front(c, partnership)
    d.add("h1", "Learning and the partnership's response")
    d.add("p", "This version of the report sets the partnership's response, and an update on progress, beneath each "
          "learning point.")  # fmt: skip
    responses = (
        "Accepted. The learning has been shared through the partnership's practitioner forum and newsletter.",
        "Accepted. The partnership's training group will add this learning to the multi-agency course.",
        "Accepted. Each agency has been asked to report how it has shared this learning with its staff.",
    )
    updates = (
        "Two practitioner forums have been held and attended by 140 staff.",
        "The revised course ran for the first time and evaluation is under way.",
        "Four of the six agencies have reported; the others are due to report shortly.",
    )
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Learning point {i}", "learning_point")
        _p(c, st.body, key)
        _runin(c, responses[i - 1], label="Response:")
        _runin(c, updates[i - 1], label=f"Update March {_year(c) + 1}:")
    _num_recs(c, _recs(c, 3))
    _conclusion(c)


# --- C964: a briefing web page with questions for reflection and training offered ----------------------------------


def c964(c: Ctx) -> None:  # briefing: "Key learning" bullets; numbered "Questions for reflection", training (never)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Learning briefing: {s.child}"
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("h1", "About the review")
    d.add("p", f"{_intro(c, partnership)} The Local Child Safeguarding Practice Review was led by {s.author}.")
    d.add("h1", "Key learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "What went well")
    for g in _good(c, 1):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Questions for reflection")
    d.add("p", "Use these questions in team meetings or supervision:")
    for i, q in enumerate(_REFLECT[:3], 1):
        d.add("num", q, label=f"{i}.")
    d.add("h1", "Points for discussion")
    for text in (
        "Practitioners should discuss with their supervisor any case where a parent's account does not match what "
        "they have seen.",
        "Teams may wish to look again at how they record the adults who visit the household.",
    ):
        d.add("bullet", text)
    d.add("h1", "Training and resources")
    for text in (
        "Multi-agency training: Working with fathers and male carers (half day, booked through the partnership).",
        "Escalation and resolution of professional differences: the partnership's procedure and a short video.",
    ):
        d.add("bullet", text)
    d.add("small", "Read the full report on the partnership's website.")


# --- C965: an executive summary quoting the previous review's recommendations (one copy scanned) ----------------


def c965(c: Ctx) -> None:  # SCR executive summary: the earlier SCR's recommendations quoted (never); a former reviewer
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}. Executive Summary"
    _cover(c, partnership, title, f"Independent author: {s.author}", f"Published: {c.printed_date()}")
    other = _other_child(c, 7)
    earlier = _year(c) - 4
    d.add("h1", "1. Introduction")
    d.add("p", f"{_intro(c, partnership, 16)} The review was conducted under chapter 8 of Working Together to "
          "Safeguard Children.")  # fmt: skip
    d.add("h1", "2. Background")
    d.add("p", f"In {earlier} the Board published a Serious Case Review about another child, referred to as "
          f"{other}, written by Dr Alan Marsh. That review made the following recommendations:")  # fmt: skip
    for i, text in enumerate((
        "All agencies should ensure that practitioners record the names of every adult living in the household.",
        "The Board should review its procedure for resolving professional disagreements.",
        "Health agencies should share information about missed appointments with the child's social worker.",
    ), 1):  # fmt: skip
        d.add("num", text, label=f"{i}.")
    d.add("p", "The Board was told that the action plan arising from that review was completed in full. This review "
          "has considered whether those changes were effective in this case.")  # fmt: skip
    d.add("h1", "3. Summary of events")
    for text in _events(c, 2):
        d.add("p", text)
    d.add("h1", "4. Lessons learned")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "5. Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


# --- C966: guidance extracts set out as bullets after each learning -----------------------------------------------

_NICE = (
    "NICE guideline CG89, When to suspect child maltreatment, advises that practitioners:",
    (
        "suspect maltreatment if a child has bruising in the shape of a hand, ligature, stick or other implement;",
        "consider maltreatment if there is a pattern of missed appointments that affects the child's health;",
        "suspect neglect if parents persistently fail to obtain treatment for a child's health needs.",
    ),
)
_WT = (
    "Working Together to Safeguard Children (2018) sets out that:",
    (
        "anyone who has concerns about a child's welfare should make a referral to local authority children's "
        "social care;",
        "practitioners should be alert to the needs of children living with parents with mental health needs, "
        "substance misuse or domestic abuse;",
        "information should be shared in a timely way to keep children safe.",
    ),
)


def c966(c: Ctx) -> None:  # LCSPR: "Learning N: title"; a "What the guidance says" list after each (never)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _contents(c)
    _front(c, partnership)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Learning {i}", "learning_point")
        _p(c, st.body, key)
        if i < 3:
            lead, items = (_WT, _NICE)[i - 1]
            d.add("h2", "What the guidance says")
            d.add("p", lead)
            for text in items:
                d.add("bullet", text)
    _num_recs(c, _recs(c, 3))
    _conclusion(c)


# --- C967: IMR summaries and single-agency recommendations ---------------------------------------------------------

_IMR_AGENCIES = (
    ("Children's social care", "The IMR author read the case file and interviewed the social workers and their "
     "team manager. The IMR found that assessments relied on the mother's account and that the case was closed "
     "without a home visit."),
    ("Police", "The IMR was written by a detective inspector from the force's review unit. It found that officers "
     "attending incidents at the address did not record the children present, and that one notification to "
     "children's social care was sent late."),
)  # fmt: skip


def c967(c: Ctx) -> None:  # SCR: IMR summaries (never) and "Single agency recommendations" under agencies (agency)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, "Overview report", f"Independent author: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    _contents(c)
    d.add("h1", "1. Introduction")
    d.add("p", _intro(c, partnership))
    d.add("h1", "2. The individual management reviews")
    d.add("p", "Each agency provided an individual management review (IMR). Their findings are summarised here; "
          "each agency's own recommendations are set out in section 5.")  # fmt: skip
    for agency, summary in _IMR_AGENCIES:
        d.add("h2", agency)
        d.add("p", summary)
    d.add("p", "Since completing its IMR, children's social care has introduced a requirement that no case is closed "
          "without the child being seen, and the police have changed the form used at domestic incidents.")  # fmt: skip
    d.add("h1", "3. Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    _num_recs(c, _recs(c, 3), "4. Overview recommendations")
    d.add("h1", "5. Single agency recommendations")
    d.add("p", "The recommendations made by each agency in its IMR are endorsed by the Board and repeated here.")
    single = {
        "Children's social care": (
            "Children's social care should ensure that no contact or referral is closed without the child being seen "
            "and spoken to, unless a manager records why this is not necessary.",
            ("voice.voice_of_child", "agency.childrens_social_care", "assess.thresholds_cp_processes"),
        ),
        "Police": (
            "The police should ensure that officers attending domestic incidents record the name, age and "
            "whereabouts of every child in the household.",
            ("fam.domestic_abuse", "agency.police", "multi.record_keeping"),
        ),
    }
    for agency, (text, themes) in single.items():
        d.add("h2", agency)
        d.add("bullet", text, d.lesson("recommendation", "", text, themes, agency))
    _glossary(c, "Appendix: Glossary")


# --- C968: a response box and status under each recommendation; panel dates and a version on the cover ------------


def c968(c: Ctx) -> None:  # LCSPR: "Partnership response" and "Status:" after each recommendation (never); panel dates
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, f"Independent reviewer: {s.author}", "Version 1.0 (final)",
           f"Panel meetings: {_month(_before(c, 14))}, {_month(_before(c, 11))}, {_month(_before(c, 8))}",
           f"Draft 0.4 shared with the family: {_month(_before(c, 5))}", f"Published: {c.printed_date()}")  # fmt: skip
    _front(c, partnership)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    d.add("h1", "Recommendations and the partnership's response")
    statuses = ("Status: complete", "Status: in progress", "Status: complete")
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j}", key)
        _p(c, r.text, key)
        d.add("box", "Accepted. The partnership's Learning and Improvement Group will oversee the action plan and "
              "report progress to the safeguarding partners.", label="Partnership response")  # fmt: skip
        d.add("small", statuses[j - 1])
    _conclusion(c)


# --- C969: a rapid review summary with immediate actions and the questions it considered -------------------------


def c969(c: Ctx) -> None:  # rapid review (other): questions considered, immediate actions (never); numbered learning
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Rapid review: {s.child}. Summary of learning"
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Date of rapid review meeting: {_month(_before(c, 6))}")
    d.add("cover", f"Date published: {c.printed_date()}")
    d.add("h1", "1. Background")
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 7))}. The incident was notified to "
          "the Child Safeguarding Practice Review Panel and the safeguarding partners held a rapid review.")  # fmt: skip
    d.add("h1", "2. Questions the rapid review considered")
    for i, q in enumerate((
        "What did each agency know about the family before the incident?",
        "Was the information known to agencies shared and acted on?",
        "Is there learning that should be shared now, before any further review?",
    ), 1):  # fmt: skip
        d.add("num", q, label=f"{i}.")
    d.add("h1", "3. Immediate actions taken")
    for text in (
        "A strategy discussion was held the day after the incident and the safety of the other children in the household was secured.",
        "Each agency checked its records and secured them for the review.",
        "The hospital Trust reminded emergency department staff of the procedure for informing children's social care.",
    ):
        d.add("bullet", text)
    d.add("h1", "4. Key learning identified")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "5. Good practice identified")
    for g in _good(c, 1):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "6. Decision")
    d.add("p", "The safeguarding partners agreed that the learning could be taken forward without a Local Child "
          "Safeguarding Practice Review. The Panel agreed with this decision.")  # fmt: skip


# --- C970: key practice episodes in the chronology and the mother's words on what should change --------------------


def c970(c: Ctx) -> None:  # LCSPR: "Key practice episode N" (narrative), "What X's mother would like to change" (never)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    sibling = _other_child(c, 3, babies=False)
    _hf(c, title)
    _cover(c, partnership, title, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", _intro(c, partnership))
    d.add("p", f"{s.child} has an older sibling, referred to in this report as {sibling}, who was living with "
          "relatives at the time of the incident.")  # fmt: skip
    d.add("h1", "Key practice episodes")
    events = _events(c, 3)
    for i, text in enumerate(events, 1):
        d.add("h2", f"Key practice episode {i}: {_month(_before(c, 34 - 4 * i))}")
        d.add("p", text)
    d.add("h1", f"What {s.child}'s mother would like to change")
    d.add("p", "The reviewer met the mother twice. She asked that the review include what she would like to change:")
    for text in (
        "Professionals should talk to mums on their own and not only when their partner is there.",
        "Workers should tell families what they are worried about instead of just writing it down.",
    ):
        d.add("bullet", text)
    d.add("h1", "Analysis and learning")
    for i, st in enumerate(_sts(c, 3), 1):
        _runin(c, st.body, d.lesson("learning_point", f"Learning point {i}", st.body, st.themes),
               label=f"Learning point {i}:")  # fmt: skip
    _num_recs(c, _recs(c, 3))
    _conclusion(c)


# --- C971: a research summary beside the review's own learning ------------------------------------------------------

_RESEARCH = (
    "Research on serious case reviews has found that men in the household are often invisible to services.",
    "National analyses of serious case reviews have found that information about risk is frequently held by several "
    "agencies but not put together.",
    "Studies of practice show that practitioners can find it hard to keep the child in focus when parents' needs are "
    "pressing.",
)  # fmt: skip


def c971(c: Ctx) -> None:  # briefing: "What the research tells us" (never); "What this review found" bullets (findings)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Practitioner briefing: learning from the review of {s.child}"
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("h1", "Background")
    d.add("p", f"{_intro(c, partnership)} The Local Child Safeguarding Practice Review was written by {s.author}.")
    d.add("h1", "What the research tells us")
    for text in _RESEARCH:
        d.add("bullet", text)
    d.add("h1", "What this review found")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("h1", "What the partnership will do")
    for r in _recs(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "Training and resources")
    for text in (
        "The partnership's multi-agency training on professional curiosity runs every quarter.",
        "A recorded webinar on this review is available on the partnership's website.",
    ):
        d.add("bullet", text)


# --- C972: "KLOE N" questions answered by a run-in "Finding:"; a former reviewer named ---------------------------


def c972(c: Ctx) -> None:  # SCR: "KLOE N: <question>?" headings (never), run-in "Finding:" (finding, no label)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, "Overview report", f"Independent author: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    _contents(c)
    d.add("h1", "1. Introduction")
    d.add("p", _intro(c, partnership, 24))
    d.add("p", f"The review was begun by Peter Lowther, who stood down for personal reasons in "
          f"{_month(_before(c, 12))}. It was completed by {s.author}, who reviewed all the material gathered.")  # fmt: skip
    questions = (
        f"How well did agencies understand what daily life was like for {s.child}?",
        "Was information shared between agencies when it was needed, and was it acted on?",
        "Were the risks posed by the adults in the household assessed?",
    )
    d.add("h1", "2. Key lines of enquiry")
    for i, q in enumerate(questions, 1):
        d.add("p", f"KLOE {i}: {q}")
    d.add("h1", "3. Analysis")
    events = _events(c, 3)
    for i, (q, st) in enumerate(zip(questions, _sts(c, 3)), 1):
        d.add("h2", f"KLOE {i}: {q}")
        if i - 1 < len(events):
            d.add("p", events[i - 1])
        _runin(c, st.body, d.lesson("finding", "", st.body, st.themes), label="Finding:")
    _num_recs(c, _recs(c, 4), "4. Recommendations")
    _glossary(c, "Appendix: Glossary")


# --- C973: questions for reflection under each learning; recommendations "To:" an agency -------------------------


def c973(c: Ctx) -> None:  # LCSPR: lettered reflective questions under each learning (never); "To:" agency lines
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _front(c, partnership)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Learning {i}", "learning_point")
        _p(c, st.body, key)
        d.add("p", "Questions for reflection:")
        for mark, q in zip("ab", _REFLECT[i - 1 : i + 1]):
            d.add("num", q, label=f"{mark})")
    d.add("h1", "Recommendations")
    recs = [r for r in _recs(c, 8) if r.agency][:3] or _recs(c, 3)
    for j, r in enumerate(recs, 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes, r.agency)
        d.add("h2", f"Recommendation {j}", key)
        if r.agency:
            d.add("small", f"To: {r.agency}")
        _p(c, r.text, key)
    _conclusion(c)


# --- C974: an earlier review in the area the family moved from, about a sibling ------------------------------------


def c974(c: Ctx) -> None:  # LCSPR: the learning of a review of a sibling in the previous area quoted (never)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    sibling = _other_child(c, 9, babies=False)
    prev = _from(c)
    _hf(c, title)
    _cover(c, partnership, title, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", _intro(c, partnership))
    d.add("h1", f"The family's time in {prev}")
    then = _year(c) - 4
    board = "Local Safeguarding Children Board" if then <= 2019 else "Safeguarding Children Partnership"
    kind = "a Serious Case Review" if then <= 2019 else "a Local Child Safeguarding Practice Review"
    d.add("p", f"Before moving to {s.area} the family lived in {prev}. In {then} the {prev} {board} published "
          f"{kind} about {s.child}'s older half-sibling, referred to as {sibling}. Its learning was:")  # fmt: skip
    for text in (
        "Practitioners did not always see the children on their own.",
        "Information about the mother's partners was not shared between agencies.",
        "Plans were closed before change had been sustained.",
    ):
        d.add("bullet", text)
    d.add("p", f"This review asked whether agencies in {s.area} knew of that review and used its learning.")
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    _num_recs(c, _recs(c, 3))
    _conclusion(c)


# --- C975: a SILP report: each agency's own changes in its section, themes of learning ------------------------------


def c975(c: Ctx) -> None:  # SILP LCSPR: "What the agency has already changed" per agency (never); "Theme N: title"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, "A Significant Incident Learning Process (SILP) review",
           f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")  # fmt: skip
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", _intro(c, partnership))
    d.add("p", "The review used the Significant Incident Learning Process (SILP), in which agency reports are shared "
          "and discussed by the practitioners and managers involved at a learning event and a recall event.")  # fmt: skip
    d.add("h1", "Agency reports")
    for agency, change in (
        ("Children's social care", "Already changed: a manager now reviews every contact closed without a visit."),
        ("Health visiting", "Already changed: the service's record now has a field for every adult in the household."),
        ("Police", "Already changed: officers now complete a children's welfare section at every domestic incident."),
    ):
        d.add("h2", agency)
        d.add("p", f"The {agency.lower()} report described the agency's contact with the family and was discussed "
              "at the learning event.")  # fmt: skip
        d.add("p", change)
    d.add("h1", "Themes of learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Theme {i}", "learning_point")
        _p(c, st.body, key)
    _num_recs(c, _recs(c, 3))
    _conclusion(c)


# --- C976: "What has changed since the review" numbered like the recommendations ---------------------------------


def c976(c: Ctx) -> None:  # LCSPR: findings, recommendations "1."-"3.", then changes "1."-"3." (never)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _front(c, partnership)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    _num_recs(c, _recs(c, 3))
    d.add("h1", "What has changed since the review")
    d.add("p", f"Update, {_month(_before(c, -6))}: the partnership reports the following progress against each "
          "recommendation.")  # fmt: skip
    for i, text in enumerate((
        "A multi-agency audit of 30 cases was completed and its findings were reported to the executive group.",
        "Revised guidance was published and practitioners were briefed on the changes at three forums.",
        "The learning was added to the multi-agency training programme. Status: complete.",
    ), 1):  # fmt: skip
        d.add("num", text, label=f"{i}.")
    _conclusion(c)


# --- C977: the Board's procedure set out in numbered paragraphs in an appendix ---------------------------------------


def c977(c: Ctx) -> None:  # SCR: "Lessons learned" numbered "5.1"; an appendix extract numbered "C.1" (never)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, "Overview report", f"Independent author: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    _contents(c)
    n = _front(c, partnership, numbered=True)
    d.add("h1", f"{n}. Lessons learned")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"{n}.{i}", st.body, st.themes), label=f"{n}.{i}")
    _num_recs(c, _recs(c, 3), f"{n + 1}. Recommendations")
    _break(c)
    d.add("h1", "Appendix C: Extract from the Board's multi-agency procedures")
    for i, text in enumerate((
        "Practitioners should consider the possibility of abuse whenever a child presents with an injury that is not "
        "consistent with the explanation given.",
        "Where a practitioner has a concern about a child's safety, a referral should be made to children's social "
        "care without delay and confirmed in writing within 48 hours.",
        "Professional disagreements should be resolved using the Board's escalation procedure.",
    ), 1):  # fmt: skip
        d.add("num", text, label=f"C.{i}")


# --- C978: a learning summary with the family's words, good practice and what the partnership has done ------------


def c978(c: Ctx) -> None:  # briefing: "In the family's words" (never), titled learning, "What we have done" (never)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Learning summary: {s.child}"
    sibling = _other_child(c, 11, babies=False)
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Draft version 0.3: {_month(_before(c, 4))} | Published: {c.printed_date()}")
    d.add("h1", "About this summary")
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 15))}. {s.child}'s older "
          f"sibling, {sibling}, was also living at home. This summary of the Local Child Safeguarding Practice Review, "
          f"written by {s.author}, was agreed by the safeguarding partners in {_month(_before(c, 2))}.")  # fmt: skip
    d.add("h1", "In the family's words")
    d.add("p", "\u201cWe want workers to listen to grandparents. We told people we were worried and nobody came back "
          "to us. Every family should have one person they can call.\u201d")  # fmt: skip
    d.add("h1", "What we learned")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    d.add("h1", "What went well")
    for g in _good(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "What we have done")
    for text in (
        "We have published a guide for practitioners on working with wider family members.",
        "We have asked every agency to check that its staff know the escalation procedure.",
    ):
        d.add("bullet", text)


BUILDERS = {
    f"C{int(name[1:]):03d}": _of_its_time(_printed_only(_named(fn)))
    for name, fn in list(globals().items())
    if re.fullmatch(r"c(96[1-9]|97\d)", name)
}
