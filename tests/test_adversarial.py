"""Adversarial questions (tests/batches/adversarial.jsonl): off-topic and garbage follow-ups after
real questions, near-miss metrics, qualified against plain figures, period-kind traps, guidance
against actuals and one release's conflicting figures, over the seeds, the corpus, the complete
releases and the industry releases built for the tests.

Every question gets the right figure, an abstention or a question back: none gets a wrong number.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from chat.batch import Item, check, run, verify_citations
from chat.engine import Engine
from conftest import need_corpus

LINES = [json.loads(l) for l in (Path(__file__).parent / "batches" / "adversarial.jsonl").read_text().splitlines()
         if l.strip()]


def _conversations(lines: list[dict]) -> list[tuple[str, list[dict]]]:
    """Lines grouped by the store they are asked of; a follow-up stays with the line before it."""
    groups: list[tuple[str, list[dict]]] = []
    for line in lines:
        if line.get("followup") and groups:
            groups[-1][1].append(line)
        else:
            groups.append((line.get("store", "all"), [line]))
    return groups


@pytest.fixture(scope="module")
def answers(seed_db, all_db):
    need_corpus()
    engines = {"seeds": Engine(seed_db), "all": Engine(all_db)}
    out = []
    for store, lines in _conversations(LINES):
        items = [Item(str(l["id"]), l["question"], bool(l.get("followup")), l.get("expect")) for l in lines]
        for item, answer in run(engines[store], items):
            out.append((item, answer, check(item, answer) or verify_citations(engines[store], answer)))
    return out


def test_enough_adversarial_questions():
    assert len(LINES) >= 80
    kinds = {l["expect"]["kind"] for l in LINES}
    assert {"value", "abstain", "clarify", "change_pct"} <= kinds


def test_no_question_gets_a_wrong_number(answers):
    wrong = [(i.id, i.question, a.value, why) for i, a, why in answers
             if why and a.status == "answered" and a.value is not None]
    assert wrong == []


def test_abstentions_and_questions_back_give_no_number(answers):
    for item, answer, _ in answers:
        if item.expect and item.expect.get("kind") in ("abstain", "clarify"):
            assert answer.value is None, (item.id, item.question, answer.text[:120])


def test_most_are_answered_right(answers):
    right = sum(1 for *_, why in answers if why is None)
    assert right >= 0.75 * len(answers), f"{right} of {len(answers)}"
