"""Briefing stage: group similar lessons across reviews.

TF-IDF on the lesson texts (words and two-word phrases), reduced by LSA
(truncated SVD) when there are many lessons, then k-means with a fixed
random_state. The number of groups is chosen deterministically: the k from
2 to `max_clusters` (and at most a third of the lessons) with the best
silhouette score, the smaller k on a tie. Each group is labelled with the
terms that most set it apart from the rest of the selection, and its
lessons are ordered by closeness to the group's centre.

Pure: texts in, groups of indices out. The same texts give the same groups.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

RANDOM_STATE = 0
MAX_CLUSTERS = 8
MIN_LESSONS_PER_CLUSTER = 3
LABEL_TERMS = 3
PHRASE_WEIGHT = 1.5
STEM_CHARS = 5  # words alike in their first letters are taken as forms of one word
LSA_ABOVE = 60  # lessons; below this the TF-IDF vectors are clustered as they are
LSA_COMPONENTS = 100
SILHOUETTE_SAMPLE = 2000
# Words of review writing that say nothing about what a group of lessons is about.
_REVIEW_WORDS = frozenset(
    "review reviews reviewer finding findings learning lesson lessons recommendation "
    "recommendations recommend recommended should ensure ensuring need needs needed "
    "partnership partnerships partners practitioners professionals professional case "
    "local board boards evidence time times did does clear clearly able "
    # Every review is about a child and a family: these words set no group apart.
    "child children baby babies infant infants family families "
    # Verbs and adverbs of the narrative, which say what happened, not what about.
    "seen recorded held kept use used using include included including later twice spoke "
    "lives told ask asked said made given known took taken went came felt showed noted "
    "months weeks days years occasions number example way work worked working place "
    "point always often also however whether rather still already".split()
)
STOP_WORDS = frozenset(ENGLISH_STOP_WORDS | _REVIEW_WORDS)
_WORD = re.compile(r"[a-z][a-z-]*[a-z]")
# Punctuation ends a phrase: "police, social care" holds no phrase "police social".
_PHRASE_BREAK = re.compile(r"[.,;:!?()\[\]\"“”‘’/]|\s[-–—]\s")


def terms_of(text: str, ignore: frozenset[str] = frozenset()) -> list[str]:
    """The words of a text that are not stop words (nor in `ignore`), and each pair
    of such words that stand side by side (within a clause) as a two-word phrase."""
    terms: list[str] = []
    for clause in _PHRASE_BREAK.split(text.lower()):
        previous = ""
        for word in _WORD.findall(clause):
            if word in STOP_WORDS or word in ignore:
                previous = ""
                continue
            terms.append(word)
            if previous:
                terms.append(f"{previous} {word}")
            previous = word
    return terms


@dataclass(frozen=True)
class TextGroup:
    """One group: indices into the input texts, closest to the centre first."""

    members: tuple[int, ...]
    terms: tuple[str, ...]


def _vectorizer(n: int, ignore: frozenset[str]) -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer=functools.partial(terms_of, ignore=ignore),
        sublinear_tf=True,
        # With many lessons, a term must recur to characterise a group; a term
        # in most lessons characterises none.
        min_df=2 if n >= 20 else 1,
        max_df=0.7 if n >= 20 else 1.0,
        max_features=30_000,
    )


def _features(tfidf, n: int) -> np.ndarray:
    if n > LSA_ABOVE and tfidf.shape[1] > LSA_COMPONENTS:
        svd = TruncatedSVD(n_components=min(LSA_COMPONENTS, n - 1), random_state=RANDOM_STATE)
        return normalize(svd.fit_transform(tfidf))
    return normalize(tfidf.toarray())


def choose_k(features: np.ndarray, max_clusters: int = MAX_CLUSTERS) -> tuple[int, np.ndarray]:
    """The number of groups and each text's group: best silhouette, smaller k on a tie."""
    n = features.shape[0]
    top = min(max_clusters, n // MIN_LESSONS_PER_CLUSTER)
    best_k, best_labels, best_score = 1, np.zeros(n, dtype=int), -np.inf
    for k in range(2, top + 1):
        labels = KMeans(n_clusters=k, n_init=10, random_state=RANDOM_STATE).fit_predict(features)
        if len(set(labels.tolist())) < 2:
            continue
        score = silhouette_score(features, labels, sample_size=min(n, SILHOUETTE_SAMPLE), random_state=RANDOM_STATE)
        # Rounded, so that float noise never decides between two k.
        score = round(float(score), 6)
        if score > best_score:
            best_k, best_labels, best_score = k, labels, score
    return best_k, best_labels


def _stem(word: str) -> str:
    return word[:STEM_CHARS]


def _label_terms(presence, members: np.ndarray, names: np.ndarray) -> tuple[str, ...]:
    """The terms that most set a group apart: found in many of its lessons and in
    few lessons overall (the share of the group holding the term, times the
    term's inverse document frequency over the whole selection)."""
    n = presence.shape[0]
    inside = np.asarray(presence[members].sum(axis=0)).ravel()
    overall = np.asarray(presence.sum(axis=0)).ravel()
    idf_score = (inside / len(members)) * (np.log((1 + n) / (1 + overall)) + 1)
    is_phrase = np.array([" " in name for name in names], dtype=bool)
    # A two-word phrase is more telling than either of its words alone, when it recurs.
    idf_score = idf_score * np.where(is_phrase, PHRASE_WEIGHT, 1.0)
    idf_score[is_phrase & (overall < 2)] = 0
    # A term of a single lesson says nothing of a group of several, unless no
    # term is shared at all.
    score = idf_score.copy()
    score[inside < min(2, len(members))] = 0
    if not (score > 0).any():
        score = idf_score
    order = sorted(range(len(names)), key=lambda i: (-round(float(score[i]), 9), names[i]))
    chosen: list[str] = []
    for i in order:
        if score[i] <= 0 or len(chosen) == LABEL_TERMS:
            break
        term = str(names[i])
        words = term.split()
        if any(term in c.split() for c in chosen):  # a word of a chosen phrase
            continue
        if len(words) > 1:
            if any(set(words) & set(c.split()) for c in chosen if " " in c):
                continue  # overlaps a chosen phrase ("safer sleep", "sleep advice")
            # The phrase takes the place of its words ("social worker", not "worker, social").
            chosen = [c for c in chosen if c not in words]
        elif any(_stem(term) in {_stem(w) for w in c.split()} for c in chosen):
            continue  # another form of a chosen word ("bruise" after "bruising")
        chosen.append(term)
    return tuple(chosen)


def group_texts(
    texts: Sequence[str], max_clusters: int = MAX_CLUSTERS, ignore: Iterable[str] = ()
) -> tuple[TextGroup, ...]:
    """Group texts by similarity; largest groups are not ordered here (the caller does).

    Words in `ignore` (lower case; e.g. the children's pseudonyms) are left out,
    so that no group is named after one child."""
    # One BLAS/OpenMP thread: the sums then run in one order on any machine (the
    # same groups everywhere), and these small matrices gain nothing from threads
    # but lose much when the cores are busy.
    with threadpool_limits(limits=1):
        return _group_texts(texts, max_clusters, frozenset(w.lower() for w in ignore))


def _group_texts(texts: Sequence[str], max_clusters: int, ignore: frozenset[str]) -> tuple[TextGroup, ...]:
    n = len(texts)
    if n == 0:
        return ()
    try:
        vectorizer = _vectorizer(n, ignore)
        tfidf = vectorizer.fit_transform(texts)
        names = vectorizer.get_feature_names_out()
    except ValueError:  # no word left after stop words: one group, unlabelled
        return (TextGroup(tuple(range(n)), ()),)
    features = _features(tfidf, n)
    _, labels = choose_k(features, max_clusters)
    presence = (tfidf > 0).astype(np.float64).tocsr()
    groups: list[TextGroup] = []
    for label in sorted(set(labels.tolist())):
        members = np.flatnonzero(labels == label)
        centre = normalize(features[members].mean(axis=0, keepdims=True))[0]
        closeness = features[members] @ centre
        ordered = sorted(zip(members.tolist(), closeness.tolist()), key=lambda m: (-round(m[1], 9), m[0]))
        groups.append(
            TextGroup(
                tuple(i for i, _ in ordered),
                _label_terms(presence, members, names),
            )
        )
    return tuple(groups)


def label_from_terms(terms: Sequence[str]) -> str:
    """ "Skeletal survey, sentinel injuries, bruising" from the terms."""
    if not terms:
        return "Other lessons"
    text = ", ".join(terms)
    return text[:1].upper() + text[1:]
