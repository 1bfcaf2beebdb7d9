"""Tagging stage, offline experiment: the fine-tuned MiniLM's probabilities
(finetune_minilm.py's .npz) scored on their outer fold's test lessons, alone, with
the rules, and averaged with the calibrated linear model, beside the default and the
frozen-vector methods on the same lessons (docs/theme-scores.md, fifth round). The
threshold, veto and blend weight are chosen on the fold's validation reviews.
Development part only. Run with the project venv from the repository root, after
`python -m bench.theme_methods --method calibrated` has cached the first stage:

    PYTHONPATH=$PWD .venv/bin/python bench/experiments/finetune_eval.py RUNS/ft-fold0.npz
"""

import json
import sys
from pathlib import Path

import numpy as np

from bench.theme_dev import MIN_SUPPORT, WEAK, load_dev
from bench.theme_second_stage import recalibrated
from bench.theme_stages import (
    THRESHOLDS,
    Stage,
    bools,
    first_stage,
    micro_f1,
    outside,
    predict_sets,
    to_sets,
    tune_policy,
)
from nlp.model_evaluation import score_sets

cache = Path("bench/cache/theme_methods")
dev = load_dev(Path("corpus"), Path("taxonomy.yaml"), cache)
sys.modules["__main__"].Stage = Stage  # the cache was pickled by `python -m bench.theme_methods`
stages = first_stage(dev, "tfidf", cache)
rows = []


def score(name, test_idx, sets, note=""):
    gold = [dev.gold[i] for i in test_idx]
    micro, per = score_sets(gold, sets)
    mt = [s for s in per.values() if s.support >= MIN_SUPPORT]
    macro = sum(s.f1 for s in mt) / len(mt)
    weak = {t: per[t].f1 if t in per else 0.0 for t in WEAK}
    below = sorted(t for t, s in per.items() if s.support >= 15 and s.f1 < 0.60)
    row = {
        "name": name,
        "P": micro.precision,
        "R": micro.recall,
        "micro": micro.f1,
        "macro": round(macro, 4),
        "weak": weak,
        "below_0.60": below,
        "note": note,
    }
    rows.append(row)
    print(
        f"{name:48s} P {micro.precision:.3f} R {micro.recall:.3f} micro {micro.f1:.3f} macro {macro:.3f} | "
        + " ".join(f"{v:.2f}" for v in weak.values())
        + f" | <0.60 (>=15 gold in fold): {len(below)}",
        flush=True,
    )


def aligned(P, ft_themes, themes):
    col = {t: j for j, t in enumerate(ft_themes)}
    out = np.zeros((P.shape[0], len(themes)))
    for j, t in enumerate(themes):
        if t in col:
            out[:, j] = P[:, col[t]]
    return out


def per_theme_thresholds(P, G, base, min_pos=5):
    th = np.full(P.shape[1], base)
    for j in range(P.shape[1]):
        if G[:, j].sum() >= min_pos:
            best = (-1, base)
            for t in THRESHOLDS:
                pred = P[:, j] >= t
                tp = (pred & G[:, j]).sum()
                f = 2 * tp / (pred.sum() + G[:, j].sum())
                if f > best[0]:
                    best = (f, t)
            th[j] = best[1]
    return th


for npz in sys.argv[1:]:
    z = np.load(npz)
    test_idx, val_idx = z["test_idx"], z["val_idx"]
    st = next(s for s in stages if np.array_equal(s.test_idx, test_idx))
    themes = st.themes
    ft_themes = [str(t) for t in z["themes"]]
    Pv, Pt = aligned(z["P_val"], ft_themes, themes), aligned(z["P_test"], ft_themes, themes)
    Gv = bools([dev.gold[i] for i in val_idx], themes)
    Rv = bools([dev.rules[i] for i in val_idx], themes)
    Rt = bools([dev.rules[i] for i in test_idx], themes)
    ext_v = outside(dev, val_idx, themes)
    print(f"== {npz}: test {len(test_idx)} lessons, val {len(val_idx)}")

    # the default (calibrated linear model, policy by the inner CV on all training reviews)
    inner_cal, test_cal = recalibrated(dev)(st)
    G_in = bools([dev.gold[i] for i in st.train_idx], themes)
    R_in = bools([dev.rules[i] for i in st.train_idx], themes)
    pol = tune_policy(inner_cal, G_in, R_in, outside(dev, st.train_idx, themes))
    score(
        "default (calibrated LR + rules)",
        test_idx,
        to_sets(dev, test_idx, themes, predict_sets(test_cal, Rt, pol)),
    )
    pos = {i: r for r, i in enumerate(st.train_idx)}
    Lv = inner_cal[[pos[i] for i in val_idx]]  # out-of-fold calibrated LR scores of the val lessons

    # FT alone, one threshold / per-theme thresholds, chosen on val
    best = max(THRESHOLDS, key=lambda t: micro_f1(Pv >= t, Gv, (0, 0, 0)))
    score(
        f"fine-tuned alone, one threshold ({best:.2f})",
        test_idx,
        [{themes[j] for j in np.flatnonzero(r >= best)} for r in Pt],
    )
    th = per_theme_thresholds(Pv, Gv, best)
    score(
        "fine-tuned alone, per-theme thresholds (>=5 val gold)",
        test_idx,
        [{themes[j] for j in np.flatnonzero(r >= th)} for r in Pt],
    )
    # FT + rules, the default's policy (keep rule tags unless vetoed, add <= 3)
    pol = tune_policy(Pv, Gv, Rv, ext_v)
    score("fine-tuned + rules (default policy)", test_idx, to_sets(dev, test_idx, themes, predict_sets(Pt, Rt, pol)))
    # blend with the calibrated linear model, weight and policy chosen on val
    best = (-1, None, None)
    for w in (0.0, 0.25, 0.4, 0.5, 0.6, 0.75, 1.0):
        Bv = w * Lv + (1 - w) * Pv
        p = tune_policy(Bv, Gv, Rv, ext_v)
        f = micro_f1(predict_sets(Bv, Rv, p), Gv, ext_v)
        if f > best[0]:
            best = (f, w, p)
    _, w, p = best
    Bt = w * test_cal + (1 - w) * Pt
    score(
        f"blend LR x{w} + fine-tuned, rules kept",
        test_idx,
        to_sets(dev, test_idx, themes, predict_sets(Bt, Rt, p)),
    )
    # the same blend with a fixed 0.5 weight
    Bv, Bt = 0.5 * Lv + 0.5 * Pv, 0.5 * test_cal + 0.5 * Pt
    p = tune_policy(Bv, Gv, Rv, ext_v)
    score(
        "blend LR x0.5 + fine-tuned (fixed), rules kept",
        test_idx,
        to_sets(dev, test_idx, themes, predict_sets(Bt, Rt, p)),
    )
    # the frozen-vector methods on the same fold, and the blend with the best of them
    for stage_name in ("tfidf+sentence", "tfidf+lesson+pooled"):
        path = cache / f"stage-{dev.key}-{stage_name}.pkl"
        if not path.is_file():
            continue
        import pickle

        vs = next(s for s in pickle.loads(path.read_bytes()) if np.array_equal(s.test_idx, test_idx))
        vi, vt = recalibrated(dev)(vs)
        p = tune_policy(vi, G_in, R_in, outside(dev, st.train_idx, themes))
        score(f"{stage_name} calibrated + rules", test_idx, to_sets(dev, test_idx, themes, predict_sets(vt, Rt, p)))
        Vv = vi[[pos[i] for i in val_idx]]
        Bv, Bt = 0.5 * Vv + 0.5 * Pv, 0.5 * vt + 0.5 * Pt
        p = tune_policy(Bv, Gv, Rv, ext_v)
        score(
            f"blend {stage_name} x0.5 + fine-tuned, rules kept",
            test_idx,
            to_sets(dev, test_idx, themes, predict_sets(Bt, Rt, p)),
        )
    info = json.loads(Path(npz.replace(".npz", ".json")).read_text())
    print("best epoch", info["best_epoch"], "val micro", round(info["best_val_micro"], 3), "cost", info["cost"])

Path(sys.argv[1]).with_name(f"eval_{Path(sys.argv[1]).stem}.json").write_text(json.dumps(rows, indent=1))
