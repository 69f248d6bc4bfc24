"""Ratios and margins of the vocabulary stated in prose as levels (issue 19): "Net interest margin was 3.41%,
compared with 3.28% in the fourth quarter of 2023", "The combined ratio was 93.4%", "gross margin improved 120
basis points to 33 percent"; and the changes that are metrics of their own ("Comparable sales increased 3.2%",
"Same-store net operating income increased 4.6%"). A change of a ratio is no level of it, a business's ratio
is not the company's, and a comparison is dated only when the sentence dates it. Invented companies and figures."""
from __future__ import annotations

from knowledge.vocabulary import canonical_metric
from parsers.document import parse_text
from parsers.tables import normalize_basis, plain_label

HEAD = """HARBORSTONE BANCORP REPORTS 2019 FOURTH QUARTER RESULTS

CLEVELAND, Ohio, January 28, 2020 -- Harborstone Bancorp, Inc. (NASDAQ: HBSB) today reported results for
the quarter and year ended December 31, 2019.

Fourth Quarter 2019 Highlights

"""


def _read(body: str) -> set[tuple]:
    doc = parse_text("a.txt", HEAD + body)
    return {(_metric(f), f.value, f.period.label(doc.fye_month), f.qualifier) for f in doc.figures if f.source == "narrative"}


def _metric(f) -> str:
    """The metric the store files a figure under (knowledge/store.py prepare)."""
    basis = normalize_basis(f.qualifier)
    label = plain_label(f.label) if basis != "part" else f.label
    return canonical_metric(label, f.section, "USD" if basis == "change" and f.unit == "percent" else f.unit)


def test_ratio_levels_and_their_dated_comparisons():
    got = _read("- Net interest margin was 3.41%, compared with 3.28% in the fourth quarter of 2018.\n"
                "- The combined ratio was 93.4%, compared with 95.1% in the third quarter of 2019.\n"
                "- The efficiency ratio improved to 56.91% from 60.84% a year ago.\n"
                "- Occupancy was 95.2% at December 31, 2019.\n")
    assert got == {("net_interest_margin", 3.41, "Q4 2019", ""), ("net_interest_margin", 3.28, "Q4 2018", ""),
                   ("combined_ratio", 93.4, "Q4 2019", ""), ("combined_ratio", 95.1, "Q3 2019", ""),
                   ("efficiency_ratio", 56.91, "Q4 2019", ""), ("efficiency_ratio", 60.84, "Q4 2018", ""),
                   ("occupancy", 95.2, "2019-12-31", "")}


def test_a_margin_level_keeps_its_basis_and_a_change_of_it_is_no_level():
    got = _read("- Gross margin improved 120 basis points to 33 percent.\n"
                "- Non-GAAP operating margin was 27.5% for the fourth quarter of 2019.\n"
                "- The efficiency ratio increased 2%.\n")
    assert ("gross_margin_pct", 33.0, "Q4 2019", "") in got
    assert ("other", 27.5, "Q4 2019", "non-gaap") in got  # a non-GAAP margin, never filed as the GAAP metric
    assert not [g for g in got if g[1] in (120.0, 2.0) and g[3] != "stated-change"]


def test_a_ratio_of_a_business_or_a_place_or_undated_comparison_is_not_read():
    got = _read("- Data Center gross margin was 75%.\n- Gross margin in Europe was 41.0%.\n"
                "- Net interest margin was 3.41%, compared with 3.28%.\n")
    assert got == {("net_interest_margin", 3.41, "Q4 2019", "")}


def test_changes_that_are_metrics_of_their_own():
    got = _read("- Same-store net operating income increased 4.6%.\n- Comparable sales increased 3.2%.\n"
                "- Same-property NOI grew 2.0%.\n")
    assert got == {("same_store_noi", 4.6, "Q4 2019", ""), ("comparable_sales", 3.2, "Q4 2019", ""),
                   ("same_store_noi", 2.0, "Q4 2019", "")}


def test_a_places_bullet_keeps_its_ratio_and_its_change_out_of_the_company():
    got = _read("* U.S. net sales increased 3% over prior year driven by innovation. Operating margin of 23.1% increased "
                "approximately 525 basis points over prior year.\n"
                "* Concentrate case sales to a distributor decreased 53% in the quarter.\n"
                "* Operating margin of 13.1% increased approximately 525 basis points over prior year.\n"
                "* Net sales increased 4.5% compared to the prior year.\n")
    assert got == {("operating_margin_pct", 13.1, "Q4 2019", ""), ("revenue", 4.5, "Q4 2019", "stated-change")}
