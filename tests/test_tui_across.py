"""The chat shows companies side by side as a table (a column of company names) and a ranking as bars
(issue 20 item 3, issue 21's screenshot), on a store of several invented companies."""
from __future__ import annotations

import pytest
from textual.widgets import DataTable

from chat.tui.app import FilingsChatApp
from test_cross_company import build_store
from test_tui import ask
from test_tui_daily import engine_loaded

SIZES = [(80, 24), (140, 45)]


@pytest.fixture(scope="module")
def across_db(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("across_tui"))


@pytest.fixture
def app(across_db, tmp_path):
    return FilingsChatApp(across_db, history_path=tmp_path / "h.txt", export_dir=tmp_path,
                          settings_path=tmp_path / "settings.json", conversations_path=tmp_path / "c.sqlite3")


async def test_a_ranking_is_bars_and_a_comparison_a_table_of_companies(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await engine_loaded(pilot, app)
        card = await ask(pilot, app, "top 3 by revenue Q4 FY2024")
        assert card.answer.kind == "rank" and card.answer.status == "answered"
        chart = str(card.query_one(".chart").render()).splitlines()
        assert [line.split("█")[0].strip() for line in chart] == [r["period"] for r in card.answer.rows]
        assert chart[0].startswith("Corvatek Silicon Inc.") and chart[1].startswith("Pellucid Trust Bank Corp.")
        assert chart[0].count("█") > chart[1].count("█") >= chart[2].count("█") >= 1  # in proportion, none empty
        card = await ask(pilot, app, "Harrowgate vs Pellucid revenue Q4 2024")
        assert card.answer.kind == "companies"
        table = card.query_one(DataTable)
        assert str(table.ordered_columns[0].label) == "company"
        names = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert sorted(names) == ["Harrowgate Savings Bancorp", "Pellucid Trust Bank Corp."]
        assert names == [r["period"] for r in card.answer.rows]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_comparison_and_ranking_screen(snap_compare, app, size):
    async def run(pilot):
        await engine_loaded(pilot, pilot.app)
        await ask(pilot, pilot.app, "Harrowgate vs Pellucid revenue Q4 2024")
        await ask(pilot, pilot.app, "top 3 by revenue Q4 FY2024")
        pilot.app.query_one("#ask").cursor_blink = False
        await pilot.pause(0.2)
    assert snap_compare(app, terminal_size=size, run_before=run)
