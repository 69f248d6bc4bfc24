"""Classes of core figures a release prints and the reading missed (issue 19), each in a small invented
release: a balance sheet whose column headings lost their years, and the rows' unusual labels. Each class
has a near miss that must stay unread (or be read otherwise): a wrong figure is worse than a missing one."""
from __future__ import annotations

from datetime import date

from knowledge.fact_rows import prepare
from parsers.document import parse_text
from parsers.periods import Period

_LEAD = ("Quillfeather Tools Inc. Reports Fourth Quarter and Full Year 2025 Results",
         "",
         "OAKVALE, Ore., Feb. 12, 2026 -- Quillfeather Tools Inc. (NASDAQ: QFTI) today reported results for the "
         "fourth quarter and year ended December 31, 2025.",
         "")


def _balances(first: str, second: str, lead: tuple[str, ...] = _LEAD) -> dict[tuple[str, Period], float]:
    """A Markdown balance sheet headed by `first | second`, read: {(metric, period): value}."""
    text = "\n".join(lead + (
        "Quillfeather Tools Inc. Condensed Consolidated Balance Sheets",
        "",
        f"| Unaudited (in thousands) | {first} | | {second} | |",
        "| --- | --- | --- | --- | --- |",
        "| Cash and cash equivalents | $ | 41,250 | $ | 38,910 |",
        "| Total assets | $ | 512,400 | $ | 498,760 |",
        "| Total liabilities |  | 201,300 |  | 205,110 |",
        "| Total stockholders' equity |  | 311,100 |  | 293,650 |",
        "| Total liabilities and stockholders' equity | $ | 512,400 | $ | 498,760 |",
    )) + "\n"
    return _core(text, ("cash", "total_assets", "equity"))


def _core(text: str, metrics: tuple[str, ...]) -> dict[tuple[str, Period], float]:
    """{(metric, period): value} of the table facts the store would hold for a release text, for `metrics`."""
    doc = parse_text("quillfeather.md", text)
    f = prepare(doc, "", doc.name).facts
    return {(f["metric"][i], Period(f["period_end"][i], f["months"][i])): f["value"][i]
            for i in range(len(f["metric"])) if f["source"][i] == "table" and f["metric"][i] in metrics}


def test_a_balance_sheet_whose_headings_lost_their_years_is_at_the_release_date_and_the_year_before():
    """'December 31, | December 31,' over a year-end release's balance sheet: the release's own date first,
    then the same day a year before (the sheet was unread: three core figures and their comparatives)."""
    got = _balances("December 31,", "December 31,")
    now, before = Period(date(2025, 12, 31), 0), Period(date(2024, 12, 31), 0)
    assert got == {("cash", now): 41_250_000.0, ("cash", before): 38_910_000.0,
                   ("total_assets", now): 512_400_000.0, ("total_assets", before): 498_760_000.0,
                   ("equity", now): 311_100_000.0, ("equity", before): 293_650_000.0}


def test_a_quarter_balance_sheet_without_years_compares_with_the_last_year_end():
    """'September 30, | December 31,' of a third quarter's release: the quarter's end, then the year end before it."""
    lead = ("Quillfeather Tools Inc. Reports Third Quarter 2025 Results", "",
            "OAKVALE, Ore., Nov. 5, 2025 -- Quillfeather Tools Inc. today reported results for the third quarter "
            "ended September 30, 2025.", "")
    got = _balances("September 30,", "December 31,", lead)
    assert got[("total_assets", Period(date(2025, 9, 30), 0))] == 512_400_000.0
    assert got[("total_assets", Period(date(2024, 12, 31), 0))] == 498_760_000.0


def test_a_yearless_balance_sheet_of_another_day_than_the_release_stays_unread():
    """Near miss: 'September 30, | June 30,' under a year-end release names no date the release reports:
    which years they are is not known, so nothing is read (never guessed)."""
    assert _balances("September 30,", "June 30,") == {}
