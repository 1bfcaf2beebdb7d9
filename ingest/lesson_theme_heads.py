"""Ingest stage: lesson segmentation, the final clean-up's reading of a theme over its own recommendations.

A thematic review prints each theme and then the recommendations for it, numbered within the theme:
"Theme 1: Discharge planning after a first injury" / its paragraph / "Recommendations for theme 1" /
"1.1 ...", "1.2 ..." (or run in, "Recommendation 1.1: ..."). The theme is what the review learned; what it
asks is in the items numbered under it, so the theme is never a recommendation itself, though its paragraph
may report what someone "must" do ("the written agreement said his father must not have unsupervised
contact").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# A theme's own label: "Theme 1", "Theme 2".
_THEME = re.compile(r"^theme\s+(\d{1,2})$", re.I)


class _Drafted(Protocol):
    kind: str
    label: str
    unasked: str


def theme_heads_unasked(drafts: Sequence[_Drafted]) -> None:
    """Each recommendation labelled "Theme N" whose next lesson is a recommendation numbered "N.1" (or
    "Recommendation N.1") becomes the kind its section gives what asks nothing ("learning_point" if none)."""
    for here, after in zip(drafts, drafts[1:], strict=False):
        theme = _THEME.match(here.label.strip())
        if not theme or here.kind != "recommendation" or after.kind != "recommendation":
            continue
        number = re.sub(r"^recommendation\s+", "", after.label.strip(), flags=re.I)
        if number == f"{theme.group(1)}.1":
            here.kind = here.unasked or "learning_point"
