"""The user's config file: `config.toml` in the user config directory (`~/.config/filings-chat/` on
Linux; `$FILINGS_CHAT_CONFIG` names another file). One reader for every setting, so the fetcher's
User-Agent and the chat's defaults come from the same place:

    store = "~/filings/releases.duckdb"   # the default store (--db and $FILINGS_CHAT_DB win)
    company = "ACME"                      # the company of questions that name none (--company wins)
    export_dir = "~/exports"              # where the chat's Ctrl+S writes
    theme = "nord"                        # the chat's theme until one is picked in the palette
    [keys]                                # the chat's keys, by action: facts, docs, export, new, help, ...
    facts = "ctrl+b"
    [fetch]
    user_agent = "Ada Lovelace ada@example.org"
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

CONFIG_ENV = "FILINGS_CHAT_CONFIG"


class ConfigError(Exception):
    """The config file cannot be read; the message is one line naming it."""


def config_path() -> Path:
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir
    return Path(user_config_dir("filings-chat")) / "config.toml"


def load(path: Path | None = None) -> dict:
    """The whole file as a dict ({} when there is none)."""
    path = path or config_path()
    if not path.is_file():
        return {}
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read as TOML ({exc})") from None


def value(section: str | None, key: str, path: Path | None = None) -> str | None:
    """One setting as text: `key` at the top (section None) or in `[section]`; None when unset."""
    data = load(path)
    if section is not None:
        data = data.get(section) if isinstance(data.get(section), dict) else {}
    found = data.get(key)
    return None if found is None or isinstance(found, (dict, list)) else str(found)


@dataclass
class Settings:
    """The settings the front doors use (the fetcher reads `fetch.user_agent` through `value`)."""
    store: Path | None = None
    company: str | None = None
    export_dir: Path | None = None
    theme: str | None = None
    keys: dict[str, str] = field(default_factory=dict)


def settings(path: Path | None = None) -> Settings:
    path = path or config_path()
    data = load(path)

    def text(key: str) -> str | None:
        v = data.get(key)
        if v is None:
            return None
        if not isinstance(v, str) or not v.strip():
            raise ConfigError(f"{path}: {key} must be a non-empty string")
        return v.strip()
    keys = data.get("keys", {})
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        raise ConfigError(f"{path}: [keys] maps action names to keys, e.g. facts = \"ctrl+b\"")
    store, export = text("store"), text("export_dir")
    return Settings(store=Path(store).expanduser() if store else None, company=text("company"),
                    export_dir=Path(export).expanduser() if export else None, theme=text("theme"),
                    keys={k: v for k, v in keys.items()})
