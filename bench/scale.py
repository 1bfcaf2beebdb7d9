"""Benchmarks: a reproducible scale-up of the sample corpus's lessons.

Lessons are recombined from the sentences of the corpus's gold lessons
(corpus/gold/*.json) and the taxonomy's phrases (taxonomy.yaml) set into
reviewers' sentence frames, grouped into reviews with skewed, realistic
facet values (see scale_vocab). The same seed and inputs give the same
lessons; each scale is made once and cached under the cache folder as JSONL
of IndexedLesson fields, keyed by a hash of the generator's inputs.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path

import yaml

from bench import scale_vocab as vocab
from search_app.search.contract import IndexedLesson

SEED = 20240601
GENERATOR_VERSION = "1"
SCALES = (1_000, 10_000, 100_000, 1_000_000)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z'\"(])")
_PHRASE_KEYS = ("phrases", "exact_phrases", "abbreviations")  # abbreviations: a map; its keys
_TUPLE_FIELDS = ("themes", "theme_groups", "age_bands", "agencies")


class ScaleInputError(Exception):
    """The corpus gold or the taxonomy needed for the scale-up is missing or empty."""


@dataclass(frozen=True)
class Sources:
    """What the scale-up recombines: gold sentences with their themes, and phrases."""

    sentences: tuple[tuple[str, tuple[str, ...]], ...]
    theme_phrases: dict[str, tuple[str, ...]]
    agencies: tuple[tuple[str, str], ...]  # (facet value, phrase for the text)
    key: str  # hash of the inputs and the generator version


def load_sources(corpus_dir: Path, taxonomy_path: Path) -> Sources:
    gold_files = sorted((corpus_dir / "gold").glob("*.json"))
    if not gold_files:
        raise ScaleInputError(f"no gold lessons under {corpus_dir / 'gold'}")
    if not taxonomy_path.is_file():
        raise ScaleInputError(f"no taxonomy at {taxonomy_path}")
    digest = hashlib.sha256(f"v{GENERATOR_VERSION}".encode())
    sentences: list[tuple[str, tuple[str, ...]]] = []
    for path in gold_files:
        raw = path.read_bytes()
        digest.update(path.name.encode() + raw)
        for lesson in json.loads(raw).get("lessons", ()):
            themes = tuple(lesson.get("themes", ()))
            for sentence in _SENTENCE_END.split(" ".join(str(lesson.get("text", "")).split())):
                if len(sentence.split()) >= 4:
                    sentences.append((sentence, themes))
    taxonomy_raw = taxonomy_path.read_bytes()
    digest.update(taxonomy_raw)
    taxonomy = yaml.safe_load(taxonomy_raw)
    phrases = taxonomy_phrases(taxonomy)
    if not sentences or not phrases:
        raise ScaleInputError("the gold lessons or the taxonomy phrases are empty")
    agencies = taxonomy_agencies(taxonomy) or tuple((name, name) for name, _ in vocab.AGENCIES)
    return Sources(tuple(sentences), phrases, agencies, digest.hexdigest()[:12])


def taxonomy_phrases(data: object) -> dict[str, tuple[str, ...]]:
    """Theme id ("group.theme") to its phrases, exact phrases and abbreviations."""
    found: dict[str, tuple[str, ...]] = {}
    themes = data.get("themes", ()) if isinstance(data, dict) else ()
    for theme in themes:
        if not isinstance(theme, dict) or "." not in str(theme.get("id", "")):
            continue
        words: list[str] = []
        for key in _PHRASE_KEYS:
            value = theme.get(key) or ()
            words.extend(str(v) for v in value if isinstance(v, (str, int)) and str(v).strip())
        if words:
            found[str(theme["id"])] = tuple(dict.fromkeys(words))
    return dict(sorted(found.items()))


def taxonomy_agencies(data: object) -> tuple[tuple[str, str], ...]:
    """(agency id, a phrase naming it) for each agency of the taxonomy.

    The ids are the tagger's agency facet values; the phrase goes into text."""
    agencies = data.get("agencies", ()) if isinstance(data, dict) else ()
    out = []
    for agency in agencies:
        if isinstance(agency, dict) and agency.get("id"):
            phrases = agency.get("phrases") or [agency.get("label") or agency["id"]]
            out.append((str(agency["id"]), str(phrases[0])))
    return tuple(out)


def _cumulative(weights: list[float]) -> list[float]:
    return list(itertools.accumulate(weights))


class _Generator:
    """Draws reviews and their lessons from one seeded random stream."""

    def __init__(self, sources: Sources, seed: int):
        self.rng = random.Random(seed)
        self.sentences = sources.sentences
        self.phrases = sources.theme_phrases
        themes = sorted(self.phrases)
        gold_counts = {t: 0 for t in themes}
        by_theme: dict[str, list[int]] = {t: [] for t in themes}
        for i, (_, sentence_themes) in enumerate(self.sentences):
            for t in sentence_themes:
                if t in gold_counts:
                    gold_counts[t] += 1
                    by_theme[t].append(i)
        self.themes = themes
        self.theme_cum = _cumulative([1.0 + gold_counts[t] for t in themes])
        self.sentences_by_theme = by_theme
        ranked_areas = list(vocab.AREAS)
        random.Random(seed + 1).shuffle(ranked_areas)
        self.areas = ranked_areas
        self.area_cum = _cumulative([1.0 / (rank + 1) ** 0.8 for rank in range(len(ranked_areas))])
        self.type_cum = _cumulative([w for *_, w in vocab.REVIEW_TYPES])
        self.kind_cum = _cumulative([w for _, w, *_ in vocab.KINDS])
        self.age_cum = _cumulative([w for _, w in vocab.AGE_BAND_WEIGHTS])
        self.agencies = sources.agencies
        self.agency_cum = _cumulative([1.0 / (rank + 1) ** 0.7 for rank in range(len(self.agencies))])

    def pick(self, population, cum):
        return self.rng.choices(population, cum_weights=cum, k=1)[0]

    def reviews(self) -> Iterator[dict]:
        """Lessons as dicts of IndexedLesson fields, review after review, forever."""
        rng = self.rng
        while True:
            review_type, first, last, _ = self.pick(vocab.REVIEW_TYPES, self.type_cum)
            years = list(range(first, last + 1))
            year = rng.choices(years, weights=[i + 2 for i in range(len(years))], k=1)[0]
            area, region = vocab.NATIONAL_AREA if review_type == "national" else self.pick(self.areas, self.area_cum)
            child = rng.choice(vocab.CHILD_NAMES)
            review_id = f"{rng.getrandbits(64):016x}"
            title = f"{vocab.TYPE_TITLES[review_type]}: {child}"
            if review_type in ("thematic", "national"):
                theme = self.pick(self.themes, self.theme_cum)
                title = f"{vocab.TYPE_TITLES[review_type]}: {rng.choice(self.phrases[theme])}"
            bands = {self.pick(vocab.AGE_BAND_WEIGHTS, self.age_cum)[0]}
            if rng.random() < 0.15:
                bands.add(self.pick(vocab.AGE_BAND_WEIGHTS, self.age_cum)[0])
            review = {
                "review_id": review_id,
                "review_title": title,
                "review_type": review_type,
                "area": area,
                "region": region,
                "year": year,
                "published": f"{year}-{rng.randint(1, 12):02d}",
                "child": child,
                "age_bands": tuple(sorted(bands)),
            }
            per_kind: dict[str, int] = {}
            for ordinal in range(1, rng.randint(4, 18) + 1):
                yield self.lesson(review, ordinal, per_kind)

    def lesson(self, review: dict, ordinal: int, per_kind: dict[str, int]) -> dict:
        rng = self.rng
        kind, _, label, section = self.pick(vocab.KINDS, self.kind_cum)
        per_kind[kind] = per_kind.get(kind, 0) + 1
        chosen = [self.pick(self.themes, self.theme_cum) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
        agencies = list(dict.fromkeys(self.pick(self.agencies, self.agency_cum) for _ in range(rng.randint(1, 3))))
        themes = set(chosen)
        parts = []
        pool = self.sentences_by_theme.get(chosen[0]) or range(len(self.sentences))
        for _ in range(rng.randint(1, 3)):
            sentence, sentence_themes = self.sentences[rng.choice(pool)]
            parts.append(sentence)
            themes.update(sentence_themes)
        for theme in chosen:
            frame = rng.choice(vocab.FRAMES)
            parts.insert(
                rng.randint(0, len(parts)), frame.format(p=rng.choice(self.phrases[theme]), a=rng.choice(agencies)[1])
            )
        text = " ".join(parts)
        page = rng.randint(3, 40)
        themes_sorted = tuple(sorted(t for t in themes if t in self.phrases))
        return {
            "id": f"{review['review_id']}-{ordinal:03d}",
            "review_id": review["review_id"],
            "ordinal": ordinal,
            "review_title": review["review_title"],
            "review_type": review["review_type"],
            "area": review["area"],
            "region": review["region"],
            "year": review["year"],
            "published": review["published"],
            "child": review["child"],
            "kind": kind,
            "label": f"{label} {per_kind[kind]}" if kind != "good_practice" else label,
            "text": text,
            "section": section,
            "page_start": page,
            "page_end": page + (rng.random() < 0.3),
            "agency_lead": agencies[0][1] if kind == "recommendation" else "",
            "themes": themes_sorted,
            "theme_groups": tuple(sorted({t.split(".", 1)[0] for t in themes_sorted})),
            "age_bands": review["age_bands"],
            "agencies": tuple(sorted(a for a, _ in agencies)),
        }


def generate(n: int, sources: Sources, seed: int = SEED) -> Iterator[dict]:
    """The first n lessons of the seeded stream (a smaller scale is a prefix of a larger)."""
    return itertools.islice(_Generator(sources, seed).reviews(), n)


def lessons_file(n: int, cache_dir: Path, sources: Sources, seed: int = SEED) -> Path:
    """The cached JSONL of n lessons, made now if it is not there yet."""
    path = cache_dir / "lessons" / f"lessons-{n}-s{seed}-{sources.key}.jsonl"
    if path.is_file():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".partial-{os.getpid()}")
    with partial.open("w", encoding="utf-8") as out:
        for record in generate(n, sources, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    partial.replace(path)  # atomic: a stopped run never leaves a short file behind
    return path


def read_lessons(path: Path, limit: int | None = None) -> Iterator[IndexedLesson]:
    """IndexedLesson records from a JSONL file made by lessons_file."""
    names = {f.name for f in fields(IndexedLesson)}
    with path.open(encoding="utf-8") as handle:
        for line in itertools.islice(handle, limit):
            record = json.loads(line)
            for key in _TUPLE_FIELDS:
                record[key] = tuple(record.get(key, ()))
            yield IndexedLesson(**{k: v for k, v in record.items() if k in names})


def save_snapshot(sources: Sources, cache_dir: Path) -> Path:
    """Keep the inputs of this run, so every stage of it recombines the same ones
    even if the gold or the taxonomy is edited while it runs."""
    path = cache_dir / "sources" / f"sources-{sources.key}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "key": sources.key,
        "sentences": [[s, list(t)] for s, t in sources.sentences],
        "theme_phrases": {k: list(v) for k, v in sources.theme_phrases.items()},
        "agencies": [list(a) for a in sources.agencies],
    }
    partial = path.with_suffix(f".partial-{os.getpid()}")
    partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    partial.replace(path)
    return path


def load_snapshot(cache_dir: Path, key: str) -> Sources:
    data = json.loads((cache_dir / "sources" / f"sources-{key}.json").read_text(encoding="utf-8"))
    return Sources(
        tuple((s, tuple(t)) for s, t in data["sentences"]),
        {k: tuple(v) for k, v in data["theme_phrases"].items()},
        tuple((a, b) for a, b in data["agencies"]),
        data["key"],
    )


def sources_for(config) -> Sources:
    """The run's snapshot of the inputs when the harness made one, else the files now."""
    if config.sources_key:
        return load_snapshot(config.cache, config.sources_key)
    return load_sources(Path(config.corpus_dir), Path(config.taxonomy))
