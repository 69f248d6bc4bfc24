"""What the benchmarks share: a store filled with the bundled sample releases."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def sample_store(folder: Path) -> Path:
    from knowledge.ingest import ingest
    from knowledge.store import connect
    db = folder / "sample.duckdb"
    con = connect(db)
    ingest(con, [ROOT / "knowledge" / "sample_data"])
    con.close()
    return db
