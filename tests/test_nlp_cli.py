"""Tagging stage: `lessons tag --jsonl`, `lessons taxonomy check`, `lessons train` through click."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nlp.model_files import read_header
from search_app.cli import main
from search_app.settings import PROJECT_ROOT

TAXONOMY = PROJECT_ROOT / "taxonomy.yaml"


def run(tmp_path: Path, *args: str, input: str | None = None):
    return CliRunner().invoke(
        main, ["--data-dir", str(tmp_path / "data"), "--taxonomy", str(TAXONOMY), *args], input=input
    )


def test_tag_jsonl_tags_each_line_and_reports_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "There was no evidence of domestic abuse. The GP saw the 11-week-old baby."}),
        "this is not json",
        json.dumps({"id": "b"}),
        "",
        json.dumps([1, 2]),
        json.dumps({"id": 7, "text": "DA and CSE were missed by the police; da capo."}),
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8") + b'{"id": 8, "text": "caf\xe9"}\n'
    result = run(tmp_path, "tag", "--jsonl", input=data)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.splitlines()]
    assert len(out) == 6  # the blank line gives nothing
    first, not_json, no_text, not_object, last, bad_bytes = out
    assert set(bad_bytes) == {"error"} and "line 7: not UTF-8" in bad_bytes["error"]

    assert first["id"] == "a"
    assert "fam.domestic_abuse" not in [t["id"] for t in first["themes"]]
    assert first["age_bands"] == ["under 1"] and first["agencies"] == ["gp"]

    assert set(not_json) == {"error"} and "line 2" in not_json["error"]
    assert no_text == {"id": "b", "error": 'line 3: "text" is missing or not a string'}
    assert set(not_object) == {"error"}

    assert last["id"] == 7
    by_id = {t["id"]: t for t in last["themes"]}
    assert {"fam.domestic_abuse", "efh.cse", "agency.police"} <= set(by_id)
    da = by_id["fam.domestic_abuse"]
    assert da["source"] == "rule" and 0 < da["confidence"] <= 1
    assert da["evidence"] == [{"text": "DA", "start": 0, "end": 2}]
    assert last["agencies"] == ["police"]


def test_taxonomy_check_passes_on_the_project_file(tmp_path):
    result = run(tmp_path, "taxonomy", "check")
    assert result.exit_code == 0, result.output
    assert "OK" in result.output and "66 themes" in result.output


def test_taxonomy_check_lists_every_problem_with_its_line(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        'version: "1"\n'
        "groups:\n"
        "  - id: harm\n"
        "    label: Harm\n"
        "themes:\n"
        "  - id: harm.neglect\n"
        "    label: Neglect\n"
        "    description: Neglect.\n"
        "    phrases: [neglect, Neglect]\n"
        "    abbreviations: {da: []}\n"
        "  - id: other.theme\n"
        "    label: Other\n"
        "    description: Other.\n"
        "    phrases: [other]\n",
        encoding="utf-8",
    )
    result = run(tmp_path, "taxonomy", "check", str(broken))
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith(str(broken))]
    assert len(lines) == 3, result.output
    assert lines[0].startswith(f"{broken}:9: ") and "lower case" in lines[0]
    assert lines[1].startswith(f"{broken}:10: ") and "capital letter" in lines[1]
    assert lines[2].startswith(f"{broken}:11: ") and "unknown group 'other'" in lines[2]


def test_train_saves_a_model_the_tagger_then_uses(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    lessons = [
        {"text": f"The lantern meeting {i} looked at the {w} plan.", "themes": ["review.system_learning"]}
        for i, w in enumerate(["amber", "blue", "green", "violet", "silver", "copper"])
    ] + [
        {"text": f"The orchard visit {i} found the {w} garden untidy.", "themes": ["fam.poverty_housing"]}
        for i, w in enumerate(["north", "south", "east", "west", "upper", "lower"])
    ]
    (gold / "review_one.json").write_text(json.dumps({"lessons": lessons[::2]}), encoding="utf-8")
    (gold / "review_two.json").write_text(json.dumps({"lessons": lessons[1::2]}), encoding="utf-8")

    result = run(tmp_path, "train", "--gold", str(gold))
    assert result.exit_code == 0, result.output
    assert "cross-validation by review (2 folds, 12 lessons)" in result.output
    model_path = tmp_path / "data" / "theme_model.pkl"
    assert model_path.exists() and "saved model" in result.output
    assert read_header(model_path)["taxonomy_version"].startswith("1.")

    tagged = run(tmp_path, "tag", "--jsonl", input=json.dumps({"id": 1, "text": "Another lantern meeting."}) + "\n")
    themes = json.loads(tagged.output)["themes"]
    assert [(t["id"], t["source"]) for t in themes] == [("review.system_learning", "model")]
    # a model tag names the features that raised it (the words it was learnt from)
    features = themes[0]["features"]
    assert 0 < len(features) <= 5 and all(f["weight"] > 0 for f in features)
    assert features == sorted(features, key=lambda f: -f["weight"])
    assert any("lantern" in f["name"] for f in features)


def test_train_if_missing_keeps_a_current_model_and_replaces_one_it_cannot_use(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    lessons = [
        {"text": f"The lantern meeting {i} looked at the {w} plan.", "themes": ["review.system_learning"]}
        for i, w in enumerate(["amber", "blue", "green", "violet"])
    ] + [
        {"text": f"The orchard visit {i} found the {w} garden untidy.", "themes": ["fam.poverty_housing"]}
        for i, w in enumerate(["north", "south", "east", "west"])
    ]
    (gold / "review_one.json").write_text(json.dumps({"lessons": lessons[::2]}), encoding="utf-8")
    (gold / "review_two.json").write_text(json.dumps({"lessons": lessons[1::2]}), encoding="utf-8")
    model_path = tmp_path / "data" / "theme_model.pkl"

    first = run(tmp_path, "train", "--gold", str(gold), "--no-evaluate", "--if-missing")
    assert first.exit_code == 0 and "saved model" in first.output, first.output
    saved = model_path.read_bytes()

    again = run(tmp_path, "train", "--gold", str(gold), "--no-evaluate", "--if-missing")
    assert again.exit_code == 0 and "is current; not retrained" in again.output, again.output
    assert model_path.read_bytes() == saved

    model_path.write_bytes(b"not a model")  # a file this version cannot use is replaced
    replaced = run(tmp_path, "train", "--gold", str(gold), "--no-evaluate", "--if-missing")
    assert replaced.exit_code == 0, replaced.output
    assert "retraining:" in replaced.output and "saved model" in replaced.output
    assert read_header(model_path)["taxonomy_version"].startswith("1.")


def test_train_without_gold_is_a_clear_error(tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    result = run(tmp_path, "train", "--gold", str(empty))
    assert result.exit_code == 1
    assert "no gold lessons found" in result.output
    assert "Traceback" not in result.output


def _small_corpus(tmp_path: Path) -> Path:
    """The two text reviews of the sample corpus with their gold (quick to evaluate)."""
    import shutil

    corpus = tmp_path / "corpus"
    (corpus / "gold").mkdir(parents=True)
    (corpus / "reviews").mkdir()
    for stem in ("lcspr_2020_sunderland_child_b", "scr_2015_bromley_child_f"):
        shutil.copy(PROJECT_ROOT / "corpus" / "gold" / f"{stem}.json", corpus / "gold")
        shutil.copy(PROJECT_ROOT / "corpus" / "reviews" / f"{stem}.txt", corpus / "reviews")
    return corpus


def test_eval_writes_the_per_theme_table_and_says_clearly_when_it_cannot(tmp_path):
    corpus = _small_corpus(tmp_path)
    table = tmp_path / "out" / "themes.md"
    result = run(
        tmp_path,
        "eval",
        "--corpus",
        str(corpus),
        "--part",
        "themes",
        "-o",
        str(tmp_path / "out" / "eval.json"),
        "--theme-table",
        str(table),
    )
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "eval.json").read_text(encoding="utf-8"))
    assert report["themes"]["lessons"] == sum(
        len(json.loads(p.read_text(encoding="utf-8"))["lessons"]) for p in (corpus / "gold").glob("*.json")
    )
    assert table.read_text(encoding="utf-8").startswith("Worst five (combined F1): ")

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run(
        tmp_path,
        "eval",
        "--corpus",
        str(corpus),
        "--part",
        "themes",
        "-o",
        str(tmp_path / "out" / "eval.json"),
        "--theme-table",
        str(blocker / "themes.md"),
    )
    assert result.exit_code == 1
    assert f"cannot write {blocker / 'themes.md'}" in result.output and "Traceback" not in result.output
    assert report == json.loads((tmp_path / "out" / "eval.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("option, part", [("--theme-table", "themes"), ("--query-table", "search")])
def test_eval_refuses_a_table_of_a_part_it_is_not_asked_to_measure(tmp_path, option, part):
    report = tmp_path / "out" / "eval.json"
    result = run(tmp_path, "eval", "--part", "extraction", "-o", str(report), option, str(tmp_path / "t.md"))
    assert result.exit_code == 2
    assert f"{option} needs the {part} part to be measured" in result.output
    assert not report.exists() and not (tmp_path / "t.md").exists()
