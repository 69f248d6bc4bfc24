"""The helpers the invented-release question scripts (make_hidden_questions.py, make_hidden2_questions.py) write
their questions with: one expectation each, in the batch format benchmarks/wire_questions.py scores."""
M, B = 1e6, 1e9
Q: list[dict] = []


def v(qid, q, value, unit=None, doc=None, accept=(), tol=None, fu=False):
    e = {"kind": "value", "value": value, "doc": doc}
    if unit:
        e["unit"] = unit
    if accept:
        e["accept"] = list(accept)
    if tol:
        e["tol"] = tol
    Q.append({"id": qid, "question": q, "expect": e, **({"followup": True} if fu else {})})


def c(qid, q, pct, doc, fu=False):
    Q.append({"id": qid, "question": q, "expect": {"kind": "change_pct", "value": pct, "unit": "percent", "doc": doc},
              **({"followup": True} if fu else {})})


def a(qid, q, fu=False):
    Q.append({"id": qid, "question": q, "expect": {"kind": "abstain"}, **({"followup": True} if fu else {})})


def k(qid, q):
    Q.append({"id": qid, "question": q, "expect": {"kind": "clarify"}})
