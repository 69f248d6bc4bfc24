"""The acceptance questions and our own regression batches, run through `filings-chat batch`."""
import json
from pathlib import Path

import pytest

from chat.cli import main
from conftest import SHARED, need_corpus

BATCHES = Path(__file__).parent / "batches"


def _run(db, batch, tmp_path, capsys):
    junit = tmp_path / "report.xml"
    code = main(["--db", str(db), "batch", str(batch), "--check", "--out", str(tmp_path / "out.jsonl"),
                 "--junit", str(junit)])
    out = capsys.readouterr().out
    return code, out, [json.loads(l) for l in (tmp_path / "out.jsonl").read_text().splitlines()], junit


def test_acceptance_questions_all_pass(seed_db, tmp_path, capsys):
    seeds = SHARED / "questions" / "seed_questions.jsonl"
    if not seeds.exists():
        pytest.skip("../shared/questions is not beside this checkout")
    code, out, answers, junit = _run(seed_db, seeds, tmp_path, capsys)
    assert out.strip().splitlines()[-1] == f"{len(answers)} passed, 0 failed", out
    assert code == 0
    assert 'failures="0"' in junit.read_text()


def test_seed_regression_batch(seed_db, tmp_path, capsys):
    code, out, answers, _ = _run(seed_db, BATCHES / "seeds_regression.jsonl", tmp_path, capsys)
    assert code == 0, out
    assert len(answers) >= 120


def test_corpus_regression_batch(corpus_db, tmp_path, capsys):
    need_corpus()
    code, out, answers, _ = _run(corpus_db, BATCHES / "corpus_regression.jsonl", tmp_path, capsys)
    assert code == 0, out
    assert len(answers) >= 80


def test_answer_objects_follow_the_contract(seed_db, tmp_path, capsys):
    _, _, answers, _ = _run(seed_db, BATCHES / "seeds_regression.jsonl", tmp_path, capsys)
    fields = {"id", "question", "status", "text", "value", "unit", "company", "metric", "segment", "period",
              "citations", "template", "sql", "confidence", "elapsed_ms"}
    for a in answers:
        assert set(a) == fields
        assert a["status"] in {"answered", "abstained", "clarify"}
        assert 0 <= a["confidence"] <= 100
        if a["status"] == "answered" and a["value"] is not None:
            assert a["citations"] and a["unit"] in {"USD", "USD/share", "shares", "percent", "count"}
        else:
            assert a["value"] is None


def test_a_failing_expectation_fails_the_check(seed_db, tmp_path, capsys):
    batch = tmp_path / "wrong.jsonl"
    batch.write_text(json.dumps({"id": "x", "question": "Q3 2007 revenue",
                                 "expect": {"kind": "value", "value": 1, "unit": "USD"}}) + "\n")
    code, out, _, _ = _run(seed_db, batch, tmp_path, capsys)
    assert code == 1 and out.strip().endswith("0 passed, 1 failed")


def test_broken_line_is_reported_and_the_rest_answered(seed_db, tmp_path, capsys):
    batch = tmp_path / "mixed.jsonl"
    batch.write_text('{"id": "a", "question": "Q3 2007 revenue"}\n{not json\n{"id": "c", "question": "Q3 2006 EPS"}\n')
    code = main(["--db", str(seed_db), "batch", str(batch)])
    lines = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert code == 0
    assert [l["status"] for l in lines] == ["answered", "abstained", "answered"]
    assert "line 2" in lines[1]["text"]


def test_text_batch_uses_line_numbers(seed_db, tmp_path, capsys):
    batch = tmp_path / "q.txt"
    batch.write_text("Q3 2007 revenue\n\ntotal assets 9/30/2007\n")
    main(["--db", str(seed_db), "batch", str(batch)])
    lines = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert [l["id"] for l in lines] == ["1", "3"]
    assert lines[1]["value"] == 31856000
