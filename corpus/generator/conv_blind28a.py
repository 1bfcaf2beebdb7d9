"""Corpus generator: the twenty-eighth blind held-out set, first half: conventions C817-C834 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half is the ordinary middle of the collection at
something like its real proportions: serious case review overview reports and executive summaries of 2011-2018,
local child safeguarding practice reviews of 2020-2026, a SILP report, a Panel national review, two local briefings
(a seven-minute briefing and a learning briefing), an NSPCC repository entry and a partnership's web page. Each is a
whole review with what surrounds its lessons in a real one (cover, contents, introduction, terms of reference,
methodology, family involvement, chronology, analysis, appendices, glossary, running headers and footers), and its
lessons printed in the common ways: "Finding N: title" headings, numbered paragraphs under "Lessons learned",
"Learning point" boxes, recommendations under their finding, an action plan with Lead and Timescale columns, a
briefing's bullets. A second emphasis is the metadata as covers, inside covers and web pages ordinarily print it.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where one names the lesson, agency where the document prints an addressee apart from the sentence) and only
the metadata the document itself prints. Only element kinds the earlier writers already draw are used.
"""

from __future__ import annotations

import re

from . import narrative
from .conv_blind18b import _fit, _harm, _of_its_time, _p, _runin
from .conv_blind19b import _break, _good
from .conv_blind20b import _before, _month
from .conv_blind23b import _poss, _setup, _sts
from .conv_blind23b import _recs as _recs23
from .conv_common import age_years, fits_child_and_services, long_date, pub_full
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import MONTHS, Ctx

COLUMN_WIDTHS["plan28a"] = ((0.07, 0.5, 0.25, 0.18), True)  # No. / Recommendation / Lead / Timescale
COLUMN_WIDTHS["lead28a"] = ((0.08, 0.62, 0.3), True)  # No. / Recommendation / Lead agency
COLUMN_WIDTHS["agency28a"] = ((0.3, 0.7), True)  # Agency / Recommendation
COLUMN_WIDTHS["gloss28a"] = ((0.25, 0.75), False)  # Term / Meaning
COLUMN_WIDTHS["panel28a"] = ((0.45, 0.55), False)  # Role / Agency

# --- the era and the words of a review ------------------------------------------------------------------------------


def _year(c: Ctx) -> int:
    return int(c.doc.meta["published"][:4])


def _guidance(c: Ctx) -> str:
    """The edition in force when the review began: for a practice review, the month of the incident it follows (the
    2023 edition came into force on 15 December 2023; a review of an earlier incident ran under the 2018 one)."""
    y = _year(c)
    if c.doc.meta["review_type"] != "SCR" and "incident28a" in c.__dict__:
        return (
            "Working Together to Safeguard Children (2023)"
            if _before(c, c.__dict__["incident28a"]) >= "2023-12"
            else "Working Together to Safeguard Children (2018)"
        )
    if y <= 2013:
        return "Working Together to Safeguard Children (2010)"
    if y <= 2015:
        return "Working Together to Safeguard Children (2013)"
    if y < 2019:
        return "Working Together to Safeguard Children (2015)"
    if y < 2024:
        return "Working Together to Safeguard Children (2018)"
    return "Working Together to Safeguard Children (2023)"


def _criteria(c: Ctx) -> str:
    if c.doc.meta["review_type"] == "SCR":
        return ("Regulation 5 of the Local Safeguarding Children Boards Regulations 2006 requires the Board to "
                "undertake a serious case review where abuse or neglect of a child is known or suspected and the "
                "child has died or been seriously harmed, and there is cause for concern as to the way in which "
                "the authority, its Board partners or other relevant persons have worked together to safeguard "
                "the child.")  # fmt: skip
    return ("The safeguarding partners must arrange a local child safeguarding practice review where they consider "
            "that a serious child safeguarding case raises issues of importance in relation to their area. The "
            f"criteria are set out in chapter {5 if '2023' in _guidance(c) else 4} of {_guidance(c)}.")  # fmt: skip


def _hf(c: Ctx, header: str, marking: str = "") -> None:
    d = c.doc
    d.header = header
    d.marking = marking
    d.footer = "Page {x} of {y}"


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _to_day(c: Ctx) -> str:
    """The publication to the day (recorded so), for a document that prints the day."""
    pub = pub_full(c)
    c.doc.meta["published"] = pub
    return pub


def _month_only(c: Ctx) -> str:
    """The publication as "June 2017" (recorded to the month)."""
    pub = pub_full(c)
    c.doc.meta["published"] = pub[:7]
    return _month(pub)


def _recs(c: Ctx, n: int) -> list:
    """n recommendations that fit the child, passing over any about children under five for an older child."""
    old = age_years(c.spec.age) >= 5
    return [r for r in _recs23(c, n + 4) if not (old and "under five" in r.text)][:n]


def _aged(age: str) -> str:
    """ "5 years" as "5-year-old", "10 weeks" as "10-week-old"."""
    number, unit = age.split()
    return f"{number}-{unit.rstrip('s')}-old"


# --- the parts every report has --------------------------------------------------------------------------------------

_GLOSSARY = (
    ("CP", "Child protection"),
    ("CSC", "Children's social care"),
    ("GP", "General practitioner"),
    ("HV", "Health visitor"),
    ("IMR", "Individual management review"),
    ("LSCB", "Local Safeguarding Children Board"),
    ("MARAC", "Multi-agency risk assessment conference"),
    ("MASH", "Multi-agency safeguarding hub"),
    ("ICB", "Integrated care board"),
    ("CCG", "Clinical commissioning group"),
    ("DSL", "Designated safeguarding lead"),
    ("CAMHS", "Child and adolescent mental health services"),
)


def _glossary(c: Ctx, heading: str = "Glossary") -> None:
    d = c.doc
    y = _year(c)
    d.add("h1", heading)
    d.add("header", cells=("Term", "Meaning"), label="gloss28a")
    for term, meaning in _GLOSSARY:
        if (
            (term == "IMR" and y >= 2019)
            or (term == "LSCB" and y >= 2020)
            or (term in ("MASH", "CCG", "DSL") and y < 2013)
        ):
            continue
        if (term == "ICB" and c.doc.meta["published"] < "2022-07") or (
            term == "CCG" and c.doc.meta["published"] >= "2022-07"
        ):
            continue
        d.add("row", cells=(term, meaning), label="gloss28a")


def _intro(c: Ctx, partnership: str, heading: str = "Introduction", months: int = 18) -> None:
    d, s = c.doc, c.spec
    c.__dict__["incident28a"] = months
    d.add("h1", heading)
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, months))}. {partnership} "
          f"commissioned this review to understand how agencies worked with {s.child} and {_poss(c)} family, and "
          "what should change as a result.")  # fmt: skip
    d.add("p", _criteria(c))
    d.add("p", c.fill(narrative.INTRO[1]))


def _tor(c: Ctx, heading: str = "Terms of reference") -> None:
    d, s = c.doc, c.spec
    d.add("h1", heading)
    end = c.__dict__.get("incident28a", 18)
    number, unit = s.age.split()
    life = int(number) // 4 + 7 if unit == "weeks" else int(number) + 7 if unit == "months" else 22  # from the booking
    start = "the mother's booking with maternity services in " if unit != "years" else ""
    d.add("p", f"The review considered the period from {start}{_month(_before(c, end + life))} to "
          f"{_month(_before(c, end))}. "
          "The terms of reference asked:")  # fmt: skip
    for q in (
        f"How well did agencies understand what daily life was like for {s.child}?",
        "Was information shared between agencies when it was needed, and was it acted on?",
        "How were risks assessed, and were assessments revisited when circumstances changed?",
        "Did practitioners challenge one another, and escalate concerns when they disagreed?",
    ):
        d.add("bullet", q)


def _method(c: Ctx, heading: str = "Methodology", scr: bool = False) -> None:
    d = c.doc
    d.add("h1", heading)
    if scr:
        d.add("p", "Individual management reviews and chronologies were provided by each agency involved. The "
              "independent author analysed these, met the authors of the reviews and attended the panel's meetings.")  # fmt: skip
    else:
        d.add("p", c.fill(narrative.METHOD[0]))
    d.add("p", c.fill(narrative.METHOD[1]))


def _family(c: Ctx, heading: str = "Family involvement") -> None:
    d, s = c.doc, c.spec
    d.add("h1", heading)
    d.add("p", f"{s.child}'s mother was invited to contribute and met the reviewer with her advocate. Her views are "
          "reflected in the report where she agreed to this. The reviewer wrote to the father, who did not respond.")  # fmt: skip


def _panel(c: Ctx, heading: str = "The review panel") -> None:
    d = c.doc
    scr = c.doc.meta["review_type"] == "SCR"
    d.add("h1", heading)
    d.add("header", cells=("Role", "Agency"), label="panel28a")
    health = (
        "Clinical Commissioning Group"
        if "2013-04" <= c.doc.meta["published"] < "2022-07"
        else ("Primary Care Trust" if c.doc.meta["published"] < "2013-04" else "Integrated Care Board")
    )
    for row in (
        ("Chair" if scr else "Panel chair", "Independent"),
        ("Head of Safeguarding", "Children's Social Care"),
        ("Detective Inspector, Public Protection", "Police"),
        ("Designated Nurse for Safeguarding Children", health),
        ("Safeguarding Lead", "Education"),
        ("Business Manager" if scr else "Partnership Manager", "LSCB" if scr else "Safeguarding Children Partnership"),
    ):
        d.add("row", cells=row, label="panel28a")


def _story(c: Ctx, heading: str = "Background", chronology: str = "Summary of events") -> None:
    d = c.doc
    d.add("h1", heading)
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    if chronology:
        d.add("h1", chronology)
    for text in _events(c, 3):
        d.add("p", text)


def _events(c: Ctx, n: int) -> list[str]:
    """n chronology paragraphs that fit the child's age and sex and the document's year, never told twice."""
    used = c.__dict__.setdefault("events28a", set())
    pool = [t for t in narrative.CHRONOLOGY if t not in used
            and not re.match(r"^(The reviewer|It is important|The practitioners)", t)
            and fits_child_and_services(c, c.fill(t)) and _fit(c, c.fill(t))]  # fmt: skip
    picked = narrative.pick(c.rng, pool, min(n, len(pool)))
    used.update(picked)
    return [c.fill(t) for t in picked]


def _parallel(c: Ctx, heading: str = "Parallel processes") -> None:
    d, s = c.doc, c.spec
    d.add("h1", heading)
    if s.scenario in ("SUDI",):
        d.add("p", f"The coroner opened an inquest into {s.child}'s death, which was adjourned until the review was "
              "complete. The police investigation concluded with no charges. The review panel kept in touch with the "
              "coroner's officer throughout.")  # fmt: skip
    else:
        d.add("p", "A police investigation and criminal proceedings ran alongside the review. The panel agreed with "
              "the Crown Prosecution Service the timing of conversations with family members, and publication was "
              "delayed until the proceedings had concluded.")  # fmt: skip


def _conclusion(c: Ctx, heading: str = "Conclusion") -> None:
    d, s = c.doc, c.spec
    d.add("h1", heading)
    d.add("p", f"What happened to {s.child} could not have been predicted from what any single agency knew. Taken together, "
          "however, the information held by agencies showed a pattern of concern that was not seen as a whole. The "
          "practitioners involved were committed and many went beyond what was asked of them; the learning in this "
          "report is about the systems that supported them.")  # fmt: skip


def _analysis_intro(c: Ctx) -> None:
    c.doc.add("p", "The analysis that follows considers why practice happened as it did. It is informed by what "
              "practitioners told the reviewer and by the records of each agency. Hindsight makes events look more "
              "predictable than they were at the time.")  # fmt: skip


def _cover_lines(c: Ctx, partnership: str, title: str, lines: tuple) -> None:
    d = c.doc
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    for line in lines:
        d.add("cover", line)
    _break(c)


def _contents(c: Ctx) -> None:
    if c.spec.fmt in ("pdf", "docx"):
        c.doc.add("toc")
        _break(c)


def _finding(c: Ctx, st, label: str, kind: str = "finding", sep: str = ": ", heading: str = "h2") -> int:
    d = c.doc
    key = d.lesson(kind, label, f"{st.title} {st.body}", st.themes, title=st.title)
    d.add(heading, f"{label}{sep}{st.title}" if label else st.title, key)
    _p(c, st.body, key)
    return key


def _num_recs(c: Ctx, recs: list, prefix: str = "") -> None:
    d = c.doc
    for j, r in enumerate(recs, 1):
        label = f"{prefix}{j}"
        d.add("num", r.text, d.lesson("recommendation", label, r.text, r.themes), label=f"{label}.")


# --- serious case reviews ---------------------------------------------------------------------------------------------


def c817(c: Ctx) -> None:  # SCR overview report (SCIE): "Finding N: title"; "Considerations for the Board" numbered
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review Overview Report: {s.child}"
    _hf(c, f"SCR {s.child} – Overview Report", "IN CONFIDENCE UNTIL PUBLICATION")
    _cover_lines(c, partnership, title, (f"Independent author: {s.author}",
                                         f"Publication date: {long_date(_to_day(c))}"))  # fmt: skip
    _contents(c)
    _intro(c, partnership, "1. Introduction")
    d.add("h1", "2. Why this case was chosen for review")
    d.add("p", f"The Board's Serious Case Review Sub-Group considered the case in {_month(_before(c, 16))} and "
          "recommended to the Chair that the criteria were met. The Chair agreed.")  # fmt: skip
    _method(c, "3. Methodology: the SCIE Learning Together model")
    _panel(c, "4. The review team")
    _family(c, "5. Participation of the family")
    _story(c, "6. Background", "7. Summary of key practice episodes")
    d.add("h1", "8. Findings")
    _analysis_intro(c)
    for i, st in enumerate(_sts(c, 4), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "9. Considerations for the Board")
    d.add("p", "The SCIE model does not produce recommendations in the traditional form. Instead the Board is asked "
          "to consider the following.")  # fmt: skip
    _num_recs(c, _recs(c, 4))
    _conclusion(c, "10. Concluding comments")
    _glossary(c, "Appendix A: Glossary")


def c818(c: Ctx) -> None:  # older SCR overview report, every paragraph numbered: "6. Lessons learned" 6.1-6.3
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}"
    _hf(c, f"{partnership} – Serious Case Review {s.child}", "RESTRICTED")
    _cover_lines(c, partnership, title, ("Overview Report", f"Report author: {s.author}",
                                         f"Date of publication: {c.printed_date()}"))  # fmt: skip
    d.add("h1", "1. Introduction")
    d.add("num", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 20))}.", label="1.1")
    d.add("num", _criteria(c), label="1.2")
    d.add("num", f"The review was conducted under chapter 8 of {_guidance(c)}.", label="1.3")
    d.add("h1", "2. Terms of reference")
    since = _month(_before(c, 44)) if s.age.endswith("years") else "the mother's booking with maternity services"
    d.add("num", f"The review considered agencies' involvement from {since} until the incident.", label="2.1")
    d.add("num", "Each agency was asked to analyse its practice against its own policies and procedures and the "
          "procedures of the LSCB.", label="2.2")  # fmt: skip
    d.add("h1", "3. Methodology")
    school = ", the acute hospital trust and the school" if age_years(s.age) >= 5 else " and the acute hospital trust"
    d.add("num", "Individual management reviews were commissioned from children's social care, the police, the "
          f"primary care trust{school}.", label="3.1")  # fmt: skip
    d.add("num", f"{s.child}'s mother met the overview author and the panel chair. Her account is reflected in "
          "this report.", label="3.2")  # fmt: skip
    d.add("h1", "4. The facts")
    d.add("num", c.fill(narrative.BACKGROUND[s.scenario]), label="4.1")
    for k, text in enumerate(_events(c, 2), 2):
        d.add("num", text, label=f"4.{k}")
    d.add("h1", "5. Analysis")
    d.add("num", "The panel considered whether the harm to the child could have been predicted or prevented. It "
          "concluded that it could not have been predicted, but that there were missed opportunities to "
          "understand the risks.", label="5.1")  # fmt: skip
    d.add("h1", "6. Lessons learned")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"6.{i}", st.body, st.themes), label=f"6.{i}")
    d.add("h1", "7. Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"7.{j}", r.text, r.themes), label=f"7.{j}")


def c819(c: Ctx) -> None:  # SCR executive summary: "Learning point" boxes in the analysis; "Recommendation N" run-in
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review {s.child}: Executive Summary"
    _hf(c, f"Executive Summary – {s.child}")
    month = _month_only(c)
    _cover_lines(c, partnership, title, (f"Independent Overview Author: {s.author}", month))
    d.add("h1", "1. Introduction")
    d.add("p", f"1.1 This is the executive summary of the serious case review commissioned by {partnership} "
          f"after {s.child}, who was {s.age} old, {_harm(c)}. The full overview report is not published.")  # fmt: skip
    d.add("p", f"1.2 {_criteria(c)}")
    d.add("h1", "2. Summary of the case")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    for text in _events(c, 1):
        d.add("p", text)
    d.add("h1", "3. Key issues and learning")
    _analysis_intro(c)
    for i, st in enumerate(_sts(c, 3), 1):  # the section's heading names its learning point (as C133)
        key = d.lesson("learning_point", f"Learning point {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"3.{i + 1} {st.title}", key)
        d.add("p", "The panel examined the records of each agency on this issue and discussed them with the "
              "practitioners involved.")  # fmt: skip
        d.add("box", st.body, key, label=f"Learning point {i}")
    d.add("h1", "4. Recommendations")
    d.add("p", "The LSCB has accepted the following recommendations and will monitor an action plan.")
    for j, r in enumerate(_recs(c, 4), 1):
        _runin(c, r.text, d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes), f"Recommendation {j}")


def c828(c: Ctx) -> None:  # early SCR: "Conclusions and lessons learned" bullets; Board recommendations; agency table
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review in respect of {s.child}"
    _hf(c, f"{s.area} LSCB SCR – {s.child}", "CONFIDENTIAL")
    _cover_lines(c, partnership, title, ("Overview Report", f"Author: {s.author}", f"Published {c.printed_date()}"))
    _contents(c)
    _intro(c, partnership, "1. Introduction", 24)
    _tor(c, "2. Terms of reference")
    _method(c, "3. Process of the review", scr=True)
    _story(c, "4. Background to the family", "5. Chronology of key events")
    _parallel(c, "6. Parallel processes")
    d.add("h1", "7. Key issues")
    _analysis_intro(c)
    d.add("p", "Practitioners worked hard with the family, and several of them were experienced. The issues below "
          "arise from the way the system supported them.")  # fmt: skip
    d.add("h1", "8. Conclusions and lessons learned")
    d.add("p", "The panel concluded that the serious harm could not have been predicted. The lessons learned are:")
    for st in _sts(c, 4):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "9. Recommendations")
    d.add("p", "The overview recommendations are made to the LSCB and, through it, to its partner agencies.")
    _num_recs(c, _recs(c, 3))
    _glossary(c, "Appendix 1: Glossary")
    d.add("h1", "Appendix 2: Single agency recommendations")
    d.add("p", "The individual management reviews made the following recommendations for their own agencies.")
    d.add("header", cells=("Agency", "Recommendation"), label="agency28a")
    for r in [r for r in _recs(c, 8) if r.agency not in ("LSCB", "All partner agencies", "All agencies")][:3]:
        d.add("row", cells=(r.agency, r.text), label="agency28a",
              keys=d.lesson("recommendation", "", r.text, r.themes, r.agency))  # fmt: skip


def c833(c: Ctx) -> None:  # the NSPCC repository cover sheet, then the report's own cover; "Finding N: title"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child} – Overview Report"
    d.meta["title"] = title
    d.add("p", f"Title: Serious case review: {s.child}")
    d.add("p", f"LSCB: {partnership}")
    d.add("p", f"Author: {s.author}")
    d.add("p", f"Date of publication: {c.printed_date()}")
    d.add("small", "This case review report was deposited by the publishing LSCB with the national case review "
          "repository. Copyright remains with the LSCB. The NSPCC does not hold the rights to this report.")  # fmt: skip
    d.add("pagebreak")
    _hf(c, f"{s.child} Overview Report")
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Independent Lead Reviewer: {s.author}")
    d.add("cover", f"Final version agreed by the Board: {_month(_before(c, 5))}")
    d.add("pagebreak")
    _contents(c)
    _intro(c, partnership, "1. Introduction")
    _tor(c, "2. Scope and terms of reference")
    _method(c, "3. Methodology", scr=True)
    _family(c, "4. Contribution of the family")
    _story(c, "5. Background", "6. Summary of agency involvement")
    _parallel(c, "7. Parallel processes")
    d.add("h1", "8. Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "9. Recommendations")
    _num_recs(c, _recs(c, 4))
    _panel(c, "Appendix 1: Membership of the review panel")


# --- local child safeguarding practice reviews ---------------------------------------------------------------------


def c820(c: Ctx) -> None:  # LCSPR: each finding followed by the recommendation(s) that arise from it
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, f"LCSPR {s.child}")
    _cover_lines(c, partnership, title, (f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}"))
    _contents(c)
    _intro(c, partnership, "1. Introduction")
    _tor(c, "2. Scope and key lines of enquiry")
    _method(c, "3. Methodology")
    _family(c, "4. Family involvement")
    _story(c, "5. Background", "6. Key practice episodes")
    d.add("h1", "7. Findings and recommendations")
    d.add("p", "Each finding is followed by the recommendation that arises from it.")
    recs = _recs(c, 16)  # each finding's recommendation the one sharing most of its themes, as a real report's would
    n = 0
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
        ranked = sorted(recs, key=lambda r: -len(set(r.themes) & set(st.themes)))
        second = ranked[1:2] if i == 2 and set(ranked[1].themes) & set(st.themes) else []
        for r in ranked[:1] + second:
            n += 1
            _runin(
                c, r.text, d.lesson("recommendation", f"Recommendation {n}", r.text, r.themes), f"Recommendation {n}:"
            )
            recs.remove(r)
    _conclusion(c, "8. Conclusion")
    _glossary(c, "Appendix: Glossary of terms")


def c821(
    c: Ctx,
) -> None:  # LCSPR: a "Learning point" box after each theme; action plan No./Recommendation/Lead/Timescale
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Child Safeguarding Practice Review: {s.child}"
    _hf(c, f"{partnership} | CSPR {s.child}")
    _cover_lines(c, partnership, title, (f"Independent reviewer: {s.author}", f"Date: {c.printed_date()}"))
    _contents(c)
    _intro(c, partnership, "Introduction")
    _tor(c)
    _method(c)
    _family(c, "The family's views")
    _parallel(c)
    _story(c, "Background", "Summary of agency involvement")
    d.add("h1", "Analysis")
    _analysis_intro(c)
    for st in _sts(c, 3):  # the section's heading names its learning point (as C133): title, text title and box
        key = d.lesson("learning_point", "Learning point", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", "Practitioners who attended the learning event described this part of the work in detail; their "
              "accounts were consistent with the agencies' records.")  # fmt: skip
        d.add("box", st.body, key, label="Learning point")
    _conclusion(c)
    d.add("h1", "Recommendations and action plan")
    d.add("p", "The safeguarding partners have agreed the recommendations below. Progress will be reported to the "
          "Learning and Improvement Sub-group.")  # fmt: skip
    d.add("header", cells=("No.", "Recommendation", "Lead", "Timescale"), label="plan28a")
    for j, r in enumerate(_recs(c, 4), 1):
        when = ("3 months", "6 months", "6 months", "12 months")[j - 1]
        d.add("row", cells=(str(j), r.text, r.agency, when), label="plan28a",
              keys=d.lesson("recommendation", str(j), r.text, r.themes, r.agency))  # fmt: skip
    _glossary(c)


def c822(c: Ctx) -> None:  # LCSPR: "Key learning" plain headed themes; "Good practice" bullets; run-in recommendations
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review – {s.child}"
    _hf(c, f"Local Child Safeguarding Practice Review – {s.child}")
    _cover_lines(c, partnership, title, (f"Author: {s.author}", f"Publication date: {c.printed_date()}"))
    _intro(c, partnership)
    _method(c)
    _family(c)
    _story(c, "Background", "What happened")
    gps = _good(c, 2)
    if gps:
        d.add("h1", "Good practice")
        for g in gps:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Key learning")
    for st in _sts(c, 3):
        _finding(c, st, "", "learning_point")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        _runin(c, r.text, d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes), f"Recommendation {j}:")
    _glossary(c)


def c829(
    c: Ctx,
) -> None:  # LCSPR 2024-26: numbered finding headings "5.1 title"; good practice; numbered recommendations
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, f"{s.child} LCSPR – Final Report")
    _cover_lines(c, partnership, title, (f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}"))
    _contents(c)
    _intro(c, partnership, "1. Introduction")
    d.add("p", f"The review was carried out under {_guidance(c)}.")
    _method(c, "2. Methodology")
    _family(c, "3. Family involvement")
    _story(c, "4. Background", "")
    d.add(
        "p",
        "A fuller chronology is held by the partnership. It is not published, to protect the privacy of "
        f"{s.child}'s family.",
    )
    d.add("h1", "5. Findings")
    for i, st in enumerate(_sts(c, 4), 1):
        _finding(c, st, f"5.{i}", sep=" ")
    gps = _good(c, 2)
    if gps:
        d.add("h1", "6. Good practice")
        for g in gps:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "7. Recommendations")
    _num_recs(c, _recs(c, 3))
    _glossary(c, "Appendix A – Glossary")


def c830(c: Ctx) -> None:  # LCSPR executive summary: "Summary of learning" numbered; numbered recommendations
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child} – Executive Summary"
    _hf(c, f"Executive Summary: {s.child}")
    _cover_lines(c, partnership, title, (f"Lead reviewer: {s.author}", f"Published {c.printed_date()}"))
    d.add("h1", "Introduction")
    d.add("p", f"This is a summary of the local child safeguarding practice review about {s.child}, who was "
          f"{s.age} old when the incident happened. "
          f"The full report has been shared with the safeguarding partners of {s.area}.")  # fmt: skip
    d.add("h1", "What happened")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "How the review was carried out")
    d.add("p", c.fill(narrative.METHOD[0]))
    d.add("h1", "Summary of learning")
    for i, st in enumerate(_sts(c, 4), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Recommendations")
    _num_recs(c, _recs(c, 3))


def c832(c: Ctx) -> None:  # LCSPR: "Finding 1 – title"; a No. / Recommendation / Lead agency table
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"{s.child}: Local Child Safeguarding Practice Review"
    _hf(c, f"{partnership} – {s.child}")
    _cover_lines(c, partnership, title, (f"Reviewer: {s.author}", f"Date of publication: {c.printed_date()}"))
    _contents(c)
    _intro(c, partnership)
    _tor(c, "Key lines of enquiry")
    _method(c)
    _family(c, "Involvement of the family")
    _story(c, "Background", "Summary of events")
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}", sep=" – ")
    _conclusion(c)
    d.add("h1", "Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"), label="lead28a")
    for j, r in enumerate(_recs(c, 4), 1):
        d.add("row", cells=(str(j), r.text, r.agency), label="lead28a",
              keys=d.lesson("recommendation", str(j), r.text, r.themes, r.agency))  # fmt: skip


def c834(c: Ctx) -> None:  # LCSPR with an inside-cover details table; "Learning point N: title"; recommendation bullets
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Child Safeguarding Practice Review: {s.child}"
    pub = _to_day(c)
    day = f"{_ordinal(int(pub[8:10]))} {MONTHS[int(pub[5:7]) - 1]} {pub[:4]}"
    _hf(c, f"CSPR {s.child} | {partnership}")
    d.meta["title"] = title
    d.add("cover", partnership)
    d.add("title", title)
    _break(c)
    d.add("h1", "About this report")
    for item, detail in (
        ("Review type", "Local Child Safeguarding Practice Review"),
        ("Child", f"{s.child}, aged {s.age}"),
        ("Lead reviewer", s.author),
        ("Rapid review held", long_date(_before(c, 17))),  # a month after the incident (18 months before)
        ("Report agreed by the safeguarding partners", long_date(_before(c, 3))),
        ("Date of publication", day),
    ):
        d.add("metarow", cells=(item, detail))
    _break(c)
    _intro(c, partnership)
    _method(c)
    _family(c)
    _story(c, "Background", "Summary of events")
    _parallel(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Learning point {i}", "learning_point")
    d.add("h1", "Recommendations")
    d.add("p", "The review makes the following recommendations to the safeguarding partners:")
    for r in _recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c826(c: Ctx) -> None:  # SILP report: "Learning from the events" themed sub-headings; "Good practice"; numbered recs
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Significant Incident Learning Process (SILP) Review: {s.child}"
    _hf(c, f"SILP {s.child}")
    _cover_lines(c, partnership, title, (f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}"))
    _contents(c)
    kind = "Serious Case Review" if d.meta["review_type"] == "SCR" else "Local Child Safeguarding Practice Review"
    d.add("h1", "1. Introduction")
    d.add("p", f"This {kind} used the Significant Incident Learning Process (SILP), a model that engages "
          "frontline practitioners and managers in reflecting on the case together. It concerns "
          f"{s.child}, who was {s.age} old when the incident occurred.")  # fmt: skip
    d.add("p", _criteria(c))
    d.add("h1", "2. The SILP process")
    d.add("p", "Agencies completed agency reports and a combined chronology. A learning event was held with the "
          "practitioners and managers involved, followed by a recall event to consider the draft report.")  # fmt: skip
    _family(c, "3. Family contribution")
    _story(c, "4. Background", "5. Key episodes")
    gps = _good(c, 2)
    if gps:
        d.add("h1", "6. Good practice")
        for g in gps:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "7. Learning from the events")
    for st in _sts(c, 3):
        _finding(c, st, "", "learning_point")
    d.add("h1", "8. Recommendations")
    _num_recs(c, _recs(c, 3))


# --- briefings, summaries and web pages ------------------------------------------------------------------------------


def c823(c: Ctx) -> None:  # 7-minute briefing: seven numbered panels; good practice and learning bullets
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    kind = "LCSPR" if _year(c) >= 2020 else "SCR"
    title = f"7 Minute Briefing: {kind} {s.child}"
    d.meta.update(title=title, author="")
    d.add("cover", partnership)
    d.add("title", title)
    d.add("small", f"{c.printed_date()}")
    d.add("h1", "1. Background")
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)}. {partnership} commissioned a local child safeguarding "
          "practice review. This briefing summarises its learning.")  # fmt: skip
    d.add("h1", "2. What happened")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "3. Why it matters")
    d.add("p", "The circumstances in this review are not unusual. The same themes appear in national analyses of "
          "case reviews, and practitioners in every agency will meet families like this one.")  # fmt: skip
    d.add("h1", "4. What went well")
    for g in _good(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "5. What the review looked at")
    d.add("p", "Agency records, a practitioner learning event and conversations with the family.")
    d.add("h1", "6. Learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "7. Questions for reflection")
    for q in ("How do you find out who lives in the household?", "When did you last escalate a concern?",
              "How do you record the child's daily life?"):  # fmt: skip
        d.add("bullet", q)
    d.add("small", "The full report is available on the partnership's website.")


def c831(c: Ctx) -> None:  # learning briefing: "The incident / Good practice / Messages for practitioners / Questions"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Learning briefing: {s.child}"
    d.meta.update(title=title, author="")
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("p", "This briefing is for all practitioners and managers who work with children and families. Please "
          "share it with your team.")  # fmt: skip
    d.add("h1", "The incident")
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)}. The partnership agreed that the case met the criteria "
          "for a local child safeguarding practice review.")  # fmt: skip
    d.add("h1", "Good practice")
    for g in _good(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Messages for practitioners")
    for st in _sts(c, 4):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Questions for reflection")
    for q in ("What would you do if a parent did not engage?", "Who would you speak to if you disagreed with a "
              "decision?"):  # fmt: skip
        d.add("bullet", q)


def c824(c: Ctx) -> None:  # NSPCC repository entry: "Learning includes:" and "Recommendations include:" in semicolons
    d, s = c.doc, c.spec
    scr = d.meta["review_type"] == "SCR"
    if c.spec.fmt == "html":
        head = s.published[:4]
        d.meta["published"] = head
    else:
        head = _month_only(c)
    title = f"{head} - {s.area} - {s.child}"
    d.meta.update(title=title, author="")
    if s.fmt != "html":  # the web page's own navigation is the site's
        d.add("small", "Home > Case reviews > Recently published case reviews")
    d.add("title", title)
    what = "Serious case review" if scr else "Local child safeguarding practice review"
    sex = "boy" if _poss(c) == "his" else "girl"
    d.add("p", f"{what} into the {'death' if s.scenario == 'SUDI' else 'serious harm'} of a {_aged(s.age)} {sex} "
          f"in {_month(_before(c, 22))}. {c.fill(narrative.BACKGROUND[s.scenario])} Ethnicity and nationality "
          "not stated.")  # fmt: skip
    sts, recs = _sts(c, 4), _recs(c, 3)
    learn = tuple(d.lesson("learning_point", "", st.title, st.themes) for st in sts)
    d.add("p", "Learning includes: " + "; ".join(st.title for st in sts) + ".", learn)
    keys = tuple(d.lesson("recommendation", "", r.text.rstrip("."), r.themes) for r in recs)
    d.add("p", "Recommendations include: " + "; ".join(r.text.rstrip(".") for r in recs) + ".", keys)
    model = "Significant Incident Learning Process (SILP)" if s.scenario in ("DA", "NEGLECT") else "Systems methodology"
    d.add("p", f"Model: {model}.")
    d.add("p", "Keywords: " + {"NAI": "non-accidental injuries, infants, fathers", "SUDI": "sudden infant deaths, "
          "co-sleeping, safe sleeping", "NEGLECT": "neglect, school attendance, home conditions", "DA": "domestic "
          "abuse, coercive control, information sharing", "CCE": "child criminal exploitation, county lines, school "
          "exclusion", "PARENTAL": "parental mental health, alcohol misuse", "CSE": "child sexual exploitation, "
          "missing children"}.get(s.scenario, "case reviews") + ".")  # fmt: skip
    d.add("p", "Read the overview report")


def c825(
    c: Ctx,
) -> None:  # a partnership's web page on a published LCSPR: "What we learned" and "What will change" bullets
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"{s.child}: Local Child Safeguarding Practice Review"
    pub = _to_day(c)
    d.meta["title"] = title
    if s.fmt != "html":  # the text copy of the page keeps its navigation; the web page's is the site's
        d.add("small", f"{partnership} | Home | Professionals | Learning from reviews | Contact us")
        d.add("small", "Home > Professionals > Learning from reviews > Published reviews")
    else:  # the site's banner names the partnership, as every partnership's site does
        d.add("small", partnership)
    d.add("title", title)
    d.add("p", f"Published on {long_date(pub)}. Lead reviewer: {s.author}.")
    d.add("h1", "About the review")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("p", "The review was commissioned by the safeguarding partners and carried out by an independent reviewer "
          "with practitioners from every agency involved.")  # fmt: skip
    d.add("h1", "What we learned")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "What will change")
    for r in _recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "Documents")
    d.add("p", f"{s.child} LCSPR full report (PDF, 1.2 MB) | {s.child} 7 minute briefing (PDF, 310 KB)")
    d.add("small", f"Page last reviewed: {long_date(shift_after(pub, 2))}")


def shift_after(date: str, months: int) -> str:
    from .conv_common import shift

    return shift(date, -months)


# --- the Panel ------------------------------------------------------------------------------------------------------


_NATIONAL_TITLES = {
    "DA": "Safeguarding children living with domestic abuse: a national review",
    "PARENTAL": "Safeguarding children whose parents have mental ill health or misuse substances: a national review",
    "CSE": "Safeguarding adolescents at risk of sexual exploitation: a national review",
}
_NATIONAL_RECS = (
    (
        "The Department for Education should publish national multi-agency practice standards for child protection, "
        "setting out what every agency must do when a child is thought to be at risk of significant harm.",
        ("org.policy_guidance", "assess.thresholds_cp_processes"),
    ),
    (
        "NHS England should ensure that practitioners in every health setting can see, at the point of contact, whether "
        "a child is subject to a child protection plan or is looked after.",
        ("multi.information_sharing", "agency.universal_health", "agency.acute_health"),
    ),
    (
        "Safeguarding partners should assure themselves that fathers and male carers are identified, assessed and "
        "engaged in every assessment of a child at risk, and report on this to the Panel within twelve months.",
        ("fam.male_carers", "assess.whole_family"),
    ),
)


def c827(c: Ctx) -> None:  # Panel national review: "Finding N: title"; "Recommendation N" headings over a paragraph
    d, s = c.doc, c.spec
    title = _NATIONAL_TITLES.get(s.scenario, c.title())
    d.meta.update(title=title)
    _hf(c, "Child Safeguarding Practice Review Panel")
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", title)
    month = _month_only(c)
    d.add("cover", month)
    _break(c)
    _contents(c)
    d.add("h1", "Foreword from the Chair")
    d.add("p", "The Panel has examined a group of serious incidents notified by safeguarding partners across "
          "England. Behind each is a child whose life was changed or ended. We owe it to them to learn.")  # fmt: skip
    d.add("h1", "1. Introduction")
    d.add("p", "This national review was commissioned by the Child Safeguarding Practice Review Panel under its "
          "duties in the Children and Social Work Act 2017. It drew on rapid reviews and local reviews notified "
          "to the Panel, and on interviews with practitioners and families.")  # fmt: skip
    d.add("h1", "2. Methodology")
    d.add("p", "The review team analysed notifications, read every rapid review and local review in the sample, "
          "held practitioner focus groups in eight areas and spoke to parents.")  # fmt: skip
    d.add("h1", "3. Findings")
    d.add("p", "The findings draw on the cases in the sample. Where a finding is illustrated by a single case, the "
          "details have been changed so that no family can be identified.")  # fmt: skip
    for i, st in enumerate(_sts(c, 4), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "4. Recommendations")
    for j, (text, themes) in enumerate(_NATIONAL_RECS, 1):
        key = d.lesson("recommendation", f"Recommendation {j}", text, themes)
        d.add("h2", f"Recommendation {j}", key)
        _p(c, text, key)
    d.add("h1", "Annex A: Terms of reference")
    d.add("p", "The review asked what the learning from these incidents tells us about how the child protection "
          "system identifies and responds to risk, and what should change nationally and locally.")  # fmt: skip


BUILDERS = {
    f"C{int(name[1:]):03d}": _of_its_time(_printed_only(_named(fn)))
    for name, fn in list(globals().items())
    if re.fullmatch(r"c8\d\d", name)
}
