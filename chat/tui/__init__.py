"""The Textual chat: one widget or screen per module. Only this package imports textual."""
