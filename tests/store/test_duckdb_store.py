import datetime as dt

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventdesk.errors import StoreError, UnknownComponent
from eventdesk.export.columns import event_row
from eventdesk.store import AddOutcome, open_store
from tests.conftest import make_event, make_report


@pytest.fixture
def store(tmp_path):
    s = open_store(str(tmp_path / "t.duckdb"))
    yield s
    s.close()


def test_report_and_events_round_trip(store):
    report = make_report(events=(make_event(),))
    assert store.add_report(report) is AddOutcome.ADDED
    rows = list(store.iter_event_rows())
    assert len(rows) == 1
    expected = event_row(make_event())
    expected["timestamp"] = rows[0]["timestamp"]
    assert rows[0] == expected


def test_same_report_twice_changes_nothing(store):
    report = make_report(events=(make_event(),))
    store.add_report(report)
    assert store.add_report(report) is AddOutcome.DUPLICATE
    assert store.summary().articles == 1 and store.summary().events == 1


def test_failure_mid_report_leaves_nothing_half_written(store):
    # two events with the same id: the second insert fails after the article row went in
    bad = make_report("autre texte", events=(make_event(), make_event()))
    with pytest.raises(duckdb.Error):
        store.add_report(bad)
    assert not store.has_article(bad.article.id)
    assert store.summary().events == 0
    # and the store is still usable afterwards
    assert store.add_report(make_report(events=(make_event(event_id_cnty="SYR-2"),))) is AddOutcome.ADDED


def test_reopen_keeps_data_and_schema(tmp_path):
    path = str(tmp_path / "r.duckdb")
    s = open_store(path)
    s.add_report(make_report(events=(make_event(),)))
    s.close()
    s = open_store(path)
    assert s.schema_version() == 1 and s.summary().events == 1
    s.close()


def test_newer_schema_is_refused(tmp_path):
    path = str(tmp_path / "n.duckdb")
    open_store(path).close()
    con = duckdb.connect(path)
    con.execute("INSERT INTO schema_migrations VALUES (99, '0099_future.sql', now())")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("this is a text file, not a database\n" * 50)
    with pytest.raises(StoreError, match="notes.duckdb"):
        open_store(str(path))


def test_unknown_backend_lists_available():
    with pytest.raises(UnknownComponent, match="duckdb"):
        open_store("mysql://host/db")


def test_summary_groups(store):
    store.add_report(make_report("a", events=(make_event(event_id_cnty="A"),)))
    store.add_report(make_report("b", events=(make_event(event_id_cnty="B", location=None, country=None,
                                                         event_date=None),)))
    s = store.summary()
    assert ("Abu Kamal, Syria", 1) in s.by_place and ("(unknown place)", 1) in s.by_place
    assert ("(unknown date)", 1) in s.by_date


texts = st.one_of(st.none(), st.text(min_size=0, max_size=30))
coords = st.one_of(st.none(), st.floats(-89.9, 89.9, allow_nan=False))


@settings(max_examples=40, deadline=None)
@given(actor1=texts, notes=st.text(max_size=200), lat=coords, fatalities=st.one_of(st.none(), st.integers(0, 10_000)),
       date=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1))), n=st.integers(0, 10**9))
def test_hypothesis_round_trip(actor1, notes, lat, fatalities, date, n):
    s = open_store(":memory:")
    try:
        ev = make_event(event_id_cnty=f"X{n}", actor1=actor1, notes=notes, latitude=lat, fatalities=fatalities,
                        event_date=date)
        s.add_report(make_report(f"text {n} {notes}", events=(ev,)))
        (row,) = [r for r in s.iter_event_rows() if r["event_id_cnty"] == f"X{n}"]
        expected = event_row(ev)
        expected["timestamp"] = row["timestamp"]
        assert row == expected
    finally:
        s.close()
