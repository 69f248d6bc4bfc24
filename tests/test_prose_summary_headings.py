"""A heading over the release's summary that names no period ("Financial Highlights") goes on with the period of
the release's own section above it, for the bullets below it; any other heading ends it (invented releases)."""
from parsers.document import parse_text

_Q3 = ("Lakemont Tile Corp. Reports Third Quarter 2023 Results\n\nDENVER, Nov. 2, 2023 -- Lakemont Tile Corp. "
       "(NYSE: LKTC) today reported results for the third quarter ended September 30, 2023.\n\n"
       "Revenue for the third quarter of 2023 was $40.0 million.\n\n")
_Q4 = ("Lakemont Tile Corp. Reports Fourth Quarter and Full Year 2023 Results\n\nDENVER, Feb. 8, 2024 -- Lakemont Tile "
       "Corp. (NYSE: LKTC) today reported results for the fourth quarter and year ended December 31, 2023.\n\n"
       "Revenue for the fourth quarter of 2023 was $40.0 million.\n\n")
_BULLETS = ("* Adjusted EBITDA was $5.7 million, up 32% YoY, supported by cost management.\n"
            "* Net income was $2.1 million.\n")


def _read(text: str) -> dict[str, tuple[float, str]]:
    doc = parse_text("r.txt", text)
    return {f.label: (f.value, f.period.label(doc.fye_month, doc.fy_offset)) for f in doc.figures
            if f.source == "narrative" and f.period is not None}


def test_bullets_under_a_summary_heading_take_the_releases_quarter() -> None:
    for heading in ("Financial Highlights", "Key Results", "Highlights", "*Select* *financial* *highlights*"):
        got = _read(_Q3 + heading + "\n\n" + _BULLETS)
        assert got.get("Adjusted EBITDA (adjusted)") == (5_700_000.0, "Q3 2023"), (heading, got)
        assert got.get("Net income") == (2_100_000.0, "Q3 2023"), (heading, got)
    got = _read(_Q3 + "Financial Highlights\n\nLakemont had another quarter of steady work.\n\n" + _BULLETS)
    assert got.get("Net income") == (2_100_000.0, "Q3 2023"), got


def test_a_heading_of_another_kind_dates_no_bullet() -> None:
    """Near miss: "Segment Highlights", "Outlook Highlights": the section may be a business's or a time to come."""
    for heading in ("Segment Highlights", "Outlook Highlights", "Tile Division Results"):
        got = _read(_Q3 + heading + "\n\n" + _BULLETS)
        assert "Net income" not in got and "Adjusted EBITDA (adjusted)" not in got, (heading, got)


def test_a_title_of_a_quarter_and_its_year_dates_no_bullet_below_a_summary_heading() -> None:
    """Near miss: under "Fourth Quarter and Full Year 2023 Results", an undated bullet may be of either."""
    got = _read(_Q4 + "Financial Highlights\n\n" + _BULLETS)
    assert "Net income" not in got and "Adjusted EBITDA (adjusted)" not in got, got


def test_a_plain_paragraph_below_a_summary_heading_is_not_dated_by_it() -> None:
    """Near miss: a plain paragraph names its own span ("Since June 30, 2023, ... reduced total debt by")."""
    got = _read(_Q3 + "Financial Highlights\n\nSince June 30, 2023, the Company has reduced total debt, including "
                "long-term loans, by $25.9 million.\n")
    assert set(got) == {"Revenue"}, got


def test_a_kind_of_income_the_vocabulary_lacks_is_no_business_of_the_release() -> None:
    """Near miss: "* Total investment income of $61.4 million" below the summary heading is neither the company's net
    income nor the income of a business named "investment": unread; "Widgets income" is that business's."""
    got = _read(_Q3 + "Financial Highlights\n\n* Total investment income of $61.4 million, compared with $64.9 million "
                "for the prior quarter.\n* Net income was $2.1 million.\n")
    assert 61_400_000.0 not in {v for v, _ in got.values()} and got.get("Net income") == (2_100_000.0, "Q3 2023"), got
    doc = parse_text("r.txt", _Q3 + "Financial Highlights\n\n* Widgets income of $5.0 million.\n")
    assert [(f.label, f.product) for f in doc.figures if f.source == "narrative" and f.value == 5_000_000.0] \
        == [("income", "Widgets")]
