"""Corpus generator: the sixth blind held-out set of conventions, C133-C150 of corpus/CONVENTIONS.md.

Written on 2026-12-05 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. Each builder lays out one document the way published English
reviews and their companions (SCIE Learning Together reports, GOV.UK pages of
the Panel's national reviews, NSPCC "learning from case reviews" briefings,
slide decks, reviews on a page, joint children's and adults' reviews) print
their lessons, and declares every lesson as a careful reader of that
document would record it: kind, printed label, heading (title) where there
is one, agency where the document gives one, and the metadata the document
itself prints.

The set uses only element kinds the earlier writers already draw (headings,
paragraphs, run-in labels, bullets, numbered items, boxes, table rows, the
two-lesson table row of conv_blind2 and landscape pages), so no writer is
changed and documents of earlier sets come out as before.
"""

from __future__ import annotations

import re

from . import narrative
from .conv_blind import earlier, sentences
from .conv_common import (
    background,
    draw_recs,
    draw_statements,
    findings,
    headed_learning,
    long_date,
    numbered_recs,
    other_person,
    printed_only,
    pub_full,
    rec_bullets,
    shift,
    statement_bullets,
)
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import TYPE_NAMES, Ctx

# Column widths of this set's tables (fractions of the frame width, portrait pages).
COLUMN_WIDTHS.update(
    {
        "b6chron": ((0.14, 0.43, 0.43), False),
        "b6gp": ((0.26, 0.74), False),
        "b6key": ((0.18, 0.82), False),
        "b6sos": ((1 / 3, 1 / 3, 1 / 3), False),
        "b6fam": ((0.22, 0.58, 0.2), False),
        "b6panel": ((0.5, 0.5), False),
    }
)
# The six types of finding of the SCIE Learning Together model.
SCIE_TYPES = (
    "Innovative and inter-professional working",
    "Family-professional interaction",
    "Tools",
    "Management systems",
    "Professional norms and culture",
    "Responses to incidents",
)
NOT_PECULIAR = (
    "Practitioners at the learning event said that this happens in other cases too, and the partnership's "
    "audit of twelve cases found the same pattern in seven of them.",
    "Senior managers confirmed that the same issue has been raised in supervision audits across the "
    "partnership over the last two years.",
    "The issue was seen in two earlier local reviews, and front-line staff described it as typical of "
    "their day-to-day work.",
    "Data provided by the agencies show that this is not unusual: it was present in a third of the "
    "cases dip-sampled for the review.",
)
WIDER = (
    "National reviews and the Panel's annual reports describe similar difficulties across England.",
    "Research on serious case reviews has found the same pattern in many other areas.",
)
TOPICS = {
    "NAI": "Infants",
    "SUDI": "Sudden unexpected death in infancy",
    "NEGLECT": "Neglect",
    "DA": "Domestic abuse",
    "CCE": "Criminal exploitation",
    "PARENTAL": "Parental mental health",
    "CSE": "Child sexual exploitation",
}
RISK_FACTORS = {
    "NAI": ("young parents", "a new partner in the household", "a history of domestic abuse", "a crying baby"),
    "SUDI": ("parental alcohol or drug use", "co-sleeping on a sofa", "overcrowded housing", "smoking in the home"),
    "NEGLECT": ("poor school attendance", "missed health appointments", "poor home conditions", "parental drug use"),
    "DA": ("coercive control", "separation from the abusive partner", "pregnancy", "repeated police call-outs"),
    "CCE": ("exclusion from school", "going missing", "older associates", "being found in another county"),
    "PARENTAL": ("parental mental ill-health", "parental alcohol use", "social isolation", "disengagement"),
    "CSE": ("going missing", "older boyfriends", "online contact with adults", "exclusion from school"),
}
REFERENCES = (
    "Brandon, M. et al. (2020) Complexity and challenge: a triennial analysis of SCRs 2014-2017. "
    "London: Department for Education.",
    "Child Safeguarding Practice Review Panel (2021) Annual report 2020. London: Department for Education.",
    "HM Government (2018) Working together to safeguard children. London: Department for Education.",
)
AGENCY_CODES = {
    "Children's Social Care": "CSC",
    "Integrated Care Board": "ICB",
    "Police": "POL",
    "Education": "EDU",
    "Acute Trust": "ACT",
    "Mental Health Trust": "MHT",
    "Public Health": "PH",
    "Health visiting service": "HV",
    "Housing Service": "HSG",
    "Probation Service": "PRO",
    "Youth Justice Service": "YJS",
}
# The partnership's priorities and procedures a learning item links to, by its first matching theme.
PRIORITIES = (
    ("harm.neglect", "Partnership priority 2 \u2013 Neglect"),
    ("fam.domestic_abuse", "Partnership priority 4 \u2013 Domestic abuse"),
    ("efh.cce_county_lines", "Partnership priority 3 \u2013 Exploitation"),
    ("efh.cse", "Partnership priority 3 \u2013 Exploitation"),
    ("", "Partnership priority 1 \u2013 Early help"),
)
PROCEDURES = (
    ("harm.nai_infant", "Bruising in non-mobile babies protocol"),
    ("harm.sudi_safer_sleep", "Safer sleep guidance"),
    ("assess.critical_thinking_challenge", "Resolving professional disagreements (escalation) policy"),
    ("harm.neglect", "Neglect strategy and toolkit"),
    ("multi.information_sharing", "Information sharing guidance"),
    ("", "Multi-agency child protection procedures"),
)


def _link(table: tuple, themes) -> str:
    return next(name for theme, name in table if not theme or theme in themes)


def _months(age: str) -> int:
    n, unit = age.split(" ", 1)
    return int(n) * 12 if unit.startswith("year") else int(n) if unit.startswith("month") else int(n) // 4


def _gp_agency(text: str) -> str:
    """The agency a good-practice example is about, as a table's Agency column would name it."""
    t = text.lower()
    for words, agency in (
        (("gp ", "general practi"), "General practice"),
        (("midwi",), "Midwifery"),
        (("health visit",), "Health visiting"),
        (("paediatric", "hospital", "emergency department"), "Acute hospital"),
        (("police", "officer"), "Police"),
        (("school", "teacher", "designated safeguarding lead"), "School"),
        (("social work",), "Children's social care"),
    ):
        if any(w in t for w in words):
            return agency
    return "Multi-agency"


def _acronym(name: str) -> str:
    """ "Tameside Safeguarding Children Partnership" -> "TSCP"."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


# --- the conventions --------------------------------------------------------------------------


def c133(c: Ctx) -> None:  # SCIE finding: heading, the finding in a box, evidence sub-sections, type of finding
    d = c.doc
    c.cover("reviewer")
    c.front_matter()
    d.add("h1", "Findings")
    d.add(
        "p",
        "The review used the Learning Together model. Each finding is stated in the box under its heading; "
        "the sections that follow set out the evidence for it.",
    )
    for i, st in enumerate(draw_statements(c, 4), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        d.add("box", st.body, key, label="The finding")
        d.add("small", f"Type of finding: {SCIE_TYPES[(i + len(c.spec.name)) % len(SCIE_TYPES)]}")
        d.add("h3", "How did the issue feature in this case?")
        c.narrative(narrative.CHRONOLOGY, 1)
        d.add("h3", "How do we know it is not peculiar to this case?")
        d.add("p", NOT_PECULIAR[(i - 1) % len(NOT_PECULIAR)])
        d.add("h3", "What is known about this issue more widely?")
        d.add("p", WIDER[i % len(WIDER)])


def c134(c: Ctx) -> None:  # cover with date of birth and date of incident (event dates); age in the narrative
    d, s = c.doc, c.spec
    incident = 20
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Child: {s.child}")
    d.add("cover", f"Date of birth: {earlier(c, incident + _months(s.age))}")
    d.add("cover", f"Date of incident: {earlier(c, incident)}")
    d.add("cover", f"Review completed: {earlier(c, 3)}")
    d.add("cover", f"Date of publication: {c.printed_date()}")
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("pagebreak")
    n = c.front_matter(numbered=True)
    d.add("h1", f"{n}. Lessons identified")
    for j, st in enumerate(draw_statements(c, 4), 1):
        label = f"{n}.{j}"
        d.add("num", st.body, d.lesson("learning_point", label, st.body, st.themes), label=label)
    recs = draw_recs(c, 3)
    d.add("h1", f"{n + 1}. Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"))
    for j, r in enumerate(recs, 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency))


def c135(c: Ctx) -> None:  # the author only in "The independent reviewer" sub-section; a named panel chair
    d, s = c.doc, c.spec
    chair = other_person(c, 5)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", "Final report")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "1. Introduction")
    d.add("h2", "1.1 Why this review was undertaken")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("h2", "1.2 The independent reviewer")
    d.add(
        "p",
        f"The review was led by {s.author}, an independent reviewer. The reviewer is a registered social "
        "worker with over twenty years' experience in child protection and has no connection with any of "
        "the agencies involved in this review.",
    )
    d.add("h2", "1.3 The review panel")
    d.add(
        "p",
        f"The review panel was chaired by {chair}, Designated Nurse for Safeguarding Children, and met five "
        "times. Its members were:",
    )
    d.add("header", cells=("Role", "Agency"), label="b6panel")
    for row in (
        ("Designated Nurse (Chair)", "Integrated Care Board"),
        ("Head of Service, Safeguarding", "Children's Social Care"),
        ("Detective Inspector", "Police"),
        ("Named Nurse", "Acute Trust"),
        ("Partnership Business Manager", "Safeguarding Partnership"),
    ):
        d.add("row", cells=row, label="b6panel")
    background(c, "2. Background")
    d.add("h1", "3. Lessons")
    for i, st in enumerate(draw_statements(c, 4), 1):
        key = d.lesson("learning_point", f"Lesson {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Lesson {i} \u2013 {st.title}", key)
        d.add("p", st.body, key)
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"4.{j}", r.text, r.themes), label=f"4.{j}")


def c136(c: Ctx) -> None:  # a GOV.UK publication page of a Panel national review
    d = c.doc
    pub = pub_full(c)
    updated = shift(pub, -1)
    d.meta["published"] = pub
    d.add("cover", "Independent report")
    d.add("title", d.meta["title"])
    d.add("cover", "From: Child Safeguarding Practice Review Panel")
    d.add("cover", f"Published {long_date(pub)}")
    d.add("cover", f"Last updated {long_date(updated)} \u2014 See all updates")
    d.add("cover", "Applies to England")
    d.add("h1", "Documents")
    d.add("p", f"{d.meta['title']} (PDF, 1.4 MB, 74 pages)")
    d.add("small", "This file may not be suitable for users of assistive technology. Request an accessible format.")
    d.add("h1", "Details")
    d.add(
        "p",
        "The Child Safeguarding Practice Review Panel looked at serious incidents notified by local "
        "safeguarding partners, and held conversations with practitioners, families and national experts.",
    )
    d.add("p", "The review found that:")
    statement_bullets(c, draw_statements(c, 4), "finding")
    recs = draw_recs(c, 3)
    d.add("p", f"The review makes {len(recs)} recommendations to government and to local safeguarding partners:")
    rec_bullets(c, recs)
    d.add("h1", "Updates to this page")
    d.add("small", f"Published {long_date(pub)}")
    d.add("small", f"Last updated {long_date(updated)} + show all updates")
    d.add("small", f"{long_date(updated)}: Accessible version of the report added.")


def c137(c: Ctx) -> None:  # a chronology table Date / What happened / Learning: learning in some rows only
    d = c.doc
    c.cover()
    d.add("h1", "Introduction")
    c.narrative(narrative.INTRO, 2)
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "Chronology of key events and learning")
    d.add(
        "p",
        "The table sets out the key events in date order. Where the review identified learning from an event, "
        "it is given in the third column.",
    )
    d.add("header", cells=("Date", "What happened", "Learning"), label="b6chron")
    events = narrative.pick(c.rng, narrative.CHRONOLOGY, 7)
    sts = draw_statements(c, 4)
    for i, event in enumerate(events):
        date = earlier(c, 30 - 4 * i)
        if i in (1, 2, 4, 6):
            st = sts.pop(0)
            key = d.lesson("learning_point", "", st.body, st.themes)
            d.add("row", keys=key, cells=(date, c.fill(event), st.body), label="b6chron")
        else:
            d.add("row", cells=(date, c.fill(event), ""), label="b6chron")
    numbered_recs(c)


def c138(c: Ctx) -> None:  # "Missed opportunity N (Month Year): title" findings
    d = c.doc
    c.cover("reviewer")
    c.front_matter()
    d.add("h1", "Missed opportunities")
    d.add(
        "p",
        "The review identified four points at which agencies could have acted differently. They are set out "
        "in date order; the date is that of the events the finding is about.",
    )
    for i, st in enumerate(draw_statements(c, 4), 1):
        key = d.lesson("finding", f"Missed opportunity {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Missed opportunity {i} ({earlier(c, 34 - 6 * i)}): {st.title}", key)
        d.add("p", st.body, key)
    numbered_recs(c)


def c139(c: Ctx) -> None:  # good practice in an Agency / Good practice identified table
    d = c.doc
    c.cover("reviewer")
    c.front_matter()
    d.add("h1", "Good practice")
    d.add("p", "The review found examples of good practice by individual agencies. They are set out below.")
    d.add("header", cells=("Agency", "Good practice identified"), label="b6gp")
    for g in c.gps(4):
        key = d.lesson("good_practice", "", g.text, g.themes)
        d.add("row", keys=key, cells=(_gp_agency(g.text), g.text), label="b6gp")
    d.add("h1", "Key learning")
    statement_bullets(c, draw_statements(c, 3))
    recs = draw_recs(c, 3)
    d.add("h1", "Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"))
    for j, r in enumerate(recs, 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency))


def c140(c: Ctx) -> None:  # single-agency (IMR) recommendations labelled by agency codes, with a key
    d = c.doc
    c.cover()
    c.front_matter()
    findings(c, draw_statements(c, 3))
    recs = draw_recs(c, 9)
    overview = [r for r in recs if r.agency not in AGENCY_CODES][:3]
    single = [r for r in recs if r.agency in AGENCY_CODES][:4]
    d.add("h1", "Overview recommendations")
    for j, r in enumerate(overview, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "Appendix 1: Single agency recommendations")
    d.add(
        "p",
        "Each agency that provided an individual management review (IMR) made recommendations for its own "
        "practice. They are listed by the agency's code.",
    )
    d.add("h2", "Key to agency codes")
    d.add("header", cells=("Code", "Agency"), label="b6key")
    for agency in dict.fromkeys(r.agency for r in single):
        d.add("row", cells=(AGENCY_CODES[agency], agency), label="b6key")
    d.add("h2", "IMR recommendations")
    count: dict[str, int] = {}
    for r in single:
        code = AGENCY_CODES[r.agency]
        count[code] = count.get(code, 0) + 1
        label = f"{code}{count[code]}"
        d.add("num", r.text, d.lesson("recommendation", label, r.text, r.themes, r.agency), label=label)


def c141(c: Ctx) -> None:  # a briefing slide deck: one landscape slide per learning, its sentences as bullets
    d, s = c.doc, c.spec
    d.meta.update(title=f"{s.child}: learning from the review", review_type="briefing")
    d.footer = "Slide {x} of {y}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Briefing for practitioners | {c.printed_date()}")
    d.add("landscape")
    d.add("h1", "What we will cover")
    for item in ("About the review", "What we learned", "What will change", "Questions for your team"):
        d.add("bullet", item)
    d.add("landscape")
    d.add("h1", "About the review")
    d.add("bullet", f"{TYPE_NAMES.get(s.review_type, 'Review')} commissioned by the {c.partnership}")
    d.add("bullet", f"Lead reviewer: {s.author}")
    d.add("bullet", f"Published: {c.printed_date()}")
    d.add("bullet", c.fill(narrative.BACKGROUND[s.scenario]))
    for i, st in enumerate(draw_statements(c, 4), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("landscape")
        d.add("h1", f"Learning {i}: {st.title}", key)
        for sentence in sentences(st.body):
            d.add("bullet", sentence, key)
    d.add("landscape")
    d.add("h1", "What will change")
    rec_bullets(c, draw_recs(c, 3))
    d.add("landscape")
    d.add("h1", "Questions for your team")
    d.add("bullet", "Which of these lessons applies to a family you are working with now?")
    d.add("bullet", "What will you do differently after today?")


def c142(c: Ctx) -> None:  # a review on a page: boxes headed by the learning's title, an "About the review" box
    d, s = c.doc, c.spec
    d.meta.update(title=f"Review on a page: {s.child}", review_type="briefing")
    d.add("title", d.meta["title"])
    d.add("cover", f"{c.partnership} | Published {c.printed_date()}")
    d.add(
        "box",
        f"Review type: {TYPE_NAMES.get(s.review_type, 'Review')}. Lead reviewer: {s.author}. "
        f"{c.fill(narrative.BACKGROUND[s.scenario])}",
        label="About the review",
    )
    d.add("h1", "What we learned")
    for st in draw_statements(c, 4):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("box", st.body, key, label=st.title)
    d.add("h1", "What will change")
    rec_bullets(c, draw_recs(c, 3))
    d.add("box", "Read the full report and the 7-minute briefing on the partnership's website.", label="Find out more")


def c143(c: Ctx) -> None:  # Signs of Safety table: worried about / working well / needs to happen, three lessons a row
    d = c.doc
    c.cover()
    d.add("h1", "Introduction")
    c.narrative(narrative.INTRO, 2)
    background(c)
    d.add("h1", "Learning summary")
    d.add(
        "p",
        "The partnership uses the Signs of Safety practice framework, and the review's learning is set out in "
        "its three columns: what the review is worried about, what was working well, and what needs to happen.",
    )
    d.add(
        "header", cells=("What are we worried about?", "What is working well?", "What needs to happen?"), label="b6sos"
    )
    for st, g, r in zip(draw_statements(c, 3), c.gps(3), draw_recs(c, 3)):
        keys = (
            d.lesson("finding", "", st.body, st.themes),
            d.lesson("good_practice", "", g.text, g.themes),
            d.lesson("recommendation", "", r.text, r.themes),
        )
        d.add("duorow" if c.spec.fmt == "pdf" else "row", keys=keys, cells=(st.body, g.text, r.text), label="b6sos")
    d.add("h1", "Scaling")
    d.add(
        "p",
        "On a scale of 0 to 10, where 10 means the partnership is confident that the learning is embedded, "
        "practitioners at the learning event placed the partnership at 4.",
    )


def c144(c: Ctx) -> None:  # each learning followed by a small "Links to:" line (priority, procedure): never part of it
    d = c.doc
    c.cover()
    c.front_matter()
    d.add("h1", "What we learned")
    for st in draw_statements(c, 4):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
        d.add("small", f"Links to: {_link(PRIORITIES, st.themes)} | Procedure: {_link(PROCEDURES, st.themes)}")
    d.add("h1", "What the partnership will do")
    rec_bullets(c, draw_recs(c, 3))


def c145(c: Ctx) -> None:  # a family key table: siblings' and adults' ages beside the child's
    d, s = c.doc, c.spec
    c.cover()
    d.add("h1", "Introduction")
    c.narrative(narrative.INTRO, 2)
    d.add("h1", "The family")
    d.add("p", "The family members referred to in this report are:")
    d.add("header", cells=("Name used", "Relationship", "Age at the time"), label="b6fam")
    months = _months(s.age)
    sibling = f"{months // 12 + 3} years" if months >= 12 else "3 years"
    for row in (
        (s.child, "The child who is the subject of this review", s.age),
        ("Sibling 1", f"{s.child}'s older brother", sibling),
        ("Mother", f"{s.child}'s mother", f"{24 + months // 12} years"),
        ("Mr B", "Mother's partner", f"{29 + months // 12} years"),
    ):
        d.add("row", cells=row, label="b6fam")
    background(c)
    d.add("h1", "Findings")
    for st in draw_statements(c, 3):
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    numbered_recs(c)


def c146(c: Ctx) -> None:  # an NSPCC "<topic>: learning from case reviews" briefing
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    year = int(s.published[:4])
    d.meta.update(title=f"{topic}: learning from case reviews", review_type="briefing")
    d.add("title", d.meta["title"])
    d.add("cover", f"Summary of risk factors and learning for improved practice around {topic.lower()}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("h1", "About this briefing")
    d.add(
        "p",
        "This briefing summarises the learning from case review reports where "
        f"{topic.lower()} was a key factor. It is an analysis by the NSPCC Information Service of case reviews "
        f"published in England between {year - 4} and {year - 1}.",
    )
    d.add("h1", "Reasons case reviews were commissioned")
    d.add(
        "p",
        "The reviews concern children who died or were seriously harmed, where abuse or neglect was known or "
        "suspected and there were concerns about how agencies had worked together.",
    )
    d.add("h1", "Risk factors")
    d.add("p", "Risk factors present in the families included:")
    for factor in RISK_FACTORS[s.scenario]:
        d.add("bullet", factor)
    headed_learning(c, draw_statements(c, 4), "Learning for improved practice")
    d.add("h1", "References")
    for ref in REFERENCES:
        d.add("bullet", ref)
    d.add("small", f"Please cite as: NSPCC ({year}) {d.meta['title']}. London: NSPCC.")


def c147(c: Ctx) -> None:  # the review type only in the statutory basis the introduction cites
    d, s = c.doc, c.spec
    d.meta["title"] = f"Learning from the experiences of {s.child}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Date of publication: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "1. Introduction")
    d.add(
        "p",
        "This review was undertaken under section 16F of the Children Act 2004 and chapter 4 of Working "
        "Together to Safeguard Children 2018, which set out when the safeguarding partners must arrange a "
        "review of a serious child safeguarding case.",
    )
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("p", c.fill(narrative.INTRO[3]))
    background(c, "2. Background")
    d.add("h1", "3. Learning")
    for j, st in enumerate(draw_statements(c, 4), 1):
        d.add("num", st.body, d.lesson("learning_point", f"3.{j}", st.body, st.themes), label=f"3.{j}")
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"4.{j}", r.text, r.themes), label=f"4.{j}")


def c148(c: Ctx) -> None:  # recommendations numbered, each opening with its lead agency in bold
    d = c.doc
    c.cover("reviewer")
    c.front_matter()
    findings(c, draw_statements(c, 3))
    d.add("h1", "Recommendations")
    d.add("p", "Each recommendation names the agency that will lead on it.")
    for j, r in enumerate(draw_recs(c, 4), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("runin", r.text, key, label=f"{j}. {r.agency}:")


def c149(c: Ctx) -> None:  # a joint children's review and Safeguarding Adults Review by two lead reviewers
    d, s = c.doc, c.spec
    second = other_person(c, 7)
    authors = f"{s.author} and {second}"
    d.meta.update(title=f"Joint {TYPE_NAMES[s.review_type]} and Safeguarding Adults Review: {s.child}", author=authors)
    d.add("cover", f"{c.partnership} and {s.area} Safeguarding Adults Board")
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewers: {authors}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add(
        "p",
        f"This joint review was commissioned by the {c.partnership} and the {s.area} Safeguarding Adults Board, "
        f"because the circumstances of {s.child} and of {s.child}'s mother met the criteria for both reviews.",
    )
    background(c)
    d.add("h1", "Learning")
    sts = draw_statements(c, 4)
    for heading, group in (("Learning for children's services", sts[:2]), ("Learning for adult services", sts[2:])):
        d.add("h2", heading)
        statement_bullets(c, group)
    numbered_recs(c, 3, "Joint recommendations")


def c150(c: Ctx) -> None:  # the partnership only as an acronym; its full name only in the glossary
    d, s = c.doc, c.spec
    short = _acronym(c.partnership)
    c.words.update(partnership=short, area="the area")
    d.header = f"{short} | {d.meta['title']}"
    d.add("cover", short)
    d.add("title", d.meta["title"])
    d.add("cover", f"Author: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[0]))
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "Learning")
    for i, st in enumerate(draw_statements(c, 4), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}. {st.title}", key)
        d.add("p", st.body, key)
    d.add("h1", "Recommendations")
    d.add("p", f"The review makes the following recommendations to the {short}.")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "Glossary of abbreviations")
    d.add("header", cells=("Abbreviation", "Meaning"), label="b6key")
    for abbr, meaning in sorted(list(narrative.GLOSSARY[4:12:2]) + [(short, c.partnership)]):
        d.add("row", cells=(abbr, meaning), label="b6key")


BUILDERS = {
    f"C{int(name[1:]):02d}": printed_only(fn) for name, fn in globals().items() if re.fullmatch(r"c\d{3}", name)
}
