"""Corpus generator: the thirteenth blind held-out set, second half: conventions C295-C312 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. The set leans to national and multi-review documents (a Panel
national review with its recommendations to government departments, a Panel
practice briefing and a Panel analysis of rapid reviews, a thematic review
told through case vignettes, a newsletter issue listing several reviews, a
local briefing on a national review, a summary of a year's reviews) and to
the metadata such documents hide: a rapid review's outcome record whose
publication is a "Date of publication" table row, a review republished by a
second partnership, an organisation as author, the child's age only as a date
of birth and an incident date, the date only in a file-history line, the area
only in the council's contact details, a date with its weekday, a financial
year that is never the publication.

Each builder declares every lesson as a careful reader of that document would
record it (kind, printed label, heading where there is one, agency where the
document gives one) and the metadata the document itself prints. The set uses
only element kinds the earlier writers already draw, so no writer is changed.
The bank-text filters that keep a text from contradicting the child are
conv_common's (imported, not copied).
"""

from __future__ import annotations

import datetime
import re

from . import narrative
from .conv_common import child_sex as _sex
from .conv_common import draw_fitting_gps as _gps_fit
from .conv_common import draw_fitting_statements as _sts_fit
from .conv_common import draw_recs as _recs
from .conv_common import findings as _findings
from .conv_common import fits_child as _fits
from .conv_common import front as _front
from .conv_common import headed_learning as _headed_learning
from .conv_common import keeps_age
from .conv_common import long_date as _long
from .conv_common import named as _named
from .conv_common import numbered_recs as _numbered_recs
from .conv_common import printed_only as _printed_only
from .conv_common import pub_full as _pub_full
from .conv_common import published_to_day as _to_day
from .conv_common import runin_recs as _runin_recs
from .conv_common import shift as _shift
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import MONTHS, TYPE_NAMES, Ctx
from .conv_table import AGES, AREAS, CHILDREN
from .model import BANK_NAMES

COLUMN_WIDTHS.update({"b13bkv": ((0.42, 0.58), False)})

TOPICS = {
    "NAI": "physical harm to babies under one",
    "SUDI": "sudden unexpected death in infancy",
    "NEGLECT": "chronic neglect",
    "DA": "domestic abuse in families with young children",
    "CCE": "criminal exploitation of adolescents",
    "PARENTAL": "parental mental ill-health",
    "CSE": "sexual exploitation of adolescents",
}
# Review companies that sign a report as its author (C299).
ORGANISATIONS = ("Safeguarding Review Associates Ltd", "Northern Case Review Consultancy CIC")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# A text about what a child said or wanted cannot be about a baby or a toddler.
_VOICE = re.compile(r"\b(own words|wishes and feelings|seen alone|told|disclos\w*|asked the child)\b", re.I)
_NAMED_CHILD = re.compile(r"\b(Child|Baby) [A-Z]{1,2}\b")


def _old_enough(c: Ctx, text: str) -> bool:
    age = c.spec.age
    return not _VOICE.search(text) or not age or (age.endswith("years") and int(age.split()[0]) >= 3)


def _pronouns_agree(c: Ctx, text: str) -> bool:
    """A text naming the child uses only the child's pronouns, in any sentence."""
    if not c.spec.child or not re.search(rf"\b{re.escape(c.spec.child)}\b", text):
        return True
    other = r"\b(she|her|herself)\b" if _sex(c) == "m" else r"\b(he|his|him|himself)\b"
    return not re.search(other, text, re.I)


def _front_fit(c: Ctx) -> None:
    """conv_common's introduction, methodology and background, with chronology paragraphs that fit the child."""
    pool = [t for t in narrative.CHRONOLOGY if _fits(c, c.fill(t))]
    _front(c, chronology=[c.fill(t) for t in narrative.pick(c.rng, pool, 2)])


def _anonymous(c: Ctx, text: str) -> bool:
    """A text that names no child (for documents about several children or none)."""
    names = [c.spec.child] if c.spec.child else []
    names += list(BANK_NAMES)
    return not _NAMED_CHILD.search(text) and not any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)


def _sts(c: Ctx, n: int, anonymous: bool = False) -> list:
    """n bank statements that fit the child (and, anonymous, name no child)."""
    out = []
    while len(out) < n:
        drawn = _sts_fit(c, 1)
        if not drawn:
            break
        out += [
            st
            for st in drawn
            if _old_enough(c, f"{st.title} {st.body}")
            and _pronouns_agree(c, f"{st.title} {st.body}")
            and (not anonymous or _anonymous(c, f"{st.title} {st.body}"))
        ]
    return out


def _gps(c: Ctx, n: int, anonymous: bool = False) -> list:
    out = []
    while len(out) < n:
        drawn = _gps_fit(c, 1)
        if not drawn:
            break
        out += [
            g
            for g in drawn
            if _old_enough(c, g.text) and _pronouns_agree(c, g.text) and (not anonymous or _anonymous(c, g.text))
        ]
    return out


def _anon_recs(c: Ctx, n: int) -> list:
    out = []
    while len(out) < n:
        drawn = _recs(c, 1)
        if not drawn:
            break
        out += [r for r in drawn if _anonymous(c, r.text)]
    return out


def _month(date: str) -> str:
    """ "March 2021"."""
    return f"{MONTHS[int(date[5:7]) - 1]} {date[:4]}"


def _weekday(date: str) -> str:
    return WEEKDAYS[datetime.date.fromisoformat(date).weekday()]


def _others(c: Ctx, steps=(5, 11, 19)) -> list[str]:
    """Other reviews' children, never this document's."""
    first = CHILDREN.index(c.spec.child) if c.spec.child in CHILDREN else len(c.spec.name)
    return [n for n in (CHILDREN[(first + k) % len(CHILDREN)] for k in steps) if n != c.spec.child]


def _kind_in(date: str) -> str:
    return "Serious Case Review" if date[:4] < "2019" else "Local Child Safeguarding Practice Review"


def _no_child_meta(c: Ctx, **extra) -> None:
    c.doc.meta.update(child="", child_age="", **extra)


# --- the conventions --------------------------------------------------------------------------


def c295(c: Ctx) -> None:  # a Panel national review: the cases as bullets, findings, a No. / Recommendation / For table
    d, s = c.doc, c.spec
    d.header = "Child Safeguarding Practice Review Panel"
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", d.meta["title"])
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Foreword")
    d.add(
        "p",
        "This national review looks at the circumstances of children whose cases were notified to the Panel by "
        "local safeguarding partners. We are grateful to the families and practitioners who spoke to us.",
    )
    d.add("h1", "The children in this review")
    d.add("p", "The review considered the cases of children from different parts of England:")
    for k, step in enumerate((2, 9, 17)):
        region = AREAS[(step + len(s.name)) % len(AREAS)][1]
        d.add("bullet", f"a child aged {AGES[s.scenario][k]} ({region})")
    d.add("h1", "What we found")
    for i, st in enumerate(_sts(c, 3, anonymous=True), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Our recommendations")
    d.add("p", "The Panel makes the following recommendations to safeguarding partners in every area.")
    d.add("header", cells=("No.", "Recommendation", "For"))
    for j, r in enumerate(_anon_recs(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency))
    d.add("small", "© Crown copyright. This publication is licensed under the terms of the Open Government Licence.")


def c296(c: Ctx) -> None:  # a Panel practice briefing on rapid reviews: findings, numbered practice points, questions
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = f"Practice briefing: learning from rapid reviews about {TOPICS[s.scenario]}"
    d.meta.update(title=title, review_type="briefing", area="", region="", author="")
    _no_child_meta(c)
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", title)
    d.add("cover", f"Published {_long(pub)}")
    d.add("h1", "About this briefing")
    d.add(
        "p",
        f"Between {_month(_shift(pub, 14))} and {_month(_shift(pub, 3))} the Panel received rapid reviews from "
        "local safeguarding partners in every region of England. This briefing draws out what they tell us.",
    )
    d.add("h1", "What we are seeing in rapid reviews")
    for st in _sts(c, 3, anonymous=True):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("h1", "Practice points")
    for i, st in enumerate(_sts(c, 3, anonymous=True), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Questions for safeguarding partners")
    for q in (
        "How do you know that this learning has reached front-line practitioners?",
        "What assurance do you have that your procedures are followed?",
    ):
        d.add("bullet", q)
    d.add("small", f"© Crown copyright {pub[:4]}")


def c297(c: Ctx) -> None:  # a rapid review outcome record: the publication only in a "Date of publication" row
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = f"Rapid review outcome: {s.child}"
    d.meta.update(title=title, review_type="other", author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("h1", "Summary of the rapid review")
    d.add("header", cells=("Item", "Detail"), label="b13bkv")
    for item, detail in (
        ("Child", s.child),
        ("Age at the time of the incident", s.age),
        ("Date of serious incident notification", _long(_shift(pub, 4))),
        ("Date of rapid review meeting", _long(_shift(pub, 3))),
        ("Decision", "A Local Child Safeguarding Practice Review is not required; the learning is set out below"),
        ("Date the Panel agreed the decision", _long(_shift(pub, 2))),
        ("Date of publication", _long(pub)),
    ):
        d.add("row", cells=(item, detail), label="b13bkv")
    d.add("h1", "Why the rapid review was held")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "Learning identified")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    _numbered_recs(c, 2, "Recommendations for local action")


def c298(c: Ctx) -> None:  # a review republished by a second partnership: the area is the commissioning one
    d, s = c.doc, c.spec
    host_area = AREAS[(AREAS.index((s.area, s.region)) + 7) % len(AREAS)][0]
    host = c.partnership.replace(s.area, host_area, 1)
    later = _shift(_pub_full(c), -5)
    d.add("cover", host)
    d.add("title", d.meta["title"])
    d.add(
        "box",
        f"This review was commissioned and first published by the {c.partnership} "
        f"{'on' if len(s.published) == 10 else 'in'} {c.printed_date()}. The "
        f"family later moved to {host_area}, and the {host} reproduces the report here, with permission, in "
        f"{_month(later)}. Questions about the review should go to the {c.partnership}.",
        label="About this copy",
    )
    d.add("cover", f"Lead reviewer: {s.author}")
    if s.fmt != "html":
        d.add("pagebreak")
    _front_fit(c)
    _findings(c, _sts(c, 3))
    _numbered_recs(c)


def c299(c: Ctx) -> None:  # an organisation as author: "Independent review by <company>"
    d, s = c.doc, c.spec
    org = ORGANISATIONS[len(s.name) % 2]
    d.meta["author"] = org
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent review by {org}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("h1", "Methodology")
    d.add(
        "p",
        f"The review was carried out by two reviewers from {org}, an organisation independent of the agencies "
        "involved. They read the agencies' records, met practitioners at a learning event and spoke with the "
        "family.",
    )
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "Key learning")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    _numbered_recs(c)


def c300(c: Ctx) -> None:  # the child's age only as a date of birth and the date of the incident
    d, s = c.doc, c.spec
    n, unit = int(s.age.split()[0]), s.age.split()[1]
    incident = _shift(_pub_full(c), 20)
    if unit == "weeks":
        born = (datetime.date.fromisoformat(incident) - datetime.timedelta(weeks=n)).isoformat()
        birth = f"on {_long(born)}"
    elif unit == "months":
        birth = f"on {_long(_shift(incident, n))}"
    else:
        birth = f"in {_month(_shift(incident, 12 * n + 2))}"
    c.cover("plain")
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("p", c.fill(narrative.INTRO[3]))
    d.add("h1", "Methodology")
    d.add("p", c.fill(narrative.METHOD[0]))
    d.add("h1", "Background")
    pron = "He" if _sex(c) == "m" else "She"
    d.add(
        "p",
        f"{s.child} was born {birth}. {pron} lived with {'his' if pron == 'He' else 'her'} mother. The incident "
        f"that led to this review happened on {_long(incident)}, and agencies' involvement with the family in "
        "the year before it is set out below.",
    )
    _findings(c, _sts(c, 3))
    c.rec_table("Recommendations", _recs(c, 3))


def c301(c: Ctx) -> None:  # a review's web page whose only date is a download's file-history line
    d, s = c.doc, c.spec
    pub = _to_day(c)
    slug = f"{'lcspr' if s.review_type == 'LCSPR' else 'scr'}-{s.child.lower().replace(' ', '-')}-final-report.pdf"
    d.add("cover", c.partnership)
    d.add("small", "Home > Case reviews > Published reviews")
    d.add("title", d.meta["title"])
    d.add(
        "p",
        f"This {TYPE_NAMES[s.review_type]} was led by the independent reviewer {s.author}. It looks at how "
        f"agencies worked with {s.child} and the family, and what should change.",
    )
    d.add("h1", "Key learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _numbered_recs(c)
    d.add("h1", "Download the report")
    d.add("p", f"{slug} (PDF, 1.1 MB)")
    d.add("small", f"File history: version 1.0 uploaded {_long(pub)} by the partnership business unit.")
    d.add("small", f"Page reviewed: {_long(_shift(pub, -8))}")


def c302(c: Ctx) -> None:  # the area only in the closing contact details, as the council's name
    d, s = c.doc, c.spec
    own = c.partnership.replace(f"{s.area} ", "", 1)  # "Safeguarding Children Partnership", "... Board"
    c.words.update(partnership=f"The {own}", area="the borough")
    d.header = own
    d.add("cover", own)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    _findings(c, _sts(c, 3))
    d.add("h1", "Good practice")
    for g in _gps(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    _numbered_recs(c)
    d.add("h1", "Contact us")
    d.add(
        "p",
        f"{own} Business Unit, {s.area} Council, Civic Centre. Telephone the "
        "business unit for a copy of this report in another format.",
    )


def c303(c: Ctx) -> None:  # a newsletter issue listing several reviews, each with its own learning
    d, s = c.doc, c.spec
    pub = _pub_full(c)
    issue = 8 + len(s.name) % 20
    title = f"Safeguarding Matters: Issue {issue}"
    d.meta.update(title=title, review_type="briefing", published=pub[:7], author="")
    _no_child_meta(c)
    d.add("cover", f"The newsletter of the {c.partnership}")
    d.add("title", title)
    d.add("cover", f"Issue {issue} | {_month(pub)}")
    d.add("h1", "In this issue")
    for item in ("Reviews published this quarter", "Dates for your diary"):
        d.add("bullet", item)
    d.add("h1", "From the editor")
    d.add("p", "Welcome to this issue. Please share it with your teams and discuss the learning in supervision.")
    d.add("h1", "Reviews published this quarter")
    sts = _sts(c, 6, anonymous=True)
    for k, (other, part) in enumerate(zip(_others(c), (sts[0:2], sts[2:4], sts[4:6]))):
        when = _shift(pub, 1 + k)
        d.add("h2", f"{_kind_in(when)}: {other}")
        d.add("p", f"Published in {_month(when)}. The full report is on the partnership website.")
        d.add("p", "Key learning:")
        for st in part:
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Dates for your diary")
    d.add("bullet", f"{_long(_shift(pub, -1, 14))}: multi-agency learning event on the reviews above")
    d.add("bullet", f"{_long(_shift(pub, -2, 9))}: practitioner forum")
    d.add("small", "To join the mailing list, contact the partnership business unit.")


def c304(c: Ctx) -> None:  # a thematic review told through case vignettes: numbered findings, recommendations "R1"
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    title = f"Thematic review: {topic}, learning from four cases"
    d.meta.update(title=title, review_type="thematic")
    _no_child_meta(c)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Thematic reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add(
        "p",
        f"The {c.partnership} commissioned this thematic review after four serious incidents involving "
        f"{topic} were notified within eighteen months. It looks for what the cases have in common.",
    )
    d.add("h1", "The cases")
    services = ("children's social care and the police", "health visiting and the GP", "early help and a school",
                "the hospital and children's social care")  # fmt: skip
    for k in range(4):
        d.add("h2", f"Case {k + 1}")
        d.add("p", f"A child aged {AGES[s.scenario][k % 3]}, known to {services[(k + len(s.name)) % 4]}.")
    d.add("h1", "What the cases tell us")
    for i, st in enumerate(_sts(c, 4, anonymous=True), 1):
        d.add("num", st.body, d.lesson("finding", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_anon_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}")


def c305(c: Ctx) -> None:  # a review with a Safeguarding Adults Board: recommendations "C1"... and "A1"...
    d, s = c.doc, c.spec
    sab = f"{s.area} Safeguarding Adults Board"
    c.cover("reviewer")
    d.add("h1", "Introduction")
    d.add(
        "p",
        f"This {TYPE_NAMES[s.review_type]} was commissioned by the {c.partnership} jointly with the {sab}, "
        f"because {s.child}'s mother was an adult with care and support needs known to adult social care.",
    )
    d.add("p", c.fill(narrative.INTRO[3]))
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    _headed_learning(c, _sts(c, 3), "Learning")
    d.add("h1", "Recommendations")
    recs = _recs(c, 4)
    for heading, prefix, part in (
        (f"Recommendations for the {c.partnership}", "C", recs[:2]),
        (f"Recommendations for the {sab}", "A", recs[2:]),
    ):
        d.add("h2", heading)
        for j, r in enumerate(part, 1):
            key = d.lesson("recommendation", f"{prefix}{j}", r.text, r.themes)
            d.add("runin", r.text, key, label=f"{prefix}{j}.")


def c306(c: Ctx) -> None:  # good practice as run-in "Notable practice N:" paragraphs
    d = c.doc
    c.cover("plain")
    _front_fit(c)
    _findings(c, _sts(c, 3))
    d.add("h1", "Notable practice")
    d.add("p", "The review found practice that should be recognised and shared:")
    for i, g in enumerate(_gps(c, 3), 1):
        d.add("runin", g.text, d.lesson("good_practice", f"Notable practice {i}", g.text, g.themes),
              label=f"Notable practice {i}:")  # fmt: skip
    _numbered_recs(c)


def c307(c: Ctx) -> None:  # the panel's conclusions numbered "(1)", "(2)": each a finding; recommendations as bullets
    d = c.doc
    c.cover("reviewer")
    _front_fit(c)
    d.add("h1", "Conclusions")
    d.add("p", "The review panel reached the following conclusions:")
    for i, st in enumerate(_sts(c, 4), 1):
        d.add("num", st.body, d.lesson("finding", str(i), st.body, st.themes), label=f"({i})")
    d.add("h1", "Recommendations")
    for r in _recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c308(c: Ctx) -> None:  # a local briefing on a national review: national learning, local findings, local actions
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    title = f"The national review of {topic}: what it means in {s.area}"
    d.meta.update(title=title, review_type="briefing", author="")
    _no_child_meta(c)
    year = int(s.published[:4])
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("h1", "About the national review")
    who = (
        "the Child Safeguarding Practice Review Panel published a national review"
        if year >= 2021
        else "the Department for Education published a national analysis of serious case reviews"
    )
    d.add("p", f"In {year - 1} {who} about {topic}. This briefing sets out its learning and our local response.")
    d.add("h1", "The national learning")
    for st in _sts(c, 3, anonymous=True):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", f"What we found when we looked at practice in {s.area}")
    for st in _sts(c, 2, anonymous=True):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("h1", f"What we will do in {s.area}")
    for r in _anon_recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c309(c: Ctx) -> None:  # a statement publishing a summary instead of the full report: two dates, the later published
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = f"Statement and summary of learning: {TYPE_NAMES[s.review_type]} concerning {s.child}"
    d.meta.update(title=title, review_type="other")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("runin", _long(_shift(pub, 2)), label="Date of decision:")
    d.add("runin", _long(pub), label="Date of this statement:")
    d.add("h1", "Statement")
    d.add(
        "p",
        f"The {'safeguarding partners' if s.review_type == 'LCSPR' else 'Board'} decided not to publish the full report of the review, led by {s.author}, "
        f"to protect {s.child}'s brothers and sisters. This statement sets out the review's learning and "
        "recommendations in full.",
    )
    d.add("h1", "What the review learned")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    _numbered_recs(c, 3, "What the review recommended")


def c310(c: Ctx) -> None:  # a Panel analysis of rapid reviews: themes as headings (findings), implications as bullets
    d, s = c.doc, c.spec
    pub = _pub_full(c)
    title = f"Panel analysis of rapid reviews: {TOPICS[s.scenario]}"
    d.meta["title"] = title
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Summary")
    count = 20 + len(s.name) % 30
    d.add(
        "p",
        f"We analysed {count} rapid reviews received between {_month(_shift(pub, 15))} and {_month(_shift(pub, 4))}. "
        "Local areas are not named in this analysis.",
    )
    d.add("h1", "Themes")
    for st in _sts(c, 3, anonymous=True):
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("h1", "Implications for practice")
    for st in _sts(c, 3, anonymous=True):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))


def c311(c: Ctx) -> None:  # dates with their weekday: "Published on Tuesday, 14 March 2022"
    d, s = c.doc, c.spec
    pub = _to_day(c)
    met = _shift(pub, 3)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Published on {_weekday(pub)}, {_long(pub)}")
    d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add(
        "p",
        f"The final report was presented to the {'safeguarding partners' if s.review_type == 'LCSPR' else 'Board'} on {_weekday(met)}, {_long(met)}, "
        "and agreed for publication.",
    )
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    _headed_learning(c, _sts(c, 3))
    _runin_recs(c)


def c312(c: Ctx) -> None:  # a year's reviews summarised: "2021/22" is the period, "Issued:" the publication
    d = c.doc
    pub = _pub_full(c)
    y = int(pub[:4])
    period = f"{y - 1}/{str(y)[2:]}"
    title = f"Learning from local reviews {period}: summary for practitioners"
    d.meta.update(title=title, review_type="other", published=pub[:7], author="")
    _no_child_meta(c)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Issued: {_month(pub)}")
    d.add("h1", "About this summary")
    kind = "serious case reviews" if y < 2020 else "local child safeguarding practice reviews"
    d.add(
        "p",
        f"In {period} the partnership completed three {kind} and considered four further cases. This summary "
        "brings their learning together by theme.",
    )
    sts = _sts(c, 6, anonymous=True)
    for name, part in (("Theme: working with families", sts[:3]), ("Theme: agencies working together", sts[3:])):
        d.add("h2", name)
        for st in part:
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "What went well across the reviews")
    for g in _gps(c, 2, anonymous=True):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
BUILDERS["C300"] = keeps_age(BUILDERS["C300"])  # follows from the date of birth and the incident's date
