"""Earnings releases built here, for industries and layouts nobody tuned the reading on.

Each industry is a table of words (the company, its listing, its currency and the rows its
statements print); each layout is a function that prints one statement. A release is a dateline
lead, a headline, prose highlights and three statements (income, balance sheet, cash flows) in one
layout. Since we write them, we know every figure: `Release.rows` holds what each row states.
Every name and figure here is invented."""
from __future__ import annotations

import html as html_escape
import re
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from parsers.periods import Period

Q24, Q23 = Period(date(2024, 12, 31), 3), Period(date(2023, 12, 31), 3)
FY24, FY23 = Period(date(2024, 12, 31), 12), Period(date(2023, 12, 31), 12)
B24, B23 = Period(date(2024, 12, 31), 0), Period(date(2023, 12, 31), 0)


@dataclass(frozen=True)
class Row:
    """One printed row: its label, the canonical metric it means ('' for a row no test asks
    about), this year's and last year's figure as the statement prints them (thousands, or per share)."""

    label: str
    metric: str = ""
    now: float | None = None  # None: a heading row ("Earnings per share:"), no figures
    before: float | None = None
    per_share: bool = False


@dataclass(frozen=True)
class Industry:
    key: str
    company: str
    ticker: str
    exchange: str
    city: str
    currency: str  # ISO code
    symbol: str  # as the statements print it
    scale_note: str
    gaap: str  # "GAAP" or "IFRS"
    income: tuple[Row, ...]
    balance: tuple[Row, ...]
    cash: tuple[Row, ...]
    heads: tuple[str, str, str] = ("Three Months Ended", "Year Ended", "")  # over the quarter, the year, the balances


# "Net income attributable to <the issuer>", "Profit attributable to owners of the parent": the parent's
# net income is net income (knowledge.vocabulary.TO_OWNERS), the figure analysts mean by it.
PARENT = "net_income"


def _common_balance(cash: float, assets: float, equity: float, liab_words: tuple[Row, ...] = ()) -> tuple[Row, ...]:
    return (Row("Cash and cash equivalents", "cash", cash, cash * 0.9),
            Row("Total assets", "total_assets", assets, assets * 0.95),
            *liab_words,
            Row("Total liabilities", "total_liabilities", assets - equity, assets * 0.95 - equity * 0.93),
            Row("Total equity", "equity", equity, equity * 0.93),
            Row("Total liabilities and equity", "liabilities_and_equity", assets, assets * 0.95))


def _cash(ocf: float, words: str = "Net cash provided by operating activities") -> tuple[Row, ...]:
    return (Row(words, "operating_cash_flow", ocf, ocf * 0.88),
            Row("Net cash used in investing activities", "", -ocf / 4, -ocf / 5),
            Row("Net cash used in financing activities", "", -ocf / 2, -ocf / 3),
            Row("Net increase in cash and cash equivalents", "", ocf / 4, ocf * (0.88 - 0.2 - 1 / 3)))


INDUSTRIES: tuple[Industry, ...] = (
    Industry("bank", "Harborstone Bancorp, Inc.", "HSBX", "NASDAQ", "TOLEDO, Ohio", "USD", "$",
             "(in thousands, except per share data)", "GAAP",
             (Row("Net interest income", "net_interest_income", 48_210, 45_120),
              Row("Provision for credit losses", "provision_credit_losses", 2_150, 1_430),
              Row("Total noninterest income", "noninterest_income", 9_870, 9_105),
              Row("Total noninterest expense", "noninterest_expense", 31_440, 30_210),
              Row("Net income attributable to Harborstone Bancorp, Inc.", PARENT, 19_312, 17_880),
              Row("Diluted earnings per share", "eps_diluted", 1.27, 1.16, True),
              Row("Diluted weighted average shares outstanding", "weighted_shares_diluted", 15_206, 15_414)),
             _common_balance(212_400, 5_612_300, 561_900,
                             (Row("Total deposits", "deposits", 4_702_100, 4_455_300),)),
             _cash(27_640), ("Three Months Ended", "Twelve Months Ended", "As of")),
    Industry("insurer", "Quillmark Insurance Group, Inc.", "QMKI", "NYSE", "HARTFORD, Conn.", "USD", "$",
             "(in thousands, except per share data)", "GAAP",
             (Row("Net premiums earned", "net_earned_premium", 311_420, 287_960),
              Row("Net investment income", "net_investment_income", 38_115, 31_207),
              Row("Total revenues", "revenue", 352_940, 322_580),
              Row("Net income attributable to common shareholders", "net_income_common", 41_508, 29_733),
              Row("Diluted earnings per share", "eps_diluted", 2.48, 1.77, True),
              Row("Diluted weighted average shares", "weighted_shares_diluted", 16_737, 16_798)),
             _common_balance(94_300, 4_083_500, 1_120_400),
             _cash(88_210), ("Quarter Ended", "Year Ended", "")),
    Industry("reit", "Tallowbrook Realty Trust", "TBRT", "NYSE", "DENVER", "USD", "$",
             "(in thousands, except per share data)", "GAAP",
             (Row("Rental revenue", "", 96_310, 88_475),
              Row("Total revenues", "revenue", 99_870, 91_204),
              Row("Net income attributable to common stockholders", "net_income_common", 21_744, 18_020),
              Row("FFO per diluted share", "ffo_per_share", 0.71, 0.66, True),
              Row("Diluted weighted average shares", "weighted_shares_diluted", 82_115, 79_903)),
             _common_balance(31_800, 3_944_100, 2_010_600),
             _cash(51_370)),
    Industry("utility", "Pembrake Energy Corporation", "PBEC", "NYSE", "OMAHA, Neb.", "USD", "$",
             "(in millions, except per share amounts)", "GAAP",
             (Row("Operating revenues", "revenue", 1_412, 1_356),
              Row("Net income attributable to Pembrake Energy Corporation", PARENT, 162, 148),
              Row("Diluted earnings per share", "eps_diluted", 1.09, 0.99, True),
              Row("Diluted weighted average shares outstanding", "weighted_shares_diluted", 149, 149)),
             _common_balance(58, 31_760, 9_480),
             _cash(2_117)),
    Industry("retailer", "Fennimore Outfitters, Inc.", "FNMO", "NYSE", "COLUMBUS, Ohio", "USD", "$",
             "(in thousands, except per share data)", "GAAP",
             (Row("Net sales", "revenue", 842_610, 801_390),
              Row("Cost of sales", "cost_of_revenue", 511_230, 492_770),
              Row("Net income", "net_income", 48_905, 41_366),
              Row("Earnings per share:"),
              Row("Basic", "eps_basic", 1.54, 1.29, True),
              Row("Diluted", "eps_diluted", 1.52, 1.27, True),
              Row("Weighted average shares outstanding:"),
              Row("Basic", "weighted_shares_basic", 31_760, 32_066),
              Row("Diluted", "weighted_shares_diluted", 32_174, 32_571)),
             _common_balance(184_200, 2_477_900, 1_036_300),
             _cash(172_450)),
    Industry("software", "Corvalent Software, Inc.", "CRVL", "NASDAQ", "AUSTIN, Texas", "USD", "$",
             "(in thousands, except per share data)", "GAAP",
             (Row("Subscription revenue", "subscription_revenue", 128_440, 104_920),
              Row("Total revenue", "revenue", 141_005, 117_330),
              Row("Net income", "net_income", 12_870, 6_115),
              Row("Diluted net income per share", "eps_diluted", 0.19, 0.09, True),
              Row("Diluted weighted average shares outstanding", "weighted_shares_diluted", 67_840, 66_120)),
             _common_balance(402_700, 1_218_400, 611_500),
             _cash(38_905), ("For the Three Months Ended", "For the Year Ended", "As of")),
    Industry("shipping", "Brinmoor Tankers Ltd.", "BRMT", "NYSE", "HAMILTON, Bermuda", "USD", "$",
             "(in thousands, except per share data)", "GAAP",
             (Row("Voyage revenues", "", 214_380, 188_705),
              Row("Total revenues", "revenue", 216_115, 190_020),
              Row("Net income", "net_income", 61_227, 49_840),
              Row("Diluted earnings per share", "eps_diluted", 1.84, 1.51, True),
              Row("Diluted weighted average shares outstanding", "weighted_shares_diluted", 33_275, 33_006)),
             _common_balance(156_900, 2_904_300, 1_611_200),
             _cash(97_615)),
    Industry("pharma", "Velantis Therapeutics, Inc.", "VLTX", "NASDAQ", "CAMBRIDGE, Mass.", "USD", "$",
             "(in thousands, except per share data)", "GAAP",
             (Row("Collaboration revenue", "", 4_210, 2_870),
              Row("Total revenue", "revenue", 4_210, 2_870),
              Row("Research and development", "rd", 58_330, 49_115),
              Row("Net loss", "net_income", -63_470, -55_208),
              Row("Net loss per share attributable to common stockholders, basic and diluted", "eps_diluted",
                  -1.12, -1.05, True),
              Row("Weighted average shares outstanding, basic and diluted", "weighted_shares_diluted", 56_671, 52_580)),
             _common_balance(318_400, 702_900, 541_200),
             _cash(-51_830)),
    Industry("canadian", "Northvale Resources Ltd.", "NVLR", "TSX", "CALGARY, Alberta", "CAD", "C$",
             "(in thousands of Canadian dollars, except per share amounts)", "IFRS",
             (Row("Revenue", "revenue", 388_120, 352_660),
              Row("Profit attributable to shareholders", PARENT, 44_905, 39_118),
              Row("Diluted earnings per share", "eps_diluted", 0.87, 0.76, True),
              Row("Diluted weighted average shares", "weighted_shares_diluted", 51_614, 51_470)),
             _common_balance(77_300, 2_871_600, 1_522_800),
             _cash(120_470, "Cash generated from operating activities"),
             ("Three months ended", "Year ended", "As at")),
    Industry("european", "Ostrava Mobility SE", "OMSE", "Euronext Paris", "LYON, France", "EUR", "€",
             "(EUR'000, except per share data)", "IFRS",
             (Row("Revenue", "revenue", 275_640, 251_980),
              Row("Profit for the period attributable to owners of the parent", PARENT, 18_406, 15_972),
              Row("Diluted earnings per share", "eps_diluted", 0.42, 0.37, True),
              Row("Diluted weighted average number of shares", "weighted_shares_diluted", 43_822, 43_690)),
             _common_balance(96_100, 1_904_800, 744_300),
             _cash(61_908, "Net cash generated from operating activities"),
             ("Three months ended", "Twelve months ended", "At")),
)

# What each industry says in its own words in the highlights, a figure no statement prints:
# (sentence, metric, value as read, unit), the quarter's.
SAID: dict[str, tuple[tuple[str, str, float, str], ...]] = {
    "bank": (("- Net interest margin was 3.41%, compared with 3.28% in the fourth quarter of 2023.",
              "net_interest_margin", 3.41, "percent"),),
    "insurer": (("- The combined ratio was 93.4%, compared with 95.1% in the fourth quarter of 2023.",
                 "combined_ratio", 93.4, "percent"),),
    "reit": (("- Same-store net operating income increased 4.6%.", "same_store_noi", 4.6, "percent"),),
    "retailer": (("- Comparable sales increased 3.2%.", "comparable_sales", 3.2, "percent"),),
    "software": (("- Annual recurring revenue (ARR) grew 24% to $512.3 million.", "arr", 512_300_000, "USD"),),
}


Group = tuple  # (the heading's two lines, (this year's period, last year's))


def statements(ind: Industry) -> tuple[tuple[str, str, tuple[Group, ...]], ...]:
    """(title, part, column groups) of the three statements, headed in the industry's words."""
    quarter, year, balance = ind.heads
    q, y = ((quarter, "December 31,"), (Q24, Q23)), ((year, "December 31,"), (FY24, FY23))
    return (("CONSOLIDATED STATEMENTS OF INCOME", "income", (q, y)),
            ("CONSOLIDATED BALANCE SHEETS", "balance", (((balance, "December 31,"), (B24, B23)),)),
            ("CONSOLIDATED STATEMENTS OF CASH FLOWS", "cash", (y,)))


def printed(row: Row, period: Period) -> float:
    """The figure a row prints for a period: the year of a flow about four quarters' worth (a share
    count about the quarter's), a balance or a cash flow as the row holds it."""
    v = row.now if period.end.year == 2024 else row.before
    if period.months == 12 and row.metric not in ("operating_cash_flow", "") and not row.label.startswith("Net cash"):
        v *= 1.004 if row.metric.startswith("weighted_shares") else 3.9
    return round(v, 2) if row.per_share else round(v)


def amount(value: float, per_share: bool) -> str:
    """A figure as a statement prints it: commas, parentheses for a negative."""
    text = f"{abs(value):,.2f}" if per_share else f"{abs(round(value)):,}"
    return f"({text})" if value < 0 else text


def cells(ind: Industry, row: Row, first: bool, groups: tuple[Group, ...]) -> list[tuple[str, str]]:
    """(currency sign or '', figure) for each column: the sign on a statement's first row and on per-share rows."""
    if row.now is None:
        return []
    sign = ind.symbol if (first or row.per_share) else ""
    return [(sign, amount(printed(row, p), row.per_share)) for _, periods in groups for p in periods]


def head_cells(groups: tuple[Group, ...], level: int) -> list[str]:
    return [heads[level] for heads, _ in groups if heads[level]]


YEARS = ["2024", "2023"]


# -- layouts: each prints one statement (title, scale note, column heads, rows) as lines --------------

def layout_markdown(ind: Industry, title: str, groups: tuple[Group, ...], rows: tuple[Row, ...]) -> list[str]:
    n = 2 * len(groups)
    lines = [f"**{title}**", "", ind.scale_note, "",
             "|  | " + " | ".join(f"{' '.join(h).strip()} | " for h, _ in groups) + "|",
             "| --- |" + " ---: |" * n, "|  | " + " | ".join(YEARS * len(groups)) + " |"]
    for k, row in enumerate(rows):
        figures = [f"{s} {v}".strip() for s, v in cells(ind, row, k == 0, groups)] or [""] * (2 * len(groups))
        lines.append(f"| {row.label} | " + " | ".join(figures) + " |")
    return lines + [""]


def layout_markdown_sign_cells(ind: Industry, title: str, groups: tuple[Group, ...], rows: tuple[Row, ...]) -> list[str]:
    """A pipe table converted from HTML: the sign in a cell of its own, each heading spread over empty cells."""
    n = 4 * len(groups)
    lines = [title, "", ind.scale_note, "", "|  |" + "".join(f" {' '.join(h).strip()} |   |   |   |" for h, _ in groups),
             "|---|" + "---|" * n, "|  |" + " | 2024 |  | 2023 |" * len(groups)]
    for k, row in enumerate(rows):
        figures = [f"{s} | {v}" for s, v in cells(ind, row, k == 0, groups)] or [" | "] * (2 * len(groups))
        lines.append(f"| {row.label} | " + " | ".join(figures) + " |")
    return lines + [""]


def layout_fixed(ind: Industry, title: str, groups: tuple[Group, ...], rows: tuple[Row, ...]) -> list[str]:
    """Fixed-width: labels wrapped at 38 columns, the currency sign in its own column, a centred
    two-line heading over each pair of years."""
    width = 40
    lines = [title.center(70).rstrip(), ind.scale_note.center(70).rstrip(), ""]
    for level in (0, 1):
        if head_cells(groups, level):
            lines.append(" " * width + "".join(h[level].center(26) for h, _ in groups).rstrip())
    lines += [" " * width + "    2024          2023  " * len(groups), " " * width + "----------    ----------  " * len(groups)]
    for k, row in enumerate(rows):
        wrapped = textwrap.wrap(row.label, 38)
        lines += wrapped[:-1]
        figures = "".join(f"{s:<3}{v:>9}  " for s, v in cells(ind, row, k == 0, groups)).rstrip()
        label = wrapped[-1] if len(wrapped) == 1 else "  " + wrapped[-1]
        lines.append(f"{label:<{width - 2}}{figures}" if figures else label)
    return [line.rstrip() for line in lines] + [""]


def layout_html(ind: Industry, title: str, groups: tuple[Group, ...], rows: tuple[Row, ...]) -> list[str]:
    e = html_escape.escape
    head = "".join("<tr><td></td>" + "".join(f"<td colspan=4>{e(h[level])}</td>" for h, _ in groups) + "</tr>"
                   for level in (0, 1) if head_cells(groups, level))
    head += "<tr><td></td>" + "<td colspan=2>2024</td><td colspan=2>2023</td>" * len(groups) + "</tr>"
    body = ""
    for k, row in enumerate(rows):
        body += f"<tr><td>{e(row.label)}</td>" + "".join(
            f"<td>{e(s)}</td><td>{v}</td>" for s, v in cells(ind, row, k == 0, groups)) + "</tr>"
    return [f"<p><b>{e(title)}</b></p><p>{e(ind.scale_note)}</p><table>{head}{body}</table>"]


def layout_cell_per_line(ind: Industry, title: str, groups: tuple[Group, ...], rows: tuple[Row, ...]) -> list[str]:
    lines = [title, ind.scale_note, ""] + head_cells(groups, 0) + head_cells(groups, 1) + YEARS * len(groups)
    for k, row in enumerate(rows):
        lines.append(row.label)
        for s, v in cells(ind, row, k == 0, groups):
            lines += [s, v] if s else [v]
    return lines + [""]


def layout_flattened(ind: Industry, title: str, groups: tuple[Group, ...], rows: tuple[Row, ...]) -> list[str]:
    heads = [" ".join(h).strip() for h, _ in groups]
    parts = heads + YEARS * len(groups)
    for k, row in enumerate(rows):
        parts.append(row.label)
        parts += [f"{s} {v}".strip() for s, v in cells(ind, row, k == 0, groups)]
    return [title, ind.scale_note, "", " ".join(parts), ""]


def layout_cell_per_line_spaced(ind: Industry, title: str, groups: tuple[Group, ...], rows: tuple[Row, ...]) -> list[str]:
    """One cell a line with a blank line after each, as a web page copied to text prints it."""
    return [x for line in layout_cell_per_line(ind, title, groups, rows) for x in (line, "")]


LAYOUTS = {"html": layout_html, "markdown": layout_markdown, "markdown_sign_cells": layout_markdown_sign_cells,
           "fixed": layout_fixed,
           "cell_per_line": layout_cell_per_line, "cell_per_line_spaced": layout_cell_per_line_spaced,
           "flattened": layout_flattened}


# -- the release ------------------------------------------------------------------------------------

def top_line(ind: Industry) -> Row:
    return ind.income[0]


def net_income(ind: Industry) -> Row:
    return next(r for r in ind.income if r.metric in ("net_income", "net_income_common") or "attributable" in r.label)


def _prose(ind: Industry) -> list[str]:
    top, net = top_line(ind), net_income(ind)
    scale = "billion" if "millions" in ind.scale_note else "million"
    div = 1_000  # the statements print thousands (or millions): the prose millions (or billions)
    change = (top.now / top.before - 1) * 100
    sign = ind.symbol
    return [f"- {top.label} rose {change:.0f}% to {sign}{top.now / div:,.1f} {scale}, compared with "
            f"{sign}{top.before / div:,.1f} {scale} in the fourth quarter of 2023.",
            f"- {net.label.split(' attributable')[0]} was {sign}{abs(net.now) / div:,.1f} {scale} for the quarter."
            ] + [sentence for sentence, *_ in SAID.get(ind.key, ())]


def stated(ind: Industry) -> set[float]:
    """Every figure the highlights state, as read (full units, percent)."""
    top, net = top_line(ind), net_income(ind)
    unit = 1_000_000 if "millions" in ind.scale_note else 1_000
    amounts = {round(v / 1_000, 1) * 1_000 * unit for v in (top.now, top.before, abs(net.now), net.now)}
    said = {v for _, _, v, _ in SAID.get(ind.key, ())} | {float(p) for s, *_ in SAID.get(ind.key, ())
                                                         for p in re.findall(r"(\d+(?:\.\d+)?)%", s)}
    return amounts | said | {round((top.now / top.before - 1) * 100)}


def release(ind: Industry, layout: str) -> tuple[str, str]:
    """(text, format) of a fourth-quarter 2024 release of `ind` with its statements in `layout`."""
    lead = (f"{ind.city}, Feb. 12, 2025 /PRNewswire/ -- {ind.company} ({ind.exchange}: {ind.ticker}) today "
            f"reported results for the fourth quarter and full year ended December 31, 2024, prepared in "
            f"accordance with {ind.gaap}.")
    head = [f"{ind.company} Reports Fourth Quarter and Full Year 2024 Results", "", lead, "",
            "Fourth Quarter 2024 Highlights", ""] + _prose(ind) + [""]
    body: list[str] = []
    for title, part, groups in statements(ind):
        body += LAYOUTS[layout](ind, title, groups, getattr(ind, part))
    if layout == "html":
        e = html_escape.escape
        paras = "".join(f"<p>{e(t)}</p>" for t in head if t)
        return f"<html><head><meta charset=\"utf-8\"></head><body>{paras}{''.join(body)}</body></html>", "html"
    return "\n".join(head + body) + "\n", "text"


def expected(ind: Industry) -> list[tuple[Row, Period, float]]:
    """Every printed figure in full units: (row, period, value)."""
    scale = 1_000_000 if "millions" in ind.scale_note else 1_000
    return [(row, p, printed(row, p) if row.per_share else printed(row, p) * scale)
            for _, part, groups in statements(ind) for row in getattr(ind, part) if row.now is not None
            for _, periods in groups for p in periods]


@contextmanager
def engine_over(tmp_path: Path, files: dict[str, str]) -> Iterator[Engine]:
    """An engine over a store of the releases given (file name → text), ingested as a user would; closed after."""
    paths = []
    for name, text in files.items():
        (path := tmp_path / name).write_text(text)
        paths.append(path)
    db = tmp_path / "s.duckdb"
    con = connect(db)
    ingest(con, paths)
    con.close()
    eng = Engine(db)
    try:
        yield eng
    finally:
        eng.close()


def ask_in_turn(engine: Engine, *questions: str):
    """The answer to the last of questions asked one after another in one conversation (each a follow-up of the one
    before)."""
    ctx = Context()
    answer = None
    for q in questions:
        answer, ctx = engine.ask(q, ctx)
    return answer


def assert_never_wrong(rows: list, least: int, floor: int) -> None:
    """A hand-checked question set scored (benchmarks.wire_questions.score_analyst): at least `least` questions, none
    answered wrong (each listed), and at least `floor` right — the assertions every set's slow test makes."""
    assert len(rows) >= least
    wrong = [f"{r.item.id} {r.item.question!r}: {r.reason}" for r in rows if r.verdict == "wrong"]
    assert not wrong, "\n".join(wrong)
    right = sum(r.verdict == "right" for r in rows)
    assert right >= floor, f"{right} right, floor {floor}"
