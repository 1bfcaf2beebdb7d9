"""Ingest tests: `lessons extract FILE... [--json]` on real files, through the real CLI."""

from __future__ import annotations

import json

from click.testing import CliRunner
from test_ingest_support import make_review_pdf

from search_app.cli import main

FINDING = "Professionals did not see the father. He was present at most visits but no agency asked about his history."


def _run(tmp_path, *args):
    return CliRunner().invoke(main, ["--data-dir", str(tmp_path / "data"), "extract", *args])


def _good_pdf(tmp_path):
    items = [
        ("title", "Serious Case Review: Child T"),
        ("p", "Lancashire Safeguarding Children Board"),
        ("p", "Author: Dr Helen Marsh"),
        ("p", "Publication date: 12 June 2014"),
        ("pagebreak", None),
        ("h1", "Findings"),
        ("bold", "Finding 1: Fathers were invisible"),
        ("p", FINDING),
    ]
    return make_review_pdf(tmp_path / "child_t.pdf", items)


def test_json_gives_one_line_per_file_with_review_lessons_and_errors(tmp_path):
    good = _good_pdf(tmp_path)
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf at all")
    result = _run(tmp_path, "--json", str(good), str(bad))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 2
    first, second = lines
    assert first["file"] == str(good)
    assert first["review"] == {
        "title": "Serious Case Review: Child T",
        "area": "Lancashire",
        "region": "North West",
        "review_type": "SCR",
        "published": "2014-06-12",
        "child": "Child T",
        "child_age": "",
        "author": "Dr Helen Marsh",
        "pages": 2,
    }
    lesson = first["lessons"][0]
    assert {k: lesson[k] for k in ("kind", "label", "page_start", "page_end", "section", "agency")} == {
        "kind": "finding",
        "label": "Finding 1",
        "page_start": 2,
        "page_end": 2,
        "section": "Findings",
        "agency": "",
    }
    assert lesson["text"] == f"Fathers were invisible {FINDING}"
    assert lesson["themes"], "the tagger gives a finding about fathers at least one theme"
    for theme in lesson["themes"]:
        assert {"id", "confidence", "source", "evidence"} <= set(theme)
    assert second == {"file": str(bad), "error": {"stage": "open", "reason": "not a PDF file (no %PDF- header)"}}


def test_exit_code_is_non_zero_only_when_every_file_failed(tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = _run(tmp_path, "--json", "--no-themes", str(empty))
    assert result.exit_code == 1
    assert json.loads(result.stdout.strip())["error"]["stage"] == "open"
    assert "Traceback" not in result.output


def test_readable_summary_without_json(tmp_path):
    result = _run(tmp_path, "--no-themes", str(_good_pdf(tmp_path)))
    assert result.exit_code == 0, result.output
    assert "Serious Case Review: Child T" in result.stdout
    assert "[finding Finding 1] p.2: Fathers were invisible" in result.stdout
    assert "1 lessons" in result.stdout
