"""Evaluation: leave-one-convention-out figures for lesson segmentation.

The question this answers: which method will hold on review documents laid
out in a convention nobody has seen? The rule-based extractor (ingest/) has
no fitted parameters, so its leave-one-convention-out figure is its
in-sample figure and predicts nothing; its honest figure is the one it got
on conventions at first contact (blind held-out sets). A learned method can
be measured honestly by leaving each convention out of its training.

The learned method measured here is a block classifier: every block of a
document (paragraph, heading, list item, table row; an NSPCC-style inline
list split at its cues) is labelled from the gold as the start of a lesson,
its continuation or neither, and a logistic regression learns the label
from generic features only: the block's layout (kind, level, bold, length,
numbering, punctuation), its first words, the words of the headings above
it, its neighbours, and cue words. The extractor's own decisions are not
features: they were written with every convention in view, and would leak
the left-out convention into its own test. Segmentation then follows the
predicted labels (start opens a lesson, continuation extends it, other
closes it), and the lessons are matched to the gold by text as `lessons
eval` does; "classifier_kept_once" also keeps a lesson printed twice (a
summary repeating the body) once. The oracle line segments with the gold labels: the ceiling of
a block-level method (lessons that share one paragraph, or one table cell
among several, are out of its reach).

Run: `python -m search_app.eval.loco [--corpus corpus] [--output loco.json]`.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ingest.blocks import BULLET, LESSON_LABEL
from ingest.extract import read_blocks
from ingest.layout import Block
from ingest.lesson_cues import ITEM_NUMBER, PARA_NUMBER, contents_line, inline_lists, split_items
from search_app.eval.conventions import convention_gold
from search_app.eval.evaluation import MATCH_THRESHOLD, match_lessons, text_similarity

LABELS = ("start", "continuation", "other")
PREFIX_TOKENS = 6
DIRECTIVE = re.compile(r"\b(?:should|must|ensure|recommend\w*|will\s+need)\b", re.I)
NARRATIVE = re.compile(r"\b(?:was|were|had|did|went|attended|visited|told|said)\b", re.I)
DATE = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Unit:
    """One block, or one item of an inline list, with what the classifier sees."""

    text: str  # the lesson text it would give (label, number or bullet taken off; a row's longest cell)
    features: dict


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


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
    return {f"{prefix}:{w}": 1 for w in _tokens(text)[:limit] if not w.isdigit()}


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
        units.append(Unit(text, f))
        if block.kind == "heading":
            headings.append((block.level or 2, block.text))
            since = 0
        else:
            since += 1
    return units


def gold_labels(units: list[Unit], gold_texts: list[str]) -> list[str]:
    """Each unit's label from the gold: it begins a gold lesson, lies inside one, or neither."""
    gold = [" ".join(_tokens(t)) for t in gold_texts]
    labels = []
    for unit in units:
        head = " ".join(_tokens(unit.text)[:PREFIX_TOKENS])
        if not head:
            labels.append("other")
        elif any(g.startswith(head) for g in gold):
            labels.append("start")
        elif any(f" {head}" in g for g in gold):
            labels.append("continuation")
        else:
            labels.append("other")
    return labels


def segment(units: list[Unit], labels: list[str]) -> list[str]:
    """Lesson texts from labelled units."""
    lessons: list[list[str]] = []
    open_lesson = False
    for unit, label in zip(units, labels):
        if label == "start" or (label == "continuation" and not open_lesson):
            lessons.append([unit.text])
            open_lesson = True
        elif label == "continuation":
            lessons[-1].append(unit.text)
        else:
            open_lesson = False
    return [" ".join(parts) for parts in lessons]


def keep_once(texts: list[str]) -> list[str]:
    """A lesson printed again (a summary or an appendix repeating the body) kept once: the last
    printing, since summaries come first."""
    kept: list[str] = []
    for text in reversed(texts):
        if not any(text_similarity(text, other) >= MATCH_THRESHOLD for other in kept):
            kept.append(text)
    return kept[::-1]


def _counts(found: list[str], gold: list[str]) -> tuple[int, int, int]:
    matched = len(match_lessons(gold, found))
    return matched, len(found), len(gold)


def _figures(tp: int, extracted: int, gold: int) -> dict:
    return {
        "precision": round(tp / extracted, 4) if extracted else 0.0,
        "recall": round(tp / gold, 4) if gold else 0.0,
        "matched": tp,
        "extracted": extracted,
        "gold": gold,
    }


def leave_one_convention_out(corpus_dir: Path) -> dict:
    """Lesson precision and recall of the block classifier, each convention predicted by a model
    trained on all the others, beside the oracle (gold labels) and the rule-based extractor
    (in-sample: it was developed on every convention measured here)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from ingest import extract_review

    docs = []  # (convention, units, labels, gold texts, rule texts)
    for part, reviews in convention_gold(corpus_dir).items():
        if part == "blind_held_out":
            continue  # the held-out judge is never trained or measured on here
        for g in reviews:
            raw = json.loads((g.document.parent.parent / "gold" / f"{g.stem}.json").read_text(encoding="utf-8"))
            texts = [l.text for l in g.lessons]
            units = document_units(read_blocks(g.document))
            if not units:
                continue  # a scanned document without OCR on this machine
            rules = [l.text for l in extract_review(g.document).lessons]
            docs.append((raw["convention"], units, gold_labels(units, texts), texts, rules))
    by_convention: dict[str, dict] = {}
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for convention in sorted({d[0] for d in docs}):
        train = [d for d in docs if d[0] != convention]
        test = [d for d in docs if d[0] == convention]
        vectorizer = DictVectorizer()
        x = vectorizer.fit_transform([u.features for d in train for u in d[1]])
        y = [label for d in train for label in d[2]]
        model = LogisticRegression(max_iter=2000, C=1.0, class_weight="balanced")
        model.fit(x, y)
        row = {}
        for name, labels_of in (
            ("classifier", lambda d: list(model.predict(vectorizer.transform([u.features for u in d[1]])))),
            ("classifier_kept_once", lambda d: list(model.predict(vectorizer.transform([u.features for u in d[1]])))),
            ("oracle", lambda d: d[2]),
            ("rules_in_sample", None),
        ):
            tp = extracted = gold = 0
            for d in test:
                found = d[4] if labels_of is None else segment(d[1], labels_of(d))
                if name == "classifier_kept_once":
                    found = keep_once(found)
                a, b, c = _counts(found, d[3])
                tp, extracted, gold = tp + a, extracted + b, gold + c
            row[name] = _figures(tp, extracted, gold)
            totals[name][0] += tp
            totals[name][1] += extracted
            totals[name][2] += gold
        by_convention[convention] = row
    return {
        "conventions": len(by_convention),
        "documents": len(docs),
        **{name: _figures(*counts) for name, counts in totals.items()},
        "by_convention": by_convention,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "corpus")
    parser.add_argument("--output", type=Path, default=Path("loco.json"))
    args = parser.parse_args()
    report = leave_one_convention_out(args.corpus)
    args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"leave-one-convention-out over {report['conventions']} conventions, {report['documents']} documents")
    for name in ("classifier", "classifier_kept_once", "oracle", "rules_in_sample"):
        f = report[name]
        print(
            f"  {name:16} lessons precision {f['precision']:.3f}  recall {f['recall']:.3f}  "
            f"({f['matched']}/{f['gold']} gold, {f['extracted']} extracted)"
        )
    print(f"report written to {args.output}")


if __name__ == "__main__":
    main()
