"""Parts of another figure named on their own, the changes a cause lists as "$X of higher <noun>", and prices or costs
of one unit (issue 19's prose: parts and per-unit amounts).

A part the figure right before is said to include, named after its amount ("Net income was $14.0 million, including a
$3.2 million gain on the sale of a warehouse", "..., which included the $2.4 million loss on ...") or before it ("...
and included an impairment charge of $5.5 million"), is a fact of the part's own printed name for the sentence's period:
never the containing figure (net income is $14.0 million, never $3.2 million), never a metric of the vocabulary. It is
read only where no amount follows in the sentence (a comparison after it may be the part's or the figure's), and only
under a plain name of two words or more.

A change a cause lists as "$4.1 million of higher freight costs" ("... decreased $4.0 million, primarily due to ...") is
a change of those words for the changed figure's period, signed by its own word (higher, lower), as "a decrease of
$X in <noun>" already is.

A price or cost a clause opens on, said per unit of what the company sells or makes ("Average selling price increased
8.6 percent to $21.95 per ton", "the average realized gold price was $2,650 per ounce"), is stored with its unit in its
name ("average selling price per ton"), in whole dollars: never money of the whole, never with a scale word.

Left unread: a name of one word ("the $3.2 million release"), a name that goes into capitals, a part with a comparison
after it, a part of the year-ago figure, of a per-share figure ("EPS ... included a gain on sale of $0.07": never $0.07
of money), of a change or of an outlook, a name that opens on a metric's name ("a $1.6 million income tax benefit":
that metric's part, which a question of the metric might take), a per-unit amount with a scale word or of a term of the vocabulary ("revenue
per ton"), per a person, a price whose name opens on a capitalised word that is no measure's (a product's or a mine's).
The company and every figure are invented."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from chat.engine import Engine
from parsers.document import parse_text
from parsers.periods import Period
from tests.built_releases import engine_over

HEAD = """Brackenford Mills Inc. Reports Fourth Quarter 2024 Results

DULUTH, Minn., February 11, 2025 -- Brackenford Mills Inc. (NYSE: BKM) today reported results for the fourth quarter ended December 31, 2024.

"""
SENTENCES = [
    "Net income for the fourth quarter of 2024 was $14.0 million, including a $3.2 million gain on the sale of a "
    "warehouse.",
    "Operating expenses for the fourth quarter of 2024 were $61.3 million, which included the $2.4 million charge for "
    "the early retirement of debt.",
    "Revenue for the fourth quarter of 2024 was $120.0 million and included a one-time licensing fee of $4.0 million.",
    "Operating income for the fourth quarter of 2024 decreased $4.0 million, primarily due to $4.1 million of higher "
    "freight costs and $1.3 million of lower service fees, partially offset by $1.4 million in lower insurance "
    "premiums.",
    "Average selling price increased 8.6 percent to $21.95 per ton in the fourth quarter of 2024.",
    "For the fourth quarter of 2024, the average realized pulp price was $812 per tonne.",
    # near misses
    "Gross profit for the fourth quarter of 2024 was $48.0 million, including the $1.9 million release.",
    "Adjusted EBITDA for the fourth quarter of 2024 was $30.5 million, including a $2.2 million gain on the sale of "
    "its Ashford mill.",
    "Cash from operations for the fourth quarter of 2024 was $25.0 million, including a $6.6 million gain on the sale "
    "of a barge, compared to $19.0 million for the fourth quarter of 2023.",
    "Other income was $7.7 million in the fourth quarter of 2024 compared to $5.1 million in the fourth quarter of "
    "2023, which included a $2.6 million gain on the sale of a truck fleet.",
    "Diluted earnings per share for the fourth quarter of 2024 were $0.52 and included a gain on sale of $0.07.",
    "Gross margin dollars for the fourth quarter of 2024 increased $5.8 million, including a $4.4 million gain on the "
    "sale of a dryer line.",
    "For 2025, the Company expects net income of $61.0 million, including a $5.3 million gain on the sale of a depot.",
    "Net income for the fourth quarter of 2024 was $14.0 million, including a $1.6 million income tax benefit.",
    "Operating expenses for the fourth quarter of 2024 were $61.3 million and included stock-based compensation "
    "expense of $2.9 million.",
    "Revenue per ton was $25.40 in the fourth quarter of 2024.",
    "Timberline average selling price was $23.10 per ton in the fourth quarter of 2024.",
    "In the fourth quarter of 2024, the average selling price of recycled board was $9.75 million per ton.",
    "In the fourth quarter of 2024, the average cost was $310 per employee.",
]
RELEASE = HEAD + "\n\n".join(SENTENCES) + "\n"
Q24 = Period(date(2024, 12, 31), 3)


@pytest.fixture(scope="module")
def found() -> dict[str, list[tuple[float, Period, str, bool, str]]]:
    doc = parse_text("brackenford_q4_2024.txt", RELEASE)
    out: dict[str, list[tuple[float, Period, str, bool, str]]] = {}
    for f in doc.figures:
        if f.source == "narrative":
            out.setdefault(f.label, []).append((round(f.value, 2), f.period, f.qualifier, f.printed_term, f.unit))
    return out


def test_a_part_named_after_its_amount_is_a_fact_of_its_own_name(found) -> None:
    assert found["gain on the sale of a warehouse"] == [(3_200_000, Q24, "", True, "USD")]
    assert found["charge for the early retirement of debt"] == [(2_400_000, Q24, "", True, "USD")]
    assert set(found["Net income"]) == {(14_000_000, Q24, "", False, "USD")}
    assert set(found["Operating expenses"]) == {(61_300_000, Q24, "", False, "USD")}


def test_a_part_named_before_its_amount_after_and_included_is_a_fact_of_its_own_name(found) -> None:
    assert found["one-time licensing fee"] == [(4_000_000, Q24, "", True, "USD")]
    assert found["Revenue"] == [(120_000_000, Q24, "", False, "USD")]


def test_a_change_listed_as_higher_or_lower_noun_is_that_nouns_change_signed_by_its_word(found) -> None:
    assert found["Operating income (change)"] == [(-4_000_000, Q24, "change", False, "USD")]
    assert found["freight costs (change)"] == [(4_100_000, Q24, "change", True, "USD")]
    assert found["service fees (change)"] == [(-1_300_000, Q24, "change", True, "USD")]
    assert found["insurance premiums (change)"] == [(-1_400_000, Q24, "change", True, "USD")]


def test_a_price_of_one_unit_is_stored_with_its_unit_in_whole_dollars(found) -> None:
    assert found["average selling price per ton"] == [(21.95, Q24, "", True, "USD")]
    assert found["average realized pulp price per tonne"] == [(812, Q24, "", True, "USD")]


def test_lookalikes_stay_unread(found) -> None:
    values = {abs(v) for rows in found.values() for v, *_ in rows}
    assert not values & {1_900_000, 2_200_000, 6_600_000, 2_600_000, 0.07, 4_400_000, 5_300_000, 1_600_000, 2_900_000,
                         25.40, 23.10,
                         9_750_000, 9.75, 310}
    assert found["Adjusted EBITDA (adjusted)"] == [(30_500_000, Q24, "adjusted", False, "USD")]
    assert (25_000_000, Q24, "", False, "USD") in found["Cash from operations"]  # the part left out, the figure kept
    assert not any("per ton" in label and "timberline" in label.lower() for label in found)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Iterator[Engine]:
    with engine_over(tmp_path_factory.mktemp("parts_unit_prices"), {"brackenford_q4_2024.txt": RELEASE}) as e:
        yield e


@pytest.mark.parametrize("question,expected", [
    ("Brackenford net income Q4 2024", 14_000_000),
    ("Brackenford revenue Q4 2024", 120_000_000),
    ("Brackenford operating expenses Q4 2024", 61_300_000),
    ("Brackenford gain on the sale of a warehouse Q4 2024", 3_200_000),
    ("Brackenford one-time licensing fee Q4 2024", 4_000_000),
    ("Brackenford average selling price per ton Q4 2024", 21.95),
])
def test_the_whole_and_the_parts_answer_their_own_questions(engine, question, expected) -> None:
    a = engine.ask(question)[0]
    assert a.status == "answered" and round(a.value, 2) == expected


PARTS = {3_200_000, 2_400_000, 4_000_000, 4_100_000, 1_300_000, 1_400_000, 1_600_000, 2_900_000, 21.95, 812}


@pytest.mark.parametrize("question", [
    "Brackenford net income Q4 2024", "Brackenford revenue Q4 2024", "Brackenford operating expenses Q4 2024",
    "Brackenford operating income Q4 2024", "Brackenford other income Q4 2024", "Brackenford gain on sale Q4 2024",
    "Brackenford impairment Q4 2024", "Brackenford licensing revenue Q4 2024", "Brackenford fees Q4 2024",
    "Brackenford change in operating income Q4 2024", "Brackenford cost of sales Q4 2024",
    "Brackenford freight costs Q4 2024", "Brackenford insurance premiums Q4 2024", "Brackenford net sales Q4 2024",
    "Brackenford loss on extinguishment of debt Q4 2024", "Brackenford interest expense Q4 2024",
    "Brackenford price Q4 2024", "Brackenford revenue per ton Q4 2024", "Brackenford total revenue Q4 2024",
    "Brackenford selling, general and administrative expenses Q4 2024", "Brackenford gross profit Q4 2024",
    "Brackenford income tax benefit Q4 2024", "Brackenford stock-based compensation expense Q4 2024",
])
def test_a_part_a_change_or_a_unit_price_never_answers_the_whole(engine, question) -> None:
    a = engine.ask(question)[0]
    assert a.status != "answered" or round(abs(a.value or 0), 2) not in PARTS
