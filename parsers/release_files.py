"""Reading a release file safely: a regular file only, bounded in size, its name made printable.

Its own module, below everything that reads text: parsers/vocabulary_data.py reads the user's
vocabulary file the same way, and the table readers read the vocabulary (no import cycle).
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from parsers.model import ParseError

MAX_BYTES = 20 * 1024 * 1024


def read_release(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, never more than limit + 1 of them read. A FIFO, a device
    (/dev/zero), a socket or a folder is refused before it is read, so nothing blocks or runs on
    without end; the check is made again on the opened descriptor (the name may change meanwhile)."""
    name = display_name(path)
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise ParseError(f"{name}: not a regular file (a device, pipe or folder), not read")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise ParseError(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ParseError(f"{name}: not a regular file (a device, pipe or folder), not read")
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise ParseError(f"{name}: cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if total > limit:
        raise ParseError(f"{name}: over {limit // (1024 * 1024)} MB is too large for a release")
    return b"".join(chunks)


def display_name(path: Path | str) -> str:
    """A file name a person can read and the store can hold: a name that is not UTF-8 on disk
    (a Latin-1 byte) is read as cp1252 instead of carrying undecodable surrogates along."""
    name = Path(path).name
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = os.fsencode(name)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace")
