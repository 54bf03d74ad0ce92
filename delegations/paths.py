"""Where resources and user data live, frozen (PyInstaller) or not."""

import sys
from pathlib import Path

APP_NAME = "Delegations"


def resources_dir() -> Path:
    """The bundled `resources/` folder."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def demo_dir() -> Path:
    """The demo event's data files (`resources/demo/`): people, names, agenda."""
    return resources_dir() / "demo"


def user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_event_path() -> Path:
    return user_data_dir() / "event.sqlite3"


def log_path() -> Path:
    """The log, in the system's folder for logs (Linux: ~/.local/state/Delegations/log)."""
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False, ensure_exists=True) / "delegations.log"
