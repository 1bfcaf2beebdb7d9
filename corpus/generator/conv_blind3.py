"""Corpus generator: the third blind held-out set of conventions, C81-C97 of corpus/CONVENTIONS.md.

Written on 2026-12-05 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. Each builder lays out one document the way published English
reviews and their companions (thematic reports, annual reports, newsletters,
leaflets, Panel letters) print their lessons, and declares every lesson as a
careful reader of that document would record it: kind, printed label,
heading (title) where there is one, agency where the document gives one, and
the metadata the document itself prints.

Element kinds this set adds: a table whose theme cell spans its rows
("spantable"), a narrative paragraph with a shaded "Key learning" sidebar
beside it ("sidelearn"), table rows headed by a row header ("throw"), a
Word text box drawn as a one-cell table ("docbox"), a pull quote and a
newsletter sidebar ("pullquote", "sidebar"). PDF draws them through
conv_docs.PDF_KINDS; the HTML and DOCX writers are wrapped so that documents
with none of these kinds are written exactly as before. Plain-text exports
with hard line wraps at 70 characters and hyphenated line ends have a writer
of their own ("txt70").
"""

from __future__ import annotations

import html

from . import narrative
from .conv_blind import earlier
from .conv_common import (
    after_marker,
    background,
    draw_recs,
    draw_statements,
    headed_learning,
    numbered_recs,
    rec_bullets,
    stash,
    statement_bullets,
    wrap_docx,
    wrap_html,
)
from .conv_docs import COLUMN_WIDTHS, EXTENSIONS, PDF_KINDS, WRITERS, ConvDoc, El
from .conv_specs import MONTHS, TYPE_NAMES, Ctx
from .model import split_body

TOPICS = {
    "NAI": "injuries to babies and young children",
    "NEGLECT": "neglect",
    "DA": "children living with domestic abuse",
    "SUDI": "sudden unexpected death in infancy",
    "CCE": "criminal exploitation of children",
    "PARENTAL": "parental mental ill-health and substance use",
    "CSE": "child sexual exploitation",
}
SEASONS = ("winter", "spring", "summer", "autumn")

# Structured content of the new kinds, by the element's label (unique per document).
EXTRA: dict[str, object] = {}


def _month_pub(c: Ctx) -> str:
    """The gold date at least to the month: a letter or newsletter always prints one."""
    p = c.spec.published
    return p if len(p) >= 7 else f"{p}-06"


def _printed(p: str) -> str:
    if len(p) == 10:
        return f"{int(p[8:])} {MONTHS[int(p[5:7]) - 1]} {p[:4]}"
    if len(p) == 7:
        return f"{MONTHS[int(p[5:7]) - 1]} {p[:4]}"
    return p


FAMILY_HEADINGS = {
    "assess": "Assessment of risk",
    "multi": "Working together",
    "org": "Leadership and the workforce",
    "voice": "The child's voice",
    "fam": "Understanding the family",
    "harm": "Recognising harm",
    "vuln": "Children with additional vulnerabilities",
    "cmh": "Mental health",
    "edu": "Education",
    "efh": "Harm outside the home",
    "agency": "Single-agency practice",
    "review": "Learning from reviews",
}


def _grouped(items: list, groups: int, per: int) -> list[tuple[str, list]]:
    """Items under a heading named by their first theme's family, as a report groups them."""
    out: dict[str, list] = {}
    for item in items:
        families = [t.split(".")[0] for t in item.themes]
        family = next((f for f in families if f not in ("agency", "review")), families[0])
        out.setdefault(FAMILY_HEADINGS[family], []).append(item)
    ranked = sorted(out.items(), key=lambda kv: -min(len(kv[1]), per))[:groups]
    order = list(out)
    return [(h, g[:per]) for h, g in sorted(ranked, key=lambda kv: order.index(kv[0]))]


def _season(c: Ctx) -> str:
    p = c.spec.published
    month = int(p[5:7]) if len(p) >= 7 else 6
    return SEASONS[(month % 12) // 3].capitalize()


# --- the builders -----------------------------------------------------------


def c81(c: Ctx) -> None:  # thematic review of several local reviews: themes, a source-review table
    d, s = c.doc, c.spec
    year = int(s.published[:4])
    count = 5 + len(s.name) % 4
    d.meta.update(
        title=f"Learning from {count} local reviews: a thematic review of {TOPICS[s.scenario]}",
        review_type="thematic",
        child="",
        child_age="",
    )
    d.header = f"Thematic review: {TOPICS[s.scenario]}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Thematic review author: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    sts = draw_statements(c, 4)
    if s.fmt == "pdf":
        d.add("toc")
        d.add("pagebreak")
    d.add("h1", "1. Why a thematic review")
    d.add(
        "p",
        f"Between {year - 4} and {year - 1} the partnership completed {count} reviews in which "
        f"{TOPICS[s.scenario]} featured. Rather than repeat single reviews, the partnership asked for the "
        "learning common to them all to be drawn together.",
    )
    d.add("h1", "2. The reviews included")
    d.add("header", cells=("Review", "Type", "Age of child", "Completed"))
    names = ("Child A", "Child D", "Baby F", "Child K", "Child P", "Sibling group M", "Child R", "Baby W")
    for j in range(count):
        kind = "SCR" if year - 4 + j % 3 < 2019 else "LCSPR"
        d.add(
            "row", cells=(names[j], kind, ("7 months", "4 years", "15 years", "11 weeks")[j % 4], str(year - 4 + j % 3))
        )
    d.add("h1", "3. Themes")
    d.add("p", "Four themes ran through the reviews. Each is described below with the reviews in which it was seen.")
    for i, st in enumerate(sts, 1):
        key = d.lesson("finding", f"Theme {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Theme {i}: {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
        d.add("small", f"Seen in: {names[i]}, {names[(i + 2) % count]} and {names[(i + 3) % count]}.")
    numbered_recs(c, 3, "4. Recommendations")


def c82(c: Ctx) -> None:  # a partnership annual report: "Learning from reviews" is one chapter among many
    d, s = c.doc, c.spec
    year = int(s.published[:4])
    month = int(s.published[5:7]) if len(s.published) >= 7 else 9
    end = year if month > 3 else year - 1
    d.meta.update(
        title=f"{c.partnership} Annual Report {end - 1} to {end}", review_type="other", child="", child_age=""
    )
    d.header = f"Annual Report {end - 1}-{str(end)[2:]}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Covering 1 April {end - 1} to 31 March {end}")
    d.add("cover", f"Published {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Foreword")
    d.add(
        "p",
        "This report sets out what the partnership has done in the year to keep children safe, how well "
        "it has worked and what it will do next. It is my assessment as independent scrutineer.",
    )
    d.add("p", f"{s.author}, Independent Scrutineer")
    d.add("h1", "Our priorities this year")
    for t in (
        "Neglect and its impact on children",
        "Safeguarding adolescents outside the home",
        "Hearing the voice of the child",
    ):
        d.add("bullet", t)
    d.add("h1", "Learning from case reviews")
    d.add(
        "p",
        f"During the year the partnership published one review, concerning {s.child}, and considered three "
        "rapid reviews, none of which led to a local review. The learning the review identified was:",
    )
    statement_bullets(c, draw_statements(c, 3))
    d.add("p", "The review made these recommendations to the partnership:")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h2", "What has changed as a result")
    d.add("bullet", "A refreshed multi-agency neglect toolkit was launched in the autumn.")
    d.add("bullet", "Over 400 practitioners attended the learning events on the review.")
    d.add("h1", "Training")
    d.add("header", cells=("Course", "Sessions", "Attendees"), label="train")
    for row in (("Working Together", "12", "318"), ("Neglect toolkit", "8", "204"), ("Exploitation", "6", "151")):
        d.add("row", cells=row, label="train")
    d.add("h1", f"Priorities for {end} to {end + 1}")
    for j, t in enumerate(
        (
            "Embed the neglect toolkit and measure its use.",
            "Review the partnership's arrangements for independent scrutiny.",
            "Improve the quality of referrals to the front door.",
        ),
        1,
    ):
        d.add("num", t, label=f"{j}.")


def c83(c: Ctx) -> None:  # findings printed as "The review found that ..." sentences under plain headings
    d, s = c.doc, c.spec
    d.meta["title"] = f"{c.title()}: Overview Report"
    d.header = f"{s.child} Overview Report"
    c.cover()
    d.add("h1", "Introduction")
    c.narrative(narrative.INTRO, 1)
    d.add("p", f"The review was told that the family had moved to the area in {earlier(c, 30)}.")
    d.add("h1", "The family")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    for heading, st in zip(("Early help", "Health services", "Working together"), draw_statements(c, 3)):
        d.add("h1", heading)
        c.narrative(narrative.CHRONOLOGY, 1)
        text = after_marker(st.body)
        d.add("p", f"The review found that {text}", d.lesson("finding", "", text, st.themes))
    d.add("h1", "Recommendations")
    for r in draw_recs(c, 3):
        text = after_marker(r.text)
        d.add("p", f"The review recommends that {text}", d.lesson("recommendation", "", text, r.themes))


def c84(c: Ctx) -> None:  # a newsletter article: "Lesson 1 —" lines, pull quote, sidebar; "Spring 2021"
    d, s = c.doc, c.spec
    year = s.published[:4]
    d.meta.update(title=f"Learning from the {TYPE_NAMES[s.review_type]} concerning {s.child}", published=year)
    d.header = f"Safeguarding Matters | Issue {10 + len(s.name) % 20} | {_season(c)} {year}"
    d.footer = "Safeguarding Matters - page {x}"
    d.add("cover", f"Safeguarding Matters - the newsletter of the {c.partnership}")
    d.add("cover", f"Issue {10 + len(s.name) % 20} | {_season(c)} {year}")
    d.add("title", d.meta["title"])
    d.add("cover", f"By {s.author}, independent reviewer")
    if s.fmt == "pdf":
        d.add("twocol")
    d.add(
        "sidebar" if s.fmt == "pdf" else "p",
        "In this issue: New multi-agency training dates; The neglect toolkit one year on; Meet the business unit",
    )
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("p", "The review identified five lessons for everyone who works with children and families.")
    sts = draw_statements(c, 5)
    for i, st in enumerate(sts, 1):
        key = d.lesson("learning_point", f"Lesson {i}", st.body, st.themes)
        if s.fmt == "pdf":
            d.add("runin", st.body, key, label=f"Lesson {i} \u2014")
        else:
            d.add("p", f"Lesson {i} \u2014 {st.body}", key)
        if i == 2:
            quote = st.body.split(". ")[0].rstrip(".")
            d.add("pullquote" if s.fmt == "pdf" else "h2", f"\u201c{quote}\u201d")
    d.add(
        "sidebar" if s.fmt == "pdf" else "p",
        "Did you know? Nearly half of the serious incidents notified nationally last year involved children under one.",
    )
    d.add("h2", "Dates for your diary")
    d.add(
        "p",
        f"Learning event on this review: {MONTHS[(int(year) * 7) % 12]} {year}, online. Book through the training portal.",
    )


def c85(c: Ctx) -> None:  # a practice guidance leaflet drawn from one review
    d, s = c.doc, c.spec
    d.meta.update(title=f"Practice guidance: {TOPICS[s.scenario]}", review_type="briefing")
    d.add("title", d.meta["title"])
    d.add("cover", f"Learning from the {TYPE_NAMES[s.review_type]} concerning {s.child} | {c.partnership}")
    d.add("cover", f"Written by {s.author} | {c.printed_date()}")
    d.add("h1", "Why has this guidance been written?")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "What the review found")
    for i, st in enumerate(draw_statements(c, 3), 1):
        d.add("num", st.body, d.lesson("finding", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "What this means for your practice")
    for st in draw_statements(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes), label="\u2713")
    d.add("h1", "Where to find out more")
    d.add("bullet", "The partnership's multi-agency procedures (online)")
    d.add("bullet", "The threshold document: Continuum of need")
    d.add("h1", "Contacts")
    d.add("p", "Partnership business unit: 01234 567890. Out of hours: 01234 000111.")


def c86(c: Ctx) -> None:  # recommendations in a two-level outline: "1." theme lines, "1.1" recommendations
    d = c.doc
    c.cover()
    c.front_matter()
    headed_learning(c, draw_statements(c, 3), "Summary of learning")
    d.add("h1", "Recommendations")
    d.add(
        "p",
        "The recommendations are grouped by theme. Each numbered theme is followed by the recommendations under it.",
    )
    for i, (theme, group) in enumerate(_grouped(draw_recs(c, 8), 3, 2), 1):
        d.add("num", theme, label=f"{i}.")
        for j, r in enumerate(group, 1):
            d.add("num", r.text, d.lesson("recommendation", f"{i}.{j}", r.text, r.themes), label=f"{i}.{j}")


def c87(c: Ctx) -> None:  # a findings table whose theme cells span several rows
    d, s = c.doc, c.spec
    c.cover("reviewer")
    c.front_matter(toc=s.fmt == "pdf")
    d.add("h1", "Findings")
    d.add("p", "The findings are grouped under three themes. A theme is printed once, beside all its findings.")
    if s.fmt == "pdf":
        d.add("landscape")
    groups = _grouped(draw_statements(c, 9), 3, 2)
    rows = []
    for theme, group in groups:
        keys = [d.lesson("finding", "", st.body, st.themes) for st in group]
        rows.append((theme, [st.body for st in group], keys))
    d.add("spantable", keys=[k for _, _, ks in rows for k in ks], label=stash(EXTRA, c, rows))
    if s.fmt == "pdf":
        d.add("portrait")
    c.rec_table("Recommendations", draw_recs(c, 3))


def c88(c: Ctx) -> None:  # a shaded "Key learning" sidebar beside the analysis text
    d = c.doc
    d.header = f"{c.title()} | Learning review"
    c.cover()
    c.front_matter()
    d.add("h1", "Analysis")
    what = narrative.pick(c.rng, narrative.CHRONOLOGY, 3)
    for i, st in enumerate(draw_statements(c, 3)):
        key = d.lesson("learning_point", "", st.body, st.themes)
        d.add("sidelearn", st.body, key, cells=(c.fill(what[i]), "Key learning"))
    numbered_recs(c, 3, "What needs to happen")


def c89(c: Ctx) -> None:  # findings and recommendations that cite each other: "Recommendation 4 (see also Finding 2)"
    d = c.doc
    c.cover()
    c.front_matter()
    d.add("h1", "Findings")
    sts = draw_statements(c, 3)
    pool = draw_recs(c, 14)
    recs = []
    for st, n in zip(sts, (1, 2, 1)):  # each finding's recommendations: those sharing most of its themes
        for _ in range(n):
            r = max(pool, key=lambda r: len(set(r.themes) & set(st.themes)))
            pool.remove(r)
            recs.append(r)
    cites = ("1", "2 and 3", "4")
    for i, st in enumerate(sts, 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        word = "Recommendation" if " " not in cites[i - 1] else "Recommendations"
        d.add("h2", f"Finding {i}: {st.title} (see {word} {cites[i - 1]})", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    d.add("h1", "Recommendations")
    refs = (1, 2, 2, 3)
    for j, r in enumerate(recs, 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h2", f"Recommendation {j} (see also Finding {refs[j - 1]})", key)
        d.add("p", r.text, key)
    d.add("h1", "Conclusion")
    d.add(
        "p",
        "Findings 2 and 3 are closely linked (see Recommendations 2 and 3) and the partnership may wish to "
        "take them forward together.",
    )


def c90(c: Ctx) -> None:  # a review in two parts: Part A the case, Part B the systems
    d, s = c.doc, c.spec
    c.cover()
    if s.fmt == "scan":
        d.add("h1", "Contents")
        for entry, page in (
            ("Introduction", 1),
            ("Part A: The review of practice", 1),
            ("Part B: Systems findings", 2),
            ("Recommendations", 2),
        ):
            d.add("p", f"{entry} .......... {page}")
        d.add("pagebreak")
    d.add("h1", "Introduction")
    c.narrative(narrative.INTRO, 1)
    d.add(
        "p",
        "The review is in two parts. Part A looks at the help given to the child and family; Part B at the systems within which practitioners worked.",
    )
    background(c, "Part A: The review of practice")
    sts = draw_statements(c, 4)
    for i, st in enumerate(sts[:2], 1):
        key = d.lesson("finding", f"A{i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"A{i}. {st.title}", key)
        d.add("p", st.body, key)
    d.add("h1", "Part B: Systems findings")
    d.add("p", "Part B asks what in the way agencies are organised made the practice in Part A more likely.")
    for i, st in enumerate(sts[2:], 1):
        key = d.lesson("finding", f"B{i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"B{i}. {st.title}", key)
        d.add("p", st.body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}")


def c91(c: Ctx) -> None:  # the Panel's letter to a partnership after a rapid review: "areas of learning"
    d, s = c.doc, c.spec
    pub = _month_pub(c)
    d.meta.update(title=f"Rapid review concerning {s.child}", review_type="other", published=pub)
    d.footer = ""
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("cover", "Sanctuary Buildings, 20 Great Smith Street, London SW1P 3BT")
    d.add("p", f"To: The Safeguarding Partners, {c.partnership}")
    d.add("p", _printed(pub))
    d.add("p", "Dear Safeguarding Partners,")
    d.add("title", d.meta["title"])
    d.add(
        "p",
        f"Thank you for submitting the rapid review concerning {s.child}, a child aged {s.age}, which the Panel "
        f"received in {earlier(c, 2)} and considered at its meeting the following month.",
    )
    d.add("p", "The Panel agrees with your decision that a local child safeguarding practice review is not required.")
    d.add("p", "The Panel identified the following areas of learning:")
    statement_bullets(c, draw_statements(c, 3))
    d.add("p", "The Panel noted good practice:")
    for g in c.gps(1):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("p", "The Panel would encourage the partnership to consider:")
    rec_bullets(c, draw_recs(c, 2))
    d.add("p", "Thank you again for your work. Please let us know if we can help.")
    d.add("p", "Yours sincerely,")
    d.add("p", f"{s.author}")
    d.add("p", "Chair, Child Safeguarding Practice Review Panel")


def c92(c: Ctx) -> None:  # every heading in capitals, the finding's text in sentence case
    d, s = c.doc, c.spec
    d.header = c.title().upper()
    d.add("cover", c.partnership.upper())
    d.add("title", d.meta["title"])
    d.add("cover", f"AUTHOR: {s.author}")
    d.add("cover", f"PUBLISHED: {c.printed_date().upper()}")
    d.add("pagebreak")
    for heading, pool, n in (("INTRODUCTION", narrative.INTRO, 2), ("METHODOLOGY", narrative.METHOD, 1)):
        d.add("h1", heading)
        c.narrative(pool, n)
    d.add("h1", "BACKGROUND")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "FINDINGS")
    for st in draw_statements(c, 3):
        title = st.title.upper()
        key = d.lesson("finding", "", f"{title} {st.body}", st.themes, title=title)
        d.add("h2", title, key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    numbered_recs(c, 3, "RECOMMENDATIONS")


def c93(c: Ctx) -> None:  # metadata only in the running footer "© X Safeguarding Children Partnership 2021"
    d, s = c.doc, c.spec
    year = s.published[:4]
    d.meta["published"] = year
    d.footer = f"\u00a9 {c.partnership} {year} | Page {{x}}"
    d.add("title", d.meta["title"])
    d.add("pagebreak")
    d.add("h1", "Acknowledgements")
    d.add("p", f"The independent reviewer, {s.author}, thanks the practitioners and the family who contributed.")
    background(c, "What happened")
    d.add("h1", "What we learned")
    for i, st in enumerate(draw_statements(c, 3), 1):
        key = d.lesson("learning_point", f"Learning area {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning area {i} \u2013 {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    d.add("h1", "What will change")
    rec_bullets(c, draw_recs(c, 3))


def c94(c: Ctx) -> None:  # published in a season ("Spring 2020"); each theme "What we saw" / "What we learned"
    d, s = c.doc, c.spec
    year = int(s.published[:4])
    d.meta["published"] = str(year)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Period under review: autumn {year - 3} to summer {year - 2}")
    d.add("cover", f"Published: {_season(c)} {year}")
    d.add("pagebreak")
    d.add("h1", "Introduction")
    c.narrative(narrative.INTRO, 2)
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "Themes")
    what = narrative.pick(c.rng, narrative.CHRONOLOGY, 3)
    for i, st in enumerate(draw_statements(c, 3)):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("h3", "What we saw")
        d.add("p", c.fill(what[i]))
        d.add("h3", "What we learned")
        d.add("p", st.body, key)
    numbered_recs(c, 3, "What we ask of the partnership")


def c95(c: Ctx) -> None:  # learning in a table whose rows are headed by <th scope="row">
    d, s = c.doc, c.spec
    c.cover("reviewer")
    d.add("h1", "About the review")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    c.narrative(narrative.CHRONOLOGY, 1)
    d.add("h1", "Learning from this review")
    d.add("p", "Each row gives a learning theme and what practitioners should take from it.")
    rows = []
    for st in draw_statements(c, 4):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        rows.append((st.title, st.body, key))
    d.add("throw", keys=[k for *_, k in rows], label=stash(EXTRA, c, (None, rows)))
    d.add("h1", "Recommendations")
    rows = []
    for j, r in enumerate(draw_recs(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        rows.append((str(j), f"{r.text}|{r.agency}", key))
    d.add("throw", keys=[k for *_, k in rows], label=stash(EXTRA, c, (("No.", "Recommendation", "Lead"), rows)))


def c96(c: Ctx) -> None:  # a Word report laid out with tables: a cover grid, each finding in a text box
    d, s = c.doc, c.spec
    d.add("title", d.meta["title"])
    d.add("layout2", cells=(c.partnership, f"Author: {s.author}\nPublished: {c.printed_date()}"))
    d.add("pagebreak")
    c.front_matter()
    d.add("h1", "Findings")
    for i, st in enumerate(draw_statements(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("docbox", st.body, key, label=f"Finding {i}|{st.title}")
    d.add(
        "docbox",
        "How do you record who lives in the household, and when did you last check?",
        label="|Reflective question",
    )
    numbered_recs(c)


def c97(c: Ctx) -> None:  # a plain-text export: hard wraps at 70 characters, words hyphenated at line ends
    d = c.doc
    d.hyphenate = True
    d.header = f"{c.title()} - Overview Report"
    c.cover()
    c.front_matter()
    d.add("h1", "Lessons")
    for i, st in enumerate(draw_statements(c, 4), 1):
        d.add("runin", st.body, d.lesson("learning_point", f"Lesson {i}", st.body, st.themes), label=f"Lesson {i}:")
    d.add("h1", "Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add(
            "runin",
            r.text,
            d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
            label=f"Recommendation {j}:",
        )
    d.add("h1", "Glossary")
    for abbr, meaning in narrative.GLOSSARY[:5]:
        d.add("p", f"{abbr} - {meaning}")


BUILDERS = {
    f"C{int(name[1:]):02d}": fn
    for name, fn in globals().items()
    if len(name) == 3 and name[0] == "c" and name[1:].isdigit()
}


# --- PDF kinds ----------------------------------------------------------------


def _no_split_table(*args, **kw):
    from reportlab.platypus import Table

    class Whole(Table):
        """A table that moves whole to the next page rather than split."""

        def split(self, availWidth, availHeight):
            return []

    return Whole(*args, **kw)


def _pdf_spantable(e, s, look):
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, TableStyle

    from .pdf_layouts import BODY_W
    from .pdf_render import para

    out = []
    head = _no_split_table(
        [[para("Theme", s.st["cellb"], look), para("What the review found", s.st["cellb"], look)]],
        colWidths=[0.28 * BODY_W, 0.72 * BODY_W],
    )
    head.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#dde4ee")),
            ]
        )
    )
    out.append(head)
    for theme, texts, keys in EXTRA[e.label]:
        data = [
            [para(theme if j == 0 else "", s.st["cellb"], look), para(t, s.st["cell"], look)]
            for j, t in enumerate(texts)
        ]
        t = _no_split_table(data, colWidths=[0.28 * BODY_W, 0.72 * BODY_W])
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if len(texts) > 1:
            style.append(("SPAN", (0, 0), (0, len(texts) - 1)))
        t.setStyle(TableStyle(style))
        t.lesson_keys = list(keys)
        t.lesson_key, t.toc_key = None, None
        out.append(t)
    out.append(Spacer(1, 8))
    return out


def _pdf_sidelearn(e, s, look):
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, TableStyle

    from .pdf_layouts import BODY_W
    from .pdf_render import para

    story, heading = e.cells
    label = para(heading, s.st["cellb"], look)
    label.label_only = True
    t = _no_split_table(
        [[para(story, s.st["body"], look), [label, Spacer(1, 3), para(e.text, s.st["cell"], look)]]],
        colWidths=[0.62 * BODY_W, 0.38 * BODY_W],
    )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#fde9c9")),
                ("BOX", (1, 0), (1, 0), 0.8, colors.HexColor("#c47c00")),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 12),
            ]
        )
    )
    t.lesson_keys = list(e.keys)
    t.lesson_key, t.toc_key = None, None
    return [t, Spacer(1, 10)]


def _pdf_throw(e, s, look):
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, TableStyle

    from .pdf_layouts import BODY_W
    from .pdf_render import para

    header, rows = EXTRA[e.label]
    out = []
    if header:
        h = _no_split_table(
            [[para(x, s.st["cellb"], look) for x in header]], colWidths=[0.08 * BODY_W, 0.67 * BODY_W, 0.25 * BODY_W]
        )
        h.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        out.append(h)
    for th, td, key in rows:
        cells = [para(th, s.st["cellb"], look)] + [para(x, s.st["cell"], look) for x in td.split("|")]
        widths = [0.08 * BODY_W, 0.67 * BODY_W, 0.25 * BODY_W] if header else [0.3 * BODY_W, 0.7 * BODY_W]
        t = _no_split_table([cells], colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        t.lesson_keys = [key]
        t.lesson_key, t.toc_key = None, None
        out.append(t)
    out.append(Spacer(1, 8))
    return out


def _pdf_docbox(e, s, look):
    """The PDF print of a Word text box: a ruled box with the label and title above the text."""
    from reportlab.lib import colors
    from reportlab.platypus import Spacer, TableStyle

    from .pdf_layouts import BODY_W
    from .pdf_render import para

    label, title = e.label.split("|")
    parts = []
    if label:
        lab = para(label, s.st["cellb"], look)
        lab.label_only = True
        parts.append(lab)
    parts += [para(title, s.st["cellb"], look), Spacer(1, 3), para(e.text, s.st["cell"], look)]
    t = _no_split_table([[parts]], colWidths=[BODY_W])
    t.setStyle(
        TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1f4e79")), ("LEFTPADDING", (0, 0), (-1, -1), 8)])
    )
    t.lesson_keys = list(e.keys)
    t.lesson_key, t.toc_key = None, None
    return [t, Spacer(1, 8)]


def _pdf_layout2(e, s, look):
    from reportlab.platypus import TableStyle

    from .pdf_layouts import BODY_W
    from .pdf_render import para

    left, right = e.cells[0], e.cells[1]
    t = _no_split_table(
        [[para(left, s.st["cover"], look), [para(x, s.st["cover"], look) for x in right.split("\n")]]],
        colWidths=[0.5 * BODY_W, 0.5 * BODY_W],
    )
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [t]


def _pdf_pullquote(e, s, look):
    from .pdf_render import para

    style = s.st["body"].clone("pull", fontSize=14, leading=18, leftIndent=6, spaceBefore=8, spaceAfter=8)
    return [para(e.text, style, look)]


def _pdf_sidebar(e, s, look):
    from reportlab.lib import colors

    from .pdf_render import para

    style = s.st["body"].clone(
        "sidebar", backColor=colors.HexColor("#e4eef7"), borderPadding=5, spaceBefore=8, spaceAfter=10
    )
    return [para(e.text, style, look)]


COLUMN_WIDTHS.update({"train": ((0.5, 0.25, 0.25), False)})
PDF_KINDS.update(
    {
        "spantable": _pdf_spantable,
        "sidelearn": _pdf_sidelearn,
        "throw": _pdf_throw,
        "docbox": _pdf_docbox,
        "layout2": _pdf_layout2,
        "pullquote": _pdf_pullquote,
        "sidebar": _pdf_sidebar,
    }
)


# --- HTML and DOCX: the new kinds through placeholders ------------------------------

NEW_KINDS = set(PDF_KINDS) & {"spantable", "sidelearn", "throw", "docbox", "layout2", "pullquote", "sidebar"}


def _html_for(e: El) -> str:
    esc = html.escape
    if e.kind == "spantable":
        out = ['<table class="findings"><thead><tr><th>Theme</th><th>What the review found</th></tr></thead><tbody>']
        for theme, texts, _ in EXTRA[e.label]:
            for j, t in enumerate(texts):
                lead = f'<td rowspan="{len(texts)}">{esc(theme)}</td>' if j == 0 else ""
                out.append(f"<tr>{lead}<td>{esc(t)}</td></tr>")
        return "\n".join(out + ["</tbody></table>"])
    if e.kind == "throw":
        header, rows = EXTRA[e.label]
        out = ["<table>"]
        if header:
            out.append("<thead><tr>" + "".join(f'<th scope="col">{esc(h)}</th>' for h in header) + "</tr></thead>")
        out.append("<tbody>")
        for th, td, _ in rows:
            out.append(
                f'<tr><th scope="row">{esc(th)}</th>' + "".join(f"<td>{esc(x)}</td>" for x in td.split("|")) + "</tr>"
            )
        return "\n".join(out + ["</tbody></table>"])
    if e.kind == "sidelearn":
        return f'<div class="row"><p>{esc(e.cells[0])}</p><aside class="key-learning"><h4>{esc(e.cells[1])}</h4><p>{esc(e.text)}</p></aside></div>'
    if e.kind == "docbox":
        label, title = e.label.split("|")
        return f'<div class="box"><p class="label">{esc(label)}</p><h4>{esc(title)}</h4><p>{esc(e.text)}</p></div>'
    if e.kind == "layout2":
        return f'<div class="cover"><p>{esc(e.cells[0])}</p><p>{"<br>".join(esc(x) for x in e.cells[1].split(chr(10)))}</p></div>'
    if e.kind == "pullquote":
        return f"<blockquote>{esc(e.text)}</blockquote>"
    return f'<aside class="sidebar"><p>{esc(e.text)}</p></aside>'


def _docx_fill(document, paragraph, e: El) -> None:
    """Put the element's table where its placeholder paragraph stands."""
    from docx.shared import Pt

    tables = []
    if e.kind == "spantable":
        rows = EXTRA[e.label]
        t = document.add_table(rows=1 + sum(len(texts) for _, texts, _ in rows), cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Theme", "What the review found"
        r = 1
        for theme, texts, _ in rows:
            for j, text in enumerate(texts):
                t.rows[r + j].cells[1].text = text
            merged = (
                t.rows[r].cells[0].merge(t.rows[r + len(texts) - 1].cells[0]) if len(texts) > 1 else t.rows[r].cells[0]
            )
            merged.text = theme
            r += len(texts)
        tables.append(t)
    elif e.kind == "throw":
        header, rows = EXTRA[e.label]
        t = document.add_table(rows=0, cols=3 if header else 2)
        t.style = "Table Grid"
        if header:
            for cell, h in zip(t.add_row().cells, header):
                cell.text = h
        for th, td, _ in rows:
            cells = t.add_row().cells
            cells[0].paragraphs[0].add_run(th).bold = True
            for cell, x in zip(cells[1:], td.split("|")):
                cell.text = x
        tables.append(t)
    elif e.kind == "sidelearn":
        t = document.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.text = e.cells[0]
        right.paragraphs[0].add_run(e.cells[1]).bold = True
        right.add_paragraph(e.text)
        tables.append(t)
    elif e.kind == "docbox":
        label, title = e.label.split("|")
        t = document.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        cell = t.rows[0].cells[0]
        first = cell.paragraphs[0]
        if label:
            first.add_run(label).bold = True
            first = cell.add_paragraph()
        run = first.add_run(title)
        run.bold, run.font.size = True, Pt(12)
        cell.add_paragraph(e.text)
        tables.append(t)
    elif e.kind == "layout2":
        t = document.add_table(rows=1, cols=2)
        t.rows[0].cells[0].text = e.cells[0]
        lines = e.cells[1].split("\n")
        t.rows[0].cells[1].text = lines[0]
        for line in lines[1:]:
            t.rows[0].cells[1].add_paragraph(line)
        tables.append(t)
    else:
        paragraph.insert_paragraph_before(e.text)
    for t in tables:
        paragraph._p.addprevious(t._tbl)
    paragraph._p.getparent().remove(paragraph._p)


# --- plain text with hard wraps at 70 characters and hyphenation -----------------------


VOWELS = set("aeiouy")


def _cut(word: str, room: int) -> int:
    """Where a word may break to fit the room: after a vowel before a consonant, or between a doubled
    consonant, three letters at least on each side; 0 if nowhere."""
    for cut in range(min(room, len(word) - 3), 2, -1):
        a, b = word[cut - 1].lower(), word[cut].lower()
        if (a in VOWELS and b not in VOWELS) or (a == b and a not in VOWELS):
            return cut
    return 0


def _hyphen_wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Fill lines to the width; a long word that would not fit is broken with a hyphen."""
    lines, line = [], indent
    for word in text.split():
        gap = "" if line.strip() == "" else " "
        if len(line) + len(gap) + len(word) <= width:
            line += gap + word
            continue
        room = width - len(line) - len(gap) - 1
        cut = _cut(word, room) if word.isalpha() and len(word) >= 8 else 0
        if cut:
            lines.append(line + gap + word[:cut] + "-")
            line = indent + word[cut:]
        else:
            lines.append(line)
            line = indent + word
    if line.strip():
        lines.append(line)
    return lines


def write_txt70(doc: ConvDoc, width: int = 70, page_lines: int = 56):
    lines: list[tuple[str, tuple[int, ...]]] = []
    for e in doc.elements:
        if e.kind == "pagebreak":
            lines.append(("\f", ()))
            continue
        if e.kind == "title":
            out = [e.text.upper()]
        elif e.kind == "h1":
            out = [e.text.upper(), "-" * len(e.text)]
        elif e.kind in ("runin", "num"):
            out = _hyphen_wrap(f"{e.label} {e.text}", width)
        else:
            out = _hyphen_wrap(e.text, width)
        lines += [(line, e.keys) for line in out] + [("", ())]
    pages: list[list[str]] = [[]]
    key_pages: dict[int, list[int]] = {}
    for line, keys in lines:
        if line == "\f" or len(pages[-1]) >= page_lines - 4:
            pages.append([])
            if line == "\f":
                continue
        pages[-1].append(line)
        for k in keys:
            key_pages.setdefault(k, []).append(len(pages))
    out = []
    for n, page in enumerate(pages, 1):
        head = [doc.header, ""] if n > 1 and doc.header else []
        out.append("\n".join(head + page + ["", f"- {n} -".center(width)]) + "\n")
    return "\f".join(out).encode("utf-8"), {k: (min(v), max(v)) for k, v in key_pages.items()}


WRITERS.update(
    {
        "html": wrap_html(WRITERS["html"], NEW_KINDS, "BLIND3TOKEN", _html_for),
        "docx": wrap_docx(WRITERS["docx"], NEW_KINDS, "BLIND3TOKEN", _docx_fill),
        "txt70": write_txt70,
    }
)
EXTENSIONS.update({"txt70": ".txt"})
