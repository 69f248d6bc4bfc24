"""Every table cell and every narrative figure of both seeds, checked by hand against the releases
(tests/data/seed_facts.jsonl), must come out of the parsers with its value, unit, period and line."""
import json
from pathlib import Path

import pytest

from knowledge.vocabulary import canonical_geo, canonical_metric
from parsers.document import parse_file

from conftest import SAMPLES

EXPECTED = [json.loads(l) for l in (Path(__file__).parent / "data" / "seed_facts.jsonl").read_text().splitlines()]


def _parsed(name: str) -> list[dict]:
    doc = parse_file(SAMPLES / name)
    return [{"doc": name, "line": f.line, "source": f.source, "metric": "other" if f.qualifier else canonical_metric(f.label, f.section, f.unit),
             "geo": canonical_geo(f.geo) if f.geo else "", "product": " ".join(f.product.split()),
             "period": f.period.label(doc.fye_month), "value": f.value, "unit": f.unit, "change_pct": f.change_pct,
             "quote": f.quote} for f in doc.figures]


@pytest.fixture(scope="module")
def parsed() -> dict[str, list[dict]]:
    return {name: _parsed(name) for name in {e["doc"] for e in EXPECTED}}


KEYS = ("line", "source", "metric", "geo", "product", "period", "unit", "change_pct")


@pytest.mark.parametrize("fact", EXPECTED, ids=lambda e: f"{e['doc'][:3]}:{e['line']}:{e['metric']}:{e['period']}")
def test_expected_fact_is_parsed(parsed, fact):
    found = [p for p in parsed[fact["doc"]] if all(p[k] == fact[k] for k in KEYS)
             and abs(p["value"] - fact["value"]) <= 1e-6 * max(1, abs(fact["value"]))]
    assert found, f"missing {fact}"


def test_every_table_cell_of_the_seeds(parsed):
    """162 cells: balance sheets (7+1+3+1 rows x 2 / 7+1+4+1 rows x 2) and statements of operations (13 rows x 4)."""
    tables = [p for ps in parsed.values() for p in ps if p["source"] == "table"]
    assert len(tables) == sum(1 for e in EXPECTED if e["source"] == "table") == 162


def test_no_unexpected_figures(parsed):
    """Nothing beyond the checked list: a figure the parsers invent would be a wrong answer."""
    total = sum(len(v) for v in parsed.values())
    assert total == len(EXPECTED)


def test_quotes_stand_on_their_lines(parsed):
    for name, facts in parsed.items():
        lines = (SAMPLES / name).read_text().split("\n")
        for f in facts:
            assert f["quote"] and f["quote"] in lines[f["line"] - 1]


def test_per_share_and_share_counts_are_not_scaled(parsed):
    eps = [p for p in parsed["002_4266c43fe5b6aa3e.txt"] if p["metric"] == "eps_diluted" and p["source"] == "table"]
    assert sorted(p["value"] for p in eps) == [-0.15, -0.12, -0.03, -0.03]
    shares = [p for p in parsed["002_4266c43fe5b6aa3e.txt"] if p["unit"] == "shares"]
    assert {p["value"] for p in shares} == {17620000, 17381000, 17577000, 16890000}


def test_sales_under_costs_is_an_expense_not_revenue(parsed):
    sales = [p for p in parsed["002_4266c43fe5b6aa3e.txt"] if p["line"] == 303]
    assert {p["metric"] for p in sales} == {"selling_expense"}
