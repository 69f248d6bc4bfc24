"""The shape the project promises: a headless core, and code that knows no sample document."""
import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADLESS = ["parsers", "knowledge", "chat"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_core_never_imports_textual():
    for package in HEADLESS:
        for path in (ROOT / package).rglob("*.py"):
            if "tui" in path.parts:
                continue
            assert "textual" not in _imports(path), path


def test_engine_imports_without_textual_loaded():
    code = "import sys, chat.engine, chat.cli, chat.batch, knowledge.ingest; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_data_flows_one_way():
    for path in (ROOT / "parsers").rglob("*.py"):
        assert not _imports(path) & {"knowledge", "chat"}, path
    for path in (ROOT / "knowledge").rglob("*.py"):
        assert "chat" not in _imports(path), path


def test_no_code_names_the_sample_releases():
    pattern = re.compile(r"biosphere|embosphere|hepasphere|uterine|fibroid|\bUFE\b|BSMD|843828982|4266c43fe5b6aa3e", re.I)
    for package in HEADLESS:
        for path in (ROOT / package).rglob("*"):
            if path.suffix in {".py", ".sql"}:
                assert not pattern.search(path.read_text()), path
