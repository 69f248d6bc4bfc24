"""The DuckDB store: opening it (with a clear StoreError for every way that fails), loading parsed
documents in bulk, and keeping the small tables the engine reads at start."""
from __future__ import annotations

import hashlib
import os
import re
import stat
import time
from pathlib import Path
from typing import Callable, TypeVar

import duckdb
import pyarrow as pa

from knowledge.fact_rows import FACT_COLUMNS, Prepared, metric_key, prepare  # noqa: F401 (callers import them from here too)
from knowledge.packs import ROW_FIELDS, pack
from knowledge.schema import INDEXES, MIGRATIONS, SCHEMA, SCHEMA_VERSION, TABLES, VIEWS
from knowledge.vocabulary import company_key, word_shapes

# How long a read waits for an ingest that holds the store before it says the store is busy
# ($FILINGS_CHAT_WAIT_S sets it, for reads and ingests alike).
READ_WAIT_S = 60.0
T = TypeVar("T")


class StoreError(Exception):
    """The store cannot be opened or written; the message is one line a person can act on."""


class StoreBusy(StoreError):
    """Another process holds the store for writing."""


def default_db_path() -> Path:
    env = os.environ.get("FILINGS_CHAT_DB")
    if env:
        return Path(env)
    return data_dir_db_path()


def data_dir_db_path() -> Path:
    """The store in the user data directory (the one filled with the samples on first use)."""
    from platformdirs import user_data_dir
    return Path(user_data_dir("filings-chat")) / "filings.duckdb"


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store; every failure is a StoreError.

    A read-only open never creates anything: a missing file, or a DuckDB database that is not a
    filings-chat store, is refused (the one write a read may cause is the upgrade of a store an older
    filings-chat wrote). A writable open (ingest) initialises a store only in a new or empty file; a
    database holding other tables is refused, untouched. Only a regular file is opened: a FIFO would
    block the open forever and a device never ends."""
    path = Path(path)
    _require_store_file(path)
    exists = path.exists()
    if read_only and not exists:
        raise StoreError(f"{path}: no such store (`filings-chat --db {path} ingest PATH` creates it)")
    if not read_only and not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create its folder ({exc.strerror or exc})") from None
    if not read_only and exists and path.stat().st_size == 0:
        path.unlink()  # an empty file holds nothing; DuckDB only initialises a file it creates
    con = _open(path, read_only)
    try:
        version = _version(con)
        if version == SCHEMA_VERSION:
            return con
        if version < 0:
            raise StoreError(f"{path} is not a filings-chat store (a DuckDB database with other tables); "
                             f"it was left as it was")
        if version == 0 and read_only:
            raise StoreError(f"{path} is not a filings-chat store (an empty DuckDB database); "
                             f"`filings-chat ingest` fills a store")
        if version > SCHEMA_VERSION:
            raise StoreError(f"{path} was written by a newer filings-chat (store schema {version}; this version "
                             f"reads up to {SCHEMA_VERSION}); upgrade filings-chat to use it")
        if read_only:  # a store an older filings-chat wrote: upgrade once with a writable connection, then read
            con.close()
            connect(path).close()
            return _open(path, True)
        _upgrade(con, version, path)
        return con
    except BaseException:
        con.close()
        raise


def _require_store_file(path: Path) -> None:
    """A folder, FIFO, device or socket is never opened as a store."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(mode):
        raise StoreError(f"{path} is a folder, not a store file; name a file such as {path / 'filings.duckdb'}")
    if not stat.S_ISREG(mode):
        raise StoreError(f"{path} is not a regular file (a pipe, device or socket); a store is a DuckDB file")


def store_wait_s(default: float = READ_WAIT_S) -> float:
    """$FILINGS_CHAT_WAIT_S when it is a number of seconds, else `default`."""
    try:
        return max(0.0, float(os.environ["FILINGS_CHAT_WAIT_S"]))
    except (KeyError, ValueError):
        return default


def waiting_for_store(attempt: Callable[[], T], wait_s: float = READ_WAIT_S,
                      on_wait: Callable[[str], None] | None = None) -> T:
    """Run `attempt()` (an open of the store); while an ingest holds the store, say so once through
    `on_wait` and try again, for at most `wait_s` seconds. DuckDB lets one process write a file and
    no other process open it meanwhile, so a reader waits for the writer's next pause instead of
    failing with "busy"; ingest pauses after every batch it commits (knowledge.ingest)."""
    deadline = time.monotonic() + wait_s
    warned = False
    while True:
        try:
            return attempt()
        except StoreBusy as exc:
            if time.monotonic() > deadline:
                if warned:
                    raise StoreBusy(f"{exc} (waited {wait_s:g} s)") from None
                raise
            if not warned and on_wait is not None:
                on_wait("waiting for another filings-chat process (an ingest) to let go of the store…")
                warned = True
            time.sleep(0.05)


def _open(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        con = duckdb.connect(str(path), read_only=read_only)
        con.execute("SET enable_progress_bar = false")  # DuckDB would draw it on stdout, inside a batch's JSON
        return con
    except duckdb.Error as exc:
        text = str(exc)
        low = text.lower()
        if "could not set lock" in low or "conflicting lock" in low:
            raise StoreBusy(f"{path} is in use by another filings-chat process; try again when it finishes") from None
        if "corrupt" in low or "checksum" in low or ("not a valid duckdb" in low and _has_duckdb_magic(path)):
            raise StoreError(f"{path} is corrupt ({_short(text)}); restore it from a copy or ingest into a "
                             f"new --db") from None
        if "read-only" in low or "permission denied" in low or "readonly" in low:
            raise StoreError(f"{path}: the store cannot be written here ({_short(text)}); "
                             f"check the file's permissions or choose another --db") from None
        if "not a valid duckdb" in low or "invalid" in low or "magic" in low or "version" in low:
            raise StoreError(f"{path} is not a filings-chat store (DuckDB cannot read it: {_short(text)})") from None
        raise StoreError(f"{path}: cannot open the store ({_short(text)})") from None


def _has_duckdb_magic(path: Path) -> bool:
    """DuckDB writes "DUCK" at offset 8 of its files."""
    try:
        with open(path, "rb") as f:
            return f.read(12)[8:12] == b"DUCK"
    except OSError:
        return False


def _short(text: str) -> str:
    return " ".join(text.split())[:200]


STORE_TABLES = {"documents", "lines", "facts"}


def _version(con: duckdb.DuckDBPyConnection) -> int:
    """0 for an empty database, 1 for a store from before versioning, what `meta` says for a store,
    -1 for a database that holds tables of something else (never written to)."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                        "WHERE table_schema = 'main'").fetchall()}
    if not tables:
        return 0
    if "meta" in tables and STORE_TABLES <= tables:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        try:
            return int(row[0]) if row else 1
        except ValueError:
            return -1
    if STORE_TABLES <= tables:
        columns = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                             "WHERE table_schema = 'main' AND table_name = 'documents'").fetchall()}
        return 1 if {"doc_id", "sha256", "file_name"} <= columns else -1
    return -1


def _upgrade(con: duckdb.DuckDBPyConnection, version: int, path: Path) -> None:
    """Create a new store, or bring an older one to SCHEMA_VERSION: missing tables and columns are
    added from the schema text, then the steps of MIGRATIONS past its version run."""
    try:
        con.execute("BEGIN TRANSACTION")
        if version == 0:
            con.execute(SCHEMA)
        else:
            con.execute(TABLES)
            _add_missing_columns(con)
            for step in sorted(v for v in MIGRATIONS if v > version):
                for sql in MIGRATIONS[step]:
                    STEPS[sql](con) if sql in STEPS else con.execute(sql)
            con.execute(INDEXES + VIEWS)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        con.execute("COMMIT")
    except duckdb.Error as exc:
        _rollback(con)
        what = "create" if version == 0 else f"upgrade (from store schema {version})"
        raise StoreError(f"{path}: cannot {what} the store ({_short(str(exc))})") from None


def _add_missing_columns(con: duckdb.DuckDBPyConnection) -> None:
    """Columns the schema text declares and the store lacks, read from a scratch in-memory store."""
    scratch = duckdb.connect(":memory:")
    scratch.execute(TABLES)
    want = scratch.execute("SELECT table_name, column_name, data_type, column_default FROM information_schema.columns "
                           "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall()
    scratch.close()
    have = {(t, c) for t, c in con.execute("SELECT table_name, column_name FROM information_schema.columns "
                                           "WHERE table_schema = 'main'").fetchall()}
    for table, column, dtype, default in want:
        if (table, column) not in have:
            extra = f" DEFAULT {default}" if default is not None else ""
            con.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {dtype}{extra}')


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back if DuckDB still can; a failed rollback must not hide the error that caused it."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()



def known_hashes(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """sha256 → doc_id of every stored document."""
    return dict(con.execute("SELECT sha256, doc_id FROM documents").fetchall())


def unchecked_hashes(con: duckdb.DuckDBPyConnection) -> set[str]:
    """sha256 of the documents stored before releases were checked at ingest (facts whose doubt is NULL,
    knowledge/doubts.py): ingesting one of them again reads it again, so its doubts are found and stored."""
    return {r[0] for r in con.execute("SELECT DISTINCT d.sha256 FROM documents d JOIN facts f ON f.doc_id = d.doc_id "
                                      "WHERE f.doubt IS NULL").fetchall()}


def stale_hashes(con: duckdb.DuckDBPyConnection, version: str) -> set[str]:
    """sha256 of the documents read with another reading than `version` (knowledge/reading_version.py; '' for a
    document stored before readings were recorded): ingesting one of them again reads it again."""
    return {r[0] for r in con.execute("SELECT sha256 FROM documents WHERE coalesce(reader, '') <> ?",
                                      [version]).fetchall()}


def write_batch(con: duckdb.DuckDBPyConnection, batch: list[Prepared]) -> list[int]:
    """Load whole documents in one transaction: a failure or a kill leaves none of them half-written.
    A document read again (`replaces`, ingest --period) takes its old reading's doc_id, and the old
    reading is deleted in the same transaction, so the store holds the old reading or the new one,
    never neither. Returns the doc_ids. A store that cannot be written (a full disk) raises
    StoreError with the real cause; the documents already committed stay as they were. After any
    failure the transaction is rolled back, so the connection takes the next batch."""
    if not batch:
        return []
    con.execute("BEGIN TRANSACTION")
    try:
        ids = _doc_ids(con, batch)
        old_keys = _delete_rows(con, [p.replaces for p in batch if p.replaces is not None])
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
        _insert(con, "fact_packs", {"doc_id": ids, "company_key": docs["company_key"], "payload": [p.pack for p in batch]})
        if old_keys:
            refresh_companies(con, old_keys | set(docs["company_key"]))
        else:
            _registered(con, "_batch_docs", {c: docs[c] for c in ("company_key", "company", "ticker", "fye_month")},
                        lambda: _count_companies(con, docs["company_key"]))
        add_words(con, batch_words(batch))
        con.execute("COMMIT")
        return ids
    except duckdb.Error as exc:
        _rollback(con)
        if _is_io(exc):
            raise StoreError(f"cannot write to the store: {_short(str(exc))} (nothing of this batch was "
                             f"stored; what was stored before is intact)") from None
        raise
    except BaseException:
        _rollback(con)
        raise


def _doc_ids(con: duckdb.DuckDBPyConnection, batch: list[Prepared]) -> list[int]:
    """A new id for each new document; a document read again keeps the id of its old reading."""
    fresh = iter(r[0] for r in con.execute("SELECT nextval('doc_ids') FROM range(?)",
                                           [sum(p.replaces is None for p in batch)]).fetchall())
    return [p.replaces if p.replaces is not None else next(fresh) for p in batch]


def _delete_rows(con: duckdb.DuckDBPyConnection, doc_ids: list[int]) -> set[str]:
    """Delete these documents' rows (inside the caller's transaction); their companies' keys."""
    if not doc_ids:
        return set()
    keys = {r[0] for r in con.execute("SELECT DISTINCT company_key FROM documents WHERE list_contains(?, doc_id)",
                                      [doc_ids]).fetchall()}
    for table in ("facts", "fact_packs", "lines", "documents"):
        con.execute(f"DELETE FROM {table} WHERE list_contains(?, doc_id)", [doc_ids])
    return keys


def _is_io(exc: Exception) -> bool:
    low = str(exc).lower()
    return isinstance(exc, (duckdb.IOException, duckdb.FatalException)) or "no space" in low or "disk" in low \
        or "file too large" in low or "could not write" in low


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, list]) -> None:
    names = ", ".join(columns)
    _registered(con, "_incoming", columns,
                lambda: con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _incoming"))


def _registered(con: duckdb.DuckDBPyConnection, name: str, columns: dict[str, list], work: Callable[[], object]) -> None:
    """Run `work` with `columns` registered as the view `name`. The view is dropped afterwards even
    when the work failed; dropping it in an aborted transaction raises "Current transaction is
    aborted", which must not hide the error that aborted it."""
    con.register(name, pa.table(columns))
    try:
        work()
    finally:
        try:
            con.unregister(name)
        except duckdb.Error:
            pass


def _count_companies(con: duckdb.DuckDBPyConnection, keys: list[str | None]) -> None:
    """Count the batch's documents (registered as _batch_docs) into `companies`: a count per
    (company, fiscal year end month) and the company's row, whose fye_month is the month most of its
    documents give. Only the batch's companies are touched, whatever the store's size."""
    con.execute("""INSERT INTO company_months
        SELECT company_key, coalesce(fye_month, 12), count(*) FROM _batch_docs WHERE company_key IS NOT NULL GROUP BY ALL
        ON CONFLICT (company_key, fye_month) DO UPDATE SET n = n + excluded.n""")
    con.execute("""INSERT INTO companies (company_key, company, ticker, fye_month, n_docs)
        SELECT company_key, any_value(company), any_value(ticker), NULL, count(*) FROM _batch_docs
        WHERE company_key IS NOT NULL GROUP BY company_key
        ON CONFLICT (company_key) DO UPDATE SET n_docs = n_docs + excluded.n_docs,
                                               ticker = coalesce(ticker, excluded.ticker)""")
    _best_months(con, sorted({k for k in keys if k}))
    _company_words(con, sorted({k for k in keys if k}))
    _company_rows_to_packs(con, sorted({k for k in keys if k}))


def refresh_companies(con: duckdb.DuckDBPyConnection, keys: set[str | None]) -> None:
    """Recount the `companies` rows of these companies from their documents (an indexed lookup each)."""
    keys_list = sorted(k for k in keys if k)
    if not keys_list:
        return
    con.execute("DELETE FROM companies WHERE list_contains(?, company_key)", [keys_list])
    con.execute("DELETE FROM company_months WHERE list_contains(?, company_key)", [keys_list])
    for key in keys_list:
        con.execute("""INSERT INTO company_months SELECT company_key, coalesce(fye_month, 12), count(*)
            FROM documents WHERE company_key = ? GROUP BY ALL""", [key])
        con.execute("""INSERT INTO companies (company_key, company, ticker, fye_month, n_docs)
            SELECT company_key, any_value(company), any_value(ticker), NULL, count(*)
            FROM documents WHERE company_key = ? GROUP BY company_key""", [key])
    _best_months(con, keys_list)
    _company_words(con, keys_list)
    _company_rows_to_packs(con, keys_list)


def _best_months(con: duckdb.DuckDBPyConnection, keys: list[str] | None) -> None:
    """companies.fye_month: the month most documents give (the smaller month on a tie)."""
    where = "WHERE list_contains(?, company_key)" if keys is not None else ""
    con.execute(f"""UPDATE companies SET fye_month = best.fye_month FROM (
            SELECT company_key, arg_max(fye_month, n * 100 - fye_month) AS fye_month FROM company_months
            {where} GROUP BY company_key) best
        WHERE companies.company_key = best.company_key""", [keys] if keys is not None else [])
    where_docs = "WHERE list_contains(?, company_key)" if keys is not None else "WHERE company_key IS NOT NULL"
    con.execute(f"""UPDATE companies SET fy_offset = best.fy_offset FROM (
            SELECT company_key, mode(coalesce(fy_offset, 0)) AS fy_offset FROM documents
            {where_docs} GROUP BY company_key) best
        WHERE companies.company_key = best.company_key""", [keys] if keys is not None else [])


def _company_rows_to_packs(con: duckdb.DuckDBPyConnection, keys: list[str] | None) -> None:
    """Copy these companies' `companies` rows (None: every company's) onto their `fact_packs` rows, as
    the `company_by_key` template gives them, so the engine reads a company and its facts in one
    index scan (see knowledge/schema.py)."""
    where = "AND list_contains(?, c.company_key)" if keys is not None else ""
    con.execute(f"""UPDATE fact_packs SET company_row = json_array(c.company, c.ticker, coalesce(c.fye_month, 12),
                                                              coalesce(c.fy_offset, 0))
        FROM companies c WHERE fact_packs.company_key = c.company_key {where}""",
                [keys] if keys is not None else [])


COMPANY_WORDS = """
    SELECT lower(ticker), 'ticker', company_key FROM companies WHERE length(ticker) >= 2 AND {where}
    UNION ALL SELECT word, 'name', company_key FROM (
        SELECT unnest(string_split(company_key, ' ')) AS word, company_key FROM companies WHERE {where})
        WHERE length(word) >= 4
    UNION ALL SELECT split_part(company_key, ' ', 1), 'first', company_key FROM companies WHERE {where}"""


def _company_words(con: duckdb.DuckDBPyConnection, keys: list[str] | None) -> None:
    """company_words of these companies (None: of every company), from their `companies` rows, and
    the shapes of name words not seen before (a shape left by a renamed company costs only a
    comparison; `rebuild_derived` clears them)."""
    if keys is None:
        con.execute("DELETE FROM company_words")
        con.execute("DELETE FROM name_shapes")
        con.execute("INSERT INTO company_words " + COMPANY_WORDS.format(where="company_key IS NOT NULL"))
        new = [w for (w,) in con.execute("SELECT DISTINCT word FROM company_words WHERE kind = 'name'").fetchall()]
    elif keys:
        con.execute("DELETE FROM company_words WHERE list_contains(?, company_key)", [keys])
        where = "list_contains($keys, company_key)"
        con.execute("INSERT INTO company_words " + COMPANY_WORDS.format(where=where), {"keys": keys})
        words = sorted({w for (w,) in con.execute("SELECT word FROM company_words WHERE kind = 'name' AND "
                                                  "list_contains(?, company_key)", [keys]).fetchall()})
        known = {w for (w,) in con.execute("SELECT word FROM name_shapes WHERE list_contains(?, shape)",
                                           [sorted({word_shapes(w)[0] for w in words})]).fetchall()}
        new = [w for w in words if w not in known]
    else:
        return
    if new:
        pairs = [(shape, w) for w in new for shape in word_shapes(w)]
        _insert(con, "name_shapes", {"shape": [p[0] for p in pairs], "word": [p[1] for p in pairs]})


WORD = re.compile(r"[a-z]+")


def batch_words(batch: list[Prepared]) -> set[str]:
    """Words of labels, products and company names: the words a question may use for this store."""
    words: set[str] = set()
    for p in batch:
        if p.doc["company"]:
            words.update(w for w in WORD.findall(p.doc["company"].lower()) if len(w) > 1)
        for label in set(p.facts["label"]):
            if label and len(label) < 120:
                words.update(w for w in WORD.findall(label.lower()) if len(w) > 3)
        for product in set(p.facts["product"]):
            words.update(w for w in WORD.findall(product.lower()) if len(w) > 2)
    return words


def add_words(con: duckdb.DuckDBPyConnection, words: set[str]) -> None:
    if words:
        con.execute("INSERT OR IGNORE INTO vocab_words SELECT unnest(?)", [sorted(words)])


def rebuild_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Fill `companies` and `vocab_words` from documents and facts: for a store from before they
    existed (one pass; afterwards ingest keeps them)."""
    con.execute("DELETE FROM companies")
    con.execute("DELETE FROM company_months")
    con.execute("""INSERT INTO company_months SELECT company_key, coalesce(fye_month, 12), count(*)
        FROM documents WHERE company_key IS NOT NULL GROUP BY ALL""")
    con.execute("""INSERT INTO companies (company_key, company, ticker, fye_month, n_docs)
        SELECT company_key, any_value(company), any_value(ticker), NULL, count(*)
        FROM documents WHERE company_key IS NOT NULL GROUP BY company_key""")
    _best_months(con, None)
    _company_words(con, None)
    _company_rows_to_packs(con, None)
    con.execute("DELETE FROM vocab_words")
    con.execute(r"""INSERT OR IGNORE INTO vocab_words
        SELECT DISTINCT w FROM (
            SELECT unnest(regexp_extract_all(lower(company), '[a-z]+')) AS w, 1 AS min_len FROM documents
            UNION ALL SELECT unnest(regexp_extract_all(lower(label), '[a-z]+')), 3 FROM
                (SELECT DISTINCT label FROM facts WHERE length(label) < 120)
            UNION ALL SELECT unnest(regexp_extract_all(lower(product), '[a-z]+')), 2 FROM
                (SELECT DISTINCT product FROM facts)
        ) WHERE length(w) > min_len""")


def rebuild_packs(con: duckdb.DuckDBPyConnection, chunk: int = 2000) -> None:
    """Fill `fact_packs` from `facts` and `companies`: for a store from before it existed or before
    its format changed (once, a chunk of documents at a time, so memory stays bounded whatever the
    store's size)."""
    from knowledge.templates import FACT_FIELDS
    con.execute("DELETE FROM fact_packs")
    keys = dict(con.execute("SELECT doc_id, company_key FROM documents ORDER BY doc_id").fetchall())
    ids = list(keys)
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        rows: dict[int, dict[str, list]] = {d: {c: [] for c in ROW_FIELDS} for d in part}
        for r in con.execute(f"SELECT {FACT_FIELDS}, f.metric_key, f.section FROM facts f WHERE f.doc_id BETWEEN ? AND ?",
                             [part[0], part[-1]]).fetchall():
            columns = rows.get(r[ROW_FIELDS.index("doc_id")])
            if columns is not None:
                for c, v in zip(ROW_FIELDS, r):
                    columns[c].append(v)
        _insert(con, "fact_packs", {"doc_id": part, "company_key": [keys[d] for d in part],
                                    "payload": [pack(rows[d]) for d in part]})
    _company_rows_to_packs(con, None)


# Migration steps that are Python, by the name MIGRATIONS gives them.
STEPS = {"__rebuild_derived__": rebuild_derived, "__rebuild_packs__": rebuild_packs}


def delete_documents(con: duckdb.DuckDBPyConnection, doc_ids: list[int]) -> None:
    """Remove documents whole (their lines and facts too)."""
    con.execute("BEGIN TRANSACTION")
    try:
        refresh_companies(con, _delete_rows(con, doc_ids))
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise


def set_company(con: duckdb.DuckDBPyConnection, doc_ids: list[int], company: str, ticker: str | None) -> int:
    """Name the company of these documents (table excerpts that never name it); only these, by id."""
    if not doc_ids:
        return 0
    key = company_key(company)
    con.execute("BEGIN TRANSACTION")
    try:
        old = {r[0] for r in con.execute("SELECT DISTINCT company_key FROM documents WHERE list_contains(?, doc_id)",
                                         [doc_ids]).fetchall()}
        con.execute("UPDATE documents SET company = ?, company_key = ?, ticker = coalesce(?, ticker) "
                    "WHERE list_contains(?, doc_id)", [company, key, ticker, doc_ids])
        con.execute("UPDATE facts SET company_key = ? WHERE list_contains(?, doc_id)", [key, doc_ids])
        con.execute("UPDATE fact_packs SET company_key = ? WHERE list_contains(?, doc_id)", [key, doc_ids])
        refresh_companies(con, old | {key})
        add_words(con, {w for w in WORD.findall(company.lower()) if len(w) > 1})
        con.execute("COMMIT")
    except duckdb.Error as exc:
        _rollback(con)
        raise StoreError(f"cannot name the company of {len(doc_ids)} documents: {_short(str(exc))}") from None
    return len(doc_ids)
