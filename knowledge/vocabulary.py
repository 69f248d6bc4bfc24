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
    defined_basis: bool = False  # a non-GAAP measure by definition (FFO, EBITDA): asked for without "non-GAAP"


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
    Metric("eps_diluted", "diluted earnings (loss) per share", "USD/share", r"$^",
           ("diluted eps", "earnings per diluted share", "diluted earnings per share", "diluted net income per share",
            "diluted net loss per share", "diluted loss per share", "eps diluted", "income per diluted share",
            "per diluted share", "diluted share earnings")),
    Metric("eps", "earnings (loss) per share", "USD/share", r"per (?:\w+ ){0,4}share|\beps\b",
           ("eps", "earnings per share", "net loss per share", "net income per share", "loss per share",
            "earnings a share", "profit per share", "income per share")),
    Metric("eps_continuing", "diluted earnings (loss) per share from continuing operations", "USD/share", r"$^",
           ("eps from continuing operations", "earnings per share from continuing operations",
            "diluted eps from continuing operations", "continuing operations eps")),
    Metric("dividends_per_share", "dividends per share", "USD/share", r"$^",
           ("dividends per share", "dividend per share", "dividends declared per share", "dividend", "dividends")),
    Metric("book_value_per_share", "book value per share", "USD/share", r"$^",
           ("book value per share", "book value per common share"), flow=False),
    Metric("tangible_book_value_per_share", "tangible book value per share", "USD/share", r"$^",
           ("tangible book value per share", "tangible book value per common share"), flow=False),
    Metric("ffo_per_share", "FFO per share", "USD/share", r"$^",
           ("ffo per share", "ffo per diluted share", "funds from operations per share"), defined_basis=True),
    Metric("affo_per_share", "AFFO per share", "USD/share", r"$^",
           ("affo per share", "affo per diluted share", "adjusted funds from operations per share"),
           defined_basis=True),
    Metric("weighted_shares", "weighted average shares outstanding", "shares",
           r"weighted|average (?:common )?shares|shares outstanding|shares used",
           ("weighted average shares outstanding", "weighted average shares", "shares outstanding",
            "share count", "weighted shares", "average shares", "weighted average common shares")),
    Metric("weighted_shares_diluted", "diluted weighted average shares", "shares", r"diluted",
           ("diluted weighted average shares", "diluted shares outstanding", "weighted average diluted shares",
            "diluted shares", "diluted share count")),
    Metric("weighted_shares_basic", "basic weighted average shares", "shares", r"basic",
           ("basic weighted average shares", "basic shares outstanding", "weighted average basic shares",
            "basic shares", "basic share count")),
    Metric("gross_margin_pct", "gross margin as a percent of revenue", "percent",
           r"^gross (?:margin|profit) as a percent of revenue$|^gross (?:margin|profit)(?: (?:%|percent(?:age)?|rate))?$",
           ("gross margin percentage", "gross margin percent", "gross margin as a percent of revenue",
            "gross margin %", "gross margin rate", "gross margin ratio", "gross profit margin", "gross profit percentage")),
    Metric("operating_margin_pct", "operating margin as a percent of revenue", "percent",
           r"^operating (?:margin|income) as a percent of revenue$|^operating margin(?: (?:%|percent(?:age)?|rate))?$", ("operating margin percentage", "operating margin",
                                                                      "operating margin percent")),
    Metric("net_margin_pct", "net margin as a percent of revenue", "percent",
           r"^net (?:margin|income|loss) as a percent of revenue$",
           ("net margin", "net loss margin", "net income margin", "profit margin", "net profit margin")),
    Metric("sales_and_marketing", "sales and marketing expense", "USD", r"^sales and marketing(?: expenses?)?$",
           ("sales and marketing", "sales and marketing expense", "sales and marketing expenses", "s&m")),
    Metric("gross_revenue", "gross revenue", "USD", r"^gross revenues?$", ("gross revenue", "gross revenues")),
    Metric("revenue", "revenue", "USD",
           r"^(?:total )?(?:net )?(?:operating )?(?:revenues?|sales)(?: and other income)?(?: net)?$|^(?:total )?net (?:revenues?|sales)$|"
           r"^(?:net )?sales,? net of returns(?: and allowances)?$",
           ("revenue", "revenues", "sales", "net sales", "total revenue", "total revenues", "top line", "turnover",
            "net revenue", "total sales", "operating revenues", "operating revenue", "total operating revenues",
            "total net revenue", "total net sales")),
    Metric("cost_of_revenue", "cost of revenue", "USD", r"^cost of (?:revenues?|sales|goods sold|products sold|services)",
           ("cost of revenue", "cost of revenues", "cost of sales", "cost of goods sold", "cogs")),
    Metric("gross_margin", "gross margin", "USD", r"^gross (?:margin|profit)$",
           ("gross margin", "gross profit")),
    Metric("rd", "research and development expense", "USD", r"^(?:research and development|r&d)(?: expenses?| costs?)?$",
           ("research and development", "r&d", "research and development expense", "r and d", "research",
            "r&d expense", "r&d expenses", "research and development expenses")),
    Metric("sga", "selling, general and administrative expense", "USD",
           r"^(?:(?:selling|sales), general,? (?:and|&) administrative|sg&a)(?: expenses?| costs?)?$",
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
           ("total costs and expenses", "total expenses", "total costs", "total operating costs and expenses",
            "operating costs and expenses")),
    Metric("operating_income", "operating income (loss)", "USD",
           r"^(?:\(?(?:loss|income|earnings|profit)\)?(?: \(loss\))? (?:\(?(?:loss|income)\)? )?from operations|"
           r"operating (?:\(?(?:income|loss|profit|earnings)\)? ?){1,2})$",
           ("operating income", "operating loss", "loss from operations", "income from operations",
            "operating profit", "ebit", "operating earnings", "earnings from operations")),
    Metric("other_income", "other income (expense), net", "USD",
           r"^(?:total )?other income(?: \(expense\))?(?: and (?:expenses?|deductions))?(?:, net| net)?$|^other \(?expense\)? income(?:, net| net)?$|^other \(expenses?\) income(?:, net| net)?$",
           ("other income", "other income and expenses", "other expense", "non-operating income")),
    Metric("interest_expense", "interest expense", "USD", r"^interest expense", ("interest expense",)),
    Metric("interest_income", "interest income", "USD", r"^interest (?:and other )?income", ("interest income",)),
    Metric("income_before_tax", "income before income taxes", "USD",
           r"^\(?(?:loss|income|earnings)\)?(?: \(?(?:loss|earnings|income)\)?)?(?: from continuing operations)? before (?:(?:the )?provision for )?(?:income )?tax",
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
           r"cash flows? (?:from|provided by|used in) (?:operations|operating activities)|^operating cash flow|"
           r"^net cash (?:provided by|from|generated by|(?:provided by \(used in\)|\(used in\) provided by)) operating activities$",
           ("cash flow from operations", "operating cash flow", "cash from operations", "cash generated by operations",
            "cash flow from operating activities", "cash flow", "cash provided by operating activities",
            "net cash provided by operating activities", "cash from operating activities", "operating activities")),
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
    Metric("long_term_debt", "long-term debt", "USD",
           r"^long[- ]term debt|^(?:notes payable|senior notes|borrowings)(?: and other (?:borrowings|debt))?,? (?:non-?current|long[- ]term)",
           ("long-term debt", "debt"), flow=False),
    Metric("equity", "stockholders' equity", "USD", r"^(?:total )?(?:(?:stock|share)holders[’']? )?(?:\(deficit\) )?equity(?: \(deficit\))?$",
           ("stockholders equity", "shareholders equity", "equity", "book value", "net worth"), flow=False),
    Metric("liabilities_and_equity", "total liabilities and stockholders' equity", "USD",
           r"^total liabilities(?:,)? (?:\S+ )?and (?:(?:stock|share)holders|equity)", ("total liabilities and equity",), flow=False),
    Metric("net_interest_income", "net interest income", "USD", r"^net interest income",
           ("net interest income", "nii")),
    Metric("provision_credit_losses", "provision for credit losses", "USD",
           r"^provision for (?:credit|loan(?: and lease)?) losses", ("provision for credit losses", "provision for loan losses",
                                                                     "loan loss provision", "credit loss provision")),
    Metric("noninterest_income", "noninterest income", "USD", r"^(?:total )?non-?interest income",
           ("noninterest income", "non-interest income", "fee income")),
    Metric("noninterest_expense", "noninterest expense", "USD", r"^(?:total )?non-?interest expenses?",
           ("noninterest expense", "non-interest expense")),
    Metric("deposits", "total deposits", "USD", r"^(?:total )?deposits$", ("deposits", "total deposits"), flow=False),
    Metric("loans", "total loans", "USD", r"^(?:total )?loans(?: and leases)?(?:, net(?: of .*)?| held for investment)?$",
           ("loans", "total loans", "loan book", "gross loans"), flow=False),
    Metric("allowance_credit_losses", "allowance for credit losses", "USD", r"^allowance for (?:credit|loan) losses",
           ("allowance for credit losses", "allowance for loan losses"), flow=False),
    Metric("nonperforming_assets", "nonperforming assets", "USD", r"^(?:total )?non-?performing assets",
           ("nonperforming assets", "non-performing assets", "npas"), flow=False),
    Metric("net_interest_margin", "net interest margin", "percent", r"^net interest margin",
           ("net interest margin", "nim")),
    Metric("efficiency_ratio", "efficiency ratio", "percent", r"^efficiency ratio", ("efficiency ratio",)),
    Metric("gross_written_premium", "gross written premiums", "USD", r"^gross (?:premiums written|written premiums?)",
           ("gross written premium", "gross written premiums", "gross premiums written", "gwp")),
    Metric("net_written_premium", "net written premiums", "USD", r"^net (?:premiums written|written premiums?)",
           ("net written premium", "net written premiums", "net premiums written", "nwp")),
    Metric("net_earned_premium", "net earned premiums", "USD", r"^(?:net )?(?:premiums earned|earned premiums?)",
           ("net earned premium", "net earned premiums", "net premiums earned", "premiums earned", "earned premium",
            "nep")),
    Metric("net_investment_income", "net investment income", "USD", r"^net investment income",
           ("net investment income",)),
    Metric("losses_lae", "losses and loss adjustment expenses", "USD",
           r"^(?:net )?losses and (?:loss )?(?:adjustment expenses|lae)|^loss and loss adjustment expenses?",
           ("losses and loss adjustment expenses", "losses and lae", "loss and lae", "lae",
            "loss and loss adjustment expenses")),
    Metric("loss_ratio", "loss ratio", "percent", r"^(?:net )?loss (?:and lae )?ratio", ("loss ratio",)),
    Metric("expense_ratio", "expense ratio", "percent", r"^expense ratio", ("expense ratio",)),
    Metric("combined_ratio", "combined ratio", "percent", r"^combined ratio", ("combined ratio",)),
    Metric("ffo", "funds from operations (FFO)", "USD", r"^(?:nareit )?funds from operations|^ffo\b",
           ("ffo", "funds from operations"), defined_basis=True),
    Metric("affo", "adjusted funds from operations (AFFO)", "USD", r"^adjusted funds from operations|^affo\b",
           ("affo", "adjusted funds from operations"), defined_basis=True),
    Metric("noi", "net operating income (NOI)", "USD", r"^(?:total )?net operating income|^noi\b",
           ("noi", "net operating income"), defined_basis=True),
    Metric("same_store_noi", "same-store NOI change", "percent", r"^same[- ](?:store|property) (?:cash )?noi",
           ("same store noi", "same-store noi", "same property noi"), defined_basis=True),
    Metric("occupancy", "occupancy", "percent", r"occupancy", ("occupancy", "occupancy rate"), flow=False),
    Metric("comparable_sales", "comparable sales change", "percent", r"^compar(?:able|ative)(?: store)?(?: net)? sales|^same[- ]store sales",
           ("comparable sales", "comparable store sales", "comp sales", "comps", "same store sales", "same-store sales",
            "comparable store net sales", "like for like sales")),
    Metric("store_count", "number of stores", "count", r"^(?:number of |total )?stores(?: open)?",
           ("store count", "number of stores", "stores"), flow=False),
    Metric("kwh_sales", "kilowatt-hour sales", "count", r"kilowatt|\bkwh\b", ("kilowatt-hour sales", "kwh sales",
                                                                            "kilowatt hour sales", "kwh")),
    Metric("customers", "customers", "count", r"^(?:number of |total )?customers", ("customers", "customer count"), flow=False),
    Metric("arr", "annual recurring revenue (ARR)", "USD", r"annual(?:ized)? recurring revenue|^arr\b",
           ("arr", "annual recurring revenue", "annualized recurring revenue"), flow=False),
    Metric("subscription_revenue", "subscription revenue", "USD", r"^subscription(?: and support)? revenues?",
           ("subscription revenue", "subscription revenues", "subscriptions revenue")),
    Metric("rpo", "remaining performance obligations", "USD", r"remaining performance obligations",
           ("remaining performance obligations", "rpo"), flow=False),
    Metric("employees", "employees", "count", r"^(?:number of )?employees|^headcount", ("employees", "headcount"), flow=False),
    Metric("effective_tax_rate", "effective tax rate", "percent", r"effective (?:income )?tax rate",
           ("effective tax rate", "tax rate")),
    Metric("stock_compensation", "stock-based compensation", "USD", r"^stock[- ]based compensation",
           ("stock-based compensation", "stock based compensation", "sbc")),
    Metric("share_repurchases", "share repurchases", "USD", r"repurchases? of common stock|^stock repurchases?|^share repurchases?",
           ("share repurchases", "buybacks", "stock repurchases", "share buybacks")),
    Metric("depreciation", "depreciation and amortization", "USD", r"^depreciation", ("depreciation", "d&a")),
    Metric("capex", "capital expenditures", "USD",
           r"^capital expenditures|^(?:purchases?|acquisitions?|additions?) (?:related to |of |to )?property,? (?:plant,? )?and equipment",
           ("capex", "capital expenditures")),
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
    low = re.sub(r",? at (?:the )?end of (?:the )?(?:period|year|quarter|fiscal year)$", "", low)
    if unit == "USD/share":
        return _per_share_metric(low, section.lower())
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


PER_SHARE_HEADS = [  # the head noun of a per-share figure decides what it is; only earnings make EPS
    ("tangible_book_value_per_share", re.compile(r"tangible book value")),
    ("book_value_per_share", re.compile(r"book value")),
    ("dividends_per_share", re.compile(r"dividends?|distributions?")),
    ("affo_per_share", re.compile(r"\baffo\b|adjusted funds from operations")),
    ("ffo_per_share", re.compile(r"\bffo\b|funds from operations")),
    ("other", re.compile(r"\bcash\b|sales|revenue|operating cash|free cash|distributable|\bnav\b|net asset value")),
]


def _per_share_metric(label: str, section: str) -> str:
    """EPS only when the head noun is earnings, income or loss; diluted and basic kept apart
    ('basic and diluted' is the diluted figure, and says so)."""
    if re.search(r"\bbefore\b|cumulative|discontinued|extraordinary|effect of", label):
        return "other"  # a part of EPS, not EPS
    text = f"{label} {section}"
    if re.search(r"continuing", text):  # "from continuing operations" is a metric of its own
        return "other" if re.search(r"\bbasic\b", text) and "diluted" not in text else "eps_continuing"
    for key, rx in PER_SHARE_HEADS:
        if rx.search(label) or (not re.search(r"earn|income|loss|eps", label) and rx.search(section)):
            return key
    text = text.strip()
    if not re.search(r"earnings|net (?:income|loss)|\(loss\)|income|loss per|\beps\b|diluted|basic", text) \
            or re.search(r"discontinued", text):
        return "other"
    if re.search(r"\bdiluted\b|\bdilution\b", text):
        return "eps_diluted"
    if re.search(r"\bbasic\b", text):
        return "eps_basic"
    return "eps"


GEOGRAPHIES: list[tuple[str, str, str]] = [
    # key, display, pattern (lower case)
    ("outside_us", "outside the U.S.", r"outside(?: of)?(?: the)? (?:united states|u\.?s\.?a?)\b|international|non-u\.?s\.?|foreign|ex-us"),
    ("us", "U.S.", r"(?<![a-z])(?:united states|u\.s\.a?\.?|usa|us|domestic|america|stateside)(?![a-z-])"),
    ("emea", "EMEA", r"\bemea\b|europe,? (?:the )?mid(?:dle)?[- ]east and africa"),
    ("row", "Rest of World", r"rest[ -]of[ -](?:the[ -])?world|\brow\b"),
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
