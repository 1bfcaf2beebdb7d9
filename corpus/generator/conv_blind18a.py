"""Corpus generator: the eighteenth blind held-out set, first half: C457-C474 of corpus/CONVENTIONS.md.

Written on 2026-12-06 by an author who never read the extractor (ingest/,
nlp/, search_app/), never ran it, ingest or `lessons eval` on anything and
never saw its output. The half leans to the inner structure and length of a
lesson: a learning point of several paragraphs, some one sentence long, that
runs over a page; a finding with its own numbered sub-points and a paragraph
after them; a finding that quotes a procedure in an indented block (part of
it) beside a box of practitioners' words (not); footnote markers glued to a
term in the middle of a sentence, the notes at the page foot; a statistic
and a small table inside a finding; cross-references to paragraphs and to
other lessons in the middle of a lesson; another kind's word ("Recommendation
3 of the earlier review", "the subject of Recommendation 2") inside a
finding; runs of very short one-sentence lessons; a recommendation whose
lettered parts complete it beside a recommendation whose numbered
sub-recommendations stand alone; a section heading repeated overleaf as
"(continued)" in the middle of a finding; a finding divided by agency
sub-headings; numbered learning whose long items go on in unnumbered
paragraphs; a quotation set as an epigraph under a finding's heading; a box
continued overleaf; inline "(i) ... (ii) ... (iii)" parts of a learning
point. A smaller part leans to metadata printed in forms the earlier sets do
not use: a web post dated "June 17, 2021" by a site user, a first-name
pseudonym in quotation marks "(not her real name)", dates of a document
management system ("17-Jun-2021") and an author by initial and surname.

Each builder declares every lesson as a careful reader of that document would
record it: kind, printed label, heading (title) where there is one, agency
where the document gives one, and only the metadata the document prints. The
set uses only element kinds the earlier writers already draw (and a column
width registered for its one table), so no writer is changed and documents of
earlier sets come out as before. Bank texts are drawn through set 17's
filters (conv_blind17a), which keep a text from contradicting the child.
"""

from __future__ import annotations

import re

from .conv_blind16a import QUOTES, _good_practice, _sentences
from .conv_blind17a import _numbered, _recommendations, _statements, _two_sentences
from .conv_blind17b import _break, _rename_child
from .conv_common import age_years as _years
from .conv_common import background as _background
from .conv_common import case_events as _chron
from .conv_common import child_sex as _sex
from .conv_common import front_with_events as _front
from .conv_common import lower_first as _lower_first
from .conv_common import named as _named
from .conv_common import printed_only as _printed_only
from .conv_common import pub_cover as _pub_cover
from .conv_common import published_to_day as _to_day
from .conv_common import shift as _shift
from .conv_docs import COLUMN_WIDTHS
from .conv_specs import MONTHS, TYPE_NAMES, Ctx

COLUMN_WIDTHS.update({"b18astat": ((0.5, 0.25, 0.25), False)})

# One-sentence paragraphs inside a long learning point (C457): part of it.
ONE_LINERS = (
    "This matters.",
    "It is not a new finding.",
    "Practitioners at the learning event recognised this at once.",
)
CLOSERS = (
    "The learning for practitioners is simple to state and harder to practise.",
    "None of this is new, and that is itself part of the learning.",
    "The recommendations that follow are intended to make this easier to do.",
)

# Numbered sub-points that belong to a finding (C458): the lead sentence, the points and the closing sentence.
REASONS = (
    (
        "Practitioners at the learning event described three reasons why practice fell short:",
        (
            "Each agency held part of the picture and assumed that another held the rest.",
            "Workloads left little time to read the history before a visit.",
            "Nobody was given the task of bringing the information together.",
        ),
        "None of these reasons is particular to this case.",
        "multi.information_sharing assess.history_chronology",
    ),
    (
        "The review found three things that made good practice harder:",
        (
            "The family presented well at planned visits.",
            "Concerns were raised by different people at different times.",
            "The case was closed before the outcome of the last referral was known.",
        ),
        "Each of the three is addressed by the recommendations below.",
        "assess.disguised_compliance assess.history_chronology",
    ),
)

# A procedure quoted in an indented block inside a finding (C459): part of it, introduced by the finding's own
# sentence. Keyed by the theme of the finding it suits.
POLICY = (
    (
        "harm.nai_infant",
        "The partnership's protocol for bruising in babies is clear:",
        "\u201cAny bruise or other mark on a baby who is not independently mobile must be referred to children's "
        "social care, and a paediatric assessment arranged the same day, whatever explanation is given.\u201d",
    ),
    (
        "multi.information_sharing",
        "The partnership's multi-agency procedures say:",
        "\u201cInformation about a child's safety should be shared without delay. A lack of consent is not a reason "
        "to withhold it when a child may be at risk of significant harm.\u201d",
    ),
    (
        "assess.critical_thinking_challenge",
        "The escalation policy sets out what should happen:",
        "\u201cWhere practitioners disagree about the response to a child, the disagreement should first be "
        "discussed between them and, if it is not resolved within five working days, escalated to their "
        "managers.\u201d",
    ),
    (
        "fam.male_carers",
        "The partnership's guidance on working with fathers is explicit:",
        "\u201cEvery adult who lives in or regularly visits the household should be identified, checked with the "
        "relevant agencies and included in the assessment.\u201d",
    ),
    (
        "voice.voice_of_child",
        "The partnership's child protection procedures require that:",
        "\u201cThe child is seen at every visit and, where the child is old enough, spoken to alone. What the child "
        "says or shows is recorded, in the child's own words where possible.\u201d",
    ),
    (
        "harm.sudi_safer_sleep",
        "The partnership's safer sleep guidance is explicit:",
        "\u201cSafer sleep advice should be given, and the place where the baby sleeps should be seen, at every "
        "contact and again whenever the family's circumstances change.\u201d",
    ),
    (
        "assess.thresholds_cp_processes",
        "The threshold document says:",
        "\u201cWhere there is reasonable cause to suspect that a child is suffering, or is likely to suffer, "
        "significant harm, a strategy discussion must be held.\u201d",
    ),
    (
        "fam.domestic_abuse",
        "The partnership's domestic abuse protocol says:",
        "\u201cEvery notification of domestic abuse in a household with children is shared with the children's "
        "school or health visitor within one working day.\u201d",
    ),
    (
        "assess.history_chronology",
        "The assessment procedure states:",
        "\u201cEvery assessment should begin with the family's history, drawn from all agencies' records, and "
        "should say how that history informs the current risk.\u201d",
    ),
    (
        "org.workforce_supervision",
        "The partnership's supervision policy is clear:",
        "\u201cSupervision should include reflective discussion of the child's daily lived experience, not only of "
        "the tasks on the plan.\u201d",
    ),
    (
        "",
        "The partnership's child protection procedures say:",
        "\u201cAssessments should be informed by the views of every agency involved with the family and should be "
        "reviewed whenever the family's circumstances change.\u201d",
    ),
    (
        "",
        "The partnership's multi-agency procedures are clear:",
        "\u201cEvery practitioner is responsible for acting on a concern about a child. No practitioner should "
        "assume that someone else will pass the concern on.\u201d",
    ),
)
FELL_SHORT = "Practice in this case fell short of that standard."

# Terms a footnote marker may follow in the middle of a sentence (C460), each with its note (never a lesson).
TERM_NOTES = (
    (
        "Working Together",
        "HM Government, Working Together to Safeguard Children, in the edition in force at the time.",
    ),
    (
        "strategy discussion",
        "Held when there is reasonable cause to suspect that a child is suffering, or likely to suffer, significant "
        "harm.",
    ),
    ("discharge summary", "The summary of an admission that the ward sends to the GP and the health visitor."),
    ("disruption plan", "A plan to disrupt the adults who pose a risk, using civil and criminal powers."),
    ("pre-birth assessment", "An assessment begun in pregnancy, under the partnership's pre-birth protocol."),
    ("early help assessment", "The partnership's early help assessment form, completed with the family's consent."),
    ("core group", "The practitioners and family members who carry out a child protection plan between conferences."),
    ("early help", "Support offered to a family when problems first emerge, before statutory services are needed."),
    ("safer sleep", "The partnership's safer sleep guidance, which follows the Lullaby Trust's advice."),
    ("protocol", "The protocol has since been revised; the version referred to is the one in force at the time."),
    ("escalation", "The partnership's escalation and resolution policy, section 3."),
    ("threshold", "The partnership's threshold document, in the version in force at the time."),
    ("chronology", "A single list of events drawn from every agency's records."),
    ("MASH", "Multi-Agency Safeguarding Hub: the single point of contact for concerns about children in the area."),
    ("MACE", "The Multi-Agency Child Exploitation panel, which meets monthly."),
    ("caseload", "As reported to the review by the service manager; the figure is an average for the team."),
    ("supervision", "Formal supervision recorded on the case file, as each agency's policy requires."),
    ("conference", "Initial and review child protection conferences, as the partnership's procedures describe them."),
    ("assessment", "An assessment of the child's needs under the statutory guidance in force at the time."),
    ("referral", "A referral to children's social care; all referrals now go through the front door."),
)
# Notes on a first sentence where no term is met (C460): sources, never lessons.
SOURCE_NOTES = (
    "Source: the agency's chronology, confirmed at the practitioners' event.",
    "As described to the review by the practitioners involved.",
    "The review has seen the records referred to here.",
)
GUIDANCE_NOTE = "Working Together to Safeguard Children, in the edition in force at the time of the incident."

# Agencies whose sub-headings divide one finding (C467): the theme that marks a statement about the agency.
AGENCY_HEADS = (
    ("agency.universal_health", "Health"),
    ("agency.acute_health", "Health"),
    ("agency.police", "Police"),
    ("agency.childrens_social_care", "Children's social care"),
    ("edu.school_role", "Schools"),
)

# Epigraphs under a finding's heading (C469): words quoted at the learning event or by the family, never lessons.
EPIGRAPHS = (
    "\u201cWe all had a piece of the jigsaw, but nobody had the box.\u201d (practitioner at the learning event)",
    "\u201cI told them things were getting worse. I don't think anyone wrote it down.\u201d (a family member)",
    "\u201cEvery new worker seemed to start again from the beginning.\u201d (team manager at the learning event)",
)

# Inline parts of a learning point (C474): the lead words and the "(i) ... (iii)" parts, all part of it.
INLINE = (
    (
        "The review saw this at three points:",
        "(i) when the family first came to the attention of services; (ii) when the concerns increased; and (iii) "
        "when the case was closed.",
    ),
    (
        "It has implications at three levels:",
        "(i) for front-line practitioners; (ii) for the managers who supervise them; and (iii) for the leaders who "
        "set priorities and allocate resources.",
    ),
    (
        "It showed itself in three ways:",
        "(i) in the records each agency kept; (ii) in what was said at meetings; and (iii) in the plans that followed.",
    ),
)

# Very short lessons (C464, C468): the text, its themes and the children it suits ("infant": under two;
# "talk": three and over; "school": five to sixteen; "teen": twelve and over; "any").
MESSAGES = (
    ("See the baby, every visit.", "vuln.babies_infants voice.voice_of_child", "infant"),
    ("A bruise on a baby who cannot crawl is never minor.", "harm.nai_infant vuln.babies_infants", "infant"),
    ("Talk about safer sleep at every contact.", "harm.sudi_safer_sleep", "infant"),
    ("Ask who else lives in the home.", "fam.male_carers assess.professional_curiosity", "any"),
    ("Fathers are carers too: assess them.", "fam.male_carers", "any"),
    ("Read the history before you visit.", "assess.history_chronology", "any"),
    ("Was not brought is not the same as did not attend.", "harm.neglect assess.disguised_compliance", "any"),
    ("If you are worried, share it.", "multi.information_sharing", "any"),
    ("Write down what the child said, in the child's words.", "voice.voice_of_child multi.record_keeping", "talk"),
    ("Disagree? Escalate.", "assess.critical_thinking_challenge", "any"),
    ("Test the explanation before you accept it.", "assess.professional_curiosity", "any"),
    ("Hope is not a plan.", "assess.optimism_bias", "any"),
    ("Think about the whole family.", "assess.whole_family", "any"),
    ("Check that the school knows.", "edu.school_role multi.information_sharing", "school"),
    ("An exploited child is a victim, not an offender.", "efh.cce_county_lines efh.contextual_safeguarding", "teen"),
    ("Going missing is a warning sign.", "efh.missing", "teen"),
    ("Domestic abuse harms the children who live with it.", "fam.domestic_abuse harm.emotional_abuse", "any"),
    ("Supervision should ask about the child.", "org.workforce_supervision voice.voice_of_child", "any"),
    ("Closing a case is a decision: record why.", "multi.record_keeping assess.thresholds_cp_processes", "any"),
)
SHORT_RECS = (
    ("Relaunch the escalation policy.", "assess.critical_thinking_challenge org.policy_guidance", "any"),
    ("Audit the use of the bruising protocol.", "harm.nai_infant org.policy_guidance", "infant"),
    ("Record every adult in the household.", "fam.male_carers assess.whole_family", "any"),
    ("Add safer sleep to the new birth visit checklist.", "harm.sudi_safer_sleep agency.universal_health", "infant"),
    ("Train front-door staff to read the history.", "assess.history_chronology org.workforce_supervision", "any"),
    ("Invite health to every strategy discussion.", "multi.coordination assess.thresholds_cp_processes", "any"),
    ("Tell schools about police call-outs the next day.", "fam.domestic_abuse multi.information_sharing", "school"),
    ("Review return interviews after missing episodes.", "efh.missing", "teen"),
    ("Refresh the exploitation screening tool.", "efh.cce_county_lines assess.risk_assessment", "teen"),
    ("Check that supervision records the child's voice.", "org.workforce_supervision voice.voice_of_child", "any"),
    ("Publish a one-page guide to information sharing.", "multi.information_sharing org.policy_guidance", "any"),
    ("Repeat the multi-agency case audit in a year.", "review.system_learning multi.record_keeping", "any"),
    ("Report progress to the executive group in six months.", "review.system_learning", "any"),
)
# Parts that complete a recommendation's stem (C465): one lesson with it.
ASSURE_PARTS = (
    ("the learning from this review is included in every agency's safeguarding training;", "review.system_learning"),
    ("practitioners know the escalation policy and use it;", "assess.critical_thinking_challenge"),
    ("audits test whether the child's daily experience is recorded.", "voice.voice_of_child multi.record_keeping"),
)

FEMALE_NAMES = ("Olivia", "Freya", "Isla", "Zara", "Evie", "Poppy", "Ruby")
MALE_NAMES = ("Harry", "Oscar", "Theo")
WEB_USERS = ("scp_admin", "webeditor", "BusinessUnit", "comms_team")


# --- helpers ----------------------------------------------------------------------------------


def _themes(*entries) -> tuple[str, ...]:
    """The themes of several bank entries together, at most four."""
    return tuple(dict.fromkeys(t for e in entries for t in e.themes))[:4]


def _plus(themes, extra: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*themes, *extra.split()]))[:4]


def _groups(pool: list, n: int, size: int) -> list[list]:
    """n groups of statements, each a statement and the size - 1 others of the pool that share most themes with
    it, so that a lesson made of several statements reads as one argument."""
    pool, out = list(pool), []
    while pool and len(out) < n:
        first = pool.pop(0)
        mates = sorted(pool, key=lambda st: -len(set(st.themes) & set(first.themes)))[: size - 1]
        pool = [st for st in pool if st not in mates]
        out.append([first, *mates])
    return out


def _suits(c: Ctx, group: str) -> bool:
    """A short lesson's group fits the document's child."""
    age = c.spec.age
    years = _years(age) if age else 8
    infant = bool(age) and (not age.endswith("years") or years < 2)
    return {
        "any": True,
        "infant": infant,
        "talk": not infant and years >= 3,
        "school": 5 <= years <= 16 and age.endswith("years"),
        "teen": years >= 12 and age.endswith("years"),
    }[group]


def _short(c: Ctx, pool, n: int) -> list[tuple[str, tuple[str, ...]]]:
    """n short texts of the pool that suit the child, in an order of the document's own."""
    fitting = [(text, tuple(themes.split())) for text, themes, group in pool if _suits(c, group)]
    c.rng.shuffle(fitting)
    return fitting[:n]


def _partners(c: Ctx) -> str:
    return "the safeguarding partners" if c.spec.review_type == "LCSPR" else "the Board"


def _before_stop(sentence: str, insert: str) -> str:
    """A sentence with words put before its closing punctuation: "... the visit (see paragraph 4.2)."."""
    m = re.search(r"[.?!]['\u2019\"]?$", sentence)
    return f"{sentence[: m.start()]}{insert}{sentence[m.start() :]}" if m else f"{sentence}{insert}"


def _dms(date: str) -> str:
    """A date as a document management system prints it: "17-Jun-2021"."""
    return f"{date[8:10]}-{MONTHS[int(date[5:7]) - 1][:3]}-{date[:4]}"


def _us_date(date: str) -> str:
    """A date as a web site's software prints it: "June 17, 2021"."""
    return f"{MONTHS[int(date[5:7]) - 1]} {int(date[8:10])}, {date[:4]}"


def _initialled(name: str) -> str:
    """ "Dr Rupert Vance" -> "Dr R. Vance", "Margaret Ellison" -> "M. Ellison"."""
    words = name.split()
    title = [words.pop(0)] if words[0] in ("Dr", "Mr", "Mrs", "Ms") else []
    return " ".join([*title, f"{words[0][0]}.", *words[1:]])


def _finding(c: Ctx, st, label: str) -> None:
    """A "Finding N: title" heading over the finding's paragraph."""
    d = c.doc
    key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
    d.add("h2", f"{label}: {st.title}", key)
    d.add("p", st.body, key)


def _gp_bullets(c: Ctx, n: int = 2, heading: str = "Good practice") -> None:
    d = c.doc
    gps = _good_practice(c, n)
    if gps:
        d.add("h1", heading)
        for g in gps:
            d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))


# --- the conventions --------------------------------------------------------------------------


def c457(c: Ctx) -> None:  # a learning point of several paragraphs, some of one sentence, running over a page
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "What the review learned")
    d.add(
        "p",
        "Each learning point is set out in full below. Some are long, because the review has tried to explain "
        "why practice happened as it did.",
    )
    for i, (a, b, e) in enumerate(_groups(_statements(c, 15), 3, 3)):
        paras = [a.body, ONE_LINERS[i], b.body, e.body, CLOSERS[i]]
        label = f"Learning point {i + 1}"
        key = d.lesson("learning_point", label, " ".join([a.title, *paras]), _themes(a, b, e), title=a.title)
        d.add("h2", f"{label}: {a.title}", key)
        for text in paras:
            d.add("p", text, key)
    _numbered(c)


def c458(c: Ctx) -> None:  # a finding with its own numbered sub-points and a closing sentence after them
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        label = f"Finding {i}"
        if i > len(REASONS):
            _finding(c, st, label)
            continue
        lead, points, closing, extra = REASONS[i - 1]
        text = " ".join([st.title, st.body, lead, *points, closing])
        key = d.lesson("finding", label, text, _plus(st.themes, extra), title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        d.add("p", f"{st.body} {lead}", key)
        for k, point in enumerate(points, 1):
            d.add("num", point, key, label=f"{k}.")
        d.add("p", closing, key)
    _numbered(c)


def c459(c: Ctx) -> None:  # a finding that quotes a procedure in an indented block; a practitioners' box after another
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Findings")
    sts = _statements(c, 3)
    used: set[int] = set()
    for i, st in enumerate(sts, 1):
        label = f"Finding {i}"
        if i == 2:
            _finding(c, st, label)
            d.add("box", QUOTES[len(c.spec.name) % len(QUOTES)], label="What practitioners told us")
            continue
        k = next(k for k, (theme, _, _) in enumerate(POLICY) if k not in used and (theme in st.themes or not theme))
        used.add(k)
        _, lead, quote = POLICY[k]
        key = d.lesson(
            "finding", label, " ".join([st.title, st.body, lead, quote, FELL_SHORT]), st.themes, title=st.title
        )
        d.add("h2", f"{label}: {st.title}", key)
        d.add("p", f"{st.body} {lead}", key)
        if c.spec.fmt == "html":
            d.add("pullquote", quote, key)
        else:
            d.add("num", quote, key, label="")
        d.add("p", FELL_SHORT, key)
    _numbered(c)


def _footnote_at(body: str) -> tuple[str, str]:
    """Where a footnote marker goes in a finding: after the first term of TERM_NOTES (or its plural) met in the
    middle of a sentence (the text up to it, and the note); else after the first sentence, with a source note."""
    for term, note in TERM_NOTES:
        flags = 0 if term.isupper() else re.I
        for m in re.finditer(rf"\b{re.escape(term)}s?\b", body, flags):
            if body[m.end() : m.end() + 1] in (" ", ","):
                return body[: m.end()], note
    return _sentences(body)[0], SOURCE_NOTES[sum(map(ord, body)) % len(SOURCE_NOTES)]


def c460(c: Ctx) -> None:  # footnote markers glued to a term mid-sentence, the notes at the page foot
    d = c.doc
    pdf = c.spec.fmt == "pdf"
    d.footnote_space = 42 if pdf else 0
    d.header = d.meta["title"]
    c.cover()
    d.add("h1", "Introduction")
    intro = c.fill(
        "This review was commissioned by {partnership}. It has been conducted in line with the statutory guidance "
        "and the report has been anonymised."
    )
    after = intro[: intro.index("statutory guidance") + len("statutory guidance")]
    if pdf:
        d.add("fnp", intro, label=f"1|{after}|{GUIDANCE_NOTE}")
    else:
        d.add("p", intro.replace(after, f"{after}[1]", 1))
    d.add("p", c.fill("The review used a systems methodology and met the practitioners involved."))
    if not pdf:
        d.add("small", "__________")
        d.add("small", f"[1] {GUIDANCE_NOTE}")
        d.add("pagebreak")
    _background(c, "Background", _chron(c, 2))
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        label = f"Finding {i}"
        key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        after, note = _footnote_at(st.body)
        if pdf:
            d.add("fnp", st.body, key, label=f"{i + 1}|{after}|{note}")
        else:  # a text export: the marker in brackets, the page's note after its text
            d.add("p", st.body.replace(after, f"{after}[{i + 1}]", 1), key)
            d.add("small", "__________")
            d.add("small", f"[{i + 1}] {note}")
            d.add("pagebreak")
    _numbered(c)


def c461(c: Ctx) -> None:  # a statistic and a small table inside a finding
    d, s = c.doc, c.spec
    c.cover()
    _front(c)
    d.add("h1", "Findings")
    pool = _statements(c, 8)
    # the finding the table belongs to: about seeing the child, else about sharing information, else the second
    voice = next((st for st in pool if "voice.voice_of_child" in st.themes), None)
    shared = next((st for st in pool if "multi.information_sharing" in st.themes), None)
    middle = voice or shared or pool[1]
    others = [st for st in pool if st is not middle]
    sts = [others[0], middle, others[1]]
    years = _years(s.age) if s.age else 0
    agencies = (
        ("Health visiting", "GP practice", "Children's social care", "Police")
        if years < 5
        else ("School", "GP practice", "Children's social care", "Police")
    )
    contacts = [c.rng.randint(3, 9) for _ in agencies]
    counted = [c.rng.randint(0, n // 2) for n in contacts]
    total, part = sum(contacts), sum(counted)
    pct = round(100 * part / total)
    if middle is voice:
        column = "Child seen"
        stat = f"{s.child or 'The child'} was seen in {part} of them ({pct}%; see Table 1)."
    else:
        column = "Shared with another agency"
        stat = f"Only {part} of them ({pct}%; see Table 1) were shared with another agency at the time."
    stat = f"Agencies recorded {total} contacts with the family in the year before the incident. {stat}"
    for i, st in enumerate(sts, 1):
        label = f"Finding {i}"
        if i != 2:
            _finding(c, st, label)
            continue
        key = d.lesson("finding", label, f"{st.title} {stat} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        d.add("p", stat, key)
        d.add("small", "Table 1: Contacts with the family recorded by each agency")
        d.add("header", cells=("Agency", "Contacts", column), label="b18astat")
        for agency, n, k in zip(agencies, contacts, counted):
            d.add("row", cells=(agency, str(n), str(k)), label="b18astat")
        d.add("row", cells=("Total", str(total), str(part)), label="b18astat")
        d.add("small", "Source: the agencies' chronologies.")
        d.add("p", st.body, key)
    _gp_bullets(c)
    _numbered(c)


def c462(c: Ctx) -> None:  # cross-references to paragraphs and to another learning point in the middle of lessons
    d = c.doc
    _pub_cover(c)
    n = _front(c, numbered=True)
    d.add("h1", f"{n}. Analysis")
    for k, event in enumerate(_chron(c, 4), 1):
        d.add("num", event, label=f"{n}.{k}")
    d.add("h1", f"{n + 1}. Learning")
    for i, st in enumerate(_two_sentences(c, 3), 1):
        parts = _sentences(st.body)
        if i == 1:
            parts[0] = _before_stop(parts[0], f" (see paragraph {n}.2)")
        elif i == 2:
            parts[0] = f"As paragraph {n}.3 describes, {_lower_first(c, parts[0])}"
            parts.insert(1, "This is closely linked to Learning 1.")
        else:
            parts[0] = _before_stop(parts[0], f" (paragraphs {n}.1 and {n}.4)")
        body = " ".join(parts)
        label = f"Learning {i}"
        key = d.lesson("learning_point", label, f"{st.title} {body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        d.add("p", body, key)
    _numbered(c, heading=f"{n + 2}. Recommendations")


def c463(c: Ctx) -> None:  # another kind's word inside a finding: "Recommendation 3 of the earlier review ..."
    d, s = c.doc, c.spec
    c.cover()
    _front(c)
    sts = _statements(c, 3)
    recs = _recommendations(c, 6)
    # the recommendation the second finding names comes second
    if len(sts) > 1:
        words = set(re.findall(r"[a-z]{6,}", f"{sts[1].title} {sts[1].body}".lower()))

        def score(r) -> int:
            return 2 * len(set(r.themes) & set(sts[1].themes)) + len(
                words & set(re.findall(r"[a-z]{6,}", r.text.lower()))
            )

        match = max(recs, key=score, default=None)
        if match is not None:
            rest = [r for r in recs if r is not match]
            recs = rest[:1] + [match] + rest[1:]
    recs = recs[:3]
    earlier_year = int(s.published[:4]) - 3
    earlier = "serious case review" if earlier_year < 2019 else "local child safeguarding practice review"
    other = "Child K" if s.child != "Child K" else "Child W"
    d.add("h1", "Findings")
    for i, st in enumerate(sts, 1):
        label = f"Finding {i}"
        parts = [st.body]
        if i == 1:
            parts.append(
                f"Recommendation 3 of the {earlier} about {other} ({earlier_year}) asked for the same change. The "
                "review was told that the work had started but was not finished when this incident happened."
            )
        elif i == 2:
            parts.append(
                "The panel agreed that this needs a change in how the agencies work together, as Recommendation 2 "
                "asks, and not only further training for individual practitioners."
            )
        key = d.lesson("finding", label, " ".join([st.title, *parts]), st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        for text in parts:
            d.add("p", text, key)
    d.add("h1", "Recommendations")
    for j, r in enumerate(recs, 1):
        label = f"Recommendation {j}"
        d.add("runin", r.text, d.lesson("recommendation", label, r.text, r.themes), label=f"{label}.")


def c464(c: Ctx) -> None:  # a run of very short one-sentence learning points, then short recommendations
    d, s = c.doc, c.spec
    title = f"Ten key messages from the review of {s.child}"
    d.meta.update(title=title, review_type="briefing", author="")
    d.add("title", title)
    d.add("cover", c.partnership)
    d.add("cover", f"Published {c.printed_date()}")
    if s.fmt == "pdf":  # a cover page, then two columns
        d.add("twocol")
    d.add("h1", "About the review")
    d.add(
        "p",
        f"The {TYPE_NAMES.get(s.review_type, 'review')} looked at the help given to {s.child}, who was {s.age} old "
        "at the time of the incident. The full report is on the partnership's website.",
    )
    d.add("h1", "Ten key messages")
    for j, (text, themes) in enumerate(_short(c, MESSAGES, 10), 1):
        d.add("num", text, d.lesson("learning_point", str(j), text, themes), label=f"{j}.")
    d.add("h1", "What the partnership will do")
    for text, themes in _short(c, SHORT_RECS, 4):
        d.add("bullet", text, d.lesson("recommendation", "", text, themes))
    d.add("h1", "Find out more")
    d.add("p", "Talk to your safeguarding lead, or book on the partnership's training on learning from reviews.")


def c465(c: Ctx) -> None:  # a recommendation completed by lettered parts beside one divided into sub-recommendations
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    pool = _recommendations(c, 8)
    subs = next(
        ([a, b] for a in pool for b in pool if a is not b and a.agency != b.agency), pool[1:3]
    )  # the third's two parts, each led by a different agency
    recs = [r for r in pool if r not in subs]
    recs = recs[:1] + subs + recs[1:2]
    d.add("h1", "Recommendations")
    d.add("p", "The review makes four recommendations. The third is in two parts, each led by a different agency.")
    d.add("num", recs[0].text, d.lesson("recommendation", "1", recs[0].text, recs[0].themes), label="1.")
    partners = _partners(c)
    stem = f"{partners[0].upper()}{partners[1:]} should seek assurance that:"
    parts = [p for p, _ in ASSURE_PARTS]
    key = d.lesson("recommendation", "2", " ".join([stem, *parts]), _plus((), " ".join(t for _, t in ASSURE_PARTS)))
    d.add("num", stem, key, label="2.")
    for letter, part in zip("abc", parts):
        d.add("num" if c.spec.fmt == "scan" else "subbullet", part, key, label=f"({letter})")
    d.add("num", "Strengthening practice", label="3.")
    for k, r in enumerate(recs[1:3], 1):
        key = d.lesson("recommendation", f"3.{k}", r.text, r.themes, r.agency)
        d.add("num", f"{r.text} (Lead: {r.agency})", key, label=f"3.{k}")
    last = recs[3] if len(recs) > 3 else None
    if last is not None:
        d.add("num", last.text, d.lesson("recommendation", "4", last.text, last.themes), label="4.")


def c466(c: Ctx) -> None:  # a section heading repeated overleaf, "5. Findings (continued)", in the middle of a finding
    d = c.doc
    d.header = f"{d.meta['title']} | Overview report"
    c.cover()
    n = _front(c, numbered=True)
    d.add("h1", f"{n}. The agencies' involvement")
    for event in _chron(c, 3):
        d.add("p", event)
    n += 1
    d.add("h1", f"{n}. Findings")
    d.add("p", "The review makes three findings. Each is set out under its own heading.")
    for i, st in enumerate(_two_sentences(c, 3), 1):
        label = f"Finding {i}"
        key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        parts = _sentences(st.body)
        if i == 2 and len(parts) > 1:
            cut = (len(parts) + 1) // 2
            d.add("p", " ".join(parts[:cut]), key)
            if c.spec.fmt != "html":
                d.add("pagebreak")
            d.add("h1", f"{n}. Findings (continued)")
            d.add("p", " ".join(parts[cut:]), key)
        else:
            d.add("p", st.body, key)
    _gp_bullets(c, 2, f"{n + 1}. Good practice")
    _numbered(c, heading=f"{n + 2}. Recommendations")


def c467(c: Ctx) -> None:  # a finding divided by agency sub-headings: one finding, its parts under them
    d = c.doc
    _pub_cover(c)
    _front(c)
    pool = _statements(c, 12)
    parts, heads = [], []
    for st in pool:
        head = next((h for theme, h in AGENCY_HEADS if theme in st.themes), "")
        if head and head not in heads and len(parts) < 3:
            parts.append(st)
            heads.append(head)
    rest = [st for st in pool if st not in parts]
    d.add("h1", "Findings")
    if rest:
        _finding(c, rest[0], "Finding 1")
    title = "What each agency knew"
    lead = (
        "Each agency held information that, put together, would have given a clearer picture of the risk to "
        f"{c.spec.child or 'the child'}. What each knew, and why it was not joined up, is set out below."
    )
    themes = _plus(("multi.information_sharing",), " ".join(t for st in parts for t in st.themes))
    key = d.lesson("finding", "Finding 2", " ".join([title, lead, *(st.body for st in parts)]), themes, title=title)
    d.add("h2", f"Finding 2: {title}", key)
    d.add("p", lead, key)
    for head, st in zip(heads, parts):
        d.add("h3", head)
        d.add("p", st.body, key)
    if len(rest) > 1:
        _finding(c, rest[1], "Finding 3")
    _numbered(c)


def c468(c: Ctx) -> None:  # numbered learning of very different lengths: long items go on in unnumbered paragraphs
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Learning")
    d.add("p", "The learning is numbered. Some points need only a sentence; others need more.")
    short = _short(c, MESSAGES, 2)
    (a, b), (e, f) = _groups(_statements(c, 12), 2, 2)
    sts = [a, b, e, f]
    items = [
        [short[0][0]],
        [sts[0].body, sts[1].body, "This was the most important learning identified by the panel."],
        [short[1][0]] if len(short) > 1 else [sts[3].body],
        [sts[2].body, "The review was told that this has begun to change."],
    ]
    themes = [short[0][1], _themes(sts[0], sts[1]), short[1][1] if len(short) > 1 else sts[3].themes, sts[2].themes]
    for j, (paras, th) in enumerate(zip(items, themes), 1):
        key = d.lesson("learning_point", str(j), " ".join(paras), th)
        d.add("num", paras[0], key, label=f"{j}.")
        for text in paras[1:]:
            d.add("num", text, key, label="")
    _numbered(c)


def c469(c: Ctx) -> None:  # a quotation set as an epigraph under each finding's heading, before its text
    d = c.doc
    c.cover("reviewer")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        label = f"Finding {i}"
        key = d.lesson("finding", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        d.add("small", EPIGRAPHS[i - 1])
        d.add("p", st.body, key)
    _gp_bullets(c)
    _numbered(c)


def c470(c: Ctx) -> None:  # a web post dated as the site's software prints it, "June 17, 2021", by a site user
    d, s = c.doc, c.spec
    pub = _to_day(c)
    user = WEB_USERS[len(s.name) % len(WEB_USERS)]
    kind = TYPE_NAMES.get(s.review_type, "review")
    d.add("title", d.meta["title"])
    d.add("small", f"Posted on {_us_date(pub)} by {user}")
    d.add("small", "Categories: Case reviews, Learning from reviews")
    d.add(
        "p",
        f"We have today published the {kind} about {s.child}, who was {s.age} old at the time of the incident. The "
        f"review was commissioned by the {c.partnership} and led by the independent reviewer {s.author}.",
    )
    d.add("h1", "What the review found")
    for st in _statements(c, 3):
        d.add("bullet", st.body, d.lesson("finding", "", st.body, st.themes))
    d.add("h1", "What went well")
    for g in _good_practice(c, 1):
        d.add("bullet", g.text, d.lesson("good_practice", "", g.text, g.themes))
    d.add("h1", "What will change")
    for r in _recommendations(c, 3):
        d.add("bullet", r.text, d.lesson("recommendation", "", r.text, r.themes))
    d.add("small", "Download the full report (PDF)")
    d.add("small", "Share this: Facebook | X | LinkedIn | Email")
    d.add("h3", "Related posts")
    d.add("small", "New multi-agency escalation policy published")
    d.add("small", "Learning event dates for the spring")
    d.add("small", "Comments are closed.")


def c471(c: Ctx) -> None:  # a first-name pseudonym in quotation marks, "(not her real name)"
    d, s = c.doc, c.spec
    sex = _sex(c)
    names = FEMALE_NAMES if sex == "f" else MALE_NAMES
    name = s.child if s.child in names else names[len(s.name) % len(names)]
    _rename_child(c, name)
    title = f"{TYPE_NAMES.get(s.review_type, 'Review')}: \u2018{name}\u2019"
    d.meta["title"] = title
    c.cover("reviewer")
    baby = not s.age.endswith("years") or _years(s.age) < 2
    who = ("baby " if baby else "") + ("girl" if sex == "f" else "boy")
    poss = "her" if sex == "f" else "his"
    d.add("h1", "Introduction")
    d.add(
        "p",
        f"This review is about a {who} we have called \u2018{name}\u2019 (not {poss} real name), who was {s.age} old "
        f"when the incident happened. The name was chosen with {poss} family.",
    )
    d.add("p", c.fill("The review was commissioned by {partnership}. Its purpose is to learn, not to blame."))
    d.add("h1", "What we learned")
    for i, st in enumerate(_statements(c, 3), 1):
        label = f"Learning {i}"
        key = d.lesson("learning_point", label, f"{st.title} {st.body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        d.add("p", st.body, key)
    _numbered(c)


def c472(c: Ctx) -> None:  # dates as a document system prints them, "17-Jun-2021"; the author by initial
    d, s = c.doc, c.spec
    pub = _to_day(c)
    author = _initialled(s.author)
    d.meta["author"] = author
    d.add("cover", c.partnership)
    d.add("title", d.meta["title"])
    d.add("cover", "Document status: PUBLISHED")
    d.add("cover", f"Author: {author}")
    d.add("cover", f"Approved by {_partners(c)}: {_dms(_shift(pub, 3))}")
    d.add("cover", f"Published: {_dms(pub)}")
    d.add("pagebreak")
    _front(c)
    d.add("h1", "Findings")
    for i, st in enumerate(_statements(c, 3), 1):
        _finding(c, st, f"Finding {i}")
    d.add("h1", "Recommendations")
    d.add("p", "The recommendations are deliberately short. The action plan sets out how each will be met.")
    for j, (text, themes) in enumerate(_short(c, SHORT_RECS, 8), 1):
        d.add("num", text, d.lesson("recommendation", f"R{j}", text, themes), label=f"R{j}")


def c473(c: Ctx) -> None:  # a learning point's box continued overleaf under "Learning point 2 (continued)"
    d = c.doc
    _pub_cover(c)
    _front(c)
    d.add("h1", "Learning")
    d.add("p", "The learning points are set out in boxes so that they can be copied into briefings.")
    (a, b), (e, f) = _groups(_statements(c, 12), 2, 2)
    boxes = [([a], a.body), ([b, e], f"{b.body} {e.body}"), ([f], f.body)]
    for i, (sts, text) in enumerate(boxes, 1):
        label = f"Learning point {i}"
        key = d.lesson("learning_point", label, text, _themes(*sts))
        if i != 2:
            d.add("box", text, key, label=label)
            continue
        parts = _sentences(text)
        cut = len(parts) // 2
        d.add("box", " ".join(parts[:cut]), key, label=label)
        _break(c)
        d.add("box", " ".join(parts[cut:]), key, label=f"{label} (continued)")
    _gp_bullets(c)
    c.rec_table("Recommendations", _recommendations(c, 3))


def c474(c: Ctx) -> None:  # a learning point whose parts are inline, "(i) ...; (ii) ...; and (iii) ..."
    d = c.doc
    c.cover()
    _front(c)
    d.add("h1", "Learning")
    for i, st in enumerate(_statements(c, 3), 1):
        lead, parts = INLINE[i - 1]
        body = f"{st.body} {lead} {parts}"
        label = f"Learning {i}"
        key = d.lesson("learning_point", label, f"{st.title} {body}", st.themes, title=st.title)
        d.add("h2", f"{label}: {st.title}", key)
        d.add("p", body, key)
    _numbered(c)


BUILDERS = {
    f"C{int(name[1:]):02d}": _printed_only(_named(fn))
    for name, fn in globals().items()
    if re.fullmatch(r"c\d{3}", name)
}
