"""Errors as a user reads them: one line naming the real cause."""
from __future__ import annotations

import errno

from chat.safe_text import safe_line


def describe_error(exc: BaseException) -> str:
    """One line naming the real cause: the first error of a chain, not the failed rollback after it."""
    chain: list[BaseException] = []
    e: BaseException | None = exc
    while e is not None and e not in chain:
        chain.append(e)
        e = e.__cause__ or e.__context__
    for e in chain:
        if (isinstance(e, OSError) and e.errno == errno.ENOSPC) or "no space left on device" in str(e).lower():
            return "No space left on device: " + _one_line(e)
    top = exc
    if len(chain) > 1 and any(w in str(exc).lower() for w in ("rollback", "transaction", "invalidated")):
        top = chain[-1]
    if isinstance(top, OSError) and top.strerror:
        where = f"{top.filename}: " if top.filename else ""
        return f"{where}{top.strerror}"
    return _one_line(top)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return safe_line(text or type(exc).__name__)
