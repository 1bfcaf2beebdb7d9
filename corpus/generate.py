"""Sample corpus generator: writes the fictional reviews and their gold annotations.

Run from the project root:

    .venv/bin/python corpus/generate.py                 # corpus/reviews + corpus/gold
    .venv/bin/python corpus/generate.py --out /tmp/x     # somewhere else
    .venv/bin/python corpus/generate.py --only scr_2014_lancashire_child_t

Output is deterministic: fixed seeds, reportlab invariant mode, fixed
document dates. Gold is written from the generator's own data (the bank
texts, and the pages the layout engine placed them on); the lessons' themes
are the adjudicated theme gold of corpus/themes/reviews.jsonl.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generator.bank import POOLS  # noqa: E402
from generator.model import Allocator, gold_review, personalise  # noqa: E402
from generator.outputs import EXTENSIONS, render  # noqa: E402
from generator.specs import SPECS  # noqa: E402

THEME_GOLD = HERE / "themes" / "reviews.jsonl"


def read_theme_gold() -> dict[str, list[str]]:
    """The sample reviews' lessons' adjudicated themes (corpus/themes/README.md), by "<review>#<n>"."""
    if not THEME_GOLD.is_file():
        return {}
    rows = (json.loads(line) for line in THEME_GOLD.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["id"]: row["themes"] for row in rows}


def generate(out: Path, only: set[str] | None = None, verbose: bool = False) -> list[Path]:
    reviews_dir, gold_dir = out / "reviews", out / "gold"
    reviews_dir.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    allocator = Allocator(POOLS)
    theme_gold = read_theme_gold()
    names = [s.name for s in SPECS]
    if len(set(names)) != len(names):
        raise ValueError("duplicate review names")
    written = []
    for spec in SPECS:
        plan = allocator.plan(spec.draw)  # always allocate, so every run hands out the same texts
        plan = personalise(plan, spec)
        if only and spec.name not in only:
            continue
        file_name = spec.name + EXTENSIONS[spec.fmt]
        data, lessons, pages = render(spec, plan)
        (reviews_dir / file_name).write_bytes(data)
        if spec.sidecar:
            meta = "".join(f"{k}: {v}\n" for k, v in spec.sidecar)
            (reviews_dir / f"{spec.name}.meta.yaml").write_text(meta, encoding="utf-8")
        gold = {"file": file_name, "review": gold_review(spec), "lessons": [l.as_json() for l in lessons]}
        for n, lesson in enumerate(gold["lessons"]):  # the themes are the adjudicated gold, not the bank's draft
            lesson["themes"] = theme_gold.get(f"{spec.name}#{n}", lesson["themes"])
        gold_path = gold_dir / f"{spec.name}.json"
        gold_path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(reviews_dir / file_name)
        if verbose:
            print(f"{file_name}: {pages} pages, {len(lessons)} lessons")
    if verbose:
        print("bank entries left:", allocator.remaining())
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--only", default="", help="comma-separated review names to write")
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args(argv)
    only = {n for n in args.only.split(",") if n} or None
    generate(args.out, only, verbose=not args.quiet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
