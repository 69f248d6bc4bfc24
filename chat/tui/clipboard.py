"""Copy text through the system clipboard, with the terminal's OSC 52 as the fallback, and say which
was used: a copy is claimed only when a clipboard program took the text and exited 0; OSC 52 is
a request the terminal may ignore, and the message says so.

The programs are tried in pyperclip's order (Wayland, X11, macOS, Windows/WSL) when they are on
the PATH; RUNNER and WHICH (subprocess.run, shutil.which) are the injection points for tests.
"""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from typing import Callable

TIMEOUT_S = 2.0  # a clipboard program that hangs (no display) must not hang the chat
PROGRAMS: list[list[str]] = [
    ["wl-copy"],
    ["xclip", "-selection", "clipboard"],
    ["xsel", "--clipboard", "--input"],
    ["pbcopy"],
    ["clip.exe"],
]
OSC52 = "sent to the terminal (OSC 52); your terminal may ignore it"


@dataclass
class Copied:
    """How a copy went: `program` names the clipboard program that took it, None for OSC 52."""

    program: str | None

    def message(self, what: str) -> str:
        if self.program:
            return f"{what} copied to the system clipboard ({self.program})"
        return f"{what} {OSC52}"


RUNNER: Callable = subprocess.run  # the injection points (tests put fakes here)
WHICH: Callable[[str], str | None] = shutil.which


def copy_text(text: str, osc52: Callable[[str], None], runner: Callable | None = None,
              which: Callable[[str], str | None] | None = None) -> Copied:
    """Give `text` to the first clipboard program present that takes it; else to `osc52`
    (App.copy_to_clipboard). `runner`/`which` default to RUNNER/WHICH."""
    runner, which = runner or RUNNER, which or WHICH
    for command in PROGRAMS:
        if which(command[0]) is None:
            continue
        try:
            done = runner(command, input=text.encode("utf-8"), timeout=TIMEOUT_S,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError):  # it could not start, or hung past the timeout
            continue
        if done.returncode == 0:
            return Copied(command[0])
    osc52(text)
    return Copied(None)
