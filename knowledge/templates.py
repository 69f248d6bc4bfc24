"""Every query the answering engine runs: named, parameterized SQL. User text is only ever a
bound parameter, never part of the SQL."""
from __future__ import annotations

FACT_FIELDS = """f.value, f.unit, f.period_label, f.label, f.source, f.line_no, f.quote, f.file_name,
       f.release_date, f.change_pct, f.comp_value, f.comp_period_label, f.doc_id, f.geo, f.product,
       f.months, f.end_year, f.end_month, f.period_end, f.metric, f.basis, f.table_class"""


# Fact rows come back unordered: the engine ranks the few a question touches (latest release first,
# then its table before its prose), which costs less than ORDER BY.
TEMPLATES: dict[str, str] = {
    "value_for_period": f"""
SELECT {FACT_FIELDS}
FROM facts f
WHERE f.company_key = ? AND f.metric_key = ? AND f.geo = ? AND f.product = ?
  AND f.months = ? AND f.end_year = ? AND f.end_month = ?""",
    "values_for_two_periods": f"""
SELECT {FACT_FIELDS}
FROM facts f
WHERE f.company_key = ? AND f.metric_key = ? AND f.geo = ? AND f.product = ?
  AND ((f.months = ? AND f.end_year = ? AND f.end_month = ?) OR (f.months = ? AND f.end_year = ? AND f.end_month = ?))""",
    "trend": f"""
SELECT {FACT_FIELDS}
FROM facts f
WHERE f.company_key = ? AND f.metric_key = ? AND f.geo = ? AND f.product = ? AND f.months = ?""",
    "periods_held": """
SELECT DISTINCT f.period_label, f.months, f.end_year, f.end_month
FROM facts f
WHERE f.company_key = ? AND f.metric_key = ? AND f.geo = ? AND f.product = ?
ORDER BY f.end_year, f.end_month, f.months""",
    # Periods of actual figures (guidance names future periods): what "the latest" is read against.
    "actual_periods_held": """
SELECT DISTINCT f.period_label, f.months, f.end_year, f.end_month
FROM facts f
WHERE f.company_key = ? AND f.metric_key = ? AND f.geo = ? AND f.product = ? AND coalesce(f.basis, '') <> 'guidance'
ORDER BY f.end_year, f.end_month, f.months""",
    "segments_held": """
SELECT DISTINCT f.geo, f.product
FROM facts f
WHERE f.company_key = ? AND f.metric_key = ?
ORDER BY f.geo, f.product""",
    "metrics_held": """
SELECT f.metric, count(*) AS n
FROM facts f
WHERE f.company_key = ? AND f.metric <> 'other'
GROUP BY f.metric ORDER BY n DESC""",
    "metrics_for_period": """
SELECT DISTINCT f.metric, f.geo, f.product
FROM facts f
WHERE f.company_key = ? AND f.metric <> 'other' AND f.months = ? AND f.end_year = ? AND f.end_month = ?
ORDER BY f.metric, f.geo, f.product""",
    # The company directory (chat.vocab.CompanyDirectory): companies looked up as questions name them.
    "company_count": """
SELECT count(*) FROM companies""",
    "companies_page": """
SELECT company_key, company, ticker, coalesce(fye_month, 12), coalesce(fy_offset, 0)
FROM companies ORDER BY company_key LIMIT ? OFFSET ?""",
    "company_by_key": """
SELECT company_key, company, ticker, coalesce(fye_month, 12), coalesce(fy_offset, 0)
FROM companies WHERE company_key = ?""",
    "company_keys": """
SELECT company_key FROM companies ORDER BY company_key""",
    "company_names": """
SELECT company FROM companies WHERE company IS NOT NULL ORDER BY company_key""",
    # A question's words among tickers, name words and first name words (an Index Scan per word).
    "company_words": """
SELECT w.word, w.kind, w.company_key FROM company_words w WHERE list_contains(?, w.word)""",
    # Name words a misspelt one may stand for: those sharing its first or last two letters (an Index
    # Scan of name_shapes).
    "name_words_like": """
SELECT DISTINCT s.word FROM name_shapes s WHERE list_contains(?, s.shape) ORDER BY s.word""",
    "products_for_period": """
SELECT DISTINCT f.product FROM facts f
WHERE f.company_key = ? AND f.metric_key = ? AND f.geo = ? AND f.product <> ''
  AND f.months = ? AND f.end_year = ? AND f.end_month = ?""",
    "vocabulary_labels": """
SELECT DISTINCT company_key, substr(metric_key, 7) FROM facts
WHERE metric_key LIKE 'label:%' AND metric_key NOT LIKE '%)' AND length(metric_key) BETWEEN 10 AND 86""",
    "vocabulary_label_words": """
SELECT DISTINCT lower(label) FROM facts WHERE length(label) < 120""",
    "vocabulary_products": """
SELECT DISTINCT company_key, metric, product FROM facts WHERE product <> ''""",
    "vocabulary_geos": """
SELECT DISTINCT company_key, metric, geo FROM facts WHERE geo <> ''""",
    "latest_figures": """
SELECT DISTINCT f.metric, f.period_label, f.period_end, f.months FROM facts f
WHERE f.company_key = ? AND list_contains(?, f.metric)
ORDER BY f.period_end DESC, f.months, f.metric, f.period_label LIMIT ?""",
    "labels_for_metric": """
SELECT DISTINCT f.label FROM facts f WHERE f.company_key = ? AND f.metric_key = ? LIMIT 200""",
    "latest_document": """
SELECT d.file_name, max(f.period_end) AS period_end, bool_or(day(f.period_end) <= 7 OR day(f.period_end) BETWEEN 24 AND 30
       AND month(f.period_end) NOT IN (4, 6, 9, 11)) AS weeks
FROM documents d JOIN facts f USING (doc_id)
WHERE d.company_key = ? AND f.months > 0 AND f.basis <> 'guidance'
GROUP BY d.doc_id, d.file_name ORDER BY max(d.release_date) DESC NULLS LAST, d.doc_id DESC LIMIT 1""",
    "line_text": """
SELECT l.text FROM lines l WHERE l.doc_id = ? AND l.line_no = ?""",
    # Every fact of one company, for knowledge.lookup.FactLookup: its documents' packed facts
    # (knowledge/packs.py) by one equality filter, which DuckDB answers from the fact_packs_company
    # ART index (an Index Scan, no row group read).
    "company_packs": """
SELECT p.doc_id, p.payload
FROM fact_packs p
WHERE p.company_key = ?""",
    "vocabulary_words": """
SELECT word FROM vocab_words""",
}
