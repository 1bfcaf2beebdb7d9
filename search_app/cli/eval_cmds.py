"""Command line for evaluation: `lessons eval` against the corpus gold."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from search_app.eval.evaluation import evaluate, ratchet_regressions
from search_app.search.contract import SearchError
from search_app.settings import PROJECT_ROOT, Settings

PARTS = ("extraction", "themes", "search")


def _print_report(report: dict) -> None:
    echo = click.echo
    echo(f"corpus {report['corpus']}: {report['reviews']} reviews, {report['gold_lessons']} gold lessons")
    ex = report.get("extraction")
    if ex:
        l = ex["lessons"]
        echo(
            f"\nextraction  lessons precision {l['precision']:.3f}  recall {l['recall']:.3f}  "
            f"f1 {l['f1']:.3f}  ({l['matched']}/{l['gold']} gold, {l['extracted']} extracted)"
        )
        echo(
            f"            pages right {ex['page_accuracy']:.3f}  kinds right {ex['kind_accuracy']:.3f}  "
            f"lead agencies right {ex['agency_accuracy']:.3f} (of {ex['agencies']})"
        )
        echo("metadata    " + "  ".join(f"{k} {v:.2f}" for k, v in ex["metadata"].items()))
        for f in ex["failures"]:
            echo(f"  FAILED {f['file']} [{f['stage']}] {f['reason']}")
        for part, c in ex.get("conventions", {}).items():
            _print_conventions(part, c)
    th = report.get("themes")
    if th:
        _print_themes(th)
    se = report.get("search")
    if se:
        _print_search(se)


def _print_conventions(part: str, c: dict) -> None:
    """One part of the conventions corpus: development, earlier held-out (now used for
    development) or the latest blind held-out set (empty until one is listed)."""
    echo = click.echo
    name = c.get("name", part.replace("_", "-"))
    if not c.get("documents", len(c.get("per_review", []))):
        echo(f"\nconventions, {name}: none yet (no '# Blind held-out set N' section in corpus/conventions/heldout.txt)")
        return
    l = c["lessons"]
    echo(
        f"\nconventions, {name} ({len(c['per_review'])} documents): lessons precision "
        f"{l['precision']:.3f}  recall {l['recall']:.3f}  ({l['matched']}/{l['gold']} gold, {l['extracted']} extracted)"
    )
    echo(
        f"            pages right {c['page_accuracy']:.3f}  kinds right {c['kind_accuracy']:.3f}  "
        f"titles right {c['title_accuracy']:.3f} (of {c['titles']})  lead agencies right {c['agency_accuracy']:.3f} "
        f"(of {c['agencies']})  lessons from front matter {c['front_matter_lessons']}"
    )
    echo("metadata    " + "  ".join(f"{k} {v:.2f}" for k, v in c["metadata"].items()))
    echo(
        "by convention (recall/precision): "
        + "  ".join(f"{name} {v['recall']:.2f}/{v['precision']:.2f}" for name, v in c["by_convention"].items())
    )
    for f in c["failures"]:
        echo(f"  FAILED {f['file']} [{f['stage']}] {f['reason']}")


def _print_themes(th: dict) -> None:
    """Development, held-out and the annotators' agreement side by side."""
    echo = click.echo
    agreement = th.get("agreement")
    echo(f"\nthemes over {th['lessons']} gold lessons (micro P / R / F1, macro F1); combined = {th['combined_is']}")
    for part in ("development", "held_out"):
        if part not in th:
            continue
        p = th[part]
        for name in ("rules", "combined"):
            s = p[name]
            echo(
                f"  {part.replace('_', '-'):11} {name:8} ({len(p['reviews'])} reviews, {p['lessons']} lessons): "
                f"{s['micro']['precision']:.3f} / {s['micro']['recall']:.3f} / {s['micro']['f1']:.3f}, "
                f"macro {s['macro']['f1']:.3f} over {s['macro_themes']} themes"
            )
    if agreement:
        echo(
            f"  annotators' agreement before adjudication ({agreement['lessons']} lessons): micro F1 "
            f"{agreement['micro']['f1']:.3f}, mean kappa {agreement['mean_kappa']:.3f} over "
            f"{len(agreement['kappa'])} themes; lowest kappa "
            + ", ".join(f"{t} {k:.2f}" for t, k in agreement["lowest_kappa"])
        )
        if "held_out" in th:
            ratio = th["held_out"]["combined"]["micro"]["f1"] / agreement["micro"]["f1"]
            echo(f"  held-out combined micro F1 is {ratio:.2f} x the annotators' agreement")
    if "held_out" in th:
        echo(
            "  worst held-out themes (combined): "
            + ", ".join(
                f"{w['theme']} {w['f1']:.2f} ({w['support']} gold)" for w in th["held_out"]["combined"]["worst"]
            )
        )
        below = th["held_out"].get("themes_below_0.60", [])
        echo(f"  held-out themes with 15+ gold lessons below F1 0.60: {', '.join(below) or 'none'}")


def _engine_rows(search: dict) -> tuple[list[str], list[list[dict]]]:
    """The engines searched and each one's per-query rows (the first
    engine's are at the top of the report, the others' in their sections)."""
    names = search.get("backends", [search["backend"]])
    return names, [search["per_query"]] + [search[n]["per_query"] for n in names[1:]]


def _print_search(se: dict) -> None:
    echo = click.echo
    names, per_engine = _engine_rows(se)
    agreement = se.get("agreement", {})
    echo(
        f"\nsearch over {se['queries']} queries (recall@20: found / min(relevant, 20); recall@20_all: found / relevant)"
    )
    header = f"  {'query':42}" + "".join(f" | {n[:13]:>13} nDCG  MRR  rec" for n in names)
    echo(header + ("  overlap@10" if agreement else ""))
    for i, row in enumerate(se["per_query"]):
        line = f"  {row['query'][:42]:42}"
        for engine_rows in per_engine:
            p = engine_rows[i]
            mark = "*" if p.get("fallback") else " "
            line += f" | {mark}{p['total']:>4} hits {p['ndcg@10']:.2f} {p['mrr']:.2f} {p['recall@20']:.2f}"
        if "overlap@10" in row:
            line += f"  {row['overlap@10']:.2f}"
        echo(line)
    echo("  (* = no lesson had all the words; the list shows lessons with most of them)")
    for n in names:
        s = se[n]
        echo(
            f"search ({n}): nDCG@10 {s['ndcg@10']:.3f}  MRR {s['mrr']:.3f}  recall@20 {s['recall@20']:.3f}  "
            f"recall@20_all {s['recall@20_all']:.3f}"
        )
        echo("  worst queries: " + "; ".join(f"{w['query']!r} nDCG {w['ndcg@10']:.2f}" for w in s["worst"]))
    if agreement:
        echo(f"top-10 overlap between {' and '.join(agreement['backends'])}: {agreement['overlap@10']:.3f}")
    held = se.get("held_out")
    # Held-out queries: figures only, side by side with development; their
    # queries are not printed, so nobody tunes ranking by reading them here.
    echo(
        f"\nsearch, development ({se['queries']} queries, tuned on) beside held-out "
        + (
            f"({held['queries']} queries, {held['file']}, never tuned on):"
            if held
            else "(no corpus/queries_heldout.yaml):"
        )
    )
    for n in names:
        dev = se[n]
        line = (
            f"  {n:13} development nDCG@10 {dev['ndcg@10']:.3f}  MRR {dev['mrr']:.3f}  recall@20 {dev['recall@20']:.3f}"
        )
        if held:
            h = held[n]
            line += f"   | held-out nDCG@10 {h['ndcg@10']:.3f}  MRR {h['mrr']:.3f}  recall@20 {h['recall@20']:.3f}"
        echo(line)
    for part in se.get("development_sets", {}).values():
        echo(f"  more development queries ({part['queries']} queries, {part['file']}, tuned on):")
        for n in names:
            d = part[n]
            echo(f"  {n:13} nDCG@10 {d['ndcg@10']:.3f}  MRR {d['mrr']:.3f}  recall@20 {d['recall@20']:.3f}")


def _write(path: Path, text: str) -> None:
    """Write a report file (its folder made if needed), or stop with a clear message."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"cannot write {path}: {exc.strerror or exc}") from exc


def theme_table(themes: dict, min_support: int = 5) -> str:
    """The per-theme scores as a Markdown table (themes with >= min_support gold lessons), worst five first."""
    rules, combined = themes["rules"]["per_theme"], themes["combined"]["per_theme"]
    shown = sorted(
        (t for t, s in combined.items() if s["support"] >= min_support), key=lambda t: (-combined[t]["support"], t)
    )
    lines = [
        "Worst five (combined F1): "
        + ", ".join(f"`{w['theme']}` {w['f1']:.2f}" for w in themes["combined"]["worst"])
        + ".",
        "",
        "| theme | gold | rules P | rules R | combined P | combined R | combined F1 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for t in shown:
        r, c = rules.get(t, {"precision": 0.0, "recall": 0.0}), combined[t]
        lines.append(
            f"| `{t}` | {c['support']} | {r['precision']:.2f} | {r['recall']:.2f} | "
            f"{c['precision']:.2f} | {c['recall']:.2f} | {c['f1']:.2f} |"
        )
    return "\n".join(lines) + "\n"


def query_table(search: dict) -> str:
    """The search scores per query and engine as a Markdown table, the worst five named."""
    names, per_engine = _engine_rows(search)
    lines = []
    for n in names:
        s = search[n]
        lines.append(
            f"- {n}: nDCG@10 {s['ndcg@10']:.3f}, MRR {s['mrr']:.3f}, recall@20 {s['recall@20']:.3f} "
            f"(of all relevant {s['recall@20_all']:.3f}). Worst five: "
            + ", ".join(f'"{w["query"]}" {w["ndcg@10"]:.2f}' for w in s["worst"])
            + "."
        )
    if "agreement" in search:
        lines.append(f"- top-10 overlap between the engines: {search['agreement']['overlap@10']:.3f}.")
    head = "| query | matches |" + "".join(f" {n} nDCG@10 | {n} recall@20 |" for n in names)
    lines += ["", head, "|---|---:|" + "---:|---:|" * len(names)]
    for i, row in enumerate(search["per_query"]):
        matches = f"{row['total']}{' (most words)' if row['fallback'] else ''}"
        cells = "".join(f" {rows[i]['ndcg@10']:.2f} | {rows[i]['recall@20']:.2f} |" for rows in per_engine)
        lines.append(f"| {row['query']} | {matches} |{cells}")
    return "\n".join(lines) + "\n"


@click.command("eval")
@click.option(
    "--corpus",
    "corpus_dir",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=PROJECT_ROOT / "corpus",
    show_default=True,
    help="Corpus folder with gold/ and queries.yaml.",
)
@click.option(
    "--part",
    "parts",
    multiple=True,
    type=click.Choice(PARTS),
    help="Measure only this part (repeatable); default: all.",
)
@click.option("--search", "search_only", is_flag=True, help="Measure search only (same as --part search).")
@click.option(
    "--backend",
    "search_backend",
    type=click.Choice(["tantivy", "elasticsearch", "both"]),
    help="Search engine(s) to measure search on (default: the configured one); "
    "'both' also reports their top-10 overlap.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the full report as JSON here (default DATA_DIR/eval.json).",
)
@click.option(
    "--ratchet",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Fail (exit 1) when a figure falls below the level recorded in this JSON file.",
)
@click.option(
    "--theme-table",
    "theme_table_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the per-theme precision and recall as a Markdown table here.",
)
@click.option(
    "--query-table",
    "query_table_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the search scores per query and engine as a Markdown table here.",
)
@click.pass_obj
def eval_command(
    settings: Settings,
    corpus_dir,
    parts,
    search_only,
    search_backend,
    output,
    ratchet,
    theme_table_file,
    query_table_file,
) -> None:
    """Measure extraction, metadata, theme tagging and search against the corpus gold."""
    chosen = ("search",) if search_only else (parts or PARTS)
    for option, table_file, part in (
        ("--theme-table", theme_table_file, "themes"),
        ("--query-table", query_table_file, "search"),
    ):
        if table_file and part not in chosen:
            raise click.UsageError(f"{option} needs the {part} part to be measured (add --part {part})")
    try:
        backends = None
        if search_backend:
            backends = ["tantivy", "elasticsearch"] if search_backend == "both" else [search_backend]
        report = evaluate(settings, corpus_dir, chosen, backends)
    except (FileNotFoundError, SearchError) as exc:
        raise click.ClickException(str(exc)) from exc
    _print_report(report)
    output = output or settings.data_dir / "eval.json"
    _write(output, json.dumps(report, indent=2) + "\n")
    click.echo(f"\nreport written to {output}")
    if theme_table_file:
        _write(theme_table_file, theme_table(report["themes"]))
        click.echo(f"per-theme table written to {theme_table_file}")
    if query_table_file:
        _write(query_table_file, query_table(report["search"]))
        click.echo(f"per-query table written to {query_table_file}")
    if ratchet:
        problems = ratchet_regressions(report, json.loads(ratchet.read_text(encoding="utf-8")))
        for p in problems:
            click.echo(f"REGRESSION {p}", err=True)
        if problems:
            sys.exit(1)


COMMANDS = (eval_command,)
