"""Who issued a release, from the places a release names its issuer, combined.

A release names its issuer in several places, each partly: the dateline sentence ("ACME Widgets,
Inc. (NASDAQ: ACME) today reported ..." — the subject, with its legal suffix), the headline ("Acme
Widgets Reports Third Quarter Results" — a brand), the "About Acme Widgets, Inc." paragraph at the
end, a copy's front matter title. None is right alone: a subject is sometimes a brand, a headline
sometimes a slogan, an "About" sometimes a product or a subsidiary. So each place gives a candidate
and the name kept is the longest one that another candidate confirms (one's words begin the other's).
"""
from __future__ import annotations

import re

from parsers.name_forms import SHORT_FORMS, spelled_out
from parsers.periods import MONTH_RE
from parsers.vocabulary_data import headline_measure_words

LEGAL_SUFFIX = (r"(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|Ltd\.?|Limited|plc|PLC|P\.L\.C\.|L\.P\.|LP|"
                r"LLC|L\.L\.C\.|N\.V\.|S\.A\.|SA|S\.p\.A\.|SpA|AG|SE|A/S|ASA|AB|Oyj|GmbH|B\.V\.|Trust|Bancorp|"
                r"Bancshares|REIT|Group|Holdings)")
_SUFFIX_END = re.compile(rf"(?:^|\s|,){LEGAL_SUFFIX}$")
# A legal form as the SEC abbreviates it (long form: short form), from the one table of a name's short forms
LEGAL_FORM_ABBREVIATIONS = {w: SHORT_FORMS[w][0] for w in ("corporation", "incorporated", "company", "limited")}
_NAME_TOKEN = re.compile(r"[\w&]+(?:['\u2019.][\w&]+)*")


def name_word_key(word: str) -> str:
    """A word of a name as compared with another spelling of the name: lowercase, its points and apostrophes out, its
    short form spelled out ("Int'l" = "intl" = "international", "Mfg." = "manufacturing", "&" = "and": the one table of
    parsers/name_forms.py)."""
    return spelled_out(re.sub(r"['\u2019.]", "", word.lower().strip(".,;:()")))


def name_word_keys(name: str) -> frozenset[str]:
    """The keys (name_word_key) of every word of a name."""
    return frozenset(name_word_key(t) for t in _NAME_TOKEN.findall(name))


_CONNECTORS = {"&", "and", "of", "de", "du", "des", "la", "le", "del", "der", "the", "for", "y", "et"}
# A name's word: a capital or a digit first ("3D", "IBM", "HealthCare", "A/S", "Co.,"), or a connector.
_WORD = re.compile(r"[A-Z0-9][\w.'’/&+-]*|[a-z][A-Z][\w.'’/&+-]*|&")  # "iRobot", "eHealth" too
_TRADEMARKS = re.compile(r"[®™©℠]|\((?:R|TM|SM)\)")
_MARKUP = re.compile(r"[*_#`\[\]]+")
# Words that open a sentence but no company's name.
_NOT_A_NAME = {"the company", "company", "today", "net", "total", "revenue", "revenues", "record", "first",
               "second", "third", "fourth", "fiscal", "full", "quarter", "q1", "q2", "q3", "q4", "fy", "for",
               "in", "our", "we", "this", "these", "highlights", "financial", "results", "board", "management",
               "non-gaap", "forward-looking", "regulatory", "press", "news", "conference", "webcast", "about",
               "annual", "preliminary", "subject", "re", "from", "to", "date", "sales", "cash", "directors",
               "chairman", "ceo", "president", "consolidated", "operating", "dividend", "earnings", "adjusted"}
# What follows the subject of a dateline sentence: a verb, a parenthesis, an appositive, a dash.
_SUBJECT_FOLLOW = re.compile(r"\s*(?:\(|,|;|\u2014|\u2013|--|-\s|\u201c|\"|today\b|announce[sd]?\b|report(?:s|ed)?\b|"
                             r"release[sd]?\b|post(?:s|ed)\b|is\b|has\b|will\b|delivered\b|achieved\b|provide[sd]?\b|"
                             r"declare[sd]?\b|issued\b|said\b|reviewed\b)", re.I)
_DATE = rf"(?:{MONTH_RE}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{MONTH_RE}\s+(?:19|20)\d\d)"
# After a dateline's date: the wire's tag ("(GLOBE NEWSWIRE)", "/PRNewswire/", "/CNW/", "/ ACCESS
# Newswire / February 12, 2025 /", "--(BUSINESS WIRE)--February 10, 2025--") and dashes.
_AFTER_DATE = re.compile(rf"(?:\s*\([^()]{{0,40}}\)|\s*/[^/\n]{{1,40}}/|\s*{_DATE}|[\s\-\u2014\u2013/|:]+)*", re.I)
_DATELINE_DATE = re.compile(_DATE, re.I)
_NOT_DATELINE_BEFORE = re.compile(r"(?:\bended|\bending|\bthrough|\bas\s+of|\bat|\bon|\bof|\bto|\bfrom|\band|\bby|\|)\s*$", re.I)
_BOARD_OF = re.compile(r"(?:The\s+)?Board\s+of\s+Directors\s+of\s+(?:the\s+)?", re.I)
_PLACE_FOLLOW = re.compile(r"\s*,\s*[A-Z]")
_VERBS = ("Reports?", "Reported", "Announces?", "Announced", "Releases?", "Posts?", "Delivers?", "Provides?",
          "Declares?", "Achieves?", "Updates?", "Issues?", "Completes?", "Closes?", "Sets?", "Expands?", "Grows?",
          "Increases?", "Raises?", "Names?", "Comments", "Outlines", "Confirms")
# A headline's verb is capitalised ("Reports", "REPORTS"): "earnings releases" is no verb.
_HEADLINE_VERB = re.compile(r"\s+(?:" + "|".join(v + "|" + v.upper() for v in _VERBS)
                            + r"|to\s+Report|TO\s+REPORT)\b")
_MEASURES, _CHANGE_VERBS = headline_measure_words()
# A verb of change after a headline's measure ("Net Profit Grows", "Revenue Rises", "Sales Jumped"), and the measure's
# words ending the part before it, a possessive's "'s" allowed before them ("Acme's Q4 Profit Rises")
_CHANGE_VERB = re.compile(rf"\s+(?:{_CHANGE_VERBS})(?:s|es|d|ed|ped)?\b", re.I)
_MEASURE_AT_END = re.compile(rf"(?:['\u2019]s)?\s+(?:{_MEASURES})$", re.I)
_ANNOUNCED_BY = re.compile(r"\b(?:Announced|Reported|Released)\s+by\s+(.+)$", re.I)
_ABOUT = re.compile(r"^\W{0,6}about\s+(.{2,200})", re.I | re.M)


def name_run(text: str) -> str:
    """The issuer's name at the start of `text`: capitalised words with the connectors between them
    ('&', 'and', 'of') and a comma only before a legal suffix ('Acme, Inc.'); '' when it opens with
    no name."""
    return _read_name(_clean(text))[0]


def _clean(text: str) -> str:
    return _MARKUP.sub("", _TRADEMARKS.sub("", text)).lstrip()


def _read_name(t: str) -> tuple[str, int]:
    """The name at the start of a cleaned text, and where in it the name ends."""
    words: list[str] = []
    pos = 0
    while pos < len(t):
        m = re.match(r"(,?)\s*", t[pos:])
        comma, gap = m.group(1), m.end()
        rest = t[pos + gap:]
        w = _WORD.match(rest) or re.match(r"[a-z]+\b", rest)
        if not w or (words and not gap and not comma):
            break
        word = w.group(0)
        if (word[0].islower() and not word[1:2].isupper() and word not in _CONNECTORS
                and not re.fullmatch(LEGAL_SUFFIX + r"[.,]?", word)):
            break  # "plc" is the one suffix written small
        if (comma and not re.fullmatch(LEGAL_SUFFIX + r"[.,]?", word)) or word.isdigit():
            break
        words.append(("," if comma else "") + word)
        pos += gap + w.end()
        if word.endswith(".") and not re.fullmatch(LEGAL_SUFFIX, word) and len(word) > 3:
            break  # the end of a sentence ("... Acme Widgets.")
    while words and words[-1].lstrip(",") in _CONNECTORS:
        pos = t.rfind(words.pop().lstrip(","), 0, pos)
    name = " ".join(words).replace(" ,", ", ").strip(" ,")
    return (_cased(name), pos) if _plausible(name) else ("", 0)


def _plausible(name: str) -> bool:
    if not name or len(name) > 90:
        return False
    words = name.lower().split()
    if words[0] == "the" and len(words) > 1:
        words = words[1:]
    first = words[0].strip(",.")
    return " ".join(words) not in _NOT_A_NAME and first not in _NOT_A_NAME and not re.match(MONTH_RE + r"$", first)


def _cased(name: str) -> str:
    """'ACME WIDGETS INC.' → 'Acme Widgets Inc.'; mixed case and short acronyms ('GE', 'ABC REIT') kept."""
    if not name.isupper() or len(name.replace(" ", "")) <= 6:
        return name
    return " ".join(w if len(w) <= 3 and w.isalpha() and w not in {"INC", "CO", "LTD", "THE", "AND", "OF"}
                    and not re.fullmatch(LEGAL_SUFFIX, w.title()) else _title_word(w) for w in name.split())


def _title_word(word: str) -> str:
    low = word.lower()
    if low in _CONNECTORS:
        return low
    return "-".join(p[:1].upper() + p[1:] for p in low.split("-"))


# Characters after a dateline's date read for its subject: a name is at most 90 and what follows it is
# read for 40, so a window this long (half of it left once markup is cleaned away) reads what the
# whole head would.
_SUBJECT_REACH = 1000


def dateline_subject(head: str) -> str:
    """The subject of the sentence that follows the dateline's date ('... Feb. 11, 2025 /PRNewswire/
    — Acme Widgets, Inc. today reported' → 'Acme Widgets, Inc.'): the first date in the head after
    which a name is followed by a verb, a parenthesis or an appositive."""
    flat = " ".join(_MARKUP.sub("", head).split())
    for m in _DATELINE_DATE.finditer(flat):
        if _NOT_DATELINE_BEFORE.search(flat[max(0, m.start() - 14):m.start()]):
            continue  # a period's end ("quarter ended June 30, 2006") or a table's column
        after = _AFTER_DATE.match(flat, m.end())
        if "|" in after.group(0):
            continue
        rest = flat[after.end():after.end() + _SUBJECT_REACH]  # not the whole head for each date
        board = _BOARD_OF.match(rest)  # "The Board of Directors of Acme S.A. reviewed ..."
        text = _clean(rest[board.end():] if board else rest)
        if len(text) < _SUBJECT_REACH // 2 < len(flat) - after.end():  # markup cleaned away: read it all
            rest = flat[after.end():]
            text = _clean(rest[board.end():] if board else rest)
        name, end = _read_name(text)
        follow = text[end:]
        if (name and _SUBJECT_FOLLOW.match(follow) and not _PLACE_FOLLOW.match(follow)
                and not _DATELINE_DATE.search(follow[:40])):  # not a place ("Springfield, Ohio ...")
            return name
    return ""

def headline_name(title: str, others: list[str] = ()) -> str:
    """'Acme Widgets Reports Third Quarter Results' → 'Acme Widgets'; 'Acme: Q4 Results' → 'Acme' when
    another place names Acme too (a colon follows many words); '2024 Annual Results Announced by Acme
    Widgets, Inc.' → 'Acme Widgets, Inc.'."""
    t = " ".join(_MARKUP.sub("", title).split())
    by = _ANNOUNCED_BY.search(t)
    if by:
        return name_run(by.group(1))
    verb, colon = _HEADLINE_VERB.search(t), t.find(":")
    cut = min([m.start() for m in (verb,) if m] + ([colon] if colon > 0 else []), default=-1)
    if cut <= 0:
        return ""
    head = t[:cut].strip()
    if verb is not None and cut == verb.start() and _CHANGE_VERB.match(t, verb.start()) \
            and (measure := _MEASURE_AT_END.search(head)) and measure.start() > 0:
        head = head[:measure.start()].strip()  # "Acme Bank Net Profit Grows by 40%": the measure's words, not the name's
    name = name_run(head)
    if not name or len(name) < len(head) - 1:  # the whole part before the verb
        return ""
    if cut == colon and not any(_words(o)[:1] == _words(name)[:1] for o in others if o):
        return ""
    return name


def about_names(text: str) -> list[str]:
    """Names in 'About Acme Widgets, Inc.' headings and paragraphs (a product or subsidiary among them)."""
    out = []
    for m in _ABOUT.finditer(text):
        name = name_run(m.group(1))
        if name and name not in out:
            out.append(name)
    return out


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", name.lower().replace("’", "'")) if w]


def extends(short: str, long: str) -> bool:
    """`long` begins with all of `short`'s words ('Acme' → 'Acme Widgets, Inc.'), ignoring commas and case."""
    s, l = _words(short), _words(long)
    return bool(s) and len(l) >= len(s) and l[:len(s)] == s


def best_name(candidates: list[str]) -> str | None:
    """The first candidate (the strongest evidence comes first), lengthened to the longest candidate
    that begins with it; a longer name only one candidate gives is kept only with a legal suffix."""
    names = [c for c in candidates if c]
    if not names:
        return None
    base = names[0]
    longer = [c for c in names if extends(base, c) and len(_words(c)) > len(_words(base))
              and _SUFFIX_END.search(c)]
    if longer:
        return max(longer, key=lambda c: len(_words(c)))
    if not _SUFFIX_END.search(base):
        confirmed = [c for c in names[1:] if extends(c, base) or extends(base, c)]
        suffixed = [c for c in confirmed if _SUFFIX_END.search(c)]
        if suffixed:
            return max(suffixed, key=lambda c: len(_words(c)))
    return base


def has_legal_suffix(name: str) -> bool:
    return bool(_SUFFIX_END.search(name))


# Nouns that make the word before them the name of a part of a company: a region, a business line
# (never after a possessive: "Acme's market leadership", "Acme's business" are the company's own)
_PART_NOUN = r"(?:segments?|regions?|regional|divisions?|units?|territor(?:y|ies)|areas?)"


def word_names_a_part(word: str, text: str) -> bool:
    """Does a release use one word of its issuer's name for a part of the company: the word before a part's noun
    ('Pacific segment', 'the Pacific region'), or a table row's label alone ('| Pacific | 40.1 |', 'Pacific    40.1')?
    Such a word before a term ('Pacific revenue') may be that part's figure: it never names the whole company."""
    if not word.strip():
        return False
    w = re.escape(word.strip())
    part = re.compile(rf"\b{w}\s+(?:reportable\s+|operating\s+|business\s+)?{_PART_NOUN}(?![\w-])|"
                      rf"\b(?:the|our|its|in)\s+{w}\s+markets?\b(?![\w-]|\s+share)", re.I)  # "the Pacific market",
    # never "Acme markets these lenses" (a verb), "Acme market share"
    row = re.compile(rf"^[ \t|*]*{w}[ \t*]*(?:\||\t| {{2,}})[^\n]*\d", re.I | re.M)
    return bool(part.search(text) or row.search(text))
