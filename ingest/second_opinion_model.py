"""Ingest stage: the second opinion's block classifier - the units it sees and its model.

Each block (paragraph, heading, list item, table row, an inline list's item)
becomes a Unit with generic features only: its layout, its first words, the
words of the headings above it, its neighbours and cue words. BlockModel is
the multinomial logistic regression over them, trained by `fit` and shipped
as `block_model.json` beside this module; prediction is a sparse dot product
and a softmax, with no scikit-learn at extraction time. Where its labels may
add a lesson is ingest/second_opinion.py.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ingest.block_cues import BULLET, LESSON_LABEL
from ingest.layout import Block
from ingest.lesson_cues import ITEM_NUMBER, PARA_NUMBER, inline_lists, split_items
from ingest.lesson_other_sections import (
    contents_line,
)
from ingest.words import word_tokens

MODEL_PATH = Path(__file__).with_name("block_model.json")
LABELS = ("start", "continuation", "other")
DIRECTIVE = re.compile(r"\b(?:should|must|ensure|recommend\w*|will\s+need)\b", re.I)
NARRATIVE = re.compile(r"\b(?:was|were|had|did|went|attended|visited|told|said)\b", re.I)
DATE = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Unit:
    """One block, or one item of an inline list, with what the classifier sees."""

    text: str  # the lesson text it would give (label, number or bullet taken off; a row's longest cell)
    features: dict
    block: Block | None = None
    headings: tuple[str, ...] = ()  # the headings in force above it, outermost first


def _lesson_text(block: Block) -> str:
    if block.kind == "row" and block.cells:
        return max((c.strip() for c in block.cells), key=len)
    text = block.text.strip()
    for pattern in (LESSON_LABEL, PARA_NUMBER, ITEM_NUMBER):
        match = pattern.match(text)
        if match:
            text = text[match.end() :]
            break
    return BULLET.sub("", text).strip()


def _words(prefix: str, text: str, limit: int = 12) -> dict:
    return {f"{prefix}:{w}": 1 for w in word_tokens(text)[:limit] if not w.isdigit()}


def document_units(blocks: list[Block]) -> list[Unit]:
    """The units of a document in order, each with its generic features."""
    pieces: list[tuple[Block, str, str]] = []  # block, lesson text, how it was found
    for block in blocks:
        lists = inline_lists(block.text) if block.kind == "para" else []
        if lists:
            for _, items in lists:
                pieces += [(block, piece, "inline") for piece in split_items(items)]
        else:
            pieces.append((block, _lesson_text(block), block.kind))
    headings: list[tuple[int, str]] = []  # (level, text) in force
    since = 0
    units = []
    for index, (block, text, how) in enumerate(pieces):
        if block.kind == "heading":
            level = block.level or 2
            while headings and headings[-1][0] >= level:
                headings.pop()
        words = block.text.split()
        f: dict = {
            f"kind={how}": 1,
            f"level={block.level}": 1,
            "bold": int(block.bold),
            "lead": int(bool(block.lead)),
            f"words={min(int(math.log2(len(words) + 1)), 8)}": 1,
            "ends_colon": int(block.text.rstrip().endswith(":")),
            "ends_question": int(block.text.rstrip().endswith("?")),
            "ends_stop": int(block.text.rstrip().endswith(".")),
            "label": int(bool(LESSON_LABEL.match(block.text))),
            "numbered": int(bool(ITEM_NUMBER.match(block.text) or PARA_NUMBER.match(block.text))),
            "bullet": int(bool(BULLET.match(block.text)) or block.kind == "item"),
            f"cells={min(len(block.cells), 4)}": 1,
            "directive": int(bool(DIRECTIVE.search(text))),
            "narrative": min(len(NARRATIVE.findall(text)), 3),
            "date": int(bool(DATE.search(text))),
            "contents": int(contents_line(block)),
            "empty": int(not text),
            f"since_heading={min(since, 3)}": 1,
            **_words("w", block.text, 4),
            **_words("h", headings[-1][1] if headings else ""),
            **_words("hh", " ".join(h for _, h in headings[:-1])),
        }
        if index:
            before = pieces[index - 1][0]
            f[f"prev={pieces[index - 1][2]}"] = 1
            f["prev_colon"] = int(before.text.rstrip().endswith(":"))
            f["prev_label"] = int(bool(LESSON_LABEL.match(before.text)))
        if index + 1 < len(pieces):
            f[f"next={pieces[index + 1][2]}"] = 1
        units.append(Unit(text, f, block, tuple(h for _, h in headings)))
        if block.kind == "heading":
            headings.append((block.level or 2, block.text))
            since = 0
        else:
            since += 1
    return units


@dataclass(frozen=True)
class BlockModel:
    """A multinomial logistic regression over units' features: weights by feature name."""

    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    coef: np.ndarray  # (classes, features)
    intercept: np.ndarray  # (classes,)

    def probabilities(self, units: list[Unit]) -> np.ndarray:
        """P(start), P(continuation), P(other) of each unit, one row each."""
        rows: list[int] = []
        columns: list[int] = []
        values: list[float] = []
        for row, unit in enumerate(units):
            for name, value in unit.features.items():
                column = self.vocabulary.get(name)
                if column is not None and value:
                    rows.append(row)
                    columns.append(column)
                    values.append(value)
        # each present feature's weights times its value, summed per unit (one numpy pass, not one per feature)
        weighted = self.coef[:, columns] * np.asarray(values, dtype=float)
        scores = np.tile(self.intercept, (len(units), 1))
        for label in range(len(self.classes)):
            scores[:, label] += np.bincount(rows, weights=weighted[label], minlength=len(units))
        scores -= scores.max(axis=1, keepdims=True) if len(units) else 0
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True) if len(units) else 1
        return p[:, [self.classes.index(label) for label in LABELS]]

    def to_json(self) -> str:
        names = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        return json.dumps(
            {
                "format": 1,
                "classes": list(self.classes),
                "intercept": [round(float(v), 6) for v in self.intercept],
                "weights": {n: [round(float(v), 6) for v in self.coef[:, self.vocabulary[n]]] for n in names},
            },
            indent=0,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> BlockModel:
        data = json.loads(text)
        names = list(data["weights"])
        return cls(
            classes=tuple(data["classes"]),
            vocabulary={n: i for i, n in enumerate(names)},
            coef=np.array([data["weights"][n] for n in names], dtype=float).T.reshape(len(data["classes"]), len(names)),
            intercept=np.array(data["intercept"], dtype=float),
        )


def fit(documents: list[tuple[list[Unit], list[str]]]) -> BlockModel:
    """A model fitted to units labelled start / continuation / other (scikit-learn, at training only)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([u.features for units, _ in documents for u in units])
    y = [label for _, labels in documents for label in labels]
    model = LogisticRegression(max_iter=3000, C=1.0, class_weight="balanced")
    model.fit(x, y)
    return BlockModel(
        classes=tuple(str(c) for c in model.classes_),
        vocabulary={str(k): int(v) for k, v in vectorizer.vocabulary_.items()},
        coef=np.asarray(model.coef_, dtype=float),
        intercept=np.asarray(model.intercept_, dtype=float),
    )


@functools.cache
def shipped_model() -> BlockModel | None:
    """The model shipped beside this module, or None without one (the rules then stand alone)."""
    if not MODEL_PATH.is_file():
        return None
    return BlockModel.from_json(MODEL_PATH.read_text(encoding="utf-8"))
