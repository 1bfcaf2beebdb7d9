"""Corpus generator: the twenty-ninth blind held-out set, first half: conventions C853-C870 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to full-length reports that print the same
lesson more than once, as real overview reports and practice reviews do: findings summarised in an executive summary
and set out again in the body, recommendations after each finding gathered again in a "Summary of recommendations"
and once more in an action plan, a seven-minute briefing or a "Key messages" page bound in front of the report, a
chair's foreword that paraphrases the learning, cross-references between the printings ("see paragraph 6.14",
"Recommendation 3 below", "as set out in Finding 2"), and findings only named in an introduction before they are set
out. A second emphasis is the metadata of long reports: a cover and an inside cover that print the date in different
forms, the author only in a "The author" section near the end, the child's age only in the introduction.

Each lesson is declared once, where the body of the report prints it in full (its label and heading from that
printing); every restatement is drawn as plain text with no lesson key, except that a recommendation printed with no
addressee takes as its agency the Lead (or For) cell of a later action plan or summary table that repeats it. Only
element kinds the earlier writers already draw are used.
"""

from __future__ import annotations

import re

from . import narrative
from .conv_blind18b import _harm, _of_its_time, _p, _paired, _runin
from .conv_blind19b import _break, _good
from .conv_blind20b import _before, _month
from .conv_blind23b import _setup, _sts
from .conv_blind28a import (
    _NATIONAL_RECS,
    _NATIONAL_TITLES,
    _analysis_intro,
    _conclusion,
    _contents,
    _criteria,
    _events,
    _family,
    _glossary,
    _hf,
    _intro,
    _method,
    _month_only,
    _panel,
    _parallel,
    _recs,
    _story,
    _to_day,
    _tor,
    _year,
)
from .conv_common import long_date, slash_date
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx

COLUMN_WIDTHS["plan29a"] = ((0.07, 0.5, 0.25, 0.18), True)  # No. / Recommendation / Lead / Timescale
COLUMN_WIDTHS["lead29a"] = ((0.08, 0.62, 0.3), True)  # No. / Recommendation / Lead agency
COLUMN_WIDTHS["act29a"] = ((0.3, 0.3, 0.22, 0.18), True)  # Recommendation / Action / Lead / By when
COLUMN_WIDTHS["agency29a"] = ((0.3, 0.7), True)  # Agency / Recommendation
COLUMN_WIDTHS["map29a"] = ((0.6, 0.4), True)  # Finding / Recommendations
COLUMN_WIDTHS["resp29a"] = ((0.55, 0.45), True)  # Recommendation / Response
COLUMN_WIDTHS["nat29a"] = ((0.08, 0.62, 0.3), True)  # No. / Recommendation / For

_LEADS = ("Safeguarding Children Partnership", "Children's Social Care", "Police", "Health partners")
_TIMES = ("Within 6 months", "Within 9 months", "Within 12 months", "Within 6 months")


# --- small pieces ----------------------------------------------------------------------------------------------------


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip())[0]


def _lower_first(text: str) -> str:
    """ "The partnership should ..." as "the partnership should ..." (only where the opening word is a common one)."""
    first = text.split()[0]
    if first in ("The", "All", "Every", "Agencies", "Partners", "Safeguarding"):
        return text[0].lower() + text[1:]
    return ""


def _lead(c: Ctx, j: int) -> str:
    lead = _LEADS[(j - 1) % len(_LEADS)]
    if lead == "Safeguarding Children Partnership":
        return "LSCB" if c.doc.meta["review_type"] == "SCR" else "Safeguarding Children Partnership"
    return lead


def _lead_of(c: Ctx, r, j: int) -> str:
    """The lead an action plan gives a recommendation: the agency it is addressed to, or the board or partnership."""
    if r.agency in ("", "LSCB", "Partnership", "Safeguarding Partnership", "Safeguarding Children Partnership"):
        return _lead(c, 1)
    return r.agency if r.agency else _lead(c, j)


def _finding_full(c: Ctx, st, label: str, kind: str = "finding", heading: str = "h2", sep: str = ": ",
                  tail: str = "") -> int:  # fmt: skip
    """A lesson under "<label><sep><title>" with its paragraphs; tail (a cross-reference) ends the last paragraph
    and is never part of the lesson."""
    d = c.doc
    key = d.lesson(kind, label, f"{st.title} {st.body}", st.themes, title=st.title)
    d.add(heading, f"{label}{sep}{st.title}" if label else st.title, key)
    chunks = re.split(r"(?<=[.!?])\s+(?=[A-Z])", st.body.strip())
    if len(chunks) > 3:
        chunks = [" ".join(chunks[: len(chunks) // 2]), " ".join(chunks[len(chunks) // 2 :])]
    else:
        chunks = [" ".join(chunks)]
    for i, chunk in enumerate(chunks):
        _p(c, chunk + (f" {tail}" if tail and i == len(chunks) - 1 else ""), key)
    return key


def _restate_finding(c: Ctx, st, label: str, sep: str = ": ") -> None:
    """A word-for-word restatement of a finding (never a lesson)."""
    d = c.doc
    d.add("h2", f"{label}{sep}{st.title}" if label else st.title)
    d.add("p", st.body)


def _numbered_recs(c: Ctx, recs: list, prefix: str = "", kind: str = "num", led: bool = False) -> None:
    """Numbered recommendations; led: a later action plan gives each its lead (_lead_of), recorded as its agency."""
    d = c.doc
    for j, r in enumerate(recs, 1):
        label = f"{prefix}{j}"
        agency = _lead_of(c, r, j) if led else ""
        d.add("num", r.text, d.lesson("recommendation", label, r.text, r.themes, agency), label=f"{label}.")


def _restate_recs(c: Ctx, recs: list, prefix: str = "") -> None:
    for j, r in enumerate(recs, 1):
        c.doc.add("num", r.text, label=f"{prefix}{j}.")


def _action_plan(c: Ctx, heading: str, recs: list, labels: list | None = None) -> None:
    """An action plan repeating the recommendations word for word (never lessons)."""
    d = c.doc
    d.add("h1", heading)
    if d.meta["review_type"] == "SCR":
        d.add("p", "The Board's action plan sets out how each recommendation will be taken forward. Progress is "
              "reported to the Serious Case Review Sub-Group every quarter.")  # fmt: skip
    else:
        d.add("p", "The partnership's action plan sets out how each recommendation will be taken forward. Progress "
              "is reported to the partnership's executive group every quarter.")  # fmt: skip
    d.add("header", cells=("No.", "Recommendation", "Lead", "Timescale"), label="plan29a")
    for j, r in enumerate(recs, 1):
        d.add("row", cells=((labels or [str(k) for k in range(1, len(recs) + 1)])[j - 1], r.text, _lead_of(c, r, j),
                            _TIMES[(j - 1) % 4]), label="plan29a")  # fmt: skip


def _author_section(c: Ctx, heading: str = "The author") -> None:
    d, s = c.doc, c.spec
    d.add("h1", heading)
    scr = d.meta["review_type"] == "SCR"
    d.add("p", f"{s.author} is an independent {'social work consultant' if scr else 'safeguarding reviewer'} who "
          f"has written {'serious case reviews' if scr else 'local child safeguarding practice reviews'} for a "
          "number of partnerships. They have no connection with any agency in the area and have not been involved "
          f"in the case or with the family. {s.author} is the author of this report.")  # fmt: skip


def _foreword(c: Ctx, sts: list, heading: str = "Foreword", signer: str = "Independent Chair") -> None:
    """A foreword that paraphrases the learning in the chair's words (never lessons)."""
    d, s = c.doc, c.spec
    d.add("h1", heading)
    d.add("p", f"This review is about {s.child}. It is not easy reading, and it should not be. Those of us who lead "
          "services in the area have read it carefully, and we accept what it tells us.")  # fmt: skip
    d.add("p", "In my own words, the review tells us three things: that we did not always see the world through "
          f"{s.child}'s eyes; that what one agency knew did not always reach the others in time; and that "
          "practitioners were not always supported to step back and ask what the information meant taken together.")  # fmt: skip
    d.add("p", "I want to thank the family members who spoke to the reviewer, the practitioners who gave their time, "
          "and the reviewer. The partnership's response is set out at the end of the report.")  # fmt: skip
    d.add("p", f"{signer}, {c.partnership}")


def _method_unnamed(c: Ctx, heading: str) -> None:
    """A methodology that does not name the reviewer (the report names its author only near the end)."""
    d = c.doc
    d.add("h1", heading)
    d.add("p", c.fill(narrative.METHOD[0]))
    d.add("p", "Each agency provided a combined chronology and a short report. The independent reviewer was "
          "supported by a review panel of senior representatives, which met four times to oversee the work.")  # fmt: skip


def _inside_cover(c: Ctx, rows: tuple) -> None:
    d = c.doc
    for item, detail in rows:
        d.add("metarow", cells=(item, detail))
    _break(c)


def _cover(c: Ctx, title: str, lines: tuple) -> None:
    d = c.doc
    d.meta["title"] = title
    d.add("cover", c.partnership)
    d.add("title", title)
    for line in lines:
        d.add("cover", line)
    _break(c)


def _named_findings(c: Ctx, sts: list, where: str) -> str:
    words = ("one", "two", "three", "four", "five")[len(sts) - 1]
    titles = "; ".join(st.title[0].lower() + st.title[1:] for st in sts)
    return f"This review identified {words} findings, about: {titles}. They are set out in {where}."


# --- serious case reviews ---------------------------------------------------------------------------------------------


def c853(c: Ctx) -> None:  # SCR: exec summary names findings by title and restates the recs; body; action plan
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}. Overview Report"
    pub = _month_only(c)
    year = d.meta["published"][:4]
    _hf(c, f"{s.child} – SCR Overview Report", "")
    _cover(c, title, (f"Published {pub}",))
    final = f"{year}-01-14" if d.meta["published"][5:7] > "02" else f"{int(year) - 1}-11-14"
    _inside_cover(c, (("Document", f"Serious Case Review {s.child} – Overview Report"),
                      ("Status", f"Final version 2.3, {slash_date(final)}"),
                      ("Independent author", s.author),
                      ("Commissioned by", partnership)))  # fmt: skip
    _contents(c)
    sts, recs = _sts(c, 4), _recs(c, 4)
    d.add("h1", "Executive summary")
    d.add("p", f"This serious case review concerns {s.child}. It was commissioned by {partnership} after "
          f"{s.child} {_harm(c)}.")  # fmt: skip
    d.add("p", _named_findings(c, sts, "section 7 of this report"))
    d.add("p", "The review makes four recommendations to the Board:")
    _restate_recs(c, recs)
    _break(c)
    _intro(c, partnership, "1. Introduction", 20)
    _tor(c, "2. Terms of reference")
    _method(c, "3. Methodology", scr=True)
    _family(c, "4. Family involvement")
    _story(c, "5. Background", "6. Summary of agency involvement")
    d.add("h1", "7. Findings")
    _analysis_intro(c)
    for i, st in enumerate(sts, 1):
        _finding_full(c, st, f"Finding {i}")
    d.add("h1", "8. Recommendations")
    _numbered_recs(c, recs, led=True)
    _conclusion(c, "9. Conclusion")
    _glossary(c, "Appendix A: Glossary")
    _action_plan(c, "Appendix B: Action plan", recs)


def c858(
    c: Ctx,
) -> None:  # SCR with cross-references: findings end "(see Recommendation N below)", recs open "As set out"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}"
    _hf(c, f"SCR {s.child}", "CONFIDENTIAL UNTIL PUBLICATION")
    _cover(c, title, ("Overview report", f"Independent author: {s.author}", f"Published: {c.printed_date()}"))
    _contents(c)
    sts = _sts(c, 3)
    pairs = _paired(sts, _recs(c, 8))
    d.add("h1", "Executive summary")
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 20))}. {_criteria(c)}")
    d.add("p", "The review's findings are set out in section 6. The most important, about how agencies shared "
          "what they knew, is Finding 2 (see section 6 below). The recommendations that follow from the findings "
          "are in section 7, each cross-referenced to the finding it arises from.")  # fmt: skip
    _break(c)
    d.add("h1", "1. Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    _tor(c, "2. Terms of reference")
    _method(c, "3. Methodology", scr=True)
    _story(c, "4. Background", "5. Key events")
    d.add("p", "The significance of these events is considered in section 6 (see Findings 1 and 2).")
    d.add("h1", "6. Findings")
    _analysis_intro(c)
    for i, (st, _r) in enumerate(pairs, 1):
        _finding_full(c, st, f"Finding {i}", tail=f"(See Recommendation {i} below.)")
    d.add("h1", "7. Recommendations")
    for j, (_st, r) in enumerate(pairs, 1):
        low = _lower_first(r.text)
        text = f"As set out in Finding {j}, {low}" if low else f"As set out in Finding {j}: {r.text}"
        d.add("num", text, d.lesson("recommendation", str(j), text, r.themes), label=f"{j}.")
    _conclusion(c, "8. Concluding comments")
    _glossary(c, "Appendix 1: Glossary")


def c862(c: Ctx) -> None:  # older SCR, every paragraph numbered: exec summary points to 7.1-7.4; action plan appendix
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review in respect of {s.child}"
    _hf(c, f"{partnership} – SCR {s.child}", "RESTRICTED")
    _cover(c, title, ("Overview Report", f"Overview author: {s.author}", f"Date of publication: {c.printed_date()}"))
    sts, recs = _sts(c, 4), _recs(c, 4)
    d.add("h1", "1. Executive summary")
    d.add("num", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 22))}.", label="1.1")
    d.add("num", f"The review was conducted under chapter 8 of {('Working Together to Safeguard Children (2006)' if _year(c) < 2011 else 'Working Together to Safeguard Children (2010)')}.", label="1.2")  # fmt: skip
    d.add("num", "The lessons learned are set out at paragraphs 7.1 to 7.4 and the recommendations of the overview "
          "report at paragraphs 8.1 to 8.4. In summary, the panel found that information held by agencies was not "
          "brought together and that the risks to the child were not fully understood.", label="1.3")  # fmt: skip
    d.add("h1", "2. Terms of reference")
    d.add(
        "num", "The review considered agencies' involvement with the child and family until the incident.", label="2.1"
    )
    d.add("num", "Each agency was asked to analyse its practice against its own procedures and those of the LSCB.",
          label="2.2")  # fmt: skip
    d.add("h1", "3. Methodology")
    d.add("num", "Individual management reviews were commissioned from children's social care, the police, the "
          "primary care trust and the acute hospital trust.", label="3.1")  # fmt: skip
    d.add("h1", "4. The family")
    d.add("num", c.fill(narrative.BACKGROUND[s.scenario]), label="4.1")
    d.add("h1", "5. Summary of events")
    for k, text in enumerate(_events(c, 2), 1):
        d.add("num", text, label=f"5.{k}")
    d.add("h1", "6. Analysis")
    d.add("num", "The panel concluded that the harm could not have been predicted, but that there were missed "
          "opportunities to understand the risks (see paragraphs 7.1 and 7.2).", label="6.1")  # fmt: skip
    d.add("h1", "7. Lessons learned")
    for i, st in enumerate(sts, 1):
        d.add("num", st.body, d.lesson("learning_point", f"7.{i}", st.body, st.themes), label=f"7.{i}")
    d.add("h1", "8. Recommendations")
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", f"8.{j}", r.text, r.themes, _lead_of(c, r, j)),
              label=f"8.{j}")  # fmt: skip
    _action_plan(c, "Appendix 1: Action plan", recs, [f"8.{j}" for j in range(1, len(recs) + 1)])


def c867(c: Ctx) -> None:  # SCR: run-in recommendation closing each chapter, gathered again; single-agency table
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}"
    _hf(c, f"{s.area} SCR – {s.child}")
    _cover(c, title, (f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}"))
    _contents(c)
    _intro(c, partnership, "1. Introduction", 22)
    _tor(c, "2. Scope")
    _method(c, "3. Methodology", scr=True)
    d.add("h1", "4. Background")
    d.add("num", c.fill(narrative.BACKGROUND[s.scenario]), label="4.1")
    d.add("h1", "5. Chronology of key events")
    for k, text in enumerate(_events(c, 3), 1):
        d.add("num", text, label=f"5.{k}")
    sts = _sts(c, 3)
    pool = _recs(c, 14)
    extra = [r for r in pool if r.agency not in ("LSCB", "All partner agencies", "All agencies", "")][:3]
    pairs = _paired(sts, [r for r in pool if r not in extra])
    chapters = [f"{5 + k}. Key practice episode {k}: {_month(_before(c, 22 + (4 - k) * 2))}" for k in (1, 2, 3)]
    for i, ((st, r), chapter) in enumerate(zip(pairs, chapters), 1):
        d.add("h1", chapter)
        d.add("p", f"This chapter draws on the chronology (see paragraph 5.{i}) and on what practitioners told "
              "the reviewer at the learning event.")  # fmt: skip
        _finding_full(c, st, "", "finding")
        _runin(c, r.text, d.lesson("recommendation", f"Recommendation {i}", r.text, r.themes), f"Recommendation {i}")
    d.add("h1", "9. Summary of recommendations")
    d.add("p", "The recommendations made in chapters 6 to 8 are gathered here for ease of reference.")
    _restate_recs(c, [r for _st, r in pairs])
    _glossary(c, "Appendix A: Glossary")
    d.add("h1", "Appendix B: Single agency recommendations")
    d.add("p", "The individual management reviews made the following recommendations for their own agencies.")
    d.add("header", cells=("Agency", "Recommendation"), label="agency29a")
    for r in extra:
        d.add("row", cells=(r.agency, r.text), label="agency29a",
              keys=d.lesson("recommendation", "", r.text, r.themes, r.agency))  # fmt: skip


def c856(c: Ctx) -> None:  # SCR with a "Key messages" page in front listing the finding titles (a restatement)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Serious Case Review: {s.child}"
    _hf(c, f"Serious Case Review {s.child}")
    _cover(c, title, (f"Independent author: {s.author}", f"Date of publication: {c.printed_date()}"))
    sts, recs = _sts(c, 4), _recs(c, 4)
    d.add("h1", "Key messages")
    d.add("p", "The key messages from this review are:")
    for i, st in enumerate(sts, 1):
        d.add("num", st.title + ".", label=f"{i}.")
    d.add("p", "Each is explained in the findings of the report.")
    _break(c)
    _contents(c)
    _intro(c, partnership, "1. Introduction")
    _method(c, "2. Methodology", scr=True)
    _panel(c, "3. The review panel")
    _family(c, "4. Family involvement")
    _story(c, "5. Background", "6. Key episodes")
    d.add("h1", "7. Findings")
    for i, st in enumerate(sts, 1):
        _finding_full(c, st, f"Finding {i}")
    d.add("h1", "8. Recommendations")
    _numbered_recs(c, recs)
    _conclusion(c, "9. Conclusion")


# --- local child safeguarding practice reviews ---------------------------------------------------------------------


def c854(c: Ctx) -> None:  # LCSPR with a 7-minute briefing bound in front; the author only in "The author" at the end
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, f"LCSPR {s.child}")
    _cover(c, title, (f"Published: {c.printed_date()}",))
    sts, recs = _sts(c, 3), _recs(c, 3)
    d.add("h1", f"7 minute briefing: {s.child}")
    d.add("p", "This briefing is bound in front of the full report. Use it in team meetings.")
    d.add("h2", "1. Background")
    d.add("p", f"{partnership} commissioned a local child safeguarding practice review about {s.child}.")
    d.add("h2", "2. Why it matters")
    d.add("p", "The themes of this review are common in case reviews across England.")
    d.add("h2", "3. What the review found")
    for st in sts:
        d.add("bullet", st.body)
    d.add("h2", "4. What will change")
    for r in recs:
        d.add("bullet", r.text)
    d.add("h2", "5. What you can do")
    d.add("p", "Read the full report, which follows this briefing, and discuss its learning with your team.")
    d.add("h2", "6. Questions")
    d.add("bullet", "How do you find out who lives in the household?")
    d.add("h2", "7. Further information")
    d.add("p", "Contact the partnership's business unit for training on the learning from this review.")
    _break(c)
    _contents(c)
    _intro(c, partnership, "1. Introduction")
    _tor(c, "2. Terms of reference")
    _method_unnamed(c, "3. Methodology")
    _family(c, "4. Family involvement")
    _story(c, "5. Background", "6. Summary of events")
    d.add("h1", "7. Learning")
    for i, st in enumerate(sts, 1):
        _finding_full(c, st, f"Learning {i}", "learning_point")
    d.add("h1", "8. Recommendations")
    _numbered_recs(c, recs)
    _conclusion(c, "9. Conclusion")
    _author_section(c, "10. The author")
    _glossary(c, "Appendix: Glossary")


def c855(c: Ctx) -> None:  # LCSPR: chair's foreword; "Recommendation N:" after each finding; summary table with leads
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, f"{s.child} LCSPR | {partnership}")
    _cover(c, title, (f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}"))
    sts = _sts(c, 3)
    pairs = _paired(sts, _recs(c, 8))
    _foreword(c, sts, "Foreword by the Independent Scrutineer", "Independent Scrutineer")
    _break(c)
    _contents(c)
    _intro(c, partnership, "1. Introduction")
    _tor(c, "2. Key lines of enquiry")
    _method(c, "3. Methodology")
    _family(c, "4. The family's contribution")
    _story(c, "5. Background", "6. Key practice episodes")
    d.add("h1", "7. Findings and recommendations")
    for i, (st, r) in enumerate(pairs, 1):
        _finding_full(c, st, f"Finding {i}")
        _runin(c, r.text, d.lesson("recommendation", f"Recommendation {i}", r.text, r.themes, _lead_of(c, r, i)),
               f"Recommendation {i}:")  # fmt: skip
    _conclusion(c, "8. Conclusion")
    d.add("h1", "9. Summary of recommendations")
    d.add("p", "The recommendations made in section 7 are repeated here with the agency that will lead each.")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"), label="lead29a")
    for j, (_st, r) in enumerate(pairs, 1):
        d.add("row", cells=(str(j), r.text, _lead_of(c, r, j)), label="lead29a")


def c857(
    c: Ctx,
) -> None:  # LCSPR: findings named in the introduction; an "In summary" box after each restates a sentence
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Child Safeguarding Practice Review: {s.child}"
    _hf(c, f"CSPR {s.child}")
    _cover(c, title, (f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}"))
    _contents(c)
    sts, recs = _sts(c, 3), _recs(c, 3)
    _intro(c, partnership, "1. Introduction")
    d.add("p", _named_findings(c, sts, "section 5"))
    _method(c, "2. How the review was carried out")
    _family(c, "3. What the family told us")
    _story(c, "4. Background", "")
    d.add("h1", "5. Findings")
    for i, st in enumerate(sts, 1):
        _finding_full(c, st, f"Finding {i}")
        d.add("box", _first_sentence(st.body), label="In summary")
    d.add("h1", "6. Recommendations")
    _numbered_recs(c, recs)
    _parallel(c, "7. Parallel processes")
    _glossary(c, "Appendix: Glossary")


def c859(c: Ctx) -> None:  # SILP report: exec summary names learning points by title; LP headings; SMART action plan
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Significant Incident Learning Process (SILP) Review: {s.child}"
    _hf(c, f"SILP {s.child}")
    _cover(c, title, (f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}"))
    _contents(c)
    sts, recs = _sts(c, 3), _recs(c, 3)
    d.add("h1", "Executive summary")
    kind = "serious case review" if d.meta["review_type"] == "SCR" else "local child safeguarding practice review"
    d.add("p", f"This {kind} used the Significant Incident Learning Process. It concerns {s.child}, who was "
          f"{s.age} old when the incident occurred.")  # fmt: skip
    d.add("p", "The learning points are: " + "; ".join(f"LP{i} {st.title}" for i, st in enumerate(sts, 1)) + ". The "
          "review makes three recommendations, R1 to R3, which are set out in section 6.")  # fmt: skip
    d.add("h1", "1. Introduction")
    d.add("p", _criteria(c))
    d.add("h1", "2. The SILP process")
    d.add("p", "Agencies completed agency reports and a combined chronology. A learning event was held with the "
          "practitioners and managers involved, followed by a recall event to consider the draft report.")  # fmt: skip
    _family(c, "3. Family contribution")
    _story(c, "4. Background", "")
    gps = _good(c, 2)
    d.add("h1", "5. Learning from the learning event")
    if gps:
        d.add("h2", "What went well")
        for g in gps:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    for i, st in enumerate(sts, 1):
        _finding_full(c, st, f"LP{i}", "learning_point", sep=" ")
    d.add("h1", "6. Recommendations")
    for j, r in enumerate(recs, 1):
        _runin(c, r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes, _lead_of(c, r, j)), f"R{j}")
    d.add("h1", "Appendix: SMART action plan")
    d.add("header", cells=("Recommendation", "Action", "Lead", "By when"), label="act29a")
    for j, r in enumerate(recs, 1):
        d.add("row", cells=(f"R{j} {r.text}", "Task and finish group to agree the change and report to the "
                            "executive.", _lead_of(c, r, j), _TIMES[j % 4]), label="act29a")  # fmt: skip


def c863(
    c: Ctx,
) -> None:  # LCSPR: "Learning point N" boxes in each episode, gathered word for word in "Summary of learning"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, f"LCSPR {s.child} – final report")
    _cover(c, title, (f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}"))
    _contents(c)
    _intro(c, partnership, "1. Introduction")
    _method(c, "2. Methodology")
    _family(c, "3. Family involvement")
    d.add("h1", "4. Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    sts, recs = _sts(c, 3), _recs(c, 3)
    d.add("h1", "5. Key practice episodes")
    for i, (st, text) in enumerate(zip(sts, _events(c, 3)), 1):
        key = d.lesson("learning_point", f"Learning point {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Episode {i}: {st.title}", key)
        d.add("p", text)
        d.add("box", st.body, key, label=f"Learning point {i}")
    d.add("h1", "6. Summary of learning")
    d.add("p", "The learning points from the key practice episodes are gathered here.")
    for i, st in enumerate(sts, 1):
        _runin(c, st.body, (), f"Learning point {i}:")
    d.add("h1", "7. Recommendations")
    _numbered_recs(c, recs)
    _conclusion(c, "8. Conclusion")


def c864(c: Ctx) -> None:  # LCSPR: recs "Recommendation 1.1" under findings, renumbered "1."-"5." in a closing chapter
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"{s.child}: Local Child Safeguarding Practice Review"
    _hf(c, f"{partnership} – {s.child}")
    _cover(c, title, (f"Reviewer: {s.author}", f"Date of publication: {c.printed_date()}"))
    _contents(c)
    _intro(c, partnership, "1. Introduction")
    _tor(c, "2. Terms of reference")
    _method(c, "3. Methodology")
    _story(c, "4. Background", "5. Summary of events")
    sts = _sts(c, 3)
    left = _recs(c, 12)
    groups = []
    for st, size in zip(sts, (1, 2, 2)):  # each finding's recommendations those that share most of its themes
        group = sorted(left, key=lambda r: -len(set(r.themes) & set(st.themes)))[:size]
        left = [r for r in left if r not in group]
        groups.append(group)
    d.add("h1", "6. Findings")
    ordered = []
    for i, (st, group) in enumerate(zip(sts, groups), 1):
        _finding_full(c, st, f"Finding {i}")
        for k, r in enumerate(group, 1):
            label = f"Recommendation {i}.{k}"
            _runin(c, r.text, d.lesson("recommendation", label, r.text, r.themes), label)
            ordered.append(r)
    d.add("h1", "7. Recommendations")
    d.add("p", "For the action plan, the recommendations in section 6 are numbered here in one series:")
    _restate_recs(c, ordered)
    _conclusion(c, "8. Conclusion")


def c865(c: Ctx) -> None:  # LCSPR: findings printed in full only in the executive summary; the body points back to them
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, f"LCSPR {s.child}")
    _cover(c, title, (f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}"))
    _contents(c)
    sts, recs = _sts(c, 3), _recs(c, 3)
    d.add("h1", "Executive summary")
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 18))}. This summary sets out the "
          "review's findings in full; the chapters that follow give the analysis behind each.")  # fmt: skip
    for i, st in enumerate(sts, 1):
        _finding_full(c, st, f"Finding {i}")
    _break(c)
    d.add("h1", "1. Introduction")
    d.add("p", _criteria(c))
    d.add("p", c.fill(narrative.INTRO[1]))
    _method(c, "2. Methodology")
    _family(c, "3. Family involvement")
    _story(c, "4. Background", "5. Summary of events")
    chapters = ("6. The child's daily life", "7. Working together", "8. Supervision and challenge")
    for i, chapter in enumerate(chapters, 1):
        d.add("h1", chapter)
        d.add("p", "Practitioners at the learning event described how the case looked at the time, and the "
              "records bear out what they said.")  # fmt: skip
        d.add("p", f"This is Finding {i}, set out in full in the executive summary.")
    d.add("h1", "9. Recommendations")
    _numbered_recs(c, recs)
    _glossary(c, "Appendix: Glossary")


def c866(
    c: Ctx,
) -> None:  # LCSPR: chair's "three things" foreword; plain learning headings; action plan; author at the end
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, f"{partnership} | {s.child}")
    _cover(c, title, (f"Published: {c.printed_date()}",))
    sts, recs = _sts(c, 3), _recs(c, 4)
    d.add("h1", "Foreword")
    d.add("p", f"As chair of the safeguarding partners I want every practitioner to take three things from this "
          f"review about {s.child}:")  # fmt: skip
    d.add("bullet", "look beyond what a parent tells you and ask what the child's day is really like;")
    d.add("bullet", "share what you know, and check it has been understood;")
    d.add("bullet", "if you are worried and nothing is happening, escalate.")
    d.add("p", f"Chair of the safeguarding partners, {partnership}")
    _break(c)
    _contents(c)
    _intro(c, partnership, "1. Introduction")
    _method_unnamed(c, "2. Methodology")
    _family(c, "3. Family involvement")
    _story(c, "4. Background", "5. What happened")
    d.add("h1", "6. What we learned")
    for st in sts:
        _finding_full(c, st, "", "learning_point")
    d.add("h1", "7. Recommendations")
    _numbered_recs(c, recs, led=True)
    _action_plan(c, "Appendix 1: Action plan", recs)
    _author_section(c, "Appendix 2: About the author")


def c868(c: Ctx) -> None:  # LCSPR: contents listing the findings; "R1"-"R4"; a Finding / Recommendations map
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    _hf(c, f"{s.child} | LCSPR | Final report")
    _cover(c, title, (f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}"))
    sts = _sts(c, 3)
    recs = _recs(c, 4)
    if s.fmt == "pdf":
        _contents(c)
    else:
        d.add("h1", "Contents")
        for line in ("1. Introduction", "2. Methodology", "3. Background", "4. Findings",
                     *(f"   Finding {i}: {st.title}" for i, st in enumerate(sts, 1)), "5. Recommendations",
                     "Appendix: Findings and recommendations"):  # fmt: skip
            d.add("p", line)
        _break(c)
    _intro(c, partnership, "1. Introduction")
    _method(c, "2. Methodology")
    _story(c, "3. Background", "")
    d.add("h1", "4. Findings")
    for i, st in enumerate(sts, 1):
        _finding_full(c, st, f"Finding {i}")
    d.add("h1", "5. Recommendations")
    for j, r in enumerate(recs, 1):
        _runin(c, r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), f"R{j}")
    d.add("h1", "Appendix: Findings and recommendations")
    d.add("header", cells=("Finding", "Recommendations"), label="map29a")
    for i, (st, refs) in enumerate(zip(sts, _map_refs(sts, recs)), 1):
        d.add("row", cells=(f"Finding {i}: {st.title}", refs), label="map29a")


def _map_refs(sts: list, recs: list) -> list:
    """Each recommendation mapped to the finding whose themes it shares most (the first on a tie; one that shares
    none to the finding with fewest so far); a finding still given none is mapped to the recommendation that shares
    most of its themes, so that the map reads as a real one."""

    def overlap(st, r) -> int:
        return len(set(st.themes) & set(r.themes))

    refs: list = [[] for _ in sts]
    unmatched = []
    for j, r in enumerate(recs, 1):
        best = max(range(len(sts)), key=lambda i: (overlap(sts[i], r), -i))
        if overlap(sts[best], r):
            refs[best].append(j)
        else:
            unmatched.append(j)
    for j in unmatched:  # a recommendation sharing no finding's themes goes to the finding with fewest so far
        refs[min(range(len(sts)), key=lambda i: (len(refs[i]), i))].append(j)
    for i, st in enumerate(sts):
        if not refs[i]:
            refs[i].append(max(range(1, len(recs) + 1), key=lambda j: (overlap(st, recs[j - 1]), -j)))
    return [", ".join(f"R{j}" for j in sorted(ids)) for ids in refs]


def c869(c: Ctx) -> None:  # Part A executive summary restating the learning word for word; Part B the full report
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    pub = _month_only(c)
    _hf(c, f"LCSPR {s.child}")
    _cover(c, title, (f"Lead reviewer: {s.author}", f"Published: {pub}"))
    pubm = d.meta["published"]
    agreed = _before(c, 3)
    _inside_cover(c, (("Version", f"1.4 – final – agreed by the safeguarding partners {slash_date(agreed)}"),
                      ("Review type", "Local Child Safeguarding Practice Review"),
                      ("Date for review of the action plan", _month(f"{int(pubm[:4]) + 1}{pubm[4:]}-01"))))  # fmt: skip
    sts, recs = _sts(c, 3), _recs(c, 3)
    d.add("h1", "Part A: Executive summary")
    d.add("p", "Part A summarises the review for those who will not read the full report. The learning and the "
          "recommendations are given in the words of Part B.")  # fmt: skip
    for i, st in enumerate(sts, 1):
        _restate_finding(c, st, f"Learning {i}")
    d.add("h2", "Recommendations")
    _restate_recs(c, recs)
    _break(c)
    d.add("h1", "Part B: Full report")
    _intro(c, partnership, "1. Introduction")
    _tor(c, "2. Terms of reference")
    _method(c, "3. Methodology")
    _family(c, "4. Family involvement")
    _story(c, "5. Background", "6. Key events")
    d.add("h1", "7. Learning")
    for i, st in enumerate(sts, 1):
        _finding_full(c, st, f"Learning {i}", "learning_point")
    d.add("h1", "8. Recommendations")
    _numbered_recs(c, recs)
    _glossary(c, "Appendix: Glossary")


def c870(c: Ctx) -> None:  # LCSPR: partners' foreword; numbered recs repeated in "The partnership's response"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Local Child Safeguarding Practice Review: {s.child}"
    pub = _to_day(c)
    _hf(c, f"LCSPR {s.child}")
    _cover(c, title, (f"Independent reviewer: {s.author}", f"Published: {long_date(pub)}"))
    sts, recs = _sts(c, 3), _recs(c, 3)
    d.add("h1", "Foreword from the safeguarding partners")
    d.add("p", f"We accept the findings of this review in full. What happened to {s.child} shows that we must get "
          "better at seeing the whole picture, and at making sure that what one of us knows, all of us know.")  # fmt: skip
    d.add("p", "Director of Children's Services; Chief Superintendent, Metropolitan Police; Chief Nurse, NHS South "
          "East London Integrated Care Board")  # fmt: skip
    _break(c)
    _contents(c)
    _intro(c, partnership, "1. Introduction")
    _tor(c, "2. Terms of reference")
    _method(c, "3. Methodology")
    _family(c, "4. Family involvement")
    _story(c, "5. Background", "6. Summary of events")
    d.add("h1", "7. Findings")
    for i, st in enumerate(sts, 1):
        _finding_full(c, st, f"Finding {i}")
    d.add("h1", "8. Recommendations")
    _numbered_recs(c, recs)
    d.add("h1", "Appendix: The partnership's response")
    d.add("header", cells=("Recommendation", "Response"), label="resp29a")
    for j, r in enumerate(recs, 1):
        d.add("row", cells=(f"{j}. {r.text}", ("Accepted. An action plan has been agreed.",
                                               "Accepted. Work began before the report was published.",
                                               "Accepted in part. The partners will first test the change.")[j - 1]),
              label="resp29a")  # fmt: skip


# --- rapid reviews and the Panel --------------------------------------------------------------------------------------


def c861(c: Ctx) -> None:  # rapid review summary: learning, good practice, then learning repeated for dissemination
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Rapid review summary: {s.child}"
    d.meta.update(title=title, author="")
    pub = _to_day(c)
    _hf(c, f"Rapid review summary – {s.child}")
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Published: {long_date(pub)}")
    d.add("h1", "About this summary")
    d.add("p", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 6))}. The safeguarding partners "
          f"held a rapid review on {long_date(_before(c, 5))}.")  # fmt: skip
    d.add("p", "The partners agreed that the learning had been identified and that a local child safeguarding practice "
          "review would not add to it. The Child Safeguarding Practice Review Panel agreed with this decision.")  # fmt: skip
    d.add("h1", "Good practice identified")
    for g in _good(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    sts = _sts(c, 3)
    d.add("h1", "Learning identified")
    for st in sts:
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Key learning for dissemination")
    d.add("p", "The learning above will be shared through a 7-minute briefing and the partnership's training:")
    for st in sts:
        d.add("bullet", st.body)
    d.add("h1", "Actions agreed")
    d.add("p", "Single-agency actions were agreed at the rapid review and are monitored by the partnership's case "
          "review group.")  # fmt: skip


def c860(c: Ctx) -> None:  # Panel national review: summary chapter restating the findings; recs gathered in an annex
    d, s = c.doc, c.spec
    title = _NATIONAL_TITLES.get(s.scenario, c.title())
    d.meta.update(title=title)
    _hf(c, "Child Safeguarding Practice Review Panel")
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", title)
    month = _month_only(c)
    d.add("cover", f"Published {month}")
    _break(c)
    _contents(c)
    sts = _sts(c, 4)
    d.add("h1", "Foreword")
    d.add("p", "This review tells us, again, that children are safest when professionals look beyond the adult in "
          "front of them, share what they know and act on it. These are not new messages, which is why they matter.")  # fmt: skip
    d.add("p", "Chair, Child Safeguarding Practice Review Panel")
    d.add("h1", "Summary")
    d.add("p", "The review's findings are summarised here in the words of chapter 3.")
    for i, st in enumerate(sts, 1):
        _restate_finding(c, st, f"Finding {i}")
    d.add("p", "The review makes three recommendations, set out in chapter 4 and summarised in Annex B.")
    _break(c)
    d.add("h1", "1. Introduction")
    d.add("p", "This national review was commissioned by the Child Safeguarding Practice Review Panel under its "
          "duties in the Children and Social Work Act 2017. It drew on rapid reviews and local reviews notified "
          "to the Panel, and on interviews with practitioners and families.")  # fmt: skip
    d.add("h1", "2. Methodology")
    d.add("p", "The review team analysed notifications, read every rapid review and local review in the sample, "
          "held practitioner focus groups in eight areas and spoke to parents.")  # fmt: skip
    d.add("h1", "3. Findings")
    for i, st in enumerate(sts, 1):
        _finding_full(c, st, f"Finding {i}")
    d.add("h1", "4. Recommendations")
    fors = ("Department for Education", "NHS England", "Safeguarding partners")
    for j, (text, themes) in enumerate(_NATIONAL_RECS, 1):
        key = d.lesson("recommendation", f"Recommendation {j}", text, themes, fors[j - 1])
        d.add("h2", f"Recommendation {j}", key)
        _p(c, text, key)
    d.add("h1", "Annex A: Terms of reference")
    d.add("p", "The review asked what the learning from these incidents tells us about how the child protection "
          "system identifies and responds to risk, and what should change nationally and locally.")  # fmt: skip
    d.add("h1", "Annex B: Summary of recommendations")
    d.add("header", cells=("No.", "Recommendation", "For"), label="nat29a")
    for j, (text, _themes) in enumerate(_NATIONAL_RECS, 1):
        d.add("row", cells=(str(j), text, fors[j - 1]), label="nat29a")


BUILDERS = {
    f"C{int(name[1:]):03d}": _of_its_time(_printed_only(_named(fn)))
    for name, fn in list(globals().items())
    if re.fullmatch(r"c8\d\d", name)
}
