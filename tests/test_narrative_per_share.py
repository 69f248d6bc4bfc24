"""Per-share amounts of prose that are not earnings per share, and the ways a share is named (issue 19):
FFO and AFFO per share, book value per share, dividends declared per share; "per ordinary share", "per
Class A common share", "($0.42 / share)". Each is read as its own metric, never as EPS; a dividend only
with the period its own clause names (the one declared with a release is most often the next quarter's).
Invented companies and figures."""
from __future__ import annotations

from knowledge.vocabulary import canonical_metric
from parsers.document import parse_text
from parsers.tables import normalize_basis, plain_label

HEAD = """PELLUCID TRUST REPORTS 2019 FOURTH QUARTER RESULTS

DENVER, Colorado, February 6, 2020 -- Pellucid Trust, Inc. (NYSE: PLCD) today reported results for the
quarter and year ended December 31, 2019.

"""


def _read(body: str) -> list[tuple]:
    """(metric, value, period, qualifier, segment) of every prose figure."""
    doc = parse_text("a.txt", HEAD + body)
    return [(_metric(f), f.value, f.period.label(doc.fye_month), f.qualifier, f.segment)
            for f in doc.figures if f.source == "narrative"]


def _metric(f) -> str:
    """The metric the store files a figure under (knowledge/store.py prepare)."""
    label = plain_label(f.label) if normalize_basis(f.qualifier) != "part" else f.label
    return canonical_metric(label, f.section, f.unit)


def test_ffo_and_affo_per_share_are_read_as_their_metrics():
    got = _read("FFO per diluted share was $1.05 for the fourth quarter of 2019, compared to $0.99 in the fourth "
                "quarter of 2018.\n\nAFFO per share for the twelve months ended December 31, 2019 increased 4.6% to "
                "$4.14, compared to AFFO per share of $3.95 for the comparable period in 2018.\n")
    assert ("ffo_per_share", 1.05, "Q4 2019", "", "") in got
    assert ("ffo_per_share", 0.99, "Q4 2018", "", "") in got
    assert ("affo_per_share", 4.14, "FY 2019", "", "") in got
    assert ("affo_per_share", 3.95, "FY 2018", "", "") in got
    assert not [g for g in got if g[0].startswith("eps")]


def test_core_ffo_per_share_is_not_plain_ffo_and_a_spelled_out_name_keeps_its_share():
    got = _read("Core FFO per share for the three months ended December 31, 2019 increased 3.5% to $1.02, compared "
                "to Core FFO per share of $0.99 for the comparable period in 2018.\n\n"
                "* Adjusted Funds from Operations (\"AFFO\") per share increased 4.7% to $1.04 in the fourth quarter "
                "of 2019.\n")
    assert {(m, v, p, q) for m, v, p, q, _ in got} == {("ffo_per_share", 1.02, "Q4 2019", "core"),
                                                       ("ffo_per_share", 0.99, "Q4 2018", "core"),
                                                       ("affo_per_share", 1.04, "Q4 2019", "adjusted")}  # adjusted FFO
    # is AFFO, a measure of its own (vocabulary.toml affo), never plain FFO


def test_a_per_share_name_with_a_scaled_amount_is_no_figure():
    got = _read("FFO per share was $1.2 million higher in the fourth quarter of 2019.\n")
    assert not [g for g in got if g[1] == 1_200_000 and g[3] != "change"]


def test_book_value_per_share_and_its_change():
    got = _read("The company's book value per share was $30.80 at December 31, 2019, an increase of $1.76 per share "
                "from December 31, 2018.\n\nTangible book value per share increased $1.95 to $23.64 as of December "
                "31, 2019.\n")
    assert ("book_value_per_share", 30.80, "2019-12-31", "", "") in got
    assert ("tangible_book_value_per_share", 23.64, "2019-12-31", "", "") in got
    levels = {v for m, v, p, q, _ in got if q != "change"}
    assert 1.76 not in levels and 1.95 not in levels


def test_a_change_of_an_adjusted_figure_is_a_change_not_the_adjusted_figure():
    got = _read("Adjusted net income increased $1.9 million to $33.6 million in the fourth quarter of 2019.\n\n"
                "Adjusted book value per share increased $1.95 to $33.64 as of December 31, 2019.\n")
    assert {(v, q) for m, v, p, q, _ in got} == {(1_900_000, "change"), (33_600_000, "adjusted"), (1.95, "change"),
                                                 (33.64, "adjusted")}


def test_a_dividend_is_read_with_the_period_its_clause_names():
    got = _read("The Board of Directors declared a quarterly cash dividend of $0.60 per common share for the fourth "
                "quarter of 2019, compared with $0.58 per common share for the fourth quarter of 2018. Dividends "
                "declared for the year ended December 31, 2019 were $2.40 per common share.\n\n"
                "Dividends declared in 2019 totaled $2.54 per share.\n")
    assert ("dividends_per_share", 0.60, "Q4 2019", "", "") in got
    assert ("dividends_per_share", 0.58, "Q4 2018", "", "") in got
    assert ("dividends_per_share", 2.40, "FY 2019", "", "") in got
    assert ("dividends_per_share", 2.54, "FY 2019", "", "") in got
    assert not [g for g in got if g[0].startswith("eps")]


def test_a_dividend_without_its_period_or_of_another_kind_is_not_read():
    got = _read("The Board declared a quarterly dividend of $0.655 per share, payable March 31, 2020, an increase of "
                "3.1% from the previous quarterly dividend of $0.635 per share.\n\n"
                "In the fourth quarter, the Company declared monthly cash dividends of $0.253 per common share for "
                "each of October, November and December.\n\n"
                "Pellucid will pay its next quarterly cash dividend of $0.04 per share on March 27, 2020.\n\n"
                "The annualized dividend for the fourth quarter of 2019 was $3.036 per common share.\n\n"
                "The company paid $244 million of cash dividends in the fourth quarter of 2019.\n")
    # only the quarterly dividend declared payable in the quarter after the release's (declared and paid in it: its
    # dividend); never the previous one it is compared with, a month's, the next one, an annualized one
    assert [g for g in got if g[0] == "dividends_per_share"] == [("dividends_per_share", 0.655, "Q1 2020", "", "")], got
    assert not [g for g in got if g[1] == 244_000_000 and g[0] != "other"]


def test_monthly_dividends_totaling_over_a_named_year_are_that_years():
    """'declared monthly cash dividends totaling $3.00 per common share' for a year named is the year's dividends
    per share (the months' sum, said by the release); the single month's dividend stays unread above."""
    got = _read("For the year ended December 31, 2019, the Company declared monthly cash dividends totaling $3.00 per "
                "common share, an increase over the dividends of $2.919 per common share declared for the comparable "
                "period in 2018.\n")
    assert ("dividends_per_share", 3.0, "FY 2019", "", "") in got, got


def test_shares_named_otherwise_are_shares():
    got = _read("GAAP net loss for the fourth quarter of 2019 was $3,551,000, or $0.011 per ordinary share, compared "
                "to a GAAP net loss of $3,820,000, or $0.012 per ordinary share, in the fourth quarter of 2018.\n\n"
                "Net income was $5.1 million, or $0.31 per Class A common share, for the fourth quarter of 2019.\n")
    assert ("eps", -0.011, "Q4 2019", "", "") in got
    assert ("eps", -0.012, "Q4 2018", "", "") in got
    assert ("eps", 0.31, "Q4 2019", "", "") in got


def test_a_share_after_a_slash_is_per_share_and_distributable_earnings_are_not_eps():
    got = _read("Distributable earnings were $649 million ($0.40 / share) for the fourth quarter of 2019.\n")
    assert (0.40, "Q4 2019") in {(v, p) for m, v, p, q, _ in got}
    assert not [g for g in got if g[0].startswith("eps") or g[0] == "net_income"]


def test_per_another_unit_is_not_per_share():
    got = _read("Revenue per available room was $105.20 in the fourth quarter of 2019. EBITDA per ton was $12.50 for "
                "the fourth quarter of 2019. Earnings were $0.46 per diluted ADS in the fourth quarter of 2019.\n")
    assert not got


def test_the_dividend_an_increase_starts_from_is_not_the_periods():
    got = _read("During the fourth quarter of 2019, we announced a 5% increase in our quarterly dividend from $0.40 per "
                "share to $0.42 per share.\n")
    assert not [g for g in got if g[1] == 0.40]


def test_to_grow_an_amount_is_a_change():
    got = _read("Our earnings allowed adjusted book value per share to grow $1.95 for the year to $33.64.\n")
    assert {(v, q) for m, v, p, q, _ in got} == {(1.95, "change"), (33.64, "adjusted")}
