"""Who issued a release, when, for what period and in which currency — read right on releases of
companies never seen before (issue 19). Each rule is tested on a release written here (invented
companies, several industries and countries); the dev wire copies are checked as a whole."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import duckdb
import pytest

from chat.cli import main
from conftest import checked
from knowledge.sec_tickers import Filer, TickerMap, complete_identity
from parsers.company_names import best_name, dateline_subject, headline_name, name_run
from parsers.document import parse_text
from parsers.front_matter import read_front_matter
from parsers.loading import load_release
from parsers.metadata import company_and_ticker, statement_currency
from knowledge.check_identity import identity, name_problem

ROOT = Path(__file__).resolve().parents[1]
WIRE = ROOT.parent / "shared" / "corpus" / "wire"

STATEMENT = """
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)
                                   Three Months Ended        Nine Months Ended
                                     September 30,             September 30,
                                   2009        2008          2009        2008
Revenues                        $ 12,400    $ 11,070      $ 35,100    $ 33,000
Net income                         1,200       1,000         3,300       3,000
"""


def release(lead: str, tail: str = "", statement: str = STATEMENT) -> str:
    return lead.strip() + "\n\n" + statement + "\n" + tail.strip() + "\n"


# --- the company -------------------------------------------------------------------------------

def test_a_brand_in_the_dateline_is_lengthened_by_the_about_paragraph():
    text = release("PORTLAND, Oregon\u2014July 16, 2009\u2014Quillfeather\u00ae today released results for the "
                   "three months ended September 30, 2009.",
                   "About Quillfeather Systems, Inc.\nQuillfeather Systems, Inc. sells office furniture.")
    doc = parse_text("q.txt", text)
    assert doc.company == "Quillfeather Systems, Inc."
    assert doc.release_date == date(2009, 7, 16)


def test_the_whole_name_before_the_exchange_parenthesis():
    text = release("Harrowgate Marine, Inc. (NASDAQ: HGMR - News), a marine equipment maker, today reported "
                   "revenue for the three months ended September 30, 2009 of $12.4 million.")
    assert company_and_ticker(text) == ("Harrowgate Marine, Inc.", "HGMR")


@pytest.mark.parametrize("name", [
    "Bank of Tamsworth & Trust Co.",  # a bank: "of", "&"
    "Farmers and Drovers Bancshares, Inc.",  # "and", a comma before the suffix
    "Vellmark Holdings N.V.",  # Dutch
    "Ostrava Minerals plc",  # British mining
    "Castellane Telecom S.A.",  # French
    "Brennhof Maschinenbau AG",  # German
    "Kvaerndal Shipping ASA",  # Norwegian
    "Orrin Pharma A/S",  # Danish
    "eVolta Health, Inc.",  # a name that starts small
    "3D Lattice Printing Corporation",  # ... or with a digit
])
def test_dateline_subjects_keep_their_connectors_and_legal_suffixes(name):
    text = release(f"CITYVILLE, Feb. 11, 2025 (GLOBE NEWSWIRE) \u2014 {name} (\u201cthe Company\u201d) today "
                   "announced results for the three months ended September 30, 2009.")
    assert dateline_subject(text) == name
    assert parse_text("r.txt", text).company == name


@pytest.mark.parametrize("tag", ["/PRNewswire/ \u2014", "/CNW/ -", "--(BUSINESS WIRE)--February 11, 2025--\n",
                                 "/ ACCESS Newswire / February 11, 2025 /"])
def test_the_wire_tag_after_the_date_is_no_name(tag):
    text = f"TORONTO, Feb. 11, 2025\n\nTORONTO, Feb. 11, 2025 {tag} Maplecrest Foods Ltd. announces results."
    assert dateline_subject(text) == "Maplecrest Foods Ltd."


def test_a_place_after_the_date_is_not_the_company():
    text = release("Zephyr Air Announces Third Quarter 2008 Results\nNovember 14, 2008 \u2013 Freehold, New Jersey "
                   "Zephyr Air Corp. (NASDAQ: ZPHR) today announced a net loss for the three months ended "
                   "September 30, 2008.")
    assert dateline_subject(text) == ""  # "Freehold" is followed by its state, not a verb
    assert parse_text("z.txt", text).company == "Zephyr Air Corp."


def test_the_headline_names_the_company_and_the_text_its_suffix():
    text = release("Tidewell Brewing Reports Third Quarter Results\n\nRevenue for the three months ended "
                   "September 30, 2009 rose 12%. Tidewell Brewing Company operates four breweries.")
    assert headline_name("Tidewell Brewing Reports Third Quarter Results") == "Tidewell Brewing"
    assert parse_text("t.txt", text).company == "Tidewell Brewing Company"


def test_headlines_that_are_not_names():
    assert headline_name("2024 Annual Results and 2025 Guidance Announced by Quorra REIT, Inc.") == "Quorra REIT, Inc."
    assert headline_name("Record Fourth Quarter Revenue Reported") == ""
    assert headline_name("Notes: a list of earnings releases") == ""  # a colon names no one alone
    assert headline_name("Solvane: Q4 sales & FY 2024 results", ["Solvane Group"]) == "Solvane"


def test_an_about_paragraph_alone_names_the_company_when_it_has_a_legal_suffix():
    text = release("THIRD QUARTER 2009 RESULTS\n\nRevenue for the three months ended September 30, 2009 rose 12%.",
                   "About Veltrium\nVeltrium is a coating.\n\nAbout Pemberton Coatings Ltd.\nPemberton makes paint.")
    assert parse_text("p.txt", text).company == "Pemberton Coatings Ltd."


def test_name_runs_stop_where_the_name_does():
    assert name_run("IMPERIAL HARBOUR SHIPPING INC. (NASDAQ: IHS)") == "Imperial Harbour Shipping Inc."
    assert name_run("Camberly Ltd. , today announced") == "Camberly Ltd."
    assert name_run("The Company today reported") == ""
    assert name_run("Fourth Quarter 2024 Highlights") == ""


def test_the_longest_confirmed_name_wins():
    assert best_name(["Orlen", "Orlen Worldwide, Inc."]) == "Orlen Worldwide, Inc."
    # a subsidiary's "About" does not lengthen the parent's name
    assert best_name(["Brightwater Beverage Company", "Brightwater Canada Inc."]) == "Brightwater Beverage Company"
    # a product's "About" confirms nothing
    assert best_name(["Selvex Therapeutics, Inc.", "Plozimab"]) == "Selvex Therapeutics, Inc."


# --- wire copies ---------------------------------------------------------------------------------

WIRE_COPY = """---
title: "Kestrel Freight Lines, Inc. Reports Fourth Quarter 2024 Results"
date: "2025-02-12 05:05:00"
summary: "(21:05 GMT) *Kestrel Freight 4Q EPS $2.01 &gt;KFL"
categories:
  - "Dow Jones Newswires"
---

**(21:05 GMT)** \\*Kestrel Freight 4Q EPS $2.01 >KFL
**(21:05 GMT)** \\*Kestrel Freight 4Q Sales $796M >KFL
**(21:05 GMT)** Press Release: Kestrel Freight Lines, Inc. Reports Fourth Quarter 2024 Results

Kestrel Freight Lines, Inc. Reports Fourth Quarter 2024 Results

OMAHA, Neb., Feb. 11, 2025 /PRNewswire/ \u2014 Kestrel Freight Lines, Inc. , a trucking company, today reported
results for the fourth quarter and full year ended December 31, 2024. Net sales for the quarter were $790 million.

About Kestrel Freight Lines, Inc.
Kestrel Freight Lines, Inc. hauls freight.
"""


def test_front_matter_and_flash_lines_are_metadata_never_figures():
    fm = read_front_matter(WIRE_COPY)
    assert fm.title.startswith("Kestrel Freight Lines, Inc. Reports")
    assert fm.date == date(2025, 2, 12) and fm.source == "Dow Jones Newswires" and fm.tickers == ["KFL"]
    doc = parse_text("k.md", WIRE_COPY)
    assert (doc.company, doc.ticker, doc.release_date) == ("Kestrel Freight Lines, Inc.", "KFL", date(2025, 2, 11))
    assert doc.period.label(12) == "Q4 2024" and doc.source == "Dow Jones Newswires"
    flash_lines = {n + 1 for n in fm.lines}
    assert doc.figures and not [f for f in doc.figures if f.line in flash_lines]
    assert 2.01 not in {f.value for f in doc.figures} and 796.0 not in {f.value for f in doc.figures}


def test_a_copy_without_a_dateline_takes_its_date_from_the_archive_link():
    text = release("# Solent Robotics Announces Fourth Quarter and Full Year 2023 Financial Results\n\n"
                   "Solent Robotics Ltd., a robotics maker (Nasdaq and TASE: SLRB), today reported results for the "
                   "fourth quarter and full year ended December 31, 2023.",
                   "[Original Press Release](https://news.example/solent-results)\n"
                   "Pickup - [citybuzz](https://citybuzz.example/2024/03/27/solent-robotics-results)")
    doc = parse_text("s.md", text)
    assert (doc.company, doc.ticker, doc.release_date) == ("Solent Robotics Ltd.", "SLRB", date(2024, 3, 27))


# --- ticker from the SEC map ---------------------------------------------------------------------

def test_the_sec_map_fills_a_missing_ticker_by_cik_or_registered_name_never_over_a_printed_one():
    filers = TickerMap([Filer(9990001, "GRNW", "GREENWAY ORCHARDS CORP"), Filer(9990002, "BLUF", "Bluff Point Inc.")])
    doc = parse_text("g.txt", release("Greenway Orchards Corporation today reported results for the three months "
                                      "ended September 30, 2009."))
    assert doc.ticker is None and complete_identity(doc, filers).ticker == "GRNW"  # "Corporation" = "CORP"
    doc = parse_text("b.txt", release("Fenwick Mills today reported results for the three months ended "
                                      "September 30, 2009."), header={"cik": "9990002"})
    assert complete_identity(doc, filers).ticker == "BLUF"
    doc.ticker = "FNWK"
    assert complete_identity(doc, filers).ticker == "FNWK"


# --- currency ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    ("CONSOLIDATED BALANCE SHEETS\n(in thousands of Canadian dollars)\nCash  12,000", "CAD"),
    ("(In United States dollars, except where noted otherwise)\nRevenue was C$5 million in Canada.", "USD"),
    ("Revenue of C$61.7 million, up from C$56.1 million; EBITDA of C$12.0 million.", "CAD"),
    ("Sales of \u20ac4,893.1m, Ebita of \u20ac290m; EUR600m of verticals revenue.", "EUR"),
    ("Group revenue rose to \u00a3312.4m and profit to \u00a341.0m.", "GBP"),
    ("Revenue of \u00a5110.9 billion; operating income of \u00a528.4 billion.", "JPY"),
    ("Revenues of NIS 412 million and net profit of NIS 40 million.", "ILS"),
    ("Revenue of HK$1,204 million and profit of HK$88 million.", "HKD"),
    ("Net revenue of NT$22.1 billion; gross profit NT$6.3 billion.", "TWD"),
    ("Revenue of $12.4 million and net income of $1.2 million.", "USD"),
    ("No amounts here.", ""),
])
def test_the_statements_currency(text, code):
    assert statement_currency(text) == code


@pytest.mark.parametrize("caption,code", [
    ("(CDN$ thousands)", "CAD"), ("(A$m)", "AUD"), ("(in A$ millions)", "AUD"), ("(HK$'000)", "HKD"),
    ("(in thousands, CAD)", "CAD"), ("(S$ millions)", "SGD"),
    # near misses: a bare dollar's caption, and a mark before an amount (no scale after it) in a sentence
    ("(in thousands)", "USD"), ("(thousands of dollars)", "USD"),
])
def test_a_caption_names_its_currency_by_its_mark_and_scale(caption, code):
    """A statement over '$ 120,400' cells captioned '(CDN$ thousands)', '(A$m)' or '(in thousands, CAD)' was read
    in US dollars: the caption's mark (or code) with its scale names the statements' currency."""
    text = f"CONSOLIDATED STATEMENTS OF INCOME\n{caption}\n\n| | 2024 | 2023 |\n|---|---|---|\n| Revenue | $ 120,400 | $ 100,200 |\n"
    assert statement_currency(text) == code


def test_a_foreign_dollar_amount_in_a_sentence_is_no_caption():
    """'C$5 million' in a sentence is an amount's mark, not a caption's: the release's dollars stand."""
    assert statement_currency("Revenue of $12.4 million, and C$5 million of it in Canada; net income of $1.2 million, "
                              "$0.9 million and $0.4 million.") == "USD"


# --- periods -------------------------------------------------------------------------------------

def test_three_and_nine_months_lead_with_the_quarter():
    doc = parse_text("p.txt", release("Grayling Paper Company today reported results for the three and nine months "
                                      "ended September 30, 2009. For the quarter, revenue increased 12% to $12.4 "
                                      "million."))
    assert doc.period.months == 3 and doc.period.label(12) == "Q3 2009"


def test_a_year_first_quarter_headline():
    text = release("MARLOW ELECTRIC COOPERATIVE INC. 2009 THIRD QUARTER RESULTS\n\nRevenue rose 12% to $12.4 million "
                   "and net income per share to $0.41 in the quarter.", statement="")
    assert parse_text("m.txt", text).period.label(12) == "Q3 2009"


def test_annual_results_released_in_april_are_the_year_before_never_the_next_quarter():
    text = ("KILDARE MINING PLC REPORTS FISCAL 2024 ANNUAL RESULTS\n\nDUBLIN, April 22, 2025 -- Kildare Mining plc "
            "today reported fiscal 2024 annual results. Revenue for fiscal 2024 was $412.0 million, up from $380.0 "
            "million in fiscal 2023. The fiscal year ended December 31, 2024.\n")
    doc = parse_text("k.txt", text)
    assert doc.release_date == date(2025, 4, 22)
    assert (doc.period.months, doc.period.end) == (12, date(2024, 12, 31))


def test_annual_results_naming_no_year_end_are_the_year_ending_at_the_last_quarter_end_before_release():
    text = ("Pellworth Foods Reports Annual Results\n\nBOISE, Idaho, November 18, 2009 -- Pellworth Foods, Inc. today "
            "reported annual results. Revenue was $212.0 million and net income was $14.1 million, or $1.10 per share.\n")
    doc = parse_text("p.txt", text)
    assert (doc.period.months, doc.period.end, doc.fye_month) == (12, date(2009, 9, 30), 9)


def test_the_naming_offset_comes_from_the_quarter_ended_on_the_stated_date_not_a_comparative():
    text = release("Thornbury Instruments, Inc. today reported results for its fiscal third quarter ended March 29, "
                   "2009. Revenue for the third quarter of fiscal 2009 was $12.4 million, compared to $11.1 million "
                   "for the third quarter of fiscal 2008. Gross margin for the third quarter of fiscal 2008 was 41%. "
                   "Operating income for the third quarter of fiscal 2008 was $1.0 million. The fiscal year ends "
                   "June 30.", statement="")
    doc = parse_text("t.txt", text)
    assert doc.fye_month == 6 and doc.fy_offset == 0 and doc.period.label(6, doc.fy_offset) == "Q3 FY2009"


def test_a_fourth_quarter_said_twice_outweighs_a_headings_slip():
    text = release("Aegean Tankers Inc. announced results for the fourth quarter and twelve months ended December 31, "
                   "2024. Revenue for the fourth quarter ended December 31, 2024 was $40.1 million.\n\n"
                   "Third Quarter Ended December 31st, 2024", statement="")
    doc = parse_text("a.txt", text)
    assert doc.fye_month == 12 and doc.period.label(12) == "Q4 2024"


def test_a_day_first_dateline():
    text = release("PARIS, 13 February 2025 -- Orbiscom S.A. reports its results for the half year ended 31 December "
                   "2024. Revenue was EUR600m and net income EUR41m, or EUR0.09 per share.", statement="")
    assert parse_text("o.txt", text).release_date == date(2025, 2, 13)


def test_half_year_ended_day_first():
    text = release("PARIS--(BUSINESS WIRE)--February 14, 2025--\nThe Board of Directors of Orbiscom S.A. reviewed the "
                   "results for the Half Year ended 31 December 2024. Revenue was EUR600m and net income EUR41m, or EUR0.09 "
                   "per share, for the half year.", statement="")
    doc = parse_text("o.txt", text)
    assert doc.company == "Orbiscom S.A."
    assert (doc.period.months, doc.period.end) == (6, date(2024, 12, 31))


# --- ingest --------------------------------------------------------------------------------------

def test_ingest_takes_every_text_file_and_says_what_it_skipped(tmp_path, capsys):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    good = release("CITYVILLE, Oct. 20, 2009 (GLOBE NEWSWIRE) \u2014 Ardent Tile Corp. today reported results for "
                   "the three months ended September 30, 2009. Revenue was $12.4 million.")
    (folder / "a.md").write_text(good)
    (folder / "b.markdown").write_text(good.replace("Ardent Tile", "Bramble Tile"))
    (folder / "sub" / "c.xml").write_text("<release><p>" + good.replace("Ardent Tile", "Corrib Tile") + "</p></release>")
    (folder / "d.release").write_text(good.replace("Ardent Tile", "Dunmore Tile"))  # any extension that is text
    (folder / "e.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(200))
    (folder / "f.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    (folder / "g.zip").write_bytes(b"PK\x03\x04" + bytes(50))
    (folder / "h.docx").write_bytes(b"PK\x03\x04" + bytes(50))
    (folder / "i.dat").write_bytes(bytes(range(256)) * 8)
    (folder / "j.txt").write_text(STATEMENT)  # figures, but no company and no period of its own
    (folder / "README.md").write_text("Releases for the quarter, as the wire carried them.\n")
    (folder / "run").write_text("#!/bin/sh\necho 'Revenue was $12.4 million for the quarter'\n")
    (folder / "EXPECTED.md").write_text(good)  # notes about releases quote them, and are no release
    db = str(tmp_path / "s.duckdb")
    code = main(["--db", db, "ingest", str(folder)])
    err = capsys.readouterr().err
    assert code == 0, err
    con = duckdb.connect(db, read_only=True)
    stored = dict(con.execute("SELECT file_name, company FROM documents").fetchall())
    assert stored == {"a.md": "Ardent Tile Corp.", "b.markdown": "Bramble Tile Corp.", "c.xml": "Corrib Tile Corp.",
                      "d.release": "Dunmore Tile Corp.", "j.txt": None}
    for name, why in [("e.pdf", "a PDF"), ("f.png", "an image"), ("g.zip", "an archive"),
                      ("h.docx", "an office document"), ("i.dat", "not text"), ("README.md", "the folder's notes"),
                      ("EXPECTED.md", "the folder's notes"), ("run", "a script")]:
        assert re.search(rf"^skipped: {re.escape(name)}: {why}", err, re.M), (name, err)
    assert re.search(r"^warning: j\.txt: no company found in it; name it with --company", err, re.M), err


def test_ingest_warns_of_a_release_without_a_period(tmp_path, capsys):
    path = tmp_path / "note.txt"
    path.write_text("Fallowfield Farms, Inc. (NYSE: FFI) today reported that revenue rose and earnings per share "
                    "improved; net income and operating income were higher.\n")
    code = main(["--db", str(tmp_path / "s.duckdb"), "ingest", str(path)])
    err = capsys.readouterr().err
    assert code == 0 and "note.txt: no reported period found in it; name it with --period" in err, err


# --- the dev wire copies -------------------------------------------------------------------------

def dev_wire() -> list[Path]:
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "benchmarks/split.py", "dev"], capture_output=True, text=True, cwd=ROOT)
    return [Path(p) for p in out.stdout.split()]


_PRINTED_DATE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2},\s+(?:19|20)\d\d")


def only_period_ends(text: str, doc) -> bool:
    """Every date the text prints is a period's end (a balance sheet's date, a quarter's end)."""
    from parsers.periods import parse_date
    ends = {doc.period.end} | {f.period.end for f in doc.figures}
    return all(parse_date(m.group(0).replace(".", "")) in ends for m in _PRINTED_DATE.finditer(text))


def named_whole(name: str, text: str) -> bool:
    """The name (its first two words) stands in the text at least once not as the tail of a longer
    capitalised run: 'Metals Inc.' of 'Russel Metals Inc.' never does."""
    core = " ".join(name.split()[:2])
    for m in re.finditer(re.escape(core), text, re.I):
        before = re.search(r"([A-Z][\w&'-]*)[ \t]+$", text[max(0, m.start() - 30):m.start()])
        if not before or before.group(1).lower() in {"the", "about"}:
            return True
    return False


@pytest.mark.skipif(not WIRE.is_dir(), reason="../shared/corpus/wire is not beside the checkout")
@pytest.mark.slow  # 7 Dec: the default run had reached 10 min; runs with -m slow
def test_every_dev_wire_release_has_its_whole_company_a_date_and_a_period():
    files = dev_wire()
    assert len(files) >= 30
    for path in files:
        loaded = load_release(path)
        doc = checked(path)[1]  # complete_identity(parse_text(...)) of `loaded`, read once per run (conftest)
        assert doc.company and doc.period, (path.name, doc.company, doc.period)
        assert doc.release_date or only_period_ends(loaded.text, doc), path.name  # a copy may print no date at all
        assert named_whole(doc.company, loaded.text), (path.name, doc.company)  # not a fragment
        assert not re.match(r"(?:investment|metals|fire|holdings|realty|marine|group)\b", doc.company, re.I), \
            (path.name, doc.company)


def test_a_fragment_is_told_from_a_whole_name():
    text = "TORONTO -- Russet Metals Inc. announces results. About Russet Metals Inc.: Russet Metals Inc. is ..."
    assert named_whole("Russet Metals Inc.", text) and not named_whole("Metals Inc.", text)


# --- release dates, tickers and currencies of other layouts (issue 19, the dev corpus's misses) --------

def test_a_dateline_with_spaced_dashes_around_its_date():
    for dash in ("\u2014", "\u2013"):
        text = release(f"Santa Clara, Calif. {dash} July 31, 2006 {dash} Corwen Arrays, Inc. (Nasdaq: CRWN) today "
                       f"reported results for the three and nine months ended September 30, 2009.")
        assert parse_text("c.txt", text).release_date == date(2006, 7, 31), dash


@pytest.mark.parametrize("lead", [
    "Oct. 28, 2009 -- Corwen Financial Corp. (NYSE: CWF) reported third quarter 2009 results.",
    "BOSTON, MA (October 28, 2009) \u2013 Pemberly Therapeutics, Inc. (Nasdaq: PMBY) today announced its results.",
    "TORONTO, ONTARIO--(Marketwire - Oct. 28, 2009) - Kestrel Gold Mines Ltd. (TSX:KGM) today reported results.",
])
def test_a_dateline_date_opening_its_line_or_in_parentheses(lead):
    doc = parse_text("d.txt", release(lead + " The quarter ended September 30, 2009."))
    assert doc.release_date == date(2009, 10, 28) and not identity(doc).problems


def test_a_wire_dateline_without_a_year_is_dated_after_the_reported_period():
    doc = parse_text("m.txt", release("MEMPHIS, Tenn., Feb. 6 /PRNewswire-FirstCall/ -- Harland Tube Industries, "
                                      "Inc. (NYSE: HTI) today reported results for the fourth quarter ended December "
                                      "31, 2006. Net sales were $544.2 million."))
    assert doc.release_date == date(2007, 2, 6)
    doc = parse_text("p.txt", release("ANN ARBOR, Mich., Oct. 27 -- Quarto Publishing Company, a publisher, today "
                                      "reported results for the three and nine months ended September 30, 2009."))
    assert doc.release_date == date(2009, 10, 27)
    doc = parse_text("w.txt", release("DALLAS, Texas, Nov. 3 (BUSINESS WIRE) -- Wexford Rail Corp. today reported "
                                      "results for the three and nine months ended September 30, 2009."))
    assert doc.release_date == date(2009, 11, 3)


def test_a_balance_sheet_date_cell_is_never_the_release_date():
    text = ("EDMONDS LABS, INC.\nCONDENSED CONSOLIDATED BALANCE SHEETS\n(in thousands)\n|\nJune 30, 2006\n|\n"
            "December 31, 2005\n|\nCash\n|\n$ 12,000\n|\n$ 11,000\n|\nTotal assets\n|\n$ 52,000\n|\n$ 48,000\n|\n"
            "Retained earnings\n|\n20,000\n|\n18,000\n")
    doc = parse_text("e.txt", text)
    assert doc.release_date is None
    ident = identity(doc)
    assert any(p.startswith("release date") for p in ident.not_stated) and not ident.problems, ident.problems


@pytest.mark.parametrize("lead,ticker", [
    ("NEW YORK, NY, March 8, 2005 -- Tallis Corporation (NYSE-TLS) reported net earnings", "TLS"),
    ("Minneapolis, September 30, 2009 \u2013 Brant Medical Inc. (Bulletin Board: BRNT.OB) announced results", "BRNT"),
    ("The Board of Directors of Veloce Communications ( - Euronext Paris / London Stock Exchange: VLC), chaired by "
     "its chairman, reviewed results", "VLC"),
    ("TOKYO--(BUSINESS WIRE)--February 13, 2025--KAZE Co., Ltd. (Kaze) (3765.T), a game maker, today announced "
     "results", "3765.T"),
])
def test_tickers_printed_in_other_forms(lead, ticker):
    assert parse_text("t.txt", release(lead + " for the three months ended September 30, 2009.")).ticker == ticker


@pytest.mark.parametrize("about,ticker", [
    ("Its common stock is listed on the New York Stock Exchange under the symbol \u201cHRLT\u201d.", "HRLT"),
    ("Trades are reported through the OTC Markets Group\u2019s Pink Market under the symbol \"FMSB\".", "FMSB"),
    ("Ridgeline is listed on the Eurolist market of Euronext Paris (compartment A, ticker RDG, ISIN code "
     "FR0000000000).", "RDG"),
])
def test_a_ticker_from_the_sentence_that_says_where_the_shares_trade(about, ticker):
    text = release("Ridgeline Holdings Corporation today reported results for the three months ended September 30, "
                   "2009.", "About Ridgeline Holdings Corporation\n" + about)
    assert parse_text("r.txt", text).ticker == ticker


def test_the_sec_map_by_registered_name_blind_to_spacing_and_ampersands_and_legal_form_when_one_filer_has_it():
    filers = TickerMap([Filer(9990011, "TRRL", "TheRealRoost, Inc."), Filer(9990012, "FMSB", "Fenn & Moss Bancshares, Inc."),
                        Filer(9990013, "NTFG", "NORTHERN TIDE GAS CO"), Filer(9990014, "DVB", "DOVE BANCORP"),
                        Filer(9990015, "DVBI", "DOVE BANCORP INC")])
    assert filers.by_name("The RealRoost Inc.").ticker == "TRRL"
    assert filers.by_name("Fenn and Moss Bancshares, Inc.").ticker == "FMSB"
    assert filers.by_name("Northern Tide Gas") is None and filers.by_base_name("Northern Tide Gas").ticker == "NTFG"
    assert filers.by_base_name("Dove Bancorp, Inc.") is None  # two filers have that name without a legal form
    assert filers.by_name("Dove Bancorp, Inc.").ticker == "DVBI"  # the exact registered name still decides
    doc = parse_text("n.txt", release("NORTHERN TIDE GAS\nCONSOLIDATED STATEMENTS OF INCOME\nNorthern Tide Gas "
                                      "reported results for the three months ended September 30, 2009."))
    assert complete_identity(doc, filers).ticker == "NTFG"


def test_canadian_dollar_headings_and_dollar_cells():
    assert statement_currency("| UNAUDITED (thousands of Canadian $) | 2024 | 2023 |\n| Revenue | 1,100 | 1,000 |") == "CAD"
    assert statement_currency("Oil and gas operations\n|$\n|169,178\n|$\n|134,428\n") == "USD"
    assert statement_currency("| Revenue | $ | 1,200 | $ | 1,000 |") == "USD"
    assert statement_currency("(Thousands of Dollars)\nOperating Revenues 2,088,278") == "USD"
    text = ("TORONTO, Feb. 12, 2025 /CNW/ - Norrland Steel Inc. (TSX: NRS) today reported results for the fourth quarter "
            "ended December 31, 2024.\n\nCONSOLIDATED STATEMENTS OF EARNINGS\n| (thousands of Canadian $) | 2024 | 2023 |\n"
            "| --- | --- | --- |\n| Revenues | $ 1,100,000 | $ 1,000,000 |\n| Net earnings | 110,000 | 100,000 |\n")
    doc = parse_text("n.md", text)
    assert doc.currency == "CAD" and {f.unit for f in doc.figures if f.label == "Revenues"} == {"CAD"}
    ident = identity(doc)
    assert ident.currency == "CAD" and not ident.problems, ident.problems


NO_CURRENCY_RELEASE = """Ostrava Shipping N.V. Reports Third Quarter 2009 Results

AMSTERDAM, October 20, 2009 -- Ostrava Shipping N.V. (Euronext: OSTR) today reported results for the quarter ended
September 30, 2009.

CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands)
                                   Three Months Ended
                                     September 30,
                                   2009        2008
Revenues                          12,400      11,070
Net income                         1,200       1,000
"""


def test_a_release_that_never_states_its_currency(tmp_path):
    """Its money is no currency (XXX), the check says the currency is not stated, and the answer gives the
    figure as printed, never as US dollars."""
    doc = parse_text("o.txt", NO_CURRENCY_RELEASE)
    assert doc.currency == "" and {f.unit for f in doc.figures} == {"XXX"}
    ident = identity(doc)
    assert ident.currency is None and any(p.startswith("currency") for p in ident.not_stated) and not ident.problems
    doc.figures[0].unit = "USD"
    assert any("read as USD" in p for p in identity(doc).problems)  # the rule has teeth
    from chat.engine import Context, Engine
    from knowledge.ingest import ingest
    from knowledge.store import connect
    path = tmp_path / "ostrava.txt"
    path.write_text(NO_CURRENCY_RELEASE)
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [path])
    con.close()
    engine = Engine(tmp_path / "s.duckdb")
    a, _ = engine.ask("Ostrava revenue Q3 2009", Context())
    engine.close()
    assert a.status == "abstained" and a.printed == 12_400_000 and a.to_json()["value"] is None
    assert "$" not in a.body and "does not state its currency" in a.text


def test_annual_results_naming_their_year_released_in_april_are_that_year():
    text = ("Dunmore Holdings Ltd. Reports 2024 Annual Results\n\nLONDON, April 10, 2025 -- Dunmore Holdings Ltd. "
            "(LSE: DUN) today reported its annual results. Revenue was $412.0 million.\n")
    doc = parse_text("d.txt", text + "\nCONSOLIDATED STATEMENT OF OPERATIONS\n(in thousands)\n             Year Ended\n"
                     "             2024       2023\nRevenues   $ 412,000  $ 380,000\n")
    assert (doc.period.months, doc.period.end, doc.fye_month) == (12, date(2024, 12, 31), 12)


# --- the identity score: what is not stated, by rule ----------------------------------------------------

def test_an_opening_of_the_statements_alone_states_no_company_date_or_ticker_and_is_complete():
    text = ("EXHIBIT 99.2\nCONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)\nFor the 3 months ending June 30, 2006 and 2005\n"
            "(in thousands, except per share data)\n|2006\n|2005\nOperating revenues\n|$\n|282,374\n|$\n|241,625\n"
            "Net income\n|$\n|49,601\n|$\n|37,573\n")
    doc = parse_text("x.txt", text)
    ident = identity(doc)
    assert not ident.problems and ident.complete, ident.problems
    assert {p.split(" (")[0] for p in ident.not_stated} >= {"company", "ticker", "release date"}


def test_a_header_of_dates_is_no_release_date_left_unread():
    doc = parse_text("x.txt", "ACME TOOL CORP.\nCONSOLIDATED BALANCE SHEETS\n(in thousands)\n"
                     "                        June 30, 2009     December 31, 2008\n"
                     "Total assets           $ 52,000          $ 48,000\nTotal liabilities        30,000            29,000\n"
                     "Net income               1,000               900\n")
    assert doc.release_date is None
    assert any(p.startswith("release date") for p in identity(doc).not_stated)


def test_a_part_the_text_prints_but_the_parser_missed_is_a_problem_never_not_stated():
    doc = parse_text("c.txt", release("Santa Clara, Calif. \u2014 July 31, 2006 \u2014 Corwen Arrays, Inc. (Nasdaq: "
                                      "CRWN) today reported results for the three months ended June 30, 2006."))
    doc.release_date, doc.ticker, doc.company = None, None, None
    problems = identity(doc).problems
    assert any("July 31, 2006" in p for p in problems) and any("CRWN" in p for p in problems)
    assert any(p.startswith("no company name, though") for p in problems)
    from knowledge.check import check_document
    assert set(check_document(doc, []).missing) == {"company name", "ticker", "release date"}  # one rule, not two
    doc = parse_text("p.txt", "PEOPLES FARM CORPORATION REPORTS RESULTS FOR THE FIRST QUARTER OF 2025\n\nPeoples Farm "
                     "Corporation (OTCQX: PFMC) announced earnings of $1.3 million for the first quarter ending March 31, "
                     "2025.\n")
    assert doc.release_date is None and check_document(doc, []).missing == []  # no date printed: none missing


def test_a_brand_named_company_is_whole_and_lengthened_by_its_about_paragraph():
    lead = ("Halvorsen Reports Second Quarter Results\n\nPORTLAND, Oregon\u2014July 16, 2009\u2014Halvorsen\u00ae today "
            "released results for the second quarter ended June 30, 2009 (NASDAQ: HLVR).")
    doc = parse_text("h.txt", release(lead))
    assert doc.company == "Halvorsen" and name_problem(doc.company, doc.text) is None
    doc = parse_text("h.txt", release(lead, "About Halvorsen IT Solutions, Inc.\nHalvorsen IT Solutions, Inc. serves."))
    assert doc.company == "Halvorsen IT Solutions, Inc."


# --- fiscal calendars read from fewer words ---------------------------------------------------------------

def test_the_naming_offset_from_a_comparative_alone_is_the_year_before_its_quarter():
    text = ("SAN JOSE, Calif., April 28, 2009 -- Petrel Devices, Inc. (NASDAQ: PTRL) today reported results for its "
            "fiscal third quarter ended March 29, 2009. Revenue was $12.4 million, compared to $11.1 million in the "
            "third quarter of fiscal 2008.")
    doc = parse_text("p.txt", text)
    assert (doc.fye_month, doc.fy_offset, doc.period.label(doc.fye_month, doc.fy_offset)) == (6, 0, "Q3 FY2009")


@pytest.mark.parametrize("lead", [
    "today reported results for the third quarter of fiscal 2009 ended October 31, 2009.",
    "today reported results for the 13 weeks ended October 31, 2009, the third quarter of fiscal 2009.",
    "today reported results for the 3rd quarter of fiscal 2009 ended October 31, 2009.",  # ordinals as figures too
    "today reported results for the 13 weeks ended October 31, 2009, the 3rd quarter of fiscal 2009.",
])
def test_a_retailers_quarter_named_by_the_year_it_starts_in(lead):
    doc = parse_text("m.txt", "COLUMBUS, Ohio, Nov. 20, 2009 -- Marlow Stores, Inc. (NYSE: MRS) " + lead +
                     " Net sales were $412.0 million.")
    assert (doc.fye_month, doc.fy_offset, doc.period.label(doc.fye_month, doc.fy_offset)) == (1, -1, "Q3 FY2009")
    assert not identity(doc).problems


def test_fiscal_year_results_in_november_naming_no_year_end():
    doc = parse_text("h.txt", "Halden Foods, Inc. Reports Fiscal 2009 Results\n\nBOISE, Idaho, November 18, 2009 -- "
                     "Halden Foods, Inc. (NASDAQ: HLD) today reported results for fiscal 2009. Revenue was $212.0 million.")
    assert (doc.period.months, doc.period.end, doc.fye_month) == (12, date(2009, 9, 30), 9)


def test_a_fourth_quarter_named_without_a_date_before_the_calendar_quarter_could_end():
    doc = parse_text("t.txt", "Tarvin Corp. Reports Fourth Quarter and Fiscal Year 2009 Results\n\nAUSTIN, Texas, "
                     "November 18, 2009 -- Tarvin Corp. (NASDAQ: TRV) today reported results for its fourth quarter "
                     "and fiscal year 2009. Revenue was $212.0 million.")
    assert (doc.period.months, doc.period.end, doc.fye_month) == (3, date(2009, 9, 30), 9)
    assert doc.period.label(doc.fye_month, doc.fy_offset) == "Q4 FY2009"
    doc = parse_text("t.txt", "Tarvin Corp. Reports Fourth Quarter 2009 Results\n\nAUSTIN, Texas, February 18, 2010 -- "
                     "Tarvin Corp. (NASDAQ: TRV) today reported results for its fourth quarter 2009. Revenue was $212.0 million.")
    assert (doc.period.end, doc.fye_month) == (date(2009, 12, 31), 12)  # the calendar quarter was over: it stands


_FY_TOKENS = ("| | Q4 FY25 | Q4 FY24 | FY25 | FY24 |\n| --- | --- | --- | --- | --- |\n"
              "| Revenue | 48,210 | 43,004 | 180,402 | 160,330 |\n| Net loss | (5,104) | (7,912) | (22,604) | (28,330) |\n")


def _wexley(lead: str) -> str:
    return (f"Wexley Pharma plc Reports Results\n\nLONDON, Aug. 14, 2025 -- Wexley Pharma plc (LSE: WXY) today {lead}\n\n"
            f"CONSOLIDATED INCOME STATEMENT\n(US$000)\n\n{_FY_TOKENS}")


def test_a_quarter_named_by_its_token_before_the_calendar_quarter_could_end():
    """'Q4 FY25' in the lead of a release dated August 2025: read on a December year its columns ended in December
    2025 (after the release: left out) and 'Q4 FY24' was stored as October to December 2024 — the year-ago quarter
    answered as the latest one. The token names the fiscal quarter that ended last before the release."""
    doc = parse_text("w.md", _wexley("announced its results for Q4 FY25."))
    assert doc.fye_month == 6
    assert {(f.period.end, f.period.months, f.value) for f in doc.figures if f.label == "Revenue"} == {
        (date(2025, 6, 30), 3, 48_210_000), (date(2024, 6, 30), 3, 43_004_000),
        (date(2025, 6, 30), 12, 180_402_000), (date(2024, 6, 30), 12, 160_330_000)}


@pytest.mark.parametrize("lead,fye", [
    ("results for its Q1 FY25 ended December 31, 2024.", 9),
    ("results for its FY2025 Q1 ended December 31, 2024.", 9),
    ("results for Q2 fiscal 2025, which ended December 28, 2024.", 6),
    ("results for its first quarter of fiscal 2025 ended December 31, 2024.", 9),
    ("results for the quarter ended December 31, 2024.", 12),  # near miss: no quarter named, the calendar stands
])
def test_a_quarter_named_by_its_token_and_its_end_gives_the_years_end(lead: str, fye: int) -> None:
    """'its fiscal 2025 first quarter ended December 31, 2024' gave the September year; reworded 'its Q1 FY25 ended
    December 31, 2024' it gave none, and the quarter was read as the calendar's Q4 2024 (its year to date a year)."""
    text = (f"Orrin Bio Reports Results\n\nPASADENA, Calif., Feb. 10, 2025 -- Orrin Bio, Inc. (NASDAQ: ORBO) today "
            f"announced {lead} Revenue was $12.0 million.")
    assert parse_text("o.txt", text).fye_month == fye


def test_a_row_whose_column_lands_after_the_release_is_read_on_no_assumed_calendar():
    """Nothing names the quarter or the year's end: on the December year assumed, 'Q4 FY25' lands after the release
    date, so that calendar is wrong for the row's 'Q4 FY24' too; the row is left unread, not stored as 2024's."""
    doc = parse_text("w.md", _wexley("announced its results. Revenue grew 12%, and the net loss narrowed."))
    assert not [f for f in doc.figures if f.source == "table"]
    # near miss: a December year's release after its quarter keeps its rows
    doc = parse_text("w.md", _wexley("announced its results.").replace("Aug. 14, 2025", "Feb. 14, 2026"))
    assert {(f.period.end, f.period.months) for f in doc.figures if f.label == "Revenue"} == {
        (date(2025, 12, 31), 3), (date(2024, 12, 31), 3), (date(2025, 12, 31), 12), (date(2024, 12, 31), 12)}


def test_a_years_earnings_release_is_annual_whatever_quarter_a_later_sentence_mentions():
    text = ("2004 EARNINGS RELEASE\nNEW YORK, NY, March 8, 2005 -- Tallis Corporation (NYSE-TLS) reported net earnings "
            "in 2004 of $117.9 million, or $15.34 per share, compared with $166.2 million, or $21.79 per share, in "
            "2003. Tallis's common stockholders' equity per share at December 31, 2004 was $228.77, an increase of "
            "11.9% from $204.44 as of December 31, 2003. On a consolidated basis, cash and invested assets were $2.5 "
            "billion at December 31, 2004, an increase of 30.8% from approximately $1.9 billion at December 31, 2003.\n\n"
            "Its insurers recorded an underwriting profit of $74.2 million in 2004, despite catastrophe losses in the "
            "2004 third quarter.\n")
    doc = parse_text("t.txt", text)
    assert (doc.period.months, doc.period.end) == (12, date(2004, 12, 31)) and not identity(doc).problems


def test_the_check_holds_the_quarter_read_to_the_quarter_the_release_names():
    doc = parse_text("t.txt", release("Tarvin Corp. Reports Fourth Quarter Results\n\nAUSTIN, Texas, February 18, 2010 "
                                      "-- Tarvin Corp. (NASDAQ: TRV) today reported results for its fourth quarter "
                                      "ended December 31, 2009. Revenue for the quarter was $12.4 million.", statement=""))
    assert not identity(doc).problems
    from parsers.periods import Period
    doc.period = Period(date(2009, 9, 30), 3)  # a misread: the third quarter
    assert any("names its fourth quarter" in p for p in identity(doc).problems)


def test_amounts_in_another_currency_or_none_stated_are_never_ranked_against_dollars(tmp_path):
    from chat.engine import Context, Engine
    from knowledge.ingest import ingest
    from knowledge.store import connect
    dollars = tmp_path / "harbor.txt"
    dollars.write_text("Harbor Mills, Inc. Reports Third Quarter 2009 Results\n\nDAYTON, Ohio, October 20, 2009 -- "
                       "Harbor Mills, Inc. (NYSE: HBM) today reported results for the quarter ended September 30, 2009.\n"
                       + STATEMENT)
    none = tmp_path / "ostrava.txt"
    none.write_text(NO_CURRENCY_RELEASE.replace("12,400", "99,400"))  # the larger number, in no stated currency
    con = connect(tmp_path / "s.duckdb")
    ingest(con, [dollars, none])
    con.close()
    engine = Engine(tmp_path / "s.duckdb")
    a, _ = engine.ask("which company had the highest revenue in Q3 2009", Context())
    engine.close()
    assert "Harbor" in a.text and a.value == 12_400_000 and "Left out: Ostrava" in a.text, a.text


@pytest.mark.parametrize("text,code", [
    ("All amounts are expressed in Canadian dollars unless otherwise noted. Revenue was $1.1 billion.", "CAD"),
    ("(in thousands of CAD)\nRevenue 1,100 1,000", "CAD"),
    ("(in CAD thousands)\nRevenue 1,100 1,000", "CAD"),
    ("(in USD thousands)\nRevenue 1,100 1,000", "USD"),
    ("(in thousands of US$)\nRevenue 1,100 1,000", "USD"),
])
def test_currency_codes_in_headings_read_alike_by_the_parser_and_the_check(text, code):
    from knowledge.check_identity import currency
    assert statement_currency(text) == code and currency(text) == code


def test_a_brand_is_lengthened_to_the_legal_name_the_text_prints_twice():
    lead = ("Halvorsen Reports Second Quarter Results\n\nPORTLAND, Oregon\u2014July 16, 2009\u2014Halvorsen\u00ae today "
            "released results for the second quarter ended June 30, 2009.")
    tail = ("Halvorsen IT Solutions, Inc. undertakes no obligation to update these statements.\n"
            "Copyright 2009 Halvorsen IT Solutions, Inc.")
    assert parse_text("h.txt", release(lead, tail)).company == "Halvorsen IT Solutions, Inc."
    doc = parse_text("h.txt", release(lead))
    assert doc.company == "Halvorsen" and name_problem("Halvorsen", doc.text + "\n" + tail) == \
        "company 'Halvorsen' is a brand: the text prints 'Halvorsen IT Solutions, Inc.'"
