"""The third set of analyst questions (tests/data/analyst_questions3.jsonl: the release openings of
../shared/corpus/releases and the complete EDGAR releases of ../shared/corpus/full, with the seeds) asked of one
store of them, and the classes of failure they found, each on a release written here."""
from __future__ import annotations

import pytest

from benchmarks.wire_questions import ANALYST3, SHARED, corpus_releases, score_analyst
from chat.engine import Context, Engine
from tests.built_releases import engine_over

RIGHT_FLOOR = 131  # 2026-12-07 07:05: 149 questions, 131 right, 0 wrong, 18 refused (before the fixes: 127 right)


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "corpus" / "releases").is_dir(), reason="../shared/corpus is not beside this checkout")
def test_analyst_questions3_right_or_refused_never_wrong(tmp_path):
    rows = score_analyst(ANALYST3, folder=tmp_path, releases=corpus_releases())
    assert len(rows) >= 120
    wrong = [f"{r.item.id} {r.item.question!r}: {r.reason}" for r in rows if r.verdict == "wrong"]
    assert not wrong, "\n".join(wrong)
    right = sum(r.verdict == "right" for r in rows)
    assert right >= RIGHT_FLOOR, f"{right} right, floor {RIGHT_FLOOR}"


def ask(engine: Engine, *questions: str):
    ctx = Context()
    answer = None
    for q in questions:
        answer, ctx = engine.ask(q, ctx)
    return answer


# -- a sentence's non-GAAP figure is of its metric, on the non-GAAP basis -------------------------------------------
PRO_FORMA = """Exhibit 99.1 Tamsin Valve Works, Inc. Reports Second-Quarter Results

MILWAUKEE--(BUSINESS WIRE)--Feb. 12, 2025--Tamsin Valve Works, Inc. (NASDAQ: TMVW) today reported results for
the second quarter ended December 31, 2024. The company reported net income of $2.4 million, or $0.11 per diluted
share, compared with $1.9 million, or $0.09 per diluted share, for the second quarter a year ago. Excluding the
impact of a litigation charge, the company reported non-GAAP net income of $3.1 million or $0.15 per diluted share
in the second quarter. Non-GAAP (pro forma) operating income for the second quarter, adjusted to eliminate the
effect of stock-based compensation expense, was $4,350,000. Revenue for the quarter was $41.2 million.
"""


@pytest.fixture(scope="module")
def tamsin(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("tamsin"), {"tmvw.txt": PRO_FORMA}) as eng:
        yield eng


@pytest.mark.parametrize("question, value", [
    ("Tamsin non-GAAP net income Q2 FY2025", 3_100_000),
    ("Tamsin adjusted EPS Q2 FY2025", 0.15),
    ("Tamsin non-GAAP operating income Q2 FY2025", 4_350_000),
    ("Tamsin net income Q2 FY2025", 2_400_000),  # the reported figure stays the plain question's
    ("Tamsin diluted EPS Q2 FY2025", 0.11),
    ("Tamsin net income", 2_400_000),
])
def test_a_sentences_non_gaap_figure_is_its_metric_on_that_basis(tamsin, question, value):
    """'Excluding the impact of ..., non-GAAP net income of $3.1 million': the figure was stored as no metric
    (its label 'net income (excluding)' kept the qualifier as a note), so 'non-GAAP net income' was refused —
    'the releases give net income only as reported'. The note is the basis; the metric is net income."""
    a = ask(tamsin, question)
    assert a.status == "answered" and a.value == pytest.approx(value), a.text
