"""A figure the release's own arithmetic or prose contradicts is never answered as fact (knowledge/doubts.py):
an invented release whose diluted EPS is not its net income over its diluted shares, whose 'Total operating
expenses' is not the sum of its rows (in one column), and whose prose gives revenue otherwise than its
statement, asked through the engine after a real ingest."""
from __future__ import annotations

import pytest

from chat.engine import Context, Engine
from knowledge.check import check_path
from knowledge.doubts import ARITHMETIC, DISAGREEMENT, Doubt
from knowledge.ingest import ingest
from knowledge.store import connect

RELEASE = """QUILLON GEAR REPORTS 2019 SECOND QUARTER RESULTS

LAKEVILLE, Minn., August 1, 2019 -- Quillon Gear, Inc. (NYSE: QLGR) today reported results for the
quarter ended June 30, 2019.

Revenue for the second quarter of 2019 was $52.0 million, compared to $45.2 million in the second quarter of 2018.

CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(in thousands, except per share data)

| | Three Months Ended June 30, 2019 | Three Months Ended June 30, 2018 |
| --- | --- | --- |
| Revenue | $ 48,100 | $ 45,200 |
| Cost of revenue | 30,000 | 28,000 |
| Gross profit | 18,100 | 17,200 |
| Operating expenses: | | |
| Research and development | 5,000 | 4,000 |
| Selling, general and administrative | 3,000 | 2,000 |
| Total operating expenses | 9,000 | 6,000 |
| Net income | $ 24,523 | $ 29,332 |
| Basic | $ 0.59 | $ 0.71 |
| Diluted | $ 4.78 | $ 0.57 |
| Weighted average shares - basic | 41,539 | 41,369 |
| Weighted average shares - diluted | 51,282 | 51,072 |
"""
# Read right: diluted EPS 0.48 (24,523 / 51,282), operating expenses 8,000, revenue as the prose says it.
REPAIRED = RELEASE.replace("$ 4.78 |", "$ 0.48 |").replace("| 9,000 |", "| 8,000 |").replace("$52.0 million", "$48.1 million")


def _engine(tmp_path, text: str) -> Engine:
    release = tmp_path / "quillon.md"
    release.write_text(text)
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [release])
    con.close()
    return Engine(tmp_path / "s.duckdb")


@pytest.fixture(scope="module")
def answers(tmp_path_factory):
    """Each question's answer over the release as printed, and over the same release with its figures right."""
    questions = ["Quillon diluted EPS Q2 2019", "Quillon total operating expenses Q2 2019",
                 "Quillon research and development Q2 2019", "Quillon revenue Q2 2019", "Quillon revenue growth Q2 2019",
                 "Quillon net income Q2 2019", "Quillon basic EPS Q2 2019", "Quillon total operating expenses Q2 2018",
                 "Quillon gross profit Q2 2019"]
    out = {}
    for name, text in (("printed", RELEASE), ("repaired", REPAIRED)):
        engine = _engine(tmp_path_factory.mktemp(name), text)
        try:
            out[name] = {q: engine.ask(q, Context())[0] for q in questions}
        finally:
            engine.close()
    return out


def test_the_check_finds_each_contradiction_and_none_is_answered(tmp_path):
    release = tmp_path / "quillon.md"
    release.write_text(RELEASE)
    rc = check_path(release)
    assert any("diluted EPS 4.78 is not net income over the weighted diluted shares" in v for v in rc.violations)
    assert any("'Total operating expenses' 9,000" in v for v in rc.violations)
    assert len(rc.disagreements) == 1 and "prose 'Revenue'" in rc.disagreements[0]
    assert rc.answered == []


def test_eps_that_is_not_net_income_over_shares_is_withheld(answers):
    a = answers["printed"]["Quillon diluted EPS Q2 2019"]
    assert a.status == "abstained" and a.value is None
    assert "arithmetic does not hold" in a.text and "line 22" in a.text
    assert [c.line for c in a.citations] == [22]
    assert answers["repaired"]["Quillon diluted EPS Q2 2019"].value == 0.48  # the same question, read right


def test_a_net_income_another_per_share_figure_bears_out_is_answered(answers):
    """Basic EPS holds with the net income: the net income is not what is misread, and stays answered."""
    assert answers["printed"]["Quillon net income Q2 2019"].value == 24_523_000
    assert answers["printed"]["Quillon basic EPS Q2 2019"].value == 0.59


def test_a_total_that_does_not_add_up_withholds_its_column_of_its_run_only(answers):
    printed = answers["printed"]
    for q in ("Quillon total operating expenses Q2 2019", "Quillon research and development Q2 2019"):
        assert printed[q].status == "abstained" and printed[q].value is None, q
        assert "arithmetic does not hold" in printed[q].text, q
    assert printed["Quillon total operating expenses Q2 2018"].value == 6_000_000  # its other column adds up
    assert printed["Quillon gross profit Q2 2019"].value == 18_100_000  # above the section's heading: no part of it
    assert answers["repaired"]["Quillon total operating expenses Q2 2019"].value == 8_000_000


def test_prose_and_statement_that_differ_are_both_shown_and_neither_answered(answers):
    for q in ("Quillon revenue Q2 2019", "Quillon revenue growth Q2 2019"):
        a = answers["printed"][q]
        assert a.status == "abstained" and a.value is None, q
        assert "differ" in a.text and "$48.10 million" in a.text and "$52.00 million" in a.text, q
        assert sorted(c.line for c in a.citations) == [6, 13], q
    assert answers["repaired"]["Quillon revenue Q2 2019"].value == 48_100_000


def test_a_doubt_is_stored_with_its_kind_and_lines(tmp_path):
    _engine(tmp_path, RELEASE).close()
    con = connect(tmp_path / "s.duckdb", read_only=True)
    try:
        rows = con.execute("SELECT line_no, col, doubt FROM facts WHERE doubt <> ''").fetchall()
        clean = con.execute("SELECT count(*) FROM facts WHERE doubt = ''").fetchone()[0]
    finally:
        con.close()
    kinds = {(line, Doubt.read(doubt).kind) for line, _, doubt in rows}
    assert {(22, ARITHMETIC), (19, ARITHMETIC), (17, ARITHMETIC), (6, DISAGREEMENT), (13, DISAGREEMENT)} <= kinds
    assert clean > 0 and all(line not in (14, 15, 20, 21) for line, _ in kinds)  # cost, gross profit, net income, basic


def test_a_release_stored_before_the_checks_is_checked_when_ingested_again(tmp_path):
    """A store from before schema 8 holds its facts undoubted (doubt NULL: never checked); ingesting the
    same file again reads it again instead of skipping it as unchanged, and its doubts are stored."""
    _engine(tmp_path, RELEASE).close()
    con = connect(tmp_path / "s.duckdb")
    con.execute("UPDATE facts SET doubt = NULL")
    report = ingest(con, [tmp_path / "quillon.md"])
    assert report.unchanged == 0 and report.documents == 1
    assert con.execute("SELECT count(*) FROM facts WHERE doubt IS NULL").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM facts WHERE doubt <> ''").fetchone()[0] >= 5
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)
    again = ingest(con, [tmp_path / "quillon.md"])  # checked now: unchanged
    con.close()
    assert again.unchanged == 1 and again.documents == 0


def test_check_counts_what_would_still_be_answered(tmp_path):
    """The total line and the JSON count the violations and disagreements some figure of which the store
    would answer as fact: none, since ingest stores each one's figures doubted."""
    import json

    from knowledge.check import check_release, format_report, report_json
    release = tmp_path / "quillon.md"
    release.write_text(RELEASE)
    rc, _ = check_release(release)
    data = json.loads(report_json([rc]))
    assert data["totals"]["violations"] == 2 and data["totals"]["still_answered"] == 0
    assert data["releases"][0]["still_answered"] == []
    text, _ = format_report([rc])
    assert "2 violations, 0 violations or disagreements still answered" in text.splitlines()[-8]


def test_the_round_trip_does_not_ask_back_a_doubted_figure(tmp_path):
    """A doubted figure is withheld by design: the round trip asks back only the figures to be answered."""
    from chat.roundtrip import round_trip
    from knowledge.check import check_release
    release = tmp_path / "quillon.md"
    release.write_text(RELEASE)
    _, doc = check_release(release)
    trip = round_trip(doc)
    assert trip.asked and trip.right == trip.asked, trip.failures


def test_a_doubted_figure_is_not_stated_beside_an_answer(tmp_path):
    """A question naming no period answers the latest quarter and gives the longer period the same release
    ends that day beside it — never one whose total does not add up (17,500 of 10,000 and 6,000)."""
    table = RELEASE.split("CONDENSED")[0].replace("quarter ended", "quarter and six months ended") + """
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(in thousands)

| | Three Months Ended June 30, 2019 | Three Months Ended June 30, 2018 | Six Months Ended June 30, 2019 | Six Months Ended June 30, 2018 |
| --- | --- | --- | --- | --- |
| Revenue | $ 48,100 | $ 45,200 | $ 95,000 | $ 90,000 |
| Operating expenses: | | | | |
| Research and development | 5,000 | 4,000 | 10,000 | 8,000 |
| Selling, general and administrative | 3,000 | 2,000 | 6,000 | 4,000 |
| Total operating expenses | 8,000 | 6,000 | 17,500 | 12,000 |
"""
    for text, shown in ((table, False), (table.replace("| 17,500 |", "| 16,000 |"), True)):
        (tmp_path / str(shown)).mkdir()
        engine = _engine(tmp_path / str(shown), text)
        try:
            answer, _ = engine.ask("Quillon total operating expenses", Context())
        finally:
            engine.close()
        assert answer.value == 8_000_000, answer.text
        assert ("6M 2019" in answer.text) is shown, answer.text  # the six months' figure beside it when it adds up


def test_a_trend_says_which_period_it_leaves_out_as_doubted_and_why(tmp_path):
    engine = _engine(tmp_path, RELEASE)
    try:
        a = engine.ask("Quillon diluted EPS trend", Context())[0]
        ok = engine.ask("Quillon net income trend", Context())[0]
    finally:
        engine.close()
    assert a.status == "answered" and a.value == 0.57 and [r["period"] for r in a.rows] == ["Q2 2018"]
    assert "Left out" in a.text and "Q2 2019 (quillon.md, line 22" in a.text and "arithmetic does not hold" in a.text
    assert "Left out" not in ok.text and len(ok.rows) == 2  # nothing doubted: nothing said left out


def test_the_facts_listing_marks_a_doubted_figure_with_its_reason(tmp_path, capsys):
    import json

    from chat.cli import main
    _engine(tmp_path, RELEASE).close()
    db = str(tmp_path / "s.duckdb")
    assert main(["--db", db, "facts", "diluted"]) == 0
    lines = capsys.readouterr().out.splitlines()
    line22 = [ln for ln in lines if ln.startswith("quillon.md:22 ")]
    assert [("doubted: the release's arithmetic does not hold" in ln) for ln in line22 if "Q2 2019" in ln] == [True]
    assert all("doubted" not in ln for ln in line22 if "Q2 2018" in ln)  # its other column holds
    assert main(["--db", db, "facts", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    marked = {(r["line"], r["period"]) for r in rows if r["doubted"]}
    assert (22, "Q2 2019") in marked and (20, "Q2 2019") not in marked  # net income holds
    assert any(r["line"] == 13 and (r["doubted"] or "").startswith("doubted: prose and statement differ") for r in rows)


SELECTED = """QUILLON GEAR REPORTS 2019 RESULTS

LAKEVILLE, Minn., February 6, 2020 -- Quillon Gear, Inc. (NYSE: QLGR) today reported results for the
year ended December 31, 2019.

FINANCIAL DATA
(in thousands)

| | 2019 | 2018 |
| --- | --- | --- |
| Revenue | $ 30,391 | $ 20,322 |
| Operating income | 6,120 | 4,010 |
| Net income | 4,700 | 3,100 |
| Cash and cash equivalents | 9,800 | 7,200 |
| Total current assets | 16,503 | 12,411 |
"""


def test_a_total_under_rows_of_another_statement_doubts_none_of_them(tmp_path):
    """Revenue and operating income (flows) above 'Total current assets' (a balance), no heading between: a
    table of selected figures of two statements, whose total is no sum of those rows — nothing is doubted, the
    change of revenue is answered (it was withheld as 'the release's own arithmetic does not hold')."""
    eng = _engine(tmp_path, SELECTED)
    try:
        a = eng.ask("Quillon revenue 2019", Context())[0]
        assert (a.status, a.value) == ("answered", 30_391_000), a.text
        b = eng.ask("Quillon operating income growth 2019", Context())[0]
        assert b.status == "answered" and b.value == pytest.approx(52.6, abs=0.1), b.text
    finally:
        eng.close()
    assert not check_path(_write(tmp_path, SELECTED)).violations


def _write(tmp_path, text: str):
    path = tmp_path / "selected.md"
    path.write_text(text)
    return path


SERVICE_SHARE = """QUILLON GEAR REPORTS 2019 RESULTS

LAKEVILLE, Minn., February 6, 2020 -- Quillon Gear, Inc. (NYSE: QLGR) today reported results for the
year ended December 31, 2019.

CONSOLIDATED STATEMENTS OF INCOME
(in thousands)

| | 2019 | 2018 |
| --- | --- | --- |
| Revenue | | |
| Devices | $ 8,400 | $ 7,900 |
| Fixtures | 3,100 | 2,950 |
| Eliminations | (150) | (120) |
| Revenue | 11,350 | 10,730 |
| Total service revenue | 9,020 | 8,610 |
| Operating income | 2,040 | 1,870 |
"""


def test_a_total_under_a_sum_that_holds_doubts_itself_not_the_parts_the_sum_bears_out(tmp_path):
    """Segments that add up to 'Revenue' right below them, then a 'Total service revenue' that is a share of
    it, no sum: the segments were doubted with it and their change withheld ('the release's own arithmetic
    does not hold'); a part misread would break its own sum too, so only the total is doubted."""
    eng = _engine(tmp_path, SERVICE_SHARE)
    try:
        a = eng.ask("Quillon: What is the change in devices revenue from 2018 to 2019?", Context())[0]
        assert (a.status, a.value) == ("answered", 500_000), a.text
        t = eng.ask("Quillon total service revenue 2019", Context())[0]
        assert t.status == "abstained" and "arithmetic does not hold" in t.text, t.text
    finally:
        eng.close()
