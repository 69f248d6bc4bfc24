"""Which filings hold earnings releases, and which of their files is the release.

An earnings release is furnished under Item 2.02 (Results of Operations and Financial Condition)
of an 8-K (or an 8-K/A), as an exhibit numbered 99.1 (some filers number it 99 or 99.01), often with
a 99.2 of supplemental tables. The submissions JSON lists a filer's filings as parallel arrays (the
recent ones under `filings.recent`, older ones in pages named under `filings.files`); the filing's
index says which file is which exhibit: the `-index.html` table by its Type column (its Description
is free text), `index.json` only by file name.

Not covered: 8-Ks filed before August 23, 2004 number their items the old way (item 12 was results of
operations) and are counted, not fetched; foreign private issuers furnish releases on 6-K, which
has no item numbers.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath

from lxml import html as lxml_html

EARNINGS_ITEM = "2.02"
FORMS = ("8-K", "8-K/A")
DOTTED_ITEMS_FROM = date(2004, 8, 23)  # the SEC's new 8-K item numbers took effect on this date
MAIN_TYPES = ("EX-99.1", "EX-99", "EX-99.01")  # the press release, in order of preference
SUPPLEMENT_TYPES = ("EX-99.2", "EX-99.02")
READABLE = {".htm", ".html", ".txt"}
ACCESSION = re.compile(r"\d{10}-\d{2}-\d{6}")


@dataclass(frozen=True)
class Filing:
    accession: str  # with dashes, e.g. 0000320193-26-000005
    filed: date
    form: str
    items: tuple[str, ...]
    primary_document: str = ""


@dataclass(frozen=True)
class Exhibit:
    name: str  # the file name in the filing's folder
    type: str  # EX-99.1, EX-99, EX-99.01, EX-99.2 (from the index, or read from the file name)
    size: int | None = None  # bytes, where the index gives them

    @property
    def main(self) -> bool:
        return self.type in MAIN_TYPES


@dataclass
class Selection:
    """A filer's earnings filings in range, and what the range held that cannot be fetched."""

    filings: list[Filing]
    undotted: int = 0  # 8-Ks before August 2004, whose old item numbers are not read
    foreign: int = 0  # 6-K reports (a foreign private issuer's releases)


def rows(table: dict) -> list[Filing]:
    """The filings of one parallel-array table (`filings.recent`, or a whole older page)."""
    out = []
    columns = ("accessionNumber", "filingDate", "form", "items", "primaryDocument")
    acc, filed, form, items, primary = (table.get(c) or [] for c in columns)
    for i in range(len(acc)):
        if not ACCESSION.fullmatch(str(acc[i])):  # it names a cache folder: nothing else may pass
            continue
        try:
            day = date.fromisoformat(str(filed[i])[:10])
        except (IndexError, ValueError):
            continue
        its = str(items[i]) if i < len(items) and items[i] else ""
        out.append(Filing(str(acc[i]), day, str(form[i]) if i < len(form) else "",
                          tuple(x.strip() for x in its.split(",") if x.strip()),
                          str(primary[i]) if i < len(primary) and primary[i] else ""))
    return out


def page_names(submissions: dict) -> list[tuple[str, date | None, date | None]]:
    """The older pages a submissions JSON lists: (name, first filing date, last filing date)."""
    out = []
    for f in (submissions.get("filings") or {}).get("files") or []:
        if isinstance(f, dict) and isinstance(f.get("name"), str) and re.fullmatch(r"[\w.-]+\.json", f["name"]):
            out.append((f["name"], _day(f.get("filingFrom")), _day(f.get("filingTo"))))
    return out


def _day(text) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def pages_in_range(submissions: dict, since: date | None, until: date | None) -> list[str]:
    """Only the older pages whose dates overlap the range need fetching."""
    return [name for name, first, last in page_names(submissions)
            if not (since and last and last < since) and not (until and first and first > until)]


def select(tables: list[dict], since: date | None = None, until: date | None = None) -> Selection:
    """Item 2.02 8-K and 8-K/A filings in range, newest first, each once."""
    chosen: dict[str, Filing] = {}
    undotted = foreign = 0
    for table in tables:
        for f in rows(table):
            if since and f.filed < since or until and f.filed > until:
                continue
            if f.form.startswith("6-K"):
                foreign += 1
            if f.form not in FORMS:
                continue
            if f.filed < DOTTED_ITEMS_FROM:
                undotted += 1
            elif EARNINGS_ITEM in f.items:
                chosen.setdefault(f.accession, f)
    filings = sorted(chosen.values(), key=lambda f: (f.filed, f.accession), reverse=True)
    return Selection(filings, undotted, foreign)


def exhibits_from_index_html(raw: bytes) -> list[Exhibit]:
    """EX-99 rows of the `-index.html` "Document Format Files" table, read by the Type column."""
    tree = lxml_html.fromstring(raw)
    out = []
    for table in tree.xpath('//table[contains(@class, "tableFile")]'):
        head = [" ".join(th.text_content().split()).lower() for th in table.xpath(".//tr[th]/th")]
        if not {"document", "type"} <= set(head):
            continue
        doc_col, type_col = head.index("document"), head.index("type")
        size_col = head.index("size") if "size" in head else None
        for tr in table.xpath(".//tr[td]"):
            cells = tr.xpath("./td")
            if len(cells) <= max(doc_col, type_col):
                continue
            kind = _exhibit_type(cells[type_col].text_content())
            links = cells[doc_col].xpath(".//a/@href")
            name = PurePosixPath(links[0].split("?doc=")[-1]).name if links else cells[doc_col].text_content().split()[0]
            size = _size(cells[size_col].text_content()) if size_col is not None and size_col < len(cells) else None
            if kind and _readable(name):
                out.append(Exhibit(name, kind, size))
    return out


def exhibits_from_index_json(raw: bytes) -> list[Exhibit]:
    """EX-99 files of a filing folder's `index.json`, recognised by file name (it gives no type)."""
    items = ((json.loads(raw).get("directory") or {}).get("item")) or []
    out = []
    for item in items:
        name = str(item.get("name", ""))
        kind = type_from_name(name)
        if kind and _readable(name):
            out.append(Exhibit(name, kind, _size(str(item.get("size", "")))))
    return out


_TYPE = re.compile(r"^EX-99(?:\.(\d{1,2}))?$", re.I)
_NAME = re.compile(r"ex[-_.]?99(?:[-_.]?(\d{1,2}))?(?!\d)", re.I)


def _exhibit_type(text: str) -> str | None:
    """'EX-99.1' kept as the index prints it (upper case), only for exhibit 99 and its parts."""
    text = text.strip().upper()
    return text if _TYPE.match(text) else None


def type_from_name(name: str) -> str | None:
    """The exhibit a file name says it is: 'ex99-1', 'ex991', 'ex9901', 'dex991' → EX-99.1; 'ex99' → EX-99."""
    m = _NAME.search(PurePosixPath(name).stem)
    if not m:
        return None
    part = m.group(1)
    if part is None:
        return "EX-99"
    return f"EX-99.{int(part)}"


def _size(text: str) -> int | None:
    digits = text.strip().replace(",", "")
    return int(digits) if digits.isdigit() else None


def _readable(name: str) -> bool:
    return PurePosixPath(name).suffix.lower() in READABLE and "/" not in name and not name.startswith(".")


def release_exhibits(exhibits: list[Exhibit]) -> list[Exhibit]:
    """The press release (the first of EX-99.1, EX-99, EX-99.01) and its EX-99.2 supplement; none
    when the filing furnishes no release exhibit."""
    main = next((e for t in MAIN_TYPES for e in exhibits if e.type == t), None)
    if main is None:
        return []
    extra = next((e for t in SUPPLEMENT_TYPES for e in exhibits if e.type == t and e.name != main.name), None)
    return [main] + ([extra] if extra else [])
