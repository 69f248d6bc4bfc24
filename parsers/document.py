"""A release file in, a parsed Document out: metadata, tables and narrative figures."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from parsers.cell_tables import CellStreamReader
from parsers.fixed_tables import FixedWidthReader
from parsers.grid_tables import GridReader
from parsers.html import GridTable
from parsers.loading import load_release
from parsers.metadata import company_and_ticker, fiscal_year_end, fiscal_year_offset, headline, release_date
from parsers.model import Document, Figure, ParseError
from parsers.narrative import NarrativeReader, PeriodReader
from parsers.periods import Period, add_months, effective_month, month_end

LEAD_KINDS = frozenset({"q_ended", "q_and_ytd", "q_fy", "q_year", "q_fq", "qtok", "months_ended", "year_ended", "fy",
                        "ytd"})


def parse_file(path: Path) -> Document:
    loaded = load_release(path)
    return parse_text(path.name, loaded.text, loaded.format, loaded.tables, loaded.header)


def parse_text(name: str, text: str, fmt: str = "text", tables: list[GridTable] | None = None,
               header: dict[str, str] | None = None, period_hint: str = "", excerpt: bool = False) -> Document:
    """A release's text read into a Document. `period_hint` ("Q3 2007", "nine months ended
    September 30, 2007") is the period of an excerpt that names none (ingest --period)."""
    header = header or {}
    lines = text.split("\n")
    company, ticker = company_and_ticker(text, header.get("company"))
    released = release_date(text, header.get("filed"))
    fye = fiscal_year_end(text, header.get("fye")) or 12
    offset = fiscal_year_offset(text, fye, released)
    lead = lead_period(text, fye, released) or hinted_period(period_hint, fye)
    ytd = None
    if lead is not None and lead.months == 3:
        q = lead.fiscal(fye)[1]
        ytd = 3 * q if q else None
    grid = GridReader(tables or [], lines, fye, ytd, offset)
    figures: list[Figure] = grid.read()
    rest = [l if n not in grid.table_lines else "" for n, l in enumerate(lines)]
    fixed, cells = FixedWidthReader(rest, fye, ytd), CellStreamReader(rest, fye, ytd)
    figures += fixed.read() + cells.read()
    period = lead or latest_quarter(figures) or latest_duration(figures) or _period_before(released, fye)
    default_fy = period.fiscal(fye)[0] if period else None
    skip = fixed.table_lines | cells.table_lines | grid.table_lines
    figures += NarrativeReader(lines, fye, default_fy, period, skip=skip).read()
    figures = [f for f in figures if _possible(f, released)]
    if excerpt and _runs(skip) == 1:  # an excerpt (ingest --company) of one table: its caption may stand apart
        apply_stated_scale(figures, text)
    if not figures and not looks_financial(text) and not period_hint and not excerpt:
        raise ParseError(f"{name}: not an earnings release (no financial statements or figures in it)")
    return Document(name=name, text=text, format=fmt, company=company, ticker=ticker, release_date=released,
                    headline=headline(lines), fye_month=fye, fy_offset=offset, period=period, figures=figures,
                    cik=header.get("cik"))


# A scale the text states for its tables, wherever the caption stands ("as follows (in thousands):"
# in a paragraph, "(in millions, except per share data)", "$'000", "(000s)"): never "$5.2 million".
STATED_SCALE = re.compile(r"\bin\s+(thousands|millions|billions)\b|\b(thousands|millions|billions)\s+of\s+(?:u\.s\.\s+)?"
                          r"dollars\b|\$\s*'?(000)'?s?\b|\((000)'?s\)", re.I)
_SCALE_OF = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "000": 1e3}


def stated_scale(text: str) -> float | None:
    """The one scale a document's text states for amounts, or None when it states none or several."""
    found = {_SCALE_OF[next(g for g in m.groups() if g).lower()] for m in STATED_SCALE.finditer(text)}
    return found.pop() if len(found) == 1 else None


def _runs(lines: set[int]) -> int:
    """How many blocks of consecutive lines a set of table lines makes: the tables of a document."""
    return sum(1 for n in lines if n - 1 not in lines)


def apply_stated_scale(figures: list[Figure], text: str) -> None:
    """Table amounts read with no scale (their table states none) take the one scale the document
    states elsewhere — an excerpt's caption printed apart from its table (only for an excerpt of one
    table: in a release, a table in full dollars may stand beside one 'in thousands', even where a
    news-wire copy flattens every table onto one line).
    A cell printed with cents is in dollars and keeps its value."""
    scale = stated_scale(text)
    if scale is None:
        return
    for f in figures:
        amount = f.unit == "USD" or (f.unit == "shares" and abs(f.value) < 1_000_000)  # counts printed in full stay
        if f.source == "table" and amount and f.scale == 1.0 and round(f.value * 100) % 10 == 0:
            f.value, f.scale = round(f.value * scale, 6), scale


FORWARD = re.compile(r"guid|outlook|expect|forecast|target|project|anticipat", re.I)


def _possible(f: Figure, released: date | None) -> bool:
    """No actual ends after its release date: such a figure is guidance, or a misread period."""
    if released is None or f.period.end <= released:
        return True
    if f.table_class == "guidance" or FORWARD.search(f.qualifier or ""):
        return True
    return False


def lead_period(text: str, fye: int, released: date | None = None) -> Period | None:
    """The period the release reports, as its headline or first paragraph names it: the latest named
    period that ended before the release date (a release reports what is over)."""
    prose = [l for l in text[:2500].split("\n") if "|" not in l and len(l.split()) > 3]
    head = " ".join(" ".join(prose).split())[:1500]
    reader = PeriodReader(fye, None)
    found = [reader.resolve(s, None) for s in reader.find(head, LEAD_KINDS)]
    found = [p for p in found if p and not p.is_instant and (released is None or p.end <= released)]
    best = max(found, key=lambda p: (effective_month(p.end), -p.months)) if found else None
    before = _period_before(released, fye)
    if best is not None and before is not None and before.end > best.end and best.months in (3, 12):
        return before
    return best


_QUARTER_HINT = re.compile(r"\s*q([1-4])\s*'?((?:19|20)?\d\d)\s*", re.I)


def hinted_period(hint: str, fye: int) -> Period | None:
    """The period a user names for an excerpt: read as the text's own period phrases are."""
    if not hint:
        return None
    reader = PeriodReader(fye, None)
    for span in reader.find(" ".join(hint.split())):
        period = reader.resolve(span, None)
        if period is not None:
            return period
    m = _QUARTER_HINT.fullmatch(hint)  # "Q3 2007", "q3 07"
    if m:
        from parsers.periods import full_year, quarter_period
        return quarter_period(int(m.group(1)), full_year(m.group(2)), fye)
    raise ParseError(f"--period {hint!r}: not a period (try 'Q3 2007', 'fiscal 2009', 'nine months ended "
                     f"September 30, 2007')")


def latest_quarter(figures: list[Figure]) -> Period | None:
    quarters = [f.period for f in figures if f.period.months == 3]
    return max(quarters, key=lambda p: p.end) if quarters else None


def latest_duration(figures: list[Figure]) -> Period | None:
    spans = [f.period for f in figures if not f.period.is_instant]
    return max(spans, key=lambda p: (p.end, -p.months)) if spans else None


def _period_before(released: date | None, fye: int) -> Period | None:
    """Without any period in the text, the quarter that ended before the release date."""
    if released is None:
        return None
    y, m = add_months(released.year, released.month, -1)
    while (m - fye) % 3:
        y, m = add_months(y, m, -1)
    return Period(month_end(y, m), 3)


FINANCIAL_WORDS = re.compile(r"\b(?:revenues?|net\s+(?:income|loss|earnings|sales)|earnings|per\s+share|"
                             r"operating\s+(?:income|expenses)|total\s+assets|in\s+thousands|quarter|fiscal)\b", re.I)


def looks_financial(text: str) -> bool:
    """A release we cannot read figures from is still a release when it talks like one."""
    return len(FINANCIAL_WORDS.findall(text[:20000])) >= 3
