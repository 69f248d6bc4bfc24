"""Completion of the word being typed from company names and metric words the store knows."""
from __future__ import annotations

import re

from textual.suggester import Suggester


class WordSuggester(Suggester):
    def __init__(self, phrases: list[str]):
        super().__init__(use_cache=True, case_sensitive=True)  # matching is ours, and keeps what was typed
        self.phrases = sorted({p.lower() for p in phrases if len(p) > 2}, key=len)

    async def get_suggestion(self, value: str) -> str | None:
        m = re.search(r"([a-z&'.-]{2,}(?: [a-z&'.-]+)*)$", value.lower())
        if not m:
            return None
        tail = m.group(1)
        for start in range(len(tail)):
            if start and tail[start - 1] != " ":
                continue
            piece = tail[start:]
            for phrase in self.phrases:
                if phrase.startswith(piece) and phrase != piece:
                    return value + phrase[len(piece):]
        return None
