"""Copy a user's GeoNames dump or facilities CSV into the data dir, where the builder picks it up."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from sitrep.gazetteer import sources
from sitrep.gazetteer.build import data_dir, user_dir


def import_file(path: Path, base: Path | None = None) -> tuple[Path, int]:
    """Validate and store `path`; returns (stored path, records read). Rebuild happens on next load."""
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    kind = sources.sniff_import(path)
    dest_dir = user_dir(base or data_dir())
    dest_dir.mkdir(parents=True, exist_ok=True)
    tag = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:8]
    stem = path.name.split(".")[0]
    if kind == "facilities":
        n = sum(1 for _ in sources.facilities(path, prefix="user"))
        dest = dest_dir / f"{stem}-{tag}.facilities.csv"
        shutil.copyfile(path, dest)
    else:
        # Keep a plain-text copy (unzipped) filtered to the lines the reader accepts.
        dest = dest_dir / f"{stem}-{tag}.geonames.txt"
        n = 0
        with sources._open_geonames_text(path) as src, open(dest, "w", encoding="utf-8") as out:
            for line in src:
                cols = line.split("\t")
                if len(cols) >= 15 and cols[0].isdigit():
                    out.write(line if line.endswith("\n") else line + "\n")
                    n += 1
    if n == 0:
        dest.unlink(missing_ok=True)
        raise ValueError(f"{path}: no usable records")
    return dest, n
