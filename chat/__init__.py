"""Question understanding, answering, the CLI, the batch runner and the TUI (chat/tui only)."""
