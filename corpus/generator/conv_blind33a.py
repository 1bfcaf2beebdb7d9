"""Corpus generator: the thirty-third blind held-out set, first half: conventions C997-C1014 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to who each lesson is for and what kind the
review calls it: recommendations grouped under agency headings, "Responsible body:", "Owner:", "Lead:" and "For:"
lines, agency acronyms in brackets after the number, an action plan with Agency, Lead officer, Timescale and RAG
columns, multi-agency and national addressees, addressees named only inside the sentence, an NHS commissioner named
as a primary care trust, a clinical commissioning group or an integrated care board by the year, audiences that are
never agencies; and lessons whose kind the review names in its own words ("Areas of strength", "Areas for
development", "Notable practice", "System findings", "Practice issues", "Lessons identified", "Key messages for
practitioners", "What needs to change", "Recommendations for consideration", "Actions for the partnership").

Each lesson is declared as a careful reader records it, following the precedents of corpus/CONVENTIONS.md: a lesson's
agency is the body the document addresses it to, apart from the sentence, as printed (C62, C534, C660, C662, C664,
C666, C973), an acronym read as the full name its key gives (C140, C661, C670), never a lead officer, a supporting
partner, a timescale or a status (C156, C671), never an audience (C227, C604), never an agency merely involved in a
finding (C248, C625), never a heading that names a board or partnership (C305, C480), and none where only the
sentence names it (C424, C480); learning or good practice under a heading that gives the agency's own learning carries
it (C318, C370, C597). Only element kinds the earlier writers already draw are used.
"""

from __future__ import annotations

import re

from .conv_blind18b import _harm, _of_its_time, _p, _runin
from .conv_blind19b import _break, _good
from .conv_blind20b import _before, _month
from .conv_blind23b import _poss, _setup
from .conv_blind26a import NATIONAL
from .conv_blind28a import _conclusion, _contents, _events, _glossary, _hf
from .conv_blind30a import _cover, _front, _headed, _recs
from .conv_blind32a import _sts as _sts32
from .conv_blind32b import _sts as _sts_national
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx

COLUMN_WIDTHS["plan33a"] = ((0.06, 0.17, 0.40, 0.17, 0.10, 0.10), True)  # No. / Agency / Recommendation / Lead officer
COLUMN_WIDTHS["pair33a"] = ((0.40, 0.40, 0.20), False)  # Learning / Recommendation / Lead agency
COLUMN_WIDTHS["resp33a"] = ((0.08, 0.52, 0.24, 0.16), False)  # Ref / Recommendation / Responsible body / Timescale
COLUMN_WIDTHS["key33a"] = ((0.2, 0.8), False)  # Abbreviation / Agency
COLUMN_WIDTHS["lead33a"] = ((0.08, 0.52, 0.22, 0.18), False)  # No. / Recommendation / Lead agency / Target date


_PARTY = re.compile(r"family party", re.I)


def _sts(c: Ctx, n: int, months: int = 18) -> list:
    """conv_blind32a's statements, less two that the story would contradict: a family party on the night of an
    incident that fell while households could not mix indoors (March 2020 to April 2021; the incident is the month
    the document prints, `months` before the publication), and a stepfather where the background says the child lived with both parents (the
    PARENTAL scenario). Where the plain draw has neither it is kept as it is."""
    early = "2020-03" <= _before(c, months)[:7] <= "2021-04"
    both = c.spec.scenario == "PARENTAL"

    def fits(st) -> bool:
        t = f"{st.title} {st.body}"
        return not ((early and _PARTY.search(t)) or (both and "stepfather" in t))

    plain = _sts32(c, n)
    if all(fits(st) for st in plain):
        return plain
    return [st for st in _sts32(c, n + 8) if fits(st)][:n]


def _year(c: Ctx) -> int:
    return int(c.doc.meta["published"][:4])


def _nhs(c: Ctx) -> str:
    """The NHS commissioner of the publication's time: a primary care trust to March 2013, a clinical commissioning
    group to June 2022, an integrated care board from July 2022."""
    pub = c.spec.published
    if pub < "2013-04":
        return "Primary Care Trust"
    if pub < "2022-07":
        return "Clinical Commissioning Group"
    return "Integrated Care Board"


def _who(c: Ctx, agency: str) -> str:
    """A bank recommendation's agency as a document of its year names it."""
    if agency == "Integrated Care Board":
        return _nhs(c)
    if agency == "Safeguarding Partnership" and _year(c) < 2019:
        return "Local Safeguarding Children Board"
    return agency


def _addressed(c: Ctx, n: int, single: bool = False) -> list:
    """n recommendations that carry an agency (as its year names it), the most agencies first; single: only those to
    one agency, never to all partner agencies nor to the partnership or board (a heading naming either gives none)."""
    out, seen = [], set()
    group = ("All partner agencies", "Safeguarding Partnership", "LSCB", "Local Safeguarding Children Board")
    pool = [r for r in _recs(c, n + 12) if r.agency and not (single and r.agency in group)]
    for r in pool:
        if r.agency not in seen:
            out.append(r)
            seen.add(r.agency)
    out += [r for r in pool if r not in out]
    return [(r, _who(c, r.agency)) for r in out[:n]]


def _opening(c: Ctx, partnership: str, months: int = 18) -> str:
    s = c.spec
    return (f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, months))}. {partnership} commissioned "
            f"this review to understand how agencies worked with {s.child} and {_poss(c)} family.")  # fmt: skip


def _short_front(c: Ctx, partnership: str, numbered: bool = False) -> int:
    """Introduction, methodology and what happened; returns the next section number."""
    d = c.doc
    d.add("h1", "1. Introduction" if numbered else "Introduction")
    d.add("p", _opening(c, partnership))
    d.add("h1", "2. Methodology" if numbered else "Methodology")
    d.add("p", "Each agency provided a chronology and a report of its involvement. The reviewer met the practitioners "
          "at a learning event and was supported by a panel of senior managers from the agencies.")  # fmt: skip
    d.add("h1", "3. What happened" if numbered else "What happened")
    for text in _events(c, 2):
        d.add("p", text)
    return 4


def _findings(c: Ctx, n: int, heading: str = "Findings", label: str = "Finding") -> None:
    c.doc.add("h1", heading)
    for i, st in enumerate(_sts(c, n), 1):
        key = _headed(c, st, f"{label} {i}", "finding")
        _p(c, st.body, key)


def _plain_learning(c: Ctx, n: int, heading: str = "Learning") -> None:
    d = c.doc
    d.add("h1", heading)
    for st in _sts(c, n):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)


def _gp_bullets(c: Ctx, n: int, heading: str) -> None:
    d = c.doc
    d.add("h1", heading)
    for g in _good(c, n):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))


def _lcspr(c: Ctx, reviewer: str = "Independent reviewer") -> str:
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, f"{reviewer}: {s.author}", f"Published: {c.printed_date()}")
    d.meta["title"] = title
    return partnership


# --- C997: recommendations under "Recommendations for <agency>" headings, numbered on --------------------------------


def c997(c: Ctx) -> None:  # LCSPR: agency group headings "Recommendations for the X" over numbered recommendations
    d = c.doc
    partnership = _lcspr(c)
    _contents(c)
    _front(c, partnership)
    _findings(c, 3)
    _gp_bullets(c, 2, "What went well")
    d.add("h1", "Recommendations")
    d.add("p", "The recommendations are grouped by the agency that is to lead each of them, and numbered in one "
          "series so that the action plan can refer to them.")  # fmt: skip
    j = 0
    groups: dict[str, list] = {}
    for r, agency in _addressed(c, 4, single=True):
        groups.setdefault(agency, []).append(r)
    for agency, recs in groups.items():
        the = "" if agency in ("Police", "Education", "Public Health", "Children's Social Care") else "the "
        d.add("h2", f"Recommendations for {the}{agency}")
        for r in recs:
            j += 1
            d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes, agency), label=f"{j}.")
    _conclusion(c)


# --- C998: an acronym in brackets after each recommendation's number, read from a key -------------------------------

_KEYS_998 = {
    "Hampshire": (
        ("CSC", "Hampshire County Council Children's Services"),
        ("HC", "Hampshire Constabulary"),
        ("PCT", "NHS Hampshire"),
        ("HHFT", "Hampshire Hospitals NHS Foundation Trust"),
    ),
    "Portsmouth": (
        ("CSC", "Portsmouth City Council Children's Social Care"),
        ("HC", "Hampshire Constabulary"),
        ("CCG", "NHS Portsmouth Clinical Commissioning Group"),
        ("PHT", "Portsmouth Hospitals NHS Trust"),
        ("MASH", "Multi-Agency Safeguarding Hub"),
    ),
}
_RECS_998 = (
    ("CSC", "Children's social care should ensure that every contact about a child under five is discussed with a "
     "manager before it is closed, and that the decision and its reasons are recorded.",
     ("agency.childrens_social_care", "assess.thresholds_cp_processes", "multi.record_keeping")),
    ("HC", "The police should ensure that officers attending a domestic abuse incident record the names and ages of "
     "all children in the household and share the report with children's social care within 24 hours.",
     ("agency.police", "fam.domestic_abuse", "multi.information_sharing")),
    ("PCT", "GP practices should ensure that a child who is not brought to two consecutive appointments is discussed "
     "with the practice's safeguarding lead.",
     ("agency.universal_health", "assess.disguised_compliance")),
    ("HHFT", "The hospital trust should ensure that the emergency department checks whether a child has a social "
     "worker or a child protection plan at every attendance.",
     ("agency.acute_health", "multi.information_sharing")),
    ("MASH", "The MASH should ensure that health information is sought before a decision is made on every referral "
     "about a child under two.",
     ("multi.information_sharing", "assess.thresholds_cp_processes", "vuln.babies_infants")),
)  # fmt: skip


def c998(c: Ctx) -> None:  # SCR: "Key to agencies" table; recommendations "R1 (CSC)": agency the key's full name
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, "Overview report", f"Independent author: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    key = dict(_KEYS_998[s.area])
    _short_front(c, partnership, numbered=True)
    d.add("h1", "4. Key to agencies")
    d.add("p", "The agencies that contributed to the review are referred to in this report by the abbreviations below.")
    d.add("header", cells=("Abbreviation", "Agency"), label="key33a")
    for abbr, name in _KEYS_998[s.area]:
        d.add("row", cells=(abbr, name), label="key33a")
    d.add("h1", "5. Lessons learned")
    for i, st in enumerate(_sts(c, 3), 1):
        k = d.lesson("learning_point", f"5.{i}", st.body, st.themes)
        d.add("num", st.body, k, label=f"5.{i}")
    d.add("h1", "6. Recommendations")
    d.add("p", "Each recommendation shows in brackets the agency that is to lead it.")
    j = 0
    for abbr, text, themes in _RECS_998:
        if abbr == "PCT" and "CCG" in key:
            abbr = "CCG"
        if abbr not in key:
            continue
        j += 1
        k = d.lesson("recommendation", f"R{j}", text, themes, key[abbr])
        _runin(c, text, k, f"R{j} ({abbr})")
    d.add("h1", "7. Conclusion")
    d.add("p", f"The Board accepts the findings of this review. The agencies have agreed an action plan and the "
          f"{partnership} will monitor its progress.")  # fmt: skip


# --- C999: an action plan No. / Agency / Recommendation / Lead officer / Timescale / RAG ---------------------------

_OFFICERS = {
    "Children's Social Care": "Head of Service, Children's Safeguarding",
    "Police": "Detective Chief Inspector, Public Protection",
    "Clinical Commissioning Group": "Designated Nurse for Safeguarding Children",
    "Integrated Care Board": "Designated Nurse for Safeguarding Children",
    "Safeguarding Partnership": "Partnership Business Manager",
    "All partner agencies": "Chair of the Learning and Improvement Group",
    "Education": "Education Safeguarding Lead",
    "Acute Trust": "Named Nurse for Safeguarding Children",
    "Mental Health Trust": "Named Professional for Safeguarding",
}


def c999(c: Ctx) -> None:  # LCSPR: landscape action plan whose Agency cell is the agency; Lead officer never
    d = c.doc
    partnership = _lcspr(c)
    _contents(c)
    _front(c, partnership)
    _plain_learning(c, 3)
    d.add("h1", "Recommendations")
    d.add("p", "The recommendations are set out in the action plan that follows, with the agency that is to lead each "
          "of them, the officer accountable and the timescale agreed by the safeguarding partners.")  # fmt: skip
    d.add("landscape")
    d.add("h1", "Action plan")
    d.add("header", cells=("No.", "Agency", "Recommendation", "Lead officer", "Timescale", "RAG"), label="plan33a")
    for j, ((r, agency), (when, rag)) in enumerate(
        zip(_addressed(c, 4), (("3 months", "Green"), ("6 months", "Amber"), ("6 months", "Green"), ("12 months", "Red")))
    , 1):  # fmt: skip
        k = d.lesson("recommendation", str(j), r.text, r.themes, agency)
        d.add("row", keys=k, cells=(str(j), agency, r.text, _OFFICERS.get(agency, "Service Manager"), when, rag),
              label="plan33a")  # fmt: skip
    d.add("small", "RAG: Green, on track; Amber, some delay; Red, not started or at risk.")
    d.add("portrait")
    _conclusion(c)


# --- C1000: the addressee only inside the sentence -----------------------------------------------------------------


def c1000(c: Ctx) -> None:  # LCSPR: "Recommendation N" headings, "X should ..." and no addressee apart: no agency
    d = c.doc
    partnership = _lcspr(c, "Lead reviewer")
    _front(c, partnership)
    d.add("h1", "Learning identified")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Learning {i}", "learning_point")
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    d.add("p", "Each recommendation names in its first words the agency or agencies it asks to act. The safeguarding "
          "partners will ask each of them for an action plan within three months.")  # fmt: skip
    for j, (r, _agency) in enumerate(_addressed(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j}", key)
        _p(c, r.text, key)
    _conclusion(c)


# --- C1001: a Panel national review's "For:" lines, national and several addressees ---------------------------------

_JOINT = (
    "The Department for Education and the Department of Health and Social Care should jointly publish guidance on "
    "how children's social care and health services share information about babies under one who are subject to a "
    "child protection plan.",
    ("multi.information_sharing", "vuln.babies_infants", "org.policy_guidance"),
)


def c1001(c: Ctx) -> None:  # Panel national review: "Recommendation N" with a "For:" line, as printed
    d, s = c.doc, c.spec
    c.__dict__["nameless"] = True
    c.__dict__["national"] = True
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", d.meta["title"])
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "Foreword")
    d.add("p", "This review draws on the rapid reviews and local child safeguarding practice reviews that "
          "safeguarding partnerships sent to the Panel, and on conversations with practitioners and families.")  # fmt: skip
    d.add("p", "Chair, Child Safeguarding Practice Review Panel")
    d.add("h1", "About this review")
    d.add("p", "The Panel examined the cases of children notified to it over two years. The names and details of the "
          "children are not given.")  # fmt: skip
    d.add("h1", "What we found")
    for i, st in enumerate(_sts_national(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    d.add("p", "Each recommendation is followed by the body or bodies to which it is addressed.")
    bodies = ("Department for Education", "joint", "Local safeguarding partners") if s.published < "2023" else (
        "Department for Education", "NHS England", "joint", "Ofsted")  # fmt: skip
    for j, body in enumerate(bodies, 1):
        if body == "joint":
            text, themes = _JOINT
            printed = "The Department for Education and the Department of Health and Social Care"
        else:
            text, themes = NATIONAL[body]
            printed = f"The {body}" if body.startswith("Department") else body
        key = d.lesson("recommendation", f"Recommendation {j}", text, themes, printed)
        d.add("h2", f"Recommendation {j}", key)
        _p(c, text, key)
        d.add("small", f"For: {printed}")


# --- C1002: a rapid review's "Recommendations for consideration" and a paragraph for the Panel ---------------------


def c1002(c: Ctx) -> None:  # rapid review summary: "Lead:" lines; "For the Child Safeguarding Practice Review Panel"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Rapid Review: {s.child}. Summary of learning"
    d.meta["title"] = title
    _hf(c, title)
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Date of rapid review meeting: {_month(_before(c, 9))}")
    d.add("cover", f"Date published: {c.printed_date()}")
    _break(c)
    d.add("h1", "1. Background")
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 10))}. The safeguarding partners "
          "notified the Child Safeguarding Practice Review Panel and held a rapid review with the agencies involved.")  # fmt: skip
    d.add("h1", "2. Learning identified")
    for i, st in enumerate(_sts(c, 3, 10), 1):
        k = d.lesson("learning_point", str(i), st.body, st.themes)
        d.add("num", st.body, k, label=f"{i}.")
    _gp_bullets(c, 2, "3. Good practice identified")
    d.add("h1", "4. Recommendations for consideration")
    d.add("p", "The rapid review asks the safeguarding partners to consider the following:")
    for j, (r, agency) in enumerate(_addressed(c, 3), 1):
        k = d.lesson("recommendation", str(j), r.text, r.themes, agency)
        d.add("num", r.text, k, label=f"{j}.")
        d.add("small", f"Lead: {agency}")
    d.add("h2", "For the Child Safeguarding Practice Review Panel")
    text = ("The rapid review found that the national guidance on sharing information about pregnant women with "
            "children's social care is not clear about when consent is needed, and asks the Panel to consider this "
            "in its national work.")  # fmt: skip
    k = d.lesson("recommendation", "", text, ("multi.information_sharing", "vuln.babies_infants",
                                              "org.policy_guidance"), "Child Safeguarding Practice Review Panel")  # fmt: skip
    _p(c, text, k)
    d.add("h1", "5. Decision")
    d.add("p", "The safeguarding partners decided that the learning had been identified by the rapid review and that "
          "a local child safeguarding practice review would not be held. The Panel agreed with this decision.")  # fmt: skip


# --- C1003: a seven-minute briefing whose sections name the kinds ------------------------------------------------------


def c1003(
    c: Ctx,
) -> None:  # 7-minute briefing: "What the review found", "What went well", "Key messages ...", "What needs to change"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"7-minute briefing: {s.child}"
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("h1", "1. Background")
    d.add("p", _opening(c, partnership, 16))
    d.add("h1", "2. The review")
    d.add("p", f"The Local Child Safeguarding Practice Review was led by {s.author}, an independent reviewer, and "
          "drew on the agencies' records and a learning event with practitioners.")  # fmt: skip
    d.add("h1", "3. What the review found")
    for st in _sts(c, 2, 16):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    _gp_bullets(c, 2, "4. What went well")
    d.add("h1", "5. Key messages for practitioners")
    for st in _sts(c, 2, 16):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "6. What needs to change")
    for r, _agency in _addressed(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "7. Questions to consider")
    d.add("bullet", "How do you find out who lives in, or regularly visits, the home of a child you work with?")
    d.add("bullet", "What would you do if a parent's account did not match what you saw?")


# --- C1004: a SILP report's "Areas of strength" and "Areas for development" under each agency -----------------------

_AGENCY_THEMES = (
    ("agency.childrens_social_care", "Children's Social Care"),
    ("agency.police", "Police"),
    ("agency.universal_health", "Community health services"),
    ("agency.acute_health", "Hospital"),
    ("edu.school_role", "Education"),
)


def _agency_of(themes) -> str:
    for theme, name in _AGENCY_THEMES:
        if theme in themes:
            return name
    return ""


def c1004(
    c: Ctx,
) -> None:  # SILP: per-agency "Areas of strength" (good practice) and "Areas for development" (learning)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, "A Significant Incident Learning Process (SILP) review",
           f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")  # fmt: skip
    _short_front(c, partnership)
    learning: dict[str, list] = {}
    for st in _sts(c, 10):
        if _agency_of(st.themes):
            learning.setdefault(_agency_of(st.themes), []).append(st)
    strengths: dict[str, list] = {}
    for g in _good(c, 8):
        if _agency_of(g.themes):
            strengths.setdefault(_agency_of(g.themes), []).append(g)
    d.add("h1", "Learning for each agency")
    d.add("p", "At the learning event each agency's practitioners and managers considered what their own service did "
          "well and what it should develop.")  # fmt: skip
    shown = [name for _, name in _AGENCY_THEMES if name in learning or name in strengths][:3]
    for name in shown:
        d.add("h2", name)
        if strengths.get(name):
            d.add("h3", "Areas of strength")
            for g in strengths[name][:1]:
                d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes, name))
        if learning.get(name):
            d.add("h3", "Areas for development")
            for st in learning[name][:2]:
                d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes, name))
    d.add("h1", "Multi-agency recommendations")
    for j, (r, _agency) in enumerate(_addressed(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


# --- C1005: each finding immediately followed by the recommendation it gives rise to, with "Owner:" ------------------


def c1005(c: Ctx) -> None:  # LCSPR: "Finding N: title", then "Recommendation N:" run-in and an "Owner:" line
    d = c.doc
    partnership = _lcspr(c)
    _front(c, partnership)
    d.add("h1", "Findings and recommendations")
    d.add("p", "Each finding is followed by the recommendation that arises from it and the agency that owns it.")
    for i, (st, (r, agency)) in enumerate(zip(_sts(c, 3), _addressed(c, 3)), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
        k = d.lesson("recommendation", f"Recommendation {i}", r.text, r.themes, agency)
        _runin(c, r.text, k, f"Recommendation {i}:")
        d.add("small", f"Owner: {agency}")
    _conclusion(c)


# --- C1006: the NHS commissioner named by the year, in "Responsible body:" lines -----------------------------------

_BODIES_1006 = {
    2011: (
        ("NHS Bradford and Airedale",
         "GP practices should ensure that a child who is not brought to appointments is followed up, and that the "
         "practice's safeguarding lead reviews every child with three or more missed appointments in a year.",
         ("agency.universal_health", "assess.disguised_compliance")),
        ("Bradford Children's Social Care",
         "Children's social care should ensure that a core assessment considers every adult who lives in or visits "
         "the household, and records what is known of each.",
         ("agency.childrens_social_care", "fam.male_carers", "assess.whole_family")),
        ("West Yorkshire Police",
         "The police should ensure that the children present at every domestic abuse incident are named in the "
         "report shared with children's social care.",
         ("agency.police", "fam.domestic_abuse", "multi.information_sharing")),
        ("Bradford Teaching Hospitals NHS Foundation Trust",
         "The hospital trust should ensure that the emergency department asks about a child's social worker and "
         "child protection plan at every attendance.",
         ("agency.acute_health", "multi.information_sharing")),
    ),
    2021: (
        ("NHS Bradford District and Craven Clinical Commissioning Group",
         "GP practices should ensure that a child who is not brought to appointments is followed up, and that the "
         "practice's safeguarding lead reviews every child with three or more missed appointments in a year.",
         ("agency.universal_health", "assess.disguised_compliance")),
        ("Bradford Children's Social Care",
         "Children's social care should ensure that every assessment considers every adult who lives in or visits "
         "the household, and records what is known of each.",
         ("agency.childrens_social_care", "fam.male_carers", "assess.whole_family")),
        ("West Yorkshire Police",
         "The police should ensure that the children present at every domestic abuse incident are named in the "
         "report shared with children's social care.",
         ("agency.police", "fam.domestic_abuse", "multi.information_sharing")),
        ("Bradford District Care NHS Foundation Trust",
         "The trust's adult mental health services should ask every patient who is a parent about the children in "
         "their care and record who they are.",
         ("fam.parental_mental_health", "assess.whole_family")),
    ),
}  # fmt: skip


def c1006(c: Ctx) -> None:  # SCR 2011 (PCT) or LCSPR 2021 (CCG): "Recommendation N." with "Responsible body:" lines
    d, s = c.doc, c.spec
    y = _year(c)
    partnership = c.partnership
    _setup(c, partnership)
    title = (f"Serious Case Review: {s.child}" if y < 2019 else
             f"Local Child Safeguarding Practice Review: {s.child}")  # fmt: skip
    _hf(c, title)
    _cover(c, partnership, title, f"Independent author: {s.author}", f"Published: {c.printed_date()}")
    _short_front(c, partnership, numbered=True)
    d.add("h1", "4. Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"4.{i}", "finding")
        _p(c, st.body, key)
    d.add("h1", "5. Recommendations")
    for j, (body, text, themes) in enumerate(_BODIES_1006[y], 1):
        k = d.lesson("recommendation", f"Recommendation {j}", text, themes, body)
        _runin(c, text, k, f"Recommendation {j}.")
        d.add("small", f"Responsible body: {body}")


# --- C1007: "Notable practice", "System finding N", "Actions for the partnership" --------------------------------------


def c1007(c: Ctx) -> None:  # LCSPR: notable practice (good practice), system findings, actions for the partnership
    d = c.doc
    partnership = _lcspr(c)
    _front(c, partnership)
    _gp_bullets(c, 2, "Notable practice")
    _findings(c, 3, "System findings", "System finding")
    d.add("h1", "Actions for the partnership")
    d.add("p", f"The review asks the {partnership} to take the following actions and to report on their progress "
          "within twelve months.")  # fmt: skip
    for j, (r, _agency) in enumerate(_addressed(c, 3), 1):
        k = d.lesson("recommendation", f"A{j}", r.text, r.themes)
        _runin(c, r.text, k, f"A{j}")
    _conclusion(c)


# --- C1008: "Practice issues" and "Lessons identified" in an older serious case review; a Lead agency table ---------


def c1008(c: Ctx) -> None:  # SCR 2010-12: "Practice issues" 4.N (findings), "Lessons identified" 5.N (learning)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}. Executive Summary"
    _hf(c, title)
    _cover(c, partnership, title, f"Overview author: {s.author}", c.printed_date())
    _short_front(c, partnership, numbered=True)
    d.add("h1", "4. Practice issues")
    for i, st in enumerate(_sts(c, 2), 1):
        k = d.lesson("finding", f"4.{i}", st.body, st.themes)
        d.add("num", st.body, k, label=f"4.{i}")
    d.add("h1", "5. Lessons identified")
    for i, st in enumerate(_sts(c, 2), 1):
        k = d.lesson("learning_point", f"5.{i}", st.body, st.themes)
        d.add("num", st.body, k, label=f"5.{i}")
    d.add("h1", "6. Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency", "Target date"), label="lead33a")
    for j, (r, agency) in enumerate(_addressed(c, 3), 1):
        k = d.lesson("recommendation", str(j), r.text, r.themes, agency)
        d.add("row", keys=k, cells=(str(j), r.text, agency, _month(_before(c, -6 * j))), label="lead33a")


# --- C1009: learning and recommendation printed together in one table row -------------------------------------------


def c1009(c: Ctx) -> None:  # LCSPR: Learning / Recommendation / Lead agency rows: two lessons, the agency the rec's
    d = c.doc
    partnership = _lcspr(c)
    _contents(c)
    _front(c, partnership)
    _findings(c, 2)
    d.add("h1", "Learning and recommendations")
    d.add("p", "Each row sets a lesson from the review beside the recommendation it leads to.")
    d.add("header", cells=("Learning", "Recommendation", "Lead agency"), label="pair33a")
    for st, (r, agency) in zip(_sts(c, 3), _addressed(c, 3)):
        k1 = d.lesson("learning_point", "", st.body, st.themes)
        k2 = d.lesson("recommendation", "", r.text, r.themes, agency)
        d.add("row", keys=(k1, k2), cells=(st.body, r.text, agency), label="pair33a")
    _glossary(c)


# --- C1010: a Ref / Recommendation / Responsible body / Timescale table ------------------------------------------


def c1010(c: Ctx) -> None:  # LCSPR: "What needs to change" table whose Responsible body is the agency as printed
    d = c.doc
    partnership = _lcspr(c)
    _front(c, partnership)
    _plain_learning(c, 3, "What we learned")
    d.add("h1", "What needs to change")
    d.add("header", cells=("Ref", "Recommendation", "Responsible body", "Timescale"), label="resp33a")
    for j, ((r, agency), when) in enumerate(
        zip(_addressed(c, 4), ("6 months", "3 months", "12 months", "6 months")), 1
    ):
        k = d.lesson("recommendation", f"R{j}", r.text, r.themes, agency)
        d.add("row", keys=k, cells=(f"R{j}", r.text, agency, when), label="resp33a")
    _conclusion(c)


# --- C1011: a learning briefing whose learning ends with the service in brackets ----------------------------------


def c1011(c: Ctx) -> None:  # briefing: "Lessons identified" bullets ending "(Police)": the bracket is the agency
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Learning briefing: {s.child}"
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("h1", "About the review")
    d.add("p", f"{_opening(c, partnership, 16)} The Local Child Safeguarding Practice Review was written by "
          f"{s.author}.")  # fmt: skip
    d.add("h1", "Lessons identified")
    d.add("p", "Where a lesson is for one service, the service is shown in brackets after it.")
    for st in _sts(c, 8, 16)[:4]:
        agency = _agency_of(st.themes)
        text = f"{st.body} ({agency})" if agency else st.body
        d.add("bullet", text, d.lesson("learning_point", "", st.body, st.themes, agency))
    _gp_bullets(c, 1, "Good practice")
    d.add("h1", "Recommendations")
    for j, (r, _agency) in enumerate(_addressed(c, 2), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


# --- C1012: "Key messages for practitioners" by audience (never an agency); recommendations "For the X" --------------

_AUDIENCES = (
    ("For GPs and practice nurses", "agency.universal_health"),
    ("For teachers and school staff", "edu.school_role"),
    ("For police officers", "agency.police"),
)


def c1012(c: Ctx) -> None:  # LCSPR: key messages under audience headings (no agency); "For the X:" recs (agency)
    d = c.doc
    partnership = _lcspr(c)
    _front(c, partnership)
    _findings(c, 2)
    d.add("h1", "Key messages for practitioners")
    pool, shown = _sts(c, 12), 0
    for audience, theme in _AUDIENCES:
        mine = [st for st in pool if theme in st.themes][:1]
        if not mine:
            continue
        pool.remove(mine[0])
        shown += 1
        d.add("h2", audience)
        d.add("bullet", mine[0].body, d.lesson("learning_point", "", mine[0].body, mine[0].themes))
    if shown < 3:
        d.add("h2", "For all practitioners")
        for st in pool[: 3 - shown]:
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    for j, (r, agency) in enumerate(_addressed(c, 3, single=True), 1):
        the = "" if agency in ("Police", "Education", "Public Health", "Children's Social Care") else "the "
        d.add("h3", f"For {the}{agency}:")
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes, agency), label=f"{j}.")
    _conclusion(c)


# --- C1013: a 2009-11 executive summary: recommendations for the LSCB and for individual agencies --------------------

_AGENCIES_1013 = {
    "Nottinghamshire": ("Nottinghamshire County Council Children, Families and Cultural Services",
                        "Nottinghamshire Police", "NHS Nottinghamshire County",
                        "Sherwood Forest Hospitals NHS Foundation Trust"),
    "Derbyshire": ("Derbyshire County Council Children and Younger Adults Department", "Derbyshire Constabulary",
                   "NHS Derbyshire County", "Chesterfield Royal Hospital NHS Foundation Trust"),
}  # fmt: skip
_LSCB_1013 = (
    ("The LSCB should seek assurance within six months that its multi-agency procedure for resolving professional "
     "disagreements is known to front-line staff in every agency and is used.",
     ("assess.critical_thinking_challenge", "org.policy_guidance")),
    ("The LSCB should include the learning from this review in its multi-agency training programme.",
     ("org.workforce_supervision", "review.system_learning")),
)  # fmt: skip


def c1013(c: Ctx) -> None:  # SCR executive summary: "for the LSCB" (no agency), then agency sub-headings (agency)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}. Executive Summary"
    _hf(c, title)
    _cover(c, partnership, title, f"Independent overview author: {s.author}", c.printed_date())
    _short_front(c, partnership, numbered=True)
    d.add("h1", "4. Lessons learned")
    for i, st in enumerate(_sts(c, 3), 1):
        k = d.lesson("learning_point", f"4.{i}", st.body, st.themes)
        d.add("num", st.body, k, label=f"4.{i}")
    d.add("h1", "5. Recommendations")
    d.add("h2", "Recommendations for the LSCB")
    j = 0
    for text, themes in _LSCB_1013:
        j += 1
        d.add("num", text, d.lesson("recommendation", str(j), text, themes), label=f"{j}.")
    d.add("h2", "Recommendations for individual agencies")
    texts = {a: (t, th) for a, t, th in _BODIES_1006[2011]}
    plain = (texts["Bradford Children's Social Care"], texts["West Yorkshire Police"],
             texts["NHS Bradford and Airedale"], texts["Bradford Teaching Hospitals NHS Foundation Trust"])  # fmt: skip
    for agency, (text, themes) in zip(_AGENCIES_1013[s.area], plain):
        j += 1
        d.add("h3", agency)
        d.add("num", text, d.lesson("recommendation", str(j), text, themes, agency), label=f"{j}.")


# --- C1014: "Agencies involved:" under each finding (never an agency); "Addressed to:" under each recommendation ----


_JOINT_1014 = (
    "The police and children's social care should agree how strategy discussions held outside office hours are "
    "recorded and passed to the day teams, and should audit the agreement together within six months."
)
_JOINT_THEMES = ("assess.thresholds_cp_processes", "multi.coordination", "multi.record_keeping", "agency.police",
                 "agency.childrens_social_care", "org.policy_guidance")  # fmt: skip
_JOINT_TO = {
    "Gloucestershire": "Gloucestershire Constabulary and Gloucestershire County Council Children's Services",
    "Wiltshire": "Wiltshire Police and Wiltshire Council Children's Services",
}


def c1014(c: Ctx) -> None:  # LCSPR: findings with "Agencies involved:" lines; recommendations with "Addressed to:"
    d = c.doc
    partnership = _lcspr(c)
    _front(c, partnership)
    d.add("h1", "Findings")
    young = not c.spec.age.endswith("years") or int(c.spec.age.split()[0]) < 5
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
        involved = (  # the services a child of that age sees: health visiting under five, a school after
            ("Children's Social Care; Police", "Health visiting; GP practice; Children's Social Care",
             "Police; Health visiting; Children's Social Care")
            if young else
            ("Children's Social Care; Police", "School nursing; GP practice; Children's Social Care",
             "Police; Education; Children's Social Care")
        )[i - 1]  # fmt: skip
        d.add("small", f"Agencies involved: {involved}")
    d.add("h1", "Recommendations")
    recs = [(r.text, r.themes, agency) for r, agency in _addressed(c, 2)]
    recs.insert(1, (_JOINT_1014, _JOINT_THEMES, _JOINT_TO[c.spec.area]))
    for j, (text, themes, printed) in enumerate(recs, 1):
        key = d.lesson("recommendation", f"Recommendation {j}", text, themes, printed)
        d.add("h2", f"Recommendation {j}", key)
        d.add("small", f"Addressed to: {printed}")
        _p(c, text, key)
    _conclusion(c)


BUILDERS = {
    f"C{int(name[1:]):03d}": _of_its_time(_printed_only(_named(fn)))
    for name, fn in list(globals().items())
    if re.fullmatch(r"c(99[7-9]|10(0\d|1[0-4]))", name)
}
