"""A table's subject and unit where its words or its neighbours say otherwise: a row and a column named at once
answered only from a table of the metric asked (two tables of one company print the same rows and columns), a
title line that titles another table or stands apart from this one, a margin row under a caption that excepts
percentages from its scale. Each wrong reading states a figure: the engine must abstain or leave it unread.
Invented excerpts, ingested under a company name as benchmarks/tatqa.py does."""
from __future__ import annotations

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from parsers.document import parse_text


def _table(rows: list[list[str]], after: str, before: str = "") -> str:
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    lines.insert(1, "|" + " --- |" * len(rows[0]))
    return (before + "\n\n" if before else "") + "\n".join(lines) + "\n\n" + after + "\n"


def _by_source(subject: str, cells: list[list[str]]) -> str:
    return _table([["(In thousands)", "Pump Systems", "Field Care", "Total"], *cells],
                  f"The following table presents our {subject} by major source for the year ended December 31, 2019:")


@pytest.fixture(scope="module")
def two_tables(tmp_path_factory) -> Engine:
    tmp = tmp_path_factory.mktemp("two")
    files = []
    for name, text in (("rev.txt", _by_source("revenue", [["Valve Kits", "$210,400", "$31,200", "$241,600"],
                                                           ["Spare Parts", "96,100", "5,300", "101,400"]])),
                       ("gp.txt", _by_source("gross profit", [["Valve Kits", "$90,400", "$11,200", "$101,600"],
                                                              ["Spare Parts", "36,100", "1,300", "37,400"]]))):
        (tmp / name).write_text(text)
        files.append(tmp / name)
    con = connect(tmp / "s.duckdb")
    ingest(con, files, company="Kavel Holdings")
    con.close()
    return Engine(tmp / "s.duckdb")


@pytest.mark.parametrize("question,wrong", [
    ("What was the revenue from Valve Kits for Pump Systems in 2019?", {90_400_000.0, 241_600_000.0}),
    ("What was the revenue from Spare Parts for Field Care in 2019?", {1_300_000.0, 101_400_000.0}),
])
def test_a_row_and_a_column_answer_only_from_the_metric_asked(two_tables: Engine, question: str, wrong: set) -> None:
    answer, _ = two_tables.ask(f"Kavel Holdings: {question}", Context())
    assert answer.value not in wrong
    assert answer.value in (None, 210_400_000.0, 5_300_000.0)


def test_the_row_total_still_answers_its_metric(two_tables: Engine) -> None:
    answer, _ = two_tables.ask("Kavel Holdings: What was the revenue from Valve Kits in 2019?", Context())
    assert answer.value == 241_600_000.0


def _sections(text: str) -> set[str]:
    doc = parse_text("t.txt", text, excerpt=True)
    return {f.section.lower() for f in doc.figures if f.source == "table"}


PLACES = [["North America", "$3,120", "$2,940"], ["Europe", "151,200", "148,700"], ["Total", "$154,320", "$151,640"]]


def test_a_title_line_beside_a_caption_of_another_subject_is_not_its_subject() -> None:
    text = _table([["", "2019", "2018"], *PLACES], "Property and equipment, net, by geographic region (in thousands).",
                  before="Revenue by Geographic Region\n\nOur revenue is earned mainly in Europe; the fleet sails worldwide.")
    assert "revenue" not in _sections(text)


def test_a_title_line_never_overrides_the_tables_own_corner() -> None:
    text = _table([["Long-lived assets (in thousands)", "2019", "2018"], *PLACES], "Revenue by Geographic Region")
    assert "revenue" not in _sections(text)


@pytest.mark.parametrize("before,after", [
    ("Revenue by Geographic Region", "The amounts are unaudited."),
    ("", "NOTES TO THE FINANCIAL STATEMENTS (in thousands)\n\nRevenue by Geographic Region\n\nThe fleet sails worldwide."),
])
def test_a_lone_title_line_beside_a_table_of_places_is_still_its_subject(before: str, after: str) -> None:
    text = _table([["(in thousands)", "2019", "2018"], *PLACES], after, before=before)
    assert "revenue" in _sections(text)


@pytest.mark.parametrize("corner,after", [
    ("(In thousands, except percentages)", "The following table presents selected segment data for the year ended December 31, 2019:"),
    ("", "The following table presents selected segment data for the year ended December 31, 2019 (in thousands, except percentages):"),
])
def test_a_margin_row_under_a_scale_that_excepts_percentages_is_no_money(corner: str, after: str) -> None:
    text = _table([[corner, "Americas", "EMEA", "Total"], ["Revenue", "$12,100", "$3,400", "$15,500"],
                   ["Gross margin", "45.2", "38.1", "43.6"]], after)
    doc = parse_text("t.txt", text, excerpt=True)
    money = {f.value for f in doc.figures if f.source == "table" and f.unit == "USD"}
    assert 15_500_000 in money
    assert not money & {45_200.0, 38_100.0, 43_600.0, 45.2, 38.1, 43.6}
