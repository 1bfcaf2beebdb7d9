"""Tagging stage, offline experiment: the development part of the theme gold as JSON,
with the bench's outer folds, for experiments run outside the project's venv
(finetune_minilm.py). Held-out lessons are dropped by `load_dev` before anything.

    PYTHONPATH=$PWD .venv/bin/python bench/experiments/dump_dev.py /tmp/exp/dev.json
"""

import json
import sys
from pathlib import Path

from bench.theme_dev import load_dev, outer_folds

out = Path(sys.argv[1] if len(sys.argv) > 1 else "bench/cache/theme_methods/dev.json")
dev = load_dev(Path("corpus"), Path("taxonomy.yaml"), Path("bench/cache/theme_methods"))
folds = [[int(i) for i in te] for _, te in outer_folds(dev)]
data = {
    "texts": dev.texts,
    "gold": [sorted(g) for g in dev.gold],
    "reviews": dev.reviews,
    "rules": [sorted(r) for r in dev.rules],
    "protected": [sorted(p) for p in dev.protected],
    "folds": folds,
    "key": dev.key,
}
out.write_text(json.dumps(data))
print(len(dev.texts), [len(f) for f in folds])
