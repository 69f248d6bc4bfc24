"""Hand-checked questions over the development wire releases: right, wrong and refused, per release.

    python benchmarks/wire_questions.py [--separate] [--show refused] [--batches DIR]
    python benchmarks/wire_questions.py --analyst [--show refused]
    python benchmarks/wire_questions.py --analyst2 [--show refused]
    python benchmarks/wire_questions.py --analyst3 [--show refused]
    python benchmarks/wire_questions.py --analyst4 [--show refused]
    python benchmarks/wire_questions.py --analyst5 [--show refused]

`--analyst` asks tests/data/analyst_questions.jsonl instead: the questions analysts ask of a store of
many companies (every dev wire release, ../shared/corpus/full and the seeds), with and without periods
("latest", "last year", "year to date", "trailing twelve months"), about companies held and not held,
across companies, arithmetic and follow-ups (a line with "followup": true continues the one before),
each expectation checked by hand at the cited line. It is scored as a whole ("analyst" in the table).
`--analyst2` asks tests/data/analyst_questions2.jsonl of the same store: a second set written over the
releases the first covers least (foreign filers, fiscal years ending in March, June or September, banks),
with more arithmetic, follow-ups, loose periods ("the June quarter", "YTD through September") and
companies not held whose names are close to held ones.
`--analyst3` asks tests/data/analyst_questions3.jsonl of another store: the seeds, ../shared/corpus/releases
(openings: the first 2,000 bytes of a release, figures with and without a stated period, tables cut off) and
../shared/corpus/full (complete EDGAR releases and whole submissions) — the releases of other companies in every
form but the wire copy: figures an opening cuts off (abstain), per-share heads that are not EPS, fiscal years,
balance-sheet lines at a date, change, rank across companies and follow-ups.
`--analyst4` asks tests/data/analyst_questions4.jsonl of the store of `--analyst`: a fourth set over the dev wire
releases the other sets cover least (foreign filers in euro, yen and Canadian dollars, a small bank, REITs), in the
phrasings they use least (no period, "last quarter", "the December quarter", "year to date", "H1", lowercase and
misspelt names, "and the year before?" in turn, margins and changes from two cited figures); each line's "source"
names the release line its figure stands on.
`--analyst5` asks tests/data/analyst_questions5.jsonl of that store too: a fifth set over the dev wire releases the
other four cover least (a REIT, a BDC, a cooperative bank, a small bank, a miner, a satellite operator in euro, fiscal
years ending in March, June and September), in the shapes they use least: no period, "TTM", "year to date", side by
side and ranked across companies, sums, averages, changes as amounts, margins, segment follow-ups, companies not held
whose names are close to held ones, and figures the release does not hold.

Every batch in tests/batches/wire/ is asked of one store holding all the development wire releases
(`benchmarks/split.py dev`), so each question must find its company among ~40; `--separate` asks
each release's batch of a store holding only that release instead (a batch not named after a
release, such as the questions that name no company, is asked only of the shared store).

By default each release is stored as the reader reads it, company name and ticker included: that is
what a user who ingests a wire copy gets, so a release whose company is not read answers nothing.
`--named` stores the releases that have a batch under the name and ticker an analyst knows them by
(NAMES below, as `ingest --company --ticker` or `fetch`'s EDGAR identity would), which scores the
answering apart from the reading of the company.

A line is scored with chat/batch.py's own check (`check_safely`, then `verify_citations`):

- right: the check passes (the value within rounding, a citation into the release, every quote on
  its line; or the abstention / question back that was expected);
- wrong: a figure was stated that the check rejects — another value, another unit, a citation that
  misses the release or its line — or a figure where the release holds none (abstain expected) or
  the question is ambiguous (clarify expected);
- unstated: the figure printed where one was expected, answered as printed with its unit said to be
  unstated (the release's table states no scale): not wrong, not right;
- refused: no figure where one was expected (abstained or asked back), or asked back where
  "not held" was expected, or "not held" where a question back was expected.

Every wrong answer is printed with the question, the expectation, what was answered and the line it
cites: that list is the work list of the reading and answering. A batch that names a release of the
held-out test split is refused, so the split stays unread.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.split import split  # noqa: E402

BATCHES = ROOT / "tests" / "batches" / "wire"
ANALYST = ROOT / "tests" / "data" / "analyst_questions.jsonl"
ANALYST2 = ROOT / "tests" / "data" / "analyst_questions2.jsonl"
ANALYST3 = ROOT / "tests" / "data" / "analyst_questions3.jsonl"
ANALYST4 = ROOT / "tests" / "data" / "analyst_questions4.jsonl"
ANALYST5 = ROOT / "tests" / "data" / "analyst_questions5.jsonl"
SHARED = ROOT.parent / "shared"

# What an analyst knows each release's company by (as EDGAR names the filer), for --named only.
NAMES: dict[str, tuple[str, str | None]] = {
    "agreerealty_2024q4": ("Agree Realty Corporation", "ADC"),
    "airt_fy2025q3": ("Air T, Inc.", "AIRT"),
    "arrowhead_fy2025q1": ("Arrowhead Pharmaceuticals, Inc.", "ARWR"),
    "ascendis_2024q4": ("Ascendis Pharma A/S", "ASND"),
    "assurant_2024q4": ("Assurant, Inc.", "AIZ"),
    "brookfieldam_2024q4": ("Brookfield Asset Management Ltd.", "BAM"),
    "camtek_2024q4": ("Camtek Ltd.", "CAMT"),
    "computermodelling_fy2025q3": ("Computer Modelling Group Ltd.", "CMG"),
    "confluent_2024q4": ("Confluent, Inc.", "CFLT"),
    "corby_fy2025q2": ("Corby Spirit and Wine Limited", None),
    "euronet_2024q4": ("Euronet Worldwide, Inc.", "EEFT"),
    "eutelsat_fy2025h1": ("Eutelsat Communications", None),
    "evi_fy2025q2": ("EVI Industries, Inc.", "EVI"),
    "fhlbdesmoines_2024q4": ("Federal Home Loan Bank of Des Moines", None),
    "firstquantum_2024q4": ("First Quantum Minerals Ltd.", "FM"),
    "fmbancshares_2024q4": ("Farmers and Merchants Bancshares, Inc.", "FMFG"),
    "foresight_2023q4": ("Foresight Autonomous Holdings Ltd.", "FRSX"),
    "forian_2024q3": ("Forian Inc.", "FORA"),
    "goldenmatrix_2025q3": ("Golden Matrix Group, Inc.", "GMGI"),
    "hanesbrands_2024q4": ("Hanesbrands Inc.", "HBI"),
    "himax_2024q4": ("Himax Technologies, Inc.", "HIMX"),
    "imperialpetroleum_2024q4": ("Imperial Petroleum Inc.", "IMPP"),
    "kornit_2024q4": ("Kornit Digital Ltd.", "KRNT"),
    "martinmarietta_2024q4": ("Martin Marietta Materials, Inc.", "MLM"),
    "molsoncoors_2024q4": ("Molson Coors Beverage Company", "TAP"),
    "nexon_2024q4": ("NEXON Co., Ltd.", None),
    "nnnreit_2024q4": ("NNN REIT, Inc.", "NNN"),
    "orvana_fy2025q1": ("Orvana Minerals Corp.", None),
    "ottawabancorp_2024q4": ("Ottawa Bancorp, Inc.", "OTTW"),
    "pennantpark_fy2025q1": ("PennantPark Investment Corporation", "PNNT"),
    "peoplesfinancial_2025q1": ("Peoples Financial Corporation", "PFBX"),
    "realreal_2024q4_prelim": ("The RealReal, Inc.", "REAL"),
    "redrock_2024q4": ("Red Rock Resorts, Inc.", "RRR"),
    "rexel_2024q4": ("Rexel S.A.", None),
    "royaltypharma_2024q4": ("Royalty Pharma plc", "RPRX"),
    "russelmetals_2024q4": ("Russel Metals Inc.", None),
    "staar_2024q4": ("STAAR Surgical Company", "STAA"),
    "unitedfire_2024q4": ("United Fire Group, Inc.", "UFCS"),
    "vornado_2024q4": ("Vornado Realty Trust", "VNO"),
}


@dataclass
class Row:
    release: str  # the batch's stem: a release file's stem, or another name for shared batches
    item: object  # chat.batch.Item
    answer: object  # chat.answer.Answer
    verdict: str  # right, wrong or refused
    reason: str | None  # why the check failed (None when right)


def batch_files(folder: Path = BATCHES) -> list[Path]:
    return sorted(folder.glob("*.jsonl"))


def guard_split(batches: list[Path], dev: list[Path], test: list[Path]) -> None:
    """Refuse a batch named after, or expecting a citation into, a held-out release."""
    from chat.batch import read_batch
    held_out = {p.name for p in test} | {p.stem for p in test}
    for batch in batches:
        if batch.stem in held_out:
            raise SystemExit(f"{batch.name}: names a release of the held-out test split")
        for item in read_batch(batch):
            docs = (item.expect or {}).get("doc") if isinstance(item.expect, dict) else None
            docs = [docs] if isinstance(docs, str) else (docs or [])
            if any(d in held_out for d in docs):
                raise SystemExit(f"{batch.name}: {item.id} cites a release of the held-out test split")


def _as_printed(value: float, expect: dict) -> bool:
    """The expected figure, printed in the release's own (unstated) scale: 1,256 for 1,256,000,000."""
    wants = [expect.get("value")] + list(expect.get("accept") or [])
    return any(isinstance(w, (int, float)) and any(abs(value * s - w) <= max(abs(w) * 0.005, 1) for s in (1, 1e3, 1e6, 1e9))
               for w in wants)


def verdict(item, answer, citation_failure: str | None) -> tuple[str, str | None]:
    """(right | wrong | refused, reason) by chat/batch.py's check of the line."""
    from chat.batch import check_safely
    reason = check_safely(item, answer)
    if reason is None and answer.status == "answered":
        reason = citation_failure
    if reason is None:
        return "right", None
    kind = (item.expect or {}).get("kind") if isinstance(item.expect, dict) else None
    figure = answer.status == "answered" and answer.value is not None
    if kind == "value" and answer.kind == "unstated" and answer.printed is not None \
            and _as_printed(answer.printed, item.expect):
        return "unstated", reason  # abstained, with the printed figure and the word that its unit is unstated
    if kind in ("value", "change_pct", "abstain", "clarify"):
        return ("wrong" if figure else "refused"), reason
    return "wrong", reason  # a malformed expect or a broken line: the batch itself needs fixing


def build_store(releases: list[Path], db: Path, named: bool = False) -> Path:
    """Ingest the releases; `named`: those in NAMES under the analyst's name and ticker."""
    from knowledge.ingest import ingest
    from knowledge.store import connect
    con = connect(db)
    try:
        as_read = [p for p in releases if not (named and p.stem in NAMES)]
        if as_read:
            ingest(con, as_read)
        for p in releases:
            if named and p.stem in NAMES:
                company, ticker = NAMES[p.stem]
                ingest(con, [p], company=company, ticker=ticker)
    finally:
        con.close()
    return db


def ask_batch(engine, batch: Path) -> list[Row]:
    from chat.batch import read_batch, run, verify_citations
    rows = []
    for item, answer in run(engine, list(read_batch(batch))):
        failure = verify_citations(engine, answer) if answer.status == "answered" else None
        v, reason = verdict(item, answer, failure)
        rows.append(Row(batch.stem, item, answer, v, reason))
    return rows


def score(separate: bool = False, named: bool = False, batches: list[Path] | None = None,
          folder: Path | None = None) -> list[Row]:
    """Ask every batch; one shared store of all dev releases, or (separate) one store per release."""
    from chat.engine import Engine
    dev, test = split()
    batches = batch_files() if batches is None else batches
    guard_split(batches, dev, test)
    by_stem = {p.stem: p for p in dev}
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        if separate:
            for batch in batches:
                if batch.stem not in by_stem:
                    continue
                engine = Engine(build_store([by_stem[batch.stem]], Path(tmp) / f"{batch.stem}.duckdb", named))
                try:
                    rows += ask_batch(engine, batch)
                finally:
                    engine.close()
        else:
            engine = Engine(build_store(dev, Path(tmp) / "wire.duckdb", named))
            try:
                for batch in batches:
                    rows += ask_batch(engine, batch)
            finally:
                engine.close()
    return rows


def analyst_releases() -> list[Path]:
    """The store of many companies the analyst questions are asked of: the dev wire releases (never the
    held-out split), the complete EDGAR releases and the seeds."""
    dev, _ = split()
    return dev + [SHARED / "corpus" / "full", SHARED / "seeds"]


def corpus_releases() -> list[Path]:
    """The store the third set is asked of: the seeds, the release openings and the complete EDGAR releases."""
    return [SHARED / "seeds", SHARED / "corpus" / "releases", SHARED / "corpus" / "full"]


def score_analyst(batch: Path = ANALYST, folder: Path | None = None,
                  releases: list[Path] | None = None) -> list[Row]:
    """Ask the analyst questions of one store of every release in `releases` (default `analyst_releases`)."""
    from chat.engine import Engine
    dev, test = split()
    guard_split([batch], dev, test)
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        engine = Engine(build_store(analyst_releases() if releases is None else releases, Path(tmp) / "analyst.duckdb"))
        try:
            rows = ask_batch(engine, batch)
        finally:
            engine.close()
    for r in rows:
        r.release = "analyst"
    return rows


def kind_of(item) -> str | None:
    return item.expect.get("kind") if isinstance(item.expect, dict) else None


def expected(item) -> str:
    exp = item.expect if isinstance(item.expect, dict) else {}
    if exp.get("kind") in ("abstain", "clarify"):
        return exp["kind"]
    accept = exp.get("accept") or []
    more = "".join(f" or {a['value'] if isinstance(a, dict) else a}" for a in accept)
    return f"{exp.get('kind')} {exp.get('value')}{more} {exp.get('unit') or ''} {exp.get('period') or ''}".strip()


def got(answer) -> str:
    if answer.status != "answered":
        return f"{answer.status}: {answer.text[:160]!r}"
    return (f"{answer.value} {answer.unit} · metric {answer.metric!r} · segment {answer.segment!r} · "
            f"period {answer.period!r} · company {answer.company!r}")


def cited(answer) -> str:
    if not answer.citations:
        return "(no citation)"
    return " | ".join(f"{c.doc}:{c.line} {c.quote[:140]!r}" for c in answer.citations[:3])


def report(rows: list[Row], show: str | None, seconds: float) -> None:
    totals: Counter = Counter()
    releases = sorted({r.release for r in rows})
    width = max((len(r) for r in releases), default=10)
    print(f"{'release':<{width}}  right  wrong  refused  unstated")
    for release in releases:
        c = Counter(r.verdict for r in rows if r.release == release)
        totals.update(c)
        print(f"{release:<{width}}  {c['right']:5}  {c['wrong']:5}  {c['refused']:7}  {c['unstated']:8}")
    print(f"{'total':<{width}}  {totals['right']:5}  {totals['wrong']:5}  {totals['refused']:7}  {totals['unstated']:8}"
          f"   ({len(rows)} questions, {seconds:.0f} s)")
    for kind in ("value", "change_pct", "abstain", "clarify"):
        of_kind = [r for r in rows if kind_of(r.item) == kind]
        c = Counter(r.verdict for r in of_kind)
        print(f"  expected {kind:<10} {len(of_kind):4}: right {c['right']}, wrong {c['wrong']}, refused {c['refused']}, unstated {c['unstated']}")
    for kind in ["wrong"] + ([show] if show and show != "wrong" else []):
        listed = [r for r in rows if r.verdict == kind]
        if not listed:
            continue
        print(f"\n{kind.upper()} ({len(listed)})")
        for r in listed:
            print(f"- {r.release} {r.item.id}: {r.item.question!r}\n"
                  f"    expected {expected(r.item)}\n    got      {got(r.answer)}\n"
                  f"    cited    {cited(r.answer)}\n    check    {r.reason}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--separate", action="store_true", help="one store per release instead of one shared store")
    p.add_argument("--named", action="store_true",
                   help="store the releases with batches under the analyst's company name and ticker (NAMES)")
    p.add_argument("--batches", type=Path, default=BATCHES, help="folder of .jsonl batches (default: tests/batches/wire)")
    p.add_argument("--show", choices=["right", "refused", "unstated"], help="list these lines too (wrong ones are always listed)")
    p.add_argument("--analyst", action="store_true",
                   help=f"ask {ANALYST.relative_to(ROOT)} of one store of the dev wire releases, corpus/full and the seeds")
    p.add_argument("--analyst2", action="store_true",
                   help=f"ask {ANALYST2.relative_to(ROOT)} (the second set: releases the first covers least) of that store")
    p.add_argument("--analyst3", action="store_true",
                   help=f"ask {ANALYST3.relative_to(ROOT)} (the third set) of the seeds, corpus/releases and corpus/full")
    p.add_argument("--analyst4", action="store_true",
                   help=f"ask {ANALYST4.relative_to(ROOT)} (the fourth set: dev wire releases least covered) of that store")
    p.add_argument("--analyst5", action="store_true",
                   help=f"ask {ANALYST5.relative_to(ROOT)} (the fifth set: dev wire releases least covered) of that store")
    args = p.parse_args()
    start = time.perf_counter()
    if args.analyst3:
        rows = score_analyst(ANALYST3, releases=corpus_releases())
    elif args.analyst4:
        rows = score_analyst(ANALYST4)
    elif args.analyst5:
        rows = score_analyst(ANALYST5)
    elif args.analyst or args.analyst2:
        rows = score_analyst(ANALYST2 if args.analyst2 else ANALYST)
    else:
        rows = score(separate=args.separate, named=args.named, batches=batch_files(args.batches))
    report(rows, args.show, time.perf_counter() - start)


if __name__ == "__main__":
    main()
