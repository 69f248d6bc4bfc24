"""A chat started by `filings-chat serve` ends when the server ends, however the server ends.

The server names itself in FILINGS_CHAT_SERVER_PID before it starts sessions. A session process
(the chat, run by the server through `exec`, so the server is its parent) then asks Linux to send it
SIGTERM when its parent dies (prctl PR_SET_PDEATHSIG: this covers SIGKILL of the server too, when no
code of the server runs), and on every system also watches its parent id once a second. Either way a
session never outlives its server by more than a moment. Standard library only: it runs before the
chat loads anything."""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

SERVER_PID_ENV = "FILINGS_CHAT_SERVER_PID"
PR_SET_PDEATHSIG = 1
POLL_S = 1.0


def end_with_server() -> None:
    """In a session process: die with the server. Does nothing outside `serve`."""
    value = os.environ.pop(SERVER_PID_ENV, "")
    if not value.isdigit():
        return
    server = int(value)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watcher below still ends the session
    if os.getppid() != server:  # the server ended before the signal was asked for
        os._exit(0)
    threading.Thread(target=_watch, args=(server,), name="lifeline", daemon=True).start()


def _watch(server: int) -> None:
    while os.getppid() == server:
        time.sleep(POLL_S)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(5)
    os._exit(0)  # SIGTERM was handled and did not end us: end anyway
