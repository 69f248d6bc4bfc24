"""The store at 10, 1,000 and 10,000 generated releases: ingest rate, store size, peak memory,
answer latency and time for the chat to be ready. Each size runs in a fresh process.

    python benchmarks/bench_scale.py [SIZES...]          e.g. 10 1000 10000
"""
from __future__ import annotations

import asyncio
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = {"revenue": "revenue", "net_income": "net income", "eps": "EPS", "total_assets": "total assets",
         "operating_income": "operating income", "cash": "cash"}


def one(n: int) -> dict:
    from benchmarks.generate import generate
    from chat.engine import Context, Engine
    from knowledge.ingest import ingest
    from knowledge.store import connect

    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "releases", Path(tmp) / "store.duckdb"
        generate(n, folder)
        con = connect(db)
        start = time.perf_counter()
        report = ingest(con, [folder], workers=os.cpu_count() or 1)
        ingest_s = time.perf_counter() - start
        rows = con.execute("SELECT d.company, f.metric, f.period_label FROM facts f JOIN documents d USING (doc_id) "
                           "WHERE f.metric IN ('revenue', 'net_income', 'eps', 'total_assets', 'operating_income') "
                           "AND f.geo = '' AND f.product = '' USING SAMPLE 300 ROWS").fetchall()
        con.close()
        size_mb = db.stat().st_size / 1e6

        start = time.perf_counter()
        engine = Engine(db)
        engine_load_s = time.perf_counter() - start
        questions = [f"{c.split()[0]} {WORDS[m]} {p}" for c, m, p in rows if c]
        random.Random(1).shuffle(questions)
        times, answered = [], 0
        for q in (questions * 4)[:1000]:
            t = time.perf_counter()
            a, _ = engine.ask(q, Context())
            times.append((time.perf_counter() - t) * 1000)
            answered += a.status == "answered"
        engine.close()
        times.sort()
        ready = asyncio.run(_tui_ready(db))
    peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return {"releases": n, "ingest_per_s": report.documents / ingest_s, "facts": report.facts, "size_mb": size_mb,
            "peak_mb": peak / 1024, "p50_ms": times[len(times) // 2], "p99_ms": times[int(len(times) * 0.99) - 1],
            "answered": answered / max(1, len(times)), "engine_load_s": engine_load_s, "tui_ready_s": ready[0],
            "tui_engine_s": ready[1], "failures": len(report.failures)}


async def _tui_ready(db: Path) -> tuple[float, float]:
    from chat.tui.app import FilingsChatApp
    start = time.perf_counter()
    app = FilingsChatApp(db)
    async with app.run_test(size=(120, 40)) as pilot:
        typing = time.perf_counter() - start
        while app.engine is None:
            await pilot.pause(0.01)
        return typing, time.perf_counter() - start


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(one(int(sys.argv[2]))))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [10, 1000, 10000]
    results = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"machine: {os.cpu_count()} cores")
    print("| releases | ingest releases/s | facts | store MB | peak memory MB | answer p50 ms | answer p99 ms "
          "| answered | TUI ready to type s | TUI engine loaded s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        print(f"| {r['releases']:,} | {r['ingest_per_s']:.0f} | {r['facts']:,} | {r['size_mb']:.1f} | {r['peak_mb']:.0f} "
              f"| {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {r['answered']:.0%} | {r['tui_ready_s']:.2f} "
              f"| {r['tui_engine_s']:.2f} |")


if __name__ == "__main__":
    main()
