"""Bytes on disk to the text that is stored and cited: decoding, HTML, EDGAR submissions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from parsers.html import GridTable, render_html
from parsers.model import ParseError

MAX_BYTES = 20 * 1024 * 1024
_DOCUMENT = re.compile(r"<DOCUMENT>(.*?)</DOCUMENT>", re.S | re.I)
_DOC_TYPE = re.compile(r"<TYPE>\s*([^\s<]+)", re.I)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S | re.I)


def decode(data: bytes, name: str) -> str:
    """Text of a file: UTF-8 (with or without BOM), else cp1252; binary files are refused."""
    if not data.strip():
        raise ParseError(f"{name}: empty file")
    if b"\x00" in data[:4096]:
        raise ParseError(f"{name}: binary file, not a text release")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\r\n\t\f")
    if controls > 20:
        raise ParseError(f"{name}: binary file, not a text release")
    return text


def html_to_text(html: str) -> str:
    """Readable lines from HTML: one line per block, table cells joined by ' | '."""
    return render_html(html).text


@dataclass
class Loaded:
    """A release's text as stored, its format, its HTML tables as grids and the SEC header's fields."""

    text: str
    format: str
    tables: list[GridTable] = field(default_factory=list)
    header: dict[str, str] = field(default_factory=dict)


_HEADER_FIELDS = {"company": r"COMPANY CONFORMED NAME:\s*(.+)", "cik": r"CENTRAL INDEX KEY:\s*(\d+)",
                  "period": r"CONFORMED PERIOD OF REPORT:\s*(\d{8})", "filed": r"FILED AS OF DATE:\s*(\d{8})",
                  "fye": r"FISCAL YEAR END:\s*(\d{4})"}


def sec_header(text: str) -> dict[str, str]:
    """Fields of an EDGAR submission's SEC-HEADER (the filer's, the first named)."""
    head = text[:text.find("<DOCUMENT>")] if "<DOCUMENT>" in text[:200000] else text[:20000]
    out = {}
    for key, rx in _HEADER_FIELDS.items():
        m = re.search(rx, head)
        if m:
            out[key] = m.group(1).strip()
    return out


def edgar_exhibits(text: str) -> str | None:
    """The EX-99 exhibit text of an EDGAR full submission, or None when it is not one."""
    loaded = _edgar(text)
    return loaded.text if loaded else None


def _edgar(text: str) -> Loaded | None:
    docs = _DOCUMENT.findall(text)
    if not docs:
        return None
    chosen = [d for d in docs if (m := _DOC_TYPE.search(d)) and m.group(1).upper().startswith("EX-99")]
    if not chosen:
        raise ParseError("EDGAR submission without an EX-99 exhibit")
    lines: list[str] = []
    tables: list[GridTable] = []
    for doc in chosen:
        if lines:
            lines += [""]
        body = _TEXT.search(doc)
        body_text = body.group(1) if body else doc
        if _looks_html(body_text):
            rendered = render_html(body_text)
            tables += [_shifted(t, len(lines)) for t in rendered.tables]
            lines += rendered.text.split("\n")
        else:
            lines += body_text.strip("\n").split("\n")
    return Loaded("\n".join(lines), "edgar", tables, sec_header(text))


def _shifted(table: GridTable, offset: int) -> GridTable:
    for row in table.rows:
        row.line += offset
    table.first_line += offset
    table.last_line += offset
    return table


def _looks_html(text: str) -> bool:
    return bool(re.search(r"<(html|body|table|p|div|font)\b", text[:20000], re.I))


def load_text(path: Path) -> tuple[str, str]:
    """(text, format) for a release file; raises ParseError with a reason a person can act on."""
    loaded = load_release(path)
    return loaded.text, loaded.format


def load_release(path: Path) -> Loaded:
    """A release file read: text, format, HTML tables and SEC header; ParseError with a reason."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ParseError(f"{path.name}: {size // (1024 * 1024)} MB is too large for a release")
    return loaded_from_bytes(path.read_bytes(), path.name, path.suffix)


def loaded_from_bytes(data: bytes, name: str, suffix: str = "") -> Loaded:
    text = decode(data, name).replace("\r\n", "\n").replace("\r", "\n")
    try:
        exhibits = _edgar(text)
    except ParseError as exc:
        raise ParseError(f"{name}: {exc}") from None
    if exhibits is not None:
        return exhibits
    if suffix.lower() in {".htm", ".html"} or _looks_html(text):
        rendered = render_html(text)
        return Loaded(rendered.text, "html", rendered.tables)
    fmt = "pipe" if text.count("\n|") > 5 else "text"
    return Loaded(text.rstrip("\n"), fmt)
