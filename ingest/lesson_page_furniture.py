"""Ingest stage: a page's furniture among its lessons, taken out before the lesson walk.

Lines that stand between a document's lessons but belong to how it was
laid out, never to what it says: an accessible version's descriptions of
its images ("Image description: ..."), a web page's sidebar of links to
other pages ("Related content" and the page titles under it, "Print this
page"), a page's action links wherever they stand ("Share this page: Facebook | X"; "Download the full report
(PDF)"), a site's bar of links printed as one row in a text browser's dump
("Accessibility | Cookies | Privacy notice | Contact us"). Metadata reads the blocks as they were; only the walk sees these.
"""

from __future__ import annotations

import re

from ingest.layout import Block

# "Image description: ...", "Description of the image: ...", "Alt text: ...", "[Image: ...]"
IMAGE_DESCRIPTION = re.compile(
    r"^\s*(?:(?:image|picture|photo(?:graph)?|figure|diagram|graphic|chart|illustration|infographic)\s+"
    r"(?:description|text)|description\s+of\s+(?:the\s+|this\s+)?(?:image|picture|photo(?:graph)?|figure|diagram|graphic|chart)|"
    r"alt(?:ernative)?\s+text)\s*:\s*\S|^\s*\[(?:image|picture|photo(?:graph)?|figure|diagram|graphic)\b[^\]]*\]\s*$",
    re.I,
)
# A sidebar of links to other pages: "Related content", "Related pages", "See also", "You may also be interested in"
RELATED = re.compile(
    r"^\s*(?:related\s+(?:content|pages?|links?|articles?|information|resources|documents?)|see\s+also|"
    r"you\s+(?:may|might)\s+also\s+(?:be\s+interested\s+in|like)|more\s+(?:on\s+this\s+topic|in\s+this\s+section)|"
    r"useful\s+links|other\s+pages\s+in\s+this\s+section)\s*:?\s*$",
    re.I,
)
# A page's own action links after its content: "Print this page", "Share this page"
PAGE_ACTION = re.compile(r"^\s*(?:print|share|email|download)\s+this\s+page\b", re.I)
# A link to the document's own files: "Download the full report (PDF)", "Download the seven-minute briefing
# (PDF, 240KB)"; a few words, no sentence, the file's type in brackets or none.
DOWNLOAD_LINK = re.compile(
    r"^\s*download\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+(?:\s*\((?:pdf|docx?|word|odt|rtf|easy\s+read)\b[^()]{0,30}\))?\s*$",
    re.I,
)
# a link's name in a site's bar of links: "Privacy notice", "Contact us", "Accessibility"
LINK_NAME = re.compile(r"^\s*[A-Z][A-Za-z'&]*(?:\s+[A-Za-z'&]+){0,3}\s*$")
LINK_BAR_CELLS = 3


def _link_title(block: Block) -> bool:
    """A line of a links sidebar: a page's title, short, no sentence."""
    text = block.text.strip()
    return (
        block.kind in ("para", "heading", "item")
        and len(text.split()) <= 12
        and not text.endswith((".", "?", "!"))
        and not block.cells
    )


def _sidebar_line(blocks: list[Block], index: int, sidebar_level: int) -> bool:
    """A line of the sidebar under its heading: a link title or a page action. A heading at the sidebar
    heading's level or above with text under it that is no link title (a sentence) opens the page's next
    section instead ("Good practice" and its items after a sidebar placed between two sections)."""
    block = blocks[index]
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if (
        block.kind == "heading"
        and 0 < block.level <= sidebar_level
        and following is not None
        and not (_link_title(following) or PAGE_ACTION.match(following.text))
    ):
        return False
    return _link_title(block) or bool(PAGE_ACTION.match(block.text))


def _page_action(block: Block) -> bool:
    """A page's own action printed among its lessons, wherever it stands: "Print this page" alone, or
    "Share this page: Facebook | X | LinkedIn | Email" with the names of the sites it shares to; or the links
    to the document's own files ("Download the full report (PDF) | Download the briefing (PDF)")."""
    parts = list(block.cells) if block.kind == "row" and block.cells else block.text.split("|")
    if block.kind != "heading" and all(DOWNLOAD_LINK.match(part) for part in parts):
        return True  # (a link set as a heading still closes the section above it)
    if block.kind == "row" and block.cells:
        return bool(PAGE_ACTION.match(block.cells[0])) and all(LINK_NAME.match(cell) for cell in block.cells[1:])
    return bool(PAGE_ACTION.match(block.text)) and _link_title(block)


def _link_bar(blocks: list[Block], index: int) -> bool:
    """A row standing alone whose cells are all a site's link names: short, no sentence, no figure."""
    block = blocks[index]
    if _page_action(block):
        return True
    if block.kind != "row" or len(block.cells) < LINK_BAR_CELLS:
        return False
    if any(0 <= near < len(blocks) and blocks[near].kind == "row" for near in (index - 1, index + 1)):
        return False
    return all(LINK_NAME.match(cell) for cell in block.cells)


def _without_related(blocks: list[Block]) -> list[Block]:
    kept: list[Block] = []
    in_sidebar = False
    sidebar_level = 0  # the sidebar heading's level: a heading at it or above opens the next section
    for index, block in enumerate(blocks):
        if block.kind == "heading" and RELATED.match(block.text):
            in_sidebar = True
            sidebar_level = block.level
            continue
        if in_sidebar and _sidebar_line(blocks, index, sidebar_level):
            continue
        in_sidebar = False
        kept.append(block)
    return kept


def without_page_furniture(blocks: list[Block]) -> list[Block]:
    """The blocks without image descriptions, sidebars of links to other pages and bars of links."""
    return _without_related(
        [
            block
            for index, block in enumerate(blocks)
            if not (block.kind in ("para", "item", "heading") and IMAGE_DESCRIPTION.match(block.text))
            and not _link_bar(blocks, index)
        ]
    )
