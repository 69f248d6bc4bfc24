"""Invented releases in the layout families of news-wire copies (tests/data/wire_families/, catalogued in
tests/data/wire_layout_families.md): a Nordic 'Key figures' pipe table whose caption ran into its unit
('Key figuresEUR million') over 'Q4/24 | Q3/24 | 2024' columns, bold current-period cells and '1)' marks; a Latin
American IFRS statement whose 'Unaudited | Audited' row sits above its '4Q24 | YTD24' tokens, with '%' change
columns, totals whose bold is split ('**(3.9****%)**'), 'Net Profit/(Loss)', a balance sheet under 'December 2024'
with '(Unaudited)' in its ASSETS row and a subtotal with no label; a Swedish year-end report under 'Q4/2024 |
Jan-Dec 2024' and 'Net result for the period'. Every name and figure is invented; only the layouts are the wires'.

Each release has its answer key: every core figure printed, for each column period. A figure read otherwise than
the key is a failure (a wrong number is worse than a missing one); a key figure not read is a failure unless it
is on record in MISSING."""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

from knowledge.vocabulary import canonical_metric, metric_where_read
from parsers.document import parse_file
from parsers.periods import Period, effective_month

DATA = Path(__file__).parent / "data" / "wire_families"
M = 1e6
Q4 = ("2024-12/3", "2023-12/3", "2024-09/3", "2024-12/12", "2023-12/12")
DEC = ("2024-12/0", "2023-12/0")


def _rows(periods: tuple[str, ...], scale: float, rows: dict[str, tuple[float, ...]]) -> dict[tuple[str, str], float]:
    unit = {"eps": 1.0, "eps_diluted": 1.0, "eps_basic": 1.0}
    return {(m, p): round(v * unit.get(m, scale), 4) for m, values in rows.items() for p, v in zip(periods, values)}


# file: (ticker, currency, {(metric, "YYYY-MM/months"): value in full units})
KEYS: dict[str, tuple[str | None, str, dict[tuple[str, str], float]]] = {
    "w01_nordvik_key_figures_glued_caption.md": (None, "EUR", _rows(Q4, M, {
        "revenue": (1_122, 1_207, 1_164, 4_618, 5_102), "net_income": (-17, 38, 9, -22, 71),
        "eps": (-0.04, 0.09, 0.02, -0.05, 0.17)})),
    "w02_aeroandes_ifrs_unaudited_row_tokens.md": ("AEAN", "USD", {
        **_rows(Q4, 1e3, {"revenue": (318_400, 301_200, 309_900, 1_236_800, 1_170_500),
                          "net_income": (58_300, 51_900, 47_200, 205_500, 188_000)}),
        **_rows(Q4, 1.0, {"eps_basic": (1.41, 1.25, 1.14, 4.97, 4.51)}),  # printed only in the highlights table
        **_rows(DEC, 1e3, {"cash": (212_406, 188_118), "total_assets": (1_736_652, 1_636_968),
                           "equity": (928_110, 854_142)})}),
    "w03_saltholm_key_figures_sek_jan_dec.md": (None, "SEK", {
        **_rows(("2024-12/3", "2023-12/3", "2024-12/12", "2023-12/12"), M, {
            "revenue": (2_406, 2_218, 9_118, 8_702), "net_income": (188, 141, 731, 640),
            "eps_diluted": (1.74, 1.31, 6.77, 5.94), "operating_cash_flow": (318, 276, 1_118, 968)}),
        **_rows(DEC, M, {"cash": (1_204, 988), "total_assets": (12_406, 11_802), "equity": (5_979, 5_535)})}),
    "w04_valmorel_fixed_fiscal_ranges.md": ("VMT", "EUR", {  # a year to June: 'H1 2024-25' is the half to December 2024
        **_rows(("2023-12/6", "2024-12/6"), M, {"revenue": (400.2, 412.6), "net_income": (33.0, 38.2),
                                               "eps_diluted": (0.70, 0.81), "operating_cash_flow": (118.4, 126.9)}),
        **_rows(("2023-09/3", "2023-12/3", "2024-03/3", "2024-06/3", "2024-06/12", "2024-09/3", "2024-12/3"), M, {
            "revenue": (196.6, 203.6, 202.0, 206.6, 808.8, 203.6, 209.0)}),
        **_rows(("2024-06/0", "2024-12/0"), M, {"cash": (206.4, 188.1), "total_assets": (4_812.6, 4_906.2),
                                               "equity": (2_118.4, 2_141.8)})}),
    "w05_kaveri_pipe_fy_ranges_march.md": ("KVRP", "USD", {  # a year to March: 'Q3 2024-25' ends in December 2024
        **_rows(("2024-12/3", "2024-09/3", "2023-12/3", "2024-12/9", "2023-12/9", "2024-03/12"), 1e3, {
            "revenue": (84_206, 80_118, 76_402, 242_930, 221_806, 301_412),
            "net_income": (9_418, 8_306, 7_702, 25_118, 20_906, 28_412),
            "eps_diluted": (0.47, 0.41, 0.38, 1.25, 1.04, 1.41)}),
        **_rows(("2024-12/0", "2024-03/0"), 1e3, {"cash": (41_206, 36_118), "total_assets": (512_830, 488_402),
                                                 "equity": (318_406, 296_118)})}),
    "w06_brattvik_fixed_nordic_month_ranges.md": (None, "SEK", {  # 'Oct-Dec 2024', '31.12.2024', 'Q4/24' in fixed width
        **_rows(("2024-12/3", "2023-12/3", "2024-12/12", "2023-12/12"), M, {
            "revenue": (1_846, 1_742, 7_118, 6_804), "net_income": (131, 118, 512, 486),
            "eps_diluted": (1.52, 1.37, 5.94, 5.64), "operating_cash_flow": (302, 266, 906, 842)}),
        **_rows(("2024-09/3", "2024-06/3", "2024-03/3"), M, {"revenue": (1_702, 1_830, 1_740),
                                                            "net_income": (122, 134, 125)}),
        **_rows(DEC, M, {"cash": (612, 548), "total_assets": (9_406, 9_018), "equity": (4_118, 3_876)})}),
    "w07_aerolinea_fixed_unaudited_tokens.md": ("ASUR", "USD", _rows(Q4, 1e3, {  # F2 as a Dow Jones fixed-width copy
        "revenue": (318_400, 301_200, 309_900, 1_236_800, 1_170_500),
        "net_income": (58_300, 51_900, 47_200, 205_500, 188_000)})),
    "w08_tallgrass_bank_pipe_quarter_ytd.md": ("TGBC", "USD", {  # '4Q24 YTD' beside '4Q24': the year, not the quarter
        **_rows(("2024-12/3", "2024-09/3", "2023-12/3", "2024-12/12", "2023-12/12"), 1e3, {
            "net_interest_income": (18_206, 17_918, 17_402, 71_306, 69_118),
            "net_income": (6_118, 5_902, 5_406, 23_806, 21_418), "eps_diluted": (0.78, 0.75, 0.68, 3.03, 2.70),
            "weighted_shares_diluted": (7_844, 7_840, 7_902, 7_856, 7_930)}),
        **_rows(("2024-12/0", "2024-09/0", "2023-12/0"), 1e3, {"total_assets": (2_118_406, 2_096_118, 2_040_302),
                                                              "equity": (212_306, 208_118, 196_402)})}),
    "w09_indravati_fixed_fy_tokens_march.md": ("INDV", "USD", _rows(  # 'Q3 FY2025 | 9M FY2025' in fixed width
        ("2024-12/3", "2023-12/3", "2024-12/9", "2023-12/9"), 1e3, {
            "revenue": (62_418, 57_906, 181_204, 166_830), "net_income": (7_806, 6_412, 21_118, 17_930),
            "eps_diluted": (0.31, 0.26, 0.84, 0.72)})),
    "w10_larkfield_bank_ragged_pipe_cells.md": ("LKFB", "USD", {  # a heading row of 7 cells over rows of 16 and 21
        **_rows(("2024-12/3", "2024-09/3", "2023-12/3", "2024-12/12", "2023-12/12"), 1e3, {
            "net_income": (1_606, 1_062, 418, 4_906, 4_818)}),
        **_rows(("2024-12/3", "2024-09/3", "2023-12/3", "2024-12/12", "2023-12/12"), 1.0, {
            "eps_basic": (0.52, 0.34, 0.15, 1.58, 1.76)}),
        **_rows(("2024-12/0", "2024-09/0", "2023-12/0"), 1e3, {"total_assets": (412_830, 404_118, 380_402),
                                                              "equity": (46_418, 45_212, 38_284)})}),
    "w11_harrowby_fixed_caption_on_year_line.md": ("HWBY", "USD", _rows(  # '($ in millions, ...)   Q4 2024   Q4 2023'
        ("2024-12/3", "2023-12/3", "2024-12/12", "2023-12/12"), M, {
            "revenue": (612.4, 588.0, 2_406.2, 2_318.8), "net_income": (48.6, 41.1, 188.4, 170.2),
            "eps_diluted": (1.02, 0.86, 3.95, 3.56), "weighted_shares_diluted": (47.6, 47.8, 47.7, 47.8)})),
    "w12_cedarhollow_fixed_spans_over_rules.md": ("CHFC", "USD", {  # spans centred over rules as wide as their groups
        **_rows(("2024-12/3", "2024-09/3", "2024-06/3", "2024-03/3", "2023-12/3", "2024-12/12", "2023-12/12"), 1e3, {
            "net_interest_income": (31_208, 30_115, 29_480, 29_902, 28_771, 120_705, 114_306),
            "net_income": (9_806, 8_912, 8_870, 9_215, 8_640, 36_803, 34_118),
            "eps_diluted": (0.74, 0.67, 0.66, 0.69, 0.65, 2.76, 2.57)}),
        **_rows(("2024-12/0", "2024-09/0", "2024-06/0", "2024-03/0", "2023-12/0"), 1e3, {
            "total_assets": (3_610_455, 3_588_210, 3_540_906, 3_512_337, 3_498_120),
            "equity": (352_118, 344_902, 339_655, 331_870, 333_415)})}),
    "w13_orland_fixed_percent_of_sales_first.md": ("ORLM", "USD", _rows(  # '% of Sales' before each period's amounts
        ("2024-12/3", "2023-12/3", "2024-12/12", "2023-12/12"), 1e3, {
            "revenue": (82_418, 76_306, 318_402, 296_118), "net_income": (5_306, -2_118, 15_402, 3_306),
            "eps_diluted": (0.11, -0.04, 0.31, 0.07), "weighted_shares_diluted": (49_118, 48_402, 49_006, 48_306)})),
}

# What the reading still misses, on record (a strict xfail keeps each honest): file -> why.
MISSING: dict[str, str] = {}


def _period(p) -> str:
    y, m = effective_month(p.end)
    return f"{y}-{m:02d}/{p.months}"


@lru_cache(maxsize=None)
def problems(name: str) -> tuple[list[str], list[str]]:
    """(wrong, missing): figures read otherwise than the key says, and key figures not read."""
    ticker, currency, truth = KEYS[name]
    doc = parse_file(DATA / name)
    wrong = [f"{what} {got!r}" for what, got, want in (("ticker", doc.ticker, ticker), ("currency", doc.currency, currency))
             if got and got != want]
    keyed = {m for m, _ in truth}
    read: dict[tuple[str, str], set[float]] = {}
    for f in doc.figures:
        if f.source != "table" or f.qualifier:
            continue
        metric = metric_where_read(canonical_metric(f.label, f.section, f.unit), f.table_class, f.source,
                                   f.period.is_instant)
        if metric not in keyed:
            continue
        at = (metric, _period(f.period))
        read.setdefault(at, set()).add(round(f.value, 4))
        if at not in truth:
            wrong.append(f"{metric} at {at[1]} = {f.value} ({f.label!r}, line {f.line}): no such column")
        elif abs(f.value - truth[at]) > 1e-6 * max(1.0, abs(truth[at])):
            wrong.append(f"{metric} {at[1]} = {f.value}, printed {truth[at]} ({f.label!r}, line {f.line})")
    missing = [f"{m} {p} {v}" for (m, p), v in truth.items() if v not in read.get((m, p), ())]
    return wrong, missing


@pytest.mark.parametrize("name", sorted(KEYS))
def test_no_figure_of_a_wire_family_is_wrong(name: str) -> None:
    assert problems(name)[0] == []


@pytest.mark.parametrize("name", [pytest.param(n, marks=(pytest.mark.xfail(strict=True, reason=MISSING[n]),)
                                               if n in MISSING else ()) for n in sorted(KEYS)])
def test_every_core_figure_of_a_wire_family_is_read(name: str) -> None:
    assert problems(name)[1] == []


# -- the classes, each on its own --

@pytest.mark.parametrize("header,ytd,period", [
    ("Q4/24", 12, "2024-12/3"), ("Q3/24", 12, "2024-09/3"), ("Q4/2024", 12, "2024-12/3"),
    ("YTD24", 12, "2024-12/12"), ("YTD23", 12, "2023-12/12"), ("YTD25", 9, "2025-09/9"),
    ("YTD24", None, None),  # the year to date of no known quarter: no period, never a guess
])
def test_a_quarter_after_a_slash_and_a_year_to_date_run_into_its_year(header: str, ytd: int | None,
                                                                      period: str | None) -> None:
    """'Q4/24 | Q3/24' over a key-figures table and 'YTD24 | YTD23' beside '4Q24' were no periods: every quarter
    and year-to-date column of those tables was left unread."""
    from parsers.columns import column_period
    got = column_period(header, "", 12, ytd)
    assert (_period(got) if got else None) == period


@pytest.mark.parametrize("header,fye,period", [
    ("Q1 2023-24", 6, "2023-09/3"), ("Q1 | 2023-24", 6, "2023-09/3"), ("FY | 2023-24", 6, "2024-06/12"),
    ("H1 2024-25", 6, "2024-12/6"), ("Q3 2024-25", 3, "2024-12/3"), ("9M 2024-25", 3, "2024-12/9"),
    ("FY 2024/25", 3, "2025-03/12"), ("Q3 FY2024-25", 3, "2024-12/3"), ("Q2 FY24-25", 6, "2024-12/3"),
    ("2023-24", 6, "2024-06/12"),
    ("Q3 2024-25", 12, None),  # a year over two calendar years, of no known year end: no period, never a guess
    ("2023-2025", 6, None),  # two years apart: no fiscal year
])
def test_a_fiscal_year_printed_as_the_two_years_it_runs_over(header: str, fye: int, period: str | None) -> None:
    """'Q3 2024-25' of a year to March was read as the third quarter of the year 2024 to March: every figure of the
    statement a year early (wrong, not missing); 'Q1 2023-24' over a fixed-width column left the table unread."""
    from parsers.columns import column_period
    got = column_period(header, "", fye, None)
    assert (_period(got) if got else None) == period


@pytest.mark.parametrize("line,columns", [
    ("                 2023-24  2023-24  2024-25   ", ["2023-24", "2023-24", "2024-25"]),
    (" In EUR millions            H1 2023-24  H1 2024-25    Change   ", ["H1 2023-24", "H1 2024-25", "Change"]),
    ("                   1H24      1H25", ["1H24", "1H25"]),
    ("SEK million                Oct-Dec 2024  Oct-Dec 2023  Jan-Dec 2024", ["Oct-Dec 2024", "Oct-Dec 2023", "Jan-Dec 2024"]),
    ("EUR million            Q4/24     Q4/23     Q3/24", ["Q4/24", "Q4/23", "Q3/24"]),
    ("                     9M 2024     9M 2023     12M 2024", ["9M 2024", "9M 2023", "12M 2024"]),
    ("SEK million                   31.12.2024    31.12.2023", ["31.12.2024", "31.12.2023"]),
    ("                  Q3 FY2025   Q3 FY2024   9M FY2025", ["Q3 FY2025", "Q3 FY2024", "9M FY2025"]),
    ("             H1 FY25   H1 FY24   YTD FY25", ["H1 FY25", "H1 FY24", "YTD FY25"]),
    ("($ in millions, except per share data)   Q4 2024   Q4 2023   Change", ["Q4 2024", "Q4 2023", "Change"]),
])
def test_a_fixed_width_header_of_halves_and_fiscal_ranges(line: str, columns: list[str]) -> None:
    """A Dow Jones copy prints a Nordic or European statement in fixed width under 'Oct-Dec 2024', 'Q4/24', '9M 2024',
    '31.12.2024' or 'H1 2024-25': each was no column, and the whole statement was left unread."""
    from parsers.fixed_tables import header_columns
    got = header_columns(line)
    assert got is not None and [c.text for c in got] == columns


@pytest.mark.parametrize("header,period", [("4Q24 YTD", "2024-12/12"), ("YTD Q3 2024", "2024-09/9"),
                                           ("Q3 YTD 2024", "2024-09/9"), ("Third Quarter YTD 2024", "2024-09/9"),
                                           ("Q3 2024", "2024-09/3")])
def test_a_quarter_token_marked_year_to_date(header: str, period: str) -> None:
    """'4Q24 YTD' beside '4Q24' was read as the quarter: two columns of one period, and the table's year columns left
    unread (or, alone, a year's figures as the quarter's)."""
    from parsers.columns import column_period
    got = column_period(header, "", 12, 3)
    assert got is not None and _period(got) == period


NARROW_HEAD = ("|  |  | **For the Three Months Ended** |  |  | **Year Ended** |  |\n| --- | --- | --- | --- | --- | --- | --- |\n"
               "|  |  | **{0}** |  |  | **{1}** |  |  | **{2}** |  |  | **{3}** |  |  | **{4}** |  |\n"
               "| Net income |  | $ | 1,606 |  |  | $ | 1,062 |  |  | $ | 418 |  |  | $ | 4,906 |  |  | $ | 4,818 |  |")


@pytest.mark.parametrize("dates,months", [
    (("Dec. 31, 2024", "Sept. 30, 2024", "Dec. 31, 2023", "Dec. 31, 2024", "Dec. 31, 2023"), [3, 3, 3, 12, 12]),
    (("Dec. 31, 2024", "Dec. 31, 2023", "Dec. 31, 2024", "Dec. 31, 2023", "Dec. 31, 2022"), [3, 3, 12, 12, 12]),
    (("Dec. 31, 2024", "Sept. 30, 2024", "June 30, 2024", "March 31, 2024", "Dec. 31, 2023"), [None] * 5),  # one run
])
def test_spans_of_a_heading_row_narrower_than_its_figures(dates: tuple[str, ...], months: list[int | None]) -> None:
    """'| | | Three Months Ended | | | Year Ended | |' (7 cells) over date and figure rows of 16 and 21 cells: placed by
    its cells, 'Year Ended' stood over the second quarter's column, a quarter read as a year (wrong). Its k spans
    stand over the k runs of the dates below; with no such runs, they are dropped and the columns left unread."""
    from parsers.text_grids import text_grids
    grid = text_grids(NARROW_HEAD.format(*dates).split("\n"))[0]
    head = [r for r in grid.rows if "Year Ended" in " ".join(c.text for c in r.cells)]
    vcols = sorted({c.vcol for r in grid.rows for c in r.cells if c.vcol is not None})
    spans = [next((c.text for c in head[0].cells if c.start <= v < c.end), None) if head else None for v in vcols]
    assert [3 if s and "Three" in s else 12 if s else None for s in spans] == months


def test_a_percent_of_sales_column_before_each_period_is_that_period_s() -> None:
    """'% of Sales | December 31, 2024 | % of Sales | December 29, 2023': the first '% of Sales' (left of the first
    period) was taken for the label column's heading, every amount row left unread; then each percent went to the
    period on its left (the year before's). Each is the period's to its right."""
    doc = parse_file(DATA / "w13_orland_fixed_percent_of_sales_first.md")
    got = {(_period(f.period), f.value) for f in doc.figures if f.unit == "percent" and f.label.startswith("Cost of")}
    assert got == {("2024-12/3", 22.1), ("2023-12/3", 23.4), ("2024-12/12", 22.6), ("2023-12/12", 23.1)}


def test_a_fixed_width_span_covers_the_rule_under_it() -> None:
    """'Three Months Ended' centred over a rule as wide as its five columns: by its centre, the fifth column went to
    the 'Twelve Months Ended' beside it (two columns of one period, both left unread)."""
    from parsers.fixed_tables import Column, assign
    head = ["              Three Months Ended                Twelve Months Ended",
            "     ------------------------------------------ ----------------------",
            "      Dec. 31,  Sept. 30,  June 30,  Dec. 31,   Dec. 31,   Dec. 31,"]
    cols = [Column(p, p + 4, t, True) for p, t in ((7, "2024"), (16, "2024"), (26, "2024"), (36, "2023"), (47, "2024"),
                                                    (58, "2023"))]
    got = assign(head, cols)
    assert [g[0] for g in got.values()] == ["Three Months Ended"] * 4 + ["Twelve Months Ended"] * 2


@pytest.mark.parametrize("label,metric", [
    ("Group share of net result", "net_income"), ("Net income, Group share", "net_income"),
    ("Net result (group share)", "net_income"), ("Minority share of net income", "other"),
    ("Net result for the period", "net_income"), ("Net result", "net_income"), ("Net Profit/(Loss)", "net_income"),
    ("Net income / (loss)", "net_income"), ("Operating Profit/(Loss)", "operating_income"),
    ("Net result for the period from all operations incl. discontinued operations", "other"),
])
def test_a_net_result_and_a_profit_slash_loss_are_net_income(label: str, metric: str) -> None:
    assert canonical_metric(label, "", "USD") == metric


@pytest.mark.parametrize("label,cell,unit,value", [
    ("Operating Revenues (US$ millions)", "318.4", "USD", 318.4e6), ("Net profit (EUR million)", "58.3", "USD", 58.3e6),
    ("Shares for calculation of Basic EPS (000s)", "41,348", "shares", 41_348e3), ("Basic EPS (US$)", "1.41", "USD/share", 1.41),
    ("Revenue ($000s)", "412,306", "USD", 412_306e3), ("Adjusted EBITDA (US$000)", "61,404", "USD", 61_404e3),
])
def test_a_row_that_prints_its_own_unit_and_scale(label: str, cell: str, unit: str, value: float) -> None:
    """A highlights table stating no scale of its own, each row its unit: 'Operating Revenues (US$ millions) | 318.4'
    was read as 318 dollars and 'Shares ... (000s) | 41,348' as 41,348 shares; 'Revenue ($000s)' below a table in
    millions took the millions."""
    from parsers.numbers import parse_cell
    from parsers.rows import make_figure
    raw = parse_cell(cell)
    assert raw is not None
    f = make_figure(label, "", raw, 1e6, Period(date(2024, 12, 31), 3), 1, label, 1, cell)  # under a table in millions
    assert (f.unit, f.value) == (unit, value)


@pytest.mark.parametrize("title,scale", [("Key figuresEUR million, or as indicated", 1e6), ("Key figuresSEK million", 1e6),
                                         ("Key figures", None), ("Net salesEUR", None)])
def test_a_caption_run_into_its_unit_still_states_the_scale(title: str, scale: float | None) -> None:
    """'Key figuresEUR million' (a line break lost in the copy) left the table unscaled: EUR 4,618 million read
    as EUR 4,618."""
    from parsers.grid_tables import _scale
    assert _scale(title) == scale


if __name__ == "__main__":  # python -m tests.test_wire_families: what each release gets wrong and misses
    for n in sorted(KEYS):
        w, m = problems(n)
        print(f"{n:50} wrong {len(w):2}  missing {len(m):2} of {len(KEYS[n][2])}")
        for line in w:
            print("   WRONG", line)
        for line in m:
            print("   missing", line)
