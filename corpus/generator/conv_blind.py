"""Corpus generator: the blind held-out conventions C37-C53 of corpus/CONVENTIONS.md.

These conventions were written by an author who never read the extractor,
its rules or its output, after the extractor had been developed; no rule has
been written by reading their documents. Each builder lays out one document
and declares every lesson as a careful reader of that document would record
it. Three conventions have writers of their own: a web page whose sections
are accordion items (C45), a Word document built from its heading and list
styles (C46) and a scanned typewritten report (C47).
"""

from __future__ import annotations

import datetime
import html
import io
import re

from . import narrative
from .conv_docs import EXTENSIONS, WRITERS, ConvDoc, write_scan
from .conv_specs import MONTHS, Ctx
from .model import split_body

LETTERS = "abcdefghij"


def ordinal_date(published: str) -> str:
    """ "3rd March 2021" for 2021-03-03; month and year, or year alone, as the gold is precise."""
    if len(published) == 10:
        day = int(published[8:])
        suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{day}{suffix} {MONTHS[int(published[5:7]) - 1]} {published[:4]}"
    if len(published) == 7:
        return f"{MONTHS[int(published[5:7]) - 1]} {published[:4]}"
    return published


def earlier(c: Ctx, months: int) -> str:
    """An event date some months before publication ("June 2019"): never the publication date."""
    p = c.spec.published
    month = int(p[5:7]) if len(p) >= 7 else 6
    total = int(p[:4]) * 12 + month - 1 - months
    return f"{MONTHS[total % 12]} {total // 12}"


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=\.)\s+(?=[A-Z])", text)


def c37(c: Ctx) -> None:  # Panel rapid review template
    d, s = c.doc, c.spec
    d.meta["title"] = f"Rapid Review: {s.child}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("metarow", cells=("Date of rapid review meeting", earlier(c, 10)))
    d.add("metarow", cells=("Rapid review author", s.author))
    d.add("metarow", cells=("Date published", c.printed_date()))
    d.add("pagebreak")
    d.add("h1", "1. Summary of the case")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "2. Agency involvement")
    c.narrative(narrative.CHRONOLOGY, 2)
    d.add("h1", "3. Immediate actions taken")
    d.add("bullet", "A strategy discussion was held on the day of the incident and siblings were seen the same day.")
    d.add("bullet", "Agency records were secured and chronologies requested within five working days.")
    d.add("h1", "4. Key learning for the Partnership")
    for i, st in enumerate(c.statements(3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "5. Good practice identified")
    for g in c.gps(2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "6. Recommendations for the Partnership")
    for j, r in enumerate(c.recs(2), 1):
        d.add("num", r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}.")
    d.add("h1", "7. Decision on a local child safeguarding practice review")
    d.add(
        "p",
        "The partnership considered whether the criteria for a local child safeguarding practice review were "
        "met. The learning is clear from the rapid review, and the Panel agreed that no further review is needed.",
    )


SILP_AGENCIES = ("Children's Social Care", "Health", "Police", "Education")


def c38(c: Ctx) -> None:  # SILP: learning points grouped by agency, single-agency recommendations by agency
    d, s = c.doc, c.spec
    d.meta["title"] = f"Significant Incident Learning Process Review: {s.child}"
    d.header = f"SILP {s.child}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Learning event held: {earlier(c, 8)}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    c.front_matter()
    d.add("h1", "Learning points for agencies")
    d.add(
        "p",
        "The learning below was identified at the learning event and is grouped by the agency it most "
        "concerns; much of it applies to every agency.",
    )
    sts = c.statements(5)
    for agency, group in zip(SILP_AGENCIES, (sts[:2], sts[2:3], sts[3:4], sts[4:])):
        d.add("h2", agency)
        for st in group:
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    recs = c.recs(8)
    multi = recs[:2]
    single = [r for r in recs[2:] if r.agency not in ("Safeguarding Partnership", "All partner agencies")][:3]
    d.add("h2", "Multi-agency recommendations")
    n = 0
    for r in multi:
        n += 1
        d.add("num", r.text, d.lesson("recommendation", str(n), r.text, r.themes), label=f"{n}.")
    d.add("h2", "Single agency recommendations")
    for agency in dict.fromkeys(r.agency for r in single):
        d.add("h3", agency)
        for r in (r for r in single if r.agency == agency):
            n += 1
            d.add("num", r.text, d.lesson("recommendation", str(n), r.text, r.themes, agency), label=f"{n}.")


def c39(c: Ctx) -> None:  # recommendations embedded in a Conclusions chapter: "... (Recommendation 3)"
    d = c.doc
    d.marking = "OFFICIAL - SENSITIVE"
    c.cover()
    c.front_matter()
    d.add("h1", "Analysis")
    c.narrative(narrative.CHRONOLOGY, 2)
    d.add("h1", "Conclusions")
    d.add(
        "p",
        "The review has reached the following conclusions. Where a conclusion leads to a recommendation, "
        "its number is given in brackets.",
    )
    for i, (st, r) in enumerate(zip(c.statements(3), c.recs(3)), 1):
        keys = (
            d.lesson("finding", "", st.body, st.themes),
            d.lesson("recommendation", f"Recommendation {i}", r.text, r.themes),
        )
        d.add("keep", f"{st.body} {r.text} (Recommendation {i})", keys)
    d.add(
        "p",
        "The partnership will publish an action plan setting out how each recommendation will be taken "
        "forward and how progress will be checked.",
    )


FOOTNOTES = (
    "HM Government (2018) Working Together to Safeguard Children, chapter 1.",
    "Brandon, M. et al. (2020) Complexity and challenge: a triennial analysis of SCRs 2014-2017.",
    "Child Safeguarding Practice Review Panel (2020) Annual Report 2018 to 2019.",
    "The partnership's multi-agency escalation policy, section 3.",
    "Ofsted (2019) Joint targeted area inspection guidance.",
)


def c40(c: Ctx) -> None:  # footnotes at the foot of the page, superscript markers in the finding text
    d, k = c.doc, c.spec.name
    d.footnote_space = 42
    first = sorted(s.name for s in _specs("C40"))[0] == k
    d.font, d.ligatures, d.hyphenate = ("dejavu-serif", True, False) if first else ("times", False, True)
    d.header = f"{c.partnership}: {c.spec.child}"
    c.cover()
    d.add("h1", "Introduction")
    intro = c.fill(narrative.INTRO[0])
    d.add("fnp", intro, label=f"1|{sentences(intro)[0]}|{FOOTNOTES[0]}")
    c.narrative(narrative.METHOD, 1)
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    c.narrative(narrative.CHRONOLOGY, 2)
    d.add("h1", "Findings")
    for i, st in enumerate(c.statements(3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        d.add("fnp", st.body, key, label=f"{i + 1}|{sentences(st.body)[0]}|{FOOTNOTES[i]}")
    d.add("h1", "Good practice")
    for g in c.gps(2):
        d.add("p", g.text, d.lesson("good_practice", "", g.text, g.themes))
    c.rec_table("Recommendations", c.recs(2))


def c41(c: Ctx) -> None:  # an appendix "Summary of recommendations" repeats the body's recommendations
    d = c.doc
    d.hyphenate, d.header = True, f"{c.spec.child}: overview report"
    c.cover()
    c.front_matter()
    d.add("h1", "Findings and recommendations")
    recs = c.recs(3)
    for i, (st, r) in enumerate(zip(c.statements(3), recs), 1):
        c.headed_finding(st, f"Finding {i}")
        d.add(
            "runin",
            r.text,
            d.lesson("recommendation", f"Recommendation {i}", r.text, r.themes),
            label=f"Recommendation {i}:",
        )
    d.add("h1", "Concluding comments")
    d.add(
        "p",
        "The practitioners who took part in this review showed commitment to the family throughout. The "
        "recommendations are summarised in Appendix A.",
    )
    d.add("h1", "Appendix A: Summary of recommendations")
    d.add("header", cells=("No.", "Recommendation"))
    for i, r in enumerate(recs, 1):
        d.add("row", cells=(str(i), r.text))
    d.add("h1", "Appendix B: Glossary")
    for abbr, meaning in narrative.GLOSSARY[3:8]:
        d.add("p", f"{abbr} - {meaning}")


def c42(c: Ctx) -> None:  # findings as questions and answers
    d = c.doc
    c.cover()
    c.front_matter()
    d.add("h1", "Learning themes")
    what = narrative.pick(c.rng, narrative.CHRONOLOGY, 3)
    for i, (st, r) in enumerate(zip(c.statements(3), c.recs(3)), 1):
        key = d.lesson("finding", f"Learning theme {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning theme {i}: {st.title}", key)
        d.add("h3", "What happened?")
        d.add("p", c.fill(what[i - 1]))
        d.add("h3", "Why did it matter?")
        d.add("p", st.body, key)
        d.add("h3", "What needs to change?")
        d.add("p", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c43(c: Ctx) -> None:  # numbered learning, each with sub-bullets
    d = c.doc
    d.font, d.ligatures, d.hyphenate = "dejavu-serif", True, True
    c.cover()
    c.front_matter()
    d.add("h1", "Summary of learning")
    for i, st in enumerate(c.statements(4), 1):
        key = d.lesson("learning_point", str(i), f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("num", st.title, key, label=f"{i}.")
        for sentence in sentences(st.body):
            d.add("subbullet", sentence, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(c.recs(3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c44(c: Ctx) -> None:  # "Practice point" call-out boxes inside the analysis
    d = c.doc
    d.font, d.ligatures, d.header = "dejavu-sans", True, f"{c.partnership} - {c.spec.child}"
    c.cover()
    c.front_matter()
    d.add("h1", "Analysis of practice")
    sts, gps = c.statements(3), c.gps(1)
    for i, st in enumerate(sts, 1):
        d.add("h2", f"Key practice episode {i}")
        c.narrative(narrative.CHRONOLOGY, 1)
        d.add("box", st.body, d.lesson("learning_point", "", st.body, st.themes), label="Practice point")
        if i == 2:
            g = gps[0]
            d.add("box", g.text, d.lesson("good_practice", "", g.text, g.themes), label="Good practice")
            d.add("box", c.fill(narrative.REFLECTION_QUESTIONS[i]), label="Reflective question")
    c.rec_table("Recommendations", c.recs(2))


def c45(c: Ctx) -> None:  # web page whose sections are accordion items
    d, s = c.doc, c.spec
    d.add("title", d.meta["title"])
    d.add("cover", f"Published {c.printed_date()}. Independent reviewer: {s.author}.")
    d.add("cover", f"This page summarises the review commissioned by {c.partnership}.")
    d.add("h1", "About the review")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    for i, st in enumerate(c.statements(3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    d.add("h1", "What went well")
    for g in c.gps(2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Recommendations")
    for j, r in enumerate(c.recs(3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "Questions for reflection")
    for q in narrative.pick(c.rng, narrative.REFLECTION_QUESTIONS, 2):
        d.add("bullet", c.fill(q))


def c46(c: Ctx) -> None:  # Word document built from heading styles and automatic numbered lists
    d, s = c.doc, c.spec
    first = sorted(x.name for x in _specs("C46"))[0] == s.name
    d.header = f"{c.partnership} | {s.child}"
    d.add("title", d.meta["title"])
    d.add("cover", c.partnership)
    d.add("cover", f"Independent author: {s.author}")
    d.add("cover", f"Date of publication: {c.printed_date()}")
    d.add("pagebreak")
    d.add("toc")
    d.add("pagebreak")
    c.front_matter()
    if first:
        d.add("h1", "Findings")
        for st in c.statements(3):
            key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
            d.add("h2", st.title, key)
            for chunk in split_body(st.body):
                d.add("p", chunk, key)
        d.add("h1", "Recommendations")
        for j, r in enumerate(c.recs(3), 1):
            d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=str(j))
    else:
        d.add("h1", "Learning")
        for j, st in enumerate(c.statements(4), 1):
            d.add("num", st.body, d.lesson("learning_point", str(j), st.body, st.themes), label=str(j))
        d.add("h1", "Good practice")
        for g in c.gps(2):
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
        d.add("h1", "Recommendations")
        for r in c.recs(2):
            d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c47(c: Ctx) -> None:  # scanned typewritten SCR overview report
    d, s = c.doc, c.spec
    d.meta["title"] = f"Serious Case Review Overview Report in respect of {s.child}"
    d.add("cover", "IN STRICT CONFIDENCE")
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent overview author: {s.author}")
    d.add("cover", f"Report completed: {earlier(c, 7)}")
    d.add("cover", f"Date of publication: {ordinal_date(s.published)}")
    d.add("h1", "1. INTRODUCTION")
    for j, t in enumerate(narrative.pick(c.rng, narrative.INTRO, 2), 1):
        d.add("num", c.fill(t), label=f"1.{j}")
    d.add("h1", "2. SUMMARY OF EVENTS")
    d.add("num", c.fill(narrative.BACKGROUND[s.scenario]), label="2.1")
    d.add("num", c.fill(narrative.pick(c.rng, narrative.CHRONOLOGY, 1)[0]), label="2.2")
    d.add("h1", "3. LESSONS LEARNT")
    for i, st in enumerate(c.statements(3)):
        d.add("num", st.body, d.lesson("learning_point", LETTERS[i], st.body, st.themes), label=f"({LETTERS[i]})")
    d.add("h1", "4. RECOMMENDATIONS")
    for j, r in enumerate(c.recs(3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"4.{j}", r.text, r.themes), label=f"4.{j}")


def c48(c: Ctx) -> None:  # metadata in a table on the cover
    d, s = c.doc, c.spec
    d.marking, d.footer = "OFFICIAL", "{x}"
    d.add("title", d.meta["title"])
    for row in (
        ("Review", {"SCR": "Serious Case Review", "LCSPR": "Local Child Safeguarding Practice Review"}[s.review_type]),
        ("Child", s.child),
        ("Partnership", c.partnership),
        ("Independent author", s.author),
        ("Date of publication", c.printed_date()),
        ("Version", "Final (approved by the partnership)"),
    ):
        d.add("metarow", cells=row)
    d.add("pagebreak")
    c.front_matter()
    d.add("h1", "Key issues")
    for i, st in enumerate(c.statements(3), 1):
        key = d.lesson("finding", f"Key issue {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Key issue {i} \u2013 {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(c.recs(3), 1):
        d.add("runin", r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}")


def c49(c: Ctx) -> None:  # area only in "commissioned by the X ...", date "Published: 3rd March 2021"
    d, s = c.doc, c.spec
    d.header = f"LCSPR {s.child}" if s.review_type == "LCSPR" else f"SCR {s.child}"
    d.font, d.ligatures = ("dejavu-sans", True) if s.fmt == "pdf" else ("", False)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {ordinal_date(s.published)}")
    d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add(
        "p",
        f"This review was commissioned by the {c.partnership} following the notification of a serious "
        f"incident concerning {s.child}, who was {s.age} old at the time.",
    )
    d.add(
        "p",
        "Before moving to the area the family lived in Norfolk, where Norfolk County Council children's "
        "services had provided early help for a short period.",
    )
    c.narrative(narrative.METHOD, 1)
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    c.narrative(narrative.CHRONOLOGY, 2)
    d.add("h1", "What we have learned")
    for i, st in enumerate(c.statements(3), 1):
        d.add(
            "runin", st.body, d.lesson("learning_point", f"Lesson {i}", st.body, st.themes), label=f"Lesson {i} \u2013"
        )
    d.add("h1", "Recommendations for the Partnership")
    for i, r in enumerate(c.recs(2)):
        d.add("num", r.text, d.lesson("recommendation", LETTERS[i], r.text, r.themes), label=f"{LETTERS[i]})")


def c50(c: Ctx) -> None:  # landscape action plan with merged cells
    d, s = c.doc, c.spec
    d.hyphenate, d.header = True, f"{c.title()}"
    c.cover()
    c.front_matter()
    d.add("h1", "Findings")
    for i, st in enumerate(c.statements(3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("landscape")
    d.add("h1", "Appendix 1: Recommendations and action plan")
    d.add("header", cells=("No.", "Recommendation", "Action", "Lead", "By when", "RAG"), label="land")
    year = int(s.published[:4])
    actions = (
        ("Audit a sample of cases and report the findings to the partnership", "Multi-agency audit"),
        ("Revise the guidance and brief practitioners on the changes", "Briefings for front-line staff"),
        ("Add the learning to the multi-agency training programme", "Report progress to the board"),
    )
    for j, r in enumerate(c.recs(3), 1):
        a1, a2 = actions[j - 1]
        d.add(
            "planrow",
            keys=d.lesson("recommendation", str(j), r.text, r.themes, r.agency),
            cells=(
                str(j),
                r.text,
                r.agency,
                ("Green", "Amber", "Red")[j - 1],
                a1,
                f"March {year}",
                a2,
                f"September {year}",
            ),
        )
    d.add("portrait")
    d.add("h1", "Appendix 2: Glossary")
    for abbr, meaning in narrative.GLOSSARY[8:13]:
        d.add("p", f"{abbr} - {meaning}")


def c51(c: Ctx) -> None:  # key practice episodes in a table: what happened beside the learning
    d = c.doc
    d.font, d.ligatures, d.footer = "times", False, "Page {x}"
    c.cover()
    c.front_matter()
    d.add("h1", "Key practice episodes and learning")
    d.add(
        "p", "The table sets out each key practice episode, what happened, and the learning the review draws from it."
    )
    d.add("header", cells=("Key practice episode", "What happened", "Analysis and learning"), label="kpe")
    what = narrative.pick(c.rng, narrative.CHRONOLOGY, 3)
    episodes = ("The first referral", "The child protection conference", "The weeks before the incident")
    for i, st in enumerate(c.statements(3)):
        d.add(
            "kperow",
            keys=d.lesson("learning_point", "", st.body, st.themes),
            cells=(f"KPE {i + 1}: {episodes[i]}", c.fill(what[i]), st.body),
        )
    d.add("h1", "Recommendations")
    for j, r in enumerate(c.recs(2), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c52(c: Ctx) -> None:  # side heads: label and title in a narrow left column, the text beside them
    d = c.doc
    d.font, d.ligatures = "dejavu-serif", True
    d.header = c.title()
    c.cover()
    c.front_matter()
    d.add("h1", "Findings")
    for i, st in enumerate(c.statements(3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("sidehead", keys=key, cells=(f"Finding {i}", st.title, st.body))
    d.add("h1", "Recommendations")
    for j, r in enumerate(c.recs(3), 1):
        d.add(
            "sidehead",
            keys=d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
            cells=(f"Recommendation {j}", "", r.text),
        )


def c53(c: Ctx) -> None:  # an executive summary repeats the learning and recommendations word for word
    d = c.doc
    d.header, d.marking = f"{c.spec.child} - full report", "OFFICIAL"
    c.cover()
    sts, recs = c.statements(3), c.recs(3)
    d.add("h1", "Executive summary")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    d.add("p", "The review found that:")
    for st in sts:
        d.add("bullet", st.body)
    d.add("p", "The review recommends that:")
    for r in recs:
        d.add("bullet", r.text)
    d.add("pagebreak")
    c.front_matter()
    d.add("h1", "Learning")
    for i, st in enumerate(sts, 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        d.add("p", st.body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


BUILDERS = {
    f"C{int(name[1:]):02d}": fn
    for name, fn in globals().items()
    if len(name) == 3 and name[0] == "c" and name[1:].isdigit()
}


def _specs(convention: str):
    from .conv_table import build_table

    return [s for s in build_table() if s.convention == convention]


# --- writers of their own ----------------------------------------------------


def write_accordion(doc: ConvDoc) -> tuple[bytes, dict[int, tuple[int, int]]]:
    """A partnership web page: cookie banner, navigation, and each section an accordion item
    (<details>/<summary> in one variant, buttons with aria-controls in the other)."""
    esc = html.escape
    aria = sorted(x.name for x in _specs(doc.convention))[0] != doc.name
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        '<head><meta charset="utf-8">',
        f"<title>{esc(doc.meta['title'])} | Safeguarding Partnership</title></head>",
        "<body>",
        '<div class="cookie-banner"><p>We use some essential cookies to make this website work. We would like to '
        "set additional cookies to understand how you use the site.</p><button>Accept additional cookies</button>"
        "<button>Reject additional cookies</button></div>",
        '<a class="skip-link" href="#main">Skip to main content</a>',
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/practitioners">Practitioners</a></li>'
        '<li><a href="/reviews">Learning from reviews</a></li><li><a href="/training">Training</a></li></ul></nav>',
        '<main id="main">',
    ]
    item, open_list, n = False, "", 0

    def close_list():
        nonlocal open_list
        if open_list:
            out.append(f"</{open_list}>")
            open_list = ""

    def close_item():
        nonlocal item
        close_list()
        if item:
            out.append("</div></div>" if aria else "</div></details>")
            item = False

    for e in doc.elements:
        t = esc(e.text)
        if e.kind == "title":
            out.append(f"<h1>{t}</h1>")
        elif e.kind == "cover":
            out.append(f'<p class="lede">{t}</p>')
        elif e.kind in ("h1", "h2"):
            close_item()
            n += 1
            if aria:
                out.append(
                    f'<div class="accordion__section"><h2 class="accordion__heading"><button type="button" '
                    f'aria-expanded="false" aria-controls="section-{n}">{t}</button></h2>'
                    f'<div class="accordion__content" id="section-{n}" hidden>'
                )
            else:
                out.append(f'<details class="accordion"><summary>{t}</summary><div class="accordion-body">')
            item = True
        elif e.kind == "p":
            close_list()
            out.append(f"<p>{t}</p>")
        elif e.kind in ("bullet", "num"):
            want = "ul" if e.kind == "bullet" else "ol"
            if open_list != want:
                close_list()
                out.append(f"<{want}>")
                open_list = want
            out.append(f"<li>{t}</li>")
    close_item()
    out += [
        "</main>",
        "<footer><p>Accessibility | Privacy | Cookies</p>"
        "<p>Page last reviewed: see the publication date above.</p></footer>",
        "</body></html>",
        "",
    ]
    return "\n".join(out).encode("utf-8"), {k: (1, 1) for k in range(len(doc.lessons))}


def write_word(doc: ConvDoc) -> tuple[bytes, dict[int, tuple[int, int]]]:
    """A Word document as authors make them: Title and Heading styles, automatic List Number and
    List Bullet paragraphs (the numbers are Word's, not in the text), a running header and a page
    number field in the footer."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from .writers import _fixed_zip

    d = docx.Document()
    d.core_properties.created = datetime.datetime(2024, 1, 1)
    d.core_properties.modified = datetime.datetime(2024, 1, 1)
    d.core_properties.title = doc.meta["title"]
    d.core_properties.author = doc.meta["author"]
    section = d.sections[0]
    section.header.paragraphs[0].text = doc.header
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    run = footer.add_run()
    for tag_name, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        el = OxmlElement(tag_name)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = "PAGE"
        run._r.append(el)
    for n, e in enumerate(doc.elements):
        if e.kind == "toc":
            _word_contents(d, [x.text for x in doc.elements[n + 1 :] if x.kind in ("h1", "h2")])
        elif e.kind == "title":
            d.add_paragraph(e.text, style="Title")
        elif e.kind == "cover":
            d.add_paragraph(e.text, style="Subtitle")
        elif e.kind == "h1":
            d.add_paragraph(e.text, style="Heading 1")
        elif e.kind == "h2":
            d.add_paragraph(e.text, style="Heading 2")
        elif e.kind == "p":
            d.add_paragraph(e.text)
        elif e.kind == "num":
            d.add_paragraph(e.text, style="List Number")
        elif e.kind == "bullet":
            d.add_paragraph(e.text, style="List Bullet")
        elif e.kind == "pagebreak":
            d.add_page_break()
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue()), {k: (1, 1) for k in range(len(doc.lessons))}


def _word_contents(d, headings: list[str]) -> None:
    """A Contents page as Word leaves it: a TOC field whose cached result lists the headings, a tab
    and a page number."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def field_char(paragraph, kind: str):
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(char)

    d.add_paragraph("Contents", style="TOC Heading")
    for i, heading in enumerate(headings):
        p = d.add_paragraph()
        if i == 0:
            field_char(p, "begin")
            run = p.add_run()
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = ' TOC \\o "1-2" \\h \\z \\u '
            run._r.append(instr)
            field_char(p, "separate")
        p.add_run(f"{heading}\t{3 + i // 4}")
        if i == len(headings) - 1:
            field_char(p, "end")


WRITERS.update(
    {"accordion": write_accordion, "word": write_word, "typescan": lambda doc: write_scan(doc, typewriter=True)}
)
EXTENSIONS.update({"accordion": ".html", "word": ".docx", "typescan": ".pdf"})
