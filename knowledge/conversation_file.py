"""The user's saved conversations: a small SQLite file in the user data directory, beside the question
history — never inside the DuckDB store, which readers open read-only.

Every turn is one row, written and committed as soon as it is answered, so a crash loses at most the
turn in flight. The rows hold JSON text the chat layer makes and reads (answers, the conversation's
context); this module only keeps them.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS turns (
    conversation INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    answer TEXT NOT NULL,
    context TEXT,
    PRIMARY KEY (conversation, n)
);
"""


def open_file(path: Path | None) -> sqlite3.Connection:
    """The file at `path` (created when missing; None: in memory, for this run only), its tables made.
    sqlite3.DatabaseError when the file is not such a database."""
    con = sqlite3.connect(":memory:" if path is None else str(path), timeout=5)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if version > VERSION:
            raise sqlite3.DatabaseError(f"saved by a newer filings-chat (version {version})")
        con.executescript(SCHEMA)
        con.execute(f"PRAGMA user_version = {VERSION}")
        con.commit()
    except Exception:
        con.close()
        raise
    return con


def add_turn(con: sqlite3.Connection, conversation: int | None, title: str, answer: str, context: str | None,
             when: str) -> int:
    """Append one answered turn and commit it; the conversation (None: a new one, titled `title`) and
    its first turn are one transaction, so no conversation is ever saved without a turn. Returns its id."""
    with con:
        if conversation is None or not exists(con, conversation):
            conversation = int(con.execute("INSERT INTO conversations (title, created, updated) VALUES (?, ?, ?)",
                                           [title, when, when]).lastrowid)
        n = con.execute("SELECT coalesce(max(n), 0) + 1 FROM turns WHERE conversation = ?", [conversation]).fetchone()[0]
        con.execute("INSERT INTO turns (conversation, n, answer, context) VALUES (?, ?, ?, ?)",
                    [conversation, n, answer, context])
        con.execute("UPDATE conversations SET updated = ? WHERE id = ?", [when, conversation])
    return conversation


def conversations(con: sqlite3.Connection) -> list[tuple[int, str, str, str, int]]:
    """(id, title, created, updated, turns), the most recently updated first."""
    return con.execute(
        "SELECT c.id, c.title, c.created, c.updated, count(t.n) FROM conversations c "
        "LEFT JOIN turns t ON t.conversation = c.id GROUP BY c.id, c.title, c.created, c.updated "
        "ORDER BY c.updated DESC, c.id DESC").fetchall()


def turns(con: sqlite3.Connection, conversation: int) -> list[tuple[str, str | None]]:
    """(answer JSON, context JSON) of each turn, in the order asked."""
    return con.execute("SELECT answer, context FROM turns WHERE conversation = ? ORDER BY n",
                       [conversation]).fetchall()


def exists(con: sqlite3.Connection, conversation: int) -> bool:
    return con.execute("SELECT 1 FROM conversations WHERE id = ?", [conversation]).fetchone() is not None


def rename(con: sqlite3.Connection, conversation: int, title: str) -> bool:
    with con:
        return con.execute("UPDATE conversations SET title = ? WHERE id = ?", [title, conversation]).rowcount > 0


def delete(con: sqlite3.Connection, conversation: int) -> bool:
    with con:
        con.execute("DELETE FROM turns WHERE conversation = ?", [conversation])
        return con.execute("DELETE FROM conversations WHERE id = ?", [conversation]).rowcount > 0
