"""Schema migrations, applied in order; `schema_version` records how far a database got.

Append a new list of statements to MIGRATIONS to change the schema; never edit one
that has shipped. The SQL is kept to what SQLite and PostgreSQL share, except the
integer primary keys, which a PostgreSQL backend would declare as identity columns."""
from __future__ import annotations

from sitrep.store.backend import Backend

MIGRATIONS: list[list[str]] = [
    [  # 1: articles, events, statistics and the links that say which report supports what
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            external_id TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            path TEXT, title TEXT, source TEXT, url TEXT,
            published TEXT, language TEXT,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        )""",
        "CREATE INDEX articles_external_id ON articles (external_id)",
        "CREATE INDEX articles_published ON articles (published)",
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            event_date TEXT, date_precision TEXT NOT NULL,
            event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
            actor1_name TEXT, actor1_key TEXT, actor1_type TEXT,
            actor2_name TEXT, actor2_key TEXT, actor2_type TEXT,
            target TEXT,
            location_name TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL,
            geo_precision INTEGER, gazetteer_id TEXT,
            weapons TEXT, fatalities INTEGER, injured INTEGER,
            attribution_status TEXT, claimant TEXT,
            confidence REAL NOT NULL,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX events_date ON events (event_date)",
        "CREATE INDEX events_country_date ON events (country, event_date)",
        "CREATE INDEX events_type ON events (event_type, sub_event_type)",
        "CREATE INDEX events_actor1 ON events (actor1_key)",
        "CREATE INDEX events_actor2 ON events (actor2_key)",
        """CREATE TABLE event_sources (
            event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            evidence TEXT NOT NULL,
            PRIMARY KEY (event_id, article_id)
        )""",
        "CREATE INDEX event_sources_article ON event_sources (article_id)",
        """CREATE TABLE statistics (
            id INTEGER PRIMARY KEY,
            description TEXT NOT NULL, count INTEGER NOT NULL, qualifier TEXT NOT NULL,
            period_start TEXT, period_end TEXT,
            countries TEXT NOT NULL,
            claimant TEXT,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX statistics_period ON statistics (period_end)",
        """CREATE TABLE statistic_sources (
            statistic_id INTEGER NOT NULL REFERENCES statistics (id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            evidence TEXT NOT NULL,
            PRIMARY KEY (statistic_id, article_id)
        )""",
        "CREATE INDEX statistic_sources_article ON statistic_sources (article_id)",
    ],
]


def current_version(db: Backend) -> int:
    db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    rows = db.query("SELECT MAX(version) AS v FROM schema_version")
    return int(rows[0]["v"] or 0)


def migrate(db: Backend) -> int:
    """Bring the database to the latest schema; returns the version reached."""
    with db.transaction():  # also serialises two processes migrating the same new file
        version = current_version(db)
        if version > len(MIGRATIONS):
            raise RuntimeError(f"database schema version {version} is newer than this sitrep ({len(MIGRATIONS)})")
        for number, statements in enumerate(MIGRATIONS[version:], version + 1):
            for sql in statements:
                db.execute(sql)
            db.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
    return len(MIGRATIONS)
