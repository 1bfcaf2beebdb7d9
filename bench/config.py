"""Benchmarks: what one run of the harness measures (scales, runs, folders).

The harness passes this to each stage's subprocess as JSON, with the
project's Settings built once at the entry point from LESSONS_* variables.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.scale import SCALES

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BENCH_DIR.parent
DEFAULT_CACHE = BENCH_DIR / "cache"
DEFAULT_OUTPUT = BENCH_DIR / "results" / "latest.json"


@dataclass(frozen=True)
class BenchConfig:
    quick: bool
    runs: int
    cache_dir: str
    corpus_dir: str
    taxonomy: str
    model: str
    es_url: str
    search_scales: tuple[int, ...]
    embedded_only_scales: tuple[int, ...]  # scales where only the embedded engine runs
    index_scales: tuple[int, ...]
    tagging_texts: int
    ingest_files: int  # 0: every PDF of the corpus
    stages: tuple[str, ...] = ()  # the stages this run measures
    sources_key: str = ""  # the snapshot of the scale-up's inputs this run uses

    @classmethod
    def make(
        cls,
        quick: bool,
        runs: int,
        cache_dir: Path,
        settings,
        scales: tuple[int, ...] | None = None,
        stages: tuple[str, ...] = (),
    ) -> BenchConfig:
        corpus = settings.corpus[0] if settings.corpus else PROJECT_ROOT / "corpus"
        search_scales = scales or ((1_000,) if quick else SCALES)
        return cls(
            quick=quick,
            runs=runs,
            cache_dir=str(cache_dir),
            corpus_dir=str(corpus),
            taxonomy=str(settings.taxonomy),
            model=str(settings.model),
            es_url=settings.es_url,
            search_scales=search_scales,
            embedded_only_scales=tuple(n for n in search_scales if n >= 1_000_000),
            index_scales=tuple(n for n in search_scales if n <= 100_000),
            tagging_texts=300 if quick else 5_000,
            ingest_files=2 if quick else 0,
            stages=tuple(stages),
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> BenchConfig:
        data = json.loads(text)
        for key in ("search_scales", "embedded_only_scales", "index_scales", "stages"):
            data[key] = tuple(data[key])
        return cls(**data)

    @property
    def cache(self) -> Path:
        return Path(self.cache_dir)

    @property
    def tagging_scale(self) -> int:
        """The scale whose first lessons are the tagging texts."""
        return 1_000 if self.tagging_texts <= 1_000 else 10_000

    def model_cache(self, key: str) -> Path:
        """Where a theme model trained from the gold is kept when settings name none
        (keyed by the model file format too: a file of an older format is refused)."""
        from nlp.classifier import FORMAT_VERSION

        return self.cache / "models" / f"theme_model-{key}-f{FORMAT_VERSION}.pkl"
