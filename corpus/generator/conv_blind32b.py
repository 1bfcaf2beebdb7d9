"""Corpus generator: the thirty-second blind held-out set, second half: conventions C979-C996 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to metadata as real documents give it:
scattered, indirect, partial or printed several times in different forms. The title only as a running header or
only in the report's first sentence; the area as a partnership of several authorities, only in a closing address
block or only in a citation; the date in a running footer as a season, in a version table as a month, in a sentence
in words, in a "Date of publication" cell among event dates, in a publication's colophon or as an abbreviated
"Issue date"; the review type only as an acronym ("LCSPR", "DHR/LCSPR", "CSPR") or in a strapline; the child named
only in the body ("Child K, a boy of 14 months") or only as a family ("the Wilson children"); the age as "17 months
old at the time", "nearly three" or "in her first year"; the author only in a foreword the reviewer signs, in the
Board's closing acknowledgements or in a citation ("Ellison, Margaret (2021)"). The lessons are printed as common
reviews print them.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where there is one, agency where the document gives one) and the metadata the document prints. Bank texts
are drawn through set 31's draws (set 19's: set 18's filters and no text that tells an age; no text about
adulthood for a younger child; no recommendation about children under five for an older child), and, where a
document must name no other child, no text naming one; besides, no text its date could not print (the pandemic
before the autumn of 2020, ICON before 2016, contextual safeguarding before 2017, the Graded Care Profile 2 before
2018, an integrated care board before 2022: conv_blind28b's and conv_blind30a's dates), no text about a newborn
or a mother recovering from the birth for a toddler, and no text about one partnership's area in the Panel's
national review. Only the earlier writers' element kinds are used.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .conv_blind18b import _finding, _of_its_time, _p, _runin
from .conv_blind19b import _break
from .conv_blind26a import NATIONAL
from .conv_blind31b import _good, _recommendations, _statements
from .conv_common import case_events as _events
from .conv_common import child_sex as _sex
from .conv_common import long_date as _long
from .conv_common import named as _named
from .conv_common import other_person as _other
from .conv_common import published_to_day as _to_day
from .conv_common import shift as _shift
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import MONTHS, Ctx
from .model import BANK_NAMES

# --- drawing from the bank ------------------------------------------------------------------------------------------

_NAMES = re.compile(r"\b(" + "|".join(re.escape(n) for n in BANK_NAMES) + r")\b|\b(Child|Baby) [A-Z]{1,2}\b")
COLUMN_WIDTHS["version32b"] = ((0.14, 0.3, 0.56), False)  # Version / Date / Status
# The pandemic's first lockdown: passed over in a review published from 2024 (its period began after it).
_LOCKDOWN = re.compile(r"lockdown|pandemic|covid", re.I)
# Words a review published before the year could not print (conv_blind28b's and conv_blind30a's dates): the pandemic
# before the autumn of 2020, ICON before 2016, contextual safeguarding before 2017, the Graded Care Profile 2 before
# 2018, an integrated care board before 2022.
_SINCE = (
    ("2020-09", _LOCKDOWN),
    ("2016", re.compile(r"\bICON\b")),
    ("2017", re.compile(r"contextual safeguarding", re.I)),
    ("2018", re.compile(r"Graded Care Profile 2|\bGCP2\b")),
    ("2022", re.compile(r"\bICB\b|Integrated Care Board")),
)
# A text about a baby who cannot yet crawl or walk, or whose mother is recovering from the birth: passed over for a
# toddler.
_IMMOBILE = re.compile(r"non-mobile|not yet mobile|newborn|new-born|neonat|caesarean", re.I)
# A text speaking of one partnership's area: passed over in the Panel's national review.
_LOCAL = re.compile(r"\bPartnership\b|\b(?:this|the) area\b")


def _filtered(draw, text_of, refuse):
    def run(c: Ctx, n: int) -> list:
        out: list = []
        while len(out) < n:
            drawn = draw(c, 1)
            if not drawn:
                break
            out += [e for e in drawn if not refuse(c, text_of(e))]
        return out

    return run


def _refuse(c: Ctx, text: str) -> bool:
    """No other child's name where the document names no one child; no newborn's text for a toddler; nothing the
    document's date could not print; no one partnership's area in a national review."""
    if c.__dict__.get("nameless") and _NAMES.search(text):
        return True
    if c.spec.published[:4] >= "2024" and _LOCKDOWN.search(text):
        return True
    if any(c.spec.published[: len(since)] < since and rx.search(text) for since, rx in _SINCE):
        return True
    if c.__dict__.get("national") and _LOCAL.search(text):
        return True
    return bool(c.__dict__.get("toddler") and _IMMOBILE.search(text))


_sts = _filtered(_statements, lambda st: f"{st.title} {st.body}", _refuse)
_rcs = _filtered(_recommendations, lambda r: r.text, _refuse)
_gps = _filtered(_good, lambda g: g.text, _refuse)

# --- pieces the builders share -------------------------------------------------------------------------------------


def _month(date: str) -> str:
    return f"{MONTHS[int(date[5:7]) - 1]} {date[:4]}"


def _events_h(c: Ctx, heading: str = "Background", lead: str = "", n: int = 2) -> None:
    d = c.doc
    d.add("h1", heading)
    if lead:
        d.add("p", lead)
    for event in _events(c, n):
        d.add("p", event)


def _findings(c: Ctx, n: int = 3, heading: str = "Findings", label: str = "Finding") -> None:
    c.doc.add("h1", heading)
    for i, st in enumerate(_sts(c, n), 1):
        _finding(c, st, f"{label} {i}")


def _plain(c: Ctx, kind: str = "finding", n: int = 3, heading: str = "Findings") -> None:
    """Lessons under plain headings: no label, title the heading."""
    d = c.doc
    d.add("h1", heading)
    for st in _sts(c, n):
        key = d.lesson(kind, "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)


def _gp(c: Ctx, n: int = 2, heading: str = "Good practice") -> None:
    d = c.doc
    gps = _gps(c, n)
    if gps:
        d.add("h1", heading)
        for g in gps:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))


def _recs(c: Ctx, n: int = 3, heading: str = "Recommendations", prefix: str = "") -> None:
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(_rcs(c, n), 1):
        d.add("num", r.text, d.lesson("recommendation", f"{prefix}{j}", r.text, r.themes), label=f"{prefix}{j}.")


def _boy(c: Ctx) -> str:
    return "a boy" if _sex(c) == "m" else "a girl"


def _set(c: Ctx, **fields) -> None:
    """Fields of the spec the document prints otherwise than the table drew them."""
    c.spec = replace(c.spec, **fields)
    for k, v in fields.items():
        c.words[k] = v


def _declare(c: Ctx, **fields) -> None:
    """Gold fields the document prints in another form than the words themselves (kept by _printed_only)."""
    c.doc.meta.update(fields)
    c.__dict__.setdefault("declared", set()).update(fields)


def _printed_only(build):
    """The gold keeps a child, an age or an author only where the document prints it (conv_common.printed_only),
    but for a field the builder declared from another printed form."""

    def run(c: Ctx) -> None:
        build(c)
        d = c.doc
        printed = " ".join(
            [e.text for e in d.elements] + [" ".join(e.cells) for e in d.elements] + [d.header, d.footer]
        )
        for field in ("child_age", "child", "author"):
            if field in c.__dict__.get("declared", ()):
                continue
            if d.meta[field] and d.meta[field] not in printed:
                d.meta[field] = ""

    run.__doc__ = build.__doc__
    return run


# --- the conventions ------------------------------------------------------------------------------------------------


def c979(c: Ctx) -> None:  # the title only in the running header; the cover prints no title
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = f"Serious Case Review \u2013 {s.child} \u2013 Overview Report"
    d.meta["title"] = title
    d.header = title
    d.add("cover", c.partnership)
    d.add("cover", f"Independent overview author: {s.author}")
    d.add("cover", f"Date of publication: {_long(pub)}")
    _break(c)
    d.add("h1", "1. Introduction")
    d.add("p", f"The Board decided to undertake this review after {s.child}, then {s.age} old, suffered serious harm. "
          "The review followed the guidance in Working Together to Safeguard Children.")  # fmt: skip
    d.add("p", "Each agency that knew the family provided an individual management review and a chronology of its "
          "involvement; the overview author met the practitioners and their managers.")  # fmt: skip
    _events_h(c, "2. Background")
    _findings(c, 3, "3. Findings")
    _recs(c, 4, "4. Recommendations")


def c980(c: Ctx) -> None:  # the title only in the first sentence: "This is the overview report of the Serious Case ..."
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.meta["published"] = pub[:7]
    title = f"Serious Case Review concerning {s.child}"
    d.meta["title"] = title
    d.add("cover", c.partnership)
    d.add("cover", f"Published {_month(pub)}")
    _break(c)
    commissioned = _shift(pub, 14)
    d.add("p", f"This is the overview report of the {title}, commissioned by the {c.partnership} in "
          f"{_month(commissioned)}. The overview author is {s.author}.")  # fmt: skip
    d.add("p", f"{s.child} was {s.age} old at the time of the events that led to the review. The report draws on "
          "the individual management reviews of the agencies that knew the family.")  # fmt: skip
    _events_h(c, "The family and the agencies")
    d.add("h1", "Lessons learned")
    for j, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(j), st.body, st.themes), label=f"{j}.")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_rcs(c, 3), 1):
        _runin(c, r.text, d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
               label=f"Recommendation {j}:")  # fmt: skip


_COMBINED = {
    "Wokingham": (
        "Berkshire West Safeguarding Children Partnership",
        "Reading Borough Council, West Berkshire Council and Wokingham Borough Council, Thames Valley Police and "
        "NHS Berkshire West Clinical Commissioning Group",
        "Woodley, in the Borough of Wokingham",
        "Reading",
    ),
    "Peterborough": (
        "Cambridgeshire and Peterborough Safeguarding Children Partnership",
        "Cambridgeshire County Council, Peterborough City Council, Cambridgeshire Constabulary and NHS "
        "Cambridgeshire and Peterborough Integrated Care Board",
        "the city of Peterborough",
        "Huntingdonshire",
    ),
}


def c981(c: Ctx) -> None:  # a partnership of several authorities; the area the one where the child lived
    d, s = c.doc, c.spec
    name, partners, home, earlier = _COMBINED[s.area]
    pub = _to_day(c)
    d.add("cover", name)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {_long(pub)}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"The {name} brings together {partners}. It commissioned this Local Child Safeguarding Practice "
          f"Review after a serious incident involving {s.child}, who was {s.age} old.")  # fmt: skip
    d.add("p", f"{s.child} lived with {c.words['child_poss']} family in {home}. The family had lived in {earlier} "
          "before, and agencies there were asked for what they knew.")  # fmt: skip
    _events_h(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        _p(c, st.body, key)
    _recs(c, 3, "Recommendations for the partnership")


_ADDRESS = {
    "Tameside": ("Tameside One", "Market Place", "Ashton-under-Lyne", "OL6 6BH"),
    "Stockport": ("Stopford House", "Piccadilly", "Stockport", "SK1 3XE"),
}


def c982(c: Ctx) -> None:  # the partnership, and so the area, only in the closing "Published by" address block
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {_long(pub)}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"The safeguarding partners for the borough commissioned this review after a serious incident "
          f"involving {s.child}, who was {s.age} old. The partnership thanks the family for taking part.")  # fmt: skip
    d.add("p", "The review looked at the two years before the incident and at how agencies worked together.")
    _events_h(c)
    _plain(c, "finding", 3, "What the review found")
    _gp(c, 2)
    _recs(c, 3)
    building, street, town, postcode = _ADDRESS[s.area]
    d.add("h1", "Contact")
    d.add("p", "Published by:")
    for line in (c.partnership, building, street, town, postcode):
        d.add("p", line)


def c983(c: Ctx) -> None:  # the publication only in a version table's "Published" row, as a month in words
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.meta["published"] = pub[:7]
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", "Version 1.1")
    _break(c)
    d.add("h1", "Version history")
    d.add("header", cells=("Version", "Date", "Status"), label="version32b")
    for version, date, status in (
        ("0.1", _long(_shift(pub, 7, 12)), "First draft to the review panel"),
        ("0.4", _long(_shift(pub, 5, 3)), "Draft shared with the family"),
        ("1.0", _long(_shift(pub, 3, 21)), "Final, agreed by the safeguarding partners"),
        ("1.1", _month(pub), "Published"),
    ):
        d.add("row", cells=(version, date, status), label="version32b")
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns {s.child}, who was {s.age} old at the time of the incident. It was led by "
          f"{s.author}, an independent reviewer.")  # fmt: skip
    _events_h(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning point {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning point {i}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"))
    for j, r in enumerate(_rcs(c, 3), 1):
        agency = r.agency or "Safeguarding partners"
        key = d.lesson("recommendation", str(j), r.text, r.themes, agency)
        d.add("row", keys=key, cells=(str(j), r.text, agency))


_SEASON = {2018: "Autumn", 2021: "Spring"}


def c984(c: Ctx) -> None:  # "Published Autumn 2018" only in the running footer; the author only signs the foreword
    d, s = c.doc, c.spec
    year = int(s.published[:4])
    d.meta["published"] = str(year)
    d.footer = f"{c.partnership} | Published {_SEASON[year]} {year} | Page {{x}} of {{y}}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    _break(c)
    d.add("h1", "Foreword")
    d.add("p", f"I was asked by the {c.partnership} to lead this review of the help given to {s.child} and "
          f"{c.words['child_poss']} family. I am grateful to the practitioners who spoke openly about their work, "
          "and to the family for sharing their experience.")  # fmt: skip
    d.add("p", f"{s.author}, Independent Reviewer")
    d.add("h1", "Introduction")
    d.add("p", f"{s.child} was {s.age} old when the incident that led to this review took place.")
    _events_h(c)
    d.add("h1", "Key learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _recs(c, 3)


def c985(c: Ctx) -> None:  # the publication only in a sentence, as a month in words among event months
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.meta["published"] = pub[:7]
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent author: {s.author}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns {s.child}, who was {s.age} old at the time of the incident.")
    d.add("p", f"The Board agreed the final report in {_month(_shift(pub, 5))} and published it in {_month(pub)}, "
          f"once the criminal proceedings had concluded in {_month(_shift(pub, 2))}.")  # fmt: skip
    _events_h(c)
    _findings(c, 3, "Key findings", "Key finding")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_rcs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}")


def c986(c: Ctx) -> None:  # the review type only as the acronym, in the title and a cover table among dates
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = f"LCSPR: {s.child}"
    d.meta["title"] = title
    d.add("cover", c.partnership)
    d.add("title", title)
    incident = _shift(pub, 18)
    for label, value in (
        ("Review", "LCSPR"),
        ("Child", s.child),
        ("Age at the time of the incident", s.age),
        ("Lead reviewer", s.author),
        ("Date of incident", _month(incident)),
        ("Date of rapid review", _month(_shift(incident, -1))),
        ("Date agreed by the safeguarding partners", _long(_shift(pub, 2, 9))),
        ("Date of publication", _long(pub)),
    ):
        d.add("metarow", cells=(label, value))
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"The safeguarding partners commissioned this LCSPR after the rapid review about {s.child}. The "
          "review asked what could be learned about how agencies worked together.")  # fmt: skip
    _events_h(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        _p(c, st.body, key)
    _recs(c, 3)


_JOINT = {"Swindon": ("Safer Swindon Partnership", "Swindon Safeguarding Partnership"),
          "Plymouth": ("Safer Plymouth", "Plymouth Safeguarding Children Partnership")}  # fmt: skip


def c987(c: Ctx) -> None:  # a joint DHR/LCSPR named only by the acronyms
    d, s = c.doc, c.spec
    csp, partnership = _JOINT[s.area]
    pub = _to_day(c)
    title = f"Joint DHR/LCSPR: {s.child}"
    d.meta["title"] = title
    d.add("cover", csp)
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Independent chair and author: {s.author}")
    d.add("cover", f"Published: {_long(pub)}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"{csp} and the {partnership} agreed to hold a joint DHR/LCSPR after the death of {s.child}'s mother "
          f"at the hands of her former partner. {s.child} was {s.age} old and was at home at the time.")  # fmt: skip
    d.add("p", "The joint review avoids asking the same practitioners the same questions twice and keeps the child "
          "at the centre of a review about an adult's death.")  # fmt: skip
    _events_h(c)
    _findings(c, 3)
    _recs(c, 4)


_SILP = {"Bury": "Bury Integrated Safeguarding Partnership", "Rochdale": "Rochdale Borough Safeguarding Children "
         "Partnership"}  # fmt: skip


def c988(c: Ctx) -> None:  # a SILP report: the review type only in the cover's strapline
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.meta["published"] = pub[:7]
    title = f"SILP Report: {s.child}"
    d.meta["title"] = title
    d.add("cover", _SILP[s.area])
    d.add("title", title)
    d.add("cover", "A Local Child Safeguarding Practice Review using the Significant Incident Learning Process")
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", _month(pub))
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"This report concerns {s.child}, who was {s.age} old. The Significant Incident Learning Process "
          "brings the practitioners and managers who knew the family together at a learning event.")  # fmt: skip
    _events_h(c)
    _plain(c, "learning_point", 3, "Learning from the events")
    _recs(c, 3)


def c989(c: Ctx) -> None:  # the child named only in the body: "Child K, a boy of 14 months"
    d, s = c.doc, c.spec
    c.__dict__["toddler"] = True
    pub = _to_day(c)
    title = "Local Child Safeguarding Practice Review: learning from a serious injury to a toddler"
    d.meta["title"] = title
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {_long(pub)}")
    _break(c)
    d.add("h1", "Introduction")
    number = s.age.split()[0]
    d.add("p", f"This review concerns {s.child}, {_boy(c)} of {number} months, who was admitted to hospital with "
          "injuries that doctors considered could not have been caused accidentally.")  # fmt: skip
    _events_h(c)
    _findings(c, 3)
    _gp(c, 2, "What went well")
    _recs(c, 3)


_FAMILY = {"Rotherham": ("Wilson", "four", 2, 11), "Barnsley": ("Hughes", "three", 3, 9)}


def c990(c: Ctx) -> None:  # only a family: "the Wilson children" (no one child, no one age)
    d, s = c.doc, c.spec
    c.__dict__["nameless"] = True
    _set(c, child="")
    name, many, young, old = _FAMILY[s.area]
    pub = _to_day(c)
    title = f"Serious Case Review: the {name} children"
    d.meta.update(title=title, child="", child_age="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Overview author: {s.author}")
    d.add("cover", f"Date of publication: {_long(pub)}")
    _break(c)
    d.add("h1", "1. Introduction")
    d.add("p", f"This review concerns the {many} {name} children, who were aged between {young} and {old} years "
          "when they were removed from their mother's care after years of neglect.")  # fmt: skip
    d.add("p", "The children had been known to universal and targeted services for most of their lives.")
    d.add("h1", "2. Lessons learned")
    for i, st in enumerate(_sts(c, 3), 1):
        _runin(c, st.body, d.lesson("learning_point", f"Lesson {i}", st.body, st.themes), label=f"Lesson {i}:")
    _recs(c, 3, "3. Recommendations")


def c991(c: Ctx) -> None:  # the age only as "nearly three": no age recorded
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {_long(pub)}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"{s.child} was nearly three when {c.words['child_pronoun']} was found at home in the care of a "
          "parent who was heavily intoxicated. This review looks at the year before that day.")  # fmt: skip
    _events_h(c)
    _findings(c, 3)
    _recs(c, 3)


def c992(c: Ctx) -> None:  # the author only in the Board's closing acknowledgements; the chair signs the foreword
    d, s = c.doc, c.spec
    pub = _to_day(c)
    chair = _other(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Date of publication: {_long(pub)}")
    _break(c)
    d.add("h1", "Foreword")
    d.add("p", f"The Board is publishing this review so that everyone who works with children in {s.area} can learn "
          f"from what happened to {s.child}. I expect every agency to act on its recommendations.")  # fmt: skip
    d.add("p", f"{chair}, Independent Chair, {c.partnership}")
    d.add("h1", "1. Introduction")
    d.add("p", f"{s.child} was {s.age} old when {c.words['child_pronoun']} was taken to hospital. The Board "
          "commissioned a Serious Case Review and an independent overview author to write this report.")  # fmt: skip
    _events_h(c, "2. Background")
    d.add("h1", "3. Lessons learned")
    for j, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"3.{j}", st.body, st.themes), label=f"3.{j}")
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(_rcs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"4.{j}", r.text, r.themes), label=f"4.{j}")
    d.add("h1", "Acknowledgements")
    d.add("p", f"The Board thanks the independent overview author, {s.author}, and the members of the review panel "
          "for their work, and the practitioners who gave their time.")  # fmt: skip


def c993(c: Ctx) -> None:  # a rapid review summary: "17 months old at the time"; the dates in a closing table
    d, s = c.doc, c.spec
    c.__dict__["toddler"] = True
    pub = _to_day(c)
    title = f"Rapid Review: {s.child} \u2013 Summary of Learning"
    d.meta.update(title=title, author="")
    d.add("title", title)
    d.add("h1", "Why a rapid review was held")
    d.add("p", f"The {c.partnership} held a rapid review after {s.child}, who was {s.age} old at the time, was "
          "admitted to hospital with an injury that could not be explained.")  # fmt: skip
    d.add("p", "The rapid review decided that the case did not meet the criteria for a local child safeguarding "
          "practice review, but that the learning should be shared.")  # fmt: skip
    d.add("h1", "Learning identified")
    for j, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(j), st.body, st.themes), label=f"{j}.")
    _gp(c, 2, "Good practice identified")
    _recs(c, 2, "Recommendations for the partnership")
    d.add("h1", "Key dates")
    incident = _shift(pub, 6, 2)
    for label, value in (
        ("Date of the serious incident notification", _long(_shift(incident, 0, 5))),
        ("Date of the rapid review meeting", _long(_shift(incident, 0, 19))),
        ("Date submitted to the Panel", _long(_shift(incident, -1, 4))),
        ("Date of publication", _long(pub)),
    ):
        d.add("metarow", cells=(label, value))


def c994(c: Ctx) -> None:  # a briefing on "CSPR Child N": the age only "in her first year", "Issue date: Sept 2024"
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.meta["published"] = pub[:7]
    title = f"Learning from CSPR {s.child}"
    d.meta.update(title=title, child_age="", author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    month = MONTHS[int(pub[5:7]) - 1]
    d.add("cover", f"Practitioner briefing | Issue date: {'Sept' if month == 'September' else month[:3]} {pub[:4]}")
    d.add("h1", "What happened")
    d.add("p", f"{s.child} died in {c.words['child_poss']} first year. {_events(c, 1)[0]}")
    d.add("h1", "What we learned")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations from the review")
    for r in _rcs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("p", "The full report is available on the partnership's website.")


def c995(c: Ctx) -> None:  # a Panel national review: the publication only in the colophon at the back
    d, s = c.doc, c.spec
    c.__dict__["nameless"] = True
    c.__dict__["national"] = True
    pub = _to_day(c)
    d.meta["published"] = pub[:7]
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", d.meta["title"])
    _break(c)
    d.add("h1", "Foreword")
    d.add("p", "This review draws on the rapid reviews and local child safeguarding practice reviews that "
          "safeguarding partnerships sent to the Panel. Behind every one of them is a child whose life was "
          "changed or lost.")  # fmt: skip
    d.add("p", "Chair, Child Safeguarding Practice Review Panel")
    _findings(c, 3, "What we found")
    d.add("h1", "Recommendations")
    d.add("header", cells=("No.", "Recommendation", "For"))
    bodies = (
        ("Department for Education", "Department of Health and Social Care", "Home Office")
        if s.published < "2023"
        else ("Department for Education", "NHS England", "Ofsted")
    )
    for j, body in enumerate(bodies, 1):  # the Panel's recommendations to national bodies (conv_blind26a's)
        text, themes = NATIONAL[body]
        key = d.lesson("recommendation", str(j), text, themes, body)
        d.add("row", keys=key, cells=(str(j), text, body))
    _break(c)
    d.add("small", f"\u00a9 Crown copyright {pub[:4]}")
    d.add("small", "This publication is licensed under the terms of the Open Government Licence v3.0 except where "
          "otherwise stated.")  # fmt: skip
    d.add("small", f"Published: {_month(pub)}")
    d.add("small", f"Reference: DfE-00{17 + int(pub[2:4])}{pub[5:7]}-{pub[:4]}")


def _cited(name: str) -> tuple[str, str]:
    """ "Dr Rupert Vance" cited as "Vance, Rupert"; the gold the name in its natural order, without the title."""
    words = [w for w in name.split() if w not in ("Dr", "Mr", "Mrs", "Ms")]
    return f"{words[-1]}, {' '.join(words[:-1])}", " ".join(words)


def c996(c: Ctx) -> None:  # a repository record whose only metadata is a citation: author, year, title, place
    d, s = c.doc, c.spec
    year = s.published[:4]
    d.meta["published"] = year
    kind = "Serious case review" if s.review_type == "SCR" else "Local child safeguarding practice review"
    title = f"{kind}: {s.child}"
    cited, author = _cited(s.author)
    d.meta["title"] = title
    _declare(c, author=author)
    d.footer = ""
    d.add("small", "NSPCC Learning > Case reviews > National case review repository")
    d.add("title", title)
    d.add("p", f"Citation: {cited} ({year}) {title}. {s.area}: {_SILP.get(s.area, c.partnership)}.")
    d.add("h1", "Summary")
    d.add("p", f"The review concerns {s.child}, who was {s.age} old. " + " ".join(_events(c, 2)))
    d.add("h1", "Learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    for r in _rcs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("p", "Keywords: multi-agency working, information sharing, professional curiosity")


BUILDERS = {
    f"C{name[1:]}": _printed_only(_named(_of_its_time(fn)))
    for name, fn in globals().items()
    if re.fullmatch(r"c9\d\d", name)
}
