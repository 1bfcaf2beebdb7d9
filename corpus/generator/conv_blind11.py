"""Corpus generator: the eleventh blind held-out set of conventions, C223-C240 of corpus/CONVENTIONS.md.

Written on 2026-12-05 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. Each builder lays out one document the way published English
reviews and their companions print their lessons and metadata (a Scottish
learning review re-published by an English partnership, a joint domestic
homicide review and LCSPR, findings tables with evidence and impact columns,
pull quotes, explainer side boxes, recommendations in lettered parts, issues
for national consideration, commendations, a foreword by the independent
scrutineer, a family's statement, a timeline of the review's own dates), and
declares every lesson as a careful reader of that document would record it:
kind, printed label, heading (title) where there is one, agency where the
document gives one, and the metadata the document itself prints.

The set uses only element kinds the earlier writers already draw (cover and
title lines, headings, paragraphs, run-in labels, bullets, numbered items,
boxes, small print, table rows and page breaks), so no writer is changed and
documents of earlier sets come out as before.
"""

from __future__ import annotations

import re

from . import narrative
from .conv_blind import sentences
from .conv_common import age_years as _years
from .conv_common import draw_fitting_gps as _gps
from .conv_common import draw_fitting_statements as _sts
from .conv_common import draw_recs as _recs
from .conv_common import front as _front
from .conv_common import headed_learning
from .conv_common import long_date as _long
from .conv_common import named as _named
from .conv_common import numbered_recs as _numbered_recs
from .conv_common import other_person as _other_person
from .conv_common import printed_only as _printed_only
from .conv_common import pub_full as _pub_full
from .conv_common import service_of as _service
from .conv_common import shift as _shift
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import MONTHS, Ctx

# Column widths of this set's tables (fractions of the frame width; True: a landscape page).
COLUMN_WIDTHS.update(
    {
        "b11fei": ((0.36, 0.34, 0.3), False),
        "b11who": ((0.68, 0.32), False),
        "b11why": ((0.3, 0.4, 0.3), False),
        "b11dates": ((0.55, 0.45), False),
    }
)
SCOTTISH_AREAS = ("Dumfries and Galloway", "Scottish Borders", "South Lanarkshire", "Fife")
EVIDENCE = (
    "Records show the information was held by one agency and not passed on.",
    "Practitioners at the learning event described the same gap in their own services.",
    "The chronology shows four contacts in which the question was not asked.",
    "The agency's own review reached the same conclusion.",
)
IMPACT = (
    "The risk to the child was not understood as a whole.",
    "Decisions were made on partial information.",
    "The child's daily experience went unseen for several months.",
    "Help for the family was delayed.",
)
# C227: who needs to know a learning point, by what it speaks of (first match wins).
AUDIENCES = (
    (r"\bpolice\b", "Police public protection officers"),
    (r"\bschool|pupil|designated safeguarding lead", "Designated safeguarding leads in schools"),
    (r"\bGP\b|health visitor|midwi|maternity|\bbaby|infant|paediatric", "GP practices and health visitors"),
    (r"referral|\bMASH\b|threshold|assessment|social worker|social care", "Front-door and duty social work teams"),
)


def _audience(text: str) -> str:
    return next((who for pattern, who in AUDIENCES if re.search(pattern, text, re.I)), "All practitioners")


WHY = (
    "The review found that practitioners were unsure what was expected of them.",
    "Current procedures do not say who should act when agencies disagree.",
    "The learning event showed the same gap in every agency.",
)
OUTCOME = (
    "Practitioners can show, in audit, that the step is taken.",
    "Fewer cases drift without a decision.",
    "Families report that they were asked and listened to.",
)
ALREADY = (
    "The health visiting service has added a prompt to its contact template.",
    "Children's social care has changed its single assessment form.",
    "The police have issued a briefing to all response officers.",
    "The school has reviewed its safeguarding training for all staff.",
)
EXPLAINERS = (
    (
        "What is a strategy discussion?",
        "A strategy discussion is held when there is reasonable cause to suspect that a child is suffering, or "
        "is likely to suffer, significant harm. Children's social care, the police and health take part.",
    ),
    (
        "What is early help?",
        "Early help means support for a family as soon as problems emerge, from agencies such as schools, "
        "health visitors and family hubs, before the threshold for statutory services is reached.",
    ),
    (
        "What is a child protection conference?",
        "A meeting of the family and professionals that decides whether a child should be subject to a child "
        "protection plan.",
    ),
)
# Issues for national consideration (C229): recommendations to national bodies, with their themes.
NATIONAL = (
    (
        "The Department for Education should consider requiring, in statutory guidance rather than local "
        "procedure, that health takes part in every strategy discussion.",
        ("multi.coordination", "assess.thresholds_cp_processes", "org.policy_guidance"),
    ),
    (
        "The Department of Health and Social Care should work with NHS England so that the records held by "
        "GPs, hospitals and community health services can be seen together by safeguarding practitioners.",
        ("multi.information_sharing", "multi.record_keeping", "agency.universal_health"),
    ),
    (
        "National guidance should set out how a child protection plan transfers when a family moves between "
        "local authority areas, so that no child is left without a plan.",
        ("multi.cross_boundary_transfer", "org.policy_guidance"),
    ),
)


def _cover_full(c: Ctx) -> None:
    """Partnership, title, author and publication; a page break in paged formats."""
    d, s = c.doc, c.spec
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")


def _headed_learning(c: Ctx, n: int = 3, heading: str = "Learning") -> None:
    headed_learning(c, _sts(c, n), heading)


# --- the conventions --------------------------------------------------------------------------


def c223(c: Ctx) -> None:  # a Scottish-model learning review re-published by the English partnership
    d, s = c.doc, c.spec
    scot = SCOTTISH_AREAS[len(s.name) % len(SCOTTISH_AREAS)]
    if s.published[:4] >= "2021":  # Scotland's learning reviews replaced significant case reviews in 2021
        name, guidance = "Learning Review", "Learning Reviews (2021)"
    else:
        name, guidance = "Significant Case Review", "Conducting a Significant Case Review"
    d.meta.update(title=f"{name}: {s.child}", review_type="other")
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Published in England: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Why this review is published here")
    english = "Local Child Safeguarding Practice Review" if s.review_type == "LCSPR" else "Serious Case Review"
    d.add(
        "p",
        f"This {name.lower()} was commissioned by the {scot} Child Protection Committee under the National "
        f"Guidance for Child Protection Committees: {guidance}. The incident happened while {s.child} and the "
        f"family were staying with relatives in Scotland; they lived in {s.area}, and several English agencies "
        f"took part. The {c.partnership} has agreed with the committee to publish the review for practitioners "
        f"in England. It is not a {english}.",
    )
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[3]))
    d.add("h1", "Methodology")
    d.add("p", c.fill(narrative.METHOD[0]))
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    c.narrative(narrative.CHRONOLOGY, 2)
    d.add("h1", "Key learning for the Child Protection Committee and its partners")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Recommendations")
    d.add("p", "The review makes the following recommendations, which apply on both sides of the border:")
    for r in _recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "Response of the English partners")
    d.add(
        "p",
        f"The {c.partnership} has shared this review with its subgroups and will report progress on the "
        "recommendations to its executive group.",
    )


def c224(c: Ctx) -> None:  # a findings table Finding / Evidence / Impact: the Finding cell is the finding
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    d.add(
        "p",
        "The table sets out each finding with the evidence from this case that supports it and the impact "
        "it had on the child.",
    )
    d.add("header", cells=("Finding", "Evidence", "Impact"), label="b11fei")
    for i, st in enumerate(_sts(c, 3)):
        key = d.lesson("finding", "", st.body, st.themes)
        k = (i + len(c.spec.name)) % 4
        d.add("row", keys=key, cells=(st.body, EVIDENCE[k], IMPACT[k]), label="b11fei")
    _numbered_recs(c)


def c225(c: Ctx) -> None:  # pull quotes repeating a finding's sentence in a box between findings (never lessons)
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
        quote = sentences(st.body)[-1]
        d.add("box", f"“{quote}”", label="")
    _numbered_recs(c)


def c226(c: Ctx) -> None:  # "Child Safeguarding Practice Review: Child X" with no "Local": an LCSPR by the Regulations
    d, s = c.doc, c.spec
    if s.review_type == "LCSPR":
        d.meta["title"] = f"Child Safeguarding Practice Review: {s.child}"
        basis = (
            "This review was undertaken by the safeguarding partners under the Child Safeguarding Practice Review "
            "and Relevant Agency (England) Regulations 2018 and Working Together to Safeguard Children."
        )
    else:
        d.meta["title"] = f"Safeguarding Practice Review: {s.child}"
        basis = (
            "This review was undertaken under Regulation 5 of the Local Safeguarding Children Boards Regulations "
            "2006; it is a Serious Case Review."
        )
    c.cover("reviewer")
    d.add("h1", "Introduction")
    d.add("p", basis)
    d.add("p", c.fill(narrative.INTRO[3]))
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    c.narrative(narrative.CHRONOLOGY, 2)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)


def c227(c: Ctx) -> None:  # a learning table Learning / Who needs to know (the audience is never an agency)
    d = c.doc
    _cover_full(c)
    _front(c)
    d.add("h1", "What we have learned")
    d.add("header", cells=("Learning", "Who needs to know"), label="b11who")
    for st in _sts(c, 4):
        key = d.lesson("learning_point", "", st.body, st.themes)
        d.add("row", keys=key, cells=(st.body, _audience(st.body)), label="b11who")
    _numbered_recs(c)


def c228(
    c: Ctx,
) -> None:  # "Recommendation N" headings, each with lettered parts "(a)", "(b)": each part a recommendation
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 2), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations")
    d.add(
        "p",
        "Each recommendation has parts addressed to different agencies; each part is to be reported on "
        "separately in the action plan.",
    )
    recs = _recs(c, 5)
    for j, group in enumerate((recs[:2], recs[2:5]), 1):
        d.add("h2", f"Recommendation {j}")
        for k, r in enumerate(group):
            letter = "abc"[k]
            key = d.lesson("recommendation", f"{j}({letter})", r.text, r.themes)
            d.add("num", r.text, key, label=f"({letter})")


def c229(c: Ctx) -> None:  # "Issues for national consideration" N1, N2 after the local recommendations
    d = c.doc
    _cover_full(c)
    _front(c)
    _headed_learning(c)
    lcspr = c.spec.review_type == "LCSPR"
    _numbered_recs(c, 3, "Recommendations for the safeguarding partners" if lcspr else "Recommendations for the Board")
    d.add("h1", "Issues for national consideration")
    d.add(
        "p",
        "The review identified matters that local partners cannot resolve alone. They are drawn to the "
        "attention of "
        + ("the Child Safeguarding Practice Review Panel and the Department for Education." if lcspr else "government.")
        + " They are addressed to national bodies rather than to local agencies.",
    )
    first = len(c.spec.name) % len(NATIONAL)
    for j in (1, 2):
        text, themes = NATIONAL[(first + j) % len(NATIONAL)]
        d.add("runin", text, d.lesson("recommendation", f"N{j}", text, themes), label=f"N{j}")


def c230(c: Ctx) -> None:  # "Commendations": good practice the review commends, numbered
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Commendations")
    d.add("p", "The review wishes to commend the following practice, which made a difference to the child:")
    for i, g in enumerate(_gps(c, 3), 1):
        d.add("num", g.text, d.lesson("good_practice", str(i), g.text, g.themes), label=f"{i}.")
    c.rec_table("Recommendations", _recs(c, 3))


def c231(c: Ctx) -> None:  # a joint domestic homicide review and LCSPR: recommendations by commissioning partnership
    d, s = c.doc, c.spec
    kind = "Local Child Safeguarding Practice Review" if s.review_type == "LCSPR" else "Serious Case Review"
    d.meta["title"] = f"Joint Domestic Homicide Review and {kind}: {s.child}"
    d.header = f"DHR / {'LCSPR' if s.review_type == 'LCSPR' else 'SCR'} {s.child}"
    d.add("cover", f"{s.area} Community Safety Partnership")
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent chair and author: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add(
        "p",
        f"This joint review was commissioned by the {s.area} Community Safety Partnership, under section 9 of the "
        f"Domestic Violence, Crime and Victims Act 2004, and by the {c.partnership}. It considers the death of "
        f"Adult Y, aged 34, the mother of {s.child}, and the help that {s.child} received. The Home Office "
        "Quality Assurance Panel considered the report before publication.",
    )
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    c.narrative(narrative.CHRONOLOGY, 2)
    d.add("h1", "Lessons to be learned")
    for i, st in enumerate(_sts(c, 4), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Recommendations")
    recs = _recs(c, 4)
    d.add("h2", "Recommendations for the Community Safety Partnership")
    for j, r in enumerate(recs[:2], 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h2", f"Recommendations for the {c.partnership}")
    for j, r in enumerate(recs[2:], 3):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c232(c: Ctx) -> None:  # a foreword signed by the independent scrutineer (never the author, never lessons)
    d, s = c.doc, c.spec
    scrutineer = _other_person(c, 5)
    role = "Independent Scrutineer" if s.review_type == "LCSPR" else "Independent Chair of the Board"
    partners = "the safeguarding partners have" if s.review_type == "LCSPR" else "the Board has"
    pub = _pub_full(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Foreword")
    d.add(
        "p",
        f"As {role.lower().replace('independent', 'the independent')} I welcome this review. It asks hard "
        f"questions of every agency, and {partners} accepted its findings in full. I will report on the "
        f"difference the recommendations make for children in {s.area}.",
    )
    d.add("p", f"{scrutineer}, {role}, {MONTHS[int(_shift(pub, 2)[5:7]) - 1]} {_shift(pub, 2)[:4]}")
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("p", f"The review was written by {s.author}, who is independent of the agencies involved.")
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    c.narrative(narrative.CHRONOLOGY, 2)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)


def c233(c: Ctx) -> None:  # learning, each followed by a run-in "Action already taken:" (never a lesson)
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Learning")
    d.add(
        "p",
        "Agencies did not wait for the review to finish. Where an agency has already acted on the learning, "
        "the action is noted after it.",
    )
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        d.add("p", st.body, key)
        action = ALREADY[(i + len(c.spec.name)) % len(ALREADY)]
        if _years(c.spec.age) >= 5:  # health visitors see the under-fives; school nurses the older child
            action = action.replace("health visiting", "school nursing")
        else:
            action = action.replace("The school", "The GP practice")
        d.add("runin", action, label="Action already taken:")
    _numbered_recs(c)


def c234(c: Ctx) -> None:  # the findings' titles listed up front ("The review makes three findings:"), never lessons
    d = c.doc
    c.cover()
    sts = _sts(c, 3)
    d.add("h1", "Summary")
    d.add(
        "p",
        f"The review makes {('one', 'two', 'three')[len(sts) - 1]} findings, set out in full in the Findings section:",
    )
    for i, st in enumerate(sts, 1):
        d.add("num", st.title, label=f"{i}.")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(sts, 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)


def c235(c: Ctx) -> None:  # a family's statement in the report's opening and last pages (never lessons)
    d, s = c.doc, c.spec
    c.cover("reviewer")
    d.add("h1", f"A message from {s.child}'s family")
    d.add(
        "p",
        "“We wanted to take part in this review so that other families do not go through what we went "
        "through. We hope that the people who read it will remember that behind every report there is a child "
        "who was loved.”",
    )
    _front(c)
    _headed_learning(c, 3, "What the review learned")
    _numbered_recs(c)
    d.add("h1", "Appendix: The family's response to the review")
    d.add(
        "p",
        "The family read the report before publication. They said that professionals should have listened to "
        "them sooner and that they welcome the recommendations. They asked that the review be published in full.",
    )


def c236(c: Ctx) -> None:  # explainer side boxes "What is a strategy discussion?" among the findings (never lessons)
    d = c.doc
    _cover_full(c)
    _front(c)
    d.add("h1", "Findings")
    for i, (st, (question, answer)) in enumerate(zip(_sts(c, 3), EXPLAINERS), 1):
        c.headed_finding(st, f"Finding {i}")
        d.add("box", answer, label=question)
    _numbered_recs(c)


def c237(c: Ctx) -> None:  # two reviewers on the cover: "Reviewers: X (lead reviewer) and Y": author the lead only
    d, s = c.doc, c.spec
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Reviewers: {s.author} (lead reviewer) and {_other_person(c, 3)}")
    d.add("cover", f"Date of publication: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    _front(c)
    d.add("h1", "Key learning")
    for st in _sts(c, 4):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _numbered_recs(c)


def c238(c: Ctx) -> None:  # no date on the cover: a closing "Timeline of the review" table gives the publication
    d, s = c.doc, c.spec
    pub = _pub_full(c)
    d.meta["published"] = pub
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", "Final report")
    if s.fmt != "html":
        d.add("pagebreak")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)
    d.add("h1", "Appendix 1: Timeline of the review")
    d.add("header", cells=("Stage", "Date"), label="b11dates")
    stages = (
        ("Serious incident notified to the Panel", _shift(pub, 20)),
        ("Rapid review completed", _shift(pub, 19)),
        ("Review commissioned by the safeguarding partners", _shift(pub, 17)),
        ("Practitioner learning event", _shift(pub, 11)),
        ("Final report agreed by the safeguarding partners", _shift(pub, 3)),
        ("Report published", pub),
    )
    if s.review_type == "SCR":
        stages = (("Serious incident notified to Ofsted", _shift(pub, 20)),) + stages[2:]
        stages = tuple((st.replace("safeguarding partners", "LSCB"), when) for st, when in stages)
    for stage, when in stages:
        d.add("row", cells=(stage, _long(when)), label="b11dates")


def c239(c: Ctx) -> None:  # a recommendations table Why this matters / Recommendation / Expected outcome
    d = c.doc
    _cover_full(c)
    _front(c)
    _headed_learning(c)
    d.add("h1", "Recommendations")
    d.add("header", cells=("Why this matters", "Recommendation", "Expected outcome"), label="b11why")
    for j, r in enumerate(_recs(c, 3)):
        key = d.lesson("recommendation", "", r.text, r.themes)
        k = (j + len(c.spec.name)) % 3
        d.add("row", keys=key, cells=(WHY[k], r.text, OUTCOME[k]), label="b11why")


def c240(c: Ctx) -> None:  # good practice as run-in agency lead-ins "Health visiting:" (no label, no agency)
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Good practice")
    d.add("p", "The review found examples of good practice by several agencies:")
    for g in _gps(c, 3):
        d.add("runin", g.text, d.lesson("good_practice", "", g.text, g.themes), label=f"{_service(g.text)}:")
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
