"""Corpus generator: the layout of each convention of corpus/CONVENTIONS.md.

`BUILDERS["C07"](ctx)` lays out one document in convention C07 on the
context's ConvDoc, declaring every lesson as it prints it.
"""

from __future__ import annotations

from . import narrative
from .conv_common import printed_only
from .conv_specs import ROMAN, WORDS, Ctx
from .model import split_body


def _recs_considerations(c: Ctx, n: int = 3, heading: str = "Considerations for the Board") -> None:
    d = c.doc
    d.add("h1", heading)
    d.add("p", "The review asks the Board to consider the following.")
    for j, r in enumerate(c.recs(n), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c01(c: Ctx) -> None:  # SCIE "Finding N: title"
    c.cover()
    c.front_matter(toc=True)
    c.doc.add("h1", "Findings")
    for i, st in enumerate(c.statements(4), 1):
        c.headed_finding(st, f"Finding {i}")
    _recs_considerations(c)


def c02(c: Ctx) -> None:  # numbered finding headings in a Findings chapter
    c.cover()
    n = c.front_matter(numbered=True)
    d = c.doc
    d.add("h1", f"{n}. Findings")
    for i, st in enumerate(c.statements(4), 1):
        c.headed_finding(st, f"{n}.{i}")
    c.rec_table(f"{n + 1}. Recommendations", c.recs(3))


def c03(c: Ctx) -> None:  # run-in bold "Key finding N."
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Key findings")
    d.add("p", "The review identified the following findings for the partnership.")
    for i, st in enumerate(c.statements(4), 1):
        d.add("runin", st.body, d.lesson("finding", f"Key finding {i}", st.body, st.themes), label=f"Key finding {i}.")
    c.rec_table("Recommendations", c.recs(3))


def c04(c: Ctx) -> None:  # plain run-in "Learning point one:"
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Learning")
    for i, st in enumerate(c.statements(4)):
        label = f"Learning point {WORDS[i]}"
        d.add(
            "runin",
            st.body,
            d.lesson("learning_point", label, st.body, st.themes),
            label=label + (":" if i % 2 == 0 else " -"),
            bold_label=False,
        )
    d.add("h1", "Recommendations")
    for j, r in enumerate(c.recs(2), 1):
        d.add(
            "runin",
            r.text,
            d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
            label=f"Recommendation {j}:",
            bold_label=False,
        )


def c05(c: Ctx) -> None:  # bold heading running into the text
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Findings")
    for st in c.statements(4):
        text = f"{st.title} {st.body}"
        d.add("runin", st.body, d.lesson("finding", "", text, st.themes, title=st.title), label=st.title)
    c.rec_table("Recommendations", c.recs(2))


def c06(c: Ctx) -> None:  # lettered findings
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Findings")
    for i, st in enumerate(c.statements(4)):
        letter = "abcdefgh"[i]
        d.add("num", st.body, d.lesson("finding", letter, st.body, st.themes), label=f"({letter})")
    _recs_considerations(c, 2)


def c07(c: Ctx) -> None:  # roman items under Key learning
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Key learning")
    for i, st in enumerate(c.statements(4)):
        d.add("num", st.body, d.lesson("learning_point", ROMAN[i], st.body, st.themes), label=f"{ROMAN[i]}.")
    c.rec_table("Recommendations", c.recs(2))


def c08(c: Ctx) -> None:  # three-level numbered paragraphs
    c.cover()
    n = c.front_matter(numbered=True)
    d = c.doc
    d.add("h1", f"{n}. Lessons learned")
    sts = c.statements(4)
    for g in range(2):
        d.add("h2", f"{n}.{g + 1} {sts[2 * g].title}")
        for k, st in enumerate(sts[2 * g : 2 * g + 2], 1):
            label = f"{n}.{g + 1}.{k}"
            d.add("num", st.body, d.lesson("learning_point", label, st.body, st.themes), label=label)
    d.add("h1", f"{n + 1}. Recommendations")
    for j, r in enumerate(c.recs(2), 1):
        label = f"{n + 1}.{j}"
        d.add("num", r.text, d.lesson("recommendation", label, r.text, r.themes), label=label)


def c09(c: Ctx) -> None:  # boxed learning points
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Analysis and learning")
    for i, st in enumerate(c.statements(3), 1):
        c.narrative(narrative.CHRONOLOGY, 1)
        d.add(
            "box",
            st.body,
            d.lesson("learning_point", f"Learning point {i}", st.body, st.themes),
            label=f"Learning point {i}",
        )
    c.rec_table("Recommendations", c.recs(2))


def c10(c: Ctx) -> None:  # web page, Messages for practitioners bullets
    d = c.doc
    d.add("title", d.meta["title"])
    d.add("cover", f"Published: {c.printed_date()}. Author: {c.spec.author}.")
    d.add("p", f"This page summarises the review commissioned by {c.partnership}.")
    d.add("h1", "What happened")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "Messages for practitioners")
    for st in c.statements(4):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Further information")
    d.add("p", "The full report is available on request from the partnership business unit.")


def c11(c: Ctx) -> None:  # 7-minute briefing
    d = c.doc
    d.meta["title"] = f"7 Minute Briefing: {c.spec.child}"  # the title as printed, prefix and all (corpus/README.md)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Published {c.printed_date()}. Lead reviewer: {c.spec.author}")
    d.add("h1", "1. Background")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "2. The review")
    c.narrative(narrative.INTRO, 1)
    d.add("h1", "3. Why it matters")
    c.narrative(narrative.BRIEFING_WHY, 1)
    d.add("h1", "4. Good practice")
    for g in c.gps(2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "5. Research")
    d.add("p", "National analyses of case reviews have found similar themes across many local reviews.")
    d.add("h1", "6. Learning")
    for st in c.statements(3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "7. Recommendations for the partnership")
    for r in c.recs(2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c12(c: Ctx) -> None:  # learning briefing
    d = c.doc
    d.meta["title"] = f"Learning briefing: {c.spec.child}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Author: {c.spec.author}. Published: {c.printed_date()}")
    d.add("h1", "The incident")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "Good practice")
    for g in c.gps(2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Messages for practitioners")
    for st in c.statements(3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Questions for reflection")
    for q in narrative.pick(c.rng, narrative.REFLECTION_QUESTIONS, 2):
        d.add("bullet", c.fill(q))


def c13(c: Ctx) -> None:  # "The specific recommendations made are:" then "-" items
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Findings")
    for i, st in enumerate(c.statements(3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations")
    d.add("p", "The review panel considered the findings with the partnership. The specific recommendations made are:")
    for r in c.recs(3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes), label="-")


def c14(c: Ctx) -> None:  # prose "including:" then bullet items, in an analysis section
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Analysis")
    c.narrative(narrative.CHRONOLOGY, 1)
    d.add(
        "p", "Practitioners at the learning event reflected on the case, and the review identified learning including:"
    )
    for st in c.statements(3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    for j, r in enumerate(c.recs(2), 1):
        d.add(
            "runin",
            r.text,
            d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
            label=f"Recommendation {j}:",
        )


def _nspcc(c: Ctx, first_line: str, case: str, learning_cue: str, rec_cue: str, inline_recs: bool = False) -> None:
    d = c.doc
    d.meta["title"] = first_line
    d.add("title", first_line)
    sts = c.statements(3)
    recs = c.recs(2)
    keys = [d.lesson("learning_point", "", st.title, st.themes) for st in sts]
    rkeys = [d.lesson("recommendation", "", r.text.rstrip("."), r.themes) for r in recs]
    learning = f"{learning_cue} " + "; ".join(st.title for st in sts) + "."
    recs_text = f"{rec_cue} " + "; ".join(r.text.rstrip(".") for r in recs) + "."
    d.add("p", case)
    if inline_recs:
        d.add("p", learning + " " + recs_text, keys + rkeys)
    else:
        d.add("p", learning, keys)
        d.add("p", recs_text, rkeys)
    d.add("p", "Keywords: multi-agency working, information sharing, risk assessment.")


def _case(c: Ctx, extra: str = "") -> str:
    kind = {"SCR": "Serious case review", "LCSPR": "Local child safeguarding practice review"}[c.spec.review_type]
    number, unit = c.spec.age.split()
    return (
        f"{kind} into the circumstances of a{'n' if number in ('8', '11', '18') else ''} "
        f"{number}-{unit.rstrip('s')}-old "
        f"{'girl' if c.spec.sex == 'f' else 'boy'} who suffered serious harm{extra}. "
        f"Review by {c.spec.author}."
    )


def c15(c: Ctx) -> None:
    _nspcc(c, f"{c.spec.published[:4]} - {c.spec.area} - {c.spec.child}", _case(c), "Learning:", "Recommendations:")


def c16(c: Ctx) -> None:
    board = c.partnership.replace(" Local", "")
    _nspcc(
        c,
        f"{c.spec.published[:4]} - {c.spec.area} - {c.spec.child}",
        _case(c),
        "Learning includes:",
        f"Recommendations for the {board} include:",
        inline_recs=True,
    )


def c17(c: Ctx) -> None:
    month = c.printed_date() if len(c.spec.published) == 7 else c.spec.published[:4]
    _nspcc(
        c, f"{month} - Anonymous - {c.spec.child}", _case(c), "Issues identified include:", "Recommendations include:"
    )


def c18(c: Ctx) -> None:
    year = int(c.spec.published[:4])
    extra = f" between June {year - 3} and August {year - 2}"
    _nspcc(
        c,
        f"{c.spec.published[:4]} - {c.spec.area} - {c.spec.child}",
        _case(c, extra),
        "Lessons learned:",
        "Recommendations:",
    )


def c19(c: Ctx) -> None:  # recommendations table
    c.cover()
    c.front_matter()
    c.doc.add("h1", "Findings")
    for i, st in enumerate(c.statements(3), 1):
        c.headed_finding(st, f"Finding {i}")
    c.rec_table("Recommendations", c.recs(4))


def c20(c: Ctx) -> None:  # action plan table
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Findings")
    for i, st in enumerate(c.statements(3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Action plan")
    d.add("header", cells=("Recommendation", "Action", "Lead", "Timescale", "Progress", "RAG"))
    for j, r in enumerate(c.recs(3)):
        key = d.lesson("recommendation", "", r.text, r.themes, r.agency)
        d.add(
            "row",
            keys=key,
            cells=(
                r.text,
                "Audit and report to the Board",
                r.agency,
                ("March", "June", "September")[j] + f" {c.spec.published[:4]}",
                ("Complete", "In progress", "Not started")[j],
                ("Green", "Amber", "Red")[j],
            ),
        )


def c21(c: Ctx, filler: int = 0) -> None:  # table rows that break across a page
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Analysis")
    for _ in range(filler):  # the analysis runs on until a table row meets the foot of a page
        d.add("p", c.fill(narrative.CHRONOLOGY[_ % len(narrative.CHRONOLOGY)]))
    d.add("h1", "Findings")
    for i, st in enumerate(c.statements(4), 1):
        c.headed_finding(st, f"Finding {i}")
    recs = c.recs(6)
    d.add("h1", "Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"))
    for j in range(3):
        a, b = recs[2 * j], recs[2 * j + 1]
        text = f"{a.text} {b.text}"
        key = d.lesson("recommendation", str(j + 1), text, tuple(dict.fromkeys(a.themes + b.themes))[:4], a.agency)
        d.add("row", keys=key, cells=(str(j + 1), text, a.agency))


def c22(c: Ctx) -> None:  # "Recommendation N:" ... "Lead agency: X."
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Learning")
    for st in c.statements(3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    for j, r in enumerate(c.recs(3), 1):
        d.add(
            "runin",
            f"{r.text} Lead agency: {r.agency}.",
            d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes, r.agency),
            label=f"Recommendation {j}:",
        )


def c23(c: Ctx) -> None:  # numbered considerations
    c.cover()
    c.front_matter()
    c.doc.add("h1", "Findings")
    for i, st in enumerate(c.statements(3), 1):
        c.headed_finding(st, f"Finding {i}")
    _recs_considerations(c, 3, "Considerations for the Safeguarding Partnership")


def c24(c: Ctx) -> None:  # "What the partnership will do"
    d = c.doc
    d.add("title", d.meta["title"])
    d.add("cover", f"{c.partnership}. Published {c.printed_date()}. Reviewer: {c.spec.author}.")
    d.add("h1", "About the review")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "What we learned")
    for st in c.statements(3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "What the partnership will do")
    for r in c.recs(3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c25(c: Ctx) -> None:  # good practice bullets
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Findings")
    for i, st in enumerate(c.statements(3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Good practice")
    for g in c.gps(3):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    c.rec_table("Recommendations", c.recs(2))


def c26(c: Ctx) -> None:  # "What worked well" numbered paragraphs
    c.cover()
    n = c.front_matter(numbered=True)
    d = c.doc
    d.add("h1", f"{n}. Findings")
    for i, st in enumerate(c.statements(3), 1):
        c.headed_finding(st, f"{n}.{i}")
    d.add("h1", f"{n + 1}. What worked well")
    for j, g in enumerate(c.gps(3), 1):
        label = f"{n + 1}.{j}"
        d.add("num", g.text, d.lesson("good_practice", label, g.text, g.themes), label=label)
    d.add("h1", f"{n + 2}. Recommendations")
    for j, r in enumerate(c.recs(2), 1):
        label = f"{n + 2}.{j}"
        d.add("num", r.text, d.lesson("recommendation", label, r.text, r.themes), label=label)


def c27(c: Ctx) -> None:  # Panel national review
    d = c.doc
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", d.meta["title"])
    d.add("cover", f"Published {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add(
        "p",
        "The Panel reviewed the rapid reviews and local reviews notified to it and met practitioners "
        "and leaders in a number of areas.",
    )
    d.add("h1", "Findings")
    for st in c.statements(3):
        c.headed_finding(st)
    d.add("h1", "Recommendations")
    for j, r in enumerate(c.recs(3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j}", key)
        d.add("p", r.text, key)


def c28(c: Ctx) -> None:  # web page summarising a rapid review
    d = c.doc
    d.meta["title"] = f"Rapid review learning summary: {c.spec.child}"
    d.add("title", d.meta["title"])
    d.add("cover", f"Last updated {c.printed_date()}. Lead reviewer: {c.spec.author}. {c.partnership}.")
    d.add("h1", "Summary of the case")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "Key learning")
    for st in c.statements(3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    for r in c.recs(2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c29(c: Ctx) -> None:  # two-column pages
    d = c.doc
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Author: {c.spec.author}")
    d.add("cover", f"Publication date: {c.printed_date()}")
    d.add("twocol" if c.spec.fmt == "pdf" else "pagebreak")
    d.add("h1", "Introduction")
    c.narrative(narrative.INTRO, 2)
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("h1", "Findings")
    for i, st in enumerate(c.statements(4), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations")
    for j, r in enumerate(c.recs(3), 1):
        d.add(
            "runin",
            r.text,
            d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
            label=f"Recommendation {j}:",
        )


def c30(c: Ctx) -> None:  # scanned numbered report
    d = c.doc
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Author: {c.spec.author}")
    d.add("cover", f"Publication date: {c.printed_date()}")
    d.add("h1", "1 Background")
    d.add("num", c.fill(narrative.BACKGROUND[c.spec.scenario]), label="1.1")
    d.add("h1", "2 Lessons learned")
    for j, st in enumerate(c.statements(3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"2.{j}", st.body, st.themes), label=f"2.{j}")
    d.add("h1", "3 Recommendations")
    for j, r in enumerate(c.recs(2), 1):
        d.add("num", r.text, d.lesson("recommendation", f"3.{j}", r.text, r.themes), label=f"3.{j}")


def c31(c: Ctx) -> None:  # SILP "Learning from the events" with themed sub-headings
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Learning from the events")
    for st in c.statements(3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    c.rec_table("Recommendations", c.recs(2))


def c32(c: Ctx) -> None:  # action plan in an appendix after the glossary
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Findings")
    for i, st in enumerate(c.statements(3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Appendix 1: Glossary")
    for abbr, meaning in narrative.GLOSSARY[:5]:
        d.add("p", f"{abbr} - {meaning}")
    d.add("h1", "Appendix 2: Recommendations and action plan")
    d.add("header", cells=("Recommendation", "Lead", "Timescale", "RAG"))
    for j, r in enumerate(c.recs(3)):
        key = d.lesson("recommendation", "", r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(r.text, r.agency, f"{6 * (j + 1)} months", ("Green", "Amber", "Green")[j]))


def c33(c: Ctx) -> None:  # footnotes inside findings
    c.cover()
    c.front_matter()
    d = c.doc
    d.add("h1", "Findings")
    for i, st in enumerate(c.statements(3), 1):
        c.headed_finding(st, f"Finding {i}")
        d.add("small", f"{i} HM Government (2018) Working Together to Safeguard Children, chapter {i + 1}.")
    c.rec_table("Recommendations", c.recs(2))


def c34(c: Ctx) -> None:  # cover date block
    c.cover("dateblock")
    c.front_matter()
    d = c.doc
    d.add("h1", "The Findings")
    for i, st in enumerate(c.statements(3), 1):
        c.headed_finding(st, f"Finding {i}")
    _recs_considerations(c, 2, "Considerations for the LSCB")


# The gold keeps only the age the document prints: C35 prints no background, so no age (its findings'
# bank texts speak of "a two-month-old", never of the child the review is about).
@printed_only
def c35(c: Ctx) -> None:  # partnership named in full only; "Family X." pseudonym
    c.cover("reviewer")
    d = c.doc
    d.add("h1", "Introduction")
    d.add(
        "p",
        f"In this report the household is referred to as Family {c.spec.child.split()[-1]}. "
        "Names of professionals are not used.",
    )
    c.narrative(narrative.METHOD, 1)
    d.add("h1", "Findings")
    for i, st in enumerate(c.statements(3), 1):
        c.headed_finding(st, f"Finding {i}")
    c.rec_table("Recommendations", c.recs(2))


def c36(c: Ctx) -> None:  # cover title longer than the running header
    c.doc.header = f"SCR {c.spec.child}"
    c.doc.meta["title"] = f"Serious Case Review Overview Report: {c.spec.child}"
    c.cover()
    c.front_matter(toc=True)
    d = c.doc
    d.add("h1", "Findings")
    for i, st in enumerate(c.statements(3), 1):
        c.headed_finding(st, f"Finding {i}")
    c.rec_table("Recommendations", c.recs(3))


BUILDERS = {
    f"C{int(name[1:]):02d}": fn
    for name, fn in globals().items()
    if len(name) == 3 and name[0] == "c" and name[1:].isdigit()
}

from .conv_blind import BUILDERS as _BLIND  # noqa: E402  (C37-C53, held out blind)

BUILDERS.update(_BLIND)

from .conv_general import BUILDERS as _GENERAL  # noqa: E402  (C54-C59, development)

BUILDERS.update(_GENERAL)

from .conv_blind2 import BUILDERS as _BLIND2  # noqa: E402  (C60-C77, the second blind held-out set)

BUILDERS.update(_BLIND2)

from .conv_blind3 import BUILDERS as _BLIND3  # noqa: E402  (C81-C97, the third blind held-out set)

BUILDERS.update(_BLIND3)

from .conv_blind4 import BUILDERS as _BLIND4  # noqa: E402  (C98-C115, the fourth blind held-out set)

BUILDERS.update(_BLIND4)

from .conv_blind5 import BUILDERS as _BLIND5  # noqa: E402  (C116-C132, the fifth blind held-out set)

BUILDERS.update(_BLIND5)

from .conv_blind6 import BUILDERS as _BLIND6  # noqa: E402  (C133-C150, the sixth blind held-out set)

BUILDERS.update(_BLIND6)

from .conv_blind7 import BUILDERS as _BLIND7  # noqa: E402  (C151-C168, the seventh blind held-out set)

BUILDERS.update(_BLIND7)

from .conv_blind8 import BUILDERS as _BLIND8  # noqa: E402  (C169-C186, the eighth blind held-out set)

BUILDERS.update(_BLIND8)

from .conv_blind9 import BUILDERS as _BLIND9  # noqa: E402  (C187-C204, the ninth blind held-out set)

BUILDERS.update(_BLIND9)
from .conv_blind10 import BUILDERS as _BLIND10  # noqa: E402  (C205-C222, the tenth blind held-out set)

BUILDERS.update(_BLIND10)

from .conv_blind11 import BUILDERS as _BLIND11  # noqa: E402  (C223-C240, the eleventh blind held-out set)

BUILDERS.update(_BLIND11)

from .conv_blind12a import BUILDERS as _BLIND12A  # noqa: E402  (C241-C258, the twelfth blind held-out set, first half)

BUILDERS.update(_BLIND12A)

from .conv_blind12b import BUILDERS as _BLIND12B  # noqa: E402  (C259-C276, the twelfth blind held-out set, second half)

BUILDERS.update(_BLIND12B)

from .conv_blind13a import BUILDERS as _BLIND13A  # noqa: E402  (C277-C294, the thirteenth blind held-out set, first half)

BUILDERS.update(_BLIND13A)

from .conv_blind13b import BUILDERS as _BLIND13B  # noqa: E402  (C295-C312, the thirteenth blind held-out set, second half)

BUILDERS.update(_BLIND13B)

from .conv_blind14a import BUILDERS as _BLIND14A  # noqa: E402  (C313-C330, the fourteenth blind held-out set, first half)

BUILDERS.update(_BLIND14A)

from .conv_blind14b import BUILDERS as _BLIND14B  # noqa: E402  (C331-C348, the fourteenth blind held-out set, second half)

BUILDERS.update(_BLIND14B)

from .conv_blind15a import BUILDERS as _BLIND15A  # noqa: E402  (C349-C366, the fifteenth blind held-out set, first half)

BUILDERS.update(_BLIND15A)

from .conv_blind15b import BUILDERS as _BLIND15B  # noqa: E402  (C367-C384, the fifteenth blind held-out set, second half)

BUILDERS.update(_BLIND15B)

from .conv_blind16a import BUILDERS as _BLIND16A  # noqa: E402  (C385-C402, the sixteenth blind held-out set, first half)

BUILDERS.update(_BLIND16A)

from .conv_blind16b import BUILDERS as _BLIND16B  # noqa: E402  (C403-C420, the sixteenth blind held-out set, second half)

BUILDERS.update(_BLIND16B)

from .conv_blind17a import BUILDERS as _BLIND17A  # noqa: E402  (C421-C438, the seventeenth blind held-out set, first half)

BUILDERS.update(_BLIND17A)

from .conv_blind17b import BUILDERS as _BLIND17B  # noqa: E402  (C439-C456, the seventeenth blind held-out set, second half)

BUILDERS.update(_BLIND17B)

from .conv_blind18a import BUILDERS as _BLIND18A  # noqa: E402  (C457-C474, the eighteenth blind held-out set, first half)

BUILDERS.update(_BLIND18A)

from .conv_blind18b import BUILDERS as _BLIND18B  # noqa: E402  (C475-C492, the eighteenth blind held-out set, second half)

BUILDERS.update(_BLIND18B)

from .conv_blind19a import BUILDERS as _BLIND19A  # noqa: E402  (C493-C510, the nineteenth blind held-out set, first half)

BUILDERS.update(_BLIND19A)

from .conv_blind19b import BUILDERS as _BLIND19B  # noqa: E402  (C511-C528, the nineteenth blind held-out set, second half)

BUILDERS.update(_BLIND19B)

from .conv_blind20a import BUILDERS as _BLIND20A  # noqa: E402  (C529-C546, the twentieth blind held-out set, first half)

BUILDERS.update(_BLIND20A)
from .conv_blind20b import BUILDERS as _BLIND20B  # noqa: E402  (C547-C564, the twentieth blind held-out set, second half)

BUILDERS.update(_BLIND20B)
from .conv_blind21a import BUILDERS as _BLIND21A  # noqa: E402  (C565-C582, the twenty-first blind held-out set, first half)

BUILDERS.update(_BLIND21A)
from .conv_blind21b import BUILDERS as _BLIND21B  # noqa: E402  (C583-C600, the twenty-first blind held-out set, second half)

BUILDERS.update(_BLIND21B)
from .conv_blind22a import BUILDERS as _BLIND22A  # noqa: E402  (C601-C618, the twenty-second blind held-out set, first half)

BUILDERS.update(_BLIND22A)
from .conv_blind22b import BUILDERS as _BLIND22B  # noqa: E402  (C619-C636, the twenty-second blind held-out set, second half)

BUILDERS.update(_BLIND22B)
from .conv_blind23a import BUILDERS as _BLIND23A  # noqa: E402  (C637-C654, the twenty-third blind held-out set, first half)

BUILDERS.update(_BLIND23A)
from .conv_blind23b import BUILDERS as _BLIND23B  # noqa: E402  (C655-C672, the twenty-third blind held-out set, second half)

BUILDERS.update(_BLIND23B)
from .conv_blind24a import BUILDERS as _BLIND24A  # noqa: E402  (C673-C690, the twenty-fourth blind held-out set, first half)

BUILDERS.update(_BLIND24A)
from .conv_blind24b import BUILDERS as _BLIND24B  # noqa: E402  (C691-C708, the twenty-fourth blind held-out set, second half)

BUILDERS.update(_BLIND24B)
from .conv_blind25a import BUILDERS as _BLIND25A  # noqa: E402  (C709-C726, the twenty-fifth blind held-out set, first half)

BUILDERS.update(_BLIND25A)
from .conv_blind25b import BUILDERS as _BLIND25B  # noqa: E402  (C727-C744, the twenty-fifth blind held-out set, second half)

BUILDERS.update(_BLIND25B)
from .conv_blind26a import BUILDERS as _BLIND26A  # noqa: E402  (C745-C762, the twenty-sixth blind held-out set, first half)

BUILDERS.update(_BLIND26A)
from .conv_blind26b import BUILDERS as _BLIND26B  # noqa: E402  (C763-C780, the twenty-sixth blind held-out set, second half)

BUILDERS.update(_BLIND26B)
from .conv_blind27a import BUILDERS as _BLIND27A  # noqa: E402  (C781-C798, the twenty-seventh blind held-out set, first half)

BUILDERS.update(_BLIND27A)
from .conv_blind27b import BUILDERS as _BLIND27B  # noqa: E402  (C799-C816, the twenty-seventh blind held-out set, second half)

BUILDERS.update(_BLIND27B)
from .conv_blind28a import BUILDERS as _BLIND28A  # noqa: E402  (C817-C834, the twenty-eighth blind held-out set, first half)

BUILDERS.update(_BLIND28A)
from .conv_blind28b import BUILDERS as _BLIND28B  # noqa: E402  (C835-C852, the twenty-eighth blind held-out set, second half)

BUILDERS.update(_BLIND28B)
from .conv_blind29a import BUILDERS as _BLIND29A  # noqa: E402  (C853-C870, the twenty-ninth blind held-out set, first half)

BUILDERS.update(_BLIND29A)
from .conv_blind29b import BUILDERS as _BLIND29B  # noqa: E402  (C871-C888, the twenty-ninth blind held-out set, second half)

BUILDERS.update(_BLIND29B)
from .conv_blind30a import BUILDERS as _BLIND30A  # noqa: E402  (C889-C906, the thirtieth blind held-out set, first half)

BUILDERS.update(_BLIND30A)
from .conv_blind30b import BUILDERS as _BLIND30B  # noqa: E402  (C907-C924, the thirtieth blind held-out set, second half)

BUILDERS.update(_BLIND30B)
from .conv_blind31a import BUILDERS as _BLIND31A  # noqa: E402  (C925-C942, the thirty-first blind held-out set, first half)

BUILDERS.update(_BLIND31A)
from .conv_blind31b import BUILDERS as _BLIND31B  # noqa: E402  (C943-C960, the thirty-first blind held-out set, second half)

BUILDERS.update(_BLIND31B)
from .conv_blind32a import BUILDERS as _BLIND32A  # noqa: E402  (C961-C978, the thirty-second blind held-out set, first half)

BUILDERS.update(_BLIND32A)
from .conv_blind32b import BUILDERS as _BLIND32B  # noqa: E402  (C979-C996, the thirty-second blind held-out set, second half)

BUILDERS.update(_BLIND32B)
from .conv_blind33a import BUILDERS as _BLIND33A  # noqa: E402  (C997-C1014, the thirty-third blind held-out set, first half)

BUILDERS.update(_BLIND33A)
from .conv_blind33b import BUILDERS as _BLIND33B  # noqa: E402  (C1015-C1032, the thirty-third blind held-out set, second half)

BUILDERS.update(_BLIND33B)
from .conv_blind34a import BUILDERS as _BLIND34A  # noqa: E402  (C1033-C1050, the thirty-fourth blind held-out set, first half)

BUILDERS.update(_BLIND34A)
from .conv_blind34b import BUILDERS as _BLIND34B  # noqa: E402  (C1051-C1068, the thirty-fourth blind held-out set, second half)

BUILDERS.update(_BLIND34B)
