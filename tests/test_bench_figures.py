"""The benchmark harness: kamdesk's work and its floor alternate, each figure lands in results.json."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import figures  # noqa: E402 (the benchmarks folder is not a package)


def test_work_and_floor_alternate_after_a_warm_up_at_least_seven_times():
    calls = []
    pair = figures.paired(lambda: calls.append("work"), lambda: calls.append("floor"), runs=3)
    assert calls[:2] == ["work", "floor"] and calls[2:] == ["work", "floor"] * 7
    assert len(pair.work.wall) == len(pair.floor.cpu) == 7


def test_figures_are_collected_into_results_json_with_their_verdict(tmp_path, monkeypatch):
    lines = tmp_path / "figures.jsonl"
    monkeypatch.setenv(figures.RESULTS_VAR, str(lines))
    figures.record("keystroke_100k_worst_ms", 41.0, "ms", goal=30)
    figures.record("startup_ratio", 3.0, "ratio", floor=100.0, goal=2, ratio=1.8)
    figures.record("startup_ratio", 1.5, "ratio", goal=2)  # measured again: the last one counts
    figures.record("demo_100k_s", 50.0, "s")
    results = figures.collect(lines, tmp_path / "results.json")
    assert json.loads((tmp_path / "results.json").read_text()) == results
    by_name = {figure["name"]: figure for figure in results}
    assert set(by_name["keystroke_100k_worst_ms"]) == {"name", "value", "unit", "floor", "ratio", "goal", "met"}
    assert by_name["keystroke_100k_worst_ms"]["met"] is False
    assert (by_name["startup_ratio"]["value"], by_name["startup_ratio"]["met"]) == (1.5, True)
    assert by_name["demo_100k_s"]["met"] is None


def test_a_ratio_is_work_over_floor():
    pair = figures.Pair(figures.Timings((10.0, 20.0, 30.0), (5.0,) * 3), figures.Timings((5.0, 10.0, 15.0), (5.0,) * 3))
    assert (pair.ratio(), pair.ratio("worst"), pair.ratio("cpu")) == (2.0, 2.0, 1.0)


def test_a_grown_copy_is_built_once_whole_and_older_builds_go(tmp_path, monkeypatch):
    import common
    from kamdesk.core import db

    monkeypatch.setattr(common, "CACHE", tmp_path)
    source = tmp_path / "source.db"
    db.connect(f"sqlite:///{source}")
    db.close()
    (tmp_path / "grown-old.db").write_text("an older build")
    grown = []

    def grow(database):
        grown.append(database.in_transaction())
        database.execute_sql("INSERT INTO segment (name) VALUES ('Grown')")

    path = tmp_path / "grown-new.db"
    assert common.grown_copy(path, source, grow, "grown-*") == path
    assert common.grown_copy(path, source, grow, "grown-*") == path  # built already: not grown again
    assert grown == [True]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grown-new.db", "source.db"]
    database = db.connect(f"sqlite:///{path}")
    try:
        assert database.execute_sql("SELECT name FROM segment").fetchall() == [("Grown",)]
    finally:
        db.close()
