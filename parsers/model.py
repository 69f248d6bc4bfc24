"""What a parsed release is: its metadata, its readable lines and the figures found in it."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from parsers.periods import Period


class ParseError(Exception):
    """A file that is not a readable release; the message says why, for one clear line."""


@dataclass
class Figure:
    """One printed figure. `label` is the metric as printed; knowledge/ canonicalizes it."""

    label: str
    value: float
    unit: str  # USD, USD/share, shares, percent, count
    period: Period
    line: int  # 1-based line in the document text
    quote: str  # text that stands verbatim on that line
    source: str  # "table" or "narrative"
    section: str = ""
    segment: str = ""  # geography and product as printed, "" for the total
    geo: str = ""  # the geography part, as printed
    product: str = ""  # the product or business line part, as printed
    qualifier: str = ""  # why this is not the plain metric: "non-gaap", "portion", "guidance", ...
    column: int | None = None
    change_pct: float | None = None
    comp_value: float | None = None
    comp_period: Period | None = None
    scale: float = 1.0
    table_class: str = ""  # income, balance, cash_flow, segment, reconciliation, guidance, per_share, other; "" for prose
    cc_change_pct: float | None = None  # the change in constant currency, where the release states it
    # the change against the quarter before, where a sentence states it of a quarter's figure ("$88.4 million, an
    # increase of 5.3% sequentially"): stored as a change compared with that quarter, never as the year's change
    seq_change_pct: float | None = None
    # what the release's own arithmetic or prose contradicts in this figure (knowledge/doubts.py writes it
    # before the figure is stored): "" none; a doubted figure is never answered as fact
    doubt: str = ""
    # the release states this figure's scale, whole units too ("(Expressed in United States Dollars)"), or its
    # prose proves it: a table amount stored as printed is then in units, not of unstated scale
    scale_stated: bool = False
    # the amount's own mark or its table's caption names its currency ("US$45.2 million", "(in millions of US
    # dollars)"): it keeps that currency in a release whose statements are in another (parsers/document.py)
    currency_stated: bool = False
    # a bare '$' printed before the amount: dollars, the release's own currency only when that is one printed with
    # '$' (Canadian dollars, pesos); in a release of euros or pounds it is US dollars (parsers/document.py)
    dollar_sign: bool = False
    # a prose amount's significant digits as printed ('$17.0 million': 3, where its value has 2), and its compared
    # amount's: how precisely the sentence states it (parsers/prose_scale.py); 0 when not printed in a sentence
    digits: int = 0
    comp_digits: int = 0
    # a sentence's subject the vocabulary lacks, kept as printed ("the impairment charge was $4.1 million"): stored
    # under its printed label alone, never canonicalized, so it answers only a question that names those words
    printed_term: bool = False


@dataclass
class Document:
    """A release as stored: the text people read, and what the parsers found in it."""

    name: str
    text: str
    format: str
    company: str | None = None
    ticker: str | None = None
    release_date: date | None = None
    headline: str = ""
    fye_month: int = 12
    fy_offset: int = 0  # how the company names fiscal years (see Period.fiscal)
    period: Period | None = None
    cik: str | None = None
    currency: str = ""  # ISO code of the statements' amounts (USD, CAD, EUR, GBP, JPY, ILS, ...); "" unknown
    source: str = ""  # the wire or archive a copy came from (its front matter), "" for the issuer's own
    figures: list[Figure] = field(default_factory=list)
    # what reading found impossible and kept from answers ("line 7: 'Revenue' compared with FY 2023 ..."):
    # reported by `check`, never answered
    set_aside: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")
