"""Ingest stage: a block classifier that checks lesson segmentation.

The segmentation rules (ingest/lessons.py) are written for the conventions
they were developed on. This model looks at every block (paragraph, list
item, table row, heading) with layout, cue-word and section features, the
rules' own cues among them, and says whether it starts a lesson, carries
one on, is a heading, a contents line or something else. Segmentation uses
it to split a lesson where the model is sure a new one starts inside it and
to take up a block the rules left out where the model is sure it starts a
lesson.

It is trained (scikit-learn logistic regression) on the sample corpus and
the development conventions only, never on the held-out conventions:

    .venv/bin/python -m ingest.block_model train      # writes ingest/block_model.json
    .venv/bin/python -m ingest.block_model cv         # leave-one-convention-out figures

The trained weights are kept as JSON (feature -> weight per class), read
without scikit-learn, so extraction needs no pickle and no training run.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ingest.blocks import BULLET, LESSON_LABEL
from ingest.layout import Block

MODEL_PATH = Path(__file__).with_name("block_model.json")
LABELS = ("start", "continuation", "heading", "contents", "other")
CUE_WORDS = ("should", "must", "ensure", "recommend", "recommends", "learning", "learned", "learnt", "review",
             "practitioners", "professionals", "agencies", "partnership", "board", "found", "need", "needs",
             "was", "were", "had", "will", "lesson", "finding", "good", "practice", "worked", "well")
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
GENERIC_LABEL = re.compile(
    rf"^[A-Z][a-z]+(?:\s+[a-z]+){{0,2}}\s+(?:\d+(?:\.\d+)*|[A-Z]|{_NUMBER_WORDS}|[ivx]{{1,4}})\s*[.:)\-–]", re.I)
PARA_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+\S")
ITEM_MARK = re.compile(r"^\(?(?:(?P<digit>\d{1,2})|(?P<roman>[ivx]{1,4})|(?P<letter>[a-z]))[.)]\s+", re.I)


def _zone_of(heading: str) -> str:
    from ingest.lessons import CONTENTS, NOT_LESSON_HEADING, _zone_kind

    if CONTENTS.match(heading.strip()):
        return "contents"
    kind = _zone_kind(heading)
    if kind:
        return kind
    return "barrier" if NOT_LESSON_HEADING.search(heading) else "none"


def block_features(blocks: Sequence[Block]) -> list[dict[str, float]]:
    """Features of every block, reading the blocks around it and the headings above it."""
    from ingest.lessons import _announced_kind, _contents_line

    out = []
    headings: list[tuple[int, str]] = []  # (level, zone) of the headings in force
    since_heading = 0
    for i, b in enumerate(blocks):
        text = b.text
        words = text.split()
        f: dict[str, float] = {f"kind={b.kind}": 1.0}
        if b.kind == "heading":
            level = b.level or 2
            while headings and headings[-1][0] >= level:
                headings.pop()
            f[f"heading_zone={_zone_of(text)}"] = 1.0
            f["heading_numbered"] = float(bool(re.match(r"^\d+(?:\.\d+)*\.?\s", text)))
        outer = [z for _, z in headings]
        lesson_zones = [z for z in outer if z not in ("none",)]
        f[f"zone={lesson_zones[-1] if lesson_zones else 'none'}"] = 1.0
        f[f"inner_zone={outer[-1] if outer else 'none'}"] = 1.0
        f["depth_in_zone"] = min(len(outer), 4) / 4
        f["first_after_heading"] = float(since_heading == 0 and b.kind != "heading")
        f["bold"] = float(b.bold)
        f["lead"] = float(bool(b.lead))
        f["lead_short"] = float(bool(b.lead) and len(b.lead.split()) <= 10)
        f["label"] = float(bool(LESSON_LABEL.match(text)))
        f["generic_label"] = float(bool(GENERIC_LABEL.match(text)))
        number = PARA_NUMBER.match(text)
        f["para_number"] = float(bool(number))
        if number:
            f[f"para_depth={min(number.group(1).count('.'), 3)}"] = 1.0
        mark = ITEM_MARK.match(text)
        if mark:
            f[f"item_mark={mark.lastgroup}"] = 1.0
        f["bullet"] = float(bool(BULLET.match(text))) or float(b.kind == "item" and not mark)
        n = len(words)
        f[f"words={'<5' if n < 5 else '<12' if n < 12 else '<30' if n < 30 else '<80' if n < 80 else '80+'}"] = 1.0
        f["ends_colon"] = float(text.rstrip().endswith(":"))
        f["ends_period"] = float(text.rstrip().endswith("."))
        f["starts_lower"] = float(text[:1].islower())
        f["semicolons"] = float(text.count(";") >= 2)
        f["contents_line"] = float(_contents_line(b))
        f["cover_page"] = float(b.page_start == 1)
        lowered = {w.strip(".,;:()'\"").lower() for w in words[:40]}
        for w in CUE_WORDS:
            if w in lowered:
                f[f"w={w}"] = 1.0
        prev = blocks[i - 1] if i else None
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        f[f"prev_kind={prev.kind if prev else 'none'}"] = 1.0
        f[f"next_kind={nxt.kind if nxt else 'none'}"] = 1.0
        if prev is not None:
            f["prev_ends_colon"] = float(prev.text.rstrip().endswith(":"))
            announced = _announced_kind(prev.text) if prev.kind == "para" else None
            f[f"prev_announced={announced or 'none'}"] = 1.0
            f["prev_same_kind"] = float(prev.kind == b.kind)
            f["prev_lead"] = float(bool(prev.lead))
            f["prev_ends_open"] = float(not prev.text.rstrip().endswith((".", "!", "?", ":")))
            f["new_page"] = float(b.page_start > prev.page_end)
        if b.kind == "heading":
            headings.append((b.level or 2, _zone_of(text)))
            since_heading = 0
        else:
            since_heading += 1
        out.append(f)
    return out


# --- gold alignment and training ------------------------------------------


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _contains(hay: list[str], needle: list[str]) -> bool:
    if not needle or len(needle) > len(hay):
        return False
    first = needle[0]
    for i, token in enumerate(hay[: len(hay) - len(needle) + 1]):
        if token == first and hay[i:i + len(needle)] == needle:
            return True
    return False


def align(blocks: Sequence[Block], gold_texts: Sequence[str]) -> list[str]:
    """Each block's label from the gold lessons of its document."""
    from ingest.lessons import _contents_line

    golds = [_tokens(t) for t in gold_texts]
    labels = []
    for b in blocks:
        tokens = _tokens(b.text)
        if _contents_line(b):
            labels.append("contents")
            continue
        starts = any(_contains(tokens, g[:min(6, len(g))]) for g in golds if g)
        if starts:
            labels.append("start")
        elif tokens and any(_contains(g, tokens[:min(8, len(tokens))]) for g in golds):
            labels.append("continuation")
        elif b.kind == "heading":
            labels.append("heading")
        else:
            labels.append("other")
    return labels


def training_documents(corpus_dir: Path) -> list[tuple[str, Path, list[str]]]:
    """(group, document, gold lesson texts) of the sample corpus and the development conventions.
    The held-out conventions are never read here."""
    docs = []
    for gold_dir, group in ((corpus_dir / "gold", "sample"), (corpus_dir / "conventions" / "dev" / "gold", None)):
        for path in sorted(gold_dir.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            document = gold_dir.parent / "reviews" / data["file"]
            docs.append((group or data["convention"], document, [l["text"] for l in data["lessons"]]))
    return docs


def _examples(docs):
    from ingest.extract import document_blocks

    rows = []
    for group, document, texts in docs:
        blocks = document_blocks(document)
        for features, label in zip(block_features(blocks), align(blocks, texts)):
            rows.append((group, features, label))
    return rows


def fit(rows) -> dict:
    """A logistic regression over the examples, as a JSON-able model."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([f for _, f, _ in rows])
    y = [label for _, _, label in rows]
    model = LogisticRegression(C=1.0, max_iter=3000)
    model.fit(x, y)
    names = vectorizer.get_feature_names_out()
    weights = {str(name): [round(float(model.coef_[c][j]), 5) for c in range(len(model.classes_))]
               for j, name in enumerate(names)}
    return {"classes": [str(c) for c in model.classes_],
            "intercept": [round(float(v), 5) for v in model.intercept_], "weights": weights}


class BlockModel:
    """Class probabilities for blocks, from weights trained by `fit`."""

    def __init__(self, data: dict):
        self.classes = data["classes"]
        self.intercept = data["intercept"]
        self.weights = data["weights"]

    @classmethod
    @lru_cache(maxsize=4)
    def load(cls, path: Path = MODEL_PATH) -> "BlockModel | None":
        if not Path(path).is_file():
            return None
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def predict(self, features: Sequence[dict[str, float]]) -> list[dict[str, float]]:
        out = []
        for f in features:
            scores = list(self.intercept)
            for name, value in f.items():
                w = self.weights.get(name)
                if w is not None and value:
                    for c, weight in enumerate(w):
                        scores[c] += weight * value
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            total = sum(exp)
            out.append({label: e / total for label, e in zip(self.classes, exp)})
        return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Train or cross-validate the block model.")
    parser.add_argument("command", choices=("train", "cv"))
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent.parent / "corpus")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    rows = _examples(training_documents(args.corpus))
    if args.command == "train":
        args.out.write_text(json.dumps(fit(rows), indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"trained on {len(rows)} blocks; written to {args.out}")
        return 0
    cross_validate(rows, training_documents(args.corpus))
    return 0


def cross_validate(rows, docs) -> dict:
    """Leave one convention (the sample corpus counts as one) out: train on the rest, segment
    the left-out documents with and without the model, and count the lessons matched."""
    from ingest.extract import document_blocks
    from ingest.lessons import _RULES_ONLY, segment_lessons

    totals = {"rules": [0, 0, 0], "model": [0, 0, 0]}  # matched, extracted, gold
    right = blocks_total = 0
    for held in sorted({g for g, _, _ in rows}):
        model = BlockModel(fit([r for r in rows if r[0] != held]))
        test = [r for r in rows if r[0] == held]
        for (_, _, label), p in zip(test, model.predict([f for _, f, _ in test])):
            right += max(p, key=p.get) == label
            blocks_total += 1
        for group, document, texts in docs:
            if group != held:
                continue
            blocks = document_blocks(document)
            for name, use in (("rules", _RULES_ONLY), ("model", model)):
                found = [l.text for l in segment_lessons(blocks, use)]
                totals[name][0] += _matched(texts, found)
                totals[name][1] += len(found)
                totals[name][2] += len(texts)
    report = {"block_accuracy": round(right / blocks_total, 4)}
    for name, (matched, extracted, gold) in totals.items():
        report[name] = {"recall": round(matched / gold, 4), "precision": round(matched / extracted, 4) if extracted else 0.0}
    print(json.dumps(report))
    return report


def _matched(gold: Sequence[str], found: Sequence[str]) -> int:
    """Lessons matched one to one by text, as `lessons eval` matches them (ratio >= 0.8)."""
    from difflib import SequenceMatcher

    pairs = sorted(((SequenceMatcher(None, _tokens(g), _tokens(f), autojunk=False).ratio(), gi, fi)
                    for gi, g in enumerate(gold) for fi, f in enumerate(found)), reverse=True)
    used_g, used_f, n = set(), set(), 0
    for score, gi, fi in pairs:
        if score < 0.8:
            break
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            n += 1
    return n


if __name__ == "__main__":
    raise SystemExit(main())
