"""Corpus generator: the thirty-fourth blind held-out set, first half: conventions C1033-C1050 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half is the ordinary current output of English
safeguarding partnerships (2019-2026) at the proportions a practitioner meets it: mostly full local child
safeguarding practice reviews (contents, introduction, the review process, the child and family, the family's
voice, key practice episodes, analysis, findings or learning, recommendations, the partnership's response,
glossary), with executive summaries, practitioner and 7-minute briefings, a partnership web page, SILP reports, a
plain-text repository copy and a Panel national review.

Each lesson is declared as a careful reader records it, following the precedents of corpus/CONVENTIONS.md named at
each builder. Only element kinds the earlier writers already draw are used.
"""

from __future__ import annotations

import re

from .conv_blind18b import _harm, _of_its_time, _p, _runin
from .conv_blind19b import _break
from .conv_blind20b import _before, _month
from .conv_blind23b import _poss, _setup
from .conv_blind26a import NATIONAL
from .conv_blind28a import _conclusion, _contents, _events, _glossary, _hf
from .conv_blind30a import _cover, _front, _headed
from .conv_blind32b import _sts as _sts_national
from .conv_blind33a import _addressed, _gp_bullets, _lcspr, _opening, _plain_learning, _sts
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx

COLUMN_WIDTHS["lead34a"] = ((0.08, 0.67, 0.25), False)  # No. / Recommendation / Lead agency
COLUMN_WIDTHS["theme34a"] = ((0.2, 0.07, 0.5, 0.23), False)  # Theme / No. / Recommendation / Lead agency
COLUMN_WIDTHS["key34a"] = ((0.1, 0.9), False)  # No. / Key learning


def _young(c: Ctx) -> bool:
    age = c.spec.age
    return not age.endswith("years") or int(age.split()[0]) < 5


def _voice(c: Ctx, heading: str = "The family's voice") -> None:
    """What the mother told the review, in her words: never a lesson."""
    d, s = c.doc, c.spec
    d.add("h1", heading)
    d.add("p", f"{s.child}'s mother met the reviewer twice, with her advocate, and agreed that her words could be "
          "quoted in this report. She described how it felt to be visited by many different workers:")  # fmt: skip
    d.add("p", "\u201cEvery time somebody new came I had to tell it all again. I stopped telling them everything "
          "because nothing seemed to change.\u201d")  # fmt: skip
    d.add("p", f"She wanted the review to help other families, and asked that practitioners listen to parents and "
          f"to children like {s.child} about what life at home is really like.")  # fmt: skip


_EPISODES = {
    "Pregnancy and the pre-birth period": "The mother booked late with maternity services. The midwife recorded "
    "that she had a history of low mood and that the father had a police record, but no referral was made to "
    "children's social care until the thirty-fourth week of pregnancy.",
    "The birth and the first weeks": "{child} was born at term and went home after two days. The health visitor "
    "completed the new birth visit and saw the father only briefly; his role in {poss} care was not explored.",
    "Contacts with universal services": "{child} was seen by the GP and the health visitor several times for minor "
    "illnesses. Two appointments were missed and were not followed up; each contact was seen on its own.",
    "The first referral to children's social care": "The police shared a report of an argument at the home. The "
    "referral was screened by the front door and closed with advice, without a check with the health visitor.",
    "Concerns raised by the school": "The school recorded falling attendance and a change in {child}'s presentation. "
    "The designated safeguarding lead spoke to the mother, who said there were no problems at home.",
    "The referral and assessment": "The school referred {child} to children's social care after {poss} third "
    "unexplained absence. An assessment was completed within timescale and a plan of support was agreed.",
    "The weeks before the incident": "There were few contacts with professionals. A planned home visit was "
    "cancelled by the family and was rearranged for the following month.",
}


def _kpe(c: Ctx, heading: str = "Key practice episodes") -> None:
    """Three key practice episodes, each a heading with its months (event dates) over narrative: never lessons."""
    d = c.doc
    d.add("h1", heading)
    d.add("p", "The review identified three key practice episodes: periods of time that were significant to how "
          "agencies understood and responded to the child's circumstances.")  # fmt: skip
    number, unit = c.spec.age.split()
    if unit in ("weeks", "months") and (int(number) < 12 if unit == "months" else True):
        born = 18 + (int(number) // 4 if unit == "weeks" else int(number))  # months before the publication
        titles = (
            "Pregnancy and the pre-birth period",
            "The birth and the first weeks",
            "The weeks before the incident",
        )
        spans = ((born + 6, born + 1), (born, max(born - 1, 19)), (18, 18))
    else:
        titles = (("Contacts with universal services", "The first referral to children's social care",
                   "The weeks before the incident") if _young(c) else
                  ("Concerns raised by the school", "The referral and assessment", "The weeks before the incident"))  # fmt: skip
        spans = ((30, 24), (23, 20), (19, 18))
    for i, (title, (a, b)) in enumerate(zip(titles, spans), 1):
        when = _month(_before(c, a)) if a == b else f"{_month(_before(c, a))} to {_month(_before(c, b))}"
        d.add("h2", f"Key practice episode {i}: {title} ({when})")
        d.add("p", _EPISODES[title].format(child=c.spec.child, poss=_poss(c)))


def _response(c: Ctx, heading: str = "The partnership's response") -> None:
    d = c.doc
    d.add("h1", heading)
    d.add("p", f"The safeguarding partners accept the findings and recommendations of this review. An action plan "
          f"has been agreed and the {c.partnership}'s learning and improvement group will monitor its progress and "
          "report to the safeguarding partners every six months.")  # fmt: skip


# The catalogue's name of an authority its partnership prints otherwise ("County Durham Safeguarding Children
# Partnership", "Hull Safeguarding Children Partnership"): the area is the catalogue's, as the sample corpus's Hull
# briefing and C847, C867 and C917 record it.
_CATALOGUE_AREA = {"County Durham": "Durham", "Hull": "Kingston upon Hull"}


def _report(c: Ctx, reviewer: str = "Independent reviewer", contents: bool = True) -> str:
    """The cover, header and footer, contents and the front of a full practice review."""
    partnership = _lcspr(c, reviewer)
    if contents:
        _contents(c)
    _front(c, partnership)
    c.doc.meta["area"] = _CATALOGUE_AREA.get(c.doc.meta["area"], c.doc.meta["area"])
    return partnership


def _numbered(c: Ctx, n: int, heading: str = "Recommendations", agency: bool = False) -> None:
    d = c.doc
    d.add("h1", heading)
    for j, (r, who) in enumerate(_addressed(c, n), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes, who if agency else ""),
              label=f"{j}.")  # fmt: skip


# --- C1033: a full practice review: key practice episodes, "Finding N: title", the partnership's response ---------


def c1033(c: Ctx) -> None:  # LCSPR: KPE headings (never lessons), Finding N: title, numbered recs, response, glossary
    d = c.doc
    _report(c)
    _voice(c)
    _kpe(c)
    d.add("h1", "Analysis and findings")
    d.add("p", "The analysis considers why practice happened as it did. Hindsight makes events look more predictable "
          "than they were at the time.")  # fmt: skip
    for i, st in enumerate(_sts(c, 4), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    _gp_bullets(c, 2, "Good practice")
    _numbered(c, 4)
    _response(c)
    _conclusion(c)
    _glossary(c)


# --- C1034: "Learning point N: title" headings; "Recommendation N" headings; the family's voice quoted ----------------


def c1034(c: Ctx) -> None:  # LCSPR: Learning point N: title (label, title); Recommendation N headings (no agency)
    d = c.doc
    _report(c, "Lead reviewer")
    _voice(c, "What the family told the review")
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 4), 1):
        key = _headed(c, st, f"Learning point {i}", "learning_point")
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    for j, (r, _who) in enumerate(_addressed(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j}", key)
        _p(c, r.text, key)
    _response(c)
    _glossary(c)


# --- C1035: a Theme / No. / Recommendation / Lead agency table, the theme in every row ------------------------------

_THEMES = (
    ("multi.information_sharing", "Information sharing"),
    ("assess.whole_family", "Assessment"),
    ("fam.male_carers", "Fathers and male carers"),
    ("assess.thresholds_cp_processes", "Thresholds and child protection"),
    ("org.workforce_supervision", "Supervision and training"),
)


def _theme(themes) -> str:
    for theme, name in _THEMES:
        if theme in themes:
            return name
    return "Multi-agency practice"


def c1035(c: Ctx) -> None:  # LCSPR: recs table Theme / No. / Recommendation / Lead agency: agency the Lead agency cell
    d = c.doc
    partnership = _report(c)
    _kpe(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    d.add("p", f"The recommendations are grouped by theme. The {partnership} has asked the lead agency for each to "
          "report on its progress.")  # fmt: skip
    d.add("header", cells=("Theme", "No.", "Recommendation", "Lead agency"), label="theme34a")
    for j, (r, agency) in enumerate(_addressed(c, 4), 1):
        k = d.lesson("recommendation", str(j), r.text, r.themes, agency)
        d.add("row", keys=k, cells=(_theme(r.themes), str(j), r.text, agency), label="theme34a")
    _conclusion(c)
    _glossary(c)


# --- C1036: an executive summary: "Key findings" numbered; numbered recommendations ----------------------------------


def c1036(c: Ctx) -> None:  # LCSPR executive summary: Key findings 1.-4. (findings, label, no title); recs numbered
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}. Executive summary"
    _hf(c, f"{s.child}: Executive summary")
    _cover(c, partnership, title, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", _opening(c, partnership))
    d.add("p", "This executive summary sets out the review's key findings and recommendations. The full report is "
          "published alongside it.")  # fmt: skip
    d.add("h1", "Summary of the case")
    for text in _events(c, 2):
        d.add("p", text)
    d.add("h1", "Key findings")
    for i, st in enumerate(_sts(c, 4), 1):
        d.add("num", st.body, d.lesson("finding", str(i), st.body, st.themes), label=f"{i}.")
    _numbered(c, 4)


# --- C1037: a 7-minute briefing: key learning, what went well, recommendations, questions -------------------------


def c1037(c: Ctx) -> None:  # 7-minute briefing: "3. Key learning" bullets, "4. What went well", "5. Recommendations"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"7 Minute Briefing: {s.child}"
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("h1", "1. Background")
    d.add("p", _opening(c, partnership, 16))
    d.add("h1", "2. Why it matters")
    d.add("p", "Practitioners across the partnership work with families like this one every day. The learning from "
          "this review applies well beyond this case.")  # fmt: skip
    d.add("h1", "3. Key learning")
    for st in _sts(c, 3, 16):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _gp_bullets(c, 2, "4. What went well")
    d.add("h1", "5. Recommendations")
    for j, (r, _who) in enumerate(_addressed(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "6. Questions to consider")
    d.add("bullet", "Who else lives in, or visits, the home of the children you work with?")
    d.add("bullet", "When did you last escalate a concern you disagreed with?")
    d.add("h1", "7. Find out more")
    d.add("p", f"The full report is on the {partnership} website, with the partnership's escalation procedure.")


# --- C1038: a rapid review practitioner briefing: "Learning point N:" run-ins; what went well -------------------------


def c1038(c: Ctx) -> None:  # briefing after a rapid review: run-in "Learning point N:" (label), good practice bullets
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Practitioner learning briefing: {s.child}"
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("h1", "Why we have produced this briefing")
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 8))}. The safeguarding partners held "
          "a rapid review and notified the Child Safeguarding Practice Review Panel. The rapid review found that the "
          "learning could be shared without a local child safeguarding practice review, and the Panel agreed.")  # fmt: skip
    d.add("h1", "What we learned")
    for i, st in enumerate(_sts(c, 3, 8), 1):
        k = d.lesson("learning_point", f"Learning point {i}", st.body, st.themes)
        _runin(c, st.body, k, f"Learning point {i}:")
    _gp_bullets(c, 2, "What went well")
    d.add("h1", "What happens next")
    d.add("p", "The partnership's learning and improvement group will check in six months that the learning has been "
          "shared in every agency's team meetings.")  # fmt: skip


# --- C1039: a SILP report: "Learning from the events" themed sub-headings; good practice; recommendations ------------


def c1039(c: Ctx) -> None:  # SILP LCSPR: themed sub-headings each a learning point (title, no label); recs numbered
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, title)
    _cover(c, partnership, title, "A Significant Incident Learning Process (SILP) review",
           f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")  # fmt: skip
    d.add("h1", "Introduction")
    d.add("p", _opening(c, partnership))
    d.add("h1", "The SILP process")
    d.add("p", "SILP is a systems-based approach that brings together the practitioners and managers who worked with "
          "the family. Each agency wrote an agency report; a learning event and a recall event were held, and the "
          "draft report was discussed with the practitioners before it was finalised.")  # fmt: skip
    d.add("h1", "Background")
    for text in _events(c, 2):
        d.add("p", text)
    _plain_learning(c, 3, "Learning from the events")
    _gp_bullets(c, 2, "Good practice")
    _numbered(c, 3)


# --- C1040: a Panel national review: "Key findings" numbered; "Recommendation N" headings (addressee in sentence) ----


_CASE_BOUND = re.compile(r"\bthis case\b|\bthe reviewer\b|\bin this area\b", re.I)


def _panel_sts(c: Ctx, n: int) -> list:
    """The statements of a Panel national review: the plain draw, less any that speak of a single case, its reviewer
    or a local area ("the learning in this case", "earlier reviews in this area"), which a national review drawn from
    many notifications does not print, each replaced by the next of a longer draw. Where the plain draw has none it is
    kept as it is."""
    plain = _sts_national(c, n)
    if not any(_CASE_BOUND.search(f"{st.title} {st.body}") for st in plain):
        return plain
    kept = [st for st in plain if not _CASE_BOUND.search(f"{st.title} {st.body}")]
    more = [st for st in _sts_national(c, n + 8) if not _CASE_BOUND.search(f"{st.title} {st.body}")]
    return (kept + [st for st in more if st.body not in {k.body for k in kept}])[:n]


def c1040(c: Ctx) -> None:  # Panel national review: Key findings numbered (findings), Recommendation N headings (none)
    d = c.doc
    c.__dict__["nameless"] = True
    c.__dict__["national"] = True
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", d.meta["title"])
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", "This review draws on serious incident notifications, rapid reviews and local child safeguarding "
          "practice reviews sent to the Panel, and on conversations with practitioners, children and families.")  # fmt: skip
    d.add("h1", "Key findings")
    for i, st in enumerate(_panel_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("finding", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Recommendations")
    for j, body in enumerate(("Department for Education", "NHS England", "Local safeguarding partners"), 1):
        text, themes = NATIONAL[body]
        key = d.lesson("recommendation", f"Recommendation {j}", text, themes)
        d.add("h2", f"Recommendation {j}", key)
        _p(c, text, key)
    d.add("h1", "Next steps")
    d.add("p", "The Panel will report on the progress of these recommendations in its annual report.")


# --- C1041: each finding followed by "What this means for practice" bullets -------------------------------------------


def c1041(c: Ctx) -> None:  # LCSPR: Finding N: title, then "What this means for practice" bullets (learning, C252)
    d = c.doc
    _report(c)
    _kpe(c)
    d.add("h1", "Findings")
    pool = _sts(c, 9)
    for i in range(3):
        st = pool[i]
        key = _headed(c, st, f"Finding {i + 1}", "finding")
        _p(c, st.body, key)
        d.add("h3", "What this means for practice")
        for lp in pool[3 + 2 * i : 5 + 2 * i]:
            d.add("bullet", lp.body, d.lesson("learning_point", "", lp.body, lp.themes))
    _numbered(c, 3)
    _response(c)
    _glossary(c)


# --- C1042: a No. / Recommendation / Lead agency table; learning under plain headings --------------------------------


def c1042(c: Ctx) -> None:  # LCSPR: learning under plain headings (title); recs table, agency the Lead agency cell
    d = c.doc
    partnership = _report(c)
    _voice(c)
    _plain_learning(c, 3, "What we have learned")
    _gp_bullets(c, 2, "What went well")
    d.add("h1", "Recommendations")
    d.add("p", f"The {partnership} has agreed the lead agency for each recommendation.")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"), label="lead34a")
    for j, (r, agency) in enumerate(_addressed(c, 4), 1):
        k = d.lesson("recommendation", str(j), r.text, r.themes, agency)
        d.add("row", keys=k, cells=(str(j), r.text, agency), label="lead34a")
    _response(c)
    _glossary(c)


# --- C1043: run-in recommendations each followed by "Partnership response:" ---------------------------------------------

_RESPONSES = (
    "Accepted. A multi-agency task and finish group will report to the safeguarding partners within six months.",
    "Accepted. The learning will be included in the partnership's training from the next quarter.",
    "Accepted. Agencies will audit their practice and report to the learning and improvement group.",
)


def c1043(c: Ctx) -> None:  # LCSPR: "Recommendation N:" run-ins each with a "Partnership response:" run-in (never)
    d = c.doc
    _report(c)
    _kpe(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    d.add("h1", "Recommendations and the partnership's response")
    for j, ((r, _who), resp) in enumerate(zip(_addressed(c, 3), _RESPONSES), 1):
        k = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        _runin(c, r.text, k, f"Recommendation {j}:")
        _runin(c, resp, (), "Partnership response:")
    _conclusion(c)
    _glossary(c)


# --- C1044: a partnership's web page on a published review --------------------------------------------------------


def c1044(c: Ctx) -> None:  # web page: "Key learning" bullets (learning), "Recommendations" bullets (no label)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("p", f"{_opening(c, partnership)} The review was carried out by {s.author}, an independent reviewer.")
    d.add("h1", "Key learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    d.add("p", "The review made the following recommendations, which the safeguarding partners have accepted:")
    for r, _who in _addressed(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "Documents")
    d.add("bullet", f"Local Child Safeguarding Practice Review {s.child}: full report (PDF, 1.1 MB)")
    d.add("bullet", f"7 Minute Briefing {s.child} (PDF, 240 KB)")
    d.add("small", "Page last reviewed: " + c.printed_date())


# --- C1045: each finding followed by lettered recommendations "Recommendation Na:" ------------------------------------


def c1045(c: Ctx) -> None:  # LCSPR: Finding N: title, then run-in "Recommendation Na:"/"Nb:" (label as printed)
    d = c.doc
    _report(c)
    _voice(c)
    d.add("h1", "Findings and recommendations")
    recs = [r for r, _who in _addressed(c, 5)]
    counts = (2, 1, 2)
    for i, (st, n) in enumerate(zip(_sts(c, 3), counts), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
        for letter in "ab"[:n]:
            r = recs.pop(0)
            k = d.lesson("recommendation", f"Recommendation {i}{letter}", r.text, r.themes)
            _runin(c, r.text, k, f"Recommendation {i}{letter}:")
    _response(c)
    _glossary(c)


# --- C1046: an executive summary: "Learning point N" headings with no title; "R1" run-ins ----------------------------


def c1046(c: Ctx) -> None:  # LCSPR executive summary: Learning point N headings (label, no title), R1-R3 run-ins
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}. Executive summary"
    _hf(c, f"LCSPR {s.child}: Executive summary")
    _cover(c, partnership, title, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", _opening(c, partnership))
    d.add("h1", "Summary of the case")
    for text in _events(c, 2):
        d.add("p", text)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning point {i}", st.body, st.themes)
        d.add("h2", f"Learning point {i}", key)
        _p(c, st.body, key)
    d.add("h1", "Recommendations")
    for j, (r, _who) in enumerate(_addressed(c, 3), 1):
        k = d.lesson("recommendation", f"R{j}", r.text, r.themes)
        _runin(c, r.text, k, f"R{j}")


# --- C1047: a designed report: "Learning point N" boxes between analysis paragraphs ---------------------------------


def c1047(c: Ctx) -> None:  # designed LCSPR: boxes headed "Learning point N" (label, no title), narrative never
    d = c.doc
    d.font = "dejavu-sans"
    _report(c)
    _kpe(c)
    d.add("h1", "Analysis")
    analysis = (
        "Practitioners knew parts of the family's story, but no one agency held the whole picture.",
        "The reviewer heard that workloads were high and that supervision had often been cancelled.",
        f"Practitioners described {c.spec.child} as a quiet child whom it was easy to overlook.",
    )
    for i, (text, st) in enumerate(zip(analysis, _sts(c, 3)), 1):
        d.add("p", text)
        d.add("box", st.body, d.lesson("learning_point", f"Learning point {i}", st.body, st.themes),
              label=f"Learning point {i}")  # fmt: skip
    _gp_bullets(c, 2, "Good practice")
    _numbered(c, 3)
    _response(c)


# --- C1048: a No. / Key learning table; "Recommendation N" headings with a "Lead agency:" line -----------------------


def c1048(c: Ctx) -> None:  # LCSPR: No. / Key learning table (label the number); recs with "Lead agency: X" lines
    d = c.doc
    _report(c)
    _kpe(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    d.add("h1", "Summary of key learning")
    d.add("header", cells=("No.", "Key learning"), label="key34a")
    for i, st in enumerate(_sts(c, 3), 1):
        k = d.lesson("learning_point", str(i), st.body, st.themes)
        d.add("row", keys=k, cells=(str(i), st.body), label="key34a")
    d.add("h1", "Recommendations")
    for j, (r, agency) in enumerate(_addressed(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes, agency)
        d.add("h2", f"Recommendation {j}", key)
        _p(c, r.text, key)
        d.add("small", f"Lead agency: {agency}")
    _glossary(c)


# --- C1049: recommendations for the safeguarding partners and for single agencies ---------------------------------


def c1049(c: Ctx) -> None:  # LCSPR: "For the safeguarding partners" (no agency), agency sub-headings (agency)
    d = c.doc
    _report(c)
    _voice(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    _gp_bullets(c, 2, "Areas of good practice")
    d.add("h1", "Recommendations")
    group = ("All partner agencies", "Safeguarding Partnership", "Local Safeguarding Children Board")
    picked = _addressed(c, 8)
    shared = ("The Partnership", "All agencies", "Agencies", "The MASH partners")
    multi = [r for r, a in picked if a in group or r.text.startswith(shared)][:2]
    single = [(r, a) for r, a in picked if r not in multi and not r.text.startswith(shared)][:3]
    d.add("h2", "Recommendations for the safeguarding partners")
    j = 0
    for r in multi:
        j += 1
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h2", "Recommendations for single agencies")
    for r, agency in single:
        j += 1
        d.add("h3", agency)
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes, agency), label=f"{j}.")
    _response(c)
    _glossary(c)


# --- C1050: a plain-text repository copy: numbered learning, good practice, numbered recommendations --------------


def c1050(c: Ctx) -> None:  # LCSPR text copy: "Learning" numbered 1.-3. (label), good practice bullets, recs numbered
    d = c.doc
    _report(c, contents=False)
    _kpe(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    _gp_bullets(c, 2, "Good practice")
    _numbered(c, 3)
    _conclusion(c)


BUILDERS = {
    f"C{name[1:]}": _of_its_time(_printed_only(_named(fn)))
    for name, fn in list(globals().items())
    if re.fullmatch(r"c\d{3,4}", name)
}
