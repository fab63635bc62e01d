"""Reading gold documents (docs/SPEC.md section 3) from the three shapes `sitrep eval` accepts.

1. `NAME.gold.json` beside `NAME.txt` (the article). `meta.article` may name another text file
   in the same directory; a `"text"` key in the gold file itself also works.
2. A directory: every `*.gold.json` below it, recursively, in sorted path order.
3. A JSONL file (`*.jsonl`), one gold document a line with the article inline:

       {"meta": {"id": "x1", "published": "2024-01-05", "source": "PressTV", "language": "fr"},
        "text": "…the article…", "events": [...], "statistics": [...]}

   `meta` is optional (then the name is FILE:LINE), `text` is required. A `.json` file that holds a
   list of such objects (or `{"documents": [...]}`) is read the same way.

Bad gold is an error, not a skipped line: a score computed over silently dropped gold would lie.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from sitrep.model import Article, parse_date

GOLD_SUFFIX = ".gold.json"
KEEP = object()  # sentinel: use each document's own meta.published


class GoldError(ValueError):
    """A gold input that cannot be read; the message names the file (and line)."""


@dataclass
class GoldDoc:
    name: str  # stable label used in reports: the gold file path, or FILE:LINE / meta.id for JSONL
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    events: list[dict] = field(default_factory=list)
    statistics: list[dict] = field(default_factory=list)
    text_path: Optional[str] = None

    @property
    def language(self) -> str:
        return str(self.meta.get("language") or "und")

    def as_gold(self) -> dict[str, Any]:
        return {"meta": self.meta, "events": self.events, "statistics": self.statistics}

    def article(self, published: Any = KEEP) -> Article:
        """The Article to run the pipeline on; `published=None` withholds the date (year inference)."""
        when = self.meta.get("published") if published is KEEP else published
        return Article(text=self.text, id=str(self.meta.get("id") or "a1"), path=self.text_path,
                       title=self.meta.get("title"), source=self.meta.get("source"), url=self.meta.get("url"),
                       published=parse_date(when), language=self.meta.get("language"))


def _from_object(obj: Any, where: str, default_name: str) -> GoldDoc:
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: a gold document must be a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise GoldError(f"{where}: missing the article text (\"text\")")
    meta = obj.get("meta") or {}
    for key in ("events", "statistics"):
        if not isinstance(obj.get(key) or [], list):
            raise GoldError(f"{where}: \"{key}\" must be a list")
    return GoldDoc(name=str(meta.get("id") or default_name), text=text, meta=meta,
                   events=obj.get("events") or [], statistics=obj.get("statistics") or [])


def read_gold_file(path: Path) -> GoldDoc:
    """One NAME.gold.json with its article text."""
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise GoldError(f"{path}: {e}") from e
    if not isinstance(obj, dict):
        raise GoldError(f"{path}: a gold file must be a JSON object")
    if not isinstance(obj.get("text"), str):
        meta = obj.get("meta") or {}
        txt = path.parent / meta["article"] if meta.get("article") else path.with_name(path.name[: -len(GOLD_SUFFIX)] + ".txt")
        try:
            obj = {**obj, "text": txt.read_text(encoding="utf-8")}
        except OSError as e:
            raise GoldError(f"{path}: cannot read the article text {txt}: {e.strerror}") from e
        doc = _from_object(obj, str(path), str(path))
        doc.text_path = str(txt)
    else:
        doc = _from_object(obj, str(path), str(path))
    doc.name = str(path)  # file gold is named by its path, whatever meta.id says
    return doc


def read_jsonl(path: Path) -> Iterator[GoldDoc]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise GoldError(f"{path}: {e.strerror}") from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldError(f"{path}:{n}: {e.msg}") from e
        yield _from_object(obj, f"{path}:{n}", f"{path}:{n}")


def read_json_collection(path: Path) -> Iterator[GoldDoc]:
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise GoldError(f"{path}: {e}") from e
    docs = obj.get("documents") if isinstance(obj, dict) else obj
    if not isinstance(docs, list):
        raise GoldError(f"{path}: expected NAME.gold.json, a list of gold documents or {{\"documents\": [...]}}")
    for n, item in enumerate(docs):
        yield _from_object(item, f"{path}[{n}]", f"{path}[{n}]")


def read_gold(paths: Iterable[str | Path]) -> Iterator[GoldDoc]:
    """Gold documents from files and directories, in the order given (directories in sorted order)."""
    for p in map(Path, paths):
        if p.is_dir():
            for gf in sorted(p.rglob("*" + GOLD_SUFFIX)):
                yield read_gold_file(gf)
        elif p.name.endswith(GOLD_SUFFIX):
            yield read_gold_file(p)
        elif p.suffix == ".jsonl":
            yield from read_jsonl(p)
        elif p.suffix == ".json":
            yield from read_json_collection(p)
        elif not p.exists():
            raise GoldError(f"{p}: no such file or directory")
        else:
            raise GoldError(f"{p}: not a gold file (NAME.gold.json, *.jsonl, *.json) or a directory")
