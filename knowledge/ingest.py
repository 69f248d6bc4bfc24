"""Ingest: files and folders in, whole documents into the store, one clear line per failure."""
from __future__ import annotations

import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import duckdb

from knowledge.store import Prepared, known_hashes, prepare, set_company, sha256_of, write_batch
from parsers.document import parse_text
from parsers.loading import load_release
from parsers.model import ParseError

RELEASE_SUFFIXES = {".txt", ".htm", ".html", ".text", ".asc", ""}
BATCH = 64


@dataclass
class IngestReport:
    documents: int = 0
    facts: int = 0
    unchanged: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    ingested: list[str] = field(default_factory=list)


def release_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and release-like files found under folders (recursively, sorted)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in RELEASE_SUFFIXES and not child.name.startswith("."):
                    yield child
        else:
            yield path


def _parse_one(path_str: str) -> tuple[str, str, object]:
    """Parse in a worker: ('ok', sha, Prepared) or ('error', sha, reason)."""
    path = Path(path_str)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return "error", "", f"{path.name}: cannot read ({exc.strerror or exc})"
    sha = sha256_of(data)
    try:
        loaded = load_release(path)
        doc = parse_text(path.name, loaded.text, loaded.format, loaded.tables, loaded.header)
        return "ok", sha, prepare(doc, sha, str(path))
    except ParseError as exc:
        return "error", sha, str(exc)
    except Exception as exc:  # a parser bug must not stop the other files
        return "error", sha, f"{path.name}: could not be parsed ({type(exc).__name__}: {exc})"


def ingest(con: duckdb.DuckDBPyConnection, paths: list[Path], company: str | None = None, ticker: str | None = None,
           progress: Callable[[int, int, str], None] | None = None, workers: int = 1) -> IngestReport:
    start = time.perf_counter()
    report = IngestReport()
    files = list(release_files(paths))
    for p in paths:
        if not p.exists():
            report.failures.append((str(p), f"{p}: no such file or folder"))
    files = [f for f in files if f.exists()]
    seen = known_hashes(con)
    batch: list[Prepared] = []

    def flush():
        write_batch(con, batch)
        batch.clear()

    results = _results(files, workers)
    for n, (path, (status, sha, payload)) in enumerate(zip(files, results), 1):
        if progress:
            progress(n, len(files), path.name)
        if status == "error":
            if sha in seen:
                report.unchanged += 1
            else:
                report.failures.append((str(path), payload))
            continue
        if sha in seen:
            report.unchanged += 1
            continue
        seen.add(sha)
        prepared: Prepared = payload
        if company:
            prepared = _with_company(prepared, company, ticker)
        batch.append(prepared)
        report.documents += 1
        report.facts += prepared.doc["n_facts"]
        if not prepared.doc["n_facts"]:
            report.warnings.append(f"{path.name}: ingested, but no figures could be read from it")
        report.ingested.append(path.name)
        if len(batch) >= BATCH:
            flush()
    flush()
    if company:
        set_company(con, [Path(f).name for f in files], company, ticker)
    report.seconds = time.perf_counter() - start
    return report


def _results(files: list[Path], workers: int) -> Iterator[tuple[str, str, object]]:
    if workers <= 1 or len(files) < 50:
        return (_parse_one(str(f)) for f in files)
    pool = ProcessPoolExecutor(max_workers=workers)
    return _pooled(pool, files)


def _pooled(pool: ProcessPoolExecutor, files: list[Path]) -> Iterator[tuple[str, str, object]]:
    with pool:
        yield from pool.map(_parse_one, [str(f) for f in files], chunksize=16)


def _with_company(p: Prepared, company: str, ticker: str | None) -> Prepared:
    from knowledge.vocabulary import company_key
    key = company_key(company)
    p.doc.update(company=company, company_key=key, ticker=ticker or p.doc["ticker"])
    p.facts["company_key"] = [key] * len(p.facts["company_key"])
    return p
