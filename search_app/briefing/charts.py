"""Briefing stage: the chart of lessons and reviews by year (matplotlib, Agg).

One figure drawn twice: SVG for HTML and PDF, PNG for Word. Both are
deterministic: a fixed SVG hash salt, no date or software stamp in the
metadata, text kept as text in the SVG (so it stays selectable and small).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator

from search_app.briefing.records import Chart, YearCount

LESSONS_COLOUR = "#1d70b8"  # dark enough for 4.5:1 against white
REVIEWS_COLOUR = "#505a5f"
PNG_DPI = 150
_STYLE = {
    "svg.hashsalt": "safeguarding-lessons-briefing",
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def chart_alt(years: Sequence[YearCount]) -> str:
    """The chart in words, for readers who cannot see it."""
    if not years:
        return "No dated lessons to chart."
    parts = [
        f"{y.year}: {y.lessons} lesson{'' if y.lessons == 1 else 's'} from "
        f"{y.reviews} review{'' if y.reviews == 1 else 's'}"
        for y in years
    ]
    return (
        f"Bar chart of lessons and reviews by year of publication, {years[0].year} to "
        f"{years[-1].year}. " + "; ".join(parts) + "."
    )


def year_chart(years: Sequence[YearCount]) -> Chart | None:
    """Lessons (bars) and reviews (narrower bars) per year, or None with no dated lessons."""
    if not years:
        return None
    with plt.rc_context(_STYLE):  # type: ignore[arg-type]  # matplotlib types rc keys as literals
        fig, ax = plt.subplots(figsize=(6.3, 2.3))
        try:
            xs = [y.year for y in years]
            width = 0.4
            ax.bar(
                [x - width / 2 for x in xs], [y.lessons for y in years], width, label="Lessons", color=LESSONS_COLOUR
            )
            ax.bar(
                [x + width / 2 for x in xs], [y.reviews for y in years], width, label="Reviews", color=REVIEWS_COLOUR
            )
            ax.set_xticks(xs)
            ax.set_xticklabels([str(x) for x in xs], rotation=0 if len(xs) <= 12 else 90)
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
            ax.set_xlabel("Year of publication")
            ax.set_ylabel("Number")
            ax.legend(frameon=False, loc="upper left")
            fig.tight_layout()
            svg = io.StringIO()
            fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
            png = io.BytesIO()
            fig.savefig(png, format="png", dpi=PNG_DPI, metadata={"Software": None})
        finally:
            plt.close(fig)
    return Chart(svg=svg.getvalue(), png=png.getvalue(), alt=chart_alt(years))
