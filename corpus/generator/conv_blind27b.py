"""Corpus generator: the twenty-seventh blind held-out set, second half: conventions C799-C816 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to reviews published in 2024-2026 under
Working Together 2023 and the Panel's current practice: "System findings", "Assurance requests", "Partnership
priorities arising", "Improvement actions", learning linked to the Panel's national themes or to the partnership's
multi-agency practice standards, the lead and delegated safeguarding partners named, the Panel's rapid review
template ("Is there learning? What is the immediate learning?"), "How will we know?" and "Evidence of impact"
measures (never lessons), a child-friendly summary printed before the report, and a SILP report's "Areas for
improvement". A second, smaller emphasis is metadata as recent reports print it: a name the child chose, an age in
years and months, a web page's panel of dates, a lead reviewer beside a co-reviewer, the review type only in a
running header or a document-properties panel, and the stages of the review in a dated table.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where one names the lesson, agency where the document gives one) and only the metadata the document itself
prints. The set uses only element kinds the earlier writers already draw, so no writer is changed and every earlier
document comes out as before.
"""

from __future__ import annotations

import dataclasses
import re

from . import narrative
from .conv_blind18b import _harm, _p, _runin
from .conv_blind20b import _before, _month
from .conv_blind23b import _cover, _opening, _poss, _recs, _setup, _sts
from .conv_blind24b import _headed_findings, _intro, _lc, _pair, _split_recs
from .conv_common import background as _background
from .conv_common import case_events as _case_events
from .conv_common import long_date, shift
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import TYPE_NAMES, Ctx

COLUMN_WIDTHS["two27b"] = ((0.34, 0.66), False)  # Item / Detail
COLUMN_WIDTHS["three27b"] = ((0.22, 0.39, 0.39), True)  # Finding / How will we know? / Evidence of impact
COLUMN_WIDTHS["assure27b"] = ((0.1, 0.6, 0.3), True)  # Ref / Assurance requested / From
COLUMN_WIDTHS["ia27b"] = ((0.08, 0.47, 0.2, 0.25), True)  # IA / Improvement action / Lead partner / How will we know?
COLUMN_WIDTHS["partners27b"] = ((0.26, 0.37, 0.37), True)  # Partner / Lead / Delegated

# --- pieces the builders share -------------------------------------------------------------------------------------


def _type_name(c: Ctx) -> str:
    return TYPE_NAMES.get(c.spec.review_type, "Review")


def _story(c: Ctx, heading: str = "Background") -> None:
    _background(c, heading, _case_events(c, 2))


def _learning(c: Ctx, st, label: str, kind: str = "learning_point") -> int:
    """A lesson under "<label>: title" (or the title alone), its paragraph below; returns its key."""
    d = c.doc
    key = d.lesson(kind, label, f"{st.title} {st.body}", st.themes, title=st.title)
    d.add("h2", f"{label}: {st.title}" if label else st.title, key)
    _p(c, st.body, key)
    return key


def _assured(who: str, what: str) -> str:
    """ "<who> should <what>." as an assurance request's clause: "that <who> <what, without 'ensure that'>"."""
    if what.startswith("ensure that "):
        return what[len("ensure that ") :]
    return f"{_lc(who)} will {what}"


def _assurances(c: Ctx, n: int) -> list:
    """n (recommendation, addressee, text) as "The partnership asks <addressee> to provide assurance that ..."."""
    out = []
    for r, who, what in _split_recs(c, n + 4, others=True):
        if not r.agency or r.agency.startswith("All") or len(out) == n:
            continue
        addressee = _lc(who)
        text = f"The partnership asks {addressee} to provide assurance that {_assured(who, what)}."
        out.append((r, addressee, text))
    return out


_STANDARDS = (
    "Standard 1 – We see the child and hear their voice",
    "Standard 2 – We share information when we have a concern",
    "Standard 3 – We are professionally curious",
    "Standard 4 – We think about the whole family, including men in the household",
    "Standard 5 – We challenge and escalate when we disagree",
)
_NATIONAL = (
    "Multi-agency information sharing",
    "Critical thinking and challenge",
    "Understanding what the child's daily life is like",
    "Risk assessment and decision making",
    "Working with fathers and male carers",
)


_LINKS = (  # (theme prefix, index in _STANDARDS, index in _NATIONAL): the first a lesson's themes match
    ("voice.", 0, 2),
    ("multi.", 1, 0),
    ("assess.professional_curiosity", 2, 3),
    ("fam.male", 3, 4),
    ("assess.critical", 4, 1),
)


def _link(st, pool: tuple, which: int) -> str:
    """The practice standard (which=1) or Panel national theme (which=2) a lesson's themes point to; risk
    assessment and curiosity where none does."""
    for th in st.themes:  # the lesson's first theme that has a link, so its main point decides
        for prefix, *at in _LINKS:
            if th.startswith(prefix):
                return pool[at[which - 1]]
    return pool[2] if which == 1 else pool[3]


def _fits_age(c: Ctx, text: str) -> bool:
    """False for a recommendation about children of another age than this child (strategy discussions about a child
    under five for a child of five or more), as conv_blind26a leaves them out."""
    age = c.spec.age
    years = 0 if age.endswith(("weeks", "months")) else int(age.split()[0])
    return not (years >= 5 and "under five" in text)


def _numbered_recs(c: Ctx, n: int = 3, heading: str = "Recommendations") -> None:
    """Numbered recommendations (label the number, no agency), passing over any that does not fit the child's age."""
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate([r for r in _recs(c, n + 4) if _fits_age(c, r.text)][:n], 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


# --- learning printed as recent reports print it -------------------------------------------------------------------


def c799(c: Ctx) -> None:  # "System findings", each linked to a practice standard; "Assurance requests" run-in
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("p", "The review followed the requirements of Working Together to Safeguard Children 2023. Its findings are "
          "about the system in which practitioners worked, not about individual practitioners.")  # fmt: skip
    _story(c)
    d.add("h1", "System findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _learning(c, st, f"System finding {i}", "finding")
        d.add("small", f"Links to the partnership's multi-agency practice standards: {_link(st, _STANDARDS, 1)}")
    d.add("h1", "Assurance requests")
    d.add("p", "Rather than make recommendations, the review sets out the assurance the safeguarding partners will "
          "seek. Each partner will report to the Executive Group within six months.")  # fmt: skip
    for j, (r, _who, text) in enumerate(_assurances(c, 3), 1):
        _runin(c, text, d.lesson("recommendation", f"Assurance request {j}", text, r.themes), f"Assurance request {j}:")


def c800(c: Ctx) -> None:  # "Learning themes" each linked to a Panel national theme; "Partnership priorities arising"
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "Learning themes")
    d.add("p", "Each learning theme is linked to the themes the Child Safeguarding Practice Review Panel has "
          "identified in its national reviews and annual reports.")  # fmt: skip
    for i, st in enumerate(_sts(c, 3), 1):
        _learning(c, st, f"Learning theme {i}")
        d.add("p", f"Panel national theme: {_link(st, _NATIONAL, 2)}")
    d.add("h1", "Partnership priorities arising from this review")
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Priority {j}", r.text, r.themes)
        d.add("h2", f"Priority {j}", key)
        _p(c, r.text, key)


def c801(c: Ctx) -> None:  # the Panel's rapid review template: "Is there learning?", "What is the immediate learning?"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Rapid review: {s.child}"
    d.meta.update(title=title, review_type="other")
    d.add("cover", partnership)
    d.add("title", title)
    d.add("header", cells=("Item", "Detail"), label="two27b")
    for item, detail in (
        ("Child", s.child),
        ("Age of child", s.age),
        ("Date of serious incident notification", long_date(_before(c, 4, 6))),
        ("Date of rapid review meeting", long_date(_before(c, 4, 19))),
        ("Date submitted to the national Panel", long_date(_before(c, 4, 27))),
        ("Date published", c.printed_date()),
    ):
        d.add("row", cells=(item, detail), label="two27b")
    d.add("h1", "1. What happened?")
    d.add("p", f"{_opening(c, 4)} The incident was notified to Ofsted and the national Panel.")
    d.add("h1", "2. Is there learning?")
    d.add("p", "Yes. The rapid review identified learning for the partnership, set out below.")
    d.add("h1", "3. What is the immediate learning?")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "4. Is there any good practice?")
    for g in c.gps(2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "5. Should a local child safeguarding practice review be undertaken?")
    d.add("p", "No. The learning is clear and is being taken forward through the actions below. The national Panel "
          "agreed with this decision.")  # fmt: skip
    d.add("h1", "6. What actions have already been taken?")
    for action in ("A seven-minute briefing on the learning has been circulated to all partner agencies.",
                   "The learning has been added to the partnership's multi-agency training programme."):  # fmt: skip
        d.add("bullet", action)


_PARTNERS = (
    ("The local authority", "Chief Executive", "Director of Children's Services"),
    ("The Integrated Care Board", "Chief Executive", "Chief Nursing Officer"),
    ("The police", "Chief Constable", "Assistant Chief Constable"),
)


def c802(c: Ctx) -> None:  # the lead and delegated safeguarding partners in a table (never lessons nor agencies)
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "The safeguarding partners")
    d.add("p", "Under Working Together to Safeguard Children 2023 the lead safeguarding partners are the heads of the "
          "three statutory partners; each has delegated its functions to a named senior officer. The "
          "recommendations of this review are addressed to the partners jointly.")  # fmt: skip
    d.add("header", cells=("Statutory partner", "Lead safeguarding partner", "Delegated safeguarding partner"),
          label="partners27b")  # fmt: skip
    for row in _PARTNERS:
        d.add("row", cells=row, label="partners27b")
    _headed_findings(c, 3)
    _numbered_recs(c, 3, "Recommendations to the safeguarding partners")


_MEASURES = (  # (theme prefix, How will we know?, Evidence of impact): the first a finding's themes match
    ("multi.information", "An audit of referrals shows health and education checks completed before decisions.",
     "The front door audit in the autumn found checks completed in 41 of 50 referrals."),
    ("multi.", "Every child protection plan names a lead professional and sets measurable actions.",
     "Audit of 25 plans: 19 named a lead professional and set measurable actions."),
    ("assess.critical", "Practitioners can say what the escalation policy asks of them.",
     "A survey of 212 practitioners: 78% knew how to escalate, up from 52%."),
    ("voice.", "Case records show the child's daily life described in the child's own words.",
     "Dip sample of 30 records; findings to be reported to the Quality Assurance Group."),
    ("org.", "Supervision records show reflective discussion of the child's experience.",
     "Audit of 40 supervision records planned for the spring."),
    ("assess.", "Assessments show risk reviewed against the evidence at each meeting.",
     "Dip sample of 20 assessments planned for the spring."),
    ("", "A multi-agency audit of cases shows the learning reflected in practice.",
     "Audit of 20 cases; findings to be reported to the Learning and Improvement Group."),
    ("", "Practitioners say in a survey that the learning has changed their practice.",
     "Survey to be repeated twelve months after publication."),
)  # fmt: skip


def _measure(st, used: set) -> tuple:
    """The measure for a finding: the first not yet used whose theme prefix its themes match (the last for any)."""
    for prefix, know, evidence in _MEASURES:
        if know not in used and (not prefix or any(th.startswith(prefix) for th in st.themes)):
            used.add(know)
            return know, evidence
    return _MEASURES[-1][1:]


def c803(c: Ctx) -> None:  # findings, then a Finding / How will we know? / Evidence of impact table (never lessons)
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    sts = _sts(c, 3)
    d.add("h1", "Findings")
    for i, st in enumerate(sts, 1):
        _learning(c, st, f"Finding {i}", "finding")
    d.add("h1", "Measuring the impact of the learning")
    d.add("p", "The partnership will measure whether practice has changed as follows.")
    d.add("header", cells=("Finding", "How will we know?", "Evidence of impact"), label="three27b")
    used: set = set()
    for i, st in enumerate(sts, 1):
        know, evidence = _measure(st, used)
        d.add("row", cells=(f"Finding {i}", know, evidence), label="three27b")
    _numbered_recs(c, 3)


def c804(c: Ctx) -> None:  # a summary for children and young people printed before the report (never lessons)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "A summary for children and young people")
    d.add("p", f"This is a short summary of a review about {s.child}. We have written it for children and young "
          "people. The full report starts on the next page.")  # fmt: skip
    d.add("h2", "What we found out")
    baby = s.age.endswith(("weeks", "months"))  # a baby cannot be asked: the summary says what adults did not see
    home = (f"Not enough people thought about what life at home was like for {s.child}." if baby
            else f"Not enough people asked {s.child} what life was like at home.")  # fmt: skip
    for line in ("The adults who worked with the family did not always share what they knew.", home,
                 "Some worries were looked at one at a time, instead of all together."):  # fmt: skip
        d.add("bullet", line)
    d.add("h2", "What will be different now")
    d.add("bullet", "Workers will be helped to ask more questions and to talk to children on their own.")
    d.add("bullet", "The people in charge will check that this is happening.")
    d.add("pagebreak")
    _intro(c, partnership)
    _story(c)
    _headed_findings(c, 3)
    _numbered_recs(c, 3)


# --- metadata as recent reports print it ---------------------------------------------------------------------------

_CHOSEN = {"m": ("Jayden", "Kai", "Reuben"), "f": ("Ruby", "Maisie", "Esme")}


def c805(c: Ctx) -> None:  # a name the child (or the family) chose for the report, explained
    d, s = c.doc, c.spec
    chosen = _CHOSEN[s.sex][len(s.name) % 3]
    c.spec = s = dataclasses.replace(s, child=chosen)
    c.words["child"] = chosen
    d.meta["child"] = chosen
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", f"Why this report calls {'him' if s.sex == 'm' else 'her'} {chosen}")
    who = "chose the name himself" if s.sex == "m" else "chose the name herself"
    if s.age.endswith(("weeks", "months")):
        who = "'s family chose the name"
        d.add("p", f"{chosen} is not the child's real name. {chosen}{who}, because they wanted the report to use a "
              "name and not a letter.")  # fmt: skip
    else:
        d.add("p", f"{chosen} is not {_poss(c)} real name. {chosen} {who} when the reviewer met {_poss(c)} family, "
              "because a letter did not feel like a person.")  # fmt: skip
    _intro(c, partnership)
    _story(c)
    _headed_findings(c, 3)
    _numbered_recs(c, 3)


def _years_months(c: Ctx) -> str:
    """The spec's age printed in years and months ("2 years and 4 months"), as recent reports do."""
    n, unit = c.spec.age.split()
    months = len(c.spec.name) % 11 + 1
    if unit == "years":
        return f"{n} years and {months} month{'s' * (months > 1)}"
    if unit == "months" and int(n) >= 12:
        y, m = divmod(int(n), 12)
        return f"{y} year{'s' * (y > 1)} and {m} months" if m else f"{y} year{'s' * (y > 1)}"
    return c.spec.age


def c806(c: Ctx) -> None:  # the age in years and months: "aged 2 years and 4 months"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    age = _years_months(c)
    c.words["age"] = age
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"This review is about {s.child}, who was aged {age} when {_poss(c) == 'his' and 'he' or 'she'} "
          f"{_harm(c)} in {_month(_before(c, 16))}. {partnership} commissioned the review to understand how "
          f"agencies worked with {s.child} and {_poss(c)} family.")  # fmt: skip
    d.meta["child_age"] = age
    _story(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        _learning(c, st, f"Learning point {i}")
    _numbered_recs(c, 3)


def c807(
    c: Ctx,
) -> None:  # a web page's metadata panel: "Date of incident", "Date of rapid review", "Date of publication"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = c.title()
    d.add("small", f"Home > Safeguarding partners > Learning from reviews > {title}")
    d.add("title", title)
    d.add("header", cells=("Review details", ""), label="two27b")
    for item, detail in (
        ("Review type", _type_name(c)),
        ("Date of incident", _month(_before(c, 20))),
        ("Date of rapid review", long_date(_before(c, 19, 11))),
        ("Date of publication", c.printed_date()),
        ("Lead reviewer", s.author),
    ):
        d.add("row", cells=(item, detail), label="two27b")
    d.add("h1", "About the review")
    d.add("p", f"{_opening(c, 20)} {partnership} carried out a {_type_name(c)} to learn from what happened.")
    d.add("h1", "What we learned")
    for st in _sts(c, 3):
        _learning(c, st, "")
    _numbered_recs(c, 3, "What will change")
    d.add("p", "Download the full report (PDF) | Download the seven-minute briefing (PDF)")


def c808(c: Ctx) -> None:  # "Lead reviewer:" beside "Co-reviewer:" on the cover; author "A and B"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    other = next(a for a in ("Dr Nadia Rahman", "Simon Hargreaves", "Lorraine Baxter") if a != s.author)
    _cover(c, partnership, c.title(), f"Lead reviewer: {s.author}", f"Co-reviewer: {other}", c.printed_date())
    _JOINT[d.name] = f"{s.author} and {other}"
    _intro(c, partnership)
    d.add("p", f"The review was led by {s.author}, an independent social worker, with {other}, a former designated "
          "nurse for safeguarding children, as co-reviewer. Neither has worked for any agency in the area.")  # fmt: skip
    _story(c)
    _headed_findings(c, 3)
    _numbered_recs(c, 3)


def c809(c: Ctx) -> None:  # "Local Child Safeguarding Practice Review (LCSPR)" only in the running header
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"{s.child}: review report"
    d.header = f"{partnership} | Local Child Safeguarding Practice Review (LCSPR) | {s.child}"
    d.footer = "Page {x} of {y}"
    _cover(c, partnership, title, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {partnership} commissioned this review to learn how agencies worked with {s.child} "
          f"and {_poss(c)} family.")  # fmt: skip
    _story(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _learning(c, st, f"Finding {i}", "finding")
    _numbered_recs(c, 3)


def c810(c: Ctx) -> None:  # a "Document properties" panel at the end naming the review type, version and dates
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"{s.child} – final report"
    _cover(c, partnership, title, f"Author: {s.author}")
    _intro(c, partnership)
    _story(c)
    d.add("h1", "Key learning")
    for i, st in enumerate(_sts(c, 3), 1):
        _learning(c, st, f"Key learning {i}")
    _numbered_recs(c, 3)
    pub = _before(c, 0)
    d.add("h1", "Document properties")
    d.add("header", cells=("Property", "Value"), label="two27b")
    for item, detail in (
        ("Title", title),
        ("Document type", "Local Child Safeguarding Practice Review (LCSPR)"),
        ("Owner", partnership),
        ("Author", s.author),
        ("Version", "1.0 (final, for publication)"),
        ("Date agreed by the safeguarding partners", long_date(_before(c, 3, 12))),
        ("Date published", c.printed_date()),
        ("Review date", _month(shift(pub, -12))),
    ):
        d.add("row", cells=(item, detail), label="two27b")


def c811(c: Ctx) -> None:  # a SILP report: "Key practice episodes" (never), "Areas for improvement" numbered (findings)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Significant Incident Learning Process (SILP) report: {s.child}"
    _cover(c, partnership, title, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} This Local Child Safeguarding Practice Review used the Significant Incident Learning "
          "Process, in which the practitioners and managers involved meet with the lead reviewer to agree the "
          "learning.")  # fmt: skip
    d.add("h1", "Key practice episodes")
    for k, event in enumerate(_case_events(c, 2), 1):
        d.add("p", f"Episode {k}: {event}")
    d.add("h1", "What went well")
    for g in c.gps(2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Areas for improvement")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("finding", str(i), st.body, st.themes), label=f"{i}.")
    _numbered_recs(c, 3)


def c812(c: Ctx) -> None:  # "Improvement actions" in a table with "Lead partner" and "How will we know?"
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    _headed_findings(c, 3)
    d.add("h1", "Improvement actions")
    d.add("p", "The safeguarding partners have agreed the following improvement actions. Progress will be reported "
          "to the Executive Group every quarter.")  # fmt: skip
    d.add("header", cells=("IA", "Improvement action", "Lead partner", "How will we know?"), label="ia27b")
    know = ("Audit of 25 cases in twelve months.", "Training evaluation and a practitioner survey.",
            "Quarterly data to the Executive Group.")  # fmt: skip
    recs = [r for r in _recs(c, 8) if r.agency and not r.agency.startswith("All")][:3]
    for j, r in enumerate(recs, 1):
        key = d.lesson("recommendation", f"IA{j}", r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(f"IA{j}", r.text, r.agency, know[j - 1]), label="ia27b")


def c813(c: Ctx) -> None:  # a table linking each finding to the Panel's national themes (never lessons)
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    _story(c)
    sts = _sts(c, 3)
    d.add("h1", "Findings")
    for i, st in enumerate(sts, 1):
        _learning(c, st, f"Finding {i}", "finding")
    d.add("h1", "How the findings link to national learning")
    d.add("header", cells=("Finding", "Panel national theme"), label="two27b")
    for i, st in enumerate(sts, 1):
        d.add("row", cells=(f"Finding {i}", _link(st, _NATIONAL, 2)), label="two27b")
    _numbered_recs(c, 3)


def c814(c: Ctx) -> None:  # "Assurance requests" in a Ref / Assurance requested / From table (agency the From cell)
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "Learning themes")
    for i, st in enumerate(_sts(c, 3), 1):
        _learning(c, st, f"Learning theme {i}")
    d.add("h1", "Assurance requests")
    d.add("p", "The safeguarding partners will seek the following assurance. Responses will be considered by the "
          "Learning and Improvement Group.")  # fmt: skip
    d.add("header", cells=("Ref", "Assurance requested", "From"), label="assure27b")
    for j, (r, _who, text) in enumerate(_assurances(c, 3), 1):
        key = d.lesson("recommendation", f"AR{j}", text, r.themes, r.agency)
        d.add("row", keys=key, cells=(f"AR{j}", text, r.agency), label="assure27b")


def c815(c: Ctx) -> None:  # the review's stages in a dated list: notification, rapid review ... publication
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership, c.title(), f"Independent reviewer: {s.author}")
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c, 22)} {partnership} commissioned this review to learn how agencies worked with "
          f"{s.child} and {_poss(c)} family.")  # fmt: skip
    d.add("h1", "How the review was carried out")
    for stage, back in (("Serious incident notified to the national Panel", 22), ("Rapid review meeting", 21),
                        ("Terms of reference agreed", 17), ("Practitioner learning event", 11),
                        ("Report agreed by the safeguarding partners", 3)):  # fmt: skip
        d.add("bullet", f"{stage}: {_month(_before(c, back))}")
    d.add("bullet", f"Published: {c.printed_date()}")
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _learning(c, st, f"Finding {i}", "finding")
    _numbered_recs(c, 3)


def c816(c: Ctx) -> None:  # each finding followed by its "Improvement action N:" run-in (a recommendation)
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "Findings and improvement actions")
    # each finding with the action that shares most of its themes, from a pool wide enough that each finds one
    pool = [r for r in _recs(c, 20) if _fits_age(c, r.text)]
    for i, (st, r) in enumerate(_pair(_sts(c, 3), pool, lambda r: r.themes), 1):
        _learning(c, st, f"Finding {i}", "finding")
        _runin(c, r.text, d.lesson("recommendation", f"Improvement action {i}", r.text, r.themes),
               f"Improvement action {i}:")  # fmt: skip


_JOINT: dict[str, str] = {}  # document -> "A and B", a lead reviewer and a co-reviewer printed on separate lines


def _joint(build):
    """The gold's author where two reviewers are printed on separate lines: "A and B" (as C703 and C706), which
    printed_only cannot find as printed."""

    def run(c: Ctx) -> None:
        build(c)
        if c.doc.name in _JOINT:
            c.doc.meta["author"] = _JOINT[c.doc.name]

    run.__doc__ = build.__doc__
    return run


BUILDERS = {
    f"C{int(name[1:]):02d}": _joint(_printed_only(_named(fn)))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
