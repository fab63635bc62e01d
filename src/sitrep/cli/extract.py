"""`sitrep extract FILE...`: read articles, extract events, print one JSON document (SPEC section 1).

Also home of what `ingest` and `events` share: the input options, the per-article
loop that reports bad inputs and pipeline crashes, and the table view."""
from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from datetime import date
from typing import Iterator, Optional, Sequence

from sitrep.ingest import ReadError, read_inputs
from sitrep.model import Article, Event, Result, Statistic

log = logging.getLogger("sitrep.cli")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(value: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        if not _ISO_DATE.fullmatch(value.strip()):
            raise ValueError
        return date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (want YYYY-MM-DD)") from None


def add_input_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="text, HTML, RSS/Atom, JSONL, Telegram result.json, a folder of those, or - for stdin")
    p.add_argument("--published", type=iso_date, metavar="YYYY-MM-DD",
                   help="publication date for inputs that do not state one")
    p.add_argument("--source", metavar="NAME", help="source name for inputs that do not state one")


def error(message: str) -> None:
    print(f"sitrep: error: {message}", file=sys.stderr)


class InputTally:
    """Counts articles read and inputs refused, printing each refusal on stderr as it happens."""

    def __init__(self) -> None:
        self.read = 0
        self.errors = 0

    def articles(self, files: Sequence[str], published: Optional[date], source: Optional[str]) -> Iterator[Article]:
        for item in read_inputs(files, published=published, source=source):
            if isinstance(item, ReadError):
                self.errors += 1
                error(str(item))
                continue
            self.read += 1
            yield item

    @property
    def exit_code(self) -> int:
        return 0 if self.read else 2


def run_pipeline(article: Article) -> Optional[Result]:
    """The pipeline's result for one article; None (reported on stderr) when it crashes."""
    from sitrep.pipeline import process_article

    try:
        result = process_article(article)
    except Exception as e:  # one bad article must not lose the others
        log.debug("pipeline failure", exc_info=True)
        error(f"article {article.id} ({article.path or 'no path'}): extraction failed: {type(e).__name__}: {e}")
        return None
    if not result.articles:
        result.articles = [article]
    return result


# -- table view ---------------------------------------------------------------------------

_SHORT_TYPE = {
    "Battles": "Battle", "Explosions/Remote violence": "Explosion",
    "Violence against civilians": "Civilians", "Protests": "Protest", "Riots": "Riot",
    "Strategic developments": "Strategic",
}
_COLUMNS = (("DATE", 10), ("TYPE / SUB-TYPE", 45), ("ACTOR 1", 26), ("ACTOR 2", 26),
            ("PLACE", 22), ("CC", 2), ("ATTRIBUTION", 11), ("FAT", 4))


def _cell(value: object, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _row(values: Sequence[object]) -> str:
    cells = [_cell(v, w).ljust(w) for v, (_, w) in zip(values, _COLUMNS)]
    cells[-1] = cells[-1].strip().rjust(_COLUMNS[-1][1])
    return "  ".join(cells).rstrip()


def format_events_table(events: Sequence[Event]) -> list[str]:
    lines = [_row([name for name, _ in _COLUMNS]), _row(["-" * w for _, w in _COLUMNS])]
    for e in events:
        loc = e.location
        lines.append(_row([
            e.event_date.isoformat() if e.event_date else "?",
            f"{_SHORT_TYPE.get(e.event_type, e.event_type)} / {e.sub_event_type}",
            e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "",
            loc.name if loc else "", loc.country if loc else "",
            e.attribution.status if e.attribution else "",
            "" if e.fatalities is None else e.fatalities,
        ]))
    if not events:
        lines.append("(no events)")
    return lines


def format_statistics_table(stats: Sequence[Statistic]) -> list[str]:
    lines = [f"Statistics ({len(stats)}):"]
    for s in stats:
        qualifier = "" if s.qualifier == "exact" else s.qualifier.replace("_", " ") + " "
        details = []
        if s.period_start or s.period_end:
            details.append(f"{s.period_start or '?'} to {s.period_end or '?'}")
        if s.countries:
            details.append(", ".join(s.countries))
        if s.claimant:
            details.append(f"per {s.claimant}")
        suffix = f"  ({'; '.join(details)})" if details else ""
        lines.append(f"  {qualifier}{s.count} {s.description}{suffix}")
    return lines


# -- the command ---------------------------------------------------------------------------

def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser("extract", help="extract events from reports and print them",
                              description="Read reports and print the events and statistics found in them.")
    add_input_arguments(p)
    p.add_argument("--format", choices=("json", "table"), default="json", help="output format (default json)")
    return p


def run(args: argparse.Namespace) -> int:
    tally = InputTally()
    result = Result()
    for article in tally.articles(args.files, args.published, args.source):
        part = run_pipeline(article)
        result.extend(part if part is not None else Result(articles=[article]))
    result.renumber()
    if args.format == "table":
        lines = [f"{len(result.articles)} article(s), {len(result.events)} event(s)", ""]
        lines += format_events_table(result.events) + [""] + format_statistics_table(result.statistics)
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    return tally.exit_code
