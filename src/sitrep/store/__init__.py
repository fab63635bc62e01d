"""The event database. SQLite today, behind a small backend seam (store.backend).

    >>> from sitrep.store import open_store
    >>> with open_store("sitrep.db") as store:
    ...     store.add(result_for_one_article)      # False when that text is already stored
    ...     store.events(country="SY", since="2024-01-01")
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Union

from sitrep.store.backend import Backend, SQLiteBackend
from sitrep.store.store import Store

__all__ = ["Backend", "SQLiteBackend", "Store", "default_db_path", "open_store"]
DEFAULT_DB = "sitrep.db"


def default_db_path() -> str:
    """$SITREP_DB, else ./sitrep.db."""
    return os.environ.get("SITREP_DB") or DEFAULT_DB


def open_store(path: Union[str, Path, None] = None, *, create: bool = True) -> Store:
    """Open (and migrate) the store at `path`; with create=False a missing file is FileNotFoundError."""
    target = str(path) if path is not None else default_db_path()
    if target != ":memory:":
        if not create and not Path(target).is_file():
            raise FileNotFoundError(f"no sitrep database at {target}")
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    return Store(SQLiteBackend(target))
