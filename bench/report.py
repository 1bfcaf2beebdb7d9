"""Benchmarks: the results as a printed table, a JSON file and a PNG of the scale curves."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TextIO

from bench.figures import REF_FTS5, REF_FTS5_BUILD, REF_RAW_ENGINE

_SEARCH_ID = re.compile(r"^search\.(api|backend|backend_elasticsearch)\.p95\.(\w+)\.(\d+)$")
_SEARCH_NAMES = {"api": "/api/search", "backend": "backend call", "backend_elasticsearch": "elasticsearch"}
_REBUILD_ID = re.compile(r"^indexing\.rebuild\.(\w+)\.(\d+)$")
_COLOURS = {
    "/api/search": "tab:blue",
    "backend call": "tab:green",
    "raw tantivy": "tab:red",
    "SQLite FTS5": "tab:orange",
    "tantivy": "tab:green",
    "elasticsearch": "tab:purple",
}


def write_json(results: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def print_table(results: dict, out: TextIO) -> None:
    machine = results["machine"]
    out.write(
        f"\n{machine['cpu_model']}, {machine['cores']} cores, {machine['memory_gib']} GiB, "
        f"Python {machine['python']}; mode {results['mode']}, {results['runs']} runs each\n"
    )
    for name, stage in results["stages"].items():
        memory = stage.get("memory_peak_mib")
        out.write(
            f"\n== {name}: {stage['status']}, {stage.get('seconds', '-')} s, "
            f"peak memory {_num(memory)} MiB (workers {_num(stage.get('workers_memory_peak_mib'))} MiB)\n"
        )
        if stage.get("reason"):
            out.write(f"   {stage['reason']}\n")
        for note in stage.get("notes", ()):
            out.write(f"   note: {note}\n")
        for fig in stage["figures"]:
            if not fig["measured"]:
                out.write(f"  {fig['id']:<44} not measured: {fig.get('reason', '')}\n")
                continue
            out.write(
                f"  {fig['id']:<44} {_num(fig['median']):>9} {fig['unit']:<10}"
                f" ({_num(fig['min'])}-{_num(fig['max'])})\n"
            )
            for ref in fig["references"]:
                out.write(f"  {'':<46}vs {_num(ref['median']):>9}  x{_num(ref['ratio']):<6} {ref['label']}\n")
    out.write("\nTargets:\n")
    for target in results["targets"]:
        verdict = {True: "MET", False: "NOT MET", None: "not measured"}[target["met"]]
        value = "-" if target["value"] is None else f"{target['value']:g} {target['unit']}"
        out.write(f"  {verdict:<13} {target['description']}  [{value}, needs {target['threshold']}]\n")


def _series(figures: list[dict]) -> dict:
    """{(which, class): {scale: median}} for the search and indexing curves."""
    curves: dict[tuple[str, str], dict[int, float]] = {}
    for fig in figures:
        if not fig["measured"]:
            continue
        match = _SEARCH_ID.match(fig["id"])
        if match:
            who, cls, n = match.group(1), match.group(2), int(match.group(3))
            curves.setdefault((_SEARCH_NAMES[who], cls), {})[n] = fig["median"]
            if who == "backend":
                for ref, name in ((REF_RAW_ENGINE, "raw tantivy"), (REF_FTS5, "SQLite FTS5")):
                    for r in fig["references"]:
                        if r["label"] == ref and r["median"] is not None:
                            curves.setdefault((name, cls), {})[n] = r["median"]
            continue
        match = _REBUILD_ID.match(fig["id"])
        if match:
            engine, n = match.group(1), int(match.group(2))
            curves.setdefault((engine, "indexing"), {})[n] = fig["median"]
            for r in fig["references"]:
                if r["label"] == REF_FTS5_BUILD and r["median"] is not None:
                    curves.setdefault(("SQLite FTS5", "indexing"), {})[n] = r["median"]
    return curves


def write_chart(results: dict, path: Path) -> bool:
    """A PNG of p95 latency and indexing rate against the number of lessons."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figures = [f for stage in results["stages"].values() for f in stage["figures"]]
    curves = _series(figures)
    if not curves:
        return False
    panels = (
        ("broad", "p95 ms, broad queries"),
        ("selective", "p95 ms, selective queries"),
        ("indexing", "full rebuild, lessons/s"),
    )
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.6))
    for ax, (cls, title) in zip(axes, panels):
        for (name, c), points in sorted(curves.items()):
            if c != cls or not points:
                continue
            xs = sorted(points)
            ax.plot(xs, [points[x] for x in xs], marker="o", label=name, color=_COLOURS.get(name))
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_title(title)
        ax.set_xlabel("lessons")
        ax.grid(True, which="both", alpha=0.3)
        if ax.lines:
            ax.legend(fontsize=8)
    machine = results["machine"]
    fig.suptitle(
        f"Safeguarding Lessons benchmarks ({results['mode']}): {machine['cpu_model']}, {machine['cores']} cores",
        fontsize=10,
    )
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return True
