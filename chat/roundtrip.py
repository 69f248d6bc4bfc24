"""Round trip: every stored fact of a canonical metric asked back through the engine.

A release is stored alone in a temporary store (as `ingest` would store it), and each figure of a
vocabulary metric — as reported (GAAP), company total — is asked as "<company> <metric name>
<period label>". It comes back right when the answer carries its value, or asks which is meant
where the store really holds two values for it. What fails is a question the product cannot
answer from its own store: a period label it cannot read back, a metric name it takes for another,
a figure hidden behind another. Lives in chat/ because the engine does (knowledge/ cannot import it).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from chat.engine import Engine
from knowledge.check import RoundTrip
from knowledge.store import Prepared, connect, prepare, sha256_of, write_batch
from knowledge.vocabulary import BY_KEY
from parsers.model import Document


STAND_IN = "Unnamed Issuer Inc."


AS_PRINTED = ("other currency", "unstated")  # the engine's abstentions that still give the stored figure


def questions(prepared: Prepared) -> dict[str, list[float]]:
    """Each question the store should answer, with the values it holds for it (a figure the release's own
    arithmetic or prose contradicts is not one: the engine withholds it)."""
    facts = prepared.facts
    company = prepared.doc.get("company") or ""
    out: dict[str, list[float]] = {}
    for i, metric in enumerate(facts["metric"]):
        if metric == "other" or metric not in BY_KEY or facts["basis"][i] or facts["geo"][i] or facts["product"][i] \
                or facts["segment"][i] or facts["value"][i] is None or facts["doubt"][i]:
            continue  # a doubted figure (knowledge/doubts.py) is withheld by design: not asked back
        if BY_KEY[metric].defined_basis and facts["source"][i] != "table":
            continue
        q = " ".join(f"{company} {BY_KEY[metric].name} {facts['period_label'][i]}".split())
        values = out.setdefault(q, [])
        if not any(_same(facts["value"][i], v) for v in values):
            values.append(facts["value"][i])
    return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


def round_trip(doc: Document, prepared: Prepared | None = None) -> RoundTrip:
    """Ask the release's own facts back of a store that holds only it."""
    # A release that never names its issuer is stored as a user would store it (ingest --company),
    # so the round trip measures the facts and the engine; identity is scored on its own.
    name = None if doc.company else STAND_IN
    prepared = prepared or prepare(doc, sha256_of(doc.text.encode("utf-8", "surrogatepass")), doc.name, company=name)
    asked = questions(prepared)
    result = RoundTrip()
    if not asked:
        return result
    with tempfile.TemporaryDirectory(prefix="filings-roundtrip-") as tmp:
        db = Path(tmp) / "release.duckdb"
        con = connect(db)
        try:
            write_batch(con, [prepared])
        finally:
            con.close()
        engine = Engine(db)
        try:
            for question, values in asked.items():
                result.asked += 1
                answer, _ = engine.ask(question)
                if answer.status == "clarify" and len(values) > 1:
                    result.right += 1
                elif answer.status == "answered" and answer.value is not None \
                        and any(_same(answer.value, v) for v in values):
                    result.right += 1
                elif answer.kind in AS_PRINTED and answer.printed is not None \
                        and any(_same(answer.printed, v) for v in values):
                    result.right += 1  # given as printed: in another currency, none stated, or of unstated scale
                else:
                    got = f"{answer.value:,.2f}" if answer.value is not None else answer.text.split("\n")[0][:80]
                    held = ", ".join(f"{v:,.2f}" for v in values[:3])
                    result.failures.append(f"{question!r}: {answer.status} {got} (stored {held})")
        finally:
            engine.close()
    return result
