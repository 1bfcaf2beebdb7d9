"""Benchmarks, tagging stage: lessons per second through Tagger.analyze_many.

Side by side on the same texts: the bare spaCy tokenizer
(spacy.blank("en").pipe), the floor every spaCy pipeline stands on. The
texts are the first lessons of the scaled-up corpus (recombined from the
gold lessons), so they read like real lessons.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.config import BenchConfig
from bench.figures import HIGHER, REF_TOKENIZER, Figure, Runs, StageResult
from bench.scale import lessons_file, load_sources, read_lessons


def run(config: BenchConfig, settings) -> StageResult:
    import spacy

    from nlp.tagger import Tagger

    result = StageResult("tagging")
    sources = load_sources(Path(config.corpus_dir), Path(config.taxonomy))
    scale = 1_000 if config.tagging_texts <= 1_000 else 10_000
    texts = [l.text for l in read_lessons(lessons_file(scale, config.cache, sources), config.tagging_texts)]

    start = time.perf_counter()
    tagger = Tagger.load(settings.taxonomy, settings.model)
    load_seconds = time.perf_counter() - start
    bare = spacy.blank("en")
    tokens = sum(len(doc) for doc in bare.pipe(texts))  # also warms the tokenizer's cache
    list(tagger.analyze_many(texts[:50]))  # warm-up, untimed

    ours, reference = [], []
    for _ in range(config.runs):
        start = time.perf_counter()
        analyses = list(tagger.analyze_many(texts))
        ours.append(len(analyses) / (time.perf_counter() - start))
        start = time.perf_counter()
        for _doc in bare.pipe(texts):
            pass
        reference.append(len(texts) / (time.perf_counter() - start))
    tagged = sum(1 for a in analyses if a.tags)
    result.add(Figure(
        "tagging.analyze_many", "Tagger.analyze_many on scaled-up lessons", "lessons/s", HIGHER,
        Runs("ours", tuple(ours)), (Runs(REF_TOKENIZER, tuple(reference)),),
        {"lessons": len(texts), "tokens": tokens, "tokens_per_lesson": round(tokens / len(texts), 1),
         "tagger_load_s": round(load_seconds, 2), "model_file": str(settings.model),
         "model_present": Path(settings.model).is_file(),
         "share_with_a_theme": round(tagged / len(texts), 3)},
    ))
    if not Path(settings.model).is_file():
        result.notes.append(f"no theme model at {settings.model}: rules only")
    return result
