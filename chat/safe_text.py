"""What reaches a terminal: document text with its control characters made visible.

Stored text keeps every character the release holds; anything printed to a terminal or shown in
the TUI goes through `safe()` first, so an escape sequence inside a release (ESC, OSC 52 clipboard
writes, bidi overrides that reorder a line) is shown as a visible symbol and never acted on.
"""
from __future__ import annotations

import re

# C0 controls except \t and \n, DEL, C1 controls, bidi embeddings/overrides/isolates, and the
# line/paragraph separators that some terminals treat as a newline.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_UNSAFE_ONE_LINE = re.compile(_UNSAFE.pattern[:-1] + "\t\n]")


def _visible(m: re.Match) -> str:
    ch = m.group(0)
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␀ for NUL, ...
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}"


def _text(text: object) -> str:
    """str(text), with lone surrogates (undecodable bytes of a file name) as U+FFFD: they cannot be printed."""
    s = str(text)
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        s = re.sub("[\ud800-\udfff]", "\ufffd", s)
    return s


def safe(text: object) -> str:
    """`text` with every control character except tab and newline replaced by a visible form."""
    return _UNSAFE.sub(_visible, _text(text))


def safe_line(text: object) -> str:
    """As `safe`, and tabs and newlines too: for one table cell or one line of output."""
    return _UNSAFE_ONE_LINE.sub(_visible, _text(text))
