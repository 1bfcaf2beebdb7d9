"""Corpus generator: the tenth blind held-out set of conventions, C205-C222 of corpus/CONVENTIONS.md.

Written on 2026-12-05 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. The set leans towards the companions of reviews: NSPCC repository
records with keyword lines, partnership news posts, young people's versions,
annual reports grouping learning by review, thematic reviews, practice
guidance with boxed learning from a local review, learning newsletters, a
document control table, and the ways such documents label their lessons.
Each builder declares every lesson as a careful reader of the document would
record it: kind, printed label, heading (title) where there is one, agency
where the document gives one, and the metadata the document itself prints.

The set uses only element kinds the earlier writers already draw (cover and
title lines, headings, paragraphs, run-in labels, bullets, numbered items,
boxes, small print, table rows and page breaks), so no writer is changed and
documents of earlier sets come out as before.
"""

from __future__ import annotations

import re

from . import narrative
from .conv_blind import earlier, sentences
from .conv_blind3 import TOPICS
from .conv_common import (
    child_sex,
    draw_recs,
    draw_statements,
    findings,
    front,
    headed_learning,
    named,
    numbered_recs,
    other_person,
    printed_only,
    pub_cover,
    rec_bullets,
    statement_bullets,
)
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import TYPE_NAMES, Ctx

# Column widths of this set's tables (fractions of the frame width, portrait pages).
COLUMN_WIDTHS.update(
    {
        "b10control": ((0.2, 0.3, 0.5), False),
    }
)
KEYWORDS = {
    "NAI": "non-accidental injury, babies, bruising, fathers",
    "NEGLECT": "neglect, school attendance, home conditions",
    "DA": "domestic abuse, coercive control, information sharing",
    "SUDI": "sudden infant death, safe sleep, co-sleeping",
    "CCE": "criminal exploitation, county lines, exclusion",
    "PARENTAL": "parental mental health, substance misuse, toxic trio",
    "CSE": "sexual exploitation, missing from home, online harm",
}
# The agency a good practice sentence is about, by the words it uses (a sentence naming two is never drawn).
GP_AGENCIES = {
    "Police": ("police",),
    "Health": (
        "health visitor",
        "midwife",
        "GP",
        "nurse",
        "paediatric",
        "emergency department",
        "perinatal",
        "psychiatry",
        "ambulance",
    ),
    "Education": ("school", "early years", "nursery", "head of year", "designated safeguarding lead"),
    "Children's social care": ("social worker", "family support worker", "head of care"),
}


def _agrees(c: Ctx, text: str) -> bool:
    """Whether a bank sentence that names the child uses the child's pronouns (the bank's are fixed) and
    does not make a child of fourteen turn eighteen."""
    if "eighteenth birthday" in text and c.spec.age not in ("17 years",):
        return False
    if not c.spec.child or c.spec.child not in text:
        return True
    if child_sex(c) == "f":
        return not re.search(r"\b(he|him|his|himself)\b", text, re.IGNORECASE)
    women = re.search(r"\b(mother|grandmother|sister|aunt|girlfriend|worker|nurse|teacher)\b", text)
    return bool(women) or not re.search(r"\b(she|her|herself)\b", text, re.IGNORECASE)


def _sts(c: Ctx, n: int) -> list:
    out = []
    while len(out) < n:
        drawn = draw_statements(c, 1)
        if not drawn:  # the pool is used up: as many as there are
            break
        out += [st for st in drawn if _agrees(c, f"{st.title} {st.body}")]
    return out


def _gps(c: Ctx, n: int) -> list:
    out = []
    while len(out) < n:
        drawn = c.gps(1)
        if not drawn:
            break
        out += [g for g in drawn if _agrees(c, g.text)]
    return out


def _agency_of(text: str) -> str:
    def said(word: str) -> bool:  # "GP" only in capitals; every other word in any case
        return bool(re.search(rf"\b{re.escape(word)}", text, 0 if word == "GP" else re.IGNORECASE))

    found = [a for a, words in GP_AGENCIES.items() if any(said(w) for w in words)]
    return found[0] if len(found) == 1 else ""


def _gps_with_agency(c: Ctx, n: int) -> list:
    """Good practice sentences about one agency each, with that agency: as many as the pool holds, up to n."""
    out = []
    while len(out) < n:
        drawn = _gps(c, 1)
        if not drawn:
            break
        agency = _agency_of(drawn[0].text)
        if agency:
            out.append((drawn[0], agency))
    return out


def _type_name(c: Ctx) -> str:
    return TYPE_NAMES.get(c.spec.review_type, "case review")


# --- the conventions --------------------------------------------------------------------------


def c205(c: Ctx) -> None:  # an NSPCC repository record: labelled fields, bullets, a "Keywords:" line, related links
    d, s = c.doc, c.spec
    d.add("cover", "NSPCC Learning > Case reviews > National case review repository")
    d.add("title", d.meta["title"])
    d.add("p", f"Location: {s.area}")
    d.add("p", f"Publication date: {c.printed_date()}")
    d.add("p", f"Author: {s.author}")
    d.add("h1", "Summary")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "Learning")
    statement_bullets(c, _sts(c, 3))
    d.add("h1", "Recommendations")
    rec_bullets(c, draw_recs(c, 3))
    d.add("p", f"Keywords: {KEYWORDS[s.scenario]}")
    d.add("h1", "Related NSPCC resources")
    d.add("bullet", "Learning from case reviews: briefings on key themes")
    d.add("bullet", "Safeguarding training courses for professionals")


def c206(c: Ctx) -> None:  # a partnership news post announcing a review; the chair's quotation is not a lesson
    d, s = c.doc, c.spec
    d.add("cover", "Home > News")
    d.add("h1", f"Partnership publishes review after serious incident concerning {s.child}")
    d.add("cover", f"Posted {c.printed_date()}")
    d.add(
        "p",
        f'The {c.partnership} has today published "{d.meta["title"]}", a {_type_name(c)} written by '
        f"independent reviewer {s.author}.",
    )
    d.add(
        "p",
        f'Speaking on behalf of the partnership, independent scrutineer {other_person(c)} said: "We are '
        'determined that the learning from this review changes the way we work with families."',
    )
    d.add("p", "The review found:")
    statement_bullets(c, _sts(c, 3), "finding")
    d.add("p", "The partnership has committed to the review's recommendations:")
    rec_bullets(c, draw_recs(c, 3))
    d.add("p", "Media enquiries should be directed to the council's press office.")


def c207(c: Ctx) -> None:  # a young people's version: "What we got wrong", "What we are changing", helplines
    d, s = c.doc, c.spec
    d.meta.update(
        title=f"A review for young people: what we learned from what happened to {s.child}", review_type="briefing"
    )
    pub_cover(c, author=False)
    d.add("h1", "Why we wrote this")
    d.add(
        "p",
        f"This is a shorter version of a {_type_name(c)} written by {s.author}. We wrote it for young people, "
        "because young people told us that reviews are hard to read.",
    )
    d.add("h1", "What we got wrong")
    statement_bullets(c, _sts(c, 3), "finding")
    d.add("h1", "What we are changing")
    rec_bullets(c, draw_recs(c, 3))
    d.add("h1", "If you need help")
    d.add("bullet", "Childline: call 0800 1111, free and at any time")
    d.add("bullet", "Talk to a teacher, a youth worker or a school nurse you trust")


def c208(c: Ctx) -> None:  # an annual report's case-review chapter: learning grouped under each review's sub-heading
    d, s = c.doc, c.spec
    end = int(s.published[:4])
    d.meta.update(
        title=f"{c.partnership} Annual Report {end - 1} to {end}", review_type="other", child="", child_age=""
    )
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Published {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Foreword")
    d.add("p", "This report sets out how the safeguarding partners have worked together over the year.")
    d.add("h1", "Learning from case reviews")
    d.add("p", "The partnership published two local child safeguarding practice reviews this year.")
    other = "Child Q" if s.child != "Child Q" else "Child W"
    for child, months in ((s.child or "Child A", 8), (other, 3)):
        d.add("h2", f"{child} (published {earlier(c, months)})")
        d.add("p", "The review identified the following learning:")
        statement_bullets(c, _sts(c, 2))
    d.add("h1", "What has changed as a result")
    d.add("bullet", "A new escalation protocol was launched and is used by practitioners in every agency.")
    d.add("h1", "Priorities for next year")
    d.add("num", "Strengthen the voice of children in our work.", label="1.")
    d.add("num", "Improve the quality of multi-agency referrals.", label="2.")


def c209(
    c: Ctx,
) -> None:  # a thematic review: findings under plain theme headings, recommendations numbered on across themes
    d, s = c.doc, c.spec
    count = 4 + len(s.name) % 3
    d.meta.update(
        title=f"Thematic review of {TOPICS[s.scenario]}: learning from {count} cases",
        review_type="thematic",
        child="",
        child_age="",
    )
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Author: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add("p", f"This thematic review looked at {count} cases considered by the partnership over three years.")
    d.add("h1", "Themes")
    n = 0
    for st in _sts(c, 3):
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
        d.add("p", "What needs to change:")
        for r in draw_recs(c, 1 + n % 2):
            n += 1
            d.add("num", r.text, d.lesson("recommendation", str(n), r.text, r.themes), label=f"{n}.")


def c210(c: Ctx) -> None:  # practice guidance with boxes "Learning from a local review" (the only lessons)
    d, s = c.doc, c.spec
    topic = TOPICS[s.scenario]
    d.meta.update(title=f"Practice guidance: {topic}", review_type="other", child="", child_age="", author="")
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Date issued: {c.printed_date()}")
    d.add("cover", f"Review date: {int(s.published[:4]) + 2}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "1. Purpose")
    d.add("p", f"This guidance helps practitioners in every agency to recognise and respond to {topic}.")
    d.add("h1", "2. What practitioners should do")
    d.add("num", "Record who lives in the household and who visits it.", label="2.1")
    d.add("num", "Discuss concerns with your safeguarding lead on the same day.", label="2.2")
    for st in _sts(c, 2):
        d.add("box", st.body, d.lesson("learning_point", "", st.body, st.themes), label="Learning from a local review")
    d.add("h1", "3. Escalation")
    d.add("num", "Use the escalation policy when you disagree with another agency's decision.", label="3.1")
    d.add("h1", "4. Further reading")
    d.add("bullet", "Working Together to Safeguard Children")


def c211(c: Ctx) -> None:  # a newsletter's "Spotlight on good practice": each item ends "- Agency" (the agency)
    d, s = c.doc, c.spec
    d.meta.update(title=f"Learning from the review of {s.child}", review_type="briefing", child_age="")
    d.add("cover", f"Learning Matters: the bulletin of the {c.partnership}")
    d.add("cover", f"Issue {12 + len(s.name) % 9}, {c.printed_date()}")
    d.add("title", d.meta["title"])
    d.add("p", f"In this issue we look at the {_type_name(c)} of {s.child}, written by {s.author}.")
    d.add("h1", "Key learning")
    statement_bullets(c, _sts(c, 3))
    d.add("h1", "Spotlight on good practice")
    for g, agency in _gps_with_agency(c, 3):
        d.add("bullet", f"{g.text} - {agency}", d.lesson("good_practice", "", g.text, g.themes, agency))
    d.add("h1", "Dates for your diary")
    d.add("bullet", "Multi-agency learning event, the second Tuesday of next month")


def c212(c: Ctx) -> None:  # "Recommendation N (Agency)": the addressee in parentheses after the label
    d = c.doc
    c.cover("reviewer")
    front(c)
    findings(c, _sts(c, 3))
    d.add("h1", "Recommendations")
    for j, r in enumerate(draw_recs(c, 4), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes, r.agency)
        d.add("runin", r.text, key, label=f"Recommendation {j} ({r.agency}):")


def c213(c: Ctx) -> None:  # each finding followed by a box "What practitioners told us" (a quotation, not part of it)
    d = c.doc
    c.cover()
    front(c)
    d.add("h1", "Findings")
    quotes = (
        '"We were all waiting for someone else to call the meeting."',
        '"The family were always polite, so it was hard to challenge them."',
        '"I did not know the police had been called to the house."',
    )
    for i, (st, q) in enumerate(zip(_sts(c, 3), quotes), 1):
        c.headed_finding(st, f"Finding {i}")
        d.add("box", q, label="What practitioners told us")
    numbered_recs(c)


def c214(c: Ctx) -> None:  # a document control table (versions, dates, status): the publication is the "Published" row
    d, s = c.doc, c.spec
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent author: {s.author}")
    d.add("h2", "Document control")
    d.add("header", cells=("Version", "Date", "Status"), label="b10control")
    d.add("row", cells=("0.3", earlier(c, 10), "Draft for the review panel"), label="b10control")
    d.add("row", cells=("0.6", earlier(c, 6), "Draft shared with the family"), label="b10control")
    d.add("row", cells=("1.0", earlier(c, 3), "Final, agreed by the safeguarding partners"), label="b10control")
    d.add("row", cells=("1.1", c.printed_date(), "Published"), label="b10control")
    d.add("pagebreak")
    front(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    numbered_recs(c)


def c215(c: Ctx) -> None:  # a pen picture "About <child>" in the family's words: the child's age only there
    d, s = c.doc, c.spec
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Author: {s.author}")
    d.add("cover", f"Publication date: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", f"About {s.child}")
    d.add(
        "p",
        f"{s.child} was {s.age} old when the incident happened. {s.child}'s family asked that this review "
        "begins with who their child was: loved, curious and always ready to smile.",
    )
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("h1", "Key findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"Key finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Key finding {i}: {st.title}", key)
        d.add("p", st.body, key)
    numbered_recs(c)


def c216(c: Ctx) -> None:  # an executive summary whose learning bullets end with a cross-reference "(paragraph 6.12)"
    d, s = c.doc, c.spec
    d.meta.update(title=f"Executive summary: {_type_name(c)} concerning {s.child}")
    c.cover()
    d.add("h1", "About this summary")
    d.add("p", "This summary accompanies the full report. References in brackets are to paragraphs of the full report.")
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 4)):
        d.add("bullet", f"{st.body} (paragraph 6.{3 + 4 * i})", d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", f"{r.text} (section 8)", d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c217(
    c: Ctx,
) -> None:  # each finding split "What worked well" (good practice) / "What needs to improve" (the finding)
    d = c.doc
    c.cover("reviewer")
    front(c)
    d.add("h1", "Findings")
    for i, (st, g) in enumerate(zip(_sts(c, 3), _gps(c, 3)), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        d.add("p", "What worked well")
        d.add("p", g.text, d.lesson("good_practice", "", g.text, g.themes))
        d.add("p", "What needs to improve")
        d.add("p", st.body, key)
    numbered_recs(c)


def c218(
    c: Ctx,
) -> None:  # learning numbered "1.1" under "1. Learning for practitioners", "2.1" under "2. ... for leaders"
    d, s = c.doc, c.spec
    d.meta.update(title=f"Learning from the {_type_name(c)} of {s.child}", review_type="briefing")
    pub_cover(c)
    d.add("p", f"This briefing summarises the learning from the review of {s.child}.")
    sts = _sts(c, 4)
    for n, (heading, group) in enumerate(
        (("Learning for practitioners", sts[:2]), ("Learning for managers and leaders", sts[2:])), 1
    ):
        d.add("h1", f"{n}. {heading}")
        for k, st in enumerate(group, 1):
            d.add("num", st.body, d.lesson("learning_point", f"{n}.{k}", st.body, st.themes), label=f"{n}.{k}")
    d.add("h1", "3. Questions to discuss")
    d.add("bullet", "Who else knows this family, and have you spoken to them?")


def c219(c: Ctx) -> None:  # recommendations numbered afresh under each agency's sub-heading (the agency)
    d = c.doc
    c.cover()
    front(c)
    headed_learning(c, _sts(c, 3))
    d.add("h1", "Recommendations")
    d.add("p", "The recommendations are grouped by the agency that will lead on them.")
    groups: dict[str, list] = {}
    for r in draw_recs(c, 4):
        groups.setdefault(r.agency, []).append(r)
    for agency, recs in groups.items():
        d.add("h2", agency)
        for j, r in enumerate(recs, 1):
            d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes, agency), label=f"{j}.")


def c220(c: Ctx) -> None:  # findings numbered "1. title" with their paragraphs numbered "1.1", "1.2" (all the finding)
    d = c.doc
    c.cover("reviewer")
    front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", str(i), f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{i}. {st.title}", key)
        parts = sentences(st.body)
        half = max(1, len(parts) // 2)
        chunks = [" ".join(parts[:half]), " ".join(parts[half:])]
        for k, chunk in enumerate([ch for ch in chunks if ch], 1):
            d.add("num", chunk, key, label=f"{i}.{k}")
    c.rec_table("Recommendations", draw_recs(c, 3))


def c221(c: Ctx) -> None:  # the child's age in the title line ("Child X, aged 7 months") and nowhere else
    d, s = c.doc, c.spec
    d.meta.update(title=f"{_type_name(c)}: {s.child}, aged {s.age}")
    c.cover()
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("p", c.fill(narrative.INTRO[3]))
    d.add("h1", "Methodology")
    d.add("p", c.fill(narrative.METHOD[0]))
    d.add("h1", "Learning")
    statement_bullets(c, _sts(c, 3))
    numbered_recs(c)


def c222(c: Ctx) -> None:  # "Strengths in practice": paragraphs opening with the agency as a run-in ("Police:")
    d = c.doc
    c.cover()
    front(c)
    d.add("h1", "Strengths in practice")
    d.add("p", "The review found practice that the partnership wants to recognise.")
    for g, agency in _gps_with_agency(c, 3):
        d.add("runin", g.text, d.lesson("good_practice", "", g.text, g.themes, agency), label=f"{agency}:")
    findings(c, _sts(c, 3))
    numbered_recs(c)


BUILDERS = {
    f"C{int(name[1:]):02d}": printed_only(named(fn)) for name, fn in globals().items() if re.fullmatch(r"c\d{3}", name)
}
