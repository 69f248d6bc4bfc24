"""A release file in, a parsed Document out: metadata, tables and narrative figures."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from parsers.cell_tables import CellStreamReader
from parsers.fixed_tables import FixedWidthReader
from parsers.grid_transposed import share_price_caption
from parsers.grid_tables import (BARE_TOTAL, HEADING_WORDS, GridReader, caption_line, caption_subject, forget_titles, headed_parts,
                                 other_entities, percent_row_as_money, under_caption)
from parsers.front_matter import read_front_matter
from parsers.html import GridCell, GridTable
from parsers.loading import load_release
from parsers.metadata import (QUARTER_NUM, company_and_ticker, fiscal_year_end, fiscal_year_offset, headline, release_date,
                              statement_currency, yearless_release_date)
from parsers.model import Document, Figure, ParseError
from parsers.numbers import parse_cell
from parsers.prose_scale import prove_column_periods, prove_table_scales
from parsers.scan import Lowered, Required
from parsers.text_grids import text_grids
from parsers.narrative import NarrativeReader, PeriodReader
from parsers.narrative_terms import GEO_RE
from parsers.vocabulary_data import VOCABULARY
from parsers.rows import share_scale
from parsers.periods import (MONTH_RE, ORDINAL_RE, QUARTER_WORD_RE, Period, add_months, effective_month, month_end,
                             parse_date)

# The class columns of a grid table are read by the vocabulary's words (parsers/grid_tables.py HeadingWords).
HEADING_WORDS.stopwords = frozenset(VOCABULARY.get("language", {}).get("stopwords", ()))
HEADING_WORDS.place = GEO_RE

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
    parse_cell.cache_clear()  # the cells of one document at a time: bounded, and never a copy's cells read before
    forget_titles()  # so are its tables' titles
    front = read_front_matter(text)
    lines = ["" if n in front.lines else line for n, line in enumerate(text.split("\n"))]
    body = "\n".join(lines) if front.lines else text  # a copy's metadata is read above, never for figures
    company, ticker = company_and_ticker(text, header.get("company"), front)
    released = release_date(body, header.get("filed")) or front.date
    stated_fye = fiscal_year_end(body, header.get("fye")) or quarter_named_fye(body, released)
    fye = stated_fye or 12
    lead = lead_period(body, fye, released)
    if (lead is None or year_results_headline(body)) and (annual := annual_period(body, released, stated_fye)):
        lead, fye = annual, stated_fye or annual.end.month
    lead = lead or hinted_period(period_hint, fye)
    offset = fiscal_year_offset(body, fye, released)
    ytd = None
    if lead is not None and lead.months == 3:
        q = lead.fiscal(fye)[1]
        ytd = 3 * q if q else None
    if tables is None:
        tables = text_grids(lines)  # text read without its loader: its own pipe tables
    # an excerpt of one table: the caption that introduced it may stand apart, and name what its rows are of
    subject = caption_subject(lines, tables[0]) if excerpt and len(tables) == 1 else ""
    if excerpt and len(tables) == 1:  # ... and may state the date of a table of amounts falling due
        tables[0].caption = caption_line(lines, tables[0]) or share_price_caption(lines, tables[0])
        subject = subject or _note_title_over_bare_rows(lines, tables[0]) or _note_title_over_a_total(lines, tables[0])
    if subject:
        _unnamed_last_row_total(tables[0])
    grid = GridReader(tables, lines, fye, ytd, offset, lead)
    figures: list[Figure] = grid.read()
    under_caption(figures, subject)
    rest = [l if n not in grid.table_lines else "" for n, l in enumerate(lines)]
    fixed, cells = FixedWidthReader(rest, fye, ytd), CellStreamReader(rest, fye, ytd, grid)
    figures += grid.read_tables(fixed.grids()) + cells.read()
    grid.scale_twins(figures)
    grid.totals_against_statements(figures)
    other_entities(grid.groups, grid.titles, company)
    headed_parts(grid.groups, grid.captions, company)
    month = _years_end_month(figures, body) or (_balance_dates_month(figures, body) if excerpt else None)
    if stated_fye is None and month not in (None, fye):  # the tables' years end in it
        stated_fye = fye = month
        lead = lead_period(body, fye, released) or annual_period(body, released, fye) or hinted_period(period_hint, fye)
        offset = fiscal_year_offset(body, fye, released)
    period = lead or latest_quarter(figures) or latest_duration(figures) or _period_before(released, fye)
    if released is None and period is not None:  # "MEMPHIS, Tenn., Feb. 6 /PRNewswire/ --": the year after the period
        released = yearless_release_date(body, period.end)
    default_fy = period.fiscal(fye)[0] if period else None
    skip = fixed.table_lines | cells.table_lines | grid.table_lines
    figures += NarrativeReader(lines, fye, default_fy, period, skip=skip, issuer=(company, ticker),
                               fy_offset=offset).read()
    prove_table_scales(grid.groups, figures)  # a table of unstated scale whose prose repeats its figures
    if proven := prove_column_periods(grid.unread_columns, figures):  # a column of no period whose figures others repeat
        figures += proven
        other_entities(grid.groups, grid.titles, company)  # ... in a table of another entity: that entity's
    figures = _without_impossible_rows(figures, released, stated_fye is None, lead)
    set_aside = [note for f in figures if (note := _without_impossible_comparison(f))]
    currency = statement_currency(body)
    _in_currency(figures, currency or (NO_CURRENCY if company or released else "USD"))
    if excerpt and _runs(skip) == 1:  # an excerpt (ingest --company) of one table: its caption may stand apart
        apply_stated_scale(figures, body)
    if not figures and not looks_financial(body) and not period_hint and not excerpt:
        raise ParseError(f"{name}: not an earnings release (no financial statements or figures in it)")
    return Document(name=name, text=text, format=fmt, company=company, ticker=ticker, release_date=released,
                    headline=front.title or headline(lines), fye_month=fye, fy_offset=offset, period=period, figures=figures,
                    cik=header.get("cik"), currency=currency, source=front.source,
                    set_aside=set_aside)


# rows that name no figure of their own, only which part of one: 'Current' / 'Non-current' of deferred income
_BARE_PART_ROW = re.compile(r"^(?:current|non-?\s?current|short-term|long-term|total)$", re.I)
_NOTE_TITLE = re.compile(r"^(?:note\s+)?\d{1,2}\s*[.:)\u2013\u2014-]\s*(?P<t>[A-Za-z][A-Za-z ,'\u2019-]{2,50})$", re.I)


# words that make a title name a balance, an asset or a liability (what 'Current' and 'Non-current' divide)
_BALANCE_TITLE = re.compile(r"\b(?:liabilit(?:y|ies)|assets?|payables?|receivables?|borrowings?|debts?|loans?|provisions?|"
                            r"deferred|inventor(?:y|ies)|leases?|deposits?|accru\w*|prepa\w*|investments?|"
                            r"obligations?|notes\s+payable)\b", re.I)


def _note_title_over_bare_rows(lines: list[str], table: GridTable) -> str:
    """An excerpt of one table whose rows are only parts ('Current', 'Non-current', 'Total') takes the title of
    the note it stands in ('25. Deferred income') as their subject: the one numbered title line of the text.
    '' when a row names anything else, or the text prints no such line or more than one."""
    labels = [c.text for r in table.rows for c in r.cells[:1] if c.vcol is None and any(x.vcol is not None for x in r.cells)]
    if not labels or not all(_BARE_PART_ROW.match(label.strip()) for label in labels):
        return ""
    titles = [m.group("t").strip() for n, line in enumerate(lines) if not table.first_line <= n <= table.last_line
              and (m := _NOTE_TITLE.match(line.strip()))]
    if len(titles) != 1 or not _BALANCE_TITLE.search(titles[0]):
        return ""  # 'Current' / 'Non-current' are parts of a balance: a note titled by a flow ('3. Revenue') is no subject
    return titles[0][:1].upper() + titles[0][1:]


def _note_title_over_a_total(lines: list[str], table: GridTable) -> str:
    """An excerpt of one table ending in a bare total row ('Total', 'Total as of December 31,') takes the title of the
    note it stands in ('12. ACCRUED LIABILITIES') as its subject, where the title names a balance: that total is the
    note's ('Total accrued liabilities') when its rows add up to it (parsers/grid_tables.under_caption). '' when the
    table ends in no bare total, a caption ending in a colon introduces it, or the text prints no such title or
    more than one."""
    labelled = [r for r in table.rows if r.cells and r.cells[0].vcol is None and any(c.vcol is not None for c in r.cells)]
    if not labelled or not BARE_TOTAL.fullmatch(labelled[-1].cells[0].text.strip()):
        return ""
    beside = [line.strip() for n, line in enumerate(lines) if not table.first_line <= n <= table.last_line]
    if any(line.endswith(":") for line in beside):
        return ""  # a caption introduces the table: it says what the rows are of (or which table is which is unsure)
    titles = [m.group("t").strip() for line in beside if (m := _NOTE_TITLE.match(line))]
    if len(titles) != 1 or not _BALANCE_TITLE.search(titles[0]):
        return ""
    title = titles[0].capitalize() if titles[0].isupper() else titles[0]
    return title[:1].upper() + title[1:]


def _unnamed_last_row_total(table: GridTable) -> None:
    """A captioned excerpt's last row printing figures under no label ('|  | 2,725 | 2,816 |' below the parts of
    'Personnel expenses'): the table's total, read as a 'Total' row is (the caption's subject's total where the rows
    above add up to it, parsers/grid_tables.under_caption), never left unread."""
    last = table.rows[-1] if table.rows else None
    if last and last.cells and last.cells[0].start > 0 and all(c.vcol is not None for c in last.cells):
        last.cells.insert(0, GridCell("Total", 0, last.cells[0].start))


_YEARS_ENDED = re.compile(r"\byears?\s+end(?:ed|ing)\b|\bfiscal\s+years?\b", re.I)
_TWELVE_MONTHS = re.compile(r"\b(?:twelve|12)[\s-]+months?\b", re.I)


def _years_end_month(figures: list[Figure], text: str) -> int | None:
    """The month every year the tables print ends in ('Fiscal Year Ended July 31, 2019 | 2018'), when the text
    names no fiscal year end: the company's fiscal year, so '2019' asks for the year ending July 2019. None
    when the tables print no year, or years ending in two months (or in December, the default already), and
    when the text never says 'year ended' or 'fiscal year', or says 'twelve months' ('Twelve Months Ended June
    30' of a third quarter's release is the trailing year, not the fiscal one)."""
    months = {f.period.end.month for f in figures if f.source == "table" and f.period.months == 12}
    if len(months) != 1 or months == {12}:
        return None  # asked first: most releases' years end in December, and the text need not be searched
    low = Lowered(text)  # the words are looked for where they stand (scan.Required), not at every character
    if next(_YEARS_ENDED_REQUIRED.finditer(low), None) is None or next(_TWELVE_MONTHS_REQUIRED.finditer(low), None):
        return None
    return months.pop()


_YEARS_ENDED_REQUIRED, _TWELVE_MONTHS_REQUIRED = Required(_YEARS_ENDED), Required(_TWELVE_MONTHS)


# the text calls dates year ends: 'fiscal 2019', 'fiscal year', 'at year end', 'as of the end of the fiscal year';
# never 'fiscal' of a quarter ('the end of our fiscal second quarter', 'fiscal 2019 third quarter', 'fiscal quarters')
_YEAR_END_WORDS = re.compile(r"\bfiscal[\s-]+(?:years?\b|(?:19|20)\d\d\b)(?![\s-]+(?:first|second|third|fourth|1st|2nd|3rd|4th|"
                             r"q[1-4]|quarter)\b)|\byears?[\s-]+end(?:ed|ing|s)?\b|"
                             r"\bend\s+of\s+(?:the\s+|each\s+)?(?:fiscal\s+)?years?\b", re.I)


def _balance_dates_month(figures: list[Figure], text: str) -> int | None:
    """An excerpt of balances alone ('September 28, 2019 | September 29, 2018' over total assets, no span of any
    row), whose text calls its dates year ends ('fiscal 2019', 'year-end'): the month every year's date falls in
    is its year's end, so 'in 2019' asks for the balance at the 2019 date. None when the text says nothing of a
    year's end (balances at June 30 of two years may be any quarter's), when a table prints any span, or the dates
    fall in two months (or December, the default), or in one year only."""
    table = [f for f in figures if f.source == "table"]
    if not _YEAR_END_WORDS.search(text) or not table or any(not f.period.is_instant for f in table):
        return None
    months = {f.period.end.month for f in table}
    years = {f.period.end.year for f in table}
    return months.pop() if len(months) == 1 and months != {12} and len(years) > 1 else None


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


_SHARES_TABLE = re.compile(r"\broll[\s-]?forward\s+of\s+(?:[\w-]+\s+){0,3}shares\b|"
                           r"\bshares\s+(?:outstanding\s+)?(?:is|are|was|were)\s+as\s+follows\b", re.I)


# A caption whose own sentence is about share counts: "the weighted average shares outstanding ... were as
# follows (in thousands):" states the scale of the counts themselves, however many digits they print.
_SHARES_CAPTION = re.compile(r"\bshares\b[^.;:()|\n]*?\(\s*in\s+(?:thousands|millions)\s*\)", re.I)


def apply_stated_scale(figures: list[Figure], text: str) -> None:
    """Table amounts read with no scale (their table states none) take the one scale the document
    states elsewhere — an excerpt's caption printed apart from its table (only for an excerpt of one
    table: in a release, a table in full dollars may stand beside one 'in thousands', even where a
    news-wire copy flattens every table onto one line).
    A cell printed with cents is in dollars and keeps its value."""
    scale = stated_scale(text)
    if scale is not None and _SHARES_TABLE.search(text) and share_scale(text) == 1.0:
        _as_share_counts(figures, scale)  # "(in thousands, except share data)" over "a roll forward of common shares ...
        return  # as follows": the table's figures are numbers of shares, as printed
    if scale is None:
        return
    shares = share_scale(text)  # "(in thousands, except share data)": counts as printed; "shares in millions"
    captioned = bool(_SHARES_CAPTION.search(text))
    figures[:] = [f for f in figures if not (f.source == "table" and f.unit == "USD" and f.scale == 1.0 and not f.scale_stated
                                             and percent_row_as_money(f.label, f.quote, text, scale, f.value,
                                                                      f.value != int(f.value)))]
    for f in figures:  # counts printed in full stay, unless the caption is about the counts
        amount = f.unit == "USD" or (f.unit == "shares" and (abs(f.value) < 1_000_000 or captioned))
        factor = shares if f.unit == "shares" and shares is not None else scale
        if f.source == "table" and amount and f.scale == 1.0 and not f.scale_stated and round(f.value * 100) % 10 == 0 \
                and factor != 1.0:  # a table stating whole units ('(in U.S. dollars)') keeps them
            f.value, f.scale = round(f.value * factor, 6), factor


_CURRENCY_MARK = re.compile(r"[$€£¥]")


# A row of a roll forward of shares names money only by a word of money ('Aggregate cost of repurchases', 'Dividends
# declared', 'Treasury stock, at cost', 'Proceeds from ...') or a currency mark; every other row of a table its caption
# calls a roll forward of shares counts shares ('Employee stock purchase plan', 'Stock dividend', 'Business
# acquisition', 'Two-for-one stock split'): a dividend or split paid in stock is a number of shares, not of dollars
_MONEY_ROW = re.compile(r"\b(?:costs?|amounts?|values?|proceeds|dividends?|prices?|paid|consideration|cash|"
                        r"expenses?|payments?|premiums?|fees?|compensation|dollars?)\b|[$€£¥]", re.I)
_IN_STOCK = re.compile(r"\bstock\s+(?:dividends?|splits?)\b|\bdividends?\s+(?:paid\s+)?in\s+(?:stock|shares)\b", re.I)
# A row that is neither a count nor an amount of the note's scale: a price a share ('Average price paid'), a rate
_NEITHER_ROW = re.compile(r"\b(?:prices?|per\s+(?:share|unit)|percent(?:age)?|ratio|rate)\b|%", re.I)


def _row_kind(f: Figure) -> str:
    """'count', 'amount' or 'unread' for a row of a roll forward of shares: a count unless its label names money
    (or prints a currency mark); a price a share, a rate, or a count printing a fraction is neither."""
    label = _IN_STOCK.sub(" ", f.label)
    if _NEITHER_ROW.search(label):
        return "unread"  # 'Average price paid 45.20': dollars a share, never 45,200 dollars
    if _MONEY_ROW.search(label) or _CURRENCY_MARK.search(f.quote):
        return "amount"
    return "count" if f.value == int(f.value) else "unread"


def _as_share_counts(figures: list[Figure], scale: float | None) -> None:
    """The rows of a table its caption calls a roll forward of shares ('Balance at beginning of the year', 'Repurchases',
    'Restricted stock unit issuances', 'Stock dividend'), under a scale note that excepts share data: numbers of shares
    in full, their unit stated by the caption (a count row read at the note's scale where the note stood under the table
    goes back to the count as printed). Only a row whose label names money is an amount in the note's scale
    ('Aggregate cost of repurchases', 'Dividends declared', 'Treasury stock, at cost'); a price a share is left unread."""
    kept: list[Figure] = []
    for f in figures:
        kind = _row_kind(f) if f.source == "table" and f.unit == "USD" else "other"
        if kind == "unread":
            continue
        if kind == "count" and (f.scale == 1.0 and not f.scale_stated or f.scale == scale):
            f.value, f.scale = round(f.value / (f.scale or 1.0), 6), 1.0
            f.unit, f.scale_stated = "shares", True
        elif kind == "amount" and f.scale == 1.0 and not f.scale_stated and scale not in (None, 1.0) \
                and round(f.value * 100) % 10 == 0:
            f.value, f.scale = round(f.value * scale, 6), scale  # an amount: in the note's scale
        kept.append(f)
    figures[:] = kept


FORWARD = re.compile(r"guid|outlook|expect|forecast|target|project|anticipat", re.I)


def _possible(f: Figure, released: date | None) -> bool:
    """No actual ends after its release date: such a figure is guidance, or a misread period."""
    if released is None or f.period.end <= released:
        return True
    if f.table_class == "guidance" or FORWARD.search(f.qualifier or ""):
        return True
    return declared_ahead(f, released)


def declared_ahead(f: Figure, released: date) -> bool:
    """A dividend per share declared for the quarter under way at the release date ("a quarterly dividend of $0.47 per
    share, payable on March 14, 2025" in a February release; "a cash dividend of $0.25 per share for the first quarter
    of 2025"): declared, it is a fact before its quarter ends (parsers/narrative.py dates it), no misread period."""
    begins = f.period.start
    return f.source == "narrative" and f.unit.endswith("/share") and not f.qualifier and f.period.months == 3 \
        and begins is not None and begins <= released and bool(_DIVIDEND_LABEL.search(f.label))


_DIVIDEND_LABEL = re.compile(r"\b(?:dividends?|distributions?)\b", re.I)


def _without_impossible_rows(figures: list[Figure], released: date | None, calendar_assumed: bool,
                             reported: Period | None = None) -> list[Figure]:
    """The figures that could be actuals by the release date. A column that lands after it is left out on its own
    ('Q1 2025 (est.)' beside 'Q4 2024' in a February 2025 release). Where the release states no fiscal year end and
    its row's past columns do not print the quarter its lead says it reports ('Q4 FY25' of a release dated August
    2025, read on a December year, beside 'Q4 FY24'), the calendar the row was read on is contradicted, so its other
    columns are wrong too ('Q4 FY24' is not October to December 2024): the whole row is left unread."""
    rows: dict[int, list[Figure]] = {}
    for f in figures:
        if f.source == "table":
            rows.setdefault(f.line, []).append(f)
    late = {line for line, row in rows.items() if calendar_assumed and not all(_possible(f, released) for f in row)
            and not (reported is not None and any(_possible(f, released) and f.period.end == reported.end for f in row))}
    return [f for f in figures if _possible(f, released) and not (f.source == "table" and f.line in late)]


# The currencies a release may print with a bare '$' (dollars of its own country, pesos): there a bare '$' is the
# release's currency; in a release of any other ('€', '£', 'NIS') a bare '$' is US dollars.
DOLLAR_SIGN_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN", "BRL", "ARS", "CLP", "COP"})
NO_CURRENCY = "XXX"  # ISO 4217's code for "no currency": the money of a release that never says its currency


def _in_currency(figures: list[Figure], currency: str) -> None:
    """Money of a release that reports in another currency carries that currency's code ("EUR",
    "CAD/share"), so nothing downstream takes euros or Canadian dollars for US dollars. A release that
    names its issuer or its date but prints no currency at all (no "$", no code, no "dollars") gets
    NO_CURRENCY, so it is never answered as US dollars either; a bare table (an excerpt of one
    statement, named by the user with ingest --company) keeps the store's dollar convention, and
    `check` lists it as a currency not stated read as USD."""
    if currency == "USD":
        return
    for f in figures:
        if f.currency_stated:
            continue  # "US$45.2 million" in a Canadian release: US dollars, as its mark says
        if f.dollar_sign and currency not in DOLLAR_SIGN_CURRENCIES:
            continue  # "$95.1 million" in a release of euros: dollars, as its mark says, never euros
        if f.unit == "USD":
            f.unit = currency
        elif f.unit == "USD/share":
            f.unit = f"{currency}/share"


def _without_impossible_comparison(f: Figure) -> str | None:
    """A comparative is an earlier period of the same length: one that is not was misread, and with it
    the change stated against it — both are dropped (the figure itself stays) and the note says why."""
    comp = f.comp_period
    if comp is None or (comp.end < f.period.end and comp.months == f.period.months):
        return None
    f.comp_period, f.comp_value, f.change_pct = None, None, None
    return (f"line {f.line}: {f.label!r} was compared with a period ending {comp.end} ({comp.months} months), "
            f"not an earlier period of the same length: the comparison is set aside")


_YEAR_FIRST_QUARTER = re.compile(rf"(?<!fiscal\s)\b((?:19|20)\d\d)\s+({ORDINAL_RE})([\s-]+quarter)", re.I)
_ANNUAL = re.compile(r"\b(?:annual|full[\s-]+year|fiscal[\s-]+year|year[\s-]+end(?:ed)?)\b(?:\s+\d{4})?\s+"
                     r"(?:financial\s+|operating\s+|earnings\s+)*results\b|\bresults\s+for\s+(?:the\s+)?(?:fiscal\s+)?year\b"
                     r"|\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\s+(?:financial\s+|operating\s+|earnings\s+)*results\b"
                     r"|\bresults\s+for\s+(?:its\s+|the\s+)?fiscal\s+(?:year\s+)?(?:19|20)\d\d\b", re.I)
# The year annual results name: "2024 Annual Results", "full year 2024", "results for fiscal 2024".
_ANNUAL_YEAR = re.compile(r"\b((?:19|20)\d\d)\s+(?:annual|full[\s-]+year|fiscal[\s-]+year|year[\s-]+end)\b|"
                          r"\b(?:annual|full[\s-]+year|fiscal(?:[\s-]+year)?|year\s+ended\s+[A-Za-z]+\.?\s+\d{1,2},?)\s+"
                          r"((?:19|20)\d\d)\b", re.I)
# A headline of a year's results that names no quarter: "2004 EARNINGS RELEASE", "2024 Results".
_YEAR_RESULTS = re.compile(r"\b((?:19|20)\d\d)\s+(?:earnings|results|financial\s+results)\s+(?:release|announcement|"
                           r"report)?", re.I)


def year_results_headline(text: str) -> re.Match | None:
    """The opening names a year's results and no quarter ("2004 EARNINGS RELEASE ... reported net earnings
    in 2004"): an annual release, whatever quarter a later sentence mentions in passing."""
    head = " ".join(" ".join(l for l in text[:2500].split("\n") if "|" not in l).split())  # short headlines too
    return _YEAR_RESULTS.search(head[:300]) if not _QUARTERLY.search(head[:600]) else None


# What says a release reports less than a year: a quarter, or a half ("Half-Year 2025 Results", "H1 2025",
# "first half", "interim results", "six months ended"), whose headline's "2025 Results" is no year's results.
_QUARTERLY = re.compile(rf"\b{QUARTER_WORD_RE}\b|\bQ[1-4]\b|"
                        r"\bthree\s+months\b|\bquarter(?:ly)?\s+results\b|"
                        r"\bhalf[\s-]+year(?:ly)?\b|\b(?:first|1st)\s+half\b|\bH1\b|\b1H\b|\binterim\s+results\b|"
                        r"\bsix\s+months\b", re.I)


_DAY_FIRST = rf"\d{{1,2}}\s+{MONTH_RE}\s+(?:19|20)\d\d"
_END_DATE = rf"(?:the\s+)?(?:period\s+)?(?:ended|ending)\s+(?:on\s+)?({MONTH_RE}\s+\d{{1,2}},?\s+(?:19|20)\d\d|{_DAY_FIRST})"
# Phrases the period reader leaves to the lead: "the fourth quarter and full year ended December 31, 2024"
# and "the second quarter and half year ended September 30, 2025" (the quarter), "the half year ended 31 December
# 2024" (six months).
_LEAD_SPANS = [
    (re.compile(rf"\b{QUARTER_WORD_RE}\s+and\s+(?:the\s+)?"
                r"(?:full[\s-]+year|fiscal\s+year|year|half[\s-]+year|six\s+months|nine\s+months|twelve\s+months)\s*,?\s*" + _END_DATE,
                re.I), 3),
    (re.compile(r"\b(?:three|thirteen|13)(?:[\s-]+(?:months?|weeks?))?-?\s+(?:and|&)\s+(?:six|nine|twelve|twenty-six|"
                r"thirty-nine|fifty-two|26|39|52)[\s-]+(?:months?|weeks?)(?:\s+(?:fiscal\s+)?periods?)?\s*,?\s*" + _END_DATE,
                re.I), 3),
    (re.compile(r"\b(?:first\s+half(?:\s+year)?|half[\s-]+year|six[\s-]+months?(?:\s+period)?)\s*,?\s*" + _END_DATE, re.I), 6),
]


def _lead_spans(head: str) -> list[Period]:
    out = []
    for rx, months in _LEAD_SPANS:
        for m in rx.finditer(head):
            d = _end_date(m.group(1))
            if d:
                out.append(Period(d, months))
    return out


def _end_date(text: str) -> date | None:
    """'December 31, 2024' or '31 December 2024'."""
    words = " ".join(text.replace(",", " ").replace(".", " ").split()).split()
    if words and words[0].isdigit():
        words = [words[1], words[0], words[2]]
    return parse_date(f"{words[0]} {words[1]}, {words[2]}") if len(words) == 3 else None


def lead_period(text: str, fye: int, released: date | None = None) -> Period | None:
    """The period the release reports, as its headline or first paragraph names it: the latest named
    period that ended before the release date (a release reports what is over), the shorter when two
    end together ("the three and nine months ended ...": the quarter)."""
    head = _lead_prose(text)
    reader = PeriodReader(fye, None)
    found = [reader.resolve(s, None) for s in reader.find(head, LEAD_KINDS)] + _lead_spans(head)
    found = [p for p in found if p and not p.is_instant and (released is None or p.end <= released)]
    best = max(found, key=lambda p: (effective_month(p.end), -p.months)) if found else None
    before = _period_before(released, fye)
    if best is not None and before is not None and before.end > best.end and best.months == 3:
        return before  # a quarter named as a year's (a misread fiscal year): the last one over
    if best is not None and best.months == 12 and _FOURTH_AND_YEAR.search(head):
        return Period(best.end, 3)  # "fourth quarter and fiscal year 2009": the quarter leads, as when dated
    return best


_FOURTH_AND_YEAR = re.compile(r"\b(?:fourth|4th)[\s-]+(?:fiscal\s+)?quarter\s+and\s+(?:the\s+)?(?:full[\s-]+|fiscal[\s-]+)?"
                              r"(?:(?:19|20)\d\d[\s-]+)?(?:year|annual)\b", re.I)  # "... and 2025 Annual Results" too


def _lead_prose(text: str) -> str:
    """The headline and first paragraphs as one line ("2009 Third Quarter" read as "Third Quarter 2009")."""
    prose = [l for l in text[:2500].split("\n") if "|" not in l and len(l.split()) > 3]
    head = " ".join(" ".join(prose).split())[:1500]
    return _YEAR_FIRST_QUARTER.sub(lambda m: f"{m.group(2)}{m.group(3)} {m.group(1)}", head)


def annual_period(text: str, released: date | None, fye: int | None) -> Period | None:
    """A release of annual results that names no period reports the fiscal year that ended before
    it: the one ending in its stated year-end month, else at the last quarter end before the release."""
    head = _lead_prose(text)
    year_results = year_results_headline(text)
    if released is None or not (year_results or _ANNUAL.search(head) and not _QUARTERLY.search(head)):
        return None
    y, m = add_months(released.year, released.month, -1)
    named = _ANNUAL_YEAR.search(head) or year_results
    year = int(next(g for g in named.groups() if g)) if named else None
    if fye is None and year and year < y:  # "2024 Annual Results" in April 2025
        y, m = year, 12
    while (fye is None and m % 3) or (fye is not None and m != fye):
        y, m = add_months(y, m, -1)
    return Period(month_end(y, m), 12)


_NAMED_ORDINAL = re.compile(rf"\b({ORDINAL_RE})[\s-]+(?:fiscal\s+)?quarter\b(?:\s+(?:of\s+)?(?:fiscal\s+)?"
                            r"(?:year\s+)?((?:19|20)\d\d))?", re.I)


# "Q4 FY25", "Q4 fiscal 2025", "4Q FY2025": a quarter named by its token and its fiscal year
_NAMED_TOKEN = re.compile(r"\b(?:Q([1-4])|([1-4])Q)\s?(?:FY\s?|fiscal\s+(?:year\s+)?)'?((?:19|20)?\d\d)\b", re.I)


# A quarter named beside forward-looking words is one the release forecasts, not one it reports: "raises its
# Q1 FY25 outlook", "first quarter 2025 guidance", "outlook for the first quarter", "expects ... second quarter"
_FORWARD_AFTER = re.compile(r"\s*(?:(?:financial|business|revenue|earnings|sales)\s+)?(?:outlook|guidance|forecasts?|"
                            r"expectations?|targets?|projections?|estimates?)\b", re.I)
_FORWARD_BEFORE = re.compile(r"(?:\b(?:outlook|guidance|forecasts?|expectations?|targets?|projections?|estimates?)\s+"
                             r"(?:for|of)\s+(?:the\s+|its\s+|our\s+)?(?:fiscal\s+)?|\b(?:expects?|expected|anticipates?|"
                             r"sees|projects?|forecasts?|guides?|guided)\b[^.;:]{0,40}?|"
                             # ... or the quarter something starts in: "dividend payments starting in second quarter
                             # 2025", "beginning in the third quarter", "effective with the fourth quarter"
                             r"\b(?:start(?:s|ing)?|begin(?:s|ning)?|commenc(?:es?|ing)|effective)\s+(?:in|with|from|during)\s+"
                             r"(?:the\s+)?(?:fiscal\s+)?)$", re.I)


def _reported(lead: str, m: re.Match[str]) -> bool:
    """Whether a quarter named in the lead is one the release reports, not one its outlook looks to."""
    return not (_FORWARD_AFTER.match(lead, m.end()) or _FORWARD_BEFORE.search(lead[max(0, m.start() - 60):m.start()]))


def _named_quarter(lead: str) -> tuple[int, int | None] | None:
    """The quarter (and its year, when said) the lead names first as one it reports, by its ordinal or by
    its token; a quarter named for its outlook or guidance says nothing of the year the results end."""
    firsts = [next((m for m in rx.finditer(lead) if _reported(lead, m)), None) for rx in (_NAMED_ORDINAL, _NAMED_TOKEN)]
    found = [m for m in firsts if m is not None]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    if m.re is _NAMED_ORDINAL:
        return QUARTER_NUM[m.group(1).lower()], int(m.group(2)) if m.group(2) else None
    year = int(m.group(3))
    return int(m.group(1) or m.group(2)), year + 2000 if year < 100 else year


def quarter_named_fye(text: str, released: date | None) -> int | None:
    """The fiscal year end of a release that names its quarter but no date and no year end ("fourth quarter
    and fiscal year 2009 results", released in November): released before that quarter could end on the
    calendar, the quarter is the one that ended last before the release, and the year ends with the
    quarter that many quarters on. None when the calendar reading stands."""
    named = _named_quarter(_lead_prose(text)) if released else None
    if named is None or released is None:
        return None
    q, year = named
    if month_end(year or released.year, 3 * q) <= released:
        return None  # the calendar quarter is over: nothing says the year ends elsewhere
    y, mo = add_months(released.year, released.month, -1)
    while mo % 3:
        y, mo = add_months(y, mo, -1)
    return add_months(y, mo, 3 * (4 - q))[1]


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
