"""The store at 10, 10,000 and 100,000 generated releases: ingest rate and CPU use, store size, peak
memory, answer latency (the same questions at every size), engine and chat start, and the cost of
ingesting 100 more releases into the full store against an empty one. Each size runs in a fresh
process; generated releases are built once into ../bench-data (outside the repository) and reused.

    python benchmarks/bench_scale.py [SIZES...]          e.g. 10 10000 100000
"""
from __future__ import annotations

import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = Path(os.environ.get("FILINGS_BENCH_DATA", ROOT.parent / "bench-data"))
WORDS = {"revenue": "revenue", "net_income": "net income", "eps": "EPS", "total_assets": "total assets",
         "operating_income": "operating income"}
QUESTION_POOL = 10_000  # questions are about releases 0..9,999: the same ones at 10,000 and at 100,000
N_QUESTIONS = 300
REPEATS = 4  # each question is asked once cold (its company not yet fetched) and then warm


def questions(con, n: int) -> list[str]:
    """Distinct questions (company's first word, metric, period) about generated releases below
    QUESTION_POOL, filtered first and then taken in a fixed pseudo-random order."""
    rows = con.execute(f"""
        SELECT DISTINCT d.company, f.metric, f.period_label FROM facts f JOIN documents d USING (doc_id)
        WHERE d.company IS NOT NULL AND f.geo = '' AND f.product = ''
          AND f.metric IN ({", ".join("'" + m + "'" for m in WORDS)})
          AND CAST(substr(d.file_name, 5, 6) AS INTEGER) < {min(n, QUESTION_POOL)}
        ORDER BY hash(d.company || f.metric || f.period_label) LIMIT {N_QUESTIONS}""").fetchall()
    return [f"{c.split()[0]} {WORDS[m]} {p}" for c, m, p in rows]


def _cpu() -> float:
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def _ingest(folder: Path, db: Path) -> tuple[object, float, float]:
    from knowledge.ingest import ingest
    from knowledge.store import connect
    con = connect(db)
    cpu, start = _cpu(), time.perf_counter()
    report = ingest(con, [folder], workers=os.cpu_count() or 1)
    seconds = time.perf_counter() - start
    con.close()
    return report, seconds, (_cpu() - cpu) / seconds


def one(n: int) -> dict:
    from benchmarks.generate import cached
    from chat.engine import Context, Engine
    from knowledge.store import connect

    folder, extra = cached(n, DATA), cached(100, DATA, first=200_000)
    with tempfile.TemporaryDirectory(dir=DATA) as tmp:
        db = Path(tmp) / "store.duckdb"
        report, ingest_s, cpu = _ingest(folder, db)
        con = connect(db, read_only=True)
        asked = questions(con, n)
        con.close()
        size_mb = db.stat().st_size / 1e6

        start = time.perf_counter()
        engine = Engine(db)
        engine_load_s = time.perf_counter() - start
        cold, warm, answered = [], [], 0
        for r in range(REPEATS):
            for q in asked:
                t = time.perf_counter()
                a, _ = engine.ask(q, Context())
                (cold if r == 0 else warm).append((time.perf_counter() - t) * 1000)
                answered += a.status == "answered" and r == 0
        engine.close()
        ready = asyncio.run(_tui_ready(db))
        _, more_s, _ = _ingest(extra, db)  # 100 new releases into the full store
        _, empty_s, _ = _ingest(extra, Path(tmp) / "empty.duckdb")  # ...and into an empty one
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    every = sorted(cold + warm)
    return {"releases": n, "ingest_per_s": report.documents / ingest_s, "cpu_pct": 100 * cpu, "facts": report.facts,
            "size_mb": size_mb, "peak_mb": peak / 1024, "questions": len(asked),
            "p50_ms": _pct(every, 50), "p99_ms": _pct(every, 99), "cold_p50_ms": _pct(sorted(cold), 50),
            "cold_p99_ms": _pct(sorted(cold), 99), "answered": answered / max(1, len(asked)),
            "engine_load_s": engine_load_s, "tui_ready_s": ready[0], "tui_engine_s": ready[1],
            "add100_s": more_s, "add100_empty_s": empty_s, "failures": len(report.failures)}


def _pct(values: list[float], p: float) -> float:
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float("nan")


async def _tui_ready(db: Path) -> tuple[float, float]:
    from chat.tui.app import FilingsChatApp
    start = time.perf_counter()
    app = FilingsChatApp(db)
    async with app.run_test(size=(120, 40)) as pilot:
        typing = time.perf_counter() - start
        while app.engine is None:
            await pilot.pause(0.01)
        loaded = time.perf_counter() - start
    app.engine.close()  # its read-only connection would keep the store from being written next
    return typing, loaded


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(one(int(sys.argv[2]))))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [10, 10_000, 100_000]
    results = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True)
        if out.returncode:
            sys.exit(f"size {n} failed:\n{out.stderr[-3000:]}")
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"machine: {os.cpu_count()} cores; answers: {results[0]['questions']}+ distinct questions, each asked "
          f"{REPEATS} times (first time cold)")
    print("| releases | ingest releases/s | ingest CPU % (of 100 × cores) | facts | store MB | peak memory MB "
          "| answer p50 ms | answer p99 ms | cold p50 / p99 ms | answered | engine loaded s | TUI ready to type s "
          "| TUI engine loaded s | +100 releases s (into empty) |")
    print("| --- " * 14 + "|")
    for r in results:
        print(f"| {r['releases']:,} | {r['ingest_per_s']:.0f} | {r['cpu_pct']:.0f} | {r['facts']:,} | {r['size_mb']:.1f} "
              f"| {r['peak_mb']:.0f} | {r['p50_ms']:.2f} | {r['p99_ms']:.2f} | {r['cold_p50_ms']:.2f} / "
              f"{r['cold_p99_ms']:.2f} | {r['answered']:.0%} | {r['engine_load_s']:.2f} | {r['tui_ready_s']:.2f} "
              f"| {r['tui_engine_s']:.2f} | {r['add100_s']:.2f} ({r['add100_empty_s']:.2f}) |")
    big = [r for r in results if r["releases"] >= QUESTION_POOL]
    if len(big) >= 2:
        print(f"p50 ratio {big[-1]['releases']:,} / {big[0]['releases']:,}: {big[-1]['p50_ms'] / big[0]['p50_ms']:.2f}"
              f" (cold: {big[-1]['cold_p50_ms'] / big[0]['cold_p50_ms']:.2f})")
    html = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_html.py")], capture_output=True, text=True)
    print(html.stdout.strip() or html.stderr[-2000:])


if __name__ == "__main__":
    main()
