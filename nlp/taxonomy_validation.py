"""Tagging stage: build taxonomy records from the YAML nodes, checking everything.

Works on `yaml.compose` nodes so every problem carries its line. All
problems are collected (never only the first); `TaxonomyBuilder.build`
returns None when there was any.

The builder reads the file's sections (groups, themes, agencies) here; it
reads nodes and checks wordings as nlp/taxonomy_nodes.py's `NodeChecker`,
and a theme's phrases, abbreviations, context rules and guidance as
nlp/taxonomy_wordings.py's `ThemeWordings`.
"""

from __future__ import annotations

import re
from dataclasses import replace

import yaml

from nlp.taxonomy import (
    Agency,
    Group,
    Taxonomy,
    Theme,
)
from nlp.taxonomy_nodes import _line, _norm
from nlp.taxonomy_wordings import APPLIES_TO_KEYWORDS as APPLIES_TO_KEYWORDS
from nlp.taxonomy_wordings import ThemeWordings
from nlp.tokens import tokenizer

# The lesson kinds ingest produces (ingest/records.py LESSON_KINDS); a theme's
# `kinds:` may name only these. Listed here so that the tagging stage does
# not import the ingest package.
LESSON_KINDS = ("finding", "learning_point", "recommendation", "good_practice")

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
_AGENCY_KEYS = {"id", "label", "phrases", "abbreviations"}


class TaxonomyBuilder(ThemeWordings):
    """Walks the composed YAML nodes, collecting records and problems."""

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
