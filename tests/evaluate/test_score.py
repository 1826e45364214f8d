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


def test_actor_accuracy_ignoring_the_period_is_reported_beside_the_strict_one():
    gold = [ev("g1", a1="Military Forces of Syria (2000-2024)", a2="Islamic State (Syria)"),
            ev("g2", date="2019-10-10", a1="Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps",
               a2="Civilians (Syria)")]
    pred = [ev("p1", a1="Military Forces of Syria (2000-)", a2="Islamic State (Syria)"),
            ev("p2", date="2019-10-10", a1="Military Forces of Iran (2024-) Islamic Revolutionary Guard Corps",
               a2="Civilians (Iraq)")]
    s = score(gold, pred)
    assert s.accuracy("actor1") == 0.0  # the strict figure counts the period
    assert s.accuracy("actor1 ignoring period") == 1.0  # a period inside the name too
    # the country in brackets is identity, not period
    assert s.accuracy("actor2") == s.accuracy("actor2 ignoring period") == 0.5
    names = list(s.field_correct)
    assert names.index("actor1 ignoring period") == names.index("actor1") + 1  # beside the strict figure
    assert names.index("actor2 ignoring period") == names.index("actor2") + 1


def test_a_different_actor_is_wrong_with_or_without_the_period():
    s = score([ev("g", a1="Military Forces of Syria (2000-2024)")], [ev("p", a1="Military Forces of Iraq (2000-2024)")])
    assert s.accuracy("actor1 ignoring period") == 0.0


def test_eval_table_shows_the_period_blind_figure_beside_the_strict_one(tmp_path):
    from typer.testing import CliRunner

    from eventdesk.cli import app

    head = "event_date,event_type,sub_event_type,latitude,longitude,actor1\n"
    gold, pred = tmp_path / "gold.csv", tmp_path / "pred.csv"
    gold.write_text(head + "2023-05-02,Battles,Armed clash,34.45,40.92,Military Forces of Syria (2000-2024)\n")
    pred.write_text(head + "2023-05-02,Battles,Armed clash,34.45,40.92,Military Forces of Syria (2024-)\n")
    result = CliRunner().invoke(app, ["eval", str(gold), "--predicted", str(pred)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "actor1" in line]
    assert "0.0%" in lines[0] and "actor1 ignoring period" in lines[1] and "100.0%" in lines[1]
