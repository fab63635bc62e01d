"""The seam between the store and a database engine.

The store writes plain SQL with `?` placeholders, `INSERT ... RETURNING id` and no
engine-specific functions; a backend runs it. SQLite is the one backend today; a
PostgreSQL backend would translate `?` to `%s`, bring its own migrations (SERIAL ids,
TIMESTAMPTZ) and implement the same few methods."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Protocol, Sequence

Row = dict[str, Any]


class Backend(Protocol):
    name: str

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...
    def insert(self, sql: str, params: Sequence[Any] = ()) -> int: ...
    def transaction(self) -> Any: ...
    def close(self) -> None: ...


class SQLiteBackend:
    name = "sqlite"

    def __init__(self, path: str | Path) -> None:
        # autocommit mode: transactions are explicit, one per article, never implicit
        self.conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if str(path) != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")  # safe with WAL, much faster per commit
        self._depth = 0

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(sql, tuple(params))

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params)).fetchall()]

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run an `INSERT ... RETURNING id` and give back the new id."""
        return int(self.conn.execute(sql, tuple(params)).fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing. Nested use joins the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        # IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def close(self) -> None:
        self.conn.close()
