"""Corpus generator: the twenty-eighth blind held-out set, second half: conventions C835-C852 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to how publishing pipelines deliver reviews:
the same kinds of review as earlier sets, but as the files come out of the tools that made and published them: a
Word report saved as PDF with headings numbered by Word's multilevel lists; a report whose signed recommendations
appendix was printed, signed and scanned (the whole copy scanned); a web page printed from a browser; a partnership
page with an "In this section" sidebar, an accordion per finding, "Back to top" links, a cookie line and "Related
documents"; a content-management page printing each recommendation as a card with a "Lead" tag; a Word document
with a cached table of contents and its learning in tables; a text copy of a PDF with running headers and page
numbers left between paragraphs; an easy-read version printed after the full report; a board paper reporting
progress (RAG) on a review's recommendations; two reviews' summaries on facing pages; slides exported as PDF; a PDF
converted to Word line by line. A second emphasis is metadata as such pipelines leave it: a title only in the page's
heading (and the browser's title), a date of upload beside a date of publication, an author named only on the last
page, a document-control table of draft versions, and a title printed only in the running header.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where one names the lesson, agency where the document gives one) and only the metadata the document itself
prints. The set uses only element kinds the earlier writers already draw, so no writer is changed and every earlier
document comes out as before.
"""

from __future__ import annotations

import re
import textwrap

from .conv_blind18b import _harm, _p
from .conv_blind20b import _before, _month, _other_child
from .conv_blind23b import _cover, _opening, _poss, _recs, _setup
from .conv_blind23b import _sts as _drawn_sts
from .conv_blind24b import _headed_findings, _intro
from .conv_common import background as _background
from .conv_common import case_events as _case_events
from .conv_common import long_date, slash_date
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import TYPE_NAMES, Ctx

COLUMN_WIDTHS["rec28b"] = ((0.08, 0.62, 0.3), False)  # No. / Recommendation / Lead agency
COLUMN_WIDTHS["prog28b"] = ((0.06, 0.38, 0.16, 0.3, 0.1), False)  # No. / Recommendation / Lead / Progress / RAG
COLUMN_WIDTHS["learn28b"] = ((0.3, 0.7), False)  # Learning point / What this means for practice
COLUMN_WIDTHS["ctrl28b"] = ((0.12, 0.22, 0.26, 0.4), False)  # Version / Date / Author / Status

# --- pieces the builders share -------------------------------------------------------------------------------------


def _type_name(c: Ctx) -> str:
    return TYPE_NAMES.get(c.spec.review_type, "Review")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z]+", "", text.lower())


def _site(c: Ctx) -> str:
    """The partnership's web address: "www.<area>scp.org.uk" (an LSCB's "lscb.org.uk" before 2019)."""
    tail = "lscb" if c.spec.review_type == "SCR" else "scp"
    return f"www.{_slug(c.spec.area)}{tail}.org.uk"


def _page_slug(c: Ctx) -> str:
    return "-".join(re.sub(r"[^a-z0-9 ]+", "", c.spec.child.lower()).split())


def _who(c: Ctx) -> str:
    """Who agrees a review: the Board (an LSCB's serious case review) or, from 2019, the safeguarding partners."""
    return "the Board" if c.spec.review_type == "SCR" else "the safeguarding partners"


def _story(c: Ctx, heading: str = "Background") -> None:
    _background(c, heading, _case_events(c, 2))


def _fits_age(c: Ctx, text: str) -> bool:
    """False for a recommendation about children under five for a child of five or more."""
    age = c.spec.age
    years = 0 if age.endswith(("weeks", "months")) else int(age.split()[0])
    return not (years >= 5 and "under five" in text)


_PANDEMIC = re.compile(r"pandemic|lockdown|COVID", re.I)


def _of_its_day(c: Ctx, text: str) -> bool:
    """False for a bank text a document of its date could not print: the pandemic before the autumn of 2020, the
    Graded Care Profile 2 (the NSPCC's, released to local areas from 2017) before 2017, a child's eighteenth birthday
    approaching for a child under sixteen (as conv_blind10 passes it over)."""
    published = c.spec.published
    if _PANDEMIC.search(text) and published[:7] < "2020-09":
        return False
    if "Graded Care Profile 2" in text and published[:4] < "2017":
        return False
    age = c.spec.age
    years = 0 if age.endswith(("weeks", "months")) else int(age.split()[0])
    return not ("eighteenth birthday" in text and years < 16)


def _sts(c: Ctx, n: int) -> list:
    """n statements that fit the child (conv_blind23b's draw, one at a time) and the document's date."""
    out: list = []
    while len(out) < n:
        drawn = _drawn_sts(c, 1)
        if not drawn:
            break
        out += [st for st in drawn if _of_its_day(c, f"{st.title} {st.body}")]
    return out


def _fitting_recs(c: Ctx, n: int, agency: bool = False) -> list:
    """n recommendations that fit the child's age and the document's date (with agency: only those the bank gives
    an addressee)."""
    pool = [r for r in _recs(c, n + 8) if _fits_age(c, r.text) and _of_its_day(c, r.text) and (r.agency or not agency)]
    return pool[:n]


def _numbered_recs(c: Ctx, n: int = 3, heading: str = "Recommendations", prefix: str = "") -> None:
    """Numbered recommendations "1." (or "<prefix>1"), label the number as printed, no agency."""
    d = c.doc
    d.add("h1", heading)
    for j, r in enumerate(_fitting_recs(c, n), 1):
        label = f"{prefix}{j}" if prefix else f"{j}."
        d.add("num", r.text, d.lesson("recommendation", label.rstrip("."), r.text, r.themes), label=label)


def _headed_learning(c: Ctx, n: int = 3, heading: str = "What we learned", label: str = "") -> None:
    """Learning under its title heading ("<label> N: title" where a label is given), its paragraph below."""
    d = c.doc
    d.add("h1", heading)
    for i, st in enumerate(_sts(c, n), 1):
        lab = f"{label} {i}" if label else ""
        key = d.lesson("learning_point", lab, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{lab}: {st.title}" if lab else st.title, key)
        _p(c, st.body, key)


def _pron(c: Ctx) -> str:
    return "he" if _poss(c) == "his" else "she"


# --- how the files arrive from the tools that made them ------------------------------------------------------------


def c835(c: Ctx) -> None:  # Word saved as PDF: headings and paragraphs numbered by a multilevel list ("4.2 Title")
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership, c.title(), f"Independent reviewer: {s.author}", f"Date of publication: {c.printed_date()}")
    d.add("h1", "1 Introduction")
    d.add("p", f"1.1 {_opening(c)}")
    d.add("p", f"1.2 {partnership} commissioned this review to understand how agencies worked with {s.child} and "
          f"{_poss(c)} family, and what should change as a result.")  # fmt: skip
    d.add("h1", "2 Background")
    for k, event in enumerate(_case_events(c, 2), 1):
        d.add("p", f"2.{k} {event}")
    d.add("h1", "3 What went well")
    years = 0 if s.age.endswith(("weeks", "months")) else int(s.age.split()[0])
    # a child under five has no school of its own (as conv_blind18a keeps "school" for five to sixteen)
    gps = [g for g in c.gps(8) if years >= 5 or "school" not in g.text.lower()][:2]
    for g in gps:
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "4 Findings")
    d.add("p", f"4.1 The review identified the following findings for {_who(c).replace('the safeguarding ', 'the ')}.")
    for i, st in enumerate(_sts(c, 3), 2):
        key = d.lesson("finding", f"4.{i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"4.{i} {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "5 Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"5.{j}", r.text, r.themes), label=f"5.{j}")


def c836(c: Ctx) -> None:  # the recommendations appendix as signed by the partners (one copy scanned whole)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    _story(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", f"Appendix A: Recommendations agreed by {_who(c)}")
    their = "its" if s.review_type == "SCR" else "their"
    who = _who(c)[0].upper() + _who(c)[1:]
    d.add("p", f"{who} accepted the recommendations below in full at {their} meeting on "
          f"{long_date(_before(c, 2, 9))}.")  # fmt: skip
    d.add("header", cells=("No.", "Recommendation", "Lead agency"), label="rec28b")
    for j, r in enumerate(_fitting_recs(c, 3, agency=True), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency), label="rec28b")
    d.add("p", f"Signed on behalf of {_who(c)}: ............................................")
    chair = f"Independent Chair, {partnership}" if s.review_type == "SCR" else f"Chair, {partnership} Executive Group"
    d.add("p", f"{chair}. Date: {slash_date(_before(c, 2, 9))}")


def c837(c: Ctx) -> None:  # a partnership web page printed from a browser: print header and address footer
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"{_type_name(c)}: {s.child}"
    d.meta["title"] = title
    printed = _before(c, -7, 21)
    d.header = f"{slash_date(printed)}, 14:37 {title} | {partnership}"
    d.footer = f"https://{_site(c)}/professionals/learning-from-reviews/{_page_slug(c)} {{x}}/{{y}}"
    d.add("small", d.header)  # a browser prints its header on the first page too (C351)
    d.add("small", "Skip to main content")
    d.add("small", "Home | About us | Professionals | Parents and carers | Children and young people | Contact us")
    d.add("small", f"Home > Professionals > Learning from reviews > {title}")
    d.add("title", title)
    d.add("small", f"Published: {c.printed_date()}")
    d.add("p", f"{_opening(c)} {partnership} carried out a {_type_name(c)} to learn from what happened. The "
          f"review was led by {s.author}, an independent reviewer.")  # fmt: skip
    d.add("h1", "What happened")
    for event in _case_events(c, 2):
        d.add("p", event)
    _headed_learning(c, 3)
    d.add("h1", "What needs to change")
    for r in _fitting_recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    bird = "X" if printed >= "2023-08" else "Twitter"  # Twitter was renamed X in July 2023
    d.add("small", f"Share this page: Facebook | {bird} | LinkedIn | Email")
    d.add("small", "Was this page helpful? Yes | No")
    d.add("small", "Accessibility statement | Privacy notice | Cookies | Site map")
    d.add("small", f"© {printed[:4]} {partnership}")


def c838(c: Ctx) -> None:  # a partnership page: "In this section" sidebar, an accordion per finding, "Back to top"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"{_type_name(c)} – {s.child}"
    d.meta["title"] = title
    d.add("small", "In this section")
    for link in ("Learning from reviews", "Rapid reviews", "Seven-minute briefings", "Multi-agency training",
                 "Practice guidance"):  # fmt: skip
        d.add("bullet", link)
    d.add("title", title)
    d.add("small", f"Published {c.printed_date()} | Lead reviewer: {s.author}")
    d.add("p", f"{_opening(c)} {partnership} commissioned this review to learn how agencies worked with "
          f"{s.child} and {_poss(c)} family. Select a finding to read more.")  # fmt: skip
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("fold", st.body, key, label=f"Finding {i}: {st.title}")
    d.add("small", "Back to top")
    _numbered_recs(c, 3)
    d.add("small", "Back to top")
    d.add("h1", "Related documents")
    for doc in (f"{title}: full report (PDF, 1.2MB)", f"{s.child}: seven-minute briefing (PDF, 310KB)",
                "Multi-agency action plan (Word, 86KB)"):  # fmt: skip
        d.add("bullet", doc)


def c839(c: Ctx) -> None:  # a content-management page: each recommendation a card with a "Lead:" tag (its agency)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"{s.child}: {_type_name(c)}"
    d.meta["title"] = title
    d.add("small", f"Home > Learning and reviews > {title}")
    d.add("title", title)
    d.add("small", f"{partnership} | Published {c.printed_date()} | Reviewer: {s.author}")
    d.add("p", f"{_opening(c)} The review looked at how agencies worked with {s.child} and {_poss(c)} family.")
    _headed_learning(c, 3, "Key learning")
    d.add("h1", "Recommendations")
    d.add("p", "Each recommendation has a lead agency, shown on its card, which reports progress to the partnership.")
    for j, r in enumerate(_fitting_recs(c, 3, agency=True), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes, r.agency)
        d.add("box", r.text, key, label=f"Recommendation {j}")
        d.add("small", f"Lead: {r.agency}")


def c840(c: Ctx) -> None:  # a Word document: a cached table of contents, learning and recommendations in tables
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    d.add("h1", "Contents")
    for n, (head, page) in enumerate((("Introduction", 3), ("Background", 3), ("Learning", 4),
                                      ("Recommendations", 5)), 1):  # fmt: skip
        d.add("p", f"{n}. {head} {page}")
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "1. Introduction")
    d.add("p", f"{_opening(c)} {partnership} commissioned this review to understand how agencies worked with "
          f"{s.child} and {_poss(c)} family.")  # fmt: skip
    _story(c, "2. Background")
    d.add("h1", "3. Learning")
    d.add("header", cells=("Learning point", "What this means for practice"), label="learn28b")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("row", keys=key, cells=(st.title, st.body), label="learn28b")
    d.add("h1", "4. Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Lead agency"), label="rec28b")
    for j, r in enumerate(_fitting_recs(c, 3, agency=True), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency), label="rec28b")


def c841(c: Ctx) -> None:  # a long report as a text copy of its PDF: running header and page numbers between pages
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    d.header = f"{s.child} | {_type_name(c)} | Final report"
    d.footer = "{x}"
    d.hyphenate = True
    _cover(c, partnership, c.title(), f"Independent reviewer: {s.author}", f"Published: {c.printed_date()}")
    _intro(c, partnership)
    d.add("h1", "Methodology")
    d.add("p", "The review used a systems approach. Agencies provided chronologies and short reports; the reviewer "
          "met the practitioners involved at a learning event and spoke with members of the family. Each agency "
          f"checked the draft for accuracy before it was agreed by {_who(c)}.")  # fmt: skip
    _story(c)
    for event in _case_events(c, 3)[2:]:
        d.add("p", event)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 4), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        _p(c, st.body, key)
    _numbered_recs(c, 4)


def c842(c: Ctx) -> None:  # the full report, then an easy-read version of it (never lessons: C804's summary)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    _story(c)
    _headed_findings(c, 3)
    _numbered_recs(c, 3)
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Easy read version")
    d.add("p", "This part of the report uses easy words and short sentences. It tells you what the review found.")
    d.add("h2", "What happened")
    easy = {"SUDI": "died", "NEGLECT": "was not looked after well enough"}.get(s.scenario, "was badly hurt")
    d.add("p", f"{s.child} {easy}. A review is when people look at what happened. They want to learn from it.")
    d.add("h2", "What we found out")
    for line in ("Workers did not always tell each other what they knew.",
                 "Workers did not always ask enough questions.",
                 "Some worries were looked at one at a time."):  # fmt: skip
        d.add("bullet", line)
    d.add("h2", "What will change")
    for line in ("Workers will share what they know sooner.", "Managers will check that this happens."):
        d.add("bullet", line)
    d.add("h2", "Hard words")
    d.add("bullet", "Review: a careful look at what happened, to learn from it.")
    d.add("bullet", "Agency: a place where workers help children and families, like a school or a hospital.")


def c843(c: Ctx) -> None:  # a board paper reporting progress on a review's recommendations (RAG never a lesson)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = c.title()
    d.meta["title"] = title
    pub = _before(c, 0)
    d.meta["published"] = pub  # printed to the day in the paper's background (as C125)
    meeting = _before(c, -9, 14)
    board = "Executive Board" if s.review_type == "SCR" else "Executive Group"
    d.add("cover", f"{partnership}: {board}")
    d.add("cover", f"Agenda item 5 | Date of meeting: {slash_date(meeting)}")
    d.add("cover", f"Report of the {'LSCB' if s.review_type == 'SCR' else 'Partnership'} Business Manager")
    d.add("h1", f"Subject: {title}")
    d.add("h2", "1. Purpose of the report")
    d.add("p", f"To update the {board} on progress against the recommendations of the review, nine months after "
          "its publication.")  # fmt: skip
    d.add("h2", "2. Recommendation")
    d.add("p", f"The {board} is asked to note progress and to agree that recommendations rated green are closed.")
    d.add("h2", "3. Background")
    owner = "Board" if s.review_type == "SCR" else "partnership"
    d.add("p", f"The review was led by {s.author}, independent reviewer, and was published on the {owner}'s "
          f"website on {long_date(pub)}. {_opening(c, 20)}")  # fmt: skip
    d.add("h2", "4. Progress against the recommendations")
    d.add("p", "RAG: green – complete; amber – on track; red – behind plan.")
    d.add("header", cells=("No.", "Recommendation", "Lead", "Progress", "RAG"), label="prog28b")
    progress = (("A revised procedure has been agreed and launched at a practitioner briefing.", "Green"),
                ("Training has been delivered to 140 practitioners; an audit is planned for the spring.", "Amber"),
                ("Work has been delayed by changes to the case recording system.", "Red"))  # fmt: skip
    for j, (r, (done, rag)) in enumerate(zip(_fitting_recs(c, 3, agency=True), progress), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency, done, rag), label="prog28b")
    d.add("h2", "5. Next steps")
    d.add("p", "The Learning and Improvement Group will report again in six months.")


def c844(c: Ctx) -> None:  # two reviews' summaries on facing pages of one briefing (C441's child and no age)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    other = _other_child(c, 7, babies=s.child.startswith("Baby"))
    title = f"Learning from two reviews: {s.child} and {other}"
    d.meta.update(title=title, review_type="briefing", child=f"{s.child} and {other}", child_age="")
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("p", f"This briefing sets out side by side the learning from two {_type_name(c)}s the partnership "
          "published together. The full reports are on the partnership's website.")  # fmt: skip
    drawn = _sts(c, 10)
    mine = drawn[:3]
    theirs = [st for st in drawn[3:] if s.child not in f"{st.title} {st.body}"][:3]
    recs = _fitting_recs(c, 4)
    for k, (child, sts, rs) in enumerate(((s.child, mine, recs[:2]), (other, theirs, recs[2:])), 1):
        if s.fmt != "html":
            d.add("pagebreak")
        d.add("h1", child)
        if k == 1:
            d.add("p", _opening(c))
        else:
            d.add("p", f"{other} was known to several agencies for two years before the incident that led to the "
                  "review.")  # fmt: skip
        d.add("h2", "What we learned")
        for st in sts:
            d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
        d.add("h2", "What will change")
        for r in rs:
            d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))


# --- metadata as the pipelines leave it ----------------------------------------------------------------------------


def c845(c: Ctx) -> None:  # a title only in the page's heading (and the browser's title); the area only in the footer
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"{_type_name(c)} about {s.child}"
    d.meta["title"] = title
    d.add("small", "Home > Case reviews")
    d.add("title", title)
    d.add("p", f"This page sets out what the review about {s.child}, who was {s.age} old, found. {s.child} "
          f"{_harm(c)} in {_month(_before(c, 18))}. The review was written by {s.author}.")  # fmt: skip
    _headed_learning(c, 3, "Learning from the review")
    _numbered_recs(c, 3, f"What the {'Board' if s.review_type == 'SCR' else 'partnership'} will do")
    d.add("small", f"Published {c.printed_date()}")
    d.add("small", f"© {partnership} {s.published[:4]}")


def c846(c: Ctx) -> None:  # "Published:" on the page beside a download "uploaded" days earlier and a later update
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = c.title()
    d.meta["title"] = title
    d.add("small", f"Home > {partnership} > Case reviews > {title}")
    d.add("title", title)
    d.add("small", f"Published: {c.printed_date()}")
    d.add("p", f"{_opening(c)} The review was carried out by {s.author} for {partnership}.")
    _headed_learning(c, 3, "Key learning", "Learning point")
    _numbered_recs(c, 3)
    d.add("h1", "Documents")
    d.add("bullet", f"{title} – full report (PDF, 1.4MB). Uploaded {long_date(_before(c, 1, 24))}")
    d.add("bullet", f"{title} – action plan (PDF, 210KB). Uploaded {long_date(_before(c, -2, 3))}")
    d.add("small", f"Page last updated: {long_date(_before(c, -5, 11))}")


def c847(c: Ctx) -> None:  # no author on the cover; "About the author" on the last page names the reviewer
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership, c.title(), f"Published: {c.printed_date()}")
    _intro(c, partnership)
    _story(c)
    _headed_findings(c, 3)
    _numbered_recs(c, 3)
    if s.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "About the author")
    d.add("p", f"This review was written by {s.author}, an independent safeguarding consultant with a background "
          "in social work and a former head of service. The author has no connection with any agency in the "
          "area.")  # fmt: skip


def c848(c: Ctx) -> None:  # a "Document control" table of draft versions (their dates events, never the publication)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership, c.title(), f"Lead reviewer: {s.author}", f"Date of publication: {c.printed_date()}")
    d.add("h1", "Document control")
    d.add("header", cells=("Version", "Date", "Author", "Status"), label="ctrl28b")
    for version, back, status in (("0.1", 7, "First draft for the review panel"),
                                  ("0.4", 5, "Draft shared with agencies for factual accuracy"),
                                  ("0.6", 3, "Draft shared with the family"),
                                  ("1.0", 2, "Final, agreed by the safeguarding partners")):  # fmt: skip
        d.add("row", cells=(version, slash_date(_before(c, back, 6)), s.author, status), label="ctrl28b")
    _intro(c, partnership)
    _story(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning point {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning point {i}: {st.title}", key)
        _p(c, st.body, key)
    _numbered_recs(c, 3)


def c849(c: Ctx) -> None:  # a slide deck exported as PDF: one slide a page, the slide number in the footer
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"Learning from the {_type_name(c)}: {s.child}"
    d.meta.update(title=title, review_type="briefing")
    d.footer = "{x}"
    brk = s.fmt != "html"
    d.add("cover", partnership)
    d.add("title", title)
    d.add("cover", "Briefing for practitioners")
    d.add("cover", f"Presented by {s.author}, independent reviewer | {c.printed_date()}")
    if brk:
        d.add("pagebreak")
    d.add("h1", f"About {s.child}")
    d.add("bullet", _opening(c))
    d.add("bullet", f"The review looked at how agencies worked with {s.child} and {_poss(c)} family.")
    for i, st in enumerate(_sts(c, 3), 1):
        if brk:
            d.add("pagebreak")
        key = d.lesson("learning_point", f"Key learning {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h1", f"Key learning {i}: {st.title}", key)
        _p(c, st.body, key)
    if brk:
        d.add("pagebreak")
    _numbered_recs(c, 3, f"Recommendations for the {'Board' if s.review_type == 'SCR' else 'partnership'}")
    if brk:
        d.add("pagebreak")
    d.add("h1", "Questions for reflection")
    for q in ("How do you find out who lives in the household?", "When did you last escalate a disagreement?"):
        d.add("bullet", q)


def c850(c: Ctx) -> None:  # a PDF converted to Word: every printed line its own paragraph, sentences broken
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)

    def lines(text: str, keys=()) -> None:
        for line in textwrap.wrap(text, 74):
            d.add("p", line, keys)

    d.add("h1", "Introduction")
    lines(f"{_opening(c)} {partnership} commissioned this review to understand how agencies worked with {s.child} "
          f"and {_poss(c)} family.")  # fmt: skip
    d.add("h1", "Background")
    for event in _case_events(c, 2):
        lines(event)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        lines(st.body, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(_fitting_recs(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes)
        first, *rest = textwrap.wrap(r.text, 70)
        d.add("num", first, key, label=f"{j}.")
        for line in rest:
            d.add("p", line, key)


def c851(c: Ctx) -> None:  # the title printed only in the running header (the cover a logo's words and a date)
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    title = f"{_type_name(c)} – {s.child}"
    d.meta["title"] = title
    d.header = title
    d.add("cover", partnership)
    d.add("cover", "Final report")
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    _intro(c, partnership)
    _story(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        _p(c, st.body, key)
    _numbered_recs(c, 3)


def c852(c: Ctx) -> None:  # a Word table pairing each learning with its recommendation on one row (two lessons)
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    _story(c)
    d.add("h1", "Learning and recommendations")
    d.add("p", "Each learning point is set beside the recommendation that responds to it.")
    d.add("header", cells=("Learning", "Recommendation"), label="learn28b")
    for st, r in zip(_sts(c, 3), _fitting_recs(c, 3)):
        a = d.lesson("learning_point", "", st.body, st.themes)
        b = d.lesson("recommendation", "", r.text, r.themes)
        d.add("row", keys=(a, b), cells=(st.body, r.text), label="learn28b")


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
