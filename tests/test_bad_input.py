"""Bad and odd inputs: each has an expected outcome and none ends in a traceback."""
import json
import os
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chat.cli import main
from chat.periods import find_periods
from conftest import SAMPLES
from parsers.document import parse_text
from parsers.fixed_tables import header_columns
from parsers.loading import load_text
from parsers.model import ParseError
from parsers.numbers import parse_cell

SEED = (SAMPLES / "002_4266c43fe5b6aa3e.txt").read_text()


def ingest_one(tmp_path, name: str, data: bytes, capsys):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    code = main(["--db", str(tmp_path / "s.duckdb"), "ingest", str(folder / name)])
    return code, capsys.readouterr()


ODD_FILES = [
    ("empty.txt", b"", False, "empty"),
    ("blank.txt", b"\n\n   \n", False, "empty"),
    ("binary.txt", os.urandom(5000), False, "binary"),
    ("latin1.txt", SEED.replace("Mass.", "Québec").encode("cp1252"), True, ""),
    ("bom.txt", b"\xef\xbb\xbf" + SEED.encode(), True, ""),
    ("crlf.txt", SEED.replace("\n", "\r\n").encode(), True, ""),
    ("tabs.txt", SEED.replace("        ", "\t").encode(), True, ""),
    ("no_tables.txt", SEED.split("BioSphere Medical, Inc.\n---")[0].encode(), True, ""),
    ("no_figures.txt", b"ACME Corp. reports its fiscal quarter results. Revenue and earnings rose.\n"
                       b"The quarter was strong; net income per share improved.\n", True, ""),
    ("poem.txt", b"Roses are red\nviolets are blue\n", False, "not an earnings release"),
    ("two_in_one.txt", (SEED + "\n\n" + (SAMPLES / "000_843828982d2ba441.txt").read_text()).encode(), True, ""),
]


# Named by file: an id made of the bytes would differ between two collections (binary.txt is random), and
# pytest -n (.ci/run) refuses to run when its workers collect different tests.
@pytest.mark.parametrize("name,data,ok,why", ODD_FILES, ids=[case[0] for case in ODD_FILES])
def test_odd_files(tmp_path, capsys, name, data, ok, why):
    code, out = ingest_one(tmp_path, name, data, capsys)
    assert "Traceback" not in out.err
    if ok:
        assert code == 0, out.err
    else:
        assert code == 1 and name in out.err and why in out.err


def test_crlf_and_tabs_give_the_same_figures(tmp_path):
    base = {(f.label, f.period.label(12), f.value) for f in parse_text("a", SEED).figures}
    crlf_path = tmp_path / "c.txt"
    crlf_path.write_bytes(SEED.replace("\n", "\r\n").encode())
    text, fmt = load_text(crlf_path)
    assert {(f.label, f.period.label(12), f.value) for f in parse_text("c", text, fmt).figures} == base


def test_oversized_file_is_refused_clearly(tmp_path, capsys):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.write(SEED.encode() * (50 * 1024 * 1024 // len(SEED) + 1))
    code = main(["--db", str(tmp_path / "s.duckdb"), "ingest", str(big)])
    err = capsys.readouterr().err
    assert code == 1 and "big.txt" in err and "too large" in err


def test_html_with_scripts_and_styles(tmp_path, capsys):
    html = ("<html><head><script>alert('x $1,000 million')</script><style>.a{}</style></head><body>"
            "<p>ACME Corp. (NYSE: ACM) reported revenue of $12.0 million for the second quarter of 2008, "
            "compared to $10.0 million for the second quarter of 2007.</p></body></html>")
    code, out = ingest_one(tmp_path, "r.html", html.encode(), capsys)
    assert code == 0
    code = main(["--db", str(tmp_path / "s.duckdb"), "ask", "ACME revenue Q2 2008", "--json"])
    answer = json.loads(capsys.readouterr().out)
    assert answer["value"] == 12_000_000


def test_folder_with_many_unrelated_files(tmp_path, capsys):
    folder = tmp_path / "junk"
    folder.mkdir()
    for i in range(1500):
        (folder / f"note_{i}.txt").write_text(f"shopping list {i}: milk, eggs\n")
        (folder / f"img_{i}.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    (folder / "release.txt").write_text(SEED)
    code = main(["--db", str(tmp_path / "s.duckdb"), "ingest", str(folder), "--workers", "2"])
    captured = capsys.readouterr()
    assert code == 1
    documents, _, unchanged, failures = captured.out.splitlines()[-2].split()[:4]
    assert (documents, unchanged, failures) == ("1", "0", "1500")
    assert captured.err.count("not an earnings release") == 1500


@pytest.mark.parametrize("cell", ["1,2,3", "(—)", "(a)", "$", "--", "12.3.4", "(", ")", "%", "1,23", "$ (0.03) *"])
def test_odd_cells(cell):
    parse_cell(cell)  # never raises


def test_ragged_and_truncated_tables():
    lines = SEED.split("\n")
    for cut in range(290, 340, 3):
        text = "\n".join(lines[:cut]) + "\n   Revenues    $ 6,637 $ 5,"
        doc = parse_text("t.txt", text)
        assert all(f.quote in text.split("\n")[f.line - 1] for f in doc.figures)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_cells_property(text):
    value = parse_cell(text)
    assert value is None or isinstance(value, float)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Q1234 fiscalyearndmothsq'0-9/,.", max_size=60))
def test_question_periods_property(text):
    for _, _, spec in find_periods(text.lower()):
        assert spec.kind


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["2007", "2006", "Q3 2006", "YTD 2006", "%", "Change", "-----", "   ", "Revenue", "$"]),
                max_size=8))
def test_header_property(tokens):
    header_columns("   ".join(tokens))


@settings(max_examples=60, deadline=None)
@given(st.randoms(use_true_random=False))
def test_fuzz_mutated_releases(rnd):
    """Random cuts, swaps and junk in a real release: only the project's ParseError may come out."""
    lines = SEED.split("\n")
    for _ in range(rnd.randint(1, 30)):
        i = rnd.randrange(len(lines))
        op = rnd.randrange(4)
        if op == 0:
            lines[i] = lines[i][: rnd.randrange(len(lines[i]) + 1)]
        elif op == 1:
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 2:
            lines.insert(i, "".join(rnd.choice("$(),.%-0123456789 abcQ|\t") for _ in range(rnd.randrange(80))))
        else:
            del lines[i]
    try:
        doc = parse_text("fuzz.txt", "\n".join(lines))
    except ParseError:
        return
    text_lines = "\n".join(lines).split("\n")
    for f in doc.figures:
        assert f.quote in text_lines[f.line - 1]


def test_fuzz_random_bytes():
    rnd = random.Random(7)
    for _ in range(100):
        data = bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 3000)))
        try:
            text = data.decode("utf-8", errors="replace")
            parse_text("r.txt", text)
        except ParseError:
            pass
