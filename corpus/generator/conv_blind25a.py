"""Corpus generator: the twenty-fifth blind held-out set, first half: C709-C726 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to the mainstream: the ordinary full-length
report a practitioner meets most often, a local child safeguarding practice review (2019 on) or a serious case
review (before 2019) at realistic length, with its usual parts (cover, contents, glossary, introduction and terms of
reference, methodology, family involvement, the child's story or chronology, analysis by theme or by key practice
episode, findings, recommendations, the partnership's response or action plan, appendices), and the lessons where
real reports put them: at the end of a chapter or an episode, in the analysis, in an executive summary and again in
the body (recorded once, where the body prints it), in a closing list. A smaller part leans to metadata as full
reports scatter it: the partnership only on a logo line and in the footer, the publication date only on a back page
or in a document-control table beside draft dates, the child's name explained, the age deep in the introduction or
the terms of reference, the author named only in the methodology.

Each builder declares every lesson as a careful reader of that document would record it: kind, printed label,
heading (title) where a heading names the lesson, agency where the document gives one, and only the metadata the
document prints. Terms of reference, glossaries, chronologies, episode narratives, analysis that draws no lesson,
restatements in an executive summary, action plans and the partnership's response are never lessons. Lesson texts
come from the sample bank (drawn to fit the document's year); the set uses only element kinds the earlier writers
already draw, so no writer is changed and documents of earlier sets come out as before.
"""

from __future__ import annotations

from . import narrative
from .conv_blind18b import _gps, _pron, _recs, _runin
from .conv_blind18b import _p as _para
from .conv_blind18b import _sts as _sts18
from .conv_blind19a import _board, _cap, _month
from .conv_common import child_sex
from .conv_specs import Ctx
from .model import split_body

EPISODES = (
    "Key practice episode 1: the first referral",
    "Key practice episode 2: the strategy discussion and assessment",
    "Key practice episode 3: the months before the incident",
)
EPISODE_TEXT = (
    (
        "The health visitor made the first referral after a new birth visit at which the mother disclosed that her "
        "partner had been violent during the pregnancy. The referral was screened in the front door the same day.",
        "The screening social worker phoned the mother, who said that the relationship was over and that she had the "
        "support of her own mother. No other agency was contacted, and the referral was closed with advice. The "
        "health visitor was not told of the outcome for three weeks.",
    ),
    (
        "Four months later the police were called to the home by a neighbour. A strategy discussion was held by "
        "telephone between a police sergeant and a social work team manager the following morning.",
        "The discussion agreed that a single agency assessment would be completed. The health visitor and the GP "
        "were not part of the discussion, and the notes record only the police's account of the call-out. The "
        "assessment that followed was completed within the timescale and recommended support under section 17.",
    ),
    (
        "In the last three months before the incident the family moved to a new address, and the mother's partner "
        "was seen there by the housing officer. Contact with services became less frequent.",
        "Two planned home visits did not take place, one because the family were out and one because the worker was "
        "off sick. The school nurse and the health visitor each recorded that they had not been able to see the "
        "children, but neither knew that the other had tried.",
    ),
)
ANALYSIS_TEXT = (
    "Practitioners told the review that the case did not stand out among the many others they held at the time. "
    "Each contact, taken on its own, seemed to call for a proportionate response, and each was given one.",
    "The records show that most meetings were well attended, and that actions were agreed and allocated. What the "
    "records do not show is any discussion of what the actions were meant to change for the child.",
    "The mother was open with professionals about many of her difficulties and described them in detail. The review "
    "heard that this openness was itself taken as a sign that the risk was reducing.",
    "The father and the mother's later partner appear in the records mainly as names. Neither was spoken to by a "
    "professional about his own history or his role in caring for the children.",
    "Several practitioners held information that, with hindsight, was significant. At the time each understood it "
    "within their own role, and none had reason to think that the others did not know it.",
    "The plan agreed at the first meeting changed little over the following months, although the family's "
    "circumstances changed a good deal. Reviews of the plan recorded who attended and which tasks were done.",
    "Managers signed off each assessment within its timescale. The records say little about what had changed since "
    "the last assessment, or about what the family's history suggested might happen next.",
    "Few records describe what a day was like for the child: who got up with the child, whether there was food in "
    "the house, where the child slept. Visits were arranged around the adults' appointments.",
)
# The analysis paragraphs that speak of each theme, by their place in ANALYSIS_TEXT.
THEME_ANALYSIS = {
    "Understanding the child's daily life": (7, 0),
    "Working with the family": (2, 3),
    "Working together": (1, 4, 5, 6),
}
THEMES = (
    "Understanding the child's daily life",
    "Working with the family",
    "Working together",
)
# What each theme is about: a lesson closing a theme (or a chapter of that name) is drawn to fit it.
THEME_FITS = {
    THEMES[0]: ("voice.voice_of_child", "harm.", "vuln.", "edu.", "fam.poverty_housing", "assess.professional_curiosity"),
    THEMES[1]: ("fam.", "voice.wider_family", "assess.disguised_compliance", "assess.optimism_bias",
                "assess.whole_family"),
    THEMES[2]: ("multi.", "assess.thresholds_cp_processes", "assess.critical_thinking_challenge"),
}  # fmt: skip
# What each key practice episode is about, in the words a lesson drawn from it would use (and those it would not).
EPISODE_FITS = (
    (("referral", "threshold", "screen", "front door", "early help", "consent", "telephone call", "no further action"),
     ("strategy", "conference", "plan", "lockdown", "adopted")),
    (("strategy discussion", "health professionals", "single agency", "incident log", "intelligence", "deferred"),
     ("conference", "plan ended", "lockdown", "adopted", "no further action", "closed", "not to hold")),
    (("visit", "adults", "household", "moved", "seen", "partner", "father", "grandmother", "accommodation"),
     ("conference", "strategy", "lockdown", "adopted", "no further action")),
)  # fmt: skip
# A statement the document's own story contradicts is never drawn for it.
CONTRADICTS = {"DA": "There was no history of domestic abuse", "NAI": "was deliberately harmed"}


def _sts(c: Ctx, n: int) -> list:
    """n bank statements, none that the document's own background (its scenario) contradicts."""
    bad = CONTRADICTS.get(c.spec.scenario)
    out: list = []
    while len(out) < n:
        drawn = _sts18(c, 1)
        if not drawn:
            break
        out += [st for st in drawn if not bad or bad not in f"{st.title} {st.body}"]
    return out


def _fits(item, prefixes) -> bool:
    return any(t.startswith(prefixes) for t in item.themes)


def _for_theme(pool: list, head: str):
    """The first item of the pool whose main theme (else any theme) is what the theme is about; else the first."""
    prefixes = THEME_FITS[head]
    pick = next((x for x in pool if x.themes and x.themes[0].startswith(prefixes)), None)
    pick = pick or next((x for x in pool if _fits(x, prefixes)), None) or pool[0]
    pool.remove(pick)
    return pick


def _follow(st, pool: list, n: int) -> list:
    """The n recommendations of the pool that follow from the finding: its main theme first, then most themes shared
    (agency themes counting least), never one about a family risk or harm the finding does not name; in draw order
    on a tie; taken from the pool."""

    def score(r) -> int:
        shared = set(r.themes) & set(st.themes)
        main = bool(r.themes) and bool(st.themes) and r.themes[0] == st.themes[0]
        other = bool(r.themes) and r.themes[0].startswith(("fam.", "harm.", "efh.")) and r.themes[0] not in st.themes
        return 4 * main + 2 * len([t for t in shared if not t.startswith("agency.")]) + len(shared) - 3 * other

    out = sorted(pool, key=score, reverse=True)[:n]  # sorted is stable: draw order on a tie
    for r in out:
        pool.remove(r)
    return out


def _for_episode(pool: list, n: int, episode: int) -> list:
    """n statements of the pool that speak of what the episode was about and of nothing a later episode holds."""
    want, avoid = EPISODE_FITS[episode]
    out = []
    for keep in (lambda t: any(w in t for w in want) and not any(w in t for w in avoid),
                 lambda t: not any(w in t for w in avoid), lambda t: True):  # fmt: skip
        for st in list(pool):
            if len(out) < n and keep(st.body.lower()):
                out.append(st)
                pool.remove(st)
    return out


# --- the parts every full report has ----------------------------------------------------------------


def _age_words(c: Ctx) -> str:
    return f"{c.spec.age} old"


def _period(c: Ctx) -> str:
    baby = not c.spec.age.endswith("years")
    return "from the pregnancy to the incident" if baby else "over the two years before the incident"


def _is_scr(c: Ctx) -> bool:
    return c.spec.review_type == "SCR"


def _cover(c: Ctx, *lines: str, logo: bool = True) -> None:
    d = c.doc
    if logo:
        d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    for line in lines:
        d.add("cover", line)
    if c.spec.fmt != "html":
        d.add("pagebreak")


def _contents(c: Ctx) -> None:
    if c.spec.fmt in ("pdf", "docx"):
        c.doc.add("toc")
        c.doc.add("pagebreak")


def _glossary(c: Ctx, n: int = 8) -> None:
    d = c.doc
    d.add("h1", "Glossary")
    scan = c.spec.fmt == "scan"  # the scanned copy typed its glossary as lines (the scanner draws no such table)
    if not scan:
        d.add("header", cells=("Term", "Meaning"))
    for term, meaning in narrative.GLOSSARY[:n]:
        if term == "ICB" and _is_scr(c):
            continue
        d.add("p", f"{term}: {meaning}") if scan else d.add("row", cells=(term, meaning))


def _tor(c: Ctx, heading: str = "Terms of reference", extra: str = "") -> None:
    d = c.doc
    d.add("h2" if heading.startswith("Scope") else "h1", heading)
    d.add("p", "The review panel agreed the following terms of reference. The review was asked:")
    for line in narrative.TERMS_OF_REFERENCE:
        d.add("bullet", line)
    if extra:
        d.add("p", extra)
    d.add("p", f"The review considered agency involvement {_period(c)}, and earlier events "
          "where they helped to explain what happened. The panel agreed not to look at events after the incident, "
          "which were the subject of separate processes.")  # fmt: skip
    d.add("p", "Parallel processes included a police investigation and, where relevant, the child death review "
          "process. The review was paused for some months so as not to prejudice the criminal proceedings; the "
          "reviewer kept in touch with the senior investigating officer throughout.")  # fmt: skip


def _method(c: Ctx, author_line: bool = False) -> None:
    d = c.doc
    d.add("h1", "Methodology")
    if author_line:
        d.add("p", f"The review was led by {c.spec.author}, an independent safeguarding consultant with no previous "
              f"involvement with any of the agencies in {c.spec.area}. The lead reviewer was supported by a review "
              "panel of senior managers from the agencies involved, which met five times.")  # fmt: skip
    else:
        d.add("p", "The review was overseen by a panel of senior managers from the agencies involved, which met five "
              "times between the first meeting and the agreement of the final report.")  # fmt: skip
    d.add("p", "Each agency provided a chronology of its involvement and a short analysis of its own practice. "
          "Practitioners who had worked with the family took part in a learning event, and first line managers "
          "met the lead reviewer separately. The review looked at why things happened as they did, and not only at "
          "what happened.")  # fmt: skip
    d.add("p", "The following agencies contributed chronologies and took part in the review:")
    for agency in ("Children's social care", "Police", "The GP practice", "Health visiting and school nursing",
                   "The acute hospital trust", "Schools and early years settings", "Housing"):  # fmt: skip
        d.add("bullet", agency)
    d.add("h2", "Limitations")
    d.add("p", "Some records from the period were brief, and two practitioners who had worked with the family had "
          "left their agencies and could not be contacted. A parallel criminal investigation meant that the review "
          "could not speak to some family members until the trial had ended, which delayed the report.")  # fmt: skip


def _family(c: Ctx, heading: str = "Family involvement") -> None:
    d = c.doc
    d.add("h1", heading)
    d.add("p", f"{c.spec.child}'s mother met the lead reviewer twice and her views are included throughout the "
          "report. The father was written to at the start of the review and again when the draft was complete, but "
          "did not reply. The family were shown the report before it was published.")  # fmt: skip
    d.add("p", "The mother told the reviewer that she had wanted help but had been frightened that asking for it "
          "would lead to her children being taken away. She said that the workers she trusted most were those who "
          "came back when they said they would.")  # fmt: skip


def _years_old(c: Ctx) -> int:
    return int(c.spec.age.split()[0]) if c.spec.age.endswith("years") else 0


def _chronology(c: Ctx) -> list[str]:
    """The summary-of-events paragraphs a story of this child could print: no school watching a child under five, no
    developmental review of a child of five or more, nothing that is the reviewer's method rather than an event."""
    young = _years_old(c) < 5
    out = []
    for text in narrative.CHRONOLOGY:
        if (young and "school" in text and "{child}" in text) or (not young and "developmental review" in text):
            continue
        if "reviewer has drawn" in text or "have reflected openly" in text:
            continue
        out.append(text)
    return out


def _story(c: Ctx, heading: str = "Background") -> None:
    d = c.doc
    d.add("h1", heading)
    d.add("p", c.fill(narrative.BACKGROUND[c.spec.scenario]))
    c.narrative(_chronology(c), 3)
    d.add("p", "The family were known to universal services throughout the period, and to children's social care "
          "at several points. The chronology provided to the review runs to more than two hundred entries; the "
          "summary here gives only the events most relevant to the analysis that follows.")  # fmt: skip
    d.add("p", "The family's circumstances changed often. There were periods of months when things seemed settled, "
          "and practitioners who knew the family during those periods described a warm home in which the children "
          "were well cared for. Other periods were marked by arguments, money worries and moves between "
          "addresses.")  # fmt: skip


def _analysis(c: Ctx, n: int = 2, theme: str = "") -> None:
    """n analysis paragraphs (of the theme's, under a theme), none printed earlier: a report does not repeat them."""
    printed = {e.text for e in c.doc.elements}
    texts = [ANALYSIS_TEXT[i] for i in THEME_ANALYSIS[theme]] if theme else ANALYSIS_TEXT
    for text in c.rng.sample([t for t in texts if t not in printed], n):
        c.doc.add("p", text)


def _chron_table(c: Ctx) -> None:
    d = c.doc
    year = int(c.spec.published[:4])
    d.add("h1", "Summary chronology")
    d.add("header", cells=("Date", "Event"))
    for m, text in (
        (1, "Referral to children's social care from the health visitor; no further action after a phone call."),
        (4, "Police called to the home after neighbours heard shouting; a domestic abuse report completed."),
        (7, "Strategy discussion held by telephone; single agency checks agreed."),
        (9, "Assessment completed; the case closed with advice to the mother."),
        (11, "The incident that led to this review."),
    ):
        d.add("row", cells=(f"{_month(f'{year - 2}-{m:02d}')}", text))


def _finding(c: Ctx, st, label: str, sep: str = ": ", heading: str = "h2") -> None:
    d = c.doc
    key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
    d.add(heading, f"{label}{sep}{st.title}" if label else st.title, key)
    for chunk in split_body(st.body):
        d.add("p", chunk, key)


def _rec_list(c: Ctx, n: int, heading: str = "Recommendations", prefix: str = "", lead: str = "") -> None:
    d = c.doc
    d.add("h1", heading)
    if lead:
        d.add("p", lead)
    for j, r in enumerate(_recs(c, n), 1):
        label = f"{prefix}{j}"
        d.add("num", r.text, d.lesson("recommendation", label, r.text, r.themes), label=label if prefix else f"{j}.")


def _rec_table(c: Ctx, n: int, heading: str = "Recommendations", head=("No.", "Recommendation", "Lead agency")):
    d = c.doc
    d.add("h1", heading)
    d.add("header", cells=head)
    recs = _recs(c, n)
    for j, r in enumerate(recs, 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, r.agency))
    return recs


def _response(c: Ctx) -> None:
    d = c.doc
    d.add("h1", f"The {'Board' if _is_scr(c) else 'partnership'}'s response")
    d.add("p", f"{_cap(_board(c))} accepts the findings and recommendations of this review in full. An action plan "
          "has been agreed with each agency, and progress will be reported to the executive group every quarter. "
          "The learning has already been shared at practitioner briefings across the area.")  # fmt: skip


def _back_page(c: Ctx, date: bool = True) -> None:
    d = c.doc
    if c.spec.fmt != "html":
        d.add("pagebreak")
    d.add("small", f"Published by {c.partnership}" + (f", {c.printed_date()}" if date else ""))
    d.add("small", "This report may be reproduced for training purposes provided the source is acknowledged.")


# --- the conventions ----------------------------------------------------------------------------------


def c709(c: Ctx) -> None:  # KPE chapters ending in "Learning from this episode" bullets; author only in methodology
    d = c.doc
    _cover(c, f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns {c.spec.child}, who was {_age_words(c)} at the time of the incident. "
          f"{_cap(_board(c))} decided that the criteria for a review were met.")  # fmt: skip
    _tor(c)
    _method(c, author_line=True)
    _family(c)
    _story(c, f"{c.spec.child}'s story")
    pool = _sts(c, 16)
    for ep, (head, text) in enumerate(zip(EPISODES, EPISODE_TEXT, strict=True)):
        d.add("h1", head)
        for para in text:
            d.add("p", para)
        d.add("h2", "Learning from this episode")
        for g in _for_episode(pool, 2, ep):
            d.add("bullet", g.body, d.lesson("learning_point", "", g.body, g.themes))
    _rec_list(c, 4)
    _response(c)


def c710(c: Ctx) -> None:  # themes each ending "Learning point N:" run-in; the name explained; age deep in intro
    d = c.doc
    pron, poss = _pron(c)
    _cover(c, f"Independent reviewer: {c.spec.author}", f"Date of publication: {c.printed_date()}")
    _contents(c)
    _glossary(c)
    d.add("h1", "Introduction")
    d.add("p", f"{_cap(_board(c))} commissioned this review after a serious incident. The purpose of the review is "
          "to learn, not to blame.")  # fmt: skip
    if c.spec.child.startswith(("Child ", "Baby ")):
        d.add("p", f"At the family's request the child is called {c.spec.child} in this report. No other name or "
              "initial is used.")  # fmt: skip
    else:
        d.add("p", f"{c.spec.child} is not the child's real name. The family chose the name {c.spec.child} for this "
              "review, and it is used throughout the report.")  # fmt: skip
    d.add("p", f"{c.spec.child} was aged {c.spec.age.removesuffix(' years')} at the time of the incident and lived "
          f"with {poss} mother. {_cap(pron)} was known to several agencies.")  # fmt: skip
    _tor(c)
    _method(c)
    _story(c)
    d.add("h1", "Analysis")
    n, pool = 0, _sts(c, 16)
    for head in THEMES:
        d.add("h2", head)
        _analysis(c, theme=head)
        for st in [_for_theme(pool, head) for _ in range(1 if head != THEMES[1] else 2)]:
            n += 1
            key = d.lesson("learning_point", f"Learning point {n}", st.body, st.themes)
            _runin(c, st.body, key, label=f"Learning point {n}:")
    _rec_table(c, 3)
    _response(c)


def _numpara(c: Ctx, section: int, texts, start: int = 1) -> int:
    """Narrative paragraphs numbered "<section>.<n>" as older serious case reviews number every paragraph."""
    for i, text in enumerate(texts, start):
        c.doc.add("num", text, label=f"{section}.{i}")
    return start + len(texts)


def c711(c: Ctx) -> None:  # every paragraph numbered; "6. Lessons learned" 6.1-6.3; publication only on the back page
    d = c.doc
    pron, poss = _pron(c)
    _cover(c, f"Overview report by {c.spec.author}")
    _contents(c)
    d.add("h1", "1. Introduction")
    _numpara(c, 1, (
        f"{_cap(_board(c))} agreed that the circumstances of {c.spec.child} met the criteria for a review. "
        f"{c.spec.child} was {_age_words(c)} at the time of the incident.",
        "This overview report draws on the chronologies and reports provided by each agency and on conversations "
        "with practitioners and managers. It is written to be published.",
    ))  # fmt: skip
    d.add("h1", "2. Terms of reference")
    _numpara(c, 2, narrative.TERMS_OF_REFERENCE)
    d.add("h1", "3. Background and summary of events")
    _numpara(c, 3, [c.fill(narrative.BACKGROUND[c.spec.scenario])] + [c.fill(t) for t in narrative.CHRONOLOGY[:3]])
    d.add("h1", "4. Analysis")
    _numpara(c, 4, (
        "Agencies had a good deal of information about the family, but it was held in separate systems and was "
        "not brought together at any point before the incident.",
        f"Practitioners described {c.spec.child}'s mother as warm and engaged. The review found that this view was "
        "not tested against what was happening in the home.",
        "Supervision records show that the case was discussed, but that the discussions recorded tasks rather than "
        "reflection on the risks.",
    ))  # fmt: skip
    d.add("h1", "5. Conclusions")
    _numpara(c, 5, (
        "The review has considered whether the incident could have been predicted or prevented. It was not "
        "predictable on the information available to any single agency at the time.",
        "Had the information held by different agencies been brought together, the risk to the child could have "
        "been seen sooner, and a different response might have followed.",
    ))  # fmt: skip
    d.add("h1", "6. Lessons learned")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", f"6.{i}", st.body, st.themes), label=f"6.{i}")
    _rec_list(c, 3, "7. Recommendations", prefix="7.")
    _back_page(c)


def c712(c: Ctx) -> None:  # document control inside, beside drafts; findings; a lead table and an action plan appendix
    d = c.doc
    year = int(c.spec.published[:4])
    _cover(c, f"Lead reviewer: {c.spec.author}", "Version 1.1")
    d.add("h1", "Document control")
    d.add("header", cells=("Version", "Date", "Status"))
    d.add("row", cells=("0.2", _month(f"{year - 1}-09"), "First draft to the review panel"))
    d.add("row", cells=("0.5", _month(f"{year - 1}-11"), "Draft shared with the family"))
    d.add("row", cells=("1.0", _month(f"{year - 1}-12"), "Final, agreed by the safeguarding partners"))
    d.add("row", cells=("1.1", c.printed_date(), "Published"))
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns {c.spec.child}, {_age_words(c)} at the time of the incident.")
    _tor(c)
    _method(c)
    _family(c)
    _story(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    recs = _rec_table(c, 3)
    d.add("h1", "Appendix A: Action plan")
    d.add("p", "The action plan below was agreed by the safeguarding partners. It is a working document, and progress "
          "is reported to the executive group.")  # fmt: skip
    d.add("header", cells=("Rec.", "Action", "Lead", "By when", "Status"))
    for j, r in enumerate(recs, 1):
        d.add("row", cells=(str(j), "Agree a plan for the change and report on its progress to the executive group.",
                            r.agency, _month(f"{year}-{3 + j * 2:02d}"), "In progress"))  # fmt: skip


def c713(c: Ctx) -> None:  # each analysis chapter ends with its finding and the recommendations that follow from it
    d = c.doc
    _cover(c, f"Independent reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "1. Introduction")
    d.add("p", f"{c.spec.child} was {_age_words(c)} when the incident that led to this review happened.")
    _tor(c)
    _method(c)
    _story(c, "2. The child and family")
    all_recs, pool, rec_pool = [], _sts(c, 16), _recs(c, 20)
    for ch, head in enumerate(THEMES, 3):
        d.add("h1", f"{ch}. {head}")
        _analysis(c, theme=head)
        st = _for_theme(pool, head)
        _finding(c, st, f"Finding {ch}.1", heading="h2")
        for j, r in enumerate(_follow(st, rec_pool, 1 if ch != 4 else 2), 1):
            label = f"Recommendation {ch}.{j}"
            key = d.lesson("recommendation", label, r.text, r.themes)
            _runin(c, r.text, key, label=f"{label}:")
            all_recs.append((label, r.text))
    d.add("h1", "Appendix: summary of recommendations")
    d.add("p", "The recommendations made in the body of the report are listed here for ease of reference.")
    for label, text in all_recs:
        d.add("bullet", f"{label}: {text}")


def c714(c: Ctx) -> None:  # the partnership only on the logo line and in the footer; overview and single-agency recs
    d = c.doc
    d.footer = f"{c.partnership} | Page {{x}} of {{y}}"
    _cover(c, f"Independent author: {c.spec.author}", f"{c.printed_date()}")
    _contents(c)
    _glossary(c, 10)
    d.add("h1", "Introduction")
    d.add("p", f"The {'Board' if _is_scr(c) else 'partnership'} commissioned this review after {c.spec.child}, "
          f"{_age_words(c)}, was seriously harmed. The report refers to the commissioning body throughout as 'the "
          f"{'Board' if _is_scr(c) else 'partnership'}'.")  # fmt: skip
    _tor(c)
    _method(c)
    _family(c)
    _story(c, "Summary of agency involvement")
    d.add("h1", "Analysis and findings")
    for st in _sts(c, 3):
        _finding(c, st, "")
    d.add("h1", "Recommendations")
    d.add("h2", "Overview recommendations")
    for j, r in enumerate(_recs(c, 2), 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h2", "Single agency recommendations")
    d.add("p", "Each agency made recommendations for its own practice in its report to the review. They are "
          "repeated here under the agency's name.")  # fmt: skip
    by_agency: dict[str, list] = {}
    many = ("All", "Safeguarding Partnership", "LSCB", "Area Child", "Community Safety", "Crime and Disorder")
    for rec in [r for r in _recs(c, 12) if not r.agency.startswith(many)][:3]:  # one agency's own, never all
        by_agency.setdefault(rec.agency, []).append(rec)
    for agency, recs in by_agency.items():
        d.add("h3", agency)
        for rec in recs:
            d.add("bullet", rec.text, d.lesson("recommendation", "", rec.text, rec.themes, agency))


def c715(c: Ctx) -> None:  # practice episodes in a table (never); "Finding N – title"; "Recommendation N" headings
    d = c.doc
    _cover(c, f"Lead reviewer: {c.spec.author}", f"Published {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"This local review concerns {c.spec.child}, who was {_age_words(c)} at the time of the incident. "
          "Its purpose is to identify improvements to practice in the area.")  # fmt: skip
    _tor(c)
    _method(c)
    d.add("h1", "Practice episodes")
    d.add("p", "The review identified three practice episodes, summarised in the table below. They are the points at "
          "which the review looked most closely at what happened and why.")  # fmt: skip
    d.add("header", cells=("Episode", "What happened", "Why it matters"))
    for row in (
        ("1. The first referral", "A referral was screened and closed after a phone call to the mother.",
         "The first chance to see the pattern of concerns."),
        ("2. The strategy discussion", "A strategy discussion was held by phone without health.",
         "Decisions were made without all the information."),
        ("3. The final months", "Contact reduced as the family moved address.", "Risk was rising as support fell."),
    ):  # fmt: skip
        d.add("row", cells=row)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}", sep=" \u2013 ")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        d.add("h3", f"Recommendation {j}", key)
        _para(c, r.text, key)
    _response(c)


def c716(c: Ctx) -> None:  # an executive summary listing the recommendations word for word; the body's plain findings
    d = c.doc
    recs = _recs(c, 3)
    _cover(c, f"Author: {c.spec.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Executive summary")
    d.add("p", f"This review concerns {c.spec.child}, {_age_words(c)} at the time of the incident. It found that "
          "agencies knew a good deal about the family's difficulties, but did not bring what they knew together. "
          "The review makes three recommendations:")  # fmt: skip
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, label=f"{j}.")
    if c.spec.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Introduction")
    c.narrative(narrative.INTRO[1:2], 1)
    _tor(c)
    _method(c)
    _family(c)
    _story(c)
    d.add("h1", "Findings")
    for st in _sts(c, 3):
        _finding(c, st, "")
    d.add("h1", "Recommendations")
    for j, r in enumerate(recs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")


def c717(c: Ctx) -> None:  # the age only in the scope; "A day in the life"; "Summary of learning"; "Recommendation One"
    d = c.doc
    words = ("One", "Two", "Three", "Four")
    _cover(c, f"Reviewer: {c.spec.author}", f"Date of publication: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"{_cap(_board(c))} commissioned this review following a serious incident notification. The review "
          "was completed in line with the statutory guidance in force at the time.")  # fmt: skip
    d.add("h2", "Scope of the review")
    d.add("p", f"The review considers agency involvement with {c.spec.child} and the family {_period(c)}. Earlier "
          f"events are included where they help to explain what happened. {c.spec.child} was aged "
          f"{c.spec.age.removesuffix(' years')} at the time of the incident.")  # fmt: skip
    _tor(c, "Scope: the questions the review asked")
    _method(c)
    d.add("h1", f"A day in the life of {c.spec.child}")
    d.add("p", f"This section was written with {c.spec.child}'s family, to help the reader picture the child's "
          "day-to-day life. It describes a typical day in the months before the incident.")  # fmt: skip
    for text in _day(c):
        d.add("p", text)
    d.add("h1", "Analysis")
    for head in THEMES:
        d.add("h2", head)
        _analysis(c, theme=head)
    d.add("h1", "Summary of learning")
    for i, st in enumerate(_sts(c, 4), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Recommendations")
    for j, r in enumerate(_recs(c, 3)):
        key = d.lesson("recommendation", f"Recommendation {words[j]}", r.text, r.themes)
        _runin(c, r.text, key, label=f"Recommendation {words[j]}:")


def _day(c: Ctx) -> tuple[str, str]:
    """A typical day in the child's life, as the family told it, for a baby, a young child or a teenager."""
    pron, poss = _pron(c)
    obj = "him" if pron == "he" else "her"
    child = c.spec.child
    if not c.spec.age.endswith("years"):
        return (
            f"{child} usually woke early for a feed, and {poss} mother said that the days could feel very long. "
            "Relatives and friends came and went, and the home was often busy and noisy.",
            f"In the evenings {child} was passed between the adults in the house until {pron} fell asleep, often "
            "late, and often not in a cot.",
        )
    if _years_old(c) >= 11:
        return (
            f"{child} usually got {obj}self ready for school, because {poss} mother was often still asleep. "
            "Breakfast was whatever was in the cupboard, and some days there was nothing.",
            f"After school {child} spent most evenings in {poss} room or out with friends. The family said that "
            f"{pron} often came home late, and that nobody at home asked where {pron} had been.",
        )
    return (
        f"When things were settled the days followed a routine: breakfast, school or nursery, tea and bed. When they "
        f"were not, the routine fell away and {child} was looked after by whichever adult was at home.",
        f"{child}'s mother said that {child} was a quiet child who played alone for long periods and seldom asked for "
        "anything.",
    )


def c718(c: Ctx) -> None:  # "Conclusions and learning": a bold sentence heading each lesson (title) over its paragraph
    d = c.doc
    _cover(c, f"Independent reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"{c.spec.child} was {_age_words(c)} at the time of the incident.")
    _tor(c)
    _method(c)
    _family(c)
    _chron_table(c)
    d.add("h1", "Analysis")
    _analysis(c)
    d.add("h1", "Conclusions and learning")
    d.add("p", "The review draws the following learning from the analysis above.")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h3", st.title, key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    _rec_table(c, 3)


def c719(c: Ctx) -> None:  # "Learning for each agency" under agency sub-headings (agency as printed) in a full SCR
    d = c.doc
    _cover(c, f"Overview author: {c.spec.author}", f"Published: {c.printed_date()}")
    _contents(c)
    _glossary(c)
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns {c.spec.child}, who was {_age_words(c)} at the time of the incident.")
    _tor(c)
    _method(c)
    _family(c)
    _story(c, "The family and the events considered")
    d.add("h1", "Analysis of agency involvement")
    _analysis(c)
    d.add("h1", "Learning for each agency")
    d.add("p", "Each agency's own learning is set out below; learning for all agencies follows.")
    pool = _sts(c, 12)
    wanted = (
        ("Children's Social Care", ("agency.childrens_social_care",)),
        ("Health", ("agency.universal_health", "agency.acute_health")),
        ("Police", ("agency.police",)),
    )
    for agency, themes in wanted:
        st = next((st for st in pool if set(themes) & set(st.themes)), None)
        if st is None:
            continue
        pool.remove(st)
        d.add("h2", agency)
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes, agency))
    d.add("h2", "Learning for all agencies")
    for st in [st for st in pool if not any(t.startswith("agency.") for t in st.themes)][:2]:
        d.add("bullet", st.body, d.lesson("learning_point", "", st.body, st.themes))
    _rec_list(c, 3)
    _response(c)


def c720(c: Ctx) -> None:  # "Learning N" run-ins; a table linking each recommendation to its learning (never text)
    d = c.doc
    _cover(c, f"Independent reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"{c.spec.child} was {_age_words(c)} at the time of the incident that led to this review.")
    _tor(c)
    _method(c)
    _family(c)
    _story(c)
    d.add("h1", "Analysis")
    _analysis(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Learning {i}", st.body, st.themes)
        _runin(c, st.body, key, label=f"Learning {i}:")
    d.add("h1", "Recommendations")
    d.add("header", cells=("No.", "Recommendation", "Learning", "Lead agency"))
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", str(j), r.text, r.themes, r.agency)
        d.add("row", keys=key, cells=(str(j), r.text, f"Learning {j}", r.agency))


def c721(c: Ctx) -> None:  # good practice by agency as paragraphs; "Theme N – title" learning; "R1" recommendations
    d = c.doc
    _cover(c, f"Lead reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"This review concerns {c.spec.child}, {_age_words(c)} at the time of the incident.")
    _tor(c)
    _method(c)
    _story(c)
    d.add("h1", "Good practice")
    d.add("p", "The review found examples of good practice, which are recorded here so that they can be recognised "
          "and built on.")  # fmt: skip
    for g in _gps(c, 2):
        _para(c, g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "Learning themes")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"Theme {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Theme {i} \u2013 {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    _rec_list(c, 3, prefix="R")


def c722(c: Ctx) -> None:  # an executive summary in its own words before "Learning point N: title" in the body
    d = c.doc
    _cover(c, f"Independent reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    sts = _sts(c, 3)
    d.add("h1", "Executive summary")
    d.add("p", f"{c.spec.child} was {_age_words(c)} at the time of the incident. The review identified three areas "
          "of learning, set out in full in section 5:")  # fmt: skip
    for st in sts:
        d.add("bullet", st.title)
    if c.spec.fmt != "html":
        d.add("pagebreak")
    _contents(c)
    d.add("h1", "1. Introduction")
    c.narrative(narrative.INTRO[1:2], 1)
    _tor(c)
    d.add("h1", "2. Methodology")
    d.add("p", "The review used a learning event with practitioners and individual conversations with managers.")
    _family(c, "3. Family involvement")
    _story(c, "4. Background")
    d.add("h1", "5. Learning")
    for i, st in enumerate(sts, 1):
        key = d.lesson("learning_point", f"Learning point {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Learning point {i}: {st.title}", key)
        for chunk in split_body(st.body):
            d.add("p", chunk, key)
    _rec_list(c, 3, "6. Recommendations")


def c723(c: Ctx) -> None:  # appendices: earlier reviews' learning and research quoted (never this review's lessons)
    d = c.doc
    _cover(c, f"Independent reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"{c.spec.child} was {_age_words(c)} at the time of the incident.")
    d.add("p", "The terms of reference are at Appendix A.")
    _method(c)
    _family(c)
    _story(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", st.body, st.themes)
        _runin(c, st.body, key, label=f"Finding {i}.")
    _rec_list(c, 3)
    if c.spec.fmt != "html":
        d.add("pagebreak")
    d.add("h1", "Appendix A: Terms of reference")
    for line in narrative.TERMS_OF_REFERENCE:
        d.add("bullet", line)
    d.add("h1", "Appendix B: Learning from earlier local reviews")
    d.add("p", f"The panel considered the learning of two earlier reviews published by {_board(c)}. Their learning "
          "is repeated here as published; it is not new learning from this review.")  # fmt: skip
    for text in (
        "Review of Child H: practitioners should consider the impact of a new partner joining the household.",
        "Review of Family M: information held by adult services about a parent's mental health should be shared "
        "with those working with the children.",
    ):  # fmt: skip
        d.add("bullet", text)
    d.add("h1", "Appendix C: Research and national learning")
    d.add("p", "National analyses of serious case reviews have repeatedly found that the same themes recur: "
          "information is not shared, the child is not seen, and the male carers in a household are not known to "
          "agencies. This review's findings should be read in that context.")  # fmt: skip


def c724(c: Ctx) -> None:  # a recommendation at each theme's end; "Summary of key learning" table closing the report
    d = c.doc
    _cover(c, f"Author: {c.spec.author}", f"Published: {c.printed_date()}")
    _contents(c)
    _glossary(c)
    d.add("h1", "Introduction")
    d.add("p", f"This report concerns {c.spec.child}, who was {_age_words(c)} at the time of the incident.")
    _tor(c)
    _method(c)
    _story(c)
    d.add("h1", "Analysis by theme")
    rec_pool = _recs(c, 10)
    for j, head in enumerate(THEMES, 1):
        d.add("h2", f"Theme {j}: {head}")
        _analysis(c, theme=head)
        r = _for_theme(rec_pool, head)
        key = d.lesson("recommendation", f"Recommendation {j}", r.text, r.themes)
        _runin(c, r.text, key, label=f"Recommendation {j}:")
    d.add("h1", "Summary of key learning")
    d.add("header", cells=("No.", "Key learning"))
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", str(i), st.body, st.themes)
        d.add("row", keys=key, cells=(str(i), st.body))


def c725(c: Ctx) -> None:  # practitioners' words quoted (never); "Key findings" numbered; recommendation bullets
    d = c.doc
    _cover(c, f"Independent reviewer: {c.spec.author}", f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"{c.spec.child} was {_age_words(c)} at the time of the incident.")
    _tor(c)
    _method(c)
    _family(c)
    _story(c)
    d.add("h1", "What practitioners told us")
    for quote in (
        "'We were all worried, but we each thought someone else was holding the case.'",
        "'The caseload that year meant visits were about getting through the door, not about the child.'",
        "'I did not know I could ask for a strategy discussion myself.'",
    ):
        d.add("bullet", quote)
    d.add("h1", "Key findings")
    for i, st in enumerate(_sts(c, 4), 1):
        d.add("num", st.body, d.lesson("finding", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "Recommendations")
    d.add("p", "The review makes the following recommendations.")
    for r in _recs(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    _response(c)


def c726(c: Ctx) -> None:  # the author named only in the introduction; recommendations "1a", "1b" under each finding
    d = c.doc
    _cover(c, f"Published: {c.printed_date()}")
    _contents(c)
    d.add("h1", "Introduction")
    d.add("p", f"{_cap(_board(c))} commissioned this review after {c.spec.child}, then {_age_words(c)}, was "
          f"seriously harmed. The review was carried out and this report written by {c.spec.author}, an independent "
          "reviewer, working with a panel of senior managers from the agencies involved.")  # fmt: skip
    _tor(c)
    _method(c)
    _family(c)
    _story(c)
    d.add("h1", "Findings and recommendations")
    rec_pool = _recs(c, 20)
    for i, st in enumerate(_sts(c, 3), 1):
        _finding(c, st, f"Finding {i}")
        for j, r in enumerate(_follow(st, rec_pool, 2 if i == 1 else 1)):
            label = f"{i}{'ab'[j]}"
            d.add("num", r.text, d.lesson("recommendation", label, r.text, r.themes), label=f"{label}.")
    _response(c)


def _as_named(build):
    """The builder with the story's pronouns those of the child's name (Harry is "he" whatever the table drew)."""

    def run(c: Ctx) -> None:
        c.words.update(narrative.PRONOUNS[child_sex(c)])
        build(c)

    return run


BUILDERS = {f"C{n}": _as_named(globals()[f"c{n}"]) for n in range(709, 727)}
