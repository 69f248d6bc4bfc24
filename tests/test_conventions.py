"""CLI conventions (issue 21, part 6): completion scripts from the parser, examples in --help, the
config file (one reader for the chat's settings and the fetcher's User-Agent), $FILINGS_CHAT_DB
naming a store that is not there."""
import json
import os
import shutil
import subprocess
import sys

import pytest

from chat.cli import build_parser, main
from chat.completion import commands
from conftest import SAMPLES


@pytest.fixture(autouse=True)
def no_user_config(tmp_path, monkeypatch):
    """Each test sees only the config file it writes, never the developer's own."""
    monkeypatch.setenv("FILINGS_CHAT_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.delenv("FILINGS_CHAT_DB", raising=False)
    monkeypatch.delenv("FILINGS_CHAT_USER_AGENT", raising=False)


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "chat", *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, env={**os.environ, **(env or {})}, timeout=120)


# -- completion ---------------------------------------------------------------------------------
def _complete(script: str, *words: str) -> list[str]:
    code = (script + '\nCOMP_WORDS=(' + " ".join(f"'{w}'" for w in words) + ')\nCOMP_CWORD=$((${#COMP_WORDS[@]}-1))\n'
            '_filings_chat\nprintf "%s\\n" "${COMPREPLY[@]}"\n')
    out = subprocess.run(["bash", "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.split()


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_completion_completes_commands_options_and_choices(capsys):
    assert main(["completion", "bash"]) == 0
    script = capsys.readouterr().out
    assert "fa" and _complete(script, "filings-chat", "fa") == ["facts"]
    assert "--format" in _complete(script, "filings-chat", "--db", "s.duckdb", "facts", "--f")
    assert _complete(script, "filings-chat", "docs", "--format", "") == ["table", "json", "csv"]
    assert _complete(script, "filings-chat", "completion", "") == ["-h", "--help", "bash", "zsh", "fish"]


def test_completion_follows_the_parser():
    """A command added to the parser is completed with no edit to a script."""
    parser = build_parser()
    _, subs = commands(parser)
    names = {c.name for c in subs}
    assert {"ingest", "ask", "facts", "completion"} <= names
    facts = next(c for c in subs if c.name == "facts")
    assert {"--company", "--metric", "--period", "--limit", "--format"} <= set(facts.options)
    assert facts.choices["--format"] == ["table", "json", "csv"]


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts(shell, capsys):
    assert main(["completion", shell]) == 0
    out = capsys.readouterr().out
    if shell == "zsh":
        assert "bashcompinit" in out and "complete -o filenames -F _filings_chat filings-chat" in out
    else:
        assert "complete -c filings-chat -n 'not __fish_seen_subcommand_from" in out and " -a facts " in out
        assert "-l format -x -a 'table json csv'" in out
    if shutil.which(shell):
        subprocess.run([shell, "-n", "-c", out] if shell == "zsh" else [shell, "--no-execute", "-c", out], check=True)


def test_help_has_examples():
    help_text = build_parser().format_help()
    assert "examples:" in help_text and "filings-chat ask " in help_text and "completion bash" in help_text


# -- the config file ----------------------------------------------------------------------------
def test_config_names_the_store_and_the_company(seed_db, tmp_path, capsys):
    (tmp_path / "config.toml").write_text(f'store = "{seed_db}"\ncompany = "BSMD"\n')
    assert main(["ask", "Q3 2007 revenue", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["value"] == 6637000
    (tmp_path / "config.toml").write_text(f'store = "{seed_db}"\ncompany = "Nosuchco"\n')
    assert main(["ask", "Q3 2007 revenue"]) == 2  # a default company the store does not hold is said
    assert "Nosuchco" in capsys.readouterr().err


def test_a_config_store_that_is_not_there_creates_nothing(tmp_path):
    missing = tmp_path / "nowhere.duckdb"
    (tmp_path / "config.toml").write_text(f'store = "{missing}"\n')
    result = run_cli("docs", "--format", "json", env={"XDG_DATA_HOME": str(tmp_path / "data")})
    assert result.returncode == 0 and "config file names" in result.stderr and "does not exist" in result.stderr
    assert not missing.exists() and len(json.loads(result.stdout)) == 2  # the data directory's store, sampled


def test_a_broken_config_is_one_line(tmp_path, capsys):
    (tmp_path / "config.toml").write_text("store = [unclosed\n")
    assert main(["docs"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "config.toml" in err and "TOML" in err


def test_fetch_reads_its_user_agent_from_the_same_file(tmp_path):
    from knowledge.edgar.settings import user_agent
    (tmp_path / "config.toml").write_text('[fetch]\nuser_agent = "Ada Lovelace ada@example.org"\n')
    assert user_agent() == "Ada Lovelace ada@example.org"


def test_settings_read_every_key(tmp_path):
    from knowledge.config import settings
    (tmp_path / "config.toml").write_text('store = "~/s.duckdb"\ncompany = "X"\nexport_dir = "~/ex"\n'
                                          'theme = "nord"\n[keys]\nfacts = "ctrl+b"\n')
    s = settings()
    assert s.store.name == "s.duckdb" and not str(s.store).startswith("~") and s.company == "X"
    assert s.export_dir.name == "ex" and s.theme == "nord" and s.keys == {"facts": "ctrl+b"}


# -- $FILINGS_CHAT_DB ---------------------------------------------------------------------------
def test_env_store_that_is_not_there_warns_and_creates_nothing(tmp_path):
    missing = tmp_path / "typo.duckdb"
    env = {"FILINGS_CHAT_DB": str(missing), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = run_cli("facts", "--limit", "1", env=env)
    warning = [l for l in result.stderr.splitlines() if l.strip()]
    assert result.returncode == 0 and len(warning) == 1, result.stderr
    assert "warning: $FILINGS_CHAT_DB names" in warning[0] and "does not exist" in warning[0]
    assert not missing.exists()  # nothing created on a read
    assert (tmp_path / "data" / "filings-chat" / "filings.duckdb").exists()  # the default store, sampled
    assert run_cli("ingest", str(SAMPLES), env=env).returncode == 0 and missing.exists()  # ingest creates it
    result = run_cli("docs", "--format", "json", env=env)
    assert result.stderr == "" and len(json.loads(result.stdout)) == 2


def test_an_empty_env_store_is_filled_with_the_samples(tmp_path):
    """The outside contract: with no --db, an empty default store ($FILINGS_CHAT_DB) gets the samples."""
    import duckdb
    db = tmp_path / "empty.duckdb"
    duckdb.connect(str(db)).close()
    result = run_cli("docs", "--format", "json", env={"FILINGS_CHAT_DB": str(db)})
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 2


def test_the_default_store_is_still_filled_with_the_samples(tmp_path):
    result = run_cli("docs", "--format", "json", env={"XDG_DATA_HOME": str(tmp_path / "data")})
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 2
    assert (tmp_path / "data" / "filings-chat" / "filings.duckdb").exists()
