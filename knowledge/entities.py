"""Statements of two entities in one release: a holding company's own balance sheet beside that of a business it
owns a share of, a parent's beside its group's. Each title names its entity ('Acme Holdings Ltd. Statement of
Financial Position', 'Acme Operating Partnership Balance Sheets'); the same figure (total assets, cash, equity)
then has one value for each entity, and one of them picked at random would be a wrong figure.

The statement whose title names the company exactly (its registered name, legal form included) is the company's:
its figures stay the company's, and the other entity's figures of the same metric and period are that entity's
(its name as their segment), never a second value of the company's. Where no title, or more than one, names the
company, which is the company's cannot be told: every entity's figures of a metric two of them print are kept
apart under their entities' names, so a question about the company finds no figure of its own to state."""
from __future__ import annotations

import re

from knowledge.check_rows import region_after
from parsers.scan import Needles, first_words

STATEMENTS = ("income", "balance", "cash_flow")
_KIND_WORDS = re.compile(r"(?:statements?\s+of|balance\s+sheets?|income\s+statements?|cash\s+flows?\s+statements?)", re.I)
_TITLE = re.compile(r"^\W*(?P<name>[A-Z][\w&.,'\u2019 -]{2,80}?)\s*(?:\b(?:condensed|consolidated|interim|unaudited|"
                    r"combined)\s*)*(?=" + _KIND_WORDS.pattern + ")", re.I)
# _TITLE tries its look-ahead after every length of name (~15 us a line): a line without one of the words every
# match of the look-ahead holds (worked out from the pattern, scan.first_words) is ruled out first
_KIND_NEEDLES = Needles(*found[0]) if (found := first_words(_KIND_WORDS, inside_words=True)) else None
_NO_NAME = re.compile(r"^(?:the\s+)?(?:condensed|consolidated|interim|unaudited|combined|selected|summary|"
                      r"supplemental|exhibit|table|and|of|in|\W)*$", re.I)


_GROUP = re.compile(r"\s+and\s+(?:its\s+)?(?:consolidated\s+)?subsidiar(?:y|ies)\b.*$", re.I)


def _norm(name: str) -> str:
    """A name as compared: 'Acme Inc. and Subsidiaries' is Acme Inc.'s group, its consolidated statements."""
    return " ".join(re.sub(r"[^\w&]+", " ", _GROUP.sub("", name).lower()).split())


def titles(text: str) -> list[tuple[int, str, str]]:
    """(line, statement kind, entity named) of every statement title that names an entity before its words."""
    out = []
    for n, line in enumerate(text.split("\n"), start=1):
        words = line.strip().strip("*#_ ")
        if not words or len(words) > 160 or "|" in words or (
                _KIND_NEEDLES and not _KIND_NEEDLES.may_match(words)):
            continue
        m = _TITLE.match(words)  # the statement's words after the name ('Ltd. Statement of' is no sentence's end)
        kind = region_after(words[m.end():], "") if m else ""
        if m and kind in STATEMENTS and not _NO_NAME.match(m.group("name")):
            out.append((n, kind, m.group("name").strip(" ,-")))
    return out


def entities_apart(facts: dict[str, list], text: str, company: str | None) -> None:
    """Figures of a statement of another entity than the company, where two entities' statements of one kind print
    the same figure, take that entity's name as their segment (see the module's docstring)."""
    named = titles(text)
    if not named:
        return
    entity_of: dict[int, str] = {}
    for i in range(len(facts["metric"])):
        kind = facts["table_class"][i]
        if facts["source"][i] != "table" or kind not in STATEMENTS or facts["segment"][i] or facts["metric"][i] == "other":
            continue
        above = [name for line, k, name in named if k == kind and line < facts["line_no"][i]]
        if above:
            entity_of[i] = above[-1]
    for kind in STATEMENTS:
        _apart_in(facts, {i: e for i, e in entity_of.items() if facts["table_class"][i] == kind}, company)


def _apart_in(facts: dict[str, list], entity_of: dict[int, str], company: str | None) -> None:
    """One kind of statement: set apart the figures of entities other than the company (or all of them)."""
    names = {_norm(e) for e in entity_of.values()}
    if len(names) < 2:
        return
    own = [n for n in names if company and n == _norm(company)]
    slot = lambda i: (facts["metric"][i], facts["period_label"][i], facts["unit"][i], facts["basis"][i])
    by_slot: dict[tuple, set[str]] = {}
    for i, e in entity_of.items():
        by_slot.setdefault(slot(i), set()).add(_norm(e))
    for i, e in entity_of.items():
        printed_by = by_slot[slot(i)]
        if len(printed_by) < 2 or (len(own) == 1 and _norm(e) == own[0]):
            continue
        facts["segment"][i] = facts["product"][i] = e
