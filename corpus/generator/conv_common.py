"""Corpus generator: helpers the blind sets' builder modules (conv_blind2.py onwards) share.

Drawing the bank's statements and recommendations, the dates in the forms
documents print them, another person's name, the standard front matter and
cover, the wrappers that make a builder's gold agree with what its document
prints, the sections many builders lay out alike (headed findings and
learning points, bullets, numbered and run-in recommendations), and the
placeholder mechanism through which a set's own element kinds reach the HTML
and DOCX writers. Each set's own per-convention code stays in its module;
what two sets would otherwise copy lives here.

A new blind set (conv_blind11.py and later) imports these helpers from this
module, not from an earlier set's module, and does not copy them. A helper
that a new set needs with a different detail takes that detail as a
parameter whose default keeps the earlier sets' output; after any change
here, `corpus/generate_conventions.py -q` must leave corpus/conventions
byte for byte as it was (`git status --short corpus/conventions` empty).
"""

from __future__ import annotations

import io
import re

from . import narrative
from .conv_docs import ConvDoc, El
from .conv_specs import MONTHS, Ctx
from .conv_table import AUTHORS

# --- drawing from the bank --------------------------------------------------------------------


def in_time(c: Ctx, entry) -> bool:
    """Pandemic-era texts only in reviews published from 2020."""
    return "org.covid" not in entry.themes or c.spec.published[:4] >= "2020"


def _draw(c: Ctx, n: int, draw_one) -> list:
    """n entries of draw_one(1) that fit the review's year, drawn one at a time."""
    out = []
    while len(out) < n:
        drawn = draw_one(1)
        if not drawn:  # the pool is used up: as many as there are
            break
        out += [entry for entry in drawn if in_time(c, entry)]
    return out


def draw_statements(c: Ctx, n: int) -> list:
    return _draw(c, n, c.statements)


def draw_recs(c: Ctx, n: int) -> list:
    return _draw(c, n, c.recs)


# --- wording ----------------------------------------------------------------------------------


def will(text: str) -> str:
    """A recommendation as the partnership's own commitment: the first "should" becomes "will"."""
    return re.sub(r"\bshould\b", "will", text, count=1)


COMMON_OPENERS = {
    "The", "There", "This", "These", "Practitioners", "Professionals", "No", "Each", "When", "Information",
    "Agencies", "Although", "Where", "Staff", "Records", "A", "An", "It", "In", "On", "At", "Every", "Many",
    "Several", "Some", "Neither", "None", "Nobody", "Both", "All", "Workers", "Schools", "Services", "Over",
    "During", "While", "For", "Once", "After", "Before", "Because", "Assessments", "Referrals", "Plans",
}  # fmt: skip


def after_marker(body: str) -> str:
    """The lesson as printed after "Firstly, ": a sentence opener loses its capital, a name keeps it."""
    first = body.split()[0]
    return body[0].lower() + body[1:] if first in COMMON_OPENERS else body


# --- dates ------------------------------------------------------------------------------------


def pub_full(c: Ctx) -> str:
    """A publication date to the day, for documents that always print one."""
    p = c.spec.published
    if len(p) == 10:
        return p
    month = p[5:7] if len(p) == 7 else f"{len(c.spec.name) % 12 + 1:02d}"
    return f"{p[:4]}-{month}-{(len(c.spec.name) * 7) % 27 + 1:02d}"


def published_to_day(c: Ctx) -> str:
    """The publication date to the day (pub_full), recorded as the gold's publication date."""
    pub = pub_full(c)
    c.doc.meta["published"] = pub
    return pub


def shift(date: str, months: int, day: int | None = None) -> str:
    """An ISO date some months before (negative: after) the given one."""
    total = int(date[:4]) * 12 + int(date[5:7]) - 1 - months
    return f"{total // 12}-{total % 12 + 1:02d}-{day or min(int(date[8:10]), 28):02d}"


def long_date(date: str) -> str:
    """ "3 March 2021"."""
    return f"{int(date[8:10])} {MONTHS[int(date[5:7]) - 1]} {date[:4]}"


def slash_date(date: str) -> str:
    """ "03/03/2021"."""
    return f"{date[8:10]}/{date[5:7]}/{date[:4]}"


# --- people -----------------------------------------------------------------------------------

# Children with first names as pseudonyms: the pronouns follow the name, whatever the table's draw.
NAMED = {
    "Harry": "m",
    "Olivia": "f",
    "Freya": "f",
    "Isla": "f",
    "Zara": "f",
    "Oscar": "m",
    "Evie": "f",
    "Poppy": "f",
    "Theo": "m",
    "Ruby": "f",
}


def child_sex(c: Ctx) -> str:
    return NAMED.get(c.spec.child, c.spec.sex)


def other_person(c: Ctx, step: int = 4) -> str:
    """Someone other than the review's author (a panel chair, a second reviewer)."""
    i = AUTHORS.index(c.spec.author)
    return AUTHORS[(i + step) % len(AUTHORS)]


# --- builder wrappers -------------------------------------------------------------------------


def named(build):
    """Pronouns in the narrative that agree with a child's first name."""

    def run(c: Ctx) -> None:
        c.words.update(narrative.PRONOUNS[child_sex(c)])
        build(c)

    run.__doc__ = build.__doc__
    return run


def keeps_age(build):
    """A builder whose document prints the child's age only in a form printed_only cannot see (in words,
    or as a date of birth and an event's date): the gold keeps the spec's age."""

    def run(c: Ctx) -> None:
        age = c.spec.age
        build(c)
        c.doc.meta["child_age"] = age

    run.__doc__ = build.__doc__
    return run


def printed_only(build):
    """The gold keeps a child's age or name, or an author, only where the document prints it."""

    def run(c: Ctx) -> None:
        build(c)
        d = c.doc
        printed = " ".join([e.text for e in d.elements] + [" ".join(e.cells) for e in d.elements])
        for field in ("child_age", "child", "author"):
            if d.meta[field] and d.meta[field] not in printed:
                d.meta[field] = ""

    run.__doc__ = build.__doc__
    return run


# --- sections ---------------------------------------------------------------------------------


def front(c: Ctx, numbered: bool = False, chronology: list[str] | None = None) -> int:
    """Introduction, methodology, background and two chronology paragraphs, choosing introduction texts that
    fit any year (no rapid review meeting before 2018, no maternity booking for a teenager). chronology,
    where given, holds the paragraphs to print in place of two drawn from the whole pool."""
    d = c.doc
    d.add("h1", "1. Introduction" if numbered else "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("p", c.fill(narrative.INTRO[3]))
    d.add("h1", "2. Methodology" if numbered else "Methodology")
    d.add("p", c.fill(narrative.METHOD[0]))
    background(c, "3. Background" if numbered else "Background", chronology)
    return 4


def background(c: Ctx, heading: str = "Background", chronology: list[str] | None = None) -> None:
    """A heading, the case's background paragraph and two chronology paragraphs (or the given ones)."""
    c.doc.add("h1", heading)
    c.doc.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    if chronology is None:
        c.narrative(narrative.CHRONOLOGY, 2)
    else:
        for text in chronology:
            c.doc.add("p", text)


def pub_cover(c: Ctx, author: bool = True) -> None:
    """Partnership, title, the independent reviewer (unless author=False) and the publication date on the
    cover, then a page break outside web pages."""
    d = c.doc
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    if author:
        d.add("cover", f"Independent reviewer: {c.spec.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    if c.spec.fmt != "html":
        d.add("pagebreak")


def numbered_recs(c: Ctx, n: int = 3, heading: str = "Recommendations", draw=None) -> None:
    """A heading and n recommendations numbered "1.", "2.", ..., drawn by `draw` (draw_recs unless given)."""
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate((draw or draw_recs)(c, n), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


# --- a set's own element kinds ---------------------------------------------------------------


def stash(store: dict, c: Ctx, value, tag: str = "") -> str:
    """Keep an element's structured content in store under a label unique in the document,
    "<document>#<tag><n>", and return the label (the element's label; its writers look it up)."""
    prefix = f"{c.spec.name}#{tag}"
    key = f"{prefix}{sum(1 for k in store if k.startswith(prefix))}"
    store[key] = value
    return key


# --- HTML and DOCX: a set's own element kinds through placeholders ---------------------------


def placeholders(doc: ConvDoc, kinds: set[str], prefix: str) -> dict[str, El]:
    """Swap each element of the given kinds for a paragraph holding a token; returns token -> element."""
    found, elements = {}, []
    for e in doc.elements:
        if e.kind in kinds:
            token = f"{prefix}{len(found)}X"
            found[token] = e
            elements.append(El("p", token, e.keys))
        else:
            elements.append(e)
    doc.elements = elements
    return found


def wrap_html(original, kinds: set[str], prefix: str, html_for):
    """The HTML writer with each element of the kinds written by html_for(element) in place of its token."""

    def write(doc: ConvDoc):
        found = placeholders(doc, kinds, prefix)
        data, pages = original(doc)
        if not found:
            return data, pages
        text = data.decode("utf-8")
        for token, e in found.items():
            text = text.replace(f"<p>{token}</p>", html_for(e))
        return text.encode("utf-8"), pages

    return write


def wrap_docx(original, kinds: set[str], prefix: str, fill, finish=None):
    """The DOCX writer with each element of the kinds put by fill(document, paragraph, element) where its
    token's paragraph stands. finish(doc), where given, returns None or a function that edits the whole
    document afterwards (headers, footers)."""

    def write(doc: ConvDoc):
        found = placeholders(doc, kinds, prefix)
        data, pages = original(doc)
        last = finish(doc) if finish else None
        if not found and last is None:
            return data, pages
        import docx

        from .writers import _fixed_zip

        document = docx.Document(io.BytesIO(data))
        for p in list(document.paragraphs):
            if p.text in found:
                fill(document, p, found[p.text])
        if last is not None:
            last(document)
        buf = io.BytesIO()
        document.save(buf)
        return _fixed_zip(buf.getvalue()), pages

    return write


# --- lessons as plain runs of bullets or headed findings ---------------------------------------


def findings(c: Ctx, sts: list, heading: str = "Findings") -> None:
    """A heading, then each statement as a finding headed "Finding N: title" with its text below."""
    c.doc.add("h1", heading)
    for i, st in enumerate(sts, 1):
        c.headed_finding(st, f"Finding {i}")


def statement_bullets(c: Ctx, sts: list, kind: str = "learning_point") -> None:
    """Each statement's text as a bullet and a lesson of the kind, with no label."""
    d = c.doc
    for st in sts:
        d.add("bullet", st.body, d.lesson(kind, "", st.body, st.themes))


def rec_bullets(c: Ctx, recs: list) -> None:
    """Each recommendation as a bullet and a recommendation lesson, with no label."""
    d = c.doc
    for r in recs:
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def headed_learning(c: Ctx, sts: list, heading: str = "Learning") -> None:
    """A heading, then each statement as a learning point headed by its title, with no label."""
    d = c.doc
    d.add("h1", heading)
    for st in sts:
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)


def runin_recs(c: Ctx, n: int = 3, heading: str = "Recommendations") -> None:
    """A heading and n recommendations, each a paragraph opened by a run-in "Recommendation N."."""
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(draw_recs(c, n), 1):
        d.add(
            "runin",
            r.text,
            d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
            label=f"Recommendation {j}.",
        )


# --- texts that fit the document's child -------------------------------------------------------

# The service a good practice text speaks of, as a run-in lead-in names it (first match wins).
GP_AGENCIES = (
    (r"\bIDVA\b", "Domestic abuse service"),
    (r"\bpolice\b", "Police"),
    (r"\bhealth visitor", "Health visiting"),
    (r"\bmidwi", "Midwifery"),
    (r"\bGP\b", "GP practice"),
    (r"\bschool|designated safeguarding lead", "School"),
    (r"\bsocial worker", "Children's social care"),
    (r"\bMASH\b", "MASH"),
    (r"\bhospital|paediatric|\bED\b", "Hospital"),
)


def service_of(text: str) -> str:
    return next((name for pattern, name in GP_AGENCIES if re.search(pattern, text, re.I)), "Multi-agency working")


# Words that tie a bank text to an age group or a sex: a text is used only in a document whose child fits it.
_TEEN = re.compile(r"\b(teen\w*|thirteen|fourteen|fifteen|sixteen|eighteenth|football|college|exploit\w*)\b", re.I)
_SCHOOL = re.compile(r"\b(school\w*|pupil|class|designated safeguarding lead)\b", re.I)
_INFANT = re.compile(r"\b(baby|baby's|babies|infant\w*|non-mobile|newborn|\w+-month-old|maternity|safer sleep)\b", re.I)


def age_years(age: str) -> int:
    return int(age.split()[0]) if age.endswith("years") else 0


def fits_child(c: Ctx, text: str) -> bool:
    """A bank text that does not contradict the child's age or sex printed in the same document."""
    if c.spec.age:
        years = age_years(c.spec.age)
        if (years < 12 and _TEEN.search(text)) or (years < 5 and _SCHOOL.search(text)):
            return False
        if years >= 5 and _INFANT.search(text):
            return False
    # a sentence about the child: its pronouns must be the child's
    child = re.escape(c.spec.child) if c.spec.child else "the child"
    other = r"(she|her|herself|girl)" if child_sex(c) == "m" else r"(he|his|him|himself|boy)"
    if re.search(rf"\b({child}|the child|the baby|a baby|\w+-month-old)\b[^.]*\b{other}\b", text, re.I):
        return False
    if child_sex(c) == "m" and re.search(r"emergency contraception|\bgirls?\b", text, re.I):
        return False
    poss = "her" if child_sex(c) == "m" else "his"  # the child's things, or the child abused, in the other sex
    return not re.search(rf"\b{poss} (mother|father|phone|school|parents|brother|sister|wishes|friends)\b", text, re.I)


def draw_fitting_statements(c: Ctx, n: int) -> list:
    """Up to n of the bank's statements that are in time and fit the child (fewer when the pool runs out)."""
    out = []
    while len(out) < n:
        drawn = c.statements(1)
        if not drawn:  # the pool is used up: as many as there are
            break
        out += [st for st in drawn if in_time(c, st) and fits_child(c, f"{st.title} {st.body}")]
    return out


def draw_fitting_gps(c: Ctx, n: int) -> list:
    """Up to n of the bank's good practice texts that fit the child."""
    out = []
    while len(out) < n:
        drawn = c.gps(1)
        if not drawn:
            break
        out += [g for g in drawn if fits_child(c, g.text)]
    return out


# --- texts, events and dates that fit the child and the year (sets 12 and 13) -------------------

_HEALTH_VISITOR = re.compile(r"\b(health visit\w*|HV)\b", re.I)


def fits_child_and_services(c: Ctx, text: str) -> bool:
    """fits_child, and no health visitor for a child of school age."""
    return fits_child(c, text) and not (age_years(c.spec.age) >= 5 and _HEALTH_VISITOR.search(text))


def draw_for_child(c: Ctx, n: int, draw_one, text_of) -> list:
    out = []
    while len(out) < n:
        drawn = draw_one(1)
        if not drawn:  # the pool is used up: as many as there are
            break
        out += [e for e in drawn if "org.covid" not in e.themes or c.spec.published[:4] >= "2020"]
        out = [e for e in out if fits_child_and_services(c, text_of(e))]
    return out


def statements_for_child(c: Ctx, n: int) -> list:
    """n statements of the bank that fit the review's year and its child."""
    return draw_for_child(c, n, c.statements, lambda st: f"{st.title} {st.body}")


def gps_for_child(c: Ctx, n: int) -> list:
    """n good practice texts that fit the review's year and its child."""
    return draw_for_child(c, n, c.gps, lambda g: g.text)


def recs_for_child(c: Ctx, n: int) -> list:
    """n recommendations that fit the review's year and its child (no school for a baby, no baby for a teenager)."""
    return draw_for_child(c, n, c.recs, lambda r: r.text)


def numbered_recs_for_child(c: Ctx, n: int = 3, heading: str = "Recommendations") -> None:
    """A heading and n recommendations numbered "1.", "2.", ... that fit the child."""
    numbered_recs(c, n, heading, draw=recs_for_child)


def lower_first(c: Ctx, text: str) -> str:
    """A sentence after "It is positive that": its first word loses its capital unless an acronym or the child."""
    first = text.split()[0]
    if first.isupper() or (c.spec.child and text.startswith(c.spec.child)):
        return text
    return text[0].lower() + text[1:]


# Chronology paragraphs about the review itself or the context, never an event of the case.
_NOT_EVENTS = re.compile(r"^(The reviewer|It is important|The practitioners involved)")


def case_events(c: Ctx, n: int) -> list[str]:
    """n events of the case's chronology that do not contradict the child's age or sex (fewer when the pool
    runs out)."""
    used = c.__dict__.setdefault("events_used", set())  # a document never tells the same event twice
    pool = [
        t
        for t in narrative.CHRONOLOGY
        if t not in used and not _NOT_EVENTS.match(t) and fits_child_and_services(c, c.fill(t))
    ]
    picked = narrative.pick(c.rng, pool, min(n, len(pool)))
    used.update(picked)
    return [c.fill(t) for t in picked]


def front_with_events(c: Ctx, numbered: bool = False) -> int:
    """The shared front matter, its two background events chosen to fit the child."""
    return front(c, numbered, case_events(c, 2))


def event_months(c: Ctx, n: int) -> list[str]:
    """n event dates in order, within the child's life (two years at most) before an incident a year before
    publication: a baby of 11 weeks has events in its last three months only."""
    number, unit = (c.spec.age.split() + ["", ""])[:2] if c.spec.age else ("", "")
    life = int(number) if unit.startswith("month") else int(number) // 4 if unit.startswith("week") else 24
    span = min(max(life, 3), 24)
    return [month_before(c, 12 + round(span * (n - 1 - k) / max(n - 1, 1))) for k in range(n)]


def month_before(c: Ctx, back: int) -> str:
    """A month and year some months before publication: an event date, never the publication."""
    date = shift(pub_full(c), back)
    return f"{MONTHS[int(date[5:7]) - 1]} {date[:4]}"
