"""The metric vocabulary: printed labels to canonical metrics, places to canonical regions, and the
words people use for each in questions.

A label the vocabulary does not know is kept with metric "other" and its printed label, never
dropped. A label carrying a qualifier (non-GAAP, a portion, an amount attributable to a charge)
is never taken for the plain metric.
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@dataclass(frozen=True)
class Metric:
    key: str
    name: str  # how answers name it
    unit: str
    label_pattern: str  # printed labels (lower case) that mean it
    synonyms: tuple[str, ...]  # how questions say it
    flow: bool = True  # False for balance-sheet figures (an instant)
    defined_basis: bool = False  # a non-GAAP measure by definition (FFO, EBITDA): asked for without "non-GAAP"


VOCABULARY_FILE = Path(__file__).with_name("vocabulary.toml")


def _load_vocabulary(path: Path = VOCABULARY_FILE) -> dict:
    """The vocabulary file: metrics, places and the words of questions, as data a user can extend."""
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def _load_user_vocabulary(path: Path) -> dict:
    """The user's vocabulary file, read as releases are (parsers.loading.read_release): a regular file
    only, bounded, so a FIFO or /dev/zero named by mistake is refused instead of hanging the tool."""
    from parsers.loading import read_release
    return tomllib.loads(read_release(path).decode("utf-8"))


def _with_user_vocabulary(base: dict) -> dict:
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


VOCABULARY = _with_user_vocabulary(_load_vocabulary())
METRICS: list[Metric] = [
    Metric(m["key"], m["name"], m["unit"], m["labels"], tuple(m.get("synonyms", ())), m.get("flow", True),
           m.get("defined_basis", False))
    for m in VOCABULARY["metric"]
]
LANGUAGE = VOCABULARY.get("language", {})
BY_KEY = {m.key: m for m in METRICS}
LABEL_RES = {m.key: re.compile(m.label_pattern) for m in METRICS}
EXPENSE_SECTION = re.compile(r"cost|expense", re.I)


@lru_cache(maxsize=65536)
def canonical_metric(label: str, section: str = "", unit: str = "USD") -> str:
    """The canonical metric a printed label means, or "other". Cached: releases repeat their labels."""
    low = " ".join(label.lower().replace("’", "'").split())
    if re.search(r"\b(?:excluding|adjusted|non-gaap|pro forma|as adjusted)\b", low):
        return "other"  # a printed non-GAAP row is never the GAAP metric
    low = re.sub(r"\s*\((?:a|b|c|\d)\)$", "", low).strip(" :")
    low = re.sub(r",? at (?:the )?end of (?:the )?(?:period|year|quarter|fiscal year)$", "", low)
    if unit == "USD/share":
        return _per_share_metric(low, section.lower())
    if unit == "shares":
        if not LABEL_RES["weighted_shares"].search(low):
            return "other"
        if "diluted" in low and "basic" not in low:
            return "weighted_shares_diluted"
        if "basic" in low and "diluted" not in low:
            return "weighted_shares_basic"
        return "weighted_shares"
    if low in ("sales", "sales expense", "sales expenses") and EXPENSE_SECTION.search(section):
        return "selling_expense"
    for metric in METRICS:
        if metric.unit in ("USD/share", "shares"):
            continue
        if metric.unit == "percent" and unit != "percent" or unit == "percent" and metric.unit != "percent":
            continue
        if LABEL_RES[metric.key].search(low):
            return metric.key
    return "other"


PER_SHARE_HEADS = [  # the head noun of a per-share figure decides what it is; only earnings make EPS
    ("tangible_book_value_per_share", re.compile(r"tangible book value")),
    ("book_value_per_share", re.compile(r"book value")),
    ("dividends_per_share", re.compile(r"dividends?|distributions?")),
    ("affo_per_share", re.compile(r"\baffo\b|adjusted funds from operations")),
    ("ffo_per_share", re.compile(r"\bffo\b|funds from operations")),
    ("other", re.compile(r"\bcash\b|sales|revenue|operating cash|free cash|distributable|\bnav\b|net asset value")),
]


def _per_share_metric(label: str, section: str) -> str:
    """EPS only when the head noun is earnings, income or loss; diluted and basic kept apart
    ('basic and diluted' is the diluted figure, and says so)."""
    if re.search(r"\bbefore\b|cumulative|discontinued|extraordinary|effect of", label):
        return "other"  # a part of EPS, not EPS
    text = f"{label} {section}"
    if re.search(r"continuing", text):  # "from continuing operations" is a metric of its own
        return "other" if re.search(r"\bbasic\b", text) and "diluted" not in text else "eps_continuing"
    for key, rx in PER_SHARE_HEADS:
        if rx.search(label) or (not re.search(r"earn|income|loss|eps", label) and rx.search(section)):
            return key
    text = text.strip()
    if not re.search(r"earnings|net (?:income|loss)|\(loss\)|income|loss per|profit|\beps\b|diluted|basic", text) \
            or re.search(r"discontinued", text):
        return "other"
    if re.search(r"\bdiluted\b|\bdilution\b", text):
        return "eps_diluted"
    if re.search(r"\bbasic\b", text):
        return "eps_basic"
    return "eps"


GEOGRAPHIES: list[tuple[str, str, str]] = [(p["key"], p["display"], p["pattern"]) for p in VOCABULARY["place"]]
GEO_DISPLAY = {k: d for k, d, _ in GEOGRAPHIES}


def canonical_geo(text: str) -> str:
    """'' for the total (worldwide), else the region key."""
    low = text.lower()
    for key, _, pattern in GEOGRAPHIES:
        if re.search(pattern, low):
            return "" if key == "worldwide" else key
    return ""


def company_key(name: str | None) -> str | None:
    """A company's name without punctuation and legal suffix, so spellings across releases agree."""
    if not name:
        return None
    low = re.sub(r"[^a-z0-9& ]", " ", name.lower())
    low = re.sub(r"\b(?:inc|incorporated|corporation|corp|company|co|ltd|limited|plc|llc|lp|the|n v|s a)\b", " ", low)
    return " ".join(low.split()) or None


def word_shapes(word: str) -> tuple[str, str]:
    """What a misspelt word is looked up by: its first two and its last two letters. One slip (a
    letter wrong, missing, added, or two swapped) in a word of five or more letters leaves one of
    the two as it was, so the words sharing either are the only ones worth comparing with it."""
    return "^" + word[:2], "$" + word[-2:]


def is_revenue_section(section: str) -> bool:
    """'Revenues:', 'Net sales', 'Operating Revenues': the rows under it are lines of business."""
    return bool(re.fullmatch(r"(?:total\s+)?(?:net\s+)?(?:operating\s+)?(?:geographic(?:al)?\s+|segment\s+)?"
                             r"(?:revenues?|sales)(?:\s+by\s+(?:geography|region|segment|geographic\s+area))?(?:\s*:)?",
                             " ".join(section.lower().split())))
