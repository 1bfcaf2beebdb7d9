"""Tagging stage: a theme's wordings in taxonomy.yaml, checked (part of
nlp/taxonomy_validation.py's `TaxonomyBuilder`): its phrases, abbreviations,
context rules, and its `practice:` and `questions:` guidance."""

from __future__ import annotations

import yaml

from nlp.taxonomy import Abbreviation, ContextRule, Guidance
from nlp.taxonomy_nodes import NodeChecker, _line, _norm

APPLIES_TO_KEYWORDS = ("all", "phrases", "abbreviations")
_GUIDANCE_KEYS = {"text", "source"}
# What a `practice:` line and a `questions:` line end with.
_GUIDANCE_ENDINGS = {"practice": ".", "questions": "?"}
_RULE_KEYS = {"applies_to", "requires"}


class ThemeWordings(NodeChecker):
    """A theme's phrases, abbreviations, context rules and guidance."""

    def guidance(self, node, where: str, key: str) -> list[Guidance]:
        """`practice:` or `questions:`: each item a sentence, or {text, source} where
        the line comes from published guidance (the source names it)."""
        out: list[Guidance] = []
        seen: set[str] = set()
        ending = _GUIDANCE_ENDINGS[key]
        for item in self.sequence(node, f"{where} {key}"):
            text: str | None
            source: str | None
            if isinstance(item, yaml.ScalarNode):
                text, source = self.scalar(item, f"{where} {key} line"), ""
            else:
                m = self.mapping(item, f"{where} {key} line", _GUIDANCE_KEYS)
                if m is None:
                    continue
                if "text" not in m:
                    self.problem(item, f"{where} {key}: a line needs 'text:'")
                    continue
                text = self.scalar(m["text"], f"{where} {key} text")
                source = self.scalar(m["source"], f"{where} {key} source") if "source" in m else ""
                if source is None:  # an empty source: scalar() said so
                    continue
            if text is None:  # empty: scalar() said so
                continue
            text = " ".join(text.split())
            if not text.endswith(ending):
                self.problem(item, f"{where} {key} {text[:40]!r}...: must end with {ending!r}")
                continue
            if text.lower() in seen:
                self.problem(item, f"{where} {key}: {text[:40]!r}... is written twice")
                continue
            seen.add(text.lower())
            out.append(Guidance(text, " ".join((source or "").split())))
        return out

    def theme_phrases(self, node, what, tid, seen_phrases) -> list[str]:
        out: list[str] = []
        for text, n in self.strings(node, what):
            if not self.check_phrase(text, n, what):
                continue
            key = _norm(text)
            if key in seen_phrases:
                other, line = seen_phrases[key]
                where = "this theme" if other == tid else other
                self.problem(n, f"{what} {text!r}: duplicate of a phrase of {where} on line {line}")
                continue
            seen_phrases[key] = (tid, _line(n))
            out.append(text)
        return out

    def theme_abbreviations(self, node, where, tid, phrases: set[str], seen_abbrs) -> list[Abbreviation]:
        if node is None:
            return []
        out: list[Abbreviation] = []
        if isinstance(node, yaml.SequenceNode):  # a plain list: no expansions
            pairs = [(n, None) for n in node.value]
        elif isinstance(node, yaml.MappingNode):
            pairs = list(node.value)
        else:
            self.problem(node, f"{where} abbreviations: must map each abbreviation to a list of phrases")
            return []
        for key_node, value_node in pairs:
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_node, f"{where} abbreviations: each must be one word")
                continue
            text = key_node.value
            if not self.check_abbreviation(text, key_node, f"{where} abbreviation"):
                continue
            if text in seen_abbrs:
                other, line = seen_abbrs[text]
                owner = "this theme" if other == tid else other
                self.problem(key_node, f"{where} abbreviation {text!r}: duplicate of {owner} on line {line}")
                continue
            seen_abbrs[text] = (tid, _line(key_node))
            expansions = []
            for exp, n in self.strings(value_node, f"{where} abbreviation {text}"):
                if exp not in phrases:
                    self.problem(n, f"{where} abbreviation {text!r}: expansion {exp!r} is not a phrase of this theme")
                    continue
                expansions.append(exp)
            out.append(Abbreviation(text, tuple(expansions)))
        return out

    def rules(self, node, where, phrases, exact, abbreviations, also=()) -> list[ContextRule]:
        rules: list[ContextRule] = []
        for item in self.sequence(node, f"{where} context"):
            m = self.mapping(item, f"{where} context rule", _RULE_KEYS)
            if m is None:
                continue
            if "applies_to" not in m or "requires" not in m:
                self.problem(item, f"{where} context rule: needs 'applies_to:' and 'requires:'")
                continue
            target = m["applies_to"]
            applies: list[str] = []
            if isinstance(target, yaml.ScalarNode):
                keyword = target.value
                if keyword not in APPLIES_TO_KEYWORDS:
                    self.problem(
                        target,
                        f"{where} context rule: applies_to must be a list or one of {', '.join(APPLIES_TO_KEYWORDS)}",
                    )
                    continue
                if keyword in ("all", "phrases"):
                    applies += [*phrases, *exact]
                if keyword in ("all", "abbreviations"):
                    applies += abbreviations
            else:
                known = {*phrases, *exact, *abbreviations, *also}
                for text, n in self.strings(target, f"{where} context applies_to"):
                    if text not in known:
                        self.problem(
                            n,
                            f"{where} context rule: {text!r} is not a phrase or abbreviation of this theme (nor in its also: list)",
                        )
                        continue
                    applies.append(text)
            requires = []
            for text, n in self.strings(m["requires"], f"{where} context requires"):
                if self.check_phrase(text, n, f"{where} context cue"):
                    requires.append(text)
            if not requires and not any(
                isinstance(n, yaml.ScalarNode) for n in self.sequence(m["requires"], "requires")
            ):
                self.problem(m["requires"], f"{where} context rule: 'requires:' lists no cue")
                continue
            if applies and requires:
                rules.append(ContextRule(tuple(applies), tuple(requires), _line(item)))
        return rules
