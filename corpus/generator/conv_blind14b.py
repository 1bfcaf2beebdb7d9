"""Corpus generator: the fourteenth blind held-out set, second half: conventions C331-C348 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on anything and never saw
its output. The half leans to companion documents (a partnership's published
response quoting each recommendation, a learning bulletin for GP practices and
one for schools, a second edition of a review, a chapter of the Panel's annual
report, a public questions-and-answers page, practice guidance issued after a
review, a "Dear colleague" letter) and to metadata that is easy to miss (a
partnership covering two areas, the child named by initials with dots, the
child's age only in a family-members table, a version table dated by quarters,
the date only in a document reference, the review type only in the running
header), with three sections of a review's body that hold non-lessons beside
lessons (recommendations of an earlier review still open, immediate actions
already taken, what practitioners told the review).

Each builder declares every lesson as a careful reader of that document would
record it (kind, printed label, heading where there is one, agency where the
document gives one) and the metadata the document itself prints. The set uses
only element kinds the earlier writers already draw, so no writer is changed.
The bank-text filters that keep a text from contradicting the child are
conv_common's (imported, not copied).
"""

from __future__ import annotations

import dataclasses
import re

from . import narrative
from .conv_common import child_sex as _sex
from .conv_common import draw_fitting_gps as _gps_fit
from .conv_common import draw_fitting_statements as _sts_fit
from .conv_common import front_with_events as _front
from .conv_common import headed_learning as _headed_learning
from .conv_common import long_date as _long
from .conv_common import named as _named
from .conv_common import numbered_recs_for_child as _numbered_recs
from .conv_common import printed_only as _printed_only
from .conv_common import pub_full as _pub_full
from .conv_common import published_to_day as _to_day
from .conv_common import recs_for_child as _recs
from .conv_common import shift as _shift
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import MONTHS, TYPE_NAMES, Ctx
from .conv_table import AREAS, CHILDREN
from .model import BANK_NAMES

COLUMN_WIDTHS.update(
    {
        "b14bfam": ((0.3, 0.4, 0.3), False),
        "b14bver": ((0.2, 0.3, 0.5), False),
        "b14bold": ((0.55, 0.45), False),
    }
)

TOPICS = {
    "NAI": "babies under one",
    "SUDI": "sudden unexpected death in infancy",
    "NEGLECT": "neglect",
    "DA": "domestic abuse",
    "CCE": "criminal exploitation",
    "PARENTAL": "parental mental ill-health",
    "CSE": "sexual exploitation",
}
_NAMED_CHILD = re.compile(r"\b(Child|Baby) [A-Z]{1,2}\b")


def _month(date: str) -> str:
    return f"{MONTHS[int(date[5:7]) - 1]} {date[:4]}"


def _names_no_child(c: Ctx, text: str) -> bool:
    names = ([c.spec.child] if c.spec.child else []) + list(BANK_NAMES)
    return not _NAMED_CHILD.search(text) and not any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)


def _sts(c: Ctx, n: int, anonymous: bool = False) -> list:
    """n bank statements that fit the child (and, anonymous, name no child)."""
    out = []
    while len(out) < n:
        drawn = _sts_fit(c, 1)
        if not drawn:
            break
        out += [st for st in drawn if not anonymous or _names_no_child(c, f"{st.title} {st.body}")]
    return out


def _gps(c: Ctx, n: int) -> list:
    return _gps_fit(c, n)


def _anon_recs(c: Ctx, n: int) -> list:
    out = []
    while len(out) < n:
        drawn = _recs(c, 1)
        if not drawn:
            break
        out += [r for r in drawn if _names_no_child(c, r.text)]
    return out


def _partners(c: Ctx) -> str:
    """Who accepts a review: the safeguarding partners since 2019, the Board before."""
    return "The safeguarding partners" if c.spec.review_type == "LCSPR" else "The Board"


def _no_child(c: Ctx) -> None:
    c.doc.meta.update(child="", child_age="")


def _intro_no_type(c: Ctx) -> None:
    """An introduction and background that name neither the review's type nor the child's age."""
    d, s = c.doc, c.spec
    d.add("h1", "Introduction")
    d.add(
        "p",
        f"This report was commissioned by {c.words['partnership']} after a serious incident involving {s.child}. "
        "It looks at how agencies worked with the family and what should change as a result.",
    )
    d.add(
        "p",
        "The reviewer read the records of each agency involved, met the practitioners at a learning event and "
        "offered to meet the family.",
    )


def _background_no_age(c: Ctx) -> None:
    d, s = c.doc, c.spec
    pron = "his" if _sex(c) == "m" else "her"
    d.add("h1", "Background")
    d.add(
        "p",
        f"{s.child} lived with {pron} mother and was known to several agencies in the year before the incident. "
        "The findings below draw on what the agencies' records show of that year.",
    )


# --- the conventions --------------------------------------------------------------------------


def c331(c: Ctx) -> None:  # a partnership's published response: each recommendation quoted in a box, then its response
    d, s = c.doc, c.spec
    kind = TYPE_NAMES.get(s.review_type, "review")
    title = f"The {c.partnership}'s response to the {kind} about {s.child}"
    d.meta.update(title=title, review_type="other", author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Published alongside the review: {c.printed_date()}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add(
        "p",
        f"{_partners(c)} accept{'' if s.review_type == 'LCSPR' else 's'} every recommendation of the review about {s.child}. Each is quoted "
        "below exactly as the reviewer wrote it, followed by what we have done and will do.",
    )
    d.add("h1", "The recommendations and our response")
    for j, r in enumerate(_recs(c, 4), 1):
        d.add("box", r.text, d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
              label=f"Recommendation {j}")  # fmt: skip
        d.add(
            "p",
            f"Our response: accepted. A task and finish group reports to the partnership every quarter; the "
            f"first report is due in {_month(_shift(_pub_full(c), -3))}.",
        )
    d.add("h1", "How we will know it has made a difference")
    d.add("p", "The partnership will audit a sample of cases a year after publication and publish what it finds.")


def c332(c: Ctx) -> None:  # a learning bulletin for GP practices: findings, numbered practice learning, questions
    d, s = c.doc, c.spec
    pub = _pub_full(c)
    issue = 3 + len(s.name) % 9
    title = f"Learning for GP practices: the review about {s.child}"
    d.meta.update(title=title, review_type="briefing", published=pub[:7], author="")
    d.add("cover", f"{c.partnership} | Primary care safeguarding bulletin")
    d.add("title", title)
    d.add("cover", f"Issue {issue} | {_month(pub)}")
    d.add("h1", "Why you are receiving this")
    d.add(
        "p",
        "This bulletin goes to every GP, practice nurse and practice manager in the area. Please discuss it at "
        "your next practice safeguarding meeting.",
    )
    d.add("h1", "What the review found")
    for st in _sts(c, 2):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("h1", "What this means for your practice")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Ask yourself")
    for q in (
        "Does your system flag the children of adults with safeguarding concerns?",
        "Who in your practice attends child protection conferences?",
    ):
        d.add("bullet", q)
    d.add("small", "Named GP for safeguarding children: contact through the clinical commissioning team.")


def c333(c: Ctx) -> None:  # a bulletin for schools dated by a school term: run-in "Message N." learning
    d, s = c.doc, c.spec
    year = s.published[:4]
    term = ("Spring", "Summer", "Autumn")[len(s.name) % 3]
    title = f"Safeguarding in education: learning from the review about {s.child}"
    d.meta.update(title=title, review_type="briefing", published=year, author="")
    d.add("cover", f"{c.partnership} - Education safeguarding bulletin")
    d.add("title", title)
    d.add("cover", f"{term} term {year}")
    if s.fmt in ("docx", "txt"):
        d.add("pagebreak")
    d.add("h1", "For designated safeguarding leads")
    d.add(
        "p",
        "Please share this bulletin with your staff at the next safeguarding update and record that you have "
        "done so. Early years settings and colleges receive it too.",
    )
    d.add("h1", "Key messages")
    for i, st in enumerate(_sts(c, 4), 1):
        d.add("runin", st.body, d.lesson("learning_point", f"Message {i}", st.body, st.themes), label=f"Message {i}.")
    d.add("h1", "Training this term")
    d.add("bullet", "Designated safeguarding lead refresher: book through the schools' training portal")
    d.add("bullet", "Working with the front door: a twilight session for pastoral staff")


def c334(c: Ctx) -> None:  # a second edition: "First published" the publication, "This edition" an event date
    d, s = c.doc, c.spec
    later = _shift(_pub_full(c), -4)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", "Second edition")
    d.add("cover", f"First published: {c.printed_date()}")
    d.add("cover", f"This edition: {_month(later)}")
    d.add("cover", f"Independent reviewer: {s.author}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add(
        "box",
        "This second edition corrects two dates in the chronology and adds the partnership's response as an "
        "appendix. The findings and recommendations are unchanged from the first edition.",
        label="About this edition",
    )
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)
    d.add("h1", "Appendix: the partnership's response")
    d.add("p", "The safeguarding partners accepted all of the recommendations; progress is reported to the executive.")


def c335(
    c: Ctx,
) -> None:  # a chapter of the Panel's annual report: themes (findings with titles), "We are asking" bullets
    d, s = c.doc, c.spec
    pub = _to_day(c)
    y = int(pub[:4])
    title = f"Child Safeguarding Practice Review Panel annual report {y - 2} to {y - 1}"
    d.meta.update(title=title, review_type="other", area="", region="", author="")
    _no_child(c)
    d.header = f"Annual report {y - 2} to {y - 1}"
    d.add("cover", "Child Safeguarding Practice Review Panel")
    d.add("title", title)
    d.add("cover", f"Published {_long(pub)}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Chapter 1: The year in numbers")
    count = 300 + len(s.name) * 7
    d.add(
        "p",
        f"Between April {y - 2} and March {y - 1} the Panel received {count} serious incident notifications and "
        "the same number of rapid reviews. Most concerned children under one or adolescents.",
    )
    d.add("h1", "Chapter 2: What we learned from the reviews")
    d.add("p", "Reading the rapid reviews and local reviews of the year, we see these themes again and again.")
    for st in _sts(c, 3, anonymous=True):
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("h1", "Chapter 3: What we are asking safeguarding partners to do")
    for r in _anon_recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h1", "Chapter 4: The Panel's work in the coming year")
    d.add("p", "We will publish two national reviews and a practice briefing on the themes above.")


def c336(c: Ctx) -> None:  # a partnership covering two areas: "X and Y Safeguarding Children Partnership"
    d, s = c.doc, c.spec
    i = AREAS.index((s.area, s.region))
    partner = next(a for a, r in AREAS[i + 1 :] + AREAS[:i] if r == s.region)
    joint = f"{s.area} and {partner}"
    board = c.partnership.replace(s.area, joint, 1)
    c.words["partnership"] = f"the {board}"
    # The area is the one the family lived in, as for every partnership naming several areas
    # ("Derby and Derbyshire"): the introduction says which.
    d.add("cover", board)
    d.add("title", d.meta["title"])
    d.add("cover", f"Author: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add(
        "p",
        f"The {board} covers both local authority areas and their police and health partners. "
        f"{s.child}'s family lived in {s.area} and the children attended services in {partner}.",
    )
    d.add("p", c.fill(narrative.METHOD[0]))
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    _numbered_recs(c)


def c337(c: Ctx) -> None:  # the child named by initials with dots: "Child J.K."
    d, s = c.doc, c.spec
    first = s.child.split()[-1][0]
    second = "KMRTWS"[len(s.name) % 6]
    child = f"Child {first}.{second}."
    c.spec = dataclasses.replace(s, child=child, sex=_sex(c))
    c.words["child"] = child
    title = f"{TYPE_NAMES.get(s.review_type, 'Review')}: {child}"
    d.meta.update(title=title, child=child)
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Date of publication: {c.printed_date()}")
    d.add("pagebreak")
    _front(c)
    _headed_learning(c, _sts(c, 3), "Learning")
    _numbered_recs(c)


def c338(c: Ctx) -> None:  # the child's age only in a family-members table
    d, s = c.doc, c.spec
    c.cover("reviewer")
    _intro_no_type(c)
    d.add("h1", "The family")
    d.add("p", "The family members referred to in this report are:")
    d.add("header", cells=("Name in this report", "Relationship", "Age at the time of the incident"), label="b14bfam")
    mother = 19 + len(s.name) % 15 + (int(s.age.split()[0]) if s.age.endswith("years") else 0)
    for row in ((s.child, "Subject of the review", s.age), ("Mother", f"{s.child}'s mother", f"{mother} years"),
                ("Mr Y", "Mother's partner", f"{mother + 4} years")):  # fmt: skip
        d.add("row", cells=row, label="b14bfam")
    _background_no_age(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)


def c339(c: Ctx) -> None:  # a version table dated by quarters: "1.0 | Q1 2022 | Published"
    d, s = c.doc, c.spec
    y = int(s.published[:4])
    q = 1 + len(s.name) % 4
    d.meta["published"] = str(y)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("h1", "Version control")
    d.add("header", cells=("Version", "Date", "Status"), label="b14bver")
    for row in ((("0.3", f"Q{q} {y - 1}", "First draft for the review panel")),
                ("0.7", f"Q{(q + 1) % 4 + 1} {y - 1}", "Draft shared with the family"),
                ("1.0", f"Q{q} {y}", "Final, published")):  # fmt: skip
        d.add("row", cells=row, label="b14bver")
    d.add("pagebreak")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)


def c340(c: Ctx) -> None:  # the date only in a document reference: "Ref: TSCP/LCSPR/2021-03/07"
    d, s = c.doc, c.spec
    pub = _pub_full(c)
    d.meta["published"] = pub[:7]
    acr = "".join(w[0] for w in c.partnership.split() if w[0].isupper())
    kind = "LCSPR" if s.review_type == "LCSPR" else "SCR"
    ref = f"{acr}/{kind}/{pub[:7]}/{len(s.name) % 20 + 1:02d}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Reviewer: {s.author}")
    d.add("cover", f"Document reference: {ref}")
    if s.fmt != "html":
        d.add("pagebreak")
    _front(c)
    d.add("h1", "What the review learned")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _numbered_recs(c)
    d.add("small", f"{ref} | Not protectively marked")


def c341(c: Ctx) -> None:  # the review type only in the running header; the cover says "overview report"
    d, s = c.doc, c.spec
    kind = TYPE_NAMES.get(s.review_type, "Review")
    title = f"{s.child}: overview report"
    d.meta["title"] = title
    d.header = f"{kind} | {s.child}"
    board = c.partnership
    c.words["partnership"] = f"the {board}"
    d.add("cover", board)
    d.add("title", title)
    d.add("cover", f"Report author: {s.author}")
    d.add("cover", c.printed_date())
    d.add("pagebreak")
    _intro_no_type(c)
    _background_no_age(c)
    d.add("h1", "Analysis and findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)


def c342(c: Ctx) -> None:  # a public questions-and-answers page about a published review
    d, s = c.doc, c.spec
    title = f"Questions and answers: the review about {s.child}"
    d.meta.update(title=title, review_type="other", author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("h2", "Why was there a review?")
    d.add(
        "p",
        f"The law requires {_partners(c).lower()} to consider a review when a child is seriously harmed and "
        f"abuse or neglect is known or suspected. {_partners(c)} agreed that what happened to {s.child} met that "
        "test.",
    )
    d.add("h2", "What did the review find?")
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("h2", "What needs to change?")
    for r in _recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("h2", "What is being done already?")
    for t in (
        "A multi-agency training programme on the review's themes began this term.",
        "The partnership has written to every agency asking for an action plan within three months.",
    ):
        d.add("bullet", t)
    d.add("h2", "Where can I read the full report?")
    d.add("p", "The full report is on the partnership's website, with a summary for practitioners.")


def c343(
    c: Ctx,
) -> None:  # practice guidance issued after a review: "why" bullets are learning, its standards never lessons
    d, s = c.doc, c.spec
    pub = _pub_full(c)
    topic = TOPICS[s.scenario]
    title = f"Multi-agency practice guidance: {topic}"
    d.meta.update(title=title, review_type="other", published=pub[:7], author="")
    d.add("cover", c.partnership)
    d.add("title", title)
    d.add("cover", f"Issued {_month(pub)} | Review date {_month(_shift(pub, -24))}")
    d.add("h1", "Why this guidance has been issued")
    d.add(
        "p",
        f"This guidance was written after the {TYPE_NAMES.get(s.review_type, 'review')} about {s.child}. "
        "The review's learning that the guidance answers is:",
    )
    for st in _sts(c, 3):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add("h1", "What practitioners must do")
    for i, t in enumerate(
        (
            "Record the concern, the date and what was seen on the agency's own system the same day.",
            "Discuss the concern with the agency's safeguarding lead before the end of the working day.",
            "Make a referral to children's social care through the front door where the threshold is met.",
            "Tell the family what is happening and why, unless doing so would put a child at risk.",
        ),
        1,
    ):
        d.add("num", t, label=f"{i}.")
    d.add("h1", "Escalation")
    d.add("p", "Where a practitioner disagrees with a decision, the partnership's resolving professional differences "
          "procedure applies.")  # fmt: skip


def c344(c: Ctx) -> None:  # a "Dear colleague" letter from the safeguarding partners carrying a review's learning
    d, s = c.doc, c.spec
    pub = _to_day(c)
    title = f"Dear colleague: learning from the review about {s.child}"
    d.meta.update(title=title, review_type="briefing", author="")
    d.add("cover", c.partnership)
    d.add("small", _long(pub))
    d.add("title", title)
    d.add("p", "Dear colleague,")
    d.add(
        "p",
        f"Today the {'partnership' if s.review_type == 'LCSPR' else 'Board'} publishes the review about {s.child}. We are writing to everyone who works with "
        "children and families in the area to share its learning directly. We ask you to read it with your team.",
    )
    d.add("p", "The review tells us that:")
    for st in _sts(c, 4):
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    d.add(
        "p",
        "We will hold learning events over the coming months and will ask your manager how the learning has "
        "changed practice. Thank you for the work you do.",
    )
    d.add("p", "Yours sincerely,")
    if s.review_type == "LCSPR":
        d.add(
            "p",
            "The Director of Children's Services, the Chief Constable and the Chief Nurse for the safeguarding partners",
        )
    else:
        d.add("p", f"The Independent Chair of the {c.partnership}")


def c345(c: Ctx) -> None:  # an earlier review's recommendations still open, in a table: never this review's lessons
    d, s = c.doc, c.spec
    first = CHILDREN.index(s.child) if s.child in CHILDREN else len(s.name)
    earlier = CHILDREN[(first + 7) % len(CHILDREN)]
    c.cover("plain")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    d.add("h1", f"Recommendations of the earlier review about {earlier}")
    d.add(
        "p",
        f"The review about {earlier} made recommendations in similar areas. Those not yet completed are listed "
        "here for completeness; they are not repeated as recommendations of this review.",
    )
    d.add("header", cells=("Earlier recommendation", "Progress"), label="b14bold")
    for r in _recs(c, 2):
        d.add("row", cells=(r.text, "In progress: reported to the executive"), label="b14bold")
    _numbered_recs(c, 3, "Recommendations of this review")


def c346(c: Ctx) -> None:  # themes with what practitioners told the review (not lessons), then a run-in "Finding:"
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Analysis by theme")
    for st in _sts(c, 3):
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add(
            "p",
            "Practitioners told us at the learning event that they were busy, that the family seemed to be "
            "engaging and that they expected another agency to act.",
        )
        d.add("runin", st.body, key, label="Finding:")
    _numbered_recs(c)


def c347(c: Ctx) -> None:  # good practice numbered "GP1", "GP2" in an appendix
    d = c.doc
    c.cover("plain")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
    _numbered_recs(c)
    d.add("h1", "Appendix A: Good practice identified by the review panel")
    d.add("p", "The panel asked that the following practice be fed back to the practitioners involved.")
    for i, g in enumerate(_gps(c, 3), 1):
        d.add("num", g.text, d.lesson("good_practice", f"GP{i}", g.text, g.themes), label=f"GP{i}")


def c348(c: Ctx) -> None:  # "Immediate actions already taken" bullets (never lessons) before the recommendations
    d = c.doc
    c.cover("reviewer")
    _front(c)
    _headed_learning(c, _sts(c, 3), "Learning")
    d.add("h1", "Immediate actions already taken")
    d.add("p", "Agencies did not wait for the review to finish. They have already:")
    for t in (
        "reissued the partnership's guidance on escalation to every agency;",
        "added the case to the multi-agency training programme as a case study;",
        "audited a sample of similar referrals to the front door.",
    ):
        d.add("bullet", t)
    _numbered_recs(c, 3, "Recommendations")


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
