"""Tagging stage: build taxonomy records from the YAML nodes, checking everything.

Works on `yaml.compose` nodes so every problem carries its line. All
problems are collected (never only the first); `TaxonomyBuilder.build`
returns None when there was any.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import yaml

from nlp.taxonomy import (
    Abbreviation,
    Agency,
    ContextRule,
    Group,
    Guidance,
    Problem,
    Taxonomy,
    Theme,
)
from nlp.tokens import tokenizer

# The lesson kinds ingest produces (ingest/records.py LESSON_KINDS); a theme's
# `kinds:` may name only these. Listed here so that the tagging stage does
# not import the ingest package.
LESSON_KINDS = ("finding", "learning_point", "recommendation", "good_practice")

APPLIES_TO_KEYWORDS = ("all", "phrases", "abbreviations")
NOT_AFTER_WORDS = 3  # longest `not_after:` wording, in words ("passed on to")
_THEME_ID = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
_PLAIN_ID = re.compile(r"^[a-z][a-z0-9_]*$")

_TOP_KEYS = {"version", "changes", "groups", "themes", "agencies"}
_GROUP_KEYS = {"id", "label"}
_THEME_KEYS = {
    "id",
    "label",
    "description",
    "phrases",
    "exact_phrases",
    "abbreviations",
    "context",
    "exclusions",
    "kinds",
    "not_after",
    "also",
    "practice",
    "questions",
}
_GUIDANCE_KEYS = {"text", "source"}
# What a `practice:` line and a `questions:` line end with.
_GUIDANCE_ENDINGS = {"practice": ".", "questions": "?"}
_RULE_KEYS = {"applies_to", "requires"}
_AGENCY_KEYS = {"id", "label", "phrases", "abbreviations"}


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _norm(phrase: str) -> tuple[str, ...]:
    """The token sequence a phrase matches: used to find duplicates."""
    return tuple(t.lower_ for t in tokenizer()(phrase))


class TaxonomyBuilder:
    """Walks the composed YAML nodes, collecting records and problems."""

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

    # --- sections

    def build(self, root) -> Taxonomy | None:
        if root is None:
            self.problem(1, "the file is empty")
            return None
        top = self.mapping(root, "the file", _TOP_KEYS)
        if top is None:
            return None
        version = None
        if "version" not in top:
            self.problem(root, "missing 'version:'")
        else:
            version = self.scalar(top["version"], "version")
        for key in ("groups", "themes"):
            if key not in top:
                self.problem(root, f"missing '{key}:'")
        changes = tuple(text for text, _ in self.strings(top.get("changes"), "changes"))
        groups = self.groups(top.get("groups"))
        themes = self.themes(top.get("themes"), {g.id for g in groups})
        agencies = self.agencies(top.get("agencies"))
        for group_node in self.sequence(top.get("groups"), "groups"):
            for k, v in group_node.value if isinstance(group_node, yaml.MappingNode) else ():
                if isinstance(v, yaml.ScalarNode) and k.value == "id" and v.value and v.value not in self.used_groups:
                    self.problem(v, f"group {v.value!r} has no themes")
        if self.problems or version is None:
            return None
        return Taxonomy(
            file_version=version,
            content_hash=self.content_hash,
            groups=tuple(groups),
            themes=tuple(themes),
            agencies=tuple(agencies),
            changes=changes,
            _by_id={t.id: t for t in themes},
        )

    def groups(self, node) -> list[Group]:
        groups: list[Group] = []
        seen: dict[str, int] = {}
        for item in self.sequence(node, "groups"):
            m = self.mapping(item, "group", _GROUP_KEYS)
            if m is None:
                continue
            gid = self.scalar(m.get("id"), "group id") if "id" in m else None
            label = self.scalar(m.get("label"), "group label") if "label" in m else None
            if "id" not in m or "label" not in m:
                self.problem(item, "a group needs an id and a label")
            if gid is None or label is None:
                continue
            if not _PLAIN_ID.match(gid):
                self.problem(m["id"], f"group id {gid!r}: use lower-case letters, digits and _")
                continue
            if gid in seen:
                self.problem(m["id"], f"duplicate group id {gid!r} (first on line {seen[gid]})")
                continue
            seen[gid] = _line(m["id"])
            groups.append(Group(gid, label))
        return groups

    def themes(self, node, group_ids: set[str]) -> list[Theme]:
        themes: list[Theme] = []
        seen_ids: dict[str, int] = {}
        # token sequence -> (theme id, line): phrases must belong to one theme
        seen_phrases: dict[tuple[str, ...], tuple[str, int]] = {}
        seen_abbrs: dict[str, tuple[str, int]] = {}
        also_nodes: dict[str, yaml.Node] = {}
        for item in self.sequence(node, "themes"):
            theme = self.theme(item, group_ids, seen_ids, seen_phrases, seen_abbrs)
            if theme is not None:
                themes.append(theme)
                if isinstance(item, yaml.MappingNode):
                    also_nodes.update((theme.id, v) for k, v in item.value if k.value == "also")
        # `also:` names wordings of other themes, so it is read once all are known
        written = {(t.id, _norm(text)): text for t in themes for text in (*t.phrases, *t.exact_phrases)}
        return [
            replace(t, also=tuple(self.also(also_nodes[t.id], t.id, seen_phrases, seen_abbrs, written)))
            if t.id in also_nodes
            else t
            for t in themes
        ]

    def also(self, node, tid, seen_phrases, seen_abbrs, written) -> list[str]:
        """A theme's `also:` list: each entry a phrase, exact phrase or
        abbreviation of one other theme, written as there."""
        where = f"theme {tid} also"
        out: list[str] = []
        for text, n in self.strings(node, where):
            if text in seen_abbrs:
                owner, wording = seen_abbrs[text][0], text
            elif _norm(text) in seen_phrases:
                owner = seen_phrases[_norm(text)][0]
                wording = written.get((owner, _norm(text)))
            else:
                self.problem(
                    n,
                    f"{where} {text!r}: not a phrase or abbreviation of any theme (list a new wording under phrases:)",
                )
                continue
            if owner == tid:
                self.problem(n, f"{where} {text!r}: already a wording of this theme")
                continue
            if wording is None:  # the owner did not load; its own problem is reported
                continue
            if wording != text:  # context rules name it as written
                self.problem(n, f"{where} {text!r}: write it as in {owner}: {wording!r}")
                continue
            if wording in out:
                self.problem(n, f"{where} {text!r}: listed twice")
                continue
            out.append(wording)
        return out

    def theme(self, item, group_ids, seen_ids, seen_phrases, seen_abbrs) -> Theme | None:
        m = self.mapping(item, "theme", _THEME_KEYS)
        if m is None:
            return None
        ok = True
        for key in ("id", "label", "description"):
            if key not in m:
                self.problem(item, f"theme: missing '{key}:'")
                ok = False
        tid = self.scalar(m.get("id"), "theme id")
        label = self.scalar(m.get("label"), "theme label")
        description = self.scalar(m.get("description"), "theme description")
        if tid is None:
            return None
        where = f"theme {tid}"
        if not _THEME_ID.match(tid):
            self.problem(m["id"], f"theme id {tid!r}: must be 'group.theme' in lower-case letters, digits and _")
            ok = False
        group = tid.split(".", 1)[0]
        self.used_groups.add(group)
        if _THEME_ID.match(tid) and group not in group_ids:
            self.problem(m["id"], f"{where}: unknown group {group!r}")
            ok = False
        if tid in seen_ids:
            self.problem(m["id"], f"duplicate theme id {tid!r} (first on line {seen_ids[tid]})")
            ok = False
        else:
            seen_ids[tid] = _line(m["id"])

        phrases = self.theme_phrases(m.get("phrases"), f"{where} phrase", tid, seen_phrases)
        exact = self.theme_phrases(m.get("exact_phrases"), f"{where} exact phrase", tid, seen_phrases)
        abbreviations = self.theme_abbreviations(m.get("abbreviations"), where, tid, set(phrases), seen_abbrs)
        if not phrases and not exact and not abbreviations:
            self.problem(item, f"{where}: empty theme (no phrases, exact phrases or abbreviations)")
            ok = False
        exclusions = []
        matchable = {_norm(p): p for p in (*phrases, *exact)}
        for text, n in self.strings(m.get("exclusions"), f"{where} exclusions"):
            if not self.check_phrase(text, n, f"{where} exclusion"):
                continue
            if _norm(text) in matchable:
                self.problem(
                    n,
                    f"{where}: exclusion {text!r} equals the phrase {matchable[_norm(text)]!r}, which can never match",
                )
                continue
            exclusions.append(text)
        # `also:` wordings are checked once every theme is read (see themes());
        # a context rule may cover them
        also = [text for text, _ in self.strings(m.get("also"), f"{where} also")]
        rules = self.rules(m.get("context"), where, phrases, exact, [a.text for a in abbreviations], also)
        kinds = []
        for text, n in self.strings(m.get("kinds"), f"{where} kinds"):
            if text not in LESSON_KINDS:
                self.problem(n, f"{where}: unknown lesson kind {text!r} (expected one of {', '.join(LESSON_KINDS)})")
                continue
            kinds.append(text)
        not_after = []
        for text, n in self.strings(m.get("not_after"), f"{where} not_after"):
            if not self.check_phrase(text, n, f"{where} not_after word"):
                continue
            if not 1 <= len(tokenizer()(text)) <= NOT_AFTER_WORDS:
                self.problem(n, f"{where} not_after {text!r}: give one to {NOT_AFTER_WORDS} words")
                continue
            not_after.append(text)
        practice = self.guidance(m.get("practice"), where, "practice")
        questions = self.guidance(m.get("questions"), where, "questions")
        if not ok or tid is None or label is None or description is None:
            return None
        return Theme(
            id=tid,
            group=group,
            label=label,
            description=description,
            phrases=tuple(phrases),
            exact_phrases=tuple(exact),
            abbreviations=tuple(abbreviations),
            context=tuple(rules),
            exclusions=tuple(exclusions),
            kinds=tuple(kinds),
            not_after=tuple(not_after),
            practice=tuple(practice),
            questions=tuple(questions),
        )

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

    def agencies(self, node) -> list[Agency]:
        agencies: list[Agency] = []
        seen_ids: dict[str, int] = {}
        seen_phrases: dict[tuple[str, ...], tuple[str, int]] = {}
        seen_abbrs: dict[str, tuple[str, int]] = {}
        for item in self.sequence(node, "agencies"):
            m = self.mapping(item, "agency", _AGENCY_KEYS)
            if m is None:
                continue
            aid = self.scalar(m.get("id"), "agency id") if "id" in m else None
            label = self.scalar(m.get("label"), "agency label") if "label" in m else None
            if aid is None or label is None:
                self.problem(item, "an agency needs an id and a label")
                continue
            where = f"agency {aid}"
            if not _PLAIN_ID.match(aid):
                self.problem(m["id"], f"agency id {aid!r}: use lower-case letters, digits and _")
                continue
            if aid in seen_ids:
                self.problem(m["id"], f"duplicate agency id {aid!r} (first on line {seen_ids[aid]})")
                continue
            seen_ids[aid] = _line(m["id"])
            phrases = []
            for text, n in self.strings(m.get("phrases"), f"{where} phrases"):
                if not self.check_phrase(text, n, f"{where} phrase"):
                    continue
                key = _norm(text)
                if key in seen_phrases:
                    other, line = seen_phrases[key]
                    self.problem(n, f"{where} phrase {text!r}: duplicate of agency {other} on line {line}")
                    continue
                seen_phrases[key] = (aid, _line(n))
                phrases.append(text)
            abbrs = []
            for text, n in self.strings(m.get("abbreviations"), f"{where} abbreviations"):
                if not self.check_abbreviation(text, n, f"{where} abbreviation"):
                    continue
                if text in seen_abbrs:
                    other, line = seen_abbrs[text]
                    self.problem(n, f"{where} abbreviation {text!r}: duplicate of agency {other} on line {line}")
                    continue
                seen_abbrs[text] = (aid, _line(n))
                abbrs.append(text)
            if not phrases and not abbrs:
                self.problem(item, f"{where}: no phrases or abbreviations")
                continue
            agencies.append(Agency(aid, label, tuple(phrases), tuple(abbrs)))
        return agencies
