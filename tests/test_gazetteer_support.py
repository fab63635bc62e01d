"""Shared set-up for the gazetteer tests (no tests here).

The world index takes ~30 s to build, so it is built at most once: into the user cache if it
is missing, then copied into a temp SITREP_DATA_DIR that the tests use.
"""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sitrep.gazetteer import reset_gazetteer
from sitrep.gazetteer.build import cache_path, data_dir, load_or_build


def seeded_data_dir(target: Path) -> Path:
    """A temp data dir holding an up-to-date copy of the cached index."""
    saved = os.environ.pop("SITREP_DATA_DIR", None)
    try:
        src = cache_path(data_dir())
        if not src.exists():
            load_or_build(data_dir())
        target.mkdir(parents=True, exist_ok=True)
        dest = cache_path(target)
        if not dest.exists():
            shutil.copyfile(src, dest)
    finally:
        if saved is not None:
            os.environ["SITREP_DATA_DIR"] = saved
    return target


@contextmanager
def use_data_dir(path: Path) -> Iterator[None]:
    """Point SITREP_DATA_DIR (and the singleton) at `path`; restore both afterwards."""
    saved = os.environ.get("SITREP_DATA_DIR")
    os.environ["SITREP_DATA_DIR"] = str(path)
    reset_gazetteer()
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("SITREP_DATA_DIR", None)
        else:
            os.environ["SITREP_DATA_DIR"] = saved
        reset_gazetteer()
