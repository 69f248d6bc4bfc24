"""Releases nobody tuned on: each industry's words in each layout the wires carry (tests/built_releases.py).
Since the test writes them, it knows every figure: identity, the core figures for both periods, and no
stored table figure that is a wrong number."""
from __future__ import annotations

import dataclasses
import re

import pytest

from knowledge.vocabulary import canonical_metric
from parsers.document import parse_text
from parsers.html import render_html
from tests.built_releases import INDUSTRIES, LAYOUTS, Q24, SAID, expected, release, stated

KNOWN_FAILURES: dict[tuple[str, str], str] = {}  # (industry, layout): why, a strict xfail on record (issue 19)


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


def _unit(ind, f, printed: dict) -> str:
    """The unit a figure of a generated row has: its currency, per share, or shares."""
    row = next(r for r in (*ind.income, *ind.balance, *ind.cash) if r.now is not None
               and _norm(f.label).endswith(_norm(r.label)) and r.per_share == f.unit.endswith("/share")
               and printed == {p: v for r2, p, v in expected(ind) if r2 is r})
    if row.per_share:
        return f"{ind.currency}/share"
    return "shares" if row.metric.startswith("weighted_shares") else ind.currency


def problems(ind, layout) -> list[str]:
    """What the reading of one built release's identity and statements gets wrong, one line each ([] when all is read right)."""
    doc = _parsed(ind, layout)
    out = []
    if not doc.company or _norm(ind.company.split(",")[0]) not in _norm(doc.company):
        out.append(f"company {doc.company!r}")
    if doc.ticker != ind.ticker:
        out.append(f"ticker {doc.ticker!r}")
    if doc.period != Q24:
        out.append(f"period {doc.period}")
    if doc.currency != ind.currency:
        out.append(f"currency {doc.currency!r}")
    table = [f for f in doc.figures if f.source == "table"]
    read = {(canonical_metric(f.label, f.section, f.unit), f.period, round(f.value, 2)) for f in table}
    for row, period, value in expected(ind):
        if row.metric and (row.metric, period, value) not in read:
            out.append(f"missing {row.metric} {period} {value} ({row.label!r})")
    truth: dict[tuple, dict] = {}
    for row, period, value in expected(ind):
        truth.setdefault((_norm(row.label), row.per_share), {})[period] = value
    headings = [""] + [_norm(r.label) + " " for part in (ind.income, ind.balance, ind.cash) for r in part if r.now is None]
    for f in table:  # a row under a heading ("Earnings per share:" / "Diluted") may carry the heading in its label
        rows = [t for (lab, ps), t in truth.items() if ps == f.unit.endswith("/share")
                and any(_norm(f.label) == h + lab for h in headings)]
        if not rows:
            out.append(f"unknown row {f.label!r} = {f.value} {f.period} (line {f.line})")
        elif rows[0].get(f.period) != round(f.value, 2):
            out.append(f"wrong {f.label!r} {f.period} = {f.value}, printed {rows[0]}")
        elif f.unit != _unit(ind, f, rows[0]):
            out.append(f"wrong unit {f.label!r} {f.period}: {f.unit}")
    return out


def prose_problems(ind) -> list[str]:
    """What the reading of the highlights gets wrong: a figure said in the industry's words not read
    as its metric, or a figure read that the prose does not state."""
    doc = _parsed(ind, "markdown")
    prose = [f for f in doc.figures if f.source == "narrative"]
    out = []
    heard = {(canonical_metric(f.label, f.section, "USD" if f.qualifier == "stated-change" else f.unit), f.period,
              round(f.value, 2)) for f in prose}
    for sentence, metric, value, unit in SAID.get(ind.key, ()):
        if (metric, Q24, value) not in heard:
            out.append(f"missing {metric} {value}: read {sorted(h for h in heard if h[2] == value)} from {sentence!r}")
    known = stated(ind)
    for f in prose:
        if not any(abs(f.value - v) <= 1e-6 * max(1.0, abs(v)) for v in known):
            out.append(f"wrong {f.label!r} = {f.value} (line {f.line})")
    return out


@pytest.mark.parametrize("ind,layout", list(_cases()))
def test_a_built_release_is_read_right(ind, layout) -> None:
    assert problems(ind, layout) == []


PROSE_FAILURES: dict[str, str] = {}  # on record (issue 19), for the prose vocabulary to take up: none today (a net
# interest margin and a combined ratio are read as levels, same-store NOI and comparable sales as their own metrics)


@pytest.mark.parametrize("ind", [pytest.param(i, id=i.key, marks=(pytest.mark.xfail(strict=True, reason=PROSE_FAILURES[i.key]),)
                                              if i.key in PROSE_FAILURES else ()) for i in INDUSTRIES])
def test_the_highlights_are_read_in_the_industrys_words(ind) -> None:
    assert prose_problems(ind) == []


@pytest.mark.parametrize("label", [
    "Net income attributable to Harborstone Bancorp, Inc.", "Net income attributable to Pembrake Energy Corporation",
    "Profit attributable to shareholders", "Profit for the period attributable to owners of the parent"])
def test_net_income_attributable_to_the_parent_is_read(label: str) -> None:
    assert canonical_metric(label) == "net_income"  # the issuer's owners' net income: what analysts mean


@pytest.mark.parametrize("label,metric", [
    ("Net income attributable to noncontrolling interests", "other"),  # never the issuer's
    ("Net income attributable to participating securities", "other"),
    ("Net income attributable to preferred stockholders", "other"),
    ("Net income attributable to redeemable noncontrolling interests", "other"),
    ("Net loss attributable to noncontrolling interest", "other"),
    ("Net income attributable to common stockholders", "net_income_common"),  # after preferred dividends: EPS's
    ("Net income attributable to Acme Widgets, Inc. common shareholders", "net_income_common"),
    ("Net loss attributable to Acme", "net_income"),
    ("Net (loss) income attributable to Acme plc", "net_income"),
    ("Net earnings attributable to parent", "net_income"),
    ("Consolidated net income", "consolidated_net_income"),  # store.prepare makes it net_income when alone
    ("Net income including noncontrolling interests", "consolidated_net_income"),
    ("Net income", "net_income"),
    ("Net cash generated from operating activities", "operating_cash_flow"),
])
def test_row_meaning_of_attributable_and_generated(label: str, metric: str) -> None:
    assert canonical_metric(label) == metric


@pytest.mark.parametrize("unit", ["USD/share", "CAD/share", "EUR/share"])
def test_a_per_share_row_in_any_currency_is_eps(unit: str) -> None:
    assert canonical_metric("Diluted earnings per share", "", unit) == "eps_diluted"


if __name__ == "__main__":  # the matrix: python -m tests.test_built_releases
    print(f"{'':10}" + "".join(f"{l:>21}" for l in LAYOUTS))
    for ind in INDUSTRIES:
        print(f"{ind.key:10}" + "".join(f"{('ok' if not problems(ind, l) else str(len(problems(ind, l)))):>21}"
                                        for l in LAYOUTS) + f"   prose: {prose_problems(ind) or 'ok'}")



@pytest.mark.parametrize("layout", ["html", "markdown_sign_cells", "cell_per_line"])
def test_a_currency_printed_only_beside_the_figures_is_the_statements_currency(layout) -> None:
    """No heading names the currency ('(in thousands, except per share amounts)'): the 'C$' printed
    beside the figures says it, in HTML too (its rendered cells keep the sign as printed)."""
    canadian = next(i for i in INDUSTRIES if i.key == "canadian")
    plain = dataclasses.replace(canadian, scale_note="(in thousands, except per share amounts)")
    assert _parsed(plain, layout).currency == "CAD"
    assert problems(plain, layout) == []
