"""A heading naming the residual segment ("Corporate and Other") is a business line where its bullets say "this
segment": their figures are that segment's, never the company's nor unread (invented releases)."""
from parsers.document import parse_text

_HEAD = ("Lakemont Tile Corp. Reports Third Quarter 2023 Results\n\nDENVER, Nov. 2, 2023 -- Lakemont Tile Corp. "
         "(NYSE: LKTC) today reported results for the third quarter ended September 30, 2023.\n\n"
         "Revenue for the third quarter of 2023 was $90.0 million.\n\n")
_BULLETS = ("* This segment holds the Company's smaller businesses.\n"
            "* Revenues for this segment totaled $2.8 million for the quarter ended September 30, 2023, an increase of "
            "$0.6 million versus the prior year's third quarter.\n")


def _read(text: str) -> list[tuple[str, float, str]]:
    doc = parse_text("r.txt", _HEAD + text)
    return [(f.label, f.value, f.segment) for f in doc.figures if f.source == "narrative" and f.value == 2_800_000.0]


def test_this_segment_under_a_residual_heading_is_that_segment() -> None:
    for heading in ("Corporate and Other", "Corporate & Other", "All Other"):
        assert _read(heading + "\n\n" + _BULLETS) == [("Revenues", 2_800_000.0, heading)], heading


def test_this_segment_under_a_heading_of_the_release_stays_unread() -> None:
    """Near miss: "Other Highlights", "Corporate Developments" name sections of the release, not a segment."""
    for heading in ("Other Highlights", "Corporate Developments", "Other Matters"):
        assert _read(heading + "\n\n" + _BULLETS) == [], heading
