"""Benchmarks, preparation (not a measured stage): make the cached scales, indexes and model.

Run before the stages in its own process, so that generating lessons,
building the cached indexes and training a theme model do not count in any
stage's time or memory peak.
"""

from __future__ import annotations

from pathlib import Path

from bench.config import BenchConfig
from bench.figures import StageResult
from bench.indexes import fts5_database, tantivy_index
from bench.scale import Sources, lessons_file, sources_for
from nlp.tagger import Tagger


def chosen_model(config: BenchConfig, settings, sources: Sources) -> Path:
    """The settings' model file when the tagger would use it (same taxonomy,
    scikit-learn and file format), else the benchmark cache's (which may not
    exist yet)."""
    if Path(settings.model).is_file() and Tagger.load(config.taxonomy, settings.model).model is not None:
        return Path(settings.model)
    vectors = settings.lesson_vectors
    return config.model_cache(sources.key if vectors == "none" else f"{sources.key}-{vectors}")


def theme_model(config: BenchConfig, settings, sources: Sources) -> Path:
    """The model file `chosen_model` names, trained from the gold into the
    benchmark cache when there is none (as `lessons train` trains it)."""
    path = chosen_model(config, settings, sources)
    if path.is_file():
        return path
    from nlp.embeddings import embedder_maker
    from nlp.gold import read_theme_gold
    from nlp.model_files import save_model
    from nlp.model_training import train

    rules = Tagger.load(config.taxonomy, None)
    taxonomy = rules.taxonomy
    lessons, _problems = read_theme_gold([Path(config.corpus_dir)], {t.id for t in taxonomy.themes})
    texts = [l.tagged_text for l in lessons]
    rule_tags = [a.theme_ids for a in rules.analyze_many(texts, [l.kind for l in lessons])]
    model = train(
        texts,
        [l.themes for l in lessons],
        taxonomy_version=taxonomy.version,
        groups=[l.review for l in lessons],
        rule_tags=rule_tags,
        make_embedder=embedder_maker(settings.lesson_vectors),
    )
    save_model(model, path, taxonomy.version)
    return path


def run(config: BenchConfig, settings) -> StageResult:
    result = StageResult("prepare")
    sources = sources_for(config)
    if "tagging" in config.stages:
        lessons_file(config.tagging_scale, config.cache, sources)
        result.notes.append(f"theme model: {theme_model(config, settings, sources)}")
    scales = set(config.index_scales) if "indexing" in config.stages else set()
    if "search" in config.stages:
        scales |= set(config.search_scales)
    for n in sorted(scales):
        lessons_file(n, config.cache, sources)
        if "search" in config.stages and n in config.search_scales:
            tantivy_index(n, config.cache, sources, settings)
            if n not in config.embedded_only_scales:
                fts5_database(n, config.cache, sources)
        result.notes.append(f"{n:,} lessons ready (key {sources.key})")
    return result
