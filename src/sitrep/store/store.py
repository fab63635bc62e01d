"""The event database: articles with what was found in them, queried back as model objects."""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime, timezone
from typing import Any, Iterable, Optional, Sequence

from sitrep.model import Article, Event, Result, Statistic, parse_date
from sitrep.store.backend import Backend
from sitrep.store.codec import (
    actor_key, event_from_dict, event_row, statistic_from_dict, statistic_row, to_json,
)
from sitrep.store.schema import migrate

_CHUNK = 500  # ids per IN (...) list, well under every engine's parameter limit


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _iso(value: date | str | None) -> Optional[str]:
    d = parse_date(value)
    if value not in (None, "") and d is None:
        raise ValueError(f"not a date: {value!r}")
    return d.isoformat() if d else None


def _like(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with the user's % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    # column names come from this package's code, never from input; values are parameters
    return (f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)}) RETURNING id")


class Store:
    def __init__(self, backend: Backend) -> None:
        self.db = backend
        migrate(self.db)

    # -- writing ---------------------------------------------------------------------------

    def contains(self, article: Article) -> bool:
        """Whether an article with the same text is stored (so its extraction can be skipped)."""
        return bool(self.db.query("SELECT 1 AS x FROM articles WHERE content_hash = ?", (article.content_hash,)))

    def add(self, result: Result) -> bool:
        """Store one article with its events and statistics, all or nothing.

        Returns False, storing nothing, when an article with the same content hash is
        already there. An exception rolls back this article only and propagates."""
        if len(result.articles) != 1:
            raise ValueError(f"Store.add takes the result for one article, got {len(result.articles)}")
        article = result.articles[0]
        with self.db.transaction():
            if self.contains(article):
                return False
            article_row = self._insert_article(article)
            for event in result.events:
                row = event_row(event) | {"created_at": _now()}
                event_id = self.db.insert(_insert_sql("events", list(row)), list(row.values()))
                self.db.execute("INSERT INTO event_sources (event_id, article_id, evidence) VALUES (?, ?, ?)",
                                (event_id, article_row, to_json([asdict(e) for e in event.evidence])))
            for stat in result.statistics:
                row = statistic_row(stat) | {"created_at": _now()}
                stat_id = self.db.insert(_insert_sql("statistics", list(row)), list(row.values()))
                self.db.execute(
                    "INSERT INTO statistic_sources (statistic_id, article_id, evidence) VALUES (?, ?, ?)",
                    (stat_id, article_row, to_json([asdict(e) for e in stat.evidence])))
        return True

    def _insert_article(self, a: Article) -> int:
        row = {
            "external_id": a.id, "content_hash": a.content_hash, "path": a.path, "title": a.title,
            "source": a.source, "url": a.url, "published": a.published.isoformat() if a.published else None,
            "language": a.language, "text": a.text, "ingested_at": _now(),
        }
        return self.db.insert(_insert_sql("articles", list(row)), list(row.values()))

    # -- reading ---------------------------------------------------------------------------

    def events(self, since: date | str | None = None, until: date | str | None = None,
               country: Optional[str] = None, actor: Optional[str] = None,
               event_type: Optional[str] = None, sub_event_type: Optional[str] = None,
               limit: Optional[int] = None) -> list[Event]:
        """Stored events, oldest first (undated last), each with `article_ids` = its reports' external ids.

        `since`/`until` are inclusive on event_date and leave out undated events; `actor`
        matches actor1 or actor2 name, case-insensitively, anywhere in the name."""
        where, params = [], []
        if since is not None:
            where.append("event_date >= ?"); params.append(_iso(since))
        if until is not None:
            where.append("event_date <= ?"); params.append(_iso(until))
        if country:
            where.append("country = ?"); params.append(country.strip().upper())
        if actor:
            pattern = _like(actor_key(actor.strip()) or "")
            where.append("(actor1_key LIKE ? ESCAPE '\\' OR actor2_key LIKE ? ESCAPE '\\')")
            params += [pattern, pattern]
        if event_type:
            where.append("event_type = ?"); params.append(event_type)
        if sub_event_type:
            where.append("sub_event_type = ?"); params.append(sub_event_type)
        sql = "SELECT id, data FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY (event_date IS NULL), event_date, id"
        sql += self._limit(limit, params)
        return self._objects(self.db.query(sql, params), "event_sources", "event_id", event_from_dict, "e")

    def statistics(self, since: date | str | None = None, until: date | str | None = None,
                   country: Optional[str] = None, limit: Optional[int] = None) -> list[Statistic]:
        """Stored statistics whose period overlaps [since, until]; `country` is one of their countries."""
        where, params = [], []
        if since is not None:
            where.append("COALESCE(period_end, period_start) >= ?"); params.append(_iso(since))
        if until is not None:
            where.append("COALESCE(period_start, period_end) <= ?"); params.append(_iso(until))
        if country:
            where.append("countries LIKE ? ESCAPE '\\'"); params.append(_like("," + country.strip().upper() + ","))
        sql = "SELECT id, data FROM statistics"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY (period_end IS NULL), period_end, id" + self._limit(limit, params)
        return self._objects(self.db.query(sql, params), "statistic_sources", "statistic_id", statistic_from_dict, "s")

    def _objects(self, rows: list, source_table: str, key: str, from_dict, prefix: str) -> list:
        """Model objects from (id, data) rows, each with its public id and the articles that report it."""
        sources = self._sources(source_table, key, [r["id"] for r in rows])
        out = []
        for r in rows:
            obj = from_dict(json.loads(r["data"]))
            obj.id, obj.article_ids = f"{prefix}{r['id']}", sources.get(r["id"], [])
            out.append(obj)
        return out

    def articles(self) -> list[Article]:
        """Stored articles in ingest order, each with its external id."""
        rows = self.db.query("SELECT external_id, path, title, source, url, published, language, text "
                             "FROM articles ORDER BY id")
        return [Article(text=r["text"], id=r["external_id"], path=r["path"], title=r["title"],
                        source=r["source"], url=r["url"], published=parse_date(r["published"]),
                        language=r["language"]) for r in rows]

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "events", "statistics"):
            out[table] = int(self.db.query(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"])
        return out

    # -- plumbing --------------------------------------------------------------------------

    @staticmethod
    def _limit(limit: Optional[int], params: list[Any]) -> str:
        if limit is None:
            return ""
        if int(limit) < 0:
            raise ValueError("limit must be zero or more")
        params.append(int(limit))
        return " LIMIT ?"

    def _sources(self, table: str, key: str, ids: Iterable[int]) -> dict[int, list[str]]:
        """Owner id -> external ids of the articles that support it, in ingest order."""
        ids = list(ids)
        out: dict[int, list[str]] = {}
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            rows = self.db.query(
                f"SELECT s.{key} AS owner, a.external_id AS external_id FROM {table} s "
                f"JOIN articles a ON a.id = s.article_id "
                f"WHERE s.{key} IN ({', '.join('?' for _ in chunk)}) ORDER BY a.id", chunk)
            for r in rows:
                out.setdefault(r["owner"], []).append(r["external_id"])
        return out

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
