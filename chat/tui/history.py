"""Input history that survives restarts: one question per line in the user's data directory."""
from __future__ import annotations

from pathlib import Path

MAX_ENTRIES = 500


class History:
    def __init__(self, path: Path | None):
        self.path = path
        self.entries: list[str] = []
        self.cursor = 0
        if path and path.exists():
            try:
                self.entries = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip()][-MAX_ENTRIES:]
            except OSError:
                self.entries = []
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
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text("\n".join(self.entries) + "\n", encoding="utf-8")
        except OSError:
            pass  # history is a convenience; never fail a question over it
