"""Figures written the way releases print them: "$4.98 million", "$(0.03)", "21%"."""
from __future__ import annotations


def money(value: float) -> str:
    sign = "-" if value < 0 else ""
    v = abs(value)
    if v >= 1e9 and round(v) % 10_000_000 == 0:
        return f"{sign}${v / 1e9:,.2f} billion"
    if v >= 1e9 and round(v) % 1_000_000 == 0:
        return f"{sign}${v / 1e6:,.0f} million"  # "$22,103 million", as a statement in millions prints it
    if v >= 1e6 and round(v) % 10_000 == 0:
        return f"{sign}${v / 1e6:,.2f} million"
    if v >= 1000 or v == int(v):
        return f"{sign}${v:,.0f}"
    return f"{sign}${v:,.2f}"


def percent(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{text}%"


NO_CURRENCY = "XXX"  # parsers.document.NO_CURRENCY: a release that never states its currency


def figure(value: float, unit: str | None) -> str:
    if unit == "USD":
        return money(value)
    if unit == "USD/share":
        sign = "-" if value < 0 else ""
        return f"{sign}${abs(value):.2f} per share"
    if unit == "shares":
        return f"{value:,.0f} shares"
    if unit == "percent":
        return percent(value)
    if unit == "unstated":  # an amount whose scale the release does not state: as printed, no "$"
        return f"{value:,.6f}".rstrip("0").rstrip(".")
    code = "" if unit and unit.startswith(NO_CURRENCY) else f"{(unit or '')[:3]} "  # a currency never stated: no code
    if unit and unit.endswith("/share") and len(unit) == 9:  # "EUR/share": another currency, per share
        return f"{code}{value:,.2f} per share"
    if unit and len(unit) == 3 and unit.isupper():  # "EUR", "CAD": money in the release's own currency
        return f"{code}{money(value).replace('$', '')}"
    return f"{value:,.0f}"


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
