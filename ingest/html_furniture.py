"""Ingest stage (reading HTML): which parts of a web page are the site's furniture, not the review's.

Site chrome is known by its role or class (menus, banners, cookie notices), an accordion's button by what
it opens. A site's sidebars (other reviews, related pages, menus) are furniture, but a page may set the
review's own words in an <aside>: a learning point in a panel beside the paragraph it comes from,
or the review's particulars ("About this review ..."). The decision is by what the aside holds,
never by its words: links, or short items listed with no sentence among them, make it the site's;
prose or fields of its own make it the review's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# Items run together in one line, as a list of links printed as text ("Pages: A; B; C").
_ITEM_BREAK = re.compile(r"\s*[;|\u2022\u00b7]\s*")


@dataclass
class AsideWords:
    """What one open <aside> has held so far."""

    start: int  # the index of its first line among the page's lines
    chars: int = 0  # the characters of its text
    link_chars: int = 0  # those inside links
    links: int = 0  # the links it holds
    beside: bool = False  # the line before it is a paragraph in the same container

    def held(self, data: str, in_link: bool) -> None:
        """Count a piece of the aside's text, and whether a link holds it."""
        size = len(data.strip())
        self.chars += size
        self.link_chars += size if in_link else 0


def _listed_items(text: str) -> bool:
    """A line that is only short items run together ("Related: A; B; C"), no sentence."""
    body = text.split(":", 1)[1] if ":" in text.split(".")[0] else text
    items = [item.strip(" .") for item in _ITEM_BREAK.split(body) if item.strip(" .")]
    return len(items) >= 3 and all(len(item.split()) <= 8 for item in items)


def _sentence(text: str) -> bool:
    """A line with prose in it: some words and a full stop, or a field's value after its name."""
    return len(text.split()) >= 4 and not _listed_items(text)


def is_review_content(aside: AsideWords, lines: list) -> bool:
    """Whether the lines an <aside> gave are the review's own content, to be read with the page."""
    if not lines or aside.chars == 0:
        return False
    if aside.links and aside.link_chars * 3 >= aside.chars:
        return False  # mostly links: the site's navigation
    body = [line for line in lines if not line.style_level]
    if not body:
        return False
    if all(line.list_item for line in body) and not any(line.text.rstrip().endswith(".") for line in body):
        return False  # a list of short entries, no sentence among them
    return any(_sentence(line.text) for line in body)


def beside_row(before, held: list, row: int) -> list | None:
    """The paragraph before an aside and the aside as one two-cell row (the paragraph, then the
    aside's title and text, the title its lead), as Word gives a layout table: when the aside sits
    beside that paragraph in one container and is a heading over sentences. None otherwise."""
    if before is None or before.style_level or before.list_item or before.row or not held:
        return None
    head, body = held[0], held[1:]
    if not head.style_level or not body or any(line.style_level or line.row for line in body):
        return None
    if not before.text.rstrip().endswith((".", "!", "?")) or len(before.text.split()) < 8:
        return None
    text = " ".join([head.text, *(line.text for line in body)])
    side = replace(body[0], text=text, lead=head.text, bold=False, list_item=False, row=row, cell=1, emphasis=())
    return [replace(before, row=row, cell=0), side]


def closed_aside(aside: AsideWords, lines: list, row: int, outer: list[AsideWords]) -> tuple[int, list, list[str]]:
    """What a closed aside leaves among the page's lines: (the index from which they are replaced, the
    lines put there, the words set aside as the site's furniture). A kept aside beside a paragraph is
    read with it as one row numbered `row`; an aside inside another adds its words to the outer one's."""
    held = lines[aside.start :]
    if not is_review_content(aside, held):
        return aside.start, [], [line.text for line in held]
    if aside.beside and (side := beside_row(lines[aside.start - 1], held, row)):
        return aside.start - 1, side, []
    for around in outer:
        around.chars, around.link_chars = around.chars + aside.chars, around.link_chars + aside.link_chars
    return aside.start, held, []


_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "menubar", "alertdialog"}


_CHROME_CLASS = re.compile(
    r"cookie|consent|breadcrumb|skip-?link|navbar|site-?(?:header|footer|nav|menu|search)|main-?(?:nav|menu)|"
    r"share-?(?:links|buttons|this)|social-?(?:links|media|icons)|newsletter|back-?to-?top",
    re.I,
)


def is_chrome(attrs) -> bool:
    """Whether an element is site chrome by its role or class (a cookie banner, breadcrumbs, a menu)."""
    names = dict(attrs)
    if (names.get("role") or "").lower() in _CHROME_ROLES:
        return True
    return bool(_CHROME_CLASS.search(f"{names.get('class') or ''} {names.get('id') or ''}"))


_PANEL_CLASS = re.compile(r"accordion|collaps|toggle|expand|disclosure", re.I)


def opens_panel(attrs) -> bool:
    """Whether a <button> opens a folded panel (aria-controls/aria-expanded, or an accordion class)."""
    names = dict(attrs)
    return "aria-controls" in names or "aria-expanded" in names or bool(_PANEL_CLASS.search(names.get("class") or ""))
