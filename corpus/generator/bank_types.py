"""Corpus generator: the record types of the lesson text bank.

A bank entry is one piece of learning as a reviewer would write it, with the
taxonomy themes its author (not a tagger) assigned when writing it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Statement:
    """A finding or learning point: a short title and the reviewer's text."""

    title: str
    body: str
    themes: tuple[str, ...]


@dataclass(frozen=True)
class Recommendation:
    text: str
    agency: str
    themes: tuple[str, ...]


@dataclass(frozen=True)
class GoodPractice:
    text: str
    themes: tuple[str, ...]


def S(title: str, body: str, themes: str) -> Statement:
    return Statement(title, " ".join(body.split()), tuple(themes.split()))


def R(text: str, agency: str, themes: str) -> Recommendation:
    return Recommendation(" ".join(text.split()), agency, tuple(themes.split()))


def G(text: str, themes: str) -> GoodPractice:
    return GoodPractice(" ".join(text.split()), tuple(themes.split()))
