"""A flow of the period the company itself did, named by its verb (issue 19): "we repurchased $131 million of our
shares", "the Company raised $500 million", "we deployed $16 billion of capital in the quarter", "paid $41 million in
cash dividends", "returned $1.0 billion to shareholders", "repurchased 559 thousand shares for $120 million" — read
under the verb's name (vocabulary.toml [language] flow_verbs) as a printed term with the period its sentence names,
never a metric of the vocabulary (a share count is never money). Left unread: another's flow (a fund's, a venture's,
a business line's: "In renewable power, we raised ..."), a verb whose object is not the one its name needs
("repurchased $20.0 million of our convertible notes", "paid $12.5 million of interest"), a flow to come, a flow whose
sentence names no period of its own. A per-share dividend named after its amount ("declared and paid a $0.18 per
share cash dividend") is the dividends per share of the span its sentence names, never EPS; a record date ("to
shareholders of record as of <date>") dates no figure; a quarterly dividend declared "payable on <date>" in the quarter
after the release's is that quarter's dividend (declared and paid in it), one paid in any later quarter is unread.
Every company and figure here is invented."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from chat.engine import Engine
from knowledge.fact_rows import prepare
from parsers.document import parse_text
from parsers.periods import Period
from tests.built_releases import engine_over

HEAD = """Larkspur Lending Corp. Reports Fourth Quarter 2024 Results

AUSTIN, Texas, February 11, 2025 -- Larkspur Lending Corp. (NYSE: LKSP) today reported results for the fourth quarter ended December 31, 2024.

"""
TABLE = """
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                                                                Three Months Ended
                                                                   December 31,
                                                                  2024        2023
Interest income                                                 $ 12,000    $ 11,000
Operating expenses                                                 4,100       3,900
Net income                                                         7,900       7,100
Diluted earnings per share                                          0.52        0.47
"""
SENTENCES = [
    "During the fourth quarter of 2024, Larkspur repurchased approximately 559 thousand shares of common stock for "
    "$120 million and paid $41 million in common stock dividends.",
    "In 2024, we paid $98 million of dividends and repurchased $131 million of our shares.",
    "For full year 2024, Larkspur repurchased approximately eight million Class A ordinary shares for $230 million.",
    "For the three months ended December 31, 2024, we invested $295.7 million in 12 new portfolio companies.",
    "We raised $2.9 billion in the fourth quarter of 2024 and $13.7 billion for the year.",
    "The Company deployed $1.6 billion of capital in the fourth quarter of 2024.",
    "During the fourth quarter of 2024, Larkspur originated $350 million of loans.",
    "For the full year 2024, the Company returned $639 million to shareholders through dividends and buybacks.",
    "During the fourth quarter of 2024, the company declared and paid a $0.18 per share cash dividend to shareholders "
    "of record as of November 29, 2024.",  # a record date dates no figure
    "The Board declared a quarterly cash dividend of $0.12 per share to stockholders of record as of the close of "
    "business on January 9, 2025.",  # unread: the dividend of which period, the sentence does not say
    "On February 10, 2025, the Board declared a quarterly cash dividend of $0.20 per share, payable on March 14, 2025, "
    "to stockholders of record on February 28, 2025.",  # declared and paid in the quarter after the release's: its
    "The Board also declared a quarterly cash dividend of $0.21 per share, payable on April 26, 2025.",  # paid later:
    # declared in one quarter, paid in another, unread
    # left unread, each for its own reason
    "In renewable lending, we raised $4.2 billion of capital in the fourth quarter of 2024.",  # a business line's
    "For the fourth quarter of 2024, Wexford Fund invested $81.0 million in five new portfolio companies.",  # another's
    "During the fourth quarter of 2024, we repurchased $20.0 million of our convertible notes.",  # no shares
    "For the fourth quarter of 2024, we paid $12.5 million of interest on our notes.",  # no dividends
    "Larkspur intends to repurchase $2.0 billion of its shares in 2025.",  # to come
    "We monetized $9.9 million of capital.",  # no period of its own
    "During the fourth quarter of 2024, the company paid a $1.25 per share special cash dividend.",  # not the ordinary one
]
RELEASE = HEAD + "\n\n".join(SENTENCES) + "\n" + TABLE
Q24, FY24, Q125 = Period(date(2024, 12, 31), 3), Period(date(2024, 12, 31), 12), Period(date(2025, 3, 31), 3)
UNREAD = {4_200_000_000, 81_000_000, 20_000_000, 12_500_000, 2_000_000_000, 9_900_000}


@pytest.fixture(scope="module")
def read() -> dict[str, list[tuple[float, Period]]]:
    doc = parse_text("larkspur_q4_2024.txt", RELEASE)
    out: dict[str, list[tuple[float, Period]]] = {}
    for f in doc.figures:
        if f.source == "narrative":
            out.setdefault(f.label, []).append((round(f.value, 2), f.period))
    return out


def test_a_flow_named_by_its_verb_is_read_with_its_period(read) -> None:
    assert read["share repurchases"] == [(120_000_000, Q24), (131_000_000, FY24), (230_000_000, FY24)]  # never the
    # 559 thousand shares
    assert read["dividends paid"] == [(41_000_000, Q24), (98_000_000, FY24)]
    assert read["capital invested"] == [(295_700_000, Q24)]
    assert read["capital raised"] == [(2_900_000_000, Q24), (13_700_000_000, FY24)]
    assert read["capital deployed"] == [(1_600_000_000, Q24)]
    assert read["originations"] == [(350_000_000, Q24)]
    assert read["capital returned to shareholders"] == [(639_000_000, FY24)]
    assert read["cash dividend per share"] == [(0.18, Q24)]
    assert read["quarterly cash dividend per share"] == [(0.2, Q125)]


def test_another_subject_another_object_or_no_period_leaves_the_amount_unread(read) -> None:
    values = {v for found in read.values() for v, _ in found}
    assert not values & UNREAD
    assert not {1.25, 0.12, 0.21, 559_000} & values


def test_a_flow_is_a_printed_term_never_a_metric() -> None:
    doc = parse_text("larkspur_q4_2024.txt", RELEASE)
    facts = prepare(doc, "0" * 64, "larkspur_q4_2024.txt").facts
    flows = {lab: m for lab, m, s in zip(facts["label"], facts["metric"], facts["source"])
             if s == "narrative" and lab in ("share repurchases", "dividends paid", "capital raised", "originations")}
    assert len(flows) == 4 and set(flows.values()) == {"other"}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Iterator[Engine]:
    with engine_over(tmp_path_factory.mktemp("flows"), {"larkspur_q4_2024.txt": RELEASE}) as e:
        yield e


def test_the_dividend_per_share_answers_its_question_never_eps(engine) -> None:
    a = engine.ask("Larkspur dividend per share Q4 2024")[0]
    assert a.status == "answered" and round(a.value, 2) == 0.18
    coming = engine.ask("Larkspur dividend per share Q1 2025")[0]
    assert coming.status == "answered" and round(coming.value, 2) == 0.2
    eps = engine.ask("Larkspur diluted EPS Q4 2024")[0]
    assert eps.status != "answered" or round(eps.value, 2) == 0.52
    ahead = engine.ask("Larkspur EPS Q1 2025")[0]
    assert ahead.status != "answered"  # a dividend declared for the quarter under way is never its earnings


@pytest.mark.parametrize("question", ["Larkspur revenue Q4 2024", "Larkspur net income Q4 2024",
                                      "Larkspur net income FY 2024", "Larkspur loans at December 31, 2024",
                                      "Larkspur operating cash flow Q4 2024"])
def test_a_flow_never_answers_a_metric(engine, question) -> None:
    a = engine.ask(question)[0]
    flows = {120_000_000, 131_000_000, 41_000_000, 98_000_000, 295_700_000, 2_900_000_000, 13_700_000_000,
             1_600_000_000, 350_000_000, 639_000_000}
    assert a.status != "answered" or round(a.value or 0) not in flows


BULLETS = HEAD + """Fourth Quarter 2024 Highlights

* Invested approximately $371 million in 127 retail net lease properties
* Repurchased $25.0 million of its common stock
* Subsequent to quarter end, repurchased $8.0 million of its common stock

Renewable Lending

* Raised $4.2 billion of capital

2025 Outlook

* Invested $95 million in new branches

Larkspur repurchased $12.0 million of its common stock.
""" + TABLE


def test_a_bullet_opening_on_the_verb_takes_the_period_of_the_heading_right_above() -> None:
    """Under a heading naming a past period the bullets' flows are of it; under a heading that names none (a business
    line's), or an outlook's, or with no heading naming a period at all, they are left unread."""
    doc = parse_text("larkspur_q4_2024.txt", BULLETS)
    read = sorted((f.label, round(f.value), f.period) for f in doc.figures if f.source == "narrative")
    assert read == [("capital invested", 371_000_000, Q24), ("share repurchases", 25_000_000, Q24)]


def test_distributions_per_partnership_unit_and_their_total() -> None:
    """A partnership's distribution per unit is its dividends per share (never a unit of a product: "per ton"); the
    total its sentence states ("for total distributions of $15.7 million") is a printed term of the money, never the
    per-share figure."""
    text = HEAD + """During the three months ended December 31, 2024, we declared distributions of $0.24 per common unit, for total distributions of $15.7 million.

For the year ended December 31, 2024, the Partnership paid distributions of $0.96 per unit.

The average realized price for the fourth quarter of 2024 was $21.95 per unit sold.
""" + TABLE
    doc = parse_text("larkspur_q4_2024.txt", text)
    read = sorted((f.label, round(f.value, 2), f.unit, f.period, f.printed_term) for f in doc.figures
                  if f.source == "narrative")
    assert read == [("distributions per common unit", 0.24, "USD/share", Q24, False),
                    ("distributions per unit", 0.96, "USD/share", FY24, False),
                    ("total distributions", 15_700_000, "USD", Q24, True)]
    facts = prepare(doc, "0" * 64, "larkspur_q4_2024.txt").facts
    metrics = {lab: m for lab, m in zip(facts["label"], facts["metric"])}
    assert metrics["distributions per unit"] == "dividends_per_share" and metrics["total distributions"] == "other"


def test_dividends_declared_in_a_bullet_under_a_years_heading_are_the_years() -> None:
    """'* Declared dividends of $3.00 per share' under 'Full Year 2024 Highlights' is the year's dividends per share; a
    quarterly one there (each quarter's, never the year's) and any under a quarter's heading (declared in the quarter,
    or after it?) are left unread."""
    text = HEAD + """Full Year 2024 Highlights

* Declared dividends of $3.00 per share, a 2.8% year-over-year increase
* Declared a quarterly dividend of $0.76 per share

Fourth Quarter 2024 Highlights

* Declared dividends of $0.77 per share
""" + TABLE
    doc = parse_text("larkspur_q4_2024.txt", text)
    assert [(f.label, f.value, f.period) for f in doc.figures if f.source == "narrative"] == [
        ("dividends per share", 3.0, FY24)]
