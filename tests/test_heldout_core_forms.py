"""Issue 19 (the held-out gap): core figures printed in forms and words the dev releases are thin on, each class
stated in general words and tested on releases written for it (tests/data/layouts/l99-l104, keyed in
tests/test_unseen_layouts.py): a '$' set far left of its figure in a fixed-width column, a scale caption two spaces
left of the years, a bare '(millions of dollars)' in a release that names its dollar Canadian, the bottom line with
its span said after it, 'basic and diluted' share counts, a short statement flattened after its own title, one cell a
line under whole-span or day-first headings, EPS per ADS beside EPS per share, preferred dividends between net income
and EPS. Every name and figure is invented."""
from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.check import check_release
from knowledge.fact_rows import prepare
from knowledge.vocabulary import canonical_metric
from parsers.fixed_tables import header_columns
from parsers.metadata import statement_currency

LAYOUTS = Path(__file__).parent / "data" / "layouts"


@pytest.mark.parametrize("label,unit,metric", [
    ("Net earnings for the period", "USD", "other"),  # left unread (knowledge/vocabulary.toml net_income)
    ("Loss for the period", "USD", "net_income"),
    ("Loss for the year attributable to owners of the parent", "USD", "net_income"),
    ("Loss attributable to non-controlling interests", "USD", "other"),
    ("Comprehensive income for the period", "USD", "other"),
    ("Weighted average number of common shares, basic and diluted", "shares", "weighted_shares_diluted"),
    ("Basic and diluted weighted average shares outstanding", "shares", "weighted_shares_diluted"),
    ("Weighted average shares - basic", "shares", "weighted_shares_basic"),
    ("Total stockholders' equity attributable to Acme Corp.", "USD", "equity"),
    ("Total equity attributable to the Company", "USD", "equity"),
    ("Equity attributable to noncontrolling interests", "USD", "other"),
    ("Total equity attributable to Acme Inc. and noncontrolling interests", "USD", "other"),
])
def test_the_words_of_a_core_figure(label: str, unit: str, metric: str) -> None:
    assert canonical_metric(label, "", unit) == metric


def test_a_scale_caption_two_spaces_left_of_the_years_keeps_the_year_line() -> None:
    cols = header_columns("(millions of dollars, except per share)  2025       2024          2025       2024")
    assert cols is not None and [c.text for c in cols if c.is_period] == ["2025", "2024", "2025", "2024"]


@pytest.mark.parametrize("text,currency", [
    ("All amounts are in Canadian dollars.\n\n(millions of dollars)  2025  2024\n(millions of dollars)  2025  2024", "CAD"),
    ("Results for the quarter.\n\n(millions of dollars)  2025  2024\nRevenues  $ 12.4  $ 11.0", "USD"),
])
def test_a_bare_dollar_caption_is_the_dollar_the_release_names(text: str, currency: str) -> None:
    assert statement_currency(text) == currency


@pytest.fixture(scope="module")
def checked():
    out = {}
    for name in ("l100_borealis_steel_cad_fixed_in_markdown.md", "l103_keystone_insurer_flattened_glued_rows.md",
                 "l104_harrowfield_uk_pharma_cells_pence_ads.md"):
        rc, doc = check_release(LAYOUTS / name)
        out[name[:4]] = (rc, prepare(doc, "", doc.name).facts)
    return out


@pytest.mark.parametrize("name", ["l100", "l103", "l104"])
def test_every_core_figure_printed_is_read_as_one_value_and_nothing_is_doubted(checked, name: str) -> None:
    rc, _ = checked[name]
    assert (rc.core.found == rc.core.printed, rc.core.missed, rc.violations) == (True, [], [])


def test_eps_per_ads_beside_eps_per_share_is_no_second_eps(checked) -> None:
    _, facts = checked["l104"]
    eps = {v for m, v, s in zip(facts["metric"], facts["value"], facts["source"]) if m == "eps_diluted" and s == "table"}
    assert eps == {0.214, 0.164}  # 21.4 and 16.4 pence; never the ADS's 54.2 and 41.6 cents


PER_SHARE_BLOCK = """Fenmoor Bancorp Reports 2025 Results

FENMOOR, Ohio, Jan. 30, 2026 -- Fenmoor Bancorp, Inc. (NASDAQ: FNMB) today reported results for 2025.

                                                               2025             2024
                                                     --------------   --------------
OPERATING DATA
Net interest income                                    $ 20,836,085     $ 21,416,013
Net income                                              $ 4,277,703      $ 6,418,337
PER SHARE DATA
Net income (Basic)                                            $1.37            $2.08
Book value                                                   $17.77           $16.74
"""


def test_a_heading_in_capitals_heads_the_rows_at_its_own_indentation() -> None:
    """A fixed-width copy that lost its indents: 'PER SHARE DATA' over 'Net income (Basic)  $1.37' makes it a figure a
    share, never $1.37 of net income."""
    from parsers.document import parse_text
    doc = parse_text("fenmoor.txt", PER_SHARE_BLOCK)
    units = {(f.label, f.value): f.unit for f in doc.figures if f.source == "table"}
    assert units[("Net income (Basic)", 1.37)] == units[("Book value", 17.77)] == "USD/share"
    assert units[("Net income", 4_277_703.0)] == "USD"


@pytest.mark.parametrize("layout", ["markdown", "cell_per_line_spaced", "flattened"])
def test_a_line_of_business_above_total_revenues_is_a_part_of_the_top_line(tmp_path, layout: str) -> None:
    """'Voyage revenues' then 'Total revenues' in one statement (a shipper's, tests/built_releases.py): the total
    is the top line, read as one value, in any layout (a row a line, one cell a line, one flattened line)."""
    import sys
    sys.path.insert(0, str(Path(__file__).parent))
    from built_releases import INDUSTRIES, release
    shipper = next(ind for ind in INDUSTRIES if ind.key == "shipping")
    text, _ = release(shipper, layout)
    path = tmp_path / "brinmoor.txt"
    path.write_text(text)
    rc, doc = check_release(path)
    facts = prepare(doc, "", doc.name).facts
    plain = {v for m, v, b, s in zip(facts["metric"], facts["value"], facts["basis"], facts["source"])
             if m == "revenue" and not b and s == "table"}
    assert (rc.core.missed, plain & {214_380_000.0, 188_705_000.0}) == ([], set())
