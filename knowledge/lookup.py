"""FactLookup: the engine's connection, answering the per-company templates from one fetch.

A question costs one DuckDB round trip at most (~0.4 ms of CPU: the `company_packs` index scan of the
company asked about, one packed row per document, each carrying the company's row for the directory)
and none when that company was asked about recently: the company's facts are kept (an LRU bounded
in bytes) and the named templates of knowledge.templates are evaluated on them in Python, returning
the same rows the SQL returns (tests/test_lookup.py checks this template by template). Every other
statement goes to DuckDB unchanged, so this object stands in for the connection.
"""
from __future__ import annotations

import json
import re
import sys
from collections import OrderedDict
from typing import Any, Callable, Iterator, Mapping

import duckdb

from knowledge.packs import decode
from knowledge.templates import TEMPLATES

# The engine's cache of companies' facts is bounded by what it holds in memory (CompanyFacts.nbytes,
# summed): a count alone let it reach 707 MB at 2,048 companies of long histories. 128 MB of counted
# objects keeps the process's growth under 256 MB with the allocator's own overhead.
CACHE_BYTES = 128 * 2**20
# The longest label key ('label:' and the printed row's name) a question may name whole: a row of a note's table is
# often named at length ('Purchases of property and equipment under finance leases, perpetual easements and capital
# leases', 97 letters), and a question naming it must say every word of it, so a long name is no looser a match;
# beyond this a 'label' is mostly a sentence printed in a table's first column.
LABEL_LENGTH = 126
PACKED_BYTES = 1024  # a cached company's own objects besides its payloads or rows (its entry, row, lists)
# Positions in a row (knowledge.packs.ROW_FIELDS).
VALUE, UNIT, PERIOD_LABEL, LABEL, SOURCE, LINE_NO, QUOTE, FILE_NAME, RELEASE_DATE, CHANGE_PCT, COMP_VALUE, \
    COMP_PERIOD, DOC_ID, GEO, PRODUCT, MONTHS, END_YEAR, END_MONTH, PERIOD_END, METRIC, BASIS, TABLE_CLASS, \
    DOUBT, SCALE_STATED, METRIC_KEY, SECTION = range(26)
SECTION_MARK = " › "  # joins a row's heading and its label in the key of a row asked for by both
CACHED_COMPANIES = 2048
PeriodKey = tuple[int, int, int]  # months (0: a balance-sheet date), end year, end month


class CompanyFacts:
    """One company's facts, grouped by metric_key, what the vocabulary needs from them, and the
    company's `company_by_key` row, all from one fetch. The packs are decoded on first use of the
    facts: the directory reads the company's row first, and may never need its facts."""

    def __init__(self, row: tuple | None, packs: list[tuple[int, bytes]]):
        self.row = row  # (company_key, company, ticker, fye_month, fy_offset); None: no packs held
        self._packs: list[tuple[int, bytes]] | None = packs
        self._rows: list[tuple] = []
        self._by_metric: dict[str, list[tuple]] = {}
        self.nbytes = PACKED_BYTES + sum(len(payload) for _, payload in packs)  # what the cache counts
        self._products: dict[str, list[str]] | None = None
        self._geos: dict[str, set[str]] | None = None
        self._labels: list[str] | None = None
        self._qualified: list[str] | None = None
        self._printed: dict[str, list[tuple]] | None = None
        self._sectioned: dict[str, list[tuple]] | None = None
        self._sections: list[tuple[str, str, str, str]] | None = None
        self._latest_end: tuple[int, int] | None = None
        self._per_share: frozenset[str] | None = None
        self.undated: list[str] | None = None  # FactLookup.undated_documents, kept while the company is cached

    @classmethod
    def of(cls, rows: list[tuple]) -> "CompanyFacts":
        cf = cls(None, [])
        cf._group(rows, 0)
        return cf

    @property
    def decoded(self) -> bool:
        return self._packs is None

    def decode(self) -> None:
        """The packs into rows (the payloads are dropped); nbytes becomes the size of the rows,
        their values (each distinct object once per document) and the lists and dict holding them."""
        if self._packs is None:
            return
        rows: list[tuple] = []
        size = 0
        for doc_id, payload in self._packs:
            decoded, n = decode(payload, doc_id)
            rows.extend(decoded)
            size += n
        self._packs = None
        self._group(rows, size)

    def _group(self, rows: list[tuple], size: int) -> None:
        self._packs = None
        self._rows = rows
        for r in rows:
            self._by_metric.setdefault(r[METRIC_KEY], []).append(r)
        self.nbytes = PACKED_BYTES + size + sys.getsizeof(rows) + sys.getsizeof(self._by_metric) + \
            sum(map(sys.getsizeof, self._by_metric.values())) + sum(map(sys.getsizeof, self._by_metric))

    @property
    def rows(self) -> list[tuple]:
        self.decode()
        return self._rows

    @property
    def by_metric(self) -> dict[str, list[tuple]]:
        self.decode()
        return self._by_metric

    @property
    def latest_end(self) -> tuple[int, int] | None:
        """(year, month) the latest span a release's statement of income or cash flows ends in: where the company's
        latest release stands, which a figure asked with no period is expected of (a statement's columns are
        actual periods; prose may date a figure of a period to come)."""
        if self._latest_end is None:
            ends = [(r[END_YEAR], r[END_MONTH]) for r in self.rows if r[MONTHS] and r[END_YEAR] is not None
                    and r[TABLE_CLASS] in ("income", "cash_flow") and r[BASIS] != "guidance"]
            self._latest_end = max(ends) if ends else (0, 0)
        return self._latest_end if self._latest_end != (0, 0) else None

    @property
    def products(self) -> dict[str, list[str]]:
        """metric → products, as the `vocabulary_products` template gives them."""
        if self._products is None:
            self._products = {}
            for r in self.rows:
                if r[PRODUCT]:
                    seen = self._products.setdefault(r[METRIC], [])
                    if r[PRODUCT] not in seen:
                        seen.append(r[PRODUCT])
        return self._products

    @property
    def geos(self) -> dict[str, set[str]]:
        if self._geos is None:
            self._geos = {}
            for r in self.rows:
                if r[GEO]:
                    self._geos.setdefault(r[METRIC], set()).add(r[GEO])
        return self._geos

    @property
    def printed(self) -> dict[str, list[tuple]]:
        """The rows of each printed label the vocabulary canonicalized ('Income taxes payable', read as income
        taxes), under the key a label the vocabulary lacks would have ('label:income taxes payable'): a
        question that names such a row by its own words is answered from that row, never from every row of
        the metric."""
        if self._printed is None:
            self._printed = {}
            for r in self.rows:
                if not r[METRIC_KEY].startswith("label:") and r[LABEL]:
                    key = "label:" + " ".join(r[LABEL].lower().replace("'", "").replace("\u2019", "").split())
                    self._printed.setdefault(key, []).append(r)
        return self._printed

    @property
    def sectioned(self) -> dict[str, list[tuple]]:
        """The table rows printed under a heading that is not their own label, by the key `section_key` gives
        (heading and label): 'EMEA' under 'Service revenue:', 'Discount rate' under 'Projected benefit
        obligation'. A question naming a row with its heading is answered from those rows alone, never from
        a row of the same label under another heading."""
        if self._sectioned is None:
            self._sectioned = {}
            totals = parts_of_totals(self.rows)
            for r in self.rows:
                heading = r[SECTION] or totals.get((r[DOC_ID], r[LINE_NO]))  # a printed heading is the subject
                key = section_key(heading, r[LABEL]) if r[SOURCE] == "table" else None
                if key:  # the key names the row whole: its place and line of business are no further filter
                    self._sectioned.setdefault(key, []).append(r[:GEO] + ("", "") + r[PRODUCT + 1:])
        return self._sectioned

    @property
    def sections(self) -> list[tuple[str, str, str, str]]:
        """(key, heading, label, alone) of each row `sectioned` holds, for matching a question's words to them;
        alone: the metric key of the row when that key names no other row (the label alone finds it), else ''."""
        if self._sections is None:
            outer = sections_summed(self.rows)
            self._sections = [(key, _with_outer(key[6:].split(SECTION_MARK)[0], outer.get((rows[0][DOC_ID], _plain(
                (rows[0][SECTION] or "").strip(" :"))))), rows[0][LABEL], rows[0][METRIC_KEY] if len(
                self.by_metric.get(rows[0][METRIC_KEY], ())) == len(rows) else "") for key, rows in self.sectioned.items()]
        return self._sections

    def metric_rows(self, key: str) -> list[tuple]:
        """The rows a metric key names: the metric's, a printed label's (its own or a canonicalized one), or a
        label's under one heading."""
        found = self.by_metric.get(key)
        if found is None and key.startswith("label:"):
            found = self.printed.get(key)
            if found is None and SECTION_MARK in key:
                found = self.sectioned.get(key)
        return found or []

    @property
    def canonical_labels(self) -> list[str]:
        """Printed labels the vocabulary canonicalized, as `labels` gives the others."""
        return [k[6:] for k in sorted(self.printed) if 10 <= len(k) <= LABEL_LENGTH]

    @property
    def labels(self) -> list[str]:
        """Printed labels the vocabulary lacks, as the `vocabulary_labels` template selects them, and those ending
        in a parenthesis of words (`_askable`: "Segment operating income (loss)")."""
        if self._labels is None:
            labels = [k for k in self.by_metric if k.startswith("label:")]
            printed = labels + list(self.printed)  # a canonicalized row's printed label too ('Gross margin')
            keys = {k for k in labels if (_askable(k) or _sole_unit_row(k, printed)) and 10 <= len(k) <= LABEL_LENGTH}
            self._labels = [" ".join(k[6:].split()) for k in sorted(keys)]
        return self._labels

    @property
    def per_share_labels(self) -> frozenset[str]:
        """Printed labels (as `labels` spells them) whose every row is a per-share figure ('Discontinued operations'
        under a 'Diluted earnings per share' heading): a question saying no per-share words never takes one of
        them for the money row its words name."""
        if self._per_share is None:  # asked on every question that reads printed labels
            self._per_share = frozenset(" ".join(k[6:].split()) for k, rows in self.by_metric.items()
                                        if k.startswith("label:") and rows
                                        and all(str(r[UNIT]).endswith("/share") for r in rows))
        return self._per_share

    @property
    def qualified_labels(self) -> list[str]:
        """Printed labels ending in a parenthesis of words that `labels` leaves out ('Provisions for pension
        plans (employer's commitments)'): a question may still name one whole, its parenthesis said too, and
        then it asks for that row, not for a shorter label its other words name."""
        if self._qualified is None:  # worked out once per company: every question tries them
            keys = {k for k in self.by_metric if k.startswith("label:") and not _askable(k) and 10 <= len(k) <= LABEL_LENGTH
                    and QUALIFIER_WORDS.search(k)}
            self._qualified = [" ".join(k[6:].split()) for k in sorted(keys)]
        return self._qualified


def _plain(text: str) -> str:
    return " ".join(text.lower().replace("'", "").replace("\u2019", "").split())


def section_key(section: str | None, label: str | None) -> str | None:
    """'label:<heading> › <label>' of a row under a heading of words other than its label (a footnote's
    number and the colon after the heading left out), or None."""
    heading = _plain(re.sub(r"(?:\s+\d{1,2})+\s*:?\s*$", "", (section or "").strip(" :")).strip(" :"))
    own = _plain(label or "")
    if not heading or not own or heading == own or not re.search(r"[a-z]{3}", heading) or SECTION_MARK.strip() in heading:
        return None
    return f"label:{heading}{SECTION_MARK}{own}"


_TOTAL_WORD = re.compile(r"^\s*(?:sub-?\s*)?total\b\s*(?:of\b)?\s*", re.I)


def parts_of_totals(rows: list[tuple]) -> dict[tuple[int, int], str]:
    """(document, line) of each table row that is one of the parts a total row adds up, with the total's
    subject: 'VAS', 'Online advertising' over 'Total cost of revenues' are costs of revenues; 'Total revenue'
    over 'Americas', 'Asia Pacific' makes them revenue. A run of two rows or more right above or below a 'Total'
    row whose figures they sum to in every period both print (within their rounding) is its parts; the total's
    label less its 'Total' is their subject (a row they add up to that is no 'Total' is no kind of them:
    'Operating income' and 'Interest expense' make 'Income before taxes'). The sum is the evidence: rows laid
    out alike that do not add up are never taken for parts."""
    lines: dict[int, dict[int, dict[tuple, float]]] = {}
    labels: dict[tuple[int, int], str] = {}
    for r in rows:
        if r[SOURCE] != "table" or not r[LABEL] or r[VALUE] is None or r[UNIT] == "percent":
            continue  # a row's unit aside: a count of subscribers is the sum of counts read as amounts alike
        cells = lines.setdefault(r[DOC_ID], {}).setdefault(r[LINE_NO], {})
        cells.setdefault((r[MONTHS], r[END_YEAR], r[END_MONTH]), r[VALUE])
        labels.setdefault((r[DOC_ID], r[LINE_NO]), r[LABEL])
    found: dict[tuple[int, int], str] = {}
    bare: dict[tuple[int, int], list[int]] = {}  # a 'Subtotal' row's parts: they take the subject it is a part of
    for doc, by_line in lines.items():
        for line, total in by_line.items():
            label = labels[(doc, line)]
            subject = _TOTAL_WORD.sub("", label).strip(" :")
            if not _TOTAL_WORD.match(label) or not any(total.values()):
                continue  # 'Income before taxes' is the sum of 'Operating income' and more, but no kind of it
            for step in (-1, 1):
                run = _summing_run(by_line, line, step, total)
                if run and not re.search(r"[A-Za-z]{3}", subject):
                    bare[(doc, line)] = run
                for part in run if re.search(r"[A-Za-z]{3}", subject) else ():
                    found.setdefault((doc, part), subject)
    for (doc, line), run in bare.items():
        if (doc, line) in found:
            for part in run:
                found.setdefault((doc, part), found[(doc, line)])
    return found


def _with_outer(heading: str, outer: str | None) -> str:
    """A heading with the row its section's subtotal adds into, in parentheses: words a question may say of
    the rows under it ('current federal provision for income taxes'), never words it must say."""
    return f"{heading} ({outer})" if outer else heading


def sections_summed(rows: list[tuple]) -> dict[tuple[int, str], str]:
    """(document, heading) of each section whose 'Total <heading>' row is one of two or more such subtotals
    of consecutive sections that add up, in every period, to the unheaded row printed right below them, with
    that row's label: 'Current:' and 'Deferred:' with their totals over 'Provision for income taxes' make the
    rows under them current and deferred parts of the provision. Only section subtotals count ('Operating
    income' and 'Interest expense' adding up to 'Income before taxes' are no kinds of it), and the sum is the
    evidence: sections that do not add up to the row below are left as they are."""
    lines: dict[int, dict[int, tuple[str, str, dict[tuple, float]]]] = {}
    for r in rows:
        if r[SOURCE] != "table" or not r[LABEL] or r[VALUE] is None or r[UNIT] == "percent":
            continue
        label, section, cells = lines.setdefault(r[DOC_ID], {}).setdefault(
            r[LINE_NO], (r[LABEL], _plain((r[SECTION] or "").strip(" :")), {}))
        cells.setdefault((r[MONTHS], r[END_YEAR], r[END_MONTH]), r[VALUE])
    found: dict[tuple[int, str], str] = {}
    for doc, by_line in lines.items():
        order = sorted(by_line)
        subtotals = [n for n in order if by_line[n][1] and _TOTAL_WORD.match(by_line[n][0])
                     and _plain(_TOTAL_WORD.sub("", by_line[n][0]).strip(" :")) == by_line[n][1]]
        for at, line in enumerate(order):
            label, section, total = by_line[line]
            if section or _TOTAL_WORD.match(label) or not at or not total:
                continue
            run: list[int] = []  # the subtotals of the sections printed right above, nearest first
            for n in reversed(order[:at]):
                if not by_line[n][1] or (run and by_line[n][1] == by_line[run[-1]][1] and n not in subtotals):
                    if not by_line[n][1]:
                        break
                    continue
                if n not in subtotals:
                    break
                run.append(n)
            if len(run) >= 2 and len({by_line[n][1] for n in run}) == len(run) and all(
                    p in by_line[n][2] for n in run for p in total) and all(
                    _adds_up(sum(by_line[n][2][p] for n in run), total[p], [by_line[n][2][p] for n in run])
                    for p in total):
                for n in run:
                    found.setdefault((doc, by_line[n][1]), label)
    return found


def _summing_run(by_line: dict[int, dict[tuple, float]], line: int, step: int, total: dict[tuple, float]) -> list[int]:
    """The shortest run of two rows or more from the line next to a total's, one way, adding up to it."""
    sums = dict.fromkeys(total, 0.0)
    run: list[int] = []
    at = line + step
    while at in by_line and len(run) < 40:
        cells = by_line[at]
        if any(p not in cells for p in total):
            return []
        run.append(at)
        for p in total:
            sums[p] += cells[p]
        if len(run) >= 2 and all(_adds_up(sums[p], total[p], [by_line[x][p] for x in run]) for p in total):
            return run
        at += step
    return []


def _adds_up(got: float, want: float, parts: list[float]) -> bool:
    """Equal within the rounding of the printed figures: half the last printed digit of each part."""
    grain = 1.0
    figures = [abs(v) for v in parts + [want] if v]
    while grain < 1e12 and all(abs(v / (grain * 10) - round(v / (grain * 10))) < 1e-6 for v in figures):
        grain *= 10
    while grain > 1e-6 and any(abs(v / grain - round(v / grain)) > 1e-6 for v in figures):
        grain /= 10
    return abs(got - want) <= grain * len(parts) / 2 + 1e-9 * abs(want)


# two words, then a phrase of two words or more in parentheses; never one word ('(change)', '(annualized)'), which
# says how the figure is given rather than which row it is
QUALIFIER_WORDS = re.compile(r"\w+ \w+ \([a-z]{2,}(?: [a-z]{2,})+\)$")


def _askable(key: str) -> bool:
    """A printed label a question may name: one ending in words, or in the other side of a two-way figure after
    two words of its own ('Segment operating income (loss)', 'Other expense (income)'); never one ending in a
    footnote's mark, a unit or a qualifier ('Revenue (1)', 'Net loss (excluding)', 'Return on equity (annualized)'),
    which compete with the figure the qualifier leaves."""
    if not key.endswith(")"):
        return True
    head, _, inside = key[6:].rpartition("(")
    return len(head.split()) >= 2 and (bool(TWO_WAY_SIDE.fullmatch(inside)) or _initials_of(head, inside))


# a row printing its figures as percentages, as numbers of years, months or days, or in a scale of its own, says so in
# a parenthesis after its words ('ROFE (%)', 'Life expectancy at age 65 (years)', 'Available seat miles (millions)')
_UNIT_PARENTHESIS = re.compile(r"\s*\((?:%|(?:in\s+)?(?:years|months|weeks|days|thousands|millions|billions))\)$")


def _sole_unit_row(key: str, labels: list[str]) -> bool:
    """'ROFE (%)', 'Available seat miles (millions)': a row whose parenthesis only names the unit or the scale of its
    figures, asked by its words ('the ROFE in 2019')
    where the company prints no other row of those words (with another unit, a footnote or none), which the words
    would name as well."""
    head = _UNIT_PARENTHESIS.sub("", key)
    if head == key or len(head) < 9:
        return False
    return not any(other != key and (other == head or other.startswith(head + " (")) for other in labels)


def _initials_of(words: str, inside: str) -> bool:
    """'(“RSAs”)' after 'Restricted share awards': the initials of the words before it (a plural 's' aside), a
    second name of the row, never a qualifier of it."""
    letters = re.sub(r"[^a-z]", "", inside.removesuffix(")"))
    initials = "".join(w[0] for w in re.findall(r"[a-z][a-z'’-]*", words) if w not in ("and", "of", "the", "for"))
    return len(letters) >= 2 and letters.removesuffix("s") in (initials, initials.removesuffix("s"))


TWO_WAY_SIDE = re.compile(r"(?:loss(?:es)?|income|expenses?|gains?|benefits?|deficit|charges?|credits?|"
                          r"(?:increase|decrease)s?|earnings|provision|used|provided)\)")


def _period(r: tuple, months: Any, year: Any, month: Any) -> bool:
    return r[MONTHS] == months and r[END_YEAR] == year and r[END_MONTH] == month


def _nulls_last(v: Any) -> tuple:
    return (v is None, v if v is not None else 0)


def _distinct(rows: Iterator[tuple]) -> list[tuple]:
    return list(dict.fromkeys(rows))


def _fields(r: tuple) -> tuple:
    return r[:METRIC_KEY]


def _value_for_period(cf: CompanyFacts, p: list) -> list[tuple]:
    _, mk, geo, product, months, year, month = p
    return [_fields(r) for r in cf.metric_rows(mk) if r[GEO] == geo and r[PRODUCT] == product
            and _period(r, months, year, month)]


def _values_for_two_periods(cf: CompanyFacts, p: list) -> list[tuple]:
    _, mk, geo, product, m1, y1, e1, m2, y2, e2 = p
    return [_fields(r) for r in cf.metric_rows(mk) if r[GEO] == geo and r[PRODUCT] == product
            and (_period(r, m1, y1, e1) or _period(r, m2, y2, e2))]


def _trend(cf: CompanyFacts, p: list) -> list[tuple]:
    _, mk, geo, product, months = p
    return [_fields(r) for r in cf.metric_rows(mk) if r[GEO] == geo and r[PRODUCT] == product
            and r[MONTHS] == months]


def _periods_held(cf: CompanyFacts, p: list) -> list[tuple]:
    _, mk, geo, product = p
    rows = _distinct((r[PERIOD_LABEL], r[MONTHS], r[END_YEAR], r[END_MONTH]) for r in cf.metric_rows(mk)
                     if r[GEO] == geo and r[PRODUCT] == product)
    return sorted(rows, key=lambda t: (_nulls_last(t[2]), _nulls_last(t[3]), _nulls_last(t[1])))


def _actual_periods_held(cf: CompanyFacts, p: list) -> list[tuple]:
    _, mk, geo, product = p
    rows = _distinct((r[PERIOD_LABEL], r[MONTHS], r[END_YEAR], r[END_MONTH]) for r in cf.metric_rows(mk)
                     if r[GEO] == geo and r[PRODUCT] == product and r[BASIS] != "guidance")
    return sorted(rows, key=lambda t: (_nulls_last(t[2]), _nulls_last(t[3]), _nulls_last(t[1])))


def _segments_held(cf: CompanyFacts, p: list) -> list[tuple]:
    rows = _distinct((r[GEO], r[PRODUCT]) for r in cf.metric_rows(p[1]))
    return sorted(rows, key=lambda t: (_nulls_last(t[0]), _nulls_last(t[1])))


def _metrics_held(cf: CompanyFacts, p: list) -> list[tuple]:
    counts: dict[str, int] = {}
    for r in cf.rows:
        if r[METRIC] != "other":
            counts[r[METRIC]] = counts.get(r[METRIC], 0) + 1
    return sorted(counts.items(), key=lambda t: (-t[1], t[0]))


def _metrics_for_period(cf: CompanyFacts, p: list) -> list[tuple]:
    _, months, year, month = p
    rows = _distinct((r[METRIC], r[GEO], r[PRODUCT]) for r in cf.rows
                     if r[METRIC] != "other" and _period(r, months, year, month))
    return sorted(rows, key=lambda t: tuple(_nulls_last(x) for x in t))


def _products_for_period(cf: CompanyFacts, p: list) -> list[tuple]:
    _, mk, geo, months, year, month = p
    return _distinct((r[PRODUCT],) for r in cf.metric_rows(mk)
                     if r[GEO] == geo and r[PRODUCT] != "" and r[PRODUCT] is not None and _period(r, months, year, month))


def _latest_figures(cf: CompanyFacts, p: list) -> list[tuple]:
    _, metrics, limit = p
    rows = _distinct((r[METRIC], r[PERIOD_LABEL], r[PERIOD_END], r[MONTHS]) for r in cf.rows if r[METRIC] in metrics)
    rows.sort(key=lambda t: (t[2] is None, -(t[2].toordinal() if t[2] else 0), _nulls_last(t[3]), t[0], t[1]))
    return rows[:limit]


def _facts_on_lines(cf: CompanyFacts, p: list) -> list[tuple]:
    _, doc_id, lines = p
    return [_fields(r) for r in cf.rows if r[DOC_ID] == doc_id and r[LINE_NO] in lines]


def _labels_for_metric(cf: CompanyFacts, p: list) -> list[tuple]:
    return _distinct((r[LABEL],) for r in cf.metric_rows(p[1]))[:200]


# Templates whose first parameter is a company_key: evaluated on that company's cached facts.
EVALUATORS: dict[str, Callable[[CompanyFacts, list], list[tuple]]] = {
    "value_for_period": _value_for_period, "values_for_two_periods": _values_for_two_periods,
    "trend": _trend, "periods_held": _periods_held,
    "actual_periods_held": _actual_periods_held, "segments_held": _segments_held,
    "metrics_held": _metrics_held, "metrics_for_period": _metrics_for_period,
    "products_for_period": _products_for_period, "labels_for_metric": _labels_for_metric,
    "latest_figures": _latest_figures, "facts_on_lines": _facts_on_lines,
}
BY_SQL = {TEMPLATES[name]: name for name in EVALUATORS}


class Rows:
    """What `execute` returns for a template answered from the cache."""

    def __init__(self, rows: list[tuple]):
        self._rows = rows

    def fetchall(self) -> list[tuple]:
        return self._rows

    def fetchone(self) -> tuple | None:
        return self._rows[0] if self._rows else None


class FactLookup:
    """A read connection whose per-company templates touch only the company asked about. The
    companies fetched are kept, least recently used out first, while their CompanyFacts.nbytes add
    up to at most `cache_bytes` (and they number at most `cached`); the company in use always stays."""

    def __init__(self, con: duckdb.DuckDBPyConnection, cached: int = CACHED_COMPANIES,
                 cache_bytes: int = CACHE_BYTES):
        self.raw = con
        self._cache: OrderedDict[str, CompanyFacts] = OrderedDict()
        self._cached = cached
        self._cache_bytes = cache_bytes
        self.cached_bytes = 0  # CompanyFacts.nbytes of the companies held
        self.fetches = 0  # store round trips made for companies (for tests and benchmarks)

    def _fetched(self, key: str) -> CompanyFacts:
        """The company's packs and row, from the cache or one `company_packs` query (not decoded)."""
        cf = self._cache.get(key)
        if cf is None:
            self.fetches += 1
            packs = self.raw.execute(TEMPLATES["company_packs"], [key]).fetchall()
            row = (key, *json.loads(packs[0][2])) if packs and packs[0][2] else None
            cf = CompanyFacts(row, [(p[0], p[1]) for p in packs])
            self._cache[key] = cf
            self.cached_bytes += cf.nbytes
            self._evict()
        else:
            self._cache.move_to_end(key)
        return cf

    def company(self, key: str) -> CompanyFacts:
        """The company's facts, decoded (an unknown company has none)."""
        cf = self._fetched(key)
        if not cf.decoded:
            before = cf.nbytes
            cf.decode()
            self.cached_bytes += cf.nbytes - before
            self._evict()
        return cf

    def company_row(self, key: str) -> tuple | None:
        """The company's `company_by_key` row (None: the store holds no such company), read with its
        facts in one query, so a first question about a company costs one round trip for both."""
        row = self._fetched(key).row
        if row is None:  # no packs (a company without documents cannot be) or none yet: ask `companies`
            rows = self.raw.execute(TEMPLATES["company_by_key"], [key]).fetchall()
            row = rows[0] if rows else None
        return row

    def _evict(self) -> None:
        while len(self._cache) > 1 and (self.cached_bytes > self._cache_bytes or len(self._cache) > self._cached):
            _, old = self._cache.popitem(last=False)
            self.cached_bytes -= old.nbytes

    def run(self, template: str, params: list) -> list[tuple]:
        """Rows of a named template, from the company's cached facts when it is a per-company one."""
        if template in EVALUATORS:
            return EVALUATORS[template](self.company(params[0]), list(params))
        return self.raw.execute(TEMPLATES[template], params).fetchall()

    def execute(self, sql: str, params: list | None = None):
        name = BY_SQL.get(sql)
        if name is not None and params:
            return Rows(self.run(name, params))
        return self.raw.execute(sql, params) if params is not None else self.raw.execute(sql)

    # -- typed templates: the engine asks by name and typed arguments, never by SQL text mapped back --
    def value_for_period(self, company: str, metric: str, geo: str, product: str, key: PeriodKey) -> list[tuple]:
        """Fact rows (FACT_FIELDS) of one metric, place and product for one period (months, end year, end month)."""
        return self.run("value_for_period", [company, metric, geo, product, *key])

    def values_for_two_periods(self, company: str, metric: str, geo: str, product: str, key: PeriodKey,
                               other: PeriodKey) -> list[tuple]:
        return self.run("values_for_two_periods", [company, metric, geo, product, *key, *other])

    def facts_on_lines(self, company: str, doc_id: int, lines: list[int]) -> list[tuple]:
        """Fact rows (FACT_FIELDS) of one release printed on the given lines."""
        return self.run("facts_on_lines", [company, doc_id, lines])

    def trend(self, company: str, metric: str, geo: str, product: str, months: int) -> list[tuple]:
        """Fact rows of every period of one length."""
        return self.run("trend", [company, metric, geo, product, months])

    def periods_held(self, company: str, metric: str, geo: str = "", product: str = "") -> list[tuple]:
        """(period label, months, end year, end month) of every period held, guidance included."""
        return self.run("periods_held", [company, metric, geo, product])

    def actual_periods_held(self, company: str, metric: str, geo: str, product: str) -> list[tuple]:
        """(period label, months, end year, end month) of the periods held, guidance left out."""
        return self.run("actual_periods_held", [company, metric, geo, product])

    def segments_held(self, company: str, metric: str) -> list[tuple[str, str]]:
        return self.run("segments_held", [company, metric])

    def metrics_held(self, company: str) -> list[tuple[str, int]]:
        """(metric, facts held), the most reported first."""
        return self.run("metrics_held", [company])

    def metrics_for_period(self, company: str, key: PeriodKey) -> list[tuple[str, str, str]]:
        return self.run("metrics_for_period", [company, *key])

    def products_for_period(self, company: str, metric: str, geo: str, key: PeriodKey) -> list[str]:
        return [r[0] for r in self.run("products_for_period", [company, metric, geo, *key])]

    def labels_for_metric(self, company: str, metric: str) -> list[str]:
        return [r[0] for r in self.run("labels_for_metric", [company, metric])]

    def latest_document(self, company: str) -> tuple | None:
        """(file name, period end, 52/53-week flag) of the company's latest release, or None."""
        rows = self.run("latest_document", [company])
        return rows[0] if rows else None

    def document_lines(self, doc_id: int) -> list[str]:
        """The text of one document's lines, in order."""
        return [r[0] or "" for r in self.run("document_lines", [doc_id])]

    def line_columns(self, doc_id: int, line_no: int) -> list[tuple[int, int]]:
        """(column, end year) of each table figure printed on one line of a document."""
        return [(int(r[0]), int(r[1] or 0)) for r in self.run("line_columns", [doc_id, line_no])]

    def undated_documents(self, company: str) -> list[str]:
        """File names of the company's documents that state no period (their figures are not stored)."""
        cf = self._cache.get(company)  # kept with the company's facts when held: a store that changes drops both
        if cf is not None and cf.undated is not None:
            return cf.undated
        undated = [r[0] for r in self.run("undated_documents", [company])]
        if cf is not None:
            cf.undated = undated
        return undated

    def companies_with_metrics(self, metrics: list[str]) -> list[str]:
        """The keys of the companies whose releases print any of `metrics`."""
        return [r[0] for r in self.run("companies_with_metrics", [list(metrics)])]

    def company_calendars(self) -> list[tuple]:
        """(fiscal year end month, fiscal year offset) of the companies held, one row per calendar."""
        return [tuple(r) for r in self.run("company_calendars", [])]

    def latest_end_across(self, metrics: list[str], months: int) -> int | None:
        """The period end (year * 100 + month) the most companies give the metric for, the latest of those
        that tie, or None: 'which company had the highest net income' compares one period most releases
        print, never the one company whose release is the newest. `metrics`: the readings of the metric a company's
        figure may be printed as (EPS: diluted, as printed, basic)."""
        rows = self.run("latest_end_across", [list(metrics), months])
        return rows[0][0] if rows else None

    def latest_end_among(self, metrics: list[str], months: int, companies: list[str]) -> int | None:
        """`latest_end_across` among the companies named side by side ('A vs B net income' with no period:
        the period most of them give, not the one most of the store's companies give)."""
        rows = self.run("latest_end_among", [list(metrics), months, list(companies)])
        return rows[0][0] if rows else None

    def rank_across_companies(self, params: list) -> list[tuple]:
        return self.run("rank_across_companies", params)

    def clear(self) -> None:
        self._cache.clear()
        self.cached_bytes = 0

    def __getattr__(self, name: str) -> Any:  # cursor(), close(), ... go to DuckDB
        return getattr(self.raw, name)


class PerCompany(Mapping):
    """A vocabulary mapping filled per company on first use (from the same cached facts), so the
    engine does not read every company's products, places and labels at start."""

    def __init__(self, lookup: FactLookup, keys: Callable[[], list[str]], part: Callable[[CompanyFacts], Any],
                 by_metric: bool):
        self._lookup, self._keys, self._part, self._by_metric = lookup, keys, part, by_metric

    def __getitem__(self, key: Any) -> Any:
        company, metric = key if self._by_metric else (key, None)
        if not isinstance(company, str):
            raise KeyError(key)
        part = self._part(self._lookup.company(company))
        if self._by_metric:
            if metric not in part:
                raise KeyError(key)
            return part[metric]
        if not part:
            raise KeyError(key)
        return part

    def part_of(self, company: str) -> Any:
        """One company's part whole (for a mapping by metric, every metric's), read as any look-up reads it."""
        return self._part(self._lookup.company(company))

    def __iter__(self) -> Iterator:
        for company in self._keys():
            part = self._part(self._lookup.company(company))
            if self._by_metric:
                yield from ((company, m) for m in part)
            elif part:
                yield company

    def __len__(self) -> int:
        return sum(1 for _ in self)
