"""Bytes on disk to the text that is stored and cited: decoding, HTML, EDGAR submissions."""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from parsers.html import GridTable, Rendered, render_html
from parsers.model import ParseError
from parsers.release_files import MAX_BYTES, display_name, read_release  # noqa: F401 (the names loading has always offered)
from parsers.text_normal import normalize_html, normalize_text
from parsers.text_grids import text_grids

_DOCUMENT_TAG = re.compile(r"<(/?)DOCUMENT>", re.I)
_DOC_TYPE = re.compile(r"<TYPE>\s*([^\s<]+)", re.I)
_TEXT_OPEN = re.compile(r"<TEXT>", re.I)
_TEXT_CLOSE = re.compile(r"</TEXT>", re.I)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters other than \t \n \f \r


def decode(data: bytes, name: str) -> str:
    """Text of a file, as a reader sees it (parsers/text_normal.py).

    The encoding: a byte-order mark says it (UTF-16, UTF-32, UTF-8); without one, the pattern of NUL
    bytes of UTF-16 or UTF-32 text says it; else UTF-8, where a byte that is not UTF-8 is read as
    cp1252, that byte alone, so one stray byte costs one character, not the document (a file of no
    UTF-8 at all is cp1252 throughout). A NUL byte in
    any other pattern, or many control characters, and the file is refused as binary."""
    if not data.strip():
        raise ParseError(f"{name}: empty file")
    text = _decode_wide(data)
    if text is None:
        if b"\x00" in data[:4096]:
            raise ParseError(f"{name}: binary file, not a text release")
        text = _utf8_or_cp1252(data)
    if not text.strip("\ufeff \t\r\n\x00"):
        raise ParseError(f"{name}: empty file")
    controls = len(_CONTROLS.findall(text, 0, 4096))
    if controls > 20:
        raise ParseError(f"{name}: binary file, not a text release")
    return normalize_text(text)


# UTF-32 LE before UTF-16 LE, whose mark begins it. UTF-8's mark is read as UTF-8 is (the mark, U+FEFF,
# is removed with the other invisible characters).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def _decode_wide(data: bytes) -> str | None:
    """A file with a UTF-16 or UTF-32 byte-order mark, or UTF-16 / UTF-32 text without one (told by
    where its NUL bytes stand: every other byte, or three of every four); None when it is neither."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], codec)
    codec = _wide_codec(data[:4096])
    return _strict(data, codec) if codec else None


_STRIPPING = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def text_codec(head: bytes) -> str:
    """The codec to read a text file by from its first bytes, one rule for releases and question
    files: a byte-order mark (a codec that drops it), else the NUL pattern of UTF-16 or UTF-32, else
    UTF-8."""
    for bom, codec in _STRIPPING:
        if head.startswith(bom):
            return codec
    return _wide_codec(head) or "utf-8"


def _wide_codec(head: bytes) -> str | None:
    """UTF-32 or UTF-16 (and its byte order) from the NULs of the file's first bytes: in text of
    Latin letters the high bytes of every code unit are NUL, and no other byte is."""
    n = len(head) - len(head) % 4
    if n < 8:
        return None
    head = head[:n]
    nul = [head[k::4].count(0) / (n // 4) for k in range(4)]
    if nul[2] > 0.95 and nul[3] > 0.95 and nul[0] < 0.05:
        return "utf-32-le"
    if nul[0] > 0.95 and nul[1] > 0.95 and nul[3] < 0.05:
        return "utf-32-be"
    odd, even = (nul[1] + nul[3]) / 2, (nul[0] + nul[2]) / 2
    if odd > 0.5 and even < 0.02:
        return "utf-16-le"
    if even > 0.5 and odd < 0.02:
        return "utf-16-be"
    return None


def _strict(data: bytes, codec: str) -> str | None:
    """data decoded by codec, or None when it is not that encoding or not a release's text: an
    English release is mostly ASCII in any encoding, random bytes after a byte-order mark are not (a
    code unit cut off at the end is dropped: the bounded read may have cut the file)."""
    unit = 4 if "32" in codec else 2
    try:
        text = data[:len(data) - len(data) % unit].decode(codec)
    except UnicodeDecodeError:
        return None
    head = text[:4096]
    if "\x00" in head or sum(c.isascii() for c in head) < 0.5 * len(head):
        return None  # NUL characters, or mostly not Latin text: a binary file that only looks wide
    return text


def _utf8_or_cp1252(data: bytes) -> str:
    """UTF-8; a UTF-8 file with a stray byte that is not UTF-8 has that byte alone read as cp1252. A
    file with more bytes that are not UTF-8 than UTF-8 characters beyond ASCII is cp1252 throughout
    (as Windows wrote it: its "é€" may happen to form a UTF-8 sequence, which is not what it says)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    if bad > len(_NOT_ASCII.findall(replaced)) - bad:
        return data.decode("cp1252", errors="replace")
    return data.decode("utf-8", errors=_CP1252_BYTES)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _cp1252_bytes(exc: UnicodeError) -> tuple[str, int]:
    """A codec error handler: each byte that is not UTF-8 read as cp1252 ("\x92" is "’"), the
    five bytes cp1252 leaves undefined as U+FFFD."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return bad.decode("cp1252", errors="replace"), exc.end


_CP1252_BYTES = "filings-cp1252-bytes"
codecs.register_error(_CP1252_BYTES, _cp1252_bytes)


def html_to_text(html: str) -> str:
    """Readable lines from HTML: one line per block, table cells joined by ' | '."""
    return _render(html).text


def _render(html: str) -> Rendered:
    """render_html on the HTML normalised (character references to invisibles and minus signs
    resolved first), and its lines and cells normalised again: what the parser decoded from other
    references (`&nbsp;`, `&#65296;`) is read as a reader sees it too. Normalising never adds or
    removes a line, and a row's line is its cells joined, so line and cells still agree."""
    rendered = render_html(normalize_html(html))
    rendered.text = normalize_text(rendered.text)
    for table in rendered.tables:
        table.title, table.lead = normalize_text(table.title), normalize_text(table.lead)
        for row in table.rows:
            for cell in row.cells:
                cell.text = normalize_text(cell.text)
    return rendered


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
            rendered = _render(body_text)
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
        rendered = _render(text)  # a .htm file of plain text stays text: its lines are its layout
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
