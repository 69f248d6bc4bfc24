"""What a news-archive copy adds around a release: YAML front matter and wire flash headlines.

Archives store a wire release as a Markdown page that opens with YAML front matter (`title`, `date`,
`summary`, `categories`) and Dow Jones copies repeat the release's figures as flash headlines
("**(21:05 GMT)** \\*Acme Widgets 4Q EPS $2.01 >ACME"). Both say who and when — a title, a date, the
wire, a ticker — but they are summaries written by someone else: their numbers are never figures of
the release (the statements and the prose below them are), so their lines are kept out of reading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

_FENCE = "---"
_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_ITEM = re.compile(r"^\s+-\s+(.*)$")
_DATE = re.compile(r"^((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
FLASH_RE = re.compile(r"^\W{0,4}\(\d{1,2}:\d\d\s*(?:GMT|UTC|ET|EST|EDT)\)\W{0,4}\s*(.*)$")
_FLASH_TICKER = re.compile(r"(?:>|&gt;)\s*([A-Z][A-Z.]{0,6})\s*$")
_PRESS_RELEASE = re.compile(r"^(?:Press\s+Release|PRESS\s+RELEASE)\s*:\s*(.+)$")
_LINK_LINE = re.compile(r"^\s*(?:[\w.]+\s+-\s+)?!?\[[^\]]*\]\([^)\s]*\)\s*$")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")
MAX_LINES = 200  # front matter longer than this is not front matter


@dataclass
class FrontMatter:
    """Metadata a copy carries before the release; `lines` are its line numbers (0-based), never read
    for figures."""

    title: str = ""
    date: date | None = None
    source: str = ""  # the wire or archive ("Dow Jones Newswires", "Reuters")
    tickers: list[str] = field(default_factory=list)  # from flash headlines ("... >ACME")
    lines: set[int] = field(default_factory=set)


def read_front_matter(text: str) -> FrontMatter:
    """The YAML block at the top (if the text opens with one) and the flash headlines after it."""
    lines = text.split("\n", MAX_LINES + 60)[:MAX_LINES + 60]
    fm = FrontMatter()
    body = _yaml_block(lines, fm)
    body = _link_lines(lines, body, fm)
    _footer_links(text, fm)
    for n in range(body, min(len(lines), body + 40)):
        m = FLASH_RE.match(lines[n].replace("\\*", "*"))
        if not m:
            continue
        fm.lines.add(n)
        flash = m.group(1).strip(" *")
        t = _FLASH_TICKER.search(flash)
        ticker = t.group(1).rsplit(".", 1)[0] if t and t.group(1).count(".") > 1 else t.group(1) if t else ""
        if ticker and ticker not in fm.tickers:  # "ACME.A.T": the wire's exchange code (".T") dropped
            fm.tickers.append(ticker)
        title = _PRESS_RELEASE.match(flash)
        if title and not fm.title:
            fm.title = title.group(1).strip()
    return fm


def _link_lines(lines: list[str], start: int, fm: FrontMatter) -> int:
    """An archive's links before the release ("[Original/Source Press Release](https://...)"): metadata,
    and a date in a link's path ("/2024/03/27/") is when the page was published."""
    n = start
    while n < len(lines) and n < start + 20 and (_LINK_LINE.match(lines[n]) or not lines[n].strip()):
        if lines[n].strip():
            fm.lines.add(n)
            d = _URL_DATE.search(lines[n])
            if d and fm.date is None:
                fm.date = _date("-".join(d.groups()))
        n += 1
    return n


def _footer_links(text: str, fm: FrontMatter) -> None:
    """The same links as an archive's footer (the last lines of the page)."""
    tail = text[-6000:].split("\n")
    first = text.count("\n") - len(tail) + 1
    n = len(tail) - 1
    while n >= 0 and n >= len(tail) - 30 and (_LINK_LINE.match(tail[n]) or not tail[n].strip()):
        if tail[n].strip():
            fm.lines.add(first + n)
            d = _URL_DATE.search(tail[n])
            if d and fm.date is None:
                fm.date = _date("-".join(d.groups()))
        n -= 1


def _yaml_block(lines: list[str], fm: FrontMatter) -> int:
    """Reads `key: "value"` and `key:` + `  - item` lines between two `---` fences; returns the
    first line after the block (0 without one)."""
    if not lines or lines[0].strip() != _FENCE:
        return 0
    end = next((n for n in range(1, min(len(lines), MAX_LINES)) if lines[n].strip() == _FENCE), None)
    if end is None:
        return 0
    values: dict[str, list[str]] = {}
    key = ""
    for line in lines[1:end]:
        m = _KEY.match(line)
        if m:
            key = m.group(1).lower()
            values[key] = [_unquote(m.group(2))] if m.group(2).strip() else []
            continue
        item = _ITEM.match(line)
        if item and key:
            values[key].append(_unquote(item.group(1)))
    fm.lines.update(range(0, end + 1))
    fm.title = _first(values, "title")
    fm.date = _date(_first(values, "date"))
    fm.source = _first(values, "source") or _first(values, "categories") or _first(values, "publisher")
    return end + 1


def _first(values: dict[str, list[str]], key: str) -> str:
    return next((v for v in values.get(key, []) if v), "")


def _unquote(value: str) -> str:
    v = value.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        v = v[1:-1]
    return v.replace("&amp;", "&").replace("&gt;", ">").replace("&lt;", "<").strip()


def _date(value: str) -> date | None:
    m = _DATE.match(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
