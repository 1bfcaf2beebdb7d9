"""Briefing stage: name each group of similar lessons for a reader.

A group is named by its dominant theme (the theme most of its lessons are
tagged with, leaving aside the themes the whole briefing was selected on,
which set no group apart) and by the phrase its lessons share, quoted in
the reviews' own words: "Fathers and male carers: “the baby's father”".

The name is a function of the group's lessons (their texts and themes) and
of the briefing's selection only, never of the engine, the catalog's other
reviews or the order the lessons were read in, so the same lessons give the
same name after the corpus is ingested again.

Pure: texts and themes in, names out.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

MIN_WORDS, MAX_WORDS = 2, 5  # a shared phrase is this many words long
DOMINANT_SHARE = 1 / 3  # a theme must tag this share of a group's lessons to name it
EVERYWHERE_SHARE = 0.9  # a theme on this share of the whole selection names no group
LONGER_BONUS = 0.15  # per word past two: "bruising in non-mobile babies" over "non-mobile babies"
OTHER_LEARNING = "Other learning"
# Themes that say which service or which kind of finding, not what the learning is
# about: they name a group only when no theme of its subject does.
WEAK_THEMES = ("agency.", "review.")
_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
_CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]\"“”/]|\s[-–—]\s|\s‘|’\s")
# Words that may sit inside a phrase ("bruising in babies") but never start or end one.
# Unlike the grouping's stop words, "baby" and "child" may end a phrase ("non-mobile babies").
_EDGE_STOP = frozenset(ENGLISH_STOP_WORDS) | frozenset(
    "s t d ll ve re review reviews finding findings learning lesson lessons recommendation "
    "recommendations recommend recommended should ensure ensuring need needs needed did does "
    "able also however whether rather still already way example number".split()
)


def _phrases(text: str, ignore: frozenset[str]) -> set[str]:
    """Every run of MIN_WORDS..MAX_WORDS words within a clause of the text that starts
    and ends on a telling word and holds no ignored word (a child's pseudonym)."""
    found: set[str] = set()
    for clause in _CLAUSE_BREAK.split(text.lower().replace("’", "'")):
        words = _WORD.findall(clause)
        for i, first in enumerate(words):
            if first in _EDGE_STOP or first in ignore or first.isdigit():
                continue
            for n in range(MIN_WORDS, MAX_WORDS + 1):
                run = words[i : i + n]
                if len(run) < n:
                    break
                if run[-1] in ignore:
                    break
                if run[-1] in _EDGE_STOP or run[-1].isdigit():
                    continue
                if any(w in ignore for w in run):
                    break
                found.add(" ".join(run))
    return found


def phrase_sets(texts: Sequence[str], ignore: Iterable[str] = ()) -> list[set[str]]:
    """The candidate phrases of each text (see `_phrases`)."""
    skip = frozenset(w.lower() for w in ignore)
    return [_phrases(t, skip) for t in texts]


def _sub_phrases(phrase: str) -> Iterable[str]:
    words = phrase.split()
    for n in range(MIN_WORDS, len(words)):
        for i in range(len(words) - n + 1):
            yield " ".join(words[i : i + n])


def shared_phrases(member_sets: Sequence[set[str]], overall: Counter, total: int) -> list[str]:
    """The phrases the members share, most telling first: found in most of the
    group's lessons and few of the selection's (`overall` counts the lessons of
    the selection holding each phrase, `total` is their number), longer
    phrases a little ahead.

    A phrase must be in two of the group's lessons (in its one lesson, for a
    group of one); a phrase inside a longer one that is in as many lessons
    gives way to the longer one."""
    inside = Counter(p for s in member_sets for p in s)
    need = min(2, len(member_sets))
    candidates = {p: n for p, n in inside.items() if n >= need}
    if not candidates:
        return []
    dominated = {
        sub for p, n in candidates.items() for sub in _sub_phrases(p) if sub in candidates and n >= candidates[sub]
    }

    def score(p: str) -> float:
        share = candidates[p] / len(member_sets)
        rarity = math.log((1 + total) / (1 + overall.get(p, candidates[p]))) + 1
        return share * rarity * (1 + LONGER_BONUS * (len(p.split()) - MIN_WORDS))

    kept = [p for p in candidates if p not in dominated]
    return sorted(kept, key=lambda p: (-round(score(p), 9), -len(p.split()), p))


def candidate_themes(
    member_themes: Sequence[Iterable[str]],
    all_themes: Sequence[Iterable[str]],
    selected: Iterable[str] = (),
) -> list[str]:
    """The themes that may head a group's name, best first: those on at least a
    third of its lessons that set it apart (not a theme the briefing was selected
    on, nor one on nearly every lesson of the selection), a theme of the group's
    subject before a theme of a service (WEAK_THEMES), then by count. When none
    qualifies: the selected themes the group carries, else its commonest theme.
    Empty when the group's lessons carry no theme."""
    inside = Counter(t for themes in member_themes for t in set(themes))
    if not inside:
        return []
    overall = Counter(t for themes in all_themes for t in set(themes))
    everywhere = {t for t, n in overall.items() if n >= EVERYWHERE_SHARE * len(all_themes)}
    chosen = set(selected)
    need = max(1, math.ceil(DOMINANT_SHARE * len(member_themes)))
    ranked = sorted(inside.items(), key=lambda item: (item[0].startswith(WEAK_THEMES), -item[1], item[0]))
    qualified = [t for t, n in ranked if t not in chosen and t not in everywhere and n >= need]
    if qualified:
        return qualified
    fallback = [t for t, _ in ranked if t in chosen]
    return fallback or [sorted(inside.items(), key=lambda item: (-item[1], item[0]))[0][0]]


def dominant_theme(
    member_themes: Sequence[Iterable[str]],
    all_themes: Sequence[Iterable[str]],
    selected: Iterable[str] = (),
) -> str:
    """The best of `candidate_themes`, or "" when the group's lessons carry no theme."""
    candidates = candidate_themes(member_themes, all_themes, selected)
    return candidates[0] if candidates else ""


def as_written(phrase: str, texts: Sequence[str]) -> str:
    """The phrase as the texts print it ("referral to the MASH", not "referral to
    the mash"); the phrase itself when none does."""
    words = phrase.split()
    pattern = re.compile(
        r"(?<![\w'’-])" + r"[^\w'’]+".join(re.escape(w).replace("'", "['’]") for w in words) + r"(?![\w'’-])",
        re.IGNORECASE,
    )
    forms = [" ".join(m.group(0).split()) for text in texts for m in pattern.finditer(text)]
    if not forms:
        return phrase
    # A form in lower case somewhere is the phrase's own case ("domestic abuse", not
    # the "Domestic abuse" that starts a sentence).
    lower = [f for f in forms if f[:1].islower()]
    if lower:
        return Counter(lower).most_common(1)[0][0]
    form = forms[0]
    if form[1:] == form[1:].lower():  # only the first letter is a capital: the sentence's
        return form[:1].lower() + form[1:]
    return form  # its capitals are its own ("Clare's Law", "MASH referral")


@dataclass(frozen=True)
class GroupName:
    label: str
    theme: str
    phrase: str


def name_groups(
    groups: Sequence[Sequence[int]],
    texts: Sequence[str],
    themes: Sequence[Iterable[str]],
    theme_label: Callable[[str], str],
    selected: Iterable[str] = (),
    ignore: Iterable[str] = (),
    theme_wordings: Callable[[str], Iterable[str]] = lambda theme: (),
    fallback_terms: Sequence[Sequence[str]] = (),
) -> list[GroupName]:
    """A distinct name for each group (indices into `texts` and `themes`).

    Groups are named largest first, each taking its best phrase not already
    taken by a group of the same theme, so two groups never share a name. A
    shared phrase that holds one of the theme's own wordings (or is held in
    one; `theme_wordings` gives them, from the taxonomy) goes before the
    others, so the phrase speaks of the theme that heads the name. A group whose
    lessons share no phrase falls back on its `fallback_terms` (the words that
    set it apart, from the grouping) that are wordings of a theme it may take."""
    themes = [tuple(t) for t in themes]
    selected = tuple(selected)
    names: list[GroupName | None] = [None] * len(groups)
    taken: set[str] = set()
    sets = phrase_sets(texts, ignore)
    overall = Counter(p for s in sets for p in s)
    order = sorted(range(len(groups)), key=lambda g: (-len(groups[g]), sorted(groups[g])))
    for g in order:
        members = groups[g]
        candidates = candidate_themes([themes[i] for i in members], themes, selected)
        phrases = shared_phrases([sets[i] for i in members], overall, len(texts))
        # With no shared phrase, a word that sets the group apart may stand in, when it
        # is a wording of the theme ("father" for fathers and male carers).
        extra = [t for t in fallback_terms[g] if t] if not phrases and g < len(fallback_terms) else []
        # The first candidate theme one of whose wordings the lessons share heads the
        # name, with that phrase first; else the best candidate and the best phrase.
        theme = candidates[0] if candidates else ""
        for candidate in candidates:
            wordings = [f" {w.lower()} " for w in theme_wordings(candidate)]
            # A phrase holding a wording, or a phrase of two words or more held in one.
            related = [
                p for p in phrases + extra if any(w in f" {p} " or (" " in p and f" {p} " in w) for w in wordings)
            ]
            if related:
                theme = candidate
                phrases = related + [p for p in phrases if p not in related]
                break
        head = theme_label(theme) if theme else OTHER_LEARNING
        label, phrase = head, ""
        member_texts = [texts[i] for i in sorted(members)]
        for candidate in phrases:
            written = as_written(candidate, member_texts)
            proposed = f"{head}: “{written}”"
            if proposed not in taken:
                label, phrase = proposed, written
                break
        n = 2
        base = label
        while label in taken:
            label, n = f"{base} ({n})", n + 1
        taken.add(label)
        names[g] = GroupName(label, theme, phrase)
    return [n for n in names if n is not None]
