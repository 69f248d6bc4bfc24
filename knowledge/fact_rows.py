"""A parsed document turned into the rows the store holds (documents, lines, facts) and the engine's pack.

Its own module, free of duckdb and pyarrow, because parsing workers (knowledge/worker.py) prepare rows
and never open the store: importing the store's libraries cost each worker a tenth of a second or more."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from collections.abc import Callable
from operator import itemgetter

from knowledge.entities import entities_apart
from knowledge.packs import pack
from knowledge.reading_version import reading_version
from knowledge.vocabulary import (BY_KEY, COMMON, LANGUAGE, MINORITY_SHARE, NET_ASSETS_FROM_OPERATIONS, TO_OWNERS, canonical_geo, canonical_metric,
                                  company_key, is_investment_company_top_line, is_products_revenue_section, is_revenue_section,
                                  metric_where_read)
from parsers.company_names import word_names_a_part
from parsers.model import Document, Figure
from parsers.name_forms import name_words
from parsers.tables import normalize_basis, plain_label
from parsers.periods import Period, add_months, effective_month, month_end

FACT_COLUMNS = ["doc_id", "file_name", "company_key", "metric", "metric_key", "label", "section", "segment", "geo", "product", "period_kind",
                "period_start", "period_end", "months", "end_year", "end_month", "fiscal_year", "fiscal_quarter", "period_label", "value",
                "unit", "source", "line_no", "col", "quote", "change_pct", "comp_value", "comp_period_label",
                "release_date", "basis", "table_class", "doubt", "scale_stated"]
# No release prints a figure this large (a thousand trillion); a longer run of digits is a broken file.
MAX_ABS_VALUE = 1e15


@dataclass
class Prepared:
    """A parsed document turned into the rows the store holds."""

    doc: dict
    lines: dict[str, list]
    facts: dict[str, list]
    pack: bytes = b""  # the facts packed for the engine's per-company lookup (knowledge/packs.py)
    dropped: list[str] = field(default_factory=list)  # figures refused (a value no release prints)
    size: int = 0  # characters of text held, to bound what ingest keeps in memory at once
    replaces: int | None = None  # the doc_id of this document's stored reading, replaced in the same transaction


# An outlook's note on its label ("revenue (guidance low)", "operating profit (adjusted, guidance high)"): the basis
# says guidance and the full label keeps the note (which end, adjusted or not), so the metric is the figure's own.
GUIDANCE_NOTE = re.compile(r"\((?:[^()]*,\s*)?guidance(?:\s+(?:low|high))?\)", re.I)


_IN_COLUMNS = itemgetter(*FACT_COLUMNS)  # a row dict's values as a tuple in FACT_COLUMNS order


def prepare(doc: Document, sha: str, path: str, company: str | None = None, ticker: str | None = None) -> Prepared:
    name = company or doc.company
    key = company_key(name)
    fye = doc.fye_month
    facts: dict[str, list] = {c: [] for c in FACT_COLUMNS}
    columns = [facts[c] for c in FACT_COLUMNS]
    digits: list[int] = []  # each row's significant digits as a sentence prints them (0: not printed in one)
    offset = doc.fy_offset
    dropped = []
    as_company = _company_forms(name, doc)
    for f in doc.figures:
        if not _sane(f.value):
            dropped.append(f"line {f.line}: {f.quote[:40]!r} is not a figure a release prints")
            continue
        basis = normalize_basis(f.qualifier)
        label = plain_label(GUIDANCE_NOTE.sub(" ", f.label)) if basis != "part" else f.label
        as_unit = "USD" if basis == "change" and f.unit == "percent" else f.unit  # a change of the metric in dollars
        metric, product = canonical_metric(label, f.section, as_unit) if label else "other", f.product
        metric = metric_where_read(metric, f.table_class, f.source, f.period.is_instant, label)
        if basis == "part" and f.source == "narrative" and _another_measure_of(metric, f.qualifier):
            basis = "non-gaap"  # "Core FFO per diluted share was $4.52": the release's own measure, its word in its
            # label ("FFO per diluted share (core)"), as a table's row of it; never a part of plain FFO
        if f.printed_term:
            metric = "other"  # a sentence's subject the vocabulary lacks: its printed words, never a metric they resemble
        if metric == "operating_cash_flow" and f.value > 0 and USED_ONLY.match(label) \
                and not (f.source == "narrative" and _SIGNED_BY_ITS_VERB.match(label)):
            metric = "other"  # 'Net cash used in operating activities | 12,384': an outflow printed unsigned
        geo = canonical_geo(f.geo) if f.geo else ""
        segment = f.segment
        if f.source == "narrative" and product and _names_the_whole_company(product, as_company, f):
            product = segment = ""  # "Company-wide revenue", "<the company's own name> revenue": the company's
        if f.source == "table" and product and not geo and f.segment == product and _names_a_place(product):
            geo, product = canonical_geo(product), ""  # "International" as a segment of a table: a place
        if metric == "other" and f.source == "table" and not f.label.lower().startswith("total"):
            metric, product = _part_of_section(f, metric, product)
            if product and _names_a_place(product):  # "Americas" under "Geographic revenues"
                geo, product = canonical_geo(product), ""
        fy, fq = f.period.fiscal(fye, offset)
        end_year, end_month = effective_month(f.period.end)
        row = {
            "company_key": key, "metric": metric, "label": f.label,
            "section": f.section, "segment": segment, "geo": geo,
            "product": " ".join(product.split()), "period_kind": "instant" if f.period.is_instant else "duration",
            "period_start": f.period.start, "period_end": f.period.end, "months": f.period.months,
            "end_year": end_year, "end_month": end_month,
            "fiscal_year": fy, "fiscal_quarter": fq, "period_label": f.period.label(fye, offset), "value": f.value,
            "unit": f.unit, "source": f.source, "line_no": f.line, "col": f.column, "quote": f.quote,
            "change_pct": f.change_pct if _sane(f.change_pct) else None,
            "comp_value": f.comp_value if _sane(f.comp_value) else None,
            "comp_period_label": f.comp_period.label(fye, offset) if f.comp_period else None,
            "release_date": doc.release_date, "doc_id": None, "file_name": doc.name,
            "basis": basis, "table_class": f.table_class, "doubt": f.doubt, "scale_stated": f.scale_stated,
        }
        row["metric_key"] = None  # set below, once _defer_to_tables has settled the metric
        for column, value in zip(columns, _IN_COLUMNS(row)):  # the row's values in FACT_COLUMNS order, fetched in C
            column.append(value)
        digits.append(f.digits if f.source == "narrative" else 0)
        if f.seq_change_pct is not None and basis == "" and f.period.months == 3 and _sane(f.seq_change_pct):
            before = Period(month_end(*add_months(*effective_month(f.period.end), -3)), 3)  # the quarter before
            for column, value in zip(columns, _IN_COLUMNS({**row, "basis": "change", "value": f.seq_change_pct,
                                                           "unit": "percent", "change_pct": f.seq_change_pct,
                                                           "comp_value": None,
                                                           "comp_period_label": before.label(fye, offset)})):
                column.append(value)
            digits.append(0)
        if f.cc_change_pct is not None and basis == "":  # the change in constant currency: its own basis
            for column, value in zip(columns, _IN_COLUMNS({**row, "basis": "constant-currency", "change_pct": f.cc_change_pct})):
                column.append(value)
            digits.append(0)
    _basic_beside_diluted(facts)
    _per_depositary_share(facts)
    _lines_above_total_revenue(facts)
    _net_income_of_owners(facts)
    _equity_of_owners(facts)
    entities_apart(facts, doc.text, name)  # before any rule that compares a statement's rows of one entity
    _investment_company_top_line(facts)
    _defer_to_tables(facts, digits)
    facts["metric_key"] = [metric_key(m, l) for m, l in zip(facts["metric"], facts["label"])]
    lines = doc.lines
    return Prepared(
        doc={"file_name": doc.name, "path": path, "sha256": sha, "company": name, "company_key": key,
             "ticker": ticker or doc.ticker, "release_date": doc.release_date, "headline": doc.headline,
             "format": doc.format, "fye_month": fye, "fy_offset": offset, "cik": doc.cik,
             "period_label": doc.period.label(fye, offset) if doc.period else None,
             "n_lines": len(lines), "n_facts": len(facts["metric"]), "reader": reading_version()},
        lines={"line_no": list(range(1, len(lines) + 1)), "text": lines},
        facts=facts,
        pack=pack(facts),
        dropped=dropped,
        size=len(doc.text) + 200 * len(facts["metric"]),
    )


BROKEN_DOWN = {  # metrics releases break down by line of business under a heading (not cost line items)
    "kwh_sales", "customers", "gross_written_premium", "net_written_premium", "net_earned_premium", "loans",
    "deposits", "store_count", "arr", "subscription_revenue", "backlog", "orders", "employees"}


# metrics a note breaks down by place alone ('Income before income taxes:' over 'Domestic' / 'Foreign' / 'Total'):
# a row naming only a place under such a heading is the metric of that place
PLACE_BROKEN_DOWN = {"income_before_tax", "income_tax", "operating_income", "net_income", "total_assets"}


_WHOLE_COMPANY = re.compile(r"^(?:(?:total\s+)?company[\s-]?wide|total\s+company|enterprise[\s-]?wide|consolidated)$", re.I)


_CompanyForms = tuple[frozenset[str], str, set[tuple[int, str]]]


def _company_forms(company: str | None, doc: Document) -> _CompanyForms:
    """The forms a release names its issuer by before a term: its name and short name ('Pacific Widgets, Inc.',
    'Pacific Widgets'), and its name's first word alone unless the release also uses that word for a part of the
    company (a region, a segment: parsers/company_names.py word_names_a_part) or the vocabulary names it a place;
    a short name of one word the release uses for a part ('Pacific' of 'Pacific Holdings Inc.') is no form either;
    with the (line, label) of each sentence that names a business line before its term, to tell a list of parts."""
    words = name_words(company or "")
    short = [w for w in words if w not in _LEGAL_FORMS]
    first = short[0] if short else ""
    names_a_part = bool(first) and word_names_a_part(first, doc.text)
    forms = {" ".join(words), "" if len(short) == 1 and names_a_part else " ".join(short)} - {""}
    for end in range(len(words) - 1, 1, -1):  # "Pacific Holdings" of "Pacific Holdings Inc.": its legal words dropped
        if words[end] not in _LEGAL_FORMS:    # from the end, while two words stay
            break
        forms.add(" ".join(words[:end]))
    # ("Pacific Holdings Inc." whose release speaks of "the Pacific region": "Pacific revenue" is the region's)
    alone = first if len(first) > 2 and not canonical_geo(first) and not names_a_part else ""
    parts = {(f.line, f.label.lower()) for f in doc.figures if f.source == "narrative" and f.product
             and " ".join(name_words(f.product)) not in forms | {alone}}
    return frozenset(forms), alone, parts


_LEGAL_FORMS = frozenset(name_words("inc incorporated corp corporation company co ltd limited plc llc lp l p group holdings "
                                    "holding sa nv ag se the"))


def _names_the_whole_company(product: str, forms: _CompanyForms, f: Figure) -> bool:
    """A sentence's subject before its term that names the company itself ('Company-wide', its name, its short name,
    its name's first word where the release uses that word for nothing else): the company's figure, never a business
    line of it. The first word alone in a sentence that names another business line before the same term ('Pacific
    revenue was $40.1 million and Atlantic revenue was $80.4 million') is one part of a list: never the company's."""
    text = re.sub(r"['\u2019]s?$", "", " ".join(product.split()).strip(" ,.")).strip(" ,.")  # "Acme's": Acme
    if _WHOLE_COMPANY.match(text):
        return True
    names, alone, parts = forms
    said = " ".join(name_words(text))
    if said in names:
        return True
    return bool(alone) and said == alone and (f.line, f.label.lower()) not in parts


def _names_a_place(label: str) -> bool:
    """A row label that is only a region ('Americas', 'Asia Pacific', 'Europe/Middle East/Africa')."""
    key = canonical_geo(label)
    return bool(key) and len(re.sub(r"[^a-z]", "", label.lower())) <= 30 and not re.search(r"\d", label)


# a row that names a measure of its own, never a line of revenue, even printed under a revenue heading ('Segment operating
# income' closing a segment table headed 'Segment Revenues'); 'Interest income', 'Rental income' are lines of revenue
_MEASURE_OF_ITS_OWN = re.compile(r"\b(?:operating|net|gross|pre-?tax|segment)\s+(?P<noun>income|profit|loss|earnings|margin)"
                                 r"\b|\bebitda\b", re.I)


def _part_of_section(f, metric: str, product: str) -> tuple[str, str]:
    """A row under a heading that names a metric is that metric of one line of business: 'Gaming'
    under 'Revenue:', 'Residential' under 'Retail kilowatt-hour sales (millions of KWH)'. A row naming a measure of
    its own ('Segment operating income') is no line of the heading's metric."""
    if (own := _MEASURE_OF_ITS_OWN.search(f.label)) and (own.group("noun") or "ebitda").lower() not in f.section.lower():
        return metric, product  # ('Americas operating loss' under 'Operating income (loss):' is of that heading)
    if len(f.unit) == 3 and f.unit.isupper() and is_revenue_section(f.section) and not (
            is_products_revenue_section(f.section) and _names_a_place(f.label)):  # money: dollars, pounds, euros
        if f.segment and f.label.strip(" :").lower() == f.section.strip(" :").lower():
            return "revenue", product  # the row's subject already read ('Asia Pacific' under 'Revenue by geography')
        return "revenue", f.label  # (a row that names a place is revenue of that place: see prepare)
    heading = re.sub(r"\([^()]*\)", " ", f.section).strip(" :")
    if heading and f.label and not f.label.lower().startswith(heading.lower()):
        section_metric = canonical_metric(heading, "", f.unit)
        if section_metric in BROKEN_DOWN:
            return section_metric, f.label
        if section_metric in PLACE_BROKEN_DOWN and _names_a_place(f.label):
            return section_metric, f.label  # 'Domestic' / 'Foreign' under 'Income before income taxes': by place
    return metric, product


_OTHER_MEASURE_WORDS = frozenset(" ".join(w.lower().split()) for w in LANGUAGE.get("other_earnings", ()))


def _another_measure_of(metric: str, qualifier: str) -> bool:
    """Is a sentence's figure qualified with a word that makes a measure non-GAAP by definition another one ("Core FFO
    per diluted share": qualifier "core")? It is that measure, on the non-GAAP basis, its word in its label."""
    info = BY_KEY.get(metric)
    return info is not None and info.defined_basis and qualifier.lower() in _OTHER_MEASURE_WORDS


def _sane(value: float | None) -> bool:
    """A finite value of a size a release can print (400 digits read as a number is neither)."""
    return value is None or (isinstance(value, (int, float)) and math.isfinite(value) and abs(value) <= MAX_ABS_VALUE)


def metric_key(metric: str, label: str) -> str:
    """What questions look facts up by: the canonical metric, or the printed label it lacks."""
    if metric != "other":
        return metric
    return "label:" + " ".join(label.lower().replace("'", "").replace("\u2019", "").split())


_SLOT = ("basis", "geo", "product", "period_label", "unit")
# A flow named by its outflow alone: its figure is the operating cash flow only when printed negative ('(12,384)');
# printed unsigned, which way it went is the label's word, not the figure's sign, and it keeps its label ('Operating
# activities used cash | 3,100' too; a sentence's reader signs its outflow itself)
USED_ONLY = re.compile(r"^\W*(?:net cash (?:used (?:in|for)) |(?:our )?operating activities used\b)", re.I)
# A sentence's 'operating activities used cash of $2.4 million ..., compared with $6.0 million provided': its reader
# signs each amount by its own verb (narrative _used_cash_sign), so an amount left positive was said to be an inflow
_SIGNED_BY_ITS_VERB = re.compile(r"^\W*(?:our )?operating activities used\b", re.I)


def _basic_beside_diluted(facts: dict[str, list]) -> None:
    """'$0.89 per share ($0.88 per share on a diluted basis)': the plain per-share figure a sentence
    gives beside its diluted one, for the same period, is the basic figure, never EPS as a question
    reads it (diluted first)."""
    key = lambda i: (facts["line_no"][i], *(facts[c][i] for c in _SLOT))
    diluted = {key(i): facts["value"][i] for i in range(len(facts["metric"]))
               if facts["source"][i] == "narrative" and facts["metric"][i] == "eps_diluted"}
    for i, metric in enumerate(facts["metric"]):
        if metric == "eps" and facts["source"][i] == "narrative" and key(i) in diluted \
                and diluted[key(i)] != facts["value"][i]:
            facts["metric"][i] = "eps_basic"


# 'per ADS', 'per American Depositary Share', 'per ADR': a depositary share, several ordinary shares (and often priced
# in another currency, 'Diluted earnings per ADS (in cents)' beside pence per share)
DEPOSITARY = re.compile(r"\bper\s+(?:ads|adr|american\s+depositary\s+(?:share|receipt))s?\b", re.I)


def _per_depositary_share(facts: dict[str, list]) -> None:
    """A statement printing EPS per share and per ADS both: the per-share row is EPS, the per-ADS one another figure
    (a multiple of it, maybe in another currency), never a second value of EPS. Printed alone, per ADS is the EPS."""
    key = lambda i: (facts["metric"][i], facts["period_end"][i], facts["months"][i], facts["table_class"][i],
                     *(facts[c][i] for c in _SLOT))
    tables = [i for i in range(len(facts["metric"])) if facts["source"][i] == "table" and facts["metric"][i] in EPS_FAMILY + ("eps",)]
    per_share = {key(i) for i in tables if not DEPOSITARY.search(facts["label"][i])}
    for i in tables:
        if DEPOSITARY.search(facts["label"][i]) and key(i) in per_share:
            facts["metric"][i] = "other"


_TOTAL = re.compile(r"^\W*total\b", re.I)
_ROWS_NEAR = 8  # rows of one statement between its first line of business and its 'Total revenues'


def _lines_above_total_revenue(facts: dict[str, list]) -> None:
    """'Voyage revenues', then 'Total revenues' a few rows below in one statement (printed in any layout, one cell a
    line or flattened onto one line too): the first is one line of the business, a part of the top line, never a second
    value of the company's revenue beside the total. Alone (no total below it) it is the revenue."""
    for seq in _reading_order(facts).values():
        for n, i in enumerate(seq):
            if facts["metric"][i] != "revenue" or facts["basis"][i] or _TOTAL.match(facts["label"][i]):
                continue
            value = facts["value"][i]
            if any(facts["metric"][j] == "revenue" and not facts["basis"][j] and _TOTAL.match(facts["label"][j])
                   and 0 <= facts["line_no"][j] - facts["line_no"][i] <= 6 * _ROWS_NEAR
                   and abs(facts["value"][j] - value) > 0.005 * abs(facts["value"][j])
                   for j in seq[n + 1:n + 1 + _ROWS_NEAR]):
                facts["basis"][i] = "part"


_OWNERS_NEAR = 12  # lines between a statement's consolidated "Net income" and its "attributable to <Company>"
_OWNERS_ROWS = 4  # ... or rows between them, where a row takes many lines (one cell a line: 14 lines for 2 rows)


def _rows_close(facts: dict[str, list]) -> Callable[[int, int], bool]:
    """Do two table figures of one period stand within a few rows of each other: a few lines apart, or a few rows
    where a row takes many lines (one cell a line)?"""
    rows_apart = _rows_apart(facts)

    def close(i: int, j: int) -> bool:
        lines = abs(facts["line_no"][j] - facts["line_no"][i])
        return lines <= _OWNERS_NEAR or lines <= 8 * _OWNERS_NEAR and rows_apart(i, j) <= _OWNERS_ROWS
    return close


def _rows_apart(facts: dict[str, list]) -> Callable[[int, int], int]:
    """How many rows apart two table figures of one period are (a large number for figures of different periods or
    tables): the rows each period's figures were read in, top to bottom, in any layout — a line count alone made the
    consolidated "Net income" of a statement printed one cell a line too far from its "attributable to" row."""
    place = {i: (k, n) for k, seq in _reading_order(facts).items() for n, i in enumerate(seq)}

    def apart(i: int, j: int) -> int:
        (ki, ni), (kj, nj) = place.get(i, ((i,), 0)), place.get(j, ((j,), 0))
        return abs(ni - nj) if ki == kj else 1 << 30
    return apart


def _reading_order(facts: dict[str, list]) -> dict[tuple, list[int]]:
    """Each period's table figures (of one table class, basis, place, product and unit) in the order read: its rows,
    top to bottom, in any layout."""
    key = lambda i: (facts["table_class"][i], facts["period_end"][i], facts["months"][i],
                     *(facts[c][i] for c in _SLOT))
    order: dict[tuple, list[int]] = {}
    for i in range(len(facts["metric"])):
        if facts["source"][i] == "table":
            order.setdefault(key(i), []).append(i)
    return order

_PERIOD_SLOT = ("period_label", "basis", "geo", "product", "segment", "unit")


def _net_income_of_owners(facts: dict[str, list]) -> None:
    """Net income is the company's own: where an income statement prints both the consolidated "Net
    income" (the noncontrolling interests' share in it) and "Net income attributable to Acme, Inc."
    (knowledge.vocabulary.TO_OWNERS), the attributable row is net_income and the consolidated row, within
    a few lines of it, is consolidated_net_income (asked for by "consolidated net income" or its printed
    label), and so is the cash-flow statement's net income. Of two attributable rows of one statement the
    last is the company's bottom line; the one above it is a share attributed to another holder and keeps
    its label. A "Consolidated net income" row with no attributable row for its period is the company's
    net income: nothing is attributed to anyone else."""
    n = len(facts["metric"])
    slot = lambda i: tuple(facts[c][i] for c in _PERIOD_SLOT)
    owners: dict[tuple, list[int]] = {}
    for i in range(n):
        if facts["metric"][i] == "net_income" and TO_OWNERS.match(facts["label"][i]):
            owners.setdefault(slot(i), []).append(i)
    close = _rows_close(facts)
    near = lambda i, j: facts["table_class"][j] == "income" and close(i, j)
    for rows in owners.values():  # "Net loss (income) attributable to Other Holder Corp." above the bottom line
        for i in [i for i in rows if facts["table_class"][i] == "income" and facts["source"][i] == "table"
                  and any(facts["line_no"][j] > facts["line_no"][i] and near(i, j) for j in rows)]:
            facts["metric"][i] = "other"  # a share attributed to another holder: the last row is the company's
            rows.remove(i)
    own = set(_common_owners_rows(facts, set(owners), slot, near))
    for j in own:
        owners.setdefault(slot(j), []).append(j)
    for i in range(n):
        metric = facts["metric"][i]
        if metric == "consolidated_net_income" and slot(i) not in owners:
            facts["metric"][i] = "net_income"
        elif metric == "net_income" and facts["source"][i] == "table" and not TO_OWNERS.match(facts["label"][i]) \
                and i not in own and _consolidated(facts, i, owners.get(slot(i), ()), near):
            facts["metric"][i] = "consolidated_net_income"
    _consolidated_elsewhere(facts, owners, own, slot)


def _consolidated_elsewhere(facts: dict[str, list], owners: dict[tuple, list[int]], own: set[int], slot) -> None:
    """A plain "Net income" of another table (a reconciliation to adjusted net income starts from it) that prints the
    very figure its income statement's consolidated row prints, for a period the statement attributes to the company's
    owners, is that consolidated figure too: read as net income it stood beside the owners' figure as a second one
    (and was answered)."""
    consolidated = {(slot(j), facts["value"][j]) for j in range(len(facts["metric"]))
                    if facts["metric"][j] == "consolidated_net_income" and facts["table_class"][j] == "income"}
    for i in range(len(facts["metric"])):
        if facts["metric"][i] == "net_income" and facts["source"][i] == "table" and facts["table_class"][i] != "income" \
                and i not in own and slot(i) in owners and not TO_OWNERS.match(facts["label"][i]) \
                and (slot(i), facts["value"][i]) in consolidated:
            facts["metric"][i] = "consolidated_net_income"


# An equity row that names whose it is ('Equity attributable to owners of the parent'): the owners', so a plain
# 'Total equity' of the same statement holds more (the noncontrolling interests, printed or not).
_ATTRIBUTED = re.compile(r"\battributable\s+to\b", re.I)


def _equity_of_owners(facts: dict[str, list]) -> None:
    """Equity is the company's own: where a balance sheet prints its stockholders' equity ('Total stockholders'
    equity', 'Total Acme, Inc. stockholders' equity'), then the noncontrolling interests, then a 'Total equity'
    that adds them, the last is total_equity (asked for by 'total equity' or its printed label), not a second
    value of the company's equity, as a consolidated net income is not its net income. Beside an IFRS row that
    names the owners' equity ('Equity attributable to owners of the parent') a plain 'Total equity' is the total
    too, the noncontrolling interests' row printed or not: one value of equity per period."""
    n = len(facts["metric"])
    slot = lambda i: tuple(facts[c][i] for c in _PERIOD_SLOT)
    # where a row stands: its line, then the order it was read in (a statement flattened onto one line)
    at = lambda i: (facts["line_no"][i], i)
    table = [i for i in range(n) if facts["source"][i] == "table" and facts["table_class"][i] == "balance"]
    close = _rows_close(facts)
    for i in [i for i in table if facts["metric"][i] == "equity"]:
        above = [j for j in table if facts["metric"][j] == "equity" and slot(j) == slot(i)
                 and at(j) < at(i) and close(i, j)]
        minority = [k for k in table if slot(k) == slot(i) and MINORITY_SHARE.search(facts["label"][k])
                    and any(at(j) < at(k) < at(i) for j in above)]
        if minority:  # the total of the two when it adds them; another entity's 'Total equity' below them otherwise
            facts["metric"][i] = "total_equity" if any(_adds_the_minority(facts, table, slot, at, j, i) for j in above) \
                else "other"
    for i in [i for i in table if facts["metric"][i] == "equity" and not _ATTRIBUTED.search(facts["label"][i])]:
        owners = [j for j in table if facts["metric"][j] == "equity" and slot(j) == slot(i)
                  and _ATTRIBUTED.search(facts["label"][j]) and close(i, j)]
        if not owners:
            continue
        # beside 'Equity attributable to owners of the parent' (IFRS): a plain 'Total equity' below it that adds the
        # noncontrolling interests printed between them (or is at least the owners' where none is printed) is the
        # total; any other (a subsidiary's 'Total equity', a segment's 'Net assets' further down) is no figure of the
        # company's equity at all, neither its equity nor its total
        facts["metric"][i] = "total_equity" if any(_adds_the_minority(facts, table, slot, at, j, i) for j in owners) \
            else "other"
    for i in [i for i in table if facts["metric"][i] == "equity" and COMMON.search(facts["label"][i])]:
        if any(facts["metric"][j] == "equity" and slot(j) == slot(i) and not COMMON.search(facts["label"][j])
               and close(i, j) for j in table):
            facts["metric"][i] = "other"  # 'Total common stockholders' equity' beside the whole: a part of it


def _adds_the_minority(facts: dict[str, list], table: list[int], slot, at, owners: int, total: int) -> bool:
    """Is the row at `total`, printed below the owners' equity at `owners`, their sum with the noncontrolling interests
    printed between them (within a rounding step), or, none printed, at least the owners' equity?"""
    if not at(owners) < at(total):
        return False
    own, whole = facts["value"][owners], facts["value"][total]
    between = [k for k in table if slot(k) == slot(total) and MINORITY_SHARE.search(facts["label"][k])
               and at(owners) < at(k) < at(total)]
    if not between:
        return abs(whole) >= abs(own)
    return any(abs(own + facts["value"][k] - whole) <= max(1e-6 * abs(whole), 0.51 * _step(whole)) for k in between)


def _step(value: float) -> float:
    """The last printed digit's size of a value read from a table (1,050 → 1; 1,050,000 of thousands → 1,000)."""
    for step in (1e9, 1e6, 1e3, 1.0):
        if value and abs(value) % step == 0:
            return step
    return 0.1


def _common_owners_rows(facts: dict[str, list], taken: set[tuple], slot, near) -> list[int]:
    """The common stockholders' row of a statement that attributes net income to no owner by name: below a
    plain "Net income" and the noncontrolling interests' share of it (printed above or below it), it is the
    company's own bottom line. With nothing else taken off between them it is the company's net income: it
    becomes net_income (and stays net_income_common too). After preferred dividends (or participating securities'
    earnings, any other row) too it stays net_income_common only (EPS's numerator, the vocabulary's notion): the
    company's own figure is then not printed, and "net income" reads the common stockholders' figure, named so.
    Either way the plain row holds the minority's share: the caller makes it consolidated_net_income. A minority row printing nothing ('—') is no share: the plain row stays."""
    n, found = len(facts["metric"]), []
    table = [i for i in range(n) if facts["source"][i] == "table" and facts["table_class"][i] == "income"]
    for j in table:
        if facts["metric"][j] != "net_income_common" or slot(j) in taken:
            continue
        line = facts["line_no"][j]
        plain = [i for i in table if facts["metric"][i] == "net_income" and slot(i) == slot(j) and near(j, i)
                 and facts["line_no"][i] < line and not TO_OWNERS.match(facts["label"][i])]
        minority = [k for k in table if slot(k) == slot(j) and near(j, k) and MINORITY_SHARE.search(facts["label"][k])
                    and plain and facts["line_no"][k] > max(facts["line_no"][i] for i in plain)]
        if not minority:
            continue
        top = max(facts["line_no"][i] for i in plain)
        if not any(top < facts["line_no"][k] < line and slot(k) == slot(j) and not MINORITY_SHARE.search(facts["label"][k])
                   for k in table):  # nothing but the minority's share taken off between them
            for c in facts:  # still the common stockholders' figure, asked for by its own words: a copy keeps that
                facts[c].append(facts[c][j])
            facts["metric"][j] = "net_income"
        found.append(j)
    return found


def _investment_company_top_line(facts: dict[str, list]) -> None:
    """An investment company's 'Total investment income' is its revenue (knowledge.vocabulary.INVESTMENT_TOP_LINE):
    only in a statement of operations closing on 'Net increase in net assets resulting from operations', so an
    insurer's investment note keeps the words as printed and its premiums stay its top line."""
    table = [i for i in range(len(facts["metric"])) if facts["source"][i] == "table" and facts["table_class"][i] == "income"]
    bottom = sorted({facts["line_no"][i] for i in table if NET_ASSETS_FROM_OPERATIONS.match(facts["label"][i])})
    for i in table if bottom else ():
        if facts["metric"][i] == "other" and is_investment_company_top_line(facts["label"][i], facts["line_no"][i], bottom):
            facts["metric"][i] = "revenue"


def _consolidated(facts: dict[str, list], i: int, owners: list[int], near) -> bool:
    """A plain net income row that is the consolidated figure: one of the income statement just above
    its company's attributable row, or the cash-flow statement's first line (it starts from the
    consolidated net income) of a release whose statement attributes net income to the company."""
    if facts["table_class"][i] == "cash_flow":
        return any(facts["table_class"][j] == "income" for j in owners)
    return facts["table_class"][i] == "income" and any(near(i, j) for j in owners)


EPS_FAMILY = ("eps_diluted", "eps_basic")  # the figures a sentence's plain "per share" may be


_SCALES = (1, 1e3, 1e6, 1e9)  # a table that states no scale prints '99' for the sentence's '$99 million'


def _defer_to_tables(facts: dict[str, list], digits: list[int]) -> None:
    """Within one release the table is the authority: a sentence figure that disagrees with the
    table's figure for the same metric, segment and period names something else ("net loss" used
    for the loss to common stockholders) and keeps only its printed label. A sentence's plain EPS
    agrees when it is the table's diluted or basic figure, and an amount when it is the table's figure
    with the scale the table does not state. A sentence's figure that is the table's rounded to the digits the
    sentence prints ('income tax expense of $0.2 million' beside a row of 174,310) is the table's figure said
    loosely: it is dropped, the table holding it exactly. Kept under its printed label it outranked the table's row
    for a question naming that label (answering '$200,000'); kept under the metric, its loose digits made changes
    computed from it miss the table's."""
    table: dict[tuple, float] = {}
    n = len(facts["metric"])
    loose: set[int] = set()  # sentences saying a table's figure rounded
    key = lambda i, metric: (metric, *(facts[c][i] for c in _SLOT))
    for i in range(n):
        if facts["source"][i] == "table" and facts["metric"][i] != "other":
            table.setdefault(key(i, facts["metric"][i]), facts["value"][i])
    for i in range(n):
        metric = facts["metric"][i]
        if facts["source"][i] != "narrative":
            continue
        held = [table[k] for m in (metric, *EPS_FAMILY) if m == metric or metric == "eps"
                if (k := key(i, m)) in table]
        v = facts["value"][i]
        scales = _SCALES if len(facts["unit"][i]) == 3 and facts["unit"][i].isupper() else (1,)  # money only
        if held and not any(abs(abs(t) * scale - abs(v)) <= 0.02 * max(abs(t) * scale, abs(v))
                            for t in held for scale in scales):
            within = _rounding(v, digits[i] if i < len(digits) else 0)
            if within and any(abs(abs(t) * scale - abs(v)) <= within for t in held for scale in scales):
                loose.add(i)
            else:
                facts["metric"][i] = "other"
    if loose:
        keep = [i for i in range(n) if i not in loose]
        for column in facts.values():
            column[:] = [column[i] for i in keep]


def _rounding(value: float, digits: int) -> float:
    """Half a unit of the last digit a sentence prints of `value` ('$0.2 million': 50,000); 0 where the digits are
    not known."""
    if digits <= 0 or not value or not math.isfinite(value):
        return 0.0
    return 0.5 * 10 ** (math.floor(math.log10(abs(value))) - digits + 1)
