"""The chat's own small files (question history, settings): read only when they are regular files,
set aside when they cannot be read, written whole through `chat.files.atomic_write_text`.

These files are conveniences: a broken one must never stop the chat from starting, and a FIFO or a
device put in their place must never make it wait."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from chat.files import FileRefused, atomic_write_text


class Unreadable(Exception):
    """The file's content cannot be used: it is set aside and the chat starts without it."""


def read_text(path: Path | None, limit: int, tail: bool = False) -> tuple[str | None, str | None]:
    """(text, warning): the file as UTF-8 (with `tail`, its last `limit` bytes from a line's start;
    without, a larger file is set aside), or None and why not.

    Opened without blocking and checked on the open descriptor, so a FIFO swapped in is never read;
    a file that does not exist is no warning."""
    if path is None:
        return None, None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        return None, None
    except OSError as exc:
        return None, f"{path} cannot be read ({exc.strerror or exc}); not used"
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None, f"{path} is not a regular file (a folder, pipe, device or socket); not used"
        if st.st_size > limit and not tail:
            return None, set_aside(path, f"larger than {limit:,} bytes")
        tail = st.st_size > limit
        if tail:
            os.lseek(fd, st.st_size - limit, os.SEEK_SET)
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read(limit)
        if tail:  # the last lines only, from a line's start: never half a character
            data = data[data.find(b"\n") + 1:]
    except OSError as exc:
        return None, f"{path} cannot be read ({exc.strerror or exc}); not used"
    finally:
        os.close(fd)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return None, set_aside(path, f"not UTF-8 text at byte {exc.start + 1}")


def set_aside(path: Path, why: str) -> str:
    """Rename an unreadable file to NAME.bad (kept for the user to look at) and say so."""
    bad = path.with_name(path.name + ".bad")
    try:
        os.replace(path, bad)
    except OSError as exc:
        return f"{path} could not be read ({why}) nor moved aside ({exc.strerror or exc}); not used"
    return f"{path} could not be read ({why}); moved to {bad.name}, starting without it"


def write_text(path: Path | None, text: str) -> str | None:
    """Write the whole file atomically; a warning instead of an exception when it cannot be written."""
    if path is None:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, text)
    except FileRefused as exc:
        return f"{exc}; not saved"
    except OSError as exc:
        return f"{path} cannot be written ({exc.strerror or exc}); not saved"
    return None
