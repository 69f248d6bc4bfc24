"""The DuckDB store: opening it, loading parsed documents in bulk, and reading it back."""
from __future__ import annotations

import hashlib
import re
import os
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from knowledge.schema import SCHEMA
from knowledge.vocabulary import canonical_geo, canonical_metric, company_key, is_revenue_section
from parsers.model import Document
from parsers.tables import normalize_basis, plain_label
from parsers.periods import effective_month

FACT_COLUMNS = ["doc_id", "file_name", "company_key", "metric", "metric_key", "label", "section", "segment", "geo", "product", "period_kind",
                "period_start", "period_end", "months", "end_year", "end_month", "fiscal_year", "fiscal_quarter", "period_label", "value",
                "unit", "source", "line_no", "col", "quote", "change_pct", "comp_value", "comp_period_label",
                "release_date", "basis", "table_class"]


class StoreBusy(Exception):
    """Another process holds the store for writing."""


def default_db_path() -> Path:
    env = os.environ.get("FILINGS_CHAT_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir
    return Path(user_data_dir("filings-chat")) / "filings.duckdb"


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if read_only and not path.exists():
        read_only = False
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreBusy(f"{path} is in use by another filings-chat process; try again when it finishes") from None
        raise
    if not read_only:
        con.execute(SCHEMA)
    return con


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Prepared:
    """A parsed document turned into the rows the store holds."""

    doc: dict
    lines: dict[str, list]
    facts: dict[str, list]


def prepare(doc: Document, sha: str, path: str, company: str | None = None, ticker: str | None = None) -> Prepared:
    name = company or doc.company
    key = company_key(name)
    fye = doc.fye_month
    facts: dict[str, list] = {c: [] for c in FACT_COLUMNS}
    offset = doc.fy_offset
    for f in doc.figures:
        basis = normalize_basis(f.qualifier)
        label = plain_label(f.label) if basis != "part" else f.label
        as_unit = "USD" if basis == "change" and f.unit == "percent" else f.unit  # a change of the metric in dollars
        metric, product = canonical_metric(label, f.section, as_unit) if label else "other", f.product
        geo = canonical_geo(f.geo) if f.geo else ""
        if metric == "other" and f.source == "table" and not f.label.lower().startswith("total"):
            metric, product = _part_of_section(f, metric, product)
            if product and _names_a_place(product):  # "Americas" under "Geographic revenues"
                geo, product = canonical_geo(product), ""
        fy, fq = f.period.fiscal(fye, offset)
        end_year, end_month = effective_month(f.period.end)
        row = {
            "company_key": key, "metric": metric, "label": f.label,
            "section": f.section, "segment": f.segment, "geo": geo,
            "product": " ".join(product.split()), "period_kind": "instant" if f.period.is_instant else "duration",
            "period_start": f.period.start, "period_end": f.period.end, "months": f.period.months,
            "end_year": end_year, "end_month": end_month,
            "fiscal_year": fy, "fiscal_quarter": fq, "period_label": f.period.label(fye, offset), "value": f.value,
            "unit": f.unit, "source": f.source, "line_no": f.line, "col": f.column, "quote": f.quote,
            "change_pct": f.change_pct, "comp_value": f.comp_value,
            "comp_period_label": f.comp_period.label(fye, offset) if f.comp_period else None,
            "release_date": doc.release_date, "doc_id": None, "file_name": doc.name,
            "basis": basis, "table_class": f.table_class,
        }
        row["metric_key"] = None  # set below, once _defer_to_tables has settled the metric
        for c in FACT_COLUMNS:
            facts[c].append(row[c])
        if f.cc_change_pct is not None and basis == "":  # the change in constant currency: its own basis
            for c in FACT_COLUMNS:
                facts[c].append({**row, "basis": "constant-currency", "change_pct": f.cc_change_pct}[c])
    _defer_to_tables(facts)
    facts["metric_key"] = [metric_key(m, l) for m, l in zip(facts["metric"], facts["label"])]
    lines = doc.lines
    return Prepared(
        doc={"file_name": doc.name, "path": path, "sha256": sha, "company": name, "company_key": key,
             "ticker": ticker or doc.ticker, "release_date": doc.release_date, "headline": doc.headline,
             "format": doc.format, "fye_month": fye, "fy_offset": offset, "cik": doc.cik,
             "period_label": doc.period.label(fye, offset) if doc.period else None,
             "n_lines": len(lines), "n_facts": len(doc.figures)},
        lines={"line_no": list(range(1, len(lines) + 1)), "text": lines},
        facts=facts,
    )


BROKEN_DOWN = {  # metrics releases break down by line of business under a heading (not cost line items)
    "kwh_sales", "customers", "gross_written_premium", "net_written_premium", "net_earned_premium", "loans",
    "deposits", "store_count", "arr", "subscription_revenue", "backlog", "orders", "employees"}


def _names_a_place(label: str) -> bool:
    """A row label that is only a region ('Americas', 'Asia Pacific', 'Europe/Middle East/Africa')."""
    key = canonical_geo(label)
    return bool(key) and len(re.sub(r"[^a-z]", "", label.lower())) <= 30 and not re.search(r"\d", label)


def _part_of_section(f, metric: str, product: str) -> tuple[str, str]:
    """A row under a heading that names a metric is that metric of one line of business: 'Gaming'
    under 'Revenue:', 'Residential' under 'Retail kilowatt-hour sales (millions of KWH)'."""
    if f.unit == "USD" and is_revenue_section(f.section):
        return "revenue", f.label  # (a row that names a place is revenue of that place: see prepare)
    heading = re.sub(r"\([^()]*\)", " ", f.section).strip(" :")
    if heading and f.label and not f.label.lower().startswith(heading.lower()):
        section_metric = canonical_metric(heading, "", f.unit)
        if section_metric in BROKEN_DOWN:
            return section_metric, f.label
    return metric, product


def metric_key(metric: str, label: str) -> str:
    """What questions look facts up by: the canonical metric, or the printed label it lacks."""
    if metric != "other":
        return metric
    return "label:" + " ".join(label.lower().replace("'", "").replace("\u2019", "").split())


def _defer_to_tables(facts: dict[str, list]) -> None:
    """Within one release the table is the authority: a sentence figure that disagrees with the
    table's figure for the same metric, segment and period names something else ("net loss" used
    for the loss to common stockholders) and keeps only its printed label."""
    table: dict[tuple, float] = {}
    n = len(facts["metric"])
    key = lambda i: tuple(facts[c][i] for c in ("metric", "basis", "geo", "product", "period_label", "unit"))
    for i in range(n):
        if facts["source"][i] == "table" and facts["metric"][i] != "other":
            table.setdefault(key(i), facts["value"][i])
    for i in range(n):
        if facts["source"][i] == "narrative" and key(i) in table:
            t, v = table[key(i)], facts["value"][i]
            if abs(abs(t) - abs(v)) > 0.02 * max(abs(t), abs(v)):
                facts["metric"][i] = "other"


def known_hashes(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT sha256 FROM documents").fetchall()}


def write_batch(con: duckdb.DuckDBPyConnection, batch: list[Prepared]) -> None:
    """Load whole documents in one transaction: a failure or a kill leaves none of them half-written."""
    if not batch:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        ids = [r[0] for r in con.execute("SELECT nextval('doc_ids') FROM range(?)", [len(batch)]).fetchall()]
        doc_cols = list(batch[0].doc)
        docs = {c: [p.doc[c] for p in batch] for c in doc_cols}
        docs["doc_id"] = ids
        line_rows = {"doc_id": [], "line_no": [], "text": []}
        fact_rows = {c: [] for c in FACT_COLUMNS}
        for doc_id, p in zip(ids, batch):
            line_rows["doc_id"].extend([doc_id] * len(p.lines["line_no"]))
            line_rows["line_no"].extend(p.lines["line_no"])
            line_rows["text"].extend(p.lines["text"])
            for c in FACT_COLUMNS:
                fact_rows[c].extend([doc_id] * len(p.facts["metric"]) if c == "doc_id" else p.facts[c])
        _insert(con, "documents", docs)
        _insert(con, "lines", line_rows)
        _insert(con, "facts", fact_rows)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, list]) -> None:
    arrow = pa.table(columns)
    con.register("_incoming", arrow)
    try:
        names = ", ".join(columns)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _incoming")
    finally:
        con.unregister("_incoming")


def set_company(con: duckdb.DuckDBPyConnection, file_names: list[str], company: str, ticker: str | None) -> int:
    """Name the company of documents that never named it (table excerpts)."""
    key = company_key(company)
    n = 0
    for name in file_names:
        rows = con.execute("SELECT doc_id FROM documents WHERE file_name = ?", [name]).fetchall()
        for (doc_id,) in rows:
            con.execute("UPDATE documents SET company = ?, company_key = ?, ticker = coalesce(?, ticker) WHERE doc_id = ?",
                        [company, key, ticker, doc_id])
            con.execute("UPDATE facts SET company_key = ? WHERE doc_id = ?", [key, doc_id])
            n += 1
    return n
