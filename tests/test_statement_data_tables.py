"""A statement's "Data" table ("Consolidated Balance Sheet Data", "Statements of Operations Data") prints the lines
a release chose of the statement: its one total is no sum of the rows printed above it, so no violation is found
and the total is answered. The same rows under a statement's own title still must add up."""
import pytest

from knowledge.check import check_document
from parsers.document import parse_text
from parsers.loading import loaded_from_bytes

_RELEASE = """# Larkspur Biologics Reports Fourth Quarter and Full Year 2024 Financial Results

CAMBRIDGE, Mass., Feb. 20, 2025 (GLOBE NEWSWIRE) — Larkspur Biologics, Inc. (Nasdaq: LKSP) today reported financial
results for the fourth quarter and year ended December 31, 2024.

Net loss was $41.2 million for the fourth quarter of 2024 compared to a net loss of $38.6 million for the fourth
quarter of 2023.

| {title} | | | | |
| --- | --- | --- | --- | --- |
| (in thousands) | | | | |
| (Unaudited) | | | | |
|  |  | December 31, 2024 |  | December 31, 2023 |
| Cash, cash equivalents, and marketable securities | $ | 611,408 | $ | 702,115 |
| Accounts receivable, net |  | 3,907 |  | 2,116 |
| Inventory |  | 12,480 |  | 9,334 |
| Total assets |  | {total} |  | 781,402 |
| Stockholders' equity |  | 598,237 |  | 690,004 |
"""


@pytest.mark.parametrize("title, total, violations", [
    ("Consolidated Balance Sheet Data", "703,660", 0),       # selected lines: the total is not their sum
    ("Condensed Consolidated Balance Sheets", "703,660", 1),  # near miss: a statement's rows must add up
    ("Consolidated Balance Sheet Data", "627,795", 0),        # the lines do add up: still no violation
])
def test_a_statements_data_table_has_no_sums_to_check(title: str, total: str, violations: int):
    loaded = loaded_from_bytes(_RELEASE.format(title=title, total=total).encode(), "larkspur_2024q4.md", ".md")
    doc = parse_text("larkspur_2024q4.md", loaded.text, loaded.format, loaded.tables, loaded.header)
    found = [v for v in check_document(doc, loaded.tables).violations if "is not the sum" in v]
    assert len(found) == violations, found
