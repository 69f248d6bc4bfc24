"""A twin table (same class columns, no scale of its own) takes the table before's scale only when it prints the same
metrics, none a rate, at sizes alike row for row (invented releases)."""
from parsers.document import parse_text

_HEAD = ("# Lakeshore Instruments Corp. Reports Second Quarter 2023 Results\n\nDENVER, Aug. 3, 2023 -- Lakeshore "
         "Instruments Corp. (NYSE: LKIC) today reported results for the second quarter ended June 30, 2023.\n\n")
_FIRST = ("**Segment Results for the Three Months Ended June 30, 2023**\n\n(in millions)\n\n"
          "| | Field Devices | Lab Systems | Total |\n|---|---|---|---|\n"
          "| Revenue | $64.0 | $26.0 | $90.0 |\n| Operating income | 12.0 | 6.0 | 18.0 |\n\n")


def _twin(title: str, rows: str) -> dict[str, float]:
    text = _HEAD + _FIRST + f"**{title}**\n\n| | Field Devices | Lab Systems | Total |\n|---|---|---|---|\n" + rows
    doc = parse_text("r.md", text)
    first = {("Revenue", 2023), ("Operating income", 2023)}  # the first table's totals
    return {f.label: f.value for f in doc.figures if f.source == "table" and not f.segment and f.period
            and (f.label, f.period.end.year) not in first}


def test_a_twin_of_rates_or_of_another_size_takes_no_scale() -> None:
    """Returns and growth rates are no money; '$58,000' after a table in millions is plainly of another scale."""
    got = _twin("Segment Returns for the Three Months Ended June 30, 2023",
                "| Return on invested capital | 17.2 | 21.0 | 18.4 |\n| Revenue growth | 4.5 | 2.0 | 3.8 |\n")
    assert got == {}, got
    got = _twin("Segment Results for the Three Months Ended June 30, 2022",
                "| Revenue | $58,000 | $24,000 | $82,000 |\n| Operating income | 11,000 | 5,000 | 16,000 |\n")
    assert all(v < 1e9 for v in got.values()), got


def test_a_twin_of_the_same_metrics_alike_in_size_takes_the_scale() -> None:
    """Near miss: the year before's table printed alike is in the same millions."""
    got = _twin("Segment Results for the Three Months Ended June 30, 2022",
                "| Revenue | $58.0 | $24.0 | $82.0 |\n| Operating income | 11.0 | 5.0 | 16.0 |\n")
    assert got == {"Revenue": 82_000_000.0, "Operating income": 16_000_000.0}, got
