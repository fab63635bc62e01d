#!/usr/bin/env python3
"""Generate a benchmark corpus: JSONL articles (docs/SPEC.md section 5) recombined from the gold set texts.

    .venv/bin/python benchmarks/make_corpus.py OUT.jsonl [-n 2000] [--seed 7] [--source-dir eval]

Each output article takes paragraphs until it reaches 1,800-3,600 characters, drawn with a seeded RNG from the articles of one
language (eval/<lang>/**/NAME.txt, language from NAME.gold.json's meta or the directory), so the
text reads like that language's news. Publication dates and ids vary; every text is unique, because
`sitrep ingest` skips text it has already stored. Same seed, same sources -> same bytes.
Without eval texts it falls back to tests/fixtures (and says so on stderr).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LANGS = ("fr", "en", "ar")
BASE_DATE = date(2024, 1, 1)
# Article length in characters (drawn uniformly): what agency and state-media stories run to.
MIN_CHARS, MAX_CHARS, MAX_PARAGRAPHS = 1800, 3600, 20


def language_of(txt: Path) -> str | None:
    gold = txt.with_name(txt.name[: -len(".txt")] + ".gold.json")
    if gold.exists():
        try:
            lang = (json.loads(gold.read_text(encoding="utf-8")).get("meta") or {}).get("language")
            if lang:
                return str(lang)
        except (json.JSONDecodeError, AttributeError):
            pass
    return next((part for part in reversed(txt.parts[:-1]) if part in LANGS), None)


def paragraphs(text: str) -> list[str]:
    """Blank-line paragraphs when the text has them, else one paragraph a line."""
    blocks = [b.strip() for b in text.split("\n\n")]
    if len([b for b in blocks if b]) < 2:
        blocks = [line.strip() for line in text.splitlines()]
    return [b for b in blocks if len(b) >= 20]


def paragraph_pools(source_dirs: list[Path]) -> dict[str, list[str]]:
    pools: dict[str, list[str]] = {}
    for d in source_dirs:
        for txt in sorted(d.rglob("*.txt")):
            lang = language_of(txt)
            if lang:
                pools.setdefault(lang, []).extend(paragraphs(txt.read_text(encoding="utf-8")))
    return {lang: pool for lang, pool in sorted(pools.items()) if pool}


def default_sources() -> list[Path]:
    evald = REPO / "eval"
    if evald.is_dir() and any(evald.rglob("*.txt")):
        return [evald]
    print("make_corpus: no texts under eval/, falling back to tests/fixtures", file=sys.stderr)
    return [REPO / "tests" / "fixtures"]


def generate(pools: dict[str, list[str]], n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    langs = sorted(pools)
    seen: set[str] = set()
    out = []
    for i in range(n):
        lang = langs[i % len(langs)]  # round robin keeps the language mix stable whatever n is
        for _ in range(1000):
            # a wire story's length, whatever the size of the pool's paragraphs
            target, parts = rng.randint(MIN_CHARS, MAX_CHARS), []
            while sum(len(x) + 1 for x in parts) < target and len(parts) < MAX_PARAGRAPHS:
                parts.append(rng.choice(pools[lang]))
            text = "\n".join(parts)
            if text not in seen:
                break
        else:  # pool too small for n distinct texts: make it distinct by length
            text += "\n" + rng.choice(pools[lang])
        seen.add(text)
        published = BASE_DATE + timedelta(days=rng.randrange(730))
        out.append({"id": f"bench-{lang}-{i:05d}", "text": text, "published": published.isoformat(),
                    "source": f"bench-{lang}", "title": text.split("\n", 1)[0][:80],
                    "url": f"https://bench.invalid/{lang}/{i:05d}"})
    return out


def write_jsonl(articles: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="JSONL file to write")
    ap.add_argument("-n", type=int, default=2000, help="number of articles (default 2000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--source-dir", type=Path, action="append",
                    help="where to find NAME.txt (+ NAME.gold.json); default eval/, else tests/fixtures")
    a = ap.parse_args(argv)
    pools = paragraph_pools(a.source_dir or default_sources())
    if not pools:
        print("make_corpus: no article texts found", file=sys.stderr)
        return 1
    articles = generate(pools, a.n, a.seed)
    write_jsonl(articles, a.out)
    mix = ", ".join(f"{lang} {len(pool)} paragraphs" for lang, pool in pools.items())
    print(f"make_corpus: wrote {len(articles)} articles to {a.out} (from {mix})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
