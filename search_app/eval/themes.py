"""Evaluation, themes: the tagger's themes against the theme gold, and the annotators' agreement."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from nlp.gold import GoldLesson, is_held_out
from search_app.eval.extraction import _prf
from search_app.settings import Settings


def theme_scores(
    gold_sets: Sequence[Iterable[str]], predicted_sets: Sequence[Iterable[str]], min_support: int = 5
) -> dict:
    """Per-theme precision/recall/F1, micro over all, macro over themes with >= min_support gold."""
    counts: dict[str, list[int]] = {}
    for want, got in zip(gold_sets, predicted_sets):
        want, got = set(want), set(got)
        for theme in want | got:
            c = counts.setdefault(theme, [0, 0, 0, 0])  # tp, fp, fn, support
            c[0] += theme in want and theme in got
            c[1] += theme in got and theme not in want
            c[2] += theme in want and theme not in got
            c[3] += theme in want
    per_theme = {t: {**_prf(c[0], c[1], c[2]), "support": c[3]} for t, c in sorted(counts.items())}
    micro = _prf(*(sum(c[i] for c in counts.values()) for i in range(3)))
    macro_themes = [t for t, c in counts.items() if c[3] >= min_support]
    macro = {
        k: round(sum(per_theme[t][k] for t in macro_themes) / len(macro_themes), 4) if macro_themes else 0.0
        for k in ("precision", "recall", "f1")
    }
    worst = sorted(macro_themes, key=lambda t: (per_theme[t]["f1"], t))[:5]
    return {
        "micro": micro,
        "macro": macro,
        "macro_themes": len(macro_themes),
        "worst": [{"theme": t, **per_theme[t]} for t in worst],
        "per_theme": per_theme,
    }


MIN_THEME_SUPPORT = 15  # a theme with this many gold lessons in a part is held to F1 0.60 there


def evaluate_themes(
    lessons: Sequence[GoldLesson], settings: Settings, annotations: dict[str, dict[str, tuple[str, ...]]] | None = None
) -> dict:
    """Theme scores on the gold: development and held-out parts side by side.

    The held-out quarter is fixed by review (nlp.gold.is_held_out). Rules
    alone are scored on both parts. Rules plus the model: on the
    development part by cross-validation grouped by review; on the held-out
    part, a model trained on the whole development part, which never saw a
    held-out lesson. "rules" and "combined" are the two parts together.
    With `annotations` (nlp.gold.read_annotations), the agreement of the
    two annotators before adjudication is reported too: the ceiling."""
    from nlp.classifier import ModelError, combine_sets
    from nlp.embeddings import EmbeddingError, embedder_maker
    from nlp.model_evaluation import cross_validate_by_review
    from nlp.model_training import train
    from nlp.tagger import Tagger

    texts = [l.tagged_text for l in lessons]
    wanted = [l.themes for l in lessons]
    reviews = [l.review for l in lessons]
    analyses = Tagger.load(settings.taxonomy, None).analyze_many(texts, [l.kind for l in lessons])
    rules = [a.theme_ids for a in analyses]
    from_kind = [{t.theme for t in a.tags if not t.evidence} for a in analyses]  # never vetoed
    held = [i for i, l in enumerate(lessons) if is_held_out(l.review)]
    dev = [i for i, l in enumerate(lessons) if not is_held_out(l.review)]
    combined: list[tuple[str, ...]] = [tuple(r) for r in rules]  # where no model can be trained
    model_note = "rules and model"
    try:  # the lesson vectors, as `lessons train` makes them (settings.lesson_vectors)
        make_embedder = embedder_maker(settings.lesson_vectors)
        if make_embedder is not None:
            model_note += f" with {settings.lesson_vectors} lesson vectors"
    except EmbeddingError as exc:
        make_embedder = None
        model_note += f" without lesson vectors ({exc})"
    try:
        cv = cross_validate_by_review(
            [texts[i] for i in dev],
            [wanted[i] for i in dev],
            [reviews[i] for i in dev],
            rule_tags=[rules[i] for i in dev],
            protected=[from_kind[i] for i in dev],
            make_embedder=make_embedder,
        )
        for i, predicted in zip(dev, cv):
            combined[i] = tuple(predicted)
        if held:
            model = train(
                [texts[i] for i in dev],
                [wanted[i] for i in dev],
                groups=[reviews[i] for i in dev],
                rule_tags=[rules[i] for i in dev],
                make_embedder=make_embedder,
            )
            for i, predicted in zip(
                held,
                combine_sets(
                    model,
                    [texts[i] for i in held],
                    [rules[i] for i in held],
                    [reviews[i] for i in held],
                    [from_kind[i] for i in held],
                ),
            ):
                combined[i] = tuple(predicted)
    except ModelError as exc:  # too little development gold to train or cross-validate on
        model_note = f"rules only: {exc}"
    result = {
        "lessons": len(lessons),
        "combined_is": model_note,
        "rules": theme_scores(wanted, rules),
        "combined": theme_scores(wanted, combined),
    }
    for part, rows in (("development", dev), ("held_out", held)):
        if not rows:
            continue
        part_combined = theme_scores([wanted[i] for i in rows], [combined[i] for i in rows])
        result[part] = {
            "reviews": sorted({reviews[i] for i in rows}),
            "lessons": len(rows),
            "rules": theme_scores([wanted[i] for i in rows], [rules[i] for i in rows]),
            "combined": part_combined,
            "themes_below_0.60": sorted(
                t
                for t, sc in part_combined["per_theme"].items()
                if sc["support"] >= MIN_THEME_SUPPORT and sc["f1"] < 0.60
            ),
        }
    if annotations and len(annotations) == 2:
        first, second = annotations.values()
        result["agreement"] = annotator_agreement(first, second, held_out_ids={lessons[i].id for i in held})
    return result


def annotator_agreement(
    a: dict[str, tuple[str, ...]], b: dict[str, tuple[str, ...]], held_out_ids: frozenset[str] | set[str] = frozenset()
) -> dict:
    """Two annotators' agreement before adjudication: micro-F1 of one against
    the other (overall and on the held-out lessons), and Cohen's kappa per
    theme (themes either annotator used at least five times) with its mean."""
    from sklearn.metrics import cohen_kappa_score

    ids = sorted(set(a) & set(b))
    scores = theme_scores([b[i] for i in ids], [a[i] for i in ids])
    held = [i for i in ids if i in held_out_ids]
    themes = sorted({t for i in ids for t in (*a[i], *b[i])})
    kappa = {}
    for theme in themes:
        x = [theme in a[i] for i in ids]
        y = [theme in b[i] for i in ids]
        if sum(x) + sum(y) >= 10:
            kappa[theme] = round(float(cohen_kappa_score(x, y)), 4)
    return {
        "lessons": len(ids),
        "micro": scores["micro"],
        "held_out_micro": theme_scores([b[i] for i in held], [a[i] for i in held])["micro"] if held else None,
        "kappa": kappa,
        "mean_kappa": round(sum(kappa.values()) / len(kappa), 4) if kappa else 0.0,
        "lowest_kappa": sorted(kappa.items(), key=lambda kv: kv[1])[:5],
    }


def _without_detail(scores: dict) -> dict:
    return {k: v for k, v in scores.items() if k != "per_theme"}
