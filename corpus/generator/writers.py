"""Corpus generator: write block layouts as HTML, DOCX, plain text or scanned PDF.

Each writer returns the file bytes, and the page (first, last) of every
lesson key. HTML and DOCX are not paginated: every lesson is on page 1.
Plain text is paginated with form feeds. Scanned PDFs are rendered to page
images (PIL, DejaVu fonts, 200 dpi, speckle noise, slight skew) so their text
can only be recovered by OCR.
"""

from __future__ import annotations

import html
import io
import random
import textwrap
import zipfile

from .blocks import Block, BlockStory

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def write_html(story: BlockStory) -> tuple[bytes, dict[int, tuple[int, int]]]:
    spec = story.spec
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(spec.title)} | {html.escape(spec.partnership)}</title>",
        f'<meta name="description" content="{html.escape(spec.title)}">',
        "</head>",
        "<body>",
        '<header class="site-header"><a href="/">Home</a> <nav><ul><li><a href="/professionals">Professionals</a></li>'
        '<li><a href="/reviews">Case reviews</a></li><li><a href="/training">Training</a></li></ul></nav>'
        f'<p class="breadcrumb">Home &gt; Case reviews &gt; {html.escape(spec.title)}</p></header>',
        "<main>",
    ]
    in_list = False
    in_table = False
    for b in story.blocks:
        if in_list and b.kind != "bullet":
            out.append("</ul>")
            in_list = False
        if in_table and b.kind not in ("row",):
            out.append("</tbody></table>")
            in_table = False
        t = html.escape(b.text)
        if b.kind == "title":
            out.append(f"<h1>{t}</h1>")
        elif b.kind == "meta":
            out.append(f'<p class="meta">{t}</p>')
        elif b.kind == "h1":
            out.append(f"<h2>{t}</h2>")
        elif b.kind == "h2":
            out.append(f"<h3>{t}</h3>")
        elif b.kind == "p":
            out.append(f"<p>{t}</p>")
        elif b.kind == "num":
            out.append(f'<p><span class="para-no">{html.escape(b.number)}</span> {t}</p>')
        elif b.kind == "bullet":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{t}</li>")
        elif b.kind == "header":
            out.append(
                "<table><thead><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in b.cells) + "</tr></thead><tbody>"
            )
            in_table = True
        elif b.kind == "row":
            out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in b.cells) + "</tr>")
    if in_list:
        out.append("</ul>")
    if in_table:
        out.append("</tbody></table>")
    out += [
        "</main>",
        '<footer><p>This website uses cookies. <a href="/cookies">Find out more</a>.</p>'
        f"<p>&copy; {html.escape(spec.partnership)}</p></footer>",
        "</body>",
        "</html>",
        "",
    ]
    pages = {l: (1, 1) for l in range(len(story.lessons))}
    return "\n".join(out).encode("utf-8"), pages


def write_docx(story: BlockStory) -> tuple[bytes, dict[int, tuple[int, int]]]:
    import datetime

    import docx

    document = docx.Document()
    props = document.core_properties
    props.author = story.spec.author or story.spec.partnership
    props.title = story.spec.title
    props.created = props.modified = datetime.datetime(2024, 1, 1)
    props.last_modified_by = story.spec.partnership
    props.revision = 1
    table = None
    for b in story.blocks:
        if b.kind != "row":
            table = None
        if b.kind == "title":
            document.add_heading(b.text, level=0)
        elif b.kind == "meta":
            document.add_paragraph(b.text)
        elif b.kind == "h1":
            document.add_heading(b.text, level=1)
        elif b.kind == "h2":
            document.add_heading(b.text, level=2)
        elif b.kind == "p":
            document.add_paragraph(b.text)
        elif b.kind == "num":
            document.add_paragraph(f"{b.number}\t{b.text}")
        elif b.kind == "bullet":
            document.add_paragraph(b.text, style="List Bullet")
        elif b.kind == "header":
            table = document.add_table(rows=1, cols=len(b.cells))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, b.cells):
                cell.text = text
        elif b.kind == "row":
            row = table.add_row()
            for cell, text in zip(row.cells, b.cells):
                cell.text = text
    buf = io.BytesIO()
    document.save(buf)
    pages = {l: (1, 1) for l in range(len(story.lessons))}
    return _fixed_zip(buf.getvalue()), pages


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry times so the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def _block_lines(b: Block, width: int) -> list[str]:
    if b.kind == "title":
        return [b.text.upper(), "=" * min(len(b.text), width)]
    if b.kind == "h1":
        return [b.text.upper()]
    if b.kind == "h2":
        return [b.text, "-" * min(len(b.text), width)]
    if b.kind == "bullet":
        return textwrap.wrap(b.text, width, initial_indent="  * ", subsequent_indent="    ")
    if b.kind == "num":
        return textwrap.wrap(b.text, width, initial_indent=f"{b.number:<6}", subsequent_indent=" " * 6)
    if b.kind == "header":
        return [" | ".join(b.cells)]
    if b.kind == "row":
        num, text, agency = b.cells
        return textwrap.wrap(f"{num}. {text} (Lead: {agency})", width, subsequent_indent="   ")
    return textwrap.wrap(b.text, width)


def write_txt(story: BlockStory, width: int = 76, page_lines: int = 50) -> tuple[bytes, dict[int, tuple[int, int]]]:
    lines: list[tuple[str, int | None]] = []
    for b in story.blocks:
        for line in _block_lines(b, width):
            lines.append((line, b.key))
        if b.kind != "row":
            lines.append(("", None))
    body = page_lines - 4
    total = (len(lines) + body - 1) // body
    pages_text = []
    pages: dict[int, list[int]] = {}
    for p in range(total):
        chunk = lines[p * body : (p + 1) * body]
        page = [story.spec.title, ""]
        for line, key in chunk:
            page.append(line)
            if key is not None:
                pages.setdefault(key, []).append(p + 1)
        page += ["", f"Page {p + 1} of {total}"]
        pages_text.append("\n".join(page) + "\n")
    return "\f".join(pages_text).encode("utf-8"), {k: (min(v), max(v)) for k, v in pages.items()}


def write_scan(story: BlockStory, typewriter: bool = False) -> tuple[bytes, dict[int, tuple[int, int]]]:
    """Page images only; `typewriter` sets the pages in a monospaced face, as older typed reports were."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    dpi = 200
    width_px, height_px = int(A4[0] / 72 * dpi), int(A4[1] / 72 * dpi)
    margin = 170
    font_dir = "/usr/share/fonts/truetype/dejavu"
    face = "DejaVuSansMono" if typewriter else "DejaVuSerif"
    fonts = {
        "body": ImageFont.truetype(f"{font_dir}/{face}.ttf", 31),
        "h1": ImageFont.truetype(f"{font_dir}/{face}-Bold.ttf", 40 if not typewriter else 33),
        "h2": ImageFont.truetype(f"{font_dir}/{face}-Bold.ttf", 33 if not typewriter else 31),
        "title": ImageFont.truetype(f"{font_dir}/{face}-Bold.ttf", 52 if not typewriter else 40),
    }
    line_h = {"body": 46, "h1": 62, "h2": 52, "title": 80}
    usable = width_px - 2 * margin

    def wrap(text: str, font, indent: int = 0) -> list[str]:
        out, line = [], ""
        for word in text.split():
            trial = f"{line} {word}" if line else word
            if font.getlength(trial) <= usable - indent:
                line = trial
            else:
                out.append(line)
                line = word
        if line:
            out.append(line)
        return out

    # Lay out lines: (style, text, indent, key, space_before)
    laid: list[tuple[str, str, int, int | None]] = []
    for b in story.blocks:
        style = {"title": "title", "h1": "h1", "h2": "h2"}.get(b.kind, "body")
        if b.kind == "num":
            wrapped = wrap(b.text, fonts["body"], 90)
            laid.append(("gap", "", 0, None))
            for i, line in enumerate(wrapped):
                laid.append(("body", (b.number + "\t" if i == 0 else "") + line, 90, b.key))
            continue
        if b.kind == "bullet":
            wrapped = wrap(b.text, fonts["body"], 50)
            laid.append(("gap", "", 0, None))
            for i, line in enumerate(wrapped):
                laid.append(("body", ("\u2022\t" if i == 0 else "") + line, 50, b.key))
            continue
        if b.kind == "row":
            text = f"{b.cells[0]}. {b.cells[1]} Lead agency: {b.cells[2]}."
            wrapped = wrap(text, fonts["body"], 0)
        elif b.kind == "header":
            continue
        else:
            wrapped = wrap(b.text, fonts[style])
        laid.append(("gap", "", 0, None))
        for line in wrapped:
            laid.append((style, line, 0, b.key))

    top, bottom = 200, height_px - 220
    pages: list[list[tuple[str, str, int, int | None, int]]] = [[]]
    y = top
    for style, text, indent, key in laid:
        h = 22 if style == "gap" else line_h[style]
        if y + h > bottom:
            pages.append([])
            y = top
            if style == "gap":
                continue
        pages[-1].append((style, text, indent, key, y))
        y += h
    rng = random.Random(story.spec.name)
    key_pages: dict[int, list[int]] = {}
    pdf = io.BytesIO()
    c = canvas.Canvas(pdf, pagesize=A4, invariant=1)
    c.setTitle(story.spec.title)
    total = len(pages)
    for number, page in enumerate(pages, 1):
        img = Image.new("L", (width_px, height_px), 250)
        draw = ImageDraw.Draw(img)
        for style, text, indent, key, y in page:
            if style == "gap":
                continue
            if key is not None:
                key_pages.setdefault(key, []).append(number)
            if "\t" in text:
                mark, rest = text.split("\t", 1)
                draw.text((margin, y), mark, font=fonts["body"], fill=20)
                draw.text((margin + indent, y), rest, font=fonts["body"], fill=20)
            else:
                draw.text((margin + indent, y), text, font=fonts[style], fill=20)
        footer = f"Page {number} of {total}"
        draw.text(
            ((width_px - fonts["body"].getlength(footer)) / 2, height_px - 150), footer, font=fonts["body"], fill=40
        )
        for _ in range(2500):  # scanner speckle
            x, yy = rng.randrange(width_px), rng.randrange(height_px)
            draw.point((x, yy), fill=rng.choice((90, 140, 180)))
        img = img.rotate(rng.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=250)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        jpg = io.BytesIO()
        img.save(jpg, format="JPEG", quality=55, optimize=True)
        jpg.seek(0)
        c.drawImage(ImageReader(jpg), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return pdf.getvalue(), {k: (min(v), max(v)) for k, v in key_pages.items()}


WRITERS = {"html": write_html, "docx": write_docx, "txt": write_txt, "scan": write_scan}
