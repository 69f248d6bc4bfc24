"""Question understanding, slot by slot, over 500 questions written from the releases in
../shared and the industry releases built for the tests (tests/understanding/questions.jsonl).

Each line gives a question (and the questions before it, for follow-ups) and the slots it must
be read as: company, metric, qualifier, place, product, period on the company's calendar, intent
and the words no slot explains. The test prints the accuracy of every slot and fails below 98%.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from chat.engine import Context, Engine, query_slots
from conftest import need_corpus
from knowledge.vocabulary import company_key

QUESTIONS = [json.loads(l) for l in (Path(__file__).parent / "understanding" / "questions.jsonl").read_text().splitlines()
             if l.strip()]
SLOTS = ("company", "metric", "qualifier", "geo", "product", "period", "intent", "unknown")
FLOOR = 0.98


def _words(text: str | None) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", (text or "").lower())} - {"and", "of", "the", "&"}


def _month(label: str) -> str:
    """A balance-sheet date as the month it stands for (a 52/53-week year ends on a Saturday)."""
    from datetime import date
    from parsers.periods import effective_month
    y, m = effective_month(date.fromisoformat(label))
    return f"{y}-{m:02d}"


def _equivalent_metric(got: str | None, want: str | None, item: dict) -> bool:
    """A printed label that the vocabulary knows by its canonical name is read as that metric
    ('gross revenues', 'preferred stock dividends'); 'rental revenue' as the revenue of its line."""
    from knowledge.vocabulary import BY_KEY
    if (got or "").startswith("label:") and want == "revenue" and item["expect"].get("product"):
        # 'royalties and other revenue' read as its printed name, where the release prints it so, is the revenue of
        # that line: the same words, the same figure
        return _words(got[6:]) == _words(item["expect"]["product"]) | {"revenue"}
    if not (want or "").startswith("label:") or not got or got not in BY_KEY:
        return False
    printed = want[6:]
    metric = BY_KEY[got]
    if printed in {s.lower() for s in metric.synonyms} or printed.rstrip("s") in {s.lower() for s in metric.synonyms}:
        return True
    return got == "revenue" and printed.endswith("revenue")


def _same(slot: str, got, want, item: dict | None = None) -> bool:
    item = item or {"expect": {"metric": None}}
    if slot == "product":
        return (not want and not got) or (bool(want) and _words(want) <= _words(got)) or (
            not want and item["expect"]["metric"] and item["expect"]["metric"].startswith("label:")
            and _words(got) <= _words(item["expect"]["metric"][6:]))  # "rental revenue": revenue of its line
    if slot == "unknown":
        return bool(got) == bool(want)  # a word left unexplained, or none: which words is the reply's business
    if slot == "period" and isinstance(want, str) and isinstance(got, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", want):
        return re.fullmatch(r"\d{4}-\d\d-\d\d", got) is not None and _month(got) == _month(want)
    if slot == "intent" and {got, want} == {"change", "compare"}:
        return True  # two periods side by side and the change between them: the same answer
    if slot == "metric" and want == "eps" and got in ("eps", "eps_diluted"):
        return True
    if slot == "company":
        return company_key(got) == company_key(want)  # the same company, however its name is cased
    return got == want


def _understood(engine: Engine, item: dict) -> dict:
    ctx = Context()
    for before in item.get("after", []):
        _, ctx = query_slots(engine, before, ctx)
    got, _ = query_slots(engine, item["question"], ctx)
    return got


def test_slot_accuracy(seed_db, all_db, capsys):
    need_corpus()
    engines = {"seeds": Engine(seed_db), "all": Engine(all_db)}
    right, wrong = Counter(), {s: [] for s in SLOTS}
    for item in QUESTIONS:
        got = _understood(engines[item["store"]], item)
        for slot in SLOTS:
            want = item["expect"].get(slot)
            if slot in ("company", "metric", "period", "product", "geo") and item["expect"]["intent"] in ("offtopic", "help"):
                continue  # nothing is looked up for off-topic text: its other slots do not matter
            if slot == "metric" and item["expect"].get("unknown") and got.get("unknown"):
                right[slot] += 1  # a word no slot explains: no figure is looked up, whatever the metric
                continue
            if _same(slot, got.get(slot), want, item) or (slot == "metric" and _equivalent_metric(got.get(slot), want, item)):
                right[slot] += 1
            else:
                wrong[slot].append((item["id"], item["question"], got.get(slot), want))
    lines = []
    for slot in SLOTS:
        total = right[slot] + len(wrong[slot])
        lines.append(f"{slot:<10} {right[slot]:>4}/{total:<4} {right[slot] / total:6.1%}")
    with capsys.disabled():
        print("\nslot accuracy over", len(QUESTIONS), "questions\n" + "\n".join(lines))
    worst = {s: w[:8] for s, w in wrong.items() if w}
    for slot in SLOTS:
        total = right[slot] + len(wrong[slot])
        assert right[slot] / total >= FLOOR, f"{slot}: {right[slot]}/{total}; e.g. {worst.get(slot)}"
