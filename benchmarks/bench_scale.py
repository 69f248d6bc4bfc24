"""The store at 10, 1,000, 10,000 and 100,000 generated releases: ingest rate and CPU use, store size,
peak memory, answer latency (the same questions at every size), engine and chat start, and the cost
of ingesting 100 more releases into the full store against an empty one. Each size runs in a fresh
process; generated releases are built once into ../bench-data (outside the repository) and reused.

Answers are timed cold and warm, in wall and CPU time (the process's, DuckDB's threads included, so
another process on the shared machine does not count): cold is the first question about each company
(one per company, its name, row and facts not yet read), warm every question asked again, REPEATS - 1
times, once all were asked.

    python benchmarks/bench_scale.py [--reuse] [SIZES...]          e.g. 10 1000 10000 100000

--reuse keeps each size's store in ../bench-data (store-N.duckdb, built by the first run, upgraded
when the schema changed) and reads it instead of ingesting again: the ingest columns then say "–",
and the +100 releases are ingested into a copy.
"""
from __future__ import annotations

import asyncio
import json
import os
import resource
import shutil
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
REPEATS = 4  # every question is asked this many times; the first question about each company is cold


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


def _timed_answers(engine, asked: list[str]) -> tuple[dict[str, list[float]], int]:
    """Wall and CPU ms of the cold questions (the first about each company, asked first) and of the
    warm ones (every question again, REPEATS - 1 times, after each was asked once); and how many of
    the distinct questions were answered."""
    from chat.engine import Context
    first: dict[str, str] = {}
    for q in asked:
        first.setdefault(q.split()[0], q)  # a question names its company by its first word
    cold = list(first.values())
    times: dict[str, list[float]] = {"cold_wall": [], "cold_cpu": [], "warm_wall": [], "warm_cpu": []}
    answered = 0
    passes = [("cold", cold), (None, [q for q in asked if q not in set(cold)])] + [("warm", asked)] * (REPEATS - 1)
    for kind, qs in passes:
        for q in qs:
            w, c = time.perf_counter(), time.process_time()
            a, _ = engine.ask(q, Context())
            if kind:
                times[f"{kind}_wall"].append((time.perf_counter() - w) * 1000)
                times[f"{kind}_cpu"].append((time.process_time() - c) * 1000)
            answered += a.status == "answered" and kind != "warm"
    return times, answered


def one(n: int, reuse: bool = False) -> dict:
    from benchmarks.generate import cached
    from chat.engine import Engine
    from knowledge.store import connect

    folder, extra = cached(n, DATA), cached(100, DATA, first=200_000)
    with tempfile.TemporaryDirectory(dir=DATA) as tmp:
        kept = DATA / f"store-{n}.duckdb"
        db = kept if reuse else Path(tmp) / "store.duckdb"
        report, ingest_s, cpu = (None, 0.0, 0.0) if reuse and kept.exists() else _ingest(folder, db)
        con = connect(db, read_only=True)  # upgrades a kept store of an older schema
        asked = questions(con, n)
        facts = con.execute("SELECT count(*) FROM facts").fetchone()[0]
        con.close()
        size_mb = db.stat().st_size / 1e6

        start = time.perf_counter()
        engine = Engine(db)
        engine_load_s = time.perf_counter() - start
        times, answered = _timed_answers(engine, asked)
        engine.close()
        ready = asyncio.run(_tui_ready(db))
        if reuse:  # the kept store stays as it is: the 100 releases go into a copy
            db = Path(shutil.copy(db, Path(tmp) / "copy.duckdb"))
        _, more_s, _ = _ingest(extra, db)  # 100 new releases into the full store
        _, empty_s, _ = _ingest(extra, Path(tmp) / "empty.duckdb")  # ...and into an empty one
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = {"releases": n, "ingest_per_s": report.documents / ingest_s if report else None,
           "cpu_pct": 100 * cpu if report else None, "facts": facts,
           "size_mb": size_mb, "peak_mb": peak / 1024, "questions": len(asked), "cold": len(times["cold_cpu"]),
           "answered": answered / max(1, len(asked)),
           "engine_load_s": engine_load_s, "tui_ready_s": ready[0], "tui_engine_s": ready[1],
           "add100_s": more_s, "add100_empty_s": empty_s, "failures": len(report.failures) if report else 0}
    for key, values in times.items():
        out[f"{key}_p50"], out[f"{key}_p99"] = _pct(sorted(values), 50), _pct(sorted(values), 99)
    return out


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


def _f(v: float | None, fmt: str) -> str:
    return "–" if v is None else format(v, fmt)


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(one(int(sys.argv[2]), reuse=sys.argv[3:4] == ["--reuse"])))
        return
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        return
    reuse = "--reuse" in sys.argv[1:]
    words = [a for a in sys.argv[1:] if a != "--reuse"]
    if not all(a.isdigit() for a in words):
        sys.exit(f"usage: bench_scale.py [--reuse] [SIZES...]: not a number of releases: {' '.join(words)}")
    sizes = [int(a) for a in words] or [10, 1_000, 10_000, 100_000]
    results = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)] + (["--reuse"] if reuse else []),
                             capture_output=True, text=True)
        if out.returncode:
            sys.exit(f"size {n} failed:\n{out.stderr[-3000:]}")
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"machine: {os.cpu_count()} cores; answers: up to {N_QUESTIONS} distinct questions, each asked {REPEATS} "
          f"times; cold: the first question about each company; warm: the questions asked again")
    print("| releases | ingest releases/s | ingest CPU % (of 100 × cores) | facts | store MB | peak memory MB "
          "| cold CPU p50 / p99 ms | cold wall p50 / p99 ms | warm CPU p50 / p99 ms | warm wall p50 / p99 ms "
          "| answered | engine loaded s | TUI ready to type s | TUI engine loaded s | +100 releases s (into empty) |")
    print("| --- " * 15 + "|")
    for r in results:
        print(f"| {r['releases']:,} | {_f(r['ingest_per_s'], '.0f')} | {_f(r['cpu_pct'], '.0f')} | {r['facts']:,} "
              f"| {r['size_mb']:.1f} | {r['peak_mb']:.0f} | {r['cold_cpu_p50']:.2f} / {r['cold_cpu_p99']:.2f} "
              f"| {r['cold_wall_p50']:.2f} / {r['cold_wall_p99']:.2f} | {r['warm_cpu_p50']:.2f} / {r['warm_cpu_p99']:.2f} "
              f"| {r['warm_wall_p50']:.2f} / {r['warm_wall_p99']:.2f} | {r['answered']:.0%} "
              f"| {r['engine_load_s']:.2f} | {r['tui_ready_s']:.2f} | {r['tui_engine_s']:.2f} "
              f"| {r['add100_s']:.2f} ({r['add100_empty_s']:.2f}) |")
    big = [r for r in results if r["releases"] >= QUESTION_POOL]
    if len(big) >= 2:
        print(f"ratio {big[-1]['releases']:,} / {big[0]['releases']:,}: warm CPU p50 "
              f"{big[-1]['warm_cpu_p50'] / big[0]['warm_cpu_p50']:.2f}, cold CPU p50 "
              f"{big[-1]['cold_cpu_p50'] / big[0]['cold_cpu_p50']:.2f}")
    html = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_html.py")], capture_output=True, text=True)
    print(html.stdout.strip() or html.stderr[-2000:])


if __name__ == "__main__":
    main()
