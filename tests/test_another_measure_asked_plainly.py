"""A plain measure non-GAAP by definition asked ("FFO per share") is never answered with a row printed as another
measure ("Core FFO per diluted share", "Normalized FFO per diluted share"), in prose or in a table: the reply says
what the release prints instead. Near misses: the qualified measure asked with its word is answered, and a release
printing the plain row too answers the plain question with it. The companies are invented."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from chat.engine import Engine
from tests.built_releases import engine_over


def _release(name: str, body: str) -> str:
    return (f"{name.upper()} REPORTS 2019 SECOND QUARTER RESULTS\n\n"
            f"SPRINGFIELD, Ohio, August 1, 2019 -- {name} (NYSE: XQRT) today reported results for the\n"
            f"quarter and six months ended June 30, 2019.\n\n{body}\n\n"
            "Net income per diluted share was $0.21 for the second quarter of 2019.\n")


CORE = "Core FFO per diluted share was $0.52 for the second quarter of 2019, compared to $0.49 for the second quarter of 2018."
NORMALIZED = CORE.replace("Core", "Normalized")
BOTH = ("FFO per diluted share was $0.48 for the second quarter of 2019. Core FFO per diluted share was $0.52 for the "
        "second quarter of 2019.")
TABLE = ("RECONCILIATION OF NET INCOME TO CORE FFO\n(in thousands, except per share data)\n\n"
         "| | Three Months Ended June 30, 2019 | Three Months Ended June 30, 2018 |\n|---|---|---|\n"
         "| Net income | $ 7,850 | $ 7,110 |\n| Depreciation and amortization | 12,000 | 11,500 |\n"
         "| Core FFO | $ 19,850 | $ 18,610 |\n| Core FFO per diluted share | $ 0.52 | $ 0.49 |")


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Iterator[Engine]:
    with engine_over(tmp_path_factory.mktemp("plain"), {
            "larkspur.txt": _release("Larkspur Realty Trust", CORE),
            "wrenfield.txt": _release("Wrenfield Property Trust", NORMALIZED),
            "ospreyton.txt": _release("Ospreyton Residential Trust", BOTH),
            "heronsgate.txt": _release("Heronsgate Office Trust", TABLE)}) as e:
        yield e


@pytest.mark.parametrize("company,word", [("Larkspur Realty Trust", "core"), ("Wrenfield Property Trust", "normalized"),
                                          ("Heronsgate Office Trust", "core")])
def test_a_plain_measure_is_never_answered_with_another_measures_row(engine, company, word) -> None:
    a = engine.ask(f"{company} FFO per share Q2 2019")[0]
    assert a.status == "abstained" and a.value is None, a.text
    assert f"print {word} FFO per share" in a.text and "0.52" not in a.text


@pytest.mark.parametrize("question", ["Larkspur Realty Trust how did FFO per share change from Q2 2018 to Q2 2019?",
                                      "Heronsgate Office Trust FFO per share trend"])
def test_a_plain_measures_change_or_trend_is_never_another_measures(engine, question) -> None:
    a = engine.ask(question)[0]
    assert a.status != "answered" and "0.52" not in a.text, a.text
    assert "print core FFO per share" in a.text  # what is printed instead, never "I have FFO per share for ..."


@pytest.mark.parametrize("question,expected", [
    ("Larkspur Realty Trust core FFO per share Q2 2019", 0.52),  # near miss: the qualified measure asked by its word
    ("Heronsgate Office Trust core FFO per share Q2 2019", 0.52),
    ("Ospreyton Residential Trust FFO per share Q2 2019", 0.48),  # near miss: the plain row printed too
    ("Ospreyton Residential Trust core FFO per share Q2 2019", 0.52),
])
def test_the_qualified_measure_asked_or_the_plain_row_printed_is_answered(engine, question, expected) -> None:
    a = engine.ask(question)[0]
    assert a.status == "answered" and a.value == pytest.approx(expected), a.text
