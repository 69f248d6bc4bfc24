"""A digest of everything the parsers read from every release in ../shared (seeds, corpus/releases,
corpus/full, corpus/wire): one line per file, the SHA-256 of its document's metadata and of every
figure's fields (label, value, unit, period, line, quote, column, qualifier, ...), and a last line over
all of them. Run it before and after a change meant to leave the reading alone (a speed-up): the
output must be identical. Only digests are printed, never the figures.

    python benchmarks/facts_digest.py [PATH ...] [--total]
"""
from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parsers.document import parse_file  # noqa: E402
from parsers.model import ParseError  # noqa: E402

SHARED = ROOT.parent / "shared"
FOLDERS = ("seeds", "corpus/releases", "corpus/full", "corpus/wire")
SUFFIXES = {".txt", ".htm", ".html", ".md"}


def releases(paths: list[Path]) -> list[Path]:
    """Every release file under the paths, in a fixed order."""
    found: list[Path] = []
    for p in paths:
        found += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES) if p.is_dir() else [p]
    return found


def digest(path: Path) -> str:
    """The SHA-256 of one file's reading: its metadata and every figure's fields, in order."""
    h = hashlib.sha256()
    try:
        doc = parse_file(path)
    except ParseError as e:
        h.update(f"ParseError {e}".encode())
        return h.hexdigest()
    meta = {k: v for k, v in dataclasses.asdict(doc).items() if k not in {"figures", "text"}}
    h.update(repr(sorted(meta.items())).encode())
    for f in doc.figures:
        h.update(repr(dataclasses.astuple(f)).encode())
    h.update(f"figures {len(doc.figures)}".encode())
    return h.hexdigest()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("paths", type=Path, nargs="*", default=[SHARED / f for f in FOLDERS])
    args = p.parse_args()
    total = hashlib.sha256()
    files = releases(args.paths)
    for f in files:
        d = digest(f)
        total.update(d.encode())
        print(f"{d[:16]}  {f.relative_to(SHARED) if f.is_relative_to(SHARED) else f}")
    print(f"{total.hexdigest()[:16]}  all {len(files)} files")


if __name__ == "__main__":
    main()
