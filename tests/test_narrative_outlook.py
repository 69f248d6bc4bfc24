"""An outlook's range in prose (issue 19): "expects revenue in the range of $3.47 billion to $3.52 billion for the
full year 2020" is read as its two ends, each qualified as guidance (low, high), of the period the sentence names
— a period after the release's own. A range that is no outlook ("$3.0 million to $4.0 million"), an earlier
range ("from its previous range of"), one a result is set against ("above the guidance range of") or one whose
period the sentence does not name is not read. Invented companies and figures."""
from __future__ import annotations

from parsers.document import parse_text
from parsers.tables import normalize_basis

HEAD = """QUILLFEATHER LABS REPORTS 2019 FOURTH QUARTER RESULTS

AUSTIN, Texas, February 6, 2020 -- Quillfeather Labs, Inc. (NASDAQ: QFLB) today reported results for the
quarter and year ended December 31, 2019.

"""


def _read(body: str) -> list[tuple]:
    doc = parse_text("a.txt", HEAD + body)
    return [(f.label, f.value, f.unit, f.period.label(doc.fye_month), f.qualifier, f.segment) for f in doc.figures
            if f.source == "narrative"]


def test_an_outlook_range_is_its_two_ends_as_guidance():
    got = _read("For the full year 2020, Quillfeather expects revenue in the range of $3.47 billion to $3.52 billion.\n\n"
                "The company expects full-year 2020 revenue between $186 million and $187 million, and first quarter "
                "2020 revenue between $52.7 million and $53.7 million.\n")
    assert got == [("revenue (guidance low)", 3.47e9, "USD", "FY 2020", "guidance low", ""),
                   ("revenue (guidance high)", 3.52e9, "USD", "FY 2020", "guidance high", ""),
                   ("revenue (guidance low)", 186e6, "USD", "FY 2020", "guidance low", ""),
                   ("revenue (guidance high)", 187e6, "USD", "FY 2020", "guidance high", ""),
                   ("revenue (guidance low)", 52.7e6, "USD", "Q1 2020", "guidance low", ""),
                   ("revenue (guidance high)", 53.7e6, "USD", "Q1 2020", "guidance high", "")]
    assert {normalize_basis(g[4]) for g in got} == {"guidance"}


def test_a_per_share_range_and_a_low_end_without_its_scale():
    got = _read("For the first quarter of 2020, the Company expects net earnings of $1.97 to $2.02 per diluted share.\n\n"
                "Quillfeather raised its guidance for full year 2020 FFO to a range of $2.94 to $3.00 per share, from "
                "its previous range of $2.90 to $2.98.\n\n"
                "For the full year 2020, Quillfeather expects Adjusted EBITDA of $2,900 to $3,050 million.\n")
    assert ("net earnings per diluted share (guidance low)", 1.97, "USD/share", "Q1 2020", "guidance low", "") in got
    assert ("net earnings per diluted share (guidance high)", 2.02, "USD/share", "Q1 2020", "guidance high", "") in got
    assert {(g[1], g[3]) for g in got if g[0].startswith("FFO")} == {(2.94, "FY 2020"), (3.00, "FY 2020")}
    assert {(g[1], g[4]) for g in got if "EBITDA" in g[0]} == {(2.9e9, "adjusted, guidance low"),
                                                               (3.05e9, "adjusted, guidance high")}
    assert not [g for g in got if g[1] in (2.90, 2.98, 2900)]


def test_a_non_gaap_outlook_keeps_its_basis_beside_the_gaap_one():
    got = _read("For the full year 2020, Quillfeather expects GAAP operating expenses of $1.3 billion to $1.4 billion "
                "and non-GAAP operating expenses of $1.1 billion to $1.2 billion.\n")
    assert {g[4] for g in got if g[1] in (1.1e9, 1.2e9)} == {"non-gaap, guidance low", "non-gaap, guidance high"}
    assert {g[4] for g in got if g[1] in (1.3e9, 1.4e9)} == {"guidance low", "guidance high"}


def test_ranges_that_are_no_outlook_of_a_named_period_to_come_are_not_read():
    got = _read("Revenue was $3.0 million to $4.0 million in each quarter of 2019.\n\n"
                "Quillfeather expects revenue of $5 million to $6 million.\n\n"
                "Fourth quarter 2019 profit was $2.4 million, above the guidance range of $1.9 million to $2.1 million "
                "for the fourth quarter of 2019.\n\n"
                "For the fourth quarter of 2019, the company expected revenue of $7.0 million to $7.5 million.\n\n"
                "The company expects to end fiscal 2020 with cash and investments of $150 million to $175 million.\n\n"
                "Quillfeather expects full year 2020 revenue of $90 million to $80 million.\n")
    assert not [g for g in got if "guidance" in g[4]], got
    assert not [g for g in got if g[1] in (3e6, 4e6, 5e6, 6e6, 1.9e6, 2.1e6, 7e6, 7.5e6, 150e6, 175e6, 90e6, 80e6)]


def test_a_company_that_expects_is_no_line_of_business():
    got = _read("For the full year 2020, Quillfeather expects revenue of $3.47 billion to $3.52 billion.\n")
    assert {g[5] for g in got} == {""}
