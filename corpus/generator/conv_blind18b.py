"""Corpus generator: the eighteenth blind held-out set, second half: conventions C475-C492 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it or
`lessons eval` on anything and never saw its output. The half leans to the words and eras of reports: lessons
marked by words other than finding, learning, recommendation and good practice that a careful reader still
records as one of those kinds (systemic issues and what must change, messages for practice and improvement
actions, challenges for the partnership beside points to consider, the reviewer's observations and proposals,
practice shortfalls beside their mitigating factors, the partnership's commitments, commendations beside
recommendations); older reviews (Part 8 and chapter 8 case reviews of the Area Child Protection Committees
before 2006, with their management reviews and recommendations opening "That ..."; the Local Safeguarding
Children Boards' overview reports, executive summaries and action plans of 2006-2018); and metadata printed in
forms the earlier sets do not use (dates "2/8/21", "March 12, 2019", "12-Mar-13"; "D.O.B." and "D.O.D."
dotted; ages as "a 17-year-old", "an infant of four months", "a girl of nine" or after a pregnancy counted in
weeks; the area only as its council, or a city beside the county of the same name; an author with honours, or
the chair of the review panel as the author).

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where there is one, agency where the document gives one) and the metadata the document itself prints.
The set uses only element kinds the earlier writers already draw, so no writer is changed. Bank texts are drawn
through conv_common's and set 16's filters (the child's age and sex, no integrated care board before July 2022)
and, besides, through the era's: nothing a document of its year could not have said (no safeguarding partners
before 2019, no MASH or early help before 2013, no LSCB, MARAC, online harm or safer sleep in an Area Child
Protection Committee's report), a partnership of 2006-2018 printed as the LSCB and one before 2006 as the ACPC,
children's social care then as social services and domestic abuse as domestic violence.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from .bank_types import GoodPractice, Recommendation, Statement
from .conv_blind12b import NUMBER_WORDS
from .conv_blind16a import _CHILDS_WORDS
from .conv_blind16b import _dotted
from .conv_blind16b import _draw as _draw16
from .conv_blind17a import _AGE_WORD, _AGE_WORDS
from .conv_blind17b import _break, _rename_child
from .conv_common import age_years as _years
from .conv_common import case_events as _events
from .conv_common import child_sex as _sex
from .conv_common import front_with_events as _front
from .conv_common import gps_for_child as _gps_fit
from .conv_common import keeps_age as _keeps_age
from .conv_common import long_date as _long
from .conv_common import lower_first as _lower_first
from .conv_common import named as _named
from .conv_common import other_person as _other
from .conv_common import printed_only as _printed_only
from .conv_common import pub_full as _pub_full
from .conv_common import published_to_day as _to_day
from .conv_common import recs_for_child as _recs_fit
from .conv_common import service_of as _service
from .conv_common import shift as _shift
from .conv_common import statements_for_child as _sts_fit
from .conv_common import will as _will
from .conv_docs import COLUMN_WIDTHS, El, _txt_lines
from .conv_specs import MONTHS, TYPE_NAMES, Ctx
from .model import split_body

COLUMN_WIDTHS.update(
    {
        "b18bimr": ((0.45, 0.55), False),
        "b18bplan": ((0.06, 0.34, 0.3, 0.13, 0.1, 0.07), True),
    }
)

# --- the era of a document ----------------------------------------------------------------------

# Words a document published before the year could not have used (the bank is written for today's reviews).
_ERAS = (
    (2019, re.compile(r"safeguarding partners|\bLCSPR\b|practice review|rapid review|\bPanel\b|pandemic|lockdown|"
                      r"COVID|Working Together (to Safeguard Children )?20(18|23)|\bICB\b|Integrated Care|executive group", re.I)),
    (2013, re.compile(r"\bMASH\b|safeguarding hub|early help|\bEHA\b|county lines|contextual|\bCCE\b|criminal "
                      r"exploitation|Graded Care Profile 2|coercive|was not brought|child arrangements|\bCCG\b|"
                      r"Clinical Commissioning|\bPrevent\b|Signs of Safety|family hub|designated safeguarding lead|"
                      r"\bDSL\b|trauma|neglect toolkit|step(ped)? down|Operation Encompass|Clare's Law|lived experience|"
                      r"in their own relationships", re.I)),
    (2006, re.compile(r"\bLSCB\b|Local Safeguarding|Safeguarding Children Board|\bMARAC\b|\bIDVA\b|\bLADO\b|"
                      r"Common Assessment|\bCAF\b|online|internet|social media|phone|text messag|Ofsted|safer sleep|"
                      r"\bICON\b|EHCP|Education, Health and Care|academy|children's centre|Troubled Families|"
                      r"Think Family|exploitation|safeguarding lead|sexting|WhatsApp|Snapchat|Facebook|professional curiosity", re.I)),
)  # fmt: skip
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _year(c: Ctx) -> int:
    return int(c.doc.meta["published"][:4])


def _fit(c: Ctx, text: str) -> bool:
    """A bank text a document of its year could print, telling no age in words other than the child's and, for a
    child under three, nothing of the child's own words or wishes."""
    year = _year(c)
    if any(int(y) > year for y in _YEAR.findall(text)):
        return False
    if not all(year >= since or not pattern.search(text) for since, pattern in _ERAS):
        return False
    if _years(c.spec.age) < 3 and _CHILDS_WORDS.search(text):
        return False
    return all(_AGE_WORDS[w.lower()] == _years(c.spec.age) for w in _AGE_WORD.findall(text))


def _words(c: Ctx, text: str) -> str:
    """A bank text in its era's words: the partnership the LSCB before 2019 and the ACPC before 2006."""
    year = _year(c)
    if year < 2019:
        text = re.sub(r"\b([Tt])he [Pp]artnership\b", r"\1he LSCB", text)
    if year < 2006:
        text = text.replace("LSCB", "ACPC").replace("the Board", "the Committee")
        text = re.sub(r"\bChildren's [Ss]ocial [Cc]are\b", "Social services", text)
        text = re.sub(r"\bchildren's social care\b", "social services", text)
        text = text.replace("domestic abuse", "domestic violence").replace("Domestic abuse", "Domestic violence")
    return text


_OLD_AGENCIES = {
    "Safeguarding Partnership": "Area Child Protection Committee",
    "Children's Social Care": "Social Services",
    "All partner agencies": "All agencies",
    "Community Safety Partnership": "Crime and Disorder Reduction Partnership",
}


def _agency(c: Ctx, agency: str) -> str:
    """The lead agency as the era names it (health commissioners: primary care trusts, then CCGs, then ICBs)."""
    year = _year(c)
    if agency == "Integrated Care Board" and c.doc.meta["published"] < "2022-07":
        return "Primary Care Trust" if c.doc.meta["published"] < "2013-04" else "Clinical Commissioning Group"
    if year < 2006:
        return _OLD_AGENCIES.get(agency, agency)
    if year < 2019 and agency == "Safeguarding Partnership":
        return "LSCB"
    return agency


def _sts(c: Ctx, n: int) -> list[Statement]:
    out = _draw16(c, n, _sts_fit, lambda st: f"{st.title} {st.body}", lambda t: _fit(c, t))
    return [Statement(_words(c, st.title), _words(c, st.body), st.themes) for st in out]


def _recs(c: Ctx, n: int) -> list[Recommendation]:
    out = _draw16(c, n, _recs_fit, lambda r: r.text, lambda t: _fit(c, t))
    return [Recommendation(_words(c, r.text), _agency(c, r.agency), r.themes) for r in out]


def _gps(c: Ctx, n: int) -> list[GoodPractice]:
    out = _draw16(c, n, _gps_fit, lambda g: g.text, lambda t: _fit(c, t))
    return [GoodPractice(_words(c, g.text), g.themes) for g in out]


def _old_area(c: Ctx) -> None:
    """An area as it was before the unitary councils of 2009 and 2019: Bedfordshire, Poole."""
    year, area = _year(c), c.spec.area
    new = "Poole" if area.startswith("Bournemouth") and year < 2019 else area
    new = "Bedfordshire" if area == "Bedford" and year < 2009 else new
    if new != area:
        c.spec = replace(c.spec, area=new)
        c.doc.meta["area"] = new
        c.words.update(area=new, partnership=c.partnership)


# --- councils, dates, ages, people --------------------------------------------------------------

_COUNTIES = {"Northamptonshire", "Worcestershire", "Cambridgeshire", "West Sussex", "East Sussex", "Buckinghamshire",
             "Gloucestershire", "Rutland", "Bedfordshire", "Wiltshire"}  # fmt: skip
_CITIES = {"Salford", "Coventry", "Leicester", "Nottingham", "Derby", "Plymouth", "Peterborough"}
_METROPOLITAN = {"Tameside", "Knowsley", "Sefton", "Bury", "Walsall", "Dudley", "Solihull", "Oldham", "Barnsley",
                 "Calderdale", "Rochdale", "Stockport", "Wirral", "Wigan", "Bolton", "Sandwell", "Rotherham",
                 "South Tyneside"}  # fmt: skip
_BOROUGHS = {"Bracknell Forest", "Halton", "Swindon", "Wokingham", "Luton", "Slough", "Reading", "Darlington",
             "Hartlepool", "Stockton-on-Tees", "Warrington", "Southend-on-Sea", "Bedford", "Poole"}  # fmt: skip


def _council(c: Ctx) -> str:
    """The council of the area in its formal name: "London Borough of Camden", "Wigan Metropolitan Borough Council"
    (the county councils that became unitary councils by their later names)."""
    area, year = c.spec.area, _year(c)
    if (area, year >= 2009) == ("Wiltshire", True) or (area, year >= 2020) == ("Buckinghamshire", True):
        return f"{area} Council"
    if c.spec.region == "London":
        return f"London Borough of {area}"
    if area in ("York", "Wolverhampton"):
        return f"City of {area} Council"
    if area in _COUNTIES:
        return f"{area} County Council"
    if area in _CITIES:
        return f"{area} City Council"
    if area in _METROPOLITAN:
        return f"{area} Metropolitan Borough Council"
    if area in _BOROUGHS:
        return f"{area} Borough Council"
    return f"{area} Council"


def _ordinal(date: str) -> str:
    """ "12th March 2003"."""
    day = int(date[8:10])
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix} {MONTHS[int(date[5:7]) - 1]} {date[:4]}"


def _short(date: str) -> str:
    """ "2/8/21": day, month and two-digit year, no leading zeros."""
    return f"{int(date[8:10])}/{int(date[5:7])}/{date[2:4]}"


def _us(date: str) -> str:
    """ "March 12, 2019", as a blogging platform prints a post's date."""
    return f"{MONTHS[int(date[5:7]) - 1]} {int(date[8:10])}, {date[:4]}"


def _excel(date: str, day: bool = True) -> str:
    """ "12-Mar-13" (or "Mar-14"), as a spreadsheet formats a date."""
    month = MONTHS[int(date[5:7]) - 1][:3]
    return f"{int(date[8:10])}-{month}-{date[2:4]}" if day else f"{month}-{date[2:4]}"


def _born(incident: str, age: str) -> str:
    """The date of birth of a child of the given age on the incident's date (weeks and months to the day)."""
    n, unit = int(age.split()[0]), age.split()[1]
    if unit == "weeks":
        return (datetime.date.fromisoformat(incident) - datetime.timedelta(weeks=n)).isoformat()
    if unit == "months":
        return _shift(incident, n)
    return _shift(incident, 12 * n + 3)


def _number(n: int) -> str:
    return NUMBER_WORDS[n - 1]


def _pron(c: Ctx) -> tuple[str, str]:
    return ("he", "his") if _sex(c) == "m" else ("she", "her")


def _type_name(c: Ctx) -> str:
    return TYPE_NAMES.get(c.spec.review_type, "review")


def _partners(c: Ctx) -> str:
    return "the safeguarding partners" if _year(c) >= 2019 else "the LSCB"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _numbered(c: Ctx, n: int = 3, heading: str = "Recommendations", prefix: str = "") -> None:
    """A heading and n recommendations numbered "1." (or "<prefix>1")."""
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(_recs(c, n), 1):
        label = f"{prefix}{j}"
        d.add("num", r.text, d.lesson("recommendation", label, r.text, r.themes), label=label if prefix else f"{j}.")


def _p(c: Ctx, text: str, keys) -> None:
    """A lesson's paragraph. A PDF draws it whole on one page (the writers' split paragraph keeps no lesson key)."""
    c.doc.add("keep" if c.spec.fmt == "pdf" else "p", text, keys)


def _runin(c: Ctx, text: str, keys=(), label: str = "") -> None:
    """A run-in paragraph: bold in Word, on the web and in text; a scan prints the label as typed at the head of the
    paragraph (the scanner draws no run-in, and its numbered items have no room for a long label), and a PDF the
    same in a paragraph drawn whole on one page, so that its lesson keeps its page."""
    if c.spec.fmt == "scan":
        c.doc.add("p", f"{label} {text}", keys)
    elif c.spec.fmt == "pdf" and keys != ():
        c.doc.add("keep", f"{label} {text}", keys)
    else:
        c.doc.add("runin", text, keys, label=label)


def _finding(c: Ctx, st: Statement, label: str, heading: str = "h2") -> None:
    """A finding under "<label>: title", its text the title and the paragraphs below."""
    d = c.doc
    key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
    d.add(heading, f"{label}: {st.title}", key)
    for chunk in split_body(st.body):
        _p(c, chunk, key)


def _paired(sts: list, recs: list) -> list:
    """Each statement with the recommendation that shares most of its themes (in draw order on a tie)."""
    out, left = [], list(recs)
    for st in sts:
        r = max(left, key=lambda r: len(set(r.themes) & set(st.themes)))
        left.remove(r)
        out.append((st, r))
    return out


def _harm(c: Ctx) -> str:
    """What happened to the child, in the words of an older report's introduction."""
    pron, poss = _pron(c)
    return {
        "NAI": "was admitted to hospital with serious injuries",
        "SUDI": "died suddenly and unexpectedly at home",
        "NEGLECT": "was found to be living in conditions of serious neglect",
        "DA": f"was injured during an assault on {poss} mother at the family home",
        "PARENTAL": f"was seriously harmed while in the care of {poss} parents",
    }.get(c.spec.scenario, "was seriously harmed")


# --- the conventions --------------------------------------------------------------------------


def c475(c: Ctx) -> None:  # "Systemic issue N: title" (findings), each followed by "What must change:"
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "How this report is set out")
    d.add("p", "The review does not list its findings and recommendations separately. It sets out the systemic "
          "issues it identified: features of the way local services are organised, resourced or led that made the "
          "difficulties in this case more likely and that are likely to affect other children. After each issue "
          "the report says what must change.")  # fmt: skip
    d.add("h1", "Systemic issues")
    for i, (st, r) in enumerate(_paired(_sts(c, 3), _recs(c, 8)), 1):
        _finding(c, st, f"Systemic issue {i}")
        _runin(c, r.text, d.lesson("recommendation", "", r.text, r.themes), label="What must change:")
    d.add("h1", "Next steps")
    d.add("p", f"{_cap(_partners(c))} will publish an action plan showing how each change will be made "
          "and how they will know it has made a difference.")  # fmt: skip


def c476(c: Ctx) -> None:  # an LSCB's independent overview report with "D.O.B." and "D.O.D." dotted on the cover
    d, s = c.doc, c.spec
    baby = not s.age.endswith("years")
    incident = _shift(_pub_full(c), 18)
    title = f"Serious Case Review: {s.child} – Independent Overview Report"
    d.meta["title"] = title
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"D.O.B.: {_dotted(_born(incident, s.age))}")
    d.add("cover", f"D.O.D.: {_dotted(incident)}" if baby else f"Date of incident: {_dotted(incident)}")
    d.add("cover", f"Independent Overview Author: {s.author}")
    d.add("cover", f"Date of publication: {c.printed_date()}")
    d.add("pagebreak")
    decided = _shift(incident, -2)
    wt, chapter = ("2010", "8") if decided < "2013-04" else ("2013", "4") if decided < "2015-04" else ("2015", "4")
    pron, poss = _pron(c)
    d.add("h1", "1. Introduction")
    d.add("p", f"On {_long(decided)} the Chair of {c.partnership} decided that the case of {s.child} met the "
          "criteria for a Serious Case Review under Regulation 5 of the Local Safeguarding Children Boards "
          f"Regulations 2006 and chapter {chapter} of Working Together to Safeguard Children ({wt}).")  # fmt: skip
    d.add("p", "The LSCB appointed an independent Overview Author and a Serious Case Review Panel of senior "
          "managers from the agencies involved, none of whom had managed the services provided to the family.")  # fmt: skip
    d.add("h1", "2. Individual Management Reviews")
    d.add("p", "Each agency that had contact with the family completed an Individual Management Review (IMR). The "
          "IMR authors had no line management responsibility for the practitioners involved.")  # fmt: skip
    d.add("header", cells=("Agency", "IMR author"), label="b18bimr")
    health = ("Health visiting service", "Named Nurse for Safeguarding Children") if baby else (
        "School nursing service", "Named Nurse for Safeguarding Children")  # fmt: skip
    rows = [("Children's Social Care", "Service Manager, Quality Assurance"), health,
            ("Police", "Detective Inspector, Public Protection Unit"), ("GP practice", "Named GP for Safeguarding")]  # fmt: skip
    if not baby:
        rows.append(("Primary school", "Head teacher of another school"))
    for agency, author in rows:
        d.add("row", cells=(agency, author), label="b18bimr")
    d.add("h1", "3. The family and the events that led to the review")
    d.add("p", f"{s.child} lived with {poss} mother and {poss} mother's partner. " + " ".join(_events(c, 2)))
    if baby:
        d.add("p", f"On {_long(incident)} {s.child} was taken to hospital by ambulance and died later that day.")
    else:
        d.add("p", f"On {_long(incident)} {s.child} {_harm(c)}, and the concerns that led to this review came "
              "to light.")  # fmt: skip
    d.add("h1", "4. Lessons learnt")
    d.add("p", "The Overview Author identified the following lessons from the IMRs and the panel's analysis.")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"4.{i}", st.body, st.themes), label=f"4.{i}")
    d.add("h1", "5. Recommendations")
    d.add("p", "The Overview Author makes the following recommendations to the LSCB.")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"5.{j}", r.text, r.themes), label=f"5.{j}")


def c477(c: Ctx) -> None:  # an Area Child Protection Committee's Part 8 review: the executive summary (2003, 2005)
    d, s = c.doc, c.spec
    pub = _to_day(c)
    acpc = f"{s.area} Area Child Protection Committee"
    c.words["partnership"] = acpc
    title = f"Part 8 Case Review: {s.child}. Executive Summary"
    d.meta["title"] = title
    d.add("cover", acpc)
    d.add("title", title)
    d.add("cover", f"Date of publication: {_ordinal(pub)}")
    _break(c)
    pron, poss = _pron(c)
    d.add("h1", "1. Introduction")
    d.add("p", f"This is the executive summary of the Overview Report of a case review carried out by the {acpc} "
          "under Part 8 of Working Together to Safeguard Children (1999). The ACPC decided on "
          f"{_long(_shift(pub, 14))} to undertake the review after {s.child}, who was {s.age} old, {_harm(c)}.")  # fmt: skip
    d.add("p", "The purpose of a Part 8 review is to establish whether there are lessons to be learnt about the way "
          "in which local professionals and organisations work together to safeguard children, to identify them "
          "clearly and to act upon them. It is not the purpose of the review to apportion blame.")  # fmt: skip
    d.add("h1", "2. The review process")
    d.add("p", "The ACPC's Case Review Sub-Committee agreed the terms of reference. Management Reviews were provided "
          "by the following agencies:")  # fmt: skip
    school = _years(s.age) >= 5
    for agency in (f"{s.area} Social Services Department", f"{s.area} Primary Care Trust (health visiting and "
                   "general practice)", "Police", f"{s.area} Education Service" if school else
                   "the local NHS hospital trust"):  # fmt: skip
        d.add("bullet", agency)
    d.add("p", f"The Overview Report was written by {s.author}, an independent child care consultant who had no "
          "previous involvement with the agencies concerned. It draws on the Management Reviews, on interviews "
          "with the staff involved and on the agencies' records.")  # fmt: skip
    d.add("h1", "3. Summary of the case")
    health = "the school nurse" if school else "health visitors"
    d.add("p", f"{s.child} lived with {poss} mother. Social services, {health} and the police all had contact with "
          "the family in the two years before the incident, and the family moved house three times in that "
          "period.")  # fmt: skip
    d.add("h1", "4. Lessons to be learnt")
    d.add("p", "The review identified the following lessons.")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"4.{i}", st.body, st.themes), label=f"4.{i}")
    d.add("h1", "5. Recommendations")
    d.add("p", f"The ACPC accepted all the recommendations of the Overview Report on {_long(_shift(pub, 3))}. They "
          "are listed under the agency responsible for taking them forward.")  # fmt: skip
    groups: dict[str, list] = {}
    for r in _recs(c, 5):
        groups.setdefault(r.agency, []).append(r)
    n = 0
    for agency, group in groups.items():
        d.add("h2", agency)
        for r in group:
            n += 1
            d.add("num", r.text, d.lesson("recommendation", f"5.{n}", r.text, r.themes, agency), label=f"5.{n}")
    d.add("h1", "6. Action plan")
    d.add("p", "Each agency has prepared an action plan. The ACPC will monitor progress at each of its meetings "
          "until every action is complete.")  # fmt: skip
    d.add("p", f"Further copies of this summary are available from the ACPC Business Manager, Social Services "
          f"Department, {_council(c)}.")  # fmt: skip


def c478(c: Ctx) -> None:  # a blog-style partnership news post: "Posted on March 12, 2019 by <business unit>"
    d, s = c.doc, c.spec
    pub = _to_day(c)
    lscb = _year(c) < 2019
    unit = f"{s.area} {'LSCB' if lscb else 'SCP'} Business Unit"
    pron, poss = _pron(c)
    d.footer = ""  # a web page, saved as text: no page numbers
    d.add("small", "Home » News » Case reviews")
    d.add("title", d.meta["title"])
    d.add("small", f"Posted on {_us(pub)} by {unit}")
    d.add("p", f"The {c.partnership} has today published the {_type_name(c)} about {s.child}, who was {s.age} "
          f"old. The review was led by the independent reviewer {s.author}, and the full report can be "
          "downloaded below.")  # fmt: skip
    d.add("p", f"The review looked at how agencies worked with {s.child} and {poss} family in the year before the "
          "incident. The family contributed to the review.")  # fmt: skip
    d.add("h1", "Key learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("p", "Download the full report (PDF, 1.1MB)")
    d.add("small", "Categories: Case reviews, News | Tags: learning, practitioners")
    d.add("h1", "Related posts")
    d.add("bullet", f"7-minute briefing: escalation and professional challenge (posted {_us(_shift(pub, 2))})")
    d.add("bullet", f"Annual report published (posted {_us(_shift(pub, 5))})")
    d.add("h1", "Leave a Reply")
    d.add("p", "Your email address will not be published. Required fields are marked *")


def c479(c: Ctx) -> None:  # dates "2/8/21" (day first, no leading zeros); an author with honours; learning statements
    d, s = c.doc, c.spec
    base = _pub_full(c)
    month = int(base[5:7])
    day = int(base[8:10]) % 12 + 1
    day = day % 12 + 1 if day == month else day  # a day of 12 or less, not the month's number: it reads both ways
    pub = f"{base[:7]}-{day:02d}"
    d.meta["published"] = pub
    honour = ("OBE", "MBE", "CBE")[len(s.name) % 3]
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Report author: {s.author} {honour}")
    d.add("cover", f"Review commissioned: {_short(_shift(pub, 14, 9))}")
    d.add("cover", f"Final report agreed by {_partners(c)}: {_short(_shift(pub, 3, 14))}")
    d.add("cover", f"Published: {_short(pub)}")
    _break(c)
    _front(c)
    d.add("h1", "Learning statements")
    d.add("p", "The review expresses its learning as learning statements: short statements of what practitioners "
          "and managers need to know and do differently.")  # fmt: skip
    for i, st in enumerate(_sts(c, 3), 1):
        label = f"Learning statement {i}"
        _runin(c, st.body, d.lesson("learning_point", label, st.body, st.themes), label=f"{label}:")
    _numbered(c, 3)


def c480(c: Ctx) -> None:  # "Message for practice N: title" (learning) and "Improvement action N" (recommendations)
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Messages for practice")
    d.add("p", "The review's learning is set out as messages for practice, for every practitioner and manager "
          "who works with children and families.")  # fmt: skip
    for i, st in enumerate(_sts(c, 3), 1):
        label = f"Message for practice {i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "Improvement actions")
    d.add("p", f"The review asks {_partners(c)} to take the following improvement actions. Their response will be "
          "published within three months.")  # fmt: skip
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Improvement action {j}", r.text, r.themes)
        d.add("h2", f"Improvement action {j}")
        _p(c, r.text, key)


def c481(c: Ctx) -> None:  # an LSCB's action plan for a serious case review, its dates as a spreadsheet prints them
    d = c.doc
    pub = _to_day(c)
    title = f"Serious Case Review {c.spec.child}: LSCB Action Plan"
    d.meta.update(title=title, review_type="other", author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("small", f"Published with the overview report: {_excel(pub)}")
    d.add("small", f"Last updated: {_excel(_shift(pub, -7, 19))} | Version 1.4")
    _break(c)
    d.add("h1", "Action plan")
    d.add("p", "This plan sets out how the LSCB and its partner agencies will respond to each recommendation of the "
          "Serious Case Review. Progress is reported to the LSCB's Serious Case Review Sub-Group. RAG: R = not "
          "started; A = in progress; G = complete.")  # fmt: skip
    d.add("landscape")
    d.add("header", cells=("Ref", "Recommendation", "Action", "Lead agency", "Target date", "RAG"), label="b18bplan")
    actions = (
        "Lead agency to agree an implementation plan and present it to the Sub-Group.",
        "Brief front-line staff and managers; add the learning to the LSCB training programme.",
        "Audit a sample of cases to test whether practice has changed.",
        "Report the audit findings to the LSCB and close the action.",
    )  # fmt: skip
    for j, r in enumerate(_recs(c, 4), 1):
        key = d.lesson("recommendation", f"R{j}", r.text, r.themes, r.agency)
        cells = (f"R{j}", r.text, actions[(j - 1) % 4], r.agency, _excel(_shift(pub, -3 * j), day=False), "AGA"[j % 3])
        d.add("row", keys=key, cells=cells, label="b18bplan")
    d.add("portrait")
    d.add("p", "The Sub-Group will review this plan at each meeting until every action is complete.")


def c482(c: Ctx) -> None:  # learning with "Point to consider" boxes (never lessons); "Challenge N:" recommendations
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "What the review learned")
    points = (
        "How do you record what a child's day is like, and who tells you?",
        "When did you last ask another agency what it knows about a family you work with?",
        "What would make you escalate a concern about a decision you disagreed with?",
    )
    for st, point in zip(_sts(c, 3), points):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
        d.add("box", point, label="Point to consider")
    board = "partnership" if _year(c) >= 2019 else "Board"
    d.add("h1", f"Challenges for the {board}")
    d.add("p", f"The review sets the {board} the following challenges. Each asks the {board} to act and to show "
          "how it has done so.")  # fmt: skip
    for j, r in enumerate(_recs(c, 3), 1):
        _runin(c, r.text, d.lesson("recommendation", f"Challenge {j}", r.text, r.themes), label=f"Challenge {j}:")


def c483(c: Ctx) -> None:  # "Observation N: title" (findings) and run-in "Proposal N." (recommendations)
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "The reviewer's observations")
    d.add("p", "The observations below are what the review found about how agencies worked with the family and "
          "why.")  # fmt: skip
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Observation {i}")
    d.add("h1", "Proposals")
    d.add("p", f"The reviewer makes the following proposals, which {_partners(c)} have adopted as the review's "
          "recommendations.")  # fmt: skip
    for j, r in enumerate(_recs(c, 3), 1):
        _runin(c, r.text, d.lesson("recommendation", f"Proposal {j}", r.text, r.themes), label=f"Proposal {j}.")


def c484(c: Ctx) -> None:  # a council's committee report on a published review: the area only as the council's name
    d = c.doc
    s = c.spec
    pub = _to_day(c)
    lscb = _year(c) < 2019
    council = _council(c)
    if s.area == "Northamptonshire" and _year(c) >= 2021:  # the county council's successors since April 2021
        council = "West Northamptonshire Council"
        d.meta["area"] = "West Northamptonshire"
    body = "Local Safeguarding Children Board" if lscb else "Safeguarding Children Partnership"
    title = f"{_type_name(c)}: {s.child} – publication and learning"
    d.meta.update(title=title, review_type="other", author="")
    committee, noun = (("Children and Young People Scrutiny Panel", "Panel") if lscb else
                       ("Children's Services Overview and Scrutiny Committee", "Committee"))  # fmt: skip
    d.add("cover", council)
    d.add("cover", committee)
    d.add("title", title)
    d.add("metarow", cells=("Date of meeting", _long(_shift(pub, -1, 14))))
    d.add("metarow", cells=("Date of report", _long(pub)))
    d.add("metarow", cells=("Report of", "Director of Children's Services"))
    d.add("metarow", cells=("Report author", "Head of Safeguarding and Quality Assurance"))
    d.add("metarow", cells=("Wards affected", "All"))
    d.add("metarow", cells=("Key decision", "No"))
    d.add("h1", "1. Purpose of the report")
    d.add("p", f"To inform the {committee} of the publication of the {_type_name(c)} about {s.child}, of the "
          "learning it identified and of the recommendations made to the safeguarding agencies.")  # fmt: skip
    d.add("h1", "2. Recommendations")
    d.add("num", f"That the {noun} notes the publication of the review and the learning set out in section 4.",
          label="2.1")  # fmt: skip
    d.add("num", f"That the {noun} receives a report on the progress of the action plan in six months.", label="2.2")
    d.add("h1", "3. Background")
    d.add("p", f"The {body} published the review on {_long(_shift(pub, 1, 2))}. {s.child} was {s.age} old at the "
          f"time of the incident. The review was carried out by an independent reviewer on behalf of the {body}.")  # fmt: skip
    d.add("h1", "4. Learning from the review")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "5. The review's recommendations")
    d.add("p", f"The review made the following recommendations, all of which were accepted by the {body}.")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"5.{j}", r.text, r.themes), label=f"5.{j}")
    d.add("h1", "6. Financial implications")
    d.add("p", "There are no direct financial implications arising from this report.")
    d.add("h1", "7. Legal implications")
    d.add("p", "The council is a statutory member of the Local Safeguarding Children Board under section 13 of the "
          "Children Act 2004." if lscb else "The council is one of the three safeguarding partners under section "
          "16E of the Children Act 2004.")  # fmt: skip
    d.add("h1", "8. Background papers")
    d.add("p", f"The published review is available on the {'Board' if lscb else 'partnership'}'s website.")
    d.add("p", "Contact officer: Head of Safeguarding and Quality Assurance, Children's Services.")


MITIGATING = (
    "The team had three vacancies and relied on agency staff during this period.",
    "The guidance in force at the time did not set out what was expected in these circumstances.",
    "The family presented well, and the parents engaged with every appointment offered to them.",
)


def c485(c: Ctx) -> None:  # "Practice shortfall N: title" (findings), each followed by "Mitigating factors" (never)
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Practice shortfalls")
    d.add("p", "Where practice fell short of what was expected, the review calls this a practice shortfall. Each is "
          "followed by the factors the review took into account in understanding it.")  # fmt: skip
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Practice shortfall {i}")
        d.add("h3", "Mitigating factors")
        d.add("p", MITIGATING[i - 1])
    _numbered(c, 3)


def c486(c: Ctx) -> None:  # "Young Person W", "a 17-year-old": the age only as the adjective
    d = c.doc
    name = c.spec.child
    letter = name.split()[-1] if name.startswith(("Child ", "Baby ")) else name[0]
    _rename_child(c, f"Young Person {letter}")
    s = c.spec
    pron, poss = _pron(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns a 17-year-old who is called Young Person {letter} (YP {letter}) in this "
          f"report. YP {letter} asked not to be described as a child, and the review has respected that wish.")  # fmt: skip
    d.add("p", f"YP {letter} lived with {poss} mother and younger siblings. In the year before the incident "
          f"{pron} had been reported missing on several occasions, and several agencies were involved with the "
          "family.")  # fmt: skip
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _numbered(c, 3)


def c487(c: Ctx) -> None:  # "Our commitments": run-in "Commitment N:" in the partnership's voice (recommendations)
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "What we learned")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    d.add("h1", "Our commitments")
    verb = "make" if _year(c) >= 2019 else "makes"  # the safeguarding partners make; the LSCB makes
    d.add("p", f"{_cap(_partners(c))} accepted the reviewer's analysis and, in place of recommendations, "
          f"{verb} the following commitments. Progress on each will be reported in twelve months.")  # fmt: skip
    for j, r in enumerate(_recs(c, 3), 1):
        text = _will(r.text)
        _runin(c, text, d.lesson("recommendation", f"Commitment {j}", text, r.themes), label=f"Commitment {j}:")
    d.add("h1", "How we will know")
    d.add("p", "A multi-agency audit will test whether practice has changed, and the findings will be shared with "
          "practitioners.")  # fmt: skip


# A city's partnership, the county of the same name around it and the police force they share.
NAMESAKES = (
    ("Nottingham", "East Midlands", "Nottingham City Safeguarding Children Partnership", "Nottinghamshire",
     "Nottinghamshire Police"),
    ("York", "Yorkshire and the Humber", "City of York Safeguarding Children Partnership", "North Yorkshire",
     "North Yorkshire Police"),
    ("Leicester", "East Midlands", "Leicester Safeguarding Children Partnership Board", "Leicestershire",
     "Leicestershire Police"),
    ("Plymouth", "South West", "Plymouth Safeguarding Children Partnership", "Devon", "Devon and Cornwall Police"),
)  # fmt: skip


def c488(c: Ctx) -> None:  # a city's partnership beside the county of the same name: the area is the city
    d, s = c.doc, c.spec
    row = [n for n in NAMESAKES if n[0] == s.area] or [NAMESAKES[len(s.name) % len(NAMESAKES)]]
    city, region, partnership, county, force = row[0]
    c.spec = replace(s, area=city, region=region)
    s = c.spec
    d.meta.update(area=city, region=region)
    c.words.update(area=city, partnership=partnership)
    pron, poss = _pron(c)
    d.add("cover", partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"This review was commissioned by the {partnership} because {s.child}, aged {s.age}, lived in the "
          f"city when the incident happened. Before moving to {city}, the family lived in {county} for several "
          f"years, and the older children were known to {county} County Council's children's social care.")  # fmt: skip
    d.add("p", f"{force}, which covers both the city and the county, and the health services that work across "
          f"{city} and {county} contributed to the review.")  # fmt: skip
    d.add("h1", "Background")
    d.add("p", f"{s.child} lived with {poss} mother. " + " ".join(_events(c, 2)))
    d.add("h1", "Learning")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    _numbered(c, 3)


def c489(c: Ctx) -> None:  # a baby unborn when agencies first knew of it: the age at the incident, not the pregnancy
    d, s = c.doc, c.spec
    pron, poss = _pron(c)
    c.cover()
    d.add("h1", "Introduction")
    d.add("p", f"{c.partnership} agreed that the circumstances of {s.child} met the criteria for a review. The "
          "purpose of the review is not to apportion blame but to understand what happened and what can be done "
          "differently in future.")  # fmt: skip
    d.add("h1", "The baby and the family")
    d.add("p", f"{s.child} was unborn when agencies first became involved. The midwife made a referral to "
          f"children's social care when {s.child}'s mother was twenty weeks pregnant, because of her history and "
          "her relationship with the baby's father. A pre-birth assessment was started at 28 weeks of "
          "pregnancy.")  # fmt: skip
    outcome = {
        "NAI": f"when {pron} was admitted to hospital with injuries that were found to be non-accidental",
        "SUDI": f"when {pron} died suddenly and unexpectedly at home",
    }.get(s.scenario, "when the incident that led to this review happened")
    d.add("p", f"{s.child} was born at 38 weeks. {pron.capitalize()} was {s.age} old {outcome}.")
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _numbered(c, 3)


def c490(c: Ctx) -> None:  # an LSCB executive summary: "an infant of four months", "a girl of nine"
    d, s = c.doc, c.spec
    n, unit = int(s.age.split()[0]), s.age.split()[1]
    pron, poss = _pron(c)
    if unit == "years":
        described = f"a {'boy' if pron == 'he' else 'girl'} of {_number(n)}"
        sibling = f"{poss} older sister, a girl of {_number(n + 3)}"
    else:
        described = f"an infant of {_number(n)} {unit}"
        sibling = f"{poss} brother, a boy of three"
    title = f"Executive Summary of the Serious Case Review concerning {s.child}"
    d.meta["title"] = title
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Overview Report author: {s.author}, Independent Social Work Consultant")
    d.add("cover", f"Date: {c.printed_date()}")
    _break(c)
    d.add("h1", "1. Introduction")
    d.add("p", f"The {c.partnership} commissioned this serious case review under Regulation 5 of the Local "
          f"Safeguarding Children Boards Regulations 2006 after {s.child}, {described}, {_harm(c)}.")  # fmt: skip
    d.add("p", "This summary is published with the full Overview Report. It sets out the lessons the review "
          "identified and the recommendations the LSCB has accepted.")  # fmt: skip
    d.add("h1", "2. The review")
    d.add("p", f"The Serious Case Review Panel was chaired by {_other(c)}, Head of Safeguarding. Individual "
          "Management Reviews were provided by children's social care, health services and the police.")  # fmt: skip
    d.add("h1", "3. The family")
    d.add("p", f"{s.child} lived with {poss} mother and {sibling}. " + " ".join(_events(c, 1)))
    d.add("h1", "4. Lessons learned")
    d.add("p", "The review identified the following lessons:")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _numbered(c, 3, "5. Recommendations")


def c491(c: Ctx) -> None:  # an ACPC chapter 8 overview report written by its case review panel's chair
    d, s = c.doc, c.spec
    acpc = f"{s.area} Area Child Protection Committee"
    c.words["partnership"] = acpc
    title = f"Chapter 8 Case Review: {s.child}. Overview Report"
    d.meta["title"] = title
    d.add("cover", acpc)
    d.add("title", title)
    d.add("cover", "Report of the Chair of the Case Review Panel")
    d.add("cover", c.printed_date())
    _break(c)
    pron, poss = _pron(c)
    d.add("h1", "1. Introduction")
    d.add("p", f"The {acpc} decided to undertake a case review under chapter 8 of Working Together to Safeguard "
          f"Children (1999) after {s.child}, who was {s.age} old, {_harm(c)}. The review covers the two years "
          "before the incident.")  # fmt: skip
    d.add("h1", "2. The author of this report")
    d.add("p", f"This overview report was written by the chair of the Case Review Panel, {s.author}, Assistant "
          f"Director (Quality and Review) in the {s.area} Social Services Department, who had no line management "
          "responsibility for the services provided to the family. The ACPC agreed that the chair should write "
          "the report.")  # fmt: skip
    d.add("h1", "3. Management Reviews")
    d.add("p", "The panel received Management Reviews from:")
    for agency in ("the Social Services Department", "the Primary Care Trust", "the Police", "the Education Service"):
        d.add("bullet", agency)
    d.add("h1", "4. Summary of events")
    d.add("p", f"{s.child} lived with {poss} mother and two younger siblings. The family was known to social "
          "services, to the school and to the police, who were called to the home on several occasions.")  # fmt: skip
    d.add("h1", "5. Lessons")
    d.add("p", "The panel identified the following lessons for the ACPC and its member agencies.")
    for i, st in enumerate(_sts(c, 3), 1):
        _runin(c, st.body, d.lesson("learning_point", f"Lesson {i}", st.body, st.themes), label=f"Lesson {i}.")
    d.add("h1", "6. Recommendations")
    d.add("p", "The panel recommends:")
    for j, r in enumerate(_recs(c, 3), 1):
        text = f"That {_lower_first(c, r.text)}"
        d.add("num", text, d.lesson("recommendation", f"6.{j}", text, r.themes), label=f"6.{j}")
    d.add("h1", "7. Action plan")
    d.add("p", "Each agency will prepare an action plan for the ACPC, which will monitor its implementation.")


# The three agencies C492 prints, as a recommendation's opening words or a good practice text's service name them.
_REC_AGENCY = (
    (re.compile(r"(Children's social care|Social services|Social workers)\b"), "Children's Social Care"),
    (re.compile(r"Police\b"), "Police"),
    (re.compile(r"(GP|Health|The ICB|The CCG|Midwi|Maternity|The ED|Hospital|Paediatric|School nurs)"), "Health"),
)
_GP_AGENCY = {"Children's social care": "Children's Social Care", "Police": "Police", "Health visiting": "Health",
              "Midwifery": "Health", "GP practice": "Health", "Hospital": "Health"}  # fmt: skip


def c492(c: Ctx) -> None:  # under each agency, a run-in "Commendation:" (good practice) and "Recommendation:"
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 2), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "Agency by agency")
    d.add("p", "For each agency the review makes a commendation, where practice deserves to be recognised, and a "
          "recommendation.")  # fmt: skip
    recs, gps = _recs(c, 20), _gps(c, 14)
    for agency in ("Children's Social Care", "Police", "Health"):
        r = next((r for r in recs if any(p.match(r.text) and a == agency for p, a in _REC_AGENCY)), None)
        g = next((g for g in gps if _GP_AGENCY.get(_service(g.text)) == agency), None)
        if r is None or g is None:
            continue
        d.add("h2", agency)
        _runin(c, g.text, d.lesson("good_practice", "", g.text, g.themes), label="Commendation:")
        _runin(c, r.text, d.lesson("recommendation", "", r.text, r.themes, agency), label="Recommendation:")


def _of_its_time(build):
    """An area as it was in the document's year (_old_area); and, in a plain-text copy, a form feed before a heading
    that would otherwise end a page, so that every heading stands on the page of the text it heads (the text
    writer pages by lines: 50 body lines a page)."""

    def run(c: Ctx) -> None:
        _old_area(c)
        build(c)
        if c.spec.fmt != "txt":
            return
        elements, out, used, body = c.doc.elements, [], 0, 50
        for i, e in enumerate(elements):
            if e.kind == "pagebreak":
                out.append(e)
                used = 0
                continue
            n = len(_txt_lines(e, 78)) + 1  # its lines and the blank line after it
            follows = i + 1 < len(elements) and elements[i + 1].kind != "pagebreak"
            if e.kind in ("h1", "h2", "h3") and used and follows and used + n + 1 > body:
                out.append(El("pagebreak"))
                used = 0
            out.append(e)
            used = used + n if used + n <= body else (used + n - 1) % body + 1
        c.doc.elements = out

    run.__doc__ = build.__doc__
    return run


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(_of_its_time(fn)))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
# The age printed only in a form printed_only cannot see: dates of birth and death, "a 17-year-old", "a girl of nine".
for _id in ("C476", "C486", "C490"):
    BUILDERS[_id] = _keeps_age(BUILDERS[_id])
