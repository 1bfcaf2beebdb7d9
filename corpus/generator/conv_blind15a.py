"""Corpus generator: the fifteenth blind held-out set, first half: C349-C366 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. The half leans to the kinds of file that carry a review's lessons
and the noise they bring with them: a slide deck with speaker notes, an
infographic of boxes in a grid, a web page printed from a browser, redactions
inside lessons, line numbers in the margin, a consultation draft with its
reviewers' comments, numbering lost in an export, an e-mail with quoted
lines, a spreadsheet exported with its grid, a newsletter's "continued on
page" jumps, "Back to top" links, image descriptions, a filled-in template,
a three-slides-a-page handout, notes pages, a printer's proof, a "Related
content" sidebar and bullets turned into symbol-font letters.
Each builder declares every lesson as a careful reader of the document
would record it: kind, printed label, heading (title) where there is one,
agency where the document gives one, and only the metadata it prints.

The set uses only element kinds the earlier writers already draw, so no
writer is changed and documents of earlier sets come out as before.
"""

from __future__ import annotations

import re

from .conv_blind14a import _sts
from .conv_common import case_events as _chron
from .conv_common import front_with_events as _front
from .conv_common import gps_for_child as _gps
from .conv_common import named as _named
from .conv_common import numbered_recs as _numbered_recs
from .conv_common import printed_only as _printed_only
from .conv_common import pub_cover as _pub_cover
from .conv_common import recs_for_child as _recs
from .conv_specs import Ctx

# Speaker notes under a slide (C349, C362): what the presenter says, never a lesson.
NOTES = (
    "Ask the group what they would have done on the day of the visit.",
    "Pause here and give people two minutes to discuss this in pairs.",
    "Link this back to the partnership's escalation policy and where to find it.",
    "Invite a practitioner from the room to share an example from their own work.",
)
# Figures in an infographic (C350): boxes that are never lessons.
FIGURES = (("14", "months of contact with services"), ("6", "agencies involved"), ("23", "home visits recorded"))
# Reviewers' comments in a consultation draft (C354).
COMMENTS = (
    "Health to confirm the wording before the panel meets.",
    "Is this consistent with the chronology? Please check dates.",
    "Police legal to review before circulation.",
)
# Descriptions of images (C360): never lessons.
IMAGES = (
    "Image description: a timeline of the agencies' contact with the family, from the pregnancy to the incident.",
    "Image description: a diagram of the agencies around the child, with arrows for the referrals made.",
    "Image description: a photograph of practitioners at the learning event.",
)
# A "Related content" sidebar (C365): titles of other pages, never lessons.
RELATED = (
    "Learning from local reviews: neglect briefing",
    "Multi-agency escalation policy",
    "Training: working with families who are hard to engage",
    "Annual report of the safeguarding partnership",
)


def _briefing(c: Ctx) -> None:
    """A briefing about the review: its own title, as practitioners' briefings are titled, and its type."""
    c.doc.meta.update(title=f"{c.spec.child}: learning from the review", review_type="briefing")


def _html(c: Ctx) -> bool:
    return c.spec.fmt == "html"


def _break(c: Ctx) -> None:
    if not _html(c):
        c.doc.add("pagebreak")


# An age printed in a bank text ("a four-year-old", "aged twelve"): it may not be the child's, so the text is not used.
_AGE = re.compile(r"\b\w+-(year|month|week)s?-old\b|\baged \w+|\b\w+ (years|months|weeks) old\b", re.I)


def _fitting(draw, c: Ctx, n: int, text_of) -> list:
    """n texts from draw that print no age (fewer when the pool runs out)."""
    out: list = []
    while len(out) < n:
        drawn = draw(c, 1)
        if not drawn:
            break
        out += [e for e in drawn if not _AGE.search(text_of(e))]
    return out


def _statements(c: Ctx, n: int) -> list:
    return _fitting(_sts, c, n, lambda st: f"{st.title} {st.body}")


def _recommendations(c: Ctx, n: int) -> list:
    return _fitting(_recs, c, n, lambda r: r.text)


def _good_practice(c: Ctx, n: int) -> list:
    return _fitting(_gps, c, n, lambda g: g.text)


def _numbered(c: Ctx, n: int = 3, heading: str = "Recommendations") -> None:
    """A heading and n recommendations numbered "1.", "2.", ... that print no age."""
    _numbered_recs(c, n, heading, draw=_recommendations)


# --- the conventions --------------------------------------------------------------------------


def c349(c: Ctx) -> None:  # a slide deck, one learning point a slide, each with its speaker notes
    d = c.doc
    _briefing(c)
    title = d.meta["title"]
    d.add("title", title)
    d.add("cover", c.partnership)
    d.add("cover", f"Practitioner briefing, {c.printed_date()}")
    sts = _statements(c, 4)
    total = len(sts) + 3
    d.add("pagebreak")
    d.add("h1", "What we will cover")
    for item in ("The case in brief", "What the review learned", "Questions for your team"):
        d.add("bullet", item)
    d.add("small", f"Slide 2 of {total}")
    for i, st in enumerate(sts, 3):
        d.add("pagebreak")
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h1", st.title, key)
        d.add("p", st.body, key)
        d.add("small", f"Slide {i} of {total}")
        d.add("runin", NOTES[(i - 3) % len(NOTES)], label="Speaker notes:")
    d.add("pagebreak")
    d.add("h1", "Questions for your team")
    d.add("bullet", "How do we record who lives in the household?")
    d.add("bullet", "When did we last use the escalation policy?")
    d.add("small", f"Slide {total} of {total}")


def c350(c: Ctx) -> None:  # an infographic: figure boxes and learning boxes in a grid
    d = c.doc
    _briefing(c)
    d.add("title", d.meta["title"])
    d.add("cover", f"{c.partnership} | {c.printed_date()}")
    d.add("h1", "The review in numbers")
    for figure, words in FIGURES:
        d.add("box", words, label=figure)
    d.add("h1", "What we learned")
    for i, st in enumerate(_statements(c, 4), 1):
        key = d.lesson("learning_point", str(i), f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("box", st.body, key, label=f"{i}  {st.title}")
    d.add("h1", "What to do now")
    d.add("box", "Read the full report on the partnership's website and discuss it in supervision.", label="Next steps")


def c351(c: Ctx) -> None:  # a partnership web page printed from a browser: its print furniture and page chrome
    d = c.doc
    title = d.meta["title"]
    d.header = f"{c.printed_date()}, 10:42 | {title} - {c.partnership}"
    d.footer = "https://www.example-partnership.org.uk/professionals/case-reviews/review | {x}/{y}"
    # A browser prints its header on every page, the first too (the writers print a header from the
    # second page, as a report's cover has none): without it a one-page print never named the partnership.
    d.add("small", d.header)
    d.add("small", "Skip to main content")
    d.add("small", "Home | About us | Professionals | Parents and carers | Contact us")
    d.add("small", "Home > Professionals > Case reviews > " + title)
    d.add("title", title)
    d.add("p", f"Published: {c.printed_date()}")
    d.add("h1", "About the review")
    _front_short(c)
    d.add("h1", "Key learning")
    for st in _statements(c, 4):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("small", "Share this page: Facebook | X | LinkedIn | Email")
    d.add("small", "Was this page helpful? Yes | No")
    d.add("small", "We use cookies to make this site work. Accept all cookies | Reject cookies | Cookie settings")


def _front_short(c: Ctx) -> None:
    """A web page's short account of the review: two events of the case."""
    for event in _chron(c, 2):
        c.doc.add("p", event)


# What a published version redacts in a lesson (C352): the first of these a text has, replaced as printed.
REDACTIONS = (
    (re.compile(r"\bthe children\b"), "the child and [sibling]"),
    (re.compile(r"\bthe school\b"), "[name of school redacted]"),
    (re.compile(r"\bthe (hospital|ED)\b"), "[redacted] hospital"),
    (re.compile(r"\b(in|during|by) the (spring|summer|autumn|winter)\b"), r"\1 [redacted]"),
    (re.compile(r"\bthe (stepfather|mother's partner|father)\b"), r"the \1 ([redacted])"),
    (re.compile(r"\b(two|three|four|five|six|eleven|twelve|\d+) (days|weeks|months)\b"), r"[redacted] \2"),
    (re.compile(r"\bthe (GP|health visitor|social worker|midwife|mother)\b"), r"the \1 ([redacted])"),
)


def _redact(text: str) -> str:
    """The text with its first redactable words redacted, or the text as it was."""
    for pattern, repl in REDACTIONS:
        if pattern.search(text):
            return pattern.sub(repl, text, count=1)
    return text


def c352(c: Ctx) -> None:  # redactions inside the lessons: "[redacted]", "[sibling]"
    d = c.doc
    c.cover()
    d.add("p", "This is the redacted version of the report for publication. Redactions are shown in square brackets.")
    _front(c)
    d.add("h1", "Findings")
    sts = _statements(c, 8)
    sts = ([st for st in sts if _redact(st.body) != st.body] + [st for st in sts if _redact(st.body) == st.body])[:3]
    for i, st in enumerate(sts, 1):
        body = _redact(st.body)
        label = f"Finding {i}"
        key = d.lesson("finding", label, f"{st.title} {body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        d.add("p", body, key)
    d.add("h1", "Recommendations")
    recs = _recommendations(c, 6)
    redacted = [r for r in recs if _redact(r.text) != r.text][:1]
    recs = [r for r in recs if _redact(r.text) == r.text][: 3 - len(redacted)] + redacted
    for j, r in enumerate(recs, 1):
        text = _redact(r.text)
        d.add("num", text, d.lesson("recommendation", str(j), text, r.themes), label=f"{j}.")


def c353(c: Ctx) -> None:  # line numbers in the margin, every sentence of the body numbered
    d = c.doc
    c.cover("reviewer")
    line = 0

    def lines(text: str, key=()) -> None:
        nonlocal line
        for part in re.split(r"(?<=[.?!])\s+", text):
            line += 1
            d.add("row", part, keys=key, cells=(str(line), part), label="side")

    d.add("h1", "Background")
    for event in _chron(c, 2):
        lines(event)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        label = f"Finding {i}"
        key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        lines(st.body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h3", f"Recommendation {j}", key)
        lines(r.text, key)


def c354(c: Ctx) -> None:  # a consultation draft: watermark text and reviewers' comments beside the lessons
    d = c.doc
    d.header = "DRAFT - not for circulation"
    d.footer = "DRAFT v0.4 for consultation with the safeguarding partners | Page {x} of {y}"
    d.add("title", d.meta["title"])
    d.add("cover", c.partnership)
    d.add("cover", f"Author: {c.spec.author}")
    # The draft's date on its cover (the gold's publication; as first written the document printed no date
    # at all, so no reader could have recorded the one its gold gave, and every gold record has one).
    d.add("cover", f"DRAFT - not for circulation | {c.printed_date()}")
    _break(c)
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
        d.add("small", f"[Comment {c.spec.author.split()[-1][:2].upper()}{i}]: {COMMENTS[(i - 1) % len(COMMENTS)]}")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recommendations(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("small", "DRAFT - not for circulation")


def c355(c: Ctx) -> None:  # numbering lost in an export: lists whose numbers were images
    d = c.doc
    _pub_cover(c)
    _front(c)
    sts, recs = _statements(c, 3), _recommendations(c, 4)
    d.add("h1", "Findings")
    d.add("p", f"The review identified {len(sts)} findings.")
    for st in sts:
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("runin", st.body, key, label=f"{st.title}.")
    d.add("h1", "Recommendations")
    d.add("p", f"The review makes the following {len(recs)} recommendations to the partnership.")
    for r in recs:
        d.add("p", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c356(c: Ctx) -> None:  # a forwarded e-mail: the learning in quoted ">" lines below a short reply
    d = c.doc
    _briefing(c)
    title = d.meta["title"]
    d.add("p", f"From: Safeguarding Partnership Business Unit <{_mailbox(c)}>")
    d.add("p", f"Sent: {c.printed_date()}")
    d.add("p", f"Subject: FW: {title}")
    d.add("p", "Dear colleagues, please share the learning below with your teams and discuss it in team meetings.")
    d.add("p", "Thanks, Business Unit")
    d.add("p", "-----Original Message-----")
    d.add("p", f"> {c.partnership} has published the review about {c.spec.child}. Here is what it found.")
    d.add("p", "> KEY LEARNING")
    for st in _statements(c, 3):
        d.add("p", f"> * {st.body}", d.lesson("learning_point", "", st.body, st.themes))
    d.add("p", "> RECOMMENDATIONS")
    for j, r in enumerate(_recommendations(c, 3), 1):
        d.add("p", f"> {j}. {r.text}", d.lesson("recommendation", str(j), r.text, r.themes))
    d.add("p", "> The full report is on the partnership's website.")
    d.add("p", "This e-mail and any attachments are confidential and intended for the addressee only.")


def _mailbox(c: Ctx) -> str:
    return "safeguarding.partnership@" + re.sub(r"[^a-z]", "", c.spec.area.lower()) + ".gov.uk"


def c357(c: Ctx) -> None:  # recommendations in a spreadsheet exported with its grid: column letters, row numbers
    d = c.doc
    d.header = "Sheet1"
    c.cover()
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Appendix: recommendations tracker")
    d.add("header", cells=("", "A", "B", "C"))
    d.add("row", cells=("1", "Ref", "Recommendation", "Lead agency"))
    for j, r in enumerate(_recommendations(c, 4), 1):
        key = d.lesson("recommendation", f"R{j}", r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j + 1), f"R{j}", r.text, r.agency))


def c358(c: Ctx) -> None:  # a learning newsletter whose article jumps: "Continued on page 3"
    d = c.doc
    _briefing(c)
    d.add("title", d.meta["title"])
    d.add("cover", f"{c.partnership} | Learning newsletter | {c.printed_date()}")
    d.add("h1", "In this issue")
    for item in ("Learning from a local review (page 1)", "Training dates (page 2)", "Policy updates (page 2)"):
        d.add("bullet", item)
    d.add("h1", "Learning from a local review")
    sts = [st for st in _statements(c, 6) if len(re.split(r"(?<=[.?!])\s+", st.body)) >= 2][:3] or _statements(c, 3)
    keys = []
    for st in sts:
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        keys.append((key, st))
    key, last = keys[-1]
    parts = re.split(r"(?<=[.?!])\s+", last.body)
    for k, st in keys[:-1]:
        d.add("h2", st.title, k)
        d.add("p", st.body, k)
    d.add("h2", last.title, key)
    d.add("p", " ".join(parts[:1]), key)
    d.add("small", "Continued on page 3")
    _break(c)
    d.add("h1", "Training dates")
    d.add("p", "Multi-agency training on neglect runs monthly; book through the partnership's learning portal.")
    d.add("h1", "Policy updates")
    d.add("p", "The escalation policy has been updated; the new version is on the partnership's website.")
    _break(c)
    d.add("small", "Continued from page 1")
    d.add("p", " ".join(parts[1:]), key)


def c359(c: Ctx) -> None:  # a web page with an "On this page" list and "Back to top" after every section
    d = c.doc
    # The page prints no partnership nor place (the site's name is not part of the print): no area in the gold.
    d.meta.update(area="", region="")
    d.add("title", d.meta["title"])
    d.add("p", f"Published {c.printed_date()}")
    sts, recs = _statements(c, 3), _recommendations(c, 3)
    d.add("h2", "On this page")
    for item in ["Summary", *(st.title for st in sts), "Recommendations"]:
        d.add("bullet", item)
    d.add("h1", "Summary")
    _front_short(c)
    d.add("small", "Back to top")
    for i, st in enumerate(sts, 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("runin", st.body, key, label=f"Finding {i}.")
        d.add("small", "Back to top")
    d.add("h1", "Recommendations")
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("small", "Back to top")


def c360(c: Ctx) -> None:  # image descriptions between the lessons of an accessible version
    d = c.doc
    _pub_cover(c)
    d.add("p", "This is the accessible version of the report. Images are described in the text.")
    _front(c)
    d.add("h1", "What the review learned")
    for i, st in enumerate(_statements(c, 3), 1):
        label = f"Learning point {i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        d.add("p", st.body, key)
        d.add("small", IMAGES[(i - 1) % len(IMAGES)])
    _numbered(c)


def c361(c: Ctx) -> None:  # a filled-in briefing template: field labels, guidance in brackets, tick boxes
    d = c.doc
    d.meta["review_type"] = "briefing"
    d.add("small", "Learning briefing template v2.1 (complete every field)")
    d.add("runin", d.meta["title"], label="Title of review:")
    d.add("runin", c.partnership, label="Partnership:")
    d.add("runin", c.printed_date(), label="Date of briefing:")
    kind = "Serious case review" if c.spec.published < "2019" else "Local child safeguarding practice review"
    d.add("runin", f"{kind} [ ] Rapid review [ ] Other", label="Type (tick one): [x]")
    d.add("h2", "Key learning (max 200 words per point)")
    for i, st in enumerate(_statements(c, 3), 1):
        d.add("runin", st.body, d.lesson("learning_point", f"Learning {i}", st.body, st.themes), label=f"Learning {i}:")
    d.add("h2", "Actions for agencies (who, what, by when)")
    for j, r in enumerate(_recommendations(c, 3), 1):
        key = d.lesson("recommendation", f"Action {j}", r.text, r.themes, r.agency)
        d.add("runin", f"{r.text} Lead: {r.agency}.", key, label=f"Action {j}:")
    d.add("small", "[Guidance: delete this text before publishing]")


def c362(c: Ctx) -> None:  # a handout of three slides a page, lines for notes beside each
    d = c.doc
    _briefing(c)
    d.header = f"{d.meta['title']} | Handout"
    d.add("title", d.meta["title"])
    d.add("cover", f"{c.partnership} | {c.printed_date()}")
    sts = _statements(c, 6)
    for i, st in enumerate(sts, 1):
        if i % 3 == 1:
            d.add("pagebreak")
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("small", f"Slide {i}")
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
        d.add("p", "Notes: ______________________________")


def c363(c: Ctx) -> None:  # notes pages: a short slide heading over the notes that carry the learning
    d = c.doc
    _briefing(c)
    d.add("title", d.meta["title"])
    d.add("cover", c.partnership)
    d.add("cover", f"Presented by {c.spec.author}, {c.printed_date()}")
    for i, st in enumerate(_statements(c, 3), 1):
        d.add("pagebreak")
        d.add("small", f"Slide {i + 1}")
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h1", f"Learning {i}: {st.title}", key)
        d.add("h3", "Notes")
        d.add("p", st.body, key)
        d.add("small", f"{i + 1}")
    d.add("pagebreak")
    d.add("h1", "Recommendations")
    for r in _recommendations(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c364(c: Ctx) -> None:  # a printer's proof: slug line at every page's foot, a page left blank
    d = c.doc
    d.footer = f"Job 4471 | {d.meta['title'][:40]} | PROOF 2 | Page {{x}}"
    c.cover()
    d.add("p", "This page is intentionally left blank.")
    d.add("pagebreak")
    n = _front(c, numbered=True)
    d.add("h1", f"{n}. Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", f"{n + 1}. Good practice")
    for g in _good_practice(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    _numbered(c, 3, f"{n + 2}. Recommendations")


def c365(c: Ctx) -> None:  # a web page with a "Related content" sidebar and "Download" links among the content
    d = c.doc
    # The page prints no partnership nor place (the site's name is not part of the print): no area in the gold.
    d.meta.update(area="", region="")
    d.add("title", d.meta["title"])
    d.add("p", f"Published: {c.printed_date()}")
    d.add("small", "Download the full report (PDF, 612 KB) | Download the briefing (PDF, 240 KB)")
    d.add("h1", "Summary")
    _front_short(c)
    d.add("h1", "What we found")
    for i, st in enumerate(_statements(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Good practice")
    for g in _good_practice(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h2", "Related content")
    for item in RELATED:
        d.add("bullet", item)
    d.add("small", "Print this page")


def c366(c: Ctx) -> None:  # bullets turned into symbol-font letters by a text export: "Ø", "§", "o"
    d = c.doc
    _briefing(c)
    d.add("title", d.meta["title"])
    d.add("p", f"{c.partnership}, {c.printed_date()}")
    d.add("h1", "The case")
    _front_short(c)
    d.add("h1", "Key learning")
    for st in _statements(c, 4):
        d.add("p", f"Ø {st.body}", d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "What agencies must do")
    for r in _recommendations(c, 3):
        key = d.lesson("recommendation", "", r.text, r.themes)
        d.add("p", f"§ {r.text}", key)
    d.add("h1", "Questions to consider")
    d.add("p", "o How does your team record who is in the household?")
    d.add("p", "o Who do you call when you disagree with another agency's decision?")


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
