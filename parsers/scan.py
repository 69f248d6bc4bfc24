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


def matches_at(rx: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """rx.finditer(text), given that every match of rx starts at one of `starts` (in order; more
    offsets than that only cost time). rx must not match the empty string."""
    end = 0
    for p in starts:
        if p >= end and (m := rx.match(text, p)):
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
