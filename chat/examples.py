"""Example questions built from what the store holds (the chat's F1 help): each is asked of the
engine before it is shown, so only questions it answers are offered."""
from __future__ import annotations

from datetime import date

from chat.safe_text import safe_line

FALLBACK = ["What was revenue in Q3 2007?", "What was net income for the nine months of 2007?",
            "Show the revenue trend"]
METRIC_WORDS = {"revenue": ("was", "revenue"), "net_income": ("was", "net income"),
                "eps": ("was", "earnings per share"), "total_assets": ("were", "total assets")}
MONTHS = {3: "three", 6: "six", 9: "nine", 12: "twelve"}


def period_words(label: str) -> str:
    """A stored period label as a question says it: 'in Q3 2007', 'for the nine months of 2007',
    'at September 30, 2007', 'in fiscal 2007'."""
    parts = label.split()
    if len(parts) == 2 and parts[0].startswith("Q"):
        return f"in {label}"
    if len(parts) == 2 and parts[0].endswith("M") and parts[0][:-1].isdigit():
        return f"for the {MONTHS.get(int(parts[0][:-1]), parts[0][:-1])} months of {parts[1]}"
    if len(parts) == 2 and parts[0] == "FY":
        return f"in fiscal {parts[1]}"
    try:
        d = date.fromisoformat(label)
        return f"at {d:%B} {d.day}, {d.year}"
    except ValueError:
        return f"for {label}"


def examples_from(engine) -> list[str]:
    """Well-formed questions about one company the store really holds, each asked of the engine
    before it is shown: only those it answers are kept (at most six)."""
    if engine is None or not engine.vocab.companies:
        return list(FALLBACK)
    companies = engine.vocab.companies
    many = len(companies) > 1
    for company in companies[:5]:
        rows = [r[:2] for r in engine.con.run("latest_figures", [company.key, list(METRIC_WORDS), 3])]
        if not rows:
            continue
        who = safe_line(company.name.split(",")[0]) + "'s " if many else ""
        candidates = [f"What {METRIC_WORDS[m][0]} {who}{METRIC_WORDS[m][1]} {period_words(p)}?" for m, p in rows]
        quarter = next((p for _, p in rows if p.startswith("Q")), None)
        if quarter:
            candidates.append(f"How much did {who}revenue grow in {quarter}?")
        candidates.append(f"What was {who or 'the '}latest revenue?")
        if quarter:
            candidates.append(f"What do you have for {who.removesuffix(chr(39) + 's ') + ' ' if many else ''}{quarter}?")
        works = [c for c in dict.fromkeys(candidates) if _answered(engine, c)]
        if works:
            return works[:6]
    return list(FALLBACK)


def _answered(engine, question: str) -> bool:
    try:
        return engine.ask(question)[0].status == "answered"
    except Exception:  # an example that cannot be asked is not shown
        return False
