"""Tagging stage: the rule tagger's output on the gold lessons, pinned.

tests/data/tagger_expected.json holds what the rule tagger said of every
gold lesson (with its kind, as `lessons eval` runs it) and of the same
lessons lower-cased (no kind: abbreviations are case-sensitive, so this
exercises other matches), written before the pipeline was restructured
for speed. Any change to how sentences, lemmas, matches, negation, themes,
agencies or ages are computed must give exactly these analyses: themes,
confidences, evidence offsets, age bands and agencies.

When the taxonomy or a rule changes on purpose, write the file again
(`.venv/bin/python -m tests.test_nlp_equivalence`) and read the diff.
"""

from __future__ import annotations

import json
import sys

import pytest

from nlp.records import LessonAnalysis
from nlp.tagger import Tagger
from search_app.settings import PROJECT_ROOT

TAXONOMY = PROJECT_ROOT / "taxonomy.yaml"
GOLD = PROJECT_ROOT / "corpus" / "gold"
EXPECTED = PROJECT_ROOT / "tests" / "data" / "tagger_expected.json"


def gold_inputs() -> list[tuple[str, str, str | None]]:
    """(name, text, kind) for every gold lesson, then every gold lesson lower-cased."""
    inputs = []
    for path in sorted(GOLD.glob("*.json")):
        for i, lesson in enumerate(json.loads(path.read_text(encoding="utf-8"))["lessons"]):
            inputs.append((f"{path.stem}#{i}", lesson["text"], lesson.get("kind")))
    lowered = [(f"{name}/lower", text.lower(), None) for name, text, _ in inputs]
    return inputs + lowered


def summary(analysis: LessonAnalysis) -> dict:
    """An analysis as plain JSON (evidence as offsets: its text is text[start:end])."""
    return {
        "tags": [
            [t.theme, round(t.confidence, 6), t.source, [[e.start, e.end] for e in t.evidence]] for t in analysis.tags
        ],
        "ages": list(analysis.age_bands),
        "agencies": list(analysis.agencies),
    }


def analyses_now() -> dict[str, dict]:
    inputs = gold_inputs()
    tagger = Tagger.load(TAXONOMY)
    results = tagger.analyze_many([t for _, t, _ in inputs], [k for _, _, k in inputs])
    for (name, text, _), analysis in zip(inputs, results):
        for tag in analysis.tags:
            assert tag.group == tag.theme.split(".")[0], name
            assert all(e.text == text[e.start : e.end] for e in tag.evidence), name
    return {name: summary(a) for (name, _, _), a in zip(inputs, results)}


@pytest.fixture(scope="module")
def expected() -> dict[str, dict]:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


def test_the_pinned_file_covers_every_gold_lesson(expected):
    names = [name for name, _, _ in gold_inputs()]
    assert len(names) > 500
    assert sorted(expected) == sorted(names)
    assert sum(1 for v in expected.values() if v["tags"]) > 400  # not a file of empty analyses


def test_batched_analyses_equal_the_pinned_ones(expected):
    now = analyses_now()
    differing = [name for name in expected if now[name] != expected[name]]
    assert differing == [], (
        f"{len(differing)} analyses differ, first: {differing[0]}: {now[differing[0]]} != {expected[differing[0]]}"
    )


def test_one_at_a_time_equals_batched(expected):
    tagger = Tagger.load(TAXONOMY)
    for name, text, kind in gold_inputs()[::7]:
        assert summary(tagger.analyze(text, kind)) == expected[name], name


if __name__ == "__main__":
    EXPECTED.write_text(json.dumps(analyses_now(), sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {EXPECTED}", file=sys.stderr)
