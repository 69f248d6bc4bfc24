"""Tables printed in whole currency units are read as such when the release makes it certain — a caption
stating whole units, or two or more prose amounts equal to cells of their row and period at one scale only —
and otherwise stay of unstated scale (answered only "as printed"). Scale is decided per table. Every
company and figure here is invented."""
from __future__ import annotations

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from parsers.document import parse_text

HEAD = """Quillfeather Marine Inc. Reports Fourth Quarter 2024 Results

ATHENS, February 20, 2025 -- Quillfeather Marine Inc. (NASDAQ: QFMR) today reported results for the fourth
quarter ended December 31, 2024.

{prose}

"""

CAPTIONED = """**Consolidated Statements of Income**

{caption}

|  | Quarters Ended December 31, | |
| --- | --- | --- |
|  | 2023 | 2024 |
| Revenues | 29,417,206 | 26,583,114 |
| Net income | 6,204,371 | 3,861,950 |
"""

BARE = """**Consolidated Statements of Income**

|  | Quarters Ended December 31, | |
| --- | --- | --- |
|  | 2023 | 2024 |
| Revenues | {rev23} | {rev24} |
| Net income | {ni23} | {ni24} |
"""

BALANCE = """**Consolidated Balance Sheets**

|  | December 31, 2023 | December 31, 2024 |
| --- | --- | --- |
| Total assets | 412,605,339 | 449,112,087 |
| Total liabilities | 90,114,530 | 84,302,776 |
"""


def figure(doc, label: str, year: int):
    found = [f for f in doc.figures if f.source == "table" and f.label.lower() == label.lower() and f.period.end.year == year]
    assert found, [(f.label, f.period, f.value) for f in doc.figures]
    return found[0]


def release(body: str, prose: str = "Revenues were up.") -> str:
    return HEAD.format(prose=prose) + body


def test_a_caption_stating_whole_dollars_states_the_scale():
    doc = parse_text("q.md", release(CAPTIONED.format(caption="(Expressed in United States Dollars)")), "markdown")
    revenue = figure(doc, "Revenues", 2024)
    assert revenue.value == 26_583_114 and revenue.scale_stated


def test_a_caption_in_thousands_of_dollars_is_no_whole_units_caption():
    doc = parse_text("q.md", release(CAPTIONED.format(caption="(in thousands of U.S. dollars)")), "markdown")
    revenue = figure(doc, "Revenues", 2024)
    assert revenue.value == 26_583_114_000 and revenue.scale == 1e3


def test_prose_repeating_two_figures_in_millions_proves_whole_dollars():
    prose = "Revenues of $26.6 million compared to $29.4 million. Net income of $3.9 million compared to $6.2 million."
    doc = parse_text("q.md", release(BARE.format(rev23="29,417,206", rev24="26,583,114", ni23="6,204,371",
                                                 ni24="3,861,950"), prose), "markdown")
    revenue = figure(doc, "Revenues", 2024)
    assert revenue.value == 26_583_114 and revenue.scale_stated


def test_a_thousands_table_whose_prose_rounds_is_thousands_never_dollars():
    prose = "Revenues of $26.6 million compared to $29.4 million. Net income of $3.9 million compared to $6.2 million."
    doc = parse_text("q.md", release(BARE.format(rev23="29,417", rev24="26,583", ni23="6,204", ni24="3,862"), prose),
                     "markdown")
    revenue = figure(doc, "Revenues", 2024)
    assert revenue.value == 26_583_000 and revenue.scale == 1e3 and revenue.scale_stated


def test_a_table_with_no_prose_match_stays_unstated():
    prose = "Revenues of $12.1 million compared to $15.0 million, on fewer vessel days."
    doc = parse_text("q.md", release(BARE.format(rev23="29,417,206", rev24="26,583,114", ni23="6,204,371",
                                                 ni24="3,861,950"), prose), "markdown")
    revenue = figure(doc, "Revenues", 2024)
    assert revenue.value == 26_583_114 and not revenue.scale_stated


def test_one_prose_match_is_not_proof():
    prose = "Revenues of $26.6 million in the quarter."
    doc = parse_text("q.md", release(BARE.format(rev23="29,417,206", rev24="26,583,114", ni23="6,204,371",
                                                 ni24="3,861,950"), prose), "markdown")
    assert not figure(doc, "Revenues", 2024).scale_stated


def test_prose_matching_at_two_scales_is_a_conflict_and_stays_unstated():
    # revenue repeated as whole dollars, net income as if the table were in thousands
    prose = ("Revenues of $26.6 million compared to $29.4 million. Net income of $3.9 billion compared to "
             "$6.2 billion.")
    doc = parse_text("q.md", release(BARE.format(rev23="29,417,206", rev24="26,583,114", ni23="6,204",
                                                 ni24="3,862"), prose), "markdown")
    revenue = figure(doc, "Revenues", 2024)
    assert revenue.value == 26_583_114 and not revenue.scale_stated


def test_scale_is_per_table():
    """A whole-dollar statement proven by its prose, and a balance sheet no prose repeats, in one release:
    the balance sheet stays of unstated scale."""
    prose = "Revenues of $26.6 million compared to $29.4 million. Net income of $3.9 million compared to $6.2 million."
    body = BARE.format(rev23="29,417,206", rev24="26,583,114", ni23="6,204,371", ni24="3,861,950") + "\n" + BALANCE
    doc = parse_text("q.md", release(body, prose), "markdown")
    assert figure(doc, "Revenues", 2024).scale_stated
    assets = figure(doc, "Total assets", 2024)
    assert assets.value == 449_112_087 and not assets.scale_stated


def test_a_whole_dollar_figure_is_answered_and_an_unproven_one_is_not(tmp_path):
    proven = tmp_path / "quillfeather_2024q4.md"
    proven.write_text(release(CAPTIONED.format(caption="(Expressed in United States Dollars)")))
    bare = tmp_path / "larkspur_2024q4.md"
    bare.write_text(release(BARE.format(rev23="29,417,206", rev24="26,583,114", ni23="6,204,371", ni24="3,861,950"))
                    .replace("Quillfeather Marine", "Larkspur Shipping").replace("QFMR", "LKSP"))
    db = tmp_path / "s.duckdb"
    con = connect(db)
    ingest(con, [proven, bare])
    con.close()
    eng = Engine(db)
    try:
        answer, _ = eng.ask("Quillfeather Marine revenue Q4 2024", Context())
        assert answer.status == "answered" and answer.value == 26_583_114, answer.text
        answer, _ = eng.ask("Larkspur Shipping revenue Q4 2024", Context())
        assert answer.kind == "unstated" and answer.status == "abstained", answer.text
    finally:
        eng.close()


def test_an_excerpts_caption_elsewhere_never_rescales_a_table_stating_whole_dollars():
    """apply_stated_scale gives an excerpt's one table the scale its text states apart from it ('in
    thousands' in a note): never to a table whose own caption states whole dollars."""
    text = ("Selected data of the segment (in thousands) are discussed below.\n\n"
            + CAPTIONED.format(caption="(in U.S. dollars)"))
    doc = parse_text("excerpt.md", text, "markdown", period_hint="Q4 2024", excerpt=True)
    revenue = figure(doc, "Revenues", 2024)
    assert revenue.value == 26_583_114 and revenue.scale_stated
