"""What people browse: the documents, the facts (filtered), a release's lines, a cited line.

Every listing query of every front door (the CLI's `docs` and `facts`, the chat's browsers and source
viewer, batch's citation check) lives here, so `chat/` runs no SQL of its own. Rows are dicts with
`None` where the store does not know a value, and metrics are named as answers name them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.doubts import Doubt
from knowledge.vocabulary import BY_KEY, company_key

# USD and shares are listed in millions, so a column of them reads in one scale; the header says it.
SCALES = {"USD": (1e6, "USD millions"), "shares": (1e6, "shares millions")}
UNIT_NAMES = {"USD/share": "USD per share", "percent": "percent"}
BASIS_WORDS = {"non-gaap": "non-GAAP"}

DOCS_SQL = """
SELECT file_name, company, ticker, CAST(release_date AS TEXT) AS released, period_label AS period,
       n_facts AS facts, n_lines AS lines, coalesce(path, file_name) AS path, doc_id
FROM documents ORDER BY company NULLS LAST, release_date, file_name, path"""

_FACT_COLUMNS = """d.file_name AS file, f.line_no AS line, d.company AS company, d.ticker AS ticker, f.metric,
       f.basis, f.label, f.segment, f.period_label AS period, f.value, f.unit, f.doc_id, f.doubt"""
# The text a filter word must appear in: every column the browser shows, the metric spelled as words.
_SEARCHED = ("concat_ws(' ', d.company, d.ticker, replace(f.metric, '_', ' '), f.basis, f.label, f.segment, "
             "f.period_label, d.file_name)")
_ORDER = "ORDER BY d.company NULLS LAST, f.metric, f.period_end, f.months, d.file_name, f.line_no, f.col, f.value"


@dataclass
class FactFilter:
    """What a facts listing keeps. `words`: every word must appear in some column (any order);
    `company_keys`: the companies named (None: all); `metric`: a metric key (exact) or words of the
    printed label; `periods`: (fiscal year-end month or None, stored period label) pairs, any of them."""
    words: list[str] | None = None
    company_keys: list[str] | None = None
    tickers: list[str] | None = None
    metric: str | None = None
    periods: list[tuple[int | None, str]] | None = None


def metric_display(metric: str, basis: str | None, label: str | None) -> str:
    """How a person reads a fact's metric: the vocabulary's name ('Revenue'), the printed label for a
    row the vocabulary does not name, and the basis in words ('Cost of revenue (part)')."""
    if metric in BY_KEY:
        name = BY_KEY[metric].name
    elif metric.startswith("label:"):
        name = metric.removeprefix("label:")
    else:
        name = (label or metric.replace("_", " ")).strip() or metric
    name = name[:1].upper() + name[1:]
    return f"{name} ({BASIS_WORDS.get(basis, basis)})" if basis else name


def scaled(value: float | None, unit: str | None) -> tuple[float | None, str]:
    """(the value in its unit's one listing scale, the scale's name for a header or unit column)."""
    if unit in SCALES:
        div, name = SCALES[unit]
        return (None if value is None else value / div), name
    return value, UNIT_NAMES.get(unit or "", unit or "")


def scaled_text(value: float | None, unit: str | None) -> str:
    """A listing cell: millions with two decimals for USD and shares, two decimals per share, one for percent."""
    v, _ = scaled(value, unit)
    if v is None:
        return ""
    return f"{v:,.1f}" if unit == "percent" else f"{v:,.2f}"


def document_count(con) -> int:
    return con.execute("SELECT count(*) FROM documents").fetchone()[0]


def documents(con) -> list[dict]:
    cur = con.execute(DOCS_SQL)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def companies(con) -> list[tuple[str, str | None]]:
    """(name, ticker) of every company the documents name, by name."""
    return con.execute("SELECT DISTINCT company, ticker FROM documents WHERE company IS NOT NULL "
                       "ORDER BY company, ticker").fetchall()


def matching_companies(con, text: str) -> list[str]:
    """The company keys `text` names: a ticker exactly, or part of the name."""
    key = company_key(text) or text.lower()
    rows = con.execute("SELECT DISTINCT company_key FROM documents WHERE company_key IS NOT NULL AND "
                       "(company_key LIKE ? OR upper(ticker) = ?)", [f"%{key}%", text.strip().upper()]).fetchall()
    return [r[0] for r in rows]


def fye_months(con) -> list[int]:
    return [r[0] for r in con.execute("SELECT DISTINCT fye_month FROM documents WHERE fye_month IS NOT NULL")
            .fetchall()]


def _where(flt: FactFilter) -> tuple[str, list]:
    sql, params = ["1=1"], []
    for word in flt.words or []:
        sql.append(f"{_SEARCHED} ILIKE ?")
        params.append(f"%{word}%")
    if flt.company_keys is not None:
        sql.append("list_contains(?, f.company_key)")
        params.append(flt.company_keys)
    if flt.metric:
        metric = flt.metric.strip()
        known = _metric_key(metric)
        if known:
            sql.append("f.metric = ?")
            params.append(known)
        else:  # words of the printed label, each a whole word ("cost of gas" never matches "cost of gasoline")
            for word in re.findall(r"[\w'&]+", metric.lower()):
                sql.append("regexp_matches(lower(f.label), ?)")
                params.append(rf"\b{re.escape(word)}\b")
    if flt.periods:
        ors = []
        for fye, label in flt.periods:
            if fye is None:
                ors.append("f.period_label = ?")
                params.append(label)
            else:
                ors.append("(coalesce(d.fye_month, 12) = ? AND f.period_label = ?)")
                params += [fye, label]
        sql.append("(" + " OR ".join(ors) + ")")
    return " AND ".join(sql), params


def _metric_key(text: str) -> str | None:
    """A metric the vocabulary knows, by key ('cost_of_revenue') or by name ('Cost of revenue')."""
    low = text.lower()
    if low in BY_KEY:
        return low
    by_name = {m.name.lower(): k for k, m in BY_KEY.items()}
    return by_name.get(low) or (low.replace(" ", "_") if low.replace(" ", "_") in BY_KEY else None)


def facts(con, flt: FactFilter, limit: int) -> list[dict]:
    """Facts in a stable order, each with its file and line, its metric named for people."""
    where, params = _where(flt)
    cur = con.execute(f"SELECT {_FACT_COLUMNS} FROM facts f JOIN documents d USING (doc_id) WHERE {where} "
                      f"{_ORDER} LIMIT ?", params + [limit])
    names = [d[0] for d in cur.description]
    rows = []
    for r in cur.fetchall():
        row = dict(zip(names, r))
        row["metric_key"] = row["metric"]
        row["metric"] = metric_display(row["metric"], row["basis"], row["label"])
        row["doubted"] = doubted_marker(row.pop("doubt"))
        rows.append(row)
    return rows


def doubted_marker(doubt: str | None) -> str | None:
    """A listed figure the release's own arithmetic or prose contradicts, marked in plain words ('doubted:
    <why>'): the engine never answers it, and a listing must not show it as plain fact (knowledge/doubts.py)."""
    found = Doubt.read(doubt)
    return f"doubted: {found.reason()}" if found else None


def fact_count(con, flt: FactFilter) -> int:
    where, params = _where(flt)
    return con.execute(f"SELECT count(*) FROM facts f JOIN documents d USING (doc_id) WHERE {where}",
                       params).fetchone()[0]


def document_id(con, doc: str, doc_id: int | None = None) -> int | None:
    """`doc_id` when known, else the first document stored under the file name `doc`."""
    if doc_id is not None:
        return doc_id
    found = con.execute("SELECT min(doc_id) FROM documents WHERE file_name = ?", [doc]).fetchone()
    return found[0] if found else None


def source_lines(con, doc: str, doc_id: int | None = None) -> list[str]:
    """A release's lines in order: the very document `doc_id`, else the first stored under that name."""
    rows = con.execute("SELECT text FROM lines WHERE doc_id = ? ORDER BY line_no",
                       [document_id(con, doc, doc_id)]).fetchall()
    return [r[0] for r in rows]


def line_window(con, doc_id: int | None, first: int, last: int) -> list[str]:
    """Lines first..last (1-based, inclusive) of a release: a viewer pages a long release with it."""
    rows = con.execute("SELECT text FROM lines WHERE doc_id = ? AND line_no BETWEEN ? AND ? ORDER BY line_no",
                       [doc_id, first, last]).fetchall()
    return [r[0] for r in rows]


def line_matches(con, doc_id: int | None, needle: str, limit: int) -> list[tuple[int, int]]:
    """(line_no, occurrences) of the lines of a release holding `needle`, ignoring case, in order."""
    needle = needle.lower()
    if not needle:
        return []
    rows = con.execute(
        "SELECT line_no, (strlen(lower(text)) - strlen(replace(lower(text), ?, ''))) // strlen(?) FROM lines "
        "WHERE doc_id = ? AND contains(lower(text), ?) ORDER BY line_no LIMIT ?",
        [needle, needle, doc_id, needle, limit]).fetchall()
    return [(int(n), max(1, int(k))) for n, k in rows]


def line_count(con, doc_id: int | None) -> int:
    return con.execute("SELECT coalesce(max(line_no), 0) FROM lines WHERE doc_id = ?", [doc_id]).fetchone()[0]


def line_texts(con, doc: str, line: int, doc_id: int | None = None) -> list[str]:
    """The text of line `line` of the document cited: of `doc_id`, else of every document of that name."""
    if doc_id is not None:
        rows = con.execute("SELECT text FROM lines WHERE doc_id = ? AND line_no = ?", [doc_id, line]).fetchall()
    else:
        rows = con.execute("SELECT l.text FROM lines l JOIN documents d USING (doc_id) "
                           "WHERE d.file_name = ? AND l.line_no = ?", [doc, line]).fetchall()
    return [r[0] for r in rows]
