"""Who the SEC is told is asking, and where the SEC is: from the command line, the environment or a
small TOML file (`config.toml` in the user config directory, key `fetch.user_agent`, read by
`knowledge.config`, the one reader of that file).

The SEC's fair-access rules require every automated request to name its sender and a contact
email; a fetch without one is refused before any request is made.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

USER_AGENT_ENV = "FILINGS_CHAT_USER_AGENT"
SEC_URL_ENV = "FILINGS_CHAT_SEC_URL"
_EMAIL = re.compile(r"[^\s@<>]+@[^\s@<>]+\.[A-Za-z]{2,}")


class SettingsError(Exception):
    """A setting the user must supply or fix; the message is one line."""


def config_path() -> Path:
    from knowledge.config import config_path as path
    return path()


def _config_value(path: Path, section: str, key: str) -> str | None:
    from knowledge.config import ConfigError, value
    try:
        return value(section, key, path)
    except ConfigError as exc:
        raise SettingsError(str(exc)) from None


def user_agent(given: str | None = None, config: Path | None = None) -> str:
    """The User-Agent for SEC requests: --user-agent, else $FILINGS_CHAT_USER_AGENT, else
    `fetch.user_agent` in config.toml. Refused (SettingsError) when none is set or it has no email."""
    config = config or config_path()
    value = given or os.environ.get(USER_AGENT_ENV) or _config_value(config, "fetch", "user_agent")
    if not value or not value.strip():
        raise SettingsError(f"the SEC asks every request to name you and a contact email: pass --user-agent "
                            f"'Your Name you@example.com', set ${USER_AGENT_ENV}, or set fetch.user_agent in {config}")
    value = " ".join(value.split())
    if not _EMAIL.search(value) or not _EMAIL.sub("", value).strip():
        raise SettingsError(f"the User-Agent {value!r} must name you and give a contact email, "
                            f"e.g. 'Your Name you@example.com' (the SEC refuses undeclared tools)")
    return value


def sec_url(given: str | None = None) -> str | None:
    """One base URL serving /submissions, /Archives and /files (a mirror, a test server), or None
    for the SEC's own hosts."""
    value = given or os.environ.get(SEC_URL_ENV)
    if not value:
        return None
    if not re.match(r"https?://[^/\s]+", value):
        raise SettingsError(f"--sec-url {value!r} is not an http(s) URL")
    return value.rstrip("/")
