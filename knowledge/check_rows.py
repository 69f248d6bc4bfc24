"""Rows of figures as the text prints them, found without the parsers: a label and the numbers after it.

The check decides what a release *prints* from its text alone, so that a figure the parser misses
counts as missed instead of vanishing from both sides of the score. A row is a run of words followed
by a run of numbers on one line — a table row rendered with `|` cells, a fixed-width row, or one row
of a table flattened into a stream of cells ("Revenues $ 1,200 $ 1,100 Cost of sales ...").
The run of words with no number after it is a heading ("Net income per share:"), kept as the section
of the rows under it, so "Diluted" under it reads as diluted EPS.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# One number as a table prints it: a currency sign ($, €, £, ¥), parentheses, thousands separators, a dash for
# nil. A dash before a word in lower case joins the words of one label ('Earnings per share – diluted'): no nil.
_NUMBER = r"(?:\(?[$\u20ac\u00a3\u00a5]?\s?\d[\d,]*(?:\.\d+)?\)?%?|[$\u20ac\u00a3\u00a5]?\s?\((?:\d[\d,]*(?:\.\d+)?)\)|[\u2014\u2013-]{1,2}(?=\s|\||$)(?!\s+[a-z]))"
_NUMBER_RUN = re.compile(rf"(?:(?:\s|\||[$\u20ac\u00a3\u00a5])*{_NUMBER})+", re.M)
_NUMBER_RE = re.compile(_NUMBER)
_WORDS = re.compile(r"[A-Za-z][A-Za-z&'\u2019.,:;()/\-\u2013\u2014\u20ac\u00a3\u00a5$ ]*[A-Za-z):.]")  # '(in €)' too
_DIGIT = re.compile(r"\d")
_RANGE = re.compile(r"\d ?[-\u2013\u2014] ?\$\s?\d")  # "$484.0 - $500.0": two ends, each with its "$"
# a note's mark set on the word before it ("Net income2", "EBITDA1,2", "Closing net debt(6)", "Subscription(1)")
_NOTE_DIGITS = re.compile(r"\d{1,2}|\(\d{1,2}\)")
_NOTE_MARK = re.compile(r"\s*(?:\(\s*[a-z\d]\s*\)|\*+|\[\d+\])\s*$")


@dataclass(frozen=True)
class Row:
    line: int  # 1-based
    label: str  # as printed, tidied (no trailing colon, note marks or dots)
    section: str  # the heading above it (its own words before a colon, or the last row without numbers)
    numbers: int  # how many numbers follow it on its line
    values: tuple[float, ...] = ()
    tokens: tuple[str, ...] = ()  # the numbers as printed, one for each value
    last: int = 0  # the last line its numbers stand on (a table printed one cell a line spans lines)
    region: str = ""  # the statement it stands in by the headings above it: income, balance, cash_flow or ""


_SENTENCE_END = re.compile(r"[a-z)]\.\s+[A-Z]")
_PROSE_TAIL = re.compile(r"\b(?:was|were|is|are|be|been|of|to|and|or|by|for|from|with|at|in|on|than|totaled|totalled|"
                         r"increased|decreased|rose|fell|grew|declined|compared|reported|reached|approximately|"
                         r"about|nearly|over|under|up|down|representing|versus|vs|the|a|an|as|per|Grew|(?i:jan(?:uary)?|"
                         r"feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
                         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\s*[.,]?$")  # a row label never ends in a month


def _is_prose(label: str) -> bool:
    """Words running into a number inside a sentence ("net income was $5 million", "per share on a
    diluted basis, for the quarter ended September 30") are no row: rows start with a capital."""
    return (label[:1].islower() or len(label) > 90 or len(label.split()) > 12 or bool(_SENTENCE_END.search(label))
            or bool(_PROSE_TAIL.search(label)))


def _tidy(label: str) -> str:
    label = label.replace("\u2019", "'")
    label = re.sub(r"\.{2,}|\s\.(?=\s|$)", " ", label)
    label = _NOTE_MARK.sub("", label)
    return " ".join(label.split()).strip(" ,:;-$")


def _value(token: str) -> float | None:
    neg = "(" in token
    digits = re.sub(r"[^\d.]", "", token)
    if not digits or digits == ".":
        return None
    try:
        v = float(digits)
    except ValueError:
        return None
    return -v if neg else v


_LETTERS = re.compile(r"[A-Za-z]{2}")


def logical_lines(text: str) -> list[tuple[int, int, str]]:
    """Lines as rows, (first line, last line, text): a table printed one cell a line ("Net income",
    "|", "362", "|") is joined back into the label's line, so each row reads as a label and its numbers."""
    out: list[tuple[int, int, str]] = []
    for n, line in enumerate(text.split("\n"), start=1):
        if out and line.strip() and not _LETTERS.search(line) and len(line) < 40:
            out[-1] = (out[-1][0], n, f"{out[-1][2]} {line}")
        elif line.strip():
            out.append((n, n, line))
    return out


_STATEMENT = re.compile(r"\b(?:balance sheets?|statements? of (?:consolidated |condensed )*(?:financial (?:position|"
                        r"condition)|operations|income|earnings|comprehensive (?:income|loss)|cash flows?|(?:net )?loss)|"
                        r"income statements?|cash flows? statements?)", re.I)
_OTHER_TABLE = re.compile(r"\b(?:reconciliation|non-gaap|segment (?:information|results|data)|supplement(?:al|ary)|"
                          r"selected (?:financial|data)|guidance|outlook|highlights|key (?:metrics|performance|statistics)|"
                          r"operating (?:data|statistics|metrics))", re.I)


def region_after(words: str, current: str) -> str:
    """The statement rows stand in after these words: a statement's heading opens one, another
    table's heading (a reconciliation, segment data, guidance) closes it; prose changes nothing."""
    if len(words) > 200 or _SENTENCE_END.search(words):
        return current
    m = _STATEMENT.search(words)
    if m:
        name = m.group(0).lower()
        return "cash_flow" if "cash flow" in name else "balance" if re.search(r"balance|position|condition", name) \
            else "income"
    return "" if _OTHER_TABLE.search(words) else current


def rows(text: str) -> list[Row]:
    """Every label followed by numbers on its line, with the heading it stands under."""
    out: list[Row] = []
    section, section_line, region = "", -10, ""
    for n, last, line in logical_lines(text):
        if not line.strip():
            continue
        flat = line.replace("\u00a0", " ")
        pos, found = 0, False
        for m in _NUMBER_RUN.finditer(flat):
            words = flat[pos:m.start()]
            pos = m.end()
            region = region_after(words, region)
            label_match = list(_WORDS.finditer(words[-200:].replace("|", " ")))  # a label is short
            if not label_match:
                continue
            label = label_match[-1].group(0)
            if _is_prose(label):
                continue
            if _RANGE.search(m.group(0)):
                continue  # "$163.1 - $164.1 million": a range an estimate is given in, no figure printed
            numbers = _NUMBER_RE.findall(m.group(0))
            if m.start() and flat[m.start() - 1].isalpha() and numbers and _NOTE_DIGITS.fullmatch(numbers[0]):
                numbers = numbers[1:]  # "Net income2 exceeded ...": a note's mark on the word, no figure
            pairs = [(t, _value(t)) for t in numbers]
            values = tuple(v for _, v in pairs if v is not None)
            if not values:
                continue
            own_section, _, tail = label.rpartition(":")
            if own_section and _tidy(tail):
                label, here = tail, _tidy(own_section)
                section, section_line = here, n  # the next rows of a flattened stream stand under it too
            else:
                here = section if n - section_line <= 12 else ""
            found = True
            out.append(Row(n, _tidy(label), here, len(numbers), values, tuple(t for t, v in pairs if v is not None),
                           last, region))
        if not found:
            region = region_after(flat, region)
            heading = _tidy(flat.replace("|", " "))
            if heading and len(heading) < 90 and not _DIGIT.search(heading):
                section, section_line = heading, n
        elif pos < len(flat):
            region = region_after(flat[pos:], region)
            tail = _tidy(flat[pos:].replace("|", " "))
            if tail and len(tail) < 90 and not _DIGIT.search(tail):
                section, section_line = tail, n  # a heading flattened after the last row of a stream
    return out
