"""Net income is the owners' in any layout: printed one cell a line, a statement's consolidated "Net income" stands
many lines above its "Net income attributable to <Company>" (14 lines for the two rows between them, four columns),
farther than the line count that told the two apart, and "net income" was answered with the consolidated figure.
Rows apart are counted now, as each period's figures were read. The consolidated row is still asked by its words."""
from __future__ import annotations

from tests.built_releases import ask_in_turn, engine_over

ROWS = [("Revenues", "88,410", "81,250", "342,905", "318,770"),
        ("Operating income", "21,300", "19,870", "84,115", "77,420"),
        ("Net income", "$ 16,842", "$ 15,117", "$ 65,390", "$ 59,204"),
        ("Less net income attributable to non-controlling interest", "212", "198", "905", "842"),
        ("Net income attributable to Harrowfield Realty Corporation", "$ 16,630", "$ 14,919", "$ 64,485", "$ 58,362"),
        ("Diluted net income per share", "$ 0.52", "$ 0.48", "$ 2.03", "$ 1.88")]
HEADER = ["Three Months Ended December 31,", "Year Ended December 31,", "2024", "2023", "2024", "2023"]
CELLS = HEADER + [cell for row in ROWS for cell in row]
RELEASE = ("# Harrowfield Realty Corporation Reports Fourth Quarter and Full Year 2024 Results\n\n"
           "DALLAS, Feb. 18, 2025 (BUSINESS WIRE) -- Harrowfield Realty Corporation (NYSE: HRFR) today announced"
           " results for the quarter and year ended December 31, 2024.\n\n"
           "CONSOLIDATED STATEMENTS OF OPERATIONS (In thousands, except per share data)\n\n"
           + "\n\n".join(CELLS) + "\n")


def test_net_income_is_the_owners_row_when_printed_one_cell_a_line(tmp_path) -> None:
    with engine_over(tmp_path, {"harrowfield_2024q4.md": RELEASE}) as engine:
        assert ask_in_turn(engine, "Harrowfield net income Q4 2024").value == 16_630_000
        assert ask_in_turn(engine, "Harrowfield net income FY 2024").value == 64_485_000
        assert ask_in_turn(engine, "Harrowfield consolidated net income Q4 2024").value == 16_842_000


BALANCE = ["December 31, 2024", "September 30, 2024", "December 31, 2023",
           "Total assets", "1,204,300", "1,188,750", "1,150,420",
           "Total liabilities", "602,150", "598,300", "580,915",
           "Total Harrowfield Realty Corporation stockholders’ equity", "590,020", "578,410", "558,305",
           "Noncontrolling interests", "12,130", "12,040", "11,200",
           "Total equity", "602,150", "590,450", "569,505"]
BALANCE_RELEASE = RELEASE + "\nCONSOLIDATED BALANCE SHEETS (In thousands)\n\n" + "\n\n".join(BALANCE) + "\n"


def test_equity_is_the_owners_row_when_a_balance_sheet_is_printed_one_cell_a_line(tmp_path) -> None:
    with engine_over(tmp_path, {"harrowfield_2024q4.md": BALANCE_RELEASE}) as engine:
        assert ask_in_turn(engine, "Harrowfield stockholders equity December 31, 2024").value == 590_020_000
        assert ask_in_turn(engine, "Harrowfield total equity December 31, 2024").value == 602_150_000
