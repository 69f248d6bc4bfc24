"""Releases nobody tuned on: each industry's words in each layout the wires carry (tests/built_releases.py).
Since the test writes them, it knows every figure: identity, the core figures for both periods, and no
stored table figure that is a wrong number."""
from __future__ import annotations

import re

import pytest

from knowledge.vocabulary import canonical_metric
from parsers.document import parse_text
from parsers.html import render_html
from tests.built_releases import INDUSTRIES, LAYOUTS, Q24, expected, release

KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def _parsed(ind, layout):
    text, fmt = release(ind, layout)
    if fmt == "html":
        rendered = render_html(text)
        return parse_text(f"{ind.key}.htm", rendered.text, "html", rendered.tables)
    return parse_text(f"{ind.key}.txt", text, fmt)


def _cases():
    for ind in INDUSTRIES:
        for layout in LAYOUTS:
            marks = ()
            if (why := KNOWN_FAILURES.get((ind.key, layout))):
                marks = (pytest.mark.xfail(strict=True, reason=why),)
            yield pytest.param(ind, layout, id=f"{ind.key}-{layout}", marks=marks)


def _norm(label: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", label.lower()).split())


def problems(ind, layout) -> list[str]:
    """What the reading of one built release gets wrong, one line each ([] when all is read right)."""
    doc = _parsed(ind, layout)
    out = []
    if not doc.company or _norm(ind.company.split(",")[0]) not in _norm(doc.company):
        out.append(f"company {doc.company!r}")
    if doc.ticker != ind.ticker:
        out.append(f"ticker {doc.ticker!r}")
    if doc.period != Q24:
        out.append(f"period {doc.period}")
    if doc.currency not in (ind.currency, "") or (ind.currency != "USD" and doc.currency != ind.currency):
        out.append(f"currency {doc.currency!r}")
    table = [f for f in doc.figures if f.source == "table"]
    read = {(canonical_metric(f.label, f.section, f.unit), f.period, round(f.value, 2)) for f in table}
    for row, period, value in expected(ind):
        if row.metric and (row.metric, period, value) not in read:
            out.append(f"missing {row.metric} {period} {value} ({row.label!r})")
    truth: dict[str, dict] = {}
    for row, period, value in expected(ind):
        truth.setdefault(_norm(row.label), {})[period] = value
    for f in table:
        rows = [t for lab, t in truth.items() if lab == _norm(f.label)]
        if not rows:
            out.append(f"unknown row {f.label!r} = {f.value} {f.period} (line {f.line})")
        elif rows[0].get(f.period) != round(f.value, 2):
            out.append(f"wrong {f.label!r} {f.period} = {f.value}, printed {rows[0]}")
    return out


@pytest.mark.parametrize("ind,layout", list(_cases()))
def test_a_built_release_is_read_right(ind, layout) -> None:
    assert problems(ind, layout) == []


if __name__ == "__main__":  # the matrix: python -m tests.test_built_releases
    print(f"{'':10}" + "".join(f"{l:>15}" for l in LAYOUTS))
    for ind in INDUSTRIES:
        print(f"{ind.key:10}" + "".join(f"{('ok' if not problems(ind, l) else str(len(problems(ind, l)))):>15}"
                                        for l in LAYOUTS))


@pytest.mark.parametrize("label,metric", [
    ("Net income attributable to Harborstone Bancorp, Inc.", "net_income_common"),  # the parent's share
    ("Profit attributable to shareholders", "net_income_common"),
    ("Profit for the period attributable to owners of the parent", "net_income_common"),
    ("Net income attributable to noncontrolling interests", "other"),  # never the issuer's
    ("Net income attributable to participating securities", "other"),
    ("Net income attributable to preferred stockholders", "other"),
    ("Net income", "net_income"),
    ("Net cash generated from operating activities", "operating_cash_flow"),
])
def test_row_meaning_of_attributable_and_generated(label: str, metric: str) -> None:
    assert canonical_metric(label) == metric
