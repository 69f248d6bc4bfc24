"""A sign word alone on a line of a fixed-width statement ("Less", "Add back") is the sign of the rows below, as
"Less:" is, never the first word of the next row's label: joined, "Less Net income attributable to <owner>" named no
metric, and the consolidated net income above it was taken for the owners' net income (a wrong figure)."""
from parsers.document import parse_text
from knowledge.fact_rows import prepare

HEAD = """Harlow Widgets Inc. Reports Third Quarter 2025 Results

BOSTON, Oct. 30, 2025 -- Harlow Widgets Inc. (NASDAQ: HWDG) today reported results for the third quarter ended \
September 30, 2025.

"""
INCOME = HEAD + """CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(unaudited)
                                                   Three Months Ended September 30,
                                                          2025               2024
Revenues                                              $ 47,316           $ 40,992
Cost of goods sold                                     (20,929)           (18,589)
Net income (loss) before tax                              615             (1,431)
Provision for income taxes                                201               1,864
Net income (loss)                                     $   414           $ (3,295)
{sign}
Net income (loss) attributable to Harlow               $   566           $ (3,404)
Net income (loss) attributable to noncontrolling interest  (152)            109
"""
BALANCE = HEAD + """CONDENSED CONSOLIDATED BALANCE SHEETS
(in thousands)
                                                      September 30,      December 31,
                                                          2025               2024
Cash and cash equivalents                             $ 47,316           $ 40,992
Property and equipment                                  20,929             18,589
Less
accumulated depreciation                                (5,615)             (4,431)
Total assets                                          $ 62,630           $ 55,150
"""


def _rows(text: str) -> list[tuple[str, str, float]]:
    doc = parse_text("harlow.txt", text, "text")
    f = prepare(doc, "", doc.name).facts
    return [(f["metric"][i], f["label"][i], f["value"][i]) for i in range(len(f["metric"]))]


def test_a_sign_word_alone_heads_the_owners_row_it_does_not_join_it():
    for sign in ("Less", "Add back", "Less:"):
        rows = _rows(INCOME.format(sign=sign))
        assert ("net_income", "Net income (loss) attributable to Harlow", 566.0) in rows, sign
        assert ("consolidated_net_income", "Net income (loss)", 414.0) in rows, sign
        assert not any(m == "net_income" and v == 414.0 for m, _, v in rows), sign


def test_a_sign_word_over_a_lower_case_line_is_the_first_word_of_its_label():
    rows = _rows(BALANCE)
    assert ("other", "Less accumulated depreciation", -5615000.0) in rows
