"""Parsing outside the ingesting process: a worker per core, each with a time and memory budget.

A worker is `python -m knowledge.worker PARENT_PID MEMORY_MB`, talking pickles over its stdin and
stdout. It dies with its parent: the kernel kills it when the parent goes (PR_SET_PDEATHSIG, even in
the middle of a parse), and it exits on its own when its stdin closes. The parent kills a worker that
runs over a document's time budget and starts another; a parse that runs over the memory budget
raises MemoryError inside the worker, which reports it and goes on.
"""
from __future__ import annotations

import os
import queue
import signal
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from parsers.model import ParseError


@dataclass
class Task:
    """One file to parse: its bytes were read (and hashed) by the parent."""

    index: int
    name: str  # readable file name
    path: str
    suffix: str
    data: bytes
    sha: str
    period: str = ""  # the period an excerpt that names none is about (ingest --period)
    excerpt: bool = False  # the user named its company: an excerpt is stored even without figures
    header: dict[str, str] = field(default_factory=dict)  # the filer's record (EDGAR): outranks the file's own header
    replaces: int | None = None  # the doc_id of its stored reading, when it is read again (ingest --period)
    job: str = "ingest"  # or "check": the release's self-check (knowledge.check) instead of the store's rows


def parse_task(task: Task) -> tuple[str, object]:
    """('ok', Prepared) — or ReleaseCheck for a check — or ('error', reason)."""
    from knowledge.doubts import mark
    from knowledge.sec_tickers import complete_identity
    from knowledge.fact_rows import prepare
    from parsers.document import parse_text
    from parsers.loading import loaded_from_bytes
    try:
        loaded = loaded_from_bytes(task.data, task.name, task.suffix)
        doc = parse_text(task.name, loaded.text, loaded.format, loaded.tables, {**loaded.header, **task.header}, task.period,
                         excerpt=task.excerpt)
        if task.job == "check":
            from knowledge.check import check_document
            return "ok", check_document(complete_identity(doc), loaded.tables)
        mark(doc, loaded.tables)  # what the release's own arithmetic or prose contradicts is stored doubted
        return "ok", prepare(complete_identity(doc), task.sha, task.path)
    except ParseError as exc:
        return "error", str(exc)
    except MemoryError:
        return "error", f"{task.name}: parsing it needed more memory than a document may use; skipped"
    except RecursionError:
        return "error", f"{task.name}: nested too deeply to read; skipped"
    except Exception as exc:  # a parser bug must not stop the other files
        return "error", f"{task.name}: could not be parsed ({type(exc).__name__}: {exc})"


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent dies (Linux); check it is still there."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)


def _limit_memory(megabytes: int) -> None:
    if megabytes <= 0:
        return
    try:
        import resource
        limit = (_address_space_mb() + megabytes) * 1024 * 1024  # what a parse may add to what is mapped now
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
    except (ImportError, ValueError, OSError):
        pass


def _address_space_mb() -> int:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return 0


def preload() -> None:
    """Import what parsing and checking use, and only that: never the store's duckdb and pyarrow, nor
    chat's libraries (each costs every worker a tenth of a second or more of start-up)."""
    import knowledge.check  # noqa: F401
    import knowledge.doubts  # noqa: F401
    import knowledge.fact_rows  # noqa: F401
    import knowledge.sec_tickers  # noqa: F401
    import parsers.document  # noqa: F401
    import parsers.loading  # noqa: F401


def main() -> None:
    from multiprocessing.connection import Connection
    parent, memory_mb = int(sys.argv[1]), int(sys.argv[2])
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    out_fd = os.dup(1)
    os.dup2(2, 1)  # anything printed goes to stderr, never into the result stream
    inbox, outbox = Connection(os.dup(0), writable=False), Connection(out_fd, readable=False)
    preload()  # before the limit: its libraries reserve address space
    _limit_memory(memory_mb)
    tasks: queue.Queue = queue.Queue()
    threading.Thread(target=_receive, args=(inbox, tasks), daemon=True).start()
    outbox.send(("ready", None))
    while True:
        task = tasks.get()
        if task is None:
            os._exit(0)  # the parent is gone or done
        try:
            outbox.send((task.index, parse_task(task)))
        except (OSError, EOFError):  # the parent stopped listening: nothing to report to
            os._exit(0)


def _receive(inbox, tasks: "queue.Queue") -> None:
    """Take tasks off the pipe as they come, so the parent never blocks writing while this parses."""
    while True:
        try:
            tasks.put(inbox.recv())
        except (EOFError, OSError):
            tasks.put(None)
            return


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    main()
