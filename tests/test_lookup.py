"""FactLookup answers the per-company templates from one fetch: the same rows as the SQL."""
import itertools

import duckdb

from knowledge.lookup import EVALUATORS, FactLookup
from knowledge.store import connect
from knowledge.templates import TEMPLATES


def _same(a, b, ordered):
    return a == b if ordered else sorted(a, key=repr) == sorted(b, key=repr)


ORDERED = {"segments_held", "metrics_for_period", "latest_figures"}  # ORDER BY over every selected column: a total order


def test_every_template_returns_the_rows_of_its_sql(corpus_db):
    con = connect(corpus_db, read_only=True)
    lookup = FactLookup(con)
    keys = [r[0] for r in con.execute("SELECT company_key FROM companies").fetchall()]
    checked, asked = 0, set()
    for key in keys:
        combos = con.execute("SELECT DISTINCT metric_key, metric, geo, product, months, end_year, end_month, "
                             "doc_id, line_no FROM facts WHERE company_key = ? LIMIT 12", [key]).fetchall()
        for mk, metric, geo, product, months, y, m, doc_id, line in combos:
            asked.add(key)
            params = {
                "value_for_period": [key, mk, geo, product, months, y, m],
                "values_for_two_periods": [key, mk, geo, product, months, y, m, months, (y or 0) - 1, m],
                "trend": [key, mk, geo, product, months],
                "periods_held": [key, mk, geo, product],
                "actual_periods_held": [key, mk, geo, product],
                "segments_held": [key, mk],
                "metrics_held": [key],
                "metrics_for_period": [key, months, y, m],
                "products_for_period": [key, mk, geo, months, y, m],
                "latest_figures": [key, [metric, "revenue", "eps"], 3],
                "facts_on_lines": [key, doc_id, [line, line + 1]],
            }
            for name, p in params.items():
                want = con.execute(TEMPLATES[name], p).fetchall()
                got = lookup.run(name, p)
                if name == "metrics_held":  # ORDER BY n DESC: ties may come in any order
                    assert sorted(got) == sorted(want) and [n for _, n in got] == [n for _, n in want]
                elif name in ("periods_held", "actual_periods_held"):
                    assert sorted(got, key=repr) == sorted(want, key=repr)
                    assert [r[1:] for r in got] == [r[1:] for r in want]
                else:
                    assert _same(got, want, name in ORDERED), (name, p)
                checked += 1
    assert checked > 500 and set(EVALUATORS) <= set(TEMPLATES)
    assert lookup.fetches == len(asked)  # one store round trip per company, whatever was asked
    con.close()


def test_unknown_company_and_plain_sql_pass_through(seed_db):
    lookup = FactLookup(connect(seed_db, read_only=True))
    assert lookup.run("value_for_period", ["no such company", "revenue", "", "", 3, 2007, 9]) == []
    assert lookup.execute("SELECT count(*) FROM documents").fetchone() == (2,)
    assert isinstance(lookup.cursor(), duckdb.DuckDBPyConnection)


def test_the_company_lookup_is_an_index_scan(corpus_db):
    """One equality filter on company_key and nothing else: DuckDB reads no row group for it."""
    con = connect(corpus_db, read_only=True)
    key = con.execute("SELECT company_key FROM companies LIMIT 1").fetchone()[0]
    sql = TEMPLATES["company_packs"].replace("?", "'" + key.replace("'", "''") + "'")
    plan = con.execute("EXPLAIN ANALYZE " + sql).fetchall()[0][1]
    assert "Index Scan" in plan
    con.close()


def test_the_cache_is_bounded(seed_db):
    lookup = FactLookup(connect(seed_db, read_only=True), cached=2)
    for key in itertools.islice(itertools.cycle(["a", "b", "c"]), 6):
        lookup.company(key)
    assert lookup.fetches == 6 and len(lookup._cache) == 2


def test_the_cache_evicts_by_bytes(corpus_db):
    """Under a byte limit the least recently used companies go, the counted bytes stay the sum of
    what is held and within the limit, and an evicted company is fetched again with the same rows."""
    con = connect(corpus_db, read_only=True)
    keys = [r[0] for r in con.execute("SELECT company_key FROM companies ORDER BY company_key").fetchall()]
    sizes = {k: FactLookup(con).company(k).nbytes for k in keys}
    limit = int(1.2 * max(sizes.values()))  # room for the largest company and a few small ones
    assert sum(sizes.values()) > 2 * limit  # the corpus does not fit: eviction must happen
    lookup = FactLookup(con, cache_bytes=limit)
    for key in keys:
        lookup.company(key)
        held = list(lookup._cache)
        assert held[-1] == key and lookup.cached_bytes == sum(lookup._cache[k].nbytes for k in held)
        assert lookup.cached_bytes <= limit
    assert len(lookup._cache) < len(keys) and keys[0] not in lookup._cache
    before = lookup.fetches
    assert lookup.run("metrics_held", [keys[0]]) == FactLookup(con).run("metrics_held", [keys[0]])
    assert lookup.fetches == before + 1
    one = FactLookup(con, cache_bytes=1)  # smaller than any company: the one in use stays, alone
    for key in keys[:3]:
        assert one.company(key).rows and list(one._cache) == [key]
    con.close()


def test_a_company_counts_about_the_memory_it_holds(corpus_db):
    """nbytes, what the byte limit counts, is near what Python allocates for the company (tracemalloc),
    for the company with the most facts."""
    import tracemalloc
    con = connect(corpus_db, read_only=True)
    key = con.execute("SELECT company_key FROM facts GROUP BY ALL ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    lookup = FactLookup(con)
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    cf = lookup.company(key)
    cf.labels, cf.products, cf.geos  # what the vocabulary reads of it
    held = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    assert len(cf.rows) > 200 and 0.7 * held <= cf.nbytes <= 1.5 * held, (cf.nbytes, held)
    con.close()


def test_the_company_row_comes_with_its_facts(corpus_db):
    """company_row is the row `company_by_key` gives, read by the same single fetch as the facts."""
    con = connect(corpus_db, read_only=True)
    lookup = FactLookup(con)
    keys = [r[0] for r in con.execute("SELECT company_key FROM companies").fetchall()]
    for key in keys:
        assert lookup.company_row(key) == con.execute(TEMPLATES["company_by_key"], [key]).fetchone()
        lookup.company(key)  # its facts: no second fetch
    assert lookup.fetches == len(keys)
    assert lookup.company_row("no such company") is None
    con.close()


def test_every_pack_holds_exactly_the_rows_of_its_document(corpus_db):
    """fact_packs is a copy of facts: the same rows, typed as DuckDB returns them, for every document."""
    from knowledge import lookup as lk
    from knowledge.packs import ROW_FIELDS, unpack
    from knowledge.templates import FACT_FIELDS
    assert [ROW_FIELDS.index(c) for c in ("value", "doc_id", "metric", "metric_key")] == \
        [lk.VALUE, lk.DOC_ID, lk.METRIC, lk.METRIC_KEY]
    con = connect(corpus_db, read_only=True)
    packs = con.execute("SELECT doc_id, payload FROM fact_packs ORDER BY doc_id").fetchall()
    assert [d for d, _ in packs] == [r[0] for r in con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()]
    for doc_id, payload in packs:
        want = con.execute(f"SELECT {FACT_FIELDS}, f.metric_key, f.section FROM facts f WHERE f.doc_id = ?",
                           [doc_id]).fetchall()
        got = unpack(payload, doc_id)
        assert sorted(got, key=repr) == sorted(want, key=repr)  # repr: 5 and 5.0 or a date and its text differ
    con.close()


def _derived(con) -> tuple[bool, bool, list]:
    """Whether company_words and fact_packs (documents, and the company row each carries) are what
    the store's companies and documents say; and company_words as held."""
    from knowledge.store import COMPANY_WORDS
    from knowledge.vocabulary import word_shapes
    held = sorted(con.execute("SELECT word, kind, company_key FROM company_words").fetchall())
    fresh = sorted(con.execute(COMPANY_WORDS.format(where="company_key IS NOT NULL")).fetchall())
    packs = sorted(con.execute("SELECT doc_id, company_key, company_row::JSON FROM fact_packs").fetchall())
    docs = sorted(con.execute("""SELECT d.doc_id, d.company_key, CASE WHEN c.company_key IS NOT NULL THEN
        json_array(c.company, c.ticker, coalesce(c.fye_month, 12), coalesce(c.fy_offset, 0)) END
        FROM documents d LEFT JOIN companies c USING (company_key)""").fetchall())
    shapes = set(con.execute("SELECT shape, word FROM name_shapes").fetchall())
    names = {w for w, kind, _ in held if kind == "name"}
    every_shape = all((shape, w) in shapes for w in names for shape in word_shapes(w))
    return held == fresh and every_shape, packs == docs, held


def test_the_lookup_tables_follow_ingest_rename_and_replace(tmp_path):
    """company_words and fact_packs stay what companies and documents say after every way the store
    changes: an ingest, a company named for excerpts, and a document replaced when read anew."""
    from conftest import CORPUS, SAMPLES, need_corpus
    from knowledge.ingest import ingest
    from knowledge.store import delete_documents, set_company
    need_corpus()
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [SAMPLES, CORPUS])
    words_ok, packs_ok, held = _derived(con)
    assert words_ok and packs_ok and {k for _, k, _ in held} == {"ticker", "name", "first"}
    ids = [r[0] for r in con.execute("SELECT doc_id FROM documents ORDER BY doc_id LIMIT 2").fetchall()]
    set_company(con, ids, "Renamed Widgets Corp", "RWC")
    assert _derived(con)[:2] == (True, True)
    assert ("renamed", "first", "renamed widgets") in _derived(con)[2]
    delete_documents(con, ids[:1])
    assert _derived(con)[:2] == (True, True)
    con.close()


def test_the_company_directory_reads_only_the_words_asked_about(corpus_db):
    """The engine starts without loading companies; a question's words are one indexed lookup,
    remembered, and a name found by ticker, name word, first word or a slip in it."""
    from chat.engine import Engine
    engine = Engine(corpus_db)
    directory = engine.vocab.companies
    assert not directory._words and not directory._companies  # nothing read at start
    con = engine.con.raw
    key, ticker = con.execute("SELECT company_key, lower(ticker) FROM companies WHERE length(ticker) >= 2 "
                              "AND length(split_part(company_key, ' ', 1)) >= 6 ORDER BY company_key LIMIT 1").fetchone()
    first = key.split()[0]
    assert directory.ticker(ticker) == key and key in directory.by_first_word(first)
    assert key in directory.by_name_word(first)
    slip = first[:2] + first[3] + first[2] + first[4:]  # two letters swapped
    assert directory.near_name_word(slip, 75) == first
    assert directory.get(key).key == key and directory.get("no such company") is None
    assert len(directory) == con.execute("SELECT count(*) FROM companies").fetchone()[0]
    assert [c.key for c in directory[:3]] == [r[0] for r in con.execute(
        "SELECT company_key FROM companies ORDER BY company_key LIMIT 3").fetchall()]
    plan = con.execute("EXPLAIN ANALYZE " + TEMPLATES["company_words"].replace("?", f"['{first}', 'revenue']")).fetchall()
    assert "Index Scan" in plan[0][1]
    engine.close()


def test_duckdb_never_draws_a_progress_bar_on_stdout(tmp_path):
    """A long query (a migration on a big store) would draw DuckDB's bar into a batch's JSON output."""
    for read_only in (False, True):  # created by the first open: a read-only open never creates a store
        con = connect(tmp_path / "s.duckdb", read_only=read_only)
        assert con.execute("SELECT current_setting('enable_progress_bar')").fetchone() == (False,)
        con.close()


def test_a_store_of_schema_6_is_upgraded_to_the_new_packs(tmp_path):
    """A store whose packs are schema 6's (a JSON list per row, no company row beside them) is
    upgraded once when opened, even read-only: every pack then decodes to its document's rows and
    carries its company's row, and the engine answers from it."""
    import json
    import zlib
    from conftest import SAMPLES
    from chat.engine import Context, Engine
    from knowledge.ingest import ingest
    from knowledge.schema import SCHEMA_VERSION
    from knowledge.templates import FACT_FIELDS
    from knowledge.packs import unpack
    db = tmp_path / "old.duckdb"
    con = connect(db)
    ingest(con, [SAMPLES])
    con.execute("DROP INDEX fact_packs_company")
    con.execute("ALTER TABLE fact_packs DROP COLUMN company_row")
    for (doc_id,) in con.execute("SELECT doc_id FROM documents").fetchall():
        rows = [[v.isoformat() if hasattr(v, "isoformat") else (None if i == 12 else v) for i, v in enumerate(r)]
                for r in con.execute(f"SELECT {FACT_FIELDS}, f.metric_key FROM facts f WHERE f.doc_id = ?",
                                     [doc_id]).fetchall()]
        con.execute("UPDATE fact_packs SET payload = ? WHERE doc_id = ?",
                    [zlib.compress(json.dumps(rows).encode(), 1), doc_id])
    con.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
    con.close()

    con = connect(db, read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    words_ok, packs_ok, _ = _derived(con)
    assert words_ok and packs_ok
    for doc_id, payload in con.execute("SELECT doc_id, payload FROM fact_packs").fetchall():
        want = con.execute(f"SELECT {FACT_FIELDS}, f.metric_key, f.section FROM facts f WHERE f.doc_id = ?",
                           [doc_id]).fetchall()
        assert sorted(unpack(payload, doc_id), key=repr) == sorted(want, key=repr) and want
    con.close()
    engine = Engine(db)
    answer, _ = engine.ask("tot assets 9/30/2007", Context())
    assert answer.status == "answered" and answer.value == 31_856_000
    engine.close()
