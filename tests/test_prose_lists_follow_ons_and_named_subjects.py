"""Prose amounts read (issue 19) from three wordings, each on an invented release, with the lookalikes left unread:

- Two amounts each with its own term, whose changes only "respectively" pairs, the changes printed with a sign or
  "year-over-year" ("net earnings of $17.2 million and adjusted net earnings of $18.6 million in the fourth quarter,
  increasing by +16% and +8% year-over-year, respectively"): each amount is its own term's. Lists of amounts that
  "respectively" pairs with terms are read only when the counts match and the terms are known or plain.
- A follow-on sentence with no subject ("This compares to $206.4 million at the same time last year") compares the
  figure of the sentence before only when that sentence printed exactly one amount of money, read or not; one that
  names the printed words of the one figure before ("This compares to a recovery of $250 thousand for <period>") is
  that figure's, of its own period, still kept under its printed words.
- A clause that opens on a business's name whose term follows its amount ("Industrial Widgets reports $31.0 million
  of revenue for the fourth quarter 2024") is that business's figure, stored with it: never the company's total. A
  business it does not name ("The segment reported ...") leaves the amount unread; the company's own name, "we" or
  "the Company" keep it the company's. The next term joined to a business's figure by "and an" ("... of net sales and
  an adjusted operating profit of $12 million") is the business's too, never the company's.
"""
from __future__ import annotations

import pytest

from chat.engine import Engine
from parsers.document import parse_text
from tests.built_releases import engine_over

HEAD = """Brantwell Instruments Reports Fourth Quarter and Full Year 2024 Results

TULSA, Okla., February 12, 2025 -- Brantwell Instruments, Inc. (NYSE: BRWL) today reported results for the fourth
quarter and year ended December 31, 2024.

"""


def _read(body: str) -> list[tuple[str, float, str, str, str]]:
    doc = parse_text("brantwell.md", HEAD + body + "\n")
    return [(f.label, f.value, f.period.label(12), f.qualifier, f.segment) for f in doc.figures
            if f.source == "narrative"]


def _values(body: str) -> set[float]:
    return {v for _, v, _, _, _ in _read(body)}


def test_amounts_with_their_own_terms_whose_signed_changes_respectively_pairs():
    got = _read("Brantwell delivered net earnings of $17.2 million and adjusted net earnings of $18.6 million in the "
                "fourth quarter of 2024, increasing by +16% and +8% year-over-year, respectively.")
    assert ("net earnings", 17.2e6, "Q4 2024", "", "") in got
    assert ("net earnings (adjusted)", 18.6e6, "Q4 2024", "adjusted", "") in got
    assert len(got) == 2


@pytest.mark.parametrize("body", [
    # three terms, two amounts: which two are meant is a guess
    "Revenue, gross profit and net income for the fourth quarter of 2024 were $12.1 million and $1.3 million, "
    "respectively.",
    # names, not terms
    "Harlow Basin and Kestrel Point for the fourth quarter of 2024 were $8.5 million and $6.7 million, respectively.",
])
def test_respectively_lists_that_do_not_pair_are_left_unread(body):
    assert not ({12.1e6, 1.3e6, 8.5e6, 6.7e6} & _values(body))


def test_a_follow_on_compares_the_one_figure_of_the_sentence_before():
    got = _read("Cash and cash equivalents were $124.6 million as of December 31, 2024. This compares to $106.4 "
                "million at the same time last year.")
    assert ("Cash and cash equivalents", 106.4e6, "2023-12-31", "", "") in got


def test_a_follow_on_after_a_sentence_of_two_amounts_is_left_unread():
    got = _read("Cash and cash equivalents were $224.6 million and short-term investments were $50.0 million as of "
                "December 31, 2024. This compares to $206.4 million at the same time last year.")
    assert ("Cash and cash equivalents", 224.6e6, "2024-12-31", "", "") in got  # (the sentence's own still read)
    assert 206.4e6 not in {v for _, v, _, _, _ in got}


def test_a_follow_on_naming_the_printed_words_of_the_one_figure_before():
    doc = parse_text("brantwell.md", HEAD + "The Company recorded a recovery of $150 thousand for the twelve-month period "
                     "ended December 31, 2024. This compares to a recovery of $250 thousand for the twelve-month period "
                     "ended December 31, 2023.\n\nThe Company recorded a recovery of $160 thousand for the twelve-month "
                     "period ended December 31, 2024. This compares to a provision of $260 thousand for the twelve-month "
                     "period ended December 31, 2023.\n")
    got = {(f.label, f.value, f.period.label(12), f.printed_term) for f in doc.figures if f.source == "narrative"}
    assert ("recovery", 250e3, "FY 2023", True) in got  # kept as printed words, never a metric of the vocabulary
    assert 260e3 not in {v for _, v, _, _ in got}  # another noun: not the recovery a year before


SEGMENTS = """**Industrial Widgets** reports $31.0 million of revenue for the fourth quarter 2024 compared with $33.6
million for the fourth quarter 2023.

For the full year 2024, Industrial Widgets reported $121.0 million of revenue.

The segment reported $61.0 million of revenue for the fourth quarter of 2024.

For the full-year 2024, the Harbor Optics business generated approximately $44 million of net sales and an adjusted
operating profit of approximately $12 million.
"""


def test_a_named_business_reporting_an_amount_is_stored_with_it():
    got = _read(SEGMENTS)
    assert ("revenue", 31.0e6, "Q4 2024", "", "Industrial Widgets") in got
    assert ("revenue", 33.6e6, "Q4 2023", "", "Industrial Widgets") in got
    assert ("revenue", 121.0e6, "FY 2024", "", "Industrial Widgets") in got
    assert ("net sales", 44e6, "FY 2024", "", "Harbor Optics") in got
    assert not [f for f in got if f[4] == "" and f[1] in (31.0e6, 33.6e6, 121.0e6, 61.0e6, 44e6, 12e6)]
    assert 61.0e6 not in {v for _, v, _, _, _ in got}  # which segment, the words do not say
    assert 12e6 not in {v for _, v, _, _, _ in got}  # the business's adjusted operating profit, never the company's


@pytest.mark.parametrize("subject", ["Brantwell", "The Company", "We", "In the fourth quarter of 2024, Brantwell"])
def test_the_company_reporting_an_amount_keeps_it_the_companys(subject):
    tail = "" if subject.startswith("In the") else " for the fourth quarter of 2024"
    got = _read(f"{subject} reported $71.0 million of revenue{tail}.")
    assert ("revenue", 71.0e6, "Q4 2024", "", "") in got


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    body = SEGMENTS + "\nRevenue for the fourth quarter of 2024 was $140.0 million.\n"
    with engine_over(tmp_path_factory.mktemp("named_subjects"), {"brantwell.md": HEAD + body}) as e:
        yield e


def test_the_company_total_is_never_answered_with_a_segments_figure(engine):
    answer = engine.ask("Brantwell revenue Q4 2024")[0]
    assert answer.status == "answered" and answer.value == pytest.approx(140.0e6)
    year = engine.ask("Brantwell revenue full year 2024")[0]
    assert year.status != "answered" or year.value not in (121.0e6, 44e6)
    profit = engine.ask("Brantwell adjusted operating profit 2024")[0]
    assert profit.status != "answered" or profit.value != pytest.approx(12e6)


# --- the reviewer's lookalikes: each would have stored a wrong figure -------------------------------------------------

@pytest.mark.parametrize("body", [
    "Net income for the quarter of $6.3 million and revenue for the year of $212.0 million rose +11% and +7% "
    "year-over-year, respectively.",
    "Net income of $6.3 million and adjusted EBITDA of $212.0 million for the three and twelve months ended December "
    "31, 2024 rose +11% and +7% year-over-year, respectively.",
    "Revenue of $6.3 million and adjusted EBITDA of $212.0 million in the fourth quarter and full year grew +11% and "
    "+7% year-over-year, respectively.",
    "For the full year and fourth quarter, net sales of $212.0 million and gross profit of $6.3 million grew +11% and "
    "+7% year-over-year, respectively.",
    # the older unsigned wording
    "Net income for the quarter of $6.3 million and revenue for the year of $212.0 million rose 11% and 7%, "
    "respectively.",
    "Net income of $6.3 million and adjusted net income of $212.0 million in the fourth quarter and full year increased "
    "11% and 7%, respectively.",
])
def test_changes_respectively_pairs_in_a_sentence_of_two_periods_are_left_unread(body):
    assert not ({6.3e6, 212.0e6} & _values(body))  # which amount is of which period: a guess


@pytest.mark.parametrize("after", [
    " at our peer banks", " excluding the acquired loans", " on a pro forma basis", " as restated",
    ", excluding the impairment", " on the legacy portfolio",
])
def test_a_follow_on_whose_period_is_qualified_after_it_is_left_unread(after):
    got = _read("The Company recorded a provision for credit losses of $740 thousand for the fourth quarter of 2024. "
                f"This compares to a provision for credit losses of $1.9 million for the fourth quarter of 2023{after}.")
    assert ("provision for credit losses", 740e3, "Q4 2024", "", "") in got
    assert 1.9e6 not in {v for _, v, _, _, _ in got}


def test_a_follow_on_of_another_measure_between_amount_and_period_is_left_unread():
    got = _read("Revenue was $98.0 million in the fourth quarter of 2024. This compares to $93.5 million of revenue "
                "guidance for the fourth quarter of 2024.")
    assert 93.5e6 not in {v for _, v, _, _, _ in got}


def test_a_follow_on_that_ends_at_its_period_is_still_read():
    got = _read("The Company recorded a provision for credit losses of $740 thousand for the fourth quarter of 2024. "
                "This compares to a provision for credit losses of $1.9 million for the fourth quarter of 2023.")
    assert 1.9e6 in {v for _, v, _, _, _ in got}


@pytest.mark.parametrize("subject", ["The Group", "The Firm", "Our Company", "The Corporation"])
def test_the_company_under_another_word_is_no_segment(subject):
    got = _read(f"{subject} reported $83.0 million of revenue for the fourth quarter of 2024.")
    assert not [f for f in got if f[4]]


@pytest.mark.parametrize("body", [
    "Management reported $83.0 million of revenue for the fourth quarter of 2024.",
    "Both segments delivered $83.0 million of operating income in the fourth quarter of 2024.",
    "Lantern Pumps and Ridgeway Seals generated $83.0 million of net sales in the fourth quarter of 2024.",
    "Fourth Quarter 2024 Financial Highlights Lantern Pumps reported $83.0 million of net sales.",
])
def test_a_subject_that_names_no_one_business_leaves_the_amount_unread(body):
    assert not [f for f in _read(body) if f[1] == 83.0e6 and f[4]]  # never a segment of that name
    assert not [f for f in _read(body) if f[1] == 83.0e6 and f[0] in ("revenue", "net sales")
                and "Lantern" in body]  # nor the company's total


def test_a_business_named_after_another_amount_is_never_the_companys_total():
    got = _read("Net income was $5.5 million in the fourth quarter of 2024, and Lantern Pumps recorded $27.0 million "
                "of net sales.")
    assert ("Net income", 5.5e6, "Q4 2024", "", "") in got
    assert not [f for f in got if f[1] == 27.0e6 and f[4] == ""]


@pytest.mark.parametrize("body", [
    "Lantern Pumps reported $27.0 million of net sales and the Company generated an adjusted operating profit of "
    "$9.5 million in the fourth quarter of 2024.",
    "Lantern Pumps generated $2.5 million of the Company's $9.5 million of revenue in the fourth quarter of 2024.",
    "Lantern Pumps reported $27.0 million of net sales in the fourth quarter of 2024, compared with total Company net "
    "sales of $9.5 million.",
])
def test_the_companys_amount_after_a_business_is_never_the_business(body):
    assert not [f for f in _read(body) if f[1] == 9.5e6 and f[4]]


def test_a_respectively_sentence_whose_amounts_each_carry_their_own_period_is_still_read():
    got = _read("Fee income was $318 million ($0.21 / share) for the quarter and $1.2 billion ($0.83 / share) over the "
                "last twelve months, up 14% and 9% over the same periods in the prior year, respectively.")
    assert {(318e6, "Q4 2024"), (1.2e9, "FY 2024")} <= {(v, p) for _, v, p, _, _ in got}
    got = _read("Brantwell reported results for the fourth quarter and full year of 2024 with fourth quarter net income "
                "of $6.3 million and diluted earnings per share of $0.52, up 11% and 7%, respectively.")
    assert ("net income", 6.3e6, "Q4 2024", "", "") in got
