"""The store's tables. Every fact keeps the document and line it was printed on.

Versioning: `meta` holds `schema_version`. To add a column, add it to its CREATE TABLE below (with a
DEFAULT when old rows need one) and bump SCHEMA_VERSION: `knowledge.store.migrate` adds every column
the store lacks (ALTER TABLE ... ADD COLUMN, from this text), and runs the steps in MIGRATIONS that
need more than a column (backfilling a table that did not exist). A store from a newer version is
refused with a StoreError, never half-read.
"""

SCHEMA_VERSION = 11

TABLES = """
CREATE SEQUENCE IF NOT EXISTS doc_ids START 1;
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    doc_id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    path TEXT,
    sha256 TEXT NOT NULL UNIQUE,
    company TEXT,
    company_key TEXT,
    ticker TEXT,
    release_date DATE,
    headline TEXT,
    format TEXT,
    fye_month INTEGER,
    fy_offset INTEGER DEFAULT 0,
    cik TEXT,
    period_label TEXT,
    n_lines INTEGER,
    n_facts INTEGER,
    ingested_at TIMESTAMP DEFAULT current_timestamp,
    reader TEXT DEFAULT ''  -- the reading version it was read with (knowledge/reading_version.py); '' before schema 11
);
CREATE TABLE IF NOT EXISTS lines (
    doc_id INTEGER NOT NULL,
    line_no INTEGER NOT NULL,
    text TEXT
);
CREATE TABLE IF NOT EXISTS facts (
    doc_id INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    company_key TEXT,
    metric TEXT NOT NULL,
    metric_key TEXT NOT NULL,  -- the metric, or 'label:' and the printed label when the vocabulary lacks it
    label TEXT,
    section TEXT,
    segment TEXT,
    geo TEXT,
    product TEXT,
    period_kind TEXT,
    period_start DATE,
    period_end DATE,
    months INTEGER,
    end_year INTEGER,
    end_month INTEGER,
    fiscal_year INTEGER,
    fiscal_quarter INTEGER,
    period_label TEXT,
    value DOUBLE,
    unit TEXT,
    source TEXT,
    line_no INTEGER,
    col INTEGER,
    quote TEXT,
    change_pct DOUBLE,
    comp_value DOUBLE,
    comp_period_label TEXT,
    release_date DATE,
    basis TEXT DEFAULT '',  -- '' GAAP; non-gaap, constant-currency, guidance, reconciling, part
    table_class TEXT DEFAULT '',  -- the statement a table figure stands in; '' for prose
    -- what the release's own arithmetic or prose contradicts in the figure (knowledge/doubts.py Doubt): ''
    -- none; NULL: stored before releases were checked at ingest (ingest the file again to check it)
    doubt TEXT,
    -- the release states (or its prose proves) the scale of the figure, whole currency units too: a table
    -- amount stored as printed is known to be in units, never "the unit is not stated"
    scale_stated BOOLEAN DEFAULT FALSE
);
-- Each document's facts in one compressed value (knowledge/packs.py), for the engine's lookup of one
-- company: one narrow indexed row per document instead of a fetch per fact and column. Each row also
-- carries its company's `companies` row as JSON, [company, ticker, fye_month, fy_offset] (kept by
-- knowledge.store whenever that row changes), so a first question about a company costs one index
-- scan for both instead of two queries (a query costs DuckDB ~0.4 ms of CPU however small; a join of
-- the two index scans ~0.7 ms; four columns instead of one JSON value ~0.05 ms more).
CREATE TABLE IF NOT EXISTS fact_packs (
    doc_id INTEGER NOT NULL,
    company_key TEXT,
    payload BLOB NOT NULL,
    company_row TEXT
);
-- One row per company, kept at ingest, so the engine never groups all documents at start.
CREATE TABLE IF NOT EXISTS companies (
    company_key TEXT PRIMARY KEY,
    company TEXT,
    ticker TEXT,
    fye_month INTEGER,
    n_docs INTEGER,
    fy_offset INTEGER DEFAULT 0  -- how the company names its fiscal years (most of its documents)
);
CREATE TABLE IF NOT EXISTS company_months (  -- documents per company and fiscal year end month
    company_key TEXT,
    fye_month INTEGER,
    n INTEGER,
    PRIMARY KEY (company_key, fye_month)
);
-- The words that name a company in a question: its lower-case ticker ('ticker'), each word of its
-- key ('name', once per time it stands there) and the key's first word ('first'), kept at ingest so
-- the engine looks up a question's words here instead of loading every company at start.
CREATE TABLE IF NOT EXISTS company_words (
    word TEXT NOT NULL,
    kind TEXT NOT NULL,
    company_key TEXT NOT NULL
);
-- Each company name word under its two shapes (knowledge.vocabulary.word_shapes), so a misspelt name
-- word is compared only with the name words sharing its first or last two letters.
CREATE TABLE IF NOT EXISTS name_shapes (
    shape TEXT NOT NULL,
    word TEXT NOT NULL
);
-- Every word a question may use that the store's own text brings (label, product and company name
-- words), kept at ingest, so spelling repair does not need a DISTINCT scan over all facts at start.
CREATE TABLE IF NOT EXISTS vocab_words (
    word TEXT PRIMARY KEY
);
"""

# The one filter a company's lookup uses: DuckDB answers it from this ART index (an Index Scan of that
# company's few pack rows) instead of scanning every row group. The index is on the pack table, one
# row per document, not on facts: an index over every fact cost memory and ingest time, and fetching
# facts row by row through it cost ~4.6 ms per company at 10,000 releases (see knowledge/packs.py).
INDEXES = """
CREATE INDEX IF NOT EXISTS fact_packs_company ON fact_packs (company_key);
CREATE INDEX IF NOT EXISTS company_words_word ON company_words (word);
CREATE INDEX IF NOT EXISTS name_shapes_shape ON name_shapes (shape);
"""

VIEWS = """
CREATE OR REPLACE VIEW facts_latest AS
WITH ranked AS (
    SELECT f.*,
        row_number() OVER (PARTITION BY f.company_key, f.metric, f.basis, f.geo, f.product, f.period_label, f.unit
                           ORDER BY f.release_date DESC NULLS LAST, f.source = 'table' DESC, f.doc_id DESC) AS rank,
        count(DISTINCT f.doc_id) OVER (PARTITION BY f.company_key, f.metric, f.basis, f.geo, f.product, f.period_label, f.unit) AS n_docs,
        max(f.value) OVER (PARTITION BY f.company_key, f.metric, f.basis, f.geo, f.product, f.period_label, f.unit)
          - min(f.value) OVER (PARTITION BY f.company_key, f.metric, f.basis, f.geo, f.product, f.period_label, f.unit) AS spread
    FROM facts f
    WHERE f.metric <> 'other'
)
SELECT * EXCLUDE (rank), n_docs > 1 AND spread > 0.01 * abs(value) AS releases_disagree
FROM ranked WHERE rank = 1;
"""

SCHEMA = TABLES + INDEXES + VIEWS

# Steps beyond adding columns, by the version they lead to (run in order, after columns are added).
MIGRATIONS: dict[int, list[str]] = {
    2: [
        "DROP INDEX IF EXISTS facts_lookup",
        "__rebuild_derived__",  # companies and vocab_words, from documents and facts
    ],
    3: [  # facts gained basis and table_class, documents fy_offset and cik, companies fy_offset
        "__rebuild_derived__",
    ],
    4: [  # the per-company lookup reads fact_packs; the index over every fact goes
        "DROP INDEX IF EXISTS facts_company",
        "__rebuild_packs__",
    ],
    5: [  # company_words: the engine looks up a question's words instead of loading every company
        "__rebuild_derived__",
    ],
    6: [  # name_shapes: a misspelt name word is compared only with name words of its shape
        "__rebuild_derived__",
    ],
    7: [  # packs became columnar and carry their company's row: the first question about a company is one query
        "__rebuild_packs__",
    ],
    8: [  # facts gained doubt (NULL for the facts stored before: not checked), and packs carry it
        "__rebuild_packs__",
    ],
    9: [  # facts gained scale_stated (FALSE for the facts stored before: as unstated as they were), packs carry it
        "__rebuild_packs__",
    ],
    10: [  # packs carry each row's section: a question may name a row with the heading it stands under
        "__rebuild_packs__",
    ],
    11: [],  # documents gained reader ('' for those stored before: read again when ingested again)
}
