"""Tagging stage: the theme model's features beyond the words, from the rules.

Two small dense blocks join the TF-IDF features of a lesson (see
nlp/classifier.py):

- rule features: one column per theme, 1 where the rules (taxonomy.yaml,
  and the lesson's kind) tagged the lesson with it, times RULE_SCALE; the
  model learns which themes come together (a lesson the rules tag
  harm.sudi_safer_sleep often carries vuln.babies_infants too);
- review context: one column per theme, the share of the OTHER lessons of
  the same review that the rules tagged with it, times CONTEXT_SCALE; the
  model learns to add a review's subject (a neglect review's lessons about
  closing a case carry harm.neglect without saying so).

Both come from the rules' output only, never from gold themes, so in
cross-validation a held-out lesson's features are what the Tagger would
compute. A lesson given without its review (groups None, or a review of
one lesson) has an all-zero context block.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

RULE_SCALE = 0.3  # grouped cross-validation on the gold: 0.1-0.3 best, 1.0 worse
CONTEXT_SCALE = 1.0  # 0.5-1.0 best, 2.0-3.0 worse


def rule_matrix(rule_tags: Sequence[Iterable[str]], columns: dict[str, int]) -> np.ndarray:
    """(texts x themes) 0/1: which of `columns`' themes the rules found in each text."""
    found = np.zeros((len(rule_tags), len(columns)))
    for row, themes in enumerate(rule_tags):
        for theme in themes:
            column = columns.get(theme)
            if column is not None:
                found[row, column] = 1.0
    return found


def context_shares(found: np.ndarray, groups: Sequence[object] | None) -> np.ndarray:
    """For each row, the mean of the OTHER rows of its group (zeros for a row alone).

    `groups[i]` names the review of row i (any hashable); None means every
    row stands alone."""
    shares = np.zeros_like(found)
    if groups is None:
        return shares
    if len(groups) != len(found):
        raise ValueError(f"{len(found)} texts but {len(groups)} review names")
    members: dict[object, list[int]] = {}
    for row, group in enumerate(groups):
        members.setdefault(group, []).append(row)
    for rows in members.values():
        if len(rows) < 2:
            continue
        block = found[rows]
        shares[rows] = (block.sum(axis=0) - block) / (len(rows) - 1)
    return shares


def rule_features(
    rule_tags: Sequence[Iterable[str]] | None, groups: Sequence[object] | None, columns: dict[str, int], n: int
) -> np.ndarray:
    """The scaled [rule | context] block (n x 2*len(columns)); zeros without rule tags."""
    if rule_tags is None:
        return np.zeros((n, 2 * len(columns)))
    if len(rule_tags) != n:
        raise ValueError(f"{n} texts but {len(rule_tags)} rule tag sets")
    found = rule_matrix(rule_tags, columns)
    return np.hstack([RULE_SCALE * found, CONTEXT_SCALE * context_shares(found, groups)])
