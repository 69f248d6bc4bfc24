"""One cell a line (a wire copy's statement): a total's label wrapped over two cells ('Total Ravelin Holdings' /
'Ltd. shareholders' equity' / figures) is one row. Taken as a heading of the row below, the owners' equity was
stored as "Ltd. shareholders' equity", no longer known for the owners' row, and "equity" was answered with the
total including non-controlling interests. A heading that is no total ('Shareholders' equity' over 'Share capital')
still heads its rows."""
from __future__ import annotations

from parsers.document import parse_text
from tests.built_releases import ask_in_turn, engine_over

CELLS = ["ASSETS", "December 31, 2024", "December 31, 2023",
         "Cash and cash equivalents", "41,210", "38,905",
         "Total assets", "97,640", "90,115",
         "Total liabilities", "30,020", "27,480",
         "Shareholders’ equity",
         "Share capital", "52,300", "51,900",
         "Retained earnings", "13,910", "9,645",
         "Total Ravelin Maritime Holdings", "Ltd. shareholders’ equity", "66,210", "61,545",
         "Non-controlling interest", "1,410", "1,090",
         "Total equity", "67,620", "62,635",
         "Total liabilities and shareholders’ equity", "97,640", "90,115"]
RELEASE = ("# Ravelin Maritime Holdings Ltd. Reports Full Year 2024 Results\n\n"
           "PIRAEUS, Greece, March 12, 2025 (GLOBE NEWSWIRE) -- Ravelin Maritime Holdings Ltd. (NASDAQ: RVMH) today"
           " reported results for the year ended December 31, 2024. Revenue was $64.2 million.\n\n"
           "CONSOLIDATED BALANCE SHEETS (in thousands of U.S. dollars)\n\n" + "\n\n".join(CELLS) + "\n")


def _labels() -> dict[str, float]:
    doc = parse_text("ravelin_2024.md", RELEASE)
    return {f.label: f.value for f in doc.figures if f.source != "narrative" and f.period.end.year == 2024}


def test_a_totals_label_wrapped_over_two_cells_is_one_row() -> None:
    labels = _labels()
    assert labels["Total Ravelin Maritime Holdings Ltd. shareholders’ equity"] == 66_210_000
    assert labels["Total equity"] == 67_620_000
    assert not any(label.startswith("Ltd.") for label in labels)


def test_near_miss_a_heading_that_is_no_total_still_heads_its_row() -> None:
    assert _labels()["Share capital"] == 52_300_000


def test_equity_is_the_owners_and_total_equity_the_total(tmp_path) -> None:
    with engine_over(tmp_path, {"ravelin_2024.md": RELEASE}) as engine:
        assert ask_in_turn(engine, "Ravelin equity December 31, 2024").value == 66_210_000
        assert ask_in_turn(engine, "Ravelin total equity December 31, 2024").value == 67_620_000
