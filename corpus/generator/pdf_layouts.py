"""Corpus generator: the page layouts of PDF reviews.

Each layout function turns a spec and its lesson plan into reportlab
flowables, declaring every lesson (kind, printed label, exact text) on the
Story as it places it. Layouts differ the way real reviews do: SCIE
"Finding N" reports, numbered-paragraph overview reports, two-column
LCSPRs, boxed learning points, 7-minute briefings, NSPCC summary sheets and
national Panel reports.
"""

from __future__ import annotations

import random

from reportlab.lib import colors
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from . import narrative
from .model import GoldLesson, Plan, ReviewSpec, normalise, printed_title, split_body, statement_text
from .pdf_render import INNER_W as BODY_W
from .pdf_render import Look, PassResult, TrackedTable, markup, para, raw_para, styles, tag


class Story:
    """Flowables plus the lessons they carry, in reading order."""

    def __init__(self, spec: ReviewSpec, look: Look, ctx: PassResult | None):
        self.spec, self.look, self.ctx = spec, look, ctx
        self.st = styles(look)
        self.flow: list = []
        self.lessons: list[GoldLesson] = []
        self.toc: list[str] = []
        self._toc_slot: int | None = None
        self.rng = random.Random(spec.name)
        ctx_words = {
            "child": spec.child or "the child",
            "age": spec.child_age or "a child",
            "partnership": spec.partnership,
            "area": spec.area,
            "author": spec.author,
            "year": spec.published[:4],
        }
        ctx_words.update(narrative.PRONOUNS[spec.sex or "f"])
        self.words = ctx_words

    # lessons -----------------------------------------------------------
    def lesson(self, kind: str, label: str, text: str, themes, agency: str = "") -> int:
        self.lessons.append(GoldLesson(kind, label, normalise(text), tuple(themes), agency))
        return len(self.lessons) - 1

    # text --------------------------------------------------------------
    def fill(self, template: str) -> str:
        return narrative.fill(template, self.words)

    def h1(self, text: str, toc: bool = True):
        if toc:
            self.toc.append(text)
        self.flow.append(tag(para(text, self.st["h1"], self.look), None, text if toc else None))
        self.flow[-1].keepWithNext = True

    def h2(self, text: str, key=None):
        f = para(text, self.st["h2"], self.look, key=key)
        f.keepWithNext = True
        self.flow.append(f)

    def p(self, text: str, key=None, style: str = "body", hyphen_width: float = 0):
        self.flow.append(para(text, self.st[style], self.look, key=key, hyphen_width=hyphen_width))

    def bullet(self, text: str, key=None, bullet: str = "\u2022"):
        f = para(text, self.st["bullet"], self.look, key=key)
        f.bulletText = bullet
        self.flow.append(f)

    def numbered(self, number: str, text: str, key=None, hyphen_width: float = 0):
        style = self.st["bullet"].clone("num", leftIndent=34, bulletIndent=0)
        f = para(text, style, self.look, key=key, hyphen_width=hyphen_width)
        f.bulletText = number
        self.flow.append(f)

    def narrative(self, pool: list[str], count: int):
        for t in narrative.pick(self.rng, pool, count):
            self.p(self.fill(t))

    # page structure ----------------------------------------------------
    def cover(self, kind_line: str, extra_lines: list[str], next_template: str = "body"):
        spec, st = self.spec, self.st
        self.flow.append(NextPageTemplate(next_template))
        self.flow.append(Spacer(1, 60))
        self.flow.append(para(spec.partnership, st["cover"], self.look))
        self.flow.append(Spacer(1, 30))
        self.flow.append(para(kind_line, st["title"], self.look))
        if spec.child:
            self.flow.append(para(spec.child, st["title"], self.look))
        self.flow.append(Spacer(1, 40))
        for line in extra_lines:
            self.flow.append(para(line, st["cover"], self.look))
        self.flow.append(PageBreak())

    def contents_slot(self):
        self.flow.append(para("Contents", self.st["h1"], self.look))
        self._toc_slot = len(self.flow)
        self.flow.append(Spacer(1, 1))
        self.flow.append(PageBreak())

    def finish(self) -> list:
        if self._toc_slot is not None:
            pages = self.ctx.toc_pages if self.ctx else {}
            rows = [
                [para(h, self.st["cell"], self.look), para(str(pages.get(h, "")), self.st["cell"], self.look)]
                for h in self.toc
            ]
            table = Table(rows, colWidths=[BODY_W - 60, 60])
            table.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            self.flow[self._toc_slot] = table
        return self.flow

    def table_header(self, headings: list[str], widths: list[float]):
        row = [para(h, self.st["cellb"], self.look) for h in headings]
        t = Table([row], colWidths=widths)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#dde4ee")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        t.keepWithNext = True
        self.flow.append(t)

    def table_row(self, cells: list[str], widths: list[float], key=None):
        row = [para(c, self.st["cell"], self.look) for c in cells]
        t = TrackedTable([row], colWidths=widths, splitInRow=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        self.flow.append(tag(t, key))

    def box(self, heading: str, text: str, key=None, shade: str = "#eef3e8", width: float = BODY_W):
        label = para(heading, self.st["cellb"], self.look)
        label.label_only = True  # the printed label is not part of the lesson text
        content = [label, Spacer(1, 3), para(text, self.st["cell"], self.look)]
        t = TrackedTable([[content]], colWidths=[width], splitInRow=1)
        t.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#4a6b2f")),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(shade)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        self.flow.append(tag(t, key))
        self.flow.append(Spacer(1, 8))


def _author_lines(spec: ReviewSpec) -> list[str]:
    label = spec.opt("author_label", "Author:")
    date_label = spec.opt("date_label", "Publication date:")
    lines = [f"{label} {spec.author}"] if spec.author else []
    lines.append(f"{date_label} {spec.published_printed}")
    return lines


def _background(s: Story):
    s.p(s.fill(narrative.BACKGROUND[s.spec.scenario]))
    s.narrative(narrative.CHRONOLOGY, s.spec.opt("chronology", 6))


def _finding(s: Story, label: str, st, heading_prefix: str):
    key = s.lesson("finding", label, statement_text(st, True), st.themes)
    s.h2(f"{heading_prefix}{st.title}", key=key)
    for chunk in split_body(st.body):
        s.p(chunk, key=key)


def _appendix(s: Story, numbered: bool = False):
    s.h1("Appendix A: Terms of reference", toc=not numbered)
    for t in narrative.TERMS_OF_REFERENCE:
        s.bullet(t)
    s.h1("Appendix B: Glossary", toc=not numbered)
    for abbr, meaning in narrative.GLOSSARY:
        s.flow.append(raw_para(f"<b>{markup(abbr, s.look)}</b> \u2013 {markup(meaning, s.look)}", s.st["plain"]))


# layouts ---------------------------------------------------------------


def layout_scie(s: Story, plan: Plan):
    spec = s.spec
    kind = {"SCR": "Serious Case Review", "LCSPR": "Local Child Safeguarding Practice Review"}[spec.review_type]
    s.cover(kind, _author_lines(spec))
    s.contents_slot()
    s.h1("1 Introduction")
    s.narrative(narrative.INTRO, 2)
    if spec.opt("exec_summary"):
        s.h1("2 Executive summary")
        s.p("The review identified the following findings, which are set out in full in section 5:")
        for i, st in enumerate(plan.statements, 1):
            s.bullet(f"Finding {i}: {st.title}")
    s.h1("3 Methodology")
    s.narrative(narrative.METHOD, 2)
    s.h1("4 Background and key episodes")
    _background(s)
    s.h1("5 Findings")
    s.p("Each finding is set out below with the evidence from this case that supports it.")
    for i, st in enumerate(plan.statements, 1):
        _finding(s, f"Finding {i}", st, f"Finding {i}: ")
    if plan.good_practice:
        s.h1("6 Good practice")
        for gp in plan.good_practice:
            s.bullet(gp.text, key=s.lesson("good_practice", "", gp.text, gp.themes))
    s.h1(f"7 Considerations for the {spec.opt('board', 'Board')}")
    for i, rec in enumerate(plan.recommendations, 1):
        s.numbered(f"{i}.", rec.text, key=s.lesson("recommendation", str(i), rec.text, rec.themes))
    _appendix(s, numbered=False)


def layout_numbered(s: Story, plan: Plan):
    spec = s.spec
    hy = BODY_W - 34 if spec.opt("hyphenate") else 0
    if spec.opt("nspcc_sheet"):
        _nspcc_sheet(s)
    s.cover(spec.opt("cover_kind", "Serious Case Review") + ": Overview Report", _author_lines(spec))
    sections = [("Introduction", narrative.INTRO, 3), ("Process of the review", narrative.METHOD, 3)]
    n = 0
    for n, (heading, pool, count) in enumerate(sections, 1):
        s.h1(f"{n}. {heading}", toc=False)
        for j, t in enumerate(narrative.pick(s.rng, pool, count), 1):
            s.numbered(f"{n}.{j}", s.fill(t))
    n += 1
    s.h1(f"{n}. Summary of the case", toc=False)
    s.numbered(f"{n}.1", s.fill(narrative.BACKGROUND[spec.scenario]))
    for j, t in enumerate(narrative.pick(s.rng, narrative.CHRONOLOGY, spec.opt("chronology", 6)), 2):
        s.numbered(f"{n}.{j}", s.fill(t))
    n += 1
    s.h1(f"{n}. Lessons learned", toc=False)
    for j, st in enumerate(plan.statements, 1):
        label = f"{n}.{j}"
        s.numbered(label, st.body, key=s.lesson("learning_point", label, st.body, st.themes), hyphen_width=hy)
    if plan.good_practice:
        n += 1
        s.h1(f"{n}. Good practice", toc=False)
        for j, gp in enumerate(plan.good_practice, 1):
            label = f"{n}.{j}"
            s.numbered(label, gp.text, key=s.lesson("good_practice", label, gp.text, gp.themes))
    n += 1
    s.h1(f"{n}. Recommendations", toc=False)
    s.p("The review makes the following recommendations to the Board.")
    widths = [40, BODY_W - 160, 120]
    s.table_header(["No.", "Recommendation", "Lead agency"], widths)
    prefix = spec.opt("rec_prefix", "")
    for j, rec in enumerate(plan.recommendations, 1):
        label = f"{prefix}{j}"
        key = s.lesson("recommendation", label, rec.text, rec.themes, rec.agency)
        s.table_row([label, rec.text, rec.agency], widths, key)
    _appendix(s, numbered=True)


def layout_twocol(s: Story, plan: Plan):
    spec = s.spec
    s.cover("Local Child Safeguarding Practice Review", _author_lines(spec), next_template="twocol")
    s.h1("Introduction", toc=False)
    s.narrative(narrative.INTRO, 2)
    s.h1("About the review", toc=False)
    s.narrative(narrative.METHOD, 2)
    s.h1(f"{spec.child or 'The child'} and family", toc=False)
    _background(s)
    s.h1("Findings and learning", toc=False)
    for st in plan.statements:
        _finding(s, "", st, "")
    if plan.good_practice:
        s.h1("What worked well", toc=False)
        for gp in plan.good_practice:
            s.bullet(gp.text, key=s.lesson("good_practice", "", gp.text, gp.themes))
    s.h1("Recommendations", toc=False)
    for j, rec in enumerate(plan.recommendations, 1):
        label = f"Recommendation {j}"
        key = s.lesson("recommendation", label, rec.text, rec.themes)
        s.flow.append(raw_para(f"<b>{label}:</b> {markup(rec.text, s.look)}", s.st["body"], key=key))


def layout_boxed(s: Story, plan: Plan):
    spec = s.spec
    kind = {"SCR": "Serious Case Review", "LCSPR": "Local Child Safeguarding Practice Review"}[spec.review_type]
    s.cover(kind, _author_lines(spec))
    s.contents_slot()
    s.h1("Executive summary")
    s.p(s.fill(narrative.BACKGROUND[spec.scenario]))
    if spec.opt("exec_recs_verbatim"):
        s.p("The review makes the following recommendations, which are repeated in section 6:")
        for rec in plan.recommendations:
            s.bullet(rec.text)
    else:
        s.p("Learning from this review concerns: " + "; ".join(st.title.lower() for st in plan.statements) + ".")
    s.h1("Introduction")
    s.narrative(narrative.INTRO, 2)
    s.narrative(narrative.METHOD, 1)
    s.h1("The child's story")
    _background(s)
    s.h1("Learning")
    for j, st in enumerate(plan.statements, 1):
        label = f"Learning point {j}"
        key = s.lesson("learning_point", label, st.body, st.themes)
        s.box(label, st.body, key=key)
    if plan.good_practice:
        s.h1("Good practice")
        for gp in plan.good_practice:
            s.p(gp.text, key=s.lesson("good_practice", "", gp.text, gp.themes))
    s.h1("Recommendations")
    widths = [40, BODY_W - 150, 110]
    s.table_header(["Ref", "Recommendation", "Lead agency"], widths)
    for j, rec in enumerate(plan.recommendations, 1):
        label = f"R{j}"
        key = s.lesson("recommendation", label, rec.text, rec.themes, rec.agency)
        s.table_row([label, rec.text, rec.agency], widths, key)
    _appendix(s, numbered=False)


def layout_seven_minute(s: Story, plan: Plan):
    spec = s.spec
    s.flow.append(NextPageTemplate("twocol"))
    s.flow.append(para(printed_title(spec), s.st["title"], s.look))
    s.flow.append(para(spec.partnership + " \u2022 " + spec.published_printed, s.st["cover"], s.look))
    s.flow.append(PageBreak())
    s.h2("1. Background")
    s.p(s.fill(narrative.BACKGROUND[spec.scenario]))
    s.h2("2. Why it matters")
    s.p(narrative.BRIEFING_WHY[0])
    s.h2("3. Key learning")
    half = (len(plan.statements) + 1) // 2
    for st in plan.statements[:half]:
        s.bullet(st.body, key=s.lesson("learning_point", "", st.body, st.themes))
    s.h2("4. Good practice")
    for gp in plan.good_practice:
        s.bullet(gp.text, key=s.lesson("good_practice", "", gp.text, gp.themes))
    s.h2("5. Messages for practitioners")
    for st in plan.statements[half:]:
        s.bullet(st.body, key=s.lesson("learning_point", "", st.body, st.themes))
    if plan.recommendations:
        s.h2("6. What the Partnership will do")
    for rec in plan.recommendations:
        s.bullet(rec.text, key=s.lesson("recommendation", "", rec.text, rec.themes))
    s.h2(f"{7 if plan.recommendations else 6}. Questions for reflection")
    for q in narrative.REFLECTION_QUESTIONS[:3]:
        s.bullet(q)


def layout_learning_briefing(s: Story, plan: Plan):
    spec = s.spec
    s.flow.append(NextPageTemplate("body"))
    s.flow.append(para(printed_title(spec), s.st["title"], s.look))
    s.flow.append(para(spec.partnership, s.st["cover"], s.look))
    s.h1("The Incident", toc=False)
    s.p(s.fill(narrative.BACKGROUND[spec.scenario]))
    if plan.good_practice:
        s.h1("Good Practice", toc=False)
        for gp in plan.good_practice:
            s.bullet(gp.text, key=s.lesson("good_practice", "", gp.text, gp.themes))
    s.h1("Messages for Practitioners", toc=False)
    for st in plan.statements:
        s.bullet(st.body, key=s.lesson("learning_point", "", st.body, st.themes), bullet="\u25aa")
    if plan.recommendations:
        s.h1("Recommendations to the partnership", toc=False)
        for rec in plan.recommendations:
            s.bullet(rec.text, key=s.lesson("recommendation", "", rec.text, rec.themes))
    s.h1("Further information", toc=False)
    s.p(narrative.BRIEFING_WHY[1] + f" Published {spec.published_printed}.")


def _nspcc_sheet(s: Story):
    spec = s.spec
    s.flow.append(NextPageTemplate("cover"))
    lines = [
        f"Title: {spec.title}",
        f"LSCB: {spec.partnership}",
        f"Author: {spec.author}",
        f"Date of publication: {spec.published_printed}",
    ]
    for line in lines:
        s.p(line, style="plain")
    s.p(
        """This case review report was deposited by the publishing LSCB(s) with the national case review
        repository. Copyright remains with the publishing board.""",
        style="small",
    )
    s.flow.append(PageBreak())


def layout_nspcc_summary(s: Story, plan: Plan):
    spec = s.spec
    _nspcc_sheet(s)
    s.flow.append(NextPageTemplate("body"))
    s.h1(f"Summary: {spec.title}", toc=False)
    s.p(s.fill(narrative.BACKGROUND[spec.scenario]))
    s.p(f"Model: {spec.opt('model', 'SCIE Learning Together')}.")
    items = []
    for st in plan.statements:
        key = s.lesson("learning_point", "", st.title, st.themes)
        items.append((key, st.title))
    recs = []
    for rec in plan.recommendations:
        text = rec.text.rstrip(".")
        recs.append((s.lesson("recommendation", "", text, rec.themes), text))
    # One paragraph per list; each item is a lesson on that paragraph's page.
    learning = "Learning includes: " + "; ".join(markup(t, s.look) for _, t in items) + "."
    f = raw_para(learning, s.st["body"])
    f.lesson_keys = [k for k, _ in items]
    s.flow.append(f)
    if recs:
        text = (
            spec.opt("rec_intro", "Recommendations include:")
            + " "
            + "; ".join(markup(t, s.look) for _, t in recs)
            + "."
        )
        f = raw_para(text, s.st["body"])
        f.lesson_keys = [k for k, _ in recs]
        s.flow.append(f)
    kw = spec.opt("keywords")
    if kw:
        s.p(f"Keywords: {kw}.")


def layout_national(s: Story, plan: Plan):
    spec = s.spec
    s.cover(
        spec.opt("cover_kind", "National review"),
        [line for line in [spec.title, spec.opt("subtitle", "")] if line] + _author_lines(spec),
    )
    s.contents_slot()
    s.h1("Executive summary")
    s.p(s.fill(narrative.BACKGROUND[spec.scenario]) if spec.child else narrative.BRIEFING_WHY[0])
    s.p("Key findings:")
    for st in plan.statements:
        s.bullet(st.title)
    s.h1("1 Introduction")
    s.narrative(narrative.INTRO, 2)
    s.h1("2 How the review was carried out")
    s.narrative(narrative.METHOD, 3)
    s.h1("3 Findings")
    for j, st in enumerate(plan.statements, 1):
        _finding(s, f"3.{j}", st, f"3.{j} ")
    practice = spec.opt("practice_messages", 0)
    if plan.good_practice or practice:
        s.h1("4 What this means for practice")
        for gp in plan.good_practice:
            s.bullet(gp.text, key=s.lesson("good_practice", "", gp.text, gp.themes))
    s.h1("5 Recommendations")
    for j, rec in enumerate(plan.recommendations, 1):
        label = f"Recommendation {j}"
        key = s.lesson("recommendation", label, rec.text, rec.themes)
        s.h2(label, key=key)
        s.p(rec.text, key=key)
    _appendix(s, numbered=False)


LAYOUTS = {
    "scie": layout_scie,
    "numbered": layout_numbered,
    "twocol": layout_twocol,
    "boxed": layout_boxed,
    "seven_minute": layout_seven_minute,
    "learning_briefing": layout_learning_briefing,
    "nspcc_summary": layout_nspcc_summary,
    "national": layout_national,
}


def render_pdf(spec: ReviewSpec, plan: Plan) -> tuple[bytes, list[GoldLesson], int]:
    """Lay out one PDF review; return its bytes, its lessons with pages, its page count."""
    from .pdf_render import build_pdf

    look = make_look(spec)
    holder: dict = {}

    def make(ctx):
        story = Story(spec, look, ctx)
        LAYOUTS[spec.layout](story, plan)
        holder["story"] = story
        return story.finish()

    result = build_pdf(make, look, spec.title, spec.author)
    lessons = holder["story"].lessons
    for key, lesson in enumerate(lessons):
        if key not in result.lesson_pages:
            raise RuntimeError(f"{spec.name}: lesson {key} has no page")
        lesson.page_start, lesson.page_end = result.lesson_pages[key]
    return result.data, lessons, result.total_pages


def make_look(spec: ReviewSpec) -> Look:
    from .pdf_render import register_fonts

    look = Look()
    font = spec.opt("font", "helvetica")
    if font == "times":
        look.body_font, look.bold_font = "Times-Roman", "Times-Bold"
        look.size = 11
    elif font in ("dejavu-serif", "dejavu-sans"):
        register_fonts()
        base = "DejaVuSerif" if font == "dejavu-serif" else "DejaVuSans"
        look.body_font, look.bold_font = base, base + "-Bold"
        look.size = 9.5
    look.ligatures = bool(spec.opt("ligatures"))
    if look.ligatures and not font.startswith("dejavu"):
        raise ValueError(f"{spec.name}: ligature glyphs need a DejaVu font")
    look.justify = bool(spec.opt("justify"))
    look.header_left = spec.opt("header", "")
    look.header_right = spec.opt("marking", "")
    look.footer = spec.opt("footer", "Page {x} of {y}")
    look.footer_left = spec.opt("footer_left", "")
    return look
