"""One cell of an annual-report table asked in words its label prints with a word or two more: the question names every
word it asks by, the label holds them all (a word the question drops, 'income' of 'deferred income tax assets'; a
heading glued on, 'in relation to'), and no other label does. Documents are invented (one table and a line of text,
ingested under a company name as benchmarks/tatqa.py does)."""
from __future__ import annotations

from pathlib import Path

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect


def _table(rows: list[list[str]], after: str) -> str:
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    lines.insert(1, "|" + " --- |" * len(rows[0]))
    return "\n".join(lines) + "\n\n" + after + "\n"


def _engine(tmp: Path, text: str, company: str) -> Engine:
    (tmp / "d.txt").write_text(text)
    con = connect(tmp / "s.duckdb")
    ingest(con, [tmp / "d.txt"], company=company)
    con.close()
    return Engine(tmp / "s.duckdb")


_DEFERRED = _table([["", "30 September 2019", "30 September 2018"], ["", "$M", "$M"],
                    ["Deferred income tax assets in relation to:", "", ""],
                    ["Accrued leave", "12.4", "11.9"], ["Unused tax losses", "30.2", "18.7"],
                    ["Total", "42.6", "30.6"],
                    ["Deferred income tax liabilities in relation to:", "", ""],
                    ["Capitalised software", "7.3", "6.8"], ["Total", "7.3", "6.8"]],
                   "Deferred tax balances of the Group are attributable to the following:")


@pytest.fixture(scope="module")
def deferred(tmp_path_factory) -> Engine:
    return _engine(tmp_path_factory.mktemp("deferred"), _DEFERRED, "Quillmoor Holdings")


def test_words_two_labels_hold_are_no_reading(deferred: Engine) -> None:
    # 'deferred tax' stands in both totals and in every row under the two headings: no one row is asked
    answer, _ = deferred.ask("Quillmoor Holdings: What was the total deferred tax in 2019?", Context())
    assert answer.status != "answered" or answer.value not in (42_600_000, 7_300_000)


def test_a_word_said_that_the_label_lacks_is_no_reading(deferred: Engine) -> None:
    # 'current' is said and no label prints it: never the total of the deferred tax assets
    answer, _ = deferred.ask("Quillmoor Holdings: What was the total current deferred tax assets in 2019?", Context())
    assert answer.status != "answered"


def _units(extra_row: list[str] | None) -> str:
    rows = [["", "", "For the Year Ended December 31,", ""], ["", "2019", "2018", "2017"], ["", "", "(in thousands)", ""],
            ["Registered members", "41,220", "38,907", "35,114"], ["Kettles sold", "9,412", "8,733", "8,015"]]
    return _table(rows + ([extra_row] if extra_row else []), "Key operating metrics of the business:")


def test_a_count_sold_is_the_row_printing_it_not_sales(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _units(None), "Brackenholt Holdings")
    answer, _ = engine.ask("Brackenholt Holdings: How many kettles were sold in 2019?", Context())
    assert (answer.status, answer.value) == ("answered", 9_412_000)


def test_two_rows_holding_the_words_sold_are_no_reading(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _units(["Kettles sold, net of returns", "9,105", "8,511", "7,902"]), "Brackenholt Holdings")
    answer, _ = engine.ask("Brackenholt Holdings: How many kettles were sold in 2019?", Context())
    assert answer.status != "answered" or answer.value == 9_412_000  # never the row net of returns


def _regions(text: str) -> str:
    rows = [["", "", "Years Ended December 31,", ""], ["Region", "2017", "2018", "2019"], ["", "%", "%", "%"],
            ["Norland", "28.1", "30.5", "33.9"], ["Vestria", "41.7", "40.2", "38.6"], ["Others", "30.2", "29.3", "27.5"],
            ["Total", "100.0", "100.0", "100.0"]]
    return _table(rows, text)


_CUSTOMERS = "A breakdown of our operating revenues by the location of our customers is set forth below."


def test_the_percentage_of_a_thing_the_text_names_from_a_percent_row(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _regions(_CUSTOMERS), "Thornwick Holdings")
    answer, _ = engine.ask("Thornwick Holdings: What is the percentage of customers from Norland in 2019?", Context())
    assert (answer.status, answer.value) == ("answered", 33.9)


def test_the_percentage_of_a_thing_the_document_never_names_is_no_reading(tmp_path: Path) -> None:
    engine = _engine(tmp_path, _regions(_CUSTOMERS), "Thornwick Holdings")
    answer, _ = engine.ask("Thornwick Holdings: What is the percentage of employees from Norland in 2019?", Context())
    assert answer.status != "answered"  # the shares are of revenue by customer location, never of employees


def test_a_label_going_on_past_the_words_asked_names_a_part(tmp_path: Path) -> None:
    rows = [["", "2019", "2018"], ["", "$'000", "$'000"], ["Rental income", "8,410", "7,960"],
            ["Gain on the sale of a depot", "1,250", "-"]]
    engine = _engine(tmp_path, _table(rows, "Other income of the Group:"), "Pellaton Holdings")
    answer, _ = engine.ask("Pellaton Holdings: What was the gain on sale in 2019?", Context())
    assert answer.value != 1_250_000  # the sale of one depot is a part of any gain on sale, never the whole
