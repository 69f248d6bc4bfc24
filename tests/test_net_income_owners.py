"""Net income is the company's own (issue 19): where a statement prints the consolidated net income and
the net income attributable to the company (its name, its shareholders, the parent), "net income" answers
the attributable figure and "consolidated net income" the consolidated one; the noncontrolling interests'
row is never net income; "attributable to common shareholders" (after preferred dividends) is EPS's
numerator, asked for by its own words. Every company and figure here is invented."""
from __future__ import annotations

import pytest

from chat.engine import Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from tests.built_releases import engine_over

HEAD = """{name} Reports Fourth Quarter 2024 Results

DENVER, February 12, 2025 -- {name} ({exchange}: {ticker}) today reported results for the fourth quarter ended December 31, 2024.

CONSOLIDATED STATEMENTS OF INCOME
(in thousands, except per share data)

                                                                Three Months Ended
                                                                   December 31,
                                                                  2024        2023
Revenue                                                         $ 41,000    $ 38,000
Operating income                                                   7,900       7,100
"""


def _release(name: str, ticker: str, rows: list[tuple[str, str, str]], exchange: str = "NYSE") -> str:
    body = "".join(f"{label:<62}{now:>10}{before:>12}\n" for label, now, before in rows)
    return HEAD.format(name=name, ticker=ticker, exchange=exchange) + body


RELEASES = {
    "quillmark": _release("Quillmark Widgets, Inc.", "QMWG", [
        ("Net income", "5,400", "4,900"),
        ("Less: Net income attributable to noncontrolling interests", "400", "350"),
        ("Net income attributable to Quillmark Widgets, Inc.", "$ 5,000", "$ 4,550"),
        ("Diluted earnings per share", "$ 0.50", "$ 0.45")]),
    "ostrander": _release("Ostrander plc", "OSTR", [
        ("Net loss", "(2,600)", "(1,900)"),
        ("Net loss attributable to noncontrolling interests", "(100)", "(80)"),
        ("Net loss attributable to Ostrander", "$ (2,500)", "$ (1,820)"),
        ("Net loss per share, basic and diluted", "$ (0.25)", "$ (0.18)")], exchange="NASDAQ"),
    "calloway": _release("Calloway Holdings plc", "CLWY", [
        ("Consolidated net income", "3,000", "2,700"),
        ("Net income attributable to noncontrolling interest", "200", "150"),
        ("Net income attributable to Calloway Holdings plc", "2,800", "2,550"),
        ("Preferred stock dividends", "150", "150"),
        ("Net income attributable to common shareholders", "$ 2,650", "$ 2,400"),
        ("Diluted earnings per share", "$ 0.53", "$ 0.48")]),
    "brindle": _release("Brindle Tools Corp.", "BRTC", [
        ("Net income", "$ 1,250", "$ 1,100"),
        ("Diluted earnings per share", "$ 0.25", "$ 0.22")]),
    "dunmore": _release("Dunmore Freight Inc.", "DNMF", [
        ("Consolidated net income", "$ 2,200", "$ 2,050"),
        ("Diluted earnings per share", "$ 0.44", "$ 0.41")]),
    "escott": _release("Escott Energy Inc.", "ESCE", [
        ("Net income", "6,100", "5,800"),
        ("Preferred stock dividends", "300", "300"),
        ("Net income attributable to common stockholders", "$ 5,800", "$ 5,500"),
        ("Diluted earnings per share", "$ 0.58", "$ 0.55")]),
    "fenwick": _release("Fenwick Mills Corp.", "FNWK", [
        ("Net income", "8,800", "8,000"),
        ("Net income attributable to noncontrolling interests", "(600)", "(500)"),
        ("Net income attributable to shareholders", "$ 8,200", "$ 7,500"),
        ("Diluted earnings per share", "$ 0.82", "$ 0.75")]),
    "galloway": _release("Galloway Gaming Inc.", "GLWG", [  # no EPS printed; a minority holds part of the business
        ("Net income", "9,000", "8,400"),
        ("Less: net income attributable to noncontrolling interests", "4,200", "3,900"),
        ("Net income attributable to Galloway Gaming Inc.", "$ 4,800", "$ 4,500"),
        ("Diluted weighted average shares outstanding", "60,000", "60,000")]),
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    files = {f"{key}_q4_2024.txt": text for key, text in RELEASES.items()}
    with engine_over(tmp_path_factory.mktemp("owners"), files) as e:
        yield e


def value(engine: Engine, question: str) -> float | None:
    a = engine.ask(question)[0]
    return a.value if a.status == "answered" else None


@pytest.mark.parametrize("question,expected", [
    ("Quillmark net income Q4 2024", 5_000_000),  # attributable to the issuer, not the consolidated 5,400
    ("Quillmark net income Q4 2023", 4_550_000),
    ("Quillmark consolidated net income Q4 2024", 5_400_000),
    ("Ostrander net loss Q4 2024", -2_500_000),
    ("Ostrander consolidated net loss Q4 2024", -2_600_000),
    ("Calloway net income Q4 2024", 2_800_000),  # the company's, not the consolidated nor common's
    ("Calloway consolidated net income Q4 2024", 3_000_000),
    ("Calloway net income attributable to common shareholders Q4 2024", 2_650_000),
    ("Brindle net income Q4 2024", 1_250_000),  # only "Net income": it is the company's
    ("Dunmore net income Q4 2024", 2_200_000),  # only "Consolidated net income": nothing attributed elsewhere
    ("Escott net income Q4 2024", 6_100_000),  # before preferred dividends: the company's
    ("Escott net income attributable to common stockholders Q4 2024", 5_800_000),
    ("Brindle consolidated net income Q4 2024", 1_250_000),  # nothing attributed to others: the same figure
    ("Dunmore consolidated net income Q4 2024", 2_200_000),
    ("Fenwick net income Q4 2024", 8_200_000),
    ("Fenwick consolidated net income Q4 2024", 8_800_000),
])
def test_net_income_is_the_companys_own(engine, question, expected) -> None:
    assert value(engine, question) == expected


def test_how_much_a_company_lost_is_its_own_loss(engine) -> None:
    a = engine.ask("How much did Ostrander lose in Q4 2024?")[0]
    assert a.status == "answered" and abs(a.value) == 2_500_000


@pytest.mark.parametrize("company", ["Quillmark", "Ostrander", "Calloway", "Fenwick"])
def test_the_noncontrolling_interests_row_is_never_net_income(engine, company) -> None:
    a = engine.ask(f"{company} net income Q4 2024")[0]
    assert a.status == "answered" and len({c.line for c in a.citations}) == 1
    assert "noncontrolling" not in a.text.lower()


def test_no_eps_is_worked_out_from_the_share_of_a_company_a_minority_co_owns(engine) -> None:
    """Net income attributable to the company over its diluted shares is no EPS a release would print when
    noncontrolling interests hold the rest (their units may be exchangeable for shares): refused."""
    assert value(engine, "Galloway net income Q4 2024") == 4_800_000
    assert value(engine, "Galloway diluted EPS Q4 2024") is None
    assert value(engine, "Brindle diluted EPS Q4 2024") == 0.25  # printed


def test_net_income_attributable_to_the_company_said_in_full(engine) -> None:
    assert value(engine, "Quillmark net income attributable to Quillmark Q4 2024") == 5_000_000
    assert value(engine, "Fenwick net income attributable to shareholders Q4 2024") == 8_200_000
    assert value(engine, "Calloway net income attributable to the company Q4 2024") == 2_800_000
    assert value(engine, "Quillmark net income attributable to QWI Q4 2024") == 5_000_000  # by its initials


def test_a_sentence_states_the_scale_its_table_does_not(tmp_path) -> None:
    """A statement that prints no scale ('99') and a sentence of the same release giving the figure with
    its scale ('$99 million'): the sentence answers; the table's figure alone is given as printed."""
    text = """Harwick Copper Ltd. Reports Fourth Quarter 2024 Results

TORONTO, February 11, 2025 -- Harwick Copper Ltd. (TSX: HWC) today reported net earnings attributable to shareholders of the Company of $99 million for the three months ended December 31, 2024.

CONSOLIDATED STATEMENTS OF EARNINGS

                                                                Three Months Ended
                                                                   December 31,
                                                                  2024        2023
Sales                                                              1,210       1,105
Net earnings                                                         104         -60
Net earnings attributable to non-controlling interests                 5           3
Net earnings attributable to shareholders of the Company              99         -63
"""
    (path := tmp_path / "harwick_q4_2024.txt").write_text(text)
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [path])
    con.close()
    e = Engine(tmp_path / "s.duckdb")
    try:
        assert value(e, "Harwick net earnings Q4 2024") == 99_000_000
        assert value(e, "Harwick net earnings Q4 2023") is None  # '-63' of unstated scale: given as printed, no figure
    finally:
        e.close()


# Net income attributable to common stockholders printed as the company's own bottom line (no row attributed to the
# company by name): after the noncontrolling interests' share only, it is the company's net income; after preferred
# dividends too it is the common stockholders' (EPS's numerator) and the company's own is not printed.
COMMON_OWNERS = {
    "harwick": [("Net income", "7,300", "6,900"),
                ("Less: Net income attributable to noncontrolling interests", "(300)", "(250)"),
                ("Net income attributable to common stockholders", "$ 7,000", "$ 6,650"),
                ("Diluted earnings per share", "$ 0.70", "$ 0.66")],
    "iverson": [("Net income", "3,900", "3,500"),  # the common stockholders' row first, the minority's after it
                ("Net income attributable to common shareholders", "3,700", "3,350"),
                ("Net income attributable to noncontrolling interests", "200", "150"),
                ("Diluted earnings per share", "$ 0.37", "$ 0.33")],
    "jessop": [("Net income", "4,400", "4,000"),  # nothing held by a minority this time: the same figure
               ("Less: Net income attributable to noncontrolling interests", "—", "—"),
               ("Net income available to common shareholders", "$ 4,400", "$ 4,000"),
               ("Diluted earnings per share", "$ 0.44", "$ 0.40")],
    "kenley": [("Net income", "9,500", "9,000"),  # preferred dividends too: the common row is not the company's
               ("Less: Net income attributable to noncontrolling interests", "(500)", "(450)"),
               ("Less: Preferred stock dividends", "(200)", "(200)"),
               ("Net income available to common shareholders", "$ 8,800", "$ 8,350"),
               ("Diluted earnings per share", "$ 0.88", "$ 0.83")],
    "moreton": [("Net income", "5,600", "5,100"),  # participating securities' earnings too: not the company's own
                ("Less: Net income attributable to noncontrolling interests", "(400)", "(350)"),
                ("Less: Earnings allocated to participating securities", "(100)", "(90)"),
                ("Net income available to common shareholders", "$ 5,100", "$ 4,660"),
                ("Diluted earnings per share", "$ 0.51", "$ 0.47")],
    "lomax": [("Net income", "7,300", "6,900"), ("Net income attributable to:", "", ""),  # owners under a heading
              ("Common stockholders", "$ 7,000", "$ 6,650"), ("Noncontrolling interests", "300", "250"),
              ("Diluted earnings per share", "$ 0.70", "$ 0.66")],
}
NAMES = {"lomax": ("Lomax Rail Inc.", "LMXR"), "moreton": ("Moreton Gas Corp.", "MRGC"), "harwick": ("Harwick Brands Inc.", "HRWB"), "iverson": ("Iverson Labs Corp.", "IVLB"),
         "jessop": ("Jessop Foods Inc.", "JSPF"), "kenley": ("Kenley Power Corp.", "KNLP")}


def _pipe_release(name: str, ticker: str, rows: list[tuple[str, str, str]]) -> str:
    """The same statement as a Markdown pipe table (a wire copy)."""
    head = HEAD.split("CONSOLIDATED")[0].format(name=name, ticker=ticker, exchange="NYSE")
    body = "".join(f"| {label} | {now} | {before} |\n" for label, now, before in
                   [("Revenue", "$ 41,000", "$ 38,000"), ("Operating income", "7,900", "7,100"), *rows])
    return head + ("CONSOLIDATED STATEMENTS OF INCOME\n(in thousands, except per share data)\n\n"
                   "| | Three Months Ended December 31, 2024 | Three Months Ended December 31, 2023 |\n"
                   "|---|---:|---:|\n") + body


@pytest.fixture(scope="module", params=["fixed", "pipe"])
def common_engine(tmp_path_factory, request) -> Engine:
    fixed = request.param == "fixed"
    files = {f"{key}_q4_2024.{'txt' if fixed else 'md'}": (_release if fixed else _pipe_release)(*NAMES[key], rows)
             for key, rows in COMMON_OWNERS.items()}
    with engine_over(tmp_path_factory.mktemp(f"common_{request.param}"), files) as e:
        yield e


@pytest.mark.parametrize("question,expected", [
    ("Harwick net income Q4 2024", 7_000_000),  # the common stockholders' after the minority's share
    ("Harwick net income Q4 2023", 6_650_000),
    ("Harwick consolidated net income Q4 2024", 7_300_000),
    ("Iverson net income Q4 2024", 3_700_000),
    ("Iverson consolidated net income Q4 2024", 3_900_000),
    ("Jessop net income Q4 2024", 4_400_000),
    ("Kenley consolidated net income Q4 2024", 9_500_000),
    ("Lomax net income Q4 2024", 7_000_000),
    ("Lomax consolidated net income Q4 2024", 7_300_000),
])
def test_net_income_to_common_is_the_companys_own_after_the_minority(common_engine, question, expected) -> None:
    assert value(common_engine, question) == expected


def test_net_income_never_answers_the_consolidated_figure_a_minority_shares(common_engine) -> None:
    """After preferred dividends too, the company's own net income is not printed: never the consolidated
    row; the common stockholders' figure, named so, or nothing."""
    a = common_engine.ask("Kenley net income Q4 2024")[0]
    assert a.status == "answered" and a.value == 8_800_000 and "common" in a.text.lower().split("[")[0]
    a = common_engine.ask("Moreton net income Q4 2024")[0]
    assert a.status == "answered" and a.value == 5_100_000 and "common" in a.text.lower().split("[")[0]
    assert value(common_engine, "Moreton consolidated net income Q4 2024") == 5_600_000


@pytest.mark.parametrize("question,expected", [
    ("Harwick net income attributable to common stockholders Q4 2024", 7_000_000),
    ("Kenley net income available to common shareholders Q4 2024", 8_800_000),
    ("Harwick net margin Q4 2024", 100 * 7_000 / 41_000),  # worked out from the company's own
])
def test_the_common_stockholders_figure_is_still_asked_by_its_words(common_engine, question, expected) -> None:
    assert value(common_engine, question) == pytest.approx(expected, abs=1e-3)


RECONCILED = """\

RECONCILIATION OF NET INCOME TO ADJUSTED NET INCOME
(in thousands)

                                                                Three Months Ended
                                                                   December 31,
                                                                  2024        2023
{first:<62}{now:>10}{before:>12}
Restructuring charges                                              1,100         600
Adjusted net income                                             $ {adj:>6}    $ 5,500
"""


def _reconciled(name: str, ticker: str, first: str, now: str, adj: str) -> str:
    return RELEASES["quillmark"].replace("Quillmark Widgets, Inc.", name).replace("QMWG", ticker) \
        + RECONCILED.format(first=first, now=now, before="4,900", adj=adj)


@pytest.fixture(scope="module")
def reconciled_engine(tmp_path_factory) -> Engine:
    files = {  # the reconciliation starts from the consolidated net income (5,400), or from the owners' (5,000)
        "norcott_q4_2024.txt": _reconciled("Norcott Mills, Inc.", "NRCM", "Net income", "5,400", "6,500"),
        "pellam_q4_2024.txt": _reconciled("Pellam Mills, Inc.", "PLMM", "Net income", "5,000", "6,100"),
    }
    with engine_over(tmp_path_factory.mktemp("reconciled"), files) as e:
        yield e


def test_a_reconciliation_from_the_consolidated_figure_is_no_second_net_income(reconciled_engine) -> None:
    """A reconciliation to adjusted net income that starts from the consolidated 'Net income' (the adjusted row makes
    that row the figure as reported, not a reconciling item) was a second net income beside the owners' figure, and
    was answered: it is the consolidated net income, as the statement's row it repeats is."""
    assert value(reconciled_engine, "Norcott net income Q4 2024") == 5_000_000
    assert value(reconciled_engine, "Norcott consolidated net income Q4 2024") == 5_400_000
    # near miss: a reconciliation that starts from the owners' figure repeats net income itself
    assert value(reconciled_engine, "Pellam net income Q4 2024") == 5_000_000
