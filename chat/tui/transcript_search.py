"""Search in the transcript: the questions and answers of the cards, as they are shown.

The cards keep the text they first showed (`AnswerCard.searchable`); a search shows a copy with the
matches marked and puts the original back when it closes, so figures keep their colours."""
from __future__ import annotations

from textual.containers import VerticalScroll

from chat.tui.answer_card import AnswerCard
from chat.tui.search_bar import Found, highlighted, spans


class TranscriptSearch:
    def __init__(self, transcript: VerticalScroll):
        self.transcript = transcript
        self.units: list = []  # (Static, original Text) of every card, top to bottom
        self.found: list[list[tuple[int, int]]] = []  # the matches of each unit
        self.matches: list[tuple[int, int]] = []  # (unit, j-th match in it), in reading order

    def find(self, needle: str, found: Found) -> None:
        self.clear_search()
        self.units = [u for card in self.transcript.query(AnswerCard) for u in card.searchable]
        self.found = [spans(text.plain, needle) for _, text in self.units]
        self.matches = [(u, j) for u, hits in enumerate(self.found) for j in range(len(hits))]
        self._paint(None)
        found(needle, len(self.matches), 0, False)

    def show_match(self, index: int, scroll: bool = True) -> None:
        if not 0 <= index < len(self.matches):
            return
        self._paint(self.matches[index])
        static = self.units[self.matches[index][0]][0]
        if scroll and static.is_attached:
            self.transcript.release_anchor()  # the view stays on the match, not on the newest answer
            self.transcript.scroll_to_center(static, animate=False, immediate=True)

    def _paint(self, current: tuple[int, int] | None) -> None:
        for u, (static, text) in enumerate(self.units):
            if self.found[u] and static.is_attached:
                static.update(highlighted(text, 0, self.found[u], current[1] if current and current[0] == u else None))

    def clear_search(self) -> None:
        for u, (static, text) in enumerate(self.units):
            if self.found[u] and static.is_attached:
                static.update(text)
        self.units, self.found, self.matches = [], [], []
