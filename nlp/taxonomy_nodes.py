"""Tagging stage: reading taxonomy.yaml's composed nodes, each problem with its line
(the base of nlp/taxonomy_validation.py's `TaxonomyBuilder`): mappings, values,
lists, and the checks every phrase and abbreviation must pass."""

from __future__ import annotations

from collections.abc import Iterator

import yaml

from nlp.taxonomy import Problem
from nlp.tokens import tokenizer


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _norm(phrase: str) -> tuple[str, ...]:
    """The token sequence a phrase matches: used to find duplicates."""
    return tuple(t.lower_ for t in tokenizer()(phrase))


class NodeChecker:
    """Reads YAML nodes and checks wordings, collecting problems."""

    def __init__(self, content_hash: str):
        self.content_hash = content_hash
        self.problems: list[Problem] = []
        self.used_groups: set[str] = set()

    def problem(self, node_or_line, message: str) -> None:
        line = node_or_line if isinstance(node_or_line, int) else _line(node_or_line)
        self.problems.append(Problem(line, message))

    # --- node helpers

    def mapping(self, node, what: str, keys: set[str]) -> dict[str, yaml.Node] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping")
            return None
        out: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is None:
                self.problem(key_node, f"{what}: keys must be plain words")
                continue
            if key in out:
                self.problem(key_node, f"{what}: key {key!r} given twice")
                continue
            if key not in keys:
                self.problem(key_node, f"{what}: unknown key {key!r} (expected one of {', '.join(sorted(keys))})")
                continue
            out[key] = value_node
        return out

    def scalar(self, node, what: str, required: bool = True) -> str | None:
        if node is None:
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, f"{what} must be a single value")
            return None
        value = node.value.strip()
        if required and not value:
            self.problem(node, f"{what} is empty")
            return None
        return value

    def sequence(self, node, what: str) -> list[yaml.Node]:
        if node is None:
            return []
        if isinstance(node, yaml.ScalarNode) and node.value == "" and node.tag.endswith(":null"):
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list")
            return []
        return list(node.value)

    def strings(self, node, what: str) -> Iterator[tuple[str, yaml.Node]]:
        for item in self.sequence(node, what):
            if not isinstance(item, yaml.ScalarNode):
                self.problem(item, f"{what}: each entry must be a single phrase")
                continue
            yield item.value, item

    # --- phrase checks

    def check_phrase(self, text: str, node, what: str, lower: bool = True) -> bool:
        if not text.strip():
            self.problem(node, f"{what}: empty phrase")
            return False
        if text != text.strip() or "  " in text or "\t" in text or "\n" in text:
            self.problem(node, f"{what} {text!r}: stray whitespace; it can never match")
            return False
        if not any(c.isalnum() for c in text):
            self.problem(node, f"{what} {text!r}: no letter or digit; it can never match")
            return False
        if any(t.is_space for t in tokenizer()(text)):
            self.problem(node, f"{what} {text!r}: tokenises with a space token; it can never match")
            return False
        if lower and text != text.lower():
            self.problem(node, f"{what} {text!r}: phrases are matched in lower case; write it in lower case")
            return False
        return True

    def check_abbreviation(self, text: str, node, what: str) -> bool:
        if not text or any(c.isspace() for c in text):
            self.problem(node, f"{what} {text!r}: an abbreviation is one word without spaces")
            return False
        if not any(c.isupper() for c in text):
            self.problem(node, f"{what} {text!r}: abbreviations are matched case-sensitively and need a capital letter")
            return False
        return True
