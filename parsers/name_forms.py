"""The short forms a company name's words are printed in: one table, so a name spelled two ways in one release
('International' in its dateline, "INT'L" in a statement's caption; 'Manufacturing' and 'Mfg.'; '&' and 'and') is
read as one entity wherever names are compared (statement captions in parsers/grid_tables.py, prose subjects)."""
from __future__ import annotations

import re

# the word as spelled out: its printed short forms (lower case, without the trailing period)
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "and": ("&",),
    "international": ("intl", "int'l", "int\u2019l", "internat'l"),
    "national": ("natl", "nat'l", "nat\u2019l"),
    "manufacturing": ("mfg", "mfrs", "mfr"),
    "corporation": ("corp", "corpn"),
    "incorporated": ("inc",),
    "company": ("co",),
    "companies": ("cos",),
    "holdings": ("hldgs", "hldg", "hlds"),
    "limited": ("ltd",),
    "industries": ("inds", "indus"),
    "brothers": ("bros",),
    "associates": ("assoc", "assocs"),
    "laboratories": ("labs", "lab"),
    "services": ("svcs", "svc"),
    "systems": ("sys",),
    "group": ("grp",),
    "management": ("mgmt", "mgt"),
    "technologies": ("techs", "tech"),
    "association": ("assn",),
    "american": ("amer",),
    "financial": ("finl", "fin'l"),
    "bancorporation": ("bancorp",),
}
_FULL: dict[str, str] = {short: full for full, shorts in SHORT_FORMS.items() for short in shorts}
_WORD = re.compile(r"[a-z0-9&]+(?:['\u2019][a-z]+)?")


def spelled_out(word: str) -> str:
    """A name word in its spelled-out form ('Int\\'l' -> 'international', 'Mfg.' -> 'manufacturing'); a possessive's
    's' left off; any other word as it is, in lower case."""
    w = word.lower().rstrip(".")
    w = re.sub(r"['\u2019]s$", "", w)
    return _FULL.get(w, w)


def name_words(name: str) -> list[str]:
    """The words of a company name, each spelled out, in order: two spellings of one name give the same words."""
    return [spelled_out(w) for w in _WORD.findall(name.lower())]
