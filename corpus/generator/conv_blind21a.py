"""Corpus generator: the twenty-first blind held-out set, first half: C565-C582 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it,
ingest or `lessons eval` on anything and never saw its output. The half leans to documents as they are after
anonymisation, redaction, revision and republication: black bars and typed reasons inside lessons, numbered
paragraphs and a learning point withheld from the published version, professionals known by role codes and a
pseudonym explained in a footnote, an erratum that corrects a recommendation's lead agency and the child's age,
a recommendation reworded on republication with its first wording still printed (in the text, or in a table of
changes), recommendations renumbered after one was withdrawn, amendment marks, a schedule of redactions, a
partnership's later statement appended to the report, and a web page taken down and put back. A smaller part
leans to the metadata of revised and delayed publications: a note explaining why publication waited for a
criminal trial, a cover that prints six dates of which one is the first publication, a partnership renamed
between editions, a reviewer who took over from another, and a child renamed at the family's request.

Each builder declares every lesson as a careful reader of that document would record it: kind, printed label,
heading (title) where there is one, agency where the document gives one, and only the metadata the document
prints. Where a document prints two wordings of one recommendation, the lesson is the wording the document
gives as the one now in force; withdrawn wordings, withheld stubs, errata, schedules and statements are never
lessons. The set uses only element kinds the earlier writers already draw, so no writer is changed and documents
of earlier sets come out as before. Bank texts are drawn through set 19's filters (conv_blind19a).
"""

from __future__ import annotations

import re

from . import narrative
from .bank_types import Recommendation, Statement
from .conv_blind18b import _finding, _harm, _of_its_time, _p, _pron, _runin
from .conv_blind19a import _board, _cap, _month, _partners, _recs, _sts, _type_name
from .conv_common import long_date as _long
from .conv_common import named as _named
from .conv_common import other_person as _other
from .conv_common import printed_only as _printed_only
from .conv_common import published_to_day as _to_day
from .conv_common import shift as _shift
from .conv_specs import Ctx

# The people and places a published version hides, as they stand in bank texts.
_ROLE = re.compile(
    r"\b([Tt]he (?:school|GP|health visitor|social worker|midwife|hospital|nursery|police officer|mother|father))\b(?![\w'\u2019-])"
)
BAR = "\u2588" * 9
REASONS = (
    "[Redacted: identifies a third party]",
    "[Redacted: identifies the school]",
    "[Redacted: health information about a family member]",
)
ROLE_CODES = (
    ("the social worker", "SW1", "Social worker, children's social care"),
    ("the health visitor", "HV1", "Health visitor"),
    ("the GP", "GP1", "General practitioner"),
    ("the police officer", "PC1", "Police officer, public protection unit"),
    ("the midwife", "MW1", "Community midwife"),
    ("the school", "School A", "The primary or secondary school the child attended"),
)
WRONG_AGENCY = {"Police": "Children's Social Care"}


def _mark(text: str, marker: str) -> str:
    """The text with a redaction after the first person or place it names (unchanged when it names none)."""
    return _ROLE.sub(lambda m: f"{m.group(1)} {marker}", text, count=1)


def _marked_sts(c: Ctx, n: int) -> list[Statement]:
    """n statements, those naming a person or place the redaction can follow first."""
    pool = _sts(c, n + 3)
    pool.sort(key=lambda st: not _ROLE.search(st.body))
    return pool[:n]


def _cover(c: Ctx, *lines: str) -> None:
    d = c.doc
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    for line in lines:
        d.add("cover", line)
    if c.spec.fmt != "html":
        d.add("pagebreak")


def _intro(c: Ctx, with_age: bool = True) -> None:
    d, s = c.doc, c.spec
    age = f", aged {s.age}," if with_age else ""
    d.add("h1", "Introduction")
    d.add("p", f"This {_type_name(c)} was commissioned by the {c.partnership} after {s.child}{age} {_harm(c)}.")
    d.add("p", c.fill(narrative.METHOD[0]))


def _bg(c: Ctx) -> None:
    c.doc.add("h1", "Background")
    c.doc.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))


def _numbered(c: Ctx, recs: list[Recommendation], heading: str = "Recommendations") -> None:
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def _older(r: Recommendation) -> str:
    """A recommendation's wording at first publication: softer than the wording now in force."""
    if " should " in r.text:
        return r.text.replace(" should ", " should consider whether to ", 1)
    return "The partnership should consider whether " + r.text[0].lower() + r.text[1:]


def _wrong_age(age: str) -> str:
    n, unit = age.split(" ", 1)
    return f"{int(n) + (1 if unit == 'years' else 2)} {unit}"


# --- the conventions ------------------------------------------------------------------------------


def c565(c: Ctx) -> None:  # black bars inside the narrative and the findings
    d, s = c.doc, c.spec
    d.font = "dejavu-sans"
    _cover(c, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}", "Version for publication")
    d.add("h1", "A note on this version")
    d.add("p", f"Names, places and some details have been removed from this version and are shown as black bars "
          f"({BAR}). The removed words are known to {_partners(c)}.")  # fmt: skip
    _intro(c)
    d.add("h1", "Background")
    d.add("p", f"{s.child} lived with {_pron(c)[1]} mother and {BAR} in {BAR}. The family moved to the area in "
          f"{BAR} {BAR} and registered with a GP practice in {BAR}.")  # fmt: skip
    d.add("h1", "Findings")
    for i, st in enumerate(_marked_sts(c, 3), 1):
        _finding(c, Statement(st.title, _mark(st.body, f"({BAR})"), st.themes), f"Finding {i}")
    recs = _recs(c, 3)
    recs[-1] = Recommendation(_mark(recs[-1].text, f"({BAR})"), recs[-1].agency, recs[-1].themes)
    _numbered(c, recs)


def c566(c: Ctx) -> None:  # numbered paragraphs removed from the published version
    d, s = c.doc, c.spec
    _cover(c, f"Lead reviewer: {s.author}", f"Date of publication: {c.printed_date()}")
    d.add("h1", "1. Introduction")
    d.add("num", f"This {_type_name(c)} was commissioned by the {c.partnership} after {s.child} {_harm(c)}.",
          label="1.1")  # fmt: skip
    d.add("num", c.fill(narrative.METHOD[0]), label="1.2")
    d.add("h1", "2. Background")
    d.add("num", c.fill(narrative.BACKGROUND[s.scenario]), label="2.1")
    d.add("p", "Paragraphs 2.2 to 2.6 have been removed from the published version of this report to protect the "
          "privacy of the family.")  # fmt: skip
    d.add("h1", "3. Findings")
    sts = _sts(c, 4)
    for label, st in zip(("3.1", "3.2", "3.6", "3.7"), sts):
        key = d.lesson("finding", label, st.body, st.themes)
        d.add("num", st.body, key, label=label)
        if label == "3.2":
            d.add("p", "Paragraphs 3.3 to 3.5 have been removed because they contain information about a family "
                  "member that cannot be made public.")  # fmt: skip
    d.add("h1", "4. Recommendations")
    recs = _recs(c, 3)
    for label, r in zip(("4.1", "4.2", "4.4"), recs):
        d.add("num", r.text, d.lesson("recommendation", label, r.text, r.themes), label=label)
        if label == "4.2":
            d.add("num", "[Withheld from publication. This recommendation concerns a single named service and has "
                  "been shared with it.]", label="4.3")  # fmt: skip


def c567(c: Ctx) -> None:  # a pseudonym explained in a footnote; professionals known by role codes
    d, s = c.doc, c.spec
    poss = _pron(c)[1]
    _cover(c, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"This {_type_name(c)} is about {s.child}\u00b9, who was {s.age} old when {_pron(c)[0]} {_harm(c)}.")
    d.add("small", f"\u00b9 {s.child} is not the child's real name. The name was agreed with {poss} family for this "
          "report.")  # fmt: skip
    d.add("p", "Family members are described by their relationship to the child. Professionals are described by "
          "their role and a code, so that no worker can be identified.")  # fmt: skip
    d.add("h2", "Key to the people in this report")
    d.add("header", cells=("Code", "Role"))
    for _, code, role in ROLE_CODES:
        d.add("row", cells=(code, role))
    _bg(c)
    d.add("h1", "What the review learned")
    sts = _sts(c, 6)
    sts.sort(key=lambda st: not any(w in st.body for w, _, _ in ROLE_CODES))
    for i, st in enumerate(sts[:3], 1):
        body = st.body
        for words, code, _ in ROLE_CODES:
            if words in body:
                body = body.replace(words, f"{words} ({code})", 1)
                break
        _finding_kind(c, Statement(st.title, body, st.themes), f"Learning {i}")
    _numbered(c, _recs(c, 3))


def _finding_kind(c: Ctx, st: Statement, label: str, kind: str = "learning_point") -> None:
    d = c.doc
    key = d.lesson(kind, label, f"{st.title} {st.body}", st.themes, title=st.title)
    d.add("h2", f"{label}: {st.title}", key)
    _p(c, st.body, key)


def c568(c: Ctx) -> None:  # redactions with their reasons typed inside the lessons
    d, s = c.doc, c.spec
    _cover(c, f"Independent reviewer: {s.author}", f"Date of publication: {c.printed_date()}")
    d.add("h1", "Redactions")
    d.add("p", "This report has been redacted for publication. Each redaction is shown in square brackets with the "
          "reason for it, for example [Redacted: identifies a third party].")  # fmt: skip
    _intro(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_marked_sts(c, 3), 1):
        _finding(c, Statement(st.title, _mark(st.body, REASONS[i - 1]), st.themes), f"Finding {i}")
    recs = _recs(c, 3)
    recs[1] = Recommendation(_mark(recs[1].text, REASONS[0]), recs[1].agency, recs[1].themes)
    _numbered(c, recs)


def c569(c: Ctx) -> None:  # an erratum correcting a recommendation's lead agency and the child's age
    d, s = c.doc, c.spec
    pub = _to_day(c)
    _cover(c, f"Independent reviewer: {s.author}", f"Published: {_long(pub)}")
    d.add("h1", "Introduction")
    d.add("p", f"This {_type_name(c)} concerns {s.child}, who was {_wrong_age(s.age)} old when {_pron(c)[0]} "
          f"{_harm(c)}.")  # fmt: skip
    d.add("p", c.fill(narrative.METHOD[0]))
    d.add("h1", "Key learning")
    for g in _sts(c, 3):
        d.add("bullet", g.body, d.lesson("learning_point", "", g.body, g.themes))
    d.add("h1", "Recommendations")
    recs = _recs(c, 5)
    recs.sort(key=lambda r: not r.agency)
    recs = recs[:3]
    wrong = 1 if recs[0].agency else 0
    for j, r in enumerate(recs, 1):
        _runin(c, r.text, d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes, r.agency),
               f"Recommendation {j}.")  # fmt: skip
        if r.agency:
            d.add("p", f"Lead agency: {WRONG_AGENCY.get(r.agency, 'Police') if j == wrong else r.agency}.")
    if c.spec.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Erratum")
    d.add("p", f"Issued {_long(_shift(pub, -2))}. Two errors in the report as first published have been corrected "
          "here; the pages above are unchanged.")  # fmt: skip
    d.add("bullet", f"Introduction: {s.child} was {s.age} old at the time, not {_wrong_age(s.age)} as printed.")
    if wrong:
        r = recs[wrong - 1]
        d.add("bullet", f"Recommendation {wrong}: the lead agency is {r.agency}, not "
              f"{WRONG_AGENCY.get(r.agency, 'Police')} as printed.")  # fmt: skip


def c570(c: Ctx) -> None:  # a recommendation reworded on republication, its first wording quoted
    d, s = c.doc, c.spec
    pub = _to_day(c)
    revised = _shift(pub, -7)
    _cover(c, f"Lead reviewer: {s.author}", f"First published: {_long(pub)}", f"Revised: {_month(revised)}")
    _intro(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes)
        if j == 2:
            d.add("num", f"[Revised {_month(revised)}] {r.text}", key, label=f"{j}.")
            d.add("small", f"The wording first published in {_month(pub)}, now withdrawn, read: \u201c{_older(r)}\u201d "
                  f"{_cap(_partners(c))} revised it after the action plan showed that the first wording could not be "
                  "measured.")  # fmt: skip
        else:
            d.add("num", r.text, key, label=f"{j}.")


def c571(c: Ctx) -> None:  # a table of changes since first publication in an appendix, never lessons
    d, s = c.doc, c.spec
    pub = _to_day(c)
    _cover(c, f"Independent reviewer: {s.author}", f"Published: {_long(pub)}",
           f"This version: {_month(_shift(pub, -9))}")  # fmt: skip
    _intro(c)
    d.add("h1", "Learning")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    recs = _recs(c, 3)
    _numbered(c, recs)
    if c.spec.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Appendix: changes since first publication")
    d.add("p", f"The recommendations above are printed as they now stand. In {_month(_shift(pub, -9))} "
          f"{_partners(c)} changed the wording of two of them; the table records the change.")  # fmt: skip
    d.add("header", cells=("Rec.", "Wording at first publication", "Wording now", "Reason"))
    for j in (1, 3):
        r = recs[j - 1]
        d.add("row", cells=(str(j), _older(r), r.text, "To make the recommendation measurable"))


def c572(c: Ctx) -> None:  # a learning point withheld from the published report
    d, s = c.doc, c.spec
    _cover(c, f"Author: {s.author}", f"Publication date: {c.printed_date()}")
    _intro(c)
    _bg(c)
    d.add("h1", "Learning points")
    for i, st in enumerate(_sts(c, 3), 1):
        n = i if i < 3 else 4
        if n == 4:
            d.add("h2", "Learning point 3")
            d.add("p", "[This learning point has been withheld from the published report because it would identify "
                  "a member of the family. It has been shared with the agencies it concerns.]")  # fmt: skip
        key = d.lesson("learning_point", f"Learning point {n}", st.body, st.themes)
        d.add("h2", f"Learning point {n}", key)
        _p(c, st.body, key)
    _numbered(c, _recs(c, 3))


def c573(c: Ctx) -> None:  # a publication note explaining the delay; the publication only there
    d, s = c.doc, c.spec
    pub = _to_day(c)
    done, agreed, trial = _shift(pub, 20), _shift(pub, 18), _shift(pub, 2)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Report completed: {_month(done)}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Note on publication")
    d.add("p", f"This review was completed in {_month(done)} and agreed by {_partners(c)} on {_long(agreed)}. Its "
          f"publication was delayed until the end of criminal proceedings, which concluded in {_month(trial)}, so that "
          "the trial would not be prejudiced. The report has not been changed since it was agreed, except to remove "
          f"details that identify the family. {_cap(_board(c))} published it on {_long(pub)}.")  # fmt: skip
    _intro(c)
    d.add("h1", "Key learning")
    for g in _sts(c, 3):
        d.add("bullet", g.body, d.lesson("learning_point", "", g.body, g.themes))
    _numbered(c, _recs(c, 3))


def c574(c: Ctx) -> None:  # the partners' later statement appended after the report
    d, s = c.doc, c.spec
    pub = _to_day(c)
    later = _shift(pub, -14)
    _cover(c, f"Independent reviewer: {s.author}", f"Published: {_long(pub)}")
    _intro(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _numbered(c, _recs(c, 3))
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", f"Statement from the safeguarding partners ({_month(later)})")
    d.add("p", f"This statement was added to the report in {_month(later)}, fourteen months after its publication. "
          f"The review about {s.child} has changed how we work. Since it was published we have:")  # fmt: skip
    for action in ("rewritten the multi-agency escalation procedure and trained 340 practitioners in its use;",
                   "introduced a joint audit of strategy discussions, reported to the executive every quarter;",
                   "asked every agency to report on the review's recommendations at each meeting of the "
                   "learning and improvement group."):  # fmt: skip
        d.add("bullet", action)
    d.add("p", f"We will keep this statement under review. {_other(c, 3)}, Director of Children's Services; "
          f"{_other(c, 5)}, Chief Nurse, Integrated Care Board; {_other(c, 6)}, Detective Chief Superintendent.")  # fmt: skip


def c575(c: Ctx) -> None:  # six dates on the cover; the first publication is the publication
    d, s = c.doc, c.spec
    pub = _to_day(c)
    rows = (
        ("Incident", _month(_shift(pub, 30))),
        ("Review commissioned", _long(_shift(pub, 27, 14))),
        ("Report completed", _month(_shift(pub, 8))),
        ("Signed off by the safeguarding partners" if s.review_type != "SCR" else "Signed off by the LSCB",
         _long(_shift(pub, 5, 9))),
        ("First published", _long(pub)),
        ("Revised and republished", _long(_shift(pub, -6, 3))),
    )  # fmt: skip
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("metarow", cells=("Independent reviewer", s.author))
    for field, value in rows:
        d.add("metarow", cells=(field, value))
    d.add("cover", "Republished with further details removed at the request of the family.")
    if s.fmt != "html":
        d.add("pagebreak")
    _intro(c)
    d.add("h1", "Lessons")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Lesson {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Lesson {i} \u2013 {st.title}", key)
        _p(c, st.body, key)
    c.rec_table("Recommendations", _recs(c, 3))


def c576(c: Ctx) -> None:  # a partnership renamed between editions; the area stays
    d, s = c.doc, c.spec
    area = s.area
    first = "Local Safeguarding Children Board" if s.published < "2016" else "Safeguarding Children Board"
    if s.review_type == "SCR":
        now = f"{area} Safeguarding Children Partnership"
        was = f"the {area} {first}"
        when = "which replaced the Board in September 2019"
    else:
        now = f"{area} Safeguarding Partnership for Children and Young People"
        was = f"the {area} Safeguarding Children Partnership"
        when = f"the name the partnership took in April {int(s.published[:4]) + 1}"
    d.add("cover", now)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"First published by {was} in {c.printed_date()}. Republished by the {now}, {when}, with its "
          "findings and recommendations unchanged.")  # fmt: skip
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "1. Introduction")
    d.add("p", f"This {_type_name(c)} was commissioned by {was} after {s.child}, aged {s.age}, {_harm(c)}.")
    d.add("h1", "2. Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "3. Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"3.{i}", st.body, st.themes), label=f"3.{i}")
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"4.{j}", r.text, r.themes), label=f"4.{j}")


def c577(c: Ctx) -> None:  # a reviewer who took over from another; a business manager who redacted
    d, s = c.doc, c.spec
    first, manager = _other(c, 2), _other(c, 6)
    year = int(d.meta["published"][:4])
    _cover(c, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Introduction")
    d.add("p", f"This {_type_name(c)} was commissioned by the {c.partnership} after {s.child}, aged {s.age}, "
          f"{_harm(c)}.")  # fmt: skip
    d.add("p", f"The review was begun in {year - 2} by {first}, independent reviewer, who was unable to complete it "
          f"for personal reasons. {s.author} was appointed in {year - 1}, met the practitioners again and wrote this "
          f"report, drawing on the work {first} had done. The report was redacted for publication by {manager}, "
          "Partnership Business Manager.")  # fmt: skip
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding_kind(c, st, f"Learning {i}")
    _numbered(c, _recs(c, 3))


def c578(c: Ctx) -> None:  # amendment marks on lessons changed since first publication
    d, s = c.doc, c.spec
    pub = _to_day(c)
    amended = _shift(pub, -3, 12)
    _cover(c, f"Independent reviewer: {s.author}", f"Published: {_long(pub)}",
           f"Amended: {_long(amended)}")  # fmt: skip
    d.add("p", f"Paragraphs marked \u2020 were amended on {_long(amended)} after a factual accuracy check by one of "
          "the agencies. No other changes have been made.")  # fmt: skip
    _intro(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        mark = " \u2020" if i == 2 else ""
        d.add("num", st.body + mark, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        mark = " \u2020" if j == 3 else ""
        d.add("num", r.text + mark, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c579(c: Ctx) -> None:  # recommendations renumbered after one was withdrawn
    d, s = c.doc, c.spec
    _cover(c, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}", "Version 2")
    _intro(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "Recommendations")
    d.add("p", f"Recommendation 2 of the version first published has been withdrawn: {_partners(c)} found that the "
          "work it asked for had been completed before the report was published. The recommendations that "
          "followed it have been renumbered, and their earlier numbers are given in brackets.")  # fmt: skip
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j}" + (f" (formerly Recommendation {j + 1})" if j > 1 else ""), key)
        _p(c, r.text, key)


def c580(c: Ctx) -> None:  # a web page taken down and republished with words removed
    d, s = c.doc, c.spec
    pub = _to_day(c)
    down, back = _shift(pub, -2, 4), _shift(pub, -3, 19)
    d.add("p", f"Home > Case reviews > {d.meta['title']}")
    d.add("title", d.meta["title"])
    d.add("p", f"Published: {_long(pub)}")
    d.add("box", f"This report was removed from our website on {_long(down)} at the request of the family and "
          f"republished on {_long(back)} with a name removed.", label=f"Update, {_long(back)}")  # fmt: skip
    d.add("p", f"This {_type_name(c)} was commissioned by the {c.partnership} after {s.child} {_harm(c)}. It was "
          f"written by {s.author}, independent reviewer.")  # fmt: skip
    d.add("h2", "Key learning")
    sts = _marked_sts(c, 3)
    for i, st in enumerate(sts):
        text = _mark(st.body, "[name removed]") if i == 0 else st.body
        d.add("bullet", text, d.lesson("learning_point", "", text, st.themes))
    d.add("h2", "Recommendations")
    for r in _recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h2", "Download")
    d.add("bullet", f"{d.meta['title']} (PDF, 1.1 MB), republished {_long(back)}")
    d.add("small", f"\u00a9 {c.partnership}")


def c581(c: Ctx) -> None:  # a schedule of redactions that points at the lessons' paragraphs
    d, s = c.doc, c.spec
    _cover(c, f"Independent reviewer: {s.author}", f"Date of publication: {c.printed_date()}")
    d.add("h1", "1. Introduction")
    d.add("p", f"This {_type_name(c)} was commissioned by the {c.partnership} after {s.child} {_harm(c)}. Words "
          "removed before publication are marked [Redaction N]; Appendix 1 lists them.")  # fmt: skip
    d.add("h1", "2. Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "3. Findings")
    schedule = []
    for i, st in enumerate(_marked_sts(c, 3), 1):
        body = _mark(st.body, f"[Redaction {len(schedule) + 1}]")
        if body != st.body:
            schedule.append((f"3.{i}", "A name", "Identifies a third party"))
        key = d.lesson("finding", f"3.{i}", f"{st.title} {body}", st.themes, title=st.title)
        d.add("h2", f"3.{i} {st.title}", key)
        _p(c, body, key)
    d.add("h1", "4. Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"4.{j}", r.text, r.themes), label=f"4.{j}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Appendix 1: Schedule of redactions")
    d.add("header", cells=("No.", "Paragraph", "Material removed", "Reason"))
    for k, (para, what, why) in enumerate(schedule, 1):
        d.add("row", cells=(str(k), para, what, why))


def c582(c: Ctx) -> None:  # a child renamed at the family's request between editions
    d, s = c.doc, c.spec
    old = "Child M" if s.child != "Child M" else "Child P"
    poss = _pron(c)[1]
    pub = _to_day(c)
    _cover(c, f"Lead reviewer: {s.author}", f"Date of publication: {_long(pub)}",
           f"Second edition: {_month(_shift(pub, -10))}")  # fmt: skip
    d.add("h1", "About this edition")
    d.add("p", f"When this review was first published it called the child {old}. At the request of {poss} family, "
          f"this edition calls {'him' if _pron(c)[0] == 'he' else 'her'} {s.child}, the name {poss} family chose. "
          "Nothing else has changed.")  # fmt: skip
    _intro(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _numbered(c, _recs(c, 3))


BUILDERS = {
    f"C{name[1:]}": _printed_only(_named(_of_its_time(fn)))
    for name, fn in globals().copy().items()
    if re.fullmatch(r"c5(6[5-9]|7\d|8[0-2])", name)
}
