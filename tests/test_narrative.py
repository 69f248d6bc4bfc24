"""Narrative periods and comparisons, read generally (issue: complete real releases)."""
from __future__ import annotations

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from parsers.document import parse_text

HEAD = """ACME WIDGETS REPORTS 2019 SECOND QUARTER RESULTS

SPRINGFIELD, Ohio, August 1, 2019 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
quarter and six months ended June 30, 2019.

"""


def _figures(body: str):
    doc = parse_text("a.txt", HEAD + body)
    return doc, [(f.label, f.value, f.period.label(12), f.qualifier) for f in doc.figures]


def test_year_first_headline_and_quarter_and_ytd_lead_name_the_quarter():
    doc, _ = _figures("Revenue was $10.0 million.\n")
    assert doc.period.label(12) == "Q2 2019"


def test_from_a_in_one_year_to_b_in_the_next_keeps_both_figures():
    _, got = _figures("The net loss narrowed from $5.12 million in 2018 to $3.40 million in 2019.\n")
    assert ("net loss", -5_120_000, "Q2 2018", "") in got and ("net loss", -3_400_000, "Q2 2019", "") in got


def test_of_last_year_is_the_comparison():
    _, got = _figures("Operating income was $2.0 million for the quarter, compared with $1.5 million in the second "
                      "quarter of last year.\n")
    assert ("Operating income", 2_000_000, "Q2 2019", "") in got
    assert ("Operating income", 1_500_000, "Q2 2018", "") in got


def test_from_continuing_operations_names_the_metric_not_a_comparison():
    _, got = _figures("Diluted earnings per share from continuing operations were $0.27 in the second quarter of "
                      "2019, compared with $0.31 in the second quarter of 2018.\n")
    periods = {p for label, v, p, _ in got if v == 0.27}
    assert periods == {"Q2 2019"}


def test_a_change_stated_without_amounts_is_a_change_of_its_metric(tmp_path):
    doc, got = _figures("Net income grew by 31% compared with the second quarter of last year.\n")
    assert ("Net income", 31.0, "Q2 2019", "stated-change") in got
    release = tmp_path / "acme.txt"
    release.write_text(HEAD + "Net income grew by 31% compared with the second quarter of last year.\n"
                       "Revenue was $10.0 million in the second quarter of 2019.\n")
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [release])
    con.close()
    engine = Engine(tmp_path / "s.duckdb")
    growth, _ = engine.ask("net income growth Q2 2019", Context())
    plain, _ = engine.ask("net income Q2 2019", Context())
    assert growth.status == "answered" and growth.value == 31.0
    assert plain.value is None  # a change is never given as the figure itself


def test_bullets_under_a_business_line_heading_are_that_lines_revenue():
    doc = parse_text("n.htm", """NVIDIA ANNOUNCES RESULTS FOR FOURTH QUARTER AND FISCAL 2026

SANTA CLARA, Calif., Feb. 25, 2026 -- Acme Chips (NASDAQ: ACHP) today reported revenue for the fourth quarter
ended January 25, 2026, of $68.1 billion.

Data Center

\u2022Fourth-quarter revenue was a record $62.3 billion, up 22% from the previous quarter.

Fourth-Quarter Highlights

\u2022Revenue was $68.1 billion.
""")
    got = {(f.value, f.product) for f in doc.figures}
    assert (62_300_000_000, "Data Center") in got
    assert (68_100_000_000, "") in got  # a heading that names a section, not a business line


def test_a_twelve_week_quarter_is_a_quarter_never_twelve_months():
    """Regression: "12 weeks ended" read as a twelve-month year and filed the quarter's sales as annual."""
    _, got = _figures("Net sales were $40.0 million for the 12 weeks ended June 29, 2019.\n")
    assert got == [("Net sales", 40_000_000, "Q2 2019", "")]
    _, got = _figures("Net sales were $80.0 million for the 26 weeks ended June 29, 2019.\n")
    assert got == [("Net sales", 80_000_000, "6M 2019", "")]


def test_comparable_store_net_sales_is_a_same_store_figure():
    _, got = _figures("Comparable store net sales increased 4.2% for the quarter.\n")
    assert got == [("Comparable store net sales", 4.2, "Q2 2019", "")]


def _plain_find(text: str):
    """PeriodReader.find as a plain search: every pattern tried at every character."""
    from parsers.narrative import NEEDLES, Span, _mark_relative
    from parsers.narrative_terms import PERIOD_PATTERNS
    taken = []
    for kind, rx in PERIOD_PATTERNS:
        if not any(n in text.lower() for n in NEEDLES[kind]):
            continue
        for m in rx.finditer(text):
            if not any(m.start() < s.end and s.start < m.end() for s in taken):
                taken.append(Span(m.start(), m.end(), kind, m))
    return _mark_relative(sorted(taken, key=lambda s: s.start))


def test_period_phrases_are_found_only_where_their_start_words_stand_with_the_same_matches():
    """PERIOD_STARTS (the first word of each period pattern) must stay in step with the patterns."""
    from pathlib import Path
    from parsers.narrative import PeriodReader, paragraphs
    texts = [
        "For the Quarter and Nine Months Ended September 30, 2007 and the THIRD QUARTER ENDED Sept. 30, 2007",
        "the fiscal quarter ended March 31, 2008; fiscal year 2008 first quarter; Q3 2007, 3Q07, q4'06 and Q32007",
        "twenty-six weeks ended August 2, 2008, 13-weeks ended May 3, 2008, 39 weeks ending November 1, 2008",
        "fiscal year ended June 30, 2007; first nine months of 2007; first half of fiscal 2008; full-year 2007",
        "as of December 31, 2006, at Sept. 30 2007, the same period of 2006, the comparable quarter a year ago",
        "the prior-year period, the previous year's quarter, the year-ago quarter, midyear ago quarter, data year earlier",
        "the second quarter of last year, fourth fiscal quarter of 2007, 2007 net sales, year-to-date, YTD, in 2007",
        "during the current quarter, this quarter, for the year, the full year, annual, in fiscal 2008, of '07",
        "Résumé: für das erste Quartal, the ſame period of 2006, the FIRST QUARTER OF 2007, the ﬁrst quarter",
        "Q\u0663 2007, the \u0661\u0662 months ended June 30, 2007, the K-quarter, in \u0968\u0966\u0966\u096d",
    ]
    for path in sorted((Path(__file__).resolve().parents[1] / "knowledge" / "sample_data").glob("*.txt")):
        texts += [p.text for p in paragraphs(path.read_text().split("\n"))]
    reader = PeriodReader(12, None)
    key = lambda spans: [(s.start, s.end, s.kind, s.relative, s.match.groups()) for s in spans]
    for text in texts:
        assert key(reader.find(text)) == key(_plain_find(text)), text


def test_terms_are_found_only_where_their_start_words_stand_with_the_same_matches():
    """TERM_STARTS (the first words of the terms) must stay in step with the terms."""
    from pathlib import Path
    from parsers.narrative import WordStarts, _mask_parentheses, _terms, _within, paragraphs, sentences
    from parsers.narrative_terms import TERM_RE
    from parsers.scan import plain_words
    texts = [
        "Net (loss) attributable to common stockholders was $5 million; (loss) income from operations fell.",
        "Diluted EPS, basic earnings per share, EPS and diluted earnings per share (EPS) were $0.10. Loss per share rose.",
        "Operating cash flow, positive cash flow from operations, negative cash flows used in operating activities.",
        "Free cash flow, EBITDA, backlog, new orders received, bookings, gross margin, gross revenues rose 5%.",
        "Total net operating revenues, net sales, SG&A expenses, selling, general and administrative expenses, G&A.",
        "R&D, research and development expenses, marketing expense, cost of goods sold, cash and cash equivalents.",
        "Cash, cash equivalents and marketable securities; stockholders' equity; shareholders equity; long-term debt.",
        "Total debt, net interest income, total deposits, loans and leases, assets under management, total assets.",
        "Comparable-store sales, same store sales, net profit (loss), net loss, loss, total costs and expenses.",
        "Total operating expenses, costs and expenses, income from continuing operations, earnings from operations.",
    ]
    for path in sorted((Path(__file__).resolve().parents[1] / "knowledge" / "sample_data").glob("*.txt")):
        texts += [p.text for p in paragraphs(path.read_text().split("\n"))]
    for text in texts:
        assert plain_words(text)
        starts = WordStarts(text.lower()).term_starts()
        for a, b in sentences(text):
            masked = _mask_parentheses(text[a:b])
            plain = [(m.span(), m.group()) for m in TERM_RE.finditer(masked)]
            assert [(m.span(), m.group()) for m in _terms(masked, _within(starts, a, b))] == plain, text[a:b]


def test_sentence_ends_without_bullets_are_those_of_the_full_pattern():
    from pathlib import Path
    from parsers.narrative import SENTENCE_END, SENTENCE_END_NO_BULLET, paragraphs
    texts = ["Revenue rose. Net income fell! Why? \u201cGood.\u201d (Yes.) $5 2007. 2008 Sales were 10.5% of 2006.Revenue",
             "Sales were $1.5 million in Q3 2007.It rose 5%.Net U.S. sales. i.e. a.m. Mr. Smith said."]
    for path in sorted((Path(__file__).resolve().parents[1] / "knowledge" / "sample_data").glob("*.txt")):
        texts += [p.text for p in paragraphs(path.read_text().split("\n"))]
    for text in texts:
        assert [m.span() for m in SENTENCE_END.finditer(text)] == [m.span() for m in SENTENCE_END_NO_BULLET.finditer(text)]


def test_a_change_of_a_qualified_term_is_never_the_plain_metrics():
    """'Adjusted operating profit increased by 9%' is a non-GAAP change; 'A/M revenue increased 131%' a
    business line's: neither is stored as the change of operating profit or of revenue."""
    _, got = _figures("Adjusted operating profit increased by 9% from the same period of the previous fiscal year.\n"
                      "A/M revenue increased 131% compared to the prior year period.\n"
                      "Operating income grew by 12% compared with the second quarter of last year.\n")
    changes = [(label, v) for label, v, _, q in got if q == "stated-change"]
    assert changes == [("Operating income", 12.0)]


def test_a_quarters_year_to_date_is_the_year_to_date_and_its_prior_is_a_year_back():
    """'$95.8 million for the third quarter fiscal 2025 year-to-date period, compared to $76.4 million
    in the prior year-to-date period': nine months each, a year apart — never the quarter, never one date."""
    head = HEAD.replace("quarter and six months ended June 30, 2019", "quarter ended September 30, 2019")
    doc = parse_text("a.txt", head.replace("SECOND", "THIRD").replace("August 1", "November 1")
                     + "Total revenue of $95.8 million for the third quarter 2019 year-to-date period, compared to "
                       "$76.4 million in the prior year-to-date period.\n")
    got = {(f.value, f.period.end.isoformat(), f.period.months) for f in doc.figures if f.label == "Total revenue"}
    assert got == {(95_800_000, "2019-09-30", 9), (76_400_000, "2018-09-30", 9)}


def test_a_change_that_names_another_subject_is_not_the_amounts():
    """'..., reflecting a 3% increase in the R&P segment revenue': the 3% is the segment's."""
    doc = parse_text("a.txt", HEAD + "Total revenue was $95.8 million in the second quarter of 2019, reflecting a 3% "
                     "increase in the R&P segment revenue.\nNet income was $4.0 million, an increase of 12%.\n")
    changes = {f.label: f.change_pct for f in doc.figures}
    assert changes == {"Total revenue": None, "Net income": 12.0}


def test_an_amount_contributed_is_a_part_never_the_total():
    """'..., contributing $10.7 million in operating income': a subsidiary's or a line's part."""
    _, got = _figures("The acquired business delivered growth, contributing $10.7 million in operating income in the "
                      "second quarter of 2019.\nOperating income was $5.1 million in the second quarter of 2019.\n")
    assert [(v, q) for label, v, _, q in got if label.lower().startswith("operating income")] == [
        (10_700_000, "included"), (5_100_000, "")]


def test_a_comparison_with_a_period_of_another_length_is_not_read():
    """A quarter 'compared to $30.0 million for fiscal 2018' is no like-for-like comparison: a comparison states its
    figure's counterpart, so one of the two spans is misprinted and neither is trusted for the compared amount (it
    was kept as fiscal 2018's and the comparison set aside); the change is never computed from it."""
    doc = parse_text("a.txt", HEAD + "Revenue was $10.0 million in the second quarter of 2019, compared to $30.0 "
                                     "million for fiscal 2018.\n")
    quarter = next(f for f in doc.figures if f.value == 10_000_000)
    assert quarter.comp_value is None and quarter.comp_period is None and quarter.change_pct is None
    assert {f.value for f in doc.figures} == {10_000_000}


def test_revenue_of_a_place_is_kept_with_its_place_and_never_answers_the_company_total(tmp_path):
    """'Revenue in Brazil was $5.0 million' alone: a fact of Brazil, not the company's revenue."""
    _, got = _figures("Revenue in Brazil was $5.0 million in the second quarter of 2019.\n")
    doc = parse_text("a.txt", HEAD + "Revenue in Brazil was $5.0 million in the second quarter of 2019.\n")
    assert [(f.label, f.value, f.geo) for f in doc.figures if f.source == "narrative"] == [("Revenue", 5_000_000, "Brazil")]
    release = tmp_path / "acme.txt"
    release.write_text(HEAD + "Revenue in Brazil was $5.0 million in the second quarter of 2019.\n")
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [release])
    con.close()
    engine = Engine(tmp_path / "s.duckdb")
    total, _ = engine.ask("Acme revenue Q2 2019", Context())
    brazil, _ = engine.ask("Acme revenue in Brazil Q2 2019", Context())
    assert total.value != 5_000_000 and total.status != "answered"
    assert brazil.status == "answered" and brazil.value == 5_000_000


def test_a_figure_about_a_subject_not_read_is_left_out():
    """A proper name after the term that is no place of the vocabulary nor a period: the subject is
    not read, so the figure is not taken for the company's total."""
    _, got = _figures("Revenue in Xanadu was $5.0 million in the second quarter of 2019.\n")
    assert got == []
    _, got = _figures("Revenue for Fiscal 2019 second quarter was $5.0 million.\n")
    assert [g[:2] for g in got] == [("Revenue", 5_000_000)]


def test_place_words_used_as_modifiers_or_in_lowercase_name_no_place():
    from parsers.narrative import _geo
    assert _geo("revenue in Latin America was ") == "Latin America"
    assert _geo("revenue, excluding foreign currency effects, was ") == ""
    assert _geo("the third quarter in a row, revenue was ") == ""
    assert _geo("revenue in the U.S. was ") == "U.S."


def test_an_ordinal_written_each_way_is_one_period_in_prose_table_header_and_question():
    """first / 1st / first-quarter / Q1 / 1Q / fiscal ... first quarter: the words of parsers/periods.py."""
    from chat.periods import find_periods
    head = ("ACME REPORTS FIRST QUARTER 2025 RESULTS\n\nApril 20, 2025 -- Acme Inc. today reported results "
            "for the first quarter ended March 31, 2025.\n\n")
    ways = ["first quarter of 2025", "1st quarter of 2025", "first-quarter of 2025", "Q1 2025", "1Q25", "1Q 2025",
            "fiscal 2025 first quarter", "fiscal 2025 1st-quarter"]
    for way in ways:
        prose = parse_text("p.txt", head + f"Revenue was $12.5 million for the {way}.\n")
        assert [(f.value, f.period.label(12)) for f in prose.figures if f.source == "narrative"] == \
            [(12_500_000, "Q1 2025")], way
        table = parse_text("t.md", head + f"(In thousands)\n\n| | {way.removesuffix(' of 2025') + (' 2025' if way.endswith('of 2025') else '')} "
                           "| Q4 2024 |\n|---|---|---|\n| Net sales | $ 12,500 | $ 11,000 |\n", "text")
        assert ("Net sales", "Q1 2025") in {(f.label, f.period.label(12)) for f in table.figures if f.source == "table"}, way
        specs = [s for _, _, s in find_periods(f"revenue {way}".lower())]
        assert [(s.kind, s.year, s.quarter) for s in specs] == [("Q", 2025, 1)], way


def test_a_per_share_comparison_after_a_per_share_figure_is_per_share_and_of_the_earlier_year():
    """"…or $0.41 per diluted share, as compared to $0.29 in 2018": 0.29 is last year's per-share figure."""
    _, got = _figures("Net income for the second quarter of 2019 was $12.1 million, or $0.41 per diluted share, "
                      "as compared to $0.29 in 2018.\n")
    assert ("Net income per diluted share", 0.41, "Q2 2019", "") in got
    assert ("Net income per diluted share", 0.29, "Q2 2018", "") in got
    assert not any(g[1] == 0.29 and "per" not in g[0] for g in got)


def test_a_change_over_another_quarter_is_neither_the_figures_period_nor_its_year_over_year_change():
    doc = parse_text("a.txt", HEAD + "Revenue was $45.2 million, up 9% over the First Quarter of 2019.\n")
    [f] = [f for f in doc.figures if f.source == "narrative"]
    assert (f.value, f.period.label(12), f.change_pct) == (45_200_000, "Q2 2019", None)
    doc = parse_text("a.txt", HEAD + "Revenue was $45.2 million in the second quarter, up 22% from Q1, up 265% from a "
                                     "year ago.\n")
    [f] = [f for f in doc.figures if f.source == "narrative"]
    assert (f.period.label(12), f.change_pct) == ("Q2 2019", 265.0)


def test_amounts_of_change_are_changes_and_the_level_after_them_is_read():
    _, got = _figures("Net loans decreased $10.5 million, or 3.3%, to $301.7 million at June 30, 2019 compared to "
                      "$312.2 million at December 31, 2018.\n")
    assert ("loans (change)", -10_500_000, "2019-06-30", "change") in got  # a decrease: negative
    assert ("loans", 301_700_000, "2019-06-30", "") in got and ("loans", 312_200_000, "2018-12-31", "") in got
    _, got = _figures("Noninterest expense was $1,787,830 higher in the six months ended June 30, 2019.\n")
    assert [g[3] for g in got] == ["change"]


def test_other_earnings_per_share_are_never_eps():
    from knowledge.vocabulary import canonical_metric
    from parsers.tables import normalize_basis, plain_label
    for sentence in ("Operating earnings came to $1.40 per share in the second quarter.",
                     "Core earnings per share were $0.52 in the second quarter of 2019.",
                     "Distributable earnings per share were $0.52 for the second quarter.",
                     "Cash earnings per share were $0.52 for the second quarter."):
        doc = parse_text("a.txt", HEAD + sentence + "\n")
        [f] = [f for f in doc.figures if f.source == "narrative"]
        plain = (canonical_metric(plain_label(f.label), "", f.unit), normalize_basis(f.qualifier))
        assert plain not in {("eps", ""), ("eps_diluted", ""), ("eps_basic", "")}, (sentence, f.label, plain)


def test_the_nearer_gaap_word_decides_the_basis():
    _, got = _figures("GAAP diluted EPS of $0.67 and non-GAAP diluted EPS of $0.77 in the second quarter.\n")
    assert ("diluted EPS", 0.67, "Q2 2019", "") in got and ("diluted EPS (non-gaap)", 0.77, "Q2 2019", "non-gaap") in got
    _, got = _figures("Exclusive of the effect of the tax benefit, net income was $50.6 million or $1.59 per fully "
                      "diluted share in the second quarter.\n")
    assert got and all(g[3] for g in got)  # never the GAAP figure


def test_two_values_for_one_key_in_one_sentence_are_left_out():
    from parsers.model import Figure
    from parsers.narrative import Pending, _without_conflicts
    from parsers.periods import Period
    from datetime import date
    make = lambda v: Pending(Figure(label="revenue", value=v, unit="USD", period=Period(date(2019, 6, 30), 3), line=1,
                                    quote="", source="narrative"), "revenue", "", "", False)
    a, b, c = make(1.0), make(2.0), make(1.0)
    assert _without_conflicts([a, c]) == [a, c] and _without_conflicts([a, b]) == []


def test_the_diluted_figure_in_parentheses_is_diluted_and_belongs_to_its_year():
    _, got = _figures("Net income for the second quarter of 2019 was $44.2 million, or $0.89 per share ($0.88 per "
                      "share on a diluted basis), compared with net income of $51.8 million, or $1.05 per share "
                      "($1.04 per share on a diluted basis) for the second quarter of 2018.\n")
    assert ("Net income per diluted share", 0.88, "Q2 2019", "") in got
    assert ("net income", 51_800_000, "Q2 2018", "") in got and ("net income per diluted share", 1.04, "Q2 2018", "") in got
    assert not any(g[1] in (1.05, 1.04) and g[2] == "Q2 2019" for g in got)


def test_an_amount_of_another_noun_or_of_a_line_of_business_is_not_the_term():
    doc = parse_text("a.txt", HEAD + "The Company had $670 million of cash and cash equivalents on hand and $1.2 "
                                     "billion of unused borrowing capacity as of June 30, 2019. ATM cash was $643.8 "
                                     "million as of June 30, 2019.\n")
    got = [(f.label, f.value, f.product) for f in doc.figures if f.source == "narrative"]
    assert ("cash and cash equivalents", 670_000_000, "") in got
    assert not any(v == 1_200_000_000 for _, v, _ in got)
    assert ("cash", 643_800_000, "ATM") in got


def test_lists_read_respectively_pair_each_amount_with_its_term_or_period():
    cases = {
        "Interest income for the six months ended June 30, 2019 and 2018 was $8.3 million and $5.8 million, respectively.":
            [("Interest income", 8_300_000, "6M 2019"), ("Interest income", 5_800_000, "6M 2018")],
        "Revenue for the three and six months ended June 30, 2019 was $4.2 million and $11.9 million, respectively.":
            [("Revenue", 4_200_000, "Q2 2019"), ("Revenue", 11_900_000, "6M 2019")],
        "For the quarter, our revenues, EBITDA, and net earnings per share were $4.3 billion, $299 million and $2.73 "
        "per share, respectively compared to $4.5 billion, $426 million and $4.33 per share in the second quarter of 2018.":
            [("revenues", 4_300_000_000, "Q2 2019"), ("EBITDA", 299_000_000, "Q2 2019"),
             ("net earnings per share", 2.73, "Q2 2019"), ("revenues", 4_500_000_000, "Q2 2018"),
             ("EBITDA", 426_000_000, "Q2 2018"), ("net earnings per share", 4.33, "Q2 2018")],
        "As of June 30, 2019 and March 31, 2019, we had cash and cash equivalents of $55.9 million and $49.9 million, "
        "respectively, available for investing.":
            [("cash and cash equivalents", 55_900_000, "2019-06-30"), ("cash and cash equivalents", 49_900_000, "2019-03-31")],
        "For the quarter, GAAP and non-GAAP earnings per diluted share were $1.08 and $1.05, respectively.":
            [("earnings per diluted share", 1.08, "Q2 2019"), ("earnings per diluted share (non-gaap)", 1.05, "Q2 2019")],
        "GAAP and non-GAAP operating expenses are expected to be approximately $5.9 billion and $4.2 billion, respectively.": [],
        "Revenue and net income were $5.0 million, $1.0 million and $0.2 million, respectively.": [],  # lengths differ
    }
    for sentence, want in cases.items():
        _, got = _figures(sentence + "\n")
        assert [g[:3] for g in got] == want, sentence


def test_bullets_under_a_segments_lead_in_are_the_segments_and_a_bare_comparison_is_a_year_earlier():
    doc = parse_text("a.txt", HEAD + "**The epay Segment** reports the following results for the second quarter 2019 "
                                     "compared with the same period in 2018:\n\n"
                                     "* Revenues of $342.2 million, an 8% increase from $316.7 million.\n"
                                     "* Operating income of $48.0 million, a 10% increase from $43.6 million.\n"
                                     "* Revenue of $50.0 million, up 5% from $47.6 million in the prior quarter.\n")
    got = [(f.label, f.value, f.period.label(12), f.product, f.change_pct) for f in doc.figures if f.source == "narrative"]
    assert ("Revenues", 342_200_000, "Q2 2019", "epay", 8.0) in got and ("Revenues", 316_700_000, "Q2 2018", "epay", None) in got
    assert ("Operating income", 43_600_000, "Q2 2018", "epay", None) in got
    assert ("Revenue", 50_000_000, "Q2 2019", "epay", None) in got  # a change from the prior quarter is not year on year
    assert [p for _, v, p, *_ in got if v == 47_600_000] == ["Q1 2019"]  # the prior quarter's, never a year earlier


def test_an_amount_after_a_percent_change_and_or_is_the_change():
    _, got = _figures("Revenue was $492.6 million for the second quarter of 2019, an increase of 7.2%, or $33.3 million, "
                      "from $459.4 million in the same period of 2018.\n")
    assert ("Revenue", 492_600_000, "Q2 2019", "") in got and ("Revenue", 459_400_000, "Q2 2018", "") in got
    assert [g[3] for g in got if g[1] == 33_300_000] == ["change"]


def test_the_paragraph_under_a_business_lines_heading_is_that_lines_and_a_section_heading_names_none():
    doc = parse_text("a.txt", HEAD + "Data Center\n\nSecond-quarter revenue was a record $18.4 billion, up 409% from a "
                                     "year ago.\n\nBalance Sheet and Cash Flow\n\nCash and cash equivalents were $224.6 "
                                     "million at June 30, 2019.\n\nSoftware and Cloud revenues were up 4% to $8.9 billion "
                                     "in the second quarter.\n")
    got = [(f.label, f.value, f.product) for f in doc.figures if f.source == "narrative"]
    assert ("revenue", 18_400_000_000, "Data Center") in got
    assert ("Cash and cash equivalents", 224_600_000, "") in got
    assert ("revenues", 8_900_000_000, "Software and Cloud") in got


def test_compact_scales_emphasis_per_unit_measures_and_income_compared_with_loss():
    _, got = _figures("Second-quarter 2019 after-tax profit was $24.6M.\n")
    assert [g[:2] for g in got] == [("profit", 24_600_000)]
    _, got = _figures("Aggregates gross profit per ton increased 12 percent to $7.92 in the second quarter.\n")
    assert got == []
    _, got = _figures("* Net income for the second quarter of 2019 was $2.2 million, or $0.05 basic and diluted per share, "
                      "compared with net loss of $22.9 million, or ($0.48) basic and diluted per share, for the second "
                      "quarter of 2018.\n")
    assert ("net loss", -22_900_000, "Q2 2018", "") in got and ("Net income per basic and diluted share", 0.05, "Q2 2019", "") in got
    assert not any(g[1] == -22_900_000 and g[2] == "Q2 2019" for g in got)


def test_changes_listed_respectively_leave_the_amounts_and_a_change_in_a_line_is_a_change():
    _, got = _figures("Acme reported second quarter net income of $4.2 million and earnings per share of $0.40, up 18% and "
                      "21%, respectively.\n")
    assert [g[:3] for g in got] == [("net income", 4_200_000, "Q2 2019"), ("earnings per share", 0.40, "Q2 2019")]
    _, got = _figures("This was offset by an increase in loans held for sale of $0.2 million at June 30, 2019.\n")
    assert [g[3] for g in got] == ["change"]
    _, got = _figures("Total revenue was $35.8 million in the second quarter of 2019, compared to $33.0 million in the "
                      "prior year\u2019s quarter. Total consolidated assets were $353.7 million at June 30, 2019.\n")
    assert ("Total revenue", 33_000_000, "Q2 2018", "") in got and ("Total consolidated assets", 353_700_000, "2019-06-30", "") in got


def test_a_term_after_before_or_after_the_amount_names_it_not_the_term_before():
    _, got = _figures("For the six months ended June 30, 2019, total operating expenses, before depreciation and "
                      "amortization, amounted to $5.7 million.\n")
    assert [g[0] for g in got] == ["total operating expenses (before)"]
    _, got = _figures("Liquidity includes $919.9 million of outstanding forward equity, and $6.4 million of cash on hand "
                      "at June 30, 2019.\n")
    assert [g[:2] for g in got] == [("cash", 6_400_000)]


def _q4(body: str) -> list[tuple]:
    doc = parse_text("a.txt", HEAD.replace("SECOND", "FOURTH").replace("August 1, 2019", "February 1, 2020")
                     .replace("six months ended June 30, 2019", "year ended December 31, 2019") + body)
    return [(f.label, f.value, f.unit, f.period.label(12), f.qualifier) for f in doc.figures]


def test_a_respectively_list_of_basic_and_diluted_per_share_amounts_names_each():
    from knowledge.vocabulary import canonical_metric
    cases = ["Net income for the fourth quarter of 2019 was $10.1 million, or basic and diluted net income per share "
             "of $0.21 and $0.20, respectively.\n",
             "For the fourth quarter of 2019, the Company reported earnings per basic and diluted share of $0.21 and "
             "$0.20, respectively.\n",
             "Fourth quarter 2019 net income was $4.2 million, or $0.21 and $0.20 per basic and diluted share, "
             "respectively.\n",
             "This compares to basic and diluted earnings per share of $0.21 and $0.20, respectively, for the fourth "
             "quarter 2019.\n"]
    for body in cases:
        got = {canonical_metric(label, unit=unit): (value, period) for label, value, unit, period, _ in _q4(body)
               if unit == "USD/share"}
        assert got == {"eps_basic": (0.21, "Q4 2019"), "eps_diluted": (0.20, "Q4 2019")}, body
    got = _q4("Basic and diluted earnings per share from continuing operations were $0.21 and $0.20, respectively, "
              "for the fourth quarter 2019.\n")
    assert [label for label, *_ in got] == ["basic earnings per share from continuing operations",
                                            "diluted earnings per share from continuing operations"]


def test_a_basic_and_diluted_loss_list_is_negative_and_keeps_its_basis():
    got = _q4("Fourth quarter 2019 net loss was $4.2 million, or $0.41 and $0.40 per basic and diluted share, "
              "respectively.\n")
    assert {(v, u) for _, v, u, _, _ in got} == {(-0.41, "USD/share"), (-0.40, "USD/share")}
    got = _q4("Non-GAAP net income for 2019 was $10.1 million, or non-GAAP basic and diluted net income per share "
              "was $0.21 and $0.20, respectively.\n")
    assert got and all(q == "non-gaap" for *_, q in got)


def test_cash_generated_from_operations_is_operating_cash_flow_in_prose():
    from knowledge.vocabulary import canonical_metric
    got = _q4("Net cash generated from operations was $12.0 million in the fourth quarter of 2019.\n")
    assert [(canonical_metric(label), v, p) for label, v, _, p, _ in got] == [("operating_cash_flow", 12_000_000, "Q4 2019")]


def test_a_notes_mark_on_a_term_leaves_the_term():
    got = _q4("In the fourth quarter of 2019, net income2 was $134.8 million, up 91% year over year. Adjusted EBITDA1 "
              "was $45.0 million in the fourth quarter of 2019.\n")
    assert ("net income", 134_800_000, "USD", "Q4 2019", "") in got
    assert any(v == 45_000_000 and q for _, v, _, _, q in got)  # adjusted: never the plain EBITDA
