"""Amounts of a change and parts of a total in sentences (issue 19's prose).

A change said with its amount ("a decrease of $10.2 million", "increasing by +$12.1 million", "a $1.4 million
increase from $15.6 million") is a fact of the term's change for the sentence's period, signed as a change of the
figure (a decrease, or a loss that grew, is negative) and kept apart from the level: it never answers the figure
itself. A total said to be made of parts ("expenses totaled $21.2 million and were comprised of $11.7 million of
interest expense, $4.3 million of base management fees, ...") gives each part as a fact of its own printed words and
the total's period: a question naming those words gets it, a question about a metric of the vocabulary never does.
Printed subjects a list of amounts pairs "respectively" ("Voyage expenses and vessels' operating expenses ... were $X
and $Y, respectively, compared to $Z and $W, respectively, for ...") are read in order the same way. Left unread: a
change printed without the scale of the figure it changes, a change after a subject of its own, parts of a total not
read, parts named in capitals, a part's part in parentheses, a list of subjects that does not split into as many
subjects as amounts. The company is invented; the sentences take the shapes of issue 19's examples."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from chat.engine import Engine
from knowledge.check_prose import score_prose, stated_changes
from parsers.document import parse_text
from parsers.periods import Period
from tests.built_releases import engine_over

HEAD = """Harrowgate Capital Corp. Reports Fourth Quarter 2024 Results

DENVER, Colorado, February 12, 2025 -- Harrowgate Capital Corp. (NYSE: HRGC) today reported results for the fourth quarter ended December 31, 2024.

"""
SENTENCES = [
    # changes
    "Total consolidated assets as of December 31, 2024 were $353.7 million, a decrease of $10.2 million, or 2.8%, "
    "from $363.9 million at December 31, 2023.",
    "Revenues for the fourth quarter of 2024 were $120.3 million, increasing by +$12.1 million or +11% versus the "
    "same period last year.",
    "Depreciation for the twelve months ended December 31, 2024 was $17.0 million, a $1.4 million increase from "
    "$15.6 million for the same period of last year.",
    "Net loss for the fourth quarter of 2024 was $0.2 million, an improvement of $0.7 million compared to the prior "
    "year quarter's net loss of $0.9 million.",
    "Operating expenses for the fourth quarter of 2024 were $50.1 million, which decreased $8.7 million compared to "
    "the prior year.",
    # near misses of changes
    "Gross profit for the fourth quarter of 2024 was $4.7 million, a $0.6 decrease from $5.3 million in the prior "
    "year.",  # the change printed without its scale: unread
    "During the twelve months ended December 31, 2024, certificates of deposit increased by $6.8 million, money "
    "market accounts increased by $1.4 million.",  # the second is its own subject's change, never the first's
    # changes a cause lists: each its own words' change, for the period of the change before the cause
    "Net sales decreased $3.2 million, or 6.6%, to $45.1 million in the fourth quarter of 2024 compared to $48.3 "
    "million in the fourth quarter of 2023 primarily due to a decrease of $2.0 million in parts sales and a $0.9 "
    "million increase in service fees.",
    "Interest income increased $4.4 million, or 9.1%, to $52.6 million in the fourth quarter of 2024 compared to "
    "$48.2 million in the fourth quarter of 2023 primarily due to an increase of $3.1 million in loan interest, "
    "partially offset by a $0.6 million decrease in securities interest and higher costs of $0.5 million.",
    # (the last change's direction is no word of its own: "higher costs of": unread)
    "Noninterest expense increased $2.3 million to $31.2 million in the fourth quarter of 2024 from $28.9 million in "
    "the fourth quarter of 2023, partially offset by a decrease of $0.7 million in occupancy expense.",
    "The allowance for credit losses on loans increased by $95 thousand from December 31, 2023 to December 31, "
    "2024.",  # the allowance's change, never the loans'
    "The decrease was due primarily to a decrease of $10.4 million in the net loan portfolio.",  # no change read
    # before the cause in its sentence: of which period is not said
    # parts of a total
    "For the three months ended December 31, 2024, expenses totaled $21.2 million and were comprised of $11.7 "
    "million of debt related interest and expenses, $4.3 million of base management fees, $2.8 million of "
    "incentive fees and $0.7 million of provision for excise taxes.",
    "As of December 31, 2024, our portfolio totaled $1,298.1 million and consisted of $575.0 million or 44% of first "
    "lien secured debt, $124.8 million or 10% of U.S. Government Securities, $206.1 million or 16% of subordinated "
    "debt (including $132.2 million or 10% in the joint venture) and $342.2 million or 26% of preferred and common "
    "equity.",
    # printed subjects "respectively" pairs with, in order, and compared with the list after them
    "Voyage expenses and vessels' operating expenses for the twelve months ended December 31, 2024 were $52.0 "
    "million and $26.4 million, respectively, compared to $62.5 million and $25.6 million, respectively, for the "
    "twelve months ended December 31, 2023.",
    "For the fourth quarter of 2024, research and development and sales and marketing expenses were $5.1 million "
    "and $3.3 million, respectively.",  # four pieces against two amounts: whose is which is a guess
    # near miss of parts: the total is not read (no period of its own), so neither are its parts
    "Capital deployed was comprised of $30.5 million of senior loans and $12.5 million of equity co-investments.",
    # parts an amount is said to include: its own words' figures and the total's period, never the metric they name
    "Revenues for the twelve months ended December 31, 2024 were $410.5 million, including $5.0 million of revenue "
    "from acquisitions.",
    "Operating expenses for the twelve months ended December 31, 2024 were $61.3 million, which included $2.6 million "
    "of severance costs and $1.1 million of legal fees.",
    # near misses: the amount right before "including" is the compared one (of which period?), a part in capitals,
    # a part's words that go on into a period
    "Net income for the fourth quarter of 2024 was $9.4 million, compared to $7.7 million for the fourth quarter of "
    "2023, including $0.8 million of tax benefits.",
    "Gross profit for the twelve months ended December 31, 2024 was $30.1 million, including $1.9 million of Harbor "
    "Products sales.",
]
RELEASE = HEAD + "\n\n".join(SENTENCES) + "\n"
Q24, FY24, B24 = Period(date(2024, 12, 31), 3), Period(date(2024, 12, 31), 12), Period(date(2024, 12, 31), 0)


@pytest.fixture(scope="module")
def doc():
    return parse_text("harrowgate_q4_2024.txt", RELEASE)


def _found(doc, label: str) -> list[tuple[float, Period, str, bool]]:
    return [(round(f.value), f.period, f.qualifier, f.printed_term) for f in doc.figures
            if f.source == "narrative" and f.label == label]


@pytest.mark.parametrize("label,value,period", [
    ("Total consolidated assets (change)", -10_200_000, B24),
    ("Revenues (change)", 12_100_000, Q24),
    ("Depreciation (change)", 1_400_000, FY24),
    ("Net loss (change)", 700_000, Q24),  # a loss that improved: the figure rose
    ("Operating expenses (change)", -8_700_000, Q24),
])
def test_a_stated_change_is_a_signed_change_of_the_term_and_period(doc, label, value, period) -> None:
    assert _found(doc, label) == [(value, period, "change", False)]


def test_the_levels_beside_a_change_keep_their_own_values(doc) -> None:
    assert (120_300_000, Q24, "", False) in _found(doc, "Revenues")
    assert (17_000_000, FY24, "", False) in _found(doc, "Depreciation")
    assert (15_600_000, Period(date(2023, 12, 31), 12), "", False) in _found(doc, "Depreciation")


def test_a_change_without_its_scale_and_another_subjects_change_stay_unread(doc) -> None:
    assert not _found(doc, "Gross profit (change)")
    assert all(round(f.value) != 600 for f in doc.figures)
    assert _found(doc, "certificates of deposit (change)") == [(6_800_000, FY24, "change", True)]
    assert _found(doc, "money market accounts (change)") == [(1_400_000, FY24, "change", True)]  # its own subject's
    assert all(round(abs(f.value)) != 1_400_000 or f.label.startswith(("Depreciation", "money market")) for f in doc.figures)


def test_the_changes_a_cause_lists_are_their_own_words_changes_of_the_changed_figures_period(doc) -> None:
    assert _found(doc, "parts sales (change)") == [(-2_000_000, Q24, "change", True)]
    assert _found(doc, "service fees (change)") == [(900_000, Q24, "change", True)]
    assert _found(doc, "Net sales (change)") == [(-3_200_000, Q24, "change", False)]
    assert _found(doc, "loan interest (change)") == [(3_100_000, Q24, "change", True)]
    assert _found(doc, "securities interest (change)") == [(-600_000, Q24, "change", True)]  # offset by a decrease
    assert all(round(abs(f.value)) != 500_000 for f in doc.figures)  # "higher costs of $0.5 million": unread
    assert _found(doc, "occupancy expense (change)") == [(-700_000, Q24, "change", True)]  # offset by, no "due to"
    assert all(round(abs(f.value)) != 10_400_000 for f in doc.figures)
    assert all(round(abs(f.value)) != 95_000 for f in doc.figures)


def test_printed_subjects_a_list_pairs_respectively_are_read_in_order_with_the_list_compared(doc) -> None:
    fy23 = Period(date(2023, 12, 31), 12)
    assert _found(doc, "voyage expenses") == [(52_000_000, FY24, "", True), (62_500_000, fy23, "", True)]
    assert _found(doc, "vessels' operating expenses") == [(26_400_000, FY24, "", True), (25_600_000, fy23, "", True)]
    values = {round(f.value) for f in doc.figures}
    assert 5_100_000 not in values and 3_300_000 not in values


@pytest.mark.parametrize("label,value,period", [
    ("debt related interest and expenses", 11_700_000, Q24),
    ("base management fees", 4_300_000, Q24),
    ("incentive fees", 2_800_000, Q24),
    ("provision for excise taxes", 700_000, Q24),
    ("first lien secured debt", 575_000_000, B24),
    ("subordinated debt", 206_100_000, B24),
    ("preferred and common equity", 342_200_000, B24),
    ("revenue from acquisitions", 5_000_000, FY24),
    ("severance costs", 2_600_000, FY24),
    ("legal fees", 1_100_000, FY24),
])
def test_each_part_of_a_total_is_its_printed_words_and_the_totals_period(doc, label, value, period) -> None:
    assert _found(doc, label) == [(value, period, "", True)]


def test_parts_named_in_capitals_a_parts_part_and_parts_of_an_unread_total_stay_unread(doc) -> None:
    values = {round(f.value) for f in doc.figures}
    assert 124_800_000 not in values and 132_200_000 not in values  # "U.S. Government Securities", "(including ...)"
    assert 30_500_000 not in values and 12_500_000 not in values
    assert 800_000 not in values and 1_900_000 not in values  # "compared to $7.7 million, including", "Harbor Products"
    assert not _found(doc, "revenue") and not _found(doc, "Revenue")  # a part named by a metric stays a part


def test_the_check_counts_the_parts_and_changes_read(doc) -> None:
    unread = score_prose(doc).unread
    lines = doc.lines
    said = {lines[int(u.split(":")[0].split()[1]) - 1][:30] + " " + u.split(": ")[1] for u in unread}
    assert not any("$4.3 million" in s or "$12.1 million" in s or "$1.4 million" in s and "Depreciation" in s
                   for s in said)


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Iterator[Engine]:
    with engine_over(tmp_path_factory.mktemp("parts"), {"harrowgate_q4_2024.txt": RELEASE}) as e:
        yield e


@pytest.mark.parametrize("question,expected", [
    ("Harrowgate base management fees Q4 2024", 4_300_000),
    ("Harrowgate incentive fees Q4 2024", 2_800_000),
    ("Harrowgate first lien secured debt at December 31, 2024", 575_000_000),
    ("Harrowgate revenue Q4 2024", 120_300_000),
    ("Harrowgate depreciation FY 2024", 17_000_000),
    ("Harrowgate voyage expenses FY 2024", 52_000_000),
    ("Harrowgate voyage expenses FY 2023", 62_500_000),
    ("Harrowgate revenue from acquisitions FY 2024", 5_000_000),
    ("Harrowgate severance costs FY 2024", 2_600_000),
    ("Harrowgate revenue FY 2024", 410_500_000),
])
def test_a_question_naming_the_words_gets_the_figure(engine, question, expected) -> None:
    a = engine.ask(question)[0]
    assert a.status == "answered" and round(a.value) == expected


PARTS_AND_CHANGES = {11_700_000, 4_300_000, 2_800_000, 700_000, 575_000_000, 206_100_000, 342_200_000, 10_200_000,
                     12_100_000, 1_400_000, 8_700_000, 3_200_000, 2_000_000, 900_000, 52_000_000, 26_400_000,
                     62_500_000, 25_600_000, 5_000_000, 2_600_000, 1_100_000, 3_100_000, 600_000, 4_400_000, 2_300_000}


@pytest.mark.parametrize("question", [
    "Harrowgate total expenses Q4 2024", "Harrowgate expenses Q4 2024", "Harrowgate interest expense Q4 2024",
    "Harrowgate total debt at December 31, 2024", "Harrowgate equity at December 31, 2024",
    "Harrowgate income tax Q4 2024", "Harrowgate net income Q4 2024", "Harrowgate operating expenses Q4 2024",
    "Harrowgate total assets at December 31, 2024", "Harrowgate change in revenue Q4 2024",
    "By how much did Harrowgate's operating expenses change in Q4 2024?", "Harrowgate revenue growth Q4 2024",
    "Harrowgate net sales Q4 2024", "Harrowgate sales Q4 2024", "Harrowgate change in net sales Q4 2024",
    "Harrowgate fees Q4 2024", "Harrowgate loans at December 31, 2024", "Harrowgate operating expenses FY 2024",
    "Harrowgate total expenses FY 2024", "Harrowgate expenses FY 2023", "Harrowgate revenue FY 2024",
    "Harrowgate total revenue FY 2024", "Harrowgate acquisitions FY 2024", "Harrowgate legal expenses FY 2024",
    "Harrowgate interest income Q4 2024", "Harrowgate change in interest income Q4 2024",
    "Harrowgate net interest income Q4 2024", "Harrowgate occupancy expense Q4 2024",
    "Harrowgate noninterest expense Q4 2024",
])
def test_a_part_or_a_change_never_answers_the_metric(engine, question) -> None:
    a = engine.ask(question)[0]
    assert a.status != "answered" or abs(round(a.value or 0)) not in PARTS_AND_CHANGES


def _stated_change_release(change: str) -> str:
    return HEAD + (f"Total deposits increased ${change} million, or 0.8%, to $212.4 million at December 31, 2024 from "
                   "$210.7 million at December 31, 2023.\n\nRevenues for the fourth quarter of 2024 were $40.2 million, a "
                   "decrease of $1.5 million from $41.7 million for the fourth quarter of 2023.\n")


def test_a_stated_change_agrees_with_the_change_of_its_two_levels_sign_and_all() -> None:
    assert stated_changes(parse_text("harrowgate_q4_2024.txt", _stated_change_release("1.7"))) == []
    said = stated_changes(parse_text("harrowgate_q4_2024.txt", _stated_change_release("2.7")))
    assert [s for s, _ in said] and "Total deposits (change)" in said[0][0]  # 212.4 - 210.7 is 1.7, never 2.7


def test_a_stated_change_its_own_sentences_levels_bear_out_is_read_right_where_the_statement_prints_a_level_otherwise() -> None:
    """The results paragraph says $2.3M against $2.0M and "The $0.3 million increase"; the statement prints the
    year-ago quarter as 1,260,971. The change is read as printed, the difference of the levels its own sentence gives:
    the disagreement is the release's, between two of its lines, not a misreading of the change (the property took
    the statement's pair of levels alone and listed it)."""
    text = HEAD + ("Interest income for the fourth quarter of 2024 was $2.3 million, compared to $2.0 million for the "
                   "fourth quarter of 2023. The $0.3 million increase is mainly attributed to higher deposits.\n\n"
                   "CONSOLIDATED STATEMENTS OF OPERATIONS (in U.S. dollars)\n\n"
                   "| | Three months ended December 31, 2024 | Three months ended December 31, 2023 |\n| --- | --- | --- |\n"
                   "| Interest income | 2,268,975 | 1,260,971 |\n| Net income | 5,100,000 | 4,200,000 |\n")
    doc = parse_text("harrowgate_q4_2024.txt", text)
    assert [round(f.value) for f in doc.figures if f.label.endswith("(change)")] == [300_000]
    assert stated_changes(doc) == []


@pytest.mark.slow
def test_every_stated_change_of_the_dev_releases_agrees_with_its_two_levels() -> None:
    from benchmarks.split import split
    from conftest import SHARED
    from knowledge.check import check_release
    from knowledge.ingest import release_files
    if not (SHARED / "corpus" / "wire").is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    sources = [SHARED / "seeds", SHARED / "corpus" / "releases", SHARED / "corpus" / "full"]
    found = []
    for path in list(release_files([p for p in sources if p.is_dir()])) + split()[0]:
        _, doc = check_release(path)
        found += [f"{path.name}: {said}" for said, _ in stated_changes(doc)] if doc is not None else []
    assert found == []


def test_a_printed_subject_that_names_a_change_or_a_rate_is_no_level() -> None:
    """"Loan growth for 2024 was $48 million" is a change, "the notional amount of interest rate swaps" a rate's
    instrument: the words no printed subject holds were shadowed by another list of the same name and never refused."""
    doc = parse_text("harrowgate_q4_2024.txt", HEAD + "Loan growth for the year ended December 31, 2024 was $48 million.\n\n"
                     "As of December 31, 2024, the notional amount of interest rate swaps was $75 million.\n\n"
                     "As of December 31, 2024, outstanding borrowings under the credit facility were $61.5 million.\n")
    labels = {f.label: round(f.value) for f in doc.figures if f.source == "narrative"}
    assert labels == {"outstanding borrowings under the credit facility": 61_500_000}


def test_each_clause_of_its_own_subject_after_another_amount_is_that_subjects_change() -> None:
    doc = parse_text("harrowgate_q4_2024.txt", HEAD + "During the twelve months ended December 31, 2024, certificates of "
                     "deposit increased by $6.1 million, money market accounts increased by $2.3 million and savings "
                     "accounts decreased by $0.9 million.\n\nFor the fourth quarter of 2024, gross rental receipts were $3.5 "
                     "million, and it increased by $0.4 million.\n")
    found = {f.label: (round(f.value), f.period) for f in doc.figures if f.source == "narrative"}
    assert found["certificates of deposit (change)"] == (6_100_000, FY24)
    assert found["money market accounts (change)"] == (2_300_000, FY24)
    assert found["savings accounts (change)"] == (-900_000, FY24)
    assert all(round(abs(f.value)) != 400_000 for f in doc.figures)  # "it": no subject of its own
