"""Total debt is all of the debt, and a change the company makes to its own figure is a change, never a level.

- 'total debt' asked of a release printing only the long-term (non-current) notes was answered with those — a part
  for the whole. It is its own figure ('Total debt', 'Total borrowings', 'Total indebtedness'), said not held where
  the release does not print it; 'debt' alone still reads as the long-term debt.
- 'the Company reduced its total indebtedness by approximately $37 million' (the company the verb's subject) is a
  change of that figure, negative; 'The exchange reduced long-term debt by approximately $37 million' (an item's
  effect on a figure) is a part of it — neither is the figure's level, which "by approximately" had let through.
"""
from __future__ import annotations

import pytest

from knowledge.fact_rows import prepare
from parsers.document import parse_text
from tests.built_releases import ask_in_turn as ask, engine_over

OPENING = """{name} Reports Fourth Quarter 2024 Results

DENVER, Feb. 12, 2025 -- {name} (NYSE: {ticker}) today reported results for the fourth quarter and full year ended
December 31, 2024.

"""
WITH_TOTAL = OPENING.format(name="Ketterly Freight Corp.", ticker="KTFC") + """Revenue was $512.4 million for the
fourth quarter of 2024. Total debt as of December 31, 2024 was $1,204.6 million and cash and cash equivalents totaled
$88.1 million.
"""
LONG_TERM_ONLY = OPENING.format(name="Brannock Tile Inc.", ticker="BRNK") + """CONDENSED CONSOLIDATED BALANCE SHEETS
(in millions)
                                                      December 31,      December 31,
                                                          2024              2023
Cash and cash equivalents                               $ 140.2           $ 122.9
Total assets                                            2,310.5           2,205.0
Notes payable, current                                     75.0              50.0
Long-term debt                                            610.0             655.0
Total liabilities                                       1,120.4           1,098.8
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("debt"), {"ktfc.txt": WITH_TOTAL, "brnk.txt": LONG_TERM_ONLY}) as eng:
        yield eng


@pytest.mark.parametrize("question, value", [
    ("Ketterly total debt", 1_204.6e6),
    ("Ketterly total borrowings at December 31, 2024", 1_204.6e6),
    ("Brannock total debt", None),  # only the long-term part printed: never answered as the whole
    ("Brannock long-term debt December 31, 2024", 610.0e6),
    ("Brannock debt", 610.0e6),
])
def test_total_debt_is_its_own_figure(store, question, value):
    a = ask(store, question)
    if value is None:
        assert a.value is None and "total debt" in a.text, a.text
    else:
        assert a.status == "answered" and a.value == pytest.approx(value), a.text


def _prose(sentence: str) -> list[tuple[str, str, float]]:
    text = OPENING.format(name="Harlow Widgets Inc.", ticker="HWDG") + sentence + "\n"
    doc = parse_text("hwdg.txt", text, "text")
    f = prepare(doc, "", doc.name).facts
    return [(f["metric"][i], f["label"][i], f["value"][i]) for i in range(len(f["metric"]))]


@pytest.mark.parametrize("sentence, label, value", [
    ("As a result of the exchange, the Company reduced its long-term debt by approximately $37 million.",
     "long-term debt (change)", -37e6),
    ("We reduced our long-term debt by $30 million during the year.", "long-term debt (change)", -30e6),
    ("The Company increased its revenue by $12 million in the quarter.", "revenue (change)", 12e6),
    # an item's effect on a figure (the item the subject): a part of it, "approximately" or not
    ("The exchange reduced long-term debt by approximately $37 million.", "long-term debt (included)", 37e6),
    ("The impairment charge reduced our net income by $5 million.", "net income (included)", 5e6),
])
def test_a_change_by_an_amount_is_never_the_level(sentence, label, value):
    rows = _prose(sentence)
    assert ("other", label, value) in rows, rows
    assert not any(v == abs(value) and "(" not in lab for _, lab, v in rows), rows


# -- a stored percentage is said with its own decimals ----------------------------------------------------------------
RATIOS = OPENING.format(name="Pellham Valley Bancorp", ticker="PVBC") + """Net interest income was $5.4 million for the
fourth quarter of 2024. For the year ended December 31, 2024, return on average assets was 0.53%. The efficiency
ratio was 74.95% for the year ended December 31, 2024.
"""


@pytest.mark.parametrize("question, said", [("Pellham Valley return on average assets 2024", "0.53%"),
                                            ("Pellham Valley efficiency ratio 2024", "74.95%")])
def test_a_printed_percentage_is_said_as_printed(tmp_path, question, said):
    """'0.53%' was said '0.5%' and '74.95%' '75%' (one decimal, as a computed change is): the value was right, the
    sentence misquoted the release."""
    with engine_over(tmp_path, {"pvbc.txt": RATIOS}) as eng:
        a = ask(eng, question)
        assert a.status == "answered" and f": {said}" in a.text, a.text
