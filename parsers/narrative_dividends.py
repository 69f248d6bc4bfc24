"""When a dividend a sentence declares is to be paid: the date the release prints for it (issue 19).

A release declares the dividend of the quarter after its own ("The Board declared a quarterly cash dividend of $0.47
per share, payable on March 14, 2025"); parsers/narrative.py `NarrativeReader._declared_quarter` dates it by its
payment date. Besides "payable on <date>" a release says so in two more ways, read here:

- the verb of the sentence is the payment to come, the date right after the amount: "Acme will pay its next quarterly
  cash dividend of $0.04 per share on March 27, 2025, to all shareholders of record on March 6, 2025";
- the sentence right after it names the same dividend and when it will be paid: "The Board declared a quarterly cash
  dividend of $0.12 per share. This dividend will be paid to stockholders of record as of the close of business on
  July 9, 2025, with a payment date of July 30, 2025."

Only a payment to come: a dividend said paid already ("paid on", "was paid") is no dividend declared for the coming
quarter, and a record date is never a payment date.
"""
from __future__ import annotations

import re

from parsers.periods import MONTH_RE

_DATE = rf"({MONTH_RE}\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d)"
# "<company> will pay its next quarterly cash dividend of": the payment to come is the sentence's verb
_WILL_PAY_BEFORE = re.compile(r"\bwill\s+pay\s+(?:its|their|our|a|the)\s+(?:next\s+)?(?:regular\s+)?(?:quarterly\s+)?"
                              r"(?:cash\s+)?(?:dividend|distribution)\s+of\s+(?:approximately\s+)?\(?$", re.I)
# right after the amount (and its share): "... per share on March 27, 2025"
_ON_DATE_AFTER = re.compile(r"\s*(?:per\s+(?:common\s+|ordinary\s+)?share\s+)?on\s+" + _DATE, re.I)
# a sentence that opens on the dividend just declared and says when it will be paid
_THIS_DIVIDEND = re.compile(r"\W*(?:this|the|such)\s+(?:quarterly\s+)?(?:cash\s+)?dividend\s+(?:will\s+be\s+paid|is\s+payable|"
                            r"will\s+be\s+payable)\b", re.I)
_PAYMENT_DATE = re.compile(r"\b(?:with\s+a\s+payment\s+date\s+of|payable\s+on|will\s+be\s+paid\s+on|to\s+be\s+paid\s+on|"
                           r"paid\s+on)\s+(?:or\s+about\s+)?" + _DATE, re.I)
_RECORD_DATE = re.compile(r"\b(?:of\s+record|record\s+date)\b[^.;$]{0,40}?" + _DATE, re.I)
_NEXT_WORD = re.compile(r"\bnext\s+(?:[\w-]+\s+){0,2}$", re.I)


def will_pay_on(text: str, start: int, end: int) -> str | None:
    """The printed date of a payment the sentence's own verb says is to come ("will pay its next quarterly cash
    dividend of $0.04 per share on March 27, 2025, to all shareholders of record on March 6, 2025"), the amount at
    text[start:end]; else None. The sentence must name the record date too: "will pay" does not say when the dividend
    was declared, and only a record date of the coming quarter as well (NarrativeReader._declared_quarter refuses one
    on or before the release's own period's end) makes it that quarter's on every reckoning."""
    if not _WILL_PAY_BEFORE.search(text, 0, start):
        return None
    on = _ON_DATE_AFTER.match(text, end)
    return on.group(1) if on and _RECORD_DATE.search(text, on.end()) else None


def paid_in_the_next_sentence(next_sentence: str) -> str | None:
    """The payment date of the dividend just declared, when the sentence after it opens on that dividend and says when it
    will be paid ("This dividend will be paid to stockholders of record as of ... on July 9, 2025, with a payment
    date of July 30, 2025"); else None."""
    if not _THIS_DIVIDEND.match(next_sentence):
        return None
    paid = _PAYMENT_DATE.search(next_sentence)
    return paid.group(1) if paid else None


def next_of_a_payment(before_term: str) -> bool:
    """Is the word that marks the dividend as not the period's own "next" ("its next quarterly cash dividend"), which a
    payment date of the coming quarter makes that quarter's dividend?"""
    return bool(_NEXT_WORD.search(before_term))
