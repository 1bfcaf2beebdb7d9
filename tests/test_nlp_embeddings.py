"""Meaning stage: the numpy forward pass of all-MiniLM-L6-v2 (nlp/embeddings.py), on the real model."""

from __future__ import annotations

import numpy as np
import pytest

from nlp.embeddings import DIMENSIONS, MAX_TOKENS, distill, embed_query, embed_texts, encoder


def test_published_similarities():
    # sentence-transformers' quick start prints these cosines for all-MiniLM-L6-v2
    vectors = embed_texts(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."])
    sims = vectors @ vectors.T
    assert sims[0, 1] == pytest.approx(0.6660, abs=5e-4)
    assert sims[0, 2] == pytest.approx(0.1046, abs=5e-4)
    assert sims[1, 2] == pytest.approx(0.1411, abs=5e-4)


def test_unit_length_and_shape():
    vectors = embed_texts(["A short one.", "A much longer sentence about a health visitor's home visits. " * 3])
    assert vectors.shape == (2, DIMENSIONS) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embed_texts([]).shape == (0, DIMENSIONS)


def test_a_text_vector_does_not_depend_on_its_batch():
    texts = [
        "The school nurse noticed the bruising.",
        "Police shared the domestic abuse notification with the health visitor the same day, as the protocol asks.",
        "No one asked the child what life at home was like.",
    ]
    together = embed_texts(texts)
    alone = np.stack([embed_query(t) for t in texts])
    assert np.abs(together - alone).max() < 1e-5


def test_paraphrases_near_and_other_subjects_far():
    a, b, c = embed_texts(
        [
            "Nobody spoke to the child about how they felt at home.",
            "Professionals did not ask the young person for their own views of family life.",
            "The council's housing department was slow to repair the damp flat.",
        ]
    )
    assert a @ b > 0.5 > a @ c + 0.2


def test_long_texts_are_truncated_not_refused():
    long = "The family moved between three local authorities and the records did not follow. " * 80
    assert len(encoder().tokenizer.encode(long).ids) == MAX_TOKENS
    assert np.isfinite(embed_query(long)).all()


def test_bad_input_is_a_clear_error():
    with pytest.raises(TypeError, match="text 1 is int"):
        embed_texts(["fine", 3])  # type: ignore[list-item]


def test_static_vectors_keep_meaning():
    pieces = np.random.default_rng(0).normal(size=(encoder().word.shape[0], 32)).astype(np.float32)
    static = distill(["the the the baby"], pieces=pieces, dimensions=8)
    vectors = static.embed(["the baby", "", "baby"])
    assert vectors.shape == (3, 8)
    assert not vectors[1].any()  # no pieces, no direction
    # "the" is frequent in the training texts, so it weighs less than "baby"
    assert vectors[0] @ vectors[2] > 0.9


def test_sentence_vectors_for_the_theme_model_are_the_encoders_kept_per_text():
    import pickle

    from nlp.embeddings import SentenceVectors

    texts = ["The health visitor saw the baby at home.", "Supervision did not challenge the plan."]
    vectors = SentenceVectors()
    first = vectors.embed(texts + texts[:1])
    assert np.array_equal(first[0], first[2])
    assert np.abs(first[:2] - embed_texts(texts)).max() < 1e-6
    again = pickle.loads(pickle.dumps(vectors))  # what a saved theme model holds
    assert np.array_equal(again.embed(texts), first[:2])
    assert vectors.embed([]).shape == (0, DIMENSIONS)


def test_a_model_trained_with_other_weights_is_refused():
    from nlp.embeddings import EmbeddingError, SentenceVectors

    vectors = SentenceVectors()
    vectors.digest = "0" * 16
    with pytest.raises(EmbeddingError, match="retrain it with `lessons train`"):
        vectors.embed(["text"])


def test_lesson_vector_settings():
    from nlp.embeddings import EmbeddingError, distill, embedder_maker

    assert embedder_maker("none") is None
    assert embedder_maker("static") is distill
    assert embedder_maker("sentence")(["any"]).embed(["A lesson."]).shape == (1, DIMENSIONS)
    with pytest.raises(EmbeddingError, match="choose one of none, static, sentence"):
        embedder_maker("bert")
