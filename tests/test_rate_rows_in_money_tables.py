"""A row is read as a percentage rate only when its label is the rate ("Effective tax rate | 21.5") and its value is
plausible as a percent: a bridge's "Lower effective tax rate | 0.02" under EPS, "Higher interest rates | (360)" or
"Lower tax rate | 200" in thousands, "Interest rates | (45)", "Tax rate on non-GAAP adjustments | (310)" are effects in
the table's unit, never percentages, and "Occupancy rate | 0.951" is a fraction: all left unread. Near misses:
"Effective tax rate | 21.5" is 21.5%, "Occupancy rate | 95.1" is 95.1%, a cell printing '%' decides, and "Interest rate
swaps | 120" stays money. The company is invented."""
from __future__ import annotations

from parsers.document import parse_text

HEAD = ("QUILLFEATHER TOOLS REPORTS 2019 SECOND QUARTER RESULTS\n\nSPRINGFIELD, Ohio, August 1, 2019 -- Quillfeather "
        "Tools, Inc. (NYSE: QFTL) today reported results for the\nquarter and six months ended June 30, 2019.\n\n")
COLS = "| | Three Months Ended June 30, 2019 | Three Months Ended June 30, 2018 |\n|---|---|---|\n"
STATEMENT = ("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands, except per share data)\n\n" + COLS +
             "| Revenue | $ 40,100 | $ 35,800 |\n| Net income | 7,850 | 7,110 |\n"
             "| Effective tax rate | 21.5 | 21.0 |\n| Tax rate on non-GAAP adjustments | (310) | (280) |\n"
             "| Interest rate swaps | 120 | 95 |\n| Interest rates | (45) | 30 |\n"
             "| Occupancy rate | 0.951 | 0.948 |\n| Portfolio occupancy rate | 95.1 | 94.8 |\n"
             "| Average interest rate on borrowings | 4.2% | 0.9% |\n\n")
BRIDGE = ("NET INCOME BRIDGE\n(in thousands)\n\n| | Three Months Ended June 30, 2019 |\n|---|---|\n"
          "| Net income, second quarter 2018 | $ 7,110 |\n| Higher interest rates | (360) |\n"
          "| Lower tax rate | 200 |\n| Net income, second quarter 2019 | $ 7,850 |\n\n"
          "DILUTED EPS BRIDGE\n\n| | Three Months Ended June 30, 2019 |\n|---|---|\n"
          "| Diluted EPS, second quarter 2018 | $ 0.50 |\n| Lower effective tax rate | 0.02 |\n"
          "| Diluted EPS, second quarter 2019 | $ 0.52 |\n")


def _read() -> dict[str, list[tuple[float, str]]]:
    out: dict[str, list[tuple[float, str]]] = {}
    for f in parse_text("quillfeather_q2_2019.txt", HEAD + STATEMENT + BRIDGE).figures:
        if f.source == "table":
            out.setdefault(f.label, []).append((f.value, f.unit))
    return out


def test_a_rates_effect_or_an_implausible_rate_is_never_a_percentage() -> None:
    read = _read()
    for label in ("Tax rate on non-GAAP adjustments", "Interest rates", "Occupancy rate", "Higher interest rates",
                  "Lower tax rate", "Lower effective tax rate"):
        assert all(unit != "percent" for _, unit in read.get(label, [])), (label, read.get(label))
    assert "Occupancy rate" not in read and "Lower effective tax rate" not in read  # unread, never 0.951% or 0.02%


def test_the_rate_itself_is_its_percentage_and_a_swap_is_money() -> None:
    read = _read()
    assert read["Effective tax rate"] == [(21.5, "percent"), (21.0, "percent")]
    assert read["Portfolio occupancy rate"] == [(95.1, "percent"), (94.8, "percent")]
    assert read["Average interest rate on borrowings"] == [(4.2, "percent"), (0.9, "percent")]  # '%' decides
    assert read["Interest rate swaps"] == [(120_000.0, "USD"), (95_000.0, "USD")]


def test_a_ratio_of_one_amount_to_another_printed_as_a_multiple_is_no_percentage() -> None:
    """'Current ratio | 1.234' is 1.234 times, never 1.234%: a current, quick or debt-to-equity ratio, a book-to-bill
    or a price/earnings ratio is printed as a multiple, which the contract's units do not hold (left unread); a
    bank's efficiency or capital ratio is a percentage."""
    from parsers.document import parse_text
    top = "CONSOLIDATED INCOME STATEMENT\n(in thousands)\n\n| | 2025 | 2024 |\n|---|---|---|\n| Revenue | 171,045 | 160,118 |\n"
    for label in ("Current ratio", "Quick ratio", "Book-to-bill", "Debt-to-equity ratio", "Price/earnings ratio"):
        doc = parse_text("x.md", top + f"| {label} | 1.234 | 1.118 |\n", excerpt=True)
        assert not [f for f in doc.figures if f.label == label], label
    for label in ("Efficiency ratio", "Tier 1 capital ratio"):
        doc = parse_text("x.md", top + f"| {label} | 55.4 | 57.1 |\n", excerpt=True)
        assert {(f.value, f.unit) for f in doc.figures if f.label == label} == {(55.4, "percent"), (57.1, "percent")}
