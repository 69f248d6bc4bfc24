"""Input history that survives restarts: one question per line in the user's data directory.

A history file that cannot be read (not UTF-8, not a regular file) is set aside with a warning and
the chat starts with an empty history; it is written whole, atomically, after each question."""
from __future__ import annotations

from pathlib import Path

from chat.tui.user_files import read_text, write_text

MAX_ENTRIES = 500
MAX_BYTES = 1 << 20  # 500 questions fit many times over; only the file's tail is read


class History:
    def __init__(self, path: Path | None):
        self.path = path
        text, self.warning = read_text(path, MAX_BYTES, tail=True)
        self.entries: list[str] = [l for l in (text or "").splitlines() if l.strip()][-MAX_ENTRIES:]
        self.cursor = len(self.entries)

    def add(self, text: str) -> None:
        if text and (not self.entries or self.entries[-1] != text):
            self.entries.append(text)
            self.entries = self.entries[-MAX_ENTRIES:]
            self._save()
        self.cursor = len(self.entries)

    def previous(self) -> str | None:
        if not self.entries:
            return None
        self.cursor = max(0, self.cursor - 1)
        return self.entries[self.cursor]

    def next(self) -> str:
        self.cursor = min(len(self.entries), self.cursor + 1)
        return self.entries[self.cursor] if self.cursor < len(self.entries) else ""

    def _save(self) -> None:
        """History is a convenience: a failed write is a warning, never a failed question."""
        lines = [" ".join(e.splitlines()) for e in self.entries]  # one question, one line
        self.warning = write_text(self.path, "\n".join(lines) + "\n") or self.warning
