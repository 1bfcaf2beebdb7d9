"""Corpus generator: the twenty-second blind held-out set, first half: C601-C618 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to the voice and audience of the lessons:
the same learning written for children, young people and families in plain words; learning addressed to the
practitioner as "you"; the partnership's own first person ("We have learned that ...", "We will ..."); briefing
packs with a page for each profession; "Remember" and "Ask yourself" prompts beside the learning; the family's and
the young person's words quoted as the reason for a lesson; promises and pledges in the first person. A smaller
part leans to the metadata such versions print: a child called by a first name in the family's version and by a
pseudonym in the report, ages as a school year, a review titled by its theme, authors printed as a team.

Each builder declares every lesson as a careful reader of that document would record it: kind, printed label,
heading (title) where a heading names the lesson, agency where the document gives one, and only the metadata the
document prints. Prompts, questions, quotations, replies and helplines are never lessons. A lesson's text is as
printed, its first-person or second-person lead-in included. The set uses only element kinds the earlier writers
already draw, so no writer is changed and documents of earlier sets come out as before. Bank texts are drawn
through set 19's filters (conv_blind19a).
"""

from __future__ import annotations

import re

from . import narrative
from .bank_types import Recommendation, Statement
from .conv_blind18b import _finding, _harm, _of_its_time, _p, _pron, _runin
from .conv_blind19a import _cap, _gps, _recs, _sts, _type_name
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx

FIRST = {"he": ("Jayden", "Kai", "Leo", "Mason"), "she": ("Amber", "Tia", "Maisie", "Leah")}
TEAMS = ("Learning and Improvement Subgroup", "Safeguarding Partnership Business Unit", "Practice Review Group")
_LOWER = {"the", "there", "practitioners", "professionals", "agencies", "staff", "a", "an", "when", "where",
          "although", "information", "no", "this", "it", "several", "many", "all", "workers", "services",
          "records", "opportunities", "assessments", "while", "in", "on", "at", "for", "neither", "not", "few",
          "some", "each", "both", "most", "none", "during", "after", "before", "because", "until", "health",
          "children's", "multi-agency", "partner", "professional", "concerns", "decisions", "every", "police",
          "over", "domestic"}  # fmt: skip
_SUBJECT = re.compile(r"^(.{3,80}?) (?:should|must) (.+)$")
_PROPER = ("Cafcass", "Ofsted", "Barnardo's", "Childline")
HALF = "b22half"  # a two-column table of equal halves (the default two-column widths are a narrow label column)
COLUMN_WIDTHS[HALF] = ((0.5, 0.5), False)
_SELF = ("the partnership", "the safeguarding partners", "the lscb", "the board", "the local safeguarding")


def _us(c: Ctx) -> str:
    """How the document names its own body: an LSCB-era document says "the LSCB", never "the partnership"."""
    return "the LSCB" if "Board" in c.partnership and "Partnership" not in c.partnership else "the partnership"


def _whom(who: str) -> str:
    """The subject as the object of "ask": lower-cased unless it opens with an acronym or a proper name."""
    low = _lc(who)
    if low:
        return low
    word = who.split(" ", 1)[0]
    if word[1:].islower() and word not in _PROPER:
        return word[0].lower() + who[1:]
    return who


def _first(c: Ctx) -> str:
    names = FIRST[_pron(c)[0]]
    return names[len(c.spec.name) % len(names)]


def _lc(text: str) -> str | None:
    """The text to follow "that": its first word lower-cased, or None when it opens with a name."""
    word = text.split(" ", 1)[0]
    if word.lower() in _LOWER:
        return word.lower() + text[len(word) :]
    return None


def _we_learned(text: str) -> str:
    low = _lc(text)
    return f"We have learned that {low}" if low else f"We have learned this: {text}"


def _we_will(r: Recommendation) -> str:
    """A recommendation in the partnership's own voice."""
    m = _SUBJECT.match(r.text)
    if not m:
        return f"We will make sure that {r.text[0].lower()}{r.text[1:]}" if _lc(r.text) else f"We will act: {r.text}"
    who, rest = m.group(1), m.group(2)
    if who.lower().startswith(_SELF):
        return f"We will {rest}"
    if rest.startswith("not "):
        return f"We will ask {_whom(who)} not to {rest[4:]}"
    return f"We will ask {_whom(who)} to {rest}"


def _years(age: str) -> int | None:
    n, unit = age.split(" ", 1)
    return int(n) if unit.startswith("year") else None


def _school_year(c: Ctx) -> str:
    """ "in Year 9" for a child of school age (the year the child was in); the age as printed otherwise."""
    y = _years(c.spec.age)
    if y is None or y < 5:
        return f"{c.spec.age} old"
    return "in Reception" if y == 5 else f"in Year {y - 5}"


def _cover(c: Ctx, *lines: str) -> None:
    d = c.doc
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    for line in lines:
        d.add("cover", line)
    if c.spec.fmt != "html":
        d.add("pagebreak")


def _numbered(c: Ctx, recs: list[Recommendation], heading: str = "Recommendations") -> None:
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def _intro(c: Ctx) -> None:
    d, s = c.doc, c.spec
    d.add("h1", "Introduction")
    d.add("p", f"This {_type_name(c)} was commissioned by the {c.partnership} after {s.child}, aged {s.age}, "
          f"{_harm(c)}.")  # fmt: skip
    d.add("p", c.fill(narrative.METHOD[0]))


QUOTES = (
    "Nobody asked me what it was like at home. They talked to my mum and then they left.",
    "I wanted someone to notice that I was not okay. I was tired all the time at school.",
    "Every time a new worker came I had to tell it all again, so in the end I stopped telling.",
    "They said I was making choices. I was fourteen. I did not feel like I had any choices.",
)
FAMILY_SAYS = (
    "We told lots of people we were struggling, but nobody seemed to put it all together.",
    "We did not know who to ring when things got worse. The number we had was for someone who had left.",
    "The meetings were full of words we did not understand, and we were too embarrassed to ask.",
)
ASK = (
    "Who have you spoken to about this child in the last month, and what did they know that you did not?",
    "When did you last see the child on their own, and what did they tell you?",
    "What would you do if a parent's explanation did not match what you saw?",
    "Who else lives in the home, or visits it, and what do you know about them?",
)
REMEMBER = (
    "Remember: a referral is not the end of your involvement.",
    "Remember: if you are worried, say so, and write down that you said so.",
    "Remember: you can always ask your safeguarding lead for advice.",
)
HELP = ("Childline: 0800 1111 (free, any time)", "Talk to a teacher, a school nurse or a youth worker you trust")


# --- the conventions ------------------------------------------------------------------------------


def c601(c: Ctx) -> None:  # a young people's version in the partnership's first person; the child by a first name
    d, s = c.doc, c.spec
    name, (pron, poss) = _first(c), _pron(c)
    title = f"What we learned from what happened to {name}: a version for children and young people"
    d.meta.update(title=title, review_type="briefing", child=name, author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Published {c.printed_date()}")
    d.add("cover", f"Written by {_us(c)} with its Young People's Safeguarding Forum")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Why we wrote this")
    d.add("p", f"When something very serious happens to a child, the people who were meant to keep them safe look "
          f"back to see what they could have done better. We did this for {name}. {name} is not {poss} real name. "
          f"In the full report {pron} is called {s.child}. {_cap(pron)} was {_school_year(c)} when this happened.")  # fmt: skip
    d.add("p", "The full report is long and written for adults who work with children. This is a shorter version, "
          "in plain words, because young people told us they wanted to know what we had learned.")  # fmt: skip
    d.add("h1", "What we have learned")
    for i, st in enumerate(_sts(c, 3), 1):
        text = _we_learned(st.body)
        d.add("num", text, d.lesson("learning_point", str(i), text, st.themes), label=f"{i}.")
    d.add("box", "It is never a child's fault when adults do not keep them safe.", label="Remember")
    d.add("h1", "What we will do")
    for r in _recs(c, 3):
        text = _we_will(r)
        d.add("bullet", text, d.lesson("recommendation", "", text, r.themes))
    d.add("h1", "If you need help")
    for line in HELP:
        d.add("bullet", line)


def c602(c: Ctx) -> None:  # the family's version: "You told us" quotes as the reason, "So we have learned"
    d, s = c.doc, c.spec
    name, poss = _first(c), _pron(c)[1]
    title = f"For {name}'s family: what the review found"
    d.meta.update(title=title, review_type="briefing", child=name, author=TEAMS[0])
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Written by: {TEAMS[0]}")
    d.add("cover", c.printed_date())
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "About this letter")
    d.add("p", f"Thank you for talking to us about {name}. In the published report {name} is called {s.child}, so "
          f"that nobody outside the family knows who {poss} story is about. This is what we learned, and why.")  # fmt: skip
    d.add("h1", "What you told us, and what we learned")
    for i, (quote, st) in enumerate(zip(FAMILY_SAYS, _sts(c, 3)), 1):
        d.add("h2", f"{i}. You told us")
        d.add("p", f"\u201c{quote}\u201d")
        text = _we_learned(st.body)
        d.add("runin", text, d.lesson("learning_point", "", text, st.themes), label="So we have learned:")
    d.add("h1", "What we will do")
    for r in _recs(c, 3):
        text = _we_will(r)
        d.add("bullet", text, d.lesson("recommendation", "", text, r.themes))
    d.add("p", f"If you would like to talk about this letter, please ring {_us(c)} office.")


def c603(c: Ctx) -> None:  # learning beside "Ask yourself" in a two-column table; practitioners as "you"
    d, s = c.doc, c.spec
    title = f"Learning from the {_type_name(c)} about {s.child}: a briefing for you and your team"
    d.meta.update(title=title, review_type="briefing")
    _cover(c, f"Published: {c.printed_date()}")
    d.add("h1", "Why you are reading this")
    d.add("p", f"{s.child} was {s.age} old when {_pron(c)[0]} {_harm(c)}. The review was carried out by "
          f"{s.author}. This briefing is for you: read it, then talk about it in your next team meeting.")  # fmt: skip
    d.add("h1", "The learning, and what to ask yourself")
    d.add("header", cells=("What the review learned", "Ask yourself"), label=HALF)
    for st, q in zip(_sts(c, 4), ASK):
        d.add("row", keys=d.lesson("learning_point", "", st.body, st.themes), cells=(st.body, q), label=HALF)
    _numbered(c, _recs(c, 2), f"What {_us(c)} has asked for")


PROFESSIONS = (
    ("GPs and practice nurses", "You can find your practice's safeguarding lead on the intranet."),
    ("teachers and school staff", "Talk to your designated safeguarding lead the same day."),
    ("police officers", "Record the children present at every domestic incident."),
    ("midwives and health visitors", "Share what you know before the baby is born."),
    ("housing officers", "A family moving in a hurry may be a family in trouble."),
)


def c604(c: Ctx) -> None:  # a briefing pack with a page for each profession, a "Remember" line on each
    d, s = c.doc, c.spec
    title = f"{s.child}: learning for every profession"
    d.meta.update(title=title, review_type="briefing")
    _cover(c, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}", "Briefing pack")
    d.add("h1", "How to use this pack")
    d.add("p", "The first page is for everyone. Then there is a page for each profession: find yours, read it with "
          "your team, and keep the \u201cRemember\u201d line somewhere you will see it.")  # fmt: skip
    d.add("h1", "For everyone: key learning")
    for i, st in enumerate(_sts(c, 2), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    for (who, remember), st in zip(PROFESSIONS, _sts(c, 5)):
        if s.fmt != "html":
            d.add("pagebreak")
        d.add("h1", f"For {who}")
        d.add("h2", "What the review means for you")
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
        d.add("box", remember, label="Remember")
    _numbered(c, _recs(c, 2), f"{_cap(_us(c))}'s recommendations")


def c605(c: Ctx) -> None:  # a report in the partnership's first person: "We have learned that", "We will" with a lead
    d, s = c.doc, c.spec
    _cover(c, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    d.add("h1", "Foreword from the Board" if _us(c) == "the LSCB" else "Foreword from the safeguarding partners")
    d.add("p", f"We asked {s.author} to review what happened to {s.child}. We accept the findings in full. In this "
          "report we say in our own words what we have learned and what we will do.")  # fmt: skip
    _intro(c)
    d.add("h1", "What we have learned")
    for i, st in enumerate(_sts(c, 3), 1):
        text = _we_learned(st.body)
        _runin(c, text, d.lesson("learning_point", f"Learning {i}", text, st.themes), f"Learning {i}.")
    d.add("h1", "What we will do")
    recs = [r for r in _recs(c, 6) if r.agency][:3] or _recs(c, 3)
    for j, r in enumerate(recs, 1):
        text = _we_will(r)
        d.add("num", text, d.lesson("recommendation", str(j), text, r.themes, r.agency), label=f"{j}.")
        if r.agency:
            d.add("small", f"Lead: {r.agency}")


def c606(c: Ctx) -> None:  # the young person's words in a box before each learning point, as its reason
    d, s = c.doc, c.spec
    _cover(c, f"Lead reviewer: {s.author}", f"Date of publication: {c.printed_date()}")
    _intro(c)
    y = _years(s.age)
    if y is not None and y >= 10:  # a young person old enough to speak to the reviewer in these words
        says, who, box = QUOTES, s.child, "In my words"
        d.add("p", f"{s.child} met the reviewer twice. {_cap(_pron(c)[1])} words are printed before the learning "
              "they led to, with permission.")  # fmt: skip
    else:  # a younger child: the family's words, never words put in the mouth of a baby or an infant
        says, who, box = FAMILY_SAYS, f"{s.child}'s family", "In their words"
        d.add("p", f"{s.child}'s family met the reviewer twice. Their words are printed before the learning they "
              "led to, with permission.")  # fmt: skip
    d.add("h1", "Learning")
    for i, (quote, st) in enumerate(zip(says, _sts(c, 3)), 1):
        d.add("box", f"\u201c{quote}\u201d \u2013 {who}", label=box)
        label = f"Learning {i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        _p(c, st.body, key)
    _numbered(c, _recs(c, 3))


def c607(c: Ctx) -> None:  # numbered key learning, each point followed by a "Remember" box
    d, s = c.doc, c.spec
    title = f"Key learning: {s.child}"
    d.meta.update(title=title, review_type="briefing")
    _cover(c, f"From the {_type_name(c)} by {s.author}", f"Published {c.printed_date()}")
    d.add("h1", "Key learning")
    for i, (st, rem) in enumerate(zip(_sts(c, 3), REMEMBER), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
        d.add("box", _cap(rem.split(": ", 1)[1]), label="Remember")
    d.add("h1", "Good practice")
    for g in _gps(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    _numbered(c, _recs(c, 2))


THEMES = ("Unseen and unheard", "Behind closed doors", "Too many new faces", "Nobody joined the dots")


def c608(c: Ctx) -> None:  # a review titled by its theme; the age as a school year; the author a team
    d, s = c.doc, c.spec
    theme = THEMES[len(s.name) % len(THEMES)]
    title = f"{theme}: a {_type_name(c)}"
    team = TEAMS[2]
    d.meta.update(title=title, author=team)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Author: {team}, {c.partnership}")
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "About this review")
    d.add("p", f"This review is about a child we call {s.child}, who was {_school_year(c)} when {_pron(c)[0]} "
          f"{_harm(c)}. We have called the review \u201c{theme}\u201d because that is how {s.child}'s family "
          "described what happened.")  # fmt: skip
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    _numbered(c, _recs(c, 3))


def c609(c: Ctx) -> None:  # "What this means for you" pages per agency: "You should" items under the agency
    d, s = c.doc, c.spec
    _cover(c, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _intro(c)
    d.add("h1", "Learning")
    for st in _sts(c, 2):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    d.add("h1", "What this means for you")
    d.add("p", "Each agency has agreed what its own staff will do. Find your agency below.")
    seen: list[str] = []
    for r in _recs(c, 10):
        if r.agency and r.agency not in seen and len(seen) < 3:
            seen.append(r.agency)
            d.add("h2", r.agency)
            d.add("p", "You should:")
            d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes, r.agency))


PROMISES_HEARD = (
    "Young people told the review that they want to be asked, not told.",
    "They said that workers change too often, and that it is hard to trust someone new.",
)


def c610(c: Ctx) -> None:  # the partnership's promises to children in the first person, each with its reply line
    d, s = c.doc, c.spec
    _cover(c, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    _intro(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 2), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "What children and young people told us")
    for line in PROMISES_HEARD:
        d.add("bullet", line)
    d.add("h1", "Our promises to children and young people")
    who = "the LSCB makes" if _us(c) == "the LSCB" else "the safeguarding partners make"
    d.add("p", f"In place of recommendations, {who} these promises.")
    for j, r in enumerate(_recs(c, 3), 1):
        text = _we_will(r)
        _runin(c, text, d.lesson("recommendation", f"Promise {j}", text, r.themes), f"Promise {j}:")


def c611(c: Ctx) -> None:  # a practitioner's pledge card: "As a practitioner, I will:" after the key learning
    d, s = c.doc, c.spec
    title = f"My pledge: learning from {s.child}"
    d.meta.update(title=title, review_type="briefing", author="")
    _cover(c, f"Published: {c.printed_date()}")
    d.add("h1", "What the review found")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("h1", "My pledge")
    d.add("p", "As a practitioner, I will:")
    for line in ("see the child on their own and write down what they say, in their words;",
                 "check what I am told with the other people who know the family;",
                 "ask my safeguarding lead for help when I am unsure, and escalate when I still am."):  # fmt: skip
        d.add("bullet", line)
    d.add("p", "Signed: ____________________  Date: __________")
    d.add("small", "Print this page and keep it where you work.")


PLAIN = (
    (("sudi", "safer_sleep"), "The advice on keeping a baby safe while sleeping was not given in a way that helped."),
    (("information_sharing", "coordination", "record"), "The people helping the family did not share what they knew."),
    (("voice",), "Nobody asked the child what life was like at home."),
    (("curiosity", "critical_thinking", "escalation"), "People did not ask enough questions, or say when they disagreed."),
    (("system_learning",), "The same problems have been found before and have still not been put right."),
    (("supervision", "workforce", "leadership"), "Staff did not get the support and time they needed to think about the child."),
    (("male_carers",), "Nobody found out enough about the men in the child's life."),
    (("neglect",), "Worries about the child's care were written down but not acted on."),
)  # fmt: skip


def _plain(c: Ctx, st: Statement) -> str:
    """The finding in plain words for families, by what it is about (never a second lesson)."""
    young = (_years(c.spec.age) or 0) < 5
    for theme in st.themes:
        for keys, text in PLAIN:
            if any(k in theme for k in keys):
                return (
                    "Nobody thought enough about what life was like for the baby."
                    if keys == ("voice",) and young
                    else text
                )
    return "Something went wrong here that should have gone better. The review explains why."


def c612(c: Ctx) -> None:  # each finding beside its plain-words version: the right column is never a second lesson
    d, s = c.doc, c.spec
    _cover(c, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _intro(c)
    d.add("h1", "Findings in plain words")
    d.add("p", "Each finding is printed as the reviewer wrote it, and beside it in plain words for families.")
    d.add("header", cells=("Finding", "In plain words"), label=HALF)
    for st in _sts(c, 3):
        d.add("row", keys=d.lesson("finding", "", st.body, st.themes), cells=(st.body, _plain(c, st)), label=HALF)
    _numbered(c, _recs(c, 3))


def c613(c: Ctx) -> None:  # a partnership's own findings in the first person: "We found that"; "What we are proud of"
    d, s = c.doc, c.spec
    _cover(c, f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _intro(c)
    d.add("h1", "What we are proud of")
    for g in _gps(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "What we found")
    for i, st in enumerate(_sts(c, 3), 1):
        low = _lc(st.body)
        body = f"We found that {low}" if low else st.body
        _finding(c, Statement(st.title, body, st.themes), f"Finding {i}")
    _numbered(c, _recs(c, 3), "What we will do next")


def c614(c: Ctx) -> None:  # the young advisers' recommendations, each followed by the partnership's reply
    d, s = c.doc, c.spec
    _cover(c, f"Lead reviewer: {s.author}", f"Published: {c.printed_date()}")
    _intro(c)
    d.add("h1", "Learning")
    for st in _sts(c, 2):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "What young people told the review")
    d.add("p", "The reviewer met six members of the Youth Safeguarding Board, who read the learning and made their "
          "own recommendations to the partnership.")  # fmt: skip
    d.add("box", f"\u201c{QUOTES[2]}\u201d", label="A young adviser")
    d.add("h1", "The young people's recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
        _runin(c, "We agree, and this is now part of our plan.", label="Our reply:")


def c615(c: Ctx) -> None:  # an officers' briefing: "Key point N." run-in learning, each followed by a "Remember:" line
    d, s = c.doc, c.spec
    title = f"Learning for police officers: {s.child}"
    d.meta.update(title=title, review_type="briefing", author="")
    _cover(c, f"Issued: {c.printed_date()}", f"Public Protection Unit and {_us(c)}")
    d.add("h1", "Why this matters to you")
    d.add("p", f"Officers attended the family home before {s.child} {_harm(c)}. This briefing sets out what the "
          "review means for you when you attend.")  # fmt: skip
    for i, (st, rem) in enumerate(zip(_sts(c, 3), REMEMBER), 1):
        _runin(c, st.body, d.lesson("learning_point", f"Key point {i}", st.body, st.themes), f"Key point {i}.")
        d.add("p", rem)
    d.add("h1", "Ask yourself")
    for q in ASK[2:]:
        d.add("bullet", q)


def c616(c: Ctx) -> None:  # a family's version: first name in the title, the report's pseudonym in a footnote
    d, s = c.doc, c.spec
    name = _first(c)
    title = f"{name}'s review: what went well and what should have been better"
    d.meta.update(title=title, review_type="briefing", child=name, author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"{c.printed_date()} \u2013 written by {_us(c)} for {name}'s family")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("p", f"This is about {name}\u00b9, who was {_school_year(c)} when {_pron(c)[0]} {_harm(c)}.")
    d.add("small", f"\u00b9 In the full report, {name} is called {s.child}.")
    d.add("h1", "What went well")
    for g in _gps(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "What should have been better")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("h1", "What happens now")
    for r in _recs(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c617(c: Ctx) -> None:  # a web page for housing officers: "When you" learning and "Ask yourself" after each
    d, s = c.doc, c.spec
    title = f"Learning for housing and homelessness officers from the review about {s.child}"
    d.meta.update(title=title, review_type="briefing", author="")
    if s.fmt != "html":  # a web page's own breadcrumb: the HTML copy's site header already prints one
        d.add("small", "Home > Professionals > Learning from reviews")
    d.add("title", title)
    d.add("small", f"Last updated: {c.printed_date()}")
    d.add("p", f"The {c.partnership} wrote this page with the council's housing team. The family of {s.child} "
          "moved three times in the year before the review, and housing officers knew them at each move.")  # fmt: skip
    d.add("h1", "What the review means for you")
    for st, q in zip(_sts(c, 3), ASK):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
        d.add("runin", q, label="Ask yourself:")
    d.add("h1", "The review's recommendations")
    for r in _recs(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c618(c: Ctx) -> None:  # the chair's letter to practitioners in the first person: "three things to remember"
    d, s = c.doc, c.spec
    title = f"A letter to practitioners about the review of {s.child}"
    d.meta.update(title=title, review_type="briefing")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", c.printed_date())
    d.add("p", "Dear colleague,")
    d.add("p", f"Today we publish the {_type_name(c)} about {s.child}, who was {s.age} old when {_pron(c)[0]} "
          f"{_harm(c)}. I chaired the review panel, and I am writing to you because the learning is about the "
          "everyday work that you do.")  # fmt: skip
    d.add("p", "I want you to remember three things:")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("p", f"{_cap(_us(c))} has accepted the review's recommendations, and I will write again to tell you how we "
          "are getting on with them. Thank you for all that you do.")  # fmt: skip
    d.add("p", "Yours sincerely,")
    d.add("p", f"{s.author}, Independent Chair of the review panel")


BUILDERS = {
    f"C{name[1:]}": _printed_only(_named(_of_its_time(fn)))
    for name, fn in globals().copy().items()
    if re.fullmatch(r"c6(0[1-9]|1[0-8])", name)
}
