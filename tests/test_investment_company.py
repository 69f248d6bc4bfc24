"""An investment company's (a BDC's) top line is 'Total investment income', and its 'Net asset value per share' a
balance of its own, never EPS; an insurer printing the same words in an investment note keeps its premiums and
revenues as its top line. Documents invented here."""
from __future__ import annotations

from pathlib import Path

from knowledge.store import prepare
from knowledge.vocabulary import canonical_metric
from parsers.document import parse_file, parse_text

BDC = Path(__file__).parent / "data" / "layouts" / "l26_harrowgate_bdc_nav.md"

INSURER = """---
title: Fenwick Mutual Holdings Reports Third Quarter 2025 Results
source: Business Wire
---

# Fenwick Mutual Holdings Reports Third Quarter 2025 Results

HARTFORD, Conn.--(BUSINESS WIRE)--November 4, 2025--Fenwick Mutual Holdings, Inc. (NYSE: FWMH), a property and
casualty insurer, today reported results for the third quarter ended September 30, 2025.

**CONSOLIDATED STATEMENTS OF INCOME**
(in thousands, except per share amounts) (unaudited)

| | Three Months Ended September 30, | |
|---|---|---|
| | 2025 | 2024 |
| **Revenues:** | | |
| Net premiums earned | $ 412,118 | $ 388,406 |
| Net investment income | 31,204 | 28,118 |
| Net realized investment gains | 2,906 | 1,418 |
| Total revenues | 446,228 | 417,942 |
| **Expenses:** | | |
| Losses and loss adjustment expenses | 268,402 | 259,118 |
| Underwriting expenses | 118,330 | 112,906 |
| Total expenses | 386,732 | 372,024 |
| Income before income taxes | 59,496 | 45,918 |
| Income tax expense | 12,494 | 9,643 |
| Net income | $ 47,002 | $ 36,275 |
| Diluted earnings per share | $ 1.88 | $ 1.45 |

**NET INVESTMENT INCOME**
(in thousands)

| | Three Months Ended September 30, | |
|---|---|---|
| | 2025 | 2024 |
| Fixed maturities | $ 29,118 | $ 26,402 |
| Equity securities | 2,906 | 2,604 |
| Short-term investments | 1,118 | 906 |
| Total investment income | 33,142 | 29,912 |
| Investment expenses | (1,938) | (1,794) |
| Net investment income | $ 31,204 | $ 28,118 |

About Fenwick Mutual

Fenwick Mutual Holdings writes personal and commercial property insurance in New England.
"""


def _revenue(doc) -> list[float]:
    facts = prepare(doc, "0" * 64, "x.md").facts
    return sorted(v for m, v, s, p in zip(facts["metric"], facts["value"], facts["source"], facts["product"])
                  if m == "revenue" and s == "table" and not p)  # the company's revenue, not a line of it


def test_a_bdc_total_investment_income_is_its_revenue() -> None:
    assert _revenue(parse_file(BDC)) == [37_208_000, 40_422_000, 107_216_000, 118_664_000]


def test_an_insurer_investment_note_keeps_its_total_revenues_as_revenue() -> None:
    doc = parse_text("fenwick.md", INSURER, "markdown")
    assert _revenue(doc) == [417_942_000, 446_228_000]


def test_net_asset_value_per_share_is_a_balance_of_its_own_never_eps() -> None:
    for label in ("Net asset value per share", "NAV per share", "Net asset value per common share"):
        assert canonical_metric(label, "", "USD/share") == "nav_per_share"
    facts = prepare(parse_file(BDC), "0" * 64, "x.md").facts
    nav = sorted(v for m, v in zip(facts["metric"], facts["value"]) if m == "nav_per_share")
    assert 18.62 in nav and 18.71 in nav
    assert not {18.62, 18.71} & {v for m, v in zip(facts["metric"], facts["value"]) if m.startswith("eps")}


def test_a_bdc_is_asked_its_nav_per_share_and_its_revenue(tmp_path) -> None:
    from chat.engine import Engine
    from knowledge.ingest import ingest
    from knowledge.store import connect
    db = tmp_path / "store.duckdb"
    con = connect(db)
    ingest(con, [BDC])
    con.close()
    engine = Engine(db)
    try:
        nav = engine.ask("What was Harrowgate's NAV per share at September 30, 2025?")[0]
        assert (nav.status, nav.metric, nav.value) == ("answered", "nav_per_share", 18.62)
        nav = engine.ask("Harrowgate net asset value per share at December 31, 2024")[0]
        assert (nav.status, nav.value) == ("answered", 18.71)
        eps = engine.ask("Harrowgate diluted EPS Q3 2025")[0]
        assert eps.value != 18.62
        revenue = engine.ask("Harrowgate revenue Q3 2025")[0]
        assert (revenue.status, revenue.value) == ("answered", 40_422_000)
    finally:
        engine.close()


_BOTH_NII = """# Harbor Mutual Bancorp Reports Third Quarter 2025 Results

TOLEDO, Ohio, October 20, 2025 -- Harbor Mutual Bancorp, Inc. (NASDAQ: HMBX) today reported results for the third
quarter ended September 30, 2025.

**CONSOLIDATED STATEMENTS OF INCOME**
(in thousands, except per share amounts)

| | Three Months Ended September 30, | |
|---|---|---|
| | 2025 | 2024 |
| Interest income | $ 52,118 | $ 48,406 |
| Interest expense | 20,118 | 19,406 |
| Net interest income | 32,000 | 29,000 |
| Net investment income | 4,204 | 3,118 |
| Noninterest expense | 20,000 | 19,000 |
| Net income | $ 12,002 | $ 10,275 |
| Diluted earnings per share | $ 1.88 | $ 1.45 |
"""


def test_nii_is_the_one_of_its_two_metrics_the_company_holds(tmp_path) -> None:
    """"NII" names net interest income (a bank's) and net investment income (a BDC's, an insurer's): asked of a company
    holding only one, it is that one; of one holding both it is asked back, never answered with either."""
    from chat.engine import Engine
    from knowledge.ingest import ingest
    from knowledge.store import connect
    both = tmp_path / "harbor.md"
    both.write_text(_BOTH_NII)
    db = tmp_path / "store.duckdb"
    con = connect(db)
    ingest(con, [BDC, both])
    con.close()
    engine = Engine(db)
    try:
        nii = engine.ask("Harrowgate NII Q3 2025")[0]
        assert (nii.status, nii.metric, nii.value) == ("answered", "net_investment_income", 18_290_000)
        asked = engine.ask("Harbor Mutual NII Q3 2025")[0]
        assert asked.status == "clarify" and asked.value is None
        # near miss: the metric named in full is answered as named
        named = engine.ask("Harbor Mutual net interest income Q3 2025")[0]
        assert (named.status, named.metric, named.value) == ("answered", "net_interest_income", 32_000_000)
    finally:
        engine.close()
