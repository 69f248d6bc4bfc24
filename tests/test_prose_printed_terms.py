"""A sentence's subject the vocabulary lacks is kept as printed (issue 19): "As of <date>, outstanding borrowings
were $X", "For the quarter, gross rental receipts totaled $X", "the Company recorded a recovery of $X" become
facts under those words and the period the sentence names (a date: a balance; a span: a flow), as a statement
row with an unknown label keeps its printed label. Such a fact answers a question that names its words and
never a question of a metric of the vocabulary (revenue, net income, debt, cash, equity), whatever it
resembles. Left unread: a subject whose period the sentence does not name, a name's or another business's
subject, a clause after another amount, a comparison with another noun. Every company and figure here is
invented."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from chat.engine import Engine
from knowledge.fact_rows import prepare
from parsers.document import parse_text
from parsers.model import Document, Figure
from parsers.periods import Period
from tests.built_releases import engine_over

HEAD = """Larkspur Lending Corp. Reports Fourth Quarter 2024 Results

AUSTIN, Texas, February 11, 2025 -- Larkspur Lending Corp. (NYSE: LKSP) today reported results for the fourth quarter ended December 31, 2024.

"""
TABLE = """
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands)

                                                                Three Months Ended
                                                                   December 31,
                                                                  2024        2023
Interest income                                                 $ 12,000    $ 11,000
Operating expenses                                                 4,100       3,900
"""
SENTENCES = [
    "As of December 31, 2024, outstanding borrowings under the revolving credit facility were $210.4 million.",
    "For the fourth quarter of 2024, gross rental receipts totaled $48.2 million, compared to $41.7 million for the "
    "fourth quarter of 2023.",
    "For the fourth quarter of 2024, the Company recorded a recovery of approximately $64 thousand.",
    "Refinancing proceeds for the fourth quarter of 2024 were $400.0 million.",
    "Total principal amount of notes outstanding at the end of the fourth quarter of 2024 was $3.4 billion.",
    "Loan originations increased 12% to $96.5 million for the year ended December 31, 2024.",
    "As of December 31, 2024, unfunded commitments increased $5.5 million from $10.5 million at December 31, 2023.",
    "Net advances during the fourth quarter of 2024 were $30 thousand compared to net advances of $15 thousand during "
    "the fourth quarter of 2023.",  # its own words again: the same figure compared
    "Availability under the Company's revolving credit facility was approximately $1,335 million as of December 31, "
    "2024.",
    "During the three months ended December 31, 2024, there was a recovery of approximately $45 thousand.",
    "For the three months ended December 31, 2024 and 2023, net realized gains (losses) totaled $(2.6) million and "
    "$1.8 million, respectively.",  # a list "respectively" pairs with the periods; the two-way label kept whole
    "As of December 31, 2024 and September 30, 2024, unfunded loan commitments were $52.5 million and $47.0 million, "
    "respectively.",
    "For the three months ended December 31, 2024 and 2023, the Company recorded gains of $1.1 million and $2.2 "
    "million, respectively.",  # unread: "gains" of what, the clause does not say as a subject
    # left unread, each for its own reason
    "Capital raised was $75.0 million.",  # no period of its own: a balance or a flow?
    "As of December 31, 2024, Wexford Fund's portfolio totaled $1,275.1 million.",  # another's subject
    "For the fourth quarter of 2024, the Northern Ridge property portfolio was $88.0 million.",  # a name's
    "Net recoveries during the fourth quarter of 2024 were $40 thousand compared to net charge-offs of $212 "
    "thousand during the fourth quarter of 2023.",  # compared with another noun
    "In 2024, the Company recorded a gain of $12.0 million on the sale of its Denver offices.",  # the subject goes on
    # after it into a name: where it ends is not plain
    "For the fourth quarter of 2024, the impairment charge was $3.1 million and the reserve was $9.9 million at "
    "December 31, 2024.",  # the second amount's clause follows the first: only the first is read
]
RELEASE = HEAD + "\n\n".join(SENTENCES) + "\n" + TABLE
Q24, Q23, FY24 = Period(date(2024, 12, 31), 3), Period(date(2023, 12, 31), 3), Period(date(2024, 12, 31), 12)
B24 = Period(date(2024, 12, 31), 0)


@pytest.fixture(scope="module")
def printed() -> dict[str, list[tuple[float, Period]]]:
    doc = parse_text("larkspur_q4_2024.txt", RELEASE)
    out: dict[str, list[tuple[float, Period]]] = {}
    for f in doc.figures:
        if f.source == "narrative" and f.printed_term:
            out.setdefault(f.label, []).append((round(f.value), f.period))
    return out


def test_a_subject_the_vocabulary_lacks_is_kept_with_its_period(printed) -> None:
    assert printed["outstanding borrowings under the revolving credit facility"] == [(210_400_000, B24)]
    assert printed["gross rental receipts"] == [(48_200_000, Q24), (41_700_000, Q23)]  # and its comparison
    assert printed["recovery"] == [(64_000, Q24), (45_000, Q24)]
    assert printed["refinancing proceeds"] == [(400_000_000, Q24)]
    assert printed["total principal amount of notes outstanding"] == [(3_400_000_000, B24)]  # at the end: a date
    assert printed["loan originations"] == [(96_500_000, FY24)]
    assert printed["unfunded commitments (change)"] == [(5_500_000, B24)]  # a change; the amount after it compared
    assert printed["unfunded commitments"] == [(10_500_000, Period(date(2023, 12, 31), 0))]
    assert printed["net advances"] == [(30_000, Q24), (15_000, Q23)]
    assert printed["availability under the Company's revolving credit facility"] == [(1_335_000_000, B24)]
    assert printed["net realized gains (losses)"] == [(-2_600_000, Q24), (1_800_000, Q23)]
    assert printed["unfunded loan commitments"] == [(52_500_000, B24), (47_000_000, Period(date(2024, 9, 30), 0))]
    assert not any(v in (1_100_000, 2_200_000) for found in printed.values() for v, _ in found)


def test_a_subject_not_read_whole_leaves_its_amount_unread(printed) -> None:
    values = {v for found in printed.values() for v, _ in found}
    for unread in (75_000_000, 1_275_100_000, 88_000_000, 40_000, 212_000, 9_900_000, 12_000_000):
        assert unread not in values
    assert printed["impairment charge"] == [(3_100_000, Q24)]


def test_a_printed_subject_is_never_a_metric_of_the_vocabulary() -> None:
    """Stored with metric 'other' and its printed label, whatever metric its words resemble."""
    doc = parse_text("larkspur_q4_2024.txt", RELEASE)
    facts = prepare(doc, "0" * 64, "larkspur_q4_2024.txt").facts
    rows = [(m, k) for m, k, s, lab in zip(facts["metric"], facts["metric_key"], facts["source"], facts["label"])
            if s == "narrative" and lab in ("refinancing proceeds", "gross rental receipts", "loan originations",
                                             "outstanding borrowings under the revolving credit facility")]
    assert len(rows) == 5 and all(m == "other" and k.startswith("label:") for m, k in rows)


def test_printed_words_a_statement_label_would_canonicalize_stay_printed() -> None:
    """The words a statement row would canonicalize ("Inventories", "Share repurchases") keep their printed label
    when a sentence's printed subject: the reader found no term of the vocabulary there, so the sentence did not
    say it was that metric of the company (a balance of one fund, the repurchases of one program)."""
    text = "Inventories of the trading desk were $5.0 million.\nShare repurchases under the plan were $2.0 million.\n"
    figures = [Figure("inventories", 5e6, "USD", B24, 1, "$5.0 million", "narrative", printed_term=True),
               Figure("share repurchases", 2e6, "USD", Q24, 2, "$2.0 million", "narrative", printed_term=True),
               Figure("inventories", 7e6, "USD", B24, 1, "$7.0 million", "narrative")]
    facts = prepare(Document("x.txt", text, "text", figures=figures), "0" * 64, "x.txt").facts
    assert facts["metric"] == ["other", "other", "inventories"]
    assert facts["metric_key"][:2] == ["label:inventories", "label:share repurchases"]


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Iterator[Engine]:
    with engine_over(tmp_path_factory.mktemp("printed"), {"larkspur_q4_2024.txt": RELEASE}) as e:
        yield e


PRINTED_VALUES = {5_500_000, 10_500_000, 2_600_000, 1_800_000, 52_500_000, 47_000_000, 30_000, 15_000, 210_400_000, 48_200_000, 41_700_000, 64_000, 400_000_000, 3_400_000_000, 96_500_000, 3_100_000}


@pytest.mark.parametrize("question", [
    "Larkspur revenue Q4 2024", "Larkspur net income Q4 2024", "Larkspur total debt at December 31, 2024",
    "Larkspur long-term debt at December 31, 2024", "Larkspur cash at December 31, 2024",
    "Larkspur equity at December 31, 2024", "Larkspur loans at December 31, 2024", "Larkspur revenue FY 2024",
    "Larkspur operating cash flow Q4 2024", "Larkspur provision for credit losses Q4 2024",
    "Larkspur net charge-offs Q4 2023", "Larkspur impairment Q4 2024 net income",
    "Larkspur insurance recovery Q4 2024", "Larkspur refinancing Q4 2024 revenue", "Larkspur gain on sale 2024",
])
def test_a_canonical_question_is_never_answered_by_a_printed_subject(engine, question) -> None:
    a = engine.ask(question)[0]
    assert a.status != "answered" or abs(round(a.value or 0)) not in PRINTED_VALUES


@pytest.mark.parametrize("question,expected", [
    ("Larkspur outstanding borrowings under the revolving credit facility at December 31, 2024", 210_400_000),
    ("Larkspur gross rental receipts Q4 2024", 48_200_000),
    ("Larkspur gross rental receipts Q4 2023", 41_700_000),
    ("Larkspur refinancing proceeds Q4 2024", 400_000_000),
])
def test_a_question_naming_the_printed_words_is_answered_with_its_line(engine, question, expected) -> None:
    a = engine.ask(question)[0]
    assert a.status == "answered" and round(a.value) == expected
    assert a.citations and a.citations[0].line > 4


def test_two_figures_of_one_printed_subject_and_period_are_asked_about_never_one_given(engine) -> None:
    """Two sentences of the release each print a recovery for the quarter ($64 thousand, $45 thousand): which one
    a question means is asked back, neither is answered alone."""
    a = engine.ask("Larkspur recovery Q4 2024")[0]
    assert a.status == "clarify" and a.value is None


def test_tangible_equity_is_never_equity() -> None:
    """'The Company's tangible equity was $49.0 million': equity less the intangibles, another measure — kept under
    its own words, never the vocabulary's equity (a total the balance sheet prints otherwise)."""
    text = HEAD + ("The Company's tangible equity was $49.0 million at December 31, 2024 compared to $45.0 million at "
                   "December 31, 2023.\n") + TABLE
    doc = parse_text("larkspur_q4_2024.txt", text)
    facts = prepare(doc, "0" * 64, "larkspur_q4_2024.txt").facts
    read = [(k, lab) for k, lab, v in zip(facts["metric_key"], facts["label"], facts["value"]) if round(v) == 49_000_000]
    assert read and all(k != "equity" for k, _ in read)
