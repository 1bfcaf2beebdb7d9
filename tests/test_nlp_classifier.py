"""Tagging stage: the scikit-learn theme model, its files, and how it joins the rules."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
import sklearn

from nlp.classifier import MAX_MODEL_TAGS, ModelError
from nlp.gold import read_theme_gold
from nlp.model_evaluation import cross_validate_by_review, score_sets
from nlp.model_files import load_model, read_header, save_model
from nlp.model_training import train
from nlp.records import SOURCE_MODEL, SOURCE_RULE
from nlp.tagger import Tagger
from nlp.taxonomy import load_taxonomy
from search_app.settings import PROJECT_ROOT

TAXONOMY = PROJECT_ROOT / "taxonomy.yaml"

# No phrase of the taxonomy is in these texts: only a model can learn them.
TRAINING = (
    [
        (f"The lantern meeting {i} reviewed the {w} plan again.", ["review.system_learning"])
        for i, w in enumerate(["amber", "blue", "green", "violet", "silver", "copper", "ivory", "jade"])
    ]
    + [
        (f"The orchard visit {i} found the {w} garden untidy.", ["fam.poverty_housing"])
        for i, w in enumerate(["north", "south", "east", "west", "upper", "lower", "inner", "outer"])
    ]
    + [
        ("A quiet afternoon with nothing notable.", []),
        ("The weather was mild and dry.", []),
    ]
)


@pytest.fixture(scope="module")
def taxonomy():
    return load_taxonomy(TAXONOMY)


@pytest.fixture(scope="module")
def model(taxonomy):
    texts, labels = zip(*TRAINING)
    return train(texts, labels, taxonomy_version=taxonomy.version)


def test_model_learns_themes_without_phrases(model):
    assert set(model.themes) == {"review.system_learning", "fam.poverty_housing"}
    lantern, orchard, other = model.predict_proba(
        ["Another lantern meeting reviewed the plan.", "An orchard visit to the garden.", "Mild weather."]
    )
    assert lantern["review.system_learning"] > 0.5 > lantern["fam.poverty_housing"]
    assert orchard["fam.poverty_housing"] > 0.5 > orchard["review.system_learning"]
    assert max(other.values()) < lantern["review.system_learning"]
    assert model.predict_proba([]) == []


def test_training_needs_examples():
    with pytest.raises(ModelError, match="no theme has 2 or more"):
        train(["one text", "another"], [["harm.neglect"], []])
    with pytest.raises(ModelError, match="2 texts but 1 label sets"):
        train(["one text", "another"], [["harm.neglect"]])


def test_save_and_load_round_trip(model, taxonomy, tmp_path):
    path = tmp_path / "models" / "theme_model.pkl"
    save_model(model, path, taxonomy.version)
    header = read_header(path)
    assert header["taxonomy_version"] == taxonomy.version
    assert header["sklearn_version"] == sklearn.__version__
    loaded = load_model(path, taxonomy.version)
    assert loaded.themes == model.themes and loaded.version == model.version
    text = ["The lantern meeting reviewed it."]
    assert loaded.predict_proba(text) == model.predict_proba(text)


def test_model_for_another_taxonomy_is_refused(model, taxonomy, tmp_path):
    path = tmp_path / "theme_model.pkl"
    save_model(model, path, "0.9.0+deadbeef")
    with pytest.raises(ModelError, match=r"trained for taxonomy 0\.9\.0\+deadbeef.*retrain it with `lessons train`"):
        load_model(path, taxonomy.version)


def test_model_from_another_scikit_learn_is_refused(model, taxonomy, tmp_path):
    path = tmp_path / "theme_model.pkl"
    save_model(model, path, taxonomy.version)
    with path.open("rb") as fh:
        header, payload = pickle.load(fh), pickle.load(fh)
    header["sklearn_version"] = "0.24.2"
    with path.open("wb") as fh:
        pickle.dump(header, fh)
        pickle.dump(payload, fh)
    with pytest.raises(ModelError, match=rf"saved with scikit-learn 0\.24\.2, but {sklearn.__version__} is installed"):
        load_model(path, taxonomy.version)


def test_files_that_are_not_models_are_refused(taxonomy, tmp_path):
    junk = tmp_path / "junk.pkl"
    junk.write_bytes(b"not a pickle at all")
    with pytest.raises(ModelError, match="not a theme model file"):
        load_model(junk, taxonomy.version)
    with pytest.raises(ModelError, match="no model file"):
        load_model(tmp_path / "absent.pkl", taxonomy.version)


def test_tagger_uses_a_matching_model_and_keeps_rule_tags(model, taxonomy, tmp_path):
    path = tmp_path / "theme_model.pkl"
    save_model(model, path, taxonomy.version)
    tagger = Tagger.load(TAXONOMY, path)
    assert tagger.model is not None and tagger.version.endswith(model.version)
    analysis = tagger.analyze("Domestic abuse was discussed at the lantern meeting.")
    by_theme = {t.theme: t for t in analysis.tags}
    assert by_theme["fam.domestic_abuse"].source == SOURCE_RULE
    learned = by_theme["review.system_learning"]
    assert learned.source == SOURCE_MODEL and learned.evidence == () and learned.confidence >= 0.5
    assert learned.group == "review"
    assert len([t for t in analysis.tags if t.source == SOURCE_MODEL]) <= MAX_MODEL_TAGS


def test_tagger_falls_back_to_rules_when_the_model_does_not_match(model, tmp_path):
    path = tmp_path / "theme_model.pkl"
    save_model(model, path, "0.9.0+deadbeef")
    tagger = Tagger.load(TAXONOMY, path)
    assert tagger.model is None and "retrain" in tagger.model_status
    assert all(t.source == SOURCE_RULE for t in tagger.analyze("The lantern meeting. Domestic abuse.").tags)


def test_scores():
    micro, per_theme = score_sets([{"a", "b"}, {"a"}], [{"a"}, {"a", "c"}])
    assert (micro.precision, micro.recall, micro.support) == (round(2 / 3, 4), round(2 / 3, 4), 3)
    assert per_theme["b"].recall == 0.0 and per_theme["c"].precision == 0.0


def test_cross_validation_by_review_on_the_gold_corpus(taxonomy):
    lessons, problems = read_theme_gold([PROJECT_ROOT / "corpus"], {t.id for t in taxonomy.themes})
    assert lessons, "no theme gold in the corpus"

    assert not [p for p in problems if "cannot read" in p]
    reviews = [lesson.review for lesson in lessons]
    rules = [a.theme_ids for a in Tagger.load(TAXONOMY).analyze_many([lesson.tagged_text for lesson in lessons])]
    cv = cross_validate_by_review(
        [lesson.tagged_text for lesson in lessons],
        [lesson.themes for lesson in lessons],
        reviews,
        n_splits=3,
        rule_tags=rules,
    )
    assert cv.folds == 3 and cv.lessons == len(lessons)
    assert cv.micro.support == sum(len(lesson.themes) for lesson in lessons)
    assert 0.0 <= cv.micro.f1 <= 1.0 and cv.rules_micro is not None and cv.combined_micro is not None
    # the model adds far more right themes than its veto drops
    assert cv.combined_micro.recall > cv.rules_micro.recall and cv.combined_micro.f1 > cv.rules_micro.f1
    # iterating gives the combined out-of-fold predictions, lesson by lesson
    assert len(cv) == len(lessons)
    gold = [set(lesson.themes) for lesson in lessons]
    vetoed = [(t in g) for rule, p, g in zip(rules, cv, gold) for t in set(rule) - p]
    kept = [(t in g) for rule, p, g in zip(rules, cv, gold) for t in set(rule) & p]
    # the rule tags the model vetoes are mostly wrong, the ones it keeps mostly right
    assert vetoed and sum(vetoed) / len(vetoed) < 0.5 < sum(kept) / len(kept)
    assert score_sets([set(lesson.themes) for lesson in lessons], list(cv))[0] == cv.combined_micro


def test_cross_validation_finds_rule_tags_from_a_taxonomy_file():
    texts = [f"Neglect of child {i}. The lantern meeting {i}." for i in range(6)]
    labels = [["harm.neglect", "review.system_learning"]] * 6
    cv = cross_validate_by_review(texts, labels, ["r1", "r1", "r2", "r2", "r3", "r3"], TAXONOMY)
    assert cv.rules_micro is not None and cv.rules_micro.recall == 0.5
    assert all("harm.neglect" in prediction for prediction in cv)


def test_cross_validation_needs_two_reviews():
    with pytest.raises(ModelError, match="at least two reviews"):
        cross_validate_by_review(["a", "b"], [["harm.neglect"], ["harm.neglect"]], ["r1", "r1"])


def test_read_gold_reports_bad_files_and_unknown_themes(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "good.json").write_text(
        '{"lessons": [{"text": "Neglect.", "themes": ["harm.neglect", "harm.unknown"]}, {"text": "", "themes": []}]}',
        encoding="utf-8",
    )
    (gold / "broken.json").write_text("{", encoding="utf-8")
    (tmp_path / "themes").mkdir()
    (tmp_path / "themes" / "bank.jsonl").write_text(
        '{"id": "r9-1", "review": "r9", "kind": "finding", "heading": "Home", "text": "Dirty.", "themes": ["harm.neglect"]}\n'
        "not json\n",
        encoding="utf-8",
    )
    lessons, problems = read_theme_gold([tmp_path / "gold"], {"harm.neglect"})
    assert [(g.review, g.id, g.tagged_text, g.themes) for g in lessons] == [
        ("good", "good#0", "Neglect.", ("harm.neglect",)),
        ("r9", "r9-1", "Home. Dirty.", ("harm.neglect",)),
    ]
    assert len(problems) == 4
    assert any("broken.json" in p and "cannot read" in p for p in problems)
    assert any("harm.unknown" in p for p in problems)
    assert any("bank.jsonl" in p and "line 2" in p for p in problems)


def test_the_threshold_is_tuned_on_the_training_reviews_and_used_when_combining(taxonomy):
    from nlp.classifier import THRESHOLD, THRESHOLD_GRID, combine_tags

    texts, labels = zip(*TRAINING)
    groups = [f"review{i % 4}" for i in range(len(texts))]
    tuned = train(texts, labels, taxonomy_version=taxonomy.version, groups=groups)
    assert tuned.threshold in THRESHOLD_GRID and tuned.thresholds == {}
    assert train(texts, labels).threshold == THRESHOLD  # without reviews nothing is tuned
    assert train(texts, labels, groups=groups, tune=False).threshold == THRESHOLD
    tuned.threshold = 0.5
    tags = combine_tags((), {"review.system_learning": 0.8, "fam.poverty_housing": 0.2}, tuned, taxonomy)
    assert [(t.theme, t.source, t.confidence) for t in tags] == [("review.system_learning", SOURCE_MODEL, 0.8)]
    tuned.thresholds = {"review.system_learning": 0.9, "fam.poverty_housing": 0.1}
    tags = combine_tags((), {"review.system_learning": 0.8, "fam.poverty_housing": 0.2}, tuned, taxonomy)
    assert [t.theme for t in tags] == ["fam.poverty_housing"]


def test_the_veto_drops_a_rule_tag_the_model_doubts_but_never_one_from_the_lessons_kind(taxonomy):
    from nlp.classifier import VETO_GRID, combine_sets, combine_tags
    from nlp.records import Evidence, Tag

    texts, labels = zip(*TRAINING)
    groups = [f"review{i % 4}" for i in range(len(texts))]
    model = train(texts, labels, taxonomy_version=taxonomy.version, groups=groups)
    assert model.veto in VETO_GRID
    model.veto, model.threshold = 0.5, 0.9
    words = Tag("fam.poverty_housing", "fam", 0.9, SOURCE_RULE, (Evidence("untidy", 0, 6),))
    kind = Tag("review.system_learning", "review", 0.95, SOURCE_RULE)  # from the lesson's kind: no evidence
    probabilities = {"fam.poverty_housing": 0.2, "review.system_learning": 0.1}
    assert combine_tags((words, kind), probabilities, model, taxonomy) == (kind,)
    assert combine_tags((words,), {"fam.poverty_housing": 0.6}, model, taxonomy) == (words,)
    # the same policy on theme ids, as the evaluation scores it
    text = "The lantern meeting reviewed the amber plan again."
    doubted = combine_sets(model, [text], [{"fam.poverty_housing"}])
    protected = combine_sets(model, [text], [{"fam.poverty_housing"}], protected=[{"fam.poverty_housing"}])
    # the model adds the theme it is sure of (0.98 against the threshold 0.9) either way
    assert doubted == [{"review.system_learning"}]
    assert protected == [{"fam.poverty_housing", "review.system_learning"}]


def test_the_per_theme_calibration_is_folded_into_the_weights(taxonomy):
    """Each theme's calibration (a * score + b * rule tag + c * review context + d),
    learnt by the inner cross-validation, is part of the saved weights: the
    calibrated model's scores are the plain model's put through it."""
    from nlp.model_training import _calibration_inputs

    texts, labels = zip(*TRAINING)
    groups = [f"review{i % 4}" for i in range(len(texts))]
    rules = [{"review.system_learning"} if i % 3 == 0 else set() for i in range(len(texts))]
    plain = train(texts, labels, groups=groups, rule_tags=rules, calibrate=False)
    calibrated = train(texts, labels, groups=groups, rule_tags=rules)
    assert plain.calibration is None
    assert calibrated.calibration.shape == (len(calibrated.themes), 4)
    assert not np.allclose(calibrated.calibration, [1.0, 0.0, 0.0, 0.0])  # it did change the scores
    probe = ["The lantern meeting reviewed the plan.", "The orchard garden was untidy.", "Mild weather again."]
    probe_rules = [{"review.system_learning"}, set(), {"review.system_learning"}]
    probe_groups = ["r", "r", "s"]
    raw = plain.scores(probe, probe_rules, probe_groups)
    ruled, context = _calibration_inputs(raw, calibrated.themes, probe_rules, probe_groups)
    a, b, c, d = calibrated.calibration.T
    assert np.allclose(calibrated.scores(probe, probe_rules, probe_groups), a * raw + b * ruled + c * context + d)


def test_a_model_file_of_an_older_format_is_refused(model, taxonomy, tmp_path):
    path = tmp_path / "theme_model.pkl"
    save_model(model, path, taxonomy.version)
    with path.open("rb") as fh:
        header, payload = pickle.load(fh), pickle.load(fh)
    header["format"] = 1
    with path.open("wb") as fh:
        pickle.dump(header, fh)
        pickle.dump(payload, fh)
    with pytest.raises(ModelError, match=r"file format 1, this version reads format \d+; retrain it"):
        load_model(path, taxonomy.version)
    tagger = Tagger.load(TAXONOMY, path)
    assert tagger.model is None and "retrain" in tagger.model_status


# ---------------------------------------------------------------- rule and review-context features


def test_context_shares_are_the_other_lessons_of_the_review():
    from nlp.model_features import context_shares, rule_matrix

    found = rule_matrix([{"a"}, {"a", "b"}, {"b"}, {"a"}, {"zzz"}], {"a": 0, "b": 1})
    assert found.tolist() == [[1, 0], [1, 1], [0, 1], [1, 0], [0, 0]]
    shares = context_shares(found, ["r1", "r1", "r1", "r2", "r3"])
    assert shares[0].tolist() == [0.5, 1.0] and shares[2].tolist() == [1.0, 0.5]
    assert shares[3].tolist() == [0.0, 0.0] and shares[4].tolist() == [0.0, 0.0]  # alone in its review
    assert not context_shares(found, None).any()
    with pytest.raises(ValueError, match="5 texts but 2 review names"):
        context_shares(found, ["r1", "r2"])


@pytest.fixture(scope="module")
def context_model(taxonomy):
    """The model as `lessons train` makes it: gold lessons, their rule tags and reviews."""
    lessons, _ = read_theme_gold([PROJECT_ROOT / "corpus"], {t.id for t in taxonomy.themes})
    assert lessons, "no theme gold in the corpus"
    texts = [l.tagged_text for l in lessons]
    rules = [a.theme_ids for a in Tagger(taxonomy).analyze_many(texts, [l.kind for l in lessons])]
    model = train(
        texts,
        [l.themes for l in lessons],
        taxonomy_version=taxonomy.version,
        groups=[l.review for l in lessons],
        rule_tags=rules,
        tune=False,
    )
    return model, lessons, rules


def test_review_context_raises_the_reviews_subject_themes(context_model):
    model, lessons, rules = context_model
    assert model.rule_themes and model.rule_weights.shape == (2 * len(model.rule_themes), len(model.themes))
    text = "The case was closed six weeks after the conference because attendance had improved."
    # the same lesson, alone and among lessons the rules tag with neglect
    others = [
        "Neglect of the children's basic needs was not recognised.",
        "The neglect assessment tool was not used and the home conditions were not seen.",
    ]
    alone = model.predict_proba([text], [set()], None)[0]
    among = model.predict_proba([text] + others, [set(), {"harm.neglect"}, {"harm.neglect"}], ["r", "r", "r"])[0]
    assert among["harm.neglect"] > alone["harm.neglect"]
    # with context from another review's lessons nothing changes for this one
    apart = model.predict_proba([text] + others, [set(), {"harm.neglect"}, {"harm.neglect"}], ["r", "s", "s"])[0]
    assert apart == alone


def test_rule_features_carry_label_co_occurrence(context_model):
    model, _, _ = context_model
    text = "Advice was given at the new birth visit."
    without = model.predict_proba([text], [set()])[0]
    with_injury = model.predict_proba([text], [{"harm.nai_infant"}])[0]
    # the gold tags an injured non-mobile baby with the babies' vulnerability too (LABELLING.md, Decision 21)
    assert with_injury["vuln.babies_infants"] > without["vuln.babies_infants"]


def test_a_model_with_context_loads_and_tags_lone_texts_and_whole_reviews(context_model, taxonomy, tmp_path):
    from nlp.classifier import combine_tags

    model, lessons, rules = context_model
    path = tmp_path / "theme_model.pkl"
    save_model(model, path, taxonomy.version)
    tagger = Tagger.load(TAXONOMY, path)
    assert tagger.model is not None and tagger.model.rule_themes == model.rule_themes
    texts = [l.text for l in lessons[:40]]
    kinds = [l.kind for l in lessons[:40]]
    reviews = [l.review for l in lessons[:40]]
    lone = tagger.analyze(texts[0], kinds[0])
    assert [lone] == tagger.analyze_many(texts[:1], kinds[:1]) == tagger.analyze_many(texts[:1], kinds[:1], ["x"])
    rules_only = Tagger(taxonomy).analyze_many(texts, kinds)
    order = {t.id: i for i, t in enumerate(taxonomy.themes)}
    probabilities = model.predict_proba(texts, [a.theme_ids for a in rules_only], reviews)
    expected = [combine_tags(a.tags, p, model, taxonomy, order) for a, p in zip(rules_only, probabilities)]
    got = tagger.analyze_many(texts, kinds, reviews)
    assert [a.tags for a in got] == expected
    for analysis, rule_analysis in zip(got, rules_only):
        assert [t for t in analysis.tags if t.source == SOURCE_RULE] == list(rule_analysis.tags)  # kept, with evidence
        assert all(0 < t.confidence < 1 and not t.evidence for t in analysis.tags if t.source == SOURCE_MODEL)
    with pytest.raises(ValueError, match="40 texts but 2 reviews"):
        tagger.analyze_many(texts, kinds, ["a", "b"])


# ---------------------------------------------------------------- fast features


@pytest.fixture(scope="module")
def gold_model_and_texts():
    lessons, _ = read_theme_gold([PROJECT_ROOT / "corpus"])
    texts = [l.tagged_text for l in lessons]
    return train(texts, [l.themes for l in lessons]), texts


ODD_TEXTS = [
    "",
    "   ",
    "a",
    "I",
    "Ünïcödé  naïve CAFÉ\u00a0x\u2009y\tz\n\nw",
    "under_score 12 3x x_y 2024-25",
    "AB CD ab-cd ab-cd ab-cd",
    "self-harm self-harm self-harm; SELF-HARM.",
    "İstanbul ǅ ß ﬁ",
]


def test_fast_features_equal_scikit_learns_on_the_gold_lessons(gold_model_and_texts):
    from nlp.features import FastTfidf

    model, texts = gold_model_and_texts
    texts = texts + ODD_TEXTS
    fast = FastTfidf.of(model.vectorizer)
    assert fast is not None
    theirs = model.vectorizer.transform(texts)
    ours = fast.transform(texts)
    assert ours.shape == theirs.shape
    assert abs(ours - theirs).max() < 1e-12
    assert (abs(ours - theirs) > 1e-12).nnz == 0 and ours.nnz == theirs.nnz
    scores = fast.dot(texts, model.weights)
    assert abs(scores - (theirs @ model.weights)).max() < 1e-9
    # one text at a time, after the batch filled the word cache: the same rows
    assert abs(fast.transform(texts[:1]) - theirs[:1]).max() < 1e-12


def test_predict_proba_uses_the_fast_features_and_they_are_not_saved(tmp_path, taxonomy, gold_model_and_texts):
    model, texts = gold_model_and_texts
    sample = texts[:40] + ODD_TEXTS
    probabilities = model.predict_proba(sample)
    assert model.__dict__.get("_fast")  # built on first use
    reference = 1.0 / (1.0 + np.exp(-((model.vectorizer.transform(sample) @ model.weights) + model.bias)))
    for row, expected in zip(probabilities, reference):
        assert max(abs(row[t] - p) for t, p in zip(model.themes, expected.tolist())) < 1e-9
    path = tmp_path / "model.pkl"
    save_model(model, path, taxonomy.version)
    loaded = load_model(path, taxonomy.version)
    assert "_fast" not in loaded.__dict__
    assert loaded.predict_proba(sample) == probabilities


def test_a_vectorizer_the_fast_features_do_not_reproduce_is_left_to_scikit_learn():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    from nlp.features import FastTfidf

    texts = ["the child was seen", "the baby was not seen", "a home visit"]
    for odd in (
        TfidfVectorizer(stop_words="english"),
        TfidfVectorizer(analyzer="char"),
        TfidfVectorizer(strip_accents="unicode"),
        TfidfVectorizer(binary=True),
    ):
        union = FeatureUnion([("x", odd)]).fit(texts)
        assert FastTfidf.of(union) is None
    # settings it does reproduce, each by its own path: n-grams by unigram
    # columns, a custom token pattern, n-grams as strings (a df cut dropped a word)
    more = texts + ["the child was seen again", "the child, the baby: seen"]
    for plain in (
        TfidfVectorizer(ngram_range=(1, 3)),
        TfidfVectorizer(token_pattern=r"(?u)\b\w+\b", ngram_range=(1, 2)),
        TfidfVectorizer(ngram_range=(1, 2), max_df=0.6),
        TfidfVectorizer(ngram_range=(2, 2)),
    ):
        union = FeatureUnion([("x", plain)]).fit(more)
        assert abs(FastTfidf.of(union).transform(more) - union.transform(more)).max() < 1e-12


def test_the_tagger_with_a_model_gives_what_predict_proba_and_combine_tags_give(gold_model_and_texts, taxonomy):
    from nlp.classifier import combine_tags

    model, texts = gold_model_and_texts
    texts = texts[::3] + ODD_TEXTS
    with_model = Tagger(taxonomy, model, "test model")
    rules_only = Tagger(taxonomy)
    order = {t.id: i for i, t in enumerate(taxonomy.themes)}
    expected = [
        combine_tags(a.tags, p, model, taxonomy, order)
        for a, p in zip(rules_only.analyze_many(texts), model.predict_proba(texts))
    ]
    got = with_model.analyze_many(texts)
    assert [a.tags for a in got] == expected
    assert sum(1 for a in got for t in a.tags if t.source == SOURCE_MODEL) > 10  # the model did add tags
    # in batches smaller than the input, the same
    import nlp.classifier as classifier

    saved, classifier.MODEL_BATCH = classifier.MODEL_BATCH, 7
    try:
        assert [a.tags for a in with_model.analyze_many(texts)] == expected
    finally:
        classifier.MODEL_BATCH = saved


# ---------------------------------------------------------------- lesson vectors


@pytest.fixture(scope="module")
def vector_model(taxonomy):
    """The model as `lessons train` makes it: with the lesson vectors (nlp/embeddings.py) of the real model."""
    from nlp.embeddings import distill

    lessons, _ = read_theme_gold([PROJECT_ROOT / "corpus"], {t.id for t in taxonomy.themes})
    texts = [l.tagged_text for l in lessons]
    rules = [a.theme_ids for a in Tagger(taxonomy).analyze_many(texts, [l.kind for l in lessons])]
    model = train(
        texts,
        [l.themes for l in lessons],
        taxonomy_version=taxonomy.version,
        groups=[l.review for l in lessons],
        rule_tags=rules,
        tune=False,
        make_embedder=distill,
    )
    return model, texts


def test_lesson_vectors_are_features_saved_with_the_model(vector_model, taxonomy, tmp_path):
    from nlp.embeddings import StaticVectors

    model, texts = vector_model
    assert isinstance(model.embedder, StaticVectors)
    assert model.embedding_weights.shape == (model.embedder.vectors.shape[1], len(model.themes))
    assert np.abs(model.embedding_weights).max() > 0.5  # the vectors carry weight, not noise
    path = tmp_path / "theme_model.pkl"
    save_model(model, path, taxonomy.version)
    loaded = load_model(path, taxonomy.version)
    sample = texts[:30]
    assert np.allclose(loaded.scores(sample), model.scores(sample))
    without = model.scores(sample) - model.embedding_scale * (model.embedder.embed(sample) @ model.embedding_weights)
    assert not np.allclose(without, model.scores(sample))


UNNAMED_VOICE = "Nobody asked Leah what life at home was like, and her wishes were written down as her mother's."


def test_a_lesson_about_a_theme_it_does_not_name_gets_it_from_the_model_with_vectors(vector_model, taxonomy):
    # Trained on the 1,825-lesson gold the words alone missed this lesson; on
    # twice the gold they find it too, so the vector's part is shown by the
    # next test (its strongest features), not by comparing the two models.
    from nlp.classifier import combine_tags

    model, _ = vector_model
    rules = Tagger(taxonomy).analyze(UNNAMED_VOICE)
    assert "voice.voice_of_child" not in rules.theme_ids  # no phrase of the theme's is in it
    with_vectors = model.predict_proba([UNNAMED_VOICE], [rules.theme_ids])[0]["voice.voice_of_child"]
    assert with_vectors >= model.threshold
    tags = combine_tags(rules.tags, {"voice.voice_of_child": with_vectors}, model, taxonomy)
    assert any(t.theme == "voice.voice_of_child" and t.source == SOURCE_MODEL for t in tags)


def test_a_model_tag_is_explained_by_its_strongest_features(vector_model, taxonomy):
    model, _ = vector_model
    rules = Tagger(taxonomy).analyze(UNNAMED_VOICE).theme_ids
    features = model.strongest_features(UNNAMED_VOICE, "voice.voice_of_child", rules)
    names = [name for name, _ in features]
    assert 0 < len(features) <= 5 and all(weight > 0 for _, weight in features)
    assert "lesson vector" in names  # the meaning carries it, not a phrase
    assert model.strongest_features(UNNAMED_VOICE, "no.such_theme") == []
