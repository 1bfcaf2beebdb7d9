"""Command line for the tagging stage: `lessons tag`, `lessons taxonomy check`, `lessons train`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from nlp.classifier import ModelError
from nlp.embeddings import EmbeddingError, embedder_maker
from nlp.gold import read_theme_gold
from nlp.model_evaluation import cross_validate_by_review
from nlp.model_files import load_model, save_model
from nlp.model_training import train as train_model
from nlp.records import SOURCE_MODEL
from nlp.taxonomy import TaxonomyError, load_taxonomy
from search_app.settings import Settings

TAG_BATCH = 512


def _load_tagger(settings: Settings):
    from nlp.tagger import Tagger

    try:
        return Tagger.load(settings.taxonomy, settings.model)
    except TaxonomyError as exc:
        raise click.ClickException(str(exc)) from exc


def _load_rules(settings: Settings):
    from nlp.tagger import Tagger

    try:
        return Tagger.load(settings.taxonomy, None)
    except TaxonomyError as exc:
        raise click.ClickException(str(exc)) from exc


def _theme_json(tag, text: str, analysis, model) -> dict:
    out = {
        "id": tag.theme,
        "confidence": round(tag.confidence, 3),
        "source": tag.source,
        "evidence": [{"text": e.text, "start": e.start, "end": e.end} for e in tag.evidence],
    }
    if tag.source == SOURCE_MODEL and model is not None:
        # a model tag has no words to point at: the features that raised it instead
        rules = [t.theme for t in analysis.tags if t.source != SOURCE_MODEL]
        out["features"] = [
            {"name": name, "weight": round(weight, 3)}
            for name, weight in model.strongest_features(text, tag.theme, rules)
        ]
    return out


def _analysis_json(record_id, analysis, text: str = "", model=None) -> dict:
    return {
        "id": record_id,
        "themes": [_theme_json(t, text, analysis, model) for t in analysis.tags],
        "age_bands": list(analysis.age_bands),
        "agencies": list(analysis.agencies),
    }


def _parse_line(line: str) -> tuple[object, str | None, str | None]:
    """(id, text, error) of one input line; id may be None when unreadable."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        return None, None, f"not JSON: {exc}"
    if not isinstance(record, dict):
        return None, None, 'each line must be a JSON object with "id" and "text"'
    record_id = record.get("id")
    text = record.get("text")
    if not isinstance(text, str):
        return record_id, None, '"text" is missing or not a string'
    return record_id, text, None


@click.command()
@click.option(
    "--jsonl", is_flag=True, required=True, help='Read {"id", "text"} JSON lines on stdin, write one result line each.'
)
@click.pass_obj
def tag(settings: Settings, jsonl: bool) -> None:
    """Tag texts with themes, age bands and agencies.

    Each input line {"id": ..., "text": ...} gives one output line {"id",
    "themes": [{"id", "confidence", "source", "evidence": [{"text", "start",
    "end"}]}], "age_bands", "agencies"}, in input order; a theme from the
    model (source "model") also has "features": [{"name", "weight"}], what
    raised it most. A malformed line gives {"id" (if any), "error"} and the
    run goes on.
    """
    tagger = _load_tagger(settings)
    pending: list[tuple[int, object, str | None, str | None]] = []

    def flush() -> None:
        texts = [text for _, _, text, error in pending if error is None]
        analyses = iter(tagger.analyze_many(texts))
        for _, record_id, text, error in pending:
            if error is None:
                out = _analysis_json(record_id, next(analyses), text or "", tagger.model)
            else:
                out = {"error": error} if record_id is None else {"id": record_id, "error": error}
            click.echo(json.dumps(out, ensure_ascii=False))
        pending.clear()

    # bytes, so that one badly encoded line is an error line, not the end of the run
    stream = getattr(sys.stdin, "buffer", None) or sys.stdin
    for number, raw in enumerate(stream, 1):
        record_id: object
        text: str | None
        error: str | None
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            record_id, text, error = None, None, f"not UTF-8: {exc}"
        else:
            if not line.strip():
                continue
            record_id, text, error = _parse_line(line)
        if error is not None:
            error = f"line {number}: {error}"
        pending.append((number, record_id, text, error))
        if len(pending) >= TAG_BATCH:
            flush()
    flush()


@click.group()
def taxonomy() -> None:
    """Work with the theme taxonomy file."""


@taxonomy.command("check")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.pass_obj
def taxonomy_check(settings: Settings, file: Path | None) -> None:
    """Validate FILE (default: the configured taxonomy); list every problem with its line.

    Exit code 1 when there is any problem.
    """
    path = file or settings.taxonomy
    try:
        loaded = load_taxonomy(path)
    except TaxonomyError as exc:
        for problem in exc.problems:
            click.echo(f"{path}:{problem.line}: {problem.message}")
        click.echo(f"{len(exc.problems)} problem(s) in {path}", err=True)
        sys.exit(1)
    click.echo(
        f"{path}: OK, version {loaded.version}: {len(loaded.groups)} groups, "
        f"{len(loaded.themes)} themes, {len(loaded.agencies)} agencies, "
        f"{len(loaded.synonym_sets())} synonym sets"
    )
    # Briefings print each theme's practice notes and questions; say which themes have none.
    bare = [t.id for t in loaded.themes if not t.practice or not t.questions]
    click.echo(
        f"practice notes and questions for reflection: {len(loaded.themes) - len(bare)} of "
        f"{len(loaded.themes)} themes" + (f" (none yet for {', '.join(bare)})" if bare else "")
    )


@click.command()
@click.option(
    "--gold",
    "gold_dirs",
    multiple=True,
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Corpus folder holding the gold (gold/*.json and themes/bank.jsonl; default: the corpus folders).",
)
@click.option(
    "--evaluate/--no-evaluate", default=True, help="First score the model by cross-validation grouped by review."
)
@click.option(
    "--if-missing",
    is_flag=True,
    help="Train only when the model file holds no model this version can use with this taxonomy "
    "(none yet, an older model format, another taxonomy or scikit-learn version).",
)
@click.pass_obj
def train(settings: Settings, gold_dirs: tuple[Path, ...], evaluate: bool, if_missing: bool) -> None:
    """Train the theme model from the gold lessons and save it to the model file."""
    try:
        tax = load_taxonomy(settings.taxonomy)
    except TaxonomyError as exc:
        raise click.ClickException(str(exc)) from exc
    if if_missing and Path(settings.model).is_file():
        try:
            current = load_model(settings.model, tax.version)
        except ModelError as exc:
            click.echo(f"retraining: {exc}")
        else:
            click.echo(f"{current.version} at {settings.model} is current; not retrained")
            return
    lessons, problems = read_theme_gold(gold_dirs or settings.corpus, {t.id for t in tax.themes})
    if not lessons:
        raise click.ClickException(
            "no gold lessons found (looked for gold/*.json and themes/bank.jsonl under the corpus folders)"
        )
    for problem in problems:
        click.echo(f"warning: {problem}", err=True)
    texts = [lesson.tagged_text for lesson in lessons]
    labels = [lesson.themes for lesson in lessons]
    reviews = [lesson.review for lesson in lessons]
    try:  # the lesson vectors among the features (settings.lesson_vectors, nlp/embeddings.py)
        make_embedder = embedder_maker(settings.lesson_vectors)
    except EmbeddingError as exc:
        raise click.ClickException(str(exc)) from exc
    # the rules' own tags: model features, and the threshold is tuned for what the rules miss
    rules = [a.theme_ids for a in _load_rules(settings).analyze_many(texts, [l.kind for l in lessons])]
    if evaluate:
        try:
            cv = cross_validate_by_review(texts, labels, reviews, rule_tags=rules, make_embedder=make_embedder)
            click.echo(
                f"cross-validation by review ({cv.folds} folds, {cv.lessons} lessons): "
                f"precision {cv.micro.precision:.3f}, recall {cv.micro.recall:.3f}, "
                f"micro-F1 {cv.micro.f1:.3f}, macro-F1 {cv.macro_f1:.3f}; rules alone micro-F1 "
                f"{cv.rules_micro.f1:.3f}, rules + model micro-F1 {cv.combined_micro.f1:.3f}"  # type: ignore[union-attr]
            )
        except ModelError as exc:
            click.echo(f"cross-validation skipped: {exc}", err=True)
    try:
        model = train_model(
            texts, labels, taxonomy_version=tax.version, groups=reviews, rule_tags=rules, make_embedder=make_embedder
        )
        save_model(model, settings.model, tax.version)
    except (ModelError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"saved {model.version} to {settings.model} (taxonomy {tax.version})")


COMMANDS = (tag, taxonomy, train)
