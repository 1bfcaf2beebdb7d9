"""Command line for the ingest stage: `lessons extract FILE...`.

Extracts review documents and prints what ingest found (metadata and
lessons, with themes from the tagger) without touching the catalog; a
quick way to check how a new review PDF will be read before ingesting it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ingest import IngestFailure, extract_review
from ingest.discover import display_path
from ingest.records import Review
from search_app.settings import Settings

REVIEW_FIELDS = ("title", "area", "region", "review_type", "published", "child", "child_age", "author")


def review_json(path: str, review: Review, analyses) -> dict:
    """The JSON line `lessons extract --json` prints for one readable file."""
    out_review = {name: getattr(review, name) for name in REVIEW_FIELDS}
    out_review["pages"] = review.page_count
    lessons = []
    for index, lesson in enumerate(review.lessons):
        analysis = analyses[index] if analyses is not None else None
        lessons.append(
            {
                "kind": lesson.kind,
                "label": lesson.label,
                "text": lesson.text,
                "page_start": lesson.page_start,
                "page_end": lesson.page_end,
                "section": lesson.section,
                "agency": lesson.agency,
                "title": lesson.title,
                "themes": [tag.to_json() for tag in analysis.tags] if analysis is not None else [],
            }
        )
    out = {"file": path, "review": out_review, "lessons": lessons}
    if review.ocr_pages:
        out["ocr"] = {"engine": review.ocr_engine, "pages": list(review.ocr_pages)}
    if review.warnings:
        out["warnings"] = list(review.warnings)
    return out


def _load_tagger(settings: Settings):
    """The theme tagger, or None (with the reason) when it cannot be loaded."""
    try:
        from nlp.tagger import Tagger
    except ImportError as exc:
        return None, f"theme tagger unavailable: {exc}"
    try:
        return Tagger.load(settings.taxonomy, settings.model), ""
    except Exception as exc:  # a missing or broken taxonomy must not stop extraction
        return None, f"theme tagger unavailable: {type(exc).__name__}: {exc}"


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file, one per line.")
@click.option("--no-themes", is_flag=True, help="Skip theme tagging.")
@click.pass_obj
def extract(settings: Settings, files, as_json: bool, no_themes: bool) -> None:
    """Show what ingest reads from review documents, without touching the catalog.

    Exit code 1 only when every file failed.
    """
    tagger, tagger_problem = (None, "") if no_themes else _load_tagger(settings)
    if tagger_problem:
        click.echo(f"warning: {tagger_problem}; lessons are shown without themes", err=True)
    failures = 0
    for path in files:
        shown = display_path(path)  # printable even when the name is not UTF-8
        try:
            review = extract_review(path, limits=settings.limits, ocr=settings.ocr_engine)
        except IngestFailure as exc:
            failures += 1
            _print_failure(shown, exc.stage, exc.reason, as_json)
            continue
        except Exception as exc:  # a library crash on one file: report it, go on
            failures += 1
            _print_failure(shown, "extract", f"{type(exc).__name__}: {exc}", as_json)
            continue
        analyses = None
        if tagger is not None and review.lessons:
            analyses = list(
                tagger.analyze_many(
                    [lesson.text for lesson in review.lessons],
                    kinds=[lesson.kind for lesson in review.lessons],
                    reviews=[shown] * len(review.lessons),
                )
            )
        record = review_json(shown, review, analyses)
        if as_json:
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            _print_summary(record)
    if failures and failures == len(files):
        sys.exit(1)


def _print_failure(path: str, stage: str, reason: str, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps({"file": path, "error": {"stage": stage, "reason": reason}}, ensure_ascii=False))
    else:
        click.echo(f"{path}\n  FAILED [{stage}] {reason}\n")


def _print_summary(record: dict) -> None:
    review = record["review"]
    click.echo(record["file"])
    click.echo(f"  {review['title'] or '(no title)'}")
    facts = [
        ("type", review["review_type"]),
        ("area", review["area"]),
        ("region", review["region"]),
        ("published", review["published"]),
        ("child", review["child"]),
        ("age", review["child_age"]),
        ("author", review["author"]),
        ("pages", str(review["pages"])),
    ]
    click.echo("  " + "; ".join(f"{name}: {value}" for name, value in facts if value))
    for warning in record.get("warnings", []):
        click.echo(f"  warning: {warning}")
    click.echo(f"  {len(record['lessons'])} lessons")
    for lesson in record["lessons"]:
        pages = str(lesson["page_start"])
        if lesson["page_end"] != lesson["page_start"]:
            pages += f"-{lesson['page_end']}"
        label = f" {lesson['label']}" if lesson["label"] else ""
        themes = ", ".join(t["id"] for t in lesson["themes"])
        text = lesson["text"] if len(lesson["text"]) <= 110 else lesson["text"][:107] + "..."
        click.echo(f"  - [{lesson['kind']}{label}] p.{pages}: {text}")
        if lesson.get("title"):
            click.echo(f"      title: {lesson['title']}")
        if lesson["agency"]:
            click.echo(f"      lead: {lesson['agency']}")
        if themes:
            click.echo(f"      themes: {themes}")
    click.echo("")


COMMANDS = (extract,)
