"""Searching a long text fast with a pattern that can only start at one of a few words.

Python's re tries a case-insensitive pattern that opens with an alternation or a look-behind at
every character of the text, tens of nanoseconds each; even a case-insensitive word is looked for
at about 13 ns a character. A lowercase word in a lowercased text is found at under 2 ns a
character. So a pattern whose every match starts with one of a few words is tried only where one
of them stands in the lowercased text (str.find, faster still): the same matches, found many times faster.

That holds for a text of "plain words": then the lowercased text has the same offsets, and a
case-insensitive pattern's word matches exactly where the lowercase word stands. What would break
it, checked over all of Unicode: "ſ" matches "s", "K" (Kelvin) "k", "ı" and "İ" "i" case-insensitively,
"İ" lowercases to two characters, and "\\d" matches the digits of other scripts. Any other letter
("é") or superscript ("¹") is harmless. A text with one of those is searched the plain way.
"""
from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


_FOLD_PARTNERS = "\u017f\u212a\u0131\u0130"  # ſ K ı İ


def plain_words(text: str) -> bool:
    """Has the text none of the characters that would make its lowercased copy misleading (see the
    module's docstring)?"""
    return text.isascii() or not any(_misleading(c) for c in set(_NON_ASCII.findall(text)))


def _misleading(c: str) -> bool:
    low = c.lower()
    return c.isdecimal() or c in _FOLD_PARTNERS or len(low) != 1 or low.isascii()


class Lowered:
    """A text with its lowercased copy, made once for the several patterns looked for in it."""

    def __init__(self, text: str):
        self.text = text
        self.plain = plain_words(text)
        self.low = text.lower() if self.plain else ""
        self._holds: dict[str, bool] = {}

    def holds(self, word: str) -> bool:
        """Does the lowercased text hold `word`? Asked once per word, however many patterns need it."""
        found = self._holds.get(word)
        if found is None:
            found = self._holds[word] = word in self.low
        return found


class Leads:
    """The words (lowercase, ASCII) one of which every match of a case-insensitive pattern starts with."""

    def __init__(self, *words: str):
        for w in words:
            if not w or w != w.lower() or not w.isascii():
                raise ValueError(f"not a lead word: {w!r}")
        self.words = words

    def starts(self, low: str, pos: int = 0) -> Iterator[int]:
        """Offsets from `pos` where one of the words starts in a lowercased text, in order, found as
        they are asked for (a search that succeeds early never looks at the rest of the text)."""
        if len(self.words) == 1:
            return _occurrences(low, self.words[0], pos)
        return heapq.merge(*(_occurrences(low, w, pos) for w in self.words))

    def offsets(self, low: str) -> list[int]:
        """All the offsets where one of the words starts in a lowercased text, in order."""
        out = []
        for w in self.words:
            out += _occurrences(low, w, 0)
        out.sort()
        return out


def _occurrences(low: str, word: str, pos: int) -> Iterator[int]:
    p = low.find(word, pos)
    while p >= 0:
        yield p
        p = low.find(word, p + 1)


def search(rx: re.Pattern, text: Lowered, leads: Leads, pos: int = 0) -> re.Match | None:
    """rx.search(text.text, pos), given that every match of rx starts with one of `leads`."""
    if not text.plain:
        return rx.search(text.text, pos)
    for p in leads.starts(text.low, pos):
        m = rx.match(text.text, p)
        if m:
            return m
    return None


def finditer(rx: re.Pattern, text: Lowered, leads: Leads) -> Iterator[re.Match]:
    """rx.finditer(text.text), given that every match of rx starts with one of `leads`."""
    if not text.plain:
        return rx.finditer(text.text)
    return matches_at(rx, text.text, leads.offsets(text.low))


def matches_at(rx: re.Pattern, text: str, starts: list[int], endpos: int | None = None) -> Iterator[re.Match]:
    """rx.finditer(text, 0, endpos), given that every match of rx starts at one of `starts` (in order; more
    offsets than that only cost time). rx must not match the empty string."""
    endpos = len(text) if endpos is None else endpos
    end = 0
    for p in starts:
        if p >= endpos:
            return  # as finditer with endpos: the text ends there
        if p >= end and (m := rx.match(text, p, endpos)):
            end = m.end()
            yield m


# The only characters outside ASCII that a case-insensitive pattern matches to an ASCII letter
# (checked over all of Unicode): dotted and dotless I, the Kelvin sign and the long s.
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


class Needles:
    """Words (lowercase, ASCII) one of which every match of a case-insensitive pattern contains:
    a text holding none of them cannot match, and is ruled out without running the pattern."""

    def __init__(self, *words: str):
        for w in words:
            if not w or w != w.lower() or not w.isascii():
                raise ValueError(f"not a needle: {w!r}")
        self.words = words
        self.folds = "".join(sorted({c for w in words for ch in w for c in _FOLDS.get(ch, "")}))

    def may_match(self, text: str, low: str | None = None) -> bool:
        """False only when the pattern cannot match text (`low`: text.lower(), when already made)."""
        low = text.lower() if low is None else low
        for w in self.words:  # a loop, not any() over a generator: this runs for most sentences and cells
            if w in low:
                return True
        if self.folds and not text.isascii():
            for c in self.folds:
                if c in text:
                    return True
        return False


class NotEnumerable(Exception):
    """A pattern whose first word cannot be listed (a letter class, an unbounded run, a match that
    can start inside a word): it is searched the plain way."""


_WORD_CHAR = re.compile(r"[a-z0-9_]")
_MAX_WORDS = 6000  # first words listed for one pattern before giving up (a year and a quarter: ~2,500)
_MAX_LEAD = 3  # punctuation before the first word ("(loss)")


def first_words(rx: re.Pattern, inside_words: bool = False) -> tuple[frozenset[str], frozenset[int]] | None:
    """The words (lowercase) every match of rx starts with, and how many non-word characters
    ("(" of "(loss)") may stand before that word — worked out from the pattern itself, so a pre-filter
    never needs a list kept by hand beside it. None when they cannot be listed: a letter class, an
    unbounded repeat before the first word ends, or a match that may start inside a word (no
    word boundary or look-behind before it) unless `inside_words`: then the words are only what
    every match holds (needles, see Needles), not where it starts."""
    from re import _constants as c, _parser
    try:
        tree = list(_parser.parse(rx.pattern, rx.flags))
        found: set[tuple[int, str]] = set()
        _walk(tree, "", 0, inside_words, found, c)
    except (NotEnumerable, RecursionError):
        return None
    if not found:
        return None
    return frozenset(w for _, w in found), frozenset(lead for lead, _ in found)


def _char_set(items, c) -> set[str] | None:
    """The (lowercase ASCII) characters a class [...] matches; None when too many to list."""
    chars: set[str] = set()
    for op, av in items:
        if op is c.NEGATE:
            return None
        if op is c.LITERAL:
            chars.add(chr(av).lower())
        elif op is c.RANGE:
            if av[1] - av[0] > 12:
                return None
            chars |= {chr(x).lower() for x in range(av[0], av[1] + 1)}
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            chars |= set("0123456789")
        elif op is c.CATEGORY and av is c.CATEGORY_SPACE:
            chars |= {" ", "\t", "\n"}
        elif op is c.CATEGORY and av in (c.CATEGORY_NOT_WORD, c.CATEGORY_NOT_DIGIT):
            chars.add("\x00")  # stands for any non-word character
        else:
            return None
    return chars


def _walk(items: list, word: str, lead: int, anchored: bool, found: set, c) -> None:
    """List the first words of the sequence `items`, `word` read so far after `lead` characters of
    punctuation; `anchored`: a boundary or look-behind has said the match starts a word."""
    if len(found) > _MAX_WORDS:
        raise NotEnumerable
    if not items:
        if not word:
            raise NotEnumerable  # the pattern can match without a word
        found.add((lead, word))
        return
    (op, av), rest = items[0], items[1:]
    if op is c.LITERAL:
        _step({chr(av).lower()}, rest, word, lead, anchored, found, c)
    elif op is c.IN:
        chars = _char_set(av, c)
        if chars is None:
            raise NotEnumerable
        _step(chars, rest, word, lead, anchored, found, c)
    elif op is c.BRANCH:
        for alternative in av[1]:
            _walk(list(alternative) + rest, word, lead, anchored, found, c)
    elif op is c.SUBPATTERN:
        _walk(list(av[3]) + rest, word, lead, anchored, found, c)
    elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        if high > 4:  # an unbounded run: only a run of punctuation after the word is readable
            if not word:
                raise NotEnumerable
            for n in range(low, max(low, 1) + 1):  # one more is as good as many: the word has ended
                _walk(list(body) * n + rest, word, lead, anchored, found, c)
            return
        for n in range(low, high + 1):
            _walk(list(body) * n + rest, word, lead, anchored, found, c)
    elif op is c.AT:
        _walk(rest, word, lead, anchored or (not word and av in (c.AT_BOUNDARY, c.AT_BEGINNING,
                                                                   c.AT_BEGINNING_STRING)), found, c)
    elif op is c.ASSERT_NOT and av[0] == -1 and not word and not lead:
        body = list(av[1])
        guards = body and body[0][0] is c.IN and (c.CATEGORY, c.CATEGORY_WORD) in body[0][1]
        _walk(rest, word, lead, anchored or bool(guards), found, c)
    elif op is c.ASSERT and av[0] == -1 and not word and not lead:
        # a look-behind that ends in a character no word holds ("(?<=million )"): the match starts a word
        _walk(rest, word, lead, anchored or _ends_outside_words(list(av[1]), c), found, c)
    elif op in (c.ASSERT, c.ASSERT_NOT):
        _walk(rest, word, lead, anchored, found, c)  # a look-ahead only narrows the matches
    else:
        raise NotEnumerable


def _ends_outside_words(body: list, c) -> bool:
    """Does every text a look-behind's body matches end in a character that is no word character
    (a space, punctuation), so what follows it starts a word?"""
    if not body:
        return False
    op, av = body[-1]
    chars = {chr(av).lower()} if op is c.LITERAL else _char_set(av, c) if op is c.IN else None
    return bool(chars) and not any(_WORD_CHAR.fullmatch(ch) or not ch.isascii() for ch in chars)


def _step(chars: set[str], rest: list, word: str, lead: int, anchored: bool, found: set, c) -> None:
    """One character of `chars` read: a word character extends the word, another ends it (or, before
    the word, is punctuation leading it)."""
    if any(ch.isalnum() or ch == "_" for ch in chars) and not word and not anchored and not lead:
        raise NotEnumerable  # the match may start inside a word ("a year" in "data year")
    if len(chars) > 12:
        raise NotEnumerable
    ended = False
    for ch in sorted(chars):
        if _WORD_CHAR.fullmatch(ch):
            _walk(rest, word + ch, lead, anchored, found, c)
        elif word:
            ended = True
        elif lead < _MAX_LEAD:
            _walk(rest, word, lead + 1, anchored, found, c)
        else:
            raise NotEnumerable
    if ended:
        found.add((lead, word))


class Required:
    """What every match of a pattern must hold, worked out from the pattern itself: the strings each
    alternative spells ("thousands of CAD" needs "thousands" and "of" and one of "cad", "c$"), so a
    text that lacks them is ruled out with a few str.find calls instead of a regex scan of the whole
    text (tens of nanoseconds a character for a case-insensitive pattern that opens with \\b). Nothing
    is hand-kept beside the pattern; what cannot be read as a literal (a class, \\d, an optional part)
    asks for nothing, so the test only ever lets more texts through than the pattern matches."""

    def __init__(self, rx: re.Pattern):
        from re import _constants as c, _parser
        tree = list(_parser.parse(rx.pattern, rx.flags))
        self.rx = rx
        self.need = _needs(tree, c)
        alternatives = list(tree[0][1][1]) if len(tree) == 1 and tree[0][0] is c.BRANCH else [tree]
        self.ways = [(_needs(list(a), c), _shortest(way) if (way := _starts(list(a), c, multiline=bool(rx.flags & re.M)))
                      else way) for a in alternatives]
        starts = _starts(tree, c, multiline=bool(rx.flags & re.M))
        self.starts = sorted(_shortest(starts)) if starts and "" not in starts else None
        cover = _cover(self.need)
        self.cover = None if cover is None else frozenset(_fewest(cover))

    def may_match(self, text: Lowered) -> bool:
        """False only when the pattern cannot match text.text (see Lowered: a text whose lowercased copy
        could mislead is never ruled out)."""
        return not text.plain or self.need is None or _holds(self.need, text)

    def may_hold(self, text: str, low: str | None = None) -> bool:
        """False only when the pattern cannot match a short text (a line, a cell) searched once: it holds none of
        the cover's words (`low`: text.lower(), when already made). A text whose lowercased copy could mislead
        (see Lowered), or a pattern whose cover is not known, is never ruled out."""
        if self.cover is None or not plain_words(text):
            return True
        low = text.lower() if low is None else low
        for w in self.cover:  # a loop, not any() over a generator: this runs for most lines
            if w in low:
                return True
        return False

    def finditer(self, text: Lowered) -> Iterator[re.Match]:
        """rx.finditer(text.text): nothing when the text lacks what the pattern needs; else, when every
        match of the alternatives the text may hold starts with one of a few strings ("EUR", not a
        digit before "€" when the text holds no "€"), the pattern tried only where they stand."""
        if not text.plain:
            return self.rx.finditer(text.text)
        if self.cover is not None and not _holds_any(self.cover, text):
            return iter(())  # a few words asked before the ways' needs (a short text is ruled out at once)
        starts: set[str] = set()
        for need, way_starts in self.ways:
            if need is None or _holds(need, text):
                if not way_starts or "" in way_starts:
                    return self.rx.finditer(text.text)
                starts |= way_starts
        if not starts:
            return iter(())
        offsets = _offsets(text.low, [w for w in starts if w != LINE_START])
        if LINE_START in starts:
            offsets |= {p + 1 for p in _occurrences(text.low, "\n", 0)} | {0}
        return matches_at(self.rx, text.text, sorted(offsets))

    def find(self, text: str) -> Iterator[re.Match]:
        """rx.finditer(text) for a short text searched once (a sentence): tried only where one of `starts`
        stands in its lowercased copy, without a Lowered's bookkeeping (a case-sensitive alternation of
        marks opening with \\b is tried at every character, ~10x slower); plainly when the starts are not
        known or the lowercased copy could mislead (see Lowered)."""
        if self.starts is None or LINE_START in self.starts or not plain_words(text):
            return self.rx.finditer(text)
        return matches_at(self.rx, text, sorted(_offsets(text.lower(), self.starts)))


    def search(self, text: str) -> re.Match | None:
        """rx.search(text) for a short text searched once (see find)."""
        return next(self.find(text), None)


LINE_START = "\n^"  # in Required.starts: a match may start where a line starts (a pattern's ^ under re.M)


_Need = "str | tuple[str, list]"  # a string, ("all", needs) or ("any", needs)


def _fewest(words: "set[str] | frozenset[str]") -> set[str]:
    """Words one of which a text must hold, without those holding another of them ('thousands' beside 'thousand'):
    a text holding the longer holds the shorter, so asking for it decides nothing."""
    return {w for w in words if not any(v != w and v in w for v in words)}


def _shortest(starts: set[str]) -> set[str]:
    """The starts without those another start begins ('january' where 'jan' is one, 'thousands' where 'thousand'
    is): wherever the longer stands the shorter does, so it adds no offset, only a search of the text."""
    if "" in starts:
        return starts
    return {w for w in starts if w == LINE_START or not any(v != w and v != LINE_START and w.startswith(v) for v in starts)}


def _offsets(low: str, words: "list[str] | frozenset[str] | set[str]") -> set[int]:
    """Every offset where one of the words stands in a lowercased text (loops, not generators: this runs for
    every sentence and pattern)."""
    out: set[int] = set()
    for w in words:
        p = low.find(w)
        while p >= 0:
            out.add(p)
            p = low.find(w, p + 1)
    return out


def _holds_any(words: "frozenset[str]", text: Lowered) -> bool:
    for w in words:
        if text.holds(w):
            return True
    return False


def _holds(need, text: Lowered) -> bool:
    """Does the text hold what `need` asks (a string, or all / any of its parts)? In the parts' order, stopping
    at the first that decides, as all() and any() do; loops, not generators, as this runs for every pattern."""
    if isinstance(need, str):
        return text.holds(need)
    kind, parts = need
    if kind == "all":
        for p in parts:
            if not _holds(p, text):
                return False
        return True
    for p in parts:
        if _holds(p, text):
            return True
    return False


_MAX_SPELLINGS = 32  # strings an alternation of literals is spelt out as before it is left as parts


def _cover(need: _Need | None) -> frozenset[str] | None:
    """Words one of which every text that holds `need` holds (None: not known): any of the alternatives'
    words, or those of one part of what all must hold (the part whose shortest word is longest: the
    rarest, "thousands" before "of")."""
    if need is None:
        return None
    if isinstance(need, str):
        return frozenset({need})
    kind, parts = need
    covers = [_cover(p) for p in parts]
    if kind == "any":
        return None if any(c is None for c in covers) else frozenset().union(*covers)
    known = [c for c in covers if c]
    return max(known, key=lambda c: min(map(len, c))) if known else None


def _needs(items: list, c, spelt: frozenset[str] | set[str] = frozenset({""})) -> _Need | None:
    """What a sequence of pattern items needs: each stretch of literal characters and alternations of
    them, spelt out whole ("canadian" or "cdn", not "c" then "anadian" or "dn" as the parser factors
    it; a stretch before a group is spelt into each of its alternatives), and what its other groups,
    alternations and repeats of at least one need. `spelt`: what the sequence is known to start with.
    None: nothing that can be named."""
    parts: list = []
    for op, av in items:
        exact = _spellings(op, av, c)
        if exact is not None and len(spelt) * len(exact) <= _MAX_SPELLINGS:
            spelt = {a + b for a in spelt for b in exact}
            continue
        if exact is None and op in (c.BRANCH, c.SUBPATTERN) and "" not in spelt:
            alternatives = av[1] if op is c.BRANCH else [av[-1]]
            parts.append(("any", [_needs(list(a), c, spelt) for a in alternatives]))
            spelt = {""}
            continue
        if "" not in spelt:
            parts.append(("any", sorted(_fewest(spelt))))
        spelt = exact if exact is not None else {""}
        if exact is None and (need := _item_needs(op, av, c)) is not None:
            parts.append(need)
    if "" not in spelt:
        parts.append(("any", sorted(_fewest(spelt))))
    return None if not parts else parts[0] if len(parts) == 1 else ("all", parts)


def _starts(items: list, c, spelt: frozenset[str] | set[str] = frozenset({""}), multiline: bool = False) -> set[str] | None:
    """The strings (lowercased) one of which every match of a sequence starts with, past what only looks
    (\\b, a look-behind), or LINE_START for a match at ^ under re.M; None when they cannot be spelt out."""
    for n, (op, av) in enumerate(items):
        if spelt == {""} and op is c.AT and av is c.AT_BEGINNING and multiline:
            return {LINE_START}
        if spelt == {""} and op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        exact = _spellings(op, av, c)
        if exact is not None and len(spelt) * len(exact) <= _MAX_SPELLINGS:
            spelt = {a + b for a in spelt for b in exact}
            continue
        optional = op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0 and av[1] == 1  # "(?:New\\s+)?"
        if exact is None and (op in (c.BRANCH, c.SUBPATTERN) or optional):
            out: set[str] = set()
            ways = av[1] if op is c.BRANCH else [av[-1]] if op is c.SUBPATTERN else [av[2], []]
            for a in ways:
                one = _starts(list(a) + items[n + 1:], c, spelt, multiline)
                if one is None:
                    return None
                out |= one
            return out
        break
    return None if "" in spelt else set(spelt)


def _item_needs(op, av, c) -> _Need | None:
    if op is c.BRANCH:
        alternatives = [_needs(list(a), c) for a in av[1]]
        return None if any(a is None for a in alternatives) else ("any", alternatives)
    if op is c.SUBPATTERN:
        return _needs(list(av[-1]), c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        return _needs(list(av[2]), c)
    return None


def _spellings(op, av, c) -> set[str] | None:
    """Every string an item matches (lowercased), when they are few and all literal: "c", "(?:cad|c\\$)",
    "s?"; None for anything else (a class of many characters, \\d, a letter with case of another script)."""
    if op is c.LITERAL:
        ch = _literal(av)
        return None if ch is None else {ch}
    if op is c.IN:
        chars = {_literal(av2) if op2 is c.LITERAL else None for op2, av2 in av}
        return None if None in chars or len(chars) > 4 else chars
    if op is c.SUBPATTERN:
        return _sequence_spellings(list(av[-1]), c)
    if op is c.BRANCH:
        out: set[str] = set()
        for a in av[1]:
            one = _sequence_spellings(list(a), c)
            if one is None or len(out | one) > _MAX_SPELLINGS:
                return None
            out |= one
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[1] <= 1:
        body = _sequence_spellings(list(av[2]), c)
        return None if body is None else body | ({""} if av[0] == 0 else set())
    return None


def _sequence_spellings(items: list, c) -> set[str] | None:
    spelt = {""}
    for op, av in items:
        exact = _spellings(op, av, c)
        if exact is None or len(spelt) * len(exact) > _MAX_SPELLINGS:
            return None
        spelt = {a + b for a in spelt for b in exact}
    return spelt


def _literal(code: int) -> str | None:
    """A literal character, lowercased, when the lowercased text is sure to hold it where it matches:
    an ASCII character, or one that has no case ("€"); None for a letter of another script."""
    ch = chr(code)
    if ch.isascii():
        return ch.lower()
    return ch if ch.lower() == ch == ch.upper() else None
