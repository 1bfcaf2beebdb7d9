"""Corpus generator: the thirty-fourth blind held-out set, second half: conventions C1051-C1068 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to the serious case reviews of 2008-2015 as
their era printed them: overview reports and executive summaries written under Working Together 2006 and 2010,
paragraphs numbered through the whole report, "Lessons learnt" and "Lessons to be learned" chapters, "Findings and
lessons", recommendations for the LSCB and then agency by agency (the Primary Care Trust, the Hospital Trust, the
Probation Trust, Connexions, the Children and Young People's Service), the agencies' own IMR recommendations
appended, action plans with "Lead officer" and "Completion date", executive summaries restating the overview's
recommendations, briefings for staff, reviews of several children and a family, and one scanned printed report.

Each lesson is declared as a careful reader records it, following the precedents of corpus/CONVENTIONS.md: an IMR's
own recommendation is a recommendation of the review, its agency the IMR's agency as printed (C140, C371, C714,
C747), while an IMR's summary and the actions agencies had already taken are never lessons; a restatement (an
executive summary bound before the body, a closing summary) adds no lesson (rule (1) of set 29's second half, C853,
C862), while a free-standing executive summary's lessons are its own (C371, rule (3)); a heading that names the Board
gives no agency (C305), an agency's heading gives its name (C714); a Lead officer (a post) and a completion date are
never an agency (C999, C156); a family's name is never the child (C990); a review of two children names both, with
no one age (C1029). Bank texts are drawn through set 18's second half's era filter (nothing a report of its year
could not print) and set 32's second half's filters. Only the earlier writers' element kinds are used.
"""

from __future__ import annotations

import re

from . import narrative
from .conv_blind18b import _fit, _harm, _of_its_time, _p, _runin
from .conv_blind19b import _break
from .conv_blind32b import _declare, _month, _printed_only
from .conv_blind32b import _rcs as _rcs32
from .conv_blind32b import _sts as _sts32
from .conv_blind33b import _several
from .conv_common import case_events as _case_events
from .conv_common import child_sex as _sex
from .conv_common import named as _named
from .conv_common import other_person as _other
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx

COLUMN_WIDTHS["plan34b"] = ((0.07, 0.36, 0.27, 0.18, 0.12), True)  # No. / Recommendation / Action / Lead officer / Date
COLUMN_WIDTHS["lsp34b"] = ((0.06, 0.33, 0.15, 0.16, 0.18, 0.12), True)  # Ref / Rec. / Agency / Lead officer / ...
COLUMN_WIDTHS["imr34b"] = ((0.22, 0.58, 0.20), False)  # Agency / IMR recommendation / Status
COLUMN_WIDTHS["agency34b"] = ((0.26, 0.74), False)  # Agency / Recommendation
COLUMN_WIDTHS["date34b"] = ((0.07, 0.55, 0.22, 0.16), False)  # No. / Recommendation / Agency / Completion date

# --- pieces the builders share -------------------------------------------------------------------------------------


def _other_sex(c: Ctx, text: str) -> bool:
    """A bank text naming the child whose later sentence speaks of the child in the other sex ("The one professional
    Child F trusted ... When the post ended, she disengaged" for a boy): passed over."""
    if not c.spec.child or c.spec.child not in text:
        return False
    other = r"\b(she|herself)\b" if _sex(c) == "m" else r"\b(he|himself)\b"
    return bool(re.search(other, text, re.I))


def _sts(c: Ctx, n: int) -> list:
    out: list = []
    while len(out) < n:
        drawn = _sts32(c, 1)
        if not drawn:
            break
        out += [st for st in drawn if not _other_sex(c, f"{st.title} {st.body}")]
    return out


def _rcs(c: Ctx, n: int) -> list:
    out: list = []
    while len(out) < n:
        drawn = _rcs32(c, 1)
        if not drawn:
            break
        out += [r for r in drawn if not _other_sex(c, r.text)]
    return out


def _year(c: Ctx) -> int:
    return int(c.spec.published[:4])


def _lscb(c: Ctx) -> str:
    """The Board of the area: every document of this half is of the LSCBs' years (to 2015)."""
    return f"{c.spec.area} Local Safeguarding Children Board"


def _events(c: Ctx, n: int) -> list[str]:
    """n events of the case's chronology that a report of its year could print (no early help before 2013)."""
    # a review naming no one child tells no event of "{child}" (it would print "concerns about 's attendance")
    unnamed = {narrative.fill(t, c.words) for t in narrative.CHRONOLOGY if "{child}" in t} if c.__dict__.get(
        "nameless") else set()  # fmt: skip
    return [e for e in _case_events(c, n + 8) if _fit(c, e) and e not in unnamed][:n]


def _pron(c: Ctx) -> tuple[str, str]:
    return ("he", "his") if _sex(c) == "m" else ("she", "her")


def _agency(c: Ctx, agency: str) -> str:
    """The bank's addressee as a serious case review of its year names it; "" for the Board itself (a heading that
    names the Board gives no agency, C305)."""
    pub = c.spec.published
    if agency in ("Safeguarding Partnership", "LSCB", "MASH Partnership", "MACE Panel", ""):
        return ""
    if agency == "Integrated Care Board":
        return "Primary Care Trust" if pub < "2013-04" else "Clinical Commissioning Group"
    if agency == "Probation Service":
        return "Probation Trust" if "2010-04" <= pub < "2014-06" else "Probation Service"
    return {
        "Acute Trust": "Hospital Trust",
        "All partner agencies": "All agencies",
        "Youth Justice Service": "Youth Offending Service",
        "Education": "Schools",
        "Health visiting service": "Health Visiting Service",
        "Housing Service": "Housing",
    }.get(agency, agency)


def _by_agency(c: Ctx, n: int) -> list[tuple[str, list]]:
    """n recommendations grouped by their addressee as the era names it, the Board's first."""
    groups: dict[str, list] = {}
    for r in _rcs(c, n):
        groups.setdefault(_agency(c, r.agency), []).append(r)
    return sorted(groups.items(), key=lambda kv: (kv[0] != "", list(groups).index(kv[0])))


_SHARED = ("", "All agencies", "Community Safety Partnership")


def _single(c: Ctx, n: int) -> list[tuple[str, object]]:
    """n recommendations that one agency could make in its own IMR, each with that agency as the era names it."""
    out = [(_agency(c, r.agency), r) for r in _rcs(c, n + 10)]
    return [(a, r) for a, r in out if a not in _SHARED][:n]


def _heading(agency: str) -> str:
    """An agency's sub-heading: its name (the agency, C714); the Board's (never an agency, C305)."""
    return agency or "The Local Safeguarding Children Board"


def _num(c: Ctx, label: str, text: str, keys=()) -> None:
    """A numbered paragraph; the scanner prints the number as typed at the head of the paragraph."""
    if c.spec.fmt == "scan":
        c.doc.add("p", f"{label} {text}", keys)
    else:
        c.doc.add("num", text, keys, label=label)


def _front(c: Ctx, author_line: str, *extra: str, title: str = "") -> None:
    d, s = c.doc, c.spec
    d.meta["title"] = title or f"Serious Case Review: {s.child}. Overview Report"
    d.add("cover", _lscb(c))
    d.add("title", d.meta["title"])
    d.add("cover", author_line)
    for line in extra:
        d.add("cover", line)
    d.add("cover", f"Date of publication: {c.printed_date()}")
    _break(c)


def _intro(c: Ctx, sec: int, wt: str = "2010") -> int:
    """Numbered introduction and background paragraphs ("1.1", "2.1"); returns the next section number."""
    d, s = c.doc, c.spec
    d.add("h1", f"{sec}. Introduction")
    _num(c, f"{sec}.1", f"{s.child}, who was {s.age} old, {_harm(c)}. The Local Safeguarding Children Board decided "
         f"that the criteria for a serious case review set out in chapter 8 of Working Together to Safeguard "
         f"Children {wt} were met.")  # fmt: skip
    _num(c, f"{sec}.2", "Each agency that had contact with the child and family was asked to provide an Individual "
         "Management Review (IMR) and a chronology. This overview report draws on those reviews.")  # fmt: skip
    d.add("h1", f"{sec + 1}. Background")
    for k, event in enumerate(_events(c, 2), 1):
        _num(c, f"{sec + 1}.{k}", event)
    return sec + 2


# --- the conventions ------------------------------------------------------------------------------------------------


def c1051(c: Ctx) -> None:  # every paragraph numbered; recommendations for the LSCB then per agency, one series
    d, s = c.doc, c.spec
    _front(c, f"Independent overview author: {s.author}")
    sec = _intro(c, 1, "2006" if c.spec.published < "2010-04" else "2010")  # Working Together 2010: March 2010
    d.add("h1", f"{sec}. Lessons learnt")
    _num(c, f"{sec}.1", "The panel identified the following lessons from the individual management reviews and the "
         "overview.")  # fmt: skip
    for k, st in enumerate(_sts(c, 3), 2):
        _num(c, f"{sec}.{k}", st.body, d.lesson("learning_point", f"{sec}.{k}", st.body, st.themes))
    sec += 1
    d.add("h1", f"{sec}. Recommendations")
    k = 1
    for agency, recs in _by_agency(c, 5):
        d.add("h2", _heading(agency))
        for r in recs:
            _num(c, f"{sec}.{k}", r.text, d.lesson("recommendation", f"{sec}.{k}", r.text, r.themes, agency))
            k += 1


def c1052(c: Ctx) -> None:  # a free-standing Ofsted-era executive summary: its lessons and recommendations its own
    d, s = c.doc, c.spec
    title = f"Serious Case Review: {s.child}. Executive Summary"
    d.meta["title"] = title
    d.add("cover", _lscb(c))
    d.add("title", title)
    d.add("cover", f"Independent author of the overview report: {s.author}")
    d.add("cover", c.printed_date())
    _break(c)
    d.add("h1", "1. Introduction")
    _num(c, "1.1", f"This executive summary sets out the findings of the serious case review about {s.child}, who "
         f"was {s.age} old when {_pron(c)[0]} {_harm(c)}. The full overview report is not published.")  # fmt: skip
    _num(c, "1.2", "Individual Management Reviews were provided by children's social care, the police, the Primary "
         "Care Trust, the Hospital Trust, the school and Connexions.")  # fmt: skip
    d.add("h1", "2. Key findings")
    for k, st in enumerate(_sts(c, 2), 1):
        _num(c, f"2.{k}", st.body, d.lesson("finding", f"2.{k}", st.body, st.themes))
    d.add("h1", "3. Lessons to be learned")
    for k, st in enumerate(_sts(c, 2), 1):
        _num(c, f"3.{k}", st.body, d.lesson("learning_point", f"3.{k}", st.body, st.themes))
    d.add("h1", "4. Recommendations")
    _num(c, "4.1", "The overview report makes the following recommendations. Each agency's own IMR recommendations "
         "are set out in the action plan held by the LSCB.")  # fmt: skip
    k = 1
    for agency, recs in _by_agency(c, 4):
        d.add("h2", _heading(agency))
        for r in recs:
            d.add("num", r.text, d.lesson("recommendation", str(k), r.text, r.themes, agency), label=f"{k}.")
            k += 1


_OFFICERS = {
    "": "LSCB Business Manager",
    "Children's Social Care": "Head of Safeguarding, Children's Social Care",
    "Primary Care Trust": "Designated Nurse for Safeguarding Children",
    "Clinical Commissioning Group": "Designated Nurse for Safeguarding Children",
    "Police": "Detective Inspector, Public Protection Unit",
    "*": "Safeguarding lead of each agency",
}


def c1053(c: Ctx) -> None:  # an executive summary bound before the body restates the recommendations; action plan
    d, s = c.doc, c.spec
    _front(c, f"Overview author: {s.author}", f"Chair of the Serious Case Review Panel: {_other(c)}")
    sts, rcs = _sts(c, 3), _rcs(c, 3)
    d.add("h1", "Executive summary")
    d.add("p", f"{s.child} was {s.age} old when {_pron(c)[0]} {_harm(c)}. The review found three areas in which "
          "practice should have been better. The overview report makes the following recommendations.")  # fmt: skip
    for j, r in enumerate(rcs, 1):
        d.add("num", r.text, label=f"{j}.")
    _break(c)
    d.add("h1", "1. Background")
    for event in _events(c, 2):
        d.add("p", event)
    d.add("h1", "2. Findings and lessons")
    for i, st in enumerate(sts, 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "3. Recommendations")
    for j, r in enumerate(rcs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("landscape")
    d.add("h1", "Appendix A: Action plan")
    d.add("header", cells=("No.", "Recommendation", "Action", "Lead officer", "Completion date"), label="plan34b")
    actions = ("Revise the procedure and circulate it to all staff.", "Deliver briefings to frontline teams.",
               "Audit a sample of cases and report to the LSCB.")  # fmt: skip
    for j, r in enumerate(rcs, 1):  # completion dates after the publication; the officer of the addressee's agency
        when = _month(f"{_year(c) + 1}-{2 * j + 1:02d}-01")
        d.add("row", cells=(str(j), r.text, actions[j - 1], _OFFICERS.get(_agency(c, r.agency), _OFFICERS["*"]), when),
              label="plan34b")  # fmt: skip
    d.add("portrait")


def c1054(c: Ctx) -> None:  # an SCR briefing for staff: the overview author named in the text, lessons numbered
    d, s = c.doc, c.spec
    title = f"Serious Case Review {s.child}: Briefing for Staff"
    d.meta["title"] = title
    d.add("cover", _lscb(c))
    d.add("title", title)
    d.add("cover", f"Issued: {c.printed_date()}")
    d.add("h1", "About the review")
    d.add("p", f"{s.child} was {s.age} old when {_pron(c)[0]} {_harm(c)}. The LSCB commissioned a serious case "
          f"review; the overview report was written by {s.author}, an independent author. This briefing is for all "
          "staff who work with children and families.")  # fmt: skip
    d.add("h1", "Lessons for practice")
    for k, st in enumerate(_sts(c, 4), 1):
        d.add("num", st.body, d.lesson("learning_point", str(k), st.body, st.themes), label=f"{k}.")
    d.add("h1", "What the LSCB has asked agencies to do")
    for r in _rcs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "What you should do now")
    d.add("bullet", "Discuss this briefing at your next team meeting.")
    d.add("bullet", "Read your agency's procedures on escalation and information sharing.")


_FAMILY = {"Kingston upon Hull": ("M", (9, 6, 4, 1)), "North East Lincolnshire": ("T", (11, 8, 5))}


def c1055(c: Ctx) -> None:  # a family SCR: "Family M", Sibling 1-4 with their ages; no child, no age (C990)
    d, s = c.doc, c.spec
    letter, ages = _FAMILY[s.area]
    _several(c)
    title = f"Serious Case Review: Family {letter}. Overview Report"
    _front(c, f"Independent overview author: {s.author}", title=title)
    d.add("h1", "1. Introduction")
    kids = ", ".join(f"Sibling {k} (aged {a})" for k, a in enumerate(ages, 1))
    _num(c, "1.1", f"This review concerns the {len(ages)} children of Family {letter}: {kids}. The children were "
         "found living in conditions of serious neglect and were removed from the care of Mother and Stepfather "
         "under police protection.")  # fmt: skip
    _num(c, "1.2", "All the children had been known to universal services since birth, and the family had been "
         "known to children's social care for six years.")  # fmt: skip
    d.add("h1", "2. Background")
    for k, event in enumerate(_events(c, 2), 1):
        _num(c, f"2.{k}", event)
    d.add("h1", "3. Lessons learnt")
    for k, st in enumerate(_sts(c, 4), 1):
        _num(c, f"3.{k}", st.body, d.lesson("learning_point", f"3.{k}", st.body, st.themes))
    d.add("h1", "4. Recommendations")
    k = 1
    for agency, recs in _by_agency(c, 5):
        d.add("h2", _heading(agency))
        for r in recs:
            _num(c, f"4.{k}", r.text, d.lesson("recommendation", f"4.{k}", r.text, r.themes, agency))
            k += 1


def c1056(c: Ctx) -> None:  # a printed Working Together 2006 overview report: "Lessons to be learned", run-in agencies
    d, s = c.doc, c.spec
    _front(c, f"Author of the overview report: {s.author}", f"Chair of the review panel: {_other(c)}")
    sec = _intro(c, 1, "2006")
    d.add("h1", f"{sec}. Lessons to be learned")
    for k, st in enumerate(_sts(c, 3), 1):
        _num(c, f"{sec}.{k}", st.body, d.lesson("learning_point", f"{sec}.{k}", st.body, st.themes))
    sec += 1
    d.add("h1", f"{sec}. Recommendations")
    for k, r in enumerate(_rcs(c, 4), 1):
        agency = _agency(c, r.agency) or "LSCB"
        _runin(c, r.text, d.lesson("recommendation", f"{sec}.{k}", r.text, r.themes, agency), label=f"{sec}.{k} "
               f"{agency}:")  # fmt: skip


def c1057(c: Ctx) -> None:  # "Findings and lessons": a finding under "Finding N: title" then "Lesson N:" run-in
    d, s = c.doc, c.spec
    _front(c, f"Independent overview author: {s.author}")
    d.add("h1", "1. Introduction")
    d.add("p", f"{s.child} was {s.age} old when {_pron(c)[0]} {_harm(c)}. This overview report brings together "
          "the individual management reviews of eight agencies.")  # fmt: skip
    d.add("h1", "2. Background")
    for event in _events(c, 2):
        d.add("p", event)
    d.add("h1", "3. Findings and lessons")
    sts = _sts(c, 6)
    for i, (st, lesson) in enumerate(zip(sts[:3], sts[3:]), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        _p(c, st.body, key)
        _runin(c, lesson.body, d.lesson("learning_point", f"Lesson {i}", lesson.body, lesson.themes),
               label=f"Lesson {i}:")  # fmt: skip
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(_rcs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c1058(c: Ctx) -> None:  # lessons as bullets; recommendations in an Agency / Recommendation table, unnumbered
    d, s = c.doc, c.spec
    _front(c, f"Independent overview author: {s.author}")
    d.add("h1", "Introduction")
    d.add("p", f"{s.child} {_harm(c)} at the age of {s.age}. The LSCB commissioned this serious case review under "
          "chapter 8 of Working Together to Safeguard Children 2010.")  # fmt: skip
    d.add("h1", "Background")
    for event in _events(c, 2):
        d.add("p", event)
    d.add("h1", "Lessons learnt")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    d.add("header", cells=("Agency", "Recommendation"), label="agency34b")
    for agency, recs in _by_agency(c, 4):
        for r in recs:
            d.add("row", keys=d.lesson("recommendation", "", r.text, r.themes, agency or "LSCB"),
                  cells=(agency or "LSCB", r.text), label="agency34b")  # fmt: skip


def c1059(c: Ctx) -> None:  # IMR recommendations appended in a table with a status column (lessons; status never)
    d, s = c.doc, c.spec
    _front(c, f"Independent overview author: {s.author}")
    sec = _intro(c, 1)
    d.add("h1", f"{sec}. Lessons learnt")
    for k, st in enumerate(_sts(c, 3), 1):
        _num(c, f"{sec}.{k}", st.body, d.lesson("learning_point", f"{sec}.{k}", st.body, st.themes))
    d.add("h1", f"{sec + 1}. Overview recommendations")
    for k, r in enumerate(_rcs(c, 3), 1):
        _num(c, f"{sec + 1}.{k}", r.text, d.lesson("recommendation", f"{sec + 1}.{k}", r.text, r.themes))
    d.add("h1", "Appendix 2: Individual Management Review recommendations")
    d.add("p", "Each agency's IMR made recommendations for that agency. They are reproduced below with the position "
          "reported to the LSCB when this report was completed.")  # fmt: skip
    d.add("header", cells=("Agency", "IMR recommendation", "Status"), label="imr34b")
    status = ("Complete", "In progress", "Complete", "In progress")
    for k, (agency, r) in enumerate(_single(c, 4)):
        d.add("row", keys=d.lesson("recommendation", "", r.text, r.themes, agency), cells=(agency, r.text, status[k]),
              label="imr34b")  # fmt: skip


def c1060(c: Ctx) -> None:  # "Action already taken by agencies" (never) beside "Single agency recommendations"
    d, s = c.doc, c.spec
    _front(c, f"Overview report author: {s.author}")
    sec = _intro(c, 1)
    d.add("h1", f"{sec}. Action already taken by agencies")
    _num(c, f"{sec}.1", "Several agencies acted on their IMR findings before this report was completed. The Hospital "
         "Trust has introduced a safeguarding prompt to its emergency department records, and the police have "
         "trained all public protection officers on the MARAC referral criteria.")  # fmt: skip
    _num(c, f"{sec}.2", "Children's social care has revised its procedure for closing cases where domestic abuse has "
         "been reported.")  # fmt: skip
    sec += 1
    d.add("h1", f"{sec}. Lessons learnt")
    for k, st in enumerate(_sts(c, 3), 1):
        _num(c, f"{sec}.{k}", st.body, d.lesson("learning_point", f"{sec}.{k}", st.body, st.themes))
    sec += 1
    d.add("h1", f"{sec}. Overview recommendations")
    for k, r in enumerate(_rcs(c, 2), 1):
        _num(c, f"{sec}.{k}", r.text, d.lesson("recommendation", f"{sec}.{k}", r.text, r.themes))
    d.add("h1", f"{sec + 1}. Single agency recommendations")
    d.add("p", "The recommendations each agency made in its own IMR are repeated here.")
    groups: dict[str, list] = {}
    for agency, r in _single(c, 3):
        groups.setdefault(agency, []).append(r)
    for agency, recs in groups.items():
        d.add("h2", agency)
        for r in recs:
            d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes, agency))


def c1061(c: Ctx) -> None:  # a free-standing LSCB action plan: Agency cell the agency, Lead officer never (C481, C999)
    d, s = c.doc, c.spec
    _declare(c, author="", child_age="")
    title = f"Serious Case Review {s.child}: LSCB Action Plan"
    d.meta["title"] = title
    d.add("cover", _lscb(c))
    d.add("title", title)
    d.add("cover", f"Agreed by the LSCB: {c.printed_date()}")
    d.add("landscape")
    d.add("header", cells=("Ref", "Recommendation", "Agency", "Lead officer", "Action", "Completion date"),
          label="lsp34b")  # fmt: skip
    j = 1
    for agency, recs in _by_agency(c, 4):
        for r in recs:
            who = agency or "LSCB"
            key = d.lesson("recommendation", str(j), r.text, r.themes, who)
            d.add("row", keys=key, cells=(str(j), r.text, who, _OFFICERS.get(agency, _OFFICERS["*"]),
                                          "Briefing to staff and audit of practice", _month(f"{_year(c) + 1}-0{j + 2}-01")),
                  label="lsp34b")  # fmt: skip
            j += 1
    d.add("portrait")


def c1062(c: Ctx) -> None:  # an executive summary naming a chair and an author apart; the age at the incident
    d, s = c.doc, c.spec
    title = f"{_lscb(c)}: Serious Case Review {s.child} - Executive Summary"
    d.meta["title"] = title
    d.add("title", title)
    d.add("cover", f"Independent Chair of the Serious Case Review Panel: {_other(c)}")
    d.add("cover", f"Independent Overview Author: {s.author}")
    d.add("cover", f"Published {c.printed_date()}")
    _break(c)
    d.add("h1", "1. The circumstances that led to the review")
    _num(c, "1.1", f"{s.child} was {s.age} old at the time of the incident, when {_pron(c)[0]} {_harm(c)}.")
    _num(c, "1.2", "The LSCB's Serious Case Review Panel met six times; the IMR authors met the panel twice.")
    d.add("h1", "2. Lessons learnt")
    for k, st in enumerate(_sts(c, 3), 1):
        _num(c, f"2.{k}", st.body, d.lesson("learning_point", f"2.{k}", st.body, st.themes))
    d.add("h1", "3. Recommendations")
    for k, r in enumerate(_rcs(c, 3), 1):
        _num(c, f"3.{k}", r.text, d.lesson("recommendation", f"3.{k}", r.text, r.themes))


def c1063(c: Ctx) -> None:  # an LSCB web page about an SCR: "Lesson N: title" headings; recommendations summarised
    d, s = c.doc, c.spec
    title = f"Serious Case Review: {s.child}"
    d.meta["title"] = title
    d.add("cover", _lscb(c))
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()} | Independent author: {s.author}")
    d.add("p", f"{s.child} {_harm(c)} aged {s.age}. The LSCB has published the overview report and this summary of "
          "what the review found.")  # fmt: skip
    d.add("h1", "What we have learnt")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Lesson {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Lesson {i}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "The review's recommendations")
    for j, r in enumerate(_rcs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "Downloads")
    d.add("bullet", "Overview report (PDF)")
    d.add("bullet", "LSCB response and action plan (PDF)")


def c1064(c: Ctx) -> None:  # lessons in boxes "Lesson N" after each section of analysis; recommendations numbered
    d, s = c.doc, c.spec
    _front(c, f"Independent overview author: {s.author}")
    d.add("h1", "1. Introduction")
    d.add("p", f"{s.child} was {s.age} old when {_pron(c)[0]} {_harm(c)}. Mother and Father were both known to "
          "adult mental health and substance misuse services.")  # fmt: skip
    d.add("h1", "2. Analysis")
    events = _events(c, 3)
    for i, st in enumerate(_sts(c, 3), 1):
        if i <= len(events):
            d.add("p", events[i - 1])
        d.add("box", st.body, d.lesson("learning_point", f"Lesson {i}", st.body, st.themes), label=f"Lesson {i}")
    d.add("h1", "3. Recommendations")
    for j, r in enumerate(_rcs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


_PAIR = {"Derby": ("Child C", "Child D"), "Telford and Wrekin": ("Child G", "Child H")}


def c1065(c: Ctx) -> None:  # an SCR of two unrelated young people: both names the child, no one age (C1029)
    d, s = c.doc, c.spec
    one, two = _PAIR[s.area]
    child = f"{one} and {two}"
    _several(c, child)
    title = f"Serious Case Review: {child}. Overview Report"
    _front(c, f"Independent overview author: {s.author}", title=title)
    d.add("h1", "1. Why one review")
    d.add("p", f"{one}, aged 14, and {two}, aged 15, were sexually exploited by the same group of adult men. The LSCB "
          "decided to hold one serious case review because the agencies involved and the learning were the "
          "same.")  # fmt: skip
    d.add("h1", "2. Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "3. Recommendations")
    k = 1
    for agency, recs in _by_agency(c, 4):
        d.add("h2", _heading(agency))
        for r in recs:
            d.add("num", r.text, d.lesson("recommendation", str(k), r.text, r.themes, agency), label=f"{k}.")
            k += 1


def c1066(c: Ctx) -> None:  # "Could the death have been prevented?" (never), then "Lessons learnt" numbered
    d, s = c.doc, c.spec
    _front(c, f"Independent overview author: {s.author}")
    sec = _intro(c, 1)
    d.add("h1", f"{sec}. Conclusions")
    d.add("h2", "Could the death have been predicted?")
    _num(c, f"{sec}.1", f"The review has concluded that {s.child}'s death could not have been predicted. No agency "
         "held information that suggested the child was at risk of harm on the night of the death.")  # fmt: skip
    d.add("h2", "Could the death have been prevented?")
    _num(c, f"{sec}.2", "The review cannot say that the death could have been prevented; it has found that practice "
         "could have been better in several respects.")  # fmt: skip
    sec += 1
    d.add("h1", f"{sec}. Lessons learnt")
    for k, st in enumerate(_sts(c, 3), 1):
        _num(c, f"{sec}.{k}", st.body, d.lesson("learning_point", f"{sec}.{k}", st.body, st.themes))
    sec += 1
    d.add("h1", f"{sec}. Recommendations")
    for k, r in enumerate(_rcs(c, 3), 1):
        _num(c, f"{sec}.{k}", r.text, d.lesson("recommendation", f"{sec}.{k}", r.text, r.themes))


def c1067(c: Ctx) -> None:  # a plain 2009-10 executive summary in capitals headings; "LESSONS LEARNED" 5.1
    d, s = c.doc, c.spec
    title = f"SERIOUS CASE REVIEW: {s.child.upper()} - EXECUTIVE SUMMARY"
    d.meta["title"] = title
    d.add("cover", _lscb(c).upper())
    d.add("title", title)
    d.add("cover", f"Overview author: {s.author}")
    d.add("cover", f"Date: {c.printed_date()}")
    _break(c)
    d.add("h1", "1. INTRODUCTION")
    _num(c, "1.1", f"{s.child} was {s.age} old when {_pron(c)[0]} {_harm(c)}. The LSCB commissioned a serious "
         "case review under chapter 8 of Working Together to Safeguard Children 2006.")  # fmt: skip
    d.add("h1", "2. TERMS OF REFERENCE")
    _num(c, "2.1", "The review considered agencies' contact with the family from the birth of the child's eldest "
         "sibling until the date of the incident.")  # fmt: skip
    d.add("h1", "3. SUMMARY OF EVENTS")
    for k, event in enumerate(_events(c, 2), 1):
        _num(c, f"3.{k}", event)
    d.add("h1", "4. LESSONS LEARNED")
    for k, st in enumerate(_sts(c, 3), 1):
        _num(c, f"4.{k}", st.body, d.lesson("learning_point", f"4.{k}", st.body, st.themes))
    d.add("h1", "5. RECOMMENDATIONS")
    for k, r in enumerate(_rcs(c, 3), 1):
        _num(c, f"5.{k}", r.text, d.lesson("recommendation", f"5.{k}", r.text, r.themes))


def c1068(c: Ctx) -> None:  # "Lesson N: title" headings; a No. / Recommendation / Agency / Completion date table
    d, s = c.doc, c.spec
    _front(c, f"Independent overview author: {s.author}")
    sec = _intro(c, 1)
    d.add("h1", f"{sec}. Lessons learnt")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Lesson {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Lesson {i}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", f"{sec + 1}. Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Agency", "Completion date"), label="date34b")
    j = 1
    for agency, recs in _by_agency(c, 4):
        for r in recs:
            who = agency or "LSCB"
            d.add("row", keys=d.lesson("recommendation", str(j), r.text, r.themes, who),
                  cells=(str(j), r.text, who, _month(f"{_year(c) + 1}-0{j + 1}-01")), label="date34b")  # fmt: skip
            j += 1


BUILDERS = {
    f"C{name[1:]}": _printed_only(_named(_of_its_time(fn)))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3,4}", name)
}
