"""The store's tables. Every fact keeps the document and line it was printed on."""

SCHEMA = """
CREATE SEQUENCE IF NOT EXISTS doc_ids START 1;
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
    ingested_at TIMESTAMP DEFAULT current_timestamp
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
    table_class TEXT DEFAULT ''  -- the statement a table figure stands in; '' for prose
);
CREATE INDEX IF NOT EXISTS facts_lookup ON facts (company_key, metric_key);
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
