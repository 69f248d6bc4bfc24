"""The unread prose amounts by rough class of sentence: what kinds of amounts `check` counts unread, and how many.

    python benchmarks/prose_unread_classes.py PATH... [--show CLASS-PREFIX]

Runs benchmarks/prose_unread.py's reading over the releases and puts each unread amount in the first class
whose words match around it (a quote, a per-unit price, a dividend, an outlook, capital returned or raised, a
deal, a part or cause of another figure, a change, a comparison, a balance at a date, a bullet) — a rough
inventory to choose the next class of sentence to read (issue 19), never a judgement of any one amount.
Prints a Markdown table; `--show` lists the amounts of the classes whose name starts so.
"""
from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.prose_unread import unread  # noqa: E402
from knowledge.ingest import release_files  # noqa: E402

I = re.I


def R(p: str) -> re.Pattern:
    return re.compile(p, I)

WIRE = R(r"^(EX-99|Exhibit\s+99)|--\s*\(?(BUSINESS WIRE|PRNewswire|GLOBE NEWSWIRE)|/PRNewswire")
QUOTE = R(r"(said|commented|stated|added|noted|continued|remarked)\b[^.]{0,40}$|[“\"][^”\"]*$")
PERUNIT = R(r"^\)?\s*(?:/|per\s+)(?:pound|lb|ounce|oz|barrel|bbl|boe|tonne|ton|mcf|mmbtu|gallon|square\s+foot|sq\.?\s*ft|unit|mwh|kwh|day|ads|adr|depositary)\b")
PRICE = R(r"(priced\s+at|offering\s+price|price\s+of|exercise\s+price|conversion\s+price|starting\s+at|prices\s+of)\s*$")
DIV = R(r"dividend|distribution")
GUIDE = R(r"expect|guidance|outlook|anticipat|forecast|target|estimate|will\s+(?:be|generate|add|receive|invest)|to\s+approximate|plan(?:s|ned)?\s+to|"
          r"projected|potential|run\s+rate|\b20(2[5-9])\b\s+(?:guidance|outlook)")
BUYBACK = R(r"repurchas|buyback|returned\b[^.]{0,30}$|to\s+shareholders")
CAPFLOW = R(r"\b(raised|deployed|deploying|monetized|fundrais\w*|inflows?|commitments?|committed\s+capital|invested|investment\s+of)\b")
DEAL = R(r"acqui(?:red|sition|re)|\bsold\b|sale\s+of|dispos|mortgage|refinanc|\bloan\s+on\b|notes?\b(?!\s+\d)|offering|facility|"
         r"agreement|transaction|milestone|upfront|indebtedness|borrowings?|swap|joint\s+venture|closing")
PART = R(r"(includ\w*|of\s+which|consist\w*|comprised?|primarily|mainly|largely|due\s+to|driven\s+by|offset\s+by|reflect\w*|related\s+to|"
         r"attributable\s+to|result\s+of|partially|impact\s+of|effect\s+of|excluding|exclud\w+|such\s+as|in\s+the\s+amount\s+of|"
         r"amortization|charge|gain|write-?off|impairment)\b[^.;]{0,80}$")
CHANGE = R(r"(increase|decrease|decline|improvement|reduction|growth|rise|drop|change)d?\s+(?:of\s+|by\s+)?(?:approximately\s+|about\s+)?$|"
           r"\b(up|down|by|higher|lower|increased|decreased|declined|grew|rose|fell|improved|reduced)\s+(?:by\s+)?(?:approximately\s+)?$")
CHANGE_AFTER = R(r"^\s*(?:million|billion|thousand|[mbk])?\)?\s*(?:,\s*or\s+[\d.]+%\s*,?\s*)?(?:increase|decrease|decline|improvement|reduction|higher|lower|more|less|"
                 r"year-over-year|quarter-over-quarter|YoY)\b")
COMP = R(r"(compared\s+(?:to|with)|from|versus|vs\.?|against|(?:prior|last)\s+(?:year|quarter)|a\s+year\s+(?:ago|earlier)|\(\s*20\d\d\s*[-–]|over)\s*(?:the\s+)?(?:approximately\s+|about\s+)?\(?$")
BAL = R(r"\b(as\s+of|at)\s+(the\s+end|(january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}\s+\w+\s+20)|year[-\s]end|quarter[-\s]end)|stood\s+at|balance")


CLASSES = [
    ("lead paragraph of a wire/EDGAR copy joined into one line", lambda b, a, t, i: WIRE.search(t[:300]) and len(t) > 400),
    ("executive quote", lambda b, a, t, i: QUOTE.search(b)),
    ("per-unit price or cost (per lb/ton/unit/ADS)", lambda b, a, t, i: PERUNIT.match(re.sub(r"^\s*(?:million|billion)", "", a))),
    ("price of a security or product", lambda b, a, t, i: PRICE.search(b)),
    ("dividend / distribution", lambda b, a, t, i: DIV.search(b[-90:] + a[:50])),
    ("guidance / outlook / forward-looking", lambda b, a, t, i: GUIDE.search(b + a[:80])),
    ("buybacks / capital returned", lambda b, a, t, i: BUYBACK.search(b[-60:] + a[:50])),
    ("capital raised / deployed / invested (asset flows)", lambda b, a, t, i: CAPFLOW.search(b[-70:] + a[:30])),
    ("deal, financing, loan or property transaction", lambda b, a, t, i: DEAL.search(b[-80:] + a[:60])),
    ("part / cause of another figure (including, due to, excluding, charge, gain)", lambda b, a, t, i: PART.search(b)),
    ("change amount (up $X, an increase of $X)", lambda b, a, t, i: CHANGE.search(b[-45:]) or CHANGE_AFTER.match(a)),
    ("prior-period comparative (compared to / from / vs $X)", lambda b, a, t, i: COMP.search(b)),
    ("balance or level at a date", lambda b, a, t, i: BAL.search(b[-120:] + a[:80])),
    ("bullet/heading without a period (period only from heading)", lambda b, a, t, i: not t.rstrip().endswith((".", ".)", ".”", '."'))),
]
OTHER = "other: a figure of a period, subject or period not taken"


def classify(printed: str, text: str) -> str:
    """The first class whose test matches the words before and after the amount in its line."""
    line = text.split(" \u23ce ")[0]  # the line itself, not the next one wrapped on
    i = line.find(printed)
    if i < 0:
        line, i = text, max(0, text.find(printed))
    before, after = line[max(0, i - 200):i], line[i + len(printed):]
    return next((name for name, test in CLASSES if test(before, after, line, i)), OTHER)


def main(argv: list[str]) -> int:
    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    paths = [Path(a) for a in argv if a not in ("--show", show)]
    counts: collections.Counter = collections.Counter()
    per: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    shown = []
    for path in release_files(paths):
        for n, printed, text in unread(path):
            name = classify(printed, text)
            counts[name] += 1
            per[name][path.name] += 1
            if show and name.startswith(show):
                shown.append(f"{path.name}:{n}: {printed}\n    {text[:300]}")
    print("| class | unread | releases |\n|---|---:|---:|")
    for name, count in counts.most_common():
        print(f"| {name} | {count} | {len(per[name])} |")
    print(f"| total | {sum(counts.values())} | |")
    print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
