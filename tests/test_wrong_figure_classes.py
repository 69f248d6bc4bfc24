"""Classes of wrong figure a review suspected, each shown on a release written here and asked through the engine as a
user would: where today's reading gave a wrong figure the class is fixed and the test holds the fix with its near miss;
where it did not, the test stands guard. Each class states the general property behind it:

1. the compared amount of a sentence is on its own side of a two-way measure ("net income of $0.4 million, compared
   with $3.3 million net loss": a loss, never an income of $3.3 million) — was answered +$3.3 million;
2. a change "from December 31, 2024" is a change, dated as the sentence dates its level, never the level of either
   date — guard;
3. a row stating its own money scale under a per-share heading ("Net profit for the year (USDm)" under "Earnings per
   share:") is money, never a figure a share — was stored $214.60 a share;
4. rows under a heading of percentages ("As a percentage of net sales:", a bare "%") are ratios, never money of the
   table's scale — 'SG&A' was answered $12,800;
5. a run of periods printed twice in one header is two groups of columns; a period printed once is one group's,
   never the company's — 'revenue 2023' was answered with one segment's $455 million;
6. a par value is an amount a share, never scaled as share counts or dollars of a table — was stored $4,000;
7. a row that only names what it counts ("Stores") is a count, and money is never a count metric — 'stores' was
   answered $412,000;
8. a gain or loss "on the copper sales hedge" is no sales of a segment 'copper' — guard.

Every name and figure is invented."""
from __future__ import annotations

import pytest

from parsers.document import parse_text
from tests.built_releases import ask_in_turn, engine_over

ask = ask_in_turn

HEAD = """{name} Reports Third Quarter 2025 Results

PITTSBURGH, Nov. 6, 2025 -- {name}, Inc. (NASDAQ: {ticker}) today reported financial results for the third quarter
ended September 30, 2025.

Third Quarter 2025 Highlights

{body}
"""


def _release(name: str, ticker: str, body: str) -> str:
    return HEAD.format(name=name, ticker=ticker, body=body)


def _answer(files: dict[str, str], tmp_path, *questions: str):
    with engine_over(tmp_path, files) as eng:
        return [ask(eng, q) for q in questions]


# -- 1. the compared amount's own side ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, before", [
    # was +$3.3 million: the loss named after the amount, not before it
    ("- Net income of $0.4 million, compared with $3.3 million net loss in Q3 2024.", -3.3e6),
    ("- Net loss of $2.1 million, compared with $1.5 million net income in Q3 2024.", 1.5e6),
    # near misses: the loss named before the amount; a comparison of the same side
    ("- Net income of $0.4 million compared to a net loss of $3.3 million in Q3 2024.", -3.3e6),
    ("- Net income of $5.2 million, up from $3.3 million in Q3 2024.", 3.3e6),
])
def test_a_compared_amount_is_on_the_side_its_own_words_name(tmp_path, sentence, before):
    a, = _answer({"dmrb.txt": _release("Dunmarrow Robotics", "DMRB", sentence)}, tmp_path,
                 "Dunmarrow net income Q3 2024")
    assert a.status == "answered" and a.value == pytest.approx(before), a.text


@pytest.mark.parametrize("sentence", [
    "- Net income of $0.4 million, compared with a $3.3 million net loss in Q3 2024.",  # stored as a part: unanswered
    "- Net income of $5.2 million, compared with a $3.3 million loss on the sale of a building in Q3 2024.",
    "- Operating income of $5.2 million, compared with a $3.3 million net loss in Q3 2024.",  # another measure's loss
])
def test_a_loss_of_something_else_is_never_the_terms_compared_figure(sentence):
    found = parse_text("dmrb.txt", _release("Dunmarrow Robotics", "DMRB", sentence)).figures
    assert not [f for f in found if f.period.end.year == 2024 and f.value > 0], found  # never an income of $3.3 million
    plain = [f for f in found if f.period.end.year == 2024 and not f.qualifier]
    assert not plain or all(f.value == -3.3e6 and "net" in f.label.lower() for f in plain), plain


# -- 2. a change from a date before --------------------------------------------------------------------------------
BOOK = """- Net income of $12.6 million, or $0.88 per diluted share.
- Book value per share was $31.42 at September 30, 2025, an increase of $1.76 from December 31, 2024.
- Tangible book value per share of $27.15, an increase of $1.40 from June 30, 2025."""


@pytest.mark.parametrize("question, value", [
    ("Pellhaven book value per share", 31.42),
    ("Pellhaven book value per share Q3 2025", 31.42),
    ("Pellhaven book value per share December 31 2024", None),  # never $31.42 nor $1.76 at the date compared with
    ("Pellhaven tangible book value per share June 30 2025", None),
])
def test_a_change_from_a_date_is_never_the_level_at_either_date(tmp_path, question, value):
    a, = _answer({"phbs.txt": _release("Pellhaven Bancshares", "PHBS", BOOK)}, tmp_path, question)
    if value is None:
        assert a.status != "answered", a.text
    else:
        assert a.status == "answered" and a.value == pytest.approx(value), a.text


@pytest.mark.parametrize("sentence", [
    "- Book value per share of $31.42 at September 30, 2025 increased $1.76, or 5.9%, from $29.66 at December 31, 2024.",
    "- Book value per share was $31.42, an increase of $1.76 from $29.66 at December 31, 2024.",
    "- Book value per share increased to $31.42, up $1.76 from December 31, 2024.",
    "- Book value per share rose $1.76 during the quarter to $31.42.",
    "- Book value per common share of $31.42 increased $1.76 compared to December 31, 2024.",
])
def test_a_level_and_its_change_are_each_answered_at_their_own_date_or_not_at_all(tmp_path, sentence):
    now, then, change = _answer({"phbs.txt": _release("Pellhaven Bancshares", "PHBS", sentence)}, tmp_path,
                                "Pellhaven book value per share September 30 2025",
                                "Pellhaven book value per share December 31 2024",
                                "Pellhaven book value per share change")
    assert now.status != "answered" or now.value == pytest.approx(31.42), now.text
    assert then.status != "answered" or then.value == pytest.approx(29.66), then.text
    assert change.status != "answered" or change.value in (pytest.approx(1.76), pytest.approx(5.9)), change.text


def test_a_change_from_a_date_is_stored_as_a_change():
    found = parse_text("phbs.txt", _release("Pellhaven Bancshares", "PHBS", BOOK)).figures
    changes = [f for f in found if f.value in (1.76, 1.4)]
    assert changes and all(f.qualifier == "change" for f in changes), changes


# -- 3. a row of money under a per-share heading --------------------------------------------------------------------
KEY_FIGURES = """Sorvika Holdings Reports Full Year 2025 Results

OSLO, Norway, Feb. 12, 2026 -- Sorvika Holdings ASA (OSE: SRVK) today reported results for the year ended December 31,
2025. All amounts in US dollars.

KEY FIGURES (USD millions)
                                              2025        2024
Revenue                                      1,840.2     1,612.9
Operating profit                               301.4       262.0
{heading}
Earnings per share, diluted (USD)               1.42        1.18
Basic                                           1.44        1.19
{row}                 214.6       178.3
Dividend per share (USD)                        0.60        0.50
"""


@pytest.mark.parametrize("heading, row", [
    ("Earnings per share:", "Net profit for the year (USDm)"),  # was $214.60 a share: the heading's unit taken
    ("", "Net profit for the year (USDm)"),  # near miss: no heading
])
def test_a_row_stating_its_money_scale_is_never_per_share(heading, row):
    found = parse_text("srvk.txt", KEY_FIGURES.format(heading=heading, row=row)).figures
    got = [f for f in found if f.label.startswith("Net profit") and f.period.end.year == 2025]
    assert got and all(f.unit == "USD" and f.value == pytest.approx(214.6e6) for f in got), got
    basic = [f for f in found if f.label.endswith("Basic") and f.period.end.year == 2025]
    assert not heading or basic and basic[0].unit == "USD/share" and basic[0].value == 1.44, basic  # near miss: the
    # heading's own row stays per share


# -- 4. rows under a heading of percentages -------------------------------------------------------------------------
MARGINS = """Quenford Industrial Reports Fourth Quarter 2025 Results

CLEVELAND, Feb. 4, 2026 -- Quenford Industrial Corp. (NYSE: QNFD) today reported results for the fourth quarter ended
December 31, 2025.

                        QUENFORD INDUSTRIAL CORP.
                  CONSOLIDATED STATEMENTS OF OPERATIONS
                (In thousands, except per share data)
                                         Three Months Ended December 31,
                                             2025          2024
Net sales                                $ 512,300     $ 488,100
Cost of sales                              351,200       339,400
Gross profit                               161,100       148,700
Operating income                            64,300        55,900
Net income                                  45,100        38,200
Diluted earnings per share                $   1.12      $   0.94

{heading}
Gross profit                                  {gp}
Selling, general and administrative           {sga}
Operating income                              {oi}
"""
PERCENTS = {"gp": "31.4          30.5", "sga": "12.8          13.1", "oi": "12.6          11.5"}
AMOUNTS = {"gp": "161,100       148,700", "sga": " 65,600        64,100", "oi": " 64,300        55,900"}


@pytest.fixture(scope="module")
def margins(tmp_path_factory):
    files = {"qnfd.txt": MARGINS.format(heading="As a percentage of net sales:", **PERCENTS),
             "qnfe.txt": MARGINS.format(heading="%", **PERCENTS).replace("Quenford", "Quenbrook")
             .replace("QNFD", "QNBK").replace("QUENFORD", "QUENBROOK"),
             "qnff.txt": MARGINS.format(heading="Segment results:", **AMOUNTS).replace("Quenford", "Quenmoor")
             .replace("QNFD", "QNMR").replace("QUENFORD", "QUENMOOR")}
    with engine_over(tmp_path_factory.mktemp("margins"), files) as eng:
        yield eng


@pytest.mark.parametrize("question, value, unit", [
    ("Quenford SG&A Q4 2025", None, None),  # was $12,800: '12.8' percent of net sales read in thousands
    ("Quenford net income Q4 2025", 45.1e6, "USD"),  # was asked back between $45.1 million and $8,800
    ("Quenford gross margin", 31.4, "percent"),  # the row printed as a percent of net sales
    ("Quenbrook SG&A Q4 2025", None, None),  # a bare '%' over the rows: was '% Gross profit' and $12,800
    ("Quenbrook operating income Q4 2025", 64.3e6, "USD"),
    ("Quenmoor SG&A Q4 2025", 65.6e6, "USD"),  # near miss: a heading of no percentage, the table's thousands
])
def test_rows_under_a_heading_of_percentages_are_never_money(margins, question, value, unit):
    a = ask(margins, question)
    if value is None:
        assert a.status != "answered" or a.unit == "percent", a.text
    else:
        assert a.status == "answered" and a.unit == unit and a.value == pytest.approx(value, rel=1e-3), a.text


# -- 5. two groups of columns over one run of periods ---------------------------------------------------------------
SEGMENTS = """Hollowmere Instruments Reports Fourth Quarter 2025 Results

BOSTON, Feb. 10, 2026 -- Hollowmere Instruments, Inc. (NASDAQ: HLMI) today reported results for the year ended
December 31, 2025.

                       HOLLOWMERE INSTRUMENTS, INC.
                  CONSOLIDATED STATEMENTS OF OPERATIONS
                        (In thousands)
                                      Year Ended December 31,
                                        2025          2024
Revenue                               $ 842,000     $ 790,000
Net income                               91,000        80,000

                            REVENUE BY SEGMENT
                            (In thousands)
{groups}
"""
UNREAD_GROUPS = """                          Sensors                          Valves
                     2025       2024       2023       2025       2024
Revenue           512,000    470,000    455,000    330,000    320,000"""
READ_GROUPS = """| | Sensors | | | Valves | |
|---|---|---|---|---|---|
| | 2025 | 2024 | 2023 | 2025 | 2024 |
| Revenue | 512,000 | 470,000 | 455,000 | 330,000 | 320,000 |"""


@pytest.mark.parametrize("groups, question, value", [
    (UNREAD_GROUPS, "Hollowmere revenue 2023", None),  # was $455 million: the Sensors' 2023 as the company's
    (UNREAD_GROUPS, "Hollowmere revenue growth 2024", None),  # was +73.6%, from the Sensors' 2023
    (UNREAD_GROUPS, "Hollowmere revenue 2025", 842e6),  # near miss: the statement's own
    (READ_GROUPS, "Hollowmere sensors revenue 2023", 455e6),  # near miss: the groups' headings read, each its own
    (READ_GROUPS, "Hollowmere valves revenue 2024", 320e6),
    (READ_GROUPS, "Hollowmere revenue 2023", None),
])
def test_a_period_of_one_group_of_columns_is_never_the_companys(tmp_path, groups, question, value):
    a, = _answer({"hlmi.txt": SEGMENTS.format(groups=groups)}, tmp_path, question)
    if value is None:
        assert a.status != "answered", a.text
    else:
        assert a.value == pytest.approx(value), a.text  # (given as printed where the currency is not stated)


# -- 6. a par value -------------------------------------------------------------------------------------------------
SHARES = """Tarrowind Minerals Reports Fourth Quarter 2025 Results

DENVER, Feb. 18, 2026 -- Tarrowind Minerals Corp. (NYSE: TRWM) today reported results for the year ended December 31,
2025.

                       TARROWIND MINERALS CORP.
                  CONSOLIDATED STATEMENTS OF OPERATIONS
                (In thousands, except per share data)
                                      Year Ended December 31,
                                        2025          2024
Revenue                               $ 642,000     $ 590,000
Net income                               71,000        60,000
Diluted earnings per share             $   1.42      $   1.20
Weighted average shares outstanding (in thousands):
Basic                                   50,100        49,800
Diluted                                 50,900        50,300
{row}
"""


@pytest.mark.parametrize("row, unit, value", [
    ("Par value                                    4             4", "USD/share", 4.0),  # was $4,000 for the year
    ("Nominal value per share                      4             4", "USD/share", 4.0),
    ("Common stock, $0.01 par value                512           498", "USD", 512e3),  # near miss: stock at par
])
def test_a_par_value_is_an_amount_a_share(row, unit, value):
    found = parse_text("trwm.txt", SHARES.format(row=row)).figures
    got = [f for f in found if "value" in f.label and f.period.end.year == 2025]
    assert got and got[0].unit == unit and got[0].value == pytest.approx(value), got
    basic = [f for f in found if f.label.endswith("Basic") and f.period.end.year == 2025]
    assert basic and basic[0].unit == "shares" and basic[0].value == 50.1e6  # near miss: the counts above it


# -- 7. counts in a table of thousands ------------------------------------------------------------------------------
OPERATING = """Brindlecombe Grocers Reports Fourth Quarter 2025 Results

CINCINNATI, Feb. 25, 2026 -- Brindlecombe Grocers, Inc. (NYSE: BRGR) today reported results for the fourth quarter ended
December 31, 2025.

                       BRINDLECOMBE GROCERS, INC.
                  CONSOLIDATED STATEMENTS OF OPERATIONS
                (In thousands, except per share data)
                                      Three Months Ended December 31,
                                        2025          2024
Net sales                             $ 942,000     $ 890,000
Net income                               31,000        28,000
Diluted earnings per share             $   0.82      $   0.75

{title}
(In thousands)
                                        2025          2024
Stores                                     412           398
Employees                                 48.2          46.9
Subscribers                              1,204         1,020
Loyalty revenue                         12,300        10,900
"""


@pytest.fixture(scope="module")
def grocers(tmp_path_factory):
    files = {"brgr.txt": OPERATING.format(title="OPERATING DATA"),
             "brgs.txt": OPERATING.format(title="NET SALES BY CHANNEL").replace("Brindlecombe", "Brindlemoor")
             .replace("BRINDLECOMBE", "BRINDLEMOOR").replace("BRGR", "BRMR")}
    with engine_over(tmp_path_factory.mktemp("grocers"), files) as eng:
        yield eng


@pytest.mark.parametrize("question, value, unit", [
    ("Brindlecombe stores", 412, "count"),  # was $412,000: a bare 'Stores' read as money of the table's thousands
    ("Brindlecombe stores Q4 2024", 398, "count"),
    ("Brindlecombe subscribers", 1204, "count"),  # near misses: counts named so already; money beside them
    ("Brindlecombe loyalty revenue", 12.3e6, "USD"),
    ("Brindlemoor stores", None, None),  # near miss: 'Stores' in a table of sales is money, and never a store count
])
def test_a_count_is_never_money_nor_money_a_count(grocers, question, value, unit):
    a = ask(grocers, question)
    if value is None:
        assert a.status != "answered" or a.unit not in ("USD", "count"), a.text
    else:
        assert a.status == "answered" and a.unit == unit and a.value == pytest.approx(value), a.text


def test_a_money_figure_is_never_a_count_metric():
    from knowledge.vocabulary import canonical_metric
    assert canonical_metric("stores", "", "count") == "store_count"
    assert canonical_metric("stores", "", "USD") != "store_count"
    assert canonical_metric("customers", "", "USD") != "customers"
    assert canonical_metric("number of employees", "", "count") == "employees"  # near miss


# -- 8. a gain on a hedge of sales ---------------------------------------------------------------------------------
HEDGE = """- Net sales of $1,214 million, up 9% from $1,114 million in the third quarter of 2024.
- {sentence}"""


@pytest.mark.parametrize("sentence", [
    "Net income of $88 million included a $13 million gain on the copper sales hedge.",
    "Results included a $13 million gain on the copper sales hedge.",
    ("Third quarter results reflect $13 million gain on the copper sales hedge and a $4 million loss on aluminum sales "
     "contracts."),
])
def test_a_gain_on_a_hedge_of_sales_is_no_sales_of_a_segment(tmp_path, sentence):
    a, b, c = _answer({"ashm.txt": _release("Ashgrove Metals", "ASHM", HEDGE.format(sentence=sentence))}, tmp_path,
                      "Ashgrove copper sales Q3 2025", "Ashgrove aluminum sales", "Ashgrove revenue")
    assert a.status != "answered" and b.status != "answered", (a.text, b.text)
    assert c.status == "answered" and c.value == pytest.approx(1214e6), c.text  # near miss: the company's sales
