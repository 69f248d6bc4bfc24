"""Parsing complete HTML releases: MB of release text per second over ../shared/corpus/full, and
seconds per MB for 0.1, 1 and 10 MB inputs made by repeating the table rows of a real release
(linear parsing keeps seconds per MB flat). Each input is parsed in a fresh process with a limit.

    python benchmarks/bench_html.py [--sizes 0.1 1 10]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FULL = ROOT.parent / "shared" / "corpus" / "full"
LIMIT_S = 300


CPU_S: list[float] = []  # CPU seconds of each parse_seconds, beside its wall seconds (a shared machine's wall
# time counts the waits for a core)


def parse_seconds(path: Path) -> float | None:
    """Seconds to read and parse one file (load_bytes + parse_text), in a fresh process."""
    code = ("import sys,time; sys.path.insert(0,%r)\nfrom parsers.loading import load_bytes\n"
            "from parsers.document import parse_text\nfrom pathlib import Path\np=Path(%r); d=p.read_bytes()\n"
            "t=time.perf_counter(); c=time.process_time(); text,fmt=load_bytes(d,p.name,p.suffix); parse_text(p.name,text,fmt)\n"
            "print(time.process_time()-c); print(time.perf_counter()-t)") % (str(ROOT), str(path))
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=LIMIT_S)
    except subprocess.TimeoutExpired:
        return None
    if out.returncode:
        return None
    cpu, wall = out.stdout.strip().splitlines()[-2:]
    CPU_S.append(float(cpu))
    return float(wall)


def grown(html: str, megabytes: float) -> str:
    """The release with its table rows repeated until it is about this size."""
    rows = re.findall(r"<tr\b.*?</tr>", html, re.S | re.I)
    block = "".join(rows)
    at = html.lower().rfind("</table>")
    need = int(megabytes * 1e6) - len(html)
    if need <= 0 or not block:
        return html[: int(megabytes * 1e6)]
    return html[:at] + block * (need // len(block) + 1) + html[at:]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--sizes", type=float, nargs="*", default=[0.1, 1.0, 10.0])
    args = p.parse_args()
    files = sorted(f for f in FULL.glob("*") if f.suffix.lower() in {".htm", ".html", ".txt"} and f.stat().st_size > 10000)
    total_mb = sum(f.stat().st_size for f in files) / 1e6
    start = time.perf_counter()
    secs = [parse_seconds(f) for f in files]
    if all(s is not None for s in secs):
        print(f"complete releases ({len(files)} files, {total_mb:.1f} MB): {total_mb / sum(secs):.1f} MB/s parsing "
              f"({sum(secs):.2f} s; CPU {sum(CPU_S):.2f} s, {total_mb / sum(CPU_S):.1f} MB per CPU second; "
              f"wall {time.perf_counter() - start:.1f} s with process start-up)")
    else:
        print("complete releases: a file failed or ran over", LIMIT_S, "s:",
              [f.name for f, s in zip(files, secs) if s is None])
    seed = max((f for f in files if f.suffix.lower() in {".htm", ".html"}),
               key=lambda f: len(re.findall(r"<tr\b", f.read_text(errors="replace"), re.I)))
    html = seed.read_text(errors="replace")
    cells = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in args.sizes:
            path = Path(tmp) / f"grown_{mb}.htm"
            path.write_text(grown(html, mb))
            s = parse_seconds(path)
            size = path.stat().st_size / 1e6
            cells.append(f"{size:.1f} MB: " + (f"{s / size:.2f} s/MB (CPU {CPU_S[-1] / size:.2f})" if s is not None
                                               else f"over {LIMIT_S} s"))
    print(f"seconds per MB (rows of {seed.name} repeated): " + "; ".join(cells))


if __name__ == "__main__":
    main()
