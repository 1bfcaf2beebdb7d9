"""Tagging stage: the spaCy components the tagger's pipeline is made of.

Order in the pipeline (see nlp/pipeline.py):
  lessons_matcher    one PhraseMatcher pass over the words' lemmas, which
                     LemmaNorms keeps on the vocabulary (no per-token work);
                     context cues only for the Docs that need them
  lessons_negation   negated and hypothetical scopes from the trigger matches
  lessons_themes     theme hits: exclusions, context rules, negation applied
  lessons_agencies   agencies named outside negated scopes
  lessons_ages       the child's age bands (nlp/ages.py)

Components keep their results on the Doc's LessonState (nlp/state.py);
the matcher and the lemmas are in nlp/matching.py. Sentence numbers
(Sentences) are computed only for the Docs whose rules need them.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc

from nlp.matching import AGENCY, CUE, EXCLUSION, NEG_POST, NEG_PRE, NEG_PSEUDO, SENTENCE_END_WORDS, THEME, Matcher
from nlp.negation import negated_tokens
from nlp.state import Hit, state_of
from nlp.taxonomy import Taxonomy

# Words skipped when looking for the words before a match (a theme's
# `not_after:`): "shared with the allocated social worker" is "with" + match.
SKIPPED_BEFORE = frozenset(
    {
        "the",
        "a",
        "an",
        "their",
        "his",
        "her",
        "its",
        "our",
        "your",
        "local",
        "allocated",
        "family",
        "child",
        "child's",
        "relevant",
        "named",
        "any",
        "every",
    }
)


class Sentences:
    """Sentence numbers of a Doc's tokens, computed when a rule first needs them.

    A sentence starts after . ! ? (and at the text start). A token after
    sentence-final punctuation starts a sentence unless it is itself
    punctuation or a closing quote or bracket, which stay with their
    sentence. Only negation scopes and context rules look at sentences, and
    most lessons have neither, so the numbers are not computed for every
    Doc (nor set as spaCy sentence starts, which nothing here reads). A loop
    over plain word ids is several times cheaper than spaCy's Sentencizer,
    which makes a Token object per word. Given the pipeline's Matcher, the
    sentence-final tokens come from its on-demand PhraseMatcher instead
    (Matcher.sentence_ends), cheaper still than that loop.
    """

    def __init__(self, vocab, matcher: Matcher | None = None):
        self.ends = frozenset(vocab.strings.add(p) for p in SENTENCE_END_WORDS)
        closers = ('"', "'", ")", "]", "’", "”")
        self.stay = self.ends | frozenset(vocab.strings.add(p) for p in closers)
        self.matcher = matcher

    def ids(self, doc: Doc) -> list[int]:
        """Sentence number of each token (cached on the Doc's LessonState)."""
        state = state_of(doc)
        if state.sent_ids is None:
            stay = self.stay
            n = len(doc)
            if self.matcher is not None:
                ends = [start for _, start, _ in self.matcher.sentence_ends(doc)]
                orth_at = lambda i: doc[i].orth  # noqa: E731  # only the few words after an end are read
            else:
                orth = doc.to_array(ORTH).tolist()
                ends = [i for i, word in enumerate(orth) if word in self.ends]
                orth_at = orth.__getitem__
            # after each end, the next sentence starts at the first token that
            # is not punctuation, a quote or a bracket (ends are among those)
            starts = []
            after = 0
            for end in ends:
                if end < after:  # inside the run of punctuation after an earlier end
                    continue
                after = end + 1
                while after < n and orth_at(after) in stay:
                    after += 1
                if after < n:
                    starts.append(after)
            sent_ids: list[int] = []
            previous = 0
            for number, start in enumerate(starts):
                sent_ids.extend([number] * (start - previous))
                previous = start
            sent_ids.extend([len(starts)] * (n - previous))
            state.sent_ids = sent_ids
        return state.sent_ids


class Negation:
    """Marks the tokens inside negated or hypothetical scopes (nlp/negation.py)."""

    def __init__(self, sentences: Sentences):
        self.sentences = sentences

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        matches = state.matches
        if NEG_PRE in matches or NEG_POST in matches:
            pre, post, pseudo = (
                [(start, end) for _, start, end in matches.get(kind, ())] for kind in (NEG_PRE, NEG_POST, NEG_PSEUDO)
            )
            state.negated = negated_tokens(doc, self.sentences.ids(doc), pre, post, pseudo)
        return doc


class Themes:
    """Turns theme matches into theme hits.

    A hit is dropped when it starts inside a negated scope, when it overlaps
    one of its theme's exclusion phrases (unless it holds the exclusion whole
    and is longer), when a context rule covers its
    phrase and no cue of that rule is in the same sentence, or when the word
    words before it (past articles and the like, SKIPPED_BEFORE) are one of
    its theme's `not_after:` wordings: "shared with the police" or "referred
    to the police" names the police as the recipient, not as the agency
    whose practice the lesson is about, where "brought to the emergency
    department" does name the service.
    Overlapping hits of one theme keep the longest; of phrases matching
    the same words, the one written as in the text ("injuries" before
    "injury" for "injuries"), then a lemma match, then an abbreviation.
    """

    def __init__(self, matcher: Matcher, taxonomy: Taxonomy, sentences: Sentences):
        # match key -> what the loop over matches needs of it, one dict per kind
        # Two phrases of one theme can match the same words only if they have
        # the same lemmas; a phrase with such a sibling carries its words, to
        # rank it among those it ties with (_rank), the others carry None.
        siblings: dict[tuple, int] = {}
        for kid, (kind, owner, _) in matcher.keys.items():
            if kind == THEME:
                lemmas = (owner, matcher.phrase_lemmas[kid])
                siblings[lemmas] = siblings.get(lemmas, 0) + 1
        self.theme_keys = {
            kid: (
                owner,
                detail,
                kid in matcher.abbreviation_keys,
                matcher.phrase_words[kid] if siblings[(owner, matcher.phrase_lemmas[kid])] > 1 else None,
            )
            for kid, (kind, owner, detail) in matcher.keys.items()
            if kind == THEME
        }
        self.exclusion_keys = {kid: owner for kid, (kind, owner, _) in matcher.keys.items() if kind == EXCLUSION}
        self.cue_keys = {kid: (owner, rule) for kid, (kind, owner, rule) in matcher.keys.items() if kind == CUE}
        self.matcher = matcher
        self.sentences = sentences
        # theme id -> {phrase: [rule indexes]}
        self.rules: dict[str, dict[str, list[int]]] = {}
        for theme in taxonomy.themes:
            covered: dict[str, list[int]] = {}
            for i, rule in enumerate(theme.context):
                for phrase in rule.applies_to:
                    covered.setdefault(phrase, []).append(i)
            if covered:
                self.rules[theme.id] = covered
        # theme id -> {last word of a not_after wording: the words before it, one
        # tuple per wording}, every word as the id of its lower-case form (Token.lower)
        self.not_after: dict[str, dict[int, tuple[tuple[int, ...], ...]]] = {}
        strings = matcher.make_doc("").vocab.strings
        self.skipped_before = frozenset(strings.add(w) for w in SKIPPED_BEFORE)
        for t in taxonomy.themes:
            by_last: dict[int, list[tuple[int, ...]]] = {}
            for wording in t.not_after:
                words = [w.lower for w in matcher.make_doc(wording)]
                by_last.setdefault(words[-1], []).append(tuple(words[:-1]))
            if by_last:
                self.not_after[t.id] = {last: tuple(before) for last, before in by_last.items()}
        # theme id -> (its context rules or None, its not_after wordings or None), for the themes with either
        self.theme_rules = {
            t.id: (self.rules.get(t.id), self.not_after.get(t.id))
            for t in taxonomy.themes
            if t.id in self.rules or t.id in self.not_after
        }

    @staticmethod
    def _rank(doc: Doc, start: int, is_abbr: bool, words: tuple[int, ...]) -> int:
        """Order among phrases matching the same words: 0 the phrase's words
        are the text's, 1 a lemma match, 2 an abbreviation."""
        if is_abbr:
            return 2
        for i, word in enumerate(words):
            if doc[start + i].lower != word:
                return 1
        return 0

    def _follows(self, doc: Doc, start: int, wordings: dict[int, tuple[tuple[int, ...], ...]]) -> bool:
        """Whether the words before `start`, past SKIPPED_BEFORE, end with one of
        the wordings (given by last word, then the words before it; as lower-case
        ids, which a Token gives without making a string)."""
        skipped = self.skipped_before
        i = start - 1
        while i >= 0:
            lower = doc[i].lower
            if lower not in skipped:
                break
            i -= 1
        else:
            return False
        befores = wordings.get(lower)
        if befores is None:
            return False
        for before in befores:
            first = i - len(before)
            if first >= 0 and all(doc[first + k].lower == w for k, w in enumerate(before)):
                return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        matches = state.matches
        theme_matches = matches.get(THEME)
        if not theme_matches:
            state.themes = {}
            return doc
        negated = state.negated
        theme_keys = self.theme_keys
        # theme -> (start, start - end, rank, match number, end, phrase, is_abbr):
        # in tuple order, by start, longest first, rank (only phrases that can
        # tie have one), then as matched
        candidates: dict[str, list[tuple[int, int, int, int, int, str, bool]]] = {}
        for number, (kid, start, end) in enumerate(theme_matches):
            if start not in negated:
                owner, phrase, is_abbr, words = theme_keys[kid]
                if words is None:
                    rank = 0
                elif len(words) == 1 and not is_abbr:  # _rank's commonest case, inline
                    rank = 0 if doc[start].lower == words[0] else 1
                else:
                    rank = self._rank(doc, start, is_abbr, words)
                candidate = (start, start - end, rank, number, end, phrase, is_abbr)
                if owner in candidates:
                    candidates[owner].append(candidate)
                else:
                    candidates[owner] = [candidate]
        if not candidates:
            state.themes = {}
            return doc
        exclusions: dict[str, list[tuple[int, int]]] = {}
        if EXCLUSION in matches:
            exclusion_keys = self.exclusion_keys
            for kid, start, end in matches[EXCLUSION]:
                exclusions.setdefault(exclusion_keys[kid], []).append((start, end))
        # sentence numbers, and the (theme, rule, sentence) of each cue, only
        # once a hit covered by a context rule asks for them
        sent_ids = None
        cues: set[tuple[str, int, int]] = set()
        hits: dict[str, list[Hit]] = {}
        theme_rules = self.theme_rules
        for theme_id, found in candidates.items():
            blocked = exclusions.get(theme_id) if exclusions else None
            covered, not_after = theme_rules.get(theme_id, (None, None))
            kept: list[Hit] = []
            kept_end = -1
            if len(found) > 1:
                found.sort()
            for start, _, _, _, end, phrase, is_abbr in found:
                if start < kept_end:  # overlaps a longer hit already kept
                    continue
                # an exclusion drops the hits it overlaps, except a longer
                # wording of the theme that holds it whole ("severe learning
                # disabilities" where "learning disabilities" is excluded)
                if blocked and any(
                    s < end and start < e and not (start <= s and e <= end and end - start > e - s) for s, e in blocked
                ):
                    continue
                rules = covered.get(phrase) if covered else None
                if rules:
                    if sent_ids is None:
                        sent_ids = self.sentences.ids(doc)
                        cue_keys = self.cue_keys
                        cues = {(*cue_keys[kid], sent_ids[at]) for kid, at, _ in self.matcher.cues(doc)}
                    sentence = sent_ids[start]
                    if any((theme_id, i, sentence) not in cues for i in rules):
                        continue
                if not_after and self._follows(doc, start, not_after):
                    continue
                # character offsets without making a Span
                token = doc[start]
                start_char = token.idx
                if end - start > 1:
                    token = doc[end - 1]
                kept.append(Hit(start, end, start_char, token.idx + len(token), phrase, is_abbr))
                kept_end = end
            if kept:
                hits[theme_id] = kept
        state.themes = hits
        return doc


class Agencies:
    """The agencies named in the text, outside negated scopes, with evidence."""

    def __init__(self, matcher: Matcher):
        self.owner_of = {kid: owner for kid, (kind, owner, _) in matcher.keys.items() if kind == AGENCY}

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        found: dict[str, list[tuple[int, int]]] = {}
        negated = state.negated
        owner_of = self.owner_of
        for kid, start, end in state.matches.get(AGENCY, ()):
            if start not in negated:
                found.setdefault(owner_of[kid], []).append((start, end))
        state.agencies = found
        return doc
