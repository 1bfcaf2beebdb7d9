"""Tagging stage, offline (bench.theme_methods): the development gold, its cached pieces, folds and scores.

The development part of the theme gold with the rules' tags (cached), its
sentence vectors (cached), the outer folds by review that every method shares,
and one method's row of the table.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

from nlp import classifier
from nlp.gold import is_held_out, read_theme_gold
from nlp.model_evaluation import score_sets

FOLDS = 5
INNER_FOLDS = classifier.INNER_FOLDS
MIN_SUPPORT = 5  # macro-F1 over themes with this many dev gold lessons (as `lessons eval`)
WEAK = (
    "assess.optimism_bias",
    "multi.record_keeping",
    "fam.young_parents",
    "assess.risk_assessment",
    "assess.professional_curiosity",
)


@dataclass
class Dev:
    """The development part of the theme gold, with the rules' tags."""

    texts: list[str]
    gold: list[set[str]]
    reviews: list[str]
    rules: list[set[str]]
    protected: list[set[str]]  # rule themes from the lesson's kind (never vetoed)
    key: str = ""
    vectors: dict = field(default_factory=dict)  # name -> (n, d) array, filled on demand

    def __len__(self) -> int:
        return len(self.texts)


def load_dev(corpus: Path, taxonomy: Path, cache: Path) -> Dev:
    from nlp.taxonomy import load_taxonomy

    tax = load_taxonomy(taxonomy)
    lessons, _ = read_theme_gold([corpus], {t.id for t in tax.themes})
    lessons = [l for l in lessons if not is_held_out(l.review)]  # development only, before anything else
    texts = [l.tagged_text for l in lessons]
    h = hashlib.sha256(taxonomy.read_bytes())
    for l in lessons:
        h.update(json.dumps([l.id, l.tagged_text, l.kind, sorted(l.themes)]).encode())
    key = h.hexdigest()[:12]
    path = cache / f"dev-{key}.pkl"
    if path.is_file():
        rules, protected = pickle.loads(path.read_bytes())
    else:
        from nlp.tagger import Tagger

        analyses = Tagger.load(taxonomy, None).analyze_many(texts, [l.kind for l in lessons])
        rules = [set(a.theme_ids) for a in analyses]
        protected = [{t.theme for t in a.tags if not t.evidence} for a in analyses]
        cache.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps((rules, protected)))
    return Dev(texts, [set(l.themes) for l in lessons], [l.review for l in lessons], rules, protected, key)


def sentence_vectors(dev: Dev, cache: Path) -> np.ndarray:
    path = cache / f"sentence-{dev.key}.npy"
    if path.is_file():
        return np.load(path)
    from nlp.embeddings import embed_texts

    vectors = embed_texts(dev.texts)
    np.save(path, vectors)
    return vectors


def outer_folds(dev: Dev) -> list[tuple[np.ndarray, np.ndarray]]:
    """The folds `cross_validate_by_review` uses on the same lessons."""
    return list(GroupKFold(n_splits=FOLDS).split(dev.texts, groups=dev.reviews))


def report(name: str, dev: Dev, predicted: Sequence[set[str]], seconds: float) -> dict:
    micro, per = score_sets(dev.gold, predicted)
    macro_themes = [s for s in per.values() if s.support >= MIN_SUPPORT]
    macro = sum(s.f1 for s in macro_themes) / len(macro_themes)
    row = {
        "method": name,
        "precision": micro.precision,
        "recall": micro.recall,
        "micro_f1": micro.f1,
        "macro_f1": round(macro, 4),
        "weak": {t: per[t].f1 if t in per else 0.0 for t in WEAK},
        "below_0.60": sorted(t for t, s in per.items() if s.support >= 15 and s.f1 < 0.60),
        "seconds": round(seconds, 1),
        "per_theme": {
            t: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "gold": s.support} for t, s in per.items()
        },
    }
    print(
        f"{name:40s} P {micro.precision:.3f} R {micro.recall:.3f} micro {micro.f1:.3f} macro {macro:.3f} | "
        + " ".join(f"{row['weak'][t]:.2f}" for t in WEAK)
        + f" | <0.60: {len(row['below_0.60'])} | {seconds:.0f}s",
        flush=True,
    )
    return row


def _with_vectors(dev, cache):
    """The development lessons with their sentence vectors, read from the cache once."""
    if "sentence" not in dev.vectors:
        dev.vectors["sentence"] = sentence_vectors(dev, cache)
    return dev
