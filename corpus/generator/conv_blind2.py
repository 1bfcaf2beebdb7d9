"""Corpus generator: the second blind held-out set of conventions, C60-C80 of corpus/CONVENTIONS.md.

Written on 2026-12-05 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it or `lessons eval` on these documents and
never saw its output on them. Each builder lays out one document in a way
published English reviews print their lessons, and declares every lesson as
a careful reader of that document would record it: kind, printed label,
heading (title) where there is one, agency where the document gives one,
and the review's metadata as its cover (or record) prints it.

PDF elements this set adds (drawn through conv_docs.PDF_KINDS): a table row
carrying two lessons ("duorow"), a narrative paragraph with a bold
"Learning point:" inside it ("inlinelp"), a bullet opening with its bold
title ("titlebullet"). The definition-list web page of C70 has a writer of
its own. Texts of the pandemic are kept to reviews published from 2020.
"""

from __future__ import annotations

import html

from . import narrative
from .conv_blind import LETTERS, earlier
from .conv_common import (
    after_marker,
    background,
    draw_recs,
    draw_statements,
    findings,
    numbered_recs,
    rec_bullets,
    runin_recs,
    statement_bullets,
    will,
)
from .conv_docs import COLUMN_WIDTHS, EXTENSIONS, PDF_KINDS, WRITERS, ConvDoc
from .conv_specs import MONTHS, TYPE_NAMES, Ctx
from .model import split_body


def numeric_month(published: str) -> str:
    """ "03/2019" for 2019-03 or 2019-03-14."""
    return f"{published[5:7]}/{published[:4]}"


def dotted(published: str) -> str:
    """ "14.03.2019": day first, as British documents print it."""
    return f"{published[8:10]}.{published[5:7]}.{published[:4]}"


def earlier_dotted(c: Ctx, months: int) -> str:
    """A day-first dotted date some months before publication: an event date, never the publication."""
    p = c.spec.published
    total = int(p[:4]) * 12 + int(p[5:7]) - 1 - months
    return f"{(int(p[8:10]) % 27) + 1:02d}.{total % 12 + 1:02d}.{total // 12}"


def _the(agency: str) -> str:
    if agency == "All partner agencies":
        return "all partner agencies"
    if agency in ("Children's Social Care", "Education", "Public Health"):
        return agency
    return f"the {agency}"


# Questions for the Board (SCIE Learning Together reports): the partnership's agenda, i.e. its
# recommendations, as questions. Themes as the taxonomy names them.
BOARD_QUESTIONS = (
    (
        "How does the Board know that practitioners in every agency ask who else lives in or visits a baby's "
        "home, and record what they are told?",
        "fam.male_carers assess.professional_curiosity",
    ),
    (
        "What assurance can the Board have that information held by adult services reaches the professionals "
        "working with the children in the same household?",
        "multi.information_sharing assess.whole_family",
    ),
    (
        "How will the Board satisfy itself that supervision gives practitioners time to reflect on the child's "
        "lived experience rather than on the completion of tasks?",
        "org.workforce_supervision voice.voice_of_child",
    ),
    (
        "Is the Board confident that the escalation policy is known and used by front-line staff when they "
        "disagree with a decision made by another agency?",
        "assess.critical_thinking_challenge multi.coordination",
    ),
    (
        "What does the Board need from agencies to be sure that a family's history is read and used when a "
        "new concern is assessed?",
        "assess.history_chronology assess.risk_assessment",
    ),
    (
        "How can the Board test whether the threshold guidance is applied consistently at the front door when "
        "repeated low-level concerns are referred?",
        "assess.thresholds_cp_processes assess.early_help",
    ),
    (
        "How does the Board know that the voice of children who do not speak is sought and recorded through "
        "observation?",
        "voice.voice_of_child vuln.disabled_children",
    ),
    (
        "What steps should the Board take to make sure that families who move between areas are not lost to "
        "the services that were supporting them?",
        "multi.cross_boundary_transfer multi.coordination",
    ),
)

RESPONSES = (
    "Accepted. The learning and improvement subgroup will lead this work and report progress to the "
    "executive group every quarter.",
    "Accepted. Work has begun and a first report will be made to the partnership within six months.",
    "Accepted in part. The partners agree with the aim and will consider how it can be met within the "
    "resources available.",
    "Accepted. This will be included in the partnership's multi-agency training programme from September.",
)


def _question_lesson(c: Ctx, q) -> int:
    text, themes = q
    return c.doc.lesson("recommendation", "", text, themes.split())


# --- the builders -----------------------------------------------------------


def c60(c: Ctx) -> None:  # "What we found / What we will do" two-column table
    d, s = c.doc, c.spec
    d.header = f"{s.child} - learning review"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Lead reviewer: {s.author}")
    d.add("cover", f"Published {c.printed_date()}")
    if s.fmt == "pdf":
        d.add("pagebreak")
    d.add("h1", "Introduction")
    c.narrative(narrative.INTRO, 2)
    d.add("h1", "Terms of reference")
    for t in narrative.TERMS_OF_REFERENCE:
        d.add("bullet", t)
    background(c)
    d.add("h1", "What we found and what we will do")
    d.add(
        "p",
        "The table sets out what the review found and, beside each finding, what the partnership has "
        "committed to do about it.",
    )
    d.add("header", cells=("What we found", "What we will do"), label="half")
    recs = draw_recs(c, 12)
    for st in draw_statements(c, 4):
        # beside each finding, the commitment that shares most of its themes
        r = max(recs, key=lambda r: len(set(r.themes) & set(st.themes)))
        recs.remove(r)
        text = will(r.text)
        keys = (d.lesson("finding", "", st.body, st.themes), d.lesson("recommendation", "", text, r.themes))
        d.add("duorow" if s.fmt == "pdf" else "row", keys=keys, cells=(st.body, text), label="half")
    d.add("h1", "How we will check")
    d.add(
        "p",
        "Progress against each commitment will be reported to the partnership's learning and improvement "
        "group, which will ask for evidence that practice has changed.",
    )


def c61(c: Ctx) -> None:  # each finding followed by "Questions for the Board"; practitioners' questions are not
    d = c.doc
    c.cover()
    c.front_matter()
    d.add("h1", "Findings")
    questions = list(BOARD_QUESTIONS)
    c.rng.shuffle(questions)
    for i, st in enumerate(draw_statements(c, 3), 1):
        c.headed_finding(st, f"Finding {i}")
        d.add("h3", "Questions for the Board")
        for q in questions[2 * (i - 1) : 2 * i]:
            d.add("bullet", q[0], _question_lesson(c, q))
    d.add("h1", "Questions for practitioners to reflect on")
    d.add("p", "These questions are offered for team meetings and supervision; they are not for the Board.")
    for q in narrative.pick(c.rng, narrative.REFLECTION_QUESTIONS, 3):
        d.add("bullet", c.fill(q))
    d.add("h1", "Appendix: Review team")
    d.add("p", f"Lead reviewer: {c.spec.author}. The review team included senior managers from four agencies.")


def c62(c: Ctx) -> None:  # recommendations grouped "To the X:" by addressee; dotted dates on the cover
    d, s = c.doc, c.spec
    d.header = f"{c.title()} | FINAL"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Review author: {s.author}")
    d.add("cover", f"Report agreed by the partnership: {earlier_dotted(c, 4)}")
    d.add("cover", f"Date of publication: {dotted(s.published)}")
    d.add("pagebreak")
    c.front_matter()
    d.add("h1", "Analysis and learning")
    for st in draw_statements(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    d.add("h1", "Recommendations")
    d.add("p", "Each recommendation is addressed to the body that is able to act on it.")
    recs = draw_recs(c, 5)
    n = 0
    for agency in dict.fromkeys(r.agency for r in recs):
        d.add("h3", f"To {_the(agency)}:")
        for r in (r for r in recs if r.agency == agency):
            n += 1
            d.add("num", r.text, d.lesson("recommendation", str(n), r.text, r.themes, agency), label=f"{n}.")


def c63(c: Ctx) -> None:  # "Finding 2 of 4" with the title on the next line; a contents page listing them
    d, s = c.doc, c.spec
    d.meta["title"] = f"{c.title()}: Overview Report"
    sts = draw_statements(c, 4)
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Overview author: {s.author}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    if s.fmt == "scan":
        d.add("h1", "Contents")
        entries = (
            ["Introduction", "Methodology", "Background"]
            + [f"Finding {i} of 4 - {st.title}" for i, st in enumerate(sts, 1)]
            + ["Recommendations"]
        )
        for j, entry in enumerate(entries):
            d.add("p", f"{entry} .......... {1 + 3 * j // len(entries)}")
        d.add("pagebreak")
    else:
        d.add("toc")
        d.add("pagebreak")
    c.front_matter()
    d.add("h1", "Findings")
    d.add("p", "The review makes four findings. Each is numbered out of the total so that it can be cited alone.")
    for i, st in enumerate(sts, 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i} of 4", key)
        d.add("h2" if s.fmt == "scan" else "h3", st.title, key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    numbered_recs(c)


def c64(c: Ctx) -> None:  # "Practice issue N: title" shaded boxes in the analysis; a research box is not a lesson
    d = c.doc
    d.header, d.marking = f"{c.spec.child}", "OFFICIAL"
    c.cover("reviewer")
    c.front_matter()
    d.add("h1", "Analysis")
    d.add(
        "p",
        "The analysis follows the case in time. Where the review identified a practice issue for the "
        "partnership it is set out in a box.",
    )
    for i, st in enumerate(draw_statements(c, 3), 1):
        c.narrative(narrative.CHRONOLOGY, 1)
        key = d.lesson("finding", f"Practice issue {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("box", st.body, key, label=f"Practice issue {i}: {st.title}")
        if i == 1:
            d.add(
                "box",
                "National analyses of case reviews have found the same difficulties in many areas; the "
                "Child Safeguarding Practice Review Panel's annual reports return to them each year.",
                label="What the research tells us",
            )
    c.rec_table("Recommendations", draw_recs(c, 2))


def c65(c: Ctx) -> None:  # a published executive summary: "Key messages"; "Date of publication: 03/2019"
    d, s = c.doc, c.spec
    d.meta["title"] = f"{c.title()}: Executive Summary"
    d.meta["published"] = s.published[:7]
    d.header = f"Executive Summary - {s.child}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent author: {s.author}")
    d.add("cover", f"Date of publication: {numeric_month(s.published)}")
    d.add("pagebreak")
    d.add("h1", "Introduction")
    d.add(
        "p",
        "This executive summary accompanies the full overview report. It gives the key messages of the "
        "review for practitioners and for senior leaders, and the recommendations made to the partnership.",
    )
    d.add("h1", "The child and family")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "Key messages")
    d.add("p", "The key messages from this review for practitioners are:")
    for i, st in enumerate(draw_statements(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h2", "Key messages for senior leaders")
    statement_bullets(c, draw_statements(c, 2))
    d.add("h1", "Recommendations")
    for j, r in enumerate(draw_recs(c, 3)):
        label = "ABCDEF"[j]
        d.add("num", r.text, d.lesson("recommendation", label, r.text, r.themes), label=f"{label}.")
    d.add("h1", "The full report")
    d.add("p", "The overview report can be read on the partnership's website.")


SMART = (
    "Rec.",
    "Recommendation",
    "Specific action",
    "Measure of success",
    "Responsible officer",
    "Target date",
    "Status",
)


def c66(c: Ctx) -> None:  # a single-agency action plan with SMART columns on a landscape page
    d, s = c.doc, c.spec
    recs = draw_recs(c, 30)
    groups: dict[str, list] = {}
    for r in recs:
        own = not r.text.startswith(("The Partnership", "All agencies", "Agencies", "The MASH"))
        if own and r.agency not in ("Safeguarding Partnership", "All partner agencies"):
            groups.setdefault(r.agency, []).append(r)
    agency = max(groups, key=lambda a: (len(groups[a]), a))
    mine = groups[agency][:3]
    kind = TYPE_NAMES[s.review_type]
    d.meta["title"] = f"{agency}: Single Agency Action Plan - {kind} {s.child}"
    d.header = f"{agency} single agency action plan"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Completed by: {s.author}, Head of Safeguarding")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "1. Purpose of this plan")
    d.add(
        "p",
        f"This plan sets out how {_the(agency)} will act on the learning of the {kind} concerning {s.child}, "
        f"who was {s.age} old when harmed, "
        f"commissioned by the {c.partnership}. Each action is specific, measurable, achievable, realistic "
        "and time-bound.",
    )
    d.add("h1", f"2. Learning identified for {_the(agency)}")
    for i, st in enumerate(draw_statements(c, 2), 1):
        d.add("num", st.body, d.lesson("learning_point", f"2.{i}", st.body, st.themes), label=f"2.{i}")
    d.add("landscape")
    d.add("h1", "3. Action plan")
    d.add("header", cells=SMART, label="smart")
    year = int(s.published[:4])
    actions = (
        ("Issue a practice note and brief every team", "Practice note issued; audit shows use in 80% of cases"),
        ("Add the learning to mandatory training", "All staff trained; training evaluation reported"),
        ("Audit twenty cases and report the findings", "Audit report to the safeguarding committee"),
    )
    for j, r in enumerate(mine, 1):
        act, measure = actions[j - 1]
        key = d.lesson("recommendation", str(j), r.text, r.themes, agency)
        d.add(
            "row",
            keys=key,
            cells=(
                str(j),
                r.text,
                act,
                measure,
                "Named safeguarding lead",
                f"{MONTHS[(2 + 3 * j) % 12]} {year}",
                ("Complete", "On track", "Not started")[j - 1],
            ),
            label="smart",
        )
    d.add("portrait")
    d.add("h1", "4. Monitoring")
    d.add("p", "The plan will be reviewed every quarter by the agency's safeguarding committee.")


def c67(c: Ctx) -> None:  # "Learning point:" in bold inside analysis paragraphs, two columns in print
    d, s = c.doc, c.spec
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("cover", f"Publication date: {c.printed_date()}")
    if s.fmt == "pdf":
        d.add("twocol")
    d.add("h1", "Introduction")
    c.narrative(narrative.INTRO, 2)
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "Analysis of practice")
    periods = ("Before the referral", "The assessment", "The weeks before the incident")
    what = narrative.pick(c.rng, narrative.CHRONOLOGY, 6)
    for i, st in enumerate(draw_statements(c, 3)):
        d.add("h2", periods[i])
        d.add("p", c.fill(what[2 * i]))
        story = c.fill(what[2 * i + 1])
        key = d.lesson("learning_point", "", st.body, st.themes)
        if s.fmt == "pdf":
            d.add("inlinelp", keys=key, cells=(story, st.body))
        else:
            d.add("p", f"{story} Learning point: {st.body}", key)
    runin_recs(c)


def c68(c: Ctx) -> None:  # the Welsh Child Practice Review template, used by an English partnership
    d, s = c.doc, c.spec
    kind = TYPE_NAMES[s.review_type]
    d.meta["title"] = f"Child Practice Review Report: {s.child}"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"A {kind} carried out using the Welsh Child Practice Review model")
    d.add("cover", f"Reviewer: {s.author}")
    d.add("cover", f"Date of publication: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "1. Brief outline of circumstances resulting in the Review")
    d.add(
        "p",
        "To include here: legal context from guidance in relation to which the review is being undertaken; "
        "circumstances resulting in the review; time period reviewed and why; summary timeline of "
        "significant events to be added as an annex.",
    )
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    c.narrative(narrative.CHRONOLOGY, 1)
    d.add("h1", "2. Practice and organisational learning")
    d.add(
        "p",
        "Identify each individual learning point arising in this case (including highlighting effective "
        "practice) accompanied by a brief outline of the relevant circumstances.",
    )
    for st in draw_statements(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        d.add("p", st.body, key)
    d.add("h2", "Effective practice")
    for g in c.gps(2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "3. Improving Systems and Practice")
    d.add("p", "In order to promote the learning from this case the following actions were identified:")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "4. Statement by Reviewer")
    d.add("p", f"Reviewer: {s.author}")
    d.add(
        "p",
        "Statement of independence from the case: I make the following statement that prior to my "
        "involvement with this learning review I have not been directly concerned with the child or family, "
        "or have given professional advice on the case.",
    )
    d.add("p", f"Date: {earlier_dotted(c, 5) if len(s.published) == 10 else earlier(c, 5)}")
    d.add("p", "Chair of Review Panel: name withheld in the published report")
    d.add("p", f"Date: {earlier(c, 4)}")
    d.add("h1", "Appendix 1: Terms of Reference")
    for t in narrative.TERMS_OF_REFERENCE:
        d.add("bullet", t)


ORDINALS = ("Firstly,", "Secondly,", "Thirdly,", "Finally,")


def c69(c: Ctx) -> None:  # lessons as paragraphs opened by "Firstly,", "Secondly,", ... "Finally,"
    d, s = c.doc, c.spec
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Overview report author: {s.author}")
    d.add("cover", f"Published {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "Acknowledgements")
    d.add("p", "Firstly, the reviewer wishes to thank the family members who met with her during the review.")
    d.add("p", "Secondly, thanks are due to the practitioners who gave their time and spoke openly.")
    c.front_matter()
    d.add("h1", "Lessons learnt")
    d.add("p", "The review has identified the following lessons.")
    for marker, st in zip(ORDINALS, draw_statements(c, 4)):
        text = after_marker(st.body)
        d.add("runin", text, d.lesson("learning_point", "", text, st.themes), label=marker, bold_label=False)
    d.add("h1", "Recommendations")
    d.add("p", "It is recommended that:")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"R.{j}", r.text, r.themes), label=f"R.{j}")


def c70(c: Ctx) -> None:  # web page: findings as a definition list, related reviews in a sidebar
    d, s = c.doc, c.spec
    d.add("title", d.meta["title"])
    d.add("published", f"{s.published}|{c.printed_date()}")
    d.add("cover", f"Independent reviewer: {s.author}")
    d.add("h1", "About this review")
    d.add(
        "p",
        f"The {c.partnership} commissioned this review after {s.child}, aged {s.age}, was seriously harmed.",
    )
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "What the review found")
    for st in draw_statements(c, 3):
        key = d.lesson("finding", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("dt", st.body, key, label=st.title)
    d.add("h1", "What we have done")
    d.add("bullet", "Briefed the learning to over 300 practitioners at online sessions.")
    d.add("bullet", "Updated the multi-agency training programme.")
    numbered_recs(c)
    year = int(s.published[:4])
    d.add("aside", f"{TYPE_NAMES[s.review_type]}: Baby T (published {year - 1})")
    d.add("aside", f"Serious Case Review: Child Q - findings and recommendations (published {year - 3})")
    d.add("aside", "Learning briefing: neglect and school attendance")


def c71(c: Ctx) -> None:  # learning summarised only in an appendix table that runs over pages
    d = c.doc
    d.hyphenate, d.header = True, f"{c.title()} - Overview report"
    c.cover()
    c.front_matter()
    d.add("h1", "Analysis")
    c.narrative(narrative.CHRONOLOGY, 3)
    d.add("h1", "Conclusion")
    d.add(
        "p",
        "The learning identified by this review is summarised in Appendix 2, with the section of the report "
        "in which it is discussed.",
    )
    numbered_recs(c)
    d.add("pagebreak")
    d.add("h1", "Appendix 1: Glossary")
    for abbr, meaning in narrative.GLOSSARY:
        d.add("p", f"{abbr} - {meaning}")
    d.add("h1", "Appendix 2: Summary of learning")
    d.add("header", cells=("Ref.", "Theme", "Learning identified"), label="learn3")
    for i, st in enumerate(draw_statements(c, 9), 1):
        key = d.lesson("learning_point", f"L{i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("row", keys=key, cells=(f"L{i}", st.title, st.body), label="learn3")


def c72(c: Ctx) -> None:  # key lines of enquiry (questions, not lessons), "Strengths", "Areas for improvement"
    d, s = c.doc, c.spec
    c.cover("reviewer")
    d.add("h1", "Introduction")
    c.narrative(narrative.INTRO, 1)
    d.add("h1", "Background")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    kloes = (
        "How well did agencies understand the risks to the child?",
        "How effectively was information shared between agencies?",
        "Was the child seen and heard?",
    )
    d.add("h1", "Key lines of enquiry")
    for i, st in enumerate(draw_statements(c, 3)):
        d.add("h2", f"Key line of enquiry {i + 1}")
        d.add("p", kloes[i])
        c.narrative(narrative.CHRONOLOGY, 1)
        d.add("runin", st.body, d.lesson("finding", "", st.body, st.themes), label="Finding:")
    d.add("h1", "Strengths")
    for g in c.gps(2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    numbered_recs(c, 3, "Areas for improvement")
    d.add("h1", "Next steps")
    d.add("p", "The partnership will publish its response and an action plan within three months.")


def c73(c: Ctx) -> None:  # the NSPCC repository's cover sheet before the report's own cover
    d, s = c.doc, c.spec
    d.header = f"SCR {s.child}"
    d.add("p", f"Title: {TYPE_NAMES[s.review_type].capitalize()}: {s.child}")
    d.add("p", f"LSCB: {c.partnership}")
    d.add("p", f"Author: {s.author}")
    d.add("p", f"Date of publication: {c.printed_date()}")
    d.add(
        "p",
        "This case review report was deposited by the publishing LSCB with the national case review "
        "repository, which is hosted by the NSPCC. The report remains the property of the LSCB.",
    )
    d.add("pagebreak")
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Independent author: {s.author}")
    d.add("cover", f"Final report: {earlier(c, 6)}")
    d.add("pagebreak")
    c.front_matter()
    d.add("h1", "Learning")
    for i, st in enumerate(draw_statements(c, 3), 1):
        key = d.lesson("learning_point", f"Lesson {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Lesson {i}: {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    c.rec_table("Recommendations", draw_recs(c, 3))


def c74(c: Ctx) -> None:  # each recommendation with stacked Lead / Timescale / impact lines
    d = c.doc
    c.cover()
    c.front_matter()
    findings(c, draw_statements(c, 3))
    d.add("h1", "Recommendations")
    impacts = (
        "An audit of cases shows the change in at least four cases in five.",
        "Practitioners report in the annual survey that they know and use the guidance.",
        "The partnership's performance report shows the change over two quarters.",
    )
    for j, r in enumerate(draw_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes, r.agency)
        d.add("h2", f"Recommendation {j}", key)
        d.add("p", r.text, key)
        d.add("p", f"Lead: {r.agency}")
        d.add("p", f"Timescale: {('three', 'six', 'twelve')[j - 1]} months")
        d.add("p", f"How will we know it has made a difference? {impacts[j - 1]}")


def c75(c: Ctx) -> None:  # a library catalogue record: labelled fields, learning and recommendations in the abstract
    d, s = c.doc, c.spec
    year = s.published[:4]
    d.meta["published"] = year
    kind = TYPE_NAMES[s.review_type]
    d.add("title", d.meta["title"])
    sts, recs = draw_statements(c, 3), draw_recs(c, 2)
    number, unit = s.age.split()
    case = (
        f"Overview report of a {kind.lower()} into the serious harm of a {number}-{unit.rstrip('s')}-old "
        f"{'girl' if s.sex == 'f' else 'boy'} in {earlier(c, 20)}. Ethnicity and nationality not stated."
    )
    items = [st.title[0].lower() + st.title[1:] if st.title[1:2].islower() else st.title for st in sts]
    learning = "Learning themes include: " + "; ".join(items) + "."
    rec_text = "Recommendations to the partnership include: " + "; ".join(r.text.rstrip(".") for r in recs) + "."
    keys = [d.lesson("learning_point", "", item, st.themes) for item, st in zip(items, sts)]
    keys += [d.lesson("recommendation", "", r.text.rstrip("."), r.themes) for r in recs]
    for field_, value in (
        ("Title", d.meta["title"]),
        ("Author", s.author),
        ("Corporate author", c.partnership),
        ("Date of publication", year),
        ("Format", "PDF, 38 pages"),
    ):
        d.add("p", f"{field_}: {value}")
    d.add("p", f"Abstract: {case} {learning} {rec_text}", keys)
    d.add("p", "Model: Significant Incident Learning Process (SILP).")
    d.add("p", "Subject headings: case reviews; multi-agency working; risk assessment; information sharing.")
    d.add("p", f"Copy number: NC0{5 * 10**4 + (sum(map(ord, s.name)) % 9999)}")


def c76(c: Ctx) -> None:  # each recommendation followed by the partnership's response (not a lesson)
    d = c.doc
    c.cover()
    c.front_matter()
    d.add("h1", "Findings")
    for st in draw_statements(c, 3):
        c.headed_finding(st)
    d.add("h1", "Recommendations and the partnership's response")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add(
            "runin",
            r.text,
            d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes),
            label=f"Recommendation {j}:",
        )
        d.add("runin", RESPONSES[(j + len(c.spec.name)) % len(RESPONSES)], label="Partnership response:")


def c77(c: Ctx) -> None:  # rapid review: one table of learning (L1), good practice (GP1), recommendations (R1)
    d, s = c.doc, c.spec
    d.meta["title"] = f"Rapid Review Report: {s.child}"
    d.meta["review_type"] = "other"
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", f"Chair of the rapid review: {s.author}")
    d.add("cover", f"Date of rapid review meeting: {earlier(c, 9)}")
    d.add("cover", f"Published: {c.printed_date()}")
    d.add("pagebreak")
    d.add("h1", "1. Case summary")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("h1", "2. Agencies that contributed")
    for agency in ("Children's social care", "Police", "Health visiting service", "GP practice", "School"):
        d.add("bullet", agency)
    d.add("h1", "3. Learning identified")
    d.add(
        "p",
        "The table uses L for learning, GP for good practice and R for recommendations to the partnership.",
    )
    d.add("header", cells=("Ref", "Learning, good practice and recommendations"))
    for i, st in enumerate(draw_statements(c, 3), 1):
        d.add("row", keys=d.lesson("learning_point", f"L{i}", st.body, st.themes), cells=(f"L{i}", st.body))
    for i, g in enumerate(c.gps(2), 1):
        d.add("row", keys=d.lesson("good_practice", f"GP{i}", g.text, g.themes), cells=(f"GP{i}", g.text))
    for i, r in enumerate(draw_recs(c, 3), 1):
        d.add("row", keys=d.lesson("recommendation", f"R{i}", r.text, r.themes), cells=(f"R{i}", r.text))
    d.add("h1", "4. Decision")
    d.add(
        "p",
        "The rapid review concluded that the learning can be taken forward without a local child "
        "safeguarding practice review. The National Panel agreed with this decision.",
    )


def c78(c: Ctx) -> None:  # every paragraph numbered to three levels; only "4.2.3 Learning: ..." ones are lessons
    d, s = c.doc, c.spec
    d.header = f"{c.title()} - Overview Report"
    c.cover()
    d.add("h1", "1. Introduction")
    for j, t in enumerate(narrative.pick(c.rng, narrative.INTRO, 2), 1):
        d.add("num", c.fill(t), label=f"1.{j}")
    d.add("h1", "2. Methodology")
    d.add("num", c.fill(narrative.pick(c.rng, narrative.METHOD, 1)[0]), label="2.1")
    d.add("h1", "3. Background")
    d.add("num", c.fill(narrative.BACKGROUND[s.scenario]), label="3.1")
    d.add("h1", "4. Analysis")
    what = narrative.pick(c.rng, narrative.CHRONOLOGY, 6)
    for i, st in enumerate(draw_statements(c, 3), 1):
        d.add("h2", f"4.{i} {('Early help', 'Assessment of risk', 'Working together')[i - 1]}")
        d.add("num", c.fill(what[2 * i - 2]), label=f"4.{i}.1")
        d.add("num", c.fill(what[2 * i - 1]), label=f"4.{i}.2")
        label = f"4.{i}.3"
        d.add("num", f"Learning: {st.body}", d.lesson("learning_point", label, st.body, st.themes), label=label)
    d.add("h1", "5. Recommendations")
    for j, r in enumerate(draw_recs(c, 3), 1):
        d.add("num", r.text, d.lesson("recommendation", f"5.{j}", r.text, r.themes), label=f"5.{j}")


def c79(c: Ctx) -> None:  # a recommendation whose stem ends "should:" and whose parts are lettered: one lesson
    d, s = c.doc, c.spec
    c.cover()
    if s.fmt == "pdf":
        d.add("twocol")
    c.front_matter()
    findings(c, draw_statements(c, 3))
    d.add("h1", "Recommendations")
    groups: dict[str, list] = {}
    for r in draw_recs(c, 14):
        subject, _, rest = r.text.partition(" should ")
        if rest:
            groups.setdefault(subject, []).append((rest.rstrip("."), r))
    compound = sorted((g for g in groups.values() if len(g) >= 2), key=len, reverse=True)[:2]
    single = next(g[0][1] for g in groups.values() if len(g) == 1)
    n = 0
    for parts in compound:
        n += 1
        parts = parts[:3]
        subject = parts[0][1].text.partition(" should ")[0]
        items = [f"{rest};" for rest, _ in parts[:-1]] + [f"{parts[-1][0]}."]
        themes = tuple(dict.fromkeys(t for _, r in parts for t in r.themes))[:4]
        key = d.lesson("recommendation", str(n), f"{subject} should: {' '.join(items)}", themes)
        d.add("num", f"{subject} should:", key, label=f"{n}.")
        for k, item in enumerate(items):
            if s.fmt == "scan":
                d.add("num", item, key, label=f"{LETTERS[k]})")
            else:
                d.add("subbullet", item, key, label=f"{LETTERS[k]})")
    n += 1
    d.add("num", single.text, d.lesson("recommendation", str(n), single.text, single.themes), label=f"{n}.")


def c80(c: Ctx) -> None:  # metadata only in a colophon at the end; learning bullets opening with a bold title
    d, s = c.doc, c.spec
    d.footer = "{x}"
    d.add("title", d.meta["title"])
    d.add("cover", "Learning from a review of the help given to a child and family")
    if s.fmt == "pdf":
        d.add("pagebreak")
    d.add("h1", "What happened")
    d.add("p", c.fill(narrative.BACKGROUND[s.scenario]))
    d.add("p", f"The incident that led to the review happened in {earlier(c, 26)}.")
    c.narrative(narrative.CHRONOLOGY, 2)
    d.add("h1", "What we learned")
    for st in draw_statements(c, 4):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        if s.fmt == "pdf":
            d.add("titlebullet", st.body, key, label=st.title)
        else:
            d.add("bullet", f"{st.title} \u2013 {st.body}", key)
    d.add("h1", "What will change")
    rec_bullets(c, draw_recs(c, 3))
    d.add("h1", "About this report")
    d.add(
        "p",
        f"This report was written by {s.author}, independent reviewer, for the {c.partnership}. "
        f"It was published {'on' if len(s.published) == 10 else 'in'} {c.printed_date()}. The family have seen it and agreed to its publication.",
    )


BUILDERS = {
    f"C{int(name[1:]):02d}": fn
    for name, fn in globals().items()
    if len(name) == 3 and name[0] == "c" and name[1:].isdigit()
}


# --- PDF kinds and the definition-list web page ----------------------------------


def _pdf_duorow(e, s, look):
    """One table row carrying two lessons (what was found, what will be done)."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    from .pdf_layouts import BODY_W
    from .pdf_render import TrackedTable, para

    fractions, _ = COLUMN_WIDTHS[e.label]
    t = TrackedTable([[para(x, s.st["cell"], look) for x in e.cells]], colWidths=[f * BODY_W for f in fractions])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    t.lesson_keys = list(e.keys)
    t.lesson_key, t.toc_key = None, None
    t.splitInRow = 0
    return [t]


def _pdf_inline_learning_point(e, s, look):
    """An analysis paragraph whose last sentences are the learning, after a bold "Learning point:"."""
    from .conv_docs import _unsplit_class
    from .pdf_render import markup

    story, learning = e.cells
    f = _unsplit_class()(f"{markup(story, look)} <b>Learning point:</b> {markup(learning, look)}", s.st["body"])
    f.lesson_keys = list(e.keys)
    f.lesson_key, f.toc_key = None, None
    return [f]


def write_dl_page(doc: ConvDoc) -> tuple[bytes, dict[int, tuple[int, int]]]:
    """A partnership page built from a definition list (<dl><dt>title</dt><dd>text</dd>), a <time>
    element for the publication date, and a sidebar of other reviews' titles."""
    esc = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        '<head><meta charset="utf-8">',
        f"<title>{esc(doc.meta['title'])} - Case reviews</title></head>",
        "<body>",
        '<a class="skip" href="#content">Skip to content</a>',
        '<header><p class="site">Safeguarding Children Partnership</p><nav><a href="/">Home</a> '
        '<a href="/professionals">Professionals</a> <a href="/case-reviews">Case reviews</a></nav></header>',
        '<div class="layout"><main id="content">',
    ]
    open_tag, aside = "", []

    def close():
        nonlocal open_tag
        if open_tag:
            out.append(f"</{open_tag}>")
            open_tag = ""

    def want(tag_name):
        nonlocal open_tag
        if open_tag != tag_name:
            close()
            out.append(f"<{tag_name}>")
            open_tag = tag_name

    for e in doc.elements:
        t = esc(e.text)
        if e.kind == "title":
            close()
            out.append(f"<h1>{t}</h1>")
        elif e.kind == "published":
            iso, shown = e.text.split("|")
            close()
            out.append(f'<p class="meta">Published on <time datetime="{esc(iso)}">{esc(shown)}</time></p>')
        elif e.kind == "cover":
            close()
            out.append(f'<p class="meta">{t}</p>')
        elif e.kind == "h1":
            close()
            out.append(f"<h2>{t}</h2>")
        elif e.kind == "p":
            close()
            out.append(f"<p>{t}</p>")
        elif e.kind == "dt":
            want("dl")
            out.append(f"<dt>{esc(e.label)}</dt><dd>{t}</dd>")
        elif e.kind == "bullet":
            want("ul")
            out.append(f"<li>{t}</li>")
        elif e.kind == "num":
            want("ol")
            out.append(f"<li>{t}</li>")
        elif e.kind == "aside":
            aside.append(f'<li><a href="/case-reviews/{len(aside) + 1}">{t}</a></li>')
    close()
    out.append('<p><a href="/documents/full-report.pdf">Download the full report (PDF, 1.2MB)</a></p>')
    out.append("</main>")
    out.append("<aside><h2>Other case reviews</h2><ul>" + "".join(aside) + "</ul></aside></div>")
    out += [
        "<footer><p>Cookies | Accessibility | Privacy</p></footer>",
        "</body></html>",
        "",
    ]
    return "\n".join(out).encode("utf-8"), {k: (1, 1) for k in range(len(doc.lessons))}


def _pdf_title_bullet(e, s, look):
    """A bullet whose first words are its bold title, a dash, then the text."""
    from .pdf_render import markup, raw_para

    f = raw_para(f"<b>{markup(e.label, look)}</b> \u2013 {markup(e.text, look)}", s.st["bullet"])
    f.bulletText = "\u2022"
    f.lesson_key, f.toc_key = (e.keys[0] if e.keys else None), None
    return [f]


PDF_KINDS.update({"duorow": _pdf_duorow, "inlinelp": _pdf_inline_learning_point, "titlebullet": _pdf_title_bullet})
COLUMN_WIDTHS.update(
    {
        "half": ((0.5, 0.5), False),
        "learn3": ((0.08, 0.25, 0.67), False),
        "smart": ((0.05, 0.25, 0.18, 0.18, 0.12, 0.11, 0.11), True),
    }
)
WRITERS.update({"dlhtml": write_dl_page})
EXTENSIONS.update({"dlhtml": ".html"})
