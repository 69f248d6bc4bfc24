"""TAT-QA's test split asked of the engine: right, wrong and refused, by answer type and source.

    python benchmarks/tatqa.py [--limit N] [--data PATH] [--db PATH] [--show wrong|right|refused|unstated]
                               [--causes] [--failures CAUSE]

The convention of ../shared/benchmarks/tatqa/README.md: one document per context (the table as
`| cell | cell |` lines, header rows first, every cell as printed, then the paragraphs, one a line),
ingested under an invented company name that no word of the data set contains; each question asked
as "<Name>: <question>". Numeric questions (a single number as gold, its `scale` applied) are scored
as exact match within the gold figure's printed rounding; answers are refused when the engine
abstains or asks back; an answer whose unit the engine says the release does not state (unit
"unstated") is counted in its own column, never right. A question whose own words ask for the size of
a loss or decrease compares sizes (the contract gives losses negative). Spans, multi-spans and counts
are reported, not scored.

Two finer groups are printed too, because they are what a filings engine must get right first:
"one cell" (the gold is one table cell) and "row change" (the difference or percent change of two
cells of one table row). `--causes` counts their failures by cause — the table gave no facts, a gold
cell was not read, or the cells were read and the question was not matched to them (by the reply's
first words) —, and `--failures CAUSE` lists the questions of causes that start with CAUSE.
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "benchmarks" / "tatqa" / "tatqa_dataset_test_gold.json"
SCALES = {"": 1.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "percent": 1.0}
SYLLABLES = ["zor", "vex", "qua", "lin", "mor", "dax", "tel", "quo", "zib", "rax", "yul", "pem", "vor", "kix"]


@dataclass
class Case:
    uid: str
    company: str
    question: str
    answer_type: str
    answer_from: str
    gold: float | None  # base units (the scale applied); percentages as percent
    digits: int  # decimals the gold figure is printed with
    group: str  # "one cell", "row change" or ""
    derivation: str
    cells: tuple[tuple[int, str], ...] = ()  # the gold's table cells: (document line, printed text)


def invented_names(n: int, taken: set[str]) -> list[str]:
    """Company names of made-up syllables, none a word of the data set (so none is read as a label)."""
    names = []
    for a, b, c in itertools.product(SYLLABLES, repeat=3):
        word = (a + b + c).capitalize()
        if word.lower() not in taken and a != b != c:
            names.append(f"{word} Holdings")
        if len(names) == n:
            break
    return names


def document(context: dict) -> str:
    """The table as pipe lines (header rows first, blank cells kept), then the paragraphs."""
    rows = context["table"]["table"]
    lines = ["| " + " | ".join(cell.replace("|", "/").replace("\n", " ") for cell in row) + " |" for row in rows]
    if lines:  # a Markdown table's rule under its first row, as a wire copy prints it
        lines.insert(1, "|" + "|".join(" --- " for _ in rows[0]) + "|")
    paragraphs = sorted(context["paragraphs"], key=lambda p: p.get("order", 0))
    return "\n".join(lines) + "\n\n" + "\n".join(p["text"].replace("\n", " ") for p in paragraphs) + "\n"


NUMBER = re.compile(r"^\(?-?\$?\s*\(?-?[\d,]*\.?\d+\)?%?\)?$")


def gold_number(q: dict) -> tuple[float | None, int]:
    """The gold as one number with its printed decimals, or None when it is text, several, or a count."""
    if q["answer_type"] not in ("span", "arithmetic"):
        return None, 0
    answer = q["answer"]
    if isinstance(answer, list):
        if len(answer) != 1 or not isinstance(answer[0], str):
            return None, 0
        answer = answer[0]
    if isinstance(answer, str):
        text = answer.strip().replace(" ", "")
        if not NUMBER.match(text):
            return None, 0
        negative = "(" in text or "-" in text  # "$ (20.0)" is negative too
        digits = re.sub(r"[^\d.]", "", text)
        if not digits or digits.count(".") > 1:
            return None, 0
        value = float(digits) * (-1 if negative else 1)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
    elif isinstance(answer, (int, float)):
        value = float(answer)
        text = repr(answer)
        decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    else:
        return None, 0
    return value * SCALES.get(q["scale"], 1.0), decimals


def group_of(q: dict) -> str:
    cells = [m["table"] for m in q.get("mappings", []) if "table" in m]
    others = [m for m in q.get("mappings", []) if "table" not in m]
    if q["answer_type"] == "span" and len(cells) == 1 and not others:
        return "one cell"
    if q["answer_type"] == "arithmetic" and len(cells) == 2 and not others and cells[0][0] == cells[1][0]:
        d = q["derivation"].replace(" ", "")
        if re.fullmatch(r"\(?[-$\d.,()]+-[-$\d.,()]+\)?(?:/[-$\d.,()]+\)?\*100)?", d):
            return "row change"
    return ""


def gold_cells(q: dict, context: dict) -> tuple[tuple[int, str], ...]:
    """The table cells a question's gold is read from, as (line of the document, printed text): row 0
    is line 1, the rule under it line 2, row r line r + 2."""
    rows = context["table"]["table"]
    cells = []
    for m in q.get("mappings", []):
        if "table" in m:
            r, c = m["table"]
            if r < len(rows) and c < len(rows[r]):
                cells.append((1 if r == 0 else r + 2, rows[r][c]))
    return tuple(cells)


def load(path: Path, limit: int | None) -> tuple[list[dict], list[Case]]:
    contexts = json.loads(path.read_text())
    words = {w.lower() for c in contexts for w in re.findall(r"[A-Za-z]+", json.dumps(c))}
    names = invented_names(len(contexts), words)
    cases: list[Case] = []
    used = []
    for context, name in zip(contexts, names):
        context["_company"] = name
        used.append(context)
        for q in context["questions"]:
            gold, digits = gold_number(q)
            cases.append(Case(q["uid"], name, q["question"], q["answer_type"], q["answer_from"], gold, digits,
                              group_of(q), q.get("derivation", ""), gold_cells(q, context)))
        if limit and len(cases) >= limit:
            break
    return used, cases[:limit] if limit else cases


def build_store(contexts: list[dict], folder: Path) -> Path:
    from knowledge.ingest import ingest
    from knowledge.store import connect
    db = folder / "tatqa.duckdb"
    con = connect(db)
    for context in contexts:
        path = folder / f"{context['table']['uid']}.txt"
        path.write_text(document(context))
        ingest(con, [path], company=context["_company"])
    con.close()
    return db


# A question whose own words ask for the size of a loss or a decrease ("the basic net loss per share",
# "how much did revenues decrease"): the engine gives it negative (the contract's sign), the gold as a
# magnitude, and both are the same answer. "Net income (loss)" names a signed figure, not a magnitude.
MAGNITUDE_WORDS = re.compile(r"\b(?:loss(?:es)?|decrease[sd]?|declined?|decline[sd]|fell|fall|drop(?:ped)?|"
                             r"reduc(?:ed|tion))\b(?!\s*\))", re.I)


def verdict(case: Case, answer) -> str:
    """right, wrong, refused, or "unit not stated": the printed figure given with the engine's word that
    the release states no unit for it (never counted right: the gold applies a scale to it)."""
    if answer.kind == "unstated":  # abstained, giving the printed figure with the word that its unit is unstated
        return "unstated" if case.gold is not None else "refused"
    if answer.status != "answered" or answer.value is None:
        return "refused"
    if case.gold is None:
        return "answered"
    tolerance = 0.5 * 10 ** -case.digits * (SCALES_BY_GOLD.get(case.uid, 1.0))
    value = answer.value
    if value < 0 < case.gold and MAGNITUDE_WORDS.search(case.question):
        value = -value
    return "right" if abs(value - case.gold) <= tolerance + 1e-9 * abs(case.gold) else "wrong"


SCALES_BY_GOLD: dict[str, float] = {}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--limit", type=int, help="ask only the first N questions (of whole contexts)")
    p.add_argument("--data", type=Path, default=DATA)
    p.add_argument("--db", type=Path, help="keep the built store here (default: a temporary folder)")
    p.add_argument("--show", choices=["wrong", "right", "refused", "unstated"],
                   help="print these questions with the answers")
    p.add_argument("--causes", action="store_true", help="count the failures of one cell and row change by cause")
    p.add_argument("--failures", metavar="CAUSE", help="list the one-cell and row-change failures whose cause "
                   "starts with CAUSE ('' for all)")
    args = p.parse_args()
    contexts, cases = load(args.data, args.limit)
    for context in contexts:
        for q in context["questions"]:
            SCALES_BY_GOLD[q["uid"]] = SCALES.get(q["scale"], 1.0)
    from chat.engine import Context, Engine
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        db = build_store(contexts, folder) if args.db is None else _kept(args.db, contexts, folder)
        built = time.perf_counter() - start
        engine = Engine(db)
        start = time.perf_counter()
        results = []
        for case in cases:
            answer, _ = engine.ask(f"{case.company}: {case.question}", Context())
            results.append((case, answer, verdict(case, answer)))
        asked = time.perf_counter() - start
        engine.close()
        read = table_cells_read(db) if args.causes or args.failures is not None else {}
    report(results, built, asked, args.show)
    if args.causes or args.failures is not None:
        report_causes(results, read, args.failures)


def _kept(db: Path, contexts: list[dict], folder: Path) -> Path:
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        built = build_store(contexts, folder)
        built.replace(db)
    return db


def why_wrong(case: Case, answer) -> str:
    """What kind of wrong: the printed figure without the scale the gold applies (the scale stated
    only in the paragraphs, or nowhere), the sign (a loss the gold gives unsigned), or other."""
    scale = SCALES_BY_GOLD.get(case.uid, 1.0)
    tolerance = 0.5 * 10 ** -case.digits
    if scale != 1.0 and abs(answer.value - case.gold / scale) <= tolerance + 1e-9:
        return "scale"
    if abs(-answer.value - case.gold) <= tolerance * scale + 1e-9:
        return "sign"
    return "other"


def report(results: list, built: float, asked: float, show: str | None) -> None:
    kinds = Counter(why_wrong(case, answer) for case, answer, v in results if v == "wrong")
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for case, _, v in results:
        kind = case.answer_type if case.gold is not None else f"{case.answer_type} (text)"
        table[(kind, case.answer_from)][v] += 1
        table[("numeric", "all")][v] += 1 if case.gold is not None else 0
        if case.group:
            table[(case.group, "table")][v] += 1
    print(f"{len(results)} questions; store built in {built:.1f} s, asked in {asked:.1f} s")
    print(f"{'answer type':<22} {'from':<11} {'n':>5} {'right':>12} {'wrong':>12} {'refused':>12} "
          f"{'unit unstated':>13} {'answered':>9}")
    for (kind, source), c in sorted(table.items()):
        n = sum(c.values())
        if not n:
            continue
        cell = lambda k: f"{c[k]:>5} {100 * c[k] / n:5.1f}%"
        print(f"{kind:<22} {source:<11} {n:>5} {cell('right'):>12} {cell('wrong'):>12} {cell('refused'):>12} "
              f"{cell('unstated'):>13} {c['answered']:>9}")
    print("wrong, by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()) +
          " (scale: the printed figure, the gold's scale not applied; sign: a loss given unsigned by the gold)")
    if show:
        for case, answer, v in results:
            if v == show:
                kind = f" ({why_wrong(case, answer)})" if v == "wrong" else ""
                print(f"\n[{v}{kind}] {case.company}: {case.question}\n  gold {case.gold} ({case.derivation})\n  "
                      f"{answer.status}: {answer.value} — {answer.text[:300]}")


def table_cells_read(db: Path) -> dict[str, set[tuple[int, float]]]:
    """Each company's table figures as (line, value in base units)."""
    import duckdb
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT d.company, f.line_no, f.value FROM facts f JOIN documents d USING (doc_id) "
                       "WHERE f.source = 'table'").fetchall()
    con.close()
    out: dict[str, set[tuple[int, float]]] = defaultdict(set)
    for company, line, value in rows:
        out[company].add((line, round(value, 6)))
    return out


def _cell_read(line: int, text: str, read: set[tuple[int, float]]) -> bool:
    digits = re.sub(r"[^\d.]", "", text)
    if not digits or digits.count(".") > 1 or digits == ".":
        return True  # not a number: nothing to look for
    value = float(digits)
    return any(l == line and any(abs(abs(v) - value * s) <= 1e-6 * max(1.0, value * s) for s in (1, 1e3, 1e6, 1e9))
               for l, v in read)


_DIGITS = re.compile(r"[\d.,$()%-]+")


def cause(case: Case, answer, read: dict[str, set[tuple[int, float]]]) -> str:
    """Why a one-cell or row-change question was not answered right: the table gave no facts, a gold
    cell was not read, or (the cells read) the reply, by its first words."""
    facts = read.get(case.company, set())
    if not facts:
        return "table gave no facts"
    if not all(_cell_read(line, text, facts) for line, text in case.cells):
        return "cell not read"
    words = " ".join(_DIGITS.sub("#", answer.text.split("\n")[0]).split()[:7])
    return f"cells read: {answer.status}: {words}"


def report_causes(results: list, read: dict[str, set[tuple[int, float]]], listing: str | None) -> None:
    for group in ("one cell", "row change"):
        failed = [(case, answer, v, cause(case, answer, read)) for case, answer, v in results
                  if case.group == group and v != "right"]
        print(f"\n{group}: {len(failed)} not right, by cause")
        by = Counter((why.split(":")[0] if ":" in why else why, v) for _, _, v, why in failed)
        for (why, v), n in sorted(by.items(), key=lambda t: -t[1]):
            print(f"  {n:>4}  {v:<9} {why}")
        detail = Counter(why for _, _, _, why in failed if why.startswith("cells read"))
        for why, n in detail.most_common(25):
            print(f"        {n:>4}  {why[len('cells read: '):]}")
        if listing is None:
            continue
        for case, answer, v, why in failed:
            if why.startswith(listing):
                cells = "; ".join(f"line {line}: {text!r}" for line, text in case.cells)
                print(f"\n[{group} {v}: {why}] {case.company}: {case.question}\n  gold {case.gold} "
                      f"({case.derivation}) cells {cells}\n  {answer.status}: {answer.value} — {answer.text[:300]}")


if __name__ == "__main__":
    main()
