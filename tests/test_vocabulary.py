"""The vocabulary is data (knowledge/vocabulary.toml): every entry must be usable as written, and
an entry a user adds ($FILINGS_CHAT_VOCABULARY) is understood without code."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from knowledge.vocabulary import METRICS

UNITS = {"USD", "USD/share", "shares", "percent", "count"}
RELEASE = """ACME WIDGETS REPORTS FIRST QUARTER 2025 RESULTS

SPRINGFIELD, Ohio, April 20, 2025 -- Acme Widgets, Inc. (NYSE: ACWD) today reported results for the
first quarter ended March 31, 2025.

(In thousands)
                                   Three Months Ended March 31,
                                        2025          2024
Net sales                             $ 12,500      $ 11,000
Widget backlog                           4,210         3,900
Net income                               1,250         1,100
"""


def test_every_metric_is_well_formed():
    keys = [m.key for m in METRICS]
    assert len(keys) == len(set(keys))
    for m in METRICS:
        assert m.unit in UNITS, m.key
        re.compile(m.label_pattern)
        assert all(s == s.lower() and s.strip() for s in m.synonyms), m.key


def test_industries_are_in_the_vocabulary():
    keys = {m.key for m in METRICS}
    assert {"net_interest_income", "provision_credit_losses", "deposits", "loans", "net_interest_margin",
            "gross_written_premium", "net_earned_premium", "losses_lae", "combined_ratio", "book_value_per_share",
            "ffo", "affo", "comparable_sales", "kwh_sales", "arr", "subscription_revenue", "rpo"} <= keys


def test_a_metric_added_by_the_user_is_understood_without_code(tmp_path):
    release = tmp_path / "acme_q1.txt"
    release.write_text(RELEASE)
    extra = tmp_path / "mine.toml"
    extra.write_text("""[[metric]]
key = 'widget_backlog'
name = 'widget backlog'
unit = 'USD'
labels = '^widget backlog'
synonyms = ['widget backlog', 'units on order']
""")
    env = {**os.environ, "FILINGS_CHAT_VOCABULARY": str(extra)}
    db = tmp_path / "s.duckdb"
    run = lambda *args: subprocess.run([sys.executable, "-m", "chat", "--db", str(db), *args], env=env,
                                       capture_output=True, text=True, timeout=120)
    assert run("ingest", str(release)).returncode == 0
    answer = json.loads(run("ask", "units on order Q1 2025", "--json").stdout)
    assert answer["metric"] == "widget_backlog" and answer["value"] == 4210000


def test_spelling_repair_reads_only_words_of_the_same_shape_and_finds_the_best(seed_db):
    """One slip (a letter wrong, missing, added, or two swapped) in a word of five or more letters:
    comparing only the known words that share its first or last two letters finds as close a word
    as comparing all of them."""
    import random
    from rapidfuzz import fuzz, process
    from chat.engine import Engine
    vocab = Engine(seed_db).vocab
    words = sorted(w for w in vocab.words if len(w) >= 5 and w.isalpha())
    rnd = random.Random(3)
    checked = 0
    for word in rnd.sample(words, min(300, len(words))):
        i = rnd.randrange(1, len(word) - 1)
        letter = rnd.choice("abcdefghijklmnopqrstuvwxyz")
        for typo in (word[:i] + word[i + 1:], word[:i] + letter + word[i:], word[:i] + letter + word[i + 1:],
                     word[:i] + word[i + 1] + word[i] + word[i + 2:]):
            full = process.extractOne(typo, sorted(vocab.words), scorer=fuzz.ratio)
            near = process.extractOne(typo, vocab.near_words(typo), scorer=fuzz.ratio)
            assert near is not None and near[1] == full[1], (typo, full, near)
            checked += 1
    assert checked > 200


def test_a_metric_added_to_the_vocabulary_is_read_in_prose_tables_and_questions(tmp_path):
    """One source of words: a [[metric]] added to the file is a term of the prose reader too, so
    'Contracted revenue was $50.0 million' is that metric, never revenue of a product 'Contracted'."""
    extra = tmp_path / "mine.toml"
    extra.write_text("""[[metric]]
key = 'contracted_revenue'
name = 'contracted revenue'
unit = 'USD'
labels = '^contracted revenues?'
synonyms = ['contracted revenue']
""")
    head = RELEASE.split("(In thousands)")[0]
    prose, table = tmp_path / "prose.txt", tmp_path / "table.txt"
    prose.write_text(head + "Contracted revenue was $50.0 million for the first quarter of 2025.\n")
    table.write_text(head + """(In thousands)
                                   Three Months Ended March 31,
                                        2025          2024
Net sales                             $ 12,500      $ 11,000
Contracted revenue                      42,100        39,000
""")
    env = {**os.environ, "FILINGS_CHAT_VOCABULARY": str(extra)}
    for release, want in ((prose, 50_000_000), (table, 42_100_000)):
        db = tmp_path / f"{release.stem}.duckdb"
        run = lambda *args: subprocess.run([sys.executable, "-m", "chat", "--db", str(db), *args], env=env,
                                           capture_output=True, text=True, timeout=120)
        assert run("ingest", str(release)).returncode == 0
        answer = json.loads(run("ask", "contracted revenue Q1 2025", "--json").stdout)
        assert answer["metric"] == "contracted_revenue" and answer["value"] == want, release.name
        plain = json.loads(run("ask", "revenue Q1 2025", "--json").stdout)
        assert plain["value"] != want  # never the company's revenue


def test_prose_terms_are_the_vocabularys_money_metrics():
    from parsers.vocabulary_data import VOCABULARY, prose_term
    from parsers.narrative_terms import TERM_RE
    assert prose_term("^(?:new )?orders(?: received)?$|^bookings$|^x.*y") == r"(?:(?:new\s+)?orders(?:\s+received)?)|(?:bookings)"
    assert prose_term("$^") is None
    money = [m for m in VOCABULARY["metric"] if m["unit"] == "USD" and prose_term(m["labels"])]
    assert any(m["key"] == "arr" for m in money)
    found = TERM_RE.search("Annual recurring revenue was $50.0 million")
    assert found and found.group(0) == "Annual recurring revenue"
    assert [m.group(0) for m in TERM_RE.finditer("Cash flow was $3.0 million")] == []  # not "Cash": the name goes on


def test_the_longest_place_named_wins():
    from knowledge.vocabulary import canonical_geo
    assert canonical_geo("Latin America") == "latin_america"
    assert canonical_geo("North American sales") == "north_america"
    assert canonical_geo("Europe, Middle East and Africa") == "emea"
    assert canonical_geo("United States") == "us" and canonical_geo("Brazil") == "brazil"
