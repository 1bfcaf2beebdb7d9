"""Benchmarks: the records a benchmark stage produces, and how runs are summarised.

A Figure is one measured quantity (pages per second, p95 milliseconds...)
taken over several runs, with the side-by-side reference figures measured in
the same run of the harness. Stages return StageResults; the harness turns
them into the JSON written to bench/results/.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

HIGHER = "higher"  # throughput: more is better
LOWER = "lower"  # latency, time, memory: less is better


@dataclass(frozen=True)
class Runs:
    """One quantity measured over several runs."""

    label: str
    values: tuple[float, ...]

    @property
    def median(self) -> float | None:
        return statistics.median(self.values) if self.values else None

    def to_json(self) -> dict:
        return {
            "label": self.label,
            "median": _round(self.median),
            "min": _round(min(self.values)) if self.values else None,
            "max": _round(max(self.values)) if self.values else None,
            "runs": [_round(v) for v in self.values],
        }


@dataclass(frozen=True)
class Figure:
    """A benchmark figure: ours over runs, and its references from the same run.

    `ratio` in the JSON is our median divided by the reference median, in the
    figure's own unit (for pages/s below 1 means slower than the reference;
    for ms above 1 means slower)."""

    id: str
    label: str
    unit: str
    better: str
    ours: Runs
    references: tuple[Runs, ...] = ()
    params: dict = field(default_factory=dict)
    reason: str = ""  # why it was not measured, when ours has no values

    @property
    def measured(self) -> bool:
        return bool(self.ours.values)

    @property
    def median(self) -> float | None:
        return self.ours.median

    def reference(self, label: str) -> Runs | None:
        for ref in self.references:
            if ref.label == label:
                return ref
        return None

    def to_json(self) -> dict:
        ours = self.ours.to_json()
        out = {
            "id": self.id,
            "label": self.label,
            "unit": self.unit,
            "better": self.better,
            "measured": self.measured,
            "median": ours["median"],
            "min": ours["min"],
            "max": ours["max"],
            "runs": ours["runs"],
            "references": [{**r.to_json(), "ratio": _round(ratio(self.median, r.median))} for r in self.references],
            "params": self.params,
        }
        if self.reason:
            out["reason"] = self.reason
        return out


def not_measured(id: str, label: str, unit: str, better: str, reason: str, **params) -> Figure:
    """A figure the run could not take, with the reason (e.g. no Elasticsearch node)."""
    return Figure(id, label, unit, better, Runs(label, ()), params=params, reason=reason)


@dataclass
class StageResult:
    """What one stage measured; `notes` say what was skipped and why."""

    stage: str
    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        return figure


def ratio(value: float | None, reference: float | None) -> float | None:
    if value is None or reference is None or reference == 0:
        return None
    return value / reference


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call of fn takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def latencies_ms(call: Callable[[str], object], queries: Iterable[str]) -> list[float]:
    """Milliseconds each query takes through `call`, one after the other."""
    out = []
    for q in queries:
        start = time.perf_counter()
        call(q)
        out.append((time.perf_counter() - start) * 1000.0)
    return out


def _round(value: float | None) -> float | None:
    if value is None:
        return None
    if value == 0 or abs(value) >= 100:
        return round(value, 1)
    return float(f"{value:.4g}")


# Labels of the reference figures, shared by the stages and the targets.
REF_PDFMINER = "raw pdfminer.six extract_text, same LAParams"
REF_PDFIUM = "pypdfium2 text extraction"
REF_ONE_PROCESS = "ours, one process"
REF_TEXT_PDFS = "ours on text PDFs, one process"
REF_TOKENIZER = "bare spaCy tokenizer (blank 'en')"
REF_BACKEND = "backend call alone"
REF_API_UNCACHED = "/api/search, result cache emptied first"
REF_RAW_ENGINE = "raw tantivy query (top 20 + docs + count + facet aggregations)"
REF_FTS5 = "SQLite FTS5 + GROUP BY facets"
REF_RAW_ELASTICSEARCH = "raw elasticsearch match query on the text's analysed tokens (top 20 + total)"
REF_FTS5_BUILD = "SQLite FTS5 build"
