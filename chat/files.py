"""Files the tool writes and reads besides the store: written whole or not at all, and never onto
each other.

Every output (answers, JUnit reports, exports, settings, history) goes through `atomic_writer`: it
is written to a temporary file beside its target and renamed into place only when complete, so a
kill at any moment leaves the old file or the new one, never a fragment. `refuse_same_files`
compares paths by the file they name (device and inode), not by spelling, so `--out ./q.jsonl`
and `--out q.jsonl` are one file, and so are a hard link and its original.
"""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


class FileRefused(Exception):
    """A path the tool will not read or write as asked; the message is one line for the user."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def same_file(a: Path, b: Path) -> bool:
    """True when both paths exist and name one file (by device and inode, whatever the spelling)."""
    ia, ib = _identity(a), _identity(b)
    return ia is not None and ia == ib


def refuse_same_files(named: list[tuple[str, Path | None]]) -> None:
    """Refuse when two of the named paths (inputs, outputs, the store) are one file.

    `named` pairs each path with how the user gave it ("--out", "the store", "the questions");
    paths that do not exist yet cannot collide with an existing one, but two outputs spelled
    the same way still do."""
    present = [(what, p) for what, p in named if p is not None]
    for i, (what_a, a) in enumerate(present):
        for what_b, b in present[i + 1:]:
            if same_file(a, b) or os.path.abspath(a) == os.path.abspath(b):
                raise FileRefused(f"{what_a} and {what_b} are the same file ({a}); nothing was written")


def require_regular_file(path: Path, what: str) -> None:
    """Refuse a FIFO, a device, a socket or a folder where a regular file is read or written:
    opening a FIFO blocks forever and a device never ends."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise FileRefused(f"{what} {path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise FileRefused(f"{what} {path} is a folder; name a file")
    if not stat.S_ISREG(st.st_mode):
        raise FileRefused(f"{what} {path} is not a regular file (a pipe, device or socket)")


@contextlib.contextmanager
def atomic_writer(path: Path, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """Write `path` through a temporary file in its folder, renamed over it only when the block ends
    without an error; on an error the temporary file is removed and `path` is left as it was."""
    path = Path(path)
    require_regular_file(path, "output")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.absolute().parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    with atomic_writer(path, encoding) as fh:
        fh.write(text)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
