"""Corpus generator: the twenty-third blind held-out set, second half: conventions C655-C672 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to places and organisations as real English
reviews name them. Its lessons are addressed to agencies under the names agencies really go by and change: an
integrated care board that was a clinical commissioning group when the events happened, NHS trusts by their long
names and by their acronyms (resolved by a table of abbreviations or a table of the agencies involved), police forces
and constabularies named after other places, children's social care delivered by a children's trust or a council's
company, named teams and services (the MASH, Early Help, CAMHS or CYPMHS, the 0-19 Service, the Youth Justice Service),
one recommendation addressed to several agencies, a lead agency beside supporting partners, learning for each agency
under a heading that alone names the agency, and a table of agencies' names then and now. Its metadata are areas as
local government names them: a county partnership that outlived its county council's split into unitary councils
(Northamptonshire, Cumbria), a unitary council made from merged councils (Bournemouth, Christchurch and Poole;
Buckinghamshire), royal boroughs in their formal names, two- and three-area partnerships (Kingston and Richmond; the
Blackburn with Darwen, Blackpool and Lancashire Children's Safeguarding Assurance Partnership; Berkshire West;
Hartlepool and Stockton-on-Tees) whose area is where the child lived, a child who lived in three areas, and a
two-tier county whose district is never the area. `conv_table.py` sets each document's area, region and year
(PLACES_23B), so that the place and the agencies of its time fit the document.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where one names the lesson, agency where the document gives one) and only the metadata the document itself
prints. The set uses only element kinds the earlier writers already draw (and registers its tables' column widths,
as earlier sets do), so no writer is changed and every earlier document comes out as before.
"""

from __future__ import annotations

import re

from .bank_types import Recommendation
from .conv_blind18b import _finding, _harm, _of_its_time, _p, _runin
from .conv_blind19b import _break, _good, _recommendations, _statements
from .conv_blind20b import _before, _month
from .conv_common import age_years as _years
from .conv_common import child_sex as _sex
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx

COLUMN_WIDTHS.update(
    {
        "b23bkv": ((0.3, 0.7), False),
        "b23brec3": ((0.08, 0.62, 0.3), False),
        "b23brec4": ((0.06, 0.46, 0.22, 0.26), False),
        "b23bplace": ((0.28, 0.24, 0.48), False),
        "b23bthen": ((0.5, 0.5), False),
    }
)

# --- the agencies of each area, as the documents name them -----------------------------------------------------

# For each area: the bank's generic agency -> the body a local report names. "ICB" is the NHS commissioner from July
# 2022, "CCG" before it. An agency not in an area's table keeps the bank's generic name.
LOCAL = {
    "Northamptonshire": {
        "ICB": "NHS Northamptonshire Integrated Care Board",
        "CCG": "NHS Northamptonshire Clinical Commissioning Group",
        "Police": "Northamptonshire Police",
        "Children's Social Care": "Northamptonshire Children's Trust",
        "Education": "North Northamptonshire Council and West Northamptonshire Council",
        "Acute Trust": "Kettering General Hospital NHS Foundation Trust",
        "Mental Health Trust": "Northamptonshire Healthcare NHS Foundation Trust",
        "Health visiting service": "Northamptonshire Healthcare NHS Foundation Trust",
        "Public Health": "Public Health Northamptonshire",
        "Safeguarding Partnership": "Northamptonshire Safeguarding Children Partnership",
    },
    "Cumbria": {
        "ICB": "NHS Lancashire and South Cumbria Integrated Care Board",
        "Police": "Cumbria Constabulary",
        "Children's Social Care": "Westmorland and Furness Council Children's Services",
        "Education": "Westmorland and Furness Council",
        "Acute Trust": "University Hospitals of Morecambe Bay NHS Foundation Trust",
        "Mental Health Trust": "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust",
        "Health visiting service": "Westmorland and Furness Council 0-19 Service",
        "Public Health": "Westmorland and Furness Council Public Health",
        "Safeguarding Partnership": "Cumbria Safeguarding Children Partnership",
    },
    "Greenwich": {
        "ICB": "NHS South East London Integrated Care Board",
        "CCG": "NHS South East London Clinical Commissioning Group",
        "Police": "Metropolitan Police Service",
        "Children's Social Care": "Royal Borough of Greenwich Children's Services",
        "Education": "Royal Borough of Greenwich Education Services",
        "Acute Trust": "Lewisham and Greenwich NHS Trust",
        "Mental Health Trust": "Oxleas NHS Foundation Trust",
        "Health visiting service": "Oxleas NHS Foundation Trust",
        "Safeguarding Partnership": "Royal Borough of Greenwich Safeguarding Children Partnership",
    },
    "Windsor and Maidenhead": {
        "ICB": "NHS Frimley Integrated Care Board",
        "CCG": "NHS Frimley Clinical Commissioning Group",
        "Police": "Thames Valley Police",
        "Children's Social Care": "Achieving for Children",
        "Education": "Achieving for Children",
        "Acute Trust": "Frimley Health NHS Foundation Trust",
        "Mental Health Trust": "Berkshire Healthcare NHS Foundation Trust",
        "Health visiting service": "Berkshire Healthcare NHS Foundation Trust",
        "Safeguarding Partnership": "Royal Borough of Windsor and Maidenhead Safeguarding Partnership",
    },
    "Richmond upon Thames": {
        "ICB": "NHS South West London Integrated Care Board",
        "CCG": "NHS South West London Clinical Commissioning Group",
        "Police": "Metropolitan Police Service",
        "Children's Social Care": "Achieving for Children",
        "Education": "Achieving for Children",
        "Acute Trust": "Kingston Hospital NHS Foundation Trust",
        "Mental Health Trust": "South West London and St George's Mental Health NHS Trust",
        "Health visiting service": "Hounslow and Richmond Community Healthcare NHS Trust",
        "Safeguarding Partnership": "Kingston and Richmond Safeguarding Children Partnership",
    },
    "Halton": {
        "ICB": "NHS Cheshire and Merseyside Integrated Care Board",
        "Police": "Cheshire Constabulary",
        "Children's Social Care": "Halton Borough Council Children's Services",
        "Education": "Halton Borough Council Education Services",
        "Acute Trust": "Warrington and Halton Teaching Hospitals NHS Foundation Trust",
        "Mental Health Trust": "Mersey Care NHS Foundation Trust",
        "Health visiting service": "Bridgewater Community Healthcare NHS Foundation Trust",
        "Safeguarding Partnership": "Halton Children and Young People Safeguarding Partnership",
    },
    "Medway": {
        "ICB": "NHS Kent and Medway Integrated Care Board",
        "Police": "Kent Police",
        "Children's Social Care": "Medway Council Children's Services",
        "Education": "Medway Council Education Services",
        "Acute Trust": "Medway NHS Foundation Trust",
        "Mental Health Trust": "Kent and Medway NHS and Social Care Partnership Trust",
        "Health visiting service": "Medway Community Healthcare",
        "Safeguarding Partnership": "Medway Safeguarding Children Partnership",
    },
    "Wakefield": {
        "ICB": "NHS West Yorkshire Integrated Care Board",
        "Police": "West Yorkshire Police",
        "Children's Social Care": "Wakefield Council Children's Services",
        "Education": "Wakefield Council Education Services",
        "Acute Trust": "Mid Yorkshire Teaching NHS Trust",
        "Mental Health Trust": "South West Yorkshire Partnership NHS Foundation Trust",
        "Health visiting service": "Wakefield 0-19 Service",
        "Safeguarding Partnership": "Wakefield District Safeguarding Children Partnership",
    },
    "Calderdale": {
        "ICB": "NHS West Yorkshire Integrated Care Board",
        "Police": "West Yorkshire Police",
        "Children's Social Care": "Calderdale Council Children's Services",
        "Education": "Calderdale Council Education Services",
        "Acute Trust": "Calderdale and Huddersfield NHS Foundation Trust",
        "Mental Health Trust": "South West Yorkshire Partnership NHS Foundation Trust",
        "Health visiting service": "Calderdale 0-19 Service",
        "Safeguarding Partnership": "Calderdale Safeguarding Children Partnership",
    },
    "Sandwell": {
        "ICB": "NHS Black Country Integrated Care Board",
        "CCG": "NHS Black Country and West Birmingham Clinical Commissioning Group",
        "Police": "West Midlands Police",
        "Children's Social Care": "Sandwell Children's Trust",
        "Education": "Sandwell Metropolitan Borough Council",
        "Acute Trust": "Sandwell and West Birmingham Hospitals NHS Trust",
        "Mental Health Trust": "Black Country Healthcare NHS Foundation Trust",
        "Health visiting service": "Sandwell and West Birmingham Hospitals NHS Trust",
        "Public Health": "Sandwell Metropolitan Borough Council",
        "Safeguarding Partnership": "Sandwell Children's Safeguarding Partnership",
    },
    "Sunderland": {
        "ICB": "NHS North East and North Cumbria Integrated Care Board",
        "CCG": "NHS Sunderland Clinical Commissioning Group",
        "Police": "Northumbria Police",
        "Children's Social Care": "Together for Children",
        "Education": "Together for Children",
        "Acute Trust": "South Tyneside and Sunderland NHS Foundation Trust",
        "Mental Health Trust": "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust",
        "Health visiting service": "Harrogate and District NHS Foundation Trust",
        "Public Health": "Sunderland City Council",
        "Safeguarding Partnership": "Sunderland Safeguarding Children Partnership",
    },
    "Blackpool": {
        "ICB": "NHS Lancashire and South Cumbria Integrated Care Board",
        "CCG": "NHS Blackpool Clinical Commissioning Group",
        "Police": "Lancashire Constabulary",
        "Children's Social Care": "Blackpool Council Children's Services",
        "Education": "Blackpool Council",
        "Acute Trust": "Blackpool Teaching Hospitals NHS Foundation Trust",
        "Mental Health Trust": "Lancashire and South Cumbria NHS Foundation Trust",
        "Health visiting service": "Blackpool Teaching Hospitals NHS Foundation Trust",
        "Safeguarding Partnership": "Blackburn with Darwen, Blackpool and Lancashire Children's Safeguarding "
        "Assurance Partnership",
    },
    "Wokingham": {
        "ICB": "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board",
        "CCG": "NHS Berkshire West Clinical Commissioning Group",
        "Police": "Thames Valley Police",
        "Children's Social Care": "Wokingham Borough Council Children's Services",
        "Education": "Wokingham Borough Council",
        "Acute Trust": "Royal Berkshire NHS Foundation Trust",
        "Mental Health Trust": "Berkshire Healthcare NHS Foundation Trust",
        "Health visiting service": "Berkshire Healthcare NHS Foundation Trust",
        "Safeguarding Partnership": "Berkshire West Safeguarding Children Partnership",
    },
    "Tameside": {
        "ICB": "NHS Greater Manchester Integrated Care",
        "CCG": "NHS Tameside and Glossop Clinical Commissioning Group",
        "Police": "Greater Manchester Police",
        "Children's Social Care": "Tameside Metropolitan Borough Council",
        "Education": "Tameside Metropolitan Borough Council",
        "Acute Trust": "Tameside and Glossop Integrated Care NHS Foundation Trust",
        "Mental Health Trust": "Pennine Care NHS Foundation Trust",
        "Health visiting service": "Tameside and Glossop Integrated Care NHS Foundation Trust",
        "Safeguarding Partnership": "Tameside Safeguarding Children Partnership",
    },
    "Oldham": {
        "ICB": "NHS Greater Manchester Integrated Care",
        "CCG": "NHS Oldham Clinical Commissioning Group",
        "Police": "Greater Manchester Police",
        "Children's Social Care": "Oldham Council",
        "Education": "Oldham Council",
        "Acute Trust": "Northern Care Alliance NHS Foundation Trust",
        "Mental Health Trust": "Pennine Care NHS Foundation Trust",
        "Health visiting service": "Northern Care Alliance NHS Foundation Trust",
        "Safeguarding Partnership": "Oldham Safeguarding Children Partnership",
    },
    "Worcestershire": {
        "ICB": "NHS Herefordshire and Worcestershire Integrated Care Board",
        "CCG": "NHS Herefordshire and Worcestershire Clinical Commissioning Group",
        "Police": "West Mercia Police",
        "Children's Social Care": "Worcestershire Children First",
        "Education": "Worcestershire Children First",
        "Acute Trust": "Worcestershire Acute Hospitals NHS Trust",
        "Mental Health Trust": "Herefordshire and Worcestershire Health and Care NHS Trust",
        "Health visiting service": "Herefordshire and Worcestershire Health and Care NHS Trust",
        "Safeguarding Partnership": "Worcestershire Safeguarding Children Partnership",
    },
    "East Sussex": {
        "ICB": "NHS Sussex Integrated Care Board",
        "CCG": "NHS East Sussex Clinical Commissioning Group",
        "Police": "Sussex Police",
        "Children's Social Care": "East Sussex County Council Children's Services",
        "Education": "East Sussex County Council",
        "Acute Trust": "East Sussex Healthcare NHS Trust",
        "Mental Health Trust": "Sussex Partnership NHS Foundation Trust",
        "Health visiting service": "East Sussex Healthcare NHS Trust",
        "Safeguarding Partnership": "East Sussex Safeguarding Children Partnership",
    },
}
LOCAL["Kingston upon Thames"] = LOCAL["Richmond upon Thames"]
_COMMISSIONER = {"Integrated Care Board", "Clinical Commissioning Group", "Primary Care Trust"}


def _lead(c: Ctx, agency: str) -> str:
    """The bank's agency as the document's area names it (the commissioner of the document's time)."""
    names = LOCAL.get(c.spec.area, {})
    if agency in _COMMISSIONER:
        key = "ICB" if c.doc.meta["published"] >= "2022-07" else "CCG"
        return names.get(key, names.get("ICB", agency))
    return names.get(agency, agency)


def _recs(c: Ctx, n: int, prefer: tuple[str, ...] = ()) -> list[Recommendation]:
    """n recommendations that fit the child, those whose agency is in prefer first (in draw order otherwise)."""
    pool = _recommendations(c, n + 4)
    extra = _recommendations(c, 12) if prefer and not any(r.agency in prefer for r in pool) else []
    first = [r for r in pool + extra if r.agency in prefer][:1]
    rest = [r for r in pool if r not in first]
    return (first + rest)[:n]


def _sts(c: Ctx, n: int) -> list:
    """n statements that fit the child, passing over any that names the child beside the other sex's pronoun."""
    other = r"\b(she|her|hers|herself)\b" if _sex(c) == "m" else r"\b(he|his|him|himself)\b"
    out: list = []
    while len(out) < n:
        drawn = _statements(c, 1)
        if not drawn:
            break
        out += [st for st in drawn if not (c.spec.child in f"{st.title} {st.body}" and re.search(other, st.body))]
    return out


_SERVICE = {
    "csc": r"social work|children's social care|children's services|caseload|child protection plan|core group",
    "police": r"\bpolice\b",
    "acute": r"hospital|emergency department|paediatric|\bward\b|\bED\b|CT scan|fracture",
    "mh": r"mental health|crisis|psychiatr|CAMHS|self-harm",
    "gp": r"\bGP\b",
    "community": r"health visit|school nurs|community health|midwi|maternity",
}


def _matched(c: Ctx, heads: tuple) -> list:
    """(heading, agency, statement) for each (heading, agency, service) whose service a drawn statement speaks of:
    the learning a single agency's report gives is about that agency's own work."""
    pool, out = _sts(c, 24), []
    for head, agency, service in heads:
        st = next((st for st in pool if re.search(_SERVICE[service], st.body, re.I)), None)
        if st is not None:
            pool.remove(st)
            out.append((head, agency, st))
    return out


def _year(c: Ctx) -> int:
    return int(c.doc.meta["published"][:4])


def _poss(c: Ctx) -> str:
    return "his" if _sex(c) == "m" else "her"


# --- pieces the builders share -----------------------------------------------------------------------------------


def _setup(c: Ctx, partnership: str) -> None:
    """The partnership as the document names it, in every narrative text drawn for it."""
    c.words.update(partnership=partnership, area=c.spec.area)


def _cover(c: Ctx, partnership: str, title: str = "", *lines: str) -> None:
    d, s = c.doc, c.spec
    title = title or c.title()
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    for line in lines or (f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}"):
        d.add("cover", line)
    _break(c)


def _opening(c: Ctx, months: int = 18) -> str:
    s = c.spec
    return f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, months))}."


def _findings(c: Ctx, n: int = 3, heading: str = "Findings", label: str = "Finding") -> None:
    c.doc.add("h1", heading)
    for i, st in enumerate(_sts(c, n), 1):
        _finding(c, st, f"{label} {i}")


def _learning_bullets(c: Ctx, n: int = 3, heading: str = "Key learning") -> None:
    d = c.doc
    d.add("h1", heading)
    for st in _sts(c, n):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))


def _headed_learning(c: Ctx, n: int = 3, heading: str = "What we learned") -> None:
    d = c.doc
    d.add("h1", heading)
    for st in _sts(c, n):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)


def _numbered(c: Ctx, n: int = 3, heading: str = "Recommendations") -> None:
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(_recommendations(c, n), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def _lead_table(c: Ctx, n: int = 4, heading: str = "Recommendations", column: str = "Lead agency") -> None:
    """A No. / Recommendation / Lead agency table, the lead in the area's own names (the lesson's agency)."""
    d = c.doc
    d.add("h1", heading)
    d.add("header", cells=("No.", "Recommendation", column), label="b23brec3")
    for j, r in enumerate(_recs(c, n, ("Integrated Care Board", "Clinical Commissioning Group")), 1):
        lead = _lead(c, r.agency)
        key = d.lesson("recommendation", str(j), r.text, r.themes, lead)
        d.add("row", keys=key, cells=(str(j), r.text, lead), label="b23brec3")


# --- metadata: areas as local government names them ---------------------------------------------------------------

_SPLIT = {
    "Northamptonshire": (
        "Corby",
        "North Northamptonshire",
        "At the start of the period under review, children's services in the county were the responsibility of "
        "Northamptonshire County Council; since November 2020 children's social care has been provided by "
        "Northamptonshire Children's Trust. On 1 April 2021 the county council and the seven district and borough "
        "councils were replaced by two unitary councils, North Northamptonshire Council and West Northamptonshire "
        "Council, which own the Trust together.",
        "North Northamptonshire Council | West Northamptonshire Council | Northamptonshire Police | "
        "NHS Northamptonshire {commissioner}",
    ),
    "Cumbria": (
        "Barrow-in-Furness",
        "Westmorland and Furness",
        "When agencies first knew the family, children's services were provided by Cumbria County Council. On 1 "
        "April 2023 the county council and the six district councils were replaced by two unitary councils, "
        "Cumberland Council and Westmorland and Furness Council.",
        "Cumberland Council | Westmorland and Furness Council | Cumbria Constabulary | "
        "NHS Lancashire and South Cumbria Integrated Care Board | NHS North East and North Cumbria Integrated Care Board",
    ),
}


def c655(c: Ctx) -> None:  # a county partnership that outlived its county council's split into unitary councils
    d, s = c.doc, c.spec
    town, unitary, history, partners = _SPLIT[s.area]
    # the NHS partner of the publication's time: a clinical commissioning group before 1 July 2022
    icb = c.doc.meta["published"] >= "2022-07"
    partners = partners.format(commissioner="Integrated Care Board" if icb else "Clinical Commissioning Group")
    nhs = "integrated care board" if icb else "clinical commissioning group"
    nhs += "s" if partners.count("Integrated Care Board") > 1 else ""
    partnership = f"{s.area} Safeguarding Children Partnership"
    _setup(c, partnership)
    d.meta["title"] = c.title()
    d.add("cover", partnership)
    d.add("title", c.title())
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("small", partners)
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c, 30)} The family lived in {town}, in what is now {unitary}. {history}")
    d.add("p", f"{partnership} continues to cover the whole county; its safeguarding partners are the two councils, "
          f"the police and the {nhs}. This report describes events in the names agencies had at the "
          "time and addresses its recommendations to the agencies as they are now.")  # fmt: skip
    _findings(c, 3)
    _lead_table(c, 4)


_MERGED = {
    "Bournemouth, Christchurch and Poole": (
        "Bournemouth, Christchurch and Poole Safeguarding Children Partnership",
        "BCP",
        "The family lived in Poole. When agencies first knew them, Poole's children's services were provided by the "
        "Borough of Poole, and the Pan-Dorset Safeguarding Children Board covered Bournemouth, Poole and Dorset. On "
        "1 April 2019 Bournemouth Borough Council, the Borough of Poole and Christchurch Borough Council were "
        "replaced by a single unitary council, Bournemouth, Christchurch and Poole Council (BCP Council).",
    ),
    "Buckinghamshire": (
        "Buckinghamshire Safeguarding Children Partnership",
        "BSCP",
        "The family lived in High Wycombe. When agencies first knew them, children's services were provided by "
        "Buckinghamshire County Council and the family's housing by Wycombe District Council. On 1 April 2020 the "
        "county council and the four district councils (Aylesbury Vale, Chiltern, South Bucks and Wycombe) were "
        "replaced by a single unitary council, Buckinghamshire Council.",
    ),
}


def c656(c: Ctx) -> None:  # a unitary council made from merged councils: events under its predecessors
    d, s = c.doc, c.spec
    partnership, short, history = _MERGED[s.area]
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "1. Introduction")
    d.add("p", f"{_opening(c, 36)} {history}")
    d.add("p", f"This review was commissioned by the {partnership} ({short}). Where this report speaks of 'the "
          "council' it means the council of the time.")  # fmt: skip
    d.add("h1", "2. Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        _runin(c, st.body, d.lesson("learning_point", f"Learning point {i}", st.body, st.themes),
               label=f"Learning point {i}:")  # fmt: skip
    d.add("h1", "3. Good practice")
    for g in _good(c, 1):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    _numbered(c, 3, "4. Recommendations")


_ROYAL = {
    "Greenwich": ("Royal Borough of Greenwich", "RBG"),
    "Windsor and Maidenhead": ("Royal Borough of Windsor and Maidenhead", "RBWM"),
}


def c657(c: Ctx) -> None:  # a royal borough in its formal name and its initials
    d, s = c.doc, c.spec
    borough, short = _ROYAL[s.area]
    partnership = LOCAL[s.area]["Safeguarding Partnership"]
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {s.child} lived with {_poss(c)} family in the {borough} ({short}).")
    d.add("p", f"The review was commissioned by {partnership}, whose safeguarding partners are the Royal Borough, "
          f"the police and the NHS. In this report '{short}' and 'the Royal Borough' mean the council.")  # fmt: skip
    _headed_learning(c, 3)
    _lead_table(c, 4)


_TWO_BOROUGHS = {
    "Richmond upon Thames": ("Twickenham", "the London Borough of Richmond upon Thames", "New Malden",
                             "the Royal Borough of Kingston upon Thames"),
    "Kingston upon Thames": ("Surbiton", "the Royal Borough of Kingston upon Thames", "Whitton",
                             "the London Borough of Richmond upon Thames"),
}  # fmt: skip


def c658(c: Ctx) -> None:  # a two-borough partnership in formal names, children's services run by their company
    d, s = c.doc, c.spec
    partnership = "Kingston and Richmond Safeguarding Children Partnership"
    _setup(c, partnership)
    town, borough, before, other = _TWO_BOROUGHS[s.area]
    _cover(c, partnership)
    d.add("h1", "1. Introduction")
    d.add("p", f"{partnership} covers the Royal Borough of Kingston upon Thames and the London Borough of Richmond "
          "upon Thames. Children's services in both boroughs are provided by Achieving for Children, a community "
          "interest company the councils own.")  # fmt: skip
    d.add("p", f"{_opening(c)} At the time {s.child} lived with {_poss(c)} mother in {town}, in {borough}. The "
          f"family had earlier lived in {before}, in {other}.")  # fmt: skip
    _findings(c, 3, "2. Findings")
    d.add("h1", "3. Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"), label="b23brec3")
    for j, r in enumerate(_recs(c, 4, ("Children's Social Care",)), 1):
        lead = _lead(c, r.agency)
        key = d.lesson("recommendation", str(j), r.text, r.themes, lead)
        d.add("row", keys=key, cells=(str(j), r.text, lead), label="b23brec3")


_MOVES = {
    "Warrington": (("Salford", "Salford City Council"), ("Wigan", "Wigan Council"),
                   ("Warrington", "Warrington Borough Council")),
    "Wigan": (("Bolton", "Bolton Council"), ("Salford", "Salford City Council"), ("Wigan", "Wigan Council")),
}  # fmt: skip


def c659(c: Ctx) -> None:  # a child who lived in three areas; the review commissioned by the last
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    moves = _MOVES[s.area]
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c, 12)} This review was commissioned by {partnership}, the partnership for the area where "
          f"{s.child} was living at the time. The family had moved twice in the three years before, and the "
          f"{moves[0][0]} and {moves[1][0]} safeguarding children partnerships contributed to the review and have "
          "agreed its findings.")  # fmt: skip
    d.add("h2", "Where the family lived")
    d.add("header", cells=("Period", "Area", "Local authority"), label="b23bplace")
    spans = (f"{_month(_before(c, 48))} to {_month(_before(c, 34))}",
             f"{_month(_before(c, 34))} to {_month(_before(c, 20))}", f"{_month(_before(c, 20))} onwards")  # fmt: skip
    for span, (place, council) in zip(spans, moves):
        d.add("row", cells=(span, place, council), label="b23bplace")
    d.add("p", "Records did not always follow the family when they moved, and each move meant a new set of "
          "practitioners who did not know the family's history.")  # fmt: skip
    _findings(c, 3, "What the review found")
    _numbered(c, 3)


# --- recommendations and learning addressed to agencies under their many names ------------------------------------

_FORMERLY = {
    "Halton": ("NHS Cheshire and Merseyside Integrated Care Board", "NHS Halton Clinical Commissioning Group"),
    "Medway": ("NHS Kent and Medway Integrated Care Board", "NHS Kent and Medway Clinical Commissioning Group"),
}


def c660(c: Ctx) -> None:  # a commissioner renamed between the events and publication: "(formerly ...)"
    d, s = c.doc, c.spec
    partnership = LOCAL[s.area]["Safeguarding Partnership"]
    _setup(c, partnership)
    now, then = _FORMERLY[s.area]
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c, 24)} {partnership} commissioned this review to understand how agencies worked with "
          "the family.")  # fmt: skip
    d.add("h2", "A note on names")
    d.add("p", f"On 1 July 2022 clinical commissioning groups were replaced by integrated care boards. The events in "
          f"this report took place when {then} commissioned local health services, and the report uses that name "
          f"when it describes them; recommendations for health commissioning are addressed to its successor, {now}.")  # fmt: skip
    _findings(c, 3)
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 4, ("Integrated Care Board",)), 1):
        lead = _lead(c, r.agency)
        heading = f"Recommendation {j}: {lead}"
        if lead == now:
            heading += f" (formerly {then})"
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes, lead)
        d.add("h2", heading)
        _p(c, r.text, key)


_ACRONYMS = {
    "North Tyneside": (
        ("CNTW", "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust"),
        ("ICPC", "Initial child protection conference"),
        ("MASH", "Multi-Agency Safeguarding Hub"),
        ("NENC ICB", "NHS North East and North Cumbria Integrated Care Board"),
        ("NHCT", "Northumbria Healthcare NHS Foundation Trust"),
        ("NP", "Northumbria Police"),
        ("NTC", "North Tyneside Council"),
        ("NTSCP", "North Tyneside Safeguarding Children Partnership"),
    ),
    "Sefton": (
        ("AHCH", "Alder Hey Children's NHS Foundation Trust"),
        ("C&M ICB", "NHS Cheshire and Merseyside Integrated Care Board"),
        ("DSL", "Designated safeguarding lead"),
        ("MCFT", "Mersey Care NHS Foundation Trust"),
        ("MP", "Merseyside Police"),
        ("MWL", "Mersey and West Lancashire Teaching Hospitals NHS Trust"),
        ("SMBC", "Sefton Metropolitan Borough Council"),
        ("SSCP", "Sefton Safeguarding Children Partnership"),
    ),
}
_CODES = {
    "North Tyneside": {"Integrated Care Board": "NENC ICB", "Police": "NP", "Children's Social Care": "NTC",
                       "Education": "NTC", "Acute Trust": "NHCT", "Mental Health Trust": "CNTW",
                       "Health visiting service": "NHCT", "Public Health": "NTC", "Safeguarding Partnership": "NTSCP"},
    "Sefton": {"Integrated Care Board": "C&M ICB", "Police": "MP", "Children's Social Care": "SMBC",
               "Education": "SMBC", "Acute Trust": "MWL", "Mental Health Trust": "MCFT",
               "Health visiting service": "AHCH", "Public Health": "SMBC", "Safeguarding Partnership": "SSCP"},
}  # fmt: skip


def c661(c: Ctx) -> None:  # a table of abbreviations; the Lead column prints the agencies' acronyms
    d, s = c.doc, c.spec
    glossary = dict(_ACRONYMS[s.area])
    codes = _CODES[s.area]
    partnership = glossary[codes["Safeguarding Partnership"]]
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Abbreviations used in this report")
    d.add("header", cells=("Abbreviation", "In full"), label="b23bkv")
    for short, full in _ACRONYMS[s.area]:
        d.add("row", cells=(short, full), label="b23bkv")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} The review was commissioned by the {codes['Safeguarding Partnership']}.")
    _findings(c, 3)
    d.add("h1", "Recommendations")
    d.add("p", "The lead for each recommendation is given by the abbreviation for the agency.")
    d.add("header", cells=("No.", "Recommendation", "Lead"), label="b23brec3")
    for j, r in enumerate(_recs(c, 4, ("Integrated Care Board",)), 1):
        code = codes.get(r.agency, "")
        lead = glossary[code] if code else r.agency
        key = d.lesson("recommendation", str(j), r.text, r.themes, lead)
        d.add("row", keys=key, cells=(str(j), r.text, code or r.agency), label="b23brec3")


def c662(c: Ctx) -> None:  # one recommendation addressed to several agencies ("Addressed to: A, B and C")
    d, s = c.doc, c.spec
    names = LOCAL[s.area]
    partnership = names["Safeguarding Partnership"]
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} The review was commissioned by {partnership}.")
    _headed_learning(c, 3, "Learning from this review")
    d.add("h1", "Recommendations")
    d.add("p", "Several recommendations are for more than one agency. Each names the agencies it is addressed to.")
    others = [names["Police"], names["Children's Social Care"], names["ICB"]]
    for j, r in enumerate(_recs(c, 4), 1):
        own = _lead(c, r.agency)
        if j == 1 or own == "All partner agencies":
            to = own
        else:
            extra = [o for o in others if o != own][: j - 1]
            group = [own] + extra
            to = ", ".join(group[:-1]) + " and " + group[-1]
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes, to)
        d.add("h2", f"Recommendation {j}")
        d.add("p", f"Addressed to: {to}")
        _p(c, r.text, key)


_AGENCY_HEADS = {
    "Southend-on-Sea": (("Southend-on-Sea City Council Children's Services", "csc"), ("Essex Police", "police"),
                        ("Mid and South Essex NHS Foundation Trust", "acute"),
                        ("Essex Partnership University NHS Foundation Trust", "mh")),
    "Thurrock": (("Thurrock Council Children's Services", "csc"), ("Essex Police", "police"),
                 ("Mid and South Essex NHS Foundation Trust", "acute"), ("NHS Thurrock Clinical Commissioning Group", "gp")),
}  # fmt: skip


def c663(c: Ctx) -> None:  # learning for each agency under a heading that alone names the agency
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} This review was commissioned by {partnership}. Each agency that knew the family "
          "provided a report on its own involvement, from which the single-agency learning below is drawn.")  # fmt: skip
    _findings(c, 2, "Multi-agency findings")
    d.add("h1", "Single-agency learning")
    for head, agency, st in _matched(c, tuple((h, h, kind) for h, kind in _AGENCY_HEADS[s.area])):
        d.add("h2", head)
        _p(c, st.body, d.lesson("learning_point", "", st.body, st.themes, agency))
    _numbered(c, 3)


_TEAM_RECS = {
    "MASH": (
        ("The MASH should check the records of every agency for all adults known to live in or visit the household "
         "before deciding the outcome of a contact.", "multi.information_sharing fam.male_carers"),
        ("The MASH should record the reasons for each threshold decision, including what the referrer was told and "
         "why.", "multi.record_keeping assess.thresholds_cp_processes"),
    ),
    "Early Help": (
        ("Early Help should review any family whose plan has been open for six months without progress and consider "
         "with children's social care whether the case should be stepped up.", "assess.early_help assess.thresholds_cp_processes"),
        ("Early Help should make sure every family assessment includes the views of fathers and other men in the "
         "household.", "assess.early_help fam.male_carers"),
    ),
    "0-19 Service": (
        ("The 0-19 Service should make sure that practitioners see the child at every contact and record what they "
         "observe of the child's care.", "agency.universal_health voice.voice_of_child multi.record_keeping"),
        ("The 0-19 Service should ask about domestic abuse at every contact, and record when it could not be asked "
         "because another adult was present.", "agency.universal_health fam.domestic_abuse"),
    ),
    "CYPMHS": (
        ("{team} should not close a young person's case after missed appointments without speaking to the referrer "
         "and to the young person's school.", "cmh.child_mental_health assess.disguised_compliance multi.information_sharing"),
        ("{team} should share its risk assessment with children's social care whenever a young person open to both "
         "services self-harms.", "cmh.suicide_self_harm multi.information_sharing"),
    ),
    "Youth Justice Service": (
        ("The Youth Justice Service should consider whether a young person charged with a drugs offence is being "
         "criminally exploited, and make a referral through the National Referral Mechanism where there are "
         "indicators.", "efh.cce_county_lines efh.trafficking_radicalisation multi.information_sharing"),
        ("The Youth Justice Service should share its assessment with the young person's school and social worker at "
         "the start of any order.", "multi.information_sharing edu.school_role"),
    ),
}  # fmt: skip


def c664(c: Ctx) -> None:  # recommendations to named teams and services: the MASH, Early Help, CAMHS, the 0-19 Service
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    mh = "CAMHS" if _year(c) < 2023 else "CYPMHS"
    older = _years(s.age) >= 12
    teams = (
        ("MASH", "Early Help", "CYPMHS", "Youth Justice Service") if older else ("MASH", "Early Help", "0-19 Service")
    )
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} This review was commissioned by {partnership}.")
    d.add("h2", "Services named in this report")
    d.add("header", cells=("Name", "What it is"), label="b23bkv")
    glossary = {
        "MASH": "Multi-Agency Safeguarding Hub: the front door for concerns about children",
        "Early Help": "The council's Early Help service, which supports families below the threshold for social care",
        "CYPMHS": ("Child and Adolescent Mental Health Services" if mh == "CAMHS"
                   else "Children and Young People's Mental Health Services (formerly CAMHS)"),
        "0-19 Service": "The public health nursing service: health visitors and school nurses",
        "Youth Justice Service": "The multi-agency team working with children in the justice system (formerly the Youth Offending Team)",
    }  # fmt: skip
    for team in teams:
        d.add("row", cells=(mh if team == "CYPMHS" else team, glossary[team]), label="b23bkv")
    _learning_bullets(c, 3, "Key learning")
    d.add("h1", "Recommendations")
    d.add("p", "The recommendations are grouped by the team or service that is asked to act.")
    j = 1
    for team in teams:
        name = mh if team == "CYPMHS" else team
        d.add("h2", f"For the {name}" if team in ("MASH", "0-19 Service", "Youth Justice Service") else f"For {name}")
        for text, themes in _TEAM_RECS[team][
            : 2 if len(teams) == 3 else 1 + (team in ("CYPMHS", "Youth Justice Service"))
        ]:
            text = text.format(team=name)
            key = d.lesson("recommendation", str(j), text, themes.split(), name)
            d.add("num", text, key, label=f"{j}.")
            j += 1


_THEN_NOW = {
    "Stockport": (
        ("NHS Stockport Clinical Commissioning Group", "NHS Greater Manchester Integrated Care"),
        ("National Probation Service and Cheshire and Greater Manchester Community Rehabilitation Company",
         "The Probation Service"),
        ("Stockport Youth Offending Service", "Stockport Youth Justice Service"),
        ("Stockport NHS Foundation Trust", "Stockport NHS Foundation Trust (no change)"),
    ),
    "Wirral": (
        ("NHS Wirral Clinical Commissioning Group", "NHS Cheshire and Merseyside Integrated Care Board"),
        ("National Probation Service and Merseyside Community Rehabilitation Company", "The Probation Service"),
        ("Wirral Youth Offending Service", "Wirral Youth Justice Service"),
        ("Wirral Community NHS Foundation Trust", "Wirral Community Health and Care NHS Foundation Trust"),
    ),
}  # fmt: skip
_NOW = {
    "Stockport": {"Integrated Care Board": "NHS Greater Manchester Integrated Care", "Police": "Greater Manchester Police",
                  "Children's Social Care": "Stockport Council Children's Services", "Education": "Stockport Council",
                  "Health visiting service": "Stockport NHS Foundation Trust", "Acute Trust": "Stockport NHS Foundation Trust",
                  "Mental Health Trust": "Pennine Care NHS Foundation Trust",
                  "Safeguarding Partnership": "Stockport Safeguarding Children Partnership"},
    "Wirral": {"Integrated Care Board": "NHS Cheshire and Merseyside Integrated Care Board", "Police": "Merseyside Police",
               "Children's Social Care": "Wirral Council Children's Services", "Education": "Wirral Council",
               "Health visiting service": "Wirral Community Health and Care NHS Foundation Trust",
               "Acute Trust": "Wirral University Teaching Hospital NHS Foundation Trust",
               "Mental Health Trust": "Cheshire and Wirral Partnership NHS Foundation Trust",
               "Safeguarding Partnership": "Wirral Safeguarding Children Partnership"},
}  # fmt: skip
_PROBATION = (
    "The Probation Service should check with children's social care whether children live in or visit the household "
    "of any person it supervises who poses a risk of domestic abuse, and record the answer.",
    "multi.offender_risk_management fam.domestic_abuse multi.information_sharing",
)


def c665(c: Ctx) -> None:  # a table of agencies' names then and now; the narrative the old names, the Lead the new
    d, s = c.doc, c.spec
    now = _NOW[s.area]
    partnership = now["Safeguarding Partnership"]
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c, 30)} {partnership} commissioned this review.")
    d.add("h2", "Agencies that have changed their names")
    d.add("p", "Several agencies changed their names or were reorganised between the events and the publication of "
          "this report. The narrative uses the names of the time; the recommendations use the names now.")  # fmt: skip
    d.add("header", cells=("At the time of the events", "Now"), label="b23bthen")
    for then, later in _THEN_NOW[s.area]:
        d.add("row", cells=(then, later), label="b23bthen")
    then_ccg, then_prob, then_yot = (t for t, _ in _THEN_NOW[s.area][:3])
    d.add("h1", "Background")
    d.add("p", f"The family were known to {then_yot} through an older sibling, and the father was supervised by the "
          f"{then_prob.split(' and ')[0]} after a conviction for assault. {then_ccg} commissioned the health "
          "visiting service that saw the family.")  # fmt: skip
    _findings(c, 3)
    d.add("h1", "Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"), label="b23brec3")
    rows = [(r.text, r.themes, now.get(r.agency, r.agency)) for r in _recs(c, 3, ("Integrated Care Board",))]
    rows.insert(1, (_PROBATION[0], tuple(_PROBATION[1].split()), "The Probation Service"))
    for j, (text, themes, lead) in enumerate(rows, 1):
        key = d.lesson("recommendation", str(j), text, themes, lead)
        d.add("row", keys=key, cells=(str(j), text, lead), label="b23brec3")


_COMPANY = {
    "Sandwell": "Children's social care in Sandwell has been delivered since April 2018 by Sandwell Children's Trust, "
                "a company owned by Sandwell Metropolitan Borough Council, which remains responsible for it.",
    "Sunderland": "Children's services in Sunderland have been delivered since April 2017 by Together for Children, a "
                  "company wholly owned by Sunderland City Council.",
}  # fmt: skip


def c666(c: Ctx) -> None:  # children's social care delivered by a trust or the council's company: "To <agency>:" groups
    d, s = c.doc, c.spec
    names = LOCAL[s.area]
    partnership = names["Safeguarding Partnership"]
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {_COMPANY[s.area]}")
    _headed_learning(c, 3, "What the review learned")
    d.add("h1", "Recommendations")
    groups: dict[str, list] = {}
    for r in _recs(c, 5, ("Children's Social Care",)):
        groups.setdefault(_lead(c, r.agency), []).append(r)
    j = 1
    for lead, group in groups.items():
        d.add("p", f"To {lead}:")
        for r in group:
            d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes, lead), label=f"{j}.")
            j += 1


_THREE = {
    "Blackpool": (
        "Blackburn with Darwen, Blackpool and Lancashire Children's Safeguarding Assurance Partnership",
        "The Children's Safeguarding Assurance Partnership (CSAP) covers the areas of Blackburn with Darwen Borough "
        "Council, Blackpool Council and Lancashire County Council.",
        "Blackpool",
    ),
    "Wokingham": (
        "Berkshire West Safeguarding Children Partnership",
        "The partnership covers the areas of three unitary councils: Reading Borough Council, West Berkshire Council "
        "and Wokingham Borough Council.",
        "Woodley, in the Wokingham borough. The Berkshire West Safeguarding Children Partnership (BWSCP) "
        "commissioned this review",
    ),
}


def c667(c: Ctx) -> None:  # a partnership of three areas: the area is the one where the child lived
    d, s = c.doc, c.spec
    partnership, covers, lived = _THREE[s.area]
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{covers} {_opening(c)} {s.child} lived with {_poss(c)} family in {lived}.")
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        label = f"Learning point {i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label} – {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"), label="b23brec3")
    short = "CSAP" if s.area == "Blackpool" else "BWSCP"
    for j, r in enumerate(_recs(c, 4, ("Integrated Care Board", "Clinical Commissioning Group")), 1):
        lead = _lead(c, r.agency)
        key = d.lesson("recommendation", str(j), r.text, r.themes, lead)
        d.add("row", keys=key, cells=(str(j), r.text, short if lead == partnership else lead), label="b23brec3")


_TEES = {
    "Stockton-on-Tees": ("Thornaby", "Stockton-on-Tees"),
    "Hartlepool": ("the Headland", "Hartlepool"),
}


def c668(c: Ctx) -> None:  # Hartlepool and Stockton-on-Tees (HSSCP): a police force named after an abolished county
    d, s = c.doc, c.spec
    partnership = "Hartlepool and Stockton-on-Tees Safeguarding Children Partnership"
    _setup(c, partnership)
    place, borough = _TEES[s.area]
    icb = ("NHS North East and North Cumbria Integrated Care Board" if c.doc.meta["published"] >= "2022-07"
           else "NHS Tees Valley Clinical Commissioning Group")  # fmt: skip
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"The Hartlepool and Stockton-on-Tees Safeguarding Children Partnership (HSSCP) is the partnership of "
          f"Hartlepool Borough Council, Stockton-on-Tees Borough Council, Cleveland Police and {icb}. Cleveland "
          "Police serves the four Tees Valley boroughs.")  # fmt: skip
    d.add("p", f"{_opening(c)} {s.child} lived in {place}, in {borough}. HSSCP commissioned this review.")
    _findings(c, 3, "Key findings", "Key finding")
    d.add("h1", "Recommendations")
    leads = {"Police": "Cleveland Police", "Integrated Care Board": icb, "Clinical Commissioning Group": icb,
             "Children's Social Care": f"{borough} Borough Council Children's Services", "Safeguarding Partnership": partnership,
             "Education": f"{borough} Borough Council"}  # fmt: skip
    for j, r in enumerate(_recs(c, 3, ("Police",)), 1):
        lead = leads.get(r.agency, r.agency)
        key = d.lesson("recommendation", str(j), r.text, r.themes, lead)
        d.add("num", r.text, key, label=f"{j}.")
        d.add("small", f"Lead: {'HSSCP' if lead == partnership else lead}")


_NORFOLK = {
    "Norfolk": (
        ("NCC CS", "Norfolk County Council Children's Services", "csc"),
        ("NCHC", "Norfolk Community Health and Care NHS Trust", "community"),
        ("NNUH", "Norfolk and Norwich University Hospitals NHS Foundation Trust", "acute"),
        ("NSFT", "Norfolk and Suffolk NHS Foundation Trust", "mh"),
    ),
    "Suffolk": (
        ("ESNEFT", "East Suffolk and North Essex NHS Foundation Trust", "acute"),
        ("NSFT", "Norfolk and Suffolk NHS Foundation Trust", "mh"),
        ("SCC CYP", "Suffolk County Council Children and Young People's Services", "csc"),
        ("WSFT", "West Suffolk NHS Foundation Trust", "community"),
    ),
}
_OTHER_TERMS = (
    ("CP", "Child protection"),
    ("GP", "General practitioner"),
    ("MARAC", "Multi-Agency Risk Assessment Conference"),
)


def c669(c: Ctx) -> None:  # learning for each agency headed by the agency's acronym; the abbreviations at the back
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "1. Introduction")
    d.add("p", f"{_opening(c)} The review was commissioned by {partnership}. A list of abbreviations is at the end "
          "of this report.")  # fmt: skip
    _findings(c, 2, "2. Findings")
    d.add("h1", "3. Learning for agencies")
    for code, full, st in _matched(c, _NORFOLK[s.area]):
        d.add("h2", code)
        _p(c, st.body, d.lesson("learning_point", "", st.body, st.themes, full))
    _numbered(c, 3, "4. Recommendations")
    d.add("h1", "Abbreviations")
    d.add("header", cells=("Abbreviation", "Meaning"), label="b23bkv")
    for code, full in sorted([(code, full) for code, full, _ in _NORFOLK[s.area]] + list(_OTHER_TERMS)):
        d.add("row", cells=(code, full), label="b23bkv")


_INVOLVED = {
    "Slough": (
        ("Thames Valley Police (TVP)", "TVP", "Thames Valley Police", "Police"),
        ("Slough Children First (SCF)", "SCF", "Slough Children First", "Children's Social Care"),
        ("Frimley Health NHS Foundation Trust (FHFT)", "FHFT", "Frimley Health NHS Foundation Trust", "Acute Trust"),
        ("Berkshire Healthcare NHS Foundation Trust (BHFT)", "BHFT", "Berkshire Healthcare NHS Foundation Trust",
         "Health visiting service"),
        ("NHS Frimley Integrated Care Board (Frimley ICB)", "Frimley ICB", "NHS Frimley Integrated Care Board",
         "Integrated Care Board"),
    ),
    "Milton Keynes": (
        ("Thames Valley Police (TVP)", "TVP", "Thames Valley Police", "Police"),
        ("Milton Keynes City Council (MKCC)", "MKCC", "Milton Keynes City Council", "Children's Social Care"),
        ("Milton Keynes University Hospital NHS Foundation Trust (MKUH)", "MKUH",
         "Milton Keynes University Hospital NHS Foundation Trust", "Acute Trust"),
        ("Central and North West London NHS Foundation Trust (CNWL)", "CNWL",
         "Central and North West London NHS Foundation Trust", "Health visiting service"),
        ("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board (BLMK ICB)", "BLMK ICB",
         "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board", "Integrated Care Board"),
    ),
}  # fmt: skip
_ROLES = (
    "Responded to two incidents at the family home",
    "Assessments and a child in need plan",
    "Attendances at the emergency department",
    "Health visiting and school nursing contacts",
    "Commissioning of local health services",
)


def c670(c: Ctx) -> None:  # an "Agencies involved" table giving acronyms; run-in "R1 – TVP:" recommendations
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    involved = _INVOLVED[s.area]
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {partnership} commissioned this review.")
    d.add("h2", "Agencies involved")
    if s.fmt == "scan":  # the scanner prints a two-cell table row as a line of text
        for (name, *_), role in zip(involved, _ROLES):
            d.add("p", f"{name}: {role}.")
    else:
        d.add("header", cells=("Agency", "Involvement with the family"), label="b23bkv")
        for (name, *_), role in zip(involved, _ROLES):
            d.add("row", cells=(name, role), label="b23bkv")
    _findings(c, 3)
    d.add("h1", "Recommendations")
    by_agency = {generic: (code, full) for _, code, full, generic in involved}
    pool = _recs(c, 4, ("Integrated Care Board",)) + _recommendations(c, 12)
    recs = ([r for r in pool if r.agency in by_agency] + [r for r in pool if r.agency not in by_agency])[:4]
    for j, r in enumerate(recs, 1):
        code, full = by_agency.get(r.agency, ("", r.agency))
        label = f"R{j} – {code}:" if code else f"R{j} – {r.agency}:"
        _runin(c, r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes, full), label=label)


def c671(c: Ctx) -> None:  # a lead agency beside supporting partners: only the lead is the lesson's agency
    d, s = c.doc, c.spec
    names = LOCAL[s.area]
    partnership = names["Safeguarding Partnership"]
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {partnership} commissioned this review.")
    _learning_bullets(c, 3, "Learning")
    d.add("h1", "Recommendations")
    d.add("p", "Each recommendation has one lead agency, accountable to the partnership for it, and the partners who "
          "will support it.")  # fmt: skip
    d.add("header", cells=("No.", "Recommendation", "Lead agency", "Supporting partners"), label="b23brec4")
    pool = [names["Police"], names["Acute Trust"], names["Mental Health Trust"], _lead(c, "Integrated Care Board"),
            names["Children's Social Care"]]  # fmt: skip
    for j, r in enumerate(_recs(c, 4, ("Integrated Care Board",)), 1):
        lead = _lead(c, r.agency)
        support = "; ".join([p for p in pool if p != lead][j - 1 : j + 1])
        key = d.lesson("recommendation", str(j), r.text, r.themes, lead)
        d.add("row", keys=key, cells=(str(j), r.text, lead, support), label="b23brec4")


_TWO_TIER = {
    "Worcestershire": ("Kidderminster", "Wyre Forest District Council",
                       "Children's social care has been delivered since October 2019 by Worcestershire Children First, "
                       "a company wholly owned by Worcestershire County Council."),
    "East Sussex": ("Hastings", "Hastings Borough Council",
                    "East Sussex County Council is the children's services authority for the whole county."),
}  # fmt: skip


def c672(c: Ctx) -> None:  # a two-tier county: the family's district council is never the area
    d, s = c.doc, c.spec
    town, district, csc = _TWO_TIER[s.area]
    names = LOCAL[s.area]
    partnership = names["Safeguarding Partnership"]
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} The family lived in {town}, where housing is the responsibility of {district} and "
          f"children's services of the county council. {csc}")  # fmt: skip
    _headed_learning(c, 3, "Learning")
    d.add("h1", "Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"), label="b23brec3")
    rows = [(r.text, r.themes, _lead(c, r.agency)) for r in _recs(c, 3, ("Children's Social Care",))]
    housing = (f"{district} should tell children's social care when a family with children presents as homeless or "
               "is evicted, and ask whether the children are known.")  # fmt: skip
    rows.append((housing, ("fam.poverty_housing", "multi.information_sharing"), district))
    for j, (text, themes, lead) in enumerate(rows, 1):
        key = d.lesson("recommendation", str(j), text, themes, lead)
        d.add("row", keys=key, cells=(str(j), text, lead), label="b23brec3")


BUILDERS = {
    f"C{name[1:]}": _printed_only(_named(_of_its_time(fn)))
    for name, fn in globals().copy().items()
    if re.fullmatch(r"c(65[5-9]|66\d|67[0-2])", name)
}
