"""Completion of the word being typed from company names and metric words the store knows."""
from __future__ import annotations

import re
from bisect import bisect_left

from textual.suggester import Suggester


class WordSuggester(Suggester):
    """Completes the last words typed with the shortest known phrase they begin (a company name,
    a metric). Phrases are kept sorted per length, so a keystroke costs a binary search per length
    however many companies the store holds (a scan of 100,000 names took ~10 ms per keystroke)."""

    def __init__(self, phrases: list[str]):
        super().__init__(use_cache=True, case_sensitive=True)  # matching is ours, and keeps what was typed
        by_length: dict[int, list[str]] = {}
        for p in {p.lower() for p in phrases if len(p) > 2}:
            by_length.setdefault(len(p), []).append(p)
        self.by_length = [(n, sorted(by_length[n])) for n in sorted(by_length)]

    def shortest(self, piece: str) -> str | None:
        """The shortest phrase longer than `piece` that begins with it (the first in order on a tie)."""
        for n, phrases in self.by_length:
            if n > len(piece):
                i = bisect_left(phrases, piece)
                if i < len(phrases) and phrases[i].startswith(piece):
                    return phrases[i]
        return None

    async def get_suggestion(self, value: str) -> str | None:
        m = re.search(r"([a-z&'.-]{2,}(?: [a-z&'.-]+)*)$", value.lower())
        if not m:
            return None
        tail = m.group(1)
        for start in range(len(tail)):
            if start and tail[start - 1] != " ":
                continue
            piece = tail[start:]
            phrase = self.shortest(piece)
            if phrase:
                return value + phrase[len(piece):]
        return None
