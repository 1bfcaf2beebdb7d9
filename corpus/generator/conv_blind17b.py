"""Corpus generator: the seventeenth blind held-out set, second half: conventions C439-C456 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. The half leans to how a whole report distributes its learning
across its parts (an appendix summary pointing back to paragraphs, an
executive summary wording the learning its own way, two reviews in one file,
an interim report's learning confirmed, reflective-question boxes, actions
already taken, a learning-by-agency grid, an addendum) and to metadata printed
near each other (the child's death, the commissioning and the publication;
several children; a family pseudonym; a firm as author with a named lead).

Each builder declares every lesson as a careful reader of that document would
record it (kind, printed label, heading where there is one, agency where the
document gives one) and the metadata the document itself prints. The set uses
only element kinds the earlier writers already draw, so no writer is changed.
The bank-text filters that keep a text from contradicting the child are
conv_common's (imported, not copied).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .conv_blind16b import _gps, _sts  # bank texts that fit the child and the year (no ICB before July 2022)
from .conv_blind16b import _recs_of as _recs
from .conv_common import child_sex as _sex
from .conv_common import front_with_events as _front
from .conv_common import long_date as _long
from .conv_common import named as _named
from .conv_common import other_person as _other
from .conv_common import printed_only as _printed_only
from .conv_common import pub_full as _pub_full
from .conv_common import published_to_day as _to_day
from .conv_common import shift as _shift
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import MONTHS, TYPE_NAMES, Ctx

COLUMN_WIDTHS.update(
    {
        "b17bgrid": ((0.52, 0.12, 0.12, 0.12, 0.12), False),
    }
)

FIRMS = ("Northgate Safeguarding Consultancy Ltd", "Example Consulting Ltd", "Clearwater Review Associates LLP",
         "Harbour Practice Reviews Ltd")  # fmt: skip
SURNAMES = ("Smith", "Walker", "Hughes", "Clarke", "Patel", "Morgan")


def _month(date: str) -> str:
    return f"{MONTHS[int(date[5:7]) - 1]} {date[:4]}"


def _break(c: Ctx) -> None:
    if c.spec.fmt != "html":
        c.doc.add("pagebreak")


def _runin(c: Ctx, text: str, keys=(), label: str = "") -> None:
    """A run-in paragraph; the scanner draws no run-in, so a scan prints the label and text as typed."""
    if c.spec.fmt != "scan":
        c.doc.add("runin", text, keys, label=label)
    elif keys != ():
        c.doc.add("num", text, keys, label=label)
    else:
        c.doc.add("p", f"{label} {text}")


def _rename_child(c: Ctx, child: str) -> None:
    """The child printed under another name: bank texts, narrative and gold all take it."""
    c.spec = replace(c.spec, child=child, sex=_sex(c))
    c.words["child"] = child
    c.doc.meta["child"] = child
    c.doc.meta["title"] = c.title()


def _numbered_recs(c: Ctx, n: int = 3, heading: str = "Recommendations") -> None:
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(_recs(c, n), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def _partners(c: Ctx) -> str:
    return "the safeguarding partners" if c.spec.review_type == "LCSPR" else "the Board"


def _lower(title: str) -> str:
    return title[0].lower() + title[1:] if title[:2] != title[:2].upper() else title


# --- the conventions --------------------------------------------------------------------------


def c439(c: Ctx) -> None:  # learning only in an appendix "Summary of learning" pointing back: "(see 5.3)"
    d = c.doc
    d.header = f"{d.meta['title']} | Final report"
    c.cover()
    if c.spec.fmt == "pdf":  # a contents page in the PDF
        d.add("toc")
        d.add("pagebreak")
    _front(c, numbered=True)
    d.add("h1", "4. Agency involvement")
    d.add("p", "4.1 Each agency provided a chronology of its involvement and met the reviewer.")
    d.add("p", "4.2 The chronologies were merged and discussed at a practitioner event.")
    d.add("h1", "5. Analysis")
    sts = _sts(c, 3)
    for i, st in enumerate(sts, 1):
        d.add("p", f"5.{i} The reviewer considered {_lower(st.title)}. Practitioners described the pressures "
              "they worked under at the time and the information they had.")  # fmt: skip
    d.add("p", "5.4 The learning drawn from this analysis is summarised in Appendix 1.")
    _numbered_recs(c, 3, "6. Recommendations")
    _break(c)
    d.add("h1", "Appendix 1: Summary of learning")
    d.add("p", "The learning below is drawn from the analysis at the paragraphs shown.")
    for i, st in enumerate(sts, 1):
        key = d.lesson("learning_point", f"L{i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"L{i} {st.title} (see 5.{i})", key)
        d.add("p", st.body, key)


def c440(c: Ctx) -> None:  # executive summary and body word the same learning differently: both printings count
    d = c.doc
    c.cover()
    sts = _sts(c, 3)
    d.add("h1", "Executive summary")
    d.add("p", f"This review considered the help given to {c.spec.child} and the family. In short, the review "
          "found that:")  # fmt: skip
    for st in sts:
        text = f"Practice needs to improve in this area: {_lower(st.title)}."
        d.add("bullet", text, d.lesson("learning_point", "", text, st.themes))
    _break(c)
    _front(c)
    d.add("h1", "What the review learned")
    for i, st in enumerate(sts, 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        d.add("p", st.body, key)
    _numbered_recs(c, 3)


def c441(c: Ctx) -> None:  # two reviews published in one file, each with its own child, learning and recommendations
    d, s = c.doc, c.spec
    first = s.child
    second = "Child " + ("PQRSTUVW"[len(s.name) % 8] if not first.endswith("PQRSTUVW"[len(s.name) % 8]) else "Z")
    title = f"{TYPE_NAMES.get(s.review_type, 'Review')}s: {first} and {second}"
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "About this publication")
    d.add("p", f"{_partners(c).capitalize()} commissioned two reviews at the same time because the incidents "
          "happened within weeks of each other and involved the same services. The two reports are published "
          "together; each stands on its own.")  # fmt: skip
    for part, child in (("Part One", first), ("Part Two", second)):
        if child != c.spec.child:
            _rename_child(c, child)
        d.add("h1", f"{part}: {child}")
        d.add("p", f"{child} lived with {'his' if _sex(c) == 'm' else 'her'} mother. Several agencies knew the "
              "family in the months before the incident.")  # fmt: skip
        d.add("h2", "Learning")
        for i, st in enumerate(_sts(c, 2), 1):
            d.add("num", st.body, d.lesson("learning_point", f"{i}.", st.body, st.themes), label=f"{i}.")
        d.add("h2", "Recommendations")
        for j, r in enumerate(_recs(c, 2), 1):
            d.add("num", r.text, d.lesson("recommendation", f"R{j}", r.text, r.themes), label=f"R{j}")
    d.meta.update(title=title, child=f"{first} and {second}", child_age="")


def c442(c: Ctx) -> None:  # an interim report's learning, later confirmed, then the final findings
    d = c.doc
    pub = _to_day(c)
    interim = _shift(pub, 9)
    d.header = f"{d.meta['title']}: final report"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", "Final report")
    d.add("cover", f"Reviewer: {c.spec.author}")
    d.add("cover", f"Published {_long(pub)}")
    _break(c)
    _front(c)
    d.add("h1", "Interim learning")
    d.add("p", f"Because criminal proceedings delayed the review, {_partners(c)} published interim learning on "
          f"{_long(interim)}. Each point is printed below with the review's final view of it.")  # fmt: skip
    for i, st in enumerate(_sts(c, 2), 1):
        _runin(c, st.body, d.lesson("learning_point", f"Interim learning {i}", st.body, st.themes),
               label=f"Interim learning {i}:")  # fmt: skip
        _runin(c, "Confirmed by the final review; the partnership's briefing remains current.", label="Status:")
    d.add("h1", "Findings of the final review")
    for i, st in enumerate(_sts(c, 2), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c, 3)


def c443(c: Ctx) -> None:  # a briefing's "Learning" boxes (lessons) beside "Reflective questions" boxes (not)
    d, s = c.doc, c.spec
    title = f"7-minute briefing: {s.child}"
    d.meta.update(title=title, review_type="briefing", author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("small", f"Published {c.printed_date()}")
    d.add("h1", "1. Background")
    d.add("p", f"{s.child} was aged {s.age}. The review looked at how agencies worked together in the year "
          "before the incident.")  # fmt: skip
    for i, st in enumerate(_sts(c, 3), 2):
        d.add("h1", f"{i}. {st.title}")
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("box", st.body, key, label="Learning")
        d.add("box", "How would you know this was happening in a family you work with? Who would you tell, and "
              "what would you write down?", label="Reflective questions")  # fmt: skip
    d.add("h1", "5. What you should do")
    for r in _recs(c, 2):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "6. Questions for your team")
    d.add("box", "Which of these messages is most relevant to your service? What will you do differently from "
          "tomorrow?", label="Reflective questions")  # fmt: skip


def c444(c: Ctx) -> None:  # each finding followed by "Practitioners may wish to consider:" prompts (never lessons)
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
        d.add("p", "Practitioners may wish to consider:")
        d.add("bullet", "How do I make sure the child's daily experience is recorded, not only the parents' account?")
        d.add("bullet", "When did I last check what another agency knows about this family?")
    _numbered_recs(c, 3)


def c445(c: Ctx) -> None:  # single-agency actions already taken (never lessons) beside multi-agency recommendations
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"{i}.", st.body, st.themes), label=f"{i}.")
    d.add("h1", "Actions already taken by agencies")
    d.add("p", "Agencies did not wait for the review to finish. They told the panel of these changes, which are "
          "not recommendations of this review:")  # fmt: skip
    for agency, action in (("Children's Social Care", "has revised its supervision template to record the "
                            "child's lived experience."),
                           ("Police", "has briefed all response officers on sharing domestic abuse notifications "
                            "the same day."),
                           ("Health", "has added a prompt on the father's role to the health visiting record.")):  # fmt: skip
        _runin(c, action, label=f"{agency}:")
    d.add("h1", "Multi-agency recommendations")
    d.add("p", "The review makes the following recommendations to the safeguarding partners:")
    for j, r in enumerate(_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"MA{j}", r.text, r.themes), label=f"MA{j}")


def c446(c: Ctx) -> None:  # a learning-by-agency grid with ticks: each row's learning cell a lesson
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Learning for each agency")
    d.add("p", "The grid shows which agencies each piece of learning applies to (✓).")
    d.add("header", cells=("Learning", "CSC", "Police", "Health", "Education"), label="b17bgrid")
    marks = (("✓", "✓", "", ""), ("✓", "", "✓", "✓"), ("", "✓", "✓", ""), ("✓", "✓", "✓", "✓"))
    for i, st in enumerate(_sts(c, 4)):
        key = d.lesson("learning_point", "", st.body, st.themes)
        d.add("row", keys=key, cells=(st.body, *marks[i]), label="b17bgrid")
    d.add("p", "CSC: Children's Social Care.")
    _numbered_recs(c, 3)


def c447(c: Ctx) -> None:  # the child's death, the commissioning, the report agreed and publication dates together
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Date of {s.child}'s death: {_long(_shift(pub, 22))}")
    d.add("cover", f"Review commissioned: {_long(_shift(pub, 20))}")
    d.add("cover", f"Report agreed by {_partners(c)}: {_long(_shift(pub, 3))}")
    d.add("cover", f"Date of publication: {_long(pub)}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"{s.child} died aged {s.age}. The review was commissioned two months after the death and its "
          "publication waited for the inquest.")  # fmt: skip
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c, 3)


def c448(c: Ctx) -> None:  # the author a firm with a named lead: the gold's author the lead reviewer
    d, s = c.doc, c.spec
    firm = FIRMS[len(s.name) % len(FIRMS)]
    d.header = f"{firm} | {d.meta['title']}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Report author: {firm}")
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    _front(c)
    d.add("p", f"{firm} was commissioned following a tender. The firm's quality assurer, {_other(c)}, read the "
          "draft report.")  # fmt: skip
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning point {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning point {i}: {st.title}", key)
        d.add("p", st.body, key)
    _numbered_recs(c, 3)


def c449(c: Ctx) -> None:  # a family pseudonym: "the Smith family", the subject a first name with an age
    d, s = c.doc, c.spec
    surname = SURNAMES[len(s.name) % len(SURNAMES)]
    first = ("Ben", "Sam", "Leo")[len(s.name) % 3] if _sex(c) == "m" else ("Lily", "Mia", "Ava")[len(s.name) % 3]
    _rename_child(c, first)
    title = f"{TYPE_NAMES.get(s.review_type, 'Review')}: the {surname} family"
    d.meta["title"] = title
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Author: {s.author}")
    d.add("cover", f"Publication date: {c.printed_date()}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns the {surname} family, a pseudonym chosen with the family. It centres on "
          f"{first}, aged {s.age}, the youngest of the {surname} children; the older children are not named.")  # fmt: skip
    d.add("h1", "Key findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Key finding {i}")
    _numbered_recs(c, 3)


def c450(c: Ctx) -> None:  # an annual report whose learning sits in a section per review published that year
    d, s = c.doc, c.spec
    pub = _to_day(c)
    d.meta["published"] = pub[:7]
    y = int(pub[:4])
    board = "Safeguarding Children Partnership" if y >= 2019 else "Safeguarding Children Board"
    title = f"{s.area} {board} Annual Report {y - 1}-{str(y)[2:]}"
    d.meta.update(title=title, review_type="other", author="")
    d.meta.update(child="", child_age="")
    d.add("cover", f"{s.area} {board}")
    d.add("title", title)
    d.add("cover", f"Published {_month(pub)}")
    _break(c)
    d.add("h1", "Foreword from the independent scrutineer")
    d.add("p", "This has been a year of change for the partnership and its member agencies.")
    d.add("h1", "Our priorities")
    for p in ("Neglect", "Exploitation outside the home", "Hearing the voice of the child"):
        d.add("bullet", p)
    d.add("h1", "Learning from reviews")
    d.add("p", "Two reviews were published this year. Their learning is summarised below; the full reports are "
          "on our website.")  # fmt: skip
    for review in ("Review one", "Review two"):
        d.add("h2", f"{review}: a review about a child aged {s.age}" if review == "Review one" else review)
        for st in _sts(c, 2, anonymous=True):
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "Budget")
    d.add("p", "The partners contributed to a pooled budget, spent mainly on the business unit and on reviews.")


def c451(c: Ctx) -> None:  # several children, "Children A, B and C", their ages given together
    d, s = c.doc, c.spec
    _rename_child(c, "Child A")
    children = "Children A, B and C"
    title = f"{TYPE_NAMES.get(s.review_type, 'Review')}: {children}"
    d.meta.update(title=title, child=children)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns three siblings, {children}. Child A, aged {s.age} at the time, was the "
          "subject of the referral that led to the review; the findings apply to all three children.")  # fmt: skip
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c, 3)


def c452(c: Ctx) -> None:  # learning attributed to agencies under "What <agency> learned" headings
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "What each agency learned")
    d.add("p", "Each agency reflected on its own practice with the reviewer. Their learning is set out below in "
          "their own words.")  # fmt: skip
    pool = _sts(c, 12)
    police = [st for st in pool if "agency.police" in st.themes][:1]
    health = [st for st in pool if st not in police and any(t.endswith("_health") for t in st.themes)][:1]
    rest = [st for st in pool if st not in police + health]
    csc = sorted(rest, key=lambda st: "agency.childrens_social_care" not in st.themes)[:2]
    for agency, sts in (("Children's Social Care", csc), ("Police", police), ("Health", health)):
        if not sts:
            continue
        d.add("h2", f"What {agency} learned")
        for st in sts:
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes, agency))
    _numbered_recs(c, 3)


def c453(c: Ctx) -> None:  # recommendations that name the findings they arise from: "(arising from Findings 1 and 3)"
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", "Recommendations")
    refs = ("Finding 1", "Findings 1 and 3", "Finding 2")
    for j, (r, ref) in enumerate(zip(_recs(c, 3), refs), 1):
        _runin(c, r.text, d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
               label=f"Recommendation {j} (arising from {ref}):")  # fmt: skip


def c454(c: Ctx) -> None:  # a SILP report's "What went well" (good practice) and "Even better if" (learning)
    d, s = c.doc, c.spec
    title = f"Significant Incident Learning Process (SILP) report: {s.child}"
    d.meta["title"] = title
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    _break(c)
    d.add("h1", "The SILP process")
    d.add("p", "Agency reports were shared before a learning event attended by the practitioners and managers "
          "involved, and the draft report was discussed at a recall event.")  # fmt: skip
    d.add("h1", "What went well")
    for g in _gps(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Even better if")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _numbered_recs(c, 2)
    d.add("h1", "Attendance at the learning event")
    d.add("p", "Twelve practitioners from six agencies attended the learning event.")


def c455(c: Ctx) -> None:  # each learning point followed by "What has changed since:" (never a lesson)
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Learning and what has changed")
    changes = ("A new referral form went live and every agency was trained in it.",
               "Supervision now includes a question on fathers and other adults in the household.",
               "A monthly multi-agency meeting reviews every child known to three or more services.")  # fmt: skip
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning {i}: {st.title}", key)
        d.add("p", st.body, key)
        _runin(c, changes[i - 1], label="What has changed since:")
    _numbered_recs(c, 2)


def c456(c: Ctx) -> None:  # an addendum published later adds a finding; the publication is the report's
    d = c.doc
    addendum = _shift(_pub_full(c), -8)
    d.header = f"{d.meta['title']} (with addendum)"
    c.cover()
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 2), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c, 2)
    _break(c)
    d.add("h1", f"Addendum ({_month(addendum)})")
    d.add("p", "Criminal proceedings concluded after the report was published. Evidence given at trial added to "
          "what the review knew, and the reviewer was asked to consider it.")  # fmt: skip
    for st in _sts(c, 1):
        c.headed_finding(st, "Finding 3")
    d.add("p", f"The addendum was agreed by {_partners(c)} in {_month(addendum)}. The recommendations above are "
          "unchanged.")  # fmt: skip


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
