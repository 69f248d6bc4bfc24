"""Ingest N distinct releases (renamed copies of the bundled seeds, each made distinct) into a fresh
store and print releases/second.

    python benchmarks/bench_ingest.py [N] [--workers W]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.ingest import ingest  # noqa: E402
from knowledge.store import connect  # noqa: E402

SAMPLES = ROOT / "knowledge" / "sample_data"


def make_copies(folder: Path, n: int) -> None:
    seeds = sorted(SAMPLES.glob("*.txt"))
    for i in range(n):
        seed = seeds[i % len(seeds)]
        # a trailing comment line makes each copy's content hash distinct, so none is skipped
        (folder / f"copy_{i:05d}_{seed.name}").write_text(seed.read_text() + f"\n\n[copy {i}]\n")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("n", type=int, nargs="?", default=400)
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "releases"
        folder.mkdir()
        make_copies(folder, args.n)
        con = connect(Path(tmp) / "bench.duckdb")
        start = time.perf_counter()
        report = ingest(con, [folder], workers=args.workers)
        seconds = time.perf_counter() - start
        con.close()
    assert report.documents == args.n and not report.failures, report.failures[:3]
    import resource
    cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))  # this process and its workers, set-up included
    print(f"{args.n} releases, {report.facts} facts in {seconds:.2f} s with {args.workers} workers: "
          f"{args.n / seconds:.0f} releases/s (CPU {cpu:.2f} s in all, {cpu / args.n * 1000:.1f} ms a release)")


if __name__ == "__main__":
    main()
