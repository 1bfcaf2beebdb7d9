"""Benchmarks: the targets each figure is judged against (met, not met, not measured)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from bench.figures import REF_ONE_PROCESS, REF_PDFMINER, REF_RAW_ENGINE, REF_TOKENIZER


@dataclass(frozen=True)
class Target:
    id: str
    description: str
    figure: str  # the id of the figure it reads
    value: Callable[[dict], float | None]  # figure JSON -> the compared value
    unit: str
    threshold: float
    passes: Callable[[float, float], bool]
    comparison: str


def _ref_median(figure: dict, label: str) -> float | None:
    for ref in figure.get("references", ()):
        if ref["label"] == label:
            return ref["median"]
    return None


def _overhead(figure: dict) -> float | None:
    ours, raw = figure.get("median"), _ref_median(figure, REF_PDFMINER)
    if not ours or not raw:
        return None
    return (raw / ours - 1.0) * 100.0  # extra time per page over raw pdfminer.six, in %


def _ratio_to(label: str) -> Callable[[dict], float | None]:
    def value(figure: dict) -> float | None:
        ours, ref = figure.get("median"), _ref_median(figure, label)
        return ours / ref if ours is not None and ref else None

    return value


def _median(figure: dict) -> float | None:
    return figure.get("median")


def _seconds_for_100k(figure: dict) -> float | None:
    rate = figure.get("median")
    return 100_000 / rate if rate else None


_LT = lambda v, t: v < t  # noqa: E731
_GE = lambda v, t: v >= t  # noqa: E731

TARGETS: tuple[Target, ...] = (
    Target(
        "ingest_overhead",
        "ingest overhead over raw pdfminer.six < 25%",
        "ingest.one_process",
        _overhead,
        "%",
        25.0,
        _LT,
        "<",
    ),
    Target(
        "ingest_scaling",
        "ingest on all cores >= 1.7x one core",
        "ingest.all_cores",
        _ratio_to(REF_ONE_PROCESS),
        "x",
        1.7,
        _GE,
        ">=",
    ),
    Target(
        "tagging_vs_tokenizer",
        "tagging >= 50% of bare tokenizer throughput",
        "tagging.analyze_many",
        _ratio_to(REF_TOKENIZER),
        "x",
        0.5,
        _GE,
        ">=",
    ),
    Target(
        "backend_vs_raw_100k",
        "at 100k: backend call p95 < 2x raw engine query",
        "search.backend.p95.all.100000",
        _ratio_to(REF_RAW_ENGINE),
        "x",
        2.0,
        _LT,
        "<",
    ),
    Target(
        "api_p95_100k",
        "at 100k: /api/search p95 < 10 ms (embedded)",
        "search.api.p95.all.100000",
        _median,
        "ms",
        10.0,
        _LT,
        "<",
    ),
    Target(
        "api_p95_1m",
        "at 1M: /api/search p95 < 50 ms (embedded)",
        "search.api.p95.all.1000000",
        _median,
        "ms",
        50.0,
        _LT,
        "<",
    ),
    Target(
        "index_100k_seconds",
        "100,000 lessons into the embedded index in < 30 s",
        "indexing.rebuild.tantivy.100000",
        _seconds_for_100k,
        "s",
        30.0,
        _LT,
        "<",
    ),
    Target(
        "reindex_noop", "re-index with nothing changed < 2 s", "reindex.noop.in_process", _median, "s", 2.0, _LT, "<"
    ),
)


def judge(figures: Mapping[str, dict]) -> list[dict]:
    """Each target with its value and met (True/False), or None when not measured."""
    out = []
    for target in TARGETS:
        figure = figures.get(target.figure)
        value = target.value(figure) if figure and figure.get("measured") else None
        out.append(
            {
                "id": target.id,
                "description": target.description,
                "figure": target.figure,
                "value": None if value is None else round(value, 3),
                "unit": target.unit,
                "threshold": f"{target.comparison} {target.threshold:g}",
                "met": None if value is None else bool(target.passes(value, target.threshold)),
            }
        )
    return out
