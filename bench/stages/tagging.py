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
LessonAnalysis records, freeing the Docs, the theme model, and what is
left: the loop), the best of `runs` passes over fresh Docs in
analyze_many's batches, so that a missed target says where the time goes
(with the garbage collector paused, as analyze_many runs); and
`cpu_us_per_lesson`, `reference_cpu_us_per_lesson` and `cpu_ratio`: the
least CPU time per lesson of ours and of the bare tokenizer over the same
timed passes, and their ratio, steadier than the wall-clock figures on a
shared machine.
"""

from __future__ import annotations

import gc
import time

from bench.config import BenchConfig
from bench.figures import HIGHER, REF_TOKENIZER, Figure, Runs, StageResult
from bench.scale import lessons_file, read_lessons, sources_for
from bench.stages.prepare import chosen_model


def _throughput(
    tagger, bare, texts: list[str], reviews: list[str], runs: int
) -> tuple[list[float], list[float], list, dict]:
    """Lessons/s of ours and of the bare tokenizer, interleaved (so machine drift
    hits both), and the same passes' CPU time: on a shared machine the wall
    clock of a pass this short measures the other processes as much as ours,
    while the least CPU time per lesson over the passes hardly moves."""
    list(tagger.analyze_many(texts[:50], reviews=reviews[:50]))  # warm-up, untimed
    ours, reference, analyses = [], [], []
    ours_cpu, reference_cpu = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        analyses = list(tagger.analyze_many(texts, reviews=reviews))
        ours.append(len(analyses) / (time.perf_counter() - start))
        ours_cpu.append(time.process_time() - cpu)
        start, cpu = time.perf_counter(), time.process_time()
        for _doc in bare.pipe(texts):
            pass
        reference.append(len(texts) / (time.perf_counter() - start))
        reference_cpu.append(time.process_time() - cpu)
    us_ours, us_reference = (round(min(t) / len(texts) * 1e6, 1) for t in (ours_cpu, reference_cpu))
    cpu = {
        "cpu_us_per_lesson": us_ours,
        "reference_cpu_us_per_lesson": us_reference,
        "cpu_ratio": round(us_reference / us_ours, 4) if us_ours else None,
    }
    return ours, reference, analyses, cpu


INSIDE_MATCHER = "lessons_matcher: PhraseMatcher alone"  # part of lessons_matcher's time
FREEING = "freeing the Docs"


def _stage_profile(tagger, texts: list[str], reviews: list[str], runs: int) -> dict[str, float]:
    """CPU µs per lesson in each part of Tagger.analyze_many (see the module docstring).

    Each pass goes through the texts as analyze_many does, in batches of
    PIPE_BATCH fresh Docs, each part timed over each batch: so what a part
    computes once per Doc and keeps (the sentence numbers, the context cues)
    is counted in the part that first asks for it, as in analyze_many. The
    PhraseMatcher alone is timed on the same batches before lessons_matcher.
    Each part's figure is its least total over `runs` passes."""
    from nlp.tagger import PIPE_BATCH

    nlp = tagger.nlp
    clock = time.process_time
    parts: dict[str, list[float]] = {}
    for _ in range(runs):
        spent: dict[str, float] = {}

        def timed(name, work, items):
            start = clock()
            out = [work(item) for item in items]
            spent[name] = spent.get(name, 0.0) + clock() - start
            return out

        gc.disable()  # as analyze_many runs
        try:
            for first in range(0, len(texts), PIPE_BATCH):
                docs = timed("tokenizer", nlp.make_doc, texts[first : first + PIPE_BATCH])
                for name, component in nlp.pipeline:
                    if name == "lessons_matcher":
                        timed(INSIDE_MATCHER, component.matcher, docs)
                    docs = timed(name, component, docs)
                timed("analysis records", tagger.analysis_of, docs)
                start = clock()
                del docs
                spent[FREEING] = spent.get(FREEING, 0.0) + clock() - start
        finally:
            gc.enable()
        for name, seconds in spent.items():
            parts.setdefault(name, []).append(seconds)

    def per_lesson(seconds: float) -> float:
        return round(seconds / len(texts) * 1e6, 1)

    def best(work) -> float:
        times = []
        for _ in range(runs):
            gc.disable()
            try:
                start = clock()
                work()
                times.append(clock() - start)
            finally:
                gc.enable()
        return per_lesson(min(times))

    profile = {name: per_lesson(min(seconds)) for name, seconds in parts.items()}
    if tagger.model is not None:  # with the rules' tags and the review context, as analyze_many calls it
        from nlp.tagger import blas_on_one_thread

        rule_tags = [a.theme_ids for a in tagger.analyze_many(texts)]

        def model_part():
            with blas_on_one_thread():
                tagger.model.above_thresholds(texts, rule_tags, reviews)

        profile["theme model"] = best(model_part)
    total = best(lambda: tagger.analyze_many(texts, reviews=reviews))
    counted = sum(v for k, v in profile.items() if k != INSIDE_MATCHER)
    profile["rest (garbage collection, loop)"] = round(max(0.0, total - counted), 1)
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
        ours, reference, analyses, cpu = _throughput(tagger, bare, texts, reviews, config.runs)
        profile = _stage_profile(tagger, texts, reviews, config.runs)
        result.notes.append(
            f"{figure_id}: CPU µs per lesson {cpu['cpu_us_per_lesson']} against the bare tokenizer's "
            f"{cpu['reference_cpu_us_per_lesson']} (x{cpu['cpu_ratio']}); by part: "
            + ", ".join(f"{name} {us}" for name, us in profile.items())
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
                    **cpu,
                    "share_with_a_theme": round(sum(1 for a in analyses if a.tags) / len(texts), 3),
                    "stage_us_per_lesson": profile,
                },
            )
        )
    return result
