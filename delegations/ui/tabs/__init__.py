"""The main window's tabs; each gets the open EventFile and emits `changed` after a write."""
