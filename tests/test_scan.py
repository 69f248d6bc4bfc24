"""parsers/scan: a pattern tried only where its lead words stand finds what a plain search finds."""
from __future__ import annotations

from pathlib import Path

import pytest

from parsers.metadata import FISCAL_QUARTER_END, FISCAL_QUARTER_END_LEADS, FYE_PATTERNS
from parsers.scan import Leads, Lowered, plain_words, search

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    "The fiscal year ends on June 30. For the Fiscal Year Ended September 27, 2008 and twelve year ended June 30",
    "the nine months ended Sept. 30, 2007; THIRTY-NINE WEEKS ENDED November 1, 2008; 39-week fiscal period ended May 2",
    "six months ended June 30; Twenty-Six Weeks ended August 2; 26 weeks ended Aug. 2; fifty-three weeks ended Jan 31",
    "52 weeks fiscal year ended January 31, 2009, the third quarter of fiscal 2008, which ended October 31",
    "FIRST FISCAL QUARTER ENDED MARCH 29 and the second-quarter ended on July 1",
    "the ſix months ended June 30, the fiscal year ended Kune 30, fİscal year ended June 30, ſecond quarter ended June 30",
    "Nestlé's fiscal year ended December 31; \u0663\u0669 weeks ended May 2; the first quarter ended April 30",
]


@pytest.mark.parametrize("text", TEXTS + [p.read_text() for p in sorted((ROOT / "knowledge" / "sample_data").glob("*.txt"))])
def test_search_finds_what_a_plain_search_finds(text):
    flat = " ".join(text.split())
    for rx, _, leads in FYE_PATTERNS + [(FISCAL_QUARTER_END, 0, FISCAL_QUARTER_END_LEADS)]:
        plain, fast = rx.search(flat), search(rx, Lowered(flat), leads)
        assert (plain and (plain.span(), plain.groups())) == (fast and (fast.span(), fast.groups()))


def test_plain_words_are_ascii_letters_and_digits_only():
    assert plain_words("Revenue \u2014 up 5% \u00ae \u201cquoted\u201d")
    assert not plain_words("Nestlé") and not plain_words("\u017fix") and not plain_words("\u0663")


def test_a_lead_word_that_overlaps_itself_is_refused():
    with pytest.raises(ValueError):
        Leads("abab")
