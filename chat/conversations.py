"""Saved conversations, headless: save each answered turn, list, reopen, rename, delete.

A reopened conversation is its saved answers, shown again as they were (never asked again), and the
context after its last turn, so a follow-up goes on where it stopped. The file is a convenience, like
the question history: one that cannot be read is set aside (NAME.bad) with a warning and the chat
keeps its conversations in memory for the run; a pipe or device in its place is never opened.
"""
from __future__ import annotations

import json
import os
import sqlite3
import stat
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from pathlib import Path

from chat.answer import Answer
from chat.engine import Context
from chat.periods import PeriodSpec
from knowledge import conversation_file as store

TITLE_CHARS = 200  # of a title: the first question, or what the user renamed it to


@dataclass
class ConversationInfo:
    id: int
    title: str
    created: str  # ISO local time
    updated: str
    turns: int


@dataclass
class SavedConversation:
    info: ConversationInfo
    answers: list[Answer]
    context: Context  # after the last turn: follow-ups go on from it


# -- answers and contexts as JSON ------------------------------------------------------------------
def answer_record(answer: Answer) -> dict:
    """Everything the chat shows of an answer (the contract's object plus body, kind, rows)."""
    return asdict(answer)


def answer_from_record(data: dict) -> Answer:
    return Answer.from_record(data)


def _period(spec: PeriodSpec | None) -> dict | None:
    if spec is None:
        return None
    out = asdict(spec)
    out["end"] = spec.end.isoformat() if spec.end else None
    return out


def _period_from(data: dict | None) -> PeriodSpec | None:
    if not data:
        return None
    return PeriodSpec(**{**data, "end": date.fromisoformat(data["end"]) if data.get("end") else None})


def context_record(context: Context) -> dict:
    out = {f.name: getattr(context, f.name) for f in fields(Context)}
    out["period"] = _period(context.period)
    out["others"] = [_period(p) for p in context.others]
    out["options"] = list(context.options)
    return out


def context_from_record(data: dict | None) -> Context:
    """The saved context; anything unreadable gives a fresh one (a follow-up then asks afresh, never wrongly)."""
    if not data:
        return Context()
    try:
        known = {f.name for f in fields(Context)}
        values = {k: v for k, v in data.items() if k in known}
        values["period"] = _period_from(values.get("period"))
        values["others"] = tuple(_period_from(p) for p in values.get("others") or ())
        values["options"] = tuple(values.get("options") or ())
        values["companies"] = tuple(values.get("companies") or ())
        values["ranking"] = tuple(values.get("ranking") or ("high", 0))
        pair = tuple(str(p) for p in values.get("pair") or ())
        values["pair"] = pair if len(pair) == 3 else ()
        return Context(**values)
    except (TypeError, ValueError, KeyError):
        return Context()


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


class Conversations:
    """The conversations file at `path` (None: kept in memory for this run). `warning` says why the
    file could not be used, when it could not."""

    def __init__(self, path: Path | None):
        self.path = path
        self.warning: str | None = None
        self.con = self._open(path)

    def _open(self, path: Path | None) -> sqlite3.Connection:
        if path is None:
            return store.open_file(None)
        try:
            st = os.stat(path)
            if not stat.S_ISREG(st.st_mode):
                self.warning = f"{path} is not a regular file (a folder, pipe, device or socket); conversations are not saved"
                return store.open_file(None)
        except FileNotFoundError:
            pass
        except OSError as exc:
            self.warning = f"{path} cannot be read ({exc.strerror or exc}); conversations are not saved"
            return store.open_file(None)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return store.open_file(path)
        except sqlite3.DatabaseError as exc:  # not a conversations file: kept aside for the user
            bad = path.with_name(path.name + ".bad")
            try:
                os.replace(path, bad)
                self.warning = f"{path} could not be read ({exc}); moved to {bad.name}, starting without it"
                return store.open_file(path)
            except (OSError, sqlite3.Error) as exc2:
                self.warning = f"{path} could not be read ({exc}) nor replaced ({exc2}); conversations are not saved"
                return store.open_file(None)
        except (OSError, sqlite3.Error) as exc:
            self.warning = f"{path} cannot be opened ({exc}); conversations are not saved"
            return store.open_file(None)

    def save_turn(self, conversation: int | None, answer: Answer, context: Context) -> int:
        """Save one answered turn at once; a new conversation (None) is titled by its first question."""
        title = " ".join(answer.question.split())[:TITLE_CHARS] or "(untitled)"
        return store.add_turn(self.con, conversation, title, json.dumps(answer_record(answer), default=str),
                              json.dumps(context_record(context), default=str), _now())

    def list(self) -> list[ConversationInfo]:
        """Every saved conversation, the most recently continued first."""
        return [ConversationInfo(*row) for row in store.conversations(self.con)]

    def load(self, conversation: int) -> SavedConversation | None:
        info = next((c for c in self.list() if c.id == conversation), None)
        if info is None:
            return None
        answers, context = [], None
        for answer, ctx in store.turns(self.con, conversation):
            try:
                answers.append(answer_from_record(json.loads(answer)))
                context = ctx
            except (TypeError, ValueError, AttributeError):  # a row another version wrote: left out
                continue
        try:
            restored = context_from_record(json.loads(context)) if context else Context()
        except ValueError:
            restored = Context()
        return SavedConversation(info, answers, restored)

    def rename(self, conversation: int, title: str) -> bool:
        title = " ".join(title.split())[:TITLE_CHARS]
        return bool(title) and store.rename(self.con, conversation, title)

    def delete(self, conversation: int) -> bool:
        return store.delete(self.con, conversation)

    def close(self) -> None:
        self.con.close()
