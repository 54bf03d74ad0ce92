"""The desktop application (PySide6 only here): main window, tabs, dialogs, table models."""
