"""Corpus generator: the twenty-third blind held-out set, first half: C637-C654 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to what the review and the partnership say
happened to each lesson: several agencies' responses under one recommendation; a decision ("partially accepted",
"not accepted") beside a recommendation and the reason for it; actions taken "since the review" printed after a
finding; emerging learning shared and acted on while the review was still running; six- and twelve-month progress
with a status per recommendation, some closed, merged or superseded; single-agency recommendations beside the
review's own; the partners' response printed before the report and the national Panel's letter after it; a repeat
of an earlier review's recommendation. A smaller part leans to the dates such documents print side by side
(completed, signed off, published, updated), dates as seasons and school terms, dotted day-first dates, and a
publication held back until criminal proceedings ended.

Each builder declares every lesson as a careful reader of that document would record it: kind, printed label,
heading (title) where a heading names the lesson, agency where the document gives one, and only the metadata the
document prints. Responses, decisions, reasons, progress, statuses, actions taken and commentary are never lessons
nor part of one. The set uses only element kinds the earlier writers already draw, so no writer is changed and
documents of earlier sets come out as before. Bank texts are drawn through set 19's filters (conv_blind19a).
"""

from __future__ import annotations

import re

from .conv_blind18b import _agency, _finding, _harm, _of_its_time, _partners, _pron, _runin
from .conv_blind19a import _board, _cap, _gps, _recs, _sts, _type_name
from .conv_blind20b import _before, _month
from .conv_blind22a import _cover, _intro
from .conv_common import long_date as _long
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_common import published_to_day as _to_day
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx

COLUMN_WIDTHS.update(
    {
        "b23ahalf": ((0.5, 0.5), False),
        "b23aprog": ((0.06, 0.40, 0.15, 0.24, 0.15), False),
        "b23aresp": ((0.55, 0.17, 0.28), False),
        "b23amatrix": ((0.34, 0.22, 0.22, 0.22), False),
    }
)
OTHER_CHILD = ("Child P", "Child W", "Child D", "Child N")


def _year(c: Ctx) -> int:
    return int(c.doc.meta["published"][:4])


def _std_cover(c: Ctx, *extra: str) -> None:
    _cover(c, f"Independent reviewer: {c.spec.author}", *extra, f"Published: {c.printed_date()}")


def _findings(c: Ctx, n: int = 3, heading: str = "Findings") -> list:
    d = c.doc
    d.add("h1", heading)
    sts = _sts(c, n)
    for i, st in enumerate(sts, 1):
        _finding(c, st, f"Finding {i}")
    return sts


def _numbered(c: Ctx, recs: list, heading: str = "Recommendations") -> None:
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def _dots(date: str) -> str:
    """ "04.05.2021"."""
    return f"{date[8:10]}.{date[5:7]}.{date[:4]}"


def _season(date: str) -> str:
    """ "Autumn 2021" for a date in September to November."""
    m = int(date[5:7])
    name = ("Winter", "Spring", "Summer", "Autumn")[(m % 12) // 3]
    year = int(date[:4]) - (1 if m in (1, 2) else 0)  # January and February belong to the winter before
    return f"{name} {year}" if name != "Winter" else f"Winter {year}-{str(year + 1)[2:]}"


def _term(date: str) -> str:
    """ "Autumn term 2021": the school term a date falls in (August counted with the autumn term's preparation)."""
    m = int(date[5:7])
    return f"{'Spring' if m <= 3 else 'Summer' if m <= 7 else 'Autumn'} term {date[:4]}"


# --- the conventions ------------------------------------------------------------------------------

RESPONDERS = (
    (("Integrated Care Board", "Accepted. The designated professionals will take this forward with GP practices."),
     ("Police", "Partially accepted because the force's own review of this process is already under way; the force "
                "will report its outcome to the partnership.")),
    (("Children's Social Care", "Accepted. A practice standard will be issued to all social work teams by {m}."),
     ("Education", "Accepted. This will be covered in the termly briefing for designated safeguarding leads.")),
    (("Police", "Accepted. The force will include this in the next round of safeguarding training for its officers "
                "and staff."),
     ("Integrated Care Board", "Accepted. The named GP for safeguarding will raise this at the next meeting of "
                               "practice safeguarding leads.")),
)  # fmt: skip  # two responses under each recommendation, no wording printed twice


def c637(c: Ctx) -> None:  # several agencies' responses under each recommendation, each a run-in "<Agency> response:"
    d = c.doc
    _std_cover(c)
    _intro(c)
    _findings(c, 3)
    d.add("h1", "Recommendations and agencies' responses")
    d.add("p", f"Each recommendation is followed by the responses of the agencies that {_partners(c)} asked to act "
          "on it.")  # fmt: skip
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j}", key)
        d.add("p", r.text, key)
        for who, said in RESPONDERS[j - 1]:
            _runin(c, said.format(m=_month(_before(c, -6))), label=f"{_agency(c, who)} response:")


DECISIONS = (
    ("accepted", "The partners agreed this recommendation in full."),
    ("partially accepted", "The partners accepted the aim of this recommendation but not the way it proposes to "
                           "reach it, because work already under way will achieve the same result. Progress will be "
                           "reported to the Learning and Improvement Subgroup."),
    ("not accepted", "The partners considered this recommendation carefully. A similar change was made two years "
                     "ago and has not yet been evaluated; they will look at this again when it has been."),
)  # fmt: skip


def c638(c: Ctx) -> None:  # the partners' decision in each recommendation's heading, a "Reason:" paragraph below
    d = c.doc
    _std_cover(c)
    _intro(c)
    d.add("h1", "Learning")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("h1", "Recommendations")
    d.add("p", f"The review made three recommendations. {_cap(_partners(c))} decided on each one at the meeting "
          f"held in {_month(_before(c, 2))}; the decision is shown beside each recommendation.")  # fmt: skip
    for j, (r, (decision, reason)) in enumerate(zip(_recs(c, 3), DECISIONS), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j} \u2013 {decision}", key)
        d.add("p", r.text, key)
        _runin(c, reason, label="Reason:")


SINCE = (
    "Since the review, {a} has introduced a new checklist for this, and its use is audited every quarter.",
    "Since these events, {a} has changed its procedure. The review has seen the new procedure and was told it "
    "is now in use.",
    "The review was told that {a} has already delivered briefings on this to its front-line staff.",
)


def c639(c: Ctx) -> None:  # a "Since the review, <agency> has ..." paragraph after each finding, never part of it
    d = c.doc
    _std_cover(c)
    _intro(c)
    d.add("h1", "Findings")
    agencies = ("the ICB" if _year(c) >= 2023 else "the CCG" if _year(c) >= 2014 else "the PCT", "the police force",
                "children's social care")  # fmt: skip
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
        d.add("p", SINCE[i - 1].format(a=agencies[i - 1]))
    _numbered(c, _recs(c, 3))


ACTED = (
    "Briefing sent to all GP practices in {m}; included in the induction of new staff.",
    "The front door's screening form was changed in {m}.",
    "Discussed at the practitioners' forum in {m}; a seven-minute briefing was published.",
)


def c640(c: Ctx) -> None:  # emerging learning shared during the review beside the action already taken on it
    d = c.doc
    _std_cover(c)
    _intro(c)
    d.add("h1", "Emerging learning")
    shared = _month(_before(c, 10))
    d.add("p", f"Some learning was clear early in the review. It was shared with agencies in {shared}, so that they "
          "could act on it without waiting for the final report. The table shows that learning and what agencies "
          "did.")  # fmt: skip
    d.add("header", cells=("Emerging learning", "Action already taken"), label="b23ahalf")
    for i, st in enumerate(_sts(c, 3)):
        key = d.lesson("learning_point", "", st.body, st.themes)
        d.add("row", keys=key, cells=(st.body, ACTED[i].format(m=_month(_before(c, 9 - 2 * i)))), label="b23ahalf")
    _findings(c, 2, "Findings of the final review")
    d.add("h1", "Good practice")
    for g in _gps(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    _numbered(c, _recs(c, 3))


def c641(
    c: Ctx,
) -> None:  # a progress report: six- and twelve-month status per recommendation, closed, merged, superseded
    d, s = c.doc, c.spec
    title = f"{_type_name(c)}: {s.child} \u2013 twelve-month progress report"
    d.meta.update(title=title, review_type="other", author="")
    original = _month(_before(c, 12))
    _cover(c, f"Date of this report: {c.printed_date()}", "Prepared for the Learning and Improvement Subgroup")
    d.add("h1", "Purpose")
    d.add("p", f"The {_type_name(c)} about {s.child} was published in {original}. This report sets out the progress "
          "made on each of its recommendations at six months and at twelve months after publication.")  # fmt: skip
    d.add("h1", "Progress on the recommendations")
    d.add("header", cells=("No.", "Recommendation", "Six months", "Twelve months", "Status"), label="b23aprog")
    six, twelve = _month(_before(c, 6)), c.printed_date()
    rows = (
        ("Training plan agreed.", "Training delivered to 140 staff.", "Closed"),
        ("Not started.", "Merged with recommendation 3, which covers the same work.", "Merged"),
        ("Draft protocol written.", "Protocol agreed and in use.", "Closed"),
        ("In progress.", f"Superseded by a wider piece of work agreed by {_board(c)}, which covers this and more.",
         "Superseded"),
    )  # fmt: skip
    for j, (r, (a, b, st)) in enumerate(zip(_recs(c, 4), rows), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes)
        d.add("row", keys=key, cells=(str(j), r.text, a, b, st), label="b23aprog")
    d.add("small", f"Six months: position in {six}. Twelve months: position at {twelve}.")
    d.add("h1", "Conclusion")
    d.add("p", "Two recommendations are closed, one has been merged and one superseded. The subgroup is asked to agree "
          "that no further reports are needed.")  # fmt: skip


def c642(c: Ctx) -> None:  # a web page "Published <date>, updated <month year>" and an "Update" section
    d, s = c.doc, c.spec
    updated = _month(_before(c, -15))
    d.add("title", d.meta["title"])
    d.add("small", f"Published {c.printed_date()}, updated {updated}")
    d.add("p", f"This {_type_name(c)} was carried out by {s.author} for the {c.partnership}. It looked at the help "
          f"given to {s.child}, aged {s.age}, and {_pron(c)[1]} family.")  # fmt: skip
    d.add("h1", "Key learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _numbered(c, _recs(c, 3))
    d.add("h1", f"Update, {updated}")
    d.add("p", "Recommendations 1 and 3 are complete. Work on recommendation 2 has taken longer than planned because "
          "the new guidance had to be agreed with neighbouring partnerships; it is due to be finished by the end of "
          "the year.")  # fmt: skip


_JOINT = ("Safeguarding Partnership", "All partner agencies", "LSCB", "All agencies", "MASH Partnership")


def c643(c: Ctx) -> None:  # one list of the review's (MA) and the agencies' own (SA - agency) recommendations, a key
    d = c.doc
    _std_cover(c)
    _intro(c)
    _findings(c, 2)
    d.add("h1", "Recommendations")
    d.add("p", "The list below brings together the review's multi-agency recommendations (MA) and the single-agency "
          "recommendations (SA) that agencies made for themselves in their reports to the review, which the review "
          "endorses.")  # fmt: skip
    d.add("small", "Key: MA = multi-agency recommendation of the review; SA = single-agency recommendation, with the "
          "agency that made it.")  # fmt: skip
    pool = _recs(c, 14)
    ma = [r for r in pool if r.agency in _JOINT][:2]
    sa = [r for r in pool if r.agency and r.agency not in _JOINT][:3]
    j = 0
    for r in ma:
        j += 1
        d.add("num", f"(MA) {r.text}", d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    for r in sa:
        j += 1
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("num", f"(SA \u2013 {r.agency}) {r.text}", key, label=f"{j}.")


def c644(c: Ctx) -> None:  # the partners' response printed before the report, "In response to recommendation N"
    d, s = c.doc, c.spec
    _std_cover(c)
    head = "The Board's response" if _year(c) < 2019 else "The safeguarding partners' response"
    d.add("h1", head)
    d.add("p", f"We thank {s.author} for this review and {s.child}'s family for their help with it. We accept all of "
          "its recommendations. This is what we have done, or will do, in response to each.")  # fmt: skip
    acts = (
        "we have rewritten the multi-agency procedure and launched it at a practitioners' event.",
        "we have asked every agency to report to us on its audit by the end of the year.",
        f"we have added this to {_board(c)}'s training programme for the coming year.",
    )
    for j, act in enumerate(acts, 1):
        d.add("p", f"In response to recommendation {j}, {act}")
    d.add("p", "Signed on behalf of the partners by the chair of the executive group." if _year(c) >= 2019
          else "Signed by the Independent Chair of the LSCB.")  # fmt: skip
    if s.fmt != "html":
        d.add("pagebreak")
    _intro(c)
    _findings(c, 3)
    _numbered(c, _recs(c, 3))


def _panel(c: Ctx) -> tuple[str, str]:
    """Who writes to the partnership about a published review, in the review's year."""
    y = _year(c)
    if y >= 2019:
        return "Child Safeguarding Practice Review Panel", "The Panel"
    if y >= 2013:
        return "National Panel of Independent Experts on Serious Case Reviews", "The Panel"
    return "Ofsted", "Ofsted"


def c645(c: Ctx) -> None:  # the national Panel's letter appended after the report, quoting a finding (never twice)
    d, s = c.doc, c.spec
    _std_cover(c)
    _intro(c)
    sts = _findings(c, 3)
    _numbered(c, _recs(c, 3))
    if s.fmt != "html":
        d.add("pagebreak")
    body, short = _panel(c)
    d.add("h1", f"Appendix: letter from the {body}" if short == "The Panel" else "Appendix: letter from Ofsted")
    d.add("p", f"Dear Chair, thank you for sending us the final report of the {_type_name(c)} about {s.child}. "
          f"{short} considered it at its meeting in {_month(_before(c, 1))}.")  # fmt: skip
    d.add("p", f"{short} found the report clear and thought its analysis well evidenced. In particular it noted the "
          f"finding headed \u201c{sts[0].title.rstrip('.')}\u201d, which it has seen in other reviews, and it will "
          "draw on this report in its own work.")  # fmt: skip
    d.add("p", f"{short} would be glad to hear in due course how the recommendations have been taken forward. "
          "Yours sincerely,")  # fmt: skip
    d.add("p", f"On behalf of the {body}" if short == "The Panel" else "Ofsted, on behalf of Her Majesty's Chief "
          "Inspector")  # fmt: skip


CLOSED = (
    "[Closed {m}: completed]",
    "[Closed {m}: merged with recommendation 1, which now covers this work]",
    "[Open: due to report in {m}]",
)


def c646(c: Ctx) -> None:  # each recommendation followed by a bracketed status note with a date, never part of it
    d, s = c.doc, c.spec
    updated = _month(_before(c, -14))
    _cover(c, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}",
           f"This version, with the status of each recommendation added: {updated}")  # fmt: skip
    _intro(c)
    _findings(c, 3)
    d.add("h1", "Recommendations")
    d.add("p", "The status of each recommendation is shown in square brackets after it.")
    months = (_month(_before(c, -10)), _month(_before(c, -12)), _month(_before(c, -20)))
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
        d.add("p", CLOSED[j - 1].format(m=months[j - 1]))


def c647(c: Ctx) -> None:  # an emerging-learning briefing issued while the review is running, dated by a season
    d, s = c.doc, c.spec
    issued = _term(_to_day(c))
    c.doc.meta["published"] = c.doc.meta["published"][:4]  # a school term: the year only
    title = f"Emerging learning: {s.child}"
    d.meta.update(title=title, review_type="briefing", author="")
    _cover(c, f"Issued: {issued}", "The review is not yet complete.")
    d.add("h1", "Why we are sharing this now")
    d.add("p", f"The {_type_name(c)} about {s.child} is still under way. It cannot be published until criminal "
          "proceedings have ended. Some of the learning is already clear, and there is no reason to wait before "
          "acting on it.")  # fmt: skip
    d.add("h1", "Emerging learning")
    for i, st in enumerate(_sts(c, 3), 1):
        _runin(c, st.body, d.lesson("learning_point", f"Emerging learning {i}", st.body, st.themes),
               f"Emerging learning {i}:")  # fmt: skip
    d.add("h1", "What has already happened")
    for line in ("Agencies have been asked to share this briefing with their teams.",
                 f"{_cap(_board(c))} has added a session on this learning to its training programme.",
                 "The full report, with its findings and recommendations, will follow."):  # fmt: skip
        d.add("bullet", line)


def c648(c: Ctx) -> None:  # dotted dates side by side on the cover; Recommendation / Response / Owner table
    d, s = c.doc, c.spec
    pub = _to_day(c)
    _cover(c, f"Reviewer: {s.author}", f"Completed: {_dots(_before(c, 7, 14))}",
           f"Signed off: {_dots(_before(c, 3, 2))}", f"Published: {_dots(pub)}")  # fmt: skip
    _intro(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Recommendations and response")
    d.add("header", cells=("Recommendation", "Response", "Owner"), label="b23aresp")
    resp = ("Accepted", "Accepted in part", "Accepted")
    for r, answer in zip([r for r in _recs(c, 14) if r.agency and r.agency not in _JOINT], resp):
        key = d.lesson("recommendation", "", r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(r.text, answer, r.agency), label="b23aresp")


def c649(c: Ctx) -> None:  # completed in a season, held until a trial ended; a dated postscript on what is closed
    d, s = c.doc, c.spec
    pub = _to_day(c)
    done = _season(_before(c, 16))
    _cover(c, f"Independent reviewer: {s.author}", f"Completed: {done}", f"Published: {_long(pub)}")
    d.add("h1", "A note on the timing of this report")
    d.add("p", f"This review was completed in {done.lower()} and agreed by {_partners(c)} in "
          f"{_month(_before(c, 14))}. Its publication was delayed until criminal proceedings had concluded, in "
          f"{_month(_before(c, 2))}. It is published as it was agreed.")  # fmt: skip
    _intro(c)
    _findings(c, 3)
    _numbered(c, _recs(c, 3))
    d.add("h1", f"Postscript ({_month(pub)})")
    d.add("p", "Because publication was delayed, agencies have had time to act on the recommendations. "
          "Recommendations 1 and 2 have been completed and closed by the partners. Work on recommendation 3 "
          "continues.")  # fmt: skip


def c650(c: Ctx) -> None:  # the rapid review's recommendations (implemented) beside the full review's own
    d = c.doc
    _std_cover(c)
    _intro(c)
    early, code = ("rapid review", "RR") if _year(c) >= 2019 else ("initial case review", "ICR")
    _findings(c, 2)
    d.add("h1", f"Recommendations of the {early}")
    d.add("p", f"The {early}, held in {_month(_before(c, 14))}, made recommendations at once. They have all been "
          "implemented, and are printed here so that the whole of the learning is in one place.")  # fmt: skip
    for j, r in enumerate(_recs(c, 2), 1):
        _runin(c, r.text, d.lesson("recommendation", f"{code}{j}", r.text, r.themes), f"{code}{j}")
        d.add("small", "Status: implemented")
    _numbered(c, _recs(c, 3), f"Recommendations of this {_type_name(c)}")


NO_REC = (
    "The review makes no recommendation about this, because {a} has already changed its practice: the change "
    "was described to the review panel and is being audited.",
    "No recommendation is made here. {A} is already undertaking a full review of this area of its work and will "
    "report to the partnership.",
)


def c651(c: Ctx) -> None:  # after some findings, "no recommendation is made because <agency> has already acted"
    d = c.doc
    _std_cover(c)
    _intro(c)
    d.add("h1", "Findings")
    who = ("the police force", "children's social care", "the hospital trust")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
        if i <= 2:
            a = who[(len(c.spec.name) + i) % 3]
            d.add("p", NO_REC[i - 1].format(a=a, A=_cap(a)))
    _numbered(c, _recs(c, 2))


COMMISSIONER_RECS = (
    ("The {icb} should seek assurance from the hospital trusts it commissions that, when a child is discharged after "
     "an admission in which safeguarding concerns were noted, a discharge summary setting out those concerns is sent "
     "to the health visitor and the GP.",
     ("agency.acute_health", "multi.information_sharing", "org.commissioning_regulation")),
    ("The {icb}'s designated professionals should audit a sample of GP records each year to check that "
     "safeguarding information about parents is recorded and shared with child protection conferences, and report "
     "the findings to the {board}.",
     ("agency.universal_health", "multi.record_keeping", "org.policy_guidance")),
)  # fmt: skip  # the commissioner's own recommendations, after the one the review addressed to it


def c652(c: Ctx) -> None:  # a health commissioner's board paper: learning and recommendations for itself
    d, s = c.doc, c.spec
    icb = _agency(c, "Integrated Care Board")
    title = f"Learning from the {_type_name(c)} about {s.child}"
    author = "Ruth Adeyemi"
    d.meta.update(title=title, review_type="other", author=author)
    item = f"Agenda item {6 + len(s.name) % 4}.2"
    board = "Governing Body" if icb == "Clinical Commissioning Group" else "Board"
    d.add("cover", f"NHS {s.area} {icb}: {board} meeting, {c.printed_date()}")
    d.add("cover", item)
    d.add("title", title)
    d.add("cover", f"Report author: {author}, Designated Nurse for Safeguarding Children")
    d.add("cover", "Purpose: for information and assurance")
    d.add("h1", "1. Summary")
    d.add("p", f"The {c.partnership} published its {_type_name(c)} about {s.child}, aged {s.age}, who "
          f"{_harm(c)}. This paper sets out what the review means for the {icb} and for the services it "
          "commissions.")  # fmt: skip
    d.add("h1", f"2. Learning for the {icb}")
    health = ("agency.universal_health", "agency.acute_health")
    sts = [st for st in _sts(c, 40) if any(t in health for t in st.themes)][:3]
    for st in sts:
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes, icb))
    d.add("h1", f"3. Recommendations for the {icb}")
    recs = [(r.text, r.themes) for r in _recs(c, 40) if r.agency == icb][:1]
    recs += [(t.format(icb=icb, board=board), th) for t, th in COMMISSIONER_RECS][: 3 - len(recs)]
    for j, (text, themes) in enumerate(recs, 1):
        d.add("num", text, d.lesson("recommendation", f"3.{j}", text, themes, icb), label=f"3.{j}")
    d.add("h1", f"4. The {board} is asked to")
    for line in ("note the learning from the review;", "agree the recommendations in section 3;",
                 "agree that progress is reported to the Quality Committee in six months."):  # fmt: skip
        d.add("bullet", line)


def c653(c: Ctx) -> None:  # agencies' self-assessment against each recommendation: a matrix of statuses, never lessons
    d = c.doc
    _std_cover(c)
    _intro(c)
    _findings(c, 2)
    recs = _recs(c, 3)
    _numbered(c, recs)
    d.add("h1", "Agencies' assessment of their progress")
    d.add("p", f"Before publication, {_partners(c)} asked each agency to rate its own progress on each "
          "recommendation.")  # fmt: skip
    d.add("header", cells=("Agency", "Rec. 1", "Rec. 2", "Rec. 3"), label="b23amatrix")
    rows = (("Children's social care", "Complete", "In progress", "Complete"),
            (_agency(c, "Integrated Care Board"), "In progress", "Not applicable", "Complete"),
            ("Police", "Complete", "In progress", "Not started"),
            ("Education", "Not applicable", "Complete", "In progress"))  # fmt: skip
    for row in rows:
        d.add("row", cells=row, label="b23amatrix")


def c654(c: Ctx) -> None:  # a recommendation marked as a repeat of an earlier review's, the note never part of it
    d, s = c.doc, c.spec
    _std_cover(c)
    _intro(c)
    _findings(c, 3)
    other = next(k for k in OTHER_CHILD if not k.startswith(s.child) and not s.child.startswith(k))
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
        if j == 2:
            d.add("small", f"Repeat recommendation: this was also recommendation 4 of the review about {other}, "
                  f"published in {_year(c) - 3}. It is made again because the review found that it has not yet "
                  "made a difference to practice.")  # fmt: skip


BUILDERS = {
    f"C{name[1:]}": _printed_only(_named(_of_its_time(fn)))
    for name, fn in globals().copy().items()
    if re.fullmatch(r"c6(3[7-9]|4[0-9]|5[0-4])", name)
}
