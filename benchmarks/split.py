"""The held-out test split of the wire corpus: which releases nobody may tune the reading on.

Rule (written down before any work on the wire releases): of the release files in
../shared/corpus/wire (every `*.md` but SOURCES.md), the 20 whose SHA-256 of the file name, as
lowercase hex, sorts first are the test split; the rest are the development set. The rule depends
on nothing but the names, so it picks the same files on any machine and cannot be nudged by
looking at how a release reads.

    python benchmarks/split.py test   # the test split's paths, one a line
    python benchmarks/split.py dev    # the development set's paths

Work on the dev set only; run `filings-chat check $(python benchmarks/split.py test)` to score the
split, and read its totals, not its failures.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

WIRE = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "wire"
TEST_SIZE = 20


def _key(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def wire_releases(folder: Path = WIRE) -> list[Path]:
    return sorted(p for p in folder.glob("*.md") if p.name != "SOURCES.md")


def split(folder: Path = WIRE) -> tuple[list[Path], list[Path]]:
    """(dev, test): the test split is the TEST_SIZE releases whose name hashes sort first."""
    ranked = sorted(wire_releases(folder), key=lambda p: _key(p.name))
    test = set(ranked[:TEST_SIZE])
    return [p for p in wire_releases(folder) if p not in test], sorted(test)


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "test"
    dev, test = split()
    print("\n".join(str(p) for p in (test if which == "test" else dev)))
