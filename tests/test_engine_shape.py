"""The engine as one straight line (issue 20, part 6): resolution → a frozen Query → one handler per
intent → every reply worded, and every Answer made, in chat/wording.py."""
from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from chat.engine import Context
from chat.query import AcrossQuery, Query

ROOT = Path(__file__).resolve().parents[1]
HANDLERS = ROOT / "chat" / "handlers"


def _calls(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call):
            f = node.func
            names.add(f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", ""))
    return names


def test_no_handler_resolves_a_period():
    """Handlers look figures up by the Query's period keys; reading a period spec is resolution's."""
    for path in HANDLERS.glob("*.py"):
        text = path.read_text()
        assert "chat.periods" not in text and "chat.resolution" not in text, path
        assert not _calls(path) & {"resolve", "period_key", "previous_year", "quarter_end_instant"}, path


def test_answers_are_made_in_wording_only():
    for path in [*(ROOT / "chat").glob("*.py"), *HANDLERS.glob("*.py")]:
        if path.name in ("wording.py", "answer.py", "batch.py"):  # batch: a line it could not read, before any question
            continue
        assert "Answer" not in _calls(path), path


def test_the_query_is_frozen(seed_engine):
    resolved = seed_engine.resolve("Q3 2007 US revenue growth", Context())
    q = resolved.query
    assert isinstance(q, Query) and q.keys == ((3, 2007, 9),) and q.base == (3, 2006, 9) and q.flow
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.metric = "net_income"  # type: ignore[misc]


def test_a_balance_change_compares_with_the_other_date_of_the_balance_sheet(seed_engine):
    q = seed_engine.resolve("total assets change at September 30, 2007", Context()).query
    assert isinstance(q, Query) and not q.flow and q.keys == ((0, 2007, 9),) and q.base == (0, 2006, 12)


def test_periods_compared_are_a_change(seed_engine):
    """'revenue Q3 2007 vs Q3 2006' (intent compare, no second place) goes to the change handler."""
    a, _ = seed_engine.ask("revenue Q3 2007 vs Q3 2006", Context())
    assert a.status == "answered" and a.unit == "percent" and a.kind == "change"
    assert [r["period"] for r in a.rows] == ["Q3 2006", "Q3 2007"]


def test_places_compared_side_by_side(seed_engine):
    a, _ = seed_engine.ask("US vs EMEA revenue Q3 2007", Context())
    assert a.status == "answered" and a.kind == "compare" and a.value == 4980000
    assert [r["period"] for r in a.rows][:2] == ["U.S.", "EMEA"] and len(a.citations) == 2


def test_a_question_over_companies_resolves_to_an_across_query(seed_engine):
    q = seed_engine.resolve("which company had the highest revenue", Context()).query
    assert isinstance(q, AcrossQuery) and q.shape == "rank" and q.calendars
    assert all(c.key[0] == 3 for c in q.calendars)  # no period named: the latest quarter any company gives
