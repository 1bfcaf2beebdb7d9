"""Corpus generator: the ninth blind held-out set of conventions, C187-C204 of corpus/CONVENTIONS.md.

Written on 2026-12-05 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. Each builder lays out one document the way published English
overview reports, LCSPRs, SILP reports, rapid review reports, multi-agency
audit reports and action plans print their lessons and metadata (action plans
with rows the partnership added itself, labels printed after the text, quoted
practitioner voices, a review team table, abbreviated dates, findings to three
levels of numbering, themed findings "1.1", recommendations with their
partnership response in brackets, appendices of terms of reference, document
reference lines, two-column and landscape pages), and declares every lesson as
a careful reader of that document would record it: kind, printed label,
heading (title) where there is one, agency where the document gives one, and
the metadata the document itself prints.

The set uses only element kinds the earlier writers already draw (cover and
title lines, headings, paragraphs, run-in labels, bullets, numbered items,
boxes, table rows, two-column, landscape and page breaks), so no writer is
changed and documents of earlier sets come out as before.
"""

from __future__ import annotations

import re

from . import narrative
from .conv_blind import earlier, sentences
from .conv_common import draw_recs as _recs
from .conv_common import draw_statements as _sts
from .conv_common import front as _front
from .conv_common import long_date as _long
from .conv_common import named as _named
from .conv_common import numbered_recs as _numbered_recs
from .conv_common import other_person as _other_person
from .conv_common import printed_only as _printed_only
from .conv_common import pub_full as _pub_full
from .conv_common import published_to_day as _full_pub
from .conv_common import shift as _shift
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import MONTHS, TYPE_NAMES, Ctx

# Column widths of this set's tables (fractions of the frame width; True: a landscape page).
COLUMN_WIDTHS.update(
    {
        "b9plan": ((0.05, 0.27, 0.22, 0.12, 0.1, 0.17, 0.07), True),
        "b9team": ((0.4, 0.6), False),
        "b9ref": ((0.08, 0.12, 0.55, 0.25), False),
        "b9grade": ((0.2, 0.5, 0.3), False),
    }
)
ACTIONS = (
    "Revise the multi-agency procedure and brief managers on the change.",
    "Deliver a practice workshop for frontline staff in each agency.",
    "Add the question to the supervision template and audit its use.",
    "Publish a practice note and include it in induction.",
)
PROGRESS = (
    "Procedure revised and published; briefings delivered to 140 staff.",
    "Workshops scheduled; two of five delivered so far.",
    "Template changed; first audit due next quarter.",
    "Practice note drafted and awaiting sign-off by the subgroup.",
)
RESPONSES = ("Accepted", "Accepted in part", "Accepted")
VOICES = (
    "We all knew a bit about the family, but nobody had the whole picture.",
    "I didn't feel I could challenge the decision because the other agency was seen as the expert.",
    "There was so much going on in the home that the baby got lost in it.",
    "The caseloads at the time meant we were firefighting rather than thinking.",
)
TEAM_ROLES = ("Independent chair of the review panel", "Lead reviewer", "Safeguarding business manager")
GRADES = ("Good", "Requires improvement", "Good", "Outstanding", "Requires improvement")
ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
THEMES = ("Information sharing", "Professional curiosity", "Escalation and challenge")
AGENCY_CHAPTERS = ("Health services", "Children's social care", "Police", "Education")
TOR = (
    "How effectively did agencies share information about the adults in the household?",
    "Was the voice of the child heard and acted upon?",
    "Did professionals escalate concerns when they disagreed with a decision?",
    "How did agencies respond to the family's needs during the period under review?",
)


def _short(date: str) -> str:
    """ "3rd Mar 2021"."""
    day = int(date[8:10])
    return f"{day}{ORD.get(day, 'th')} {MONTHS[int(date[5:7]) - 1][:3]} {date[:4]}"


# --- the conventions --------------------------------------------------------------------------


def c187(
    c: Ctx,
) -> None:  # a landscape action plan whose last row is the partnership's own action, not a recommendation
    d, s = c.doc, c.spec
    c.cover()
    d.header = f"{s.child}: overview report and action plan"
    _front(c)
    d.add("h1", "Key learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("landscape")
    d.add("h1", "Appendix 1: Multi-agency action plan")
    d.add(
        "p",
        "The plan sets out the partnership's response to each recommendation. Row A1 records an action the "
        "partnership added itself after the review; it is not one of the review's recommendations.",
    )
    cols = ("No.", "Recommendation", "Action", "Lead", "Timescale", "Progress", "RAG")
    d.add("header", cells=cols, label="b9plan")
    pub = _pub_full(c)
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        when = _shift(pub, -3 * j)
        cells = (
            str(j),
            r.text,
            ACTIONS[(j + len(s.name)) % 4],
            r.agency,
            f"{MONTHS[int(when[5:7]) - 1]} {when[:4]}",
            PROGRESS[(j + 2 * len(s.name)) % 4],
            ("Green", "Amber", "Red")[j % 3],
        )
        d.add("row", keys=key, cells=cells, label="b9plan")
    d.add(
        "row",
        cells=(
            "A1",
            "Additional action agreed by the partnership (not a review recommendation)",
            "Refresh the partnership's threshold document and relaunch it at the annual conference.",
            "Safeguarding Partnership",
            "Twelve months",
            "Consultation on the draft under way.",
            "Amber",
        ),
        label="b9plan",
    )


def c188(c: Ctx) -> None:  # learning and recommendations whose reference is printed after the text: "... [L1]"
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Learning")
    d.add(
        "p",
        "Each item of learning ends with its reference in square brackets; the references are used in the "
        "partnership's action plan.",
    )
    for i, st in enumerate(_sts(c, 4), 1):
        d.add("p", f"{st.body} [L{i}]", d.lesson("learning_point", f"L{i}", st.body, st.themes))
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("p", f"{r.text} [R{j}]", d.lesson("recommendation", f"R{j}", r.text, r.themes))


def c189(c: Ctx) -> None:  # a SILP report with "Practitioner voice" quotation boxes (never lessons) among its learning
    d, s = c.doc, c.spec
    d.meta["title"] = f"Significant Incident Learning Process (SILP) report: {s.child}"
    d.header = f"SILP {s.child}"
    c.cover()
    _front(c)
    d.add("h1", "The learning event")
    d.add(
        "p",
        f"This {TYPE_NAMES[s.review_type]} used the Significant Incident Learning Process (SILP). Practitioners "
        "and managers from every agency met for a learning event facilitated by the lead reviewer. "
        "Their words are quoted in the boxes below; the quotations are not findings of the review.",
    )
    d.add("h1", "Learning from the events")
    for i, st in enumerate(_sts(c, 3)):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
        d.add("box", f"“{VOICES[(i + len(s.name)) % len(VOICES)]}”", label="Practitioner voice")
    _numbered_recs(c, 3, "Multi-agency recommendations")


def c190(c: Ctx) -> None:  # a "Review team" table naming chair, lead reviewer and business manager: author the reviewer
    d, s = c.doc, c.spec
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("h2", "The review team")
    d.add("header", cells=("Role", "Name"), label="b9team")
    for role, name in zip(TEAM_ROLES, (_other_person(c), s.author, _other_person(c, 7))):
        d.add("row", cells=(role, name), label="b9team")
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    c.narrative(narrative.CHRONOLOGY, 2)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)


def c191(c: Ctx) -> None:  # dates with ordinals and short months: "Published: 3rd Mar 2021"; the agreement date is not
    d, s = c.doc, c.spec
    pub = _full_pub(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Final report agreed by the safeguarding partners: {_short(_shift(pub, 3, 14))}")
    d.add("cover", f"Published: {_short(pub)}")
    d.add("pagebreak")
    d.footer = f"{s.child} | {_short(pub)} | Page {{x}} of {{y}}"
    _front(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        d.add("p", st.body, key)
    _numbered_recs(c)


def c192(c: Ctx) -> None:  # "Recommendation N – for the <agency>" headings: the addressee is the agency
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations")
    d.add("p", "Each recommendation is addressed to the agency or partnership that should act on it.")
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes, r.agency)
        d.add("h2", f"Recommendation {j} – for the {r.agency}", key)
        d.add("p", r.text, key)


def c193(c: Ctx) -> None:  # a finding "7.2 title" whose paragraphs "7.2.1", "7.2.2" are all the finding
    d, s = c.doc, c.spec
    c.cover()
    d.header = f"{TYPE_NAMES.get(s.review_type, 'Review')} {s.child} – Overview report"
    d.add("toc")
    d.add("pagebreak")
    n = _front(c, numbered=True)
    d.add("h1", f"{n}. Analysis")
    for k, event in enumerate(narrative.pick(c.rng, [narrative.CHRONOLOGY[k] for k in (0, 2, 4)], 2), 1):
        d.add("num", c.fill(event), label=f"{n}.{k}")
    d.add("h1", f"{n + 1}. Findings")
    d.add("num", "The review's findings are set out below, each with its supporting paragraphs.", label=f"{n + 1}.1")
    for i, st in enumerate(_sts(c, 3), 2):
        label = f"{n + 1}.{i}"
        key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label} {st.title}", key)
        for k, part in enumerate(sentences(st.body), 1):
            d.add("num", part, key, label=f"{label}.{k}")
    d.add("h1", f"{n + 2}. Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"{n + 2}.{j}", r.text, r.themes), label=f"{n + 2}.{j}")


def c194(
    c: Ctx,
) -> None:  # a rapid review report: learning identified, and lines of enquiry for the LCSPR (never lessons)
    d, s = c.doc, c.spec
    d.meta.update(title=f"Rapid Review Report: {s.child}", review_type="other")
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Rapid review meeting: {earlier(c, 3)}")
    d.add("cover", f"Date published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "1. Circumstances of the serious incident")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "2. Learning identified at the rapid review")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"2.{i}", st.body, st.themes), label=f"2.{i}")
    d.add("h1", "3. Areas for further exploration")
    d.add("p", "The partners asked the independent reviewer to explore these questions in the LCSPR:")
    for q in TOR[:3]:
        d.add("bullet", q)
    d.add("h1", "4. Recommendations of the rapid review")
    for j, r in enumerate(_recs(c, 2), 1):
        d.add("num", r.text, d.lesson("recommendation", f"4.{j}", r.text, r.themes), label=f"4.{j}")
    d.add("h1", "5. Decision")
    d.add(
        "p",
        "The safeguarding partners decided that the case meets the criteria for a Local Child Safeguarding "
        "Practice Review and notified the Child Safeguarding Practice Review Panel.",
    )


def c195(c: Ctx) -> None:  # a multi-agency case audit report: a grades table (never lessons), strengths and areas
    d = c.doc
    topic = {"NAI": "bruising in non-mobile babies", "SUDI": "safer sleep", "CCE": "criminal exploitation"}.get(
        c.spec.scenario, "neglect"
    )
    d.meta.update(title=f"Multi-agency case audit report: {topic}", review_type="other")
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Report author: {c.spec.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    if c.spec.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Purpose and method")
    d.add(
        "p",
        f"Five cases were selected at random and audited by practitioners from four agencies in {earlier(c, 5)}. "
        "Each case was graded against the partnership's audit tool.",
    )
    d.add("header", cells=("Case", "Focus of the audit", "Grade"), label="b9grade")
    for k, grade in enumerate(GRADES, 1):
        d.add("row", cells=(f"Case {k}", f"Response to {topic}", grade), label="b9grade")
    d.add("h1", "Strengths")
    for g in c.gps(3):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Areas for improvement")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("finding", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Recommendations")
    for r in _recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c196(
    c: Ctx,
) -> None:  # a recommendations table Rec / Finding ref / Recommendation / Lead (the ref is never a label)
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations")
    d.add("p", "The table links each recommendation to the finding it arises from.")
    d.add("header", cells=("Rec", "Finding ref", "Recommendation", "Lead"), label="b9ref")
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", f"R{j}", r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(f"R{j}", f"F{(j % 3) + 1}", r.text, r.agency), label="b9ref")


def c197(c: Ctx) -> None:  # findings grouped under "Theme N: name", numbered "Finding 1.1", "Finding 1.2"
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    d.add("p", "The findings are grouped under three themes; the theme headings are not findings.")
    sts = _sts(c, 5)
    for t, (theme, group) in enumerate(zip(THEMES, (sts[:2], sts[2:4], sts[4:])), 1):
        d.add("h2", f"Theme {t}: {theme}")
        for i, st in enumerate(group, 1):
            label = f"Finding {t}.{i}"
            key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
            d.add("h3", f"{label} {st.title}", key)
            d.add("p", st.body, key)
    _numbered_recs(c)


def c198(c: Ctx) -> None:  # recommendations each ending with the partnership's response in brackets: "(Accepted)"
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Recommendations")
    d.add("p", "The partnership's response to each recommendation is shown in brackets after it.")
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes)
        d.add("num", f"{r.text} ({RESPONSES[j - 1]})", key, label=f"{j}.")


def c199(
    c: Ctx,
) -> None:  # a "Good practice identified" sub-heading inside each agency chapter on each agency's involvement
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Agencies' involvement")
    events = narrative.pick(c.rng, [narrative.CHRONOLOGY[k] for k in (0, 1, 2, 4, 5)], 3)
    for agency, event, g in zip(AGENCY_CHAPTERS, events, c.gps(3)):
        d.add("h2", agency)
        d.add("p", c.fill(event))
        d.add("h3", "Good practice identified")
        d.add("p", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    c.rec_table("Recommendations", _recs(c, 3))


def c200(c: Ctx) -> None:  # the child's age only in a "Who was Child X?" pen picture, beside a sibling's age
    d, s = c.doc, c.spec
    c.cover()
    d.add("h1", f"Who was {s.child}?")
    d.add(
        "p",
        f"This section was written with {s.child}'s family. {s.child} was {s.age} old at the time of the incident "
        "that led to this review. The family described a child who was loved and who brought them joy. "
        "An older sibling, then aged 9, lived in the home.",
    )
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("h1", "Methodology")
    d.add("p", c.fill(narrative.METHOD[0]))
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        d.add("p", st.body, key)
    _numbered_recs(c)


def c201(c: Ctx) -> None:  # appendices of terms of reference numbered "1." like the recommendations (never lessons)
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)
    d.add("pagebreak")
    d.add("h1", "Appendix A: Terms of reference")
    d.add("p", "The review panel agreed the following questions for the review to address:")
    for i, q in enumerate(TOR, 1):
        d.add("num", q, label=f"{i}.")
    d.add("h1", "Appendix B: Agencies that contributed")
    for agency in ("Children's social care", "Police", "Integrated Care Board", "Acute hospital trust"):
        d.add("bullet", agency)


def c202(c: Ctx) -> None:  # "Finding N: title", its statement, then run-in "Commentary:" paragraphs (never part of it)
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Findings")
    d.add(
        "p",
        "Each finding is stated first; the reviewer's commentary on the evidence from this case follows it.",
    )
    events = narrative.pick(c.rng, [narrative.CHRONOLOGY[k] for k in (0, 1, 2, 4, 5)], 3)
    for i, (st, event) in enumerate(zip(_sts(c, 3), events), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        d.add("p", st.body, key)
        d.add("runin", c.fill(event), label="Commentary:")
    _numbered_recs(c)


def c203(c: Ctx) -> None:  # a document reference line: "Document ref: LCSPR/2021/03 | Issued: 2021-03-03"
    d, s = c.doc, c.spec
    pub = _full_pub(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Document ref: {s.review_type}/{pub[:4]}/{pub[5:7]} | Issued: {pub}")
    d.add("cover", f"Independent reviewer: {s.author}")
    if s.fmt != "html":
        d.add("pagebreak")
    _front(c)
    d.add("h1", "Key learning")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    _numbered_recs(c)
    d.add("h1", "Document history")
    d.add("p", f"Draft v0.3 circulated to the review panel {_short(_shift(pub, 4, 9))}.")


def c204(c: Ctx) -> None:  # two-column body pages, then a landscape appendix action plan
    d, s = c.doc, c.spec
    d.header = f"{s.child} – LCSPR" if s.review_type == "LCSPR" else f"{s.child} – SCR"
    d.add("title", d.meta["title"])
    d.add("cover", c.partnership)
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("twocol" if s.fmt == "pdf" else "pagebreak")  # the two-column template starts a new page
    _front(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        d.add("p", st.body, key)
    d.add("landscape")
    d.add("h1", "Appendix: Recommendations and action plan")
    cols = ("No.", "Recommendation", "Action", "Lead", "Timescale", "Progress", "RAG")
    d.add("header", cells=cols, label="b9plan")
    pub = _pub_full(c)
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        when = _shift(pub, -6 * j)
        d.add(
            "row",
            keys=key,
            cells=(
                str(j),
                r.text,
                ACTIONS[(j + 1) % 4],
                r.agency,
                _long(when),
                PROGRESS[j % 4],
                ("Amber", "Green", "Amber")[j - 1],
            ),
            label="b9plan",
        )


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
