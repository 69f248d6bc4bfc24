"""The shape the project promises: a headless core, and code that knows no sample document."""
import ast
import re

import pytest
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



def _corpus_names() -> set[str]:
    """The companies of ../shared's corpus as its file names call them ('molsoncoors_2024q4.md' →
    'molsoncoors'): a word of code that spells one names a corpus document."""
    shared = ROOT.parent / "shared" / "corpus"
    return {p.name.split("_")[0].lower() for d in ("wire", "full", "releases") if (shared / d).is_dir()
            for p in (shared / d).iterdir() if "_" in p.name}


def test_no_code_names_a_corpus_company():
    """Comments and docstrings too: an example in code is written with an invented name (fix the
    class, never the example). Names are compared with their spaces and capitals gone, word by word
    and in runs of two words ('Royalty Pharma' is 'royaltypharma')."""
    names = _corpus_names()
    if not names:
        pytest.skip("../shared/corpus is not beside the repository")
    for package in HEADLESS:
        for path in (ROOT / package).rglob("*"):
            if path.suffix not in {".py", ".sql", ".toml"}:
                continue
            words = re.findall(r"[a-z0-9]+", path.read_text().lower())
            said = set(words) | {a + b for a, b in zip(words, words[1:])}
            assert not names & said, (path, sorted(names & said))

# a printed figure as releases print it: "6,042,986", "1,216.6", "14.215"
_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d.,])\d+\.\d+(?![\d.])")


def _distinctive(figure: str) -> bool:
    """Five significant digits or more: a figure no invented example shares with a release by chance."""
    return len(re.sub(r"\D", "", figure).strip("0")) >= 5


def test_no_code_quotes_a_figure_of_a_corpus_release():
    """An example in a comment is invented, its figures too: a figure of five significant digits or more that a
    release of ../shared prints ('Operating income   108,069') is one quoted from it (the class was fitted to it)."""
    shared = ROOT.parent / "shared"
    texts = [p for d in ("seeds", "corpus/wire", "corpus/full", "corpus/releases") if (shared / d).is_dir()
             for p in (shared / d).iterdir() if p.is_file()]
    if not texts:
        pytest.skip("../shared is not beside the repository")
    printed = {f for p in texts for f in _FIGURE.findall(p.read_text(errors="replace")) if _distinctive(f)}
    quoted = [(str(path.relative_to(ROOT)), f) for package in HEADLESS for path in (ROOT / package).rglob("*.py")
              for f in _FIGURE.findall(path.read_text()) if _distinctive(f) and f in printed]
    assert not quoted, quoted


# -- one headless session for every front door (issue 21, part 1) ------------------------------
def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _project_imports(path: Path, known: set[str]) -> set[str]:
    """Every project module `path` imports, at the top or inside a function (a lazy import is an edge too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        found.update(n for n in names if n in known)
    return found


def _graph() -> dict[str, set[str]]:
    files = {_module(p): p for package in HEADLESS for p in (ROOT / package).rglob("*.py")}
    return {m: _project_imports(p, set(files)) - {m} for m, p in files.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for n in sorted(graph.get(m, ())):
            if state.get(n) == 1:
                return stack[stack.index(n):] + [n]
            if n not in state and (found := visit(n)):
                return found
        state[m] = 2
        stack.pop()
        return None
    for m in sorted(graph):
        if m not in state and (found := visit(m)):
            return found
    return None


def test_no_import_cycle_between_modules():
    assert _cycle(_graph()) is None, " → ".join(_cycle(_graph()) or [])


def test_the_cycle_finder_finds_one():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_no_sql_in_chat():
    """Every query lives in knowledge/ (templates, lookup, listings); chat/ asks it for rows."""
    for path in (ROOT / "chat").rglob("*.py"):
        assert not re.search(r"\bSELECT\b", path.read_text()), path


def test_the_tui_reaches_the_core_only_through_the_session():
    graph = _graph()
    for module, imports in graph.items():
        if module.startswith("chat.tui"):
            assert not {i for i in imports if i.startswith(("knowledge", "parsers", "chat.engine"))
                        or i == "chat.cli"}, module
    for front in ("chat.cli", "chat.tui.app"):
        assert "chat.session" in graph[front], front


def test_the_cli_batch_and_serve_reach_the_core_only_through_the_session():
    core = ("knowledge", "parsers", "chat.engine", "chat.question", "chat.vocab", "chat.roundtrip")
    graph = _graph()
    for front in ("chat.cli", "chat.batch", "chat.serve"):
        assert not {i for i in graph[front] if i.startswith(core)}, (front, graph[front])
