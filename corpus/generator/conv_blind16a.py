"""Corpus generator: the sixteenth blind held-out set, first half: C385-C402 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. The half leans to how loosely lessons are marked in the running
text of a report: a learning sentence inside a discussion paragraph after a
lead-in ("The key learning here is that"), bold lead-ins that change from one
lesson to the next ("What this tells us:", "The learning:"), codes in place
of numbers ("L1", "GP1", "R1a", "KL-01", "REC/01", "[L2]") mixed in one
document, symbols as list markers (arrows and ticks, check boxes, em dashes
with "o" sub-markers, plus and minus signs), "Context / Learning / Action"
triads, "What? So what? Now what?", learning and good practice alternating
in one numbered list, recommendations inline as "(i) ... (ii) ... (iii)" in
one paragraph, a lesson that goes on after a practitioner's quoted words,
lessons printed as a glossary's terms and definitions beside a real
glossary, and findings whose heading is a question.
Each builder declares every lesson as a careful reader of the document
would record it: kind, printed label, heading (title) where there is one,
agency where the document gives one, and only the metadata it prints.

The set uses only element kinds the earlier writers already draw, so no
writer is changed and documents of earlier sets come out as before.
"""

from __future__ import annotations

import re

from .conv_blind15a import _briefing, _front_short
from .conv_blind15a import _good_practice as _good_practice15
from .conv_blind15a import _recommendations as _recommendations15
from .conv_blind15a import _statements as _statements15
from .conv_common import case_events as _chron
from .conv_common import front_with_events as _front
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_common import pub_cover as _pub_cover
from .conv_specs import ROMAN, Ctx

# Lead-ins that open a learning sentence inside a discussion paragraph (C385): part of the sentence.
LEAD_INS = ("The key learning here is that", "The learning from this is that", "What the review learned here is that")
# Bold lead-ins that change from one lesson to the next (C386): cues, never part of the lesson.
CUES = ("What this tells us:", "The learning:", "Why this matters:", "Learning for practice:")
# Practitioners' words quoted inside a learning point (C394): never part of it.
QUOTES = (
    "\u201cWe were all working hard, but nobody stepped back to look at the whole picture.\u201d (practitioner at the learning event)",
    "\u201cI assumed someone else had already made the referral.\u201d (practitioner at the learning event)",
    "\u201cThe thresholds felt like a wall we kept hitting.\u201d (team manager at the learning event)",
)
# A glossary printed exactly as the learning is (C395): never lessons.
GLOSSARY = (
    (
        "Strategy discussion",
        "A discussion between police, children's social care and health when there is reasonable cause to suspect that a child is suffering significant harm.",
    ),
    ("Early help", "Support offered to a family as soon as problems emerge, before they need statutory services."),
    ("Core group", "The practitioners and family members who carry out a child protection plan between conferences."),
)
# Terms of reference printed as questions (C396): never lessons.
TERMS = (
    "How well did agencies share information about the risks to the child?",
    "Was the child's lived experience understood by the practitioners involved?",
    "How effective was the escalation of professional disagreements?",
)
# A span of the family's history ("for twenty-two months", "over eight years"): more than a baby has lived.
_SPAN = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-\w+) (months|years)\b", re.I
)
# A child's age in months told in passing ("first seen face to face at eight months").
_AT_MONTHS = re.compile(r"\bat \w+ months\b", re.I)

# A statement that denies the domestic abuse the shared background paragraph tells of.
_NO_HISTORY = re.compile(r"\bno history of domestic abuse\b", re.I)


def _statements(c: Ctx, n: int) -> list:
    """n statements as set 15 draws them, none telling a span of time longer than a baby's life (for a child
    aged in weeks or months), an age in months in passing, nor a denial of the domestic abuse the background
    tells of (fewer when the pool runs out)."""
    baby = bool(c.spec.age) and not c.spec.age.endswith("years")
    out: list = []
    while len(out) < n:
        drawn = _statements15(c, 1)
        if not drawn:
            break
        text = f"{drawn[0].title} {drawn[0].body}"
        if not _AT_MONTHS.search(text) and not (baby and _SPAN.search(text)) and not _NO_HISTORY.search(text):
            out += drawn
    return out


# Integrated care boards took over from clinical commissioning groups in July 2022.
_ICB = re.compile(r"\bICB\b|Integrated Care Board")
# Good practice about the child's own words: never for a baby or a toddler.
_CHILDS_WORDS = re.compile(r"\bown words\b|\bwishes\b|\bspoken to alone\b|\bspoke to\b", re.I)


def _keep(c: Ctx, n: int, draw, text_of, ok) -> list:
    """Up to n entries of draw(c, 1) for which ok(text) holds (fewer when the pool runs out)."""
    out: list = []
    while len(out) < n:
        drawn = draw(c, 1)
        if not drawn:
            break
        out += [e for e in drawn if ok(text_of(e))]
    return out


def _recommendations(c: Ctx, n: int) -> list:
    """n recommendations as set 15 draws them, none to an integrated care board before 2022."""
    early = c.spec.published[:4] < "2022"
    return _keep(c, n, _recommendations15, lambda r: r.text, lambda t: not (early and _ICB.search(t)))


def _good_practice(c: Ctx, n: int) -> list:
    """n good practice texts as set 15 draws them, none about a child's own words for a child under three."""
    young = bool(c.spec.age) and (not c.spec.age.endswith("years") or int(c.spec.age.split()[0]) < 3)
    return _keep(c, n, _good_practice15, lambda g: g.text, lambda t: not (young and _CHILDS_WORDS.search(t)))


def _numbered(c: Ctx, n: int = 3, heading: str = "Recommendations") -> None:
    """A heading and n recommendations numbered "1.", "2.", ... drawn as _recommendations draws them."""
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(_recommendations(c, n), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


# The question a finding's heading asks (C396), by the first part of its first theme.
QUESTION_OF = {
    "multi": "Did agencies share what they knew?",
    "voice": "Was the child's voice heard?",
    "fam": "Did practitioners understand the risks within the family?",
    "assess": "Were assessments and decisions based on the whole history?",
    "org": "Did the system support the practitioners?",
    "harm": "Were the signs of harm recognised?",
    "efh": "Were the risks outside the home recognised?",
    "vuln": "Were the child's particular needs understood?",
    "cmh": "Were the child's mental health needs recognised?",
    "edu": "Did the school know what it needed to know?",
    "review": "Why has earlier learning not changed practice?",
    "agency": "Did each agency play its part?",
}


def _question(st) -> str:
    return QUESTION_OF.get(st.themes[0].split(".")[0] if st.themes else "", "What does this tell us about the system?")


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.?!])\s+", text)


def _pdf_font(c: Ctx) -> None:
    """A font with the arrows, ticks and boxes the document's markers use (PDF only)."""
    if c.spec.fmt == "pdf":
        c.doc.font = "dejavu-sans"


def _marked(c: Ctx, marker: str, text: str, key=()) -> None:
    """An item opened by a symbol: a bullet drawn with the symbol in plain text, else a paragraph opened by it
    (HTML and Word lists draw their own bullet; a PDF bullet drawn in a symbol font loses its place in the
    text layer, so the PDF prints the symbol as the paragraph's first character)."""
    if c.spec.fmt == "txt":
        c.doc.add("bullet", text, key, label=marker)
    else:
        c.doc.add("p", f"{marker} {text}", key)


def _lower_first(c: Ctx, text: str) -> str:
    """A sentence after a lead-in ending "that": its first word loses its capital unless an acronym (two capitals
    or more) or the child's name ("A strategy discussion" becomes "a strategy discussion")."""
    first = text.split()[0]
    if (len(first) > 1 and first.isupper()) or (c.spec.child and text.startswith(c.spec.child)):
        return text
    return text[0].lower() + text[1:]


def _age_line(c: Ctx) -> str:
    """The child's age as the introduction prints it."""
    return f"{c.spec.child} was {c.spec.age} old at the time of the incident that led to this review."


# --- the conventions --------------------------------------------------------------------------


def c385(c: Ctx) -> None:  # the learning sentence inside a discussion paragraph, after a lead-in
    d = c.doc
    _pub_cover(c)
    d.add("h1", "Introduction")
    d.add("p", _age_line(c))
    d.add(
        "p",
        "The panel considered the agencies' chronologies and met the practitioners involved before agreeing this report.",
    )
    d.add("h1", "Discussion")
    events = _chron(c, 3)
    for i, st in enumerate(_statements(c, 3)):
        lead = LEAD_INS[i % len(LEAD_INS)]
        text = f"{lead} {_lower_first(c, st.body)}"
        key = d.lesson("learning_point", "", text, st.themes)
        before = events[i] if i < len(events) else "The panel considered what this meant for the agencies involved."
        d.add("p", f"{before} {text}", key)
    _numbered(c)


def c386(c: Ctx) -> None:  # bold lead-ins that change from one lesson to the next
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Analysis")
    events = _chron(c, 4)
    for i, st in enumerate(_statements(c, 4)):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        if i < len(events):
            d.add("p", events[i])
        d.add("runin", st.body, key, label=CUES[i % len(CUES)])
    _numbered(c)


def c387(c: Ctx) -> None:  # codes instead of numbers, mixed in one list: L1, GP1, R1a, R1b
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Learning, good practice and recommendations")
    d.add(
        "p",
        "Each item below carries a code used in the partnership's action plan: L for learning, GP for good practice and R for a recommendation, lettered under the learning it answers.",
    )
    sts, gps, recs = _statements(c, 3), _good_practice(c, 2), _recommendations(c, 5)
    shares = (2, 1, 2)
    r = 0
    for i, st in enumerate(sts, 1):
        d.add("runin", st.body, d.lesson("learning_point", f"L{i}", st.body, st.themes), label=f"L{i}")
        if i - 1 < len(gps):
            g = gps[i - 1]
            d.add("runin", g.text, d.lesson("good_practice", f"GP{i}", g.text, g.themes), label=f"GP{i}")
        for letter in "abc"[: shares[i - 1]]:
            if r < len(recs):
                rec = recs[r]
                d.add(
                    "runin",
                    rec.text,
                    d.lesson("recommendation", f"R{i}{letter}", rec.text, rec.themes),
                    label=f"R{i}{letter}",
                )
                r += 1


def c388(c: Ctx) -> None:  # "KL-01" learning headings and "REC/01" recommendations, terms of reference "ToR 1"
    d = c.doc
    c.cover()
    d.add("h1", "Terms of reference")
    for j, term in enumerate(TERMS, 1):
        d.add("runin", term, label=f"ToR {j}")
    d.add("h1", "Background")
    for event in _chron(c, 2):
        d.add("p", event)
    d.add("h1", "Key learning")
    for i, st in enumerate(_statements(c, 3), 1):
        label = f"KL-{i:02d}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        d.add("p", st.body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        label = f"REC/{j:02d}"
        d.add("num", r.text, d.lesson("recommendation", label, r.text, r.themes), label=label)


def c389(c: Ctx) -> None:  # arrows for learning and ticks for good practice, alternating in one list
    d = c.doc
    _briefing(c)
    _pdf_font(c)
    d.add("title", d.meta["title"])
    d.add("cover", f"{c.partnership} | {c.printed_date()}")
    d.add("h1", "The case in brief")
    _front_short(c)
    d.add("h1", "Key messages")
    d.add("small", "Key: \u2713 what went well   \u2192 what we must do differently")
    sts, gps = _statements(c, 3), _good_practice(c, 3)
    for k in range(max(len(sts), len(gps))):
        if k < len(gps):
            _marked(c, "\u2713", gps[k].text, d.lesson("good_practice", "", gps[k].text, gps[k].themes))
        if k < len(sts):
            _marked(c, "\u2192", sts[k].body, d.lesson("learning_point", "", sts[k].body, sts[k].themes))
    d.add("h1", "Find out more")
    d.add("p", "The full report is on the partnership's website, with the multi-agency escalation policy.")


def c390(c: Ctx) -> None:  # recommendations as a checklist of boxes, ticked where done
    d = c.doc
    _pdf_font(c)
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Checklist for the partnership")
    d.add("small", "Status key: \u2611 completed   \u2610 in progress")
    for j, r in enumerate(_recommendations(c, 4)):
        _marked(c, "\u2611" if j % 3 == 1 else "\u2610", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c391(c: Ctx) -> None:  # em-dash learning items, "o" sub-items that are the case's events
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Learning")
    d.add("p", "Each point of learning is followed by the episodes of this case that show it.")
    events = _chron(c, 3)
    for i, st in enumerate(_statements(c, 3)):
        _marked(c, "\u2014", st.body, d.lesson("learning_point", "", st.body, st.themes))
        if i < len(events):
            d.add("subbullet", events[i], label="o")
    _numbered(c)


def c392(c: Ctx) -> None:  # a Context / Learning / Action table: the learning and the action, never the context
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Summary of learning")
    d.add("header", cells=("Context", "Learning", "Action"))
    events = _chron(c, 3)
    sts, recs = _statements(c, 3), _recommendations(c, 3)
    for i, (st, r) in enumerate(zip(sts, recs)):
        lp = d.lesson("learning_point", "", st.body, st.themes)
        rk = d.lesson("recommendation", "", r.text, r.themes)
        context = events[i] if i < len(events) else "The agencies' records of the period."
        d.add("row", keys=(lp, rk), cells=(context, st.body, r.text))


def c393(c: Ctx) -> None:  # recommendations inline in one paragraph: "(i) ...; (ii) ...; and (iii) ..."
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Conclusion and recommendations")
    d.add(
        "p",
        "The panel considered whether the findings called for changes to the partnership's procedures and concluded that they did.",
    )
    recs = _recommendations(c, 3)
    parts, keys = [], []
    for j, r in enumerate(recs):
        text = _lower_first(c, r.text.rstrip("."))
        keys.append(d.lesson("recommendation", ROMAN[j], text, r.themes))
        parts.append(f"({ROMAN[j]}) {text}")
    joined = "; ".join(parts[:-1]) + ("; and " if len(parts) > 1 else "") + parts[-1]
    # one paragraph that never splits across pages, so its three recommendations share a page
    d.add("keep", f"Taking the findings together, the review recommends that: {joined}.", keys)


def c394(c: Ctx) -> None:  # a learning point that goes on after a practitioner's quoted words
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Learning")
    sts = [st for st in _statements(c, 6) if len(_sentences(st.body)) >= 2][:3] or _statements(c, 3)
    for i, st in enumerate(sts, 1):
        label = f"Learning point {i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        parts = _sentences(st.body)
        d.add("p", parts[0], key)
        d.add("p", QUOTES[(i - 1) % len(QUOTES)])
        if parts[1:]:
            d.add("p", " ".join(parts[1:]), key)
    _numbered(c)


def c395(c: Ctx) -> None:  # learning printed as terms and definitions, after a glossary printed the same way
    d = c.doc
    _pub_cover(c)
    d.add("h1", "Glossary")
    for term, text in GLOSSARY:
        d.add("h3", term)
        d.add("p", text)
    d.add("h1", "Background")
    for event in _chron(c, 2):
        d.add("p", event)
    d.add("h1", "What the review learned")
    for st in _statements(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h3", st.title, key)
        d.add("p", st.body, key)
    _numbered(c)


def c396(c: Ctx) -> None:  # findings whose heading is a question; terms of reference numbered as questions before
    d = c.doc
    c.cover()
    d.add("h1", "Terms of reference")
    d.add("p", "The review was asked to answer these questions:")
    for j, term in enumerate(TERMS, 1):
        d.add("num", term, label=f"{j}.")
    d.add("h1", "Background")
    for event in _chron(c, 2):
        d.add("p", event)
    d.add("h1", "Findings")
    chosen: dict[str, object] = {}
    for st in _statements(c, 8):  # three findings whose questions differ
        chosen.setdefault(_question(st), st)
    for question, st in list(chosen.items())[:3]:
        key = d.lesson("finding", "", f"{question} {st.body}", st.themes, title=question)
        d.add("h2", question, key)
        d.add("p", st.body, key)
    _numbered(c)


def c397(c: Ctx) -> None:  # learning and good practice alternating in one numbered list, each opened by its tag
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "What the review found")
    sts, gps = _statements(c, 3), _good_practice(c, 3)
    n = 0
    for k in range(max(len(sts), len(gps))):
        for kind, tag, text, themes in (
            ("learning_point", "Learning", sts[k].body if k < len(sts) else "", sts[k].themes if k < len(sts) else ()),
            (
                "good_practice",
                "Good practice",
                gps[k].text if k < len(gps) else "",
                gps[k].themes if k < len(gps) else (),
            ),
        ):
            if text:
                n += 1
                d.add("num", f"{tag}: {text}", d.lesson(kind, str(n), text, themes), label=f"{n}.")
    d.add("h1", "Recommendations")
    for r in _recommendations(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c398(c: Ctx) -> None:  # "L1 title" headings and a table of recommendations "R1" linked to them ("L1, L3")
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Learning")
    sts = _statements(c, 3)
    for i, st in enumerate(sts, 1):
        key = d.lesson("learning_point", f"L{i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"L{i} {st.title}", key)
        d.add("p", st.body, key)
    d.add("h1", "Recommendations")
    d.add("header", cells=("Ref", "Links to", "Recommendation", "Lead agency"))
    links = ("L1", "L1, L2", f"L{len(sts)}", "L2, L3")
    for j, r in enumerate(_recommendations(c, 4), 1):
        key = d.lesson("recommendation", f"R{j}", r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(f"R{j}", links[j - 1], r.text, r.agency))


def c399(c: Ctx) -> None:  # a newsletter's "Top tip" boxes: learning labelled "Top tip 1"
    d = c.doc
    _briefing(c)
    d.add("title", d.meta["title"])
    d.add("cover", f"{c.partnership} | Practitioner newsletter | {c.printed_date()}")
    d.add("h1", "What happened")
    _front_short(c)
    d.add("h1", "Top tips from the review")
    for i, st in enumerate(_statements(c, 4), 1):
        label = f"Top tip {i}"
        d.add("box", st.body, d.lesson("learning_point", label, st.body, st.themes), label=label)
    d.add("h1", "Dates for your diary")
    d.add(
        "p",
        "The next multi-agency learning event on this review is open to all practitioners; book through the learning portal.",
    )


def c400(c: Ctx) -> None:  # "What?", "So what?", "Now what?" under each theme
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Themes")
    events = _chron(c, 3)
    sts, recs = _statements(c, 3), _recommendations(c, 3)
    for i, (st, r) in enumerate(zip(sts, recs)):
        lp = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, lp)
        d.add(
            "runin", events[i] if i < len(events) else "The agencies' records of the period were read.", label="What?"
        )
        d.add("runin", st.body, lp, label="So what?")
        d.add("runin", r.text, d.lesson("recommendation", "", r.text, r.themes), label="Now what?")


def c401(c: Ctx) -> None:  # tags at the end of analysis paragraphs: "[L2]", "[R1]"; untagged paragraphs are narrative
    d = c.doc
    c.cover("reviewer")
    d.add("h1", "Introduction")
    d.add(
        "p",
        "Paragraphs of the analysis that carry learning or a recommendation end with a tag, [L] or [R], used in the action plan.",
    )
    d.add("h1", "Analysis")
    events = _chron(c, 3)
    sts, recs = _statements(c, 3), _recommendations(c, 2)
    items = []
    for i, st in enumerate(sts):
        items.append(("learning_point", f"L{i + 1}", st.body, st.themes))
        if i < len(recs):
            items.append(("recommendation", f"R{i + 1}", recs[i].text, recs[i].themes))
    for i, (kind, label, text, themes) in enumerate(items):
        if i % 2 == 0 and i // 2 < len(events):
            d.add("p", events[i // 2])
        d.add("p", f"{text} [{label}]", d.lesson(kind, label, text, themes))
    d.add("h1", "Conclusion")
    d.add("p", "The panel considered this report and agreed its learning and recommendations.")


def c402(c: Ctx) -> None:  # "+" for what went well, "-" for what did not, in one list
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "What went well and what did not")
    d.add("small", "+ strengths in practice     - areas for development")
    sts, gps = _statements(c, 3), _good_practice(c, 2)
    for k in range(max(len(sts), len(gps))):
        if k < len(gps):
            _marked(c, "+", gps[k].text, d.lesson("good_practice", "", gps[k].text, gps[k].themes))
        if k < len(sts):
            _marked(c, "-", sts[k].body, d.lesson("finding", "", sts[k].body, sts[k].themes))
    _numbered(c)


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
