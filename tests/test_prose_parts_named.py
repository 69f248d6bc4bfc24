"""Parts and causes a sentence names beside its figure, each a figure of its own printed words (issue 19; the reading
is parsers/narrative_parts.py's).

A part an inclusion names after its amount in plain lower-case words ("Net income ... included $2.1 million of
severance costs", "Results included $38.3 million of favorable reserve development, compared to $39.8 million in the
fourth quarter of 2023") is a figure of those words for the period of the figure read right before it (else the one
period its sentence names, else the paragraph's when the sentence before dated all its figures so), an earlier amount
compared right after it being that part's in the period named. A part named before its amount after an inclusion
("included a one-time gain of $2.4 million from the sale of a warehouse") is all of its name. A cause that says its own
direction ("partially offset by $135.2 million in higher reinsurance costs") is its change. A change a cause lists with
its own direction and noun is read wherever the list broke before it ("..., $0.3 million in prepaid assets, a decrease
of $2.0 million in securities available for sale", "an increase in federal funds sold of $1.4 million").

Left unread: a part of a period of its own, a cause without a direction (the level, or its change?), a part listed
after an earlier amount compared (the earlier one's), a part whose sentence and the one before say no period, an
outlook's part, a name going on into capitals, a loss's change (its sign a convention unsaid), an amount of a table's
note printed without its scale. Never answered as the
figure it is a part of. The company and every figure are invented."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from chat.engine import Engine
from parsers.document import parse_text
from parsers.periods import Period
from tests.built_releases import engine_over

HEAD = """Brindlemoor Provisions Corp. Reports Fourth Quarter and Full Year 2024 Results

OMAHA, Neb., February 20, 2025 -- Brindlemoor Provisions Corp. (NYSE: BRPV) today reported results for the fourth quarter and full year ended December 31, 2024.

"""
PARAGRAPHS = [
    "Net income for the fourth quarter of 2024 was $14.6 million and included $2.1 million of severance costs.",
    "Results for the fourth quarter of 2024 included $38.3 million of favorable reserve development, compared to $39.8 "
    "million in the fourth quarter of 2023.",
    "Adjusted EBITDA increased 5 percent to $1,322.4 million for 2024 compared to $1,257.5 million for 2023, primarily "
    "due to growth in premiums, partially offset by $135.2 million in higher reinsurance costs.",
    "Operating income for 2024 was $84.2 million and included a one-time gain of $2.4 million from the sale of a "
    "warehouse.",
    "Gross written premiums for the fourth quarter of 2024 were $421.7 million compared to $398.0 million in the "
    "fourth quarter of 2023. Results included $9.7 million of higher ceded premiums.",
    "Total assets were $612.4 million at December 31, 2024, a decrease of $11.7 million from $624.1 million at "
    "December 31, 2023. The decrease was due primarily to a decrease of $8.6 million in the net loan portfolio, $0.3 "
    "million in prepaid assets, a decrease of $2.0 million in securities available for sale. These decreases were "
    "partially offset by an increase in federal funds sold of $1.4 million and an increase of $0.6 million in accrued "
    "interest receivable.",
    # near misses
    "Revenue for the twelve months ended December 31, 2024 was $812.0 million, including $61.0 million of equipment "
    "sales in the fourth quarter of 2024.",  # a part of a period of its own
    "Other income increased by $1.2 million in the fourth quarter of 2024, driven by $1.1 million of interest on cash "
    "balances.",  # a cause without a direction: the interest, or its increase?
    "Net sales were $90.0 million in the fourth quarter of 2024 compared to $75.5 million in the fourth quarter of "
    "2023, which included $1.5 million of freight surcharges.",  # after the comparison: the earlier one's part
    "Results included $5.5 million of restructuring costs.",  # no period said by it nor by a sentence before
    "Brindlemoor expects 2025 operating income to include $3.0 million of integration costs.",  # an outlook's
    "Net income for 2024 was $40.2 million and included $1.1 million of costs related to the Brookvale plant.",
    "Net income for 2024 included $4.4 million of higher storm losses.",  # a loss's change: its sign unsaid
    "Operating income for the fourth quarter of 2024 was $21.0 million and included a one-time gain of $3.3 million "
    "from the sale of a depot, compared to $17.2 million in the fourth quarter of 2023.",  # an amount after it: the
    # part's, or the figure's?
    "Operating income for the fourth quarter of 2024 increased $5.8 million, including $4.7 million of lower "
    "freight charges.",  # a part of a change (its cause, said as one: parsers/narrative.py _changed_parts)
    "Net loans were $402.0 million at December 31, 2024, an increase of $6.0 million from $396.0 million at "
    "December 31, 2023, primarily due to an increase of $4.2 million in construction loans, compared to an increase "
    "of $1.9 million in construction loans in 2023.",  # a change of another period: its name goes on into it
    "Net income for 2024 was $52.0 million, up from $47.0 million for 2023. Prior-year results included $3.6 million "
    "of severance costs.",  # another period, undated: never the sentence before's
    "(1) Net income for the fourth quarter of 2024 included $5,573 of deferred rent.",  # a table's note: its amount may
    # be at the table's scale, unsaid
]
FULL_YEAR = """

Full Year 2024 Highlights

Adjusted EBITDA increased 21 percent compared to the fourth quarter of 2023. Results included $8.1 million of higher claims costs.
"""  # the paragraph's period (the heading's year) is not the sentence before's (the quarter): unread
RELEASE = HEAD + "\n\n".join(PARAGRAPHS) + FULL_YEAR
Q24, Q23 = Period(date(2024, 12, 31), 3), Period(date(2023, 12, 31), 3)
FY24, B24 = Period(date(2024, 12, 31), 12), Period(date(2024, 12, 31), 0)


@pytest.fixture(scope="module")
def found() -> dict[str, list[tuple[float, Period, str, bool, float | None, Period | None]]]:
    doc = parse_text("brindlemoor_q4_2024.txt", RELEASE)
    out: dict[str, list[tuple[float, Period, str, bool, float | None, Period | None]]] = {}
    for f in doc.figures:
        if f.source == "narrative":
            out.setdefault(f.label, []).append((round(f.value), f.period, f.qualifier, f.printed_term,
                                                f.comp_value, f.comp_period))
    return out


def test_a_part_an_inclusion_names_after_its_amount_is_a_figure_of_its_words(found) -> None:
    assert found["severance costs"] == [(2_100_000, Q24, "", True, None, None)]
    assert found["Net income"][0][:2] == (14_600_000, Q24)


def test_an_earlier_amount_compared_right_after_a_part_is_that_parts_in_the_period_named(found) -> None:
    assert found["favorable reserve development"] == [(38_300_000, Q24, "", True, 39_800_000, Q23),
                                                      (39_800_000, Q23, "", True, None, None)]


def test_a_part_named_before_its_amount_after_an_inclusion_is_all_of_its_name(found) -> None:
    assert found["one-time gain from the sale of a warehouse"] == [(2_400_000, FY24, "", True, None, None)]


def test_a_cause_or_a_part_that_says_its_direction_is_its_change(found) -> None:
    assert found["reinsurance costs (change)"] == [(135_200_000, FY24, "change", True, None, None)]
    assert found["ceded premiums (change)"] == [(9_700_000, Q24, "change", True, None, None)]  # the sentence before's


def test_a_change_a_cause_lists_with_its_own_direction_is_read_past_a_break_in_the_list(found) -> None:
    assert found["net loan portfolio (change)"] == [(-8_600_000, B24, "change", True, None, None)]
    assert found["securities available for sale (change)"] == [(-2_000_000, B24, "change", True, None, None)]
    assert found["federal funds sold (change)"] == [(1_400_000, B24, "change", True, None, None)]
    assert found["accrued interest receivable (change)"] == [(600_000, B24, "change", True, None, None)]
    assert not any(v == 300_000 for rows in found.values() for v, *_ in rows)  # no direction said


@pytest.mark.parametrize("value", [61_000_000, 1_100_000, 1_500_000, 5_500_000, 3_000_000, 4_400_000, 8_100_000,
                                   3_300_000, 5_573, 5_573_000, 3_600_000])
def test_near_misses_stay_unread(found, value) -> None:
    assert not any(abs(v) == value for rows in found.values() for v, *_ in rows)


def test_a_listed_change_whose_name_goes_on_into_another_period_is_not_the_causes(found) -> None:
    assert found["construction loans (change)"] == [(4_200_000, B24, "change", True, None, None)]  # (the 2023 one is
    # the reader's own comparison, never a cause of the 2024 change)


def test_a_name_going_on_into_capitals_stays_unread(found) -> None:
    assert not any(v == 1_100_000 for rows in found.values() for v, *_ in rows)
    assert not any("Brookvale" in label or "brookvale" in label for label in found)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Iterator[Engine]:
    with engine_over(tmp_path_factory.mktemp("parts_named"), {"brindlemoor_q4_2024.txt": RELEASE}) as e:
        yield e


@pytest.mark.parametrize("question,expected", [
    ("Brindlemoor net income Q4 2024", 14_600_000),
    ("Brindlemoor operating income 2024", 84_200_000),
    ("Brindlemoor severance costs Q4 2024", 2_100_000),
    ("Brindlemoor favorable reserve development Q4 2023", 39_800_000),
])
def test_the_figures_and_the_parts_answer_their_own_questions(engine, question, expected) -> None:
    a = engine.ask(question)[0]
    assert a.status == "answered" and round(a.value) == expected


PARTS = {2_100_000, 38_300_000, 39_800_000, 135_200_000, 2_400_000, 9_700_000, 8_600_000, 2_000_000, 1_400_000, 600_000}


@pytest.mark.parametrize("question", [
    "Brindlemoor net income Q4 2024", "Brindlemoor operating income Q4 2024", "Brindlemoor revenue Q4 2024",
    "Brindlemoor expenses Q4 2024", "Brindlemoor costs 2024", "Brindlemoor gain 2024", "Brindlemoor other income 2024",
    "Brindlemoor adjusted EBITDA 2024", "Brindlemoor total assets at December 31, 2024",
    "Brindlemoor change in total assets 2024", "Brindlemoor loans at December 31, 2024",
    "Brindlemoor premiums Q4 2024", "Brindlemoor restructuring charges Q4 2024",
])
def test_a_part_never_answers_the_whole(engine, question) -> None:
    a = engine.ask(question)[0]
    assert a.status != "answered" or abs(round(a.value or 0)) not in PARTS
