"""A heading naming a business line and no period ("Tile Works Business", "Ceramics") goes on with the release's own
period that the section heading above it named; a figure below naming no subject of its own stays out of the
company's totals (invented releases)."""
from parsers.document import parse_text

_HEAD = ("Lakemont Tile Corp. Reports Third Quarter 2023 Results\n\nDENVER, Nov. 2, 2023 -- Lakemont Tile Corp. "
         "(NYSE: LKTC) today reported results for the third quarter ended September 30, 2023.\n\n")
_HEAD_Q4 = ("Lakemont Tile Corp. Reports Fourth Quarter and Full Year 2023 Results\n\nDENVER, Feb. 8, 2024 -- Lakemont "
            "Tile Corp. (NYSE: LKTC) today reported results for the fourth quarter and year ended December 31, 2023.\n\n")
_Q3 = "Third Quarter 2023 Results\n\nRevenue for the third quarter of 2023 was $900.0 million.\n\n"
_Q4_AND_YEAR = "Fourth Quarter and Full Year 2023 Results\n\nRevenue for the fourth quarter of 2023 was $900.0 million.\n\n"
_PRODUCT = "Ceramic and stone revenues decreased 24 percent to $261 million, driven by lower demand.\n"
_BARE = "Revenues decreased 24 percent to $261 million, driven by lower demand.\n"


def _read(text: str, head: str = _HEAD) -> list[tuple[str, float, str, str]]:
    doc = parse_text("r.txt", head + text)
    return [(f.label, f.value, f.period.label(doc.fye_month, doc.fy_offset), f.product) for f in doc.figures
            if f.source == "narrative" and f.period is not None and f.value == 261_000_000.0]


def test_a_business_lines_paragraph_takes_the_sections_quarter() -> None:
    for headings in ("**Tile Works Business**\n\n", "Tile Works Business\n\nCeramics\n\n", "Stone Segment\n\n"):
        got = _read(_Q3 + headings + _PRODUCT)
        assert got == [("revenues", 261_000_000.0, "Q3 2023", "Ceramic and stone")], (headings, got)


def test_a_figure_naming_no_subject_under_a_business_heading_is_not_the_companys() -> None:
    """Near miss: "Revenues decreased ... to $261 million" under "Tile Works Business" is that business's."""
    got = _read(_Q3 + "**Tile Works Business**\n\n" + _BARE)
    assert all(product for *_, product in got), got
    got = _read(_Q3 + "**Tile Works Business**\n\nOperating results were mixed.\n\n" + _BARE)
    assert all(product for *_, product in got), got


def test_other_headings_end_the_sections_period() -> None:
    """Near miss: a heading of a time after the period, of a section of the release, or under a title of a quarter
    and its year dates nothing below it."""
    for text in (_Q3 + "Subsequent Events\n\n" + _PRODUCT, _Q3 + "Business Update\n\n" + _PRODUCT,
                 _Q3 + "Recent Developments\n\n" + _PRODUCT):
        assert _read(text) == [], text
    assert _read(_Q4_AND_YEAR + "**Tile Works Business**\n\n" + _PRODUCT, _HEAD_Q4) == []
    assert _read("Fourth Quarter 2023 Results\n\n**Tile Works Business**\n\n" + _PRODUCT, _HEAD_Q4) \
        == [("revenues", 261_000_000.0, "Q4 2023", "Ceramic and stone")]
