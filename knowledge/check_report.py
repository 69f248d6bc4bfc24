"""The check's report: one line a release, and the totals — each score beside its target (issue 19).

The totals are the last TOTAL_LINES lines of the text report (a hook reads them with `tail -8`);
`--format json` carries the same figures.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

# The reading's targets (issue 19): identity of every release, core figures of those printed,
# statement cells, prose amounts, round trip — shares; agreement — disagreements left.
TARGETS = {"identity": 1.00, "core figures": 0.98, "statement cells": 0.97, "prose amounts": 0.90,
           "agreement": 0, "round trip": 0.98}
TOTAL_LINES = 8


@dataclass
class Score:
    name: str
    hit: int
    of: int
    what: str  # "releases complete", "printed figures read", ...

    @property
    def share(self) -> float | None:
        return self.hit / self.of if self.of else None

    @property
    def met(self) -> bool | None:
        if self.name == "agreement":
            return self.hit == 0
        return None if self.share is None else self.share >= TARGETS[self.name] - 1e-12


def scores(checks: list) -> dict[str, Score]:
    """The six scores over all releases (a release that failed to parse counts against identity)."""
    ok = [rc for rc in checks if not rc.error]
    trips = [rc.round_trip for rc in ok if rc.round_trip is not None]
    return {
        "identity": Score("identity", sum(1 for rc in ok if rc.identity and rc.identity.complete), len(checks),
                          f"releases complete ({_not_stated(ok)})"),
        "core figures": Score("core figures", sum(rc.core.found for rc in ok), sum(rc.core.printed for rc in ok),
                              "printed figures read as one value"),
        "statement cells": Score("statement cells", sum(rc.statement_facts for rc in ok),
                                 sum(rc.statement_cells for rc in ok), "cells became facts"),
        "prose amounts": Score("prose amounts", sum(rc.prose.read for rc in ok), sum(rc.prose.found for rc in ok),
                               "amounts in sentences read"),
        "agreement": Score("agreement", sum(len(rc.disagreements) for rc in ok), 0, "prose figures the statement "
                           "prints otherwise"),
        "round trip": Score("round trip", sum(t.right for t in trips), sum(t.asked for t in trips),
                            "stored facts asked back came back right"),
    }


def _not_stated(checks: list) -> str:
    """How many parts of the complete releases' identities the releases do not print, by part."""
    parts: dict[str, int] = {}
    for rc in checks:
        for part in (rc.identity.not_stated if rc.identity else []):
            word = part.split(" (")[0]
            parts[word] = parts.get(word, 0) + 1
    if not parts:
        return "every part printed"
    return "not stated: " + ", ".join(f"{n} {word}" for word, n in sorted(parts.items(), key=lambda p: -p[1]))


def _pct(share: float | None) -> str:
    return "-" if share is None else f"{100 * share:.1f}%"


def _target(name: str) -> str:
    target = TARGETS[name]
    return f"target {target}" if name == "agreement" else f"target {100 * target:.0f}%"


def score_line(s: Score, ran: bool = True) -> str:
    if not ran:
        return f"{s.name:<16} not run (--round-trip)  ({_target(s.name)})"
    if s.name == "agreement":
        head = f"{s.hit} disagreements"
        detail = s.what
    else:
        head = _pct(s.share)
        detail = f"{s.hit} of {s.of} {s.what}"
    mark = {True: "met", False: "BELOW", None: "-"}[s.met]
    return f"{s.name:<16} {head:<8} ({_target(s.name)}) {mark:<5} {detail}"


def release_line(rc) -> str:
    ident = rc.identity
    core = f"{rc.core.found}/{rc.core.printed}"
    prose = f"{rc.prose.read}/{rc.prose.found}"
    cover = f"{100 * rc.coverage:5.1f}%" if rc.coverage is not None else "     -"
    trip = f"{rc.round_trip.right}/{rc.round_trip.asked}" if rc.round_trip is not None else "-"
    return (f"{rc.name[:34]:<34} {(rc.company or '?')[:26]:<26} {(rc.period or '?'):<10} {rc.facts:>5} {cover:>6} "
            f"{'ok' if ident and ident.complete else 'NO':<3} {core:>7} {prose:>7} {len(rc.disagreements):>4} {trip:>7}")


HEADER = (f"{'release':<34} {'company':<26} {'period':<10} {'facts':>5} {'cells':>6} {'id':<3} {'core':>7} "
          f"{'prose':>7} {'dis':>4} {'trip':>7}")


def format_report(checks: list, verbose: bool = False) -> tuple[str, bool]:
    """The per-release table and the totals; True when nothing is wrong (no violation, no metadata
    the release prints left unread)."""
    lines = [HEADER]
    bad = False
    for rc in checks:
        if rc.error:
            lines.append(f"{rc.name[:34]:<34} ERROR {rc.error}")
            bad = True
            continue
        lines.append(release_line(rc))
        lines += [f"    missing: {m}" for m in rc.missing]
        lines += [f"    identity: {p}" for p in (rc.identity.problems if rc.identity else [])]
        if verbose:
            lines += [f"    not stated: {p}" for p in (rc.identity.not_stated if rc.identity else [])]
        lines += [f"    violation: {v}" for v in rc.violations[:20]]
        if len(rc.violations) > 20:
            lines.append(f"    ... and {len(rc.violations) - 20} more violations")
        lines += [f"    core: {m}" for m in rc.core.missed]
        lines += [f"    disagreement: {d}" for d in rc.disagreements]
        lines += [f"    still answered: {d}" for d in rc.answered]
        if verbose:
            lines += [f"    explained disagreement: {d}" for d in rc.explained]
            lines.append(f"    tables: {', '.join(f'{k} {v}' for k, v in sorted(rc.tables.items()) if v)}")
            lines += [f"    cell unread: {u}" for u in rc.unread_cells]
            lines += [f"    prose unread: {u}" for u in rc.prose.unread]
            lines += [f"    prose deal (no figure of a period, not counted): {u}" for u in rc.prose.deals]
            lines += [f"    prose bound (no figure printed, not counted): {u}" for u in rc.prose.bounds]
            lines += [f"    round trip: {f}" for f in (rc.round_trip.failures if rc.round_trip else [])]
        bad = bad or bool(rc.missing or rc.violations)
    lines += total_lines(checks)
    return "\n".join(lines), not bad


def total_lines(checks: list) -> list[str]:
    n_viol = sum(len(rc.violations) for rc in checks)
    incomplete = sum(1 for rc in checks if rc.missing or rc.error)
    ran = any(rc.round_trip is not None for rc in checks)
    s = scores(checks)
    met = sum(1 for k, v in s.items() if v.met and (k != "round trip" or ran))
    out = [f"{len(checks)} releases, {sum(rc.facts for rc in checks)} facts, {incomplete} with incomplete metadata, "
           f"{n_viol} violations, {_answered(checks)} violations or disagreements still answered"]
    out += [score_line(v, ran or k != "round trip") for k, v in s.items()]
    out.append(f"targets met: {met} of {len(s) if ran else len(s) - 1}")
    assert len(out) == TOTAL_LINES
    return out


def _answered(checks: list) -> int:
    """Violations and disagreements some figure of which the store would hold undoubted, answered as fact
    (knowledge/doubts.py marks them; 0 is the aim)."""
    return sum(len(rc.answered) for rc in checks if not rc.error)


def report_json(checks: list) -> str:
    """The same figures as the text report, one object."""
    def release(rc) -> dict:
        if rc.error:
            return {"release": rc.name, "error": rc.error}
        ident = rc.identity
        return {
            "release": rc.name, "company": rc.company, "ticker": ident.ticker if ident else rc.ticker,
            "ticker_source": ident.ticker_source if ident else "", "release_date": rc.release_date,
            "period": rc.period, "fye_month": ident.fye_month if ident else rc.fye_month,
            "currency": ident.currency if ident else None, "facts": rc.facts,
            "identity": {"complete": bool(ident and ident.complete), "problems": ident.problems if ident else [],
                         "not_stated": ident.not_stated if ident else []},
            "core": {"printed": rc.core.printed, "found": rc.core.found, "missed": rc.core.missed},
            "statement_cells": {"cells": rc.statement_cells, "read": rc.statement_facts},
            "prose": {"found": rc.prose.found, "read": rc.prose.read, "unread": rc.prose.unread,
                      "deals": rc.prose.deals, "bounds": rc.prose.bounds},
            "disagreements": rc.disagreements, "explained_disagreements": rc.explained,
            "round_trip": None if rc.round_trip is None else {"asked": rc.round_trip.asked, "right": rc.round_trip.right,
                                                               "failures": rc.round_trip.failures},
            "tables": dict(rc.tables), "missing": rc.missing, "violations": rc.violations,
            "still_answered": rc.answered,
        }
    ran = any(rc.round_trip is not None for rc in checks)
    totals = {k: {"hit": v.hit, "of": v.of, "share": v.share, "target": TARGETS[k], "met": v.met}
              for k, v in scores(checks).items() if k != "round trip" or ran}
    return json.dumps({"releases": [release(rc) for rc in checks],
                       "totals": {"releases": len(checks), "facts": sum(rc.facts for rc in checks),
                                  "violations": sum(len(rc.violations) for rc in checks),
                                  "still_answered": _answered(checks), **totals}}, indent=1)
