"""`sitrep events`: stored events as {"events": [...]} in the SPEC section 1 shape, or a table."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Optional

from sitrep.cli.extract import error, format_events_table, iso_date
from sitrep.cli.ingest import add_db_argument
from sitrep.model import EVENT_TYPES, SUB_TO_TYPE
from sitrep.store import default_db_path, open_store


def resolve_type(text: str) -> tuple[Optional[str], Optional[str]]:
    """--type names an event type or a sub-event type, in any case: (event_type, sub_event_type)."""
    wanted = text.strip().casefold()
    for t in EVENT_TYPES:
        if t.casefold() == wanted:
            return t, None
    for sub in SUB_TO_TYPE:
        if sub.casefold() == wanted:
            return None, sub
    raise argparse.ArgumentTypeError(
        f"unknown event type {text!r}; use an ACLED event type or sub-event type such as "
        f"'Battles' or 'Air/drone strike'")


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a positive integer: {value!r}")
    return n


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser("events", help="list stored events",
                              description="List stored events, oldest first, undated last.")
    add_db_argument(p)
    p.add_argument("--since", type=iso_date, metavar="YYYY-MM-DD", help="events on or after this date")
    p.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD", help="events on or before this date")
    p.add_argument("--country", metavar="XX", help="ISO 3166-1 alpha-2 country code")
    p.add_argument("--actor", metavar="TEXT", help="part of actor 1's or actor 2's name, any case")
    p.add_argument("--type", type=resolve_type, metavar="TEXT", help="ACLED event type or sub-event type")
    p.add_argument("--limit", type=positive_int, metavar="N", help="at most N events")
    p.add_argument("--format", choices=("json", "table"), default="json", help="output format (default json)")
    return p


def run(args: argparse.Namespace) -> int:
    db_path = args.db or default_db_path()
    try:
        store = open_store(db_path, create=False)  # a mistyped --db should not create an empty database
    except Exception as e:
        error(f"cannot open database {db_path}: {e}")
        return 2
    event_type, sub_event_type = args.type or (None, None)
    with store:
        events = store.events(since=args.since, until=args.until, country=args.country, actor=args.actor,
                              event_type=event_type, sub_event_type=sub_event_type, limit=args.limit)
    if args.format == "table":
        sys.stdout.write("\n".join(format_events_table(events)) + "\n")
    else:
        doc = {"events": [e.to_dict() for e in events]}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    return 0
