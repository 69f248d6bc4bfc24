"""Bytes on disk to the text that is stored and cited: decoding, HTML, EDGAR submissions."""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from bs4 import BeautifulSoup

from parsers.model import ParseError

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
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "head", "noscript"]):
        tag.decompose()
    for row in soup.find_all("tr"):
        cells = [" ".join(c.get_text(" ").split()) for c in row.find_all(["td", "th"])]
        row.replace_with(soup.new_string("\n" + " | ".join(c for c in cells if c) + "\n"))
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(["p", "div", "h1", "h2", "h3", "h4", "li", "table", "pre"]):
        block.insert_before("\n")
        block.insert_after("\n")
    text = soup.get_text()
    lines = [" ".join(line.split()) if "|" in line else line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


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
    docs = _documents(text)
    if not docs:
        return None
    chosen = [d for d in docs if (m := _DOC_TYPE.search(d)) and m.group(1).upper().startswith("EX-99")]
    if not chosen:
        raise ParseError("EDGAR submission without an EX-99 exhibit")
    parts = []
    for doc in chosen:
        body = _text_body(doc)
        body_text = body if body is not None else doc
        parts.append(html_to_text(body_text) if _looks_html(body_text) else body_text.strip("\n"))
    return "\n\n".join(parts)


def _looks_html(text: str) -> bool:
    return bool(re.search(r"<(html|body|table|p|div|font)\b", text[:20000], re.I))


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


def load_bytes(data: bytes, name: str, suffix: str = "") -> tuple[str, str]:
    """(text, format) of a release's bytes; raises ParseError with a reason a person can act on."""
    if len(data) > MAX_BYTES:
        raise ParseError(f"{name}: {len(data) // (1024 * 1024)} MB is too large for a release")
    text = decode(data, name).replace("\r\n", "\n").replace("\r", "\n")
    try:
        exhibits = edgar_exhibits(text)
    except ParseError as exc:
        raise ParseError(f"{name}: {exc}") from None
    if exhibits is not None:
        return exhibits, "edgar"
    if suffix.lower() in {".htm", ".html"} or _looks_html(text):
        return html_to_text(text), "html"
    fmt = "pipe" if text.count("\n|") > 5 else "text"
    return text.rstrip("\n"), fmt


def load_text(path: Path) -> tuple[str, str]:
    """(text, format) for a release file; raises ParseError with a reason a person can act on."""
    return load_bytes(read_release(path), display_name(path), path.suffix)
