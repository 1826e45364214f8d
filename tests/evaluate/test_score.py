import datetime as dt

import pytest

from eventdesk.errors import GoldFileError
from eventdesk.evaluate import load_events_csv, score
from eventdesk.evaluate.gold import EvalEvent
from eventdesk.evaluate.score import km


def ev(key, date="2019-09-30", etype="Battles", sub="Armed clash", lat=34.45, lon=40.92, **kw):
    return EvalEvent(key=key, event_date=dt.date.fromisoformat(date) if date else None,
                     time_precision=kw.get("tp", 1), event_type=etype, sub_event_type=sub,
                     actor1=kw.get("a1"), actor2=kw.get("a2"), fatalities=kw.get("fat"),
                     latitude=lat, longitude=lon, location=None)


def test_distance_is_great_circle():
    # Abu Kamal to Al-Qaim: about 20 km
    assert 15 < km(34.4506, 40.9171, 34.3689, 41.0944) < 25


def test_matching_is_one_to_one_and_type_sensitive():
    gold = [ev("g1"), ev("g2", etype="Protests", sub="Peaceful protest")]
    pred = [ev("p1", a1="X"), ev("p2"), ev("p3", etype="Riots", sub="Mob violence")]
    s = score(gold, pred)
    assert s.matched == 1 and s.precision == pytest.approx(1 / 3) and s.recall == pytest.approx(0.5)
    assert [g.key for g in s.missed] == ["g2"]


def test_date_window_and_distance_limits():
    gold = [ev("g1")]
    assert score(gold, [ev("far", lat=36.2, lon=37.1)]).matched == 0  # Aleppo is not Abu Kamal
    assert score(gold, [ev("late", date="2019-10-20")]).matched == 0
    assert score(gold, [ev("close", date="2019-10-02")]).matched == 1
    # a month-precision gold event tolerates a wider window
    assert score([ev("g", tp=3)], [ev("p", date="2019-10-20")]).matched == 1


def test_field_accuracy_on_matched_pairs():
    gold = [ev("g1", a1="Islamic State (Syria)", fat=5), ev("g2", date="2019-10-10", fat=None)]
    pred = [ev("p1", a1="islamic state (syria)", fat=7), ev("p2", date="2019-10-10", lat=34.9, lon=40.9)]
    s = score(gold, pred)
    assert s.matched == 2
    assert s.accuracy("actor1") == 1.0  # case is ignored; both None counts as right
    assert s.accuracy("fatalities") == 0.5
    assert s.accuracy("location_25km") == 0.5  # p2 is ~50 km off


def test_gold_file_errors_name_the_file(tmp_path):
    p = tmp_path / "gold.csv"
    p.write_text("a,b\n1,2\n")
    with pytest.raises(GoldFileError, match="gold.csv.*missing column"):
        load_events_csv(p)
    p.write_text("event_date,event_type,sub_event_type,latitude,longitude\n30/09/2019,Battles,Armed clash,1,2\n")
    with pytest.raises(GoldFileError, match="gold.csv:2"):
        load_events_csv(p)
    with pytest.raises(GoldFileError, match="no such file"):
        load_events_csv(tmp_path / "nope.csv")


def test_disagreements_list_gold_beside_predicted_for_matched_events_only():
    from eventdesk.evaluate import disagreements

    gold = [ev("g1", a1="Islamic State (Syria)", a2="Civilians (Syria)", fat=0),
            ev("g2", date="2019-11-20", a1="Rioters (Iraq)", fat=None)]
    pred = [ev("p1", a1="islamic  state (syria)", a2=None, fat=None),
            ev("p2", date="2019-11-20", a1="Rioters (Iraq)", fat=None),
            ev("p3", date="2019-06-01", a1="Nobody")]  # spurious: never a disagreement
    rows = disagreements(score(gold, pred))
    assert [(d.field, d.gold_key, d.gold, d.predicted) for d in rows] == [
        ("actor2", "g1", "Civilians (Syria)", None),
        ("fatalities", "g1", 0, None),  # 0 (nobody died) is not unknown
    ]
    with pytest.raises(ValueError, match="known: "):
        disagreements(score(gold, pred), fields=("colour",))
