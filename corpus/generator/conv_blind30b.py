"""Corpus generator: the thirtieth blind held-out set, second half: conventions C907-C924 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to the labels and numbering real reviews
print: "LP 1" in a table's left column, "R1a" sub-recommendations, "Rec. 2(ii)" references, findings numbered in
words ("First finding") and in roman capitals ("Finding II"), "Finding #3" under key lines of enquiry, "F3:" run-in
findings and recommendations numbered within each agency ("Recommendation for Health 1"), labels printed after the
text ("... (Learning point 2)"), paragraph numbers as the only label ("3.5"), numbering that runs on across chapters,
numbers repeated or skipped by mistake, labels in the margin or in a table's right column, and a sub-item that is
its own lesson ("3(a)"). A second emphasis is metadata in unusual forms: "Spring 2019", "3rd Sept '21",
"w/c 10 July 2023", a year range in a title ("2019/20"), areas by their abbreviations or formal names ("B&NES",
"the Royal Borough of Windsor and Maidenhead", "Bournemouth, Christchurch and Poole"), and ages as "aged 2 years and
3 months", "a 22-month-old", "16 weeks old" and "in Year 9".

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where one names the lesson, agency where the document gives one) and only the metadata the document itself
prints. The set uses only element kinds the earlier writers already draw, so no writer is changed and every earlier
document comes out as before.
"""

from __future__ import annotations

import re

from .conv_blind15b import _anon_recs, _no_child
from .conv_blind15b import _sts as _anon_sts
from .conv_blind16b import _ICB
from .conv_blind18b import _harm, _p, _runin
from .conv_blind20b import _before, _month
from .conv_blind23b import _cover, _opening, _poss, _setup
from .conv_blind26a import _national
from .conv_blind28b import _PANDEMIC, _fitting_recs, _sts, _type_name
from .conv_common import case_events as _case_events
from .conv_common import keeps_age as _keeps_age
from .conv_common import long_date
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx

COLUMN_WIDTHS["lp30b"] = ((0.14, 0.86), False)  # LP / Learning point
COLUMN_WIDTHS["rec30b"] = ((0.14, 0.58, 0.28), False)  # Ref / Recommendation / Lead
COLUMN_WIDTHS["kl30b"] = ((0.84, 0.16), False)  # Learning / Ref.
COLUMN_WIDTHS["agency30b"] = ((0.26, 0.08, 0.66), False)  # Agency / No. / Learning for the agency
COLUMN_WIDTHS["nat30b"] = ((0.08, 0.62, 0.30), False)  # No. / Recommendation / For

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip

# --- pieces the builders share -------------------------------------------------------------------------------------


def _story(c: Ctx, heading: str = "Background", n: int = 2) -> None:
    """A heading and n events of the case (the events never print the child's age)."""
    c.doc.add("h1", heading)
    for event in _case_events(c, n):
        c.doc.add("p", event)


def _recs(c: Ctx, n: int = 3, heading: str = "Recommendations") -> None:
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(_fitting_recs(c, n), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def _headed(c: Ctx, sts: list, labels: list, kind: str = "finding", heading: str = "h2", sep: str = ": ") -> None:
    """Each statement under a heading "<label><sep><title>" (label as printed, title the words after it)."""
    d = c.doc
    for st, label in zip(sts, labels):
        key = d.lesson(kind, label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add(heading, f"{label}{sep}{st.title}", key)
        _p(c, st.body, key)


def _set_age(c: Ctx, age: str) -> None:
    c.words["age"] = age
    c.doc.meta["child_age"] = age


def _nhs_body(c: Ctx) -> str:
    """The NHS safeguarding partner of the document's date: integrated care boards replaced clinical commissioning
    groups on 1 July 2022."""
    return "integrated care board" if c.doc.meta["published"] >= "2022-07" else "clinical commissioning group"


def _of_the_date(c: Ctx, text: str) -> bool:
    """False for a text the document's printed date could not carry: an integrated care board before July 2022 (set
    16's filter), the pandemic before the autumn of 2020 (set 28's)."""
    published = c.doc.meta["published"]
    return not (_ICB.search(text) and published < "2022-07") and not (_PANDEMIC.search(text) and published < "2020-09")


def _pron(c: Ctx) -> str:
    return "he" if _poss(c) == "his" else "she"


# --- the conventions ------------------------------------------------------------------------------------------------


def c907(c: Ctx) -> None:  # "LP 1" in a table's left column; published in a season ("Spring 2019": the year)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    year = s.published[:4]
    season = "Spring" if s.fmt == "pdf" else "Autumn"
    _cover(c, partnership, c.title(), f"Independent author: {s.author}", f"Published: {season} {year}")
    d.meta["published"] = year
    d.add("h1", "1. Introduction")
    d.add("p", f"{_opening(c)} {partnership} agreed that the criteria for a Serious Case Review were met.")
    _story(c, "2. Summary of agency involvement")
    d.add("h1", "3. Learning points")
    d.add("p", "The learning points (LP) the review identified are set out in the table below.")
    d.add("header", cells=("LP", "Learning point"), label="lp30b")
    for i, st in enumerate(_sts(c, 4), 1):
        d.add("row", keys=d.lesson("learning_point", f"LP {i}", st.body, st.themes), cells=(f"LP {i}", st.body),
              label="lp30b")  # fmt: skip
    _recs(c, 3, "4. Recommendations")


def c908(c: Ctx) -> None:  # "R1 title" over "R1a", "R1b": every lettered part a whole recommendation; "B&NES"
    d, s = c.doc, c.spec
    partnership = "Bath and North East Somerset Community Safety and Safeguarding Partnership"
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {s.child} lived with {_poss(c)} family in Bath and North East Somerset (B&NES).")
    d.add("p", f"The {partnership} (BCSSP) commissioned this review. The three safeguarding partners in B&NES are "
          f"the council, Avon and Somerset Constabulary and the {_nhs_body(c)} for the area.")  # fmt: skip
    _story(c)
    d.add("h1", "Findings")
    sts = _sts(c, 3)
    _headed(c, sts, [f"Finding {i}" for i in range(1, 4)])
    d.add("h1", "Recommendations")
    d.add("p", "The recommendations are grouped under two headings (R1, R2). Each lettered recommendation under a "
          "heading stands on its own and will be tracked separately.")  # fmt: skip
    recs = _fitting_recs(c, 5)
    groups = (("R1", "Practice across agencies", recs[:3]), ("R2", "Systems and assurance", recs[3:5]))
    for ref, theme, items in groups:
        d.add("h2", f"{ref} {theme}")
        for letter, r in zip("abc", items):
            label = f"{ref}{letter}"
            _runin(c, r.text, d.lesson("recommendation", label, r.text, r.themes), label=label)


# Leads for a recommendations table in a royal borough, by (area, year): the agencies of the place and time.
_LEADS = {
    "Windsor and Maidenhead": ("Achieving for Children", "Thames Valley Police", "Frimley Integrated Care Board"),
    "Greenwich": (
        "Royal Borough of Greenwich Children's Services",
        "Metropolitan Police Service",
        "NHS South East London Clinical Commissioning Group",
    ),  # fmt: skip
}
_SHORT = {"Windsor and Maidenhead": "RBWM", "Greenwich": "RBG"}


def _lead(c: Ctx, text: str) -> str:
    """The Lead cell: the agency the recommendation's words are about (the partnership itself for the rest)."""
    children, police, health = _LEADS[c.spec.area]
    if re.match(r"(The )?(Partnership|partnership|Agencies|All agencies|Safeguarding partners|The MACE)", text):
        return "Safeguarding partners"
    if re.search(r"\bpolice\b", text, re.I):
        return police
    if re.search(r"\b(GP|health|midwi|maternity|hospital|paediatric|emergency department|nurs)", text, re.I):
        return health
    if re.search(r"social (care|work)|children's services|early help", text, re.I):
        return children
    return "Safeguarding partners"


def c909(c: Ctx) -> None:  # "Rec. 1", "Rec. 2(i)", "Rec. 2(ii)" in a table's Ref column; a royal borough's formal name
    d, s = c.doc, c.spec
    area = s.area
    formal = f"Royal Borough of {area}"
    partnership = f"{formal} Safeguarding " + ("Partnership" if area.startswith("Windsor") else "Children Partnership")
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {s.child} lived with {_poss(c)} family in the {formal} ({_SHORT[area]}).")
    d.add("p", f"The {partnership} commissioned this review in line with Working Together to Safeguard Children.")
    _story(c)
    d.add("h1", "What the review learned")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    d.add("p", f"Recommendation 2 has two parts, each a recommendation in its own right, referred to as Rec. 2(i) "
          f"and Rec. 2(ii) in the {_SHORT[area]} action plan.")  # fmt: skip
    d.add("header", cells=("Ref", "Recommendation", "Lead"), label="rec30b")
    refs = ("Rec. 1", "Rec. 2(i)", "Rec. 2(ii)", "Rec. 3")
    for ref, r in zip(refs, _fitting_recs(c, 4)):
        lead = _lead(c, r.text)
        key = d.lesson("recommendation", ref, r.text, r.themes, lead)
        d.add("row", keys=key, cells=(ref, r.text, lead), label="rec30b")


def c910(c: Ctx) -> None:  # findings numbered in words, "First finding: title"; "aged 2 years and 3 months"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    age = "2 years and 3 months"
    _set_age(c, age)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{s.child}, aged {age}, {_harm(c)} in {_month(_before(c, 16))}. {partnership} commissioned this "
          "review to learn from how agencies worked with the family.")  # fmt: skip
    _story(c)
    d.add("h1", "Findings")
    _headed(c, _sts(c, 3), ["First finding", "Second finding", "Third finding"])
    _recs(c)


def c911(c: Ctx) -> None:  # key lines of enquiry ("KLOE 2") with "Finding #N" numbered on across them; "16 weeks old"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    age = "16 weeks"
    _set_age(c, age)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{s.child} was 16 weeks old when {_pron(c)} {_harm(c)} in {_month(_before(c, 15))}. The rapid "
          f"review set three key lines of enquiry (KLOE) for this review, and {partnership} agreed them.")  # fmt: skip
    _story(c)
    d.add("h1", "Key lines of enquiry and findings")
    kloes = ("How well did agencies understand the baby's care at home?",
             "How well did agencies share what they knew?",
             "How well were the adults in the household assessed?")  # fmt: skip
    sts = _sts(c, 4)
    n = 0
    for k, (q, group) in enumerate(zip(kloes, (sts[:2], sts[2:3], sts[3:4])), 1):
        d.add("h2", f"KLOE {k}: {q}")
        d.add("p", next(iter(_case_events(c, 1)), "The agencies' chronologies were read against each other."))
        labels = [f"Finding #{n + i}" for i in range(1, len(group) + 1)]
        n += len(group)
        _headed(c, group, labels, heading="h3")
    _recs(c)


# Recommendations for each agency, written for this half: (agency, text, themes).
_AGENCY_RECS = (
    ("Health", "Health visiting and general practice should record every adult living in a child's household at each "
     "contact and tell each other when the household changes.",
     "fam.male_carers multi.record_keeping agency.universal_health"),
    ("Health", "Maternity services should ask every expectant mother, when she is seen alone, whether she feels safe "
     "at home, and record her answer and what was done.", "fam.domestic_abuse agency.universal_health"),
    ("Police", "Dorset Police should notify the child's school or health visitor of every domestic abuse incident at "
     "which a child was present by the end of the next working day.",
     "fam.domestic_abuse multi.information_sharing agency.police"),
    ("Children's Services", "Children's services should make sure that every assessment records a conversation with "
     "the child's father or the mother's partner, or the reason there was none.",
     "fam.male_carers assess.whole_family agency.childrens_social_care"),
)  # fmt: skip


def c912(c: Ctx) -> None:  # "F1:" run-in findings; "Recommendation for Health 1", numbered within each agency; BCP
    d, s = c.doc, c.spec
    area = s.area
    partnership = ("Pan-Dorset Safeguarding Children Partnership" if s.published[:4] < "2022"
                   else f"{area} Safeguarding Children Partnership")  # fmt: skip
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} The family lived in Poole, in the {area} Council area (BCP Council).")
    d.add("p", f"The {partnership} commissioned this review. Its findings are numbered F1 to F3 and its "
          "recommendations are numbered within each agency.")  # fmt: skip
    _story(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _runin(c, st.body, d.lesson("finding", f"F{i}", st.body, st.themes), label=f"F{i}:")
    d.add("h1", "Recommendations")
    count: dict[str, int] = {}
    for agency, text, themes in _AGENCY_RECS:
        count[agency] = count.get(agency, 0) + 1
        label = f"Recommendation for {agency} {count[agency]}"
        _runin(c, text, d.lesson("recommendation", label, text, themes.split(), agency), label=f"{label}:")


_SHORT_DATES = {"2021": ("3rd Sept '21", "2021-09-03"), "2023": ("14th Feb '23", "2023-02-14")}


def c913(c: Ctx) -> None:  # labels after the text, "... (Learning point 2)"; published "3rd Sept '21"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    printed, gold = _SHORT_DATES[s.published[:4]]
    _cover(c, partnership, c.title(), f"Independent reviewer: {s.author}", f"Published: {printed}")
    d.meta["published"] = gold
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {partnership} commissioned this review. In this report each point of learning and "
          "each recommendation is followed by its number in brackets.")  # fmt: skip
    _story(c)
    d.add("h1", "What we learned")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("p", f"{st.body} (Learning point {i})", d.lesson("learning_point", f"Learning point {i}", st.body,
                                                                st.themes))  # fmt: skip
    d.add("h1", "What we recommend")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        d.add("p", f"{r.text} (Recommendation {j})", d.lesson("recommendation", f"Recommendation {j}", r.text,
                                                               r.themes))  # fmt: skip


def c914(c: Ctx) -> None:  # findings numbered on across chapters (1-2, 3-4, 5); the age only as "in Year 9"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    d.meta["child_age"] = ""
    d.add("h1", "1. Introduction")
    d.add("p", f"{s.child} was in Year 9 at a local secondary school when {_pron(c)} was seriously injured in "
          f"{_month(_before(c, 14))}. {partnership} commissioned this review.")  # fmt: skip
    d.add("p", "Each of chapters 5 to 7 ends with findings. The findings are numbered through the report.")
    d.add("h1", "2. The review")
    d.add("p", "The reviewer read the agencies' reports, met the practitioners and spoke to the family.")
    _story(c, "3. What happened")
    d.add("h1", "4. The family's view")
    d.add("p", f"{s.child}'s mother said that she asked for help many times and was passed from one service to "
          "another.")  # fmt: skip
    sts = _sts(c, 5)
    n = 0
    for chap, head, group in (("5", "The first year", sts[:2]), ("6", "The second year", sts[2:4]),
                              ("7", "The months before the incident", sts[4:5])):  # fmt: skip
        d.add("h1", f"{chap}. {head}")
        d.add("p", next(iter(_case_events(c, 1)), "The agencies' records show many contacts in this period."))
        labels = [f"Finding {n + i}" for i in range(1, len(group) + 1)]
        n += len(group)
        _headed(c, group, labels)
    _recs(c, 3, "8. Recommendations")


def c915(c: Ctx) -> None:  # numbers repeated and skipped by mistake: learning 1, 2, 2, 3 and recommendations 1, 2, 4
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {partnership} commissioned this review.")
    _story(c)
    d.add("h1", "Learning points")
    for n, st in zip((1, 2, 2, 3), _sts(c, 4)):
        key = d.lesson("learning_point", f"Learning point {n}", st.body, st.themes)
        d.add("h3", f"Learning point {n}", key)
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    for j, r in zip((1, 2, 4), _fitting_recs(c, 3)):
        key = d.lesson("recommendation", str(j), r.text, r.themes)
        if c.spec.fmt == "html":  # a web page's numbered list would renumber the items: the numbers typed in the text
            d.add("p", f"{j}. {r.text}", key)
        else:
            d.add("num", r.text, key, label=f"{j}.")


def c916(c: Ctx) -> None:  # "Key learning N" in the margin beside each learning paragraph (no title); recs the same
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "1. Introduction")
    d.add("p", f"{_opening(c)} {partnership} commissioned this Serious Case Review.")
    _story(c, "2. Background")
    d.add("h1", "3. Key learning")
    d.add("p", "The review's key learning is numbered in the margin.")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Key learning {i}", st.body, st.themes)
        d.add("sidehead", keys=key, cells=(f"Key learning {i}", "", st.body))
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("sidehead", keys=key, cells=(f"Recommendation {j}", "", r.text))


_ROMAN = ("I", "II", "III", "IV")


def c917(c: Ctx) -> None:  # findings in roman capitals, "Finding II: title"; "a 22-month-old"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _set_age(c, "22 months")
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{s.child} was a 22-month-old {'boy' if _poss(c) == 'his' else 'girl'} who {_harm(c)} in "
          f"{_month(_before(c, 17))}. {partnership} commissioned this {_type_name(c)}.")  # fmt: skip
    _story(c)
    d.add("h1", "Findings")
    _headed(c, _sts(c, 3), [f"Finding {r}" for r in _ROMAN[:3]])
    _recs(c)


_WORDS = ("One", "Two", "Three", "Four")


def c918(c: Ctx) -> None:  # an SCR's paragraph numbers the findings' only label ("3.5"); "Recommendation One:"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership, c.title(), f"Author: {s.author}", f"Date: {c.printed_date()}")
    d.add("h1", "1. Introduction")
    d.add("num", f"{_opening(c)}", label="1.1")
    d.add("num", f"{partnership} decided that the case met the criteria for a Serious Case Review.", label="1.2")
    d.add("h1", "2. Background")
    for k, event in enumerate(_case_events(c, 2), 1):
        d.add("num", event, label=f"2.{k}")
    d.add("h1", "3. Analysis and findings")
    d.add("num", "The review panel considered each agency's report and the chronology before reaching its findings.",
          label="3.1")  # fmt: skip
    for k, event in enumerate(_case_events(c, 2), 2):
        d.add("num", event, label=f"3.{k}")
    d.add("h2", "Findings")
    for k, st in enumerate(_sts(c, 3), 4):
        d.add("num", st.body, d.lesson("finding", f"3.{k}", st.body, st.themes), label=f"3.{k}")
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3)):
        label = f"Recommendation {_WORDS[j]}"
        _runin(c, r.text, d.lesson("recommendation", label, r.text, r.themes), label=f"{label}:")


_TOPIC = {"NAI": "babies under one", "SUDI": "sudden unexpected death in infancy", "NEGLECT": "neglect",
          "DA": "domestic abuse", "CCE": "criminal exploitation", "PARENTAL": "parental mental ill-health",
          "CSE": "sexual exploitation"}  # fmt: skip


def c919(c: Ctx) -> None:  # a thematic review: "Learning Point One: title"; "2019/20" in the title, never the date
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    y = int(s.published[:4])
    span = f"{y - 1}/{str(y)[2:]}"
    title = f"Thematic review of {_TOPIC[s.scenario]} {span}"
    d.meta.update(title=title, review_type="thematic")
    _no_child(c)
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Published: {MONTHS[6]} {y}")
    d.meta["published"] = f"{y}-07"
    d.add("pagebreak")
    d.add("h1", "Why a thematic review")
    d.add("p", f"In {span} the partnership received four notifications about {_TOPIC[s.scenario]}. It chose to "
          "review the cases together; the children are called Child A to Child D.")  # fmt: skip
    d.add("h1", "Learning")
    for word, st in zip(_WORDS, _anon_sts(c, 3, anonymous=True)):
        label = f"Learning Point {word}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate([r for r in _anon_recs(c, 8) if _of_the_date(c, r.text)][:3], 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c920(c: Ctx) -> None:  # the Panel's national review: "Key finding N"; a No. / Recommendation / For table
    d, s = c.doc, c.spec
    title = c.title()
    d.meta.update(title=title, review_type="national", area="", region="", child="", child_age="", author="")
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "1. About this review")
    d.add("p", "The Panel looked at the serious incident notifications and rapid reviews it received over two years, "
          "and spoke to practitioners, managers and families in four areas.")  # fmt: skip
    d.add("h1", "2. Key findings")
    for i, st in enumerate(_anon_sts(c, 3, anonymous=True), 1):
        key = d.lesson("finding", f"Key finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Key finding {i}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "3. Recommendations")
    d.add("header", cells=("No.", "Recommendation", "For"), label="nat30b")
    for j, r in enumerate(_national(("Department for Education", "Home Office", "NHS England")), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency), label="nat30b")
    d.add("small", f"\u00a9 Crown copyright {s.published[:4]}")


_WEEKS = {"2023": ("10 July 2023", "2023-07-10"), "2021": ("8 March 2021", "2021-03-08")}

# Learning for each agency, written for this half: (agency, text, themes).
_AGENCY_LEARNING = (
    ("Health", "Health records did not show who else lived in the home, so the mother's new partner was never "
     "seen or asked about.", "fam.male_carers multi.record_keeping agency.universal_health"),
    ("Health", "The GP practice did not link the mother's repeated appointments for anxiety to the care of her "
     "children.", "fam.parental_mental_health assess.whole_family agency.universal_health"),
    ("Police", "Officers attending the domestic incident did not speak to the children or record how they were.",
     "fam.domestic_abuse voice.voice_of_child agency.police"),
    ("Children's social care", "The assessment relied on the mother's account and did not test it with the other "
     "agencies that knew the family.", "assess.professional_curiosity multi.information_sharing "
     "agency.childrens_social_care"),
    ("Children's social care", "Supervision did not revisit the plan when the family missed three appointments.",
     "org.workforce_supervision assess.disguised_compliance agency.childrens_social_care"),
)  # fmt: skip


def c921(c: Ctx) -> None:  # SILP: single-agency learning in a table numbered afresh for each agency; "w/c 10 July 2023"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    printed, gold = _WEEKS[s.published[:4]]
    _cover(c, partnership, f"SILP review: {s.child}", f"Lead reviewer: {s.author}", f"Published: w/c {printed}")
    d.meta["published"] = gold
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {partnership} commissioned a {_type_name(c)} using the Significant Incident Learning "
          "Process (SILP), built around a learning event with the practitioners involved.")  # fmt: skip
    _story(c)
    d.add("h1", "Multi-agency learning")
    for i, st in enumerate(_sts(c, 2), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "Single-agency learning")
    d.add("p", "Each agency's learning is numbered within that agency.")
    d.add("header", cells=("Agency", "No.", "Learning for the agency"), label="agency30b")
    count: dict[str, int] = {}
    for agency, text, themes in _AGENCY_LEARNING:
        count[agency] = count.get(agency, 0) + 1
        key = d.lesson("learning_point", str(count[agency]), text, themes.split(), agency)  # as C318: the agency's own
        d.add("row", keys=key, cells=(agency, str(count[agency]), text), label="agency30b")
    _recs(c)


def c922(c: Ctx) -> None:  # "Learning point 3" over "3(a)", "3(b)", each its own lesson; "aged 5 years and 2 months"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    age = "5 years and 2 months"
    _set_age(c, age)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{s.child}, aged {age}, {_harm(c)} in {_month(_before(c, 18))}. {partnership} commissioned this "
          f"{_type_name(c)}.")  # fmt: skip
    _story(c)
    d.add("h1", "Learning")
    sts = _sts(c, 4)
    for i, st in enumerate(sts[:2], 1):
        key = d.lesson("learning_point", f"Learning point {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning point {i}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h2", "Learning point 3: Two further issues")
    d.add("p", "The review found two further points of learning, each standing on its own:")
    for letter, st in zip("ab", sts[2:4]):
        _runin(c, st.body, d.lesson("learning_point", f"3({letter})", st.body, st.themes), label=f"3({letter})")
    _recs(c)


def c923(c: Ctx) -> None:  # SILP: "PL1" practice learning and "SL1" systems learning run-in; recommendations "R1"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership, f"SILP review: {s.child}", f"SILP lead reviewer: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {partnership} chose the Significant Incident Learning Process for this "
          f"{_type_name(c)}.")  # fmt: skip
    _story(c)
    sts = _sts(c, 4)
    d.add("h1", "Practice learning (PL)")
    for i, st in enumerate(sts[:2], 1):
        _runin(c, st.body, d.lesson("learning_point", f"PL{i}", st.body, st.themes), label=f"PL{i}")
    d.add("h1", "Systems learning (SL)")
    for i, st in enumerate(sts[2:4], 1):
        _runin(c, st.body, d.lesson("learning_point", f"SL{i}", st.body, st.themes), label=f"SL{i}")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        _runin(c, r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}")


def c924(c: Ctx) -> None:  # learning in a table with the label in the right column (Learning / Ref.: "KL2")
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {partnership} commissioned this review.")
    _story(c)
    d.add("h1", "Key learning")
    d.add("p", "The key learning (KL) is set out below; the reference beside each point is used in the partnership's "
          "action plan.")  # fmt: skip
    d.add("header", cells=("Learning", "Ref."), label="kl30b")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("row", keys=d.lesson("learning_point", f"KL{i}", st.body, st.themes), cells=(st.body, f"KL{i}"),
              label="kl30b")  # fmt: skip
    _recs(c)
    d.add("h1", "Publication")
    d.add("p", f"This report was agreed by the safeguarding partners on {long_date(_before(c, 2, 12))}.")


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
# "a 22-month-old" holds no "22 months": the age printed only in that form is kept (as C544 records it).
BUILDERS["C917"] = _keeps_age(_printed_only(_named(c917)))
