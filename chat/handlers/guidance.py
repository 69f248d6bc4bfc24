"""What a release expects of a period to come (basis guidance): a figure's outlook as the range the release
states ("$3.47 billion to $3.52 billion", both ends cited) or its single figure, on the basis it is given
(GAAP or adjusted); and "the outlook" of a company, every figure its latest outlook holds. An outlook is
never answered with an actual figure, nor an actual with an outlook (chat.facts._basis_fits)."""
from __future__ import annotations

import re
from chat import wording
from chat.answer import Answer
from chat.facts import Fact, Facts, Outlook
from chat.handlers.common import label, not_held
from chat.query import Query

ADJUSTED = re.compile(r"\b(?:adjusted|non[\s-]?gaap|core|pro\s+forma)\b", re.I)
END = re.compile(r"\bguidance\s+(low|high)\b", re.I)


def basis_of(fact: Fact) -> str:
    return "non-gaap" if ADJUSTED.search(fact.label) else ""


def outlooks(rows: list[Fact], basis: str | None) -> list[Outlook]:
    """The ranges of the latest release giving the figure's outlook, GAAP first; only those of the basis asked."""
    if not rows:
        return []
    doc = rows[0].doc_id
    kept = [r for r in rows if r.doc_id == doc and (basis is None or basis_of(r) == basis)]
    out = []
    for b in sorted({basis_of(r) for r in kept}):
        group = [r for r in kept if basis_of(r) == b]
        ends = {m.group(1).lower(): r for r in group if (m := END.search(r.label))}
        figures = (ends["low"], ends["high"]) if {"low", "high"} <= set(ends) else (group[0],)
        out.append(Outlook(b, figures))
    return out


def answer(facts: Facts, query: Query) -> Answer:
    """The outlook of one figure for the period asked (or the latest period an outlook gives it for)."""
    key = query.key
    assert key is not None
    metric, rows = facts.rows_for(query, key)
    if rows and query.outlook_basis is None:  # asked plainly: every basis the outlook gives the figure on, not
        rows = facts.facts(query.company.key, metric, query.geo, query.product, key, query.basis) or rows  # one row
    found = outlooks(rows, query.outlook_basis)
    if found:
        return wording.guidance_reply(query, metric, found)
    if rows:  # given, but only on the other basis ("adjusted EBITDA guidance" of a GAAP-only outlook)
        return not_held(facts, query, key, wording.guidance_other_basis(query, outlooks(rows, None)))
    return not_held(facts, query, key, None if facts.other_bases(query, key) else wording.no_guidance(query))


def outlook(facts: Facts, query: Query) -> Answer:
    """'Acme outlook': every figure the company's outlook holds, each for the latest period it is given for; 'Acme
    outlook 2026': those given for that period."""
    company = query.company.key
    listed: list[tuple[str, list[Outlook]]] = []
    for metric, _ in facts.lookup.metrics_held(company):
        held = facts.guidance_held(company, metric)
        if query.key is not None:
            held = [k for k in held if k == query.key]
        if held:
            rows = facts.facts(company, metric, "", "", held[0], "guidance")
            found = outlooks(rows, None)
            if found:
                listed.append((metric, found))
    return wording.outlook_reply(query, listed, label(query, query.key) if query.key else "")
