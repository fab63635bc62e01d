"""The SQLite store on real files: schema, idempotent adds, per-article rollback, filters."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

import sitrep.store.store as store_module
from sitrep.model import Actor, Article, Attribution, Event, Evidence, Place, Result, Statistic
from sitrep.store import default_db_path, open_store
from sitrep.store.schema import MIGRATIONS


def article(text: str, article_id: str = "a1", **kw) -> Article:
    return Article(text=text, id=article_id, **kw)


def event(article_id: str, *, day: date | None, sub: str = "Air/drone strike", etype: str = "Explosions/Remote violence",
          actor1: str | None = "Northern Front", actor2: str | None = None, country: str | None = "SY",
          place: str = "Example Ridge", fatalities: int | None = None) -> Event:
    return Event(
        id="e1", article_ids=[article_id], event_date=day, date_precision="day" if day else "unknown",
        event_type=etype, sub_event_type=sub,
        actor1=Actor(name=actor1, text=actor1.lower(), type="Rebel group") if actor1 else None,
        actor2=Actor(name=actor2, text=actor2, type="State forces") if actor2 else None,
        target="fuel depot",
        location=Place(name=place, text=place, lat=33.3, lon=38.7, country=country, admin1="Homs",
                       geo_precision=1, gazetteer_id="test:1") if country else None,
        weapons=["drone"], fatalities=fatalities,
        attribution=Attribution(status="claimed", claimant=actor1, text="said in a statement"),
        evidence=[Evidence(article_id=article_id, start=0, end=5, text="Drone")], confidence=0.75,
    )


def stat(article_id: str, count: int = 118, countries=("SY", "IQ"), start=date(2023, 10, 17),
         end=date(2024, 1, 5)) -> Statistic:
    return Statistic(id="s1", article_ids=[article_id], description="attacks on bases", count=count,
                     qualifier="at_least", period_start=start, period_end=end, countries=list(countries),
                     claimant="an official", evidence=[Evidence(article_id, 0, 5, "Drone")])


def result(a: Article, events=(), stats=()) -> Result:
    return Result(articles=[a], events=list(events), statistics=list(stats))


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "test.db")
    yield s
    s.close()


def test_new_database_has_schema_version_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "fresh.db"
    open_store(path).close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == len(MIGRATIONS)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "events", "event_sources", "statistics", "statistic_sources"} <= tables
    con.close()
    s = open_store(path)  # reopening applies nothing twice
    assert s.db.query("SELECT COUNT(*) AS n FROM schema_version")[0]["n"] == len(MIGRATIONS)
    assert s.db.query("PRAGMA foreign_keys")[0]["foreign_keys"] == 1
    s.close()


def test_open_without_create_refuses_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        open_store(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_default_path_from_environment(monkeypatch):
    monkeypatch.setenv("SITREP_DB", "/tmp/elsewhere.db")
    assert default_db_path() == "/tmp/elsewhere.db"
    monkeypatch.delenv("SITREP_DB")
    assert default_db_path() == "sitrep.db"


def test_add_and_read_back_round_trip(store):
    a = article("Drone strike near the ridge.", "wire-17", title="T", source="S", url="http://x",
                published=date(2024, 1, 5), path="in.jsonl")
    ev = event("wire-17", day=date(2024, 1, 4), fatalities=2)
    st = stat("wire-17")
    assert store.add(result(a, [ev], [st])) is True
    assert store.counts() == {"articles": 1, "events": 1, "statistics": 1}

    [back] = store.events()
    assert back.article_ids == ["wire-17"]
    assert back.id.startswith("e")
    expected = ev.to_dict() | {"id": back.id}
    assert back.to_dict() == expected

    [sback] = store.statistics()
    assert sback.to_dict() == st.to_dict() | {"id": sback.id}
    [aback] = store.articles()
    assert aback == a


def test_same_text_twice_is_stored_once(store):
    a = article("Same words.")
    assert store.add(result(a, [event("a1", day=date(2024, 1, 1))])) is True
    again = article("Same words.", "a7", source="Other outlet")
    assert store.contains(again)
    assert store.add(result(again, [event("a7", day=date(2024, 1, 1))])) is False
    assert store.counts() == {"articles": 1, "events": 1, "statistics": 0}


def test_add_wants_exactly_one_article(store):
    with pytest.raises(ValueError):
        store.add(Result(articles=[article("x"), article("y", "a2")]))
    with pytest.raises(ValueError):
        store.add(Result())


def test_failure_mid_article_rolls_back_that_article_only(store, monkeypatch):
    store.add(result(article("kept before"), [event("a1", day=date(2024, 1, 1))]))

    real = store_module.statistic_row

    def failing(s):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_module, "statistic_row", failing)
    doomed = result(article("doomed", "a2"), [event("a2", day=date(2024, 1, 2)), event("a2", day=date(2024, 1, 3))],
                    [stat("a2")])
    with pytest.raises(RuntimeError):
        store.add(doomed)
    # the article and its two events were written before the failure, and are gone
    assert store.counts() == {"articles": 1, "events": 1, "statistics": 0}
    assert store.db.query("SELECT COUNT(*) AS n FROM event_sources")[0]["n"] == 1

    monkeypatch.setattr(store_module, "statistic_row", real)
    assert store.add(result(article("kept after", "a3"), [event("a3", day=date(2024, 1, 4))])) is True
    assert store.add(doomed) is True  # not mistaken for a duplicate: nothing of it remained
    assert store.counts() == {"articles": 3, "events": 4, "statistics": 1}


def test_whole_articles_survive_a_crash_in_another_process(tmp_path):
    """A connection that dies mid-transaction leaves nothing behind."""
    path = tmp_path / "crash.db"
    s = open_store(path)
    s.add(result(article("committed"), [event("a1", day=date(2024, 1, 1))]))
    s.db.execute("BEGIN IMMEDIATE")
    s.db.execute("INSERT INTO articles (external_id, content_hash, text, ingested_at) VALUES ('x', 'h', 't', 'now')")
    s.db.conn.close()  # no commit
    s2 = open_store(path)
    assert s2.counts()["articles"] == 1
    s2.close()


@pytest.fixture
def filled(store):
    rows = [
        ("r1", date(2024, 1, 1), dict(country="SY", actor1="Northern Front", sub="Air/drone strike")),
        ("r2", date(2024, 1, 10), dict(country="IQ", actor1="Islamic Resistance in Iraq",
                                       actor2="Military Forces of the United States",
                                       sub="Shelling/artillery/missile attack")),
        ("r3", date(2024, 2, 1), dict(country="sy", actor1="Protesters (Syria)", etype="Protests",
                                      sub="Peaceful protest")),
        ("r4", None, dict(country=None, actor1=None, etype="Battles", sub="Armed clash")),
        ("r5", date(2024, 1, 10), dict(country="LB", actor1="Ḥizb 50%_off", sub="Air/drone strike")),
    ]
    for external, day, kw in rows:
        store.add(result(article(f"text of {external}", external), [event(external, day=day, **kw)]))
    return store


def _ids(events) -> list[str]:
    return [e.article_ids[0] for e in events]


def test_order_is_by_date_with_undated_last(filled):
    assert _ids(filled.events()) == ["r1", "r2", "r5", "r3", "r4"]


def test_date_filters_are_inclusive_and_drop_undated(filled):
    assert _ids(filled.events(since=date(2024, 1, 10))) == ["r2", "r5", "r3"]
    assert _ids(filled.events(until="2024-01-10")) == ["r1", "r2", "r5"]
    assert _ids(filled.events(since="2024-01-02", until="2024-01-31")) == ["r2", "r5"]
    with pytest.raises(ValueError):
        filled.events(since="last week")


def test_country_filter_is_case_insensitive(filled):
    assert _ids(filled.events(country="sy")) == ["r1", "r3"]
    assert _ids(filled.events(country="IQ")) == ["r2"]


def test_actor_filter_matches_either_actor_by_substring(filled):
    assert _ids(filled.events(actor="united states")) == ["r2"]  # actor2
    assert _ids(filled.events(actor="RESISTANCE")) == ["r2"]  # actor1
    assert _ids(filled.events(actor="front")) == ["r1"]
    assert _ids(filled.events(actor="ḥIZB")) == ["r5"]  # non-ASCII case folding
    assert _ids(filled.events(actor="50%_")) == ["r5"]  # LIKE wildcards taken literally
    assert _ids(filled.events(actor="%")) == ["r5"]
    assert filled.events(actor="nobody") == []


def test_type_filters_and_limit(filled):
    assert _ids(filled.events(event_type="Explosions/Remote violence")) == ["r1", "r2", "r5"]
    assert _ids(filled.events(sub_event_type="Air/drone strike")) == ["r1", "r5"]
    assert _ids(filled.events(event_type="Battles")) == ["r4"]
    assert _ids(filled.events(limit=2)) == ["r1", "r2"]
    assert _ids(filled.events(country="SY", event_type="Protests", since="2024-01-15")) == ["r3"]


def test_statistics_filters(store):
    store.add(result(article("one"), stats=[stat("a1")]))
    store.add(result(article("two", "a2"), stats=[stat("a2", count=5, countries=["LB"], start=date(2024, 3, 1),
                                                        end=date(2024, 3, 31))]))
    assert [s.count for s in store.statistics()] == [118, 5]
    assert [s.count for s in store.statistics(country="iq")] == [118]
    assert [s.count for s in store.statistics(since="2024-02-01")] == [5]
    assert [s.count for s in store.statistics(until="2024-01-01")] == [118]
    assert [s.article_ids for s in store.statistics(limit=1)] == [["a1"]]
