"""Question batches: read each line, answer it, compare with its `expect`, report as a table or JUnit XML.

A batch streams: each answer is written as soon as it is made, the check table gets its row then, and
the JUnit cases are spooled to a temporary file; nothing grows with the number of questions but the
duplicate-id check's Bloom filter (one bit per byte of the file), dropped before the first answer.
"""
from __future__ import annotations

import io
import json
import math
import os
import re
import shutil
import stat
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO, Callable, Iterator

from chat.answer import Answer
from chat.files import FileRefused, atomic_writer, require_regular_file
from chat.safe_text import safe_line
from chat.session import Context, Engine, line_texts, scaled_cell, text_codec

STDIN_NAMES = {"-", "/dev/stdin"}
DUPLICATES_SHOWN = 5
BLOOM_PROBES = 4


class BatchRefused(Exception):
    """The batch as a whole cannot be run (duplicate ids): one line for the user, nothing answered."""


@dataclass
class Item:
    id: str
    question: str
    followup: bool = False
    expect: dict | None = None
    error: str | None = None
    company: str | None = None  # the line's default company ("company": name or ticker)
    line: int = 0


# -- reading ---------------------------------------------------------------------------------------
def sniff_encoding(head: bytes) -> str:
    """UTF-8 unless a byte-order mark or the NUL pattern of mostly-ASCII text says UTF-16 or UTF-32
    (read as UTF-8, a UTF-16 file is a NUL between every two letters: questions nobody asked). The
    rule releases are decoded by (parsers.loading.text_codec, through the session)."""
    return text_codec(head)


class BatchSource:
    """A batch file, or standard input spooled to a temporary file, that can be read more than once
    (once to count the questions and check their ids, once to answer them)."""

    def __init__(self, fh: BinaryIO, name: str, jsonl: bool | None):
        self.fh, self.name, self.jsonl = fh, name, jsonl
        fh.seek(0)
        self.encoding = sniff_encoding(fh.read(4096))
        self.size = fh.seek(0, os.SEEK_END)

    @classmethod
    def open(cls, path: Path | str) -> "BatchSource":
        """`-` or /dev/stdin (or any name of this process's standard input) reads standard input."""
        name = str(path)
        if name in STDIN_NAMES or _is_stdin(Path(name)):
            spool = tempfile.TemporaryFile()
            shutil.copyfileobj(sys.stdin.buffer, spool)
            return cls(spool, "stdin", None)
        path = Path(path)
        if not path.exists():
            raise FileRefused(f"{path}: no such file")
        require_regular_file(path, "the questions")
        suffix = path.suffix.lower()
        jsonl = True if suffix in (".jsonl", ".json") else False if suffix == ".txt" else None
        return cls(open(path, "rb"), path.stem, jsonl)

    def close(self) -> None:
        self.fh.close()

    def __enter__(self) -> "BatchSource":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def lines(self) -> Iterator[tuple[int, str | None, str]]:
        """(line number, text, why not) for each line; text is None when the line cannot be decoded."""
        self.fh.seek(0)
        if self.encoding in ("utf-8", "utf-8-sig"):
            # Split the bytes, not the text: one undecodable byte costs its own line, never the file.
            for n, raw in enumerate(self.fh, 1):
                if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                try:
                    yield n, raw.rstrip(b"\r\n").decode("utf-8"), ""
                except UnicodeDecodeError as exc:
                    yield (n, None, f"not UTF-8 text (byte {exc.start + 1})") if raw.strip() else (n, "", "")
            return
        text = io.TextIOWrapper(self.fh, encoding=self.encoding, errors="replace", newline=None)
        try:
            for n, line in enumerate(text, 1):
                line = line.rstrip("\n")
                yield (n, None, f"not {self.encoding.upper()} text") if "\ufffd" in line else (n, line, "")
        finally:
            text.detach()  # the source stays open for the next pass

    def items(self) -> Iterator[Item]:
        """`.jsonl`: one object a line; `.txt`: one question a line (a name without either suffix, and
        standard input, is JSON lines when its first question line starts with `{`). A broken line
        becomes an error item."""
        jsonl = self.jsonl
        for n, line, why in self.lines():
            if line is None:
                yield Item(f"line{n}", "", error=f"line {n}: {why}", line=n)
                continue
            if not line.strip():
                continue
            if jsonl is None:
                jsonl = line.lstrip().startswith("{")
            if not jsonl:
                if not line.lstrip().startswith("#"):
                    yield Item(str(n), line.strip(), line=n)
                continue
            yield parse_line(line, n)


def _is_stdin(path: Path) -> bool:
    """/dev/fd/0, /proc/self/fd/0 and the like: the file standard input is."""
    try:
        st, st0 = os.stat(path), os.fstat(0)
    except OSError:
        return False
    return not stat.S_ISREG(st.st_mode) and (st.st_dev, st.st_ino) == (st0.st_dev, st0.st_ino)


def parse_line(line: str, n: int) -> Item:
    """One JSON line as an item; what is wrong with it becomes the item's error, for that line only."""
    try:
        obj = json.loads(line)
        if not isinstance(obj, dict) or not isinstance(obj.get("question"), str):
            raise ValueError("needs a \"question\" string")
    except RecursionError:
        return Item(f"line{n}", "", error=f"line {n}: not a valid question object (nested too deeply)", line=n)
    except ValueError as exc:
        return Item(f"line{n}", "", error=f"line {n}: not a valid question object ({str(exc)[:120]})", line=n)
    company = obj.get("company") if isinstance(obj.get("company"), str) else None  # the line's default company
    item = Item(str(obj.get("id", n)), obj["question"], expect=obj.get("expect"), company=company, line=n)
    followup = obj.get("followup")
    if followup is not None and not isinstance(followup, bool):
        item.error = f"line {n}: followup must be true or false, not {json.dumps(followup)[:40]}"
    item.followup = followup is True
    return item


def read_batch(path: Path | str) -> Iterator[Item]:
    with BatchSource.open(path) as source:
        yield from source.items()


def survey(source: BatchSource) -> int:
    """The number of questions; refuses the batch when two lines share an id, naming their lines.

    A Bloom filter of the ids (one bit per byte of the file: 15 or more per question line) finds the
    ids that may repeat; a second reading, only when some may, keeps the lines of those few ids and
    names the real duplicates. It takes an eighth of the file's size, dropped before answering."""
    bits = max(1024, source.size)
    seen = bytearray(bits // 8 + 1)
    maybe: set[int] = set()
    count = 0
    for item in source.items():
        count += 1
        if item.error is None:
            h = hash(item.id)
            if _bloom_add(seen, bits, h):
                maybe.add(h)
    del seen
    if maybe:
        _refuse_duplicates(source, maybe)
    return count


def _bloom_add(bloom: bytearray, bits: int, h: int) -> bool:
    """Set the id hash's BLOOM_PROBES bits; True when all were set already (the id may have been seen)."""
    step = (h >> 32) | 1
    present = True
    for i in range(BLOOM_PROBES):
        bit = (h + i * step) % bits
        mask = 1 << (bit & 7)
        if not bloom[bit >> 3] & mask:
            present = False
            bloom[bit >> 3] |= mask
    return present


def _refuse_duplicates(source: BatchSource, maybe: set[int]) -> None:
    where: dict[str, list[int]] = {}
    for item in source.items():
        if item.error is None and hash(item.id) in maybe:
            where.setdefault(item.id, []).append(item.line)
    dups = [(i, lines) for i, lines in where.items() if len(lines) > 1]
    if not dups:
        return
    shown = "; ".join(f"{json.dumps(i)[:40]} on lines {', '.join(map(str, lines[:10]))}"
                      + (" ..." if len(lines) > 10 else "") for i, lines in dups[:DUPLICATES_SHOWN])
    more = f" and {len(dups) - DUPLICATES_SHOWN} more" if len(dups) > DUPLICATES_SHOWN else ""
    raise BatchRefused(f"duplicate ids in {source.name}: {shown}{more}; nothing was answered")


# -- answering -------------------------------------------------------------------------------------
def answers(engine: Engine, items, company: str | None = None) -> Iterator[tuple[Item, Answer]]:
    """Each item with its answer, one at a time: the conversation is reset unless the line is a follow-up.
    `company` (batch --company) is the default company of every line; a line's own "company" replaces
    it for that line."""
    context = Context()
    for item in items:
        if item.error:
            yield item, Answer(item.question, "abstained", item.error, id=item.id)
            continue
        if not item.followup:
            try:
                context = engine.context_for(item.company or company)
            except ValueError as exc:
                yield item, Answer(item.question, "abstained", str(exc), id=item.id)
                continue
        answer, context = engine.ask(item.question, context)
        answer.id = item.id
        yield item, answer


def run(engine: Engine, items, company: str | None = None) -> list[tuple[Item, Answer]]:
    return list(answers(engine, items, company))


# -- checking --------------------------------------------------------------------------------------
def check_safely(item: Item, answer: Answer) -> str | None:
    """`check`, where a malformed `expect` fails its own line with a reason instead of stopping the batch."""
    try:
        return check(item, answer)
    except Exception as exc:  # wrong types inside expect: this line fails, the summary still comes
        return f"malformed expect ({type(exc).__name__}: {exc})"


def _number_problem(name: str, value: object) -> str | None:
    """Why `value` cannot be compared with: not a number, or not finite (1e999 reads as infinity)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"malformed expect: {name} {value!r} is not a number"
    if not math.isfinite(value):
        return f"malformed expect: {name} {value!r} is not a finite number"
    return None


def check(item: Item, answer: Answer) -> str | None:
    """None when the answer meets the expectation, else why not."""
    if item.error:
        return item.error
    exp = item.expect
    if exp is None:
        return None
    if not isinstance(exp, dict):
        return f"malformed expect: {type(exp).__name__}, not an object"
    kind = exp.get("kind")
    if kind not in ("value", "change_pct", "abstain", "clarify"):
        return f"malformed expect: kind {kind!r} is not value, change_pct, abstain or clarify"
    if kind in ("abstain", "clarify"):
        want = "abstained" if kind == "abstain" else "clarify"
        return None if answer.status == want and answer.value is None else f"expected {want}, got {answer.status}"
    readings = [{"value": exp.get("value"), "unit": exp.get("unit"), "tol": exp.get("tol")}]
    accept = exp.get("accept", [])
    if not isinstance(accept, list):
        return "malformed expect: accept must be a list"
    for acc in accept:
        readings.append(acc if isinstance(acc, dict) else {"value": acc, "unit": exp.get("unit"), "tol": exp.get("tol")})
    for r in readings:
        problem = _number_problem("value", r.get("value"))
        if problem is None and r.get("tol") is not None:
            problem = _number_problem("tol", r.get("tol"))
        if problem:
            return problem
    if answer.status != "answered" or answer.value is None:
        return f"expected a figure, got {answer.status}: {answer.text[:80]}"
    if not any(_matches(answer, r, kind) for r in readings):
        return f"value {answer.value} {answer.unit}, expected {exp.get('value')} {exp.get('unit')}"
    docs = exp.get("doc")
    docs = [docs] if isinstance(docs, str) else (docs or [])
    if docs and not any(c.doc in docs for c in answer.citations):
        return f"no citation into {', '.join(docs)}"
    return None


def _matches(answer: Answer, reading: dict, kind: str) -> bool:
    unit = reading.get("unit")
    if unit and answer.unit != unit:
        return False
    want, got = reading["value"], answer.value
    if got is None:  # no figure given: nothing to match
        return False
    if unit in ("percent",) or kind == "change_pct":
        tol = reading.get("tol") or (1.0 if kind == "change_pct" else 0.1)
        return abs(got - want) <= tol + 1e-9
    tol = reading.get("tol") or 0.005
    return abs(abs(got) - abs(want)) <= tol * max(abs(want), 1e-9) + 1e-9


def verify_citations(engine: Engine, answer: Answer) -> str | None:
    """A citation is true when its line exists and its quote stands verbatim on that line."""
    for c in answer.citations:
        # the very document cited when its id is known (files of one name in two folders differ)
        if not any(c.quote in text for text in line_texts(engine.con, c.doc, c.line, c.doc_id)):
            return f"citation {c.doc}:{c.line} does not hold its quote"
    return None


# -- reporting -------------------------------------------------------------------------------------
# What XML 1.0 cannot hold: C0 controls but tab, newline and CR; lone surrogates; U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: object) -> str:
    """`text` as XML 1.0 can hold it: a control character becomes its visible symbol (ESC as ␛),
    anything else XML cannot hold becomes U+FFFD, so the report always parses."""
    return _NOT_XML.sub(lambda m: chr(0x2400 + ord(m.group(0))) if m.group(0) < " " else "\ufffd", str(text))


class JUnitReport:
    """A JUnit file written case by case: the cases are spooled to a temporary file as the answers
    come, and the file is written whole (atomically) at the end, when the counts are known."""

    def __init__(self, path: Path, name: str):
        self.path, self.name = path, xml_text(name)
        self.spool = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.tests = self.failures = 0

    def add(self, item: Item, answer: Answer, failure: str | None) -> None:
        case = ET.Element("testcase", classname=self.name, name=xml_text(f"{item.id}: {item.question}"),
                          time=f"{answer.elapsed_ms / 1000:.4f}")
        if failure:
            ET.SubElement(case, "failure", message=xml_text(failure)).text = xml_text(answer.text)
        self.spool.write(ET.tostring(case, encoding="unicode") + "\n")
        self.tests += 1
        self.failures += bool(failure)

    def write(self) -> None:
        suite = ET.Element("testsuite", name=self.name, tests=str(self.tests), failures=str(self.failures))
        head = ET.tostring(suite, encoding="unicode").replace(" />", ">")
        self.spool.seek(0)
        with atomic_writer(self.path) as fh:
            fh.write("<?xml version='1.0' encoding='utf-8'?>\n" + head + "\n")
            shutil.copyfileobj(self.spool, fh)
            fh.write("</testsuite>\n")

    def close(self) -> None:
        self.spool.close()


def junit(results: list[tuple[Item, Answer, str | None]], path: Path, name: str) -> None:
    report = JUnitReport(path, name)
    try:
        for item, answer, failure in results:
            report.add(item, answer, failure)
        report.write()
    finally:
        report.close()


TABLE_HEADER = f"{'id':<8} {'result':<6} {'status':<10} {'value':>14} {'unit':<15} question"


def table_row(item: Item, answer: Answer, why: str | None) -> str:
    value, scale = scaled_cell(answer.value, answer.unit)  # one scale per unit, as `facts` lists them
    line = (f"{safe_line(item.id):<8} {'FAIL' if why else 'ok':<6} {answer.status:<10} {value:>14} "
            f"{scale if value else '':<15} {safe_line(item.question[:50])}")
    return line + (f"  <- {safe_line(why)}" if why else "")


@dataclass
class Tally:
    answered: int = 0
    passed: int = 0
    failed: int = 0


def run_batch(engine: Engine, items, out: IO[str], *, say: Callable[[str], None] | None = None,
              junit_report: JUnitReport | None = None, done: Callable[[int], None] | None = None,
              flush: bool = False, company: str | None = None) -> Tally:
    """Answer `items` one at a time (`company`: the default company of every line): each answer object is written to `out` at once; with `say` (the
    check table) or `junit_report`, the line is checked then and only its pass or fail is kept."""
    tally = Tally()
    checking = say is not None or junit_report is not None
    if say:
        say(TABLE_HEADER)
    for item, answer in answers(engine, items, company):
        out.write(json.dumps(answer.to_json(), default=str) + "\n")  # ensure_ascii: controls escaped
        if flush:  # standard output: the next program in the pipe sees each answer when it is made
            out.flush()
        tally.answered += 1
        if checking:
            why = check_safely(item, answer) or verify_citations(engine, answer)
            tally.failed += bool(why)
            tally.passed += not why
            if say:
                say(table_row(item, answer, why))
            if junit_report:
                junit_report.add(item, answer, why)
        if done:
            done(tally.answered)
    if say:
        say(f"{tally.passed} passed, {tally.failed} failed")
    return tally
