"""The engine's company cache under load: read N companies' facts through one FactLookup (the
companies with the most facts first) and print, as the walk goes, how many companies it holds, the
bytes it counts (CompanyFacts.nbytes) and how much the process's resident memory grew.

    python benchmarks/bench_cache.py DB [--companies N] [--mb LIMIT] [--count LIMIT]

--count defaults to knowledge.lookup.CACHED_COMPANIES; a large one leaves the byte limit alone to bound it.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.lookup import CACHE_BYTES, CACHED_COMPANIES, FactLookup  # noqa: E402
from knowledge.store import connect  # noqa: E402

MB = 2**20


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("db", type=Path)
    p.add_argument("--companies", type=int, default=20_000)
    p.add_argument("--mb", type=float, default=CACHE_BYTES / MB)
    p.add_argument("--count", type=int, default=CACHED_COMPANIES)
    args = p.parse_args()
    con = connect(args.db, read_only=True)
    keys = [k for (k,) in con.execute("""SELECT company_key FROM facts WHERE company_key IS NOT NULL
        GROUP BY company_key ORDER BY count(*) DESC, company_key LIMIT ?""", [args.companies]).fetchall()]
    lookup = FactLookup(con, cached=args.count, cache_bytes=int(args.mb * MB))
    gc.collect()
    base = rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    print(f"{len(keys):,} companies, limits {args.mb:.0f} MB and {args.count:,} companies; RSS at start {base:.0f} MB")
    print("| companies read | held | counted MB | RSS growth MB |")
    print("| --- | --- | --- | --- |")
    for i, key in enumerate(keys, 1):
        lookup.company(key)
        if i % max(1, len(keys) // 10) == 0 or i == len(keys):
            gc.collect()
            print(f"| {i:,} | {len(lookup._cache):,} | {lookup.cached_bytes / MB:.1f} | {rss_mb() - base:.0f} |")
    print(f"{1000 * (time.process_time() - cpu) / len(keys):.2f} ms CPU a company "
          f"({1000 * (time.perf_counter() - start) / len(keys):.2f} ms wall), fetch and decode")
    con.close()


if __name__ == "__main__":
    main()
