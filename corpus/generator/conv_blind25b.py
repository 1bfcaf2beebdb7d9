"""Corpus generator: the twenty-fifth blind held-out set, second half: conventions C727-C744 of corpus/CONVENTIONS.md.

Written on 2026-12-07 by an author who never read the extractor (ingest/, nlp/, search_app/), never ran it, ingest
or `lessons eval` on anything and never saw its output. The half leans to the inner structure of lessons:
sub-recommendations ("Recommendation 3a", "4.1" under a recommendation that stands on its own), a recommendation
whose stem opens plain bullets that run over a page, findings whose stem opens lettered parts, learning with a
bulleted middle and a closing sentence, a family's words quoted inside a finding and a child's words beside a
learning point, references cited inside learning, cross-references opening a learning point, a rationale after
each recommendation, a short title on its own numbered line, numbering that restarts in each section and a
learning point carried over a page with "continued overleaf". A second, smaller emphasis is the review type as real
documents signal it: a rapid review published on its own, a SILP review titled "Learning Review", a joint serious
case review and domestic homicide review, a non-statutory appreciative-inquiry practice review and a review whose
type is printed only on its cover with its statutory basis.

Each builder declares every lesson as a careful reader of that document would record it (kind, printed label,
heading where one names the lesson, agency where the document gives one) and only the metadata the document itself
prints. The set uses only element kinds the earlier writers already draw, so no writer is changed and every earlier
document comes out as before.
"""

from __future__ import annotations

import re

from .conv_blind import sentences
from .conv_blind18b import _p, _runin
from .conv_blind19b import _good
from .conv_blind20b import _before, _month
from .conv_blind23b import _cover, _opening, _poss, _recs, _setup, _sts
from .conv_blind24b import _PRACTITIONERS, _headed_findings, _intro, _lc, _numbered_recs, _pair
from .conv_common import age_years as _years
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_specs import TYPE_NAMES, Ctx

# --- pieces the builders share -------------------------------------------------------------------------------------


def _long(c: Ctx, n: int, least: int = 3, more: int = 8) -> list:
    """n statements of at least `least` sentences where the `more` extra drawn have them (shorter ones after)."""
    pool = _sts(c, n + more)
    good = [st for st in pool if len(sentences(st.body)) >= least]
    return (good + [st for st in pool if st not in good])[:n]


def _type_name(c: Ctx) -> str:
    return TYPE_NAMES.get(c.spec.review_type, "Review")


# A mother's words, each with the themes of the findings it fits.
_FAMILY_WORDS = (
    ("Everyone kept asking me if I was coping, and I kept saying yes, because I thought they would take the children.",
     "fam.parental_mental_health assess.professional_curiosity assess.disguised_compliance assess.optimism_bias"),
    ("I told them about the arguments more than once. Nobody wrote it down, or if they did, nobody read it.",
     "fam.domestic_abuse fam.male_carers multi.record_keeping"),
    ("We had a different worker every few months. I stopped explaining it all again.",
     "org.workforce_supervision multi.cross_boundary_transfer agency.childrens_social_care"),
    ("Nobody ever told me what the plan was for, or what had to change for it to end.",
     "assess.thresholds_cp_processes assess.risk_assessment"),
    ("I thought they all talked to each other. It turned out nobody knew what the others knew.",
     "multi.information_sharing multi.coordination"),
    ("They saw me, and they saw the children, but nobody sat down with all of us together.",
     "assess.whole_family multi.coordination fam.parental_substance_misuse"),
    ("Nobody asked where the baby slept. I would have told them.", "harm.sudi_safer_sleep vuln.babies_infants harm.neglect"),
    ("I had been through all of this before, with my first children, and nobody asked me about it.",
     "fam.parental_history assess.history_chronology review.system_learning"),
)  # fmt: skip
# A child's words and a parent's, each with the themes of the learning it fits.
_CHILD_WORDS = (
    ("I wanted someone to ask me what it was like at home, not just whether I was OK.",
     "voice.voice_of_child assess.professional_curiosity assess.whole_family"),
    ("They talked to my mum in the kitchen. Nobody came to find me.",
     "voice.voice_of_child assess.thresholds_cp_processes agency.childrens_social_care"),
    ("I had so many social workers that I stopped learning their names.",
     "org.workforce_supervision agency.childrens_social_care voice.voice_of_child"),
    ("When the police came I thought I was the one in trouble. Nobody asked me why I was there.",
     "agency.police efh.cce_county_lines efh.trafficking_radicalisation"),
    ("I was scared of the people I was with, but nobody asked me about them.",
     "efh.contextual_safeguarding efh.cce_county_lines efh.cse assess.risk_assessment"),
    ("Everyone told someone else about me. Nobody told me what was going to happen.",
     "multi.information_sharing multi.coordination multi.record_keeping"),
)  # fmt: skip
_CARER_WORDS = (
    ("Nobody asked about my partner. He was there most days.", "fam.male_carers assess.professional_curiosity"),
    ("I said I was struggling. They gave me a leaflet.",
     "fam.parental_mental_health assess.early_help harm.neglect assess.risk_assessment"),
    ("Every time there was a new worker I had to start again.",
     "org.workforce_supervision multi.cross_boundary_transfer agency.childrens_social_care"),
    ("Someone rang me, and then a letter came saying the case was closed. Nobody came to see the children.",
     "assess.thresholds_cp_processes voice.voice_of_child agency.childrens_social_care"),
    ("Nobody could tell me why they had decided what they did. It wasn't written down anywhere.",
     "multi.record_keeping assess.thresholds_cp_processes"),
    ("I told the health visitor, and I thought she would tell the others.",
     "multi.information_sharing agency.universal_health multi.coordination"),
)  # fmt: skip

_REFERENCES = (
    (2008, "Brandon et al., 2008", "Brandon, M. et al. (2008) Analysing child deaths and serious injury through "
     "abuse and neglect: what can we learn? London: Department for Children, Schools and Families."),
    (2011, "Munro, 2011", "Munro, E. (2011) The Munro Review of Child Protection: Final Report. A child-centred "
     "system. London: Department for Education."),
    (2011, "Ofsted, 2011", "Ofsted (2011) Ages of concern: learning lessons from serious case reviews. "
     "Manchester: Ofsted."),
    (2012, "Brandon et al., 2012", "Brandon, M. et al. (2012) New learning from serious case reviews: a two year "
     "report for 2009-2011. London: Department for Education."),
    (2016, "Sidebotham et al., 2016", "Sidebotham, P. et al. (2016) Pathways to harm, pathways to protection: a "
     "triennial analysis of serious case reviews 2011 to 2014. London: Department for Education."),
    (2021, "Child Safeguarding Practice Review Panel, 2021", "Child Safeguarding Practice Review Panel (2021) The "
     "myth of invisible men: safeguarding children under 1 from non-accidental injury caused by male carers. "
     "London: Department for Education."),
)  # fmt: skip

_SUBPARTS = (
    "the change is written into the multi-agency procedures;",
    "it is included in the partnership's multi-agency training;",
    "each agency audits a sample of its cases after six months and reports the findings to the partnership;",
    "practitioners are told of the change through the partnership's newsletter and practice briefings.",
)


# Sub-recommendations that carry out any recommendation the partnership makes: each a whole sentence.
_SUPPORT = (
    ("Each agency should include what recommendation 3.3 asks for in its own safeguarding training within six "
     "months.", "org.workforce_supervision org.policy_guidance"),
    ("Each agency should audit a sample of its cases six months after recommendation 3.3 is acted on, and share "
     "what the audit finds with the other agencies.", "org.policy_guidance"),
)  # fmt: skip

_WHOLE = re.compile(r"Partnership|partners|LSCB|Board|All ")


def _single(r) -> bool:
    """A recommendation addressed to one agency (not the partnership, the Board or all agencies)."""
    return bool(r.agency) and not _WHOLE.search(r.agency) and not _WHOLE.search(r.text.split(" should ")[0])


def _findings(c: Ctx, n: int = 3, found: list | None = None) -> list:
    """ "Finding N: title" findings under "Findings"; the statements drawn, for the lessons that refer to them."""
    d = c.doc
    d.add("h1", "Findings")
    found = found or _sts(c, n)
    for i, st in enumerate(found, 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        _p(c, st.body, key)
    return found


def _matched(sts: list, pool: list, themes_of, n: int) -> list:
    """n (statement, item) pairs, each item of the pool sharing a theme with its statement (the closest pairs first,
    each item used once), in the statements' draw order; pairs that share nothing only where too few match."""
    left, chosen = list(pool), {}
    scored = sorted(((len(set(themes_of(e)) & set(st.themes)), -i, -k) for i, st in enumerate(sts)
                     for k, e in enumerate(pool)), reverse=True)  # fmt: skip
    for score, i, k in scored:
        if score and len(chosen) < n and -i not in chosen and pool[-k] in left:
            chosen[-i] = pool[-k]
            left.remove(pool[-k])
    out = [(st, chosen[i]) for i, st in enumerate(sts) if i in chosen]
    spare = [st for i, st in enumerate(sts) if i not in chosen][: n - len(out)]
    return out + _pair(spare, left, themes_of) if spare else out


def _year(c: Ctx) -> int:
    return int(c.spec.published[:4])


# --- the inner structure of lessons --------------------------------------------------------------------------------


def c727(c: Ctx) -> None:  # "Recommendation 3" a heading over sub-recommendations "3a", "3b", each to an agency
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    _headed_findings(c, 3)
    d.add("h1", "Recommendations")
    pool, subs = _recs(c, 10), None
    for _ in range(4):  # two recommendations each to one agency, the agencies different (drawing on where needed)
        single = [r for r in pool if _single(r)]
        subs = next(([a, b] for a in single for b in single if a.agency != b.agency), None)
        if subs:
            break
        pool += _recs(c, 10)
    subs = subs or pool[2:4]
    rest = [r for r in pool if r not in subs]
    for j, r in enumerate(rest[:2], 1):
        label = f"Recommendation {j}"
        key = d.lesson("recommendation", label, r.text, r.themes)
        d.add("h2", label, key)
        _p(c, r.text, key)
    d.add("h2", "Recommendation 3: each agency's own practice")
    d.add("p", "This recommendation is in two parts, each for a different agency.")
    for letter, r in zip("ab", subs):
        label = f"Recommendation 3{letter}"
        _runin(c, r.text, d.lesson("recommendation", label, r.text, r.themes, r.agency), f"{label} ({r.agency}):")


def c728(c: Ctx) -> None:  # a recommendation's stem over plain bullets that run on over a page break
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    _headed_findings(c, 3)
    d.add("h1", "Recommendations")
    d.add("p", "The review makes three recommendations to the partnership.")
    for j, r in enumerate(_recs(c, 3), 1):
        if j != 2:
            d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
            continue
        stem = f"{r.text.rstrip('.')}. The partnership should make sure that:"
        key = d.lesson("recommendation", str(j), " ".join((stem, *_SUBPARTS)), r.themes)
        d.add("num", stem, key, label=f"{j}.")
        for k, part in enumerate(_SUBPARTS):
            if k == 2:
                d.add("pagebreak")
            d.add("bullet", part, key)


def c729(c: Ctx) -> None:  # learning whose middle sentences are bullets, its last sentence a paragraph after them
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "What the review learned")
    for i, st in enumerate(_long(c, 3, 3, 30), 1):
        label = f"Learning point {i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        parts = sentences(st.body)
        if len(parts) < 3:
            _p(c, st.body, key)
            continue
        d.add("p", parts[0], key)
        for part in parts[1:-1]:
            d.add("bullet", part, key)
        d.add("p", parts[-1], key)
    _numbered_recs(c, 3)


def c730(c: Ctx) -> None:  # a parent's words quoted inside a finding's paragraph: part of the finding
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("p", f"{s.child}'s mother met the reviewer twice. With her agreement, some of her words are quoted in "
          "the findings.")  # fmt: skip
    d.add("h1", "Findings")
    for i, (st, (words, _)) in enumerate(_matched(_long(c, 8, 2), list(_FAMILY_WORDS), lambda e: e[1].split(), 3), 1):
        label = f"Finding {i}"
        parts = sentences(st.body)
        said = f"{s.child}'s mother told the review: “{words}”"
        body = " ".join([parts[0], said, *parts[1:]])
        key = d.lesson("finding", label, f"{st.title} {body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        _p(c, body, key)
    _numbered_recs(c, 3)


def c731(c: Ctx) -> None:  # a box of the child's (or a parent's) words beside each learning point: never a lesson
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    own = _years(s.age) >= 8
    d.add("h1", "Learning")
    words = _CHILD_WORDS if own else _CARER_WORDS
    for st, (said, _) in _matched(_sts(c, 8), list(words), lambda e: e[1].split(), 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
        d.add("box", f"“{said}”", label=f"In {s.child}'s words" if own else f"What {s.child}'s family told us")
    _numbered_recs(c, 3)


def c732(c: Ctx) -> None:  # learning that cites research "(Author, year)"; a reference list at the end
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    refs = [r for r in _REFERENCES if r[0] < _year(c)][-3:]
    d.add("h1", "Learning")
    cited = []
    for i, st in enumerate(_sts(c, 3), 1):
        label = f"Learning {i}"
        text = st.body
        if i <= len(refs):
            ref = refs[i - 1]
            text = f"{st.body} This echoes national learning ({ref[1]})."
            cited.append(ref)
        key = d.lesson("learning_point", label, f"{st.title} {text}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        _p(c, text, key)
    _numbered_recs(c, 3)
    d.add("h1", "References")
    for ref in sorted(cited, key=lambda r: r[2]):
        d.add("p", ref[2])


_WHY = (
    "This recommendation responds to Finding {n}. The agencies' records showed the same gap more than once, and "
    "practitioners told the review that they were unsure what was expected of them.",
    "This recommendation responds to Finding {n}. Without it, the review is not confident that the partnership "
    "would know whether practice had changed.",
    "This recommendation responds to Finding {n}. The learning event showed that the issue is not confined to "
    "this case.",
)


def c733(c: Ctx) -> None:  # each numbered recommendation followed by "Why this recommendation:": never a lesson
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    # each finding with the recommendation it calls for
    pairs = _matched(_sts(c, 12), _recs(c, 16), lambda e: e.themes, 3)
    _findings(c, 3, [st for st, _ in pairs])
    d.add("h1", "Recommendations")
    for j, (_, r) in enumerate(pairs, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
        _runin(c, _WHY[j - 1].format(n=j), (), "Why this recommendation:")


def c734(c: Ctx) -> None:  # a short title on a numbered line of its own, the lesson's text in the paragraph below
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership, "1. Introduction")
    d.add("h1", "2. Key learning")
    d.add("p", "Each learning point is given a short title, followed by the learning itself.")
    for i, st in enumerate(_sts(c, 4), 1):
        key = d.lesson("learning_point", f"2.{i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("num", st.title, key, label=f"2.{i}")
        _p(c, st.body, key)
    _numbered_recs(c, 3, "3. Recommendations")


def c735(c: Ctx) -> None:  # numbered findings whose stem ("The review found that:") opens lettered parts
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "Findings")
    for i, st in enumerate(_long(c, 3, 2), 1):
        parts = sentences(st.body)
        stem = f"{st.title}. The review found that:"
        items = [_lc(p, c.spec.child).rstrip(".") + (";" if k < len(parts) - 1 else ".") for k, p in enumerate(parts)]
        items = [re.sub(r";$", "; and", it) if k == len(items) - 2 else it for k, it in enumerate(items)]
        key = d.lesson("finding", str(i), " ".join((stem, *items)), st.themes)
        d.add("num", stem, key, label=f"{i}.")
        for letter, it in zip("abcdefgh", items):
            d.add("subbullet", it, key, label=f"({letter})")
    _numbered_recs(c, 3)


def c736(c: Ctx) -> None:  # recommendation numbers that restart in each section and under each agency
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    _headed_findings(c, 3)
    pool = _recs(c, 12)
    agencies: dict[str, list] = {}
    for r in pool:
        if _single(r):
            agencies.setdefault(r.agency, []).append(r)
    groups = [(a, rs[:2]) for a, rs in agencies.items()][:2]
    used = {id(r) for _, rs in groups for r in rs}
    multi = ([r for r in pool if id(r) not in used and not _single(r)] + [r for r in pool if id(r) not in used])[:2]
    d.add("h1", "Multi-agency recommendations")
    for j, r in enumerate(multi, 1):
        d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes), label=f"{j}.")
    d.add("h1", "Single-agency recommendations")
    d.add("p", "Each agency has made its own recommendations, numbered from 1 under each agency.")
    for agency, rs in groups:
        d.add("h2", agency)
        for j, r in enumerate(rs, 1):
            d.add("num", r.text, d.lesson("recommendation", str(j), r.text, r.themes, agency), label=f"{j}.")


def c737(c: Ctx) -> None:  # a learning point broken by a page break, "continued overleaf" at the foot
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    d.add("h1", "Learning")
    for i, st in enumerate(_long(c, 3, 2), 1):
        label = f"Learning {i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        parts = sentences(st.body)
        if i == 2 and len(parts) >= 2:
            half = (len(parts) + 1) // 2
            d.add("p", " ".join(parts[:half]), key)
            d.add("small", "(continued overleaf)")
            d.add("pagebreak")
            d.add("p", " ".join(parts[half:]), key)
        else:
            _p(c, st.body, key)
    _numbered_recs(c, 3)


def c738(c: Ctx) -> None:  # a recommendation that stands on its own, then sub-recommendations "4.1", "4.2" below it
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership, "1. Introduction")
    d.add("h1", "2. Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"2.{i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"2.{i} {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "3. Recommendations")
    recs = _recs(c, 6)
    parent = next((r for r in recs if not _single(r)), recs[2])  # one the whole partnership acts on, where drawn
    recs = [r for r in recs if r is not parent][:2] + [parent]
    for j, r in enumerate(recs[:2], 1):
        d.add("num", r.text, d.lesson("recommendation", f"3.{j}", r.text, r.themes), label=f"3.{j}")
    d.add("num", parent.text, d.lesson("recommendation", "3.3", parent.text, parent.themes), label="3.3")
    d.add("p", "In support of recommendation 3.3, the review also recommends that:")
    for k, (text, themes) in enumerate(_SUPPORT, 1):
        label = f"3.3.{k}"
        d.add("num", text, d.lesson("recommendation", label, text, tuple(themes.split())), label=label)


def c739(c: Ctx) -> None:  # learning points opened by a cross-reference to a finding ("As Finding 2 shows, ...")
    d = c.doc
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership)
    _intro(c, partnership)
    pairs = _matched(_sts(c, 10), list(_PRACTITIONERS), lambda e: e[1].split(), 3)  # each finding's lesson for practice
    _findings(c, 3, [st for st, _ in pairs])
    d.add("h1", "Learning for the partnership")
    for i, n in enumerate((2, 1, 3), 1):
        said, themes = pairs[n - 1][1]
        text = f"As Finding {n} shows, {_lc(said)}"
        d.add("num", text, d.lesson("learning_point", str(i), text, tuple(themes.split())), label=f"{i}.")
    _numbered_recs(c, 3)


# --- the review type as real documents signal it --------------------------------------------------------------------


def c740(c: Ctx) -> None:  # a rapid review published on its own: the partners decided no further review was needed
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    meeting = _month(_before(c, 8))
    _cover(c, partnership, f"Rapid Review: {s.child}", f"Date of rapid review meeting: {meeting}",
           f"Published: {c.printed_date()}")  # fmt: skip
    d.meta.update(review_type="other", author="")
    d.add("h1", "1. Background")
    d.add("p", f"{_opening(c, 9)} The safeguarding partners notified the Child Safeguarding Practice Review Panel "
          "and held a rapid review.")  # fmt: skip
    d.add("h1", "2. Decision")
    d.add("p", "The safeguarding partners decided that the rapid review had identified the learning from this case "
          "and that a Local Child Safeguarding Practice Review would not add to it. The national Panel agreed. "
          "The partners are publishing this rapid review report so that the learning is shared.")  # fmt: skip
    d.add("h1", "3. Learning identified")
    for i, st in enumerate(_sts(c, 3), 1):
        d.add("num", st.body, d.lesson("learning_point", str(i), st.body, st.themes), label=f"{i}.")
    d.add("h1", "4. Good practice")
    for g in _good(c, 1):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    _numbered_recs(c, 3, "5. Recommendations")


def c741(c: Ctx) -> None:  # a SILP review titled "Learning Review", its type only in the methodology
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership, f"Learning Review: {s.child}", f"Lead reviewer: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    d.add("h1", "Introduction")
    d.add("p", f"{_opening(c)} {partnership} agreed that the case met the criteria for a {_type_name(c)}.")
    d.add("h1", "How the review was carried out")
    d.add("p", "The review used the Significant Incident Learning Process (SILP). Each agency wrote a report on its "
          "involvement, and the practitioners and managers who worked with the family met at a learning event and "
          "a recall event to discuss the reports and agree the learning.")  # fmt: skip
    d.add("h1", "Learning from the events")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    _numbered_recs(c, 3, "Multi-agency recommendations")


def c742(c: Ctx) -> None:  # a joint serious case review and domestic homicide review; "Lessons to be learned"
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    csp = f"Safer {s.area} Partnership"
    title = f"{_type_name(c)} and Domestic Homicide Review: {s.child}"
    _cover(c, f"{partnership} and {csp}", title, f"Independent Chair and Author: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    d.add("h1", "1. Introduction")
    d.add("p", f"{_opening(c)} Because an adult in {s.child}'s household died in circumstances that met the criteria "
          f"for a Domestic Homicide Review, {partnership} and "
          f"{csp}, the area's community safety partnership, agreed to hold one review meeting the requirements of "
          f"both a {_type_name(c)} and a Domestic Homicide Review.")  # fmt: skip
    d.add("h1", "2. Lessons to be learned")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("learning_point", f"2.{i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"2.{i} {st.title}", key)
        _p(c, st.body, key)
    d.add("h1", "3. Recommendations")
    for j, r in enumerate(_recs(c, 3), 1):
        key = d.lesson("recommendation", f"3.{j}", r.text, r.themes)
        d.add("num", r.text, key, label=f"3.{j}")


def c743(c: Ctx) -> None:  # a non-statutory multi-agency practice review by appreciative inquiry
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership, f"Multi-Agency Practice Review: {s.child}", f"Facilitated and written by: {s.author}",
           f"Published: {c.printed_date()}")  # fmt: skip
    d.meta["review_type"] = "other"
    d.add("h1", "About this review")
    d.add("p", f"{_opening(c)} This is not a statutory review. The case did not meet the criteria for a "
          f"{_type_name(c)}, but {partnership} agreed that a multi-agency practice review would help agencies learn "
          "from it.")  # fmt: skip
    d.add("p", "The review used an appreciative inquiry approach: it asked practitioners first what had worked well "
          "and then what could have been even better.")  # fmt: skip
    d.add("h1", "What worked well")
    for g in _good(c, 2):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "What could have been even better")
    for st in _sts(c, 3):
        key = d.lesson("learning_point", "", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", st.title, key)
        _p(c, st.body, key)
    _numbered_recs(c, 2, "Recommendations")


_BASIS = {
    "SCR": "Serious Case Review (regulation 5 of the Local Safeguarding Children Boards Regulations 2006)",
    "LCSPR": "Local Child Safeguarding Practice Review (section 16F of the Children Act 2004)",
}


def c744(c: Ctx) -> None:  # the review type printed only on the cover, with its statutory basis
    d, s = c.doc, c.spec
    partnership = c.partnership
    _setup(c, partnership)
    _cover(c, partnership, f"{s.child}: Overview Report", f"Type of review: {_BASIS[s.review_type]}",
           f"Author: {s.author}", f"Date of publication: {c.printed_date()}")  # fmt: skip
    d.add("h1", "1. Introduction")
    d.add("p", f"{_opening(c)} This report sets out what the review found about how agencies worked with "
          f"{s.child} and {_poss(c)} family.")  # fmt: skip
    d.add("h1", "2. Findings")
    for i, st in enumerate(_sts(c, 3), 1):
        key = d.lesson("finding", f"Finding {i}", f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"Finding {i}: {st.title}", key)
        _p(c, st.body, key)
    _numbered_recs(c, 3, "3. Recommendations")


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
