"""Amounts in sentences printed in a currency other than "$" (issue 19): each carries the currency its
mark names ("€19.2m" is euros, "Yen79.7 billion" yen), so a euro amount in a dollar release is never
stored as dollars; a bare "$" keeps the release's currency."""
from __future__ import annotations

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from parsers.document import parse_text
from parsers.metadata import CURRENCY_MARKS
from parsers.narrative_terms import MONEY_RE, mark_currency

HEAD = """ACME WIDGETS REPORTS 2024 FOURTH QUARTER RESULTS

SPRINGFIELD, Ohio, February 1, 2025 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter and year ended December 31, 2024.

"""


def _figures(body: str) -> list[tuple]:
    doc = parse_text("a.txt", HEAD + body)
    return [(f.label, f.value, f.unit, f.period.label(doc.fye_month)) for f in doc.figures]


def test_each_mark_names_its_currency_and_a_bare_dollar_none():
    cases = {"revenue of €19.2m": ("EUR", 19.2), "EUR 600 million": ("EUR", 600), "£3.1bn": ("GBP", 3.1),
             "NIS 5 million": ("ILS", 5), "CHF 12 million": ("CHF", 12), "Yen79.7 billion": ("JPY", 79.7),
             "C$3.2 million": ("CAD", 3.2), "RMB1.5 billion": ("CNY", 1.5), "$4.1 million": ("", 4.1)}
    for text, (code, number) in cases.items():
        m = MONEY_RE.search(text)
        assert m and mark_currency(m.group("mark")) == code and float(m.group("num") + (m.group("dec") or "")) == number, text


def test_the_marks_are_the_ones_the_release_currency_is_voted_with():
    codes = {code for _, code in CURRENCY_MARKS}
    assert {"EUR", "GBP", "JPY", "ILS", "CHF", "CAD"} <= codes
    assert all(mark_currency(m) == code for m, code in [("€", "EUR"), ("EUR", "EUR"), ("¥", "JPY"), ("NIS", "ILS")])


def test_marks_in_lowercase_words_are_no_currency():
    assert not MONEY_RE.search("the weaker yen 3% and eur 5 and nok 2")


def test_euro_amounts_in_a_dollar_release_stay_euros():
    got = _figures("Revenue for the fourth quarter of 2024 was €19.2m, compared to €15.0m in the fourth quarter "
                   "of 2023. Operating income was $2.0 million for the fourth quarter of 2024. Net income was $1.1 million, "
                   "or $0.12 per diluted share, and cash was $8.3 million, up from $7.9 million, with debt of $3.0 "
                   "million. Gross profit was $4.4 million and operating expenses were $2.4 million.\n")
    assert ("Revenue", 19_200_000, "EUR", "Q4 2024") in got
    assert ("Revenue", 15_000_000, "EUR", "Q4 2023") in got
    assert ("Operating income", 2_000_000, "USD", "Q4 2024") in got
    assert not [g for g in got if g[0] == "Revenue" and g[2] == "USD"]


def test_per_share_amounts_carry_their_currency_per_share():
    got = _figures("Net income for the fourth quarter of 2024 was EUR 31 million, or EUR 0.42 per diluted share.\n")
    assert ("Net income", 31_000_000, "EUR", "Q4 2024") in got
    assert any(v == 0.42 and u == "EUR/share" for _, v, u, _ in got)


def test_a_scale_word_of_another_currency_is_read_never_dropped():
    got = _figures("Revenue for the fourth quarter of 2024 was Yen1.2 trillion.\n"
                   "Net income for the fourth quarter of 2024 was EUR 600 mn.\n")
    assert ("Revenue", 1.2e12, "JPY", "Q4 2024") in got
    assert ("Net income", 600_000_000, "EUR", "Q4 2024") in got


YEN_RELEASE = """NIPPON ACME REPORTS FOURTH QUARTER 2024 RESULTS

TOKYO, Japan, February 1, 2025 -- Nippon Acme K.K. (NYSE: NACM) today reported results for the
quarter and year ended December 31, 2024.

Q4 revenue was Yen79.7 billion, up 5% from Yen75.9 billion in the fourth quarter of 2023.

In the fourth quarter of 2024, net income was Yen3.1 billion, or Yen12.40 per diluted share.
"""


def test_a_yen_release_answers_in_yen_never_dollars(tmp_path):
    release = tmp_path / "nacm.txt"
    release.write_text(YEN_RELEASE)
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [release])
    con.close()
    answer, _ = Engine(tmp_path / "s.duckdb").ask("NACM revenue Q4 2024", Context())
    # answers give dollars only: a yen figure is given as printed, in yen, never as dollars
    assert "JPY 79.70 billion" in answer.text and "$" not in answer.text.split("[")[0]


def test_fy_and_two_digits_is_the_year_never_the_quarter():
    got = _figures("FY 24 sales at €19,285.1m, up 0.7%.\n\nQ4 sales of €4,893.1m, down 0.5%.\n")
    assert ("sales", 19_285_100_000, "EUR", "FY 2024") in got
    assert ("sales", 4_893_100_000, "EUR", "Q4 2024") in got
    assert not [g for g in got if g[1] == 19_285_100_000 and g[3] != "FY 2024"]


def test_a_potential_amount_is_never_the_periods_figure():
    got = _figures("New games, each with potential to generate annual revenue over Yen10 billion, are planned. "
                   "Revenue for the fourth quarter of 2024 was Yen79.7 billion.\n")
    assert ("revenue", 10_000_000_000, "JPY", "FY 2024") not in got
    assert not [g for g in got if g[1] == 10_000_000_000 and g[0].lower() == "revenue"]


def test_a_period_inside_a_closed_aside_is_the_asides_never_the_next_amounts():
    got = _figures("FY 24 operating income of €845.9 million (vs €1,216.6 million in FY 23), including exceptional "
                   "items; net income of €341.0 million.\n")
    assert ("operating income", 1_216_600_000, "EUR", "FY 2023") in got
    assert ("net income", 341_000_000, "EUR", "FY 2024") in got
    assert not [g for g in got if g[1] == 341_000_000 and g[3] != "FY 2024"]


def test_the_comparison_of_a_qualified_figure_keeps_its_basis():
    doc = parse_text("a.txt", HEAD + "The dividend is based on recurring net income of $662.3 million in 2024 "
                                      "(vs $823.3 million in 2023).\n")
    got = {(f.value, f.qualifier) for f in doc.figures}
    assert (662_300_000, "recurring") in got and (823_300_000, "recurring") in got


def test_the_prose_score_counts_amounts_in_other_currencies_and_their_reading():
    from knowledge.check_prose import amounts, score_prose
    assert [p for p, _, _ in amounts("Revenue was €19.2m, EUR 600 million and Yen79.7 billion in the year.")] == \
        ["€19.2m", "EUR 600 million", "Yen79.7 billion"]
    doc = parse_text("a.txt", HEAD + "Revenue for the fourth quarter of 2024 was €19.2m, compared to €15.0m in the "
                                     "fourth quarter of 2023.\n")
    score = score_prose(doc)
    assert (score.found, score.read) == (2, 2)


def test_the_low_end_of_a_range_in_another_currency_is_never_read_without_its_scale():
    got = _figures("For the first quarter of 2025, we expect revenue in the range of Yen109.9 to Yen122.1 billion.\n")
    assert not [g for g in got if g[1] in (109.9, 122.1)]


def test_a_fiscal_year_named_by_two_years_is_the_year_it_ends():
    got = _figures("Total revenues for the First Half of FY 2023-24 stood at €290.7 million.\n"
                   "Revenue for FY 2023-24 was €5.0 million.\n")
    assert ("Total revenues", 290_700_000, "EUR", "6M 2024") in got
    assert ("Revenue", 5_000_000, "EUR", "FY 2024") in got
    assert not [g for g in got if g[3] == "FY 2023"]


def test_the_low_end_of_a_range_whose_high_end_has_the_scale_is_no_amount():
    got = _figures("Revenue for the fourth quarter of 2024 was $5-6 million. Net income for the fourth quarter of 2024 "
                   "was $5.2 million.\n")
    assert not [g for g in got if g[1] in (5, 6)]
    assert ("Net income", 5_200_000, "USD", "Q4 2024") in got
    assert not _figures("Operating income for the fourth quarter of 2024 was EUR500-600 million.\n")
    m = MONEY_RE.search("EPS of $0.25-$0.30")
    assert m and m.group(0) == "$0.25"


def test_a_dollars_code_after_the_amount_names_its_currency():
    """'Revenue was $48.2 million CAD' in a US release was stored as US dollars: a dollar's code printed right after a
    bare '$' amount names its currency; a word after it that is no code leaves the release's."""
    assert _figures("Revenue was $48.2 million CAD for the fourth quarter.\n") == [("Revenue", 48.2e6, "CAD", "Q4 2024")]
    assert _figures("Revenue was $48.2 million (AUD) for the fourth quarter.\n") == [("Revenue", 48.2e6, "AUD", "Q4 2024")]
    assert _figures("Revenue was $48.2 million USD for the fourth quarter.\n") == [("Revenue", 48.2e6, "USD", "Q4 2024")]
    assert _figures("Revenue was $48.2 million CADENCE for the fourth quarter.\n") == [
        ("Revenue", 48.2e6, "USD", "Q4 2024")]


def test_cents_with_decimals_are_the_whole_amount():
    """'Diluted EPS was 12.3 cents' was read as its last digit's '3 cents' ($0.03 a share)."""
    assert _figures("Diluted EPS was 12.3 cents, up from $0.11.\n")[0][:3] == ("Diluted EPS", 0.123, "USD/share")
    assert _figures("Diluted EPS was 12 cents, up from $0.11.\n")[0][:3] == ("Diluted EPS", 0.12, "USD/share")


EURO_RELEASE = """Veltra Group N.V. Reports Fourth Quarter 2024 Results

AMSTERDAM, the Netherlands, February 12, 2025 -- Veltra Group N.V. (Euronext: VLTR) today reported results for the
fourth quarter ended December 31, 2024.

Revenue for the fourth quarter of 2024 was EUR 412.5 million, compared to EUR 380.2 million in the fourth quarter of
2023. Net income for the fourth quarter of 2024 was EUR 31.4 million.

Sales of the North American division for the fourth quarter of 2024 were $95.1 million, compared to $88.7 million in
the fourth quarter of 2023. Operating income for the fourth quarter of 2024 was 52.3 million.

Free cash flow and capital expenditures for the fourth quarter of 2024 were US$40.2 million and EUR 12.9 million,
respectively.
"""
CANADIAN_RELEASE = EURO_RELEASE.replace("EUR ", "C$").replace("N.V.", "Ltd.").replace("Euronext", "TSX")


def _units(text: str) -> dict[float, str]:
    return {round(f.value): f.unit for f in parse_text("veltra_q4_2024.txt", text).figures if f.source == "narrative"}


def test_a_dollar_mark_in_a_release_of_euros_is_dollars_and_a_bare_number_the_releases():
    """'$95.1 million' in a release reporting in euros was stored as EUR 95.1 million: a printed mark decides an
    amount's currency (a bare '$' is US dollars where the release's own currency is printed with no '$'); the
    release's currency fills in only for a number printed with no mark at all. A listed 'US$' keeps its mark too."""
    units = _units(EURO_RELEASE)
    assert units[95_100_000] == "USD" and units[88_700_000] == "USD"
    assert units[412_500_000] == "EUR" and units[31_400_000] == "EUR"
    assert units[40_200_000] == "USD" and units[12_900_000] == "EUR"  # a list's amounts: each its own mark


def test_a_bare_dollar_in_a_release_of_canadian_dollars_stays_canadian() -> None:  # near miss
    units = _units(CANADIAN_RELEASE)
    assert units[95_100_000] == "CAD" and units[412_500_000] == "CAD" and units[12_900_000] == "CAD"
    assert units[40_200_000] == "USD"


def test_a_dollar_amount_of_a_release_of_euros_is_answered_in_dollars(tmp_path):
    release = tmp_path / "veltra_q4_2024.txt"
    release.write_text(EURO_RELEASE)
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [release])
    con.close()
    engine = Engine(tmp_path / "s.duckdb")
    try:
        answer, _ = engine.ask("Veltra sales of the North American division Q4 2024", Context())
        assert "EUR 95" not in answer.text
        assert answer.value in (95_100_000, None) and answer.unit in ("USD", None)
        assert engine.ask("Veltra revenue Q4 2024", Context())[0].text.count("EUR 412.50 million") >= 1
    finally:
        engine.close()


def test_a_figure_on_another_basis_said_in_words_is_never_the_reported_figure():
    """'Revenue on an organic basis was $45.2 million', 'On a like-for-like basis, revenue was ...', 'At constant
    exchange rates, revenue was ...', '$45.2 million on a like-for-like basis', 'At constant currency, the margin stood
    at 55.1%': each that basis's figure (it was stored as the reported revenue or margin)."""
    said = ["Revenue on an organic basis was $45.2 million for the fourth quarter of 2024.",
            "Revenue on a comparable basis was $45.2 million for the fourth quarter of 2024.",
            "Revenue on a like-for-like basis was $45.2 million for the fourth quarter of 2024.",
            "Revenue at constant exchange rates and perimeter was $45.2 million for the fourth quarter of 2024.",
            "On a like-for-like basis, revenue for the fourth quarter of 2024 was $45.2 million.",
            "At constant exchange rates, revenue for the fourth quarter of 2024 was $45.2 million.",
            "In constant currency, revenue for the fourth quarter of 2024 was $45.2 million.",
            "Revenue for the fourth quarter of 2024 was $45.2 million on a like-for-like basis.",
            "At constant currency, the adjusted EBITDA margin stood at 55.1% for the fourth quarter of 2024."]
    for sentence in said:
        doc = parse_text("a.txt", HEAD + sentence + "\n")
        assert doc.figures and all(f.qualifier not in ("", "gaap") for f in doc.figures), sentence


def test_the_reported_basis_or_a_change_on_another_basis_leaves_the_level_reported():  # near miss
    for sentence in ["Revenue on a reported basis was $45.2 million for the fourth quarter of 2024.",
                     "Revenue for the fourth quarter of 2024 was $45.2 million, up 5% on an organic basis.",
                     "Revenue grew 5% on a like-for-like basis to $45.2 million in the fourth quarter of 2024."]:
        assert ("Revenue", 45_200_000, "USD", "Q4 2024") in _figures(sentence + "\n"), sentence


def test_a_term_a_figure_includes_or_of_discontinued_operations_is_a_part_never_the_figure():
    """'Total revenue includes revenue from discontinued operations of $3.0 million', 'Net income includes operating
    income from the new plant of $3.0 million', 'Net loss from discontinued operations was $2.0 million': each amount
    is a part of a figure (it was stored as the revenue, operating income or net loss of the quarter)."""
    for sentence in ["Total revenue for the fourth quarter of 2024 includes revenue from discontinued operations of $3.0 "
                     "million.",
                     "Net income for the fourth quarter of 2024 includes operating income from the new plant of $3.0 "
                     "million.",
                     "Revenue from discontinued operations was $3.0 million for the fourth quarter of 2024.",
                     "Net loss from discontinued operations was $3.0 million for the fourth quarter of 2024."]:
        doc = parse_text("a.txt", HEAD + sentence + "\n")
        assert all(f.qualifier == "included" for f in doc.figures if abs(f.value) == 3_000_000), sentence


def test_the_whole_a_part_is_included_in_and_a_part_named_with_including_keep_their_reading():  # near miss
    assert ("depreciation and amortization expense", 32_500_000, "USD", "Q4 2024") in _figures(
        "Intangible asset amortization of $4.7 million is included in depreciation and amortization expense of $32.5 "
        "million for the three months ended December 31, 2024.\n")
    assert ("Net income from continuing operations", 5_000_000, "USD", "Q4 2024") in _figures(
        "Net income from continuing operations was $5.0 million for the fourth quarter of 2024.\n")


def test_a_figure_as_previously_reported_is_never_the_releases_figure():
    """'revenue for the fourth quarter of 2023 was previously reported as $41.0 million' (a note under a recast
    statement) was stored as that quarter's revenue: a figure as first reported is not the statement's."""
    for sentence in ["Prior period amounts have been reclassified; revenue for the fourth quarter of 2023 was previously "
                     "reported as $41.0 million.",
                     "Revenue for the fourth quarter of 2023, as originally reported, was $41.0 million.",
                     "Revenue for the fourth quarter of 2023 was $41.0 million as previously reported."]:
        doc = parse_text("a.txt", HEAD + sentence + "\n")
        assert doc.figures and all(f.qualifier not in ("", "gaap") for f in doc.figures), sentence
    # near miss: a plain comparison keeps the year-ago figure
    assert ("Revenue", 41_000_000, "USD", "Q4 2023") in _figures(
        "Revenue for the fourth quarter of 2024 was $45.0 million, compared to $41.0 million in the fourth quarter of "
        "2023.\n")


def test_a_periods_results_that_include_figures_state_them_and_an_aside_reflected_governs_no_amount():
    """'Fourth quarter results include revenue of $515.0 million and net income of $40.0 million': the results state
    the figures (revenue was stored as a part 'results include', net income lost); 'Revenue ... reflects the acquired
    business and was $515.0 million': the company's revenue, the inclusion governing its own object only."""
    both = _figures("Fourth quarter results include revenue of $515.0 million and net income of $40.0 million.\n")
    assert ("revenue", 515_000_000, "USD", "Q4 2024") in both and ("net income", 40_000_000, "USD", "Q4 2024") in both
    assert _figures("Revenue for the fourth quarter reflects the acquired business and was $515.0 million.\n") \
        == [("Revenue", 515_000_000, "USD", "Q4 2024")]
    # near misses: the subject is an amount, its object a part
    for sentence in ["Total revenue for the fourth quarter includes product revenue of $300.0 million.",
                     "Operating expenses for the fourth quarter include restructuring costs of $4.0 million.",
                     "Revenue for the fourth quarter reflects $3.0 million from the acquired business."]:
        doc = parse_text("a.txt", HEAD + sentence + "\n")
        assert doc.figures and all(f.qualifier == "included" for f in doc.figures), sentence


def test_only_the_amount_previously_reported_is_the_earlier_report():
    """'Net income, which was previously reported as $35.0 million, was $40.0 million': the $40.0 million is the
    quarter's (it was lost); 'As previously reported, revenue ... was $512.0 million' opens the sentence with a
    discourse phrase: the quarter's revenue (it was tagged '(previously)')."""
    read = _figures("Net income, which was previously reported as $35.0 million, was $40.0 million for the fourth "
                    "quarter.\n")
    assert ("Net income", 40_000_000, "USD", "Q4 2024") in read
    assert all(v != 35_000_000 for label, v, _, _ in read if "previously" not in label)
    assert _figures("As previously reported, revenue for the fourth quarter was $512.0 million.\n") \
        == [("revenue", 512_000_000, "USD", "Q4 2024")]
    # near misses: the amount right after the words, or after them mid-sentence, is still the earlier report
    for sentence in ["Revenue for the fourth quarter, as previously reported, was $512.0 million.",
                     "Revenue for the fourth quarter was previously reported as $512.0 million."]:
        doc = parse_text("a.txt", HEAD + sentence + "\n")
        assert doc.figures and all(f.qualifier == "previously" for f in doc.figures), sentence


def test_the_years_fourth_quarter_is_never_the_year():
    """'Revenue ... was $515.0 million for the year's fourth quarter' was stored as the full year's revenue: a year's
    quarter said by a possessive is left unread (as "2024's fourth quarter" is); 'for the year' is still the year's."""
    assert _figures("Revenue reflects the new plant, and was $515.0 million for the year's fourth quarter.\n") == []
    assert _figures("Revenue for the year was $2.0 billion.\n") == [("Revenue", 2_000_000_000, "USD", "FY 2024")]


def test_an_amount_after_the_whole_a_term_is_included_in_that_the_subjects_verb_follows_is_unread():
    """'Operating income included in revenue of $3.0 million was lower' was stored as the quarter's revenue: the
    amount is the subject's (a part), never the whole's. Near miss: the part's own amount said first, the whole's
    after 'included in' is the whole's."""
    assert _figures("Operating income included in revenue of $3.0 million was lower.\n") == []
    assert ("depreciation and amortization expense", 32_500_000, "USD", "Q4 2024") in _figures(
        "Intangible asset amortization of $4.7 million is included in depreciation and amortization expense of $32.5 "
        "million.\n")
