"""Answer N questions on the sample store in process and print p50/p99 (wall) and the mean CPU per question.

    python benchmarks/bench_answer.py [N] [--db PATH]
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


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("n", type=int, nargs="?", default=2000)
    p.add_argument("--db", type=Path)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or sample_store(Path(tmp))
        engine = Engine(db)
        questions = [item.question for item in read_batch(QUESTIONS)]
        for q in questions[:20]:  # warm up
            engine.ask(q)
        times = []
        cpu_start = time.process_time()
        for i in range(args.n):
            start = time.perf_counter()
            engine.ask(questions[i % len(questions)], Context())
            times.append((time.perf_counter() - start) * 1000)
        cpu_ms = (time.process_time() - cpu_start) * 1000 / args.n
        engine.close()
    print(f"{args.n} questions: p50 {percentile(times, 50):.2f} ms, p99 {percentile(times, 99):.2f} ms, "
          f"mean {statistics.mean(times):.2f} ms; CPU {cpu_ms:.2f} ms a question")


if __name__ == "__main__":
    main()
