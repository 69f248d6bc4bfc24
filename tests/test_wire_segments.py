"""Segment and product questions the wire releases refused (their segment words matched no printed name, or a
segment table's figures were not read or kept their segment for one period only), fixed by class, each on a release
written here: a subtotal of some of a heading's rows ('Total Building business') that names no word of the heading
does not close it before the heading's own total; a footnote mark printed against a label ('Net sales(1)') is no
figure of a column; rows under 'Revenue from commercial products' are the products' revenue; a question naming one
place and 'segment' asks for that place's row, never 'Total segment net sales'; words two segments share alike
('Group' of 'North Group' and 'South Group') are asked back; a segments' heading wrapped over two lines ('Segment' /
'Revenues') heads the rows at its own indentation; 'Percentage rent' is an amount. Every company and figure is
invented."""
from __future__ import annotations

import pytest

from chat.engine import Engine
from chat.session import Context
from tests.built_releases import engine_over

SUBTOTAL = """Quarrington Materials Reports Fourth Quarter and Full Year 2024 Results

DALLAS, February 12, 2025 -- Quarrington Materials, Inc. (NYSE: QRRM) today reported results for the fourth quarter \
and year ended December 31, 2024.

| QUARRINGTON MATERIALS, INC. | | | | |
| --- | --- | --- | --- | --- |
| Unaudited Financial Highlights | | | | |
| (In millions) | | | | |
|  | Three Months Ended | | Year Ended | |
|  | December 31, | | December 31, | |
|  | 2024 | 2023 | 2024 | 2023 |
| Revenues: |  |  |  |  |
| North Group | $ 512 | $ 488 | $ 2,031 | $ 1,940 |
| South Group | 430 | 415 | 1,702 | 1,655 |
| Total Aggregates business | 942 | 903 | 3,733 | 3,595 |
| Refractory Minerals | 61 | 58 | 244 | 236 |
| Total | $ 1,003 | $ 961 | $ 3,977 | $ 3,831 |
| Revenues by product: |  |  |  |  |
| Crushed stone products | $ 300 | $ 290 | $ 1,200 | $ 1,150 |
| Other products | 20 | 25 | 90 | 95 |
| Total products | $ 320 | $ 315 | $ 1,290 | $ 1,245 |
| Earnings from operations: |  |  |  |  |
| North Group | $ 140 | $ 131 | $ 560 | $ 520 |
| South Group | 95 | 90 | 380 | 360 |
| Total Aggregates business | 235 | 221 | 940 | 880 |
| Refractory Minerals | 12 | 11 | 49 | 45 |
| Total reportable segments | 247 | 232 | 989 | 925 |
| Corporate | (20) | (18) | (80) | (75) |
| Net earnings | $ 150 | $ 140 | $ 600 | $ 560 |
"""

GLUED = """Brannock Brewing Reports Fourth Quarter and Full Year 2024 Results

DENVER, February 13, 2025 -- Brannock Brewing Company (NYSE: BRNK) today reported results for the fourth quarter \
and year ended December 31, 2024.

CONSOLIDATED STATEMENTS OF OPERATIONS
($ in millions)

                                  Q4 2024     Q4 2023   Full year 2024   Full year 2023
                                 ---------   ---------  --------------   --------------
Net sales                        $ 1,410.0   $ 1,380.0    $ 5,900.0        $ 5,750.0
Net income                       $   120.0   $   110.0    $   480.0        $   450.0

SUMMARIZED SEGMENT RESULTS ($ in millions)

                                           Reported                             Reported
Northlands      Q4 2024     Q4 2023      % Change     Full year 2024  Full year 2023   % Change
-------------  ----------  ----------  ----------     --------------  --------------  ----------
Net sales(1)   $ 1,050.0   $ 1,020.0      2.9          $ 4,400.0       $ 4,300.0       2.3
COGS(1)(2)     $  (630.0)  $  (615.0)    (2.4)         $(2,640.0)      $(2,580.0)     (2.3)
Financial
 volume(1)(4)      11.200      11.500    (2.6)             46.100          47.000     (1.9)

                                           Reported                             Reported
Southlands      Q4 2024     Q4 2023      % Change     Full year 2024  Full year 2023   % Change
-------------  ----------  ----------  ----------     --------------  --------------  ----------
Net sales(1)   $   360.0   $   360.0      0.0          $ 1,500.0       $ 1,450.0       3.4
COGS(1)(2)     $  (220.0)  $  (221.0)     0.5          $  (915.0)      $  (890.0)     (2.8)
"""

PRODUCTS = """Velmora Therapeutics Reports Fourth Quarter and Full Year 2024 Results

BOSTON, February 11, 2025 -- Velmora Therapeutics, Inc. (NASDAQ: VLMR) today reported results for the fourth quarter \
and year ended December 31, 2024.

| Commercial Product Revenue (In thousands) | Three Months Ended December 31, | | Twelve Months Ended December 31, | |
| --- | --- | --- | --- | --- |
|  | 2024 | 2023 | 2024 | 2023 |
| Revenue from commercial products |  |  |  |  |
| ZELTRIVA® | $ 41,200 | $ 36,100 | $ 150,400 | $ 131,000 |
| PAXOLIN® | 9,800 | — | 22,300 | — |
| Total revenue from commercial products | 51,000 | 36,100 | 172,700 | 131,000 |

| Condensed Statements of Operations (In thousands) | Three Months Ended December 31, | | Twelve Months Ended December 31, | |
| --- | --- | --- | --- | --- |
|  | 2024 | 2023 | 2024 | 2023 |
| Revenue | $ 60,500 | $ 44,000 | $ 205,300 | $ 160,200 |
| Net loss | (30,100) | (35,900) | (120,800) | (140,500) |
"""

PLACES = """Oxley Apparel Reports Fourth Quarter and Full Year 2024 Results

CHARLOTTE, N.C., February 14, 2025 -- Oxley Apparel Inc. (NYSE: OXLY) today reported results for the fourth quarter \
and year ended December 31, 2024.

| Supplemental Segment Data (in thousands) | Quarter Ended | | Year Ended | |
| --- | --- | --- | --- | --- |
|  | December 31, 2024 | December 31, 2023 | December 31, 2024 | December 31, 2023 |
| Segment net sales: |  |  |  |  |
| U.S. | $ 410,000 | $ 400,000 | $ 1,720,000 | $ 1,700,000 |
| International | 150,000 | 145,000 | 610,000 | 600,000 |
| Total segment net sales | 560,000 | 545,000 | 2,330,000 | 2,300,000 |
| Segment operating profit: |  |  |  |  |
| U.S. | 90,000 | 80,000 | 360,000 | 330,000 |
| International | 20,000 | 19,000 | 80,000 | 75,000 |
| Total segment operating profit | 110,000 | 99,000 | 440,000 | 405,000 |

| Condensed Statements of Operations (in thousands) | Quarter Ended | | Year Ended | |
| --- | --- | --- | --- | --- |
|  | December 31, 2024 | December 31, 2023 | December 31, 2024 | December 31, 2023 |
| Net sales | $ 560,000 | $ 545,000 | $ 2,330,000 | $ 2,300,000 |
| Net income | 30,000 | 25,000 | 120,000 | 100,000 |
"""


REPEATED = """Copperline Gaming Announces Fourth Quarter and Full Year 2024 Results

RENO, Nev., February 6, 2025 -- Copperline Gaming, Inc. (NASDAQ: CPLG) today reported results for the fourth quarter \
and year ended December 31, 2024.

```
(in thousands)
                                      Three Months Ended                       Year Ended
                                          December 31,                        December 31,
                              -----------------------------------  ----------------------------------
                                    2024               2023              2024              2023
                              -----------------  ----------------  ----------------  ----------------
Net revenues
Riverfront operations          $        312,400  $        298,100   $     1,240,300   $     1,180,900
Corporate and other                       2,100             2,300             8,900             9,700
                              -----------------  ----------------  ----------------  ----------------
Net revenues                   $        314,500  $        300,400   $     1,249,200   $     1,190,600
                              =================  ================  ================  ================

Net income                     $         40,100  $         38,200  $       160,500  $       150,300
```
"""


# a metric held only for a business line, whose name has parentheses of its own: "operating income (loss)"
SEGMENT_ONLY = """Quorlan Devices Inc. Reports Third Quarter 2024 Results

AUSTIN, Texas, Nov. 12, 2024 -- Quorlan Devices Inc. (NASDAQ: QRLN) today reported results for the third quarter \
ended September 30, 2024.

Revenue for the third quarter of 2024 was $41.0 million.

In the Industrial segment, operating income was $9.0 million for the third quarter.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    files = {"quarrington.md": SUBTOTAL, "brannock.md": GLUED, "velmora.md": PRODUCTS, "oxley.md": PLACES,
             "harrowgate.md": WRAPPED, "copperline.md": REPEATED, "quorlan.txt": SEGMENT_ONLY}
    with engine_over(tmp_path_factory.mktemp("wire_segments"), files) as e:
        yield e


def _value(engine: Engine, question: str, ctx: Context | None = None) -> float | None:
    a = engine.ask(question, ctx)[0]
    return a.value if a.status == "answered" else None


@pytest.mark.parametrize("question, figure", [
    ("Quarrington Refractory Minerals revenues 2024", 244e6),  # the row after the subtotal: still a revenue
    ("Quarrington Refractory Minerals revenues Q4 2024", 61e6),
    ("Quarrington North Group revenues 2024", 2031e6),
    ("Quarrington revenues 2024", 3977e6),  # the company's total: never a segment's
])
def test_a_subtotal_naming_no_word_of_its_heading_does_not_close_it(engine, question, figure):
    assert _value(engine, question) == pytest.approx(figure)


def test_words_two_segments_share_alike_are_asked_back(engine):
    """'Group' fits 'North Group' and 'South Group' alike: a question back naming both, never one of their figures."""
    a = engine.ask("Quarrington Group revenues 2024")[0]
    assert a.status == "clarify" and a.value is None
    assert set(a.options) == {"Quarrington North Group revenues 2024", "Quarrington South Group revenues 2024"}
    assert _value(engine, a.options[0]) == pytest.approx(2031e6)  # each choice asks one segment's figure
    assert _value(engine, "Quarrington north revenues 2024") == pytest.approx(2031e6)  # one fits: its figure


@pytest.mark.parametrize("question, figure", [
    ("Brannock Northlands net sales Q4 2024", 1050e6),
    ("Brannock Northlands net sales 2024", 4400e6),
    ("Brannock Southlands net sales 2024", 1500e6),
    ("Brannock net sales 2024", 5900e6),
])
def test_a_footnote_mark_against_a_label_is_no_figure_of_a_column(engine, question, figure):
    assert _value(engine, question) == pytest.approx(figure)


def test_a_growth_of_a_segment_whose_label_carries_a_footnote_mark(engine):
    a = engine.ask("Brannock Northlands net sales growth 2024")[0]
    assert a.status == "answered" and a.value == pytest.approx(100 * (4400 / 4300 - 1), abs=0.01)


@pytest.mark.parametrize("question, figure", [
    ("Velmora ZELTRIVA revenue 2024", 150_400_000),
    ("Velmora PAXOLIN revenue Q4 2024", 9_800_000),
    ("Velmora revenue 2024", 205_300_000),
])
def test_rows_under_revenue_from_commercial_products_are_the_products_revenue(engine, question, figure):
    assert _value(engine, question) == pytest.approx(figure)


@pytest.mark.parametrize("question, figure", [
    ("Oxley U.S. segment net sales 2024", 1_720_000),
    ("Oxley International segment net sales Q4 2024", 150_000),
    ("Oxley total segment net sales 2024", 2_330_000),
    ("Oxley net sales 2024", 2_330_000),
])
def test_a_place_named_with_segment_asks_for_its_row_never_the_total(engine, question, figure):
    assert _value(engine, question) == pytest.approx(figure * 1000)


def test_a_follow_up_naming_another_segment_replaces_the_one_carried(engine):
    a, ctx = engine.ask("Brannock Northlands net sales 2024", Context())
    assert a.value == pytest.approx(4400e6)
    b, _ = engine.ask("and Southlands?", ctx)
    assert b.status == "answered" and b.value == pytest.approx(1500e6)


RENTS = """Fairhaven Net Lease Reports Fourth Quarter 2024 Results

ORLANDO, Fla., February 10, 2025 -- Fairhaven Net Lease Trust, Inc. (NYSE: FHNL) today reported results for the \
fourth quarter and year ended December 31, 2024.

RENTAL INCOME
(in thousands)
                          Three Months Ended          Year Ended
                             December 31,             December 31,
                           2024        2023        2024        2023
                          -------     -------     -------     -------
 Rental income(1)       $ 98,400    $ 91,200   $ 380,100   $ 352,700
 Percentage rent(1)     $    189    $    241   $   1,536   $   1,631
"""


def test_percentage_rent_is_an_amount_and_its_label_mark_no_figure():
    """'Percentage rent(1)  $ 189': rent paid as a share of sales, in the table's thousands (was read as 189%)."""
    from parsers.document import parse_text
    got = {(f.label, f.period.months, f.period.end.year): (f.value, f.unit) for f in parse_text("r.md", RENTS).figures
           if f.label.startswith("Percentage")}
    assert got[("Percentage rent", 3, 2024)] == (189_000, "USD")
    assert got[("Percentage rent", 12, 2023)] == (1_631_000, "USD")


WRAPPED = """Harrowgate Steel Reports Fourth Quarter 2024 Results

TORONTO, February 12, 2025 -- Harrowgate Steel Inc. (TSX: HRWS) today reported results for the fourth quarter \
and year ended December 31, 2024.

```
($ millions)            Three Months Ended           Year Ended
                      Dec 31 2024  Dec 31 2023  Dec 31 2024  Dec 31 2023
--------------        -----------  -----------  -----------  -----------
Segment
Revenues
Plate service
 depots               $    410.0   $    380.0   $  1,650.0   $  1,600.0
Pipe yards                 150.0        160.0        620.0        640.0
Other                        5.0          4.0         20.0         18.0
                      -----------  -----------  -----------  -----------
Total                 $    565.0   $    544.0   $  2,290.0   $  2,258.0
--------------        -----------  -----------  -----------  -----------
Segment Gross
Margins
Plate service
 depots               $     80.0   $     75.0   $    330.0   $    320.0
Pipe yards                  30.0         33.0        120.0        130.0
```
"""


def test_a_segments_heading_wrapped_over_lines_heads_its_rows_at_its_own_indentation(engine):
    """'Segment' / 'Revenues' over 'Plate service depots' (a copy that lost the rows' indents): the rows are the
    segments' revenue up to their total, asked by the segment's name; the margins below stay apart."""
    assert _value(engine, "Harrowgate plate service depots revenue 2024") == pytest.approx(1650e6)
    a = engine.ask("Harrowgate plate service depots revenue growth Q4 2024")[0]
    assert a.status == "answered" and a.value == pytest.approx(100 * (410 / 380 - 1), abs=0.01)
    assert _value(engine, "Harrowgate pipe yards revenue Q4 2024") == pytest.approx(150e6)


def test_a_heading_named_again_as_its_total_heads_the_rows_between(engine):
    """'Net revenues' / 'Riverfront operations' / 'Corporate and other' / 'Net revenues': the rows at the heading's
    own indentation are its parts (a copy that lost their indents); 'operations' of the part's name is no metric's
    word, but alone it names no part: no figure of a part for it."""
    assert _value(engine, "Copperline Riverfront operations net revenues 2024") == pytest.approx(1_240_300_000)
    assert _value(engine, "Copperline net revenues 2024") == pytest.approx(1_249_200_000)
    assert _value(engine, "Copperline operations net revenues 2024") in (None, pytest.approx(1_249_200_000))


def test_total_of_a_line_word_is_never_one_line_named_with_it(engine):
    """'total products revenue' is the sum of the product lines: never 'Other products' (the one line whose name the
    word fits), nor the company's total; 'crushed stone products revenue' is its line."""
    a = engine.ask("Quarrington total products revenue 2024")[0]
    assert a.value is None or a.value == pytest.approx(1290e6)
    assert _value(engine, "Quarrington crushed stone products revenue 2024") == pytest.approx(1200e6)


def test_the_business_lines_held_instead_are_named_whole(engine):
    """'I have operating income (loss) for: loss) (Industrial.': the names were cut from the metric's phrase at its
    first parenthesis, and the metric's own '(loss)' was taken for one; each business line is named whole."""
    a = engine.ask("What was Quorlan's operating income in Q3 2024?")[0]
    assert a.value is None and a.text.endswith("I have operating income (loss) for: Industrial."), a.text
