"""Tagging stage: the Tagger, text in, LessonAnalysis out.

    tagger = Tagger.load(settings.taxonomy, settings.model)
    analysis = tagger.analyze("There was no evidence of domestic abuse ...")
    analyses = tagger.analyze_many(texts)   # same results, batched
    analyses = tagger.analyze_many(texts, kinds)   # kinds: ingest's Lesson.kind, or None
    analyses = tagger.analyze_many(texts, kinds, reviews)   # reviews: which review each text is of

Rule tags come from the spaCy pipeline built from taxonomy.yaml and carry
their evidence (character offsets into the text). A lesson's kind, when
given (ingest's Lesson.kind), adds the themes whose `kinds:` name it (a
good-practice lesson is review.good_practice): such a tag has source
"rule", confidence RULE_KIND and no evidence, since it comes from where
the lesson was printed, not from its words. When a trained theme
model (nlp/classifier.py) exists for this taxonomy and this scikit-learn
version, it adds the themes the rules missed; the combination policy is
`combine_tags` in nlp/classifier.py. The model also reads the rules' tags
and, given `reviews`, the rules' tags of the other texts of the same review
in the batch (nlp/model_features.py): a review's lessons are best tagged in
one call with their review named; a text without (reviews None) stands
alone. Otherwise the Tagger runs on rules alone and `model_status` says why.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Hashable, Iterable
from contextlib import contextmanager
from pathlib import Path

from spacy.tokens import Doc
from threadpoolctl import ThreadpoolController

from nlp.ages import bands_of
from nlp.records import SOURCE_RULE, Evidence, LessonAnalysis, make_analysis, make_evidence, make_tag
from nlp.state import state_of
from nlp.taxonomy import Taxonomy, load_taxonomy

# Rule confidence: a phrase is strong evidence, an abbreviation slightly
# less (short forms are the likelier false hits), and each further distinct
# piece of evidence in the same text adds a little, up to RULE_MAX.
RULE_PHRASE = 0.9
RULE_ABBREVIATION = 0.85
RULE_EXTRA = 0.03
RULE_MAX = 0.99
RULE_KIND = 0.95

PIPE_BATCH = 64  # Docs per component call in analyze_many (see there)

_CACHE: dict[tuple, Tagger] = {}
_CACHE_LOCK = threading.Lock()
_BLAS: list[ThreadpoolController] = []  # made once, when a model is first used


def blas_on_one_thread():
    """BLAS on one thread for the theme model's small products (a batch's rule
    and context features times their weights): on two busy cores a second
    BLAS thread only waits to be scheduled, and one such product took 11 ms
    instead of 0.1. threadpoolctl's controller is made once (its
    threadpool_limits looks the libraries up again on every call, 1.3 ms)."""
    if not _BLAS:
        _BLAS.append(ThreadpoolController())
    return _BLAS[0].limit(limits=1, user_api="blas")


def _file_key(path: Path | None) -> tuple:
    if path is None:
        return (None,)
    try:
        st = path.stat()
    except OSError:
        return (str(path), None)
    return (str(path.resolve()), st.st_mtime_ns, st.st_size)


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector off for a batch, back as it was after.

    A batch makes many small container objects (Docs, hits, Tags, Evidence)
    and no reference cycles (tests/test_nlp_tagger.py checks), so reference
    counting frees all of it; but the collector, run every few hundred new
    objects, walks the caller's whole heap again and again, which cost a
    third of the tagging time in the benchmark. If another thread turns it
    off meanwhile on purpose, it is on again after the batch.
    """
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Tagger:
    """Tags lesson texts with themes, age bands and agencies."""

    def __init__(self, taxonomy: Taxonomy, model=None, model_status: str = "no model"):
        from nlp.pipeline import build_pipeline

        self.taxonomy = taxonomy
        self.nlp = build_pipeline(taxonomy)
        self.model = model
        self.model_status = model_status
        self._agency_order = {a.id: i for i, a in enumerate(taxonomy.agencies)}
        self._theme_order = {t.id: i for i, t in enumerate(taxonomy.themes)}
        self._group_of = {t.id: taxonomy.group_of(t.id) for t in taxonomy.themes}
        self._kind_themes: dict[str, list[str]] = {}
        for theme in taxonomy.themes:
            for kind in theme.kinds:
                self._kind_themes.setdefault(kind, []).append(theme.id)

    @classmethod
    def load(cls, taxonomy_path: Path | str, model_path: Path | str | None = None) -> Tagger:
        """Load the taxonomy (TaxonomyError if invalid) and, if usable, the model.

        A model file that is missing, or was trained on another taxonomy
        version or another scikit-learn version, is not used: the Tagger
        runs on rules and `model_status` gives the reason. Loads are cached
        per process, keyed on the files' paths, sizes and modification times.
        """
        taxonomy_path = Path(taxonomy_path)
        model_path = Path(model_path) if model_path else None
        key = (_file_key(taxonomy_path), _file_key(model_path))
        with _CACHE_LOCK:
            cached = _CACHE.get(key)
            if cached is not None:
                return cached
            taxonomy = load_taxonomy(taxonomy_path)
            model, status = None, "no model file given"
            if model_path is not None:
                if not model_path.exists():
                    status = f"no model at {model_path}"
                else:
                    from nlp.classifier import ModelError
                    from nlp.model_files import load_model

                    try:
                        model = load_model(model_path, taxonomy.version)
                        status = f"model {model.version}"
                    except ModelError as exc:
                        status = str(exc)
            tagger = cls(taxonomy, model, status)
            _CACHE[key] = tagger
            return tagger

    @property
    def version(self) -> str:
        """Taxonomy version plus model version ("rules" without a model)."""
        model = self.model.version if self.model is not None else "rules"
        return f"taxonomy {self.taxonomy.version}; {model}"

    def analyze(self, text: str, kind: str | None = None) -> LessonAnalysis:
        return self.analyze_many([text], None if kind is None else [kind])[0]

    def analyze_many(
        self,
        texts: Iterable[str],
        kinds: Iterable[str | None] | None = None,
        reviews: Iterable[Hashable] | None = None,
    ) -> list[LessonAnalysis]:
        """Analyse each text; `kinds[i]`, when given, is the kind of lesson i (or
        None); `reviews[i]`, when given, names the review of lesson i (any
        hashable: texts with the same name are lessons of one review, and
        the model reads each one's review context from the others)."""
        texts = list(texts)
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(f"text {i} is {type(text).__name__}, not str")
        kinds = list(kinds) if kinds is not None else [None] * len(texts)
        if len(kinds) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(kinds)} kinds")
        if reviews is not None:
            reviews = list(reviews)
            if len(reviews) != len(texts):
                raise ValueError(f"{len(texts)} texts but {len(reviews)} reviews")
        with _collector_paused():
            # The pipeline's components called directly, each over a small batch
            # of Docs in turn, as Language.pipe does but without its
            # error-handler wrappers (the components keep no state between
            # Docs). A component working through a batch keeps its code and
            # tables in the processor's caches: about a tenth faster than taking
            # each Doc through the whole pipeline, best at a few dozen Docs.
            make_doc = self.nlp.make_doc
            components = [component for _, component in self.nlp.pipeline]
            analysis_of = self.analysis_of
            analyses: list[LessonAnalysis] = []
            for first in range(0, len(texts), PIPE_BATCH):
                docs = [make_doc(text) for text in texts[first : first + PIPE_BATCH]]
                for component in components:
                    docs = [component(doc) for doc in docs]
                analyses += [analysis_of(doc, kind) for doc, kind in zip(docs, kinds[first : first + PIPE_BATCH])]
            if self.model is not None and texts:
                from nlp.classifier import combine_tags

                # only the themes above their thresholds: combine_tags adds no other
                rule_themes = [a.theme_ids for a in analyses]
                with blas_on_one_thread():
                    above = self.model.above_thresholds(texts, rule_themes, reviews)
                for i, probabilities in enumerate(above):
                    if probabilities:
                        a = analyses[i]
                        analyses[i] = make_analysis(
                            combine_tags(a.tags, probabilities, self.model, self.taxonomy, self._theme_order),
                            a.age_bands,
                            a.agencies,
                        )
        return analyses

    def analysis_of(self, doc: Doc, kind: str | None = None) -> LessonAnalysis:
        """The rules' LessonAnalysis of a Doc this Tagger's pipeline (`self.nlp`) made."""
        state = state_of(doc)
        text = state.text
        group_of = self._group_of
        tags = []
        if kind is not None:
            for theme_id in self._kind_themes.get(kind, ()):
                if theme_id not in state.themes:
                    tags.append(make_tag(theme_id, group_of[theme_id], RULE_KIND, SOURCE_RULE))
        for theme_id, hits in state.themes.items():
            if len(hits) == 1:
                hit = hits[0]
                confidence = min(RULE_MAX, RULE_ABBREVIATION if hit.abbreviation else RULE_PHRASE)
                evidence: tuple[Evidence, ...] = (
                    make_evidence(text[hit.start_char : hit.end_char], hit.start_char, hit.end_char),
                )
            else:
                distinct = {h.phrase for h in hits}
                base = RULE_PHRASE if any(not h.abbreviation for h in hits) else RULE_ABBREVIATION
                confidence = min(RULE_MAX, base + RULE_EXTRA * (len(distinct) - 1))
                evidence = tuple([make_evidence(text[start:end], start, end) for _, _, start, end, _, _ in hits])
            tags.append(make_tag(theme_id, group_of[theme_id], confidence, SOURCE_RULE, evidence))
        if len(tags) > 1:
            order = self._theme_order
            tags.sort(key=lambda t: order[t.theme])
        agencies = tuple(state.agencies)
        if len(agencies) > 1:
            agencies = tuple(sorted(agencies, key=self._agency_order.__getitem__))
        return make_analysis(tuple(tags), bands_of(state.ages) if state.ages else (), agencies)
