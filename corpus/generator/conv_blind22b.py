"""Corpus generator: the twenty-second blind held-out set, second half: conventions C619-C636 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to tables and structured forms as real
partnerships print them: one small key/value table per recommendation; a vertical table per finding whose rows are
the finding, its evidence and its recommendation; recommendations grouped under rows naming their agency; a SMART
action plan that repeats a recommendation's words on each of its actions; a recommendation whose cell carries on
after a page break under the repeated header; a status column with a withdrawn "N/A" row and an empty row; a table
of terms beside a learning table whose "Applies to" column names agencies; a learning table beside a column of
questions; recommendations with a "Links to finding(s)" column or a partnership response column; a seven-minute
briefing laid out as one table; a SILP report's single-agency recommendations whose agency cell is printed on the
first row of its group only; findings rated by area of practice; findings answering terms of reference. A smaller
part leans to metadata printed in a document-information table or a form: fields with unusual names ("Subject",
"Reviewer(s)", "Date of issue", "Locality"), fields in an unusual order, "N/A" and withheld fields, and the area
only in a "Produced by" line.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading or title cell where one names the lesson, agency where the document gives one) and only the metadata the
document itself prints. A recommendation printed on several rows of one table is one lesson. The set uses only
element kinds the earlier writers already draw (and registers its tables' column widths, as earlier sets do), so
no writer is changed and every earlier document comes out as before.
"""

from __future__ import annotations

import re

from .conv_blind18b import _cap, _harm, _of_its_time, _p, _partners, _type_name
from .conv_blind19b import _break, _good, _recommendations, _statements
from .conv_blind20b import _before, _month
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx

COLUMN_WIDTHS.update(
    {
        "b22bkv": ((0.28, 0.72), False),
        "b22bspan": ((1.0,), False),
        "b22brec3": ((0.08, 0.7, 0.22), False),
        "b22bsmart": ((0.3, 0.3, 0.15, 0.13, 0.12), False),
        "b22brec4": ((0.07, 0.55, 0.2, 0.18), False),
        "b22bgloss": ((0.25, 0.75), False),
        "b22blearn": ((0.07, 0.63, 0.3), False),
        "b22bqs": ((0.6, 0.4), False),
        "b22blinks": ((0.08, 0.57, 0.15, 0.2), False),
        "b22bresp": ((0.55, 0.45), False),
        "b22bsilp": ((0.25, 0.75), False),
        "b22brate": ((0.25, 0.15, 0.6), False),
        "b22btor": ((0.35, 0.65), False),
    }
)

# --- pieces the builders share -----------------------------------------------------------------------


def _intro(c: Ctx, heading: str = "Introduction") -> None:
    d, s = c.doc, c.spec
    d.add("h1", heading)
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 18))}. {_cap(_partners(c))} "
          f"agreed that the circumstances met the criteria for a {_type_name(c)}, and this report sets out what "
          "the review found.")  # fmt: skip
    d.add("p", "The review drew on the records of each agency involved with the family, a practitioners' event and "
          "conversations with the child's family, who were thanked for their help.")  # fmt: skip


def _headed_findings(c: Ctx, n: int = 3, heading: str = "Findings") -> None:
    d = c.doc
    d.add("h1", heading)
    for i, st in enumerate(_statements(c, n), 1):
        label = f"Finding {i}"
        key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        _p(c, st.body, key)


def _learning_bullets(c: Ctx, n: int = 3, heading: str = "Learning") -> None:
    d = c.doc
    d.add("h1", heading)
    for st in _statements(c, n):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))


def _numbered(c: Ctx, n: int = 3, heading: str = "Recommendations") -> None:
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(_recommendations(c, n), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def _by_when(c: Ctx, k: int) -> str:
    """A target month after publication (an event date, never the publication)."""
    return _month(_before(c, -(3 + 3 * k)))


_MEASURES = (
    "An audit of a sample of cases shows the change in practice.",
    "Staff survey and training records show that practitioners know the new expectation.",
    "The partnership's quality assurance group receives a report showing the change is embedded.",
)
_ACTIONS = (
    ("Revise the relevant procedure and publish it on the partnership website.",
     "Deliver briefings to frontline teams and record attendance."),
    ("Add the expectation to single-agency supervision templates.",
     "Audit ten cases six months after the change and report to the partnership."),
    ("Agree a shared escalation route between agencies.",
     "Include the learning in the multi-agency training programme."),
)  # fmt: skip
_QUESTIONS = (
    "How would you know if this was happening for a child on your caseload?",
    "Who would you talk to if you were not sure what to do next?",
    "What does your agency's procedure say, and when did you last read it?",
    "How do you record what the child has told you, in the child's own words?",
)
_EVENTS = (
    "Records show that the family were seen by several services in the same month, but no agency knew of the others.",
    "Practitioners told the review that they were not aware of the previous referrals.",
    "The chronology shows three contacts in which the concern was recorded but not shared.",
)


def _cover(c: Ctx, title: str, *lines: str) -> None:
    d = c.doc
    d.meta["title"] = title
    d.add("cover", c.partnership)
    d.add("title", title)
    for line in lines:
        d.add("cover", line)
    _break(c)


def _std_cover(c: Ctx) -> None:
    _cover(c, c.title(), f"Independent reviewer: {c.spec.author}", f"Published: {c.printed_date()}")


# --- the conventions ---------------------------------------------------------------------------------


def c619(c: Ctx) -> None:  # one small key/value table per recommendation (Ref. / Recommendation / Lead / By when)
    d = c.doc
    _std_cover(c)
    _intro(c)
    _headed_findings(c, 3)
    d.add("h1", "Recommendations")
    d.add("p", "Each recommendation is set out in its own table, with the agency that will lead on it, the date "
          "by which it should be complete and how the partnership will know it has made a difference.")  # fmt: skip
    for j, r in enumerate(_recommendations(c, 3), 1):
        key = d.lesson("recommendation", f"R{j}", r.text, r.themes, r.agency)
        d.add("header", cells=("Ref.", f"R{j}"), label="b22bkv")
        d.add("row", keys=key, cells=("Recommendation", r.text), label="b22bkv")
        d.add("row", cells=("Lead agency", r.agency), label="b22bkv")
        d.add("row", cells=("By when", _by_when(c, j)), label="b22bkv")
        d.add("row", cells=("How will we know?", _MEASURES[j - 1]), label="b22bkv")
        d.add("p", "")


def c620(c: Ctx) -> None:  # one vertical table per finding: finding, evidence, recommendation and lead as rows
    d = c.doc
    _std_cover(c)
    _intro(c)
    d.add("h1", "Findings and recommendations")
    d.add("p", "Each finding is set out below with the evidence for it and the recommendation that follows from it.")
    for i, (st, r) in enumerate(zip(_statements(c, 3), _recommendations(c, 3)), 1):
        fkey = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        rkey = d.lesson("recommendation", f"Recommendation {i}", r.text, r.themes, r.agency)
        d.add("header", cells=(f"Finding {i}", st.title), label="b22bkv")
        d.add("row", keys=fkey, cells=("What we found", st.body), label="b22bkv")
        d.add("row", cells=("Evidence from this case", _EVENTS[i - 1]), label="b22bkv")
        d.add("row", keys=rkey, cells=(f"Recommendation {i}", r.text), label="b22bkv")
        d.add("row", cells=("Lead", r.agency), label="b22bkv")
        d.add("p", "")


def c621(c: Ctx) -> None:  # a recommendations table whose rows are grouped under rows naming the agency
    d = c.doc
    _std_cover(c)
    _intro(c)
    _learning_bullets(c, 3, "What the review learned")
    d.add("h1", "Recommendations")
    d.add("p", "The recommendations are grouped by the agency that is asked to act on them.")
    recs = _recommendations(c, 5)
    groups: dict[str, list] = {}
    for r in recs:
        groups.setdefault(r.agency, []).append(r)
    d.add("header", cells=("No.", "Recommendation", "Timescale"), label="b22brec3")
    j = 1
    for agency, group in groups.items():
        d.add("row", cells=(agency,), label="b22bspan")
        for r in group:
            key = d.lesson("recommendation", str(j), r.text, r.themes, agency)
            d.add("row", keys=key, cells=(str(j), r.text, f"{3 * j} months"), label="b22brec3")
            j += 1


def c622(c: Ctx) -> None:  # a SMART action plan repeating each recommendation's words on every action row
    d = c.doc
    _std_cover(c)
    _intro(c)
    _headed_findings(c, 3, "What the review found")
    d.add("h1", "Recommendations and action plan")
    d.add("p", "The partnership has agreed SMART actions for each recommendation. RAG: Red not started, Amber in "
          "progress, Green complete.")  # fmt: skip
    d.add("header", cells=("Recommendation", "SMART action", "Lead", "Target date", "RAG"), label="b22bsmart")
    rags = (("Green", "Amber"), ("Amber", "Amber"), ("Red", "Amber"))
    for j, r in enumerate(_recommendations(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        for k, action in enumerate(_ACTIONS[j - 1]):
            cells = (f"{j}. {r.text}", action, r.agency, _by_when(c, j + k), rags[j - 1][k])
            d.add("row", keys=key, cells=cells, label="b22bsmart")


def c623(c: Ctx) -> None:  # a recommendation cell that carries on in the next row after a page break
    d = c.doc
    _std_cover(c)
    _intro(c)
    _headed_findings(c, 3)
    _break(c)
    _learning_bullets(c, 2, "Learning for practitioners")
    d.add("h1", "Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"), label="b22brec3")
    recs = _recommendations(c, 4)
    for j, r in enumerate(recs, 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        if j != 2:
            d.add("row", keys=key, cells=(str(j), r.text, r.agency), label="b22brec3")
            continue
        words = r.text.split()
        half = len(words) // 2
        d.add("row", keys=key, cells=(str(j), " ".join(words[:half]), r.agency), label="b22brec3")
        d.add("pagebreak")
        d.add("header", cells=("No.", "Recommendation", "Lead agency"), label="b22brec3")
        d.add("row", keys=key, cells=("", " ".join(words[half:]), ""), label="b22brec3")


def c624(c: Ctx) -> None:  # a status column, a withdrawn "N/A" row and an empty row in the recommendations table
    d = c.doc
    _std_cover(c)
    _intro(c)
    _learning_bullets(c, 3, "Key learning")
    d.add("h1", "Recommendations and progress")
    d.add("p", "The table shows the position when the report was published.")
    d.add("header", cells=("No.", "Recommendation", "Lead", "Status"), label="b22brec4")
    statuses = ("Complete", "In progress", "Not started")
    for j, r in enumerate(_recommendations(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency, statuses[j - 1]), label="b22brec4")
    d.add("row", cells=("4", "Withdrawn: merged with recommendation 2 at the panel's request.", "N/A", "N/A"),
          label="b22brec4")  # fmt: skip
    d.add("row", cells=("", "", "", ""), label="b22brec4")


_GLOSSARY = (
    ("CSC", "Children's social care"),
    ("DSL", "Designated safeguarding lead"),
    ("MASH", "Multi-Agency Safeguarding Hub"),
    ("Strategy discussion", "A meeting of agencies to decide whether to begin child protection enquiries"),
)
_APPLIES = ("Health; Children's social care", "Police; Children's social care", "All agencies", "Health; Education")


def c625(c: Ctx) -> None:  # a table of terms beside a learning table whose "Applies to" column names agencies
    d = c.doc
    _std_cover(c)
    d.add("h1", "Terms used in this report")
    d.add("header", cells=("Term", "Meaning"), label="b22bgloss")
    for term, meaning in _GLOSSARY:
        d.add("row", cells=(term, meaning), label="b22bgloss")
    _intro(c)
    d.add("h1", "Summary of learning")
    d.add("header", cells=("No.", "Learning", "Applies to"), label="b22blearn")
    for i, st in enumerate(_statements(c, 4), 1):
        key = d.lesson("learning_point", str(i), st.body, st.themes)
        d.add("row", keys=key, cells=(str(i), st.body, _APPLIES[i - 1]), label="b22blearn")
    d.add("h1", "Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"), label="b22brec3")
    for j, r in enumerate(_recommendations(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency), label="b22brec3")


def c626(c: Ctx) -> None:  # a document-information table: Subject, Reviewer(s), Date of issue, Locality
    d, s = c.doc, c.spec
    title = f"{_type_name(c)} in respect of {s.child}"
    d.meta["title"] = title
    d.add("title", title)
    d.add("h2", "Document information")
    d.add("header", cells=("Document title", title), label="b22bkv")
    d.add("row", cells=("Subject", f"{s.child}, aged {s.age}"), label="b22bkv")
    d.add("row", cells=("Reviewer(s)", s.author), label="b22bkv")
    d.add("row", cells=("Date of issue", c.printed_date()), label="b22bkv")
    d.add("row", cells=("Locality", s.area), label="b22bkv")
    d.add("row", cells=("Version", "1.0 Final"), label="b22bkv")
    d.add("row", cells=("Protective marking", "Official"), label="b22bkv")
    _break(c)
    _intro(c)
    _headed_findings(c, 3, "Findings")
    _numbered(c, 3)


def c627(c: Ctx) -> None:  # a cover form with withheld and "N/A" fields: no age, no author
    d, s = c.doc, c.spec
    title = f"{_type_name(c)}: {s.child}"
    d.meta.update(title=title, child_age="", author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("header", cells=("Field", "Detail"), label="b22bkv")
    d.add("row", cells=("Name used in this report", s.child), label="b22bkv")
    d.add("row", cells=("Age", "Withheld to protect the child's privacy"), label="b22bkv")
    d.add("row", cells=("Independent author", "N/A (written by the review panel)"), label="b22bkv")
    d.add("row", cells=("Date published", c.printed_date()), label="b22bkv")
    d.add("row", cells=("Date of next review", ""), label="b22bkv")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"In {_month(_before(c, 18))} {s.child} {_harm(c)}. The review panel, drawn from the agencies that "
          "knew the family, carried out the review itself and wrote this report.")  # fmt: skip
    _learning_bullets(c, 3, "What the panel learned")
    _numbered(c, 3)


def c628(c: Ctx) -> None:  # the area only in a "Produced by" line at the end
    d, s = c.doc, c.spec
    title = c.title()
    d.meta["title"] = title
    d.add("title", title)
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 18))}. {_cap(_partners(c))} "
          "commissioned this review to understand how agencies worked with the family.")  # fmt: skip
    _headed_findings(c, 3, "What we found")
    d.add("h1", "Good practice")
    for g in _good(c, 1):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    _numbered(c, 3)
    d.add("small", f"Produced by: {c.partnership} Business Unit")


def c629(c: Ctx) -> None:  # a cover form in an unusual order: case reference, subject, age, sign-off, reviewer(s)
    d, s = c.doc, c.spec
    title = f"{_type_name(c)}: {s.child}"
    d.meta["title"] = title
    prefix = "SCR" if s.review_type == "SCR" else "LCSPR"
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("header", cells=("Case reference", f"{prefix} {_before(c, 24)[:4]}/0{len(s.name) % 7 + 1}"), label="b22bkv")
    d.add("row", cells=("Subject", s.child), label="b22bkv")
    d.add("row", cells=("Age at time of incident", s.age), label="b22bkv")
    d.add("row", cells=("Date of panel sign-off", _month(_before(c, 3))), label="b22bkv")
    d.add("row", cells=("Reviewer(s)", s.author), label="b22bkv")
    d.add("row", cells=("Date of issue", c.printed_date()), label="b22bkv")
    _break(c)
    _intro(c, "1. Introduction")
    _headed_findings(c, 3, "2. Findings")
    _numbered(c, 3, "3. Recommendations")


def c630(c: Ctx) -> None:  # a learning table beside a column of questions for practice (a briefing)
    d, s = c.doc, c.spec
    title = f"Learning briefing: {s.child}"
    d.meta.update(title=title, review_type="briefing")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("h2", "About the review")
    d.add("p", f"This briefing summarises the {_type_name(c)} about {s.child}, who {_harm(c)}. The full report is "
          "on the partnership's website.")  # fmt: skip
    d.add("h2", "What we learned, and questions for your practice")
    d.add("header", cells=("What we learned", "Questions for your practice"), label="b22bqs")
    for st, q in zip(_statements(c, 4), _QUESTIONS):
        key = d.lesson("learning_point", "", st.body, st.themes)
        d.add("row", keys=key, cells=(st.body, q), label="b22bqs")
    d.add("h2", "What the partnership will do")
    for r in _recommendations(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c631(c: Ctx) -> None:  # recommendations with a "Links to finding(s)" column and a lead
    d = c.doc
    _std_cover(c)
    _intro(c)
    _headed_findings(c, 3)
    d.add("h1", "Recommendations")
    d.add("header", cells=("Rec.", "Recommendation", "Links to finding(s)", "Lead"), label="b22blinks")
    links = ("F1", "F1, F3", "F2")
    for j, r in enumerate(_recommendations(c, 3), 1):
        key = d.lesson("recommendation", f"R{j}", r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(f"R{j}", r.text, links[j - 1], r.agency), label="b22blinks")


_RESPONSES = (
    "Accepted. A task and finish group will report on progress within six months.",
    "Accepted. This will be taken forward through the partnership's learning and development subgroup.",
    "Accepted in part: the partnership will first consult the agencies concerned.",
)


def c632(c: Ctx) -> None:  # a Recommendation / Partnership response table: the response is never a lesson
    d = c.doc
    _std_cover(c)
    _intro(c)
    _learning_bullets(c, 3, "Learning")
    d.add("h1", "Recommendations and the partnership's response")
    d.add("header", cells=("Recommendation", "Partnership response"), label="b22bresp")
    for j, (r, resp) in enumerate(zip(_recommendations(c, 3), _RESPONSES), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes)
        d.add("row", keys=key, cells=(f"{j}. {r.text}", resp), label="b22bresp")


def c633(c: Ctx) -> None:  # a seven-minute briefing laid out as one table of seven numbered cells
    d, s = c.doc, c.spec
    title = f"7-minute briefing: {s.child}"
    d.meta.update(title=title, review_type="briefing")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    st1, st2 = _statements(c, 2)
    g = _good(c, 1)[0]
    r = _recommendations(c, 1)[0]
    d.add("header", cells=("Section", "Briefing"), label="b22bkv")
    d.add("row", cells=("1. Why this review", f"{s.child}, {s.age} old, {_harm(c)}."), label="b22bkv")
    d.add("row", cells=("2. What happened", _EVENTS[0]), label="b22bkv")
    k = d.lesson("finding", "", st1.body, st1.themes)
    d.add("row", keys=k, cells=("3. What the review found", st1.body), label="b22bkv")
    k = d.lesson("learning_point", "", st2.body, st2.themes)
    d.add("row", keys=k, cells=("4. What we learned", st2.body), label="b22bkv")
    k = d.lesson("good_practice", "", g.text, g.themes)
    d.add("row", keys=k, cells=("5. What went well", g.text), label="b22bkv")
    k = d.lesson("recommendation", "", r.text, r.themes)
    d.add("row", keys=k, cells=("6. What needs to change", r.text), label="b22bkv")
    d.add("row", cells=("7. Questions to consider", " ".join(_QUESTIONS[:2])), label="b22bkv")


def c634(c: Ctx) -> None:  # SILP single-agency recommendations: the agency cell printed on a group's first row only
    d, s = c.doc, c.spec
    title = f"Significant Incident Learning Process (SILP) report: {s.child}"
    _cover(c, title, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    _intro(c)
    _learning_bullets(c, 3, "Multi-agency learning")
    d.add("h1", "Single-agency recommendations")
    d.add("p", "Each agency has agreed the recommendations for its own service below.")
    groups: dict[str, list] = {}
    for r in _recommendations(c, 6):
        groups.setdefault(r.agency, []).append(r)
    d.add("header", cells=("Agency", "Single-agency recommendation"), label="b22bsilp")
    for agency, group in groups.items():
        for k, r in enumerate(group):
            key = d.lesson("recommendation", "", r.text, r.themes, agency)
            d.add("row", keys=key, cells=(agency if k == 0 else "", r.text), label="b22bsilp")


_RATINGS = ("Requires improvement", "Inadequate", "Good", "Requires improvement")


def c635(c: Ctx) -> None:  # findings rated by area of practice in a three-column table
    d, s = c.doc, c.spec
    txt = s.fmt == "txt"
    if txt:
        d.footer = ""
    _std_cover(c)
    _intro(c)
    d.add("h1", "Findings by area of practice")
    d.add("p", "Each area of practice is rated Good, Requires improvement or Inadequate, with what the review found.")
    d.add("header", cells=("Area of practice", "Rating", "What the review found"), label="b22brate")
    for st, rating in zip(_statements(c, 4), _RATINGS):
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("row", keys=key, cells=(st.title, rating, st.body), label="b22brate")
    _numbered(c, 3)


_TOR = (
    "How well did agencies share information about the child and family?",
    "Were the risks to the child understood and acted on?",
    "Was the child's voice heard and recorded?",
)


def c636(c: Ctx) -> None:  # findings answering terms of reference in a two-column table
    d = c.doc
    _std_cover(c)
    _intro(c)
    d.add("h1", "Terms of reference and findings")
    d.add("p", f"{_cap(_partners(c))} set three questions for the review. The review's answer to each follows.")
    d.add("header", cells=("Term of reference", "What the review found"), label="b22btor")
    for q, st in zip(_TOR, _statements(c, 3)):
        key = d.lesson("finding", "", st.body, st.themes)
        d.add("row", keys=key, cells=(q, st.body), label="b22btor")
    _numbered(c, 3)


BUILDERS = {
    f"C{name[1:]}": _printed_only(_named(_of_its_time(fn)))
    for name, fn in globals().copy().items()
    if re.fullmatch(r"c(619|62\d|63[0-6])", name)
}
