"""Corpus generator: the twenty-fourth blind held-out set, second half: conventions C691-C708 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to lessons whose kind is signalled only by
their wording, or lessons of several kinds printed together: a "Learning and recommendations" list mixing both kinds,
a finding and its recommendation in one paragraph ("The review found that ... It recommends that ..."), "Key findings
and learning", "Areas for improvement" and "Issues for the Board" headings, good practice told inside a finding,
learning written as "should", recommendations written as questions to the Board, "Messages for managers" beside
"Messages for practitioners", and a summary table whose Type column says which kind each row is. A second, smaller
emphasis is authors as real reviews print them: two or three reviewers, post-nominals and honours, a consultancy as the
author, a lead reviewer beside a panel chair and a report writer, an author named only in the acknowledgements.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where one names the lesson, agency where the document gives one) and only the metadata the document itself
prints. The set uses only element kinds the earlier writers already draw (and registers its tables' column widths,
as earlier sets do), so no writer is changed and every earlier document comes out as before.
"""

from __future__ import annotations

import re

from .conv_blind18b import _p
from .conv_blind19b import _good
from .conv_blind23b import _cover, _opening, _poss, _recs, _setup, _sts
from .conv_common import named as _named
from .conv_common import other_person as _other
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import TYPE_NAMES, Ctx

COLUMN_WIDTHS.update(
    {
        "b24btype": ((0.07, 0.24, 0.69), False),
        "b24bpair": ((0.06, 0.47, 0.47), False),
    }
)

# --- pieces the builders share -------------------------------------------------------------------------------------


_NAMES = ("Child", "Baby", "Mr", "Mrs", "Ms", "Dr", "GP", "GPs")


def _lc(text: str, child: str = "") -> str:
    """A sentence's first word in lower case, unless it is an acronym or a name ("NHS", "GPs", the child's name)."""
    first = text.split()[0]
    if first[1:2].isupper() or first in _NAMES or (child and text.startswith(child)):
        return text
    return text[0].lower() + text[1:]


_SHOULD = re.compile(r"^(?P<who>[^.]+?) should (?P<what>[^.]+)\.$")


def _split_recs(c: Ctx, n: int, others: bool = False) -> list:
    """n one-sentence recommendations "<who> should <what>." with the two parts: (rec, who, what); with others,
    only those addressed to someone other than the Board or partnership (a question the Board asks of others)."""
    out = []
    for r in _recs(c, n + 10):
        m = _SHOULD.match(r.text)
        if others and m and re.search(r"LSCB|Partnership|Board", m["who"]):
            continue
        if m and len(out) < n:
            out.append((r, m["who"], m["what"]))
    return out


# Learning written as "should": for all practitioners, and for managers (a general, age-neutral draw).
_PRACTITIONERS = (
    ("Practitioners should ask who lives in and regularly visits the household, including any new partner, and "
     "record what they are told.", "fam.male_carers assess.professional_curiosity"),
    ("Practitioners should share a concern with other agencies when it arises rather than wait for a meeting, and "
     "check that the information has been received.", "multi.information_sharing"),
    ("Practitioners should think about what daily life is like for the child and record it in the child's own "
     "terms wherever the child can express a view.", "voice.voice_of_child"),
    ("Practitioners should read the history their own agency holds before deciding what to do about a new concern, "
     "so that each incident is not seen in isolation.", "assess.history_chronology"),
    ("Practitioners should test what parents tell them against what they see and what other agencies know, and not "
     "accept reassurance at face value.", "assess.professional_curiosity"),
    ("Practitioners should use the escalation policy when they disagree with another agency's decision.",
     "assess.critical_thinking_challenge"),
)  # fmt: skip
_MANAGERS = (
    ("Managers should make sure that supervision looks at the child's lived experience and not only at tasks and "
     "timescales.", "org.workforce_supervision voice.voice_of_child"),
    ("Managers should check that caseloads leave practitioners the time to see children and to read their history.",
     "org.workforce_supervision"),
    ("Managers should see that escalations are answered in writing and within the timescales of the escalation "
     "policy.", "assess.critical_thinking_challenge"),
    ("Managers should bring cases where progress has stalled to supervision, so that drift is noticed and the plan "
     "is challenged.", "org.workforce_supervision"),
)  # fmt: skip


def _should(c: Ctx, pool: tuple, n: int, who: str = "") -> list:
    """n "should" sentences of the pool (their subject replaced by who), each with its themes."""
    out = []
    for text, themes in c.rng.sample(pool, n):
        if who:
            text = re.sub(r"^\w+ should", f"{who} should", text)
        out.append((text, tuple(themes.split())))
    return out


def _pair(sts: list, pool: list, themes_of) -> list:
    """Each statement with the item of the pool that shares most of its themes (the first drawn on a tie)."""
    out, left = [], list(pool)
    for st in sts:
        best = max(left, key=lambda e: len(set(themes_of(e)) & set(st.themes)))
        left.remove(best)
        out.append((st, best))
    return out


def _intro(c: Ctx, partnership: str, heading: str = "Introduction") -> None:
    d, s = c.doc, c.spec
    d.add("h1", heading)
    d.add("p", f"{_opening(c)} {partnership} commissioned this review to understand how agencies worked with "
          f"{s.child} and {_poss(c)} family, and what should change as a result.")  # fmt: skip


def _numbered_recs(c: Ctx, n: int = 3, heading: str = "Recommendations", agency: bool = False) -> None:
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(_recs(c, n), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency if agency else "")
        d.add("num", r.text, key, label=f"{j}.")


def _headed_findings(c: Ctx, n: int = 3, heading: str = "Findings") -> None:
    d = c.doc
    d.add("h1", heading)
    for i, st in enumerate(_sts(c, n), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        _p(c, st.body, key)


_AUTHORS: dict[str, str] = {}  # document -> the author a reader records where it is not printed as one string


def _author_set(c: Ctx, author: str) -> None:
    _AUTHORS[c.doc.name] = author


# --- the lessons' kinds told by their wording -------------------------------------------------------------------


def c691(c: Ctx) -> None:  # "Learning and recommendations": one numbered list mixing both kinds
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "Learning and recommendations")
    d.add("p", "The review's learning and the recommendations that follow from it are set out together below.")
    sts, recs = _sts(c, 3), _recs(c, 3)
    j = 0
    for st, r in zip(sts, recs):
        j += 1
        d.add("num", st.body, d.lesson("learning_point", str(j), st.body, st.themes), label=f"{j}.")
        j += 1
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "Next steps")
    d.add("p", f"{partnership} will publish an action plan and report on progress to its executive group within "
          f"six months. Practitioners who worked with {s.child} have been offered the chance to discuss this "
          "report.")  # fmt: skip


_HINDSIGHT = re.compile(r"^(Looking back|In hindsight|With hindsight), (?P<rest>.+)$")


def _found(body: str, child: str) -> str:
    """ "The review found that <body>", with an opening "Looking back," kept before it, as a report would print it."""
    m = _HINDSIGHT.match(body)
    if m:
        return f"{m[1]}, the review found that {_lc(m['rest'], child)}"
    return f"The review found that {_lc(body, child)}"


def c692(c: Ctx) -> None:  # a finding and its recommendation in one paragraph: "The review found ... It recommends ..."
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "What the review found and what it recommends")
    pairs = _pair(_sts(c, 3), _split_recs(c, 8), lambda e: e[0].themes)
    for i, (st, (r, who, what)) in enumerate(pairs, 1):
        found = _found(st.body, c.spec.child)
        rec = f"It recommends that {_lc(who)} should {what}."
        d.add("h2", f"{i}. {st.title}")
        kf = d.lesson("finding", "", f"{st.title} {found}", st.themes, title=st.title)
        kr = d.lesson("recommendation", "", rec, r.themes)
        _p(c, f"{found} {rec}", (kf, kr))
    d.add("h1", "Conclusion")
    d.add("p", "The partnership has accepted each of the recommendations above and will monitor their progress.")


def c693(c: Ctx) -> None:  # "Key findings and learning": findings, then learning written as "should"
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership, "1. Introduction")
    d.add("h1", "2. Key findings and learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"2.{i}", st.body, st.themes)
        d.add("num", st.body, key, label=f"2.{i}")
    d.add("p", "From these findings the review draws the following learning for all practitioners:")
    for text, themes in _should(c, _PRACTITIONERS, 2):
        d.add("bullet", text, d.lesson("learning_point", "", text, themes))
    _numbered_recs(c, 3, "3. Recommendations")


def c694(c: Ctx) -> None:  # "Areas for improvement" beside "What worked well"
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "What worked well")
    for g in _good(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Areas for improvement")
    for st in _sts(c, 3):
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    _numbered_recs(c, 3)


def c695(c: Ctx) -> None:  # recommendations written as questions to the Board: "Issues for the Board"
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    _headed_findings(c, 3)
    d.add("h1", "Issues for the Board")
    d.add("p", "Rather than make recommendations, the review sets out the questions the Board should consider and "
          "answer in its response to this report.")  # fmt: skip
    for j, (r, who, what) in enumerate(_split_recs(c, 4, True), 1):
        q = f"How will the Board be assured that {_lc(who)} will {what}?"
        d.add("num", q, d.lesson("recommendation", str(j), q, r.themes), label=f"{j}.")
    d.add("p", "The Board's response to each question will be published alongside this report.")


def c696(c: Ctx) -> None:  # good practice told inside a finding's paragraph
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "Findings")
    gps = _good(c, 2)
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        if i <= len(gps):
            g = gps[i - 1]
            good = f"There was also good practice in this period. {g.text}"
            kg = d.lesson("good_practice", "", good, g.themes)
            _p(c, f"{st.body} {good}", (key, kg))
        else:
            _p(c, st.body, key)
    _numbered_recs(c, 3)


def c697(c: Ctx) -> None:  # "Messages for practitioners" beside "Messages for managers": a seven-minute briefing
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"7 minute briefing: {s.child}"
    _cover(c, partnership, title, f"Published: {c.printed_date()}")
    d.add("h1", "1. Background")
    d.meta["review_type"] = "briefing"  # a briefing is its own genre (C11, C630, C633), whatever review it sums up
    d.add("p", f"{_opening(c)} This briefing summarises the {TYPE_NAMES[s.review_type]} about {s.child}. The full "
          f"report has been published by {partnership}.")  # fmt: skip
    d.add("h1", "2. Messages for practitioners")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "3. Messages for managers")
    for text, themes in _should(c, _MANAGERS, 2):
        d.add("bullet", text, d.lesson("learning_point", "", text, themes))
    d.add("h1", "4. Questions to reflect on")
    d.add("bullet", "What would you do if you were worried about a child in a family like this?")
    d.add("bullet", "Who would you talk to in your agency, and in others?")
    d.add("h1", "5. Further information")
    d.add("p", f"The full report is available on the {partnership} website.")


def c698(c: Ctx) -> None:  # a summary table whose Type column says which kind each row is
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "Summary of the review")
    d.add("p", "The table below summarises what the review found, the learning and good practice it identified, "
          "and its recommendations.")  # fmt: skip
    d.add("header", cells=("No.", "Type", "Summary"), label="b24btype")
    rows = (
        [("Finding", "finding", st.body, st.themes) for st in _sts(c, 2)]
        + [("Learning", "learning_point", st.body, st.themes) for st in _sts(c, 2)]
        + [("Good practice", "good_practice", g.text, g.themes) for g in _good(c, 1)]
        + [("Recommendation", "recommendation", r.text, r.themes) for r in _recs(c, 2)]
    )
    for j, (typ, kind, text, themes) in enumerate(rows, 1):
        d.add("row", keys=d.lesson(kind, str(j), text, themes), cells=(str(j), typ, text), label="b24btype")


def c699(c: Ctx) -> None:  # learning written as "should" under "Learning"; recommendations addressed to agencies
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "Learning")
    d.add("p", "The review identified the following learning for everyone who works with children and families.")
    for i, (text, themes) in enumerate(_should(c, _PRACTITIONERS, 3, "Professionals"), 1):
        d.add("h2", f"Learning {i}")
        _p(c, text, d.lesson("learning_point", f"Learning {i}", text, themes))
    d.add("h1", "Recommendations to partner agencies")
    d.add("header", cells=("No.", "Recommendation", "Agency"), label="b23brec3")
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency), label="b23brec3")


def c700(c: Ctx) -> None:  # "What we found" beside "What we recommend" in one table: two lessons a row
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "Findings and recommendations")
    d.add("header", cells=("", "What we found", "What we recommend"), label="b24bpair")
    for j, (st, r) in enumerate(_pair(_sts(c, 3), _recs(c, 8), lambda e: e.themes), 1):
        kf = d.lesson("finding", str(j), st.body, st.themes)
        kr = d.lesson("recommendation", str(j), r.text, r.themes)
        d.add("row", keys=(kf, kr), cells=(str(j), st.body, r.text), label="b24bpair")


def c701(c: Ctx) -> None:  # "Learning points and recommendations" as bullets, the kind told only by the wording
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    _headed_findings(c, 2, "Analysis")
    d.add("h1", "Learning points and recommendations")
    sts, recs = _sts(c, 2), _recs(c, 3)
    items = [("recommendation", recs[0]), ("learning_point", sts[0]), ("recommendation", recs[1]),
             ("learning_point", sts[1]), ("recommendation", recs[2])]  # fmt: skip
    for kind, e in items:
        text = e.text if kind == "recommendation" else e.body
        d.add("bullet", text, d.lesson(kind, "", text, e.themes))


def c702(c: Ctx) -> None:  # one numbered paragraph a finding with good practice and a recommendation after it
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership, "1. Introduction")
    d.add("h1", "2. Conclusions")
    gps = _good(c, 1)
    for i, (st, (r, who, what)) in enumerate(_pair(_sts(c, 3), _split_recs(c, 8), lambda e: e[0].themes), 1):
        kf = d.lesson("finding", f"2.{i}", st.body, st.themes)
        d.add("num", st.body, kf, label=f"2.{i}")
        if i == 1 and gps:
            d.add("p", gps[0].text, d.lesson("good_practice", "", gps[0].text, gps[0].themes))
        rec = f"The review recommends that {_lc(who)} should {what}."
        _p(c, rec, d.lesson("recommendation", "", rec, r.themes))


# --- authors as real reviews print them ---------------------------------------------------------------------------


def c703(c: Ctx) -> None:  # "Independent Reviewers: A and B" on the cover
    s = c.spec
    partnership = c.partnership
    authors = f"{s.author} and {_other(c, 5)}"
    _setup(c, partnership)
    _cover(c, partnership, "", f"Independent Reviewers: {authors}", f"Published: {c.printed_date()}")
    _author_set(c, authors)
    _intro(c, partnership)
    _headed_findings(c, 3, "Key findings and learning")
    _numbered_recs(c, 3)


def c704(c: Ctx) -> None:  # the author with honours and post-nominals
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership, "", f"Independent Lead Reviewer: {s.author}, MBE, BA (Hons), MSc",
           f"Published: {c.printed_date()}")  # fmt: skip
    _intro(c, partnership)
    d.add("h1", "Messages for practitioners")
    for st in _sts(c, 2):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Messages for managers and leaders")
    for text, themes in _should(c, _MANAGERS, 2, "Leaders"):
        d.add("bullet", text, d.lesson("learning_point", "", text, themes))
    _numbered_recs(c, 3)
    d.add("h1", "About the reviewer")
    d.add("p", f"{s.author}, MBE, BA (Hons), MSc, is a former director of children's services who has led reviews "
          "for safeguarding partnerships since 2015.")  # fmt: skip


_FIRMS = ("Northgate Safeguarding Consultancy Ltd", "Clearwater Review Partners LLP", "Harbour Practice Reviews Ltd")


def c705(c: Ctx) -> None:  # a consultancy as the author
    d, s = c.doc, c.spec
    partnership = c.partnership
    firm = _FIRMS[len(s.child) % len(_FIRMS)]
    _setup(c, partnership)
    _cover(c, partnership, "", f"Report prepared by {firm}", f"Published: {c.printed_date()}")
    _author_set(c, firm)
    _intro(c, partnership)
    d.add("p", f"{firm} was commissioned to carry out the review. Two of its associates met practitioners and "
          "managers and read the agencies' records.")  # fmt: skip
    _headed_findings(c, 3)
    body = "Board" if partnership.endswith("Board") else "Partnership"
    d.add("h1", f"Issues for the {body}")
    for j, (r, who, what) in enumerate(_split_recs(c, 3, True), 1):
        q = f"How will the {body if body == 'Board' else 'partnership'} be assured that {_lc(who)} will {what}?"
        d.add("num", q, d.lesson("recommendation", str(j), q, r.themes), label=f"{j}.")


def c706(c: Ctx) -> None:  # a lead reviewer beside a panel chair and a report writer
    d, s = c.doc, c.spec
    partnership = c.partnership
    chair, writer = _other(c, 3), _other(c, 6)
    _setup(c, partnership)
    _cover(c, partnership, "", f"Lead Reviewer: {s.author}", f"Report writer: {writer}",
           f"Chair of the review panel: {chair}", f"Published: {c.printed_date()}")  # fmt: skip
    _author_set(c, f"{s.author} and {writer}")
    _intro(c, partnership)
    d.add("h1", "Key findings and learning")
    sts = _sts(c, 4)
    for st in sts[:2]:
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    d.add("h2", "Learning")
    for st in sts[2:]:
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _numbered_recs(c, 3, agency=False)


def c707(c: Ctx) -> None:  # the author named only in the acknowledgements
    d, s = c.doc, c.spec
    partnership = c.partnership
    chair = _other(c, 2)
    _setup(c, partnership)
    _cover(c, partnership, "", f"Published: {c.printed_date()}")
    d.add("h1", "Acknowledgements")
    d.add("p", f"The partnership thanks {s.author}, the independent reviewer who led this review and wrote this "
          f"report, and the practitioners and family members who contributed to it.")  # fmt: skip
    d.add("small", f"{chair}, Independent Scrutineer, {partnership}")
    _intro(c, partnership)
    d.add("h1", "Learning and recommendations")
    sts, recs = _sts(c, 3), _recs(c, 3)
    for i, (st, r) in enumerate(zip(sts, recs), 1):
        d.add("h2", st.title)
        _p(c, st.body, d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title))
        d.add("num", r.text, d.lesson("recommendation", str(i), r.text, r.themes), label=f"{i}.")


def c708(c: Ctx) -> None:  # three reviewers, each with post-nominals, "Independent Reviewer(s):"
    d, s = c.doc, c.spec
    partnership = c.partnership
    b, e = _other(c, 4), _other(c, 8)
    _setup(c, partnership)
    _cover(c, partnership, "", f"Independent Reviewer(s): {s.author} BA (Hons), {b} MSc, RN and {e} CQSW",
           f"Published: {c.printed_date()}")  # fmt: skip
    _author_set(c, f"{s.author}, {b} and {e}")
    _intro(c, partnership)
    d.add("h1", "Summary of findings, learning and recommendations")
    d.add("header", cells=("No.", "Type", "Summary"), label="b24btype")
    rows = (
        [("Finding", "finding", st.body, st.themes) for st in _sts(c, 2)]
        + [("Learning", "learning_point", st.body, st.themes) for st in _sts(c, 1)]
        + [("Recommendation", "recommendation", r.text, r.themes) for r in _recs(c, 3)]
    )
    for j, (typ, kind, text, themes) in enumerate(rows, 1):
        d.add("row", keys=d.lesson(kind, str(j), text, themes), cells=(f"{j}", typ, text), label="b24btype")


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}


def _authors(build):
    """Several reviewers printed with post-nominals or roles between their names: the gold's author is the names
    joined as a reader records them ("A and B", "A, B and C"), which printed_only cannot find as printed."""

    def run(c: Ctx) -> None:
        build(c)
        if c.doc.name in _AUTHORS:
            c.doc.meta["author"] = _AUTHORS[c.doc.name]

    run.__doc__ = build.__doc__
    return run


BUILDERS = {k: _authors(v) for k, v in BUILDERS.items()}
