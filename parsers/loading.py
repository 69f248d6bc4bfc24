"""Bytes on disk to the text that is stored and cited: decoding, HTML, EDGAR submissions."""
from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

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


def edgar_exhibits(text: str) -> str | None:
    """The EX-99 exhibit text of an EDGAR full submission, or None when it is not one."""
    docs = _DOCUMENT.findall(text)
    if not docs:
        return None
    chosen = [d for d in docs if (m := _DOC_TYPE.search(d)) and m.group(1).upper().startswith("EX-99")]
    if not chosen:
        raise ParseError("EDGAR submission without an EX-99 exhibit")
    parts = []
    for doc in chosen:
        body = _TEXT.search(doc)
        body_text = body.group(1) if body else doc
        parts.append(html_to_text(body_text) if _looks_html(body_text) else body_text.strip("\n"))
    return "\n\n".join(parts)


def _looks_html(text: str) -> bool:
    return bool(re.search(r"<(html|body|table|p|div|font)\b", text[:20000], re.I))


def load_text(path: Path) -> tuple[str, str]:
    """(text, format) for a release file; raises ParseError with a reason a person can act on."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ParseError(f"{path.name}: {size // (1024 * 1024)} MB is too large for a release")
    text = decode(path.read_bytes(), path.name).replace("\r\n", "\n").replace("\r", "\n")
    try:
        exhibits = edgar_exhibits(text)
    except ParseError as exc:
        raise ParseError(f"{path.name}: {exc}") from None
    if exhibits is not None:
        return exhibits, "edgar"
    if path.suffix.lower() in {".htm", ".html"} or _looks_html(text):
        return html_to_text(text), "html"
    fmt = "pipe" if text.count("\n|") > 5 else "text"
    return text.rstrip("\n"), fmt
