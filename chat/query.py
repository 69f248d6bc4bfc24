"""The typed query a question is resolved into, once (chat/resolution.py), before any handler runs.

Frozen: a handler reads it and never changes or re-resolves it. Periods are keys — (months, end
year, end month) on the company's calendar, months 0 for a balance-sheet date — with flow/instant
already decided, so no handler reads a period spec again."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from chat.vocab import Company
from knowledge.lookup import PeriodKey
from knowledge.vocabulary import GEO_DISPLAY


SUBTRACTIONS = ("difference", "gap")  # the operations of two periods, the second compared with the first


@dataclass(frozen=True)
class Query:
    """A question about one company's figure."""

    text: str  # the question as asked (the answer repeats it)
    norm: str  # the question normalised (which printed label it names)
    company: Company
    metric: str
    readings: tuple[str, ...]  # the metrics the figure may be printed as, in order of preference
    intent: str  # value, change, compare, share, arithmetic, ratio, two (figures added or set apart), trend, which_year, inventory, fiscal_year
    flow: bool  # a span of months (income, cash flow) or a balance at a date
    keys: tuple[PeriodKey, ...] = ()  # the periods named, resolved; the first is the one asked about
    base: PeriodKey | None = None  # a change of one named period: the period it is compared with
    base_implied: bool = False  # a balance's base date the question did not say (year over year / sequential): said
    geo: str = ""
    product: str = ""
    basis: str = ""  # "" as reported, "non-gaap", "constant-currency", "guidance"
    outlook_basis: str | None = None  # guidance asked as adjusted ("non-gaap") or GAAP (""); None: either
    range_end: str = ""  # guidance asked of one end of its range: "low" or "high"
    operation: str = ""  # arithmetic: "sum", "average", "difference" (later less earlier), "gap" (its size)
    implied: str = ""  # how a period the question did not name was read ("latest", "ttm")
    other_geos: tuple[str, ...] = ()  # "US vs EMEA": the places compared with the first
    wants_percent: bool = False
    confidence: int = 85
    period_name: str = ""  # the period as the question named it (inventory of a period)
    instant_key: PeriodKey | None = None  # inventory: the balance-sheet date of the same period
    of: "Query | None" = None  # a ratio or percentage: the figure divided by, resolved as a query of its own
    row_words: str = ""  # a follow-up naming no figure: the words of the question that named it (which row)
    extreme: str = ""  # "which_year": the year of the "high" or "low" figure, or of the one "below" or "above" a threshold
    threshold: tuple[float, str] | None = None  # that threshold in base units, and what it compares ("percent", "amount", "any")

    @property
    def row_norm(self) -> str:
        """The words that pick the printed row: the question's, and a follow-up's figure's question's
        ('and the year before?' after 'adjusted EBITDA Q4 2024' still means the adjusted row)."""
        return f"{self.norm} {self.row_words}".strip()

    @property
    def key(self) -> PeriodKey | None:
        return self.keys[0] if self.keys else None

    @property
    def segment(self) -> str | None:
        parts = [GEO_DISPLAY.get(self.geo, self.geo) if self.geo else "", self.product]
        return " / ".join(p for p in parts if p) or None


@dataclass(frozen=True)
class Calendar:
    """One fiscal calendar of the store's companies, with the question's period resolved on it."""

    fye: int
    offset: int
    key: PeriodKey
    base: PeriodKey | None  # the same period a year earlier (for a change)


@dataclass(frozen=True)
class AcrossQuery:
    """A question over companies: side by side, every company, ranked, or filtered by a change."""

    text: str
    norm: str
    metric: str
    shape: str  # "companies" (those named), "list", "rank", "filter"
    calendars: tuple[Calendar, ...]
    period_name: str  # the period as the answer names it
    companies: tuple[str, ...] = ()  # the companies named, for "companies" (keys)
    company_names: tuple[str | None, ...] = ()  # their names, in the same order
    ranking: tuple[str, int] = ("high", 0)
    change: bool = False
    fell: bool = False
    readings: tuple[str, ...] = ()  # the metrics a company's figure may be printed as, in order (chat/facts.py)
    loss: bool = False  # a loss ranked ("the biggest net loss"): by its size, among the companies that made one
    calendar_end: date | None = None  # a calendar quarter or year asked ("Q4 2024"): the date it ends, each company's
    # period matched to it by its own end (chat/resolution.py calendar_match); a fiscal name that differs is said
    # companies named for "the latest" whose latest periods end apart: each company's key and the calendars of its
    # own latest period (chat/resolution.py _own_latest); `calendars` then is the first one's
    own_calendars: tuple[tuple[str, tuple[Calendar, ...]], ...] = ()
    # a loss filtered by which way its size moved ("companies whose net loss widened": "larger"; "narrowed",
    # "operating loss fell": "smaller"), among the companies that made one in both years (chat/handlers/rank.py)
    loss_moved: str = ""
    # a kind of company named ("which bank had the lowest net income"): the keys of the companies of that kind, the only
    # ones ranked, listed or filtered (chat/resolution.py _of_kind); () for every company
    among: tuple[str, ...] = ()
    kind: str = ""  # the kind's word ("bank"), when `among` is set
