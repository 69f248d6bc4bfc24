"""The prose amounts `check` counts unread, each with its sentence: what to work on next.

    python benchmarks/prose_unread.py PATH... [--tsv]

Prints one block per unread amount: the file, line, amount as printed, and the line itself (with the next
one when the sentence wraps). `--tsv` prints file, line, amount and sentence tab-separated, one a line, to
group by sentence shape with grep and sort. Reads each release as `check` does (knowledge/check.py).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.check import check_release  # noqa: E402
from knowledge.ingest import release_files  # noqa: E402

_UNREAD = re.compile(r"line (\d+): (.*)")


def unread(path: Path) -> list[tuple[int, str, str]]:
    """(line, amount as printed, the sentence) of each amount of one release the check counts unread."""
    rc, doc = check_release(path)
    if doc is None:
        return []
    out = []
    for said in rc.prose.unread:
        m = _UNREAD.match(said)
        if m:
            n = int(m.group(1))
            text = doc.lines[n - 1].strip()
            if n < len(doc.lines) and doc.lines[n].strip():
                text += " ⏎ " + doc.lines[n].strip()
            out.append((n, m.group(2), text))
    return out


def main(argv: list[str]) -> int:
    tsv = "--tsv" in argv
    paths = [Path(a) for a in argv if a != "--tsv"]
    for path in release_files(paths):
        for n, printed, text in unread(path):
            if tsv:
                print(f"{path.name}\t{n}\t{printed}\t{text}")
            else:
                print(f"{path.name}:{n}: {printed}\n    {text}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
