"""Saved conversations, headless (issue 21, part 3): each turn saved when answered, listed, reopened
with the same answers and context, renamed, deleted; a broken file never stops the chat."""
import os
import sqlite3
from datetime import date

import pytest

from chat.conversations import context_from_record, context_record
from chat.engine import Context
from chat.periods import PeriodSpec
from chat.session import Conversations, Session


@pytest.fixture(scope="module")
def turns(seed_db):
    session = Session(seed_db)
    first, context = session.ask("EMEA revenue Q3 2007")
    second, context2 = session.ask("and the nine months?", context)
    trend, context3 = session.ask("revenue trend", context2)
    return [(first, context), (second, context2), (trend, context3)]


def test_each_turn_is_saved_and_reopened_as_it_was(turns, tmp_path):
    path = tmp_path / "conversations.sqlite3"
    saved = Conversations(path)
    cid = None
    for answer, context in turns:
        cid = saved.save_turn(cid, answer, context)
        # committed at once: another reader (a chat started after a crash) sees the turn
        other = sqlite3.connect(path)
        assert other.execute("SELECT count(*) FROM turns").fetchone()[0] == turns.index((answer, context)) + 1
        other.close()
    saved.close()
    again = Conversations(path)
    [info] = again.list()
    assert info.title == "EMEA revenue Q3 2007" and info.turns == 3
    loaded = again.load(info.id)
    assert loaded.answers == [a for a, _ in turns]  # rows, body and citations included: nothing asked again
    assert loaded.answers[2].kind == "trend" and loaded.answers[2].rows == turns[2][0].rows
    assert loaded.context == turns[2][1]


def test_rename_delete_and_order(turns, tmp_path):
    saved = Conversations(tmp_path / "c.sqlite3")
    a = saved.save_turn(None, *turns[0])
    b = saved.save_turn(None, *turns[1])
    assert [c.id for c in saved.list()] == [b, a]  # the most recent first (same second: the newer id)
    assert saved.rename(a, "  EMEA   work ") and saved.load(a).info.title == "EMEA work"
    assert not saved.rename(a, "   ")  # an empty title is refused, the old one kept
    assert saved.load(a).info.title == "EMEA work"
    assert saved.delete(a) and saved.load(a) is None and [c.id for c in saved.list()] == [b]
    assert not saved.delete(a)
    # a turn of a conversation deleted meanwhile (another chat) starts a new one, never a lost turn
    c = saved.save_turn(a, *turns[2])
    assert c != a and saved.load(c).info.turns == 1


def test_context_round_trip_with_dates_and_options():
    ctx = Context(company="x", metric="revenue", period=PeriodSpec("instant", end=date(2007, 9, 30)),
                  others=(PeriodSpec("Q", 2006, 3),), options=("a?", "b?"), default_company="x")
    assert context_from_record(context_record(ctx)) == ctx
    assert context_from_record({"period": {"kind": "Q", "bogus": 1}}) == Context()  # unreadable: afresh


def test_a_file_that_is_no_database_is_set_aside(turns, tmp_path):
    path = tmp_path / "conversations.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    saved = Conversations(path)
    assert saved.warning and "conversations.sqlite3.bad" in saved.warning
    assert (tmp_path / "conversations.sqlite3.bad").read_bytes().startswith(b"not a database")
    cid = saved.save_turn(None, *turns[0])
    assert Conversations(path).load(cid).answers[0] == turns[0][0]


def test_a_pipe_in_its_place_is_never_opened(turns, tmp_path):
    path = tmp_path / "conversations.sqlite3"
    os.mkfifo(path)
    saved = Conversations(path)
    assert "not a regular file" in saved.warning
    cid = saved.save_turn(None, *turns[0])  # kept in memory for the run
    assert saved.load(cid).info.turns == 1


def test_find_lines_searches_the_whole_release(seed_db):
    session = Session(seed_db)
    doc = session.documents()[0]["file_name"]
    doc_id, _, total, _ = session.source_window(doc, 1, around=5)
    every = session.source_lines(doc, doc_id)
    found = session.find_lines(doc_id, "REVENUE")
    expected = [(i, line.lower().count("revenue")) for i, line in enumerate(every, 1) if "revenue" in line.lower()]
    assert found == expected and found[-1][0] > 11  # lines beyond the window asked for
    assert session.find_lines(doc_id, "revenue", limit=2) == expected[:2]
    assert session.find_lines(doc_id, "50%_") == [] and session.find_lines(doc_id, "") == []
