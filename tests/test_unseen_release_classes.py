"""Classes of misreading met in never-tuned releases (a fiscal-quarter release, a packaging maker's
full year, a bank's and an oil producer's short releases), each on an invented release built here with
a near miss that must not be read that way."""
from __future__ import annotations

from datetime import date

from parsers.document import parse_text
from parsers.periods import Period

STATEMENT = """
Quillmarsh Devices Inc.

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)

(In millions)

Three Months Ended
June 27, 2026 | June 28, 2025
Total net sales | 10,417 | 9,036
Net income | 2,789 | 2,434
"""


def _release(lead: str) -> str:
    return "Exhibit 99.1\n\nQuillmarsh reports third quarter results\n\n" + lead + "\n" + STATEMENT


def test_a_fiscal_year_named_before_its_quarter_is_the_quarters_year() -> None:
    """'its fiscal 2026 third quarter ended June 27, 2026' reports the quarter, never fiscal year 2026 as
    a period of its own (which would end after the quarter, in September)."""
    doc = parse_text("x.md", _release("SAN JOSE, CALIFORNIA — Quillmarsh Devices Inc. today announced financial "
                                      "results for its fiscal 2026 third quarter ended June 27, 2026. The Company "
                                      "posted quarterly revenue of $10.4 billion."))
    assert doc.period == Period(date(2026, 6, 27), 3)
    # near miss: a fiscal year's own results, named with its end, stay the year
    year = parse_text("x.md", _release("SAN JOSE, CALIFORNIA — Quillmarsh Devices Inc. today announced financial "
                                       "results for its fiscal 2026 year ended September 26, 2026."))
    assert year.period is not None and year.period.months == 12
