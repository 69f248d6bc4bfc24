"""A place set apart from a figure (issue 19): "Revenue from outside North America was $12.0 million" is of
everywhere but North America. It was stored as North America's revenue (a wrong figure); now it is left unread,
as a figure whose place the words do not name. The words that set a place apart are the vocabulary's
(knowledge/vocabulary.toml place_exclusions)."""
from __future__ import annotations

from parsers.document import parse_text

HEAD = """CALDERWOOD OPTICS REPORTS FOURTH QUARTER 2024 RESULTS

TACOMA, Wash., February 12, 2025 -- Calderwood Optics Corp. (Nasdaq: CWOP) today reported results for the
quarter and year ended December 31, 2024.

Revenue for the fourth quarter of 2024 was $61.7 million, compared with $55.0 million in the fourth quarter of 2023.

"""


def _placed(body: str) -> list[tuple]:
    doc = parse_text("a.txt", HEAD + body)
    return [(f.label, f.value, f.segment) for f in doc.figures
            if f.source == "narrative" and f.value not in (61_700_000, 55_000_000)]


def test_a_figure_of_everywhere_but_a_place_is_no_figure_of_that_place():
    for body in ("Revenue from outside North America was $14.2 million in the fourth quarter of 2024.\n",
                 "Revenue from customers outside of Europe was $14.2 million in the fourth quarter of 2024.\n",
                 "Revenue from regions other than Europe was $14.2 million in the fourth quarter of 2024.\n"):
        got = _placed(body)
        assert not [g for g in got if g[1] == 14_200_000 and ("North America" in g[2] or "Europe" in g[2]
                                                              or not g[2])], (body, got)


def test_near_miss_a_place_named_plainly_is_the_figures_place():
    assert _placed("Revenue in North America was $14.2 million in the fourth quarter of 2024.\n") == [
        ("Revenue", 14_200_000, "North America")]
    assert _placed("Revenue from Europe was $9.3 million in the fourth quarter of 2024.\n") == [
        ("Revenue", 9_300_000, "Europe")]
