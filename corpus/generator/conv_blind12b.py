"""Corpus generator: the twelfth blind held-out set, second half: conventions C259-C276 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. The set leans to the companion documents that carry a review's
lessons beyond its report (minutes of the executive that accepted it, an
action-plan update, a learning brief with an "At a glance" box, a partnership's
response to a joint inspection, a "Learning from reviews" web page, a training
handout, a one-minute guide, a poster, a letter of thanks to practitioners, a
single agency's summary of its own learning) and to the ways documents print
their metadata (a suggested citation, a document-control block, a running
header with the date, a combined "tri-borough" partnership, metadata only in
the first paragraph, the author only in the acknowledgements, the child's age
at the incident beside the age now, the age in words in the title, dates as
"21/06/22", "21.06.22", "June '19" and "Spring 2021").

Each builder declares every lesson as a careful reader of that document would
record it (kind, printed label, heading where there is one, agency where the
document gives one) and the metadata the document itself prints. The set uses
only element kinds the earlier writers already draw, so no writer is changed.
The bank-text filters that keep a text from contradicting the child's age or
pronouns are conv_common's (imported, not copied).
"""

from __future__ import annotations

import re

from . import narrative
from .conv_common import GP_AGENCIES, headed_learning, keeps_age
from .conv_common import child_sex as _sex
from .conv_common import draw_fitting_gps as _gps11
from .conv_common import draw_fitting_statements as _sts11
from .conv_common import draw_recs as _recs
from .conv_common import fits_child as _fits
from .conv_common import long_date as _long
from .conv_common import named as _named
from .conv_common import numbered_recs as _numbered_recs
from .conv_common import other_person as _other_person
from .conv_common import printed_only as _printed_only
from .conv_common import published_to_day as _to_day
from .conv_common import service_of as _service
from .conv_common import shift as _shift
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import MONTHS, TYPE_NAMES, Ctx
from .conv_table import CHILDREN

COLUMN_WIDTHS.update(
    {
        "b12blog": ((0.55, 0.25, 0.2), False),
        "b12bact": ((0.16, 0.34, 0.14, 0.12, 0.24), False),
    }
)
SEASONS = ("Winter", "Winter", "Spring", "Spring", "Spring", "Summer", "Summer", "Summer", "Autumn", "Autumn",
           "Autumn", "Winter")  # fmt: skip
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen")  # fmt: skip
ACTIONS = (
    "Revise the multi-agency procedure and publish it on the partnership website.",
    "Deliver a briefing to all front-line teams and record attendance.",
    "Audit a sample of cases six months after the change and report the findings to the Executive.",
    "Add a prompt to the case recording system and check its use in supervision.",
)
EVIDENCE = (
    "Procedure published; audit of 20 cases shows it is followed in 17.",
    "Briefing delivered to 214 practitioners; evaluation forms held by the business unit.",
    "Audit scheduled for the next quarter.",
    "System change made; supervision audit under way.",
)
STATUS = ("Complete", "Complete", "Not yet due", "On track")
RESPONSES = (
    "A revised procedure was agreed by the safeguarding partners and is being audited.",
    "Training has been delivered to every front-line team, and the partnership will test its impact in a "
    "multi-agency audit.",
    "A task and finish group has been set up and reports to the Executive every quarter.",
)
TOPICS = {
    "NAI": "children under two at risk of physical harm",
    "SUDI": "babies at risk of sudden unexpected death",
    "NEGLECT": "children living with neglect",
    "DA": "children living with domestic abuse",
    "CCE": "children at risk of criminal exploitation",
    "PARENTAL": "children whose parents have mental ill-health",
    "CSE": "children at risk of sexual exploitation",
}


# What a baby or a toddler cannot do: a text that says it is used only for an older child.
_SPEAKS = re.compile(
    r"\b(own words|wishes and feelings|seen alone|told|disclos\w*|(his|her) words|asked the child)\b", re.I
)


def _speaks(c: Ctx, text: str) -> bool:
    age = c.spec.age
    return bool(_SPEAKS.search(text)) and not (age.endswith("years") and int(age.split()[0]) >= 3)


def _sts(c: Ctx, n: int) -> list:
    """n statements that fit the child (set 11's filter, and nothing a baby could not have said)."""
    out = []
    while len(out) < n:
        drawn = _sts11(c, 1)
        if not drawn:
            break
        out += [st for st in drawn if not _speaks(c, f"{st.title} {st.body}")]
    return out


def _gps(c: Ctx, n: int) -> list:
    out = []
    while len(out) < n:
        drawn = _gps11(c, 1)
        if not drawn:
            break
        out += [g for g in drawn if not _speaks(c, g.text)]
    return out


def _short(c: Ctx) -> str:
    return "LCSPR" if c.spec.review_type == "LCSPR" else "SCR"


def _dmy(date: str, sep: str = "/") -> str:
    """ "21/06/22" (or "21.06.22")."""
    return sep.join((date[8:10], date[5:7], date[2:4]))


def _chronology(c: Ctx, n: int = 2) -> None:
    """n chronology paragraphs that fit the child's age (no school for a baby)."""
    older = c.spec.age.endswith("years") and int(c.spec.age.split()[0]) >= 5
    pool = [
        t
        for t in narrative.CHRONOLOGY
        if _fits(c, c.fill(t)) and not (older and re.search(r"health visitor|developmental review", t))
    ]
    c.narrative(pool, n)


def _front(c: Ctx, method: int = 0, intro: bool = True) -> None:
    """Introduction, methodology (METHOD[method]), background and chronology that fit the child."""
    d = c.doc
    if intro:
        d.add("h1", "Introduction")
        d.add("p", c.fill(narrative.INTRO[1]))
        d.add("p", c.fill(narrative.INTRO[3]))
    d.add("h1", "Methodology")
    d.add("p", c.fill(narrative.METHOD[method]))
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    _chronology(c)


def _nochild(c: Ctx, entries: list, text=lambda e: e.body) -> list:
    """Bank texts that do not name the review's child (for documents about no one child)."""
    child = c.spec.child
    return [e for e in entries if not child or child not in text(e)]


def _findings(c: Ctx, n: int = 3) -> None:
    c.doc.add("h1", "Findings")
    for i, st in enumerate(_sts(c, n), 1):
        c.headed_finding(st, f"Finding {i}")


def _plain_learning(c: Ctx, n: int = 3, heading: str = "Learning") -> None:
    headed_learning(c, _sts(c, n), heading)


def _age_words(age: str) -> tuple[str, str]:
    """ "4 years" -> ("four years", "four-year-old"); "7 months" -> ("seven months", "seven-month-old")."""
    n, unit = age.split()
    word = NUMBER_WORDS[int(n) - 1]
    return f"{word} {unit}", f"{word}-{unit.rstrip('s')}-old"


# --- the conventions --------------------------------------------------------------------------


def c259(c: Ctx) -> None:  # minutes of the executive that accepted the review's recommendations
    d, s = c.doc, c.spec
    pub = _to_day(c)
    lcspr = s.review_type == "LCSPR"
    title = f"Minutes of the {c.partnership} Executive Group" if lcspr else f"Minutes of the {c.partnership}"
    d.meta.update(title=title, review_type="other", author="")
    d.header = "Minutes: not protectively marked"
    d.add("cover", c.partnership)
    d.add("title", title)
    where = "held by video call" if s.published[:4] in ("2020", "2021") else "held at the Civic Centre"
    d.add("cover", f"Meeting {where} on {_long(pub)}")
    d.add("h1", "Present")
    for k, role in ((1, "Chair"), (2, "Director of Children's Services"), (6, "Detective Superintendent"),
                    (8, "Designated Nurse"), (10, "Partnership Business Manager (minutes)")):  # fmt: skip
        d.add("bullet", f"{_other_person(c, k)}, {role}")
    d.add("h1", "1. Welcome and apologies")
    d.add("p", "The Chair welcomed members. Apologies were received from the Head of Education Safeguarding.")
    d.add("h1", "2. Minutes of the previous meeting")
    d.add("p", "The minutes of the previous meeting were agreed as an accurate record. All actions are complete.")
    d.add("h1", f"3. {_short(c)} {s.child}: final report")
    d.add(
        "p",
        f"The independent reviewer presented the final report of the review into the circumstances of {s.child}. "
        "Members thanked the practitioners who had taken part and discussed the report's conclusions.",
    )
    d.add("p", "The review's findings were noted:")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("p", f"RESOLVED: the {'Group' if lcspr else 'Board'} accepted the following recommendations in full:")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("p", "The report will be published on the partnership website once the family has been informed.")
    d.add("h1", "4. Any other business")
    d.add("p", "None. The next meeting will be held in three months' time.")
    d.add("h1", "Action log")
    d.add("header", cells=("Action", "Owner", "By"), label="b12blog")
    d.add("row", cells=("Agree the action plan for the review's recommendations", "Business Manager",
                        _long(_shift(pub, -1))), label="b12blog")  # fmt: skip
    d.add("row", cells=("Send the published report to the Panel and Ofsted", "Chair", _long(_shift(pub, -2))),
          label="b12blog")  # fmt: skip


def c260(c: Ctx) -> None:  # an action-plan update: "Recommendation N" headings over Lead / Action / ... rows
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = f"{_short(c)} {s.child}: action plan update"
    d.meta.update(title=title, review_type="other", author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Position as at {_dmy(pub)}")
    d.add("cover", "Prepared by the partnership business unit for the Executive")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Purpose")
    d.add(
        "p",
        f"This update reports progress on the actions agreed in response to the review of {s.child}. Status is "
        "shown as Complete, On track or Delayed; evidence is held by the business unit.",
    )
    d.add("h1", "Progress by recommendation")
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes, r.agency)
        d.add("h2", f"Recommendation {j}", key)
        d.add("p", r.text, key)
        d.add("header", cells=("Lead", "Action", "Target date", "Status", "Evidence"), label="b12bact")
        for k in (0, 1):
            m = (j + k + len(s.name)) % 4
            d.add("row", cells=(r.agency, ACTIONS[m], _dmy(_shift(pub, -3 - 3 * k)), STATUS[m], EVIDENCE[m]),
                  label="b12bact")  # fmt: skip


def c261(c: Ctx) -> None:  # a learning brief opening with an "At a glance" box: the metadata in it ("Spring 2021")
    d, s = c.doc, c.spec
    year = s.published[:4]
    season = SEASONS[int(s.published[5:7]) - 1] if len(s.published) >= 7 else "Autumn"
    title = f"Learning brief: {s.child}"
    d.meta.update(title=title, review_type="briefing", published=year)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add(
        "box",
        f"Child: {s.child}. Age: {s.age}. Review: {TYPE_NAMES[s.review_type]}. Independent reviewer: {s.author}. "
        f"Published: {season} {year}.",
        label="At a glance",
    )
    d.add("h1", "What happened")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "Key learning")
    for i, st in enumerate(_sts(c, 4), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "What the review recommends")
    for r in _recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "Find out more")
    d.add("p", f"The full report is on the {c.partnership} website, with a 7-minute briefing for team meetings.")


def c262(c: Ctx) -> None:  # no date or author on the cover: a suggested citation on the inside cover gives both
    d, s = c.doc, c.spec
    year = s.published[:4]
    d.meta["published"] = year
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", "Final report")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("small", f"Suggested citation: {s.author} ({year}) {d.meta['title']}. {s.area}: {c.partnership}.")
    d.add("small", f"© {c.partnership}. This report may be reproduced for training purposes with acknowledgement.")
    if s.fmt != "html":
        d.add("pagebreak")
    _front(c, method=0)
    _findings(c)
    _numbered_recs(c)


def c263(c: Ctx) -> None:  # the partnership's response to a joint inspection: strengths and areas for improvement
    d, s = c.doc, c.spec
    year = int(s.published[:4])
    topic = TOPICS[s.scenario]
    jtai = year >= 2016
    inspection = "joint targeted area inspection" if jtai else "inspection of services for children in need of help"
    title = f"Our response to the {inspection} in {s.area}"
    d.meta.update(title=title, review_type="other", child="", child_age="", author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "About the inspection")
    who = "Ofsted, the Care Quality Commission, HMI Constabulary and HMI Probation" if jtai else "Ofsted"
    d.add(
        "p",
        f"{who} inspected the multi-agency response to {topic} in {s.area}. The inspectors' letter set out "
        "what is working well and the areas for improvement. This document repeats their findings and sets "
        "out what the safeguarding partners are doing in response.",
    )
    d.add("h1", "What the inspectors found was working well")
    for g in _nochild(c, _gps(c, 4), lambda g: g.text)[:3]:
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Areas for improvement")
    for i, st in enumerate(_nochild(c, _sts(c, 5))[:3], 1):
        d.add("num", st.body, d.lesson("finding", str(i), st.body, st.themes), label=f"{i}.")
        d.add("runin", RESPONSES[(i + len(s.name)) % 3], label="Our response:")
    d.add("h1", "Next steps")
    d.add("p", "The partnership will report progress to the Executive every quarter and publish an update.")


def c264(c: Ctx) -> None:  # a closing document-control block of run-in lines: "Date: 21/06/22" is the publication
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", "Final report")
    if s.fmt != "html":
        d.add("pagebreak")
    _front(c, method=0)
    _plain_learning(c)
    _numbered_recs(c)
    d.add("h1", "Document control")
    d.add("runin", "1.0 (final, for publication)", label="Version:")
    d.add("runin", _dmy(pub), label="Date:")
    d.add("runin", s.author, label="Author:")
    d.add("runin", f"{c.partnership} Executive, {_dmy(_shift(pub, 1))}", label="Approved by:")
    d.add("runin", _dmy(_shift(pub, -12)), label="Next review:")


def c265(c: Ctx) -> None:  # a combined "tri-borough" partnership: the area is the borough the child lived in
    d, s = c.doc, c.spec
    lcspr = s.review_type == "LCSPR"
    area = "Kensington and Chelsea"
    if lcspr:
        partnership = "Bi-borough Safeguarding Children Partnership (Kensington and Chelsea and Westminster)"
        nick, boroughs = "the bi-borough", "the Royal Borough of Kensington and Chelsea and Westminster City Council"
    else:
        partnership = "Tri-borough Local Safeguarding Children Board"
        nick = "the tri-borough"
        boroughs = "Hammersmith and Fulham, the Royal Borough of Kensington and Chelsea and Westminster City Council"
    c.words.update(partnership=f"The {partnership.split(' (')[0]}", area=area)
    d.meta.update(area=area, region="London")
    d.add("cover", partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add(
        "p",
        f"The {partnership.split(' (')[0]} covers {boroughs}, which share children's services. {s.child} and "
        f"the family lived in Kensington and Chelsea. In this report {nick} means the partnership's area.",
    )
    d.add("p", c.fill(narrative.INTRO[1]))
    _front(c, method=0, intro=False)
    _findings(c)
    _numbered_recs(c, 3, f"Recommendations for {nick}")


def c266(c: Ctx) -> None:  # a briefing whose metadata is only in its first paragraph, the date as "June '19"
    d, s = c.doc, c.spec
    pub = _to_day(c)
    month = f"{pub[:4]}-{pub[5:7]}"
    # The title as printed, prefix and all (corpus/README.md; corrected from the child alone once set 22
    # showed the corpus recording briefings' titles both ways).
    d.meta.update(title=f"Practice briefing: {s.child}", review_type="briefing", published=month)
    d.add("title", d.meta["title"])
    d.add(
        "p",
        f"This briefing was issued by the {c.partnership} in {MONTHS[int(pub[5:7]) - 1]} '{pub[2:4]}. It "
        f"summarises the {TYPE_NAMES[s.review_type]} about {s.child}, who was {s.age} old, written by the "
        f"independent reviewer {s.author}.",
    )
    d.add("h1", "Why this matters")
    d.add("p", c.fill(narrative.BRIEFING_WHY[len(s.name) % len(narrative.BRIEFING_WHY)]))
    d.add("h1", "What we learned")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "What good practice looked like")
    for g in _gps(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Recommendations")
    for r in _recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c267(c: Ctx) -> None:  # a "Learning from reviews" web page: several reviews, each with its own learning
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = "Learning from local case reviews"
    d.meta.update(title=title, review_type="other", child="", child_age="", author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Published: {_long(pub)}")
    d.add(
        "p",
        f"This page brings together the learning from reviews the {c.partnership} has published. Each review "
        "has its own summary; the full reports are on the reviews page.",
    )
    sts = _nochild(c, _sts(c, 9))
    first = CHILDREN.index(s.child) if s.child in CHILDREN else len(s.name)
    others = [n for n in (CHILDREN[(first + k) % len(CHILDREN)] for k in (5, 11, 19)) if n != s.child]
    for k, (other, part) in enumerate(zip(others, (sts[0:2], sts[2:4], sts[4:6]))):
        when = _shift(pub, 6 + 7 * k)
        kind = "Serious Case Review" if when[:4] < "2019" else "Local Child Safeguarding Practice Review"
        d.add("h2", f"{kind}: {other}")
        d.add("runin", f"{MONTHS[int(when[5:7]) - 1]} {when[:4]}", label="Published:")
        d.add("p", "What we learned:")
        for st in part:
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
        d.add("runin", RESPONSES[(k + len(s.name)) % 3], label="What has changed:")
    d.add("small", "If you have a question about a review, contact the partnership business unit.")


def c268(c: Ctx) -> None:  # a training handout: learning under plain headings, each with a "Trainer's note:"
    d, s = c.doc, c.spec
    title = f"Training handout: learning from the review of {s.child}"
    d.meta.update(title=title, review_type="briefing", child_age="")
    d.header = "Multi-agency training"
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Session designed with the independent reviewer, {s.author}")
    d.add("cover", f"Handout date: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Session aims")
    for aim in ("To understand what happened and why.", "To consider what the learning means for your practice.",
                "To agree one change you will make."):  # fmt: skip
        d.add("bullet", aim)
    d.add("h1", "The learning")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
        d.add("runin", "Ask the group for an example from their own work, and allow ten minutes.",
              label="Trainer's note:")  # fmt: skip
    d.add("box", "In pairs, list the agencies that knew something about the family, and what each knew.",
          label="Exercise")  # fmt: skip
    d.add("h1", "What the review recommended")
    for r in _recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "Further reading")
    d.add("bullet", "Working Together to Safeguard Children")
    d.add("bullet", "The partnership's multi-agency procedures")


def c269(c: Ctx) -> None:  # the author named only in the acknowledgements ("The author, X, would like to thank")
    d, s = c.doc, c.spec
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Acknowledgements")
    d.add(
        "p",
        f"The author, {s.author}, would like to thank the practitioners and managers who gave their time to the "
        f"review, and {s.child}'s family, who shared their memories.",
    )
    _front(c, method=3)
    _plain_learning(c, 3, "Learning")
    d.add("h1", "Good practice")
    for g in _gps(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    _numbered_recs(c)


def c270(c: Ctx) -> None:  # the child's age at the incident beside the age now ("and is now 7 years old")
    d, s = c.doc, c.spec
    n, unit = s.age.split()
    now = int(n) + 3 if unit == "years" else 2 + int(n) // 12
    c.cover("reviewer")
    d.add("h1", f"About {s.child}")
    pron = "He" if _sex(c) == "m" else "She"
    d.add(
        "p",
        f"{s.child} was {s.age} old at the time of the incident and is now {now} years old. {pron} lives with "
        "relatives and is doing well. The family asked that this be said at the start of the report.",
    )
    _front(c, method=0)
    _findings(c)
    c.rec_table("Recommendations", _recs(c, 3))


def c271(c: Ctx) -> None:  # no date on the cover: the running header "SCR Child X | FINAL v1.0 | 21.06.22"
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.header = f"{_short(c)} {s.child} | FINAL v1.0 | {_dmy(pub, '.')}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewer: {s.author}")
    if s.fmt != "html":
        d.add("pagebreak")
    _front(c, method=0)
    _plain_learning(c, 3, "Learning")
    _numbered_recs(c)


def c272(c: Ctx) -> None:  # a one-minute guide: question headings, findings and "What do I need to know?" learning
    d, s = c.doc, c.spec
    title = f"One-minute guide: {s.child}"
    d.meta.update(title=title, review_type="briefing")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("p", f"Issued: {c.printed_date()}")
    d.add("h1", "What happened?")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "What did the review find?")
    for st in _sts(c, 2):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("h1", "What do I need to know?")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Where can I find out more?")
    d.add("p", f"Read the full report on the {c.partnership} website, or ask your safeguarding lead.")


def c273(c: Ctx) -> None:  # a letter of thanks to practitioners listing good practice; the signatory is the author
    d, s = c.doc, c.spec
    pub = _to_day(c)
    signer = _other_person(c, 5)
    lcspr = s.review_type == "LCSPR"
    title = f"Thank you for your work with {s.child}"
    d.meta.update(title=title, review_type="other", author=signer, child_age="")
    d.add("cover", c.partnership)
    d.add("cover", "Partnership Business Unit, Town Hall")
    d.add("cover", _long(pub))
    d.add("p", "Dear colleagues,")
    d.add("title", title)
    d.add(
        "p",
        f"The {TYPE_NAMES[s.review_type]} about {s.child}, led by the independent reviewer {s.author}, has now been "
        f"published. Reviews often dwell on what went wrong. I want to thank you for the practice the reviewer "
        "found that made a real difference:",
    )
    for g in _gps(c, 3):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("p", "Please share this letter with your teams. Practice like this is what keeps children safe.")
    d.add("p", "Yours sincerely,")
    d.add("p", signer)
    d.add("p", "Independent Scrutineer" if lcspr else "Independent Chair of the Board")


def c274(c: Ctx) -> None:  # a one-page poster: each learning point a box headed by its title
    d, s = c.doc, c.spec
    title = f"{s.child}: what we learned"
    d.meta.update(title=title, review_type="briefing", child_age="", author="")
    d.add("title", title)
    d.add("cover", c.partnership)
    for st in _sts(c, 4):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("box", st.body, key, label=st.title)
    d.add("small", f"Published {c.printed_date()}. The full report and a 7-minute briefing are on our website.")


def c275(c: Ctx) -> None:  # the child's age only in words in the title ("Child X, a four-year-old boy")
    d, s = c.doc, c.spec
    words, adjective = _age_words(s.age)
    noun = "baby" if not s.age.endswith("years") else ("boy" if _sex(c) == "m" else "girl")
    article = "an" if adjective[0] in "ae" else "a"
    d.meta["title"] = f"{TYPE_NAMES[s.review_type]}: {s.child}, {article} {adjective} {noun}"
    c.words["age"] = words
    c.cover("reviewer")
    _front(c, method=0)
    _findings(c)
    _numbered_recs(c)


def c276(c: Ctx) -> None:  # one agency's summary of its own learning: strengths, areas for development, actions
    d, s = c.doc, c.spec
    sts, gps, recs = _sts(c, 20), _gps(c, 10), _recs(c, 14)
    # the agency whose own practice most of the drawn texts speak of; only its texts are its learning
    names = [_service(t) for t in [st.body for st in sts] + [g.text for g in gps]]
    agency = max((n for n in names if n != "Multi-agency working"), key=names.count, default="Police")
    pattern = next(p for p, name in GP_AGENCIES if name == agency)
    sts = [st for st in sts if _service(st.body) == agency][:3]
    gps = [g for g in gps if _service(g.text) == agency][:2]
    recs = [r for r in recs if re.search(pattern, r.text, re.I)][:2]
    title = f"{agency}: summary of single-agency learning from the review of {s.child}"
    d.meta.update(title=title, review_type="other", author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add(
        "p",
        f"Each agency that knew {s.child} reviewed its own involvement for the {TYPE_NAMES[s.review_type]}. "
        "This is the summary of one agency's report, agreed by its safeguarding lead.",
    )
    d.add("h1", "Involvement with the family")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    _chronology(c, 1)
    if gps:
        d.add("h1", "Strengths")
        for g in gps:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes, agency))
    d.add("h1", "Areas for development")
    for st in sts:
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes, agency))
    if recs:
        d.add("h1", "Single-agency recommendations")
        for j, r in enumerate(recs, 1):
            d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes, agency), label=f"{j}.")


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
BUILDERS["C275"] = keeps_age(BUILDERS["C275"])  # printed only in words ("a four-year-old boy")
