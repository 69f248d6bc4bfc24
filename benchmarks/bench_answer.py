"""Questions on the sample store in process, cold and warm, in wall and CPU time.

Cold: a fresh Engine for each round, and one question about each company of the store (its first
question, so its name, row and facts are read from the store); ROUNDS rounds. Warm: N questions of
the regression batch on one engine that has answered them before. CPU is the process's (DuckDB's
threads included), per question, so another process on the machine does not count.

    python benchmarks/bench_answer.py [N] [--rounds R] [--db PATH]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chat.batch import read_batch  # noqa: E402
from chat.engine import Context, Engine  # noqa: E402
from benchmarks.common import sample_store  # noqa: E402

QUESTIONS = ROOT / "tests" / "batches" / "seeds_regression.jsonl"


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def timed(engine: Engine, question: str) -> tuple[float, float]:
    """(wall ms, CPU ms) of one question."""
    wall, cpu = time.perf_counter(), time.process_time()
    engine.ask(question, Context())
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def cold(db: Path, questions: list[str], rounds: int) -> tuple[list[float], list[float]]:
    """Each round: a fresh engine, then one question per company (the first question naming it, or
    the batch's next question on a store of one company, which questions need not name)."""
    walls, cpus = [], []
    for r in range(rounds):
        engine = Engine(db)
        keys = engine.vocab.companies.keys()
        if len(keys) == 1:
            asked = [questions[r % len(questions)]]
        else:
            asked = [f"{engine.vocab.company(k).name} revenue" for k in keys]
        for q in asked:
            w, c = timed(engine, q)
            walls.append(w)
            cpus.append(c)
        engine.close()
    return walls, cpus


def line(what: str, walls: list[float], cpus: list[float]) -> str:
    return (f"{what}: wall p50 {percentile(walls, 50):.2f} ms, p99 {percentile(walls, 99):.2f} ms; "
            f"CPU p50 {percentile(cpus, 50):.2f} ms, p99 {percentile(cpus, 99):.2f} ms, "
            f"mean {statistics.mean(cpus):.2f} ms")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("n", type=int, nargs="?", default=2000)
    p.add_argument("--rounds", type=int, default=100, help="fresh engines for the cold questions")
    p.add_argument("--db", type=Path)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or sample_store(Path(tmp))
        questions = [item.question for item in read_batch(QUESTIONS)]
        cold_walls, cold_cpus = cold(db, questions, args.rounds)
        engine = Engine(db)
        for q in questions:  # warm up: every question once
            engine.ask(q, Context())
        walls, cpus = [], []
        for i in range(args.n):
            w, c = timed(engine, questions[i % len(questions)])
            walls.append(w)
            cpus.append(c)
        engine.close()
    print(line(f"{len(cold_walls)} cold questions ({args.rounds} fresh engines)", cold_walls, cold_cpus))
    print(line(f"{args.n} warm questions", walls, cpus))


if __name__ == "__main__":
    main()
