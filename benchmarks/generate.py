"""Make N distinct, realistic releases from real ones (the bundled seeds and ../shared/corpus).

Each copy gets another company name and ticker, periods shifted by whole years, and every amount
scaled by one factor (so totals still add up and stated percentages stay true) but per-share figures
(a number with two decimals and no scale word: net income and the shares both scale, so EPS does not;
scaled, it would break the release's own arithmetic, and the engine withholds such a figure). Table
numbers keep their right edge, so fixed-width columns stay aligned.

    python benchmarks/generate.py N OUT_DIR
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parsers.document import parse_file, parse_text  # noqa: E402
from parsers.model import ParseError  # noqa: E402

SOURCES = [ROOT / "knowledge" / "sample_data", ROOT.parent / "shared" / "corpus" / "releases"]
YEAR = re.compile(r"(?<![\d,.$])((?:19|20)\d\d)(?!\d|,\d|\.\d)")
AMOUNT = re.compile(r"(?<![\w.])(\$\s*)?(\d{1,3}(?:,\d{3})+|\d+\.\d+)(?![\d%])(?!\s*%)(?!\s*percent)")
SYLLABLES = ["al", "bor", "cen", "dra", "el", "fin", "gal", "hes", "ion", "jor", "kel", "lum", "mar", "nov", "or",
             "pra", "quin", "ros", "sol", "tor", "ul", "ver", "wex", "xan", "yor", "zen"]


GEN_VERSION = 3  # bump when a change here changes what is generated (cached data is then rebuilt)


def sources() -> list[tuple[Path, str, str | None, str | None, bool]]:
    """(path, text, company, ticker, needs_name) of every readable source release. needs_name: a
    generated copy would name no company (an excerpt, or a name the renaming breaks), so it is given
    a headline that names one; otherwise its facts would belong to no company at all."""
    out = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
            try:
                doc = parse_file(path)
            except ParseError:
                continue
            if doc.figures:
                text = path.read_text(encoding="utf-8", errors="replace")
                probe = parse_text("probe", make_release(text, doc.company, doc.ticker, 1, False))
                out.append((path, text, doc.company, doc.ticker, probe.company is None))
    return out


def company_name(i: int) -> tuple[str, str]:
    rnd = random.Random(i)
    word = "".join(rnd.choice(SYLLABLES) for _ in range(3)).capitalize()
    ticker = (word[:3] + "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(2))).upper()
    return f"{word}{i} Holdings, Inc.", ticker[:5]


def scale_amount(m: re.Match, factor: float) -> str:
    dollar, number = m.group(1) or "", m.group(2)
    if "." in number and "," not in number:
        decimals = len(number.split(".")[1])
        new = f"{float(number) * factor:.{decimals}f}"
    else:
        new = f"{round(int(number.replace(',', '')) * factor):,}"
    return dollar + new


_PER_SHARE = re.compile(r"\(?-?\d{1,3}\.\d\d$")
_SCALE_WORD = re.compile(r"\s*(?:million|billion|thousand|mm|bn)\b", re.I)


def _per_share(m: re.Match, line: str, next_line: str) -> bool:
    """A per-share figure ('0.45', '$1.23', '(0.36)'): two decimals, no thousands separator, no scale word
    after it ('$10.55 million' is an amount, and so is '$16.55' ending a line the next opens with 'million')."""
    if not _PER_SHARE.match(m.group(2)) or _SCALE_WORD.match(line, m.end()):
        return False
    return bool(line[m.end():].strip()) or not _SCALE_WORD.match(next_line)


def keep_right_edge(line: str, new_line_parts: list[tuple[int, int, str]]) -> str:
    """Replace spans, taking extra width from spaces on the left so columns stay aligned."""
    out = line
    for start, end, new in sorted(new_line_parts, reverse=True):
        grow = len(new) - (end - start)
        lead = start
        while grow > 0 and lead > 0 and out[lead - 1] == " " and (lead < 2 or out[lead - 2] == " "):
            lead -= 1
            grow -= 1
        pad = " " * max(0, -grow)
        out = out[:lead] + pad + new + out[end:]
    return out


def make_release(text: str, company: str | None, ticker: str | None, i: int, needs_name: bool = False) -> str:
    name, new_ticker = company_name(i)
    rnd = random.Random(i * 7919)
    factor = rnd.choice([0.6, 0.75, 0.9, 1.1, 1.25, 1.5, 2.0, 3.0])
    shift = rnd.choice([-2, -1, 1, 2, 3])
    if company:
        for form in {company, company.upper()}:
            pattern = r"\s+".join(re.escape(w) for w in form.split())
            text = re.sub(pattern, name if form == company else name.upper(), text)
    if ticker:
        text = re.sub(rf"\b{re.escape(ticker)}\b", new_ticker, text)
    lines = []
    given = text.split("\n")
    for n, line in enumerate(given):
        after = given[n + 1] if n + 1 < len(given) else ""
        parts = [(m.start(), m.end(), scale_amount(m, factor)) for m in AMOUNT.finditer(line)
                 if not _per_share(m, line, after)]
        line = keep_right_edge(line, parts) if parts else line
        line = YEAR.sub(lambda m: str(int(m.group(1)) + shift), line)
        lines.append(line)
    head = f"{name} (NASDAQ: {new_ticker}) Reports Financial Results\n\n" if needs_name else ""
    return head + "\n".join(lines) + f"\n\n[generated release {i}]\n"


def generate(n: int, out: Path, first: int = 0) -> int:
    """Releases first .. first+n-1 into out; the same i always gives the same release."""
    out.mkdir(parents=True, exist_ok=True)
    base = sources()
    for i in range(first, first + n):
        path, text, company, ticker, needs_name = base[i % len(base)]
        (out / f"gen_{i:06d}_{path.name}").write_text(make_release(text, company, ticker, i, needs_name),
                                                      encoding="utf-8")
    return n


def cached(n: int, root: Path, first: int = 0) -> Path:
    """A folder of n generated releases under root, generated once and reused while GEN_VERSION holds."""
    folder = root / f"gen-v{GEN_VERSION}-{first}-{n}"
    stamp = folder / ".complete"
    if not stamp.exists():
        generate(n, folder, first)
        stamp.write_text(str(n))
    return folder


if __name__ == "__main__":
    print(generate(int(sys.argv[1]), Path(sys.argv[2])), "releases written")
