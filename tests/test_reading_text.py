"""Text read as a reader sees it (issue 18): minus signs in every form, invisible characters,
non-breaking spaces, Unicode forms, encodings, and company names spelled with look-alike letters.

Every release here is written by the test; each finding is checked on the figure the engine answers
or on what the parser reads and the store keeps."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from chat.engine import Context, Engine
from knowledge.ingest import ingest
from knowledge.store import connect
from parsers.document import parse_text
from parsers.loading import decode, loaded_from_bytes
from parsers.model import ParseError
from parsers.text_normal import normalize_text


def release(loss: str = "(313)", eps: str = "$ (0.03)", revenue: str = "$ 4,980", prose: str = "",
            company: str = "Northwind Devices, Inc.", ticker: str = "NWDV", other: str = "12") -> str:
    """A plain-text release with a fixed-width statement (a company no corpus holds)."""
    return f"""{company} Reports Third Quarter 2007 Results

BOSTON, Oct. 25, 2007 -- {company} (NASDAQ: {ticker}) today reported results for the third quarter
ended September 30, 2007. Year-over-year comparisons cover 2006–2007.{prose}

                    {company.upper()}
               CONDENSED STATEMENTS OF OPERATIONS
           (in thousands, except per share amounts)

                                          Three Months Ended
                                             September 30,
                                          2007          2006
Revenue                                {revenue:>9}     $ 4,090
Cost of revenue                           2,100         1,900
Other income                            {other:>7}            —
Operating expenses                        3,193         2,950
Net loss                                  {loss:>7}        (760)
Net loss per share, basic and diluted  {eps:>9}     $ (0.08)
Weighted average shares outstanding      10,000         9,500
"""


def parsed(text: str | bytes, name: str = "r.txt"):
    data = text.encode("utf-8") if isinstance(text, str) else text
    loaded = loaded_from_bytes(data, name, Path(name).suffix)
    return parse_text(name, loaded.text, loaded.format, loaded.tables, loaded.header)


def figures(doc, label_word: str, year: int = 2007) -> set[float]:
    """The values of the rows whose label starts with label_word, for the year."""
    return {f.value for f in doc.figures if f.label.lower().startswith(label_word) and f.period.end.year == year}


def ingest_files(tmp_path: Path, files: dict[str, str | bytes], folder: str = "releases"):
    """The files written to a folder and ingested into the test's store; the ingest report."""
    where = tmp_path / folder
    where.mkdir()
    for name, text in files.items():
        (where / name).write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    con = connect(tmp_path / "s.duckdb")
    report = ingest(con, [where])
    con.close()
    assert not report.failures, report.failures
    return report


def engine_for(tmp_path: Path, files: dict[str, str | bytes]) -> tuple[Engine, object]:
    report = ingest_files(tmp_path, files)
    return Engine(tmp_path / "s.duckdb"), report


def ask(engine: Engine, question: str):
    answer, _ = engine.ask(question, Context())
    return answer


# -- 1. minus signs ---------------------------------------------------------------------------------

MINUSES = {"hyphen-minus": "-", "minus sign U+2212": "\u2212", "en dash": "\u2013", "figure dash": "\u2012",
           "full-width hyphen-minus": "\uff0d"}


@pytest.mark.parametrize("minus", MINUSES.values(), ids=MINUSES.keys())
def test_a_minus_in_a_plain_text_statement_is_a_loss(minus):
    doc = parsed(release(loss=f"{minus}313", eps=f"${minus}0.03"))
    assert figures(doc, "net loss") == {-313_000, -0.03}
    labels = {f.label for f in doc.figures}
    assert "Net loss" in labels and "Net loss per share, basic and diluted" in labels  # the sign is not in the label


@pytest.mark.parametrize("eps", ["-$0.03", "$ -0.03", "$ \u22120.03"])
def test_the_sign_before_or_after_the_dollar(eps):
    assert figures(parsed(release(eps=eps)), "net loss per share") == {-0.03}


def test_the_engine_answers_the_loss_with_its_sign(tmp_path):
    engine, _ = engine_for(tmp_path, {"nwdv.txt": release(loss="\u2212313", eps="$\u22120.03")})
    loss = ask(engine, "net loss Q3 2007")
    assert (loss.status, loss.value) == ("answered", -313_000), loss.text
    eps = ask(engine, "diluted EPS Q3 2007")
    assert (eps.status, eps.value) == ("answered", -0.03), eps.text


def test_a_dash_alone_is_an_empty_cell_and_words_keep_their_hyphens():
    doc = parsed(release(other="-"))
    assert figures(doc, "other income") == {0.0}  # as before: a dash cell is nil, never a sign for the next cell
    assert figures(doc, "other income", 2006) == {0.0}
    assert figures(doc, "revenue") == {4_980_000}
    assert "Year-over-year comparisons cover 2006–2007." in doc.text  # a range and a hyphen stay as printed


def test_dashes_that_are_not_minus_signs_stay():
    assert normalize_text("2006\u20132007, a \u2013 b, \u2013 313 stores, Q3\u20132007") == \
        "2006\u20132007, a \u2013 b, \u2013 313 stores, Q3\u20132007"
    assert normalize_text("(\u2013313) | \u2013313 $\u20130.03") == "(-313) | -313 $-0.03"


def test_a_flattened_row_keeps_its_signs_out_of_the_label():
    from parsers.cell_tables import flat_cells
    cells = flat_cells("Net loss per share $-0.03 $ -0.05 (0.02) -4 Q3-5 5-6 - 7 Revenue", 0)
    assert [(c.text, c.value) for c in cells] == [
        ("Net loss per share", None), ("$-0.03", -0.03), ("$ -0.05", -0.05), ("(0.02)", -0.02), ("-4", -4.0),
        ("Q", None), ("3", 3.0), ("5", 5.0), ("5", 5.0), ("6", 6.0), ("-", 0.0), ("7", 7.0), ("Revenue", None)]
    # a hyphen after a letter or figure ("Q3-5", "5-6") is never a sign; a dash alone is a nil cell


@pytest.mark.parametrize("sentence,value", [
    ("Net loss per share for the third quarter of 2007 was $-0.03.", -0.03),
    ("Net loss per share for the third quarter of 2007 was -$0.03.", -0.03),
    ("Net loss per share for the third quarter of 2007 was $\u22120.03.", -0.03),
    ("Net income (loss) per share for the third quarter of 2007 was $\u20130.03.", -0.03),
])
def test_a_minus_in_a_prose_amount(sentence, value):
    doc = parsed(release(prose="\n\n" + sentence + "\n"))
    prose = {f.value for f in doc.figures if f.source == "narrative" and f.unit == "USD/share"}
    assert prose == {value}


def test_a_range_in_prose_is_not_a_minus():
    doc = parsed(release(prose="\n\nThe company expects earnings per share for the fourth quarter of 2007 of "
                               "$0.25-$0.30.\n"))
    assert not [f for f in doc.figures if f.source == "narrative" and f.value is not None and f.value < 0]


HTML = """<html><body><p>Northwind Devices, Inc. Reports Third Quarter 2007 Results</p>
<p>BOSTON, Oct. 25, 2007 -- Northwind Devices, Inc. (NASDAQ: NWDV) today reported results for the third quarter
ended September 30, 2007.</p>
<p>CONDENSED STATEMENTS OF OPERATIONS (in thousands, except per share amounts)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td></tr>
<tr><td></td><td>2007</td><td>2006</td></tr>
<tr><td>Revenue</td><td>$ 4,9&#8203;80</td><td>$ 4,090</td></tr>
<tr><td>Net loss</td><td>{loss}</td><td>(760)</td></tr>
<tr><td>Net loss per share, basic and diluted</td><td>{eps}</td><td>$ (0.08)</td></tr>
</table></body></html>"""


@pytest.mark.parametrize("loss,eps", [("&minus;313", "$&minus;0.03"), ("&ndash;313", "$&#8211;0.03"),
                                      ("\u2212313", "$\u22120.03"), ("-313", "$-0.03"), ("&#x2212;313", "-$0.03")])
def test_minus_signs_in_html_cells(loss, eps):
    doc = parsed(HTML.format(loss=loss, eps=eps), "r.htm")
    assert figures(doc, "net loss") == {-313_000, -0.03}
    assert figures(doc, "revenue") == {4_980_000}  # the zero-width space inside the figure is gone


# -- 2. invisible characters, spaces, Unicode forms ---------------------------------------------------------

@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u202c"])
def test_an_invisible_character_inside_a_figure(tmp_path, invisible):
    prose = f"\n\nRevenue for the third quarter of 2007 was $4.9{invisible}8 million.\n"
    doc = parsed(release(prose=prose, revenue="$ 4,9" + invisible + "80"))
    assert {f.value for f in doc.figures if f.label.lower() == "revenue" and f.period.end.year == 2007} == {4_980_000}


def test_the_engine_answers_a_figure_with_a_zero_width_space(tmp_path):
    prose = "\n\nRevenue for the third quarter of 2007 was $4.9\u200b8 million.\n"
    engine, _ = engine_for(tmp_path, {"nwdv.txt": release(prose=prose, revenue="$ 4,9\u200b80")})
    a = ask(engine, "revenue Q3 2007")
    assert (a.status, a.value) == ("answered", 4_980_000), a.text


def test_non_breaking_spaces_and_bidi_controls():
    text = release(loss="\u202a-313\u202c", eps="\u00a0$\u00a0-0.03").replace("Net loss  ", "Net\u00a0loss  ")
    doc = parsed(text)
    assert figures(doc, "net loss") == {-313_000, -0.03}
    assert "\u00a0" not in doc.text and "\u202a" not in doc.text


def test_unicode_forms_fold_only_where_meaning_stays():
    assert normalize_text("\uff04\uff14.\uff19\uff18 million") == "$4.98 million"  # full-width
    assert normalize_text("\ufb01scal \ufb02ow") == "fiscal flow"  # ligatures
    assert normalize_text("4\u00bd% notes") == "4\u00bd% notes"  # not "41⁄2%"
    assert normalize_text("10 m\u00b2") == "10 m\u00b2"  # a superscript that is no footnote mark stays
    assert normalize_text("$4.98\u00b9 million") == "$4.98  million"  # a footnote mark is never a digit
    assert normalize_text("Revenue\u2026 313") == "Revenue\u2026 313"  # no expansion: columns stay
    assert normalize_text("Cafe\u0301") == "Caf\u00e9"  # NFC
    assert normalize_text("a\uff5cb") == "a\uff5cb"  # never a new cell separator


def test_a_footnote_mark_after_a_figure_is_not_glued_to_it():
    prose = "\n\nRevenue for the third quarter of 2007 was $4.98\u00b9 million.\n"
    doc = parsed(release(prose=prose, revenue="$ 4,980\u00b9"))
    assert {f.value for f in doc.figures if f.label.lower() == "revenue" and f.period.end.year == 2007} == {4_980_000}


def test_full_width_digits_are_read():
    doc = parsed(release(prose="\n\nRevenue for the third quarter of 2007 was \uff04\uff14.\uff19\uff18 million.\n"))
    assert 4_980_000 in {f.value for f in doc.figures if f.source == "narrative"}


# -- 4. encodings -------------------------------------------------------------------------------------------

def test_one_cp1252_byte_costs_one_character_not_the_document():
    text = release(company="Lumière Diagnostics Inc.").replace("BOSTON", "MONTRÉAL")
    data = text.encode("utf-8").replace(b"today reported", b"today\x92s reported")
    doc = parsed(data)
    assert "MONTRÉAL" in doc.text and "Lumière" in doc.text and "today\u2019s reported" in doc.text
    assert "Ã" not in doc.text
    assert figures(doc, "net loss") == {-313_000, -0.03}


def test_a_cp1252_release_is_still_read():
    assert decode("Caf\xe9 \u201crevenue\u201d".encode("cp1252"), "a") == "Caf\xe9 \u201crevenue\u201d"


@pytest.mark.parametrize("codec,bom", [("utf-16-le", b""), ("utf-16-be", b""), ("utf-16-le", codecs.BOM_UTF16_LE),
                                       ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", b""), ("utf-32-be", b""),
                                       ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE),
                                       ("utf-8", codecs.BOM_UTF8)])
def test_wide_encodings_are_read(tmp_path, codec, bom):
    text = release(company="Lumière Diagnostics Inc.")
    doc = parsed(bom + text.encode(codec))
    assert doc.text.startswith("Lumière Diagnostics Inc. Reports")
    assert figures(doc, "net loss") == {-313_000, -0.03}


def test_the_engine_answers_from_a_utf16_release(tmp_path):
    engine, report = engine_for(tmp_path, {"nwdv.txt": codecs.BOM_UTF16_LE + release().encode("utf-16-le")})
    assert report.documents == 1
    a = ask(engine, "revenue Q3 2007")
    assert (a.status, a.value) == ("answered", 4_980_000), a.text


@pytest.mark.parametrize("data", [bytes(range(256)) * 20, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(4000),
                                  b"\x00" * 100 + b"abc", codecs.BOM_UTF16_LE + bytes(range(1, 256)) * 20,
                                  b"PK\x03\x04" + bytes(range(200)) * 5, codecs.BOM_UTF8 + bytes(range(256)) * 20],
                         ids=["bytes", "png", "nul", "bom", "zip", "utf8-bom"])
def test_binary_files_are_still_refused(data):
    with pytest.raises(ParseError, match="binary"):
        decode(data, "x")


def test_a_flattened_table_with_non_breaking_spaces_is_read_without_cut_figures():
    """A wire copy's statement on one line, cells apart by non-breaking spaces and row breaks lost
    ("3,891,482Research and development"): once the spaces are spaces the table is read, and a figure
    run into the next label is never read cut short ("3,891") nor left in the label."""
    nb = "\u00a0 \u00a0"
    rows = [("Revenue", "$ 4,686,312", "$ 5,348,469", "$ 14,340,791", "$ 15,112,398"),
            ("Cost of revenue", "1,402,920", "1,362,555", "4,913,195", "3,891,482"),
            ("Research and development", "291,962", "264,781", "989,052", "1,100,657"),
            ("Sales and marketing", "956,983", "1,313,212", "3,029,783", "3,746,731"),
            ("Total costs and expenses", "2,651,865", "2,940,548", "8,932,030", "8,738,870")]
    body = ""
    for label, *cells in rows:
        body = body.rstrip(nb) + label + nb + nb.join(cells)  # no break before the next label
    line = (f"NORTHWIND DEVICES, INC.{nb}CONDENSED STATEMENTS OF OPERATIONS{nb}(UNAUDITED){nb}For the Three "
            f"Months Ended September 30,{nb}For the Nine Months Ended September 30,{nb}2007{nb}2006{nb}2007{nb}"
            f"2006{nb}{body}")
    text = release().split("\n\n                    ")[0] + "\n\n" + line + "\n"
    doc = parsed(text)
    table = [f for f in doc.figures if f.source == "table"]
    assert table, "the flattened statement is read"
    assert not {3891, 1100, 3746} & {f.value for f in table}
    assert all(f.label[:1].isalpha() for f in table), {f.label for f in table}
    total = {(f.period.months, f.period.end.year): f.value for f in table if f.label == "Total costs and expenses"}
    assert total == {(3, 2007): 2_651_865, (3, 2006): 2_940_548, (9, 2007): 8_932_030, (9, 2006): 8_738_870}


# -- 5. company names spelled with look-alike letters ------------------------------------------------------

GENUINE = "Lakemont Medical, Inc."
LOOKALIKE = "L\u0430kem\u043ent M\u0435dical, Inc."  # Cyrillic а, о, е


def test_skeletons_of_lookalike_names():
    from knowledge.confusables import lookalike_key, looks_alike, skeleton
    assert skeleton(LOOKALIKE) == GENUINE
    assert skeleton("\u039c\u0395\u0399\u039dO") == "MEINO"  # Greek capitals
    assert skeleton("\U0001d401ay") == "Bay"  # a mathematical bold letter, folded by NFKC
    assert lookalike_key(LOOKALIKE) == lookalike_key("LAKEMONT MEDICAL INC") == "lakemont medical"
    assert looks_alike(LOOKALIKE, GENUINE) and looks_alike(GENUINE, "L\u0391KEM\u039fNT Medical")
    assert not looks_alike(GENUINE, "LAKEMONT MEDICAL INC")  # one name in other case: the same company
    assert not looks_alike("Lumi\u00e8re SA", "Lumiere SA")  # an accent is no look-alike letter
    assert not looks_alike(GENUINE, "Lakemont Surgical, Inc.")


@pytest.fixture
def two_lookalikes(tmp_path):
    """The genuine company's release, then another release whose company prints like it, with its ticker."""
    first = ingest_files(tmp_path, {"a_genuine.txt": release(company=GENUINE, ticker="LKMD")})
    second = ingest_files(tmp_path, {"b_lookalike.txt": release(company=LOOKALIKE, ticker="LKMD", loss="(9,999)")},
                          "later")
    return Engine(tmp_path / "s.duckdb"), first, second


def test_ingest_keeps_a_lookalike_company_apart_and_says_so(two_lookalikes):
    engine, first, second = two_lookalikes
    assert not first.warnings
    assert second.documents == 1
    assert [w for w in second.warnings if "b_lookalike.txt" in w and "prints like" in w and GENUINE in w]
    companies = engine.con.execute("SELECT company, ticker FROM companies ORDER BY company").fetchall()
    assert sorted(companies) == sorted([(GENUINE, "LKMD"), (LOOKALIKE, "LKMD")])  # two companies, not merged


def test_a_genuine_release_after_its_lookalike_is_flagged_too(tmp_path):
    ingest_files(tmp_path, {"b_lookalike.txt": release(company=LOOKALIKE, ticker="LKMD")})
    second = ingest_files(tmp_path, {"a_genuine.txt": release(company=GENUINE, ticker="LKMD")}, "later")
    assert [w for w in second.warnings if "a_genuine.txt" in w and LOOKALIKE in w]


def test_a_ticker_two_companies_give_is_asked_back(two_lookalikes):
    engine = two_lookalikes[0]
    for question in ("LKMD net loss Q3 2007", "lkmd revenue q3 2007", "LKMD's diluted EPS Q3 2007"):
        a = ask(engine, question)
        assert (a.status, a.value) == ("clarify", None), a.text
        assert GENUINE in a.text and LOOKALIKE in a.text and "look-alike" in a.text


def test_the_named_company_is_answered_and_a_followup_never_borrows_the_last_company(two_lookalikes):
    engine = two_lookalikes[0]
    a, ctx = engine.ask("LKMD net loss Q3 2007", Context())
    assert a.status == "clarify"
    b, _ = engine.ask("for Lakemont", ctx)  # the name typed in Latin letters is the genuine company's
    assert (b.status, b.value, b.company) == ("answered", -313_000, GENUINE), b.text
    c, ctx = engine.ask("Lakemont net loss Q3 2007", Context())
    assert (c.status, c.value) == ("answered", -313_000), c.text
    d, _ = engine.ask("and LKMD?", ctx)  # a follow-up naming the shared ticker: asked, never the last company's
    assert (d.status, d.value) == ("clarify", None), d.text


def test_a_name_word_two_companies_share_is_asked_back(tmp_path):
    """'Lakemont' names either of two held companies: asked, never answered from the shorter name; the
    whole name, or a name of which every word is typed, is answered."""
    engine, _ = engine_for(tmp_path, {"a.txt": release(company="Lakemont Medical, Inc.", ticker="LKMD"),
                                      "b.txt": release(company="Lakemont Surgical, Inc.", ticker="LKSG",
                                                       loss="(9,999)")})
    a = ask(engine, "Lakemont net loss Q3 2007")
    assert (a.status, a.value) == ("clarify", None), a.text
    assert "Lakemont Medical, Inc." in a.text and "Lakemont Surgical, Inc." in a.text and "look-alike" not in a.text
    b = ask(engine, "Lakemont Surgical net loss Q3 2007")
    assert (b.status, b.value) == ("answered", -9_999_000), b.text
    c = ask(engine, "LKMD net loss Q3 2007")
    assert (c.status, c.value) == ("answered", -313_000), c.text


def test_the_lookalike_named_in_its_own_letters_is_never_answered_under_a_name_that_prints_like_the_other(
        two_lookalikes):
    engine = two_lookalikes[0]
    a, ctx = engine.ask(LOOKALIKE.removesuffix(", Inc.") + " net loss Q3 2007", Context())
    assert (a.status, a.value) == ("clarify", None), a.text
    assert "look-alike" in a.text
    b, _ = engine.ask("and the nine months?", ctx)  # its context never answers for it either
    assert b.value is None, b.text
    c, _ = engine.ask("for Lakemont", ctx)
    assert (c.status, c.value, c.company) == ("answered", -313_000, GENUINE), c.text


@pytest.mark.parametrize("question", ["revenue Q3\u00a02007", "rev\u200benue Q3 2007",
                                      "\uff52\uff45\uff56\uff45\uff4e\uff55\uff45 \uff31\uff13 \uff12\uff10\uff10\uff17",
                                      "revenue Q3 2007\u200f"])
def test_a_question_is_read_as_it_prints(tmp_path, question):
    """A pasted question with a zero-width space, a bidi mark, a non-breaking space or full-width
    letters means what it prints."""
    engine, _ = engine_for(tmp_path, {"nwdv.txt": release()})
    a = ask(engine, question)
    assert (a.status, a.value) == ("answered", 4_980_000), a.text


def test_a_dash_a_space_after_a_figure_is_a_range_not_a_sign():
    """'$14,000 -$16,000' (a guidance range printed with one space before its dash) is never read as a
    negative figure, in a fixed-width table, a flattened row or prose; columns stand further apart."""
    from parsers.cell_tables import flat_cells
    assert all(c.value is None or c.value > 0 for c in flat_cells("Capital expenditures $14,000 -$16,000 "
                                                                  "and 2,400 -2,700 tonnes", 0))
    doc = parsed(release(other="2,400 -2,700", prose="\n\nThe company expects earnings per share for the fourth "
                                                     "quarter of 2007 of $0.25 -$0.30.\n"))
    assert not [f for f in doc.figures if f.value is not None and f.value < 0
                and ("other" in f.label.lower() or f.source == "narrative")]
    assert figures(doc, "net loss") == {-313_000, -0.03}


def test_a_release_of_no_utf8_at_all_is_cp1252_throughout():
    """Bytes that happen to form a UTF-8 sequence inside a cp1252 release ('é€' is E9 80 ...) are
    read as cp1252 too when nothing else in the file is UTF-8."""
    data = "Caf\u00e9\u20ac\u2122 revenue \u2013 Montr\u00e9al".encode("cp1252")
    assert decode(data, "a") == "Caf\u00e9\u20ac\u2122 revenue \u2013 Montr\u00e9al"


def test_dash_as_minus_starts_at_the_dash_and_reads_as_the_plain_pattern():
    """The fast pattern (the dash first, its left neighbour by lookbehind) against the plain one."""
    import random
    import re

    from parsers.text_normal import _DASH_AS_MINUS
    plain = re.compile(r"(?:(?<=^)|(?<=[\s(\[$|>;]))[\u2013\u2012](?=\$\s?\.?\d|\.?\d)", re.M)
    rng = random.Random(7)
    alphabet = "a1 ($|>;\n\u2013\u2012.$9x-"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert _DASH_AS_MINUS.sub("-", text) == plain.sub("-", text), repr(text)
