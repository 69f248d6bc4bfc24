"""Every query the answering engine runs: named, parameterized SQL. User text is only ever a
bound parameter, never part of the SQL."""
from __future__ import annotations

FACT_FIELDS = """f.value, f.unit, f.period_label, f.label, f.source, f.line_no, f.quote, f.file_name,
       f.release_date, f.change_pct, f.comp_value, f.comp_period_label, f.doc_id, f.geo, f.product,
       f.months, f.end_year, f.end_month, f.period_end, f.metric, f.basis, f.table_class, f.doubt,
       f.scale_stated"""


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
    # Every line of one document, in order: the title lines an excerpt of one table prints beside it.
    "document_lines": """
SELECT text FROM lines WHERE doc_id = ? ORDER BY line_no""",
    # A company's documents whose period was not read (ingest --period names it): none of their figures is stored.
    "undated_documents": """
SELECT file_name FROM documents WHERE company_key = ? AND coalesce(period_label, '') = '' ORDER BY doc_id""",
    # The figures of one release on given lines: the other side of a figure its prose and its statement print
    # differently (knowledge/doubts.py), shown beside it.
    "facts_on_lines": f"""
SELECT {FACT_FIELDS}
FROM facts f
WHERE f.company_key = ? AND f.doc_id = ? AND list_contains(?, f.line_no)""",
    # The columns one table row prints its figures in, with the year each ends: which header cells stand over them.
    "line_columns": """
SELECT DISTINCT col, end_year FROM facts WHERE doc_id = ? AND line_no = ? AND source = 'table' AND col IS NOT NULL""",
    "line_text": """
SELECT l.text FROM lines l WHERE l.doc_id = ? AND l.line_no = ?""",
    # Every fact of one company, for knowledge.lookup.FactLookup: its documents' packed facts
    # (knowledge/packs.py) by one equality filter, which DuckDB answers from the fact_packs_company
    # ART index (an Index Scan, no row group read); each row also carries the company's row
    # (knowledge/schema.py), so one query reads both.
    "company_packs": """
SELECT p.doc_id, p.payload, p.company_row
FROM fact_packs p
WHERE p.company_key = ?""",
    # Across companies (chat/handlers/companies.py, rank.py): one metric's figures for every company (or those listed), as reported,
    # for the periods the companies' calendars give the question's period — each a code months*1e6 + year*100 +
    # month, the engine keeping each company's own. A list parameter NULL means every company.
    "metric_across_companies": f"""
SELECT c.company, coalesce(c.fye_month, 12), coalesce(c.fy_offset, 0), f.company_key, {FACT_FIELDS}
FROM facts f JOIN companies c ON c.company_key = f.company_key
WHERE f.metric_key = ? AND f.geo = '' AND f.product = '' AND coalesce(f.basis, '') = ''
  AND list_contains(?, f.months * 1000000 + f.end_year * 100 + f.end_month)
  AND (?::VARCHAR[] IS NULL OR list_contains(?::VARCHAR[], f.company_key))""",
    # A ranking over every company, in one pass: each company's own period (its calendar's code) and the year
    # before, the figure of its latest release (statement before other tables, tables before prose), the spread
    # of the figures that release prints at that rank (two different figures: the engine leaves it out), the
    # percent change; filtered by the change's sign (0: no filter), ordered by value or change times a direction,
    # the first N kept with the count of all. Parameters: calendars (fye, offset, code, base code) as four
    # lists, companies (NULL: all), the metric's readings in order of preference (each company's figure is of the
    # first its release gives for the period: 'EPS' of a release printing only diluted EPS is the diluted figure,
    # as for one company), every code, change wanted, sign, order by change, direction, limit.
    # Each figure comes back as [period code, doc_id, line]: the engine reads the few it lists through its
    # per-company look-up (an index scan), never the whole facts table again.
    "rank_across_companies": """
WITH want AS (
  SELECT unnest(?::INTEGER[]) AS fye, unnest(?::INTEGER[]) AS off, unnest(?::BIGINT[]) AS code,
         unnest(?::BIGINT[]) AS base_code),
firm AS (
  SELECT c.company_key, c.company, w.code, w.base_code FROM companies c
  JOIN want w ON w.fye = coalesce(c.fye_month, 12) AND w.off = coalesce(c.fy_offset, 0)
  WHERE ?::VARCHAR[] IS NULL OR list_contains(?::VARCHAR[], c.company_key)),
readings AS (SELECT ?::VARCHAR[] AS keys),
every AS (
  SELECT firm.company, f.company_key, f.metric_key, list_position(readings.keys, f.metric_key) AS pref,
         f.value, f.unit, f.doc_id, f.months * 1000000 + f.end_year * 100 + f.end_month AS code,
         (f.months * 1000000 + f.end_year * 100 + f.end_month) = firm.code AS is_cur,
         CASE WHEN f.source <> 'table' THEN 0 WHEN f.table_class IN ('income', 'balance', 'cash_flow') THEN 2 ELSE 1 END
           AS authority, f.release_date, f.line_no
  FROM facts f JOIN firm ON firm.company_key = f.company_key
   AND (f.months * 1000000 + f.end_year * 100 + f.end_month) IN (firm.code, firm.base_code), readings
  WHERE list_contains(readings.keys, f.metric_key) AND f.geo = '' AND f.product = '' AND coalesce(f.basis, '') = ''
    AND list_contains(?::BIGINT[], f.months * 1000000 + f.end_year * 100 + f.end_month)),
chosen AS (SELECT company_key, min(pref) AS pref FROM every WHERE is_cur GROUP BY company_key),
cand AS (SELECT every.* FROM every JOIN chosen USING (company_key, pref)),
ranked AS (
  SELECT *, row_number() OVER w AS rn, first_value(doc_id) OVER w AS top_doc, first_value(authority) OVER w AS top_auth
  FROM cand
  WINDOW w AS (PARTITION BY company_key, is_cur ORDER BY release_date DESC NULLS LAST, doc_id DESC, authority DESC, line_no)),
pick AS (
  SELECT company_key, any_value(company) AS company, any_value(metric_key) AS metric_key, is_cur, arg_min(code, rn) AS code, arg_min(doc_id, rn) AS doc,
         arg_min(line_no, rn) AS line, arg_min(value, rn) AS value, arg_min(unit, rn) AS unit,
         max(value) FILTER (WHERE doc_id = top_doc AND authority = top_auth)
           - min(value) FILTER (WHERE doc_id = top_doc AND authority = top_auth) AS spread
  FROM ranked GROUP BY company_key, is_cur),
joined AS (
  SELECT c.company_key, c.company, c.metric_key, [c.code, c.doc, c.line] AS fact, c.value, c.unit, c.spread,
         [b.code, b.doc, b.line] AS base_fact, b.value AS base_value, b.spread AS base_spread,
         CASE WHEN b.value <> 0 AND sign(b.value) = sign(c.value) AND b.unit = c.unit
              THEN round((c.value - b.value) / abs(b.value) * 100, 2) END AS change
  FROM pick c LEFT JOIN pick b ON b.company_key = c.company_key AND NOT b.is_cur
  WHERE c.is_cur)
SELECT company_key, company, fact, base_fact, value, change,
       spread > 0.002 * abs(value) OR coalesce(base_spread > 0.002 * abs(base_value), false) AS two, count(*) OVER () AS n,
       metric_key
FROM joined
WHERE (NOT ? OR change IS NOT NULL) AND (? = 0 OR sign(change) = ?)
ORDER BY (CASE WHEN ? THEN change ELSE value END) * ? DESC, company_key
LIMIT ?""",
    # The latest period end (year * 100 + month) of a metric's figures of one length, as reported, in any company.
    # The latest period end the most companies give the metric for (a release's own period, not one company's newer one).
    # Each company counts once, at its latest end: a release's comparative (last year's quarter, printed by
    # every release) never outnumbers the quarter the releases report.
    "latest_end_across": """
SELECT e FROM (SELECT f.company_key, max(f.end_year * 100 + f.end_month) AS e FROM facts f
               WHERE list_contains(?::VARCHAR[], f.metric_key) AND f.months = ? AND f.geo = '' AND f.product = ''
                 AND coalesce(f.basis, '') = ''
               GROUP BY f.company_key)
GROUP BY e ORDER BY count(*) DESC, e DESC LIMIT 1""",
    # The same, among the companies a question names side by side (a list of company keys).
    "latest_end_among": """
SELECT e FROM (SELECT f.company_key, max(f.end_year * 100 + f.end_month) AS e FROM facts f
               WHERE list_contains(?::VARCHAR[], f.metric_key) AND f.months = ? AND f.geo = '' AND f.product = ''
                 AND coalesce(f.basis, '') = ''
                 AND list_contains(?, f.company_key)
               GROUP BY f.company_key)
GROUP BY e ORDER BY count(*) DESC, e DESC LIMIT 1""",
    # The companies whose releases print any of the metrics (a kind of company told by its figures: "which bank …").
    "companies_with_metrics": """
SELECT DISTINCT f.company_key FROM facts f WHERE list_contains(?::VARCHAR[], f.metric_key) ORDER BY 1""",
    # The calendars the store's companies keep (fiscal year end month, how they name their years).
    "company_calendars": """
SELECT DISTINCT coalesce(fye_month, 12), coalesce(fy_offset, 0) FROM companies""",
    "vocabulary_words": """
SELECT word FROM vocab_words""",
}
