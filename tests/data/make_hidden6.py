"""Writes tests/data/hidden6/ (six invented companies' releases, printed the plain way the reader reads well) and
tests/data/hidden6_questions.jsonl (questions of issue 20's shapes, each expectation computed from the quarterly
figures below, which the releases print: every figure known by construction). Every name and figure is invented.

    python tests/data/make_hidden6.py
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
M = 1e6

# quarterly figures in millions, oldest first; calendar companies: Q1 2023 .. Q3 2025 (11 quarters)
BRKT = {
    "Revenue": [950, 1000, 1050, 1100, 1050, 1100, 1200, 1250, 1120, 1180, 1300],
    "Cost of revenue": [390, 410, 430, 450, 420, 440, 490, 500, 450, 470, 520],
    "Gross profit": None,  # revenue less cost
    "Operating income": [190, 200, 215, 240, 230, 240, 270, 300, 250, 265, 310],
    "Net income": [140, 150, 160, 180, 170, 180, 200, 220, 186, 200, 236],
}
BRKT_SHARES = 200
CLOUD = [600, 640, 680, 690, 660, 700, 760, 800, 720, 760, 840]
US = [530, 560, 590, 620, 580, 610, 660, 700, 620, 650, 720]
EUROPE = [260, 270, 290, 300, 290, 300, 330, 350, 310, 330, 360]

TLBF = {
    "Net interest income": [180, 185, 190, 195, 200, 205, 210, 220, 225, 232, 240],
    "Provision for credit losses": [10, 12, 11, 14, 12, 15, 13, 18, 14, 16, 20],
    "Noninterest income": [60, 62, 64, 66, 65, 68, 70, 72, 74, 76, 78],
    "Noninterest expense": [150, 152, 155, 160, 158, 160, 163, 170, 172, 175, 178],
    "Net income": [62, 64, 66, 65, 75, 78, 80, 82, 88, 90, 92],
}
TLBF_SHARES = 50
AGBS = {
    "Net interest income": [300, 305, 310, 312, 315, 318, 320, 316, 312, 310, 305],
    "Provision for credit losses": [20, 22, 25, 28, 30, 32, 35, 40, 42, 45, 48],
    "Noninterest income": [90, 92, 95, 97, 98, 100, 102, 104, 105, 107, 109],
    "Noninterest expense": [250, 252, 255, 258, 260, 262, 265, 270, 268, 270, 272],
    "Net income": [95, 96, 97, 94, 98, 99, 97, 85, 84, 82, 79],
}
AGBS_SHARES = 100
# balances at the quarter ends Dec 2023, Jun 2024, Sep 2024, Dec 2024, Jun 2025, Sep 2025
BAL_ENDS = ["December 31, 2023", "June 30, 2024", "September 30, 2024", "December 31, 2024", "June 30, 2025",
            "September 30, 2025"]
TLBF_BAL = {"Total loans": [16000, 16600, 16900, 17200, 17800, 18100],
            "Total deposits": [19500, 19900, 20100, 20400, 20900, 21300],
            "Total assets": [24000, 24500, 24800, 25100, 25700, 26200]}
AGBS_BAL = {"Total loans": [25000, 25300, 25500, 25800, 26100, 26000],
            "Total deposits": [30100, 30400, 30700, 31000, 31400, 31200],
            "Total assets": [38000, 38400, 38800, 39200, 39700, 39600]}

VRBO = {
    "Total revenue": [10, 12, 11, 15, 14, 16, 18, 20, 22, 25, 30],
    "Research and development": [80, 85, 88, 90, 92, 95, 98, 100, 105, 110, 112],
    "Selling, general and administrative": [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30],
    "Interest income": [5] * 11,
    "Net loss": None,  # revenue - R&D - SG&A + interest
}
VRBO_SHARES = 100

# fiscal year ends June 30: Q1 FY2024 (Sep 2023) .. Q1 FY2026 (Sep 2025), 9 quarters
QNBY = {
    "Revenue": [410, 430, 420, 460, 450, 470, 440, 500, 480],
    "Gross profit": [200, 210, 205, 230, 225, 235, 215, 255, 240],
    "Operating income": [60, 65, 58, 72, 70, 74, 62, 80, 76],
    "Net income": [45, 48, 42, 55, 52, 56, 47, 61, 58],
}
QNBY_SHARES = 50
# fiscal year ends near January 31: Q1 FY2023 .. Q3 FY2025, 11 quarters
MRLW = {
    "Net sales": [2100, 2200, 2150, 2900, 2180, 2260, 2240, 3020, 2250, 2300, 2200],
    "Gross profit": [700, 740, 720, 960, 730, 760, 750, 1000, 760, 770, 730],
    "Operating income": [150, 165, 155, 260, 160, 170, 165, 275, 170, 175, 150],
    "Net income": [110, 120, 112, 190, 118, 125, 120, 200, 125, 128, 108],
}
MRLW_SHARES = 100


def _fill() -> None:
    BRKT["Gross profit"] = [r - c for r, c in zip(BRKT["Revenue"], BRKT["Cost of revenue"])]
    VRBO["Net loss"] = [r - d - s + i for r, d, s, i in zip(VRBO["Total revenue"], VRBO["Research and development"],
                                                               VRBO["Selling, general and administrative"],
                                                               VRBO["Interest income"])]


_fill()


def money(v: float, first: bool) -> str:
    s = f"{abs(v):,}" if float(v).is_integer() else f"{abs(v):,.2f}"
    s = f"({s})" if v < 0 else s
    return f"$ {s}" if first else s


def eps(v: float, first: bool = True) -> str:
    s = f"{abs(v):.2f}"
    s = f"({s})" if v < 0 else s
    return f"$ {s}" if first else s


def table(heads: list[str], rows: list[tuple[str, list[float], bool]]) -> str:
    out = ["| | " + " | ".join(heads) + " |", "|---|" + "---|" * len(heads)]
    for i, (label, vals, per_share) in enumerate(rows):
        cells = [eps(v, i == 0 or per_share) if per_share else money(v, i == 0) for v in vals]
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def ytd(series: list[float], start: int, n: int) -> float:
    return sum(series[start:start + n])


def release(name: str, ticker: str, exchange: str, city: str, date: str, headline: str, lead: str,
            heads: list[str], cols: list[tuple[int, int]], income: dict, shares: int, eps_label: str,
            extra: str = "") -> str:
    """cols: (first quarter index, number of quarters) of each column."""
    rows = []
    for label, series in income.items():
        rows.append((label, [ytd(series, s, n) for s, n in cols], False))
    ni = income.get("Net income") or income.get("Net loss")
    rows.append((eps_label, [round(ytd(ni, s, n) / shares, 2) for s, n in cols], True))
    rows.append(("Diluted weighted average shares outstanding", [shares for _ in cols], False))
    # the shares row is not money: print it plainly
    text = table(heads, rows).replace(f"| Diluted weighted average shares outstanding | $ {shares:,}",
                                      f"| Diluted weighted average shares outstanding | {shares:,}")
    return f"""# {name} Reports {headline} Results

{city}, {date} (GLOBE NEWSWIRE) -- {name} ({exchange}: {ticker}) today reported results for {lead}.

**CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS** (In millions, except per share data)

{text}
{extra}"""


CAL = {  # calendar releases: (file suffix, headline, lead, date, heads, cols, balance columns)
    "2024q4": ("Fourth Quarter and Full Year 2024", "the fourth quarter and full year ended December 31, 2024",
               "January 28, 2025",
               ["Three Months Ended December 31, 2024", "Three Months Ended December 31, 2023",
                "Year Ended December 31, 2024", "Year Ended December 31, 2023"],
               [(7, 1), (3, 1), (4, 4), (0, 4)], (3, 0)),
    "2025q2": ("Second Quarter 2025", "the second quarter ended June 30, 2025", "July 24, 2025",
               ["Three Months Ended June 30, 2025", "Three Months Ended June 30, 2024",
                "Six Months Ended June 30, 2025", "Six Months Ended June 30, 2024"],
               [(9, 1), (5, 1), (8, 2), (4, 2)], (4, 3)),
    "2025q3": ("Third Quarter 2025", "the third quarter ended September 30, 2025", "October 23, 2025",
               ["Three Months Ended September 30, 2025", "Three Months Ended September 30, 2024",
                "Nine Months Ended September 30, 2025", "Nine Months Ended September 30, 2024"],
               [(10, 1), (6, 1), (8, 3), (4, 3)], (5, 3)),
}


def parts(title: str, heads: list[str], cols: list, named: dict[str, list[float]], total: list[float]) -> str:
    rows = [(k, [ytd(v, s, n) for s, n in cols], False) for k, v in named.items()]
    rows.append(("Total revenue", [ytd(total, s, n) for s, n in cols], False))
    return f"\n**{title}**\n\n(In millions)\n\n{table(heads, rows)}\n"


def balance(bal: dict[str, list[float]], at: tuple[int, int]) -> str:
    heads = [BAL_ENDS[at[0]], BAL_ENDS[at[1]]]
    rows = [(k, [v[at[0]], v[at[1]]], False) for k, v in bal.items()]
    return f"\n**SELECTED BALANCE SHEET DATA** (In millions)\n\n{table(heads, rows)}\n"


def write_releases() -> None:
    out = HERE / "hidden6"
    out.mkdir(exist_ok=True)
    devices = [r - c for r, c in zip(BRKT["Revenue"], CLOUD)]
    apac = [r - u - e for r, u, e in zip(BRKT["Revenue"], US, EUROPE)]
    for key, (headline, lead, date, heads, cols, at) in CAL.items():
        extra = (parts("Revenue by Segment", heads, cols, {"Cloud": CLOUD, "Devices": devices}, BRKT["Revenue"])
                 + parts("Revenue by Geography", heads, cols,
                         {"United States": US, "Europe": EUROPE, "Asia/Pacific": apac}, BRKT["Revenue"]))
        (out / f"brkt_{key}.md").write_text(release(
            "Brackenfield Technologies, Inc.", "BRKT", "NASDAQ", "SEATTLE", date, headline, lead, heads, cols,
            BRKT, BRKT_SHARES, "Diluted earnings per share", extra))
        (out / f"tlbf_{key}.md").write_text(release(
            "Tollbridge Financial Corp.", "TLBF", "NASDAQ", "HARTFORD, Conn.", date, headline, lead, heads, cols,
            TLBF, TLBF_SHARES, "Diluted earnings per share", balance(TLBF_BAL, at)))
        (out / f"agbs_{key}.md").write_text(release(
            "Ashgrove Bancshares, Inc.", "AGBS", "NYSE", "RICHMOND, Va.", date, headline, lead, heads, cols,
            AGBS, AGBS_SHARES, "Diluted earnings per share", balance(AGBS_BAL, at)))
        (out / f"vrbo_{key}.md").write_text(release(
            "Vireo Biologics, Inc.", "VRBO", "NASDAQ", "CAMBRIDGE, Mass.", date, headline, lead, heads, cols,
            VRBO, VRBO_SHARES, "Net loss per share, basic and diluted"))
    # June fiscal year: Q3 FY2025 (March 31, 2025), Q4 FY2025 (June 30, 2025), Q1 FY2026 (September 30, 2025)
    q = [("fy2025q3", "Third Quarter Fiscal 2025", ("the third quarter of fiscal 2025, the three months ended March 31, "
          "2025"), "April 29, 2025",
          ["Three Months Ended March 31, 2025", "Three Months Ended March 31, 2024",
           "Nine Months Ended March 31, 2025", "Nine Months Ended March 31, 2024"], [(6, 1), (2, 1), (4, 3), (0, 3)]),
         ("fy2025q4", "Fourth Quarter and Fiscal Year 2025", "the fourth quarter and fiscal year ended June 30, 2025",
          "August 5, 2025",
          ["Three Months Ended June 30, 2025", "Three Months Ended June 30, 2024", "Year Ended June 30, 2025",
           "Year Ended June 30, 2024"], [(7, 1), (3, 1), (4, 4), (0, 4)]),
         ("fy2026q1", "First Quarter Fiscal 2026", ("the first quarter of fiscal 2026, the three months ended "
          "September 30, 2025"), "October 30, 2025",
          ["Three Months Ended September 30, 2025", "Three Months Ended September 30, 2024"], [(8, 1), (4, 1)])]
    for key, headline, lead, date, heads, cols in q:
        (out / f"qnby_{key}.md").write_text(release(
            "Quenby Instruments Corp.", "QNBY", "NYSE", "BOSTON", date, headline, lead, heads, cols, QNBY,
            QNBY_SHARES, "Diluted earnings per share"))
    # fiscal year ending near January 31: Q4 FY2024 (February 1, 2025), Q2 FY2025 (August 2), Q3 FY2025 (November 1)
    m = [("fy2024q4", "Fourth Quarter and Fiscal 2024", "the fourth quarter and fiscal year ended February 1, 2025",
          "March 6, 2025",
          ["Three Months Ended February 1, 2025", "Three Months Ended February 3, 2024",
           "Year Ended February 1, 2025", "Year Ended February 3, 2024"], [(7, 1), (3, 1), (4, 4), (0, 4)]),
         ("fy2025q2", "Second Quarter Fiscal 2025", ("the second quarter of fiscal 2025, the three months ended "
          "August 2, 2025"), "August 28, 2025",
          ["Three Months Ended August 2, 2025", "Three Months Ended August 3, 2024", "Six Months Ended August 2, 2025",
           "Six Months Ended August 3, 2024"], [(9, 1), (5, 1), (8, 2), (4, 2)]),
         ("fy2025q3", "Third Quarter Fiscal 2025", ("the third quarter of fiscal 2025, the three months ended "
          "November 1, 2025"), "November 25, 2025",
          ["Three Months Ended November 1, 2025", "Three Months Ended November 2, 2024",
           "Nine Months Ended November 1, 2025", "Nine Months Ended November 2, 2024"],
          [(10, 1), (6, 1), (8, 3), (4, 3)])]
    for key, headline, lead, date, heads, cols in m:
        (out / f"mrlw_{key}.md").write_text(release(
            "Marlowe Retail Group, Inc.", "MRLW", "NYSE", "COLUMBUS, Ohio", date, headline, lead, heads, cols, MRLW,
            MRLW_SHARES, "Diluted earnings per share"))


if __name__ == "__main__":
    import sys
    sys.path.insert(0, str(HERE.parent.parent))
    write_releases()
    from tests.data.hidden6_questions import write_questions
    write_questions(HERE / "hidden6_questions.jsonl")
