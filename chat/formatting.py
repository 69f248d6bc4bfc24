"""Figures written the way releases print them: "$4.98 million", "$(0.03)", "21%"."""
from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal


def money_style(values: list[float]) -> str:
    """One style for every amount of a reply: 'billion' when each is whole tens of millions, 'million'
    when each is whole tens of thousands (and a million or more), else 'full' ("$888,469,000"): never
    "$1.2 billion" beside "$1,234,567,000" in one answer."""
    sizes = [round(abs(v)) for v in values if v]
    if not sizes:
        return "full"
    if all(v >= 1e9 and v % 10_000_000 == 0 for v in sizes):
        return "billion"
    if all(v >= 1e6 and v % 10_000 == 0 for v in sizes):
        return "million"
    return "full"


def money(value: float, style: str | None = None) -> str:
    sign = "-" if value < 0 else ""
    v = abs(value)
    style = style or money_style([value])
    if style == "billion":
        return f"{sign}${v / 1e9:,.2f} billion"
    if style == "million" and v >= 1e9 and round(v) % 1_000_000 == 0:
        return f"{sign}${v / 1e6:,.0f} million"  # "$31,407 million", as a statement in millions prints it
    if style == "million":
        return f"{sign}${v / 1e6:,.2f} million"
    if v >= 1000 or v == int(v):
        return f"{sign}${v:,.0f}"
    return f"{sign}${v:,.2f}"


# An amount as money() writes it — "$4.98 million", "-$188,638,000", "$0.35" — but not a per-share figure.
# In another currency, as figure() writes it: "CAD 33.00 million", "EUR 1,234,567" (a code, then millions or thousands).
MONEY_TEXT = re.compile(r"(?<![\w$])(-?)(\$|\b[A-Z]{3} (?=-?(?:\d{1,3}(?:,\d{3})+|\d[\d,]*\.\d+ (?:million|billion))))(-?)"
                        r"(\d[\d,]*(?:\.\d+)?)(?:\s(million|billion)\b)?(?![\d,.]*\d)(?!\s+per\s+share)")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def one_money_style(text: str) -> str:
    """Every amount of a reply's text written in one style (money_style of them all); text the reply
    quotes from a release (“…”) is left as printed."""
    spans = [m.span() for m in QUOTED.finditer(text)]

    def quoted(m: re.Match) -> bool:
        return any(a <= m.start() < b for a, b in spans)

    found = [m for m in MONEY_TEXT.finditer(text) if not quoted(m)]
    if len(found) < 2:
        return text
    scale = {"million": 1e6, "billion": 1e9, None: 1.0}

    def value(m: re.Match) -> float:
        v = float(m.group(4).replace(",", "")) * scale[m.group(5)]
        v = round(v, 2) if m.group(5) is None else round(v)
        return -v if m.group(1) or m.group(3) else v

    style = money_style([value(m) for m in found])
    out, at = [], 0
    for m in found:
        written = money(value(m), style)
        if m.group(2) != "$":  # an amount in another currency ("CAD 33.00 million"): its code, then the figure
            written = written.replace("$", "") if not written.startswith("-") else "-" + written[2:]
            written = m.group(2) + written
        out.append(text[at:m.start()] + written)
        at = m.end()
    return "".join(out) + text[at:]


def percent(value: float) -> str:
    """One decimal, a half rounded away from zero (32.25 is "32.3%", as 32.2501 is: never two figures for one
    change in one answer, as binary rounding of a float gave "32.2%" beside "+32.3%")."""
    if not math.isfinite(value):
        return f"{value}%"
    text = f"{Decimal(repr(value)).quantize(Decimal('0.1'), ROUND_HALF_UP):f}".rstrip("0").rstrip(".")
    return f"{'0' if text in ('-0', '') else text}%"


def percent_as_printed(value: float) -> str:
    """A percentage that is an input or the result of arithmetic on printed percentages, with the decimals it
    has (up to four): '1.59% − 2.46% = -0.87%', never one decimal's '1.6% − 2.5% = -0.9%', which misquotes the
    cited figures and gives a result other than the answer's value."""
    if not math.isfinite(value):
        return f"{value}%"
    text = f"{round(value, 4):.4f}".rstrip("0").rstrip(".")
    return f"{'0' if text in ('-0', '') else text}%"


NO_CURRENCY = "XXX"  # parsers.document.NO_CURRENCY: a release that never states its currency


def per_share(value: float) -> str:
    """A per-share amount's figures: two decimals, or as many as the amount holds up to five ("0.10875", "0.015": a
    dividend printed so is never shown as "0.11" or "0.02"); a computed amount that never ends (1/3) in two."""
    for places in (2, 3, 4, 5):
        if abs(round(value, places) - value) < 1e-9:
            return f"{abs(value):,.{places}f}"
    return f"{abs(value):,.2f}"


def figure(value: float, unit: str | None) -> str:
    if unit == "USD":
        return money(value)
    if unit == "USD/share":
        sign = "-" if value < 0 else ""
        return f"{sign}${per_share(value)} per share"
    if unit == "shares":
        return f"{value:,.0f} shares"
    if unit == "percent":
        return percent(value)
    if unit == "unstated":  # an amount whose scale the release does not state: as printed, no "$"
        return f"{value:,.6f}".rstrip("0").rstrip(".")
    code = "" if unit and unit.startswith(NO_CURRENCY) else f"{(unit or '')[:3]} "  # a currency never stated: no code
    if unit and unit.endswith("/share") and len(unit) == 9:  # "EUR/share": another currency, per share
        return f"{code}{'-' if value < 0 else ''}{per_share(value)} per share"
    if unit and len(unit) == 3 and unit.isupper():  # "EUR", "CAD": money in the release's own currency
        return f"{code}{money(value).replace('$', '')}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")  # a count as printed: 23.2 years is never "23"


def figures_alike(values: list[tuple[float, str | None]]) -> list[str]:
    """Figures compared in one sentence share one style: all in millions, or all in full."""
    texts = [figure(v, u) for v, u in values]
    if any("million" in t or "billion" in t for t in texts) and not all("million" in t or "billion" in t for t in texts):
        return [f"{'-' if v < 0 else ''}${abs(v):,.0f}" if u == "USD" else figure(v, u) for v, u in values]
    return texts


def signed_percent(value: float) -> str:
    return ("+" if value > 0 else "") + percent(value)


def join_words(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 document', '2 documents', '0 facts', '1 earnings release'."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"
