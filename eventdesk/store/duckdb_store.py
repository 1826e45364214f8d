"""DuckDB store: one file, one transaction per report, migrations applied on open."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from eventdesk.errors import MigrationError, StoreError
from eventdesk.export.columns import ALL_COLUMNS, event_row
from eventdesk.records import Report
from eventdesk.serialize import report_to_json
from eventdesk.store.base import AddOutcome, Summary, migrations

_JSON_COLUMNS = {"article_ids", "sources_chain", "evidence", "versions"}
_EVENT_COLUMNS = ("article_id",) + ALL_COLUMNS


class DuckDBStore:
    def __init__(self, path: str) -> None:
        self.path = path
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(path)
        except duckdb.Error as exc:
            raise StoreError(f"{path}: cannot open as a DuckDB database ({exc})") from exc
        self._migrate()

    # ------------------------------------------------------------------ schema
    def schema_version(self) -> int:
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
        )
        row = self.con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        current = self.schema_version()
        known = migrations()
        if known and current > known[-1][0]:
            raise StoreError(
                f"{self.path}: schema version {current} is newer than this eventdesk knows "
                f"({known[-1][0]}); upgrade eventdesk"
            )
        for version, name, sql in known:
            if version <= current:
                continue
            try:
                self.con.execute("BEGIN TRANSACTION")
                self.con.execute(sql)
                self.con.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, dt.datetime.now()]
                )
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                self.con.execute("ROLLBACK")
                raise MigrationError(f"{self.path}: migration {name} failed: {exc}") from exc

    # ------------------------------------------------------------------ writes
    def has_article(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def add_report(self, report: Report) -> AddOutcome:
        a = report.article
        if self.has_article(a.id):
            return AddOutcome.DUPLICATE
        rd = report.report_date
        now = dt.datetime.now(dt.timezone.utc)
        stamp = int(time.time())
        try:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(
                "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [a.id, a.origin, a.title, a.url, a.outlet, a.published,
                 rd.date if rd else a.published, rd.source if rd else ("metadata" if a.published else "unknown"),
                 report.language, a.text, report_to_json(report, indent=None), now.replace(tzinfo=None)],
            )
            placeholders = ",".join("?" * len(_EVENT_COLUMNS))
            for event in report.events:
                row = event_row(event, timestamp=stamp)
                values = [a.id] + [
                    json.dumps(row[c], ensure_ascii=False) if c in _JSON_COLUMNS else row[c]
                    for c in ALL_COLUMNS
                ]
                self.con.execute(
                    f"INSERT INTO events ({','.join(_EVENT_COLUMNS)}) VALUES ({placeholders})", values
                )
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return AddOutcome.ADDED

    # ------------------------------------------------------------------ reads
    def iter_event_rows(self) -> Iterator[dict[str, Any]]:
        cur = self.con.execute(
            f"SELECT {','.join(ALL_COLUMNS)} FROM events ORDER BY event_date NULLS LAST, event_id_cnty"
        )
        while batch := cur.fetchmany(1000):
            for values in batch:
                row = dict(zip(ALL_COLUMNS, values))
                for c in _JSON_COLUMNS:
                    row[c] = json.loads(row[c]) if row[c] else ([] if c != "evidence" else {})
                for c in ("event_date", "date_earliest", "date_latest"):
                    if isinstance(row[c], dt.date):
                        row[c] = row[c].isoformat()
                yield row

    def summary(self, top: int = 10) -> Summary:
        q = self.con.execute
        articles = q("SELECT count(*) FROM articles").fetchone()[0]  # type: ignore[index]
        events = q("SELECT count(*) FROM events").fetchone()[0]  # type: ignore[index]
        by_type = q(
            "SELECT event_type || ' / ' || sub_event_type, count(*) c FROM events "
            "GROUP BY 1 ORDER BY c DESC, 1 LIMIT ?", [top]).fetchall()
        by_place = q(
            "SELECT coalesce(location, '(unknown place)') || coalesce(', ' || country, ''), count(*) c "
            "FROM events GROUP BY 1 ORDER BY c DESC, 1 LIMIT ?", [top]).fetchall()
        by_date = q(
            "SELECT coalesce(strftime(event_date, '%Y-%m'), '(unknown date)'), count(*) c FROM events "
            "GROUP BY 1 ORDER BY 1 LIMIT ?", [top * 3]).fetchall()
        return Summary(int(articles), int(events), by_type, by_place, by_date)

    def close(self) -> None:
        self.con.close()
