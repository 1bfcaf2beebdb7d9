"""Ingest stage, metadata: the review's author.

The author is read from a labelled field or a sentence naming who wrote or led
the review ("Independent reviewer: Jane Smith", "Written by ..."), else from a
name above or below a line giving only the role, a letter's signature, or the
publisher; a system's account a page's export prints as its "Author:" is never
the author. Joint authors are both the author ("A and B"); of several people a
field names with bracketed roles, the one marked lead or author; of a firm and
a person both named as writers (a firm as "Report author:", its "Lead reviewer:"),
the person. A label set in capitals may run into the name with no colon
("INDEPENDENT REVIEWER Jane Smith"). A chair or scrutineer (who signs a
foreword) is the author only when no writer is named.
"""

from __future__ import annotations

import re

from ingest.metadata.joint_authors import second_writer
from ingest.metadata.text import NAME as _NAME
from ingest.metadata.text import SENTENCE_END
from ingest.metadata.writer_fields import FIRM, field_cowriters, listed_writers, run_on

PUBLISHER = re.compile(r"\bpublished\s+by\s*[:\-–]\s*([A-Z][^\n;|]{2,80})", re.IGNORECASE)

# Joint authors printed together: "Jane Smith and Dr Tom Hart", "Jane Smith & Tom Hart".
_NAMES = rf"(?-i:{_NAME}(?:[ \t]+(?:and|&)[ \t]+{_NAME})?)"

# A name in mixed case, each word with a small letter: "Jane McLeod" after a label in capitals, never its next label.
_CASED = r"[A-Z](?=[\w'’.-]*[a-z])[\w'’.-]*"
_CASED_NAMES = rf"(?-i:(?:Dr\.?[ \t]+|Professor[ \t]+)?{_CASED}(?:[ \t]+{_CASED}){{1,3}})"

# Degrees after a name, before its role: "Jane Smith BA (Hons) MSc, Independent Reviewer".
_POSTNOMINAL_RUN = (
    r"(?-i:(?:[ \t,]+(?:[BM]A|[BM]Sc|MPhil|PhD|DPhil|MBA|LLB|LLM|MEd|BEd|RGN|RN|RSCN|RMN|RHV|CQSW|DipSW|"
    r"PGCE|MBE|OBE|CBE|MBBS|\(Hons\)))*)"
)

AUTHOR = re.compile(
    # "Author of the overview report:", "Independent author of the Overview Report:" (a 2008-2015 SCR's cover)
    r"\b(?:report\s+)?(?:author(?:ed|s)?(?:\s+by|\s+of\s+(?:the\s+)?(?:overview\s+)?(?:report|review))?|"
    r"(?:overview\s+)?report\s+writer|(?:written|prepared|produced|authored)\s+by|"
    r"independent\s+(?:lead\s+)?(?:reviewer|author)s?|lead\s+reviewers?|independent\s+reviewers?|reviewers?|"
    # an investigation's report is written by its investigator: "Lead investigator: Jane Smith"
    r"(?:lead\s+|independent\s+)?investigators?|"
    # a cover field naming who wrote or chaired it: "Completed by:", "Chair of the rapid review:"
    r"completed\s+by|compiled\s+by|audit\s+lead|chair\s+of\s+the\s+(?:rapid\s+)?review(?:\s+(?:meeting|panel))?)"
    # "Author(s):", "Lead Reviewer(s):"
    r"(?:\(s\))?\s*[:\-–]\s*([A-Z][^\n;|]{2,80})"
    rf"|(?<!original\s)\b(?:review|report)\s+(?:written\s+)?by\s+({_NAMES})"
    # "Reviewed by Jane Smith", "Written and led by Dr A Shah", "Authored by A and B"
    # a slide deck or briefing session given by its writer: "Presented by Jane Smith, May 2019"
    r"|\b(?:reviewed|written|led|undertaken|conducted|carried\s+out|prepared|authored|presented|delivered)\s+by\s+"
    # "led by independent reviewer Jane Smith": the role before the name
    rf"(?:(?:an?\s+|the\s+)?(?:independent\s+)?(?:lead\s+)?(?:reviewer|author)\s+)?({_NAMES})"
    # "Jane Smith, independent reviewer", "Jane Smith (Independent Author)", "A and B, independent reviewers",
    # "Jane Smith (author)"
    rf"|({_NAMES}){_POSTNOMINAL_RUN}\s*(?:[,(]\s*(?:the\s+|an?\s+)?(?:independent|lead)\s+(?:lead\s+)?|\(\s*(?:overview\s+|report\s+)?)"
    r"(?:reviewer|author|scrutineer)s?\b"
    # "The independent reviewer, Jane Smith, thanks ...", "The author, Jane Smith, would like to thank ..."
    # "The Board thanks the independent overview author, Jane Smith, and ..."
    rf"|\b(?:independent|lead|the)\s+(?:lead\s+|overview\s+(?:report\s+)?)?(?:reviewer|author),\s+({_NAMES}),"
    # a document made with the reviewer: "Session designed with the independent reviewer, Jane Smith"
    rf"|\b(?:designed|developed|written|prepared|produced|created)\s+(?:with|alongside|together\s+with)\s+(?:the\s+)?"
    rf"(?:independent\s+|lead\s+)*(?:reviewer|author),?\s+({_NAMES})"
    # a suggested citation opens with its author and the year: "Suggested citation: Jane Smith (2021) ...",
    # "Please cite as: Jane Smith (2021) ..."
    rf"|\b(?:citation|cite\s+(?:this\s+(?:report|review|document)\s+)?as)\s*:\s*({_NAMES})\s*\(\s*(?:19|20)\d\d"
    # "The independent reviewer for this review was Jane Smith", "The overview author is Jane Smith"
    rf"|\b(?:independent|lead|overview)\s+(?:lead\s+|overview\s+(?:report\s+)?)?(?:reviewer|author)"
    rf"(?:\s+(?:for|of)\s+(?:this|the)\s+(?:review|report))?"
    rf"\s+(?:was|is)\s+({_NAMES})"
    # the writer's role before the name, in apposition: "This report was written by the chair of the Case
    # Review Panel, Priya Menon, Assistant Director ...", "written by an independent consultant, Jane Smith,"
    rf"|\b(?:written|prepared|authored|produced)\s+by\s+(?:the|an?)\s+[^,.;:\n]{{3,80}}?,\s+({_NAMES}),"
    # "written on behalf of the partners by Jane Smith", "The partnership commissioned Jane Smith to write it"
    rf"|\b(?:written|prepared|produced)\s+(?:for|on\s+behalf\s+of)\s+[^.\n]{{3,80}}?\s+by\s+({_NAMES})"
    rf"|\bcommissioned\s+({_NAMES})(?:,[^,.\n]{{3,60}},)?\s+to\s+(?:lead|write|author|undertake|conduct|carry\s+out)\b"
    # the commissioning sentence naming who the review was had from: "The Board commissioned a Serious Case
    # Review from Jane Smith", "commissioned an independent review from Dr A Shah"
    rf"|\bcommissioned\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,6}}?(?:review|report)\s+from\s+({_NAMES})"
    # a cover's label set in capitals and run into the name, with no colon: "INDEPENDENT REVIEWER Jane Smith"
    rf"|(?-i:\b(?:INDEPENDENT[ \t]+(?:LEAD[ \t]+)?|LEAD[ \t]+|REPORT[ \t]+)?(?:REVIEWER|AUTHOR)S?|WRITTEN[ \t]+BY)"
    rf"[ \t]+({_CASED_NAMES})",
    re.IGNORECASE,
)


# A document-control table's header row: an "Author" column beside version, status or approval columns.
_CONTROL_COLUMN = re.compile(
    r"^(?:report\s+)?(?:author|authors|author\(s\)|written\s+by|prepared\s+by)$", re.IGNORECASE
)
_CONTROL_OTHERS = re.compile(r"^(?:version|status|approved(?:\s+by)?|version\s+no\.?|issue)$", re.IGNORECASE)


def author_column(rows: list[tuple[str, ...]]) -> str:
    """ "Author: X" for the last version a document-control table lists under its "Author" column
    (Version | Date | Author | Status): the rows above it are drafts by the same or earlier hands."""
    column, width, value = -1, 0, ""
    for cells in rows:
        cells = tuple(c.strip() for c in cells)
        heads = [i for i, c in enumerate(cells) if _CONTROL_COLUMN.match(c)]
        if heads and any(_CONTROL_OTHERS.match(c) for c in cells):
            column, width = heads[0], len(cells)
        elif column >= 0 and len(cells) == width and cells[column]:
            value = cells[column]
        elif column >= 0:
            column = -1  # the table ended
    return f"Author: {value}" if value else ""


def _publisher(text: str) -> str:
    match = PUBLISHER.search(text)
    return match.group(1).strip(" ,.") if match else ""


# A role printed alone on its line, with the name on the line above or below it.
ROLE_LINE = re.compile(
    r"^\s*(?:independent\s+(?:lead\s+)?(?:reviewer|author)|lead\s+reviewer|(?:report\s+)?author|"
    r"overview\s+(?:report\s+)?author|reviewer)s?\s*$",
    re.IGNORECASE,
)
PERSON = re.compile(
    r"^\s*((?:Dr\.?\s+|Professor\s+|Prof\.?\s+)?[A-Z][a-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]*){1,3})"
    # the role after the name: "Independent Reviewer", "Her Majesty's Inspector, on behalf of the inspectorates"
    r"(?:\s*,\s*[A-Z][A-Za-z ,()'’&-]{1,80})?\s*$"
)
_NOT_PEOPLE = re.compile(
    r"\b(?:review|report|partnership|board|council|safeguarding|children|published|date|"
    r"child|baby|practice|serious|case|final|overview|executive|summary)\b",
    re.IGNORECASE,
)


# Roles that sign or chair a review without writing it: a review names its chair beside its author
# ("Independent chair of the review panel"), and its scrutineer signs a foreword ("Y, Independent Scrutineer").
CHAIR = re.compile(r"\bchair(?:ed|man|woman|person)?\b|\bscrutineer\b", re.IGNORECASE)
# A role in brackets that marks who of several wrote the review: "X (lead reviewer) and Y".
LEAD_ROLE = re.compile(r"\blead\b|\bauthor\b|\bwriter\b", re.IGNORECASE)
_BRACKETED = re.compile(rf"({_NAME})\s*\(([^()]{{2,60}})\)")


# A field's value that is a post, not a person: "Report author: Head of Safeguarding and Quality Assurance",
# "Author: Business Manager" (a council report names its author by role).
ROLE_ONLY = re.compile(
    r"^(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:head|director|manager|officer|lead|chair|nurse|doctor|professional)\s+(?:of|for)\s"
    r"|^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:manager|officer|co-?ordinator|adviser|advisor|director|head|nurse|doctor)$",
    re.IGNORECASE,
)
_BARE_PERSON = re.compile(r"^\s*(?:Dr\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s*$")


# A field's value that is a system's account, not a person: a content management system's export
# prints who posted the page ("Author: webeditor", "Author: admin", "Author: j.smith2").
ACCOUNT = re.compile(r"^\s*[a-z][a-z0-9._@-]*\s*$")

# A field filled with a placeholder says no one is named: "Independent author: N/A (written by the review
# panel)", "Author: Not applicable", "Lead reviewer: None" (a form's next field may run on after it).
NO_ONE = re.compile(r"^\s*(?:n/a|not\s+applicable|none|nil|not\s+known|withheld)\b(?![ \t]+(?-i:[a-z]))", re.IGNORECASE)


def _post_only(value: str) -> bool:
    """Whether a field's value names a post and no person ("Head of Service", not "Head of Service, Jane Smith")."""
    parts = re.split(r",|\s{2,}", value)
    return bool(ROLE_ONLY.match(parts[0].strip())) and not any(_BARE_PERSON.match(p) for p in parts[1:])


# A sentence saying who wrote the report: a chair who wrote it is its author ("written by the chair ...").
WROTE = re.compile(r"(?:written|prepared|authored|produced)\s+by\b", re.IGNORECASE)


# A meeting's attendance lines (run on after a list's last line in a PDF): the people present attend,
# none of them writes the record.
ATTENDANCE = re.compile(
    r"(?:^|(?<=\s))(?:present|in\s+attendance|attendees|attending|apologies(?:\s+received)?)\s*:[^\n]*", re.I | re.M
)


def _chair_line(text: str) -> str:
    """The person a line names with a chair's or scrutineer's post: "Kevin Doherty, Independent Scrutineer"."""
    for line in text.split("\n"):
        person = PERSON.match(line)
        if person and CHAIR.search(line[person.end(1) :]) and not _NOT_PEOPLE.search(person.group(1)):
            return person.group(1).strip()
    return ""


# A citation printing its author surname first: "Citation: Doherty, Kevin (2021) ...".
_SURNAME_FIRST = re.compile(
    r"(\b(?:citation|cite\s+(?:this\s+(?:report|review|document)\s+)?as)\s*:\s*)"
    r"(?-i:([A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?),[ \t]+((?:[A-Z][a-z'’-]+|[A-Z]\.?)(?:[ \t]+(?:[A-Z][a-z'’-]+|[A-Z]\.?))*))"
    r"(?=\s*\(\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)


def _author(text: str, chairs: bool = True) -> str:
    """The review's author named in `text`; a chair or scrutineer only when no one else is named and
    `chairs` allows them (False: the caller looks for a writer elsewhere first). A meeting's attendance
    lines name no author; a citation's "Surname, Forename" is read in natural order."""
    text = ATTENDANCE.sub("", text)
    text = _SURNAME_FIRST.sub(lambda m: f"{m.group(1)}{m.group(3)} {m.group(2)}", text)
    matches = [
        m
        for m in AUTHOR.finditer(text)
        if not _post_only(_value(m)) and not ACCOUNT.match(_value(m)) and not NO_ONE.match(_value(m))
    ]
    if not matches:
        return _author_by_role_line(text)
    writers = [m for m in matches if not CHAIR.search(text[m.start() : m.end()]) or WROTE.match(text, m.start())]
    if not writers and not chairs:
        return ""
    named = writers or matches
    # A firm as the report's author beside its named lead reviewer: the person wrote the review.
    match = next((m for m in named if not FIRM.search(_value(m))), named[0])
    found = re.sub(r"^by\s+", "", _value(match), flags=re.IGNORECASE)
    found = _lead_of(found)
    listed = listed_writers(_lead_of(run_on(text, match.end(), found)))
    if listed:
        return listed  # "A BA (Hons), B MSc, RN and C CQSW": three writers, their letters dropped
    name = re.split(r"\s{2,}|,|\s+(?:date|published|publication)\b", found, flags=re.IGNORECASE)[0]
    name = SENTENCE_END.split(name)[0]  # "Hannah Osei. Nottingham Safeguarding Children Partnership."
    name = re.sub(r"\s+&\s+", " and ", name)
    bare = POSTNOMINALS.sub("", name).strip(" ,.")
    found_name = (bare if len(bare.split()) >= 2 else name).strip(" ,.")
    second = second_writer(text, match.start(), found_name) or " and ".join(
        field_cowriters(text, match.start(), found_name)  # "Lead Reviewer: A" over "Report writer: B"
    )
    if second:
        return f"{found_name} and {second}"  # "X, Independent Reviewer, and Y, Independent Health Reviewer"
    if re.match(r"[ \t]*\n", text[match.end() :]):
        # "... led by the independent reviewer Dr Rupert" / "Vance": a name cut where its line wraps, printed
        # whole elsewhere ("Lead reviewer: Dr Rupert Vance")
        whole = re.search(rf"\b{re.escape(found_name)}[ \t]+([A-Z][a-z'’-]+)[ \t]*(?=$|[,(])", text, re.MULTILINE)
        if whole and len(found_name.split()) < 4:
            return f"{found_name} {whole.group(1)}"
        # "... written by Dr Sarah" / "Whitlock.": a title and a first name, the surname alone opening the
        # next line before the sentence ends
        surname = re.match(r"[ \t]*\n[ \t]*([A-Z][a-z'’-]+)[ \t]*(?=[.,;]|$)", text[match.end() :], re.MULTILINE)
        if surname and re.fullmatch(r"(?:Dr\.?|Professor)\s+[A-Z][a-z'’-]+", found_name):
            return f"{found_name} {surname.group(1)}"
    return found_name


def _value(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g)


def _lead_of(found: str) -> str:
    """Of several people a field names with their roles in brackets, the one it marks as leading or
    writing the review ("X (lead reviewer) and Y", "Y (chair) and X (author)"); else the field with
    its bracketed words dropped ("Jane Smith (BASW registered)")."""
    for named in _BRACKETED.finditer(found):
        role = named.group(2)
        # "(joint lead reviewers)" speaks of everyone the field names
        if LEAD_ROLE.search(role) and not re.search(r"s\s*$|\bjoint\b", role) and not CHAIR.search(role):
            return named.group(1)
    return re.sub(r"\s*\([^()]*\)", "", found)


# Degrees and honours after a name: "Jane Smith BA MSc", "Dr A Shah PhD, CQSW".
_DEGREES = (
    r"(?:[BM]A|[BM]Sc|MPhil|PhD|DPhil|MBA|LLB|LLM|MEd|BEd|RGN|RN|RSCN|RMN|RHV|CQSW|DipSW|Dip|"
    r"PGCE|MBE|OBE|CBE|FRCP|FRCPCH|MRCP|MRCPCH|MBBS|\(Hons\)|Hons)"
)
POSTNOMINALS = re.compile(rf"(?:[\s,]+{_DEGREES})+\s*$")
SIGN_OFF = re.compile(r"^\s*yours\s+(?:sincerely|faithfully)\s*,?\s*$", re.IGNORECASE)
# A form's signature box, headed on a line of its own: "9 DATE AND SIGNATURE", "Signature", "Signed:".
SIGNATURE_HEADING = re.compile(
    r"^\W*(?:\d+[.)]?\s+)?(?:(?:date\s+and\s+)?signature(?:\s+and\s+date)?|signed(?:\s+and\s+dated)?)\s*:?\s*$",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(r"^\W*(?:dated?\s*:?\s*)?(?:\d{1,2}\s+[A-Za-z]+\s+\d{4}|[\d./-]{6,10})\W*$", re.IGNORECASE)


def _signatory(text: str) -> str:
    """The name a letter or form is signed with: the line after "Yours sincerely," or under a
    "Signature" heading (past the date printed with it)."""
    lines = [l for l in text.split("\n") if l.strip()]
    for i, line in enumerate(lines[:-1]):
        if SIGN_OFF.match(line) or SIGNATURE_HEADING.match(line):
            after = [l for l in lines[i + 1 : i + 3] if not _DATE_LINE.match(l)][:1]
            person = PERSON.match(after[0]) if after else None
            if person and not _NOT_PEOPLE.search(person.group(1)):
                return person.group(1).strip()
    return ""


# A section about the reviewer whose first sentence opens with the name: "About the author" then
# "Jane Smith is a registered social worker ...", or an appendix "Appendix B: The lead reviewer" then
# "Jane Smith, BA (Hons), MA, CQSW, is ..." (the name alone, never its letters).
ABOUT = re.compile(
    r"^\s*(?:(?:appendix|annex)\s+[A-Z0-9]{1,2}\s*[:.–-]?\s+)?(?:\d+(?:\.\d+)*\.?\s+)?"
    r"(?:about\s+the|the)\s+(?:independent\s+|lead\s+)*(?:reviewer|author)\s*\n"
    rf"\s*((?-i:{_NAME}))(?-i:[\s,]+{_DEGREES})*,?\s+(?:is|was|has)\b",
    re.IGNORECASE | re.MULTILINE,
)


def _author_by_role_line(text: str) -> str:
    """ "Jane Smith" above (or below) a line that only says "Independent Reviewer", or opening the
    text under an "About the author" heading."""
    lines = [l for l in text.split("\n") if l.strip()]
    about = ABOUT.search("\n".join(lines))
    if about and not _NOT_PEOPLE.search(about.group(1)):
        return about.group(1)
    for i, line in enumerate(lines):
        if not ROLE_LINE.match(line):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines):
                person = PERSON.match(lines[j])
                if person and not _NOT_PEOPLE.search(person.group(1)):
                    bare = POSTNOMINALS.sub("", person.group(1)).strip()  # "Jane Smith MSc"
                    return bare if len(bare.split()) >= 2 else person.group(1).strip()
    return ""
