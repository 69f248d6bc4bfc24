"""Flows named by their verb and dividends per share whose company, class or period the release's words leave unsure
are left unread, never stated as the company's figure of a period (review 11 of the verb-named flows): another class's
or other holders' dividend named after its amount, bullets under a heading naming two periods or a time after or since
the period (or a lead-in saying so), a flow whose own clause names two periods or a quarter without its year, a
declared dividend whose quarter is not sure (paid already, of record in the quarter just ended, a partnership's
distribution, a heading naming its period), a subsidiary or fund named "the Bank" / "the Partnership", a dividend only
intended, the same dividend "in each of the four quarters", a special one. A flow read from its verb is never set
against a statement's row of a like name (it may count what the row does not: no disagreement).
Every company and figure here is invented."""
from __future__ import annotations

from datetime import date

from knowledge.check_prose import disagreements
from parsers.document import parse_text
from parsers.periods import Period

HEAD = """Tamberlane Goods Inc. Reports Fourth Quarter and Full Year 2024 Results

RALEIGH, North Carolina, February 13, 2025 -- Tamberlane Goods Inc. (NYSE: TMBG) today reported results for the fourth quarter and full year ended December 31, 2024.

"""
TABLE = """
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                                        Three Months Ended        Year Ended
                                           December 31,           December 31,
                                          2024        2023        2024        2023
Net sales                               $ 21,000    $ 19,000    $ 83,000    $ 77,000
Operating expenses                         6,100       5,900      24,000      22,000
Net income                                 9,300       8,100      35,000      31,000
Diluted earnings per share                  0.61        0.55        2.31        2.04
"""
Q24 = Period(date(2024, 12, 31), 3)


def narrative(body: str, head: str = HEAD) -> list[tuple[str, float, Period]]:
    doc = parse_text("tamberlane_q4_2024.txt", head + body + TABLE)
    return [(f.label, round(f.value, 4), f.period) for f in doc.figures if f.source == "narrative"]


def test_another_class_or_holders_dividend_named_after_its_amount_is_unread() -> None:
    body = """The Board also declared a quarterly cash dividend of $0.3516 per share on the Company's 5.625% Series B Cumulative Preferred Stock, payable on March 20, 2025.

During the fourth quarter of 2024, the Company declared and paid a $0.2813 per share cash dividend on its Series C Preferred Stock.

The Board declared a quarterly dividend of $0.09 per Class A share, payable on March 24, 2025.

In the fourth quarter of 2024, the Company paid $3.7 million in dividends on its Series B preferred stock.

For the year ended December 31, 2024, we paid $8.4 million in dividends to noncontrolling interest holders.

During 2024, the Company declared a $0.35 per share cash dividend in each of the four quarters.

The Board declared a $2.00 per share cash dividend, a special dividend, in the fourth quarter of 2024.
"""
    assert narrative(body) == []
    both = """The Board declared a quarterly dividend of $0.140 per share on its Class B common stock and $0.120 per share on its Class A common stock, payable on March 21, 2025.
"""
    assert narrative(both) == []  # two classes, two dividends: neither is the one asked


def test_the_common_stocks_dividend_named_with_its_classes_is_read() -> None:
    body = """The Board declared a quarterly dividend of $0.36 per share, payable on March 18, 2025, to shareholders of Class A and Class B common stock of record on February 28, 2025.

The Board has declared a cash dividend of $0.19 per Class A common share for the fourth quarter of 2024.
"""
    assert narrative(body) == [("quarterly dividend per share", 0.36, Period(date(2025, 3, 31), 3)),
                               ("cash dividend per Class A common share", 0.19, Q24)]


def test_bullets_under_a_heading_of_two_periods_or_of_a_time_after_are_undated() -> None:
    body = """Fourth Quarter and Full Year 2024 Highlights

* Repurchased $17.0 million of its common stock
* Paid $23.0 million in cash dividends

Fourth Quarter 2024 and Recent Developments

* Raised $45.0 million of capital

Since the plan began in 2020, the Company has:

* Repurchased $205.0 million of its common stock

Fourth Quarter 2024 Highlights

* Originated $260 million of loans
* Raised $30.0 million of capital in the second quarter
"""
    assert narrative(body) == [("originations", 260_000_000, Q24)]  # (the heading of one period dates its flows; a
    # quarter without its year, not the release's own, dates none)


def test_a_flow_whose_clause_names_two_periods_is_unread() -> None:
    body = """In the fourth quarter of 2024, we invested $135 million in new stores, bringing our full year 2024 investment to $510 million.

In the fourth quarter of 2024, Tamberlane repurchased $19 million of its common stock, for a total of $77 million in 2024.
"""
    assert narrative(body) == [("share repurchases", 19_000_000, Q24)]


def test_a_declared_dividend_of_an_unsure_quarter_is_unread() -> None:
    body = """The Company declared a quarterly cash dividend of $0.31 per share, paid on January 17, 2025, to shareholders of record on December 31, 2024.

The Board declared a quarterly cash dividend of $0.32 per share, payable on March 12, 2025, to shareholders of record on December 31, 2024.

The Board intends to pay a cash dividend of $0.33 per share for the first quarter of 2025, subject to Board approval.

Fourth Quarter 2024 Dividend

The Board declared a quarterly cash dividend of $0.34 per share, payable on March 14, 2025.
"""
    assert narrative(body) == []
    partnership = HEAD.replace("Tamberlane Goods Inc.", "Tamberlane Pipeline Partners, LP")
    assert narrative("""The Partnership declared a quarterly cash distribution of $0.612 per common unit, payable on February 14, 2025.
""", partnership) == []


def test_a_subsidiary_or_fund_named_by_its_kind_is_not_the_company() -> None:
    holding = HEAD.replace("Tamberlane Goods Inc.", "Tamberlane Financial Holdings, Inc.")
    body = """During the fourth quarter of 2024, the Bank paid $14.0 million in dividends to the Company.

In the fourth quarter of 2024, the Partnership raised $320 million of capital through a unit offering.
"""
    assert narrative(body, holding) == []
    bank = HEAD.replace("Tamberlane Goods Inc.", "Tamberlane Bank")
    assert narrative("During the fourth quarter of 2024, the Bank paid $14.0 million in cash dividends.\n", bank) == [
        ("dividends paid", 14_000_000, Q24)]


def test_a_flow_read_from_its_verb_never_disagrees_with_a_statement_row() -> None:
    cash = """
CONSOLIDATED STATEMENTS OF CASH FLOWS
(in thousands)
                                                      Year Ended December 31,
                                                        2024          2023
Net cash provided by operating activities             $ 44,000      $ 40,000
Share repurchases                                      (26,000)      (20,000)
Dividends paid                                         (33,000)      (30,000)
"""
    doc = parse_text("tamberlane_q4_2024.txt", HEAD + "In 2024, we paid $36 million in cash dividends and repurchased "
                     "$29 million of our shares.\n" + TABLE + cash)
    assert {f.label for f in doc.figures if f.source == "narrative"} == {"dividends paid", "share repurchases"}
    assert disagreements(doc) == []
