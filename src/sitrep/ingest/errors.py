"""The one kind of failure a reader reports: a bad input, never an exception."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class ReadError:
    """An input (or one line/entry of it) that could not be read as an article."""

    path: str
    message: str
    line: Optional[int] = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


class BadInput(Exception):
    """Raised inside readers; turned into a ReadError at the reader's edge."""
