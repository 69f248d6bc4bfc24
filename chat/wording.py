"""How replies are worded: one home for the sentences the engine answers with, so an answer reads
the same wherever it comes from and the TUI never has to parse prose (body and citations are kept
apart in the Answer)."""
from __future__ import annotations

import calendar
import re

from chat.answer import Citation
from chat.formatting import percent
from knowledge.vocabulary import BY_KEY

LABEL_PREFIX = "label:"


def metric_name(metric: str) -> str:
    """How answers name a metric: its vocabulary name, or the printed label it is stored under."""
    return BY_KEY[metric].name if metric in BY_KEY else metric.removeprefix(LABEL_PREFIX)


def when(label: str, word: str = "for", date_word: str = "at") -> str:
    """'for Q3 2007', or 'at September 30, 2007' for a balance-sheet date."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", label or "")
    if m:
        return f"{date_word} {calendar.month_name[int(m.group(2))]} {int(m.group(3))}, {m.group(1)}".strip()
    return f"{word} {label}".strip()


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def sources(citations: list[Citation]) -> str:
    """The source lines printed under an answer's text."""
    return "".join(f"\n  [{c.doc}, line {c.line}] {c.quote}" for c in citations)


def movement(value: float) -> str:
    """'rose 21%', 'fell 7%', 'was unchanged' — a change as people say it."""
    if round(value, 1) == 0:
        return "was unchanged"
    return f"{'rose' if value > 0 else 'fell'} {percent(abs(value))}"


def change_sentence(what: str, value: float, label: str, base_label: str, company: str | None = None) -> str:
    who = f"{company}'s " if company else ""
    return f"{who}{what if who else cap(what)} {movement(value)} {when(label, 'in')} against {when(base_label, '', '')}"


def value_sentence(what: str, label: str, figure_text: str, company: str | None = None) -> str:
    """'Revenue of Acme Widgets, Inc. for Q3 2007: $6.64 million.' — the company and the period
    always named, so an answer read alone says what it is about."""
    of = f" of {company}" if company else ""
    return f"{cap(what)}{of} {when(label)}: {figure_text}."
