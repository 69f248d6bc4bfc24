"""A ranking over 10,000 companies: 'which company had the highest revenue in Q4 2024' asked of a store
whose companies and facts are generated in SQL (12 fiscal calendars, 5 metrics, 12 quarters and 3 years
each: 10,000 companies, 750,000 facts), timed end to end through Engine.ask (wall and CPU, median of
repeats after one warm-up).

    python benchmarks/bench_across.py [N_COMPANIES]
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chat.engine import Context, Engine  # noqa: E402
from knowledge.store import connect, rebuild_packs  # noqa: E402

QUESTIONS = ["which company had the highest revenue in Q4 2024", "top 5 by revenue growth Q4 2024",
             "companies whose net income fell in Q4 2024", "revenue of every company for Q4 2024"]


def build(db: Path, n: int) -> None:
    con = connect(db)
    con.execute(f"""
        INSERT INTO companies (company_key, company, ticker, fye_month, n_docs, fy_offset)
        SELECT 'gen' || i, 'Generated Company ' || i, NULL, 1 + i % 12, 1, 0 FROM range({n}) t(i)""")
    con.execute(f"""
        INSERT INTO documents (doc_id, file_name, sha256, company, company_key, release_date, fye_month)
        SELECT i + 1, 'gen' || i || '.txt', 'sha' || i, 'Generated Company ' || i, 'gen' || i, DATE '2025-02-01',
               1 + i % 12 FROM range({n}) t(i)""")
    con.execute(f"""
        INSERT INTO facts (doc_id, file_name, company_key, metric, metric_key, label, geo, product, months, end_year,
                           end_month, period_label, value, unit, source, line_no, quote, release_date, basis,
                           table_class, period_end)
        SELECT i + 1, 'gen' || i || '.txt', 'gen' || i, m.metric, m.metric, m.metric, '', '', p.months,
               p.y, ((1 + i % 12) + p.back - 1) % 12 + 1, 'P', 1e6 * (1 + (hash(i, m.metric, p.y, p.back) % 1000)),
               'USD', 'table', 10, 'line', DATE '2025-02-01', '', 'income', DATE '2024-12-31'
        FROM range({n}) t(i),
             (VALUES ('revenue'), ('net_income'), ('operating_income'), ('gross_margin'), ('eps')) m(metric),
             (SELECT 3 AS months, y, back FROM range(2023, 2026) a(y), range(0, 12, 3) b(back)
              UNION ALL SELECT 12, y, 0 FROM range(2023, 2026) a(y)) p""")
    rebuild_packs(con)  # the engine reads one company's figures from its packs (an index scan)
    con.close()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "across.duckdb"
        build(db, n)
        engine = Engine(db)
        facts = engine.con.raw.execute("SELECT count(*) FROM facts").fetchone()[0]
        print(f"{n} companies, {facts} facts")
        for q in QUESTIONS:
            engine.ask(q, Context())  # warm-up
            walls, cpus = [], []
            for _ in range(7):
                w, c = time.perf_counter(), time.process_time()
                a, _ = engine.ask(q, Context())
                walls.append(time.perf_counter() - w)
                cpus.append(time.process_time() - c)
            print(f"{q!r}: {a.status}, wall median {1000 * statistics.median(walls):.1f} ms, "
                  f"CPU median {1000 * statistics.median(cpus):.1f} ms")
        engine.close()


if __name__ == "__main__":
    main()
