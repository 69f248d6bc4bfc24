"""A statement's per-share block with a heading per basis ("Basic earnings (loss) per share:" / "Diluted earnings
(loss) per share:") over "Continuing operations" and "Net income" rows: each row is the EPS of its basis and part —
the basic continuing row was stored as a bare label, so "basic EPS from continuing operations" was answered with
basic EPS of net income and "continuing operations per share" with the basic row. Invented release."""
from __future__ import annotations

import pytest

from chat.engine import Context
from tests.built_releases import engine_over

RELEASE = """BRISCOE FITTINGS REPORTS SECOND QUARTER 2025 RESULTS

MILWAUKEE, Wis., July 24, 2025 -- Briscoe Fittings, Inc. (NYSE: BRSF) today reported results for the second quarter
ended June 30, 2025.

               CONDENSED CONSOLIDATED STATEMENTS OF INCOME
            (Unaudited; in millions, except per share amounts)

                                                       Three Months Ended June 30,
                                                            2025        2024
                                                    ------------------------
Net sales                                              $ 1,281.9   $ 1,204.6
Income from continuing operations                          124.4       106.9
Loss from discontinued operations, net of tax             (48.3)      (12.6)
Net income                                             $    76.1   $    94.3

Basic earnings (loss) per share:
  Continuing operations                                $    2.45   $    2.08
  Net income                                           $    1.50   $    1.84
Diluted earnings (loss) per share:
  Continuing operations                                $    2.42   $    2.05
  Net income                                           $    1.48   $    1.81
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    with engine_over(tmp_path_factory.mktemp("blocks"), {"brsf_q2_2025.txt": RELEASE}) as eng:
        yield eng


@pytest.mark.parametrize("question,value", [
    ("Briscoe basic EPS from continuing operations Q2 2025", 2.45), ("Briscoe basic EPS Q2 2025", 1.50),
    ("Briscoe diluted EPS from continuing operations Q2 2025", 2.42), ("Briscoe continuing operations EPS Q2 2025", 2.42),
    ("Briscoe diluted EPS Q2 2025", 1.48), ("Briscoe basic earnings per share from continuing operations Q2 2024", 2.08),
    ("Briscoe income from continuing operations Q2 2025", 124.4e6)])
def test_each_row_of_a_per_share_block_is_the_eps_of_its_basis_and_part(engine, question, value):
    a, _ = engine.ask(question, Context())
    assert a.value == pytest.approx(value), a.text
