"""Corpus generator: the fifteenth blind held-out set, second half: conventions C367-C384 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. The half leans to how different review methods structure their
learning: SCIE Learning Together findings with their category and "Issues for
the Board", a SILP learning event's outcomes, significant-event analysis,
appreciative inquiry by agency, a historic executive summary with each
agency's Individual Management Review recommendations, a Panel practice
review's practice issues, a rapid-review template with tick boxes, a
multi-agency case audit with graded findings, a thematic review of several
cases, the Panel's response to a rapid review, a local annual report's
learning from the year's reviews, and the metadata these print
(commissioning dates, a panel chair beside the author, a review period, a
timeline table of the review itself).

Each builder declares every lesson as a careful reader of that document would
record it (kind, printed label, heading where there is one, agency where the
document gives one) and the metadata the document itself prints. The set uses
only element kinds the earlier writers already draw, so no writer is changed.
The bank-text filters that keep a text from contradicting the child are
conv_common's (imported, not copied).
"""

from __future__ import annotations

import re

from .conv_common import child_sex as _sex
from .conv_common import draw_fitting_gps as _gps
from .conv_common import draw_fitting_statements as _sts_fit
from .conv_common import front_with_events as _front
from .conv_common import long_date as _long
from .conv_common import month_before as _month_before
from .conv_common import named as _named
from .conv_common import numbered_recs_for_child as _numbered_recs
from .conv_common import other_person as _other
from .conv_common import printed_only as _printed_only
from .conv_common import pub_full as _pub_full
from .conv_common import published_to_day as _to_day
from .conv_common import recs_for_child as _recs
from .conv_common import shift as _shift
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import MONTHS, TYPE_NAMES, Ctx
from .conv_table import CHILDREN
from .model import BANK_NAMES

COLUMN_WIDTHS.update(
    {
        "b15baud": ((0.25, 0.2, 0.55), False),
        "b15btime": ((0.6, 0.4), False),
    }
)

TOPICS = {
    "NAI": "babies under one",
    "SUDI": "sudden unexpected death in infancy",
    "NEGLECT": "neglect",
    "DA": "domestic abuse",
    "CCE": "criminal exploitation",
    "PARENTAL": "parental mental ill-health",
    "CSE": "sexual exploitation",
}
SCIE_CATEGORIES = (
    "Multi-agency working in longer-term work",
    "Family-professional interaction",
    "Tools",
    "Management systems",
    "Human biases",
    "Multi-agency working in response to incidents and crises",
)
_NAMED_CHILD = re.compile(r"\b(Child|Baby) [A-Z]{1,2}\b")


def _month(date: str) -> str:
    return f"{MONTHS[int(date[5:7]) - 1]} {date[:4]}"


def _names_no_child(c: Ctx, text: str) -> bool:
    names = ([c.spec.child] if c.spec.child else []) + list(BANK_NAMES)
    return not _NAMED_CHILD.search(text) and not any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)


def _sts(c: Ctx, n: int, anonymous: bool = False) -> list:
    """n bank statements that fit the child (and, anonymous, name no child)."""
    out = []
    while len(out) < n:
        drawn = _sts_fit(c, 1)
        if not drawn:
            break
        out += [st for st in drawn if not anonymous or _names_no_child(c, f"{st.title} {st.body}")]
    return out


def _anon_recs(c: Ctx, n: int) -> list:
    out = []
    while len(out) < n:
        drawn = _recs(c, 1)
        if not drawn:
            break
        out += [r for r in drawn if _names_no_child(c, r.text)]
    return out


def _anon_gps(c: Ctx, n: int) -> list:
    out = []
    while len(out) < n:
        drawn = _gps(c, 1)
        if not drawn:
            break
        out += [g for g in drawn if _names_no_child(c, g.text)]
    return out


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


def _board(c: Ctx) -> str:
    return "safeguarding partners" if c.spec.review_type == "LCSPR" else "Board"


# --- the conventions --------------------------------------------------------------------------


def c367(c: Ctx) -> None:  # SCIE Learning Together findings: a category line, the finding, "Issues for the Board"
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "The findings")
    d.add(
        "p",
        "The review used the Learning Together systems model. Each finding is placed in one of the model's "
        "categories of underlying pattern and is followed by the issues it raises for the "
        f"{_board(c)}.",
    )
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        d.add("small", f"Category: {SCIE_CATEGORIES[(i + len(c.spec.name)) % len(SCIE_CATEGORIES)]}")
        d.add("p", st.body, key)
        d.add("runin", "Practitioners described a busy period in which each agency expected another to act.",
              label="How did the issue manifest in this case?")  # fmt: skip
    d.add("h1", "Issues for the Board" if c.spec.review_type == "SCR" else "Issues for the partnership")
    d.add(
        "p",
        f"The {_board(c)} {'is' if c.spec.review_type == 'SCR' else 'are'} asked to consider the following issues, one for each finding.",
    )
    for i, r in enumerate(_recs(c, 3), 1):
        d.add("runin", r.text, d.lesson("recommendation", f"Issue {i}", r.text, r.themes), label=f"Issue {i}.")


def c368(c: Ctx) -> None:  # a SILP report's "Outcomes of the learning event": what practitioners identified
    d, s = c.doc, c.spec
    c.cover("plain")
    _front(c)
    d.add("h1", "The learning event")
    d.add(
        "p",
        f"Practitioners and first-line managers who worked with {s.child}'s family met for a full day with the "
        "lead reviewer and the review panel. The agency reports were shared with them in advance.",
    )
    d.add("h2", "Who attended")
    for t in ("Children's social care: two social workers and a team manager", "Police: a detective constable",
              "Health: a GP and a named nurse for safeguarding", "Education: the designated safeguarding lead"):  # fmt: skip
        d.add("bullet", t)
    d.add("h2", "Outcomes of the learning event")
    d.add("p", "At the end of the day practitioners agreed the following learning:")
    for i, st in enumerate(_sts(c, 4), 1):
        d.add("num", st.body, d.lesson("learning_point", f"Outcome {i}", st.body, st.themes), label=f"Outcome {i}:")
    _numbered_recs(c, 3, "Recommendations")


def c369(c: Ctx) -> None:  # significant-event analysis: What happened / Why / What has been learned / What has changed
    d, s = c.doc, c.spec
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Significant event analysis")
    d.add("p", "The panel chose three events in which practice could have changed the outcome. Each is analysed "
          "in the same four parts.")  # fmt: skip
    months = [_month_before(c, back) for back in (20, 16, 13)]
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("h2", f"Significant event {i}: {months[i - 1]}")
        d.add("runin", f"{s.child}'s family was seen by a practitioner who recorded a concern and a plan.",
              label="What happened:")  # fmt: skip
        d.add("runin", "The practitioner was working alone and the plan depended on another agency's action.",
              label="Why it happened:")  # fmt: skip
        d.add("runin", st.body, d.lesson("learning_point", "", st.body, st.themes), label="What has been learned:")
        d.add("runin", "The agency has revised its supervision guidance and added the case to its training.",
              label="What has changed:")  # fmt: skip
    _numbered_recs(c)


def c370(
    c: Ctx,
) -> None:  # appreciative inquiry by agency: "What went well" (good practice) / "Even better if" (learning)
    d, s = c.doc, c.spec
    c.cover("plain")
    _front(c)
    d.add("h1", "What went well and what would have been even better")
    d.add(
        "p",
        "The review took an appreciative approach: each agency was asked what it did well and what would have "
        f"made its work with {s.child}'s family even better.",
    )
    gps, sts = _gps(c, 3), _sts(c, 3)
    for agency, g, st in zip(("Children's social care", "Health", "Police"), gps, sts):
        d.add("h2", agency)
        d.add("runin", g.text, d.lesson("good_practice", "", g.text, g.themes, agency), label="What went well:")
        d.add("runin", st.body, d.lesson("learning_point", "", st.body, st.themes, agency), label="Even better if:")
    _numbered_recs(c)


def c371(c: Ctx) -> None:  # a historic executive summary: overview recommendations, then each agency's IMR ones
    d, s = c.doc, c.spec
    title = f"{TYPE_NAMES.get(s.review_type, 'Review')}: {s.child}. Executive summary"
    d.meta["title"] = title
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Independent author: {s.author}")
    d.add("cover", c.printed_date())
    d.add("pagebreak")
    d.add("h1", "1. Introduction")
    d.add(
        "p",
        "This is the executive summary of the overview report. Each agency involved wrote an Individual "
        "Management Review (IMR) of its own work; the overview author read them with the chronology.",
    )
    d.add("h1", "2. Agencies that provided an IMR")
    for t in ("Children's social care", "The police", "The acute hospital trust", "The GP practice"):
        d.add("bullet", t)
    d.add("h1", "3. Key findings")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("h1", "4. Overview recommendations")
    for j, r in enumerate(_recs(c, 2), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "5. Individual Management Review recommendations")
    d.add("p", "Each agency's own recommendations, as its IMR author made them:")
    recs = _recs(c, 4)
    for agency, pair in (("Children's social care", recs[:2]), ("Police", recs[2:])):
        d.add("h2", agency)
        for j, r in enumerate(pair, 1):
            d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes, agency), label=f"{j}.")


def c372(c: Ctx) -> None:  # a Panel practice review: "Practice issues" list, no area, child or author
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    title = f"Practice review: {topic}"
    d.meta.update(title=title, review_type="national", area="", region="", author="")
    _no_child(c)
    d.header = "Child Safeguarding Practice Review Panel | Practice review"
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", title)
    d.add("cover", f"Published {_long(_to_day(c))}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "About this practice review")
    d.add(
        "p",
        "The Panel reviewed the rapid reviews and local reviews it received about children harmed in similar "
        "circumstances. The review does not describe any one child.",
    )
    d.add("h1", "Practice issues")
    d.add("p", "Across the reviews the Panel identified these practice issues:")
    for i, st in enumerate(_sts(c, 4, anonymous=True), 1):
        key = d.lesson("finding", f"Practice issue {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Practice issue {i}: {st.title}", key)
        d.add("p", st.body, key)
    d.add("h1", "What the Panel expects")
    for r in _anon_recs(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c373(c: Ctx) -> None:  # a rapid-review template: tick-box "Criteria met" fields, immediate learning bullets
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = f"Rapid review: {s.child}"
    d.meta.update(title=title, review_type="other", author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("runin", _long(_shift(pub, 3)), label="Date of serious incident notification:")
    d.add("runin", _long(_shift(pub, 2)), label="Date of rapid review meeting:")
    d.add("runin", _long(pub), label="Date submitted to the national Panel:")
    d.add("runin", f"{s.age}", label="Age of child:")
    d.add("h1", "Section 1: Criteria")
    d.add("runin", "[X] Yes  [ ] No", label="Abuse or neglect known or suspected:")
    d.add("runin", "[X] Yes  [ ] No", label="Child has died or been seriously harmed:")
    d.add("runin", "[ ] Yes  [X] No", label="Recommend a local child safeguarding practice review:")
    d.add("h1", "Section 2: Summary of agency involvement")
    d.add("p", f"Five agencies knew {s.child}'s family in the year before the incident. Their returns were read "
          "by the rapid review group before the meeting.")  # fmt: skip
    d.add("h1", "Section 3: Immediate learning identified")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Section 4: Good practice identified")
    for g in _gps(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Section 5: Actions agreed")
    for t in ("Agency leads to share the learning with their teams within one month.",
              "The partnership's learning and improvement group to track the actions."):  # fmt: skip
        d.add("bullet", t)


def c374(c: Ctx) -> None:  # a multi-agency case audit graded "Good" / "Requires improvement" in a table
    d, s = c.doc, c.spec
    title = f"Multi-agency case audit: {TOPICS[s.scenario]}"
    d.meta.update(title=title, review_type="other")
    _no_child(c)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Audit lead: {s.author}")
    d.add("cover", f"Reported to the partnership: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Scope of the audit")
    d.add("p", "Six cases open to children's social care were audited jointly by the agencies that knew the "
          "families. Each area of practice was graded on the partnership's audit scale.")  # fmt: skip
    d.add("h1", "Grades and findings")
    d.add("header", cells=("Area of practice", "Grade", "Finding"), label="b15baud")
    gps, sts = _gps(c, 2), _sts(c, 3)
    rows = [("Information sharing", gps[0], None), ("Assessment", None, sts[0]),
            ("Voice of the child", gps[1] if len(gps) > 1 else None, None if len(gps) > 1 else sts[1]),
            ("Planning and review", None, sts[-2]), ("Management oversight", None, sts[-1])]  # fmt: skip
    for area, g, st in rows:
        if g is not None:
            key = d.lesson("good_practice", "", g.text, g.themes)
            d.add("row", keys=key, cells=(area, "Good", g.text), label="b15baud")
        else:
            key = d.lesson("finding", "", st.body, st.themes)
            d.add("row", keys=key, cells=(area, "Requires improvement", st.body), label="b15baud")
    d.add("h1", "Next steps")
    _numbered_recs(c, 2, "Recommendations")


def c375(c: Ctx) -> None:  # commissioning dates on the cover: commissioned, approved, published
    d, s = c.doc, c.spec
    pub = _pub_full(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent author: {s.author}")
    d.add("cover", f"Date commissioned: {_month(_shift(pub, 15))}")
    d.add("cover", f"Date approved by the partnership: {_month(_shift(pub, 2))}")
    d.add("cover", f"Date published: {c.printed_date()}")
    d.add("pagebreak")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)


def c376(c: Ctx) -> None:  # the panel chair named first on the cover, the lead reviewer (the author) second
    d, s = c.doc, c.spec
    chair = _other(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent chair of the review panel: {chair}")
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", c.printed_date())
    d.add("pagebreak")
    _front(c)
    d.add("h1", "The review panel")
    d.add("p", f"The panel was chaired by {chair}, who is independent of the agencies involved. The lead reviewer "
          "wrote this report with the panel's agreement.")  # fmt: skip
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning point {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning point {i}: {st.title}", key)
        d.add("p", st.body, key)
    _numbered_recs(c)


def c377(c: Ctx) -> None:  # a review period in the terms of reference; the child's age only there
    d, s = c.doc, c.spec
    pub = _pub_full(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Terms of reference")
    d.add("runin", f"{_month(_shift(pub, 30))} to {_month(_shift(pub, 12))}", label="Review period:")
    d.add("runin", f"{s.child}, aged {s.age} at the time of the incident", label="Subject of the review:")
    d.add("runin", "Children's social care, the police, health services and the GP practice",
          label="Agencies in scope:")  # fmt: skip
    d.add("h1", "Background")
    d.add("p", f"{s.child} lived with {'his' if _sex(c) == 'm' else 'her'} mother. This section sets out what the "
          "agencies knew during the review period.")  # fmt: skip
    d.add("h1", "Key lines of enquiry and findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"Line of enquiry {i}", st.body, st.themes)
        d.add("h2", f"Line of enquiry {i}", key)
        d.add("p", st.body, key)
    _numbered_recs(c)


def c378(c: Ctx) -> None:  # each "Recommendation N" heading over its text and "Actions" bullets (never lessons)
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations and the actions agreed")
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j}", key)
        d.add("p", r.text, key)
        d.add("p", "Actions agreed by the panel:")
        d.add("bullet", f"Action {j}.1: the lead officer to draft a briefing for practitioners.")
        d.add("bullet", f"Action {j}.2: the learning and improvement group to audit the change after six months.")


def c379(c: Ctx) -> None:  # a thematic review of several cases: case summaries, then learning "L1", "L2"
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    title = f"Thematic review: {topic}"
    d.meta.update(title=title, review_type="thematic")
    _no_child(c)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Why a thematic review")
    d.add("p", f"The partnership received four notifications about {topic} within a year and chose to review the "
          "cases together. The children are called Child A to Child D.")  # fmt: skip
    d.add("h1", "The cases")
    for case, text in (("Child A", "was known to early help and the school."),
                       ("Child B", "was subject to a child in need plan."),
                       ("Child C", "had moved into the area shortly before the incident."),
                       ("Child D", "was known to health services only.")):  # fmt: skip
        d.add("h2", case)
        d.add("p", f"{case} {text}")
    d.add("h1", "Cross-cutting learning")
    for i, st in enumerate(_sts(c, 4, anonymous=True), 1):
        d.add("runin", st.body, d.lesson("learning_point", f"L{i}", st.body, st.themes), label=f"L{i}")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_anon_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c380(c: Ctx) -> None:  # good practice as run-in "Strength N." paragraphs under "Strengths in practice"
    d = c.doc
    c.cover("plain")
    _front(c)
    d.add("h1", "Strengths in practice")
    d.add("p", "The review found practice to be proud of as well as practice to improve.")
    for i, g in enumerate(_gps(c, 3), 1):
        d.add("runin", g.text, d.lesson("good_practice", f"Strength {i}", g.text, g.themes), label=f"Strength {i}.")
    d.add("h1", "Areas for development")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Area {i}")
    _numbered_recs(c)


def c381(c: Ctx) -> None:  # the national Panel's response to a rapid review: a letter noting learning
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = f"The Panel's response to the rapid review about {s.child}"
    d.meta.update(title=title, review_type="other", author="")
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("small", _long(pub))
    d.add("title", title)
    d.add("p", f"To the safeguarding partners of the {c.partnership}")
    d.add("p", f"Thank you for sending the Panel your rapid review about {s.child}. The Panel agrees with your "
          "decision that a local review is not needed because the learning has been identified.")  # fmt: skip
    d.add("p", "The Panel noted the following learning from your rapid review:")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("p", "The Panel would welcome your assurance on the following:")
    for r in _recs(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("p", "Yours sincerely,")
    d.add("p", "Chair, Child Safeguarding Practice Review Panel")


def c382(c: Ctx) -> None:  # a timeline table of the review itself: publication one row among event dates
    d, s = c.doc, c.spec
    pub = _pub_full(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("pagebreak")
    d.add("h1", "Timeline of the review")
    d.add("header", cells=("Stage", "Date"), label="b15btime")
    for stage, back in (("Serious incident notified", 20), ("Rapid review meeting", 19),
                        ("Review commissioned", 17), ("Practitioner learning event", 10),
                        ("Report agreed by the safeguarding partners", 3)):  # fmt: skip
        d.add("row", cells=(stage, _month(_shift(pub, back))), label="b15btime")
    d.add("row", cells=("Report published", c.printed_date()), label="b15btime")
    _front(c)
    d.add("h1", "What the review found")
    for st in _sts(c, 3):
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    _numbered_recs(c)


def c383(c: Ctx) -> None:  # recommendations each with run-in "Owner:" (the agency) and "Evidence of impact:" lines
    d, s = c.doc, c.spec
    d.add("cover", c.partnership)  # a short typed report: the cover lines head its first page
    d.add("title", d.meta["title"])
    d.add("cover", f"Author: {s.author}")
    d.add("cover", f"Publication date: {c.printed_date()}")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        _runin(c, r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes, r.agency), label=f"R{j}.")
        _runin(c, r.agency, label="Owner:")
        _runin(c, "an audit a year after publication shows the change in practice.", label="Evidence of impact:")


def c384(c: Ctx) -> None:  # a local annual report: per review of the year its key learning; priorities never lessons
    d, s = c.doc, c.spec
    pub = _to_day(c)
    y = int(pub[:4])
    title = f"{c.partnership}: annual report {y - 1} to {y}"
    d.meta.update(title=title, review_type="other", author="")
    _no_child(c)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Published {_long(pub)}")
    if s.fmt != "html":
        d.add("pagebreak")
    if y >= 2020:
        d.add("h1", "1. Foreword from the independent scrutineer")
        d.add("p", "This year the partnership published two reviews and completed five rapid reviews.")
    else:
        d.add("h1", "1. Foreword from the independent chair")
        d.add("p", "This year the Board published two serious case reviews and considered five other cases.")
    d.add("h1", "2. Learning from reviews this year")
    first = CHILDREN.index(s.child) if s.child in CHILDREN else len(s.name)
    for k in range(2):
        other = CHILDREN[(first + 5 * k + 3) % len(CHILDREN)]
        d.add("h2", f"The review about {other}")
        d.add("p", "Key learning:")
        for st in _sts(c, 2, anonymous=True):
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "3. Priorities for next year")
    for t in ("Embed the partnership's neglect strategy in every agency's supervision.",
              "Hear more from children and young people about the help they receive."):  # fmt: skip
        d.add("bullet", t)
    d.add("h1", "4. Budget")
    d.add("p", "The partners' contributions were equal to last year's.")


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
