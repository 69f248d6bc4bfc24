"""Bytes on disk to the text that is stored and cited: decoding, HTML, EDGAR submissions."""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from parsers.html import GridTable, render_html
from parsers.model import ParseError
from parsers.text_grids import text_grids

MAX_BYTES = 20 * 1024 * 1024
_DOCUMENT_TAG = re.compile(r"<(/?)DOCUMENT>", re.I)
_DOC_TYPE = re.compile(r"<TYPE>\s*([^\s<]+)", re.I)
_TEXT_OPEN = re.compile(r"<TEXT>", re.I)
_TEXT_CLOSE = re.compile(r"</TEXT>", re.I)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters other than \t \n \f \r


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
    controls = len(_CONTROLS.findall(text, 0, 4096))
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


def _documents(text: str) -> list[str]:
    """The bodies of <DOCUMENT>...</DOCUMENT> blocks, each from an opening tag to the first closing
    tag after it, found in one pass over the tags (a regex for `<DOCUMENT>(.*?)</DOCUMENT>` rescans
    to the end of the text from every unclosed tag: minutes for a megabyte of them)."""
    docs, start = [], None
    for m in _DOCUMENT_TAG.finditer(text):
        if not m.group(1):
            if start is None:
                start = m.end()
        elif start is not None:
            docs.append(text[start:m.start()])
            start = None
    return docs


def _text_body(doc: str) -> str | None:
    """What stands between the first <TEXT> and the first </TEXT> after it, in linear time."""
    opened = _TEXT_OPEN.search(doc)
    if not opened:
        return None
    closed = _TEXT_CLOSE.search(doc, opened.end())
    return doc[opened.end():closed.start()] if closed else None


def edgar_exhibits(text: str) -> str | None:
    """The EX-99 exhibit text of an EDGAR full submission, or None when it is not one."""
    loaded = _edgar(text)
    return loaded.text if loaded else None


def _edgar(text: str) -> Loaded | None:
    docs = _documents(text)
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
        body = _text_body(doc)
        body_text = body if body is not None else doc
        if _looks_html(body_text):
            rendered = render_html(body_text)
            tables += [_shifted(t, len(lines)) for t in rendered.tables]
            lines += rendered.text.split("\n")
        else:
            body_lines = body_text.strip("\n").split("\n")
            tables += text_grids(body_lines, len(lines))
            lines += body_lines
    return Loaded("\n".join(lines), "edgar", tables, sec_header(text))


def _shifted(table: GridTable, offset: int) -> GridTable:
    for row in table.rows:
        row.line += offset
    table.first_line += offset
    table.last_line += offset
    return table


_HTML_TAG = re.compile(r"<(html|body|table|p|div|font)\b", re.I)


def _looks_html(text: str) -> bool:
    return bool(_HTML_TAG.search(text[:20000]))


def read_release(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, never more than limit + 1 of them read. A FIFO, a device
    (/dev/zero), a socket or a folder is refused before it is read, so nothing blocks or runs on
    without end; the check is made again on the opened descriptor (the name may change meanwhile)."""
    name = display_name(path)
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise ParseError(f"{name}: not a regular file (a device, pipe or folder), not read")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise ParseError(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ParseError(f"{name}: not a regular file (a device, pipe or folder), not read")
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise ParseError(f"{name}: cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if total > limit:
        raise ParseError(f"{name}: over {limit // (1024 * 1024)} MB is too large for a release")
    return b"".join(chunks)


def display_name(path: Path | str) -> str:
    """A file name a person can read and the store can hold: a name that is not UTF-8 on disk
    (a Latin-1 byte) is read as cp1252 instead of carrying undecodable surrogates along."""
    name = Path(path).name
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace")


_ANY_TAG = re.compile(r"<[a-zA-Z!]")


def loaded_from_bytes(data: bytes, name: str, suffix: str = "") -> Loaded:
    """A release's bytes read: text, format, HTML tables and SEC header; ParseError with a reason."""
    if len(data) > MAX_BYTES:
        raise ParseError(f"{name}: {len(data) // (1024 * 1024)} MB is too large for a release")
    text = decode(data, name).replace("\r\n", "\n").replace("\r", "\n")
    try:
        exhibits = _edgar(text)
    except ParseError as exc:
        raise ParseError(f"{name}: {exc}") from None
    if exhibits is not None:
        return exhibits
    if _looks_html(text) or (suffix.lower() in {".htm", ".html"} and _ANY_TAG.search(text[:20000])):
        rendered = render_html(text)  # a .htm file of plain text stays text: its lines are its layout
        return Loaded(rendered.text, "html", rendered.tables)
    fmt = "pipe" if text.count("\n|") > 5 else "text"
    text = text.rstrip("\n")
    return Loaded(text, fmt, text_grids(text.split("\n")))


def load_bytes(data: bytes, name: str, suffix: str = "") -> tuple[str, str]:
    """(text, format) of a release's bytes."""
    loaded = loaded_from_bytes(data, name, suffix)
    return loaded.text, loaded.format


def load_release(path: Path) -> Loaded:
    """A release file read (a regular file, bounded) and loaded."""
    return loaded_from_bytes(read_release(path), display_name(path), path.suffix)


def load_text(path: Path) -> tuple[str, str]:
    """(text, format) for a release file; raises ParseError with a reason a person can act on."""
    loaded = load_release(path)
    return loaded.text, loaded.format
