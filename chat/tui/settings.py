"""The chat's settings (the theme) kept between runs as a small JSON object.

Read once at start: a file that is not UTF-8, not JSON, nested past the parser's depth, or not an
object is set aside (NAME.bad) with a warning and the defaults are used; a FIFO or device is never
read. Written whole, atomically, whenever a setting changes."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from chat.tui.user_files import read_text, set_aside, write_text

MAX_BYTES = 1 << 20  # a theme name needs bytes; a larger file is not settings


class Settings:
    def __init__(self, path: Path | None):
        self.path = path
        self.data: dict[str, Any] = {}
        text, self.warning = read_text(path, MAX_BYTES)
        if text is None or path is None:
            return
        try:
            data = json.loads(text)
        except RecursionError:
            self.warning = set_aside(path, "nested too deeply")
            return
        except ValueError as exc:
            self.warning = set_aside(path, f"not JSON: {str(exc)[:80]}")
            return
        if not isinstance(data, dict):
            self.warning = set_aside(path, f"a JSON {type(data).__name__}, not an object")
            return
        self.data = data

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = value
        self.warning = write_text(self.path, json.dumps(self.data, indent=1) + "\n")
