"""Corpus generator: the fourteenth blind held-out set, first half: C313-C330 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. The half leans to how the body of a local report (SCR overview
reports, LCSPRs, SILP reports) carries its lessons: finding numbers that
restart in each chapter among narrative paragraphs numbered in the same
series, "Evidence" and "Why this matters" paragraphs after each finding,
progress updates after recommendations, sub-bullets that belong to a
recommendation, a theme printed once over several rows of a recommendations
table, "Learning for <agency>" blocks, findings running across page breaks
past running headers and footnotes, cross-references at the end of lessons,
narrative paragraphs closed by "This was good practice.", a finding carried
on under "Finding N (continued)", recommendations numbered within chapters,
agencies' own recommendations in an appendix ("CSC1"), "What this means for
practice" bullets after learning, recommendation numbers in the margin, good
practice with its agency in parenthesis, a table mapping learning points to
recommendations, findings carried by a lead sentence and its bullets, and the
author printed only in the running footer.
Each builder declares every lesson as a careful reader of the document
would record it: kind, printed label, heading (title) where there is one,
agency where the document gives one, and only the metadata it prints.

The set uses only element kinds the earlier writers already draw, so no
writer is changed and documents of earlier sets come out as before.
"""

from __future__ import annotations

import re

from .conv_blind import sentences
from .conv_common import case_events as _chron
from .conv_common import child_sex as _child_sex
from .conv_common import event_months as _event_months
from .conv_common import front_with_events as _front
from .conv_common import gps_for_child as _gps
from .conv_common import named as _named
from .conv_common import numbered_recs_for_child as _numbered_recs
from .conv_common import printed_only as _printed_only
from .conv_common import pub_cover as _pub_cover
from .conv_common import recs_for_child as _recs
from .conv_common import service_of as _service_of
from .conv_common import statements_for_child as _statements_for_child
from .conv_specs import Ctx

# Chapters of an analysis in which findings are numbered afresh (C313) or recommendations are (C323).
CHAPTERS = ("Early help and universal services", "Child protection", "Working together")
# Progress updates printed after recommendations in a re-published report (C315): never lessons.
UPDATES = (
    "A revised procedure was agreed by the partnership and launched at practitioner events.",
    "An audit of twenty cases found the change in practice in most of them; a re-audit is planned.",
    "Training has been delivered to frontline staff and the partnership's dashboard now reports on it.",
    "Work is under way; the lead agency reported progress to the Executive in the last quarter.",
)
# Sub-bullets that belong to a recommendation (C316): what the partnership is to be assured of.
ASSURANCES = (
    "that the change is included in single-agency and multi-agency training;",
    "that supervision records show it is being applied in practice;",
    "that a multi-agency audit reports on its impact within twelve months.",
)
# Agencies whose learning an overview report sets out in blocks (C318).
LEARNING_AGENCIES = ("Children's Social Care", "Police", "Health")
# What a learning point means for practice (C325): bullets that are never lessons.
MEANS = (
    "Ask who else lives in or visits the household, and record the answer.",
    "Check what other agencies know before you close the case.",
    "Talk to your supervisor or safeguarding lead when you are unsure.",
    "Use the escalation policy when you disagree with another agency's decision.",
)
NOTES = (
    "The names of family members have been changed.",
    "Information from the agencies' chronologies, checked with practitioners at the learning event.",
    "The partnership's threshold document, in force at the time.",
)


# Pronouns of the other sex anywhere in a statement: it may speak of the child, so it is not used.
_OTHER = {"m": re.compile(r"\b(she|her|hers|herself)\b", re.I), "f": re.compile(r"\b(he|his|him|himself)\b", re.I)}


def _sts(c: Ctx, n: int) -> list:
    """n statements that fit the child, none with a pronoun of the other sex (fewer when the pool runs out)."""
    other = _OTHER[_child_sex(c)]
    out: list = []
    while len(out) < n:
        drawn = _statements_for_child(c, 1)
        if not drawn:
            break
        out += [st for st in drawn if not other.search(f"{st.title} {st.body}")]
    return out


def _themes(*statements) -> tuple:
    """The themes of a lesson printed from several statements: each once, at most four (LABELLING.md: 1-4)."""
    return tuple(dict.fromkeys(t for st in statements for t in st.themes))[:4]


def _agency_prefix(agency: str) -> str:
    """An agency's initials as the prefix of its own recommendations: "Children's Social Care" -> "CSC"."""
    words = re.findall(r"[A-Za-z']+", agency)
    if len(words) == 1:  # "Police" -> "POL"
        return words[0][:3].upper()
    capitals = "".join(w[0] for w in words if w[0].isupper())
    return (capitals if len(capitals) > 1 else "".join(w[0] for w in words).upper())[:4]


# --- the conventions --------------------------------------------------------------------------


def c313(c: Ctx) -> None:  # finding numbers restarting in each chapter, in the series of its narrative paragraphs
    d = c.doc
    d.header = f"{d.meta['title']} | Overview report"
    _pub_cover(c)
    _front(c)
    events, sts = _chron(c, 3), _sts(c, 5)
    groups = (sts[:2], sts[2:3], sts[3:5])
    for i, (chapter, group) in enumerate(zip(CHAPTERS, groups), 3):
        d.add("h1", f"Chapter {i}: {chapter}")
        d.add("num", events[(i - 3) % len(events)], label=f"{i}.1")
        d.add("num", "Practitioners described this period to the review at the learning event.", label=f"{i}.2")
        for k, st in enumerate(group, 1):
            label = f"Finding {i}.{k}"
            key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
            d.add("h3", f"{label}: {st.title}", key)
            d.add("p", st.body, key)
    _numbered_recs(c, 3, "Chapter 6: Recommendations")


def c314(c: Ctx) -> None:  # each finding followed by "Evidence" and "Why this matters" sub-headed paragraphs
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    d.add("p", "Each finding is followed by the evidence for it from this case and by why it matters.")
    events = _chron(c, 3)
    for i, st in enumerate(_sts(c, 3), 1):
        label = f"Finding {i}"
        key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        d.add("p", st.body, key)
        d.add("h3", "Evidence")
        d.add("p", events[(i - 1) % len(events)])
        d.add("h3", "Why this matters")
        d.add(
            "p",
            "Where this happens, the child's circumstances are seen in parts and the risk is judged lower than it is.",
        )
    _numbered_recs(c)


def c315(c: Ctx) -> None:  # recommendations each followed by an "Evidence of impact (update, <month year>):" note
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations and progress")
    d.add(
        "p",
        "The report is republished with the partnership's account of the progress made on each recommendation.",
    )
    update = _event_months(c, 1)[0]
    for j, r in enumerate(_recs(c, 4), 1):
        label = f"Recommendation {j}"
        key = d.lesson("recommendation", label, r.text, r.themes)
        d.add("h2", label, key)
        d.add("p", r.text, key)
        d.add("runin", UPDATES[(j - 1) % len(UPDATES)], label=f"Evidence of impact (update, {update}):")


def c316(c: Ctx) -> None:  # numbered recommendations whose sub-bullets belong to them
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        lead = f"{r.text.rstrip('.')}. The partnership should seek assurance:"
        subs = ASSURANCES if j != 2 else ASSURANCES[:2]
        subs = tuple(s[:-1] + "." if k == len(subs) - 1 else s for k, s in enumerate(subs))
        key = d.lesson("recommendation", str(j), " ".join((lead, *subs)), r.themes)
        d.add("num", lead, key, label=f"{j}.")
        for letter, s in zip("abc", subs):
            d.add("subbullet", s, key, label=f"{letter}.")


def c317(c: Ctx) -> None:  # a recommendations table whose Theme is printed once over the rows it spans
    d = c.doc
    d.header = c.partnership
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations")
    d.add("p", "The recommendations are grouped under three themes; the theme is shown once for its group.")
    d.add("header", cells=("Theme", "No.", "Recommendation", "Lead agency"))
    recs = _recs(c, 6)
    groups = (recs[:3], recs[3:4], recs[4:6])
    j = 0
    for theme, group in zip(("Information sharing", "Assessment", "Supervision and escalation"), groups):
        for k, r in enumerate(group):
            j += 1
            key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
            d.add("row", keys=key, cells=(theme if k == 0 else "", str(j), r.text, r.agency))


def c318(c: Ctx) -> None:  # "Learning for <agency>" blocks after the multi-agency findings
    d = c.doc
    _pub_cover(c)
    n = _front(c, numbered=True)
    d.add("h1", f"{n}. Multi-agency findings")
    sts = _sts(c, 7)
    for i, st in enumerate(sts[:2], 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", f"{n + 1}. Single-agency learning")
    d.add("p", "Each agency's own review identified learning for that agency, summarised here.")
    rest = sts[2:]
    groups = (rest[:2], rest[2:3], rest[3:5])
    for agency, group in zip(LEARNING_AGENCIES, groups):
        d.add("h2", f"Learning for {agency}")
        for st in group:
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes, agency))
    _numbered_recs(c, 3, f"{n + 2}. Recommendations")


def c319(c: Ctx) -> None:  # long findings that run across page breaks past a running header and footnotes
    d = c.doc
    d.header = f"{d.meta['title']} | OFFICIAL"
    d.footnote_space = 42
    c.cover()
    _front(c)
    d.add("h1", "The agencies' involvement")
    for k, event in enumerate(_chron(c, 1)):
        d.add("fnp", event, label=f"{k + 1}|{sentences(event)[0]}|{NOTES[k % len(NOTES)]}")
    d.add("h1", "Findings")
    sts = _sts(c, 12)
    for i in range(len(sts) // 3):
        a, b, e = sts[3 * i : 3 * i + 3]
        body = f"{a.body} {b.body} {e.body}"  # a finding long enough to run on over a page
        label = f"Finding {i + 1}"
        key = d.lesson("finding", label, f"{a.title} {body}", _themes(a, b, e), title=a.title)
        d.add("h2", f"{label}: {a.title}", key)
        if c.spec.fmt == "pdf":  # paragraph by paragraph, so that a page break falls inside a finding
            for part in (a.body, b.body, e.body):
                d.add("p", part, key)
        else:
            d.add("p", body, key)
    _numbered_recs(c)


def c320(c: Ctx) -> None:  # "(links to Finding 2)" and "(see Recommendation 3)" at the end of lessons
    d = c.doc
    c.cover("reviewer")
    _front(c)
    sts, recs = _sts(c, 3), _recs(c, 3)
    d.add("h1", "Findings")
    for i, st in enumerate(sts, 1):
        label = f"Finding {i}"
        key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        d.add("p", f"{st.body} (see Recommendation {i})", key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(recs, 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes)
        links = f"(links to Finding {j})" if j != 2 else "(links to Findings 1 and 2)"
        d.add("num", f"{r.text} {links}", key, label=f"{j}.")


def c321(c: Ctx) -> None:  # narrative paragraphs closed by "This was good practice."
    d = c.doc
    c.cover()
    n = _front(c, numbered=True)
    d.add("h1", f"{n}. The agencies' work with the family")
    events, gps = _chron(c, 3), _gps(c, 3)
    p = 0
    for k in range(3):
        p += 1
        d.add("num", events[k % len(events)], label=f"{n}.{p}")
        if k < len(gps):
            p += 1
            g = gps[k]
            key = d.lesson("good_practice", f"{n}.{p}", g.text, g.themes)
            d.add("num", f"{g.text} This was good practice.", key, label=f"{n}.{p}")
    d.add("h1", f"{n + 1}. Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c, 3, f"{n + 2}. Recommendations")


def c322(c: Ctx) -> None:  # a finding carried on over a page break under "Finding N (continued)"
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings")
    sts = [st for st in _sts(c, 8) if len(sentences(st.body)) >= 2][:3] or _sts(c, 3)
    for i, st in enumerate(sts, 1):
        label = f"Finding {i}"
        key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        parts = sentences(st.body)
        if i == 2 and len(parts) >= 2:
            half = len(parts) // 2
            d.add("p", " ".join(parts[:half]), key)
            d.add("pagebreak")
            d.add("h2", f"{label} (continued)")
            d.add("p", " ".join(parts[half:]), key)
        else:
            d.add("p", st.body, key)
    _numbered_recs(c)


def c323(c: Ctx) -> None:  # recommendations numbered within each chapter: "Recommendation 3.1", "4.1"
    d = c.doc
    c.cover("reviewer")
    _front(c)
    sts, recs = _sts(c, 3), _recs(c, 5)
    rec_groups = (recs[:2], recs[2:3], recs[3:5])
    for i, (chapter, st, group) in enumerate(zip(CHAPTERS, sts, rec_groups), 3):
        d.add("h1", f"{i}. {chapter}")
        c.headed_finding(st, f"Finding {i - 2}")
        d.add("h3", "Recommendations for this chapter")
        for k, r in enumerate(group, 1):
            label = f"Recommendation {i}.{k}"
            d.add("runin", r.text, d.lesson("recommendation", label, r.text, r.themes), label=f"{label}:")
    d.add("h1", "6. Conclusion")
    d.add("p", "The partnership has accepted all of the recommendations and will monitor them through its plan.")


def c324(c: Ctx) -> None:  # the agencies' own recommendations in an appendix, "CSC1", "POL2" under agency headings
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c, 3, "Recommendations for the partnership")
    d.add("h1", "Appendix 2: Single-agency recommendations")
    d.add("p", "The agencies made the following recommendations for themselves in their own reports to the review.")
    groups: dict[str, list] = {}
    own = [r for r in _recs(c, 12) if not re.search(r"^All|Partnership|agencies", r.agency)]  # one agency's own
    for r in own[:5]:
        groups.setdefault(r.agency, []).append(r)
    for agency, group in groups.items():
        d.add("h2", agency)
        prefix = _agency_prefix(agency)
        for k, r in enumerate(group, 1):
            d.add(
                "num",
                r.text,
                d.lesson("recommendation", f"{prefix}{k}", r.text, r.themes, agency),
                label=f"{prefix}{k}",
            )


def c325(c: Ctx) -> None:  # learning points each followed by "What this means for practice" bullets
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        label = f"Learning point {i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        d.add("p", st.body, key)
        d.add("h3", "What this means for practice")
        for m in (MEANS[(i - 1) % len(MEANS)], MEANS[i % len(MEANS)]):
            d.add("bullet", m)
    _numbered_recs(c)


def c326(c: Ctx) -> None:  # recommendation numbers "R1" in a margin column beside their text
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations")
    d.add("p", "The recommendation numbers are used in the partnership's action plan.")
    for j, r in enumerate(_recs(c, 4), 1):
        key = d.lesson("recommendation", f"R{j}", r.text, r.themes)
        d.add("row", keys=key, cells=(f"R{j}", r.text), label="side")


def c327(c: Ctx) -> None:  # run-in "Good practice (Police):" paragraphs in the analysis
    d = c.doc
    d.header = c.partnership
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Analysis")
    events, gps = _chron(c, 3), _gps(c, 3)
    for k, event in enumerate(events):
        d.add("p", event)
        if k < len(gps):
            g = gps[k]
            service = _service_of(g.text)
            if service == "Multi-agency working":
                d.add("runin", g.text, d.lesson("good_practice", "", g.text, g.themes), label="Good practice:")
            else:
                key = d.lesson("good_practice", "", g.text, g.themes, service)
                d.add("runin", g.text, key, label=f"Good practice ({service}):")
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)


def c328(c: Ctx) -> None:  # learning points "LP1" and recommendations "R1", then a table mapping one to the other
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Learning points")
    sts = _sts(c, 3)
    for i, st in enumerate(sts, 1):
        key = d.lesson("learning_point", f"LP{i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"LP{i} {st.title}", key)
        d.add("p", st.body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 4), 1):
        d.add("num", r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}")
    d.add("h1", "Appendix: how the recommendations follow from the learning")
    d.add("header", cells=("Learning point", "Recommendations"))
    for i, refs in enumerate(("R1, R2", "R3", "R3, R4"), 1):
        d.add("row", cells=(f"LP{i}", refs))


def c329(c: Ctx) -> None:  # findings carried by a lead sentence and the bullets below it
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings")
    sts = _sts(c, 9)
    for i in range(len(sts) // 3):
        head, *rest = sts[3 * i : 3 * i + 3]
        label = f"Finding {i + 1}"
        lead = f"{head.body.rstrip('.')}. In this case:"
        bullets = [r.body for r in rest]
        key = d.lesson(
            "finding",
            label,
            " ".join([head.title, lead, *bullets]),
            _themes(head, *rest),
            title=head.title,
        )
        d.add("h2", f"{label}: {head.title}", key)
        d.add("p", lead, key)
        for b in bullets:
            d.add("bullet", b, key)
    _numbered_recs(c)


def c330(c: Ctx) -> None:  # the author printed only in the running footer of every page
    d = c.doc
    d.footer = f"Report author: {c.spec.author} | Page {{x}} of {{y}}"
    d.header = f"{c.partnership} | {d.meta['title']}"
    d.add("title", d.meta["title"])
    d.add("cover", c.partnership)
    d.add("cover", f"Final report, published {c.printed_date()}")
    d.add("pagebreak")
    _front(c)
    d.add("h1", "Learning")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("h1", "Summary")
    d.add("p", "The review was carried out with the practitioners who worked with the family.")
    _numbered_recs(c)


def _footer_author(build):
    """A document whose running footer prints the author: the gold keeps the author printed_only cannot see."""

    def run(c: Ctx) -> None:
        build(c)
        c.doc.meta["author"] = c.spec.author

    run.__doc__ = build.__doc__
    return run


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
BUILDERS["C330"] = _footer_author(BUILDERS["C330"])
