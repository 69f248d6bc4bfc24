"""The vocabulary as data: knowledge/vocabulary.toml and the user's additions ($FILINGS_CHAT_VOCABULARY),
read once for every layer.

Prose, tables and questions must read the same metrics and places: a metric added to the file is a
term of the prose patterns (parsers/narrative_terms.py), a label of the tables and a phrase of the
questions (knowledge/vocabulary.py). The file is read here, below both, because parsers/ may not
import knowledge/ (data flows parsers → knowledge → chat); knowledge/vocabulary.py builds its
metrics and places from this same dict.
"""
from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from parsers.numbers import SCALE_WORDS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

VOCABULARY_FILE = Path(__file__).resolve().parents[1] / "knowledge" / "vocabulary.toml"


def load_vocabulary(path: Path = VOCABULARY_FILE) -> dict:
    """The vocabulary file: metrics, places and the words of questions, as data a user can extend."""
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def _load_user_vocabulary(path: Path) -> dict:
    """The user's vocabulary file, read as releases are (parsers.release_files.read_release): a regular file
    only, bounded, so a FIFO or /dev/zero named by mistake is refused instead of hanging the tool."""
    from parsers.release_files import read_release
    return tomllib.loads(read_release(path).decode("utf-8"))


def with_user_vocabulary(base: dict) -> dict:
    """$FILINGS_CHAT_VOCABULARY names a file of the same form whose metrics and places are added
    (a metric with a key already known replaces it), so a user extends the vocabulary without
    touching the package."""
    extra_path = os.environ.get("FILINGS_CHAT_VOCABULARY")
    if not extra_path:
        return base
    extra = _load_user_vocabulary(Path(extra_path))
    for section in ("metric", "place"):
        added = {e["key"]: e for e in extra.get(section, [])}
        base[section] = [added.pop(e["key"], e) for e in base.get(section, [])] + list(added.values())
    for name, words in extra.get("language", {}).items():
        merged = base.setdefault("language", {}).get(name)
        base["language"][name] = {**merged, **words} if isinstance(words, dict) else sorted(set(merged or []) | set(words))
    return base


VOCABULARY = with_user_vocabulary(load_vocabulary())

PROSE_UNITS = ("USD",)  # prose reads amounts of money; per-share amounts by the grammar of "per share"


def _tokens(pattern: str) -> Iterator[tuple[str, bool]]:
    """A pattern's characters (an escape with the character it escapes, as one) and whether each stands
    inside a character class — what both walks below need to tell syntax from text."""
    in_class, i = False, 0
    while i < len(pattern):
        if pattern[i] == "\\":
            yield pattern[i:i + 2], in_class
            i += 2
            continue
        ch = pattern[i]
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        yield ch, in_class
        i += 1


def _top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern's outermost '|' (not those inside a group or a class)."""
    parts, current, depth = [], [], 0
    for tok, in_class in _tokens(pattern):
        if not in_class and tok == "(":
            depth += 1
        elif not in_class and tok == ")":
            depth -= 1
        elif not in_class and tok == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(tok)
    return parts + ["".join(current)]


def _spaces_outside_classes(pattern: str) -> str:
    """A label pattern's single spaces as any run of white space (prose is wrapped), classes kept."""
    return "".join(r"\s+" if tok == " " and not in_class else tok for tok, in_class in _tokens(pattern))


def prose_term(labels: str) -> str | None:
    """A metric's label pattern (written for a whole table label in lower case: '^annual recurring
    revenue$') as a term found inside a sentence: its anchors dropped, its alternatives that reach
    over any text ('.*') left out. None when nothing is left."""
    kept = []
    for alt in _top_level_alternatives(labels):
        alt = alt.removeprefix("^")
        if alt.endswith("$") and not alt.endswith("\\$"):
            alt = alt[:-1]
        if not alt or ".*" in alt or ".+" in alt or alt in ("$^", "^$"):
            continue
        kept.append(_spaces_outside_classes(alt))
    return "|".join(f"(?:{k})" for k in kept) or None


def metric_prose_terms(vocabulary: dict = VOCABULARY, units: tuple[str, ...] = PROSE_UNITS) -> list[str]:
    """The prose terms of the money metrics of the vocabulary (of `units`: ("percent",) for the ratios and
    margins a sentence states as levels), longest pattern first (a longer name is the more particular one:
    'annual recurring revenue' before 'revenue')."""
    terms = [prose_term(m["labels"]) for m in vocabulary.get("metric", []) if m.get("unit") in units]
    return sorted((t for t in terms if t), key=len, reverse=True)


def place_patterns(vocabulary: dict = VOCABULARY) -> list[tuple[str, str, str]]:
    """(key, display, pattern) of every place, its pattern written for lowercase text."""
    return [(p["key"], p["display"], p["pattern"]) for p in vocabulary.get("place", [])]


def place_prose_pattern(vocabulary: dict = VOCABULARY) -> str:
    """Every place of the vocabulary as one alternation for prose (read case-insensitively)."""
    return "|".join(f"(?:{pattern})" for _, _, pattern in place_patterns(vocabulary))


def transaction_patterns(vocabulary: dict = VOCABULARY) -> tuple[re.Pattern, re.Pattern]:
    """(before, after): the vocabulary's phrases of a deal or a limit (`transactions`, `transactions_after` of
    [language]) as patterns that end right before an amount ("net proceeds of approximately ") and that
    start right after one ("million remains under"). An amount either matches is a deal's size, no figure of
    a period. Never matching when the lists are empty."""
    language = vocabulary.get("language", {})
    words = lambda key: "|".join(r"\s+".join(map(re.escape, p.split())) for p in language.get(key, ())) or r"(?!)"
    amount = r"(?:US)?\$\d[\d,.]*(?:\s?(?:million|billion|thousand|mm|bn|[mbk])\b)?"
    before = re.compile(r"(?:\b(?:" + words("transactions") + r")\s+(?:(?:of|at|to|from|totaling|totalling)\s+)?"
                        # "borrowing capacity from $1.1 billion to $1.2 billion": both ends of a changed limit
                        r"(?:from\s+" + amount + r"\s+to\s+)?"
                        # "Sold 41 properties for $148.7 million", "sold our interest in the venture for": an asset's price
                        r"|\bsold\s+(?:[\w,.%'\u2019-]+\s+){0,6}?(?:propert(?:y|ies)|assets?|buildings?|interests?|stake|"
                        r"business(?:es)?|divisions?|subsidiar(?:y|ies)|land|vessels?|portfolios?|hotels?|centers?)\s+"
                        r"(?:[\w,.'\u2019-]+\s+){0,6}?for\s+)"
                        r"(?:(?:approximately|about|nearly|around|over|up\s+to|c\.)\s*|~)?$", re.I)
    scales = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))  # "$75 mln share repurchase" as "$75 million ..."
    rate = r"(?:\s+\d{1,2}(?:\.\d{1,3})?(?:\s+\d/\d)?\s?%)?"  # "$450 million 3.50% senior notes": the notes' rate
    after = re.compile(r"^\)?(?:\s*(?:" + scales + r")\b)?" + rate + r"[\s-]+(?:" + words("transactions_after")
                       + r")\b", re.I)
    return before, after


def other_earnings_words(vocabulary: dict = VOCABULARY) -> tuple[str, str]:
    """(any figure's, a per-share figure's only): the words before earnings or income that make another
    measure (`other_earnings`, `other_earnings_per_share` of [language]), each an alternation of phrases
    whose words any run of spaces may part; never matching when a list is empty."""
    language = vocabulary.get("language", {})
    words = lambda key: "|".join(r"\s+".join(map(re.escape, p.split()))
                                 for p in sorted(language.get(key, ()), key=len, reverse=True)) or r"(?!)"
    return words("other_earnings"), words("other_earnings_per_share")


def basis_heading_words(vocabulary: dict = VOCABULARY) -> str:
    """The words a heading names a basis with, an alternation of phrases whose words any run of spaces may part: a
    phrase of `basis_headings` ('Pro Forma', 'Restated') alone, a word of `other_earnings` ('Core', 'Organic') only
    with a noun of `basis_heading_nouns` after it ('Core Earnings', 'Comparable Basis'; that word is the group
    `earnings`): 'Core Markets' or 'Organic Products' is a part of the business, never a basis. Never matching when
    the lists are empty."""
    language = vocabulary.get("language", {})
    either = lambda key: "|".join(r"\s+".join(map(re.escape, p.split()))
                                  for p in sorted(language.get(key, ()), key=len, reverse=True)) or r"(?!)"
    return (rf"{either('basis_headings')}|(?P<earnings>{either('other_earnings')})\s+"
            rf"(?:{either('basis_heading_nouns')})")


def forward_heading_words(vocabulary: dict = VOCABULARY) -> str:
    """The words a column heading marks its figures forward with (an outlook, a plan, an estimate): the stems of
    `forward_headings` matched anywhere in a word, and the whole words of `guidance` (the words a question asks for
    an outlook with), an alternation whose phrases' words any run of spaces may part; never matching when empty."""
    language = vocabulary.get("language", {})
    stems = [r"\s+".join(map(re.escape, p.split())) for p in language.get("forward_headings", ())]
    words = [rf"\b{re.escape(w)}\b" for w in language.get("guidance", ())]
    return "|".join(sorted(stems, key=len, reverse=True) + words) or r"(?!)"


def headline_measure_words(vocabulary: dict = VOCABULARY) -> tuple[str, str]:
    """(measures, verbs): `headline_measures` and `headline_change_verbs` of [language], each an alternation (a
    measure's words any run of spaces may part); never matching when a list is empty."""
    language = vocabulary.get("language", {})
    measures = "|".join(r"\s+".join(map(re.escape, p.split()))
                        for p in sorted(language.get("headline_measures", ()), key=len, reverse=True)) or r"(?!)"
    verbs = "|".join(map(re.escape, sorted(language.get("headline_change_verbs", ()), key=len, reverse=True))) or r"(?!)"
    return measures, verbs


__all__ = ["VOCABULARY", "basis_heading_words", "headline_measure_words", "forward_heading_words", "VOCABULARY_FILE", "load_vocabulary", "with_user_vocabulary", "metric_prose_terms",
           "other_earnings_words", "place_patterns", "place_prose_pattern", "prose_term", "transaction_patterns"]
