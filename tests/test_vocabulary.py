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
