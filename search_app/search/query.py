"""Search stage: the query language, parsed into a small engine-neutral tree.

The language is the one on the search page:
- words: every word must match (`neglect school`);
- "quoted phrases": the words in this order (`"voice of the child"`);
- -exclusion: lessons with the word or phrase are left out (`-police`,
  `-"health visitor"`; `NOT police` means the same);
- OR (upper case) between two words or phrases: either will do; it binds
  tighter than the implicit AND, so `baby bruising OR fracture` is
  baby AND (bruising OR fracture). Lower-case "or" is an ordinary word.
There are no fields and no grouping.

`parse(text)` never raises: whatever is typed still searches. Unbalanced
quotes are closed, stray operators and syntax characters (`* ( ) : ^ ~ ...`)
are dropped, and `ParsedQuery.notices` says in words what was changed.
`expand(node, synonyms)` then turns each word or phrase that has
equivalents (taxonomy synonyms and abbreviations, British/American
spellings) into an Or of the alternatives. Both engines compile the same
expanded tree; a Term whose analysis gives several tokens ("non-accidental")
is matched as a phrase of those tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

from search_app.search.analysis import MAX_TOKEN_BYTES, analyze
from search_app.search.contract import MAX_QUERY_CHARS
from search_app.search.synonyms import HasSynonymSets, SynonymTable, load_synonym_table

MAX_CLAUSES = 32

# Characters with a meaning in other engines' query syntax but none here.
# Inside words they are dropped and reported; other punctuation ("A&E",
# "child's", "s.47") is left to the analyzer, which splits on it silently.
SYNTAX_CHARACTERS = frozenset("*()[]{}:^~\\+!?<>=|`")


@dataclass(frozen=True)
class Term:
    """A word as typed (the engines analyse it)."""

    text: str


@dataclass(frozen=True)
class Phrase:
    """Words that must appear together in this order."""

    text: str


@dataclass(frozen=True)
class Not:
    """Leave out lessons matching `child`."""

    child: Node


@dataclass(frozen=True)
class Or:
    """Any of `children` will do."""

    children: tuple[Node, ...]


@dataclass(frozen=True)
class And:
    """All of `children` must match (Not children must not). And(()) matches everything."""

    children: tuple[Node, ...]


Node = Term | Phrase | Not | Or | And
MATCH_ALL = And(())


@dataclass(frozen=True)
class ParsedQuery:
    """The parsed query, what was repaired, and the query as understood."""

    node: Node
    notices: tuple[str, ...] = ()

    @property
    def understood(self) -> str:
        return render(self.node)

    @property
    def is_empty(self) -> bool:
        return self.node == MATCH_ALL


# ---------------------------------------------------------------- lexing


@dataclass(frozen=True)
class _Token:
    kind: str  # "word", "phrase", "or", "and", "not"
    text: str = ""
    negated: bool = False


class _Notes:
    """Collects what the parser changed, once per kind of change."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.ignored_chars: list[str] = []

    def add(self, message: str) -> None:
        if message not in self.messages:
            self.messages.append(message)

    def ignore_chars(self, chars: str) -> None:
        for c in chars:
            if c not in self.ignored_chars:
                self.ignored_chars.append(c)

    def result(self, nothing_left: bool = False) -> tuple[str, ...]:
        out = list(self.messages)
        if self.ignored_chars:
            out.append("Ignored the characters " + " ".join(self.ignored_chars))
        if nothing_left:
            out.append("Nothing to search for was left, so all lessons are shown")
        return tuple(out)


def _clean_word(raw: str, notes: _Notes) -> str:
    kept = "".join(c for c in raw if c not in SYNTAX_CHARACTERS)
    if kept != raw:
        notes.ignore_chars("".join(c for c in raw if c in SYNTAX_CHARACTERS))
    return kept


def _lex(text: str, notes: _Notes) -> list[_Token]:
    tokens: list[_Token] = []
    # Split on quotes first: even-numbered pieces are outside quotes.
    pieces = text.split('"')
    if len(pieces) % 2 == 0:
        notes.add("Added a closing quote")
    negate_next_phrase = False
    for index, piece in enumerate(pieces):
        if index % 2 == 1:
            phrase = " ".join(piece.split())
            if analyze(phrase):
                tokens.append(_Token("phrase", phrase, negated=negate_next_phrase))
            elif not phrase:
                notes.add('Ignored an empty phrase ""')
            else:
                notes.ignore_chars(phrase.replace(" ", ""))
            negate_next_phrase = False
            continue
        words = piece.split()
        # A "-" right before an opening quote negates the phrase: -"foo bar".
        trailing_minus = bool(piece) and not piece[-1].isspace() and words and set(words[-1]) <= {"-"}
        if trailing_minus and index + 1 < len(pieces):
            words = words[:-1]
            negate_next_phrase = True
        for raw in words:
            tokens.extend(_lex_word(raw, notes))
    return tokens


def _lex_word(raw: str, notes: _Notes) -> list[_Token]:
    if raw == "OR":
        return [_Token("or")]
    if raw == "AND":
        return [_Token("and")]
    if raw == "NOT":
        return [_Token("not")]
    negated = raw.startswith("-")
    body = raw.lstrip("-")
    word = _clean_word(body, notes)
    if not analyze(word):  # nothing an index could hold ("&", "_", "...")
        if len(word.encode()) >= MAX_TOKEN_BYTES and word.isalnum():
            notes.add(f"Ignored a word of {len(word)} characters, too long to be in any lesson")
        if negated and not word:
            notes.add("Ignored a - with no word after it")
        return []
    return [_Token("word", word, negated=negated)]


# ---------------------------------------------------------------- parsing


def parse(text: str) -> ParsedQuery:
    """Parse what the user typed; never raises (see the module docstring)."""
    notes = _Notes()
    text = text or ""
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notes.add(f"Used only the first {MAX_QUERY_CHARS:,} characters of the query")
    tokens = _lex(text, notes)
    clauses = _combine(tokens, notes)
    if len(clauses) > MAX_CLAUSES:
        clauses = clauses[:MAX_CLAUSES]
        notes.add(f"Used only the first {MAX_CLAUSES} words or phrases of the query")
    return ParsedQuery(And(tuple(clauses)), notes.result(nothing_left=bool(text.strip()) and not clauses))


def _operand(token: _Token) -> Node:
    leaf: Node = Term(token.text) if token.kind == "word" else Phrase(token.text)
    return Not(leaf) if token.negated else leaf


def _combine(tokens: list[_Token], notes: _Notes) -> list[Node]:
    """Turn the token stream into top-level clauses, applying NOT and OR."""
    # First pass: apply NOT to the following operand; drop stray AND/NOT.
    items: list[Node | str] = []
    pending_not = False
    for i, token in enumerate(tokens):
        if token.kind == "and":
            prev_ok = bool(items) and not isinstance(items[-1], str)
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if not (prev_ok and nxt is not None and nxt.kind in ("word", "phrase", "not")):
                notes.add("Ignored AND with nothing on one side")
            continue  # AND is what words do anyway
        if token.kind == "not":
            if pending_not:
                notes.add("Ignored a repeated NOT")
            pending_not = True
            continue
        if token.kind == "or":
            items.append("OR")
            continue
        operand = _operand(token)
        if pending_not:
            operand = operand if isinstance(operand, Not) else Not(operand)
            pending_not = False
        items.append(operand)
    if pending_not:
        notes.add("Ignored NOT with nothing after it")

    # Second pass: OR joins the operands on either side (chains allowed).
    clauses: list[Node] = []
    i = 0
    while i < len(items):
        item = items[i]
        if isinstance(item, str):  # "OR", the only string in items
            notes.add("Ignored OR with nothing on one side")
            i += 1
            continue
        group: list[Node] = [item]
        while i + 2 < len(items) and items[i + 1] == "OR" and not isinstance(following := items[i + 2], str):
            group.append(following)
            i += 2
        i += 1
        if len(group) == 1:
            clauses.append(group[0])
        elif any(isinstance(g, Not) for g in group):
            notes.add("Ignored OR next to an excluded word")
            clauses.extend(group)
        else:
            clauses.append(Or(tuple(_dedupe(group))) if len(set(group)) > 1 else group[0])
    return _dedupe(clauses)


def _dedupe(nodes: list[Node]) -> list[Node]:
    seen: set[Node] = set()
    out = []
    for n in nodes:
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


# ---------------------------------------------------------------- rendering


def render(node: Node) -> str:
    """The tree back in the query language (the query "as understood").

    Expanded trees may nest an And inside an Or; that part is shown in
    parentheses, which the language itself does not read.
    """
    if isinstance(node, Term):
        return node.text
    if isinstance(node, Phrase):
        return f'"{node.text}"'
    if isinstance(node, Not):
        return "-" + render(node.child)
    if isinstance(node, Or):
        return " OR ".join(f"({render(c)})" if isinstance(c, And) else render(c) for c in node.children)
    return " ".join(render(c) for c in node.children)


def positive_leaves(node: Node) -> list[Term | Phrase]:
    """The words and phrases a matching lesson may contain (for highlighting)."""
    if isinstance(node, (Term, Phrase)):
        return [node]
    if isinstance(node, Not):
        return []
    out: list[Term | Phrase] = []
    for child in node.children:
        out.extend(positive_leaves(child))
    return out


# ---------------------------------------------------------------- expansion


def _leaf(text: str) -> Term | Phrase:
    return Phrase(text) if len(analyze(text)) > 1 or " " in text else Term(text)


def _with_alternatives(original: Node, text: str, synonyms: SynonymTable) -> Node:
    alternatives = synonyms.alternatives(text)
    if not alternatives:
        return original
    return Or((original, *(_leaf(a) for a in alternatives)))


def expand(node: Node, synonyms: SynonymTable | HasSynonymSets | None = None) -> Node:
    """Each word, run of words or phrase with equivalents becomes an Or of them.

    `synonyms` is a SynonymTable (build it once and reuse it) or anything
    with `synonym_sets()`, such as the taxonomy; None expands spelling
    variants only. Runs of consecutive words are matched longest first, so
    `non-accidental injury` (two words) finds the synonym set of NAI.
    """
    if not isinstance(synonyms, SynonymTable):
        synonyms = SynonymTable.from_taxonomy(synonyms)
    return _expand(node, synonyms)


def _expand(node: Node, table: SynonymTable) -> Node:
    if isinstance(node, Term):
        return _with_alternatives(node, node.text, table)
    if isinstance(node, Phrase):
        return _with_alternatives(node, node.text, table)
    if isinstance(node, Not):
        return Not(_expand(node.child, table))
    if isinstance(node, Or):
        children: list[Node] = []
        for child in node.children:
            expanded = _expand(child, table)
            children.extend(expanded.children if isinstance(expanded, Or) else (expanded,))
        return Or(tuple(_dedupe(children)))
    return And(tuple(_expand_run(list(node.children), table)))


def _expand_run(children: list[Node], table: SynonymTable) -> list[Node]:
    out: list[Node] = []
    i = 0
    while i < len(children):
        matched = False
        # Longest run of plain words first; a run of one is the word itself.
        for j in range(min(len(children), i + table.max_tokens), i + 1, -1):
            run = children[i:j]
            if not all(isinstance(c, Term) for c in run):
                continue
            text = " ".join(c.text for c in run)  # type: ignore[union-attr]
            if table.alternatives(text):
                out.append(_with_alternatives(And(tuple(run)), text, table))
                i = j
                matched = True
                break
        if not matched:
            out.append(_expand(children[i], table))
            i += 1
    return out


__all__ = [
    "And",
    "MATCH_ALL",
    "Node",
    "Not",
    "Or",
    "ParsedQuery",
    "Phrase",
    "SynonymTable",
    "Term",
    "expand",
    "load_synonym_table",
    "parse",
    "positive_leaves",
    "render",
]
