"""Benchmarks, tagging stage: lessons per second through Tagger.analyze_many.

Side by side on the same texts: the bare spaCy tokenizer
(spacy.blank("en").pipe), the floor every spaCy pipeline stands on. The
texts are the first lessons of the scaled-up corpus (recombined from the
gold lessons), so they read like real lessons. The tagger runs as the app
runs it, with the theme model (the settings' model file or, when there is
none, one trained from the gold by the preparation step); a rules-only
figure shows what the model costs.

Each figure's params also carry `stage_us_per_lesson`: CPU microseconds
per lesson in each part of the tagger (the tokenizer, each pipeline
component, the PhraseMatcher alone inside lessons_matcher, building the
LessonAnalysis records, the theme model, and what is left: Python's
garbage collection and the loop), the best of `runs` passes, so that a
missed target says where the time goes (with the garbage collector paused,
as analyze_many runs).
"""

from __future__ import annotations

import gc
import time

from bench.config import BenchConfig
from bench.figures import HIGHER, REF_TOKENIZER, Figure, Runs, StageResult
from bench.scale import lessons_file, read_lessons, sources_for
from bench.stages.prepare import chosen_model


def _throughput(tagger, bare, texts: list[str], reviews: list[str], runs: int) -> tuple[list[float], list[float], list]:
    list(tagger.analyze_many(texts[:50], reviews=reviews[:50]))  # warm-up, untimed
    ours, reference, analyses = [], [], []
    for _ in range(runs):  # interleaved with the reference, so machine drift hits both
        start = time.perf_counter()
        analyses = list(tagger.analyze_many(texts, reviews=reviews))
        ours.append(len(analyses) / (time.perf_counter() - start))
        start = time.perf_counter()
        for _doc in bare.pipe(texts):
            pass
        reference.append(len(texts) / (time.perf_counter() - start))
    return ours, reference, analyses


INSIDE_MATCHER = "lessons_matcher: PhraseMatcher alone"  # part of lessons_matcher's time


def _stage_profile(tagger, texts: list[str], reviews: list[str], runs: int) -> dict[str, float]:
    """CPU µs per lesson in each part of Tagger.analyze_many (see the module docstring)."""

    def best(work) -> float:
        # with the garbage collector paused, as analyze_many runs
        times = []
        for _ in range(runs):
            gc.disable()
            try:
                start = time.process_time()
                work()
                times.append(time.process_time() - start)
            finally:
                gc.enable()
        return round(min(times) / len(texts) * 1e6, 1)

    nlp = tagger.nlp
    profile = {"tokenizer": best(lambda: [nlp.make_doc(t) for t in texts])}
    docs = [nlp.make_doc(t) for t in texts]
    for name, component in nlp.pipeline:
        if name == "lessons_matcher":
            profile[INSIDE_MATCHER] = best(lambda: [component.matcher(d) for d in docs])
        profile[name] = best(lambda: [component(d) for d in docs])
        docs = [component(d) for d in docs]
    profile["analysis records"] = best(lambda: [tagger.analysis_of(d) for d in docs])
    if tagger.model is not None:  # with the rules' tags and the review context, as analyze_many calls it
        rule_tags = [tagger.analysis_of(d).theme_ids for d in docs]
        profile["theme model"] = best(lambda: tagger.model.above_thresholds(texts, rule_tags, reviews))
    total = best(lambda: tagger.analyze_many(texts, reviews=reviews))
    parts = sum(v for k, v in profile.items() if k != INSIDE_MATCHER)
    profile["rest (garbage collection, loop)"] = round(max(0.0, total - parts), 1)
    profile["total"] = total
    return profile


def run(config: BenchConfig, settings) -> StageResult:
    import spacy

    from nlp.tagger import Tagger

    result = StageResult("tagging")
    sources = sources_for(config)
    path = lessons_file(config.tagging_scale, config.cache, sources)
    lessons = list(read_lessons(path, config.tagging_texts))
    texts = [lesson.text for lesson in lessons]
    reviews = [lesson.review_id for lesson in lessons]  # the model's review context, as at ingest
    bare = spacy.blank("en")
    tokens = sum(len(doc) for doc in bare.pipe(texts))  # also warms the tokenizer's cache
    params = {"lessons": len(texts), "tokens": tokens, "tokens_per_lesson": round(tokens / len(texts), 1)}

    model = chosen_model(config, settings, sources)
    variants = [("tagging.analyze_many", "Tagger.analyze_many (rules and theme model)", model)]
    if not model.is_file():
        result.notes.append(f"no theme model at {settings.model} or in the cache: rules only")
        variants = [("tagging.analyze_many", "Tagger.analyze_many (rules only: no model)", None)]
    else:
        variants.append(("tagging.rules_only", "Tagger.analyze_many, rules only (no model)", None))

    for figure_id, label, model_path in variants:
        start = time.perf_counter()
        tagger = Tagger.load(settings.taxonomy, model_path)
        load_seconds = time.perf_counter() - start
        if model_path is not None and tagger.model is None:
            raise RuntimeError(f"the theme model was not loaded: {tagger.model_status}")
        ours, reference, analyses = _throughput(tagger, bare, texts, reviews, config.runs)
        profile = _stage_profile(tagger, texts, reviews, config.runs)
        result.notes.append(
            f"{figure_id}: CPU µs per lesson: " + ", ".join(f"{name} {us}" for name, us in profile.items())
        )
        result.add(
            Figure(
                figure_id,
                label,
                "lessons/s",
                HIGHER,
                Runs("ours", tuple(ours)),
                (Runs(REF_TOKENIZER, tuple(reference)),),
                {
                    **params,
                    "model": str(model_path) if model_path else "",
                    "tagger_load_s": round(load_seconds, 2),
                    "tokens_per_s": round(tokens * sorted(ours)[len(ours) // 2] / len(texts)),
                    "share_with_a_theme": round(sum(1 for a in analyses if a.tags) / len(texts), 3),
                    "stage_us_per_lesson": profile,
                },
            )
        )
    return result
