"""Which reading a stored release holds: a digest of the code and words that turn a document into facts.

A store keeps each document's facts as the reader of its day read them. When the reading improves (a
layout now read, a wrong figure fixed), a release stored before keeps its old facts until it is read
again — and a question may then find a metric the new vocabulary names but the old reading never
stored. So every document records the reading version it was read with (`documents.reader`), and
ingesting a file whose content is stored under another version reads it again instead of skipping it
as unchanged; the bundled sample store is refreshed by itself (chat/session.py `ensure_samples`).

The version is derived from the sources themselves — every module of `parsers/` and `knowledge/` and
the vocabulary — so no one has to remember to bump a number: any change to them counts (a change that
reads nothing differently costs one re-read of the files ingested again, never a wrong answer).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
_SOURCES = ("parsers/**/*.py", "knowledge/**/*.py", "knowledge/**/*.toml")


@lru_cache(maxsize=1)
def reading_version() -> str:
    """16 hex digits over the reading's sources (path and bytes, in path order)."""
    digest = hashlib.sha256()
    files = sorted({p for pattern in _SOURCES for p in _ROOT.glob(pattern) if "__pycache__" not in p.parts})
    for path in files:
        digest.update(path.relative_to(_ROOT).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]
