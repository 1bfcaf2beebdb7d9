"""Conventions corpus generator: documents laid out in each convention of CONVENTIONS.md, with gold.

Run from the project root:

    .venv/bin/python corpus/generate_conventions.py            # corpus/conventions/{dev,heldout}
    .venv/bin/python corpus/generate_conventions.py --only C03,C15

Two documents per convention, in the formats real reviews come in (PDF,
scanned PDF, DOCX, HTML, plain text). Documents of the conventions named in
conventions/heldout.txt go to conventions/heldout/, the others to
conventions/dev/, each as reviews/NAME.* with gold/NAME.json beside them
(the format of corpus/gold, with the convention's id and, where a heading
names a lesson, its title). Output is deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generator.conv_builders import BUILDERS  # noqa: E402
from generator.conv_docs import EXTENSIONS, render  # noqa: E402
from generator.conv_specs import Ctx  # noqa: E402
from generator.conv_table import build_table  # noqa: E402


def held_out(path: Path) -> set[str]:
    return {
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def build(spec):
    """Lay out and render one document; C21 grows until a table row breaks across a page."""
    for filler in range(0, 40) if spec.convention == "C21" and spec.fmt == "pdf" else (None,):
        ctx = Ctx(spec)
        if filler is None:
            BUILDERS[spec.convention](ctx)
        else:
            BUILDERS[spec.convention](ctx, filler)
        data = render(ctx.doc)
        if filler is None or any(l.page_start < l.page_end for l in ctx.doc.lessons if l.kind == "recommendation"):
            return ctx, data
    raise RuntimeError(f"{spec.name}: no table row breaks across a page")


def generate(out: Path, only: set[str] | None = None, verbose: bool = False) -> list[Path]:
    heldout = held_out(HERE / "conventions" / "heldout.txt")
    specs = build_table()
    if len({s.name for s in specs}) != len(specs):
        raise ValueError("duplicate document names")
    written = []
    for spec in specs:
        if only and spec.convention not in only:
            continue
        part = "heldout" if spec.convention in heldout else "dev"
        reviews, gold_dir = out / part / "reviews", out / part / "gold"
        reviews.mkdir(parents=True, exist_ok=True)
        gold_dir.mkdir(parents=True, exist_ok=True)
        ctx, data = build(spec)
        file_name = spec.name + EXTENSIONS[spec.fmt]
        (reviews / file_name).write_bytes(data)
        gold = {
            "file": file_name,
            "convention": spec.convention,
            "review": ctx.doc.meta,
            "lessons": [lesson.as_json() for lesson in ctx.doc.lessons],
        }
        (gold_dir / f"{spec.name}.json").write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        written.append(reviews / file_name)
        if verbose:
            print(f"{part}/{file_name}: {len(ctx.doc.lessons)} lessons")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "conventions")
    parser.add_argument("--only", default="", help="comma-separated convention ids (C03,C15)")
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args(argv)
    only = {n.strip().upper() for n in args.only.split(",") if n.strip()} or None
    generate(args.out, only, verbose=not args.quiet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
