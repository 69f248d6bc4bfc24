"""How replies are worded: one home for the sentences the engine answers with, so an answer reads
the same wherever it comes from and the TUI never has to parse prose (body and citations are kept
apart in the Answer)."""
from __future__ import annotations

import calendar
import re

from chat.answer import Citation
from chat.formatting import NO_CURRENCY, percent
from knowledge.vocabulary import BY_KEY

LABEL_PREFIX = "label:"


def other_currency_note(code: str) -> str:
    if code == NO_CURRENCY:  # the release never says which
        return "The release does not state its currency, so the figure is given as printed, in no currency."
    return (f"The release reports in {code}, and answers give amounts in US dollars only, so the figure is given as "
            f"printed, in {code}.")


UNSTATED_NOTE = ("The release does not state the unit of these figures (in units, thousands or millions?), so they "
                 "are given as printed.")


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


def value_sentence(what: str, label: str, figure_text: str, company: str | None = None, note: str = "") -> str:
    """'Revenue of Acme Widgets, Inc. for Q3 2007: $6.64 million.' — the company and the period
    always named, so an answer read alone says what it is about; `note` says how a period the
    question did not name was read ('the latest period I hold')."""
    of = f" of {company}" if company else ""
    return f"{cap(what)}{of} {when(label)}{', ' + note if note else ''}: {figure_text}."


def name_list(names: list[str], total: int) -> str:
    """Company names as a list that reads whole: no 'Inc..', and 'and N more' when it is cut short."""
    names = [n.rstrip(".") if n.endswith(".") and i == len(names) - 1 else n for i, n in enumerate(names)]
    if total > len(names):
        return ", ".join(names) + f" and {total - len(names)} more"
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def which_company(names: list[str], total: int) -> str:
    return f"Which company? The store holds releases of {name_list(names, total)}."


def no_releases_of(phrase: str, near: list[str], total: int) -> str:
    """A company the store does not hold: said so, with the closest names it does hold."""
    if not total:
        return f"I hold no releases of {phrase}: the store is empty."
    return f"I hold no releases of {phrase}. The closest names I hold: {name_list(near[:5], len(near[:5]))}."


def unsupported_operation(word: str, what: str) -> str:
    if word.startswith("change in"):
        return (f"I can't compute a {word} of {what}: I add, average and subtract cited figures, one operation at "
                f"a time. Ask for the averages themselves and I'll cite their figures.")
    return (f"I can't compute a {word} of {what}: I add, average and subtract cited figures, and give changes, "
            f"shares of a total and margins. Ask for the figures themselves and I'll cite them.")


IMPLIED = {"latest": "the latest period I hold", "latest_quarter": "the latest quarter I hold",
           "latest_year": "the latest full year I hold", "rel_year": "the latest full year I hold",
           "rel_quarter": "the latest quarter I hold", "this_year": "the year to date of the latest release",
           "ttm": "the trailing twelve months", "year_ago_quarter": "the latest quarter I hold, a year earlier"}


def same_end_sentence(what: str, label: str, figure_text: str) -> str:
    return f" The same release gives {what} {when(label)}: {figure_text}."


OPERATION_NAMES = {"sum": "Sum", "average": "Average", "difference": "Change"}


def arithmetic_sentence(operation: str, what: str, company: str, labels: list[str], formula: str,
                        result: str) -> str:
    """'Average of revenue of Acme for FY 2018 and FY 2019: ($1.2 million + $1.4 million) / 2 = $1.3 million.'"""
    if operation == "difference":
        span = f"from {labels[1]} to {labels[0]}"
        return f"Change in {what} of {company} {span}: {formula} = {result} (computed from the cited figures)."
    listed = " and ".join([", ".join(labels[:-1]), labels[-1]]) if len(labels) > 1 else labels[0]
    return (f"{OPERATION_NAMES[operation]} of {what} of {company} for {listed}: {formula} = {result} "
            f"(computed from the cited figures).")


def one_period_only(what: str) -> str:
    return f"To add, average or subtract {what} I need two periods or more; the question names one."


def mixed_units(what: str) -> str:
    return f"The figures for {what} are printed in different units, so I do not combine them."
