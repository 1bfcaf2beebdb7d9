"""Benchmarks, tagging stage: a guard for speed work, that the tags stay the same.

    .venv/bin/python -m bench.tag_identity --write /tmp/tags-before.json
    ... change the tagger ...
    .venv/bin/python -m bench.tag_identity --compare /tmp/tags-before.json

Tags every lesson of the theme gold (the sample reviews' gold and
`corpus/themes/bank.jsonl`) several ways and writes every analysis in full
(each theme's confidence, source and evidence text and offsets, the age
bands, the agencies): the tagged text (heading and text) with its kind and
review, as `lessons eval` and ingest run the tagger; the bare text without
kind; the text lower-cased (abbreviations are case-sensitive, so other
matches fire); each of those rules-only and with the theme model (the
settings' model file, or the one the benchmark's preparation trained), in
one batch and one text at a time; and the `lessons tag --jsonl` output over
the tagged texts. `--compare` exits 1 and names the first differences when
anything differs from the file written before.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from bench.config import PROJECT_ROOT


def _analysis(a) -> dict:
    return {
        "tags": [
            [t.theme, t.group, repr(t.confidence), t.source, [[e.text, e.start, e.end] for e in t.evidence]]
            for t in a.tags
        ],
        "ages": list(a.age_bands),
        "agencies": list(a.agencies),
    }


def _model_file(explicit: str | None) -> Path | None:
    if explicit:
        return Path(explicit)
    from search_app.settings import Settings

    configured = Path(Settings.load().model)
    if configured.is_file():
        return configured
    cached = sorted((PROJECT_ROOT / "bench" / "cache" / "models").glob("theme_model-*.pkl"))
    return cached[-1] if cached else None


def snapshot(model_path: Path | None) -> dict:
    from nlp.gold import read_theme_gold
    from nlp.tagger import Tagger

    taxonomy = PROJECT_ROOT / "taxonomy.yaml"
    lessons, problems = read_theme_gold([PROJECT_ROOT / "corpus"])
    if problems:
        raise SystemExit("gold problems: " + "; ".join(problems))
    ids = [lesson.id for lesson in lessons]
    tagged = [lesson.tagged_text for lesson in lessons]
    kinds = [lesson.kind for lesson in lessons]
    reviews = [lesson.review for lesson in lessons]
    plain = [lesson.text for lesson in lessons]
    lowered = [t.lower() for t in tagged]
    out: dict = {"lessons": len(lessons), "model": str(model_path) if model_path else None, "runs": {}}
    taggers = {"rules": Tagger.load(taxonomy, None)}
    if model_path is not None:
        taggers["model"] = Tagger.load(taxonomy, model_path)
        if taggers["model"].model is None:
            raise SystemExit(f"model not loaded: {taggers['model'].model_status}")
    for name, tagger in taggers.items():
        runs = {
            "tagged+kind+review": tagger.analyze_many(tagged, kinds, reviews),
            "tagged+kind": tagger.analyze_many(tagged, kinds),
            "plain": tagger.analyze_many(plain),
            "lowered": tagger.analyze_many(lowered),
        }
        if name == "rules":  # one text at a time (the model's review context needs batches)
            runs["one-by-one"] = [tagger.analyze(t, k) for t, k in zip(tagged, kinds)]
        for run, analyses in runs.items():
            out["runs"][f"{name}/{run}"] = {i: _analysis(a) for i, a in zip(ids, analyses)}
    # the CLI's JSON contract over the tagged texts (with the model when there is one)
    stdin = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in zip(ids, tagged))
    env = {"PYTHONPATH": str(PROJECT_ROOT), "LESSONS_MODEL": str(model_path or "/nonexistent-model.pkl")}
    code = "from search_app.cli import main; main(['tag', '--jsonl'])"
    proc = subprocess.run(
        [sys.executable, "-c", code],
        input=stdin,
        capture_output=True,
        text=True,
        env={**_base_env(), **env},
        cwd=PROJECT_ROOT,
        check=True,
    )
    out["runs"]["cli/tag --jsonl"] = {str(i): json.loads(line) for i, line in enumerate(proc.stdout.splitlines())}
    return out


def _base_env() -> dict:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("LESSONS_")}


def compare(before: dict, now: dict) -> list[str]:
    differences = []
    if before["lessons"] != now["lessons"]:
        differences.append(f"lessons: {before['lessons']} before, {now['lessons']} now")
    for run, analyses in before["runs"].items():
        current = now["runs"].get(run)
        if current is None:
            differences.append(f"{run}: missing now")
            continue
        for key, value in analyses.items():
            if current.get(key) != value:
                differences.append(f"{run} {key}: before {value} now {current.get(key)}")
    return differences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the snapshot to this file")
    group.add_argument("--compare", type=Path, help="compare with the snapshot in this file")
    parser.add_argument("--model", help="theme model file (default: the settings' or the benchmark's)")
    args = parser.parse_args(argv)
    now = snapshot(_model_file(args.model))
    counted = sum(len(v) for v in now["runs"].values())
    if args.write:
        args.write.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"{now['lessons']} lessons, {counted} analyses in {len(now['runs'])} runs -> {args.write}")
        return 0
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    now = json.loads(json.dumps(now, ensure_ascii=False, sort_keys=True))  # keys as the file has them
    differences = compare(before, now)
    for line in differences[:20]:
        print(line)
    print(
        f"{now['lessons']} lessons, {counted} analyses in {len(now['runs'])} runs: "
        + (f"{len(differences)} differ" if differences else "identical")
        + f" (model {now['model']})"
    )
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
