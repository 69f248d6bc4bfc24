"""Raw EDGAR downloads kept under the user data directory, so a second fetch asks for nothing it holds.

Layout: `<root>/<cik>/<accession>/` holds a filing's exhibits as the SEC names them, and
`filing.json`, written last: a filing counts as held only once its manifest exists, and the manifest
is written only after every exhibit was written whole (to a temporary file, checked against the size
the index gives, flushed, then renamed into place). A fetch killed at any moment leaves at most a
stray temporary file, never an exhibit or a manifest that is half there; the next run fetches that
filing again. Submissions JSON is kept too: the recent list for a few hours, older pages for good
(they only ever describe the past).

The writes are the same pattern as `chat.files.atomic_writer` (which `knowledge` may not import:
data flows parsers → knowledge → chat), for bytes.
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from pathlib import Path

SUBMISSIONS_HOURS = 6.0  # a recent-filings list younger than this is used without asking the SEC
MANIFEST = "filing.json"


class IncompleteDownload(Exception):
    """A download whose size differs from the one the index gives: not kept."""


def default_root() -> Path:
    """`$FILINGS_CHAT_EDGAR_CACHE`, else `edgar/` in the user data directory (beside the store)."""
    env = os.environ.get("FILINGS_CHAT_EDGAR_CACHE")
    if env:
        return Path(env)
    from platformdirs import user_data_dir
    return Path(user_data_dir("filings-chat")) / "edgar"


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, renamed over `path` only when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class EdgarCache:
    def __init__(self, root: Path | None = None, clock=time.time):
        self.root = Path(root) if root else default_root()
        self.clock = clock

    def folder(self, cik: int, accession: str) -> Path:
        return self.root / str(int(cik)) / accession

    # -- filings --------------------------------------------------------------------------------
    def manifest(self, cik: int, accession: str) -> dict | None:
        """The manifest of a filing held whole, with every exhibit it names present; else None."""
        folder = self.folder(cik, accession)
        try:
            data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        names = [e.get("name") for e in data.get("exhibits", []) if isinstance(e, dict)]
        if not all(isinstance(n, str) and (folder / n).is_file() for n in names):
            return None
        return data

    def store_exhibit(self, cik: int, accession: str, name: str, data: bytes, size: int | None) -> Path:
        """Keep one exhibit; refused (IncompleteDownload) when its size is not the index's."""
        if size is not None and len(data) != size:
            raise IncompleteDownload(f"{accession}/{name}: {len(data)} bytes arrived, the index says {size}")
        path = self.folder(cik, accession) / name
        write_bytes_atomically(path, data)
        return path

    def complete(self, cik: int, accession: str, record: dict) -> None:
        """Mark a filing held: written only after its exhibits."""
        write_bytes_atomically(self.folder(cik, accession) / MANIFEST,
                               json.dumps(record, indent=1, default=str).encode("utf-8"))

    # -- submissions ----------------------------------------------------------------------------
    def _submissions_path(self, name: str) -> Path:
        return self.root / "submissions" / name

    def submissions(self, name: str, max_hours: float | None = SUBMISSIONS_HOURS) -> bytes | None:
        """A kept submissions file, if younger than `max_hours` (None: whatever its age)."""
        path = self._submissions_path(name)
        try:
            if max_hours is not None and self.clock() - path.stat().st_mtime > max_hours * 3600:
                return None
            return path.read_bytes()
        except OSError:
            return None

    def keep_submissions(self, name: str, data: bytes) -> None:
        write_bytes_atomically(self._submissions_path(name), data)
