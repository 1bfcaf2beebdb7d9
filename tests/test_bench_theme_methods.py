"""bench.theme_methods' fifth-round pieces: the sentence split, the MLP first stage and the learning curve."""

import numpy as np

from bench import theme_dev
from bench.theme_dev import Dev
from bench.theme_methods import learning_curve
from bench.theme_sentences import _MLP, split_sentences
from bench.theme_stages import Lookup


def test_split_sentences_at_end_punctuation_before_a_capital():
    text = "The GP did not refer. Police were told; Nobody followed it up! e.g. not this. 3 visits were missed."
    assert split_sentences(text) == [
        "The GP did not refer.",
        "Police were told;",
        "Nobody followed it up! e.g. not this.",  # no capital after it: not a sentence end
        "3 visits were missed.",
    ]
    assert split_sentences("no capital after the stop. here") == ["no capital after the stop. here"]


def _toy_dev() -> Dev:
    """Ten reviews of six lessons; a lesson about sleep carries the sleep theme,
    one about a father the male-carers theme."""
    texts, gold, reviews = [], [], []
    for r in range(10):
        for k in range(6):
            if k % 2:
                texts.append(f"Review {r}: the baby was put to sleep on a sofa, lesson {k}.")
                gold.append({"harm.sudi_safer_sleep"})
            else:
                texts.append(f"Review {r}: the father was never seen by the health visitor, lesson {k}.")
                gold.append({"fam.male_carers"})
            reviews.append(f"r{r}")
    rules = [set() for _ in texts]
    return Dev(texts, gold, reviews, rules, [set() for _ in texts], key="toy")


def test_mlp_first_stage_learns_the_toy_themes():
    dev = _toy_dev()
    idx = np.arange(len(dev))
    train, test = idx[idx % 10 < 7], idx[idx % 10 >= 7]
    themes = ("fam.male_carers", "harm.sudi_safer_sleep")
    vectors = np.eye(len(dev), 8, dtype=np.float32)
    mlp = _MLP(
        [dev.texts[i] for i in train],
        [dev.gold[i] for i in train],
        themes,
        1.0,
        [dev.rules[i] for i in train],
        [dev.reviews[i] for i in train],
        Lookup(dev.texts, vectors),
        hidden=(16,),
        svd=8,
        epochs=300,
    )
    p = mlp.probabilities([dev.texts[i] for i in test], [dev.rules[i] for i in test], [dev.reviews[i] for i in test])
    assert p.shape == (len(test), 2)
    predicted = [themes[int(np.argmax(row))] for row in p]
    assert predicted == [next(iter(dev.gold[i])) for i in test]


def test_learning_curve_trains_on_nested_shares(monkeypatch):
    dev = _toy_dev()
    monkeypatch.setattr(theme_dev, "FOLDS", 2)  # the outer folds are made in theme_dev
    rows = learning_curve(dev, [0.5, 1.0])
    assert [r["share"] for r in rows] == [0.5, 1.0]
    assert rows[-1]["micro_f1"] > 0.9  # the toy themes are in the words
