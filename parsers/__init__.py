"""Turn release documents into structured facts. Never imports knowledge/ or chat/."""
