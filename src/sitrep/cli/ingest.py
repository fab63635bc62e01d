"""`sitrep ingest FILE...`: extract and store, one transaction per article; re-ingesting is a no-op."""
from __future__ import annotations

import argparse
import sys

from sitrep.cli.extract import InputTally, add_input_arguments, error, run_pipeline
from sitrep.store import default_db_path, open_store


def add_db_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH", default=None,
                   help="SQLite database (default: $SITREP_DB, else ./sitrep.db)")


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser("ingest", help="extract events from reports and store them",
                              description="Read reports, extract events and store them in the database. "
                                          "An article already stored (same text) is skipped.")
    add_input_arguments(p)
    add_db_argument(p)
    return p


def run(args: argparse.Namespace) -> int:
    db_path = args.db or default_db_path()
    try:
        store = open_store(db_path)
    except Exception as e:  # unwritable path, not a database, newer schema
        error(f"cannot open database {db_path}: {e}")
        return 2
    tally = InputTally()
    new = duplicates = failed = events = 0
    with store:
        for article in tally.articles(args.files, args.published, args.source):
            if store.contains(article):  # skip the pipeline for text already stored
                duplicates += 1
                continue
            result = run_pipeline(article)
            if result is None:
                failed += 1
                continue
            try:
                if store.add(result):
                    new += 1
                    events += len(result.events)
                else:
                    duplicates += 1
            except Exception as e:  # that article is rolled back; the others go on
                failed += 1
                error(f"article {article.id} ({article.path or 'no path'}): not stored: {type(e).__name__}: {e}")
    print(f"sitrep: read {tally.read}, new {new}, duplicates {duplicates}, "
          f"errors {tally.errors + failed}, events {events}", file=sys.stderr)
    return tally.exit_code
