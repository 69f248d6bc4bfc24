"""`filings-chat check`: what must hold for any release, found without an answer key."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SHARED
from knowledge.check import check_document, check_path, format_report
from parsers.document import parse_text
from parsers.loading import loaded_from_bytes

FULL = SHARED / "corpus" / "full"
ALL = [SHARED / "seeds", SHARED / "corpus" / "releases", FULL]


def _releases() -> list[Path]:
    from knowledge.ingest import release_files
    return list(release_files([p for p in ALL if p.is_dir()]))


@pytest.mark.skipif(not FULL.is_dir(), reason="../shared/corpus is not beside this checkout")
def test_every_shared_release_checks_clean():
    checks = [check_path(p) for p in _releases()]
    report, ok = format_report(checks)
    assert ok, report
    for rc in checks:
        assert rc.error is None and rc.complete, rc.name
        if rc.name in {p.name for p in FULL.iterdir()} and rc.name.endswith((".htm", ".html", ".txt")):
            assert rc.coverage is not None and rc.coverage >= 0.9, (rc.name, rc.coverage)


def _html(rows: str, title: str = "CONDENSED CONSOLIDATED BALANCE SHEETS", intro: str = "") -> bytes:
    return f"""<html><body>
<p>ACME WIDGETS REPORTS FOURTH QUARTER RESULTS</p>
<p>CITY, Ohio, February 10, 2025 -- Acme Widgets, Inc. (NYSE: ACMW) today reported results for the fourth quarter
ended December 31, 2024.</p>{intro}
<p>{title}</p><p>(In thousands)</p>
<table>
<tr><td></td><td>December 31, 2024</td><td>December 31, 2023</td></tr>
{rows}
</table></body></html>""".encode()


def _check(data: bytes):
    loaded = loaded_from_bytes(data, "t.htm", ".htm")
    doc = parse_text("t.htm", loaded.text, loaded.format, loaded.tables, loaded.header)
    return check_document(doc, loaded.tables)


BALANCED = """<tr><td>Cash</td><td>100</td><td>90</td></tr>
<tr><td>Inventory</td><td>50</td><td>40</td></tr>
<tr><td>Total current assets</td><td>150</td><td>130</td></tr>
<tr><td>Total assets</td><td>150</td><td>130</td></tr>
<tr><td>Accounts payable</td><td>60</td><td>50</td></tr>
<tr><td>Total liabilities</td><td>60</td><td>50</td></tr>
<tr><td>Total stockholders' equity</td><td>90</td><td>80</td></tr>
<tr><td>Total liabilities and stockholders' equity</td><td>150</td><td>130</td></tr>"""


def test_a_balanced_sheet_has_no_violation():
    rc = _check(_html(BALANCED))
    assert rc.violations == [] and rc.complete
    assert rc.coverage == 1.0


def test_a_subtotal_that_does_not_add_up_is_a_violation():
    rc = _check(_html(BALANCED.replace("<td>Total current assets</td><td>150</td>", "<td>Total current assets</td><td>160</td>")))
    assert any("Total current assets" in v for v in rc.violations)


def test_assets_that_differ_from_liabilities_and_equity_are_a_violation():
    rc = _check(_html(BALANCED.replace("<td>Total liabilities and stockholders' equity</td><td>150</td>",
                                       "<td>Total liabilities and stockholders' equity</td><td>155</td>")))
    assert any("differ from total liabilities and equity" in v for v in rc.violations)


def test_a_figure_dated_after_the_release_is_never_an_actual():
    rows = "<tr><td>Cash</td><td>100</td><td>90</td></tr><tr><td>Total assets</td><td>100</td><td>90</td></tr>"
    data = _html(rows).replace(b"December 31, 2023</td>", b"December 31, 2025</td>")
    loaded = loaded_from_bytes(data, "t.htm", ".htm")
    doc = parse_text("t.htm", loaded.text, loaded.format, loaded.tables, loaded.header)
    assert {f.period.end.year for f in doc.figures if f.source == "table"} == {2024}


def test_check_command_exits_non_zero_on_a_violation(tmp_path):
    bad = tmp_path / "bad.htm"
    bad.write_bytes(_html(BALANCED.replace("<td>Total assets</td><td>150</td>", "<td>Total assets</td><td>160</td>")))
    good = tmp_path / "good.htm"
    good.write_bytes(_html(BALANCED))
    run = lambda *p: subprocess.run([sys.executable, "-m", "chat", "check", *map(str, p)], capture_output=True,
                                    text=True, timeout=60)
    ok, failed = run(good), run(good, bad)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert failed.returncode == 1 and "violation" in failed.stdout
    assert "2 releases" in failed.stdout.splitlines()[-8]  # the first of the eight total lines
