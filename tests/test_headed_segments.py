"""A segment named by a heading right above its table ('**Commercial Segment**' / '(In thousands)' / a table of
Revenue and Operating income): the table's rows are that segment's, where they repeat rows of the company's
statement with other values. Near misses keep the company's figures: a heading that is a statement's or a table's
title ('Consolidated Results'), the company's own name, and a table that repeats a statement figure as printed
(it is the company's, whatever its heading). Every company and figure is invented."""
from __future__ import annotations

import pytest

from chat.engine import Engine
from parsers.document import parse_text
from tests.built_releases import engine_over

PERIODS = ("|  | Three Months Ended December 31, | | Year Ended December 31, | |\n| --- | --- | --- | --- | --- |\n"
           "|  | 2024 | 2023 | 2024 | 2023 |\n")


def _table(heading: str, rows: list[tuple[str, int, int, int, int]], unit: bool = True) -> str:
    body = "".join(f"| {label} | $ {a:,} | {b:,} | {c:,} | {d:,} |\n" for label, a, b, c, d in rows)
    return f"{heading}\n\n" + ("(In thousands)\n\n" if unit else "") + PERIODS + body + "\n"


RELEASE = ("Brisklane Logistics Reports Fourth Quarter 2024 Results\n\nMEMPHIS, Tenn., February 12, 2025 -- Brisklane "
           "Logistics, Inc. (NYSE: BRSK) today reported results for the fourth quarter and year ended December 31, 2024."
           "\n\n| BRISKLANE LOGISTICS, INC. | | | | |\n| --- | --- | --- | --- | --- |\n"
           "| Condensed Consolidated Statements of Operations | | | | |\n| (In thousands) | | | | |\n"
           "|  | Three Months Ended December 31, | | Year Ended December 31, | |\n|  | 2024 | 2023 | 2024 | 2023 |\n"
           "| Revenue | $ 250,000 | $ 240,000 | $ 980,000 | $ 930,000 |\n| Operating income | 30,000 | 27,000 | 118,000 | 105,000 |\n"
           "| Net income | 21,000 | 19,000 | 84,000 | 75,000 |\n\n"
           + _table("**Commercial Segment**", [("Revenue", 160000, 150000, 630000, 590000),
                                               ("Operating income", 22000, 20000, 86000, 77000)])
           + _table("**Residential Segment**", [("Revenue", 90000, 90000, 350000, 340000),
                                                ("Operating income", 11000, 10000, 42000, 38000)])
           + _table("**Consolidated Results**", [("Revenue", 252000, 241000, 985000, 933000)], unit=False)
           + _table("**Brisklane Logistics**", [("Operating income", 31000, 28000, 119000, 106000)], unit=False)
           + _table("**Freight Brokerage**", [("Revenue", 250000, 240000, 980000, 930000),
                                              ("Operating income", 12000, 11000, 44000, 40000)], unit=False))


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    with engine_over(tmp_path_factory.mktemp("headed_segments"), {"brisklane.md": RELEASE}) as e:
        yield e


def _value(engine: Engine, question: str) -> float | None:
    a = engine.ask(question)[0]
    return a.value if a.status == "answered" else None


@pytest.mark.parametrize("question, figure", [
    ("Brisklane Commercial revenue Q4 2024", 160e6),
    ("Brisklane Commercial segment operating income 2024", 86e6),
    ("Brisklane Residential revenue 2023", 340e6),
    ("Brisklane revenue Q4 2024", 250e6),  # the statement's: never a segment's
    ("Brisklane operating income 2024", 118e6),
])
def test_a_segment_heading_over_a_table_heads_its_rows(engine, question, figure):
    assert _value(engine, question) == pytest.approx(figure)


def test_a_segments_growth_is_of_its_own_rows(engine):
    assert _value(engine, "Brisklane Residential revenue growth 2024") == pytest.approx(100 * (350 / 340 - 1), abs=0.01)


def test_near_misses_keep_no_segment():
    """'Consolidated Results' (a statement's title), 'Brisklane Logistics' (the company's name) and 'Freight
    Brokerage' over a table repeating the statement's revenue as printed: none of them is a segment."""
    doc = parse_text("brisklane.md", RELEASE)
    segments = {f.segment for f in doc.figures if f.source == "table"}
    assert segments == {"", "Commercial Segment", "Residential Segment"}


def test_a_heading_that_is_no_segment_is_never_asked_as_one(engine):
    assert _value(engine, "Brisklane Freight Brokerage operating income 2024") is None


TITLED = """Corvane Media Reports First Half 2025 Results

LYON, France, February 14, 2025 -- Corvane Media S.A. (Euronext: CRVM) today reported results for the first half \
ended December 31, 2024.

ANALYSIS OF REVENUES(2)

```
                            6M to Dec.  6M to Dec.
 In EUR millions               2023        2024
--------------------------  ----------  ----------
 Broadcast                    210.0       196.0
--------------------------  ----------  ----------
 Streaming                     80.0       104.0
--------------------------  ----------  ----------
 Total                        290.0       300.0
--------------------------  ----------  ----------
```

ANALYSIS OF RESULTS

```
                            6M to Dec.  6M to Dec.
 In EUR millions               2023        2024
--------------------------  ----------  ----------
 Outdoor                       40.0        44.0
--------------------------  ----------  ----------
```
"""


def test_rows_under_a_title_naming_their_metric_are_its_parts():
    """'ANALYSIS OF REVENUES(2)' over 'Broadcast' / 'Streaming': each row is that line's revenue, the 'Total' row
    stays as printed; a title naming no metric ('ANALYSIS OF RESULTS') leaves its rows alone."""
    doc = parse_text("corvane.md", TITLED)
    got = {(f.label, f.segment, f.value) for f in doc.figures if f.source == "table" and f.period.end.year == 2024}
    assert ("Revenues", "Broadcast", 196e6) in got and ("Revenues", "Streaming", 104e6) in got
    assert ("Total", "", 300e6) in got
    assert ("Outdoor", "", 44e6) in got


BASIS_HEADED = RELEASE.split("**Commercial Segment**")[0]


@pytest.mark.parametrize("heading", ["**Pro Forma**", "**Restated**", "**Like-for-like**", "**Comparable Basis**",
                                     "**Successor**"])
def test_a_heading_that_names_a_basis_is_never_a_segment(heading):
    """'Pro Forma', 'Restated', 'Like-for-like' over a table of other values: that basis's figures, never a segment
    named after the basis and never the company's plain figures."""
    text = BASIS_HEADED + _table(heading, [("Revenue", 275000, 262000, 1070000, 1010000),
                                           ("Operating income", 34000, 30000, 130000, 117000)])
    doc = parse_text("brisklane.md", text)
    got = [f for f in doc.figures if f.source == "table" and f.value == 275e6]
    assert got and all(not f.segment and f.qualifier for f in got), [(f.segment, f.qualifier) for f in got]


def test_a_basis_headed_table_leaves_the_statement_answered(tmp_path):
    """Near miss: the plain question is the statement's; a segment's heading ('Commercial Segment') is still one."""
    text = BASIS_HEADED + _table("**Restated**", [("Revenue", 275000, 262000, 1070000, 1010000)]) \
        + _table("**Commercial Segment**", [("Revenue", 160000, 150000, 630000, 590000)])
    with engine_over(tmp_path, {"brisklane.md": text}) as eng:
        assert _value(eng, "Brisklane revenue Q4 2024") == pytest.approx(250e6)
        assert _value(eng, "Brisklane Commercial revenue Q4 2024") == pytest.approx(160e6)


@pytest.mark.parametrize("heading, segment, basis", [
    ("**Core Markets**", "Core Markets", ""), ("**Organic Products Segment**", "Organic Products Segment", ""),
    ("**Core Earnings**", "", "core"), ("**Comparable Basis**", "", "comparable")])
def test_a_basis_word_names_a_basis_only_with_an_earnings_word_after_it(heading, segment, basis):
    """'Core Markets', 'Organic Products': a part of the business whose name holds a basis word; its figures are that
    part's, never a 'core' basis's. Near miss: 'Core Earnings', 'Comparable Basis' still name a basis."""
    text = BASIS_HEADED + _table(heading, [("Revenue", 160000, 150000, 630000, 590000),
                                           ("Operating income", 22000, 20000, 86000, 77000)])
    got = {(f.segment, f.qualifier) for f in parse_text("brisklane.md", text).figures if f.value == 160e6}
    assert got == {(segment, basis)}


def test_a_segment_named_with_a_basis_word_is_asked_as_reported(tmp_path):
    """'Brisklane Core Markets revenue': the Core Markets segment's revenue (it was read as a non-GAAP 'core' revenue
    and refused). Near misses: 'adjusted Core Markets revenue' and 'core revenue' still ask a basis nobody printed."""
    text = BASIS_HEADED + _table("**Core Markets**", [("Revenue", 160000, 150000, 630000, 590000),
                                                      ("Operating income", 22000, 20000, 86000, 77000)])
    with engine_over(tmp_path, {"brisklane.md": text}) as eng:
        assert _value(eng, "Brisklane Core Markets revenue Q4 2024") == pytest.approx(160e6)
        assert _value(eng, "Brisklane Core Markets operating income 2024") == pytest.approx(86e6)
        assert _value(eng, "Brisklane adjusted Core Markets revenue Q4 2024") is None
        assert _value(eng, "Brisklane core revenue Q4 2024") is None
        assert _value(eng, "Brisklane revenue Q4 2024") == pytest.approx(250e6)


@pytest.mark.parametrize("heading, segment", [
    ("INDUSTRIAL SEGMENT RESULTS", "INDUSTRIAL SEGMENT"), ("**Retail Division Performance**", "Retail Division"),
    ("**Commercial Segment Highlights**", "Commercial Segment"),
    ("**Reportable Segment Results**", ""), ("**Consolidated Results**", "")])
def test_a_title_naming_a_segment_then_a_report_word_heads_that_segments_rows(heading, segment):
    """'INDUSTRIAL SEGMENT RESULTS' over Revenue / EBITDA rows of other values than the statement's: that segment's
    rows (they were the company's EBITDA and margin). Near misses: 'Reportable Segment Results' and 'Consolidated
    Results' name no one part."""
    text = BASIS_HEADED + _table(heading, [("Revenue", 100000, 90000, 400000, 360000),
                                           ("EBITDA", 33000, 25000, 120000, 100000)])
    got = {f.segment for f in parse_text("brisklane.md", text).figures if f.value in (100e6, 33e6)}
    assert got == {segment}
