#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes fixtures/analyst_v1.sqlite: an analyst database as Trendboard's first analyst layer
(schema version 1, commit cbc911a) wrote it, before the 'TBND' application id existed: the
version-1 tables (db/analystdb_open.cpp's first migration, unchanged since), WAL journal,
user_version 1, application_id 0. tst_analystmigration opens it with today's code.

Run from this folder: python3 make_v1_fixture.py (the output is checked in; rerun only to
change it, and update the test with it).
"""
import os
import sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures", "analyst_v1.sqlite")

SCHEMA_V1 = [
    "CREATE TABLE analyst_value ("
    " exhibit_id TEXT NOT NULL, series TEXT NOT NULL, x_label TEXT NOT NULL,"
    " entity TEXT NOT NULL DEFAULT '',"
    " kind TEXT NOT NULL CHECK (kind IN ('edit', 'fill')),"
    " value REAL NOT NULL, unit TEXT NOT NULL,"
    " period_label TEXT NOT NULL DEFAULT '', citation TEXT NOT NULL DEFAULT '',"
    " report_value REAL,"
    " created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL,"
    " PRIMARY KEY (exhibit_id, series, x_label, entity))",
    "CREATE TABLE annotation ("
    " exhibit_id TEXT NOT NULL, series TEXT NOT NULL DEFAULT '',"
    " x_label TEXT NOT NULL DEFAULT '', entity TEXT NOT NULL DEFAULT '',"
    " text TEXT NOT NULL, created_utc TEXT NOT NULL, updated_utc TEXT NOT NULL,"
    " PRIMARY KEY (exhibit_id, series, x_label, entity))",
    "CREATE TABLE audit ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT, when_utc TEXT NOT NULL,"
    " who TEXT NOT NULL,"
    " action TEXT NOT NULL CHECK (action IN ('fill', 'edit', 'remove', 'revert',"
    "   'annotate', 'unannotate', 'import')),"
    " exhibit_id TEXT NOT NULL, series TEXT NOT NULL DEFAULT '',"
    " x_label TEXT NOT NULL DEFAULT '', entity TEXT NOT NULL DEFAULT '',"
    " old_value TEXT, new_value TEXT, citation TEXT)",
]

VALUES = [
    # exhibit, series, x label, entity, kind, value, unit, period, citation, report value
    ("p055-chatgpt-weekly-users", "ChatGPT", "4/25", "", "edit", 810.0, "MM", "4/25",
     "OpenAI, 4/25 keynote", 800.0),
    ("p061-chatgpt-users-by-country", "Users", "2023", "India", "fill", 42.5, "MM", "2023",
     "Analyst estimate from Sensor Tower, 1/24", None),
]
ANNOTATIONS = [
    ("p055-chatgpt-weekly-users", "", "", "", "Checked against the keynote"),
    ("p055-chatgpt-weekly-users", "ChatGPT", "", "", "Weekly, not monthly, users"),
    ("p055-chatgpt-weekly-users", "ChatGPT", "4/25", "", "Rounded in the report"),
]
AUDIT = [
    # when, who, action, exhibit, series, x label, entity, old, new, citation
    ("2025-06-02T09:00:00Z", "analyst", "edit", "p055-chatgpt-weekly-users", "ChatGPT", "4/25",
     "", "800", "810", "OpenAI, 4/25 keynote"),
    ("2025-06-02T09:05:00Z", "analyst", "fill", "p061-chatgpt-users-by-country", "Users", "2023",
     "India", None, "42.5", "Analyst estimate from Sensor Tower, 1/24"),
    ("2025-06-02T09:10:00Z", "analyst", "annotate", "p055-chatgpt-weekly-users", "", "", "",
     None, "Checked against the keynote", None),
    ("2025-06-02T09:11:00Z", "analyst", "annotate", "p055-chatgpt-weekly-users", "ChatGPT", "",
     "", None, "Weekly, not monthly, users", None),
    ("2025-06-02T09:12:00Z", "analyst", "annotate", "p055-chatgpt-weekly-users", "ChatGPT",
     "4/25", "", None, "Rounded in the report", None),
    ("2025-06-02T09:20:00Z", "analyst", "remove", "p055-chatgpt-weekly-users", "ChatGPT", "1/25",
     "", "350", None, None),
]


def main():
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(OUT + suffix):
            os.remove(OUT + suffix)
    db = sqlite3.connect(OUT)
    db.execute("PRAGMA journal_mode = WAL")
    with db:
        for sql in SCHEMA_V1:
            db.execute(sql)
        stamp = "2025-06-02T09:00:00Z"
        for v in VALUES:
            db.execute("INSERT INTO analyst_value (exhibit_id, series, x_label, entity, kind, "
                       "value, unit, period_label, citation, report_value, created_utc, "
                       "updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       v + (stamp, stamp))
        for a in ANNOTATIONS:
            db.execute("INSERT INTO annotation (exhibit_id, series, x_label, entity, text, "
                       "created_utc, updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?)", a + (stamp, stamp))
        for row in AUDIT:
            db.execute("INSERT INTO audit (when_utc, who, action, exhibit_id, series, x_label, "
                       "entity, old_value, new_value, citation) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
        db.execute("PRAGMA user_version = 1")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()  # the last connection's close removes -wal and -shm


if __name__ == "__main__":
    main()
