"""Parts and causes a sentence names beside its figure, each read as a figure of its own printed words (issue 19).

Two forms the sentence reader (parsers/narrative.py) leaves unread, each self-describing, so each is read alone:

* A change a cause lists whose own words say its direction and its noun, wherever the list breaks before it
  ("The decrease was due primarily to a decrease of $10.4 million in the net loan portfolio, $0.2 million in deferred
  tax assets, a decrease of $0.9 million in cash and cash equivalents", "partially offset by an increase in federal
  funds sold of $4.5 million"): `self_said_changes`, each (amount, printed words, sign) for the reader's
  `_part_changes` (a change of its printed words, the change read before the cause's period and date; never the
  changed figure's metric).
* A part an inclusion names after its amount in plain lower-case words ("Results included $38.3 million of favorable
  reserve development", "..., including $2.1 million of severance costs"), or a cause of the sentence's change that
  says its own direction ("partially offset by $135.2 million in higher storm losses"): `named_parts`, each a figure
  of those printed words (never the metric of the sentence's figure, never a company total) for the sentence's
  period, a part "higher"/"lower" being its change; an earlier amount compared right after it ("..., compared to
  $39.8 million in the fourth quarter of 2023") is that part's in the period it names (as long as its own, and
  earlier).

Left unread: a name that goes on into capitals or figures (where it ends, or whose it is, is unclear), a part whose
own clause names a period of its own, an amount a cause names without a direction (a level, or a change?), an amount
the reader already read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# The words of a part's name: lower-case words (hyphens inside), at most eight, never opening on an article or a
# pronoun (a clause, or a period: "in the fourth quarter"), ending at the clause's end, a comma, a semicolon, a note's
# mark, or "and" before the next item
_NAME = r"(?P<np>(?!(?:the|a|an|our|its|their|this|that|these|those|which|each|every|such)\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,7}?)"
_NEXT_ITEM = r"\s+and\s+(?:an?\s|the\s|[$\u20ac\u00a3]|approximately\s|about\s)"  # "and" before the list's next item
_NAME_END = r"(?P<note>\s?\([a-z0-9]\))?(?=\s*(?:[,;]|\.?\s*$|\.\s)|" + _NEXT_ITEM + ")"
_DIRECTION = r"(?P<w>(?i:increases?|decreases?|declines?|reductions?|rises?|drops?))"
_ARTICLE = r"(?:\b(?i:an?|the)\s+)"
# "a decrease of $0.9 million in cash and cash equivalents": before the amount, and after it
_W_OF_BEFORE = re.compile(_ARTICLE + "?" + _DIRECTION + r"\s+of\s+(?:approximately\s+|about\s+)?$")
_IN_NAME_AFTER = re.compile(r"\s+in\s+(?:the\s+)?" + _NAME + _NAME_END)
# "an increase in federal funds sold of $4.5 million": the noun before the amount
_W_IN_NAME_OF_BEFORE = re.compile(_ARTICLE + _DIRECTION + r"\s+in\s+(?:the\s+)?" + _NAME
                                  + r"\s+of\s+(?:approximately\s+|about\s+)?$")
_NAME_ENDS_AFTER = re.compile(r"(?=\s*(?:[,;]|\.?\s*$|\.\s)|" + _NEXT_ITEM + r"|\)(?:\s*[,;.]|\s*$))")
# "a $0.4 million decrease in accrued interest receivable"
_ARTICLE_BEFORE = re.compile(r"\b(?:an?)\s+$", re.I)
_W_IN_NAME_AFTER = re.compile(r"\s+" + _DIRECTION + r"\s+in\s+(?:the\s+)?" + _NAME + _NAME_END)
_DOWN = re.compile(r"decrease|decline|reduction|drop|lower|reduced", re.I)
_PER_SHARE_AFTER = re.compile(r"\s*(?:/\s*|per\s+(?:\w+\s+){0,3}?)share\b", re.I)
_NO_LAST_WORDS = frozenset({"the", "a", "an", "for", "of", "in", "to", "at", "on", "by", "with", "during", "from", "and",
                            "or", "as", "than", "which", "that"})
# A word no part's name holds: a period's, a comparison's or a clause's (the name ran on past its end)
_NOT_A_NAME_WORD = re.compile(r"\b(?:quarters?|years?|months?|weeks?|fiscal|period|compared|versus|was|were|is|are|"
                              r"has|have|had|will|would)\b", re.I)


def self_said_changes(text: str, cause: re.Match, money: list[re.Match], read: set[int],
                      label_of) -> list[tuple[re.Match, str, int]]:
    """(amount, printed words, sign) of each change after the cause whose own words say its direction and noun, not
    read already (`read`: the starts of the amounts read). `label_of`: the reader's printed subject of a noun phrase
    ("" when it names none)."""
    out = []
    for m in money:
        if m.start() < cause.end() or m.start() in read or m.group("cents") or _PER_SHARE_AFTER.match(text, m.end()):
            continue
        before = text[max(cause.end(), m.start() - 160):m.start()]
        found = None
        if (w := _W_OF_BEFORE.search(before)) and (after := _IN_NAME_AFTER.match(text, m.end())):
            found = (w.group("w"), after.group("np"))
        elif (lead := _W_IN_NAME_OF_BEFORE.search(before)) and _NAME_ENDS_AFTER.match(text, m.end()):
            found = (lead.group("w"), lead.group("np"))
        elif _ARTICLE_BEFORE.search(before) and (after := _W_IN_NAME_AFTER.match(text, m.end())):
            found = (after.group("w"), after.group("np"))
        if found is None or not _plain_name(found[1]):
            continue
        label = label_of(found[1])
        if label:
            out.append((m, label, -1 if _DOWN.match(found[0]) else 1))
    return out


def _plain_name(np: str) -> bool:
    words = np.split()
    return bool(words) and words[-1].lower() not in _NO_LAST_WORDS and not _NOT_A_NAME_WORD.search(np)


# Right before a part: an inclusion ("included", "including", "which includes"), or a cause (its direction then said
# by the part's own words)
_INCLUDED_BEFORE = re.compile(r"\binclud(?:e|es|ed|ing)\s+(?:approximately\s+|about\s+)?$", re.I)
_CAUSE_BEFORE = re.compile(r"\b(?:(?:(?:partially|partly|in\s+part)\s+)?offset\s+by|due(?:\s+(?:primarily|mainly|"
                           r"largely|principally|partly|in\s+part))?\s+to|driven(?:\s+(?:primarily|mainly|largely|"
                           r"principally|partly|in\s+part))?\s+by)\s+(?:approximately\s+|about\s+)?$", re.I)
# "including a positive one-off copper effect of $7.6 million": the part's name before its amount, after an inclusion
_INCLUDED_NAME_OF_BEFORE = re.compile(r"\b(?i:includ(?:e|es|ed|ing)|exclud(?:e|es|ed|ing))\s+(?i:an?)\s+" + _NAME
                                      + r"\s+of\s+(?:approximately\s+|about\s+)?$")
# the words a name goes on with after its amount ("a one-time gain of $24 million from the sale of a warehouse")
_NAME_GOES_ON = re.compile(r"\s+(?P<tail>(?:related\s+to|associated\s+with|in\s+connection\s+with|from|for|on)\s+"
                           r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,7}?)" + _NAME_END)
_PART_AFTER = re.compile(r"\s+(?:of|in)\s+(?:(?P<more>higher|increased|lower|decreased|reduced)\s+)?" + _NAME + _NAME_END)
# An earlier amount compared right after the part: ", compared to $39.8 million in the fourth quarter of 2023"
_COMPARED_AFTER = re.compile(r"\s*,?\s*(?:as\s+)?(?:compared\s+(?:to|with)|versus|vs\.?)\s+(?:approximately\s+|about\s+)?$",
                             re.I)
_LOSS_NAME = re.compile(r"\blo(?:ss|sses)\b", re.I)
_PERIOD_LEAD = re.compile(r"\s+(?:in|for|during)\s+(?:the\s+)?", re.I)


# Words of another period than the one the sentence before dated ("Prior-year results included ...")
ANOTHER_PERIOD = re.compile(r"\b(?:prior|previous|preceding|last|earlier|ago|sequential\w*|next|following)\b", re.I)


@dataclass
class NamedPart:
    amount: re.Match
    label: str  # its printed words
    change: int  # 0: a level; +1 / -1: a change in that direction ("higher", "lower")
    compared: re.Match | None = None  # the earlier amount compared with it
    compared_span: int = -1  # where the period of that amount starts (sentence coordinates)
    included: bool = True  # named by an inclusion (else by a cause of the sentence's change)


def named_parts(text: str, money: list[re.Match], read: set[int], span_starts: list[int], dated_starts: list[int],
                label_of) -> list[NamedPart]:
    """Each part an inclusion or a self-directed cause names after its amount, not read already. `span_starts`: where
    each period phrase of the sentence starts; `dated_starts`: those that date a figure by themselves (a part followed
    by one of its own is not read: of which period it is the sentence's reading does not say)."""
    out = []
    for k, m in enumerate(money):
        if m.start() in read or m.group("cents") or _PER_SHARE_AFTER.match(text, m.end()):
            continue
        before = text[max(0, m.start() - 60):m.start()]
        if (named := _INCLUDED_NAME_OF_BEFORE.search(text, max(0, m.start() - 120), m.start())) is not None:
            part = _name_before(text, m, named, dated_starts, label_of)
            if part is not None:
                out.append(part)
            continue
        included = _INCLUDED_BEFORE.search(before)
        if not included and not _CAUSE_BEFORE.search(before):
            continue
        after = _PART_AFTER.match(text, m.end())
        if after is None or not _plain_name(after.group("np")) or not included and not after.group("more"):
            continue  # ("driven by $1.1 million of interest on cash": the interest, or its increase? unsaid)
        label = label_of(after.group("np"))
        if not label:
            continue
        end = after.end()
        compared = span = None
        nxt = money[k + 1] if k + 1 < len(money) else None
        if nxt is not None and _COMPARED_AFTER.fullmatch(text, end, nxt.start()):
            lead = _PERIOD_LEAD.match(text, nxt.end())
            if lead is not None and lead.end() in span_starts:
                compared, span = nxt, lead.end()
        clause_end = min([i for i in (text.find(",", end), text.find(";", end)) if i >= 0] + [len(text)])
        own_period = [s for s in dated_starts if end <= s < clause_end and s != span]
        if own_period or any(after.start() <= s < end for s in dated_starts):
            continue  # "including $0.9 million of storm costs in the third quarter": of a period of its own
        change = 0 if not after.group("more") else -1 if _DOWN.match(after.group("more")) else 1
        if change and _LOSS_NAME.search(label):
            continue  # ("$4.4 million of higher storm losses": a loss's change, its sign a convention unsaid)
        out.append(NamedPart(m, label, change, compared, span if span is not None else -1, bool(included)))
    return out


def _name_before(text: str, m: re.Match, named: re.Match, dated_starts: list[int], label_of) -> NamedPart | None:
    """The part "including a <name> of $X", its name the words before the amount and any it goes on with after it in
    plain lower-case words to the clause's end (a name that goes on otherwise, into capitals or a period, is unread)."""
    words = named.group("np")
    if _NAME_ENDS_AFTER.match(text, m.end()):
        end = m.end()
    elif (tail := _NAME_GOES_ON.match(text, m.end())) is not None:
        words, end = f"{words} {tail.group('tail')}", tail.end()
    else:
        return None
    if not _plain_name(words) or any(named.start("np") <= s < end for s in dated_starts):
        return None
    label = label_of(words)
    return NamedPart(m, label, 0) if label else None
