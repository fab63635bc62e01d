"""Reading a file's bytes under a size limit, with failures as BadInput."""
from __future__ import annotations

from pathlib import Path

from sitrep.ingest.errors import BadInput
from sitrep.ingest.limits import human


def read_bytes(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise BadInput(f"file too large ({human(size)}; the limit for this format is {human(limit)})")
        with path.open("rb") as f:
            data = f.read(limit + 1)  # the file may have grown since stat
    except OSError as e:
        raise BadInput(f"cannot read: {e.strerror or e}") from None
    if len(data) > limit:
        raise BadInput(f"file too large (over {human(limit)})")
    return data
