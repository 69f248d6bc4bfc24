"""Round-trip failure classes (issue 19): each stored fact asked back comes back with its value, or a
question back where the store truly holds two. One invented release per class, its stored metric and
the engine's answer both asserted."""
from __future__ import annotations

from pathlib import Path

import pytest

from chat.engine import Engine
from chat.roundtrip import round_trip
from knowledge.store import connect, prepare, write_batch
from parsers.document import parse_text
from parsers.loading import loaded_from_bytes

LEAD = """<p>KAVEL TOOLS REPORTS FOURTH QUARTER RESULTS</p>
<p>SPRINGFIELD, Ohio, February 10, 2025 -- Kavel Tools Industries, Inc. (NYSE: KVL) today reported results for
the fourth quarter and year ended December 31, 2024.</p>"""

SPANS = ("<tr><td></td><td>Three Months Ended December 31, 2024</td><td>Three Months Ended December 31, 2023</td>"
         "<td>Year Ended December 31, 2024</td><td>Year Ended December 31, 2023</td></tr>")
DATES = "<tr><td></td><td>December 31, 2024</td><td>December 31, 2023</td></tr>"


def _table(title: str, header: str, rows: str) -> str:
    return f"<p>{title}</p><p>(In thousands of U.S. dollars)</p><table>{header}{rows}</table>"


def _rows(*rows: tuple) -> str:
    return "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)


INCOME = _table("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS", SPANS, _rows(
    ("Revenue", "1,000", "900", "3,800", "3,500"),
    ("Cost of revenue", "600", "560", "2,300", "2,200"),
    ("Gross profit", "400", "340", "1,500", "1,300"),
    ("Operating income", "150", "120", "520", "450"),
    ("Net income", "100", "80", "360", "300"),
))


def _release(*tables: str) -> bytes:
    return ("<html><body>" + LEAD + "".join(tables) + "</body></html>").encode()


def _parsed(data: bytes):
    loaded = loaded_from_bytes(data, "kavel.htm", ".htm")
    return parse_text("kavel.htm", loaded.text, loaded.format, loaded.tables, loaded.header)


@pytest.fixture
def ask(tmp_path: Path):
    """ask(release_bytes) -> (engine, prepared facts): the release alone in a store, as ingest stores it."""
    engines: list[Engine] = []

    def make(data: bytes):
        doc = _parsed(data)
        prepared = prepare(doc, "x", doc.name)
        db = tmp_path / f"s{len(engines)}.duckdb"
        con = connect(db)
        write_batch(con, [prepared])
        con.close()
        engines.append(Engine(db))
        return engines[-1], prepared

    yield make
    for e in engines:
        e.close()


def _stored(prepared, label: str) -> set[tuple[str, str]]:
    f = prepared.facts
    return {(f["metric"][i], f["period_label"][i]) for i in range(len(f["metric"])) if f["label"][i] == label}


def test_the_company_named_in_full_after_its_ticker_or_name_leaves_no_word_behind(ask):
    """'KVL Industries, Inc. revenue' was 'I find no figures about "industries"': the ticker took one
    word and left the rest of the name, as 'Limited' after a whole name was left."""
    engine, _ = ask(_release(INCOME))
    for question in ("Kavel Tools Industries, Inc. revenue Q4 2024", "KVL Industries, Inc. revenue Q4 2024",
                     "Kavel Tools Industries Limited revenue Q4 2024", "KVL revenue Q4 2024"):
        answer, _ = engine.ask(question)
        assert answer.status == "answered" and answer.value == 1_000_000, (question, answer.text)
    answer, _ = engine.ask("KVL Industries weather Q4 2024")
    assert answer.value is None  # a word of no slot after the name is still no figure
    assert round_trip(_parsed(_release(INCOME))).failures == []
