"""Corpus generator: the thirtieth blind held-out set, first half: conventions C889-C906 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to lessons that carry rich content inside
them, as real reviews print them: a finding that quotes the mother's words in an indented block its own sentence
introduces, beside a practitioner's words set apart with their speaker; learning that cites research inline
("(Brandon et al., 2020)", "Ofsted (2011) found ...") and carries footnote or endnote markers; a "Case example" or
"What this looked like for <child>" box between a lesson's paragraphs; a small table of dated contacts or of "what
should have happened" inside a finding; bulleted and lettered sub-lists; "Key contacts" dated bullets and "Actions
already taken" sub-bullets under a lesson; and lessons broken by a page break with the page's footnote, footer and
running header printed between. A second emphasis is metadata printed in running furniture or small print: the area
only in a copyright footer, the publication only on the back page, the author only in a footnote to the
introduction, the child's age only in a case-example box.

Each lesson is declared as a careful reader records it, following the precedents of corpus/CONVENTIONS.md: a
quotation, table, box or sub-list the lesson's own sentence introduces and completes is part of it (C458, C459,
C316); a quotation set apart with its speaker, a box, a caption and table, dated episodes of the case and suggested
actions are never part of it (C394, C421, C461, C162, C171); a citation inside a sentence is part of the lesson
(C732), a footnote or endnote marker and its note never (C40, C460); a lesson broken by a page break is one lesson,
its text both parts without the furniture between (C319). Only element kinds the earlier writers already draw are
used.
"""

from __future__ import annotations

import re

from . import narrative
from .conv_blind18b import _fit, _harm, _of_its_time, _p
from .conv_blind19b import _break, _good
from .conv_blind20b import _before, _month
from .conv_blind23b import _poss, _setup
from .conv_blind23b import _sts as _sts23
from .conv_blind28a import (
    _NATIONAL_RECS,
    _NATIONAL_TITLES,
    _conclusion,
    _contents,
    _criteria,
    _events,
    _family,
    _glossary,
    _hf,
    _method,
    _month_only,
    _to_day,
    _tor,
    _year,
)
from .conv_blind28a import _recs as _recs28
from .conv_common import child_sex, long_date
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx
from .conv_table import CHILDREN

COLUMN_WIDTHS["contacts30a"] = ((0.2, 0.25, 0.55), False)  # Date / Agency / What happened
COLUMN_WIDTHS["expect30a"] = ((0.5, 0.5), False)  # What should have happened / What happened

# --- words printed inside lessons and beside them ---------------------------------------------------------------------

# The mother's words, quoted in an indented block that the finding's own sentence introduces (part of the finding).
_MOTHER = (
    "\u201cI told everyone I was struggling. I said it to the health visitor, to the doctor and at the meetings. "
    "Everyone was kind, but nobody put it all together.\u201d",
    "\u201cThey asked me the same questions every time someone new came. After a while I stopped telling them "
    "things, because nothing changed.\u201d",
    "\u201cI wanted someone to tell me straight what they were worried about. Nobody did until it was too late.\u201d",
)
# Practitioners' words set apart with their speaker in brackets (never a lesson nor part of one).
_PRACTITIONER = (
    "\u201cWe were all working hard, but nobody stepped back to look at the whole picture.\u201d (health visitor)",
    "\u201cI assumed someone else had already made the referral.\u201d (practitioner at the learning event)",
    "\u201cThe thresholds felt like a wall we kept hitting.\u201d (team manager at the learning event)",
    "\u201cI didn't feel I could question the plan; it had been agreed at conference.\u201d (school safeguarding lead)",
)
# Research cited inside a lesson's sentence (part of it): (year of the work, sentence).
_CITED = (
    (2008, "This is a pattern national analyses of serious case reviews have described for many years "
           "(Brandon et al., 2008)."),
    (2011, "Ofsted (2011) found that the voice of the child was too often lost in the serious case reviews it "
           "evaluated."),
    (2016, "The same pattern runs through the national analysis of serious case reviews (Sidebotham et al., 2016)."),
    (2020, "National analysis has found the same difficulty in many reviews (Brandon et al., 2020)."),
    (2021, "The national Panel has drawn attention to the same issue in its annual report (Child Safeguarding "
           "Practice Review Panel, 2021)."),
    (2022, "This echoes the findings of the national review of the murders of Arthur Labinjo-Hughes and Star "
           "Hobson (Child Safeguarding Practice Review Panel, 2022)."),
)  # fmt: skip
# Research quoted in a box beside a finding (never part of it).
_RESEARCH_BOX = (
    (2013, "Research on neglect shows that the cumulative effect of many small concerns is easily missed when each "
           "is judged on its own (Brandon et al., 2013)."),
    (2016, "The triennial analysis of serious case reviews found that most children who died or were seriously "
           "harmed were known to universal services (Sidebotham et al., 2016)."),
    (2012, "Practitioners can become overwhelmed by the volume of information and lose sight of the child "
           "(Munro, 2011; Ofsted, 2012)."),
)  # fmt: skip
_NOTES = (
    "Information from the agencies' chronologies, checked with practitioners at the learning event.",
    "The partnership's threshold document, in force at the time.",
    "As described to the reviewer by the practitioners involved.",
    "The review has seen the records referred to here.",
)
_BARRIERS = (
    "caseloads that left little time to read the history",
    "no single record that brought together what each agency knew",
    "a reluctance to challenge a plan agreed by more senior colleagues",
)
_REFLECT = (
    "How do you find out who lives in the household, and who visits?",
    "When did you last escalate a concern, and what happened?",
    "How do you record what a day is like for the child?",
    "What would you do if a parent's account did not match what you saw?",
)


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c])", text.strip())


# Services and tools a review published before the year could not have named (besides conv_blind18b's eras).
_SINCE = (
    (2016, re.compile(r"\bICON\b")),
    (2017, re.compile(r"contextual safeguarding", re.I)),
    (2018, re.compile(r"Graded Care Profile 2|\bGCP2\b")),
    (2019, re.compile(r"safeguarding partners|\bPartnership\b")),
    (2020, re.compile(r"lockdown|pandemic|COVID", re.I)),
    (2022, re.compile(r"\bICB\b|Integrated Care Board")),
)


def _of_year(c: Ctx, text: str) -> bool:
    return _fit(c, text) and all(_year(c) >= since or not rx.search(text) for since, rx in _SINCE)


def _recs(c: Ctx, n: int) -> list:
    """n recommendations of the document's time."""
    return [r for r in _recs28(c, n + 10) if _of_year(c, r.text)][:n]


_NEAR_ADULT = re.compile(r"eighteenth birthday|\bwas (?:sixteen|seventeen)\b")


def _of_age(c: Ctx, text: str) -> bool:
    """A statement about a child nearing adulthood only where the child was 16 or older."""
    age = c.spec.age
    return not _NEAR_ADULT.search(text) or (age.endswith("years") and int(age.split()[0]) >= 16)


def _sts(c: Ctx, n: int) -> list:
    """n statements of the document's time (and of the child's age)."""
    return [st for st in _sts23(c, n + 10) if _of_year(c, f"{st.title} {st.body}") and _of_age(c, st.body)][:n]


def _long(c: Ctx, n: int) -> list:
    """n statements of two sentences or more (a lesson that can be printed in two parts)."""
    pool = _sts(c, n + 8)
    good = [st for st in pool if len(_sentences(st.body)) >= 2]
    rest = [st for st in pool if st not in good]
    return (good + rest)[:n]


def _cited(c: Ctx, k: int) -> str:
    fit = [t for y, t in _CITED if y <= _year(c)]
    return fit[k % len(fit)]


def _boxed(c: Ctx, k: int) -> str:
    fit = [t for y, t in _RESEARCH_BOX if y <= _year(c)]
    return fit[k % len(fit)]


def _events_without(c: Ctx, n: int, avoid: str) -> list[str]:
    """Chronology paragraphs that do not print `avoid` (the child's age, printed only in a box)."""
    out = [e for e in _events(c, n + 4) if avoid not in e]
    return out[:n]


def _noted(c: Ctx, text: str, keys, n: int, after: str, note: str, foot: bool = False) -> None:
    """A paragraph with a footnote marker after `after`: at the foot of the PDF page (fnp); in a text copy "[n]" and
    the note after the paragraph under a short rule; in Word and on the web "[n]" and the note in the closing
    "Notes" (_notes). The marker and the note are never part of a lesson."""
    d = c.doc
    if c.spec.fmt == "pdf":
        d.add("fnp", text, keys, label=f"{n}|{after}|{note}")
        return
    d.add("p", text.replace(after, f"{after}[{n}]", 1), keys)
    if c.spec.fmt == "txt" and foot:  # printed at the foot of the page (_foot), before its page break
        c.__dict__.setdefault("foot30a", []).append(f"[{n}] {note}")
    elif c.spec.fmt == "txt":
        d.add("small", "__________")
        d.add("small", f"[{n}] {note}")
    else:
        c.__dict__.setdefault("notes30a", []).append(f"[{n}] {note}")


def _foot(c: Ctx) -> None:
    """A text copy's notes held for the foot of the page, under a short rule, then the page break."""
    if c.spec.fmt == "txt":
        c.doc.add("small", "__________")
        for note in c.__dict__.pop("foot30a", []):
            c.doc.add("small", note)
    if c.spec.fmt in ("pdf", "txt"):
        c.doc.add("pagebreak")


def _notes(c: Ctx, heading: str = "Notes") -> None:
    notes = c.__dict__.get("notes30a", [])
    if notes:
        c.doc.add("h1", heading)
        for note in notes:
            c.doc.add("small", note)


def _cover(c: Ctx, partnership: str, title: str, *lines: str) -> None:
    d = c.doc
    d.meta["title"] = title
    if partnership:
        d.add("cover", partnership)
    d.add("title", title)
    for line in lines:
        d.add("cover", line)
    _break(c)


def _opening(c: Ctx, partnership: str, months: int = 18, age: bool = True) -> str:
    s = c.spec
    who = f"{s.child}, who was {s.age} old," if age else s.child
    return (f"{who} {_harm(c)} in {_month(_before(c, months))}. {partnership} commissioned this review to "
            f"understand how agencies worked with {s.child} and {_poss(c)} family, and what should change.")  # fmt: skip


def _front(c: Ctx, partnership: str, age: bool = True, numbered: bool = False, author: bool = True) -> int:
    """Introduction, terms of reference, methodology, family involvement, background and key events; age=False
    leaves the child's age out of all of them, author=False the reviewer's name."""
    d = c.doc
    n = 1
    d.add("h1", f"{n}. Introduction" if numbered else "Introduction")
    d.add("p", _opening(c, partnership, age=age))
    d.add("p", _criteria(c))
    n += 1
    _tor(c, f"{n}. Terms of reference" if numbered else "Terms of reference")
    n += 1
    if author:
        _method(c, f"{n}. Methodology" if numbered else "Methodology", scr=c.doc.meta["review_type"] == "SCR")
    else:
        d.add("h1", f"{n}. Methodology" if numbered else "Methodology")
        d.add("p", "Each agency provided a chronology and a short report. The independent reviewer met the "
              "practitioners involved at a learning event and was supported by a panel of senior managers from the "
              "agencies, which met four times.")  # fmt: skip
    n += 1
    _family(c, f"{n}. Family involvement" if numbered else "Family involvement")
    n += 1
    d.add("h1", f"{n}. Background" if numbered else "Background")
    background = c.fill(narrative.BACKGROUND[c.spec.scenario])
    if not age:  # the background's sentences that do not give the age
        kept = [t for t in _sentences(background) if c.spec.age not in t]
        background = " ".join(
            [f"{c.spec.child} lived with {_poss(c)} family, who were known to several agencies."] + kept
        )
    d.add("p", background)
    for text in _events_without(c, 2, c.spec.age if not age else "\x00"):
        d.add("p", text)
    return n + 1


def _num_recs(c: Ctx, recs: list, heading: str = "Recommendations") -> None:
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def _headed(c: Ctx, st, label: str, kind: str, extra: str = "") -> int:
    d = c.doc
    key = d.lesson(kind, label, f"{st.title} {st.body}{(' ' + extra) if extra else ''}", st.themes, title=st.title)
    d.add("h2", f"{label}: {st.title}" if label else st.title, key)
    return key


def _contacts(c: Ctx) -> list[tuple[str, str, str]]:
    """Three dated contacts of the month before the incident (_opening puts it 18 months before the publication), as
    the agencies' records give them."""
    s = c.spec
    baby = not s.age.endswith("years")
    young = baby or int(s.age.split()[0]) < 5
    rows = (
        (("Health visiting", f"A routine contact at home. {s.child} was asleep and was not seen awake; the mother said "
          "she was coping."), ("GP practice", "The mother attended with low mood. Her medication was increased; the "
          "children were not asked about."), ("Children's social care", "An anonymous referral about the state of "
          "the home was closed after a telephone call to the mother.")) if young else
        (("School", f"{s.child} was absent for three days. The school telephoned home and accepted that "
          f"{'he' if child_sex(c) == 'm' else 'she'} was unwell."), ("Police", f"{s.child} was reported missing overnight and "
          "returned the next morning. The return interview was not completed."), ("Children's social care",
          "A referral from the police was screened as not meeting the threshold for an assessment."))
    )  # fmt: skip
    return [(long_date(_before(c, 19, day)), agency, what) for day, (agency, what) in zip((3, 11, 24), rows)]


# --- serious case reviews ---------------------------------------------------------------------------------------------


def c889(c: Ctx) -> None:  # SCR: the mother's words in an indented block (part); a practitioner's words apart (never)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _hf(c, f"Serious Case Review: {s.child}", "")
    _cover(c, partnership, f"Serious Case Review: {s.child}", "Overview report", f"Independent author: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    _contents(c)
    n = _front(c, partnership, numbered=True)
    d.add("h1", f"{n}. Findings")
    d.add("p", "The findings draw on the agencies' records, the practitioners' event and the reviewer's meetings with "
          f"{s.child}'s mother. Her words, and those of practitioners, are quoted where they agreed to this.")  # fmt: skip
    sts = _long(c, 3)
    for i, st in enumerate(sts, 1):
        label = f"Finding {i}"
        if i == 1:
            lead = f"{s.child}'s mother told the reviewer:"
            quote = _MOTHER[len(s.name) % len(_MOTHER)]
            close = "Her account of those months was not sought by any agency at the time."
            key = _headed(c, st, label, "finding", f"{lead} {quote} {close}")
            _p(c, f"{st.body} {lead}", key)
            d.add("num", quote, key, label="")
            _p(c, close, key)
        elif i == 2:
            key = _headed(c, st, label, "finding")
            parts = _sentences(st.body)
            _p(c, parts[0], key)
            d.add("p", _PRACTITIONER[len(s.name) % len(_PRACTITIONER)])
            if parts[1:]:
                _p(c, " ".join(parts[1:]), key)
        else:
            key = _headed(c, st, label, "finding")
            _p(c, st.body, key)
    _num_recs(c, _recs(c, 4), f"{n + 1}. Recommendations")
    _conclusion(c, f"{n + 2}. Conclusion")
    _glossary(c, "Appendix: Glossary")


def c892(c: Ctx) -> None:  # SCR: a table of dated contacts inside a finding; the date only on the back page
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    pub = _month_only(c)
    _hf(c, f"{s.child} | Serious Case Review", "")
    _cover(c, partnership, f"Serious Case Review: {s.child}", "Overview report", f"Author: {s.author}")
    _contents(c)
    _front(c, partnership)
    d.add("h1", "Findings")
    sts = _long(c, 3)
    for i, st in enumerate(sts, 1):
        label = f"Finding {i}"
        key = _headed(c, st, label, "finding")
        if i != 2:
            _p(c, st.body, key)
            continue
        parts = _sentences(st.body)
        _p(c, parts[0], key)
        d.add("small", f"Table 2: Contacts with the family in {_month(_before(c, 19))}")
        d.add("header", cells=("Date", "Agency", "What happened"), label="contacts30a")
        for row in _contacts(c):
            d.add("row", cells=row, label="contacts30a")
        d.add("small", "Source: the agencies' chronologies.")
        if parts[1:]:
            _p(c, " ".join(parts[1:]), key)
    _num_recs(c, _recs(c, 4))
    _conclusion(c)
    _glossary(c, "Appendix A: Glossary")
    _break(c)
    d.add("small", f"Published by {partnership}, {pub}.")
    d.add("small", f"\u00a9 {partnership}. This report may be reproduced for training purposes with acknowledgement.")


def c898(c: Ctx) -> None:  # older SCR executive summary: a lesson quoting the Board's procedures in an indented block
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership, f"Serious Case Review: {s.child}. Executive Summary",
           f"Overview author: {s.author}", f"Date of publication: {c.printed_date()}")  # fmt: skip
    d.add("h1", "1. Introduction")
    d.add("num", f"{s.child}, who was {s.age} old, {_harm(c)} in {_month(_before(c, 20))}.", label="1.1")
    d.add("num", "The review was conducted under chapter 8 of Working Together to Safeguard Children. "
          "Individual management reviews were provided by each agency involved.", label="1.2")  # fmt: skip
    d.add("h1", "2. Summary of events")
    for k, text in enumerate(_events(c, 2), 1):
        d.add("num", text, label=f"2.{k}")
    d.add("h1", "3. Lessons learned")
    d.add("num", "The panel identified the following lessons for agencies.", label="3.1")
    lead = "The Board's multi-agency procedures say:"
    quote = ("\u201cWhere a practitioner has concerns about a child, those concerns should be discussed with the "
             "designated or named professional and, where there is reasonable cause to suspect significant harm, "
             "referred without delay to children's social care.\u201d")  # fmt: skip
    close = "Practice in this case fell short of that standard."
    for i, st in enumerate(_sts(c, 3), 2):
        label = f"3.{i}"
        if i == 3:
            key = d.lesson("learning_point", label, f"{st.body} {lead} {quote} {close}", st.themes)
            d.add("num", f"{st.body} {lead}", key, label=label)
            d.add("num", quote, key, label="")
            d.add("p" if s.fmt == "scan" else "keep", close, key)
        else:
            d.add("num", st.body, d.lesson("learning_point", label, st.body, st.themes), label=label)
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(_recs(c, 4), 1):
        d.add("num", r.text, d.lesson("recommendation", f"4.{j}", r.text, r.themes), label=f"4.{j}")


def c901(c: Ctx) -> None:  # SCR: a citation in the finding's sentence (part) and a research box inside it (never)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _hf(c, f"SCR {s.child} | Overview report")
    _cover(c, partnership, f"Serious Case Review: {s.child}", f"Lead reviewer: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    _contents(c)
    _front(c, partnership)
    d.add("h1", "Findings")
    for i, st in enumerate(_long(c, 3), 1):
        cite = _cited(c, i)
        key = _headed(c, st, f"Finding {i}", "finding", cite)
        parts = _sentences(st.body)
        _p(c, parts[0], key)
        d.add("box", _boxed(c, i), label="What the research tells us")
        _p(c, " ".join(parts[1:] + [cite]), key)
    _num_recs(c, _recs(c, 4))
    d.add("h1", "References")
    for ref in ("Brandon, M. et al. (2008) Analysing child deaths and serious injury through abuse and neglect. DCSF.",
                "Munro, E. (2011) The Munro Review of Child Protection: Final Report. Department for Education.",
                "Ofsted (2011) Ages of concern: learning lessons from serious case reviews.",
                "Sidebotham, P. et al. (2016) Pathways to harm, pathways to protection: a triennial analysis of "
                "serious case reviews 2011 to 2014. Department for Education."):  # fmt: skip
        if int(re.search(r"\((\d{4})\)", ref).group(1)) <= _year(c):
            d.add("small", ref)


def c903(
    c: Ctx,
) -> None:  # SCR: a finding's lettered reasons broken by a page break, its footnote and furniture between
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    pdf = s.fmt == "pdf"
    d.footnote_space = 42 if pdf else 0
    _hf(c, f"Serious Case Review: {s.child} | Final report", "")
    _cover(c, partnership, f"Serious Case Review: {s.child}", "Final report", f"Independent author: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    n = _front(c, partnership, numbered=True)
    if s.fmt in ("pdf", "txt"):  # the findings open a page
        d.add("pagebreak")
    d.add("h1", f"{n}. Findings")
    lead = "The review identified three reasons why this happened:"
    reasons = ("practitioners' caseloads left little time to read the history;",
               "no single record brought together what each agency knew; and",
               "concerns were discussed within agencies but not escalated between them.")  # fmt: skip
    close = "None of these reasons is particular to this case."
    for i, st in enumerate(_long(c, 3), 1):
        label = f"Finding {i}"
        if i != 2:
            key = _headed(c, st, label, "finding")
            _p(c, st.body, key)
            continue
        key = _headed(c, st, label, "finding", f"{lead} {' '.join(reasons)} {close}")
        first = _sentences(st.body)[0]
        _noted(c, f"{st.body} {lead}", key, 1, first, _NOTES[0], foot=True)
        for k, (letter, text) in enumerate(zip("abc", reasons)):
            d.add("num", text, key, label=f"({letter})")
            if k == 1:
                _foot(c)
        _p(c, close, key)
    _num_recs(c, _recs(c, 4), f"{n + 1}. Recommendations")
    _conclusion(c, f"{n + 2}. Conclusion")


# --- local child safeguarding practice reviews -----------------------------------------------------------------------


def c890(c: Ctx) -> None:  # LCSPR: citations in the learning (part), footnote markers (never); area only in the footer
    d, s = c.doc, c.spec
    area = s.area
    _setup(c, "the safeguarding partners")
    c.words.update(area="the city")
    d.footnote_space = 42 if s.fmt == "pdf" else 0
    d.header = f"Local Child Safeguarding Practice Review: {s.child}"
    d.footer = f"\u00a9 {area} Safeguarding Children Partnership {_year(c)} | Page {{x}} of {{y}}"
    _cover(c, "", f"Local Child Safeguarding Practice Review: {s.child}", f"Lead reviewer: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    d.add("h1", "Introduction")
    d.add("p", _opening(c, "The safeguarding partners"))
    d.add("p", _criteria(c))
    _tor(c)
    d.add("h1", "Methodology")
    d.add("p", "The review used a systems approach. Agencies provided chronologies and short reports, and the lead "
          "reviewer met the practitioners involved at a learning event.")  # fmt: skip
    d.add("h1", "What the review learned")
    cited = []
    for i, st in enumerate(_long(c, 3), 1):
        cite = _cited(c, i + 1)
        cited.append(cite)
        key = _headed(c, st, f"Learning point {i}", "learning_point", cite)
        first = _sentences(st.body)[0]
        _noted(c, f"{st.body} {cite}", key, i, first, _NOTES[i % len(_NOTES)])
    _num_recs(c, _recs(c, 4))
    d.add("h1", "References")  # the works the learning cites, and only those
    for key, ref in (("Brandon et al., 2008", "Brandon, M. et al. (2008) Analysing child deaths and serious injury "
                      "through abuse and neglect. DCSF."),
                     ("Brandon et al., 2020", "Brandon, M. et al. (2020) Complexity and challenge: a triennial "
                      "analysis of SCRs 2014-2017. Department for Education."),
                     ("Review Panel, 2021", "Child Safeguarding Practice Review Panel (2021) Annual report 2020: "
                      "patterns in practice, key messages and 2021 work programme."),
                     ("Review Panel, 2022", "Child Safeguarding Practice Review Panel (2022) Child Protection in "
                      "England."),
                     ("Ofsted (2011)", "Ofsted (2011) Ages of concern: learning lessons from serious case reviews."),
                     ("Sidebotham et al., 2016", "Sidebotham, P. et al. (2016) Pathways to harm, pathways to "
                      "protection: a triennial analysis of serious case reviews 2011 to 2014. Department for "
                      "Education.")):  # fmt: skip
        if any(key in t for t in cited):
            d.add("small", ref)


def c891(c: Ctx) -> None:  # LCSPR: a "What this looked like for <child>" box inside a learning point; age only there
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _hf(c, f"LCSPR {s.child}")
    _cover(c, partnership, f"Local Child Safeguarding Practice Review: {s.child}",
           f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")  # fmt: skip
    _contents(c)
    _front(c, partnership, age=False)
    d.add("h1", "Learning")
    events = _events_without(c, 3, s.age)
    for i, st in enumerate(_long(c, 3), 1):
        key = _headed(c, st, f"Learning point {i}", "learning_point")
        parts = _sentences(st.body)
        _p(c, parts[0], key)
        if i <= 2 and events:
            text = events.pop(0)
            if i == 1:
                text = f"{s.child} was {s.age} old at the time. {text}"
            d.add("box", text, label=f"What this looked like for {s.child}")
        if parts[1:]:
            _p(c, " ".join(parts[1:]), key)
    gps = _good(c, 2)
    if gps:
        d.add("h1", "Good practice")
        for g in gps:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    _num_recs(c, _recs(c, 3))


def c893(c: Ctx) -> None:  # LCSPR: learning whose lead sentence opens bullets with sub-bullets (all part of it)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _hf(c, f"{s.child}: Local Child Safeguarding Practice Review")
    _cover(c, partnership, f"Local Child Safeguarding Practice Review: {s.child}",
           f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")  # fmt: skip
    _front(c, partnership)
    d.add("h1", "Learning")
    lead = "Practitioners at the learning event described three things that made this harder:"
    subs = ("a new social worker every few months;", "records that did not show who else was involved.")
    close = "Each of these is a feature of the system, not of one practitioner."
    for i, st in enumerate(_long(c, 3), 1):
        label = f"Learning {i}"
        if i != 1:
            key = _headed(c, st, label, "learning_point")
            _p(c, st.body, key)
            continue
        items = [_BARRIERS[0] + ";", "changes of worker, in particular:", _BARRIERS[2] + "."]
        printed = [items[0], items[1], *subs, items[2]]
        key = _headed(c, st, label, "learning_point", f"{lead} {' '.join(printed)} {close}")
        _p(c, f"{st.body} {lead}", key)
        d.add("bullet", items[0], key)
        d.add("bullet", items[1], key)
        for sub in subs:
            d.add("subbullet", sub, key, label="o")
        d.add("bullet", items[2], key)
        _p(c, close, key)
    _num_recs(c, _recs(c, 3))


def c896(c: Ctx) -> None:  # SILP: learning over several paragraphs across a page; author only in a footnote
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    pdf = s.fmt == "pdf"
    d.footnote_space = 42 if pdf else 0
    _hf(c, f"SILP report: {s.child}")
    _cover(c, partnership, f"Significant Incident Learning Process (SILP) report: {s.child}",
           f"Published: {c.printed_date()}")  # fmt: skip
    d.add("h1", "Introduction")
    d.add("p", _opening(c, partnership))
    intro = ("This Local Child Safeguarding Practice Review used the Significant Incident Learning Process (SILP), "
             "which brings together the practitioners and managers involved to reflect on what happened.")  # fmt: skip
    after = "Significant Incident Learning Process (SILP)"
    _noted(c, intro, (), 1, after, f"The lead reviewer, {s.author}, is an accredited SILP reviewer and is "
           "independent of all the agencies involved.")  # fmt: skip
    _tor(c)
    d.add("h1", "The learning event")
    d.add("p", "Agency reports were shared before a learning event attended by the practitioners involved. A recall "
          "event tested the draft report with the same practitioners.")  # fmt: skip
    d.add("h1", "Background")
    for text in _events(c, 2):
        d.add("p", text)
    d.add("h1", "Learning from the events")
    sts = _long(c, 6)
    for i in range(3):
        a, b = sts[2 * i], sts[2 * i + 1]
        key = d.lesson("learning_point", "", f"{a.title} {a.body} {b.body}", tuple(dict.fromkeys(a.themes + b.themes))[:5],
                       title=a.title)  # fmt: skip
        d.add("h2", a.title, key)
        if i == 1:  # the paragraphs broken by a page break, the page's footnote between
            first = _sentences(a.body)[0]
            _noted(c, a.body, key, 2, first, _NOTES[2], foot=True)
            _foot(c)
            _p(c, b.body, key)
        else:
            _p(c, a.body, key)
            d.add("p", _PRACTITIONER[(i + len(s.name)) % len(_PRACTITIONER)])
            _p(c, b.body, key)
    _num_recs(c, _recs(c, 3), "Multi-agency recommendations")
    _notes(c)


def c899(c: Ctx) -> None:  # LCSPR web page: a box of the child's experience after each finding; the age only in one
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    baby = not s.age.endswith("years")
    _cover(c, partnership, f"Local Child Safeguarding Practice Review: {s.child}", f"Author: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    d.add("h1", "About this review")
    d.add("p", _opening(c, partnership, age=False))
    d.add("h1", "Background")
    events = _events_without(c, 5, s.age)
    for text in events[:2]:
        d.add("p", text)
    d.add("h1", "Findings")
    head = f"{s.child}'s experience" if baby else f"In {s.child}'s words"
    boxes = (
        [f"{s.child} was {s.age} old. {events[2] if len(events) > 2 else ''}".strip(),
         events[3] if len(events) > 3 else "The records say little about the baby's day."]
        if baby else
        [f"{s.child}, then {s.age} old, told the reviewer: \u201cNobody asked me what was going on. They talked to my "
         "mum and then they left.\u201d",
         f"{s.child} said: \u201cI would have talked if it was someone I knew.\u201d"]
    )  # fmt: skip
    for i, st in enumerate(_long(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
        if i <= 2:
            d.add("box", boxes[i - 1], label=head)
    _num_recs(c, _recs(c, 4))


def c900(c: Ctx) -> None:  # LCSPR: a recommendation's lettered parts broken over a page; the date on the back page
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    pub = _month_only(c)
    d.footnote_space = 42 if s.fmt == "pdf" else 0
    _hf(c, f"{s.child} LCSPR | OFFICIAL", "")
    _cover(c, partnership, f"Local Child Safeguarding Practice Review: {s.child}",
           f"Independent reviewer: {s.author}")  # fmt: skip
    _front(c, partnership)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        _p(c, st.body, key)
    if s.fmt in ("pdf", "txt"):  # the recommendations open a page
        d.add("pagebreak")
    d.add("h1", "Recommendations")
    recs = _recs(c, 3)
    stem = "The safeguarding partners should seek assurance that:"
    parts = ("practitioners in every agency know the partnership's escalation policy and use it;",
             "the multi-agency audit programme includes cases where a referral was closed without an assessment;",
             "the threshold document is revised to say when a repeat referral must lead to a strategy discussion; "
             "and",
             "the learning from this review is included in multi-agency training within six months.")  # fmt: skip
    for j, r in enumerate(recs[:2] + [None] + recs[2:], 1):
        if r is not None:
            d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
            continue
        key = d.lesson("recommendation", str(j), f"{stem} {' '.join(parts)}",
                       ("assess.critical_thinking_challenge", "org.policy_guidance", "assess.thresholds_cp_processes"))  # fmt: skip
        if s.fmt == "pdf":
            d.add("fnp", f"{j}. {stem}", key, label=f"1|{stem}|{_NOTES[1]}")
        else:
            _noted(c, f"{j}. {stem}", key, 1, stem, _NOTES[1], foot=True)
        for k, (letter, part) in enumerate(zip("abcd", parts)):
            d.add("subbullet", part, key, label=f"{letter})")
            if k == 1:
                _foot(c)
    _conclusion(c)
    _break(c)
    d.add("small", f"{partnership}")
    d.add("small", f"This report was published in {pub}.")


def c902(c: Ctx) -> None:  # LCSPR: "Key contacts" dated bullets inside a learning point (never part of it)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _hf(c, f"LCSPR: {s.child}")
    _cover(c, partnership, f"Local Child Safeguarding Practice Review: {s.child}",
           f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")  # fmt: skip
    _contents(c)
    _front(c, partnership)
    d.add("h1", "What we learned")
    for i, st in enumerate(_long(c, 3), 1):
        key = _headed(c, st, f"Learning {i}", "learning_point")
        parts = _sentences(st.body)
        if i != 1:
            _p(c, st.body, key)
            continue
        _p(c, parts[0], key)
        d.add("h3", "Key contacts")
        for date, agency, what in _contacts(c):
            d.add("bullet", f"{date} \u2013 {agency}: {what}")
        _p(c, " ".join(parts[1:]), key)
    gps = _good(c, 2)
    if gps:
        d.add("h1", "Good practice")
        for g in gps:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    _num_recs(c, _recs(c, 4))


def c904(c: Ctx) -> None:  # LCSPR: key practice episode boxes before learning whose sentence quotes the mother (part)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _hf(c, f"{s.child} | Local Child Safeguarding Practice Review")
    _cover(c, partnership, f"Local Child Safeguarding Practice Review: {s.child}",
           f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")  # fmt: skip
    _front(c, partnership)
    d.add("h1", "Key practice episodes and learning")
    d.add("p", "The review identified three key practice episodes. Each is summarised in a box, followed by the "
          "learning it gives.")  # fmt: skip
    quoted = (f"{s.child}'s mother told the reviewer that at the meetings she had felt \u2018judged rather than "
              "helped\u2019, and that after a while she stopped saying what was really happening at home.")  # fmt: skip
    events = _events(c, 3)
    events += [  # where the chronology's paragraphs are spent: episodes any case of the half can have had
        "A review child protection conference was held. The plan was continued with the same actions, and no "
        "agency reported what had changed for the child since the last conference.",
        "Children's social care received a further referral from the school. It was screened and closed after a "
        "telephone call to the mother, with no contact with the child.",
    ][: max(0, 3 - len(events))]
    for i, st in enumerate(_long(c, 3), 1):
        month = _month(_before(c, 30 - 3 * i))  # 27, 24 and 21 months before the publication: before the incident (18)
        d.add("box", f"{month}. {events[i - 1]}",
              label=f"Key practice episode {i}")  # fmt: skip
        extra = quoted if i == 2 else ""
        key = _headed(c, st, f"Learning {i}", "learning_point", extra)
        _p(c, f"{st.body} {extra}".strip(), key)
    _num_recs(c, _recs(c, 4))


def c905(c: Ctx) -> None:  # LCSPR web page: "Questions for reflection" and "Further reading" under each learning point
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership, f"Local Child Safeguarding Practice Review: {s.child}",
           f"Published: {c.printed_date()}", f"Written by {s.author}, independent reviewer")  # fmt: skip
    d.add("h1", "Summary")
    d.add("p", _opening(c, partnership))
    d.add("h1", "Background")
    for text in _events(c, 2):
        d.add("p", text)
    d.add("h1", "Learning")
    reading = ("Child Safeguarding Practice Review Panel (2021) The myth of invisible men.",
               "Child Safeguarding Practice Review Panel (2022) Child Protection in England.",
               "Child Safeguarding Practice Review Panel (2020) Out of routine: a review of sudden unexpected death "
               "in infancy.")  # fmt: skip
    for i, st in enumerate(_sts(c, 3), 1):
        key = _headed(c, st, f"Learning point {i}", "learning_point")
        _p(c, st.body, key)
        d.add("h3", "Questions for reflection")
        for q in _REFLECT[i - 1 : i + 1]:
            d.add("bullet", q)
        d.add("small", f"Further reading: {reading[i - 1]}")
    gps = _good(c, 2)
    if gps:
        d.add("h1", "Good practice")
        for g in gps:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    _num_recs(c, _recs(c, 3))


def c906(c: Ctx) -> None:  # LCSPR: a "should have happened / happened" table inside each finding; author on back page
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _hf(c, f"Local Child Safeguarding Practice Review: {s.child}")
    _cover(c, partnership, f"Local Child Safeguarding Practice Review: {s.child}", f"Published {c.printed_date()}")
    _front(c, partnership, author=False)
    d.add("h1", "Findings")
    rows = (
        (("A strategy discussion within one working day of the referral.", "A telephone call between two agencies "
          "three days later, with no record of the decision."),
         (("The baby seen awake and undressed at every visit.", "The baby seen asleep in a car seat at three of "
           "four visits.") if not s.age.endswith("years") else
          ("The child seen and spoken to alone.", "The child seen with a parent present on every visit."))),
        (("Every adult in the household identified and checked.", "The mother's partner named in one record and not "
          "checked."),
         ("The plan reviewed when circumstances changed.", "The plan left unchanged for four months.")),
    )  # fmt: skip
    for i, st in enumerate(_long(c, 3), 1):
        key = _headed(c, st, f"Finding {i}", "finding")
        parts = _sentences(st.body)
        if i == 3:
            _p(c, st.body, key)
            continue
        _p(c, parts[0], key)
        d.add("header", cells=("What should have happened", "What happened"), label="expect30a")
        for row in rows[i - 1]:
            d.add("row", cells=row, label="expect30a")
        _p(c, " ".join(parts[1:]), key)
    _num_recs(c, _recs(c, 4))
    _break(c)
    d.add("small", f"This review was written by {s.author}, independent reviewer, for {partnership}.")


# --- a national review, a rapid review summary and a seven-minute briefing ------------------------------------------


def c894(
    c: Ctx,
) -> None:  # Panel national review: "Ofsted (2011) found ..." in findings (part), endnote markers (never)
    d, s = c.doc, c.spec
    title = _NATIONAL_TITLES.get(s.scenario, c.title())
    d.meta.update(title=title)
    d.footnote_space = 42 if s.fmt == "pdf" else 0
    _hf(c, "Child Safeguarding Practice Review Panel")
    _cover(c, "Child Safeguarding Practice Review Panel", title, f"Published: {c.printed_date()}")
    d.add("h1", "1. Introduction")
    d.add("p", "This national review was commissioned by the Child Safeguarding Practice Review Panel under its "
          "duties in the Children and Social Work Act 2017. It drew on rapid reviews and local reviews notified to "
          "the Panel, and on conversations with practitioners and families.")  # fmt: skip
    d.add("h1", "2. Methodology")
    d.add("p", "The review team analysed notifications, read every rapid review and local review in the sample, held "
          "practitioner focus groups in six areas and spoke to parents.")  # fmt: skip
    d.add("h1", "3. Findings")
    # a national review names no child: no statement that prints a bank child's given name
    names = re.compile(
        r"\b(?:{})\b".format("|".join(sorted({k for k in CHILDREN if " " not in k} | {"Chloe", "Jess"})))
    )
    sts = [st for st in _long(c, 8) if not names.search(f"{st.title} {st.body}")][:3]
    for i, st in enumerate(sts, 1):
        cite = _cited(c, i + 2)
        key = _headed(c, st, f"Finding {i}", "finding", cite)
        first = _sentences(st.body)[0]
        _noted(c, f"{st.body} {cite}", key, i, first,
               f"Drawn from {('rapid reviews', 'local reviews', 'the practitioner focus groups')[i - 1]} in the "
               "review's sample.")  # fmt: skip
    d.add("h1", "4. Recommendations")
    for j, (text, themes) in enumerate(_NATIONAL_RECS, 1):
        d.add("num", text, d.lesson("recommendation", str(j), text, themes), label=f"{j}.")
    _notes(c, "Endnotes")


def c895(c: Ctx) -> None:  # rapid review summary: the age in a "Case summary" box; "Actions already taken" sub-bullets
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    pub = _to_day(c)
    title = f"Rapid review summary: {s.child}"
    _cover(c, partnership, title, f"Date of notification to the national Panel: {long_date(_before(c, 10, 3))}",
           f"Date of rapid review meeting: {long_date(_before(c, 10, 19))}",
           f"Summary published: {long_date(pub)}")  # fmt: skip
    d.add("h1", "Why a rapid review was held")
    d.add("p", f"A serious incident notification was made to the Child Safeguarding Practice Review Panel after "
          f"{s.child} {_harm(c)}. The safeguarding partners held a rapid review to identify immediate learning and "
          "to decide whether a local child safeguarding practice review should follow.")  # fmt: skip
    events = _events(c, 1)
    d.add("box", f"{s.child} was {s.age} old and lived with {_poss(c)} mother. {events[0] if events else ''}".strip(),
          label="Case summary")  # fmt: skip
    d.add("h1", "Learning identified")
    actions = (("Single-agency briefings on the learning have been delivered to front-line teams.",
                "The referral form has been changed to ask who else lives in the household."),
               ("The team manager now reviews every contact closed after a telephone call.",),
               ("The partnership's escalation policy was re-launched at the quarterly practitioners' forum.",))  # fmt: skip
    notified = _before(c, 10, 3)  # the learning is of the incident's time: no lockdown before the first (March 2020)
    sts = [
        st
        for st in _sts(c, 8)
        if notified >= "2020-04" or not re.search(r"lockdown|pandemic|COVID", f"{st.title} {st.body}", re.I)
    ][:3]
    for i, st in enumerate(sts, 1):
        key = d.lesson("learning_point", f"Learning {i}", st.body, st.themes)
        if s.fmt == "docx":
            d.add("runin", st.body, key, label=f"Learning {i}:")
        else:
            d.add("p", f"Learning {i}: {st.body}", key)
        d.add("p", "Actions already taken:")
        for a in actions[i - 1]:
            d.add("subbullet", a, label="\u2013")
    d.add("h1", "Decision")
    d.add("p", "The safeguarding partners agreed that the learning has been identified and acted on, and that a local "
          "child safeguarding practice review is not required. The national Panel agreed with this decision.")  # fmt: skip
    _num_recs(c, _recs(c, 2), "Recommendations for the partnership")


def c897(c: Ctx) -> None:  # 7-minute briefing: a boxed mother's quotation among the learning; date in small print
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    pub = _month_only(c)
    kind = "LCSPR" if _year(c) >= 2020 else "SCR"
    title = f"7 Minute Briefing: {kind} {s.child}"
    d.meta.update(title=title, author="")
    d.add("cover", partnership)
    d.add("title", title)
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
    d.add("h1", "5. Learning")
    sts = _sts(c, 3)
    for k, st in enumerate(sts):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
        if k == 0:
            d.add("box", _MOTHER[len(s.name) % len(_MOTHER)] + f" \u2013 {s.child}'s mother", label="In her words")
    d.add("h1", "6. What should I do?")
    for q in ("Read the full report and discuss it in team meetings.",
              "Use the partnership's escalation policy when you disagree with a decision."):  # fmt: skip
        d.add("bullet", q)
    d.add("h1", "7. Questions for reflection")
    for q in _REFLECT[:3]:
        d.add("bullet", q)
    d.add("small", f"Published {pub}. The full report is available on the partnership's website.")


def _keeps_author(build):
    """The author printed only in a footnote's note (C896): the gold keeps the spec's author."""

    def run(c: Ctx) -> None:
        build(c)
        c.doc.meta["author"] = c.spec.author

    run.__doc__ = build.__doc__
    return run


BUILDERS = {
    f"C{int(name[1:]):03d}": _of_its_time(_printed_only(_named(fn)))
    for name, fn in list(globals().items())
    if re.fullmatch(r"c(889|89\d|90[0-6])", name)
}
BUILDERS["C896"] = _keeps_author(BUILDERS["C896"])
