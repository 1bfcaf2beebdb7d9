"""Corpus generator: the sixteenth blind held-out set, second half: conventions C403-C420 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. The half leans to the documents beside a case review that carry
its learning and to metadata printed in unusual ways: a coroner's report to
prevent future deaths and an organisation's response to one, a child death
overview panel's annual report, a domestic homicide review with a children's
element, a joint targeted area inspection letter, an older serious case
review's executive summary under Working Together 2010, a register of
reviews exported one review a line, a freedom-of-information reply, an NHS
serious incident report, practice guidance that quotes reviews, and dates,
authors, children, ages and areas printed as real documents print them
("03.02.2021", "w/c 8 March 2021", "BA (Hons) MSc, Independent Reviewer",
"Infant H", "in Year 9", "Bath and North East Somerset").

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
from dataclasses import replace

from .conv_common import child_sex as _sex
from .conv_common import draw_fitting_gps as _gps_fit
from .conv_common import draw_fitting_statements as _sts_fit
from .conv_common import front_with_events as _front
from .conv_common import long_date as _long
from .conv_common import named as _named
from .conv_common import numbered_recs_for_child as _numbered_recs
from .conv_common import other_person as _other
from .conv_common import printed_only as _printed_only
from .conv_common import published_to_day as _to_day
from .conv_common import recs_for_child as _recs
from .conv_common import shift as _shift
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import MONTHS, TYPE_NAMES, Ctx
from .model import BANK_NAMES

COLUMN_WIDTHS.update(
    {
        "b16bcdop": ((0.6, 0.2, 0.2), False),
        "b16bdhr": ((0.08, 0.62, 0.3), False),
        "b16bdoc": ((0.4, 0.6), False),
    }
)

TOPICS = {
    "NAI": "non-accidental injury to babies",
    "SUDI": "sudden unexpected death in infancy",
    "NEGLECT": "neglect",
    "DA": "domestic abuse",
    "CCE": "child criminal exploitation",
    "PARENTAL": "parental mental ill-health",
    "CSE": "child sexual exploitation",
}
POST_NOMINALS = ("BA (Hons) MSc", "MA CQSW", "BSc (Hons) PGDip", "LLB MBA", "BA (Hons) DipSW", "MSc RGN")
_NAMED_CHILD = re.compile(r"\b(Child|Baby) [A-Z]{1,2}\b")
_MODERN = re.compile(r"rapid review|safeguarding partners|\bPanel\b|practice review|LCSPR|pandemic|lockdown|COVID|"
                     r"\bMASH\b|early help|\bEHA\b|contextual|county lines|\bCCE\b|\bICB\b|Integrated Care|"
                     r"\b20(1[3-9]|2\d)\b", re.I)  # fmt: skip
_ICB = re.compile(r"\bICB\b|Integrated Care Board")
_REVIEW_WORDS = re.compile(r"\breview(er|ed|s)?\b|this case", re.I)


def _dotted(date: str) -> str:
    """ "03.02.2021"."""
    return f"{date[8:10]}.{date[5:7]}.{date[:4]}"


def _month(date: str) -> str:
    return f"{MONTHS[int(date[5:7]) - 1]} {date[:4]}"


def _no_child_named(c: Ctx, text: str) -> bool:
    names = ([c.spec.child] if c.spec.child else []) + list(BANK_NAMES)
    return not _NAMED_CHILD.search(text) and not any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)


def _fits(c: Ctx, text: str) -> bool:
    """No integrated care board before July 2022; no sentence opened by the other sex's pronoun."""
    if c.doc.meta["published"] < "2022-07" and _ICB.search(text):
        return False
    other = r"(He|His|Him)" if _sex(c) == "f" else r"(She|Her)"
    return not re.search(rf"(^|[.!?] ){other}\b", text)


def _draw(c: Ctx, n: int, draw_one, text_of, keep) -> list:
    out = []
    while len(out) < n:
        drawn = draw_one(c, 1)
        if not drawn:
            break
        out += [e for e in drawn if keep(text_of(e)) and _fits(c, text_of(e))]
    return out


def _commissioners(c: Ctx) -> str:
    return "Integrated Care Board" if c.doc.meta["published"] >= "2022-07" else "Clinical Commissioning Group"


def _majesty(c: Ctx) -> str:
    return "His" if c.doc.meta["published"] >= "2022-09" else "Her"


def _old_words(text: str) -> str:
    """A bank text in a serious case review of 2008-2012: the partnership was the LSCB."""
    return re.sub(r"\b[Tt]he Partnership\b", "The LSCB", text)


def _sts(c: Ctx, n: int, anonymous: bool = False, old: bool = False, general: bool = False) -> list:
    """n bank statements that fit the child (anonymous: naming no child; old: nothing after 2012; general: no
    word of a review or a case, for an inspection's letter)."""
    return _draw(c, n, _sts_fit, lambda st: f"{st.title} {st.body}",
                 lambda t: (not anonymous or _no_child_named(c, t)) and (not old or not _MODERN.search(t))
                 and (not general or not _REVIEW_WORDS.search(t)))  # fmt: skip


def _recs_of(c: Ctx, n: int, anonymous: bool = False, old: bool = False) -> list:
    return _draw(c, n, _recs, lambda r: r.text,
                 lambda t: (not anonymous or _no_child_named(c, t)) and (not old or not _MODERN.search(t)))  # fmt: skip


def _gps(c: Ctx, n: int, anonymous: bool = False, old: bool = False, general: bool = False) -> list:
    return _draw(c, n, _gps_fit, lambda g: g.text,
                 lambda t: (not anonymous or _no_child_named(c, t)) and (not old or not _MODERN.search(t))
                 and (not general or not _REVIEW_WORDS.search(t)))  # fmt: skip


def _runin(c: Ctx, text: str, keys=(), label: str = "") -> None:
    """A run-in paragraph; the scanner draws no run-in, so a scan prints the label and text as typed."""
    if c.spec.fmt != "scan":
        c.doc.add("runin", text, keys, label=label)
    elif keys != ():
        c.doc.add("num", text, keys, label=label)
    else:
        c.doc.add("p", f"{label} {text}")


def _no_child(c: Ctx) -> None:
    c.doc.meta.update(child="", child_age="")


def _break(c: Ctx) -> None:
    if c.spec.fmt != "html":
        c.doc.add("pagebreak")


def _pronoun(c: Ctx) -> str:
    return "his" if _sex(c) == "m" else "her"


def _rename_child(c: Ctx, child: str) -> None:
    """The child printed under another name: bank texts, narrative and gold all take it."""
    c.spec = replace(c.spec, child=child, sex=_sex(c))
    c.words["child"] = child
    c.doc.meta["child"] = child
    c.doc.meta["title"] = c.title()


def _initials(c: Ctx) -> str:
    letters = "ABCDEFGHJKLMNPRSTW"
    i = len(c.spec.name) + sum(map(ord, c.spec.name))
    return letters[i % len(letters)] + letters[(i // 7) % len(letters)]


# --- the conventions --------------------------------------------------------------------------


def c403(c: Ctx) -> None:  # a coroner's Regulation 28 report to prevent future deaths: "MATTERS OF CONCERN"
    d, s = c.doc, c.spec
    pub = _to_day(c)
    coroner = s.author
    title = "Regulation 28: Report to Prevent Future Deaths"
    d.meta.update(title=title, review_type="other", author=coroner)
    d.header = "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS"
    d.add("title", "REGULATION 28 REPORT TO PREVENT FUTURE DEATHS")
    d.add("p", "NOTE: This form is to be used after an inquest.")
    d.add("h1", "THIS REPORT IS BEING SENT TO:")
    for i, org in enumerate((f"The Director of Children's Services, {s.area} Council", "The Chief Constable",
                             f"The Chief Executive of the {_commissioners(c)}"), 1):  # fmt: skip
        d.add("num", org, label=f"{i}.")
    d.add("h1", "1 CORONER")
    d.add("p", f"I am {coroner}, Senior Coroner for the coroner area of {s.area}.")
    d.add("h1", "2 CORONER'S LEGAL POWERS")
    d.add("p", "I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act 2009 and "
          "regulations 28 and 29 of the Coroners (Investigations) Regulations 2013.")  # fmt: skip
    d.add("h1", "3 INVESTIGATION and INQUEST")
    d.add("p", f"On {_long(_shift(pub, 14))} I commenced an investigation into the death of {s.child}, aged "
          f"{s.age}. The investigation concluded at the end of the inquest on {_long(_shift(pub, 1))}.")  # fmt: skip
    d.add("h1", "4 CIRCUMSTANCES OF THE DEATH")
    d.add("p", f"{s.child} died in {_month(_shift(pub, 15))}. {s.child}'s family had been known to children's social care, the police "
          "and health services in the year before the death.")  # fmt: skip
    d.add("h1", "5 CORONER'S CONCERNS")
    d.add("p", "During the course of the inquest the evidence revealed matters giving rise to concern. In my "
          "opinion there is a risk that future deaths will occur unless action is taken. In the circumstances "
          "it is my statutory duty to report to you.")  # fmt: skip
    d.add("p", "The MATTERS OF CONCERN are as follows. -")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("finding", f"({i})", st.body, st.themes), label=f"({i})")
    d.add("h1", "6 ACTION SHOULD BE TAKEN")
    d.add("p", "In my opinion action should be taken to prevent future deaths and I believe you and your "
          "organisations have the power to take such action.")  # fmt: skip
    d.add("h1", "7 YOUR RESPONSE")
    d.add("p", "You are under a duty to respond to this report within 56 days of the date of this report.")
    d.add("h1", "8 COPIES and PUBLICATION")
    d.add("p", "I have sent a copy of my report to the Chief Coroner and to the family, who may find it useful.")
    d.add("h1", "9 DATE AND SIGNATURE")
    d.add("p", _long(pub))
    d.add("p", f"{coroner}, Senior Coroner")


def c404(
    c: Ctx,
) -> None:  # a child death overview panel's annual report: data tables, then learning and recommendations
    d, s = c.doc, c.spec
    pub = _to_day(c)
    y = int(pub[:4])
    title = f"{s.area} Child Death Overview Panel Annual Report {y - 1}/{str(y)[2:]}"
    d.meta.update(title=title, review_type="other", author="")
    _no_child(c)
    d.add("cover", f"{s.area} Child Death Review Partners")
    d.add("title", title)
    d.add("cover", f"Published {_long(pub)}")
    _break(c)
    d.add("h1", "1. Introduction")
    d.add("p", "The child death review partners review the death of every child normally resident in the area. "
          "This report covers the deaths reviewed by the panel in the year.")  # fmt: skip
    d.add("h1", "2. Deaths reviewed")
    d.add("header", cells=("Category of death", "Reviewed", "Modifiable"), label="b16bcdop")
    for cat, n, m in (("Perinatal or neonatal event", "9", "2"), ("Sudden unexpected, unexplained death", "4", "3"),
                      ("Trauma and other external factors", "3", "2"), ("Chronic medical condition", "5", "0")):  # fmt: skip
        d.add("row", cells=(cat, n, m), label="b16bcdop")
    d.add("p", "A death is modifiable where the panel identifies factors which, by means of a locally or "
          "nationally achievable intervention, could be modified to reduce the risk of future child deaths.")  # fmt: skip
    d.add("h1", "3. Learning and recommendations")
    for st in _sts(c, 3, anonymous=True):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("p", "The panel makes the following recommendations to the child death review partners:")
    for j, r in enumerate(_recs_of(c, 2, anonymous=True), 1):
        d.add("num", r.text, d.lesson("recommendation", f"CDOP{j}", r.text, r.themes), label=f"CDOP{j}")
    d.add("h1", "4. Priorities for next year")
    d.add("bullet", "Complete reviews within six months of the death where no other process is running.")
    d.add("bullet", "Publish a safer sleep campaign with the maternity services.")


def c405(c: Ctx) -> None:  # a domestic homicide review with a children's element: lessons and a recommendations table
    d, s = c.doc, c.spec
    pub = _to_day(c)
    adult = ("Sarah", "Amira", "Joanne", "Kelly")[len(s.name) % 4]
    title = f"Domestic Homicide Review: {adult}"
    d.meta.update(title=title, review_type="other")
    d.add("cover", f"{s.area} Community Safety Partnership")
    d.add("title", title)
    d.add("cover", f"Report into the death of {adult} in {_month(_shift(pub, 24))}")
    d.add("cover", f"Independent Chair and Author: {s.author}")
    d.add("cover", f"Date of publication: {_long(pub)}")
    _break(c)
    d.add("h1", "1. Introduction")
    d.add("p", f"This review examines the contact agencies had with {adult} and her former partner before her "
          "death. The review was commissioned under section 9 of the Domestic Violence, Crime and Victims Act "
          "2004.")  # fmt: skip
    d.add("p", f"{adult}'s child, referred to as {s.child}, was aged {s.age} at the time of the homicide. Because "
          "of the child's experience the Community Safety Partnership invited the "
          f"{'safeguarding children partnership' if pub >= '2019' else 'local safeguarding children board'} to join the "
          "panel.")  # fmt: skip
    d.add("h1", "2. Terms of reference")
    d.add("p", "The review considers the period of two years before the death and the agencies' response to "
          "the domestic abuse and to the child living with it.")  # fmt: skip
    d.add("h1", "3. Lessons to be learned")
    for i, st in enumerate(_sts(c, 2), 1):
        d.add("num", st.body, d.lesson("learning_point", f"Lesson {i}", st.body, st.themes), label=f"Lesson {i}:")
    d.add("h2", "Lessons for children's services")
    for i, st in enumerate(_sts(c, 2), 3):
        d.add("num", st.body, d.lesson("learning_point", f"Lesson {i}", st.body, st.themes), label=f"Lesson {i}:")
    d.add("h1", "4. Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Organisation"), label="b16bdhr")
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency), label="b16bdhr")
    d.add("p", "The Home Office Quality Assurance Panel reviewed the report before publication.")


def c406(c: Ctx) -> None:  # a joint targeted area inspection letter: "Strengths" and "Areas for improvement"
    d, s = c.doc, c.spec
    pub = _to_day(c)
    topic = TOPICS[s.scenario]
    title = f"Joint targeted area inspection of the multi-agency response to {topic} in {s.area}"
    inspector = s.author
    d.meta.update(title=title, review_type="other", author=inspector)
    _no_child(c)
    d.add("small", _long(pub))
    d.add("p", f"Director of Children's Services, {s.area} Council")
    board = "Partnership" if pub >= "2019" else "Board"
    d.add("p", f"Chief Constable; Chief Executive, {_commissioners(c)}; Chair, {s.area} Safeguarding Children {board}")
    d.add("title", title)
    d.add("p", f"This letter summarises the findings of a joint targeted area inspection (JTAI) of the multi-agency "
          f"response to {topic} in {s.area}. It was carried out by Ofsted, the Care Quality Commission and "
          f"{_majesty(c)} Majesty's Inspectorate of Constabulary and Fire & Rescue Services.")  # fmt: skip
    d.add("h1", "Headline findings")
    d.add("p", "Leaders have a shared understanding of the needs of children in the area. Children are "
          "generally safer as a result of the help they receive.")  # fmt: skip
    d.add("h1", "What needs to improve?")
    for st in _sts(c, 3, anonymous=True, general=True):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("h1", "Strengths")
    for g in _gps(c, 3, anonymous=True, general=True):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Next steps")
    d.add("p", "The director of children's services should prepare a written statement of proposed action "
          "responding to this letter, on behalf of the partnership, within 20 working days.")  # fmt: skip
    d.add("p", "Yours sincerely")
    d.add("p", f"{inspector}, {_majesty(c)} Majesty's Inspector, on behalf of the inspectorates")


def c407(
    c: Ctx,
) -> None:  # an older SCR executive summary: Working Together 2010, recommendations numbered on per agency
    d, s = c.doc, c.spec
    wt = "2010" if s.published[:4] >= "2010" else "2006"
    title = f"Serious Case Review: {s.child}. Executive Summary"
    d.meta["title"] = title
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Overview author: {s.author}")
    d.add("cover", c.printed_date())
    d.add("pagebreak")
    d.add("h1", "1. Introduction")
    d.add("p", f"{c.partnership} commissioned this review under chapter 8 of Working Together to Safeguard "
          f"Children ({wt}). The purpose of a serious case review is to establish what lessons are to be learned "
          "from the case about the way in which local professionals and organisations work together to "
          "safeguard children.")  # fmt: skip
    d.add("p", f"{s.child} was aged {s.age} when the incident happened.")
    d.add("h1", "2. Lessons learned")
    for i, st in enumerate(_sts(c, 3, old=True), 1):
        d.add("num", st.body, d.lesson("learning_point", f"2.{i}", st.body, st.themes), label=f"2.{i}")
    d.add("h1", "3. Recommendations")
    d.add("p", "The recommendations are grouped by the agency that is to act on them.")
    recs = _recs_of(c, 5, old=True)
    heading = {"Safeguarding Partnership": "The LSCB", "All partner agencies": "All agencies"}
    groups: dict[str, list] = {}
    for r in recs:
        groups.setdefault(heading.get(r.agency, r.agency), []).append(r)
    n = 0
    for agency, group in groups.items():
        d.add("h2", agency)
        for r in group:
            n += 1
            text = _old_words(r.text)
            d.add("num", text, d.lesson("recommendation", f"3.{n}", text, r.themes, agency), label=f"3.{n}")


def c408(c: Ctx) -> None:  # a register of reviews exported as text: one review a line, its key learning last
    d = c.doc
    pub = _to_day(c)
    title = f"{c.partnership}: register of case reviews"
    d.meta.update(title=title, review_type="other", author="")
    _no_child(c)
    d.add("title", title)
    d.add("p", f"Exported {pub} | Business Unit | OFFICIAL")
    d.add("p", "Ref | Review | Type | Status | Published | Key learning")
    sts = _sts(c, 4, anonymous=True)
    y = int(pub[:4])
    for i, st in enumerate(sts):
        ref = f"{y - 1 - i // 2}/{i + 1:02d}"
        year = y - 1 - i // 2
        kind = ("LCSPR" if year >= 2019 else "SCR") if i != 2 else "Rapid review" if year >= 2019 else "Learning review"
        when = f"{year}-{(3 * i) % 12 + 1:02d}-{11 + i:02d}" if i != 2 else "not published"
        key = d.lesson("learning_point", "", st.body, st.themes)
        d.add("p", f"{ref} | Child {'KMPRS'[i]} | {kind} | Closed | {when} | {st.body}", key)
    d.add("p", f"{y}/01 | Child T | LCSPR | In progress | - | -")
    d.add("p", "End of export (5 records)")


def c409(c: Ctx) -> None:  # a freedom-of-information reply quoting the review's recommendations
    d, s = c.doc, c.spec
    pub = _to_day(c)
    ref = f"FOI-{pub[:4]}-{len(s.name) * 37 % 900 + 100}"
    title = f"Freedom of Information request {ref}: recommendations of the review about {s.child}"
    d.meta.update(title=title, review_type="other", author="")
    d.add("cover", f"{s.area} Council, Information Governance Team")
    d.add("title", title)
    d.add("p", f"Date of response: {pub}")
    d.add("p", f"Our reference: {ref}")
    d.add("h1", "Your request")
    d.add("p", f"You asked for the recommendations of the {TYPE_NAMES.get(s.review_type, 'review')} about "
          f"{s.child} and what has been done about each of them.")  # fmt: skip
    d.add("h1", "Our response")
    d.add("p", "We hold this information. The review made the following recommendations, which we quote below "
          f"with the status recorded by the {'partnership' if pub >= '2019' else 'Board'}:")  # fmt: skip
    for j, r in enumerate(_recs(c, 3), 1):
        _runin(c, f'"{r.text}"', d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
               label=f"Recommendation {j}:")  # fmt: skip
        _runin(c, ("Completed", "In progress", "Completed")[j - 1], label="Status:")
    d.add("h1", "Your right to complain")
    d.add("p", "If you are unhappy with this response you may ask for an internal review within 40 working days, "
          "and then complain to the Information Commissioner's Office.")  # fmt: skip


def c410(
    c: Ctx,
) -> None:  # an NHS serious incident report: root cause, contributory factors, lessons learned, notable practice
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = f"Serious Incident Investigation Report: {s.child}"
    # the Trust's report prints no partnership and no place ("NHS Foundation Trust"): no area, no region
    d.meta.update(title=title, review_type="other", area="", region="")
    d.header = "CONFIDENTIAL | Serious Incident Investigation"
    d.add("cover", "NHS Foundation Trust")
    d.add("title", title)
    d.add("cover", f"Lead investigator: {s.author}")
    d.add("cover", f"Report date: {_long(pub)}")
    _break(c)
    d.add("h1", "Incident description")
    d.add("p", f"{s.child}, aged {s.age}, was brought to the emergency department. The incident was reported on "
          "the Trust's incident system and declared a serious incident.")  # fmt: skip
    d.add("h1", "Root cause")
    st0 = _sts(c, 1)[0]
    d.add("p", st0.body, d.lesson("finding", "Root cause", st0.body, st0.themes))
    d.add("h1", "Contributory factors")
    for st in _sts(c, 2):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("h1", "Lessons learned")
    for st in _sts(c, 2):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Notable practice")
    for g in _gps(c, 1):
        d.add("p", g.text, d.lesson("good_practice", "", g.text, g.themes))
    _numbered_recs(c, 2, "Recommendations")
    d.add("h1", "Being open")
    d.add("p", "The family was told of the investigation and offered a meeting to discuss the report.")


def c411(c: Ctx) -> None:  # dotted dates: "Date of publication: 03.02.2021", version dates as event dates
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Reviewer: {s.author}")
    agreed = "the safeguarding partners" if s.review_type == "LCSPR" else "the Board"
    d.add("cover", f"Version 3.0 final | agreed by {agreed} {_dotted(_shift(pub, 2))}")
    d.add("cover", f"Date of publication: {_dotted(pub)}")
    d.add("pagebreak")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)
    d.add("h1", "Document history")
    d.add("p", f"v1.0 {_dotted(_shift(pub, 7))} first draft to the panel; v2.0 {_dotted(_shift(pub, 4))} "
          "draft shared with the family.")  # fmt: skip


def c412(c: Ctx) -> None:  # a briefing dated "w/c 8 March 2021": the week's Monday the publication
    d, s = c.doc, c.spec
    pub = c.spec.published
    first = datetime.date(int(pub[:4]), int(pub[5:7]) if len(pub) >= 7 else 3, 8)
    monday = first - datetime.timedelta(days=first.weekday())
    d.meta["published"] = monday.isoformat()
    title = f"Learning briefing: {s.child}"
    # the title as printed, prefix and all (corpus/README.md; corrected from the child alone after set 22)
    d.meta.update(title=title, review_type="briefing", author="")
    d.add("cover", f"{c.partnership} | Practice learning")
    d.add("title", title)
    d.add("small", f"For team meetings w/c {monday.day} {MONTHS[monday.month - 1]} {monday.year}")
    d.add("h1", "Why we are sharing this")
    d.add("p", f"The {'partnership' if s.review_type == 'LCSPR' else 'Board'} has published a review about {s.child}, who was aged {s.age}. Please spend "
          "ten minutes of your team meeting this week on the learning.")  # fmt: skip
    d.add("h1", "What we learned")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "What we are asking you to do")
    for r in _recs(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "Talk about it")
    d.add("bullet", "Which of these would we have spotted in our own team?")


def c413(c: Ctx) -> None:  # the author with post-nominals and role, named only in "About the reviewer" at the back
    d, s = c.doc, c.spec
    post = POST_NOMINALS[len(s.name) % len(POST_NOMINALS)]
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Published {c.printed_date()}")
    d.add("pagebreak")
    _front(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i} - {st.title}", key)
        d.add("p", st.body, key)
    _numbered_recs(c)
    d.add("h1", "About the reviewer")
    d.add("p", f"{s.author} {post}, Independent Reviewer")
    d.add("p", "The reviewer is a registered social worker with experience of child protection management. The "
          f"reviewer is independent of the agencies in {s.area}.")  # fmt: skip
    d.add("p", f"Panel chair: {_other(c)}, Head of Safeguarding")


def c414(c: Ctx) -> None:  # the child by two initials ("JB", an older child) or "Infant H", "aged ... at the time"
    d, s = c.doc, c.spec
    years = s.age.endswith("years")
    child = _initials(c) if years else f"Infant {_initials(c)[0]}"
    _rename_child(c, child)
    s = c.spec
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Author: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns {child}, aged {s.age} at the time of the incident. "
          + ("The family asked that the child be known by initials in this report."
             if years else "The family agreed that the baby be called Infant in this report.")
          )  # fmt: skip
    d.add("h1", "What happened")
    d.add("p", f"{child} lived with {_pronoun(c)} mother. Several agencies knew the family in the months "
          "before the incident.")  # fmt: skip
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)


def c415(c: Ctx) -> None:  # areas with "and" and "of" in their names: Bath and North East Somerset, City of London
    d, s = c.doc, c.spec
    old = s.review_type == "SCR"
    if int(s.published[:4]) % 2 == 0:
        area, region, place = "Bath and North East Somerset", "South West", "Bath and North East Somerset"
        board = f"{area} Local Safeguarding Children Board" if old else f"{area} Community Safeguarding Partnership"
    else:
        area, region, place = "City of London", "London", "the City of London"
        board = "City and Hackney " + (
            "Local Safeguarding Children Board" if old else "Safeguarding Children Partnership"
        )
    d.meta.update(area=area, region=region)
    d.add("cover", board)
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add("p", f"This review was commissioned by {'the LSCB' if old else 'the safeguarding partners'} for {place} "
          f"because {s.child}, aged {s.age}, lived in {place} when the incident happened.")  # fmt: skip
    d.add("h1", "Learning")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    _numbered_recs(c)


def c416(c: Ctx) -> None:  # an organisation's response to a coroner's report: each concern quoted, then the response
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = f"Response to the Regulation 28 Report to Prevent Future Deaths: {s.child}"
    d.meta.update(title=title, review_type="other", author=s.author)
    d.add("cover", f"{s.area} Council, Children's Services")
    d.add("title", title)
    d.add("p", f"{_dotted(pub)}")
    d.add("p", f"Dear Senior Coroner, thank you for your report following the inquest into the death of {s.child}. "
          "We respond to each matter of concern in turn.")  # fmt: skip
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("h2", f"Concern {i}")
        _runin(c, st.body, d.lesson("finding", f"Concern {i}", st.body, st.themes), label="The concern:")
        _runin(
            c,
            f"We accept this concern. The service has revised its procedure and briefed its staff; an audit "
            f"is planned for {_month(_shift(pub, -6))}.",
            label="Our response:",
        )
    d.add("p", "Yours faithfully,")
    d.add("p", f"{s.author}, Director of Children's Services")


def c417(c: Ctx) -> None:  # the child's age only as a school year ("in Year 9"): no age recorded
    d, s = c.doc, c.spec
    years = int(s.age.split()[0]) if s.age.endswith("years") else 0
    school = (f"in Year {years - 5} at a local school" if years >= 6 else "in the Reception class at a local school"
              if years >= 4 else "attending a local nursery")  # fmt: skip
    d.meta["child_age"] = ""
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Publication date: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "About this review")
    d.add("p", f"At the time of the incident {s.child} was {school}. {s.child} lived with "
          f"{_pronoun(c)} mother and siblings.")  # fmt: skip
    d.add("h1", "Practice themes")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"Theme {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Theme {i}: {st.title}", key)
        d.add("p", st.body, key)
    d.add("h1", "Good practice")
    for g in _gps(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    _numbered_recs(c)


def c418(c: Ctx) -> None:  # practice guidance with "Learning from local reviews" call-outs between its steps
    d, s = c.doc, c.spec
    pub = _to_day(c)
    topic = TOPICS[s.scenario]
    title = f"Practice guidance: responding to {topic}"
    d.meta.update(title=title, review_type="other", author="")
    _no_child(c)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Version 2.1 | Issued {_long(pub)} | Review date {_month(_shift(pub, -24))}")
    d.add("pagebreak")
    d.add("h1", "Purpose")
    d.add("p", "This guidance sets out what practitioners in every agency should do. It draws on the "
          "learning from local reviews, quoted under each step.")  # fmt: skip
    steps = ("Step 1: Recognise the concern and record it the same day.",
             "Step 2: Talk to your designated safeguarding lead or supervisor.",
             "Step 3: Refer to the front door and follow up in writing within 48 hours.")  # fmt: skip
    sts = _sts(c, 3, anonymous=True)
    for step, st in zip(steps, sts):
        d.add("h2", step.split(":")[0])
        d.add("p", step.split(": ", 1)[1])
        d.add("p", "Learning from local reviews:")
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Contacts")
    d.add("p", "The partnership's business unit can advise on this guidance.")


def c419(c: Ctx) -> None:  # local recommendations, then national ones addressed to government departments
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations for the local partnership")
    recs = _recs(c, 4)
    for j, r in enumerate(recs[:2], 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "Recommendations for national consideration")
    d.add("p", "The review identified two issues that cannot be resolved locally. The safeguarding partners "
          "will write to the national bodies named.")  # fmt: skip
    for j, (dept, r) in enumerate(zip(("Department for Education", "Department of Health and Social Care"),
                                      recs[2:]), 3):  # fmt: skip
        text = (
            f"The {dept} should consider national guidance requiring local areas to {r.text.split(' should ', 1)[-1]}"
        )
        d.add("h2", f"To the {dept}")
        d.add("num", text, d.lesson("recommendation", str(j), text, r.themes, dept), label=f"{j}.")


def c420(c: Ctx) -> None:  # "Sibling 1" the subject, a weekday in the publication line, a typed report scanned
    d, s = c.doc, c.spec
    _rename_child(c, "Sibling 1")
    s = c.spec
    pub = _to_day(c)
    day = datetime.date(int(pub[:4]), int(pub[5:7]), int(pub[8:10]))
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Published on {day.strftime('%A')} {_long(pub)}")
    d.add("cover", f"Reviewer: {s.author}")
    d.add("pagebreak")
    d.add("h1", "1. Introduction")
    d.add("p", f"This review concerns two children, called Sibling 1 and Sibling 2 in this report. Sibling 1, "
          f"aged {s.age}, is the subject of the review; Sibling 2 is older.")  # fmt: skip
    d.add("h1", "2. Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"2.{i}", st.body, st.themes), label=f"2.{i}")
    d.add("h1", "3. Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"3.{j}", r.text, r.themes), label=f"3.{j}")


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
