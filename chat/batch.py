"""Question batches: answer each line, compare with its `expect`, report as a table or JUnit XML."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from chat.answer import Answer
from chat.session import Context, Engine, line_texts


@dataclass
class Item:
    id: str
    question: str
    followup: bool = False
    expect: dict | None = None
    error: str | None = None
    company: str | None = None  # the line's default company ("company": name or ticker)


def read_batch(path: Path) -> Iterator[Item]:
    """`.jsonl`: one object a line; `.txt`: one question a line. A broken line becomes an error item."""
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    jsonl = path.suffix.lower() in (".jsonl", ".json")
    # Split the bytes, not the text: one undecodable byte costs its own line, never the file.
    for n, raw in enumerate(data.split(b"\n"), 1):
        try:
            line = raw.rstrip(b"\r").decode("utf-8")
        except UnicodeDecodeError as exc:
            if raw.strip():
                yield Item(f"line{n}", "", error=f"line {n}: not UTF-8 text (byte {exc.start + 1})")
            continue
        if not line.strip():
            continue
        if not jsonl:
            if not line.lstrip().startswith("#"):
                yield Item(str(n), line.strip())
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("question"), str):
                raise ValueError("needs a \"question\" string")
        except RecursionError:
            yield Item(f"line{n}", "", error=f"line {n}: not a valid question object (nested too deeply)")
            continue
        except ValueError as exc:
            yield Item(f"line{n}", "", error=f"line {n}: not a valid question object ({str(exc)[:120]})")
            continue
        company = obj.get("company") if isinstance(obj.get("company"), str) else None
        yield Item(str(obj.get("id", n)), obj["question"], bool(obj.get("followup")), obj.get("expect"), company=company)


def run(engine: Engine, items: list[Item], company: str | None = None) -> list[tuple[Item, Answer]]:
    """Answer every item; `company` (batch --company) is the default company of every line, a
    line's own "company" replaces it for that line."""
    out = []
    context = Context()
    for item in items:
        if item.error:
            out.append((item, Answer(item.question, "abstained", item.error, id=item.id)))
            continue
        if not item.followup:
            try:
                context = engine.context_for(item.company or company)
            except ValueError as exc:
                out.append((item, Answer(item.question, "abstained", str(exc), id=item.id)))
                continue
        answer, context = engine.ask(item.question, context)
        answer.id = item.id
        out.append((item, answer))
    return out


def check_safely(item: Item, answer: Answer) -> str | None:
    """`check`, where a malformed `expect` fails its own line with a reason instead of stopping the batch."""
    try:
        return check(item, answer)
    except Exception as exc:  # wrong types inside expect: this line fails, the summary still comes
        return f"malformed expect ({type(exc).__name__}: {exc})"


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
    if answer.status != "answered" or answer.value is None:
        return f"expected a figure, got {answer.status}: {answer.text[:80]}"
    readings = [{"value": exp.get("value"), "unit": exp.get("unit"), "tol": exp.get("tol")}]
    accept = exp.get("accept", [])
    if not isinstance(accept, list):
        return "malformed expect: accept must be a list"
    for acc in accept:
        readings.append(acc if isinstance(acc, dict) else {"value": acc, "unit": exp.get("unit"), "tol": exp.get("tol")})
    for r in readings:
        if isinstance(r.get("value"), bool) or not isinstance(r.get("value"), (int, float)):
            return f"malformed expect: value {r.get('value')!r} is not a number"
        if r.get("tol") is not None and not isinstance(r.get("tol"), (int, float)):
            return f"malformed expect: tol {r.get('tol')!r} is not a number"
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


def junit(results: list[tuple[Item, Answer, str | None]], path: Path, name: str) -> None:
    suite = ET.Element("testsuite", name=name, tests=str(len(results)),
                       failures=str(sum(1 for *_, f in results if f)))
    for item, answer, failure in results:
        case = ET.SubElement(suite, "testcase", classname=name, name=f"{item.id}: {item.question}",
                             time=f"{answer.elapsed_ms / 1000:.4f}")
        if failure:
            ET.SubElement(case, "failure", message=failure).text = answer.text
    ET.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)
