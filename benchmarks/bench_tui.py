"""Time from starting the app until it is ready to type and the engine is loaded.

    python benchmarks/bench_tui.py [--db PATH]
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chat.tui.app import FilingsChatApp  # noqa: E402
from benchmarks.common import sample_store  # noqa: E402


async def measure(db: Path) -> tuple[float, float]:
    start = time.perf_counter()
    app = FilingsChatApp(db)
    async with app.run_test(size=(120, 40)) as pilot:
        ready_to_type = time.perf_counter() - start  # input focused, first frame drawn
        while app.engine is None:
            await pilot.pause(0.01)
        engine_ready = time.perf_counter() - start
    return ready_to_type, engine_ready


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--db", type=Path)
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or sample_store(Path(tmp))
        typing, engine = asyncio.run(measure(db))
    print(f"ready to type {typing * 1000:.0f} ms; engine loaded {engine * 1000:.0f} ms")


if __name__ == "__main__":
    main()
