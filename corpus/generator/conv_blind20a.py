"""Corpus generator: the twentieth blind held-out set, first half: C529-C546 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it,
ingest or `lessons eval` on anything and never saw its output. The half leans to the boundaries of a lesson:
where one ends, where the next begins and how much text belongs to it. Recommendations numbered to four levels
("5.2.1(b)(ii)"), whose lettered parts are separate recommendations under a stem that is not one, and one
recommendation where the stem is itself a recommendation its parts complete; a finding restated in bold under its
heading and then explained; two learning points run together in one paragraph ("The first ... The second ...");
a chart's caption and axis labels landing in the middle of a learning point; a rationale printed before the
recommendation it explains, with no cue; "Lead agency:", "Timescale:" and "Expected outcome:" lines after each
recommendation; numbered learning whose points go on in unnumbered paragraphs, closed by a paragraph that is no
lesson; learning grouped under bullets that name an agency, each lesson a sub-bullet; a recommendation opened by a
clause that ties it to a finding; "Response:" and "Progress:" notes after each finding; a pull quote in the middle
of a learning point that repeats one of its sentences; one numbered list that runs on from learning into recommendations
across a lead-in; "Links to:" lines after learning points; bullets that go on in unbulleted paragraphs. A smaller
part leans to metadata of reviews about more than one child (twins), ages printed in unusual forms ("a
22-month-old", "aged eleven weeks", "then 15", the age at the incident beside the age now) and authors printed as
a team or with their roles.

Each builder declares every lesson as a careful reader of that document would record it: kind, printed label,
heading (title) where there is one, agency where the document gives one, and only the metadata the document
prints. The set uses only element kinds the earlier writers already draw, so no writer is changed and documents
of earlier sets come out as before. Bank texts are drawn through set 19's filters (conv_blind19a: the child's age
and sex, the document's year and its words).
"""

from __future__ import annotations

import re

from . import narrative
from .conv_blind12b import NUMBER_WORDS
from .conv_blind16a import _sentences
from .conv_blind19a import _board, _cap, _month, _partners, _recs, _sts, _type_name
from .conv_common import keeps_age as _keeps_age
from .conv_common import named as _named
from .conv_common import other_person as _other
from .conv_common import printed_only as _printed_only
from .conv_common import service_of as _service_of
from .conv_common import shift as _shift
from .conv_specs import Ctx

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")

# A recommendation of C529 whose roman parts complete it; its own themes.
JOINT_PROTOCOL = (
    "The police and children's social care should agree a joint protocol for the notifications that follow a "
    "domestic abuse incident where children live in the household, which should set out:",
    (
        "who records the names and ages of the children present, and how the children are seen;",
        "the time within which the notification reaches children's social care and the health or education "
        "service that knows the child.",
    ),
    ("multi.information_sharing", "fam.domestic_abuse", "agency.police", "org.policy_guidance"),
)

# A recommendation of C529 whose lettered parts complete its stem (one recommendation); its own themes.
ASSURANCE = (
    "{partners} should seek assurance, within six months of the publication of this report, that:",
    (
        "practitioners in every agency know how to escalate a concern when they disagree with another agency's "
        "decision, and do so;",
        "multi-agency audits test whether the learning of this review has changed practice, and that their results "
        "are reported to {partners}.",
    ),
    ("assess.critical_thinking_challenge", "org.policy_guidance", "review.system_learning"),
)
# Recommendations addressed to the partnership or to all agencies, never to a single agency.
_PARTNERSHIP = re.compile(
    r"(The |All )?(Partnership|LSCB|Board|safeguarding partners|Safeguarding partners|agencies|Agencies)\b"
)

# Texts printed beside lessons that are never part of them.
RATIONALES = (
    "Practice in this area depended on individual workers rather than on an expectation that everyone shared. "
    "Practitioners at the learning event said that they would welcome clear direction from {board}.",
    "The same gap was seen at several points in the timeline, in more than one agency. It was not the failing of "
    "one worker, and training alone will not close it.",
    "Agencies told the review that changes had already begun. The review wants {board} to be able to see "
    "whether they make a difference for children.",
)
OUTCOMES = (
    "Case audits show the change in practitioners' day-to-day work.",
    "Practitioners can say what is expected of them and where to find the guidance.",
    "{board_cap} receives evidence, not only assurance, that the change has been made.",
)
RESPONSES = (
    "Accepted. The learning and improvement group of {board} will lead the work.",
    "Accepted. Each agency has named a senior manager to take this forward.",
    "Accepted in full. The learning has been added to the multi-agency training programme.",
)
PROGRESS = (
    "A practitioner briefing has been delivered and a multi-agency audit is planned.",
    "Guidance has been drafted and will go to the executive group of {board} for approval.",
    "Work has started; the first report on it is due at the next meeting of the executive.",
)
CHART_ROWS = (
    ("Police", "9"),
    ("Children's social care", "14"),
    ("Health", "21"),
    ("Education", "6"),
)


def _halves(text: str) -> tuple[str, str]:
    """The text split at its middle sentence (the second half empty for a single sentence)."""
    parts = _sentences(text)
    cut = max(1, len(parts) // 2)
    return " ".join(parts[:cut]), " ".join(parts[cut:])


def _low(text: str) -> str:
    """A title set inside a sentence: its first letter lower-cased unless it starts a name or an acronym."""
    return text[0].lower() + text[1:] if len(text) > 1 and text[1].islower() else text


def _cover(c: Ctx, reviewer: str = "Independent reviewer", brk: str = "pagebreak") -> None:
    d = c.doc
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"{reviewer}: {c.spec.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    if c.spec.fmt != "html":
        d.add(brk)


def _intro(c: Ctx, numbered: bool = False) -> int:
    """Introduction, methodology and the case's background; returns the next chapter's number."""
    d = c.doc
    d.add("h1", "1. Introduction" if numbered else "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("h1", "2. Methodology" if numbered else "Methodology")
    d.add("p", c.fill(narrative.METHOD[0]))
    d.add("h1", "3. Background" if numbered else "Background")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    return 4


def _brief_intro(c: Ctx) -> None:
    """An introduction that tells no age (for the conventions whose age is printed in a form of their own)."""
    d = c.doc
    d.add("h1", "Introduction")
    d.add("p", c.fill(narrative.INTRO[1]))
    d.add("p", c.fill(narrative.METHOD[0]))


def _findings(c: Ctx, n: int = 3, ageless: bool = False) -> None:
    c.doc.add("h1", "Findings")
    for i, st in enumerate(_sts(c, n, ageless=ageless), 1):
        c.headed_finding(st, f"Finding {i}")


def _num_recs(c: Ctx, n: int = 3, heading: str = "Recommendations") -> None:
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(_recs(c, n), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


# --- the conventions ------------------------------------------------------------------------------


def c529(c: Ctx) -> None:  # recommendations to four levels: lettered parts that are, or are not, recommendations
    d = c.doc
    _cover(c)
    n = _intro(c, numbered=True)
    d.add("h1", f"{n}. Findings")
    for i, st in enumerate(_sts(c, 2), 1):
        c.headed_finding(st, f"{n}.{i}")
    r = n + 1
    recs = _recs(c, 6)
    single = [x for x in recs if not _PARTNERSHIP.match(x.text)][:2]
    first = next((x for x in recs if x not in single), None)
    d.add("h1", f"{r}. Recommendations")
    d.add("p", "The recommendations are grouped by the body to which they are addressed.")
    partners = _partners(c)
    d.add("h2", f"{r}.1 Recommendations for {partners}")
    if first is not None:
        d.add("num", first.text, d.lesson("recommendation", f"{r}.1.1", first.text, first.themes), label=f"{r}.1.1")
    stem, parts, themes = ASSURANCE
    stem = stem.format(partners=partners[0].upper() + partners[1:])
    parts = tuple(part.format(partners=partners) for part in parts)
    key = d.lesson("recommendation", f"{r}.1.2", " ".join([stem, *parts]), themes)
    d.add("num", stem, key, label=f"{r}.1.2")
    for letter, part in zip("ab", parts):
        d.add("num", part, key, label=f"({letter})")
    d.add("h2", f"{r}.2 Recommendations for single agencies")
    d.add("num", "The review makes the following recommendations to individual agencies:", label=f"{r}.2.1")
    for letter, one in zip("ab", single):
        d.add(
            "num", one.text, d.lesson("recommendation", f"{r}.2.1({letter})", one.text, one.themes), label=f"({letter})"
        )
    letter = "abc"[len(single)]
    stem, parts, themes = JOINT_PROTOCOL
    key = d.lesson("recommendation", f"{r}.2.1({letter})", " ".join([stem, *parts]), themes)
    d.add("num", stem, key, label=f"({letter})")
    for roman, part in zip(("(i)", "(ii)"), parts):
        d.add("num", part, key, label=roman)
    d.add("p", f"{_cap(_board(c))} will publish its response to these recommendations with this report.")


def c530(c: Ctx) -> None:  # each finding restated in bold under its heading, then explained
    d = c.doc
    _cover(c)
    _intro(c)
    d.add("h1", "Findings")
    d.add("p", "Each finding is stated in bold under its heading and then explained.")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        parts = _sentences(st.body)
        d.add("h3", parts[0], key)
        rest = parts[1:]
        if len(rest) > 2:
            d.add("p", " ".join(rest[:2]), key)
            d.add("p", " ".join(rest[2:]), key)
        elif rest:
            d.add("p", " ".join(rest), key)
    _num_recs(c)


def c531(c: Ctx) -> None:  # two learning points run together in one paragraph: "The first ... The second ..."
    d = c.doc
    _cover(c)
    _intro(c)
    sts = _sts(c, 4)
    d.add("h1", "What the review learned")
    d.add("p", f"The review identified {NUMBER_WORDS[len(sts) - 1]} areas of learning, set out below two at a time.")
    for j in range(0, len(sts), 2):
        pair, keys, words = sts[j : j + 2], [], []
        for k, st in enumerate(pair):
            text = f"The {ORDINALS[j + k]} is about {_low(st.title)}. {st.body}"
            keys.append(d.lesson("learning_point", "", text, st.themes))
            words.append(text)
        d.add("p", " ".join(words), tuple(keys))
    d.add("p", "These areas of learning were tested with practitioners at the learning event, who recognised them.")
    _num_recs(c)


def c532(c: Ctx) -> None:  # a chart's caption and axis labels in the middle of a learning point
    d = c.doc
    _cover(c)
    _intro(c)
    d.add("h1", "What the review learned")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        head, tail = _halves(st.body)
        d.add("p", head, key)
        if i == 2 and tail:
            d.add("small", "Figure 1: Contacts with the family recorded by each agency in the year before the incident")
            for agency, count in CHART_ROWS:
                d.add("small", f"{agency} {count}")
            d.add("small", "0 5 10 15 20 25")
            d.add("small", "Source: agencies' chronologies")
        if tail:
            d.add("p", tail, key)
    _num_recs(c)


def c533(c: Ctx) -> None:  # the reasons printed before the recommendation they explain, with no cue
    d = c.doc
    _cover(c)
    _intro(c)
    _findings(c)
    d.add("h1", "Recommendations")
    for j, (r, why) in enumerate(zip(_recs(c, 3), RATIONALES), 1):
        d.add("h2", f"Recommendation {j}")
        d.add("p", why.format(board=_board(c)))
        d.add("p", r.text, d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes))


def c534(c: Ctx) -> None:  # "Lead agency:", "Timescale:" and "Expected outcome:" lines after each recommendation
    d = c.doc
    _cover(c)
    _intro(c)
    d.add("h1", "Learning")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("h1", "Recommendations")
    for j, (r, outcome) in enumerate(zip(_recs(c, 3), OUTCOMES), 1):
        lead = r.agency or "All partner agencies"
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes, lead), label=f"{j}.")
        d.add("runin", lead, label="Lead agency:")
        d.add("runin", "Within six months of publication", label="Timescale:")
        d.add("runin", outcome.format(board_cap=_cap(_board(c))), label="Expected outcome:")
    d.add("p", f"A multi-agency action plan will be agreed for each recommendation and monitored by {_board(c)}.")


def c535(c: Ctx) -> None:  # numbered learning going on in unnumbered paragraphs; a closing paragraph, no lesson
    d = c.doc
    _cover(c)
    _intro(c)
    d.add("h1", "Key learning")
    d.add("p", "The review draws out the following learning for practitioners and managers.")
    for j, st in enumerate(_sts(c, 4), 1):
        key = d.lesson("learning_point", str(j), st.body, st.themes)
        head, tail = _halves(st.body)
        d.add("num", head, key, label=f"{j}.")
        if tail:
            d.add("p", tail, key)
    d.add("p", "None of this learning is new. Earlier reviews in the area and the national Panel's reports have made "
          f"similar points, and {_board(c)} will want to understand why the learning has not yet changed "
          "practice.")  # fmt: skip
    _num_recs(c)


def c536(c: Ctx) -> None:  # bullets naming an agency, each lesson a sub-bullet under one
    d = c.doc
    _cover(c)
    _intro(c)
    d.add("h1", "Learning for agencies")
    d.add("p", "The learning is grouped by the agency whose practice it concerns most.")
    groups: dict[str, list] = {}
    for st in _sts(c, 5):
        groups.setdefault(_service_of(st.body), []).append(st)
    for name, sts in sorted(groups.items(), key=lambda g: g[0] == "Multi-agency working"):
        d.add("bullet", name)
        for st in sts:
            agency = "" if name == "Multi-agency working" else name
            d.add("subbullet", st.body, d.lesson("learning_point", "", st.body, st.themes, agency), label="\u2013")
    _num_recs(c)


def c537(c: Ctx) -> None:  # recommendations each opened by a clause tying it to a finding
    d = c.doc
    _cover(c)
    n = _intro(c, numbered=True)
    d.add("h1", f"{n}. Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", f"{n + 1}. Recommendations")
    leads = ("In the light of Finding 1, the review recommends:", "Arising from Finding 2:",
             "To address Findings 2 and 3, the review recommends:")  # fmt: skip
    for j, (r, lead) in enumerate(zip(_recs(c, 3), leads), 1):
        key = d.lesson("recommendation", f"{n + 1}.{j}", r.text, r.themes)
        d.add("num", f"{lead} {r.text}", key, label=f"{n + 1}.{j}")


def c538(c: Ctx) -> None:  # "Response:" and "Progress:" notes after each finding, never part of it
    d = c.doc
    _cover(c)
    _intro(c)
    d.add("h1", f"Findings and the response of {_board(c)}")
    d.add("p", f"This version of the report sets the response of {_board(c)} and its progress under each finding.")
    for i, (st, resp, prog) in enumerate(zip(_sts(c, 3), RESPONSES, PROGRESS), 1):
        c.headed_finding(st, f"Finding {i}")
        d.add("runin", resp.format(board=_board(c)), label="Response:")
        d.add("runin", prog.format(board=_board(c)), label="Progress:")
    _num_recs(c)


def c539(c: Ctx) -> None:  # a pull quote in the middle of a learning point, repeating one of its sentences
    d = c.doc
    _cover(c)
    _intro(c)
    d.add("h1", "What the review learned")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        parts = _sentences(st.body)
        if len(parts) >= 2:
            d.add("p", parts[0], key)
            d.add("box", f"\u201c{parts[-1] if len(parts) >= 3 else parts[0]}\u201d")
            d.add("p", " ".join(parts[1:]), key)
        else:
            d.add("p", st.body, key)
    _num_recs(c)


def c540(c: Ctx) -> None:  # one numbered list running on from learning into recommendations across a lead-in
    d = c.doc
    _cover(c)
    _intro(c)
    d.add("h1", "Summary of learning and recommendations")
    d.add("p", "The review's learning is summarised first; the recommendations follow from it.")
    j = 0
    for st in _sts(c, 3):
        j += 1
        d.add("num", st.body, d.lesson("learning_point", str(j), st.body, st.themes), label=f"{j}.")
    d.add("p", "In response to this learning, the review makes the following recommendations:")
    for r in _recs(c, 3):
        j += 1
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("p", f"{_cap(_board(c))} will report on its progress against these recommendations in its annual report.")


def c541(c: Ctx) -> None:  # a "Links to:" line after each learning point, never part of it
    d = c.doc
    _cover(c)
    _intro(c)
    sts, recs = _sts(c, 3), _recs(c, 3)
    d.add("h1", "Learning")
    for i, st in enumerate(sts, 1):
        key = d.lesson("learning_point", f"Learning point {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning point {i}: {st.title}", key)
        d.add("p", st.body, key)
        d.add("small", f"Links to: Recommendation {min(i, len(recs))}")
    d.add("h1", "Recommendations")
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c542(c: Ctx) -> None:  # key learning bullets that go on in unbulleted paragraphs; a closing line
    d = c.doc
    _cover(c)
    _intro(c)
    d.add("h1", "Key learning")
    for st in _sts(c, 4):
        key = d.lesson("learning_point", "", st.body, st.themes)
        head, tail = _halves(st.body)
        d.add("bullet", head, key)
        if tail:
            d.add("p", tail, key)
    d.add("p", "More detail on each point is given in sections 4 and 5 of the full report.")
    _num_recs(c)


# --- metadata: more than one child, ages in unusual forms, authors as a team ------------------------------


def _age_in_words(age: str) -> str:
    """ "11 weeks" -> "eleven weeks", "9 years" -> "nine"."""
    n, unit = age.split()
    word = NUMBER_WORDS[int(n) - 1]
    return word if unit == "years" else f"{word} {unit}"


def _hyphen_age(age: str) -> str:
    """ "22 months" -> "a 22-month-old", "8 years" -> "an 8-year-old"."""
    n, unit = age.split()
    article = "an" if n in ("8", "11", "18") else "a"
    return f"{article} {n}-{unit.rstrip('s')}-old"


def _twin(child: str) -> str:
    """The child's twin: the next letter for a lettered child, another pseudonym for a named one."""
    m = re.fullmatch(r"(Child|Baby) ([A-Z])", child)
    if m:
        return f"{m.group(1)} {chr(ord(m.group(2)) + (1 if m.group(2) < 'Z' else -1))}"
    return "Poppy" if child != "Poppy" else "Ruby"


def c543(c: Ctx) -> None:  # twins: both children in the title, their age in words
    d, s = c.doc, c.spec
    twin = _twin(s.child)
    both = f"{s.child} and {twin}"
    title = f"{_type_name(c)}: {both}"
    d.meta.update(title=title, child=both)
    c.words["child"] = both
    _cover(c)
    _brief_intro(c)
    d.add("h1", "The children")
    d.add("p", f"{s.child} and {twin} are twins. They were aged {_age_in_words(s.age)} at the time of the incident "
          "that led to this review, and lived with their mother. The review considers the help given to both "
          "children.")  # fmt: skip
    _findings(c, ageless=True)
    _num_recs(c)


def c544(c: Ctx) -> None:  # "a 22-month-old"; the review team with their roles, the author the lead reviewer
    d, s = c.doc, c.spec
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "The review team")
    for role, name in (("Lead reviewer", s.author), ("Chair of the review panel", _other(c)),
                       ("Health reviewer", _other(c, 7)), ("Business manager", _other(c, 9))):  # fmt: skip
        d.add("metarow", cells=(role, name))
    _brief_intro(c)
    d.add("h1", "Background")
    d.add("p", f"{s.child} was {_hyphen_age(s.age)} when the incident that led to this review happened.")
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3, ageless=True), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        d.add("p", st.body, key)
    _num_recs(c)


def c545(c: Ctx) -> None:  # "then 15": the age at the time beside the age now; two reviewers with their roles
    d, s = c.doc, c.spec
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    second = _other(c)
    c.authors = f"{s.author} and {second}"  # printed with their roles between: kept past printed_only
    _brief_intro(c)
    d.add("p", f"This report was written by {s.author}, Independent Reviewer, and {second}, Independent Health "
          "Reviewer.")  # fmt: skip
    d.add("h1", "Background")
    event = _month(_shift(f"{s.published[:4]}-06-15", 20))
    n, unit = s.age.split()
    then = n if unit == "years" else f"{n} {unit} old"
    poss = c.words["child_poss"]
    d.add("p", f"The incident that led to this review happened in {event}, when {s.child}, then {then}, was living "
          f"with {poss} family.")  # fmt: skip
    if unit == "years" and int(n) >= 10:
        d.add("p", f"{s.child} is now {int(n) + 2} and has contributed to this review.")
    d.add("h1", "Key learning")
    for st in _sts(c, 3, ageless=True):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _num_recs(c)


def c546(c: Ctx) -> None:  # a cover table: the age at the incident and at the report; the author "supported by"
    d, s = c.doc, c.spec
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    n, unit = s.age.split()
    now = str(int(n) + 2) if unit == "years" else "2"
    if s.scenario == "SUDI":
        now = "Not applicable"
    rows = (
        ("Child", s.child),
        ("Age at the time of the incident", n if unit == "years" else s.age),
        ("Age at the date of this report", now),
        ("Report author", f"{s.author} (Independent Lead Reviewer), supported by {_other(c)} (Partnership Business "
         "Manager)"),
        ("Date of publication", c.printed_date()),
    )  # fmt: skip
    for row in rows:
        d.add("metarow", cells=row)
    if s.fmt != "html":
        d.add("pagebreak")
    _brief_intro(c)
    d.add("h1", "What the review found")
    for st in _sts(c, 3, ageless=True):
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    _num_recs(c)


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
# The age printed only in forms printed_only cannot see: in words, "a 22-month-old", "then 15", a bare number.
for _id in ("C543", "C544", "C545", "C546"):
    BUILDERS[_id] = _keeps_age(BUILDERS[_id])


def _keeps_authors(build):
    """C545: two reviewers printed with their roles between their names ("X, Independent Reviewer, and Y, ..."):
    the gold's author is the two names, "X and Y", which printed_only cannot find as printed."""

    def run(c: Ctx) -> None:
        build(c)
        c.doc.meta["author"] = c.authors

    run.__doc__ = build.__doc__
    return run


BUILDERS["C545"] = _keeps_authors(BUILDERS["C545"])
