"""Shared fixtures: stores built from the bundled seeds and from the development corpus."""
from __future__ import annotations

import functools
from pathlib import Path

import pytest
from textual import events
from textual.keys import _character_to_key

from chat.engine import Engine
from knowledge.ingest import ingest
from knowledge.store import connect

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "knowledge" / "sample_data"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "releases"
FULL = SHARED / "corpus" / "full"
INDUSTRIES = ROOT / "tests" / "data" / "industries"  # releases of a bank, insurer, REIT, retailer, utility and software firm
# Excerpts that never name their company: the test names them, as a user would with --company.
UNNAMED = {"energen_2006q2.txt": "Energen Corporation", "skyline_fy2007q3.txt": "Skyline Corporation",
           "nationalfuelgas_fy2004q3.txt": "National Fuel Gas Company",
           "nationalfuelgas_fy2004q1.txt": "National Fuel Gas Company",
           "gerberscientific_fy2008q3.txt": "Gerber Scientific, Inc."}


async def type_text(pilot, text: str) -> None:
    """Type `text` into the focused widget a key at a time, as a person does: the same key events, in
    the same order, as `pilot.press(*text)`. Pilot.press waits twice per key for the whole process to
    go idle (at least 40 ms a key, up to 2 s a key while another thread works: most of the TUI tests'
    time); here each key waits only until the app, then the screen and the focused widget it forwards the
    key to, have handled it. Tests of what happens between two keys (completion) keep pilot.press."""
    for char in text:
        key = char if char.isalnum() else _character_to_key(char)
        pilot.app.post_message(events.Key(key, char))
        await pilot.pause(0)  # the app has taken the key, and passed it on
        await pilot.pause(0)  # ...the widget with the focus has handled it
    await pilot.pause()  # as Pilot.press ends: the process idle after the last key


@functools.lru_cache(maxsize=None)
def checked(path: Path) -> tuple:
    """`check_release(path)`, once per run: test_check, test_identity and test_reading_score each read
    every release of ../shared (the parse is most of their time). Treat the result as read-only."""
    from knowledge.check import check_release
    return check_release(path)


def need_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "seed.duckdb"
    con = connect(path)
    report = ingest(con, [SAMPLES])
    con.close()
    assert report.documents == 2 and not report.failures
    return path


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    need_corpus()
    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    con = connect(path)
    ingest(con, [SAMPLES, CORPUS])
    for name, company in UNNAMED.items():
        ingest(con, [CORPUS / name], company=company)
    con.close()
    return path


@pytest.fixture(scope="session")
def all_db(tmp_path_factory) -> Path:
    """Every release a user of many companies would hold: the seeds, the corpus openings and the
    complete releases (two companies with two releases each)."""
    need_corpus()
    path = tmp_path_factory.mktemp("all") / "all.duckdb"
    con = connect(path)
    ingest(con, [SAMPLES, CORPUS, FULL, INDUSTRIES])
    for name, company in UNNAMED.items():
        ingest(con, [CORPUS / name], company=company)
    con.close()
    return path


@pytest.fixture(scope="session")
def seed_engine(seed_db) -> Engine:
    return Engine(seed_db)


@pytest.fixture(scope="session")
def corpus_engine(corpus_db) -> Engine:
    return Engine(corpus_db)


def pytest_terminal_summary(terminalreporter):
    """Say why tests skipped (e.g. ../shared missing from a fresh clone) instead of skipping silently."""
    reasons: dict[str, int] = {}
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        reason = reason.removeprefix("Skipped: ")
        reasons[reason] = reasons.get(reason, 0) + 1
    if reasons:
        terminalreporter.section("skipped")
        for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
            terminalreporter.write_line(f"{n} skipped: {reason}")
