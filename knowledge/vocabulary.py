"""The metric vocabulary: printed labels to canonical metrics, places to canonical regions, and the
words people use for each in questions.

A label the vocabulary does not know is kept with metric "other" and its printed label, never
dropped. A label carrying a qualifier (non-GAAP, a portion, an amount attributable to a charge)
is never taken for the plain metric.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Metric:
    key: str
    name: str  # how answers name it
    unit: str
    label_pattern: str  # printed labels (lower case) that mean it
    synonyms: tuple[str, ...]  # how questions say it
    flow: bool = True  # False for balance-sheet figures (an instant)


METRICS: list[Metric] = [
    Metric("net_income_common", "net income (loss) applicable to common stockholders", "USD",
           r"^(?:net )?(?:\(?loss\)?|income|earnings)(?: \(loss\))? (?:applicable|attributable|available) (?:to|for) (?:\S+ )?common",
           ("net loss applicable to common stockholders", "net income applicable to common stockholders",
            "net loss attributable to common", "net loss to common", "net income to common shareholders",
            "net income to common", "income to common", "net income available to common",
            "income available for common shareholders", "income available to common shareholders",
            "net loss attributable to common stock", "net income attributable to common stock",
            "earnings available for common", "net income available for common stock",
            "income available for common stock", "net income available for common shareholders")),
    Metric("eps_basic", "basic earnings (loss) per share", "USD/share", r"^(?:.*per share.*\bbasic$|basic (?:\(loss\) )?(?:earnings|income|loss|net).*per share|.*per (?:common )?share[- ]+basic)",
           ("basic eps", "basic earnings per share", "basic net loss per share")),
    Metric("eps", "earnings (loss) per share", "USD/share", r"per (?:\w+ ){0,4}share|\beps\b",
           ("eps", "earnings per share", "net loss per share", "net income per share", "loss per share",
            "diluted eps", "earnings per diluted share", "per share")),
    Metric("weighted_shares", "weighted average shares outstanding", "shares",
           r"weighted|average (?:common )?shares|shares outstanding|shares used",
           ("weighted average shares outstanding", "weighted average shares", "shares outstanding",
            "share count", "weighted shares", "average shares", "weighted average common shares")),
    Metric("weighted_shares_diluted", "diluted weighted average shares", "shares", r"diluted",
           ("diluted weighted average shares", "diluted shares outstanding", "weighted average diluted shares")),
    Metric("weighted_shares_basic", "basic weighted average shares", "shares", r"basic",
           ("basic weighted average shares", "basic shares outstanding", "weighted average basic shares")),
    Metric("gross_margin_pct", "gross margin as a percent of revenue", "percent",
           r"^gross (?:margin|profit) as a percent of revenue$|^gross (?:margin|profit) (?:%|percent)",
           ("gross margin percentage", "gross margin percent", "gross margin as a percent of revenue",
            "gross margin %", "gross margin rate", "gross margin ratio", "gross profit margin", "gross profit percentage")),
    Metric("operating_margin_pct", "operating margin as a percent of revenue", "percent",
           r"^operating (?:margin|income) as a percent of revenue$", ("operating margin percentage", "operating margin",
                                                                      "operating margin percent")),
    Metric("net_margin_pct", "net margin as a percent of revenue", "percent",
           r"^net (?:margin|income|loss) as a percent of revenue$",
           ("net margin", "net loss margin", "net income margin", "profit margin", "net profit margin")),
    Metric("sales_and_marketing", "sales and marketing expense", "USD", r"^sales and marketing(?: expenses?)?$",
           ("sales and marketing", "sales and marketing expense", "sales and marketing expenses", "s&m")),
    Metric("gross_revenue", "gross revenue", "USD", r"^gross revenues?$", ("gross revenue", "gross revenues")),
    Metric("revenue", "revenue", "USD",
           r"^(?:total )?(?:net )?(?:operating )?(?:revenues?|sales)(?: and other income)?(?: net)?$|^(?:total )?net (?:revenues?|sales)$",
           ("revenue", "revenues", "sales", "net sales", "total revenue", "total revenues", "top line", "turnover",
            "net revenue", "total sales", "operating revenues", "operating revenue", "total operating revenues",
            "total net revenue", "total net sales")),
    Metric("cost_of_revenue", "cost of revenue", "USD", r"^cost of (?:revenues?|sales|goods sold|products sold|services)",
           ("cost of revenue", "cost of revenues", "cost of sales", "cost of goods sold", "cogs")),
    Metric("gross_margin", "gross margin", "USD", r"^gross (?:margin|profit)$",
           ("gross margin", "gross profit")),
    Metric("rd", "research and development expense", "USD", r"^(?:research and development|r&d)(?: expenses?| costs?)?$",
           ("research and development", "r&d", "research and development expense", "r and d", "research")),
    Metric("sga", "selling, general and administrative expense", "USD",
           r"^(?:selling, general,? (?:and|&) administrative|sg&a)(?: expenses?| costs?)?$",
           ("selling general and administrative", "sg&a", "sga", "selling general administrative expenses")),
    Metric("selling_expense", "sales expense", "USD", r"^selling(?: expenses?)?$",
           ("selling expense", "sales expense", "selling costs", "selling expenses")),
    Metric("marketing", "marketing expense", "USD", r"^marketing(?: expenses?| costs?)?$",
           ("marketing", "marketing expense", "marketing expenses", "marketing costs")),
    Metric("ga", "general and administrative expense", "USD", r"^general,? (?:and )?administrative",
           ("general and administrative", "g&a", "general administrative", "admin expense")),
    Metric("operating_expenses", "operating expenses", "USD", r"^(?:total )?operating expenses?$",
           ("operating expenses", "opex", "operating costs", "operating expense")),
    Metric("total_costs", "total costs and expenses", "USD",
           r"^total (?:costs and )?(?:operating )?(?:costs|expenses)(?: and expenses)?$",
           ("total costs and expenses", "total expenses", "total costs")),
    Metric("operating_income", "operating income (loss)", "USD",
           r"^(?:\(?(?:loss|income|earnings|profit)\)?(?: \(loss\))? (?:\(?(?:loss|income)\)? )?from operations|"
           r"operating (?:\(?(?:income|loss|profit|earnings)\)? ?){1,2})$",
           ("operating income", "operating loss", "loss from operations", "income from operations",
            "operating profit", "ebit", "operating earnings", "earnings from operations")),
    Metric("other_income", "other income (expense), net", "USD",
           r"^other income(?: \(expense\))?(?: and (?:expenses?|deductions))?(?:, net| net)?$|^other \(?expense\)? income(?:, net| net)?$|^other \(expenses?\) income(?:, net| net)?$",
           ("other income", "other income and expenses", "other expense", "non-operating income")),
    Metric("interest_expense", "interest expense", "USD", r"^interest expense", ("interest expense",)),
    Metric("interest_income", "interest income", "USD", r"^interest (?:and other )?income", ("interest income",)),
    Metric("income_before_tax", "income before income taxes", "USD",
           r"^\(?(?:loss|income|earnings)\)?(?: \(?(?:loss|earnings|income)\)?)?(?: from continuing operations)? before (?:income )?tax",
           ("income before taxes", "pretax income", "pre-tax income", "earnings before taxes")),
    Metric("income_tax", "income taxes", "USD", r"^(?:\(?(?:provision|benefit)\)?(?: \(?(?:provision|benefit)\)?)? (?:for|from) )?income tax|^income tax",
           ("income taxes", "income tax", "tax expense", "provision for income taxes")),
    Metric("preferred_dividends", "preferred stock dividends", "USD", r"preferred (?:stock )?dividends",
           ("preferred stock dividends", "preferred dividends")),
    Metric("continuing_income", "income from continuing operations", "USD",
           r"^(?:net )?\(?(?:loss|income|earnings)\)?(?: \(?(?:loss|income)\)?)? from continuing operations$",
           ("income from continuing operations", "earnings from continuing operations")),
    Metric("net_income", "net income (loss)", "USD",
           r"^net (?:\(?loss\)?|income|earnings|profit)(?: \((?:loss|earnings)\))?(?: (?:income|earnings))?$|^(?:net )?earnings$|^net income \(loss\)$",
           ("net income", "net loss", "net earnings", "profit", "bottom line", "earnings", "net profit",
            "net result", "loss", "income")),
    Metric("operating_cash_flow", "cash flow from operations", "USD",
           r"cash flows? (?:from|provided by|used in) (?:operations|operating activities)|^operating cash flow",
           ("cash flow from operations", "operating cash flow", "cash from operations", "cash generated by operations",
            "cash flow from operating activities", "cash flow")),
    Metric("free_cash_flow", "free cash flow", "USD", r"^free cash flow", ("free cash flow", "fcf")),
    Metric("ebitda", "EBITDA", "USD", r"^(?:adjusted )?ebitda", ("ebitda",)),
    Metric("cash", "cash, cash equivalents and investments", "USD",
           r"^cash(?:,| and| &)?(?: cash equivalents| temporary investments| investments| marketable securities| short-term investments|,| and)*$",
           ("cash", "cash and cash equivalents", "cash equivalents", "cash and investments", "cash position",
            "cash, cash equivalents and investments", "cash and marketable securities"), flow=False),
    Metric("receivables", "accounts receivable", "USD", r"^(?:accounts |trade )?receivables?(?:, net| net)?",
           ("accounts receivable", "receivables", "a/r", "ar"), flow=False),
    Metric("inventories", "inventories", "USD", r"^inventor(?:y|ies)", ("inventories", "inventory", "stock on hand"),
           flow=False),
    Metric("current_assets", "total current assets", "USD", r"^total current assets", ("current assets",), flow=False),
    Metric("total_assets", "total assets", "USD", r"^total assets$", ("total assets", "assets"), flow=False),
    Metric("payables", "accounts payable and accrued expenses", "USD", r"^accounts payable",
           ("accounts payable", "payables", "a/p", "accounts payable and accrued expenses"), flow=False),
    Metric("deferred_revenue", "deferred revenue", "USD", r"^deferred revenue", ("deferred revenue",), flow=False),
    Metric("current_liabilities", "total current liabilities", "USD", r"^total current liabilities",
           ("current liabilities",), flow=False),
    Metric("total_liabilities", "total liabilities", "USD", r"^total liabilities$", ("total liabilities", "liabilities"),
           flow=False),
    Metric("long_term_debt", "long-term debt", "USD", r"^long[- ]term debt", ("long-term debt", "debt"), flow=False),
    Metric("equity", "stockholders' equity", "USD", r"^(?:total )?(?:stock|share)holders[’']? equity$",
           ("stockholders equity", "shareholders equity", "equity", "book value", "net worth"), flow=False),
    Metric("liabilities_and_equity", "total liabilities and stockholders' equity", "USD",
           r"^total liabilities and (?:stock|share)holders", ("total liabilities and equity",), flow=False),
    Metric("depreciation", "depreciation and amortization", "USD", r"^depreciation", ("depreciation", "d&a")),
    Metric("capex", "capital expenditures", "USD", r"^capital expenditures", ("capex", "capital expenditures")),
    Metric("backlog", "backlog", "USD", r"^backlog", ("backlog",), flow=False),
    Metric("orders", "orders", "USD", r"^(?:new )?orders(?: received)?$|^bookings$", ("orders", "bookings", "orders received")),
]
BY_KEY = {m.key: m for m in METRICS}
LABEL_RES = {m.key: re.compile(m.label_pattern) for m in METRICS}
EXPENSE_SECTION = re.compile(r"cost|expense", re.I)


@lru_cache(maxsize=65536)
def canonical_metric(label: str, section: str = "", unit: str = "USD") -> str:
    """The canonical metric a printed label means, or "other". Cached: releases repeat their labels."""
    low = " ".join(label.lower().replace("’", "'").split())
    if re.search(r"\b(?:excluding|adjusted|non-gaap|pro forma|as adjusted)\b", low):
        return "other"  # a printed non-GAAP row is never the GAAP metric
    low = re.sub(r"\s*\((?:a|b|c|\d)\)$", "", low).strip(" :")
    if unit == "USD/share":
        if re.search(r"\bbefore\b|cumulative|continuing|discontinued|extraordinary|effect of", low):
            return "other"  # a part of EPS, not EPS
        low = f"{low} {section.lower()}".strip()
        if not re.search(r"earnings|net (?:income|loss)|\(loss\)|loss per|\beps\b|diluted|basic", low) \
                or re.search(r"continuing|discontinued", low):
            return "other"  # book value, dividends or a part of EPS: never taken for EPS
        return "eps_basic" if re.search(r"\bbasic\b", low) and "diluted" not in low else "eps"
    if unit == "shares":
        if not LABEL_RES["weighted_shares"].search(low):
            return "other"
        if "diluted" in low and "basic" not in low:
            return "weighted_shares_diluted"
        if "basic" in low and "diluted" not in low:
            return "weighted_shares_basic"
        return "weighted_shares"
    if low in ("sales", "sales expense", "sales expenses") and EXPENSE_SECTION.search(section):
        return "selling_expense"
    for metric in METRICS:
        if metric.unit in ("USD/share", "shares"):
            continue
        if metric.unit == "percent" and unit != "percent" or unit == "percent" and metric.unit != "percent":
            continue
        if LABEL_RES[metric.key].search(low):
            return metric.key
    return "other"


GEOGRAPHIES: list[tuple[str, str, str]] = [
    # key, display, pattern (lower case)
    ("outside_us", "outside the U.S.", r"outside(?: of)?(?: the)? (?:united states|u\.?s\.?a?)\b|international|non-u\.?s\.?|foreign|ex-us"),
    ("us", "U.S.", r"(?<![a-z])(?:united states|u\.s\.a?\.?|usa|us|domestic|america)(?![a-z-])"),
    ("emea", "EMEA", r"\bemea\b|europe,? (?:the )?mid(?:dle)?[- ]east and africa"),
    ("row", "Rest of World", r"rest of (?:the )?world|\brow\b"),
    ("europe", "Europe", r"\beurope(?:an)?\b"),
    ("asia", "Asia", r"\basia(?:[- ]pacific)?\b|\bapac\b"),
    ("japan", "Japan", r"\bjapan\b"),
    ("china", "China", r"\bchina\b"),
    ("canada", "Canada", r"\bcanada\b"),
    ("latin_america", "Latin America", r"latin america|south america"),
    ("north_america", "North America", r"north america"),
    ("americas", "Americas", r"\bamericas\b"),
    ("worldwide", "worldwide", r"\bworldwide\b|\bglobal(?:ly)?\b|\bconsolidated\b"),
]
GEO_DISPLAY = {k: d for k, d, _ in GEOGRAPHIES}


def canonical_geo(text: str) -> str:
    """'' for the total (worldwide), else the region key."""
    low = text.lower()
    for key, _, pattern in GEOGRAPHIES:
        if re.search(pattern, low):
            return "" if key == "worldwide" else key
    return ""


def company_key(name: str | None) -> str | None:
    """A company's name without punctuation and legal suffix, so spellings across releases agree."""
    if not name:
        return None
    low = re.sub(r"[^a-z0-9& ]", " ", name.lower())
    low = re.sub(r"\b(?:inc|incorporated|corporation|corp|company|co|ltd|limited|plc|llc|lp|the|n v|s a)\b", " ", low)
    return " ".join(low.split()) or None


def is_revenue_section(section: str) -> bool:
    """'Revenues:', 'Net sales', 'Operating Revenues': the rows under it are lines of business."""
    return bool(re.fullmatch(r"(?:total\s+)?(?:net\s+)?(?:operating\s+)?(?:revenues?|sales)(?:\s*:)?",
                             " ".join(section.lower().split())))
