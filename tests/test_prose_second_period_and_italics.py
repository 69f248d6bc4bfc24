"""A second amount of the same figure, of another period (issue 19): "We deployed $16 billion of capital in the fourth
quarter of 2024, and $48 billion during the year" — the first amount's own object ("of capital") may stand between it
and its period; "during the year" / "in the year" is the release's own year (as "for the year"), only in a release of
the year or of its last quarter (in a second quarter's release: to date? the year to come? left unread). A Markdown
copy's italics ("*We raised* *$29 billion* *in the* *fourth quarter*") are read as the words they mark; a bullet's star
or a note's mark ("EBITDA*") is no italics. Every company and figure here is invented."""
from __future__ import annotations

from datetime import date

from parsers.document import parse_text
from parsers.periods import Period

TABLE = """
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                                                                Three Months Ended
                                                                   {month} 30,
                                                                  2024        2023
Interest income                                                 $ 12,000    $ 11,000
Operating expenses                                                 4,100       3,900
Net income                                                         7,900       7,100
Diluted earnings per share                                          0.52        0.47
"""


def _head(quarter: str, end: str, released: str) -> str:
    return (f"Quillmont Capital Corp. Reports {quarter} Quarter 2024 Results\n\n"
            f"AUSTIN, Texas, {released} -- Quillmont Capital Corp. (NYSE: QLMT) today reported results for the "
            f"{quarter.lower()} quarter ended {end}.\n\n")


Q4_SENTENCES = [
    "*We raised* *$2.9 billion* *in the* *fourth quarter* *of 2024 and* *$13.7 billion* during the year.",
    "*We deployed* *$1.6* *billion of capital in the* *fourth quarter* *of 2024, and* *$4.8* billion during the year.",
    "We monetized approximately $0.9 billion of capital in the quarter, and $3.1 billion in the year.",
    # lookalikes, left as they were
    "Revenue in the year-ago quarter was $11.0 million.",  # the year-ago quarter, never the year
    "Net income was $27.5 million in the year ended December 31, 2023.",  # the year it names
    "We originated $350 million of loans in the fourth quarter of 2024, and $1.2 billion since inception.",  # undated
    # the first amount's object ("of loans") is never the term of the next amount ("$120 million remains unfunded")
    "During the fourth quarter of 2024, we originated $410 million of loans, and $120 million remains unfunded.",
    "* Repurchased $25.0 million of its common stock*",  # a bullet's star, then a note's: no italics
]
Q4 = _head("Fourth", "December 31, 2024", "February 11, 2025") + "\n\n".join(Q4_SENTENCES) + "\n" + TABLE.format(month="December").replace(" 30,", " 31,")
Q2 = _head("Second", "June 30, 2024", "August 6, 2024") + (
    "We raised $2.9 billion in the second quarter of 2024 and $5.0 billion during the year.\n\n"
    "We deployed $1.6 billion of capital in the second quarter of 2024, and $4.8 billion in the year.\n"
) + TABLE.format(month="June")
Q4_24, FY24, FY23, Q4_23 = Period(date(2024, 12, 31), 3), Period(date(2024, 12, 31), 12), Period(date(2023, 12, 31), 12), \
    Period(date(2023, 12, 31), 3)
Q2_24 = Period(date(2024, 6, 30), 3)


def _read(name: str, text: str) -> list[tuple[str, float, Period | None]]:
    doc = parse_text(name, text)
    return sorted(((f.label, round(f.value, 1), f.period) for f in doc.figures if f.source == "narrative"),
                  key=lambda r: (r[0], r[1]))


def test_the_second_amount_of_a_flow_takes_its_own_period_after_the_first_amounts_object() -> None:
    read = _read("quillmont_q4_2024.txt", Q4)
    assert ("capital raised", 2_900_000_000, Q4_24) in read and ("capital raised", 13_700_000_000, FY24) in read
    assert ("capital deployed", 1_600_000_000, Q4_24) in read and ("capital deployed", 4_800_000_000, FY24) in read
    assert ("capital monetized", 900_000_000, Q4_24) in read and ("capital monetized", 3_100_000_000, FY24) in read


def test_lookalikes_keep_their_own_period_or_stay_unread() -> None:
    read = _read("quillmont_q4_2024.txt", Q4)
    assert ("Revenue", 11_000_000, Q4_23) in read  # "in the year-ago quarter": never the year
    assert ("Net income", 27_500_000, FY23) in read
    assert not [r for r in read if r[1] == 1_200_000_000]  # "since inception": a span not dated
    assert [r for r in read if r[1] == 350_000_000] == [("originations", 350_000_000, Q4_24)]
    assert [r for r in read if r[1] in (410_000_000, 120_000_000)] == [("originations", 410_000_000, Q4_24)]


def test_during_the_year_of_a_release_before_the_years_last_quarter_is_left_unread() -> None:
    read = _read("quillmont_q2_2024.txt", Q2)
    assert ("capital raised", 2_900_000_000, Q2_24) in read and ("capital deployed", 1_600_000_000, Q2_24) in read
    assert not [r for r in read if r[1] in (5_000_000_000, 4_800_000_000)]


def test_check_counts_an_amount_parted_from_its_scale_by_emphasis_as_read() -> None:
    """check finds the amounts without the parser: "*$1.6* *billion" is $1.6 billion (the stars part the number from
    its scale word, never a $1.60 amount left unread)."""
    from knowledge.check_prose import score_prose
    score = score_prose(parse_text("quillmont_q4_2024.txt", Q4))
    assert not [said for said in score.unread if "$1.6" in said or "$4.8" in said or "$2.9" in said]
    assert not [said for said in score.unread if "$13.7" in said]


OTHER_YEARS = [
    # an outlook's "during the year" / "in the year": the year to come, never the year just ended
    "For fiscal 2025, the Company expects revenue of approximately $3.4 billion and capital expenditures of "
    "approximately $730 million during the year.",
    "During the year, we expect capital expenditures of $710 million.",
    "In the year ahead, we expect to generate free cash flow of approximately $505 million.",
    "For 2025, we anticipate free cash flow of $485 million in the year following our terminal expansion.",
    # "the year" after another year named: that year, never the release's
    "Net income was $45 million in the fourth quarter of 2023 and $165 million in the year.",
    "In 2023, we generated operating cash flow of $285 million in the fourth quarter and $1.05 billion in the year.",
    "Last year, net income was $46 million in the fourth quarter and $161 million during the year.",
    # "in the year-over-year comparison": no period at all (the release's own quarter, never its year)
    "Revenue increased 12% in the year-over-year comparison to $812 million.",
    # near miss: the release's own year named before it
    "We deployed $1.7 billion of capital in the fourth quarter of 2024, and $4.9 billion during the year.",
    # a year before's subject, a measure of a term: never the term's own figure of the release's period
    "Furthermore, the prior year's contracted backlog was $1.15 billion.",
    "In addition, last year's terminal throughput revenue was $96 million.",
    "The average cost of deposits was $2.3 million for the quarter.",
    # near misses: a year before's quarter, a compared amount
    "Backlog was $1.4 billion, up from last year's $1.25 billion.",
]
OTHER_YEARS_Q4 = _head("Fourth", "December 31, 2024", "February 11, 2025") + "\n\n".join(OTHER_YEARS) + "\n"


def test_the_year_of_an_outlook_or_after_another_year_is_never_the_year_just_ended() -> None:
    read = _read("quillmont_q4_2024.txt", OTHER_YEARS_Q4)
    for value in (730_000_000, 710_000_000, 505_000_000, 485_000_000, 165_000_000, 1_050_000_000, 161_000_000,
                  285_000_000, 46_000_000):
        assert not [r for r in read if r[1] == value and r[2] in (FY24, Q4_24)], value
    assert ("operating cash flow", 285_000_000, Q4_23) in read  # "In 2023, ... in the fourth quarter": 2023's
    assert ("Revenue", 812_000_000, Q4_24) in read  # "year-over-year": no year
    assert ("capital deployed", 1_700_000_000, Q4_24) in read and ("capital deployed", 4_900_000_000, FY24) in read
    assert not [r for r in read if r[1] in (1_150_000_000, 96_000_000, 2_300_000)]
    assert ("Backlog", 1_400_000_000, Q4_24) in read and ("Backlog", 1_250_000_000, Q4_23) in read


def test_in_the_year_of_a_second_quarters_release_is_never_its_quarter() -> None:
    read = _read("quillmont_q2_2024.txt", _head("Second", "June 30, 2024", "August 6, 2024")
                 + "In the year, net income was $80 million.\n\nDuring the year, operating cash flow was $520 million.\n")
    assert not [r for r in read if r[1] in (80_000_000, 520_000_000)]


_Q2_HEAD = ("Quarry Hill Mills, Inc. Reports Second Quarter 2024 Results\n\nPORTLAND, Ore., Aug. 6, 2024 -- Quarry Hill Mills, "
            "Inc. (NASDAQ: QHML) today reported results for the second quarter ended June 30, 2024.\n\n")


def test_a_past_year_named_alone_in_a_quarters_release_dates_no_figure() -> None:
    """"In 2023, revenue was $180.0 million." in a second quarter's release: the year's figure, or its second quarter's?
    A bare year is the release's span where it sets one figure against another; alone, it was stored as Q2 2023 revenue
    of $180.0 million — a wrong figure if the year's. Left unread; the comparison keeps its reading."""
    alone = parse_text("q.txt", _Q2_HEAD + "In 2023, revenue was $180.0 million.\n")
    assert [f for f in alone.figures if f.source == "narrative"] == []
    compared = parse_text("q.txt", _Q2_HEAD + "Revenue was $50.0 million for the second quarter of 2024, compared to $45.0 "
                          "million in 2023.\n")
    got = {(f.period.end.isoformat(), f.period.months): f.value for f in compared.figures if f.source == "narrative"}
    assert got == {("2024-06-30", 3): 50e6, ("2023-06-30", 3): 45e6}
