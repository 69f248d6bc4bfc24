"""A negative amount printed in parentheses with its scale word after the closing one ("a net loss of ($0.8)
million", "$(0.8) million"): the prose check counts it at its scale, so the agreement allows the rounding the
sentence prints (not a disagreement with the statement's (829)) and the amount counts as read when the reader
took it ("$(0.8) million", which the prose score never counted, lends the agreement its rounding too). A ")" that closes nothing the amount opened lends it no scale."""
from knowledge.check_prose import agreement, amounts, score_prose
from parsers.document import parse_text

_RELEASE = """# Quillfeather Outdoor Gear Reports Fiscal Fourth Quarter 2024 Results

TACOMA, Wash., Jan. 9, 2025 (GLOBE NEWSWIRE) — Quillfeather Outdoor Gear Inc. (Nasdaq: QFOG) today reported results
for its fiscal fourth quarter and full year ended October 31, 2024.

**Net income** for Q4 2024 was $4.3 million, compared to a net loss of ($0.6) million for Q4 2023, a $4.9 million improvement.

**Net income** for FY 2024 was $7.1 million, compared to a net loss of $(3.4) million for FY 2023.

| QUILLFEATHER OUTDOOR GEAR INC. Condensed Consolidated Statements of Operations (Amounts in thousands) | | | | |
| --- | --- | --- | --- | --- |
|  | Three Months Ended October 31, | | Twelve Months Ended October 31, | |
|  | 2024 | 2023 | 2024 | 2023 |
| Net revenue | 31,204 | 22,918 | 101,377 | 88,540 |
| Operating expenses | 26,811 | 23,377 | 93,902 | 91,818 |
| NET INCOME (LOSS) | 4,318 | (642) | 7,081 | (3,377) |
"""


def test_the_scale_after_a_closing_parenthesis_belongs_to_the_amount_it_opened():
    assert amounts("a net loss of ($0.6) million for Q4 2023") == [("$0.6", 600_000, 100_000)]
    # "$(3.4) million": read with its rounding for the agreement; the prose score counts what it always counted
    assert amounts("a net loss of $(3.4) million for FY 2023", opened=True) == [("$(3.4", 3_400_000, 100_000)]
    assert amounts("a net loss of $(3.4) million for FY 2023") == []
    # near misses: the ")" closes a parenthesis the amount did not open, or no scale follows it
    assert amounts("earnings of $0.41 (or $0.40) million") == [("$0.41", 0.41, 0.01), ("$0.40", 0.40, 0.01)]
    assert amounts("(or $0.41 per share) million") == [("$0.41", 0.41, 0.01)]
    assert amounts("a loss of ($5) for the period") == [("$5", 5.0, 1.0)]


def test_a_parenthesized_loss_within_its_rounding_agrees_with_the_statement_and_counts_as_read():
    doc = parse_text("quillfeather_fy2024q4.md", _RELEASE)
    disagreements, _ = agreement(doc)
    assert disagreements == [], disagreements  # ($0.6) million is (642) rounded; $(3.4) million is (3,377)
    score = score_prose(doc)
    assert not [u for u in score.unread if "0.6" in u or "3.4" in u], score.unread


def test_a_parenthesized_loss_beyond_its_rounding_still_disagrees():
    doc = parse_text("quillfeather_fy2024q4.md", _RELEASE.replace("| NET INCOME (LOSS) | 4,318 | (642) |",
                                                                  "| NET INCOME (LOSS) | 4,318 | (742) |"))
    disagreements, _ = agreement(doc)
    assert [d for d in disagreements if "-600,000.00" in d], disagreements
