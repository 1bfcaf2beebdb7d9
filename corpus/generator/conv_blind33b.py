"""Corpus generator: the thirty-third blind held-out set, second half: conventions C1015-C1032 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to reviews of more than one child and to the
newest forms: thematic reviews drawing on several rapid reviews, sibling reviews and reviews of two unrelated babies,
joint reviews with a Domestic Homicide Review or a Safeguarding Adults Review, the Panel's national reviews, a
partnership's non-statutory learning review and a rapid review summary, a review across the partnerships of one
police force area, and reviews written under Working Together 2023 (Lead Safeguarding Partners, "learning for
national bodies"). Their lessons are printed as such reviews print them: themes each with learning and
recommendations numbered per theme, cross-cutting findings, recommendations for each agency or national body.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where one names the lesson alone, agency where the document prints an addressee apart from the sentence) and
the metadata the document prints. Bank texts are drawn through set 32's second half's filters (conv_blind32b: no
other child's name where the document names several children or none, nothing the document's date could not print,
no newborn's text for a toddler, no one partnership's area in a national review or a review across several
partnerships). Only the earlier writers' element kinds are used.
"""

from __future__ import annotations

import re

from .conv_blind18b import _finding, _of_its_time, _p, _runin
from .conv_blind19b import _break
from .conv_blind26a import NATIONAL
from .conv_blind32b import _declare, _gps, _month, _printed_only, _rcs, _set, _sts
from .conv_common import case_events as _events
from .conv_common import child_sex as _sex
from .conv_common import long_date as _long
from .conv_common import named as _named
from .conv_common import published_to_day as _to_day
from .conv_common import shift as _shift
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import Ctx

COLUMN_WIDTHS["for33b"] = ((0.08, 0.64, 0.28), False)  # No. / Recommendation / For
COLUMN_WIDTHS["rr33b"] = ((0.16, 0.22, 0.18, 0.44), False)  # Rapid review / Month / Age / Circumstances

# --- pieces the builders share -------------------------------------------------------------------------------------


def _several(c: Ctx, child: str = "", age: str = "") -> None:
    """A review of several children or of none named: no bank text naming a child, the gold's child and age the
    ones the builder gives (the names as the title prints them; an age only where one age is printed for all)."""
    c.__dict__["nameless"] = True
    _set(c, child="")
    _declare(c, child=child, child_age=age)


def _cover(c: Ctx, title: str, *lines: str, first: str = "") -> None:
    d = c.doc
    d.meta["title"] = title
    d.add("cover", first or c.partnership)
    d.add("title", title)
    for line in lines:
        d.add("cover", line)
    _break(c)


def _numbered(c: Ctx, kind: str, items, label) -> None:
    d = c.doc
    for j, text, themes, agency in items:
        lab = label(j)
        d.add("num", text, d.lesson(kind, lab, text, themes, agency), label=lab if "." in lab else f"{lab}.")


def _grouped(c: Ctx, n: int) -> tuple[list, list]:
    """n statements split by what they are about: practice with the family first, then the multi-agency system
    (a text about agencies together, records or the organisation), so that each section's heading fits its texts;
    each part has one at least."""
    sts = _sts(c, n)
    system = [st for st in sts if any(t.startswith(("multi.", "org.", "review.")) for t in st.themes)]
    practice = [st for st in sts if st not in system]
    if not practice:
        practice, system = system[:1], system[1:]
    if not system:
        practice, system = practice[:-1], practice[-1:]
    return practice, system


def _pron(c: Ctx) -> tuple[str, str]:
    return ("he", "his") if _sex(c) == "m" else ("she", "her")


# --- the conventions ------------------------------------------------------------------------------------------------

_BABIES = {"Norfolk": "six", "Hampshire": "five"}


def c1015(c: Ctx) -> None:  # a thematic review of rapid reviews: "Theme N: title", recommendations "1.1" per theme
    d, s = c.doc, c.spec
    many = _BABIES[s.area]
    _several(c)
    pub = _to_day(c)
    title = f"Safeguarding babies under one: learning from {many} rapid reviews"
    _cover(c, title, "A thematic Local Child Safeguarding Practice Review", f"Independent reviewer: {s.author}",
           f"Published: {_long(pub)}")  # fmt: skip
    d.add("h1", "1. Why the partnership commissioned this review")
    count = 6 if many == "six" else 5
    # the range runs from the first rapid review's month to the last one's, the months the table prints
    d.add("p", f"Between {_month(_shift(pub, 30))} and {_month(_shift(pub, 30 - 4 * (count - 1)))} the safeguarding "
          f"partners held "
          f"{many} rapid reviews about babies under the age of one who had been seriously harmed. None of the "
          "babies was the subject of a local review on its own; the partners asked for one thematic review of the "
          "learning the rapid reviews share.")  # fmt: skip
    d.add("h1", "2. The babies")
    d.add("header", cells=("Rapid review", "Month of meeting", "Age of baby", "Circumstances"), label="rr33b")
    ages = ("7 weeks", "4 months", "10 months", "3 months", "6 weeks", "8 months")
    what = ("Skull fracture", "Bruising to the face", "Fractured femur", "Abdominal injury",
            "Bleeding on the brain", "Burns to the hand")  # fmt: skip
    for k in range(count):
        d.add("row", cells=(f"RR{k + 1}", _month(_shift(pub, 30 - 4 * k)), ages[k], what[k]), label="rr33b")
    d.add("p", "The circumstances and ages are given only to show the range of the rapid reviews; none of the "
          "babies is named in this report.")  # fmt: skip
    sts, rcs = _sts(c, 3), _rcs(c, 5)
    d.add("h1", "3. Themes, learning and recommendations")
    split = ((rcs[0], rcs[1]), (rcs[2],), (rcs[3], rcs[4]))
    for i, (st, recs) in enumerate(zip(sts, split), 1):
        key = d.lesson("learning_point", f"Theme {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Theme {i}: {st.title}", key)
        _p(c, st.body, key)
        d.add("h3", f"Recommendations for theme {i}")
        _numbered(c, "recommendation", [(j, r.text, r.themes, "") for j, r in enumerate(recs, 1)],
                  lambda j, i=i: f"{i}.{j}")  # fmt: skip
    d.add("h1", "4. Next steps")
    d.add("p", "The partners will report on the progress of each recommendation to the learning and improvement "
          "group within six months of publication.")  # fmt: skip


_SIBS = {
    "Bradford": (("Child A", "9 years"), ("Child B", "6 years"), ("Child C", "2 years")),
    "Leeds": (("Child D", "11 years"), ("Child E", "7 years"), ("Child F", "4 years")),
}


def c1016(c: Ctx) -> None:  # a sibling review "Children A, B and C": each child's age printed, the ages differ
    d, s = c.doc, c.spec
    kids = _SIBS[s.area]
    letters = [k[0].split()[1] for k in kids]
    child = f"Children {letters[0]}, {letters[1]} and {letters[2]}"
    _several(c, child)
    pub = _to_day(c)
    _cover(c, f"Local Child Safeguarding Practice Review: {child}", f"Independent reviewer: {s.author}",
           f"Date of publication: {_long(pub)}")  # fmt: skip
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns three brothers and sisters: {kids[0][0]}, aged {kids[0][1]}, {kids[1][0]}, "
          f"aged {kids[1][1]}, and {kids[2][0]}, aged {kids[2][1]}, at the time the children were removed from the "
          "family home under police protection.")  # fmt: skip
    d.add("p", "The children had been known to universal services all their lives, and to children's social care "
          "through several periods of child in need support.")  # fmt: skip
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        _runin(c, st.body, d.lesson("learning_point", f"Learning point {i}", st.body, st.themes),
               label=f"Learning point {i}:")  # fmt: skip
    d.add("h1", "Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"))
    for j, r in enumerate(_rcs(c, 3), 1):
        agency = r.agency or "Safeguarding partners"
        d.add("row", keys=d.lesson("recommendation", str(j), r.text, r.themes, agency), cells=(str(j), r.text, agency))


_DHR = {"Warrington": ("Warrington Community Safety Partnership", "Ms R", 31), "Sheffield": ("Sheffield Community "
        "Safety Partnership", "Ms K", 27)}  # fmt: skip


def c1017(c: Ctx) -> None:  # a joint LCSPR and DHR: cross-cutting findings, a No. / Recommendation / For table
    d, s = c.doc, c.spec
    csp, adult, years = _DHR[s.area]
    pub = _to_day(c)
    title = f"Joint Local Child Safeguarding Practice Review and Domestic Homicide Review: {s.child} and {adult}"
    _cover(c, title, f"Independent chair and author: {s.author}", f"Published: {_long(pub)}", first=f"{csp} and "
           f"{c.partnership}")  # fmt: skip
    d.add("h1", "1. Introduction")
    d.add("p", f"{adult}, aged {years}, was killed by her former partner in her home. Her child, {s.child}, who "
          f"was {s.age} old, was in the house at the time. The {csp} and the Lead Safeguarding Partners agreed to "
          "hold one review, meeting the requirements of the Domestic Homicide Review statutory guidance and of "
          "Working Together to Safeguard Children.")  # fmt: skip
    d.add("p", "The review's terms of reference and the practitioners' learning event were shared by both "
          "processes.")  # fmt: skip
    d.add("h1", "2. Background")
    for event in _events(c, 2):
        d.add("p", event)
    d.add("h1", "3. Cross-cutting findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Cross-cutting finding {i}")
    d.add("h1", "4. Recommendations")
    d.add("header", cells=("No.", "Recommendation", "For"), label="for33b")
    for j, r in enumerate(_rcs(c, 3), 1):  # a recommendation on domestic abuse is for both partnerships
        who = "Both partnerships" if "fam.domestic_abuse" in r.themes else "Lead Safeguarding Partners"
        key = d.lesson("recommendation", str(j), r.text, r.themes, who)
        d.add("row", keys=key, cells=(str(j), r.text, who), label="for33b")


_SAB = {"Wiltshire": "Wiltshire Safeguarding Adults Board", "Devon": "Devon Safeguarding Adults Board"}


def c1018(c: Ctx) -> None:  # a joint SAR and LCSPR: learning "1.1" under theme headings, recommendations "R1"
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.meta["published"] = pub[:7]
    title = f"Safeguarding Adults Review and Local Child Safeguarding Practice Review: {s.child}"
    _cover(c, title, _SAB[s.area], f"Lead reviewer: {s.author}", _month(pub))
    d.add("h1", "About this review")
    d.add("p", f"{s.child} was {s.age} old when {_pron(c)[0]} was admitted to hospital. {s.child}'s mother has a "
          "learning disability and had care and support needs under the Care Act 2014. The safeguarding partners "
          f"and the {_SAB[s.area]} agreed to hold a joint review.")  # fmt: skip
    d.add("h1", "Learning")
    practice, system = _grouped(c, 4)
    for t, (heading, pair) in enumerate((("1. Practice with the family", practice), ("2. How agencies worked "
                                                                                   "together", system)), 1):  # fmt: skip
        d.add("h2", heading)
        for j, st in enumerate(pair, 1):
            d.add("num", st.body, d.lesson("learning_point", f"{t}.{j}", st.body, st.themes), label=f"{t}.{j}")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_rcs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}")


_RESIDENTIAL = (
    (
        "Children who could not tell",
        "Most of the children did not use speech to communicate. Staff and visiting professionals did not learn how "
        "each child showed pain or distress, so changes in behaviour were put down to the child's disability rather "
        "than to what was happening to them.",
        ("vuln.disabled_children", "voice.voice_of_child", "harm.organisational_abuse"),
    ),
    (
        "Placed far from home and from view",
        "Children were placed up to 150 miles from home. Placing authorities relied on the provider's own reports, "
        "and social workers' statutory visits were short, infrequent and often by video call.",
        ("vuln.looked_after", "vuln.disabled_children", "multi.cross_boundary_transfer"),
    ),
    (
        "A closed culture",
        "Staff who raised concerns were not listened to, and managers dealt with allegations internally instead of "
        "referring them to the local authority designated officer.",
        ("harm.organisational_abuse", "org.leadership_culture", "multi.information_sharing"),
    ),
)
# the Panel's learning for national bodies from this review: about residential settings, not a general text
_RESIDENTIAL_NATIONAL = (
    (
        "Department for Education",
        "The Department for Education should set out in statutory guidance how often a placing authority's social "
        "worker must visit a disabled child in a residential setting in person, and require that the child is seen "
        "alone using the child's own way of communicating.",
        ("vuln.disabled_children", "vuln.looked_after", "voice.voice_of_child", "org.policy_guidance"),
    ),
    (
        "Ofsted",
        "Ofsted should consider, in its inspections of residential special schools registered as children's homes, "
        "whether allegations against staff are referred to the local authority designated officer and how staff "
        "learn each child's way of showing pain or distress.",
        ("harm.organisational_abuse", "vuln.disabled_children", "org.commissioning_regulation"),
    ),
    (
        "NHS England",
        "NHS England should ensure that disabled children placed in residential settings far from home keep access "
        "to the specialist health services that know them, and that their health reviews ask about any unexplained "
        "change in behaviour.",
        ("vuln.disabled_children", "vuln.looked_after"),
    ),
)
_PARTNERS = (
    (
        "Safeguarding partners where residential settings are located should know which children are placed in "
        "them, by which authorities, and what allegations have been made about the staff.",
        ("harm.organisational_abuse", "multi.cross_boundary_transfer", "multi.information_sharing"),
    ),
    (
        "Independent reviewing officers and social workers visiting a disabled child in a residential setting need "
        "to see the child alone and to use the child's own way of communicating.",
        ("vuln.disabled_children", "voice.voice_of_child", "vuln.looked_after"),
    ),
)


def c1019(c: Ctx) -> None:  # the Panel's national review of residential settings: learning for national bodies
    d = c.doc
    c.__dict__["national"] = True
    _several(c)
    pub = _to_day(c)
    d.meta["published"] = pub[:7]
    title = (
        "Safeguarding children with disabilities and complex health needs in residential settings: a national review"
    )
    _cover(c, title, f"Published: {_month(pub)}", first="Child Safeguarding Practice Review Panel")
    d.add("h1", "Foreword")
    d.add("p", "The children at the centre of this review lived far from their families in settings that were "
          "meant to care for them. They were let down by the people paid to look after them and by the systems "
          "meant to check on them.")  # fmt: skip
    d.add("p", "Chair, Child Safeguarding Practice Review Panel")
    d.add("h1", "1. About this review")
    d.add("p", "The Panel reviewed the experiences of children and young people, aged between 8 and 18, who lived "
          "in three residential special schools registered as children's homes.")  # fmt: skip
    d.add("h1", "2. What we found")
    for i, (head, body, themes) in enumerate(_RESIDENTIAL, 1):
        key = d.lesson("finding", str(i), f"{head} {body}", themes, title=head)
        d.add("h2", f"{i}. {head}", key)
        _p(c, body, key)
    d.add("h1", "3. Learning for national bodies")
    for body, text, themes in _RESIDENTIAL_NATIONAL:
        d.add("h2", body)
        d.add("bullet", text, d.lesson("recommendation", "", text, themes, body))
    d.add("h1", "4. Learning for safeguarding partners")
    for text, themes in _PARTNERS:
        d.add("bullet", text, d.lesson("learning_point", "", text, themes))
    d.add("small", f"\u00a9 Crown copyright {pub[:4]}")


_TWINS = {"Nottingham": ("Twin A", "Twin B", "4 months"), "Derby": ("Twin C", "Twin D", "7 months")}


def c1020(c: Ctx) -> None:  # a rapid review summary about twins: one age printed for both
    d, s = c.doc, c.spec
    one, two, age = _TWINS[s.area]
    child = f"{one} and {two}"
    _several(c, child, age)
    _declare(c, author="")
    pub = _to_day(c)
    incident = _shift(pub, 7, 9)
    d.meta["title"] = f"Rapid Review Summary: {child}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    for label, value in (
        ("Date of serious incident notification", _long(incident)),
        ("Date of rapid review meeting", _long(_shift(incident, 0, 27))),
        ("Date published", _long(pub)),
    ):
        d.add("metarow", cells=(label, value))
    d.add("h1", "Summary of the case")
    d.add("p", f"{one} and {two} are twins. When they were both aged {age}, {one} was taken to the emergency "
          f"department with a head injury and a skeletal survey found older fractures; {two} was examined the "
          "same day and also had a healing fracture.")  # fmt: skip
    d.add("p", "The rapid review was held under Working Together to Safeguard Children 2023. The Lead Safeguarding "
          "Partners decided that a local child safeguarding practice review was not needed because the learning "
          "had been identified.")  # fmt: skip
    d.add("h1", "Immediate learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    gps = _gps(c, 2)
    if gps:
        d.add("h1", "Good practice")
        for g in gps:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Actions for the safeguarding partners")
    for j, r in enumerate(_rcs(c, 2), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


_YOUNG = {"Southwark": "16", "Lewisham": "15"}


def c1021(c: Ctx) -> None:  # a non-statutory learning review of a young person never named: the age, no child
    d, s = c.doc, c.spec
    years = _YOUNG[s.area]
    _several(c, "", f"{years} years")
    pub = _to_day(c)
    d.meta["published"] = pub[:7]
    title = "Multi-Agency Learning Review: a young person exploited outside the home"
    _cover(c, title, f"Facilitated and written by {s.author}", f"Published {_month(pub)}")
    d.add("h1", "About this review")
    d.add("p", f"The young person at the centre of this review was {years} years old when he was stabbed near his "
          "home. He survived. He and his family asked that he should not be given a name in the report, even a "
          "pseudonym.")  # fmt: skip
    d.add("p", "The case did not meet the criteria for a Local Child Safeguarding Practice Review. The partnership "
          "chose to hold a multi-agency learning review because practitioners asked for one.")  # fmt: skip
    d.add("h1", "What we learned")
    for i, st in enumerate(_sts(c, 3), 1):
        _runin(
            c, st.body, d.lesson("learning_point", f"Learning {i}", st.body, st.themes), label=f"Learning {i} \u2013"
        )
    d.add("h1", "What will change")
    for r in _rcs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


def c1022(c: Ctx) -> None:  # a thematic review: learning "2.3" numbered within each theme, recommendations "2a"
    d, s = c.doc, c.spec
    _several(c)
    pub = _to_day(c)
    title = "Thematic review: children living with neglect, learning from five children"
    _cover(c, title, f"Lead reviewer: {s.author}", f"Published: {_long(pub)}")
    d.add("h1", "1. Introduction")
    d.add("p", "The partnership commissioned this thematic review after five rapid reviews in eighteen months "
          "about children of primary school age living with long-term neglect. The children were aged between "
          "four and eleven.")  # fmt: skip
    practice, system = _grouped(c, 5)
    rcs = _rcs(c, 4)
    themes = (("Theme 1: Practice with the children and their families", practice, rcs[:2]),
              ("Theme 2: The multi-agency system", system, rcs[2:4]))  # fmt: skip
    for t, (heading, lessons, recs) in enumerate(themes, 1):
        d.add("h1", heading)
        for j, st in enumerate(lessons, 1):
            _runin(c, st.body, d.lesson("learning_point", f"Learning {t}.{j}", st.body, st.themes),
                   label=f"Learning {t}.{j}")  # fmt: skip
        d.add("h2", "Recommendations")
        for j, r in zip("abc", recs):
            d.add("num", r.text, d.lesson("recommendation", f"{t}{j}", r.text, r.themes), label=f"{t}{j}")


_FORCE = {
    "Newcastle upon Tyne": ("Northumbria", "Gateshead, Newcastle, North Tyneside, Northumberland, South Tyneside and "
                            "Sunderland"),
    "Leeds": ("West Yorkshire", "Bradford, Calderdale, Kirklees, Leeds and Wakefield"),
}  # fmt: skip


_YOUTH = (
    (
        "Home Office",
        "The Home Office should set a timescale within which a decision is made on a National Referral Mechanism "
        "referral for a child, so that a child exploited to sell drugs knows quickly whether he is recognised as a "
        "victim.",
        ("efh.trafficking_radicalisation", "efh.cce_county_lines", "org.policy_guidance"),
    ),
    (
        "Department for Education",
        "The Department for Education should require schools to share a risk assessment for exploitation with the "
        "local authority before a child at risk of exploitation is permanently excluded.",
        ("edu.exclusion_ap", "efh.cce_county_lines", "multi.information_sharing", "org.policy_guidance"),
    ),
)


def c1023(c: Ctx) -> None:  # a review across the partnerships of one police force area: no area, no region
    d, s = c.doc, c.spec
    force, places = _FORCE[s.area]
    c.__dict__["national"] = True  # no text about one partnership's area
    _several(c)
    d.meta.update(area="", region="")
    pub = _to_day(c)
    d.meta["published"] = pub[:7]
    title = f"Serious youth violence and criminal exploitation: a joint thematic review across the {force} area"
    _cover(c, title, f"Independent reviewer: {s.author}", f"Published {_month(pub)}",
           first=f"The safeguarding children partnerships of {places}")  # fmt: skip
    d.add("h1", "Introduction")
    d.add("p", f"The safeguarding partnerships of {places} commissioned this review together with the {force} "
          "Violence Reduction Unit, after rapid reviews in four of the partnerships about teenagers seriously hurt "
          "in knife crime.")  # fmt: skip
    d.add("h1", "Cross-cutting findings")
    for st in _sts(c, 3):
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    d.add("h1", "Recommendations to the partnerships")
    for r in _rcs(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "Learning for national bodies")
    for j, (body, text, themes) in enumerate(_YOUTH, 1):
        d.add("num", text, d.lesson("recommendation", str(j), text, themes, body), label=f"{j}.")
        d.add("small", f"Who should act: {body}")


def c1024(
    c: Ctx,
) -> None:  # a review under Working Together 2023: the three Lead Safeguarding Partners sign the foreword
    d, s = c.doc, c.spec
    c.__dict__["toddler"] = True
    pub = _to_day(c)
    council = f"{s.area} Council"
    _cover(c, d.meta["title"], f"Independent reviewer: {s.author}", f"Published: {_long(pub)}")
    d.add("h1", "Foreword from the Lead Safeguarding Partners")
    d.add("p", f"We accept the findings of this review in full. As the Lead Safeguarding Partners for {s.area} we "
          "will make sure that the learning changes practice, and we will report on our progress.")  # fmt: skip
    for who in (f"Chief Executive, {council}", "Chief Executive, NHS Lancashire and South Cumbria Integrated Care "
                "Board" if s.area == "Westmorland and Furness" else "Chief Executive, NHS North East and North "
                "Cumbria Integrated Care Board", "Chief Constable, Cumbria Constabulary"):  # fmt: skip
        d.add("p", who)
    d.add("h1", "1. Introduction")
    d.add("p", f"{s.child} was {s.age} old when {_pron(c)[0]} was found at home with a parent who had taken an "
          "overdose. This review was commissioned under Working Together to Safeguard Children 2023.")  # fmt: skip
    d.add("h1", "2. Background")
    for event in _events(c, 2):
        d.add("p", event)
    d.add("h1", "3. Learning and recommendations")
    sts, rcs = _sts(c, 3), _rcs(c, 3)
    for i, (st, r) in enumerate(zip(sts, rcs), 1):
        key = d.lesson("learning_point", f"Theme {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Theme {i} \u2013 {st.title}", key)
        _p(c, st.body, key)
        _runin(c, r.text, d.lesson("recommendation", f"Recommendation {i}.1", r.text, r.themes),
               label=f"Recommendation {i}.1:")  # fmt: skip


_SCAN = {
    "Stoke-on-Trent": (("Child A", "7 years"), ("Child B", "3 years")),
    "Staffordshire": (("Child G", "10 years"), ("Child H", "5 years")),
}


def c1025(c: Ctx) -> None:  # an LSCB's overview report of two siblings (scanned): no age; lessons "5.1"
    d, s = c.doc, c.spec
    (one, a1), (two, a2) = _SCAN[s.area]
    child = f"{one} and {two}"
    _several(c, child)
    pub = _to_day(c)
    d.meta["published"] = pub[:7]
    _cover(c, f"Serious Case Review: {child}", "Overview Report", f"Overview author: {s.author}",
           f"Published {_month(pub)}")  # fmt: skip
    d.add("h1", "1. Introduction")
    d.add("p", f"This Serious Case Review concerns two brothers, {one}, then aged {a1}, and {two}, then aged {a2}. "
          "The Board decided to hold a review after the boys were found living in conditions of serious "
          "neglect.")  # fmt: skip
    d.add("h1", "2. Terms of reference")
    d.add("p", "The review examined agency involvement with the family over the three years before the boys were "
          "taken into care.")  # fmt: skip
    d.add("h1", "3. The family")
    d.add("p", f"The boys lived with their mother and, for most of the period, her partner. {one}'s father had no "
          "contact with the family. The mother had been known to children's services as a child herself.")  # fmt: skip
    d.add("h1", "4. Summary of agency involvement")
    d.add("p", "The health visitor, the GP, both boys' schools and the housing provider were involved with the "
          "family. Children's social care completed three initial assessments in the period, and the boys were subject "
          "to child protection plans for neglect for part of it.")  # fmt: skip
    d.add("h1", "5. Lessons learned")
    for j, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"5.{j}", st.body, st.themes), label=f"5.{j}")
    d.add("h1", "6. Recommendations")
    for j, r in enumerate(_rcs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"6.{j}", r.text, r.themes), label=f"6.{j}")


_AGENCY_HEADS = (
    ("For the police", ("Police",)),
    ("For schools", ("Schools", "Education settings", "The education")),
    ("For children's social care", ("Children's social care",)),
)


def c1026(c: Ctx) -> None:  # a thematic review of adolescents: "Learning theme N: title"; recommendations per agency
    d, s = c.doc, c.spec
    _several(c)
    pub = _to_day(c)
    title = "Thematic review: child sexual exploitation of girls aged 13 to 16, learning from four young people"
    _cover(c, title, f"Reviewer: {s.author}", f"Publication date: {_long(pub)}")
    d.add("h1", "The young people")
    for who, age in (("Young person 1", "13"), ("Young person 2", "15"), ("Young person 3", "14"),
                     ("Young person 4", "16")):  # fmt: skip
        d.add("p", f"{who} was {age} when the concerns were first raised.")
    d.add("h1", "Learning themes")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning theme {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning theme {i}: {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "What needs to happen")
    drawn = _rcs(c, 40)
    for head, starts in _AGENCY_HEADS:
        recs = [r for r in drawn if r.text.startswith(starts)][:1]
        if recs:
            d.add("h2", head)
            agency = head.removeprefix("For the ").removeprefix("For ")  # the addressee without "For (the)", as C664
            d.add("bullet", recs[0].text, d.lesson("recommendation", "", recs[0].text, recs[0].themes, agency))


def c1027(c: Ctx) -> None:  # the Panel's national review of injuries to babies: practice learning and one table
    d = c.doc
    c.__dict__["national"] = True
    _several(c)
    pub = _to_day(c)
    title = "Non-accidental injury in babies under one: a national review of serious incidents"
    _cover(c, title, f"Published: {_long(pub)}", first="Child Safeguarding Practice Review Panel")
    d.add("h1", "Introduction")
    d.add("p", "Babies under one are the largest group of children notified to the Panel. This review looked at "
          "serious incident notifications about babies with inflicted injuries and at the rapid reviews that "
          "followed.")  # fmt: skip
    d.add("h1", "Practice learning")
    for j, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", str(j), f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{j}. {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "Recommendations for national bodies")
    d.add("header", cells=("No.", "Recommendation", "For"), label="for33b")
    for j, body in enumerate(("Department of Health and Social Care", "Department for Education", "Home Office"), 1):
        text, themes = NATIONAL[body]
        d.add("row", keys=d.lesson("recommendation", str(j), text, themes, body), cells=(str(j), text, body),
              label="for33b")  # fmt: skip


def c1028(c: Ctx) -> None:  # a thematic review written by the partnership's business unit: no author
    d = c.doc
    _several(c)
    _declare(c, author="")
    pub = _to_day(c)
    d.meta["published"] = pub[:7]
    title = "Learning from our reviews: parental mental ill health, drug and alcohol use and the safety of children"
    _cover(c, title, "A thematic review", f"Prepared by the {c.partnership} Business Unit", _month(pub))
    d.add("h1", "Introduction")
    d.add("p", "This thematic review brings together the learning of four local reviews and three rapid reviews "
          "completed in the last two years, in each of which a parent's mental ill health or use of drugs or "
          "alcohol was part of the harm to a child.")  # fmt: skip
    d.add("h1", "Themes")
    for i, st in enumerate(_sts(c, 3), 1):
        _runin(c, st.body, d.lesson("learning_point", f"Theme {i}", st.body, st.themes), label=f"Theme {i}.")
    _gp_list = _gps(c, 2)
    if _gp_list:
        d.add("h1", "Good practice we saw")
        for g in _gp_list:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Recommendations")
    for j, r in enumerate(_rcs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


_TWO = {"Sandwell": (("Baby L", "9 weeks"), ("Baby M", "5 months")),
        "Wolverhampton": (("Baby P", "6 weeks"), ("Baby S", "4 months"))}  # fmt: skip


def c1029(c: Ctx) -> None:  # one review of two unrelated babies: the two names, no age
    d, s = c.doc, c.spec
    (one, a1), (two, a2) = _TWO[s.area]
    child = f"{one} and {two}"
    _several(c, child)
    pub = _to_day(c)
    _cover(c, f"Local Child Safeguarding Practice Review: {child}", f"Lead reviewer: {s.author}",
           f"Published: {_long(pub)}")  # fmt: skip
    d.add("h1", "1. Why one review")
    d.add("p", f"{one}, aged {a1}, and {two}, aged {a2}, were not related and did not know one another. Each was "
          "admitted to hospital with serious injuries within a month of the other. The safeguarding partners "
          "decided to hold one review because the two rapid reviews had found the same learning.")  # fmt: skip
    d.add("h1", "2. Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "3. Recommendations")
    for j, r in enumerate(_rcs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}")


_THEMATIC_KIDS = {"Lincolnshire": "Children D, E and F", "North Lincolnshire": "Children J, K and L"}


def c1030(c: Ctx) -> None:  # a thematic LCSPR naming its children: "Theme N: title", learning points "1.1" run-in
    d, s = c.doc, c.spec
    child = _THEMATIC_KIDS[s.area]
    _several(c, child)
    pub = _to_day(c)
    title = f"Thematic Local Child Safeguarding Practice Review: {child}"
    _cover(c, title, f"Independent reviewer: {s.author}", f"Date of publication: {_long(pub)}")
    first = child.split()[1].rstrip(",")
    d.add("h1", "1. Introduction")
    d.add("p", f"{child} were not related. Each was a teenager who self-harmed and went missing from home, and "
          f"Child {first} was later admitted to hospital after an overdose. The partnership reviewed the three "
          "cases together because the rapid reviews identified the same themes.")  # fmt: skip
    practice, system = _grouped(c, 4)
    for t, (heading, pair) in enumerate((("Practice with the young people", practice), ("How agencies worked "
                                                                                       "together", system)), 1):  # fmt: skip
        d.add("h1", f"Theme {t}: {heading}")
        for j, st in enumerate(pair, 1):
            _runin(c, st.body, d.lesson("learning_point", f"Learning point {t}.{j}", st.body, st.themes),
                   label=f"Learning point {t}.{j}")  # fmt: skip
    d.add("h1", "Recommendations")
    for j, r in enumerate(_rcs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c1031(c: Ctx) -> None:  # a local review with a section of learning for national bodies, each in a heading
    d, s = c.doc, c.spec
    pub = _to_day(c)
    _cover(c, d.meta["title"], f"Independent reviewer: {s.author}", f"Published: {_long(pub)}")
    d.add("h1", "Introduction")
    d.add("p", f"{s.child} died suddenly at home aged {s.age}. The safeguarding partners commissioned this "
          "review; it was completed after Working Together to Safeguard Children 2023 came into force, and the "
          "Lead Safeguarding Partners shared its draft with the Child Safeguarding Practice Review Panel.")  # fmt: skip
    d.add("h1", "Background")
    for event in _events(c, 2):
        d.add("p", event)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "Recommendations for the Lead Safeguarding Partners")
    for j, r in enumerate(_rcs(c, 2), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "Learning for national bodies")
    d.add("p", "The review also identified learning that the partnership cannot act on alone. It has written to "
          "the bodies below.")  # fmt: skip
    for k, body in enumerate(("NHS England", "Department for Education"), 3):
        text, themes = NATIONAL[body]
        key = d.lesson("recommendation", f"Recommendation {k}", text, themes, body)
        d.add("h2", f"Recommendation {k}: {body}")
        _p(c, text, key)


def c1032(c: Ctx) -> None:  # a learning briefing on a joint DHR and LCSPR: a briefing, the child and age, no author
    d, s = c.doc, c.spec
    _declare(c, author="")
    pub = _to_day(c)
    d.meta["published"] = pub[:7]
    adult = {"North Northamptonshire": "Leanne", "West Northamptonshire": "Jade"}[s.area]
    title = f"Learning briefing: Joint DHR and LCSPR \u2013 {s.child}"
    _cover(c, title, f"Issued: {_month(pub)}")
    d.add("h1", "Why this briefing")
    d.add("p", f"This briefing sets out the learning from the joint Domestic Homicide Review and Local Child "
          f"Safeguarding Practice Review about {s.child}, who was {s.age} old when {_pron(c)[1]} mother, "
          f"{adult} (a pseudonym), was killed. The full report was published by the Community Safety Partnership and the "
          "safeguarding partners together.")  # fmt: skip
    d.add("h1", "Key learning")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "What the partnership has asked agencies to do")
    for r in _rcs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "Questions for reflection")
    d.add("bullet", "How would you know if a parent you work with was afraid of a former partner?")


BUILDERS = {
    f"C{name[1:]}": _printed_only(_named(_of_its_time(fn)))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3,4}", name)
}
