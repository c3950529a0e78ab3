#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a database N times the bundled one: every exhibit, its series and datapoints (and
its search row) copied N-1 times under new ids ("<id>~k"), the compiler's counts, value_key and
headline_candidate recomputed.
For benchmarks only; never committed.  Usage: scale_db.py BUNDLED.sqlite OUT.sqlite N"""
import os
import shutil
import sqlite3
import sys

# Each full-text row's exhibit, report, section and whether it states values (schema 9).
SEARCH_PLACE = ("INSERT INTO exhibit_search_place(search_rowid, exhibit_id, report_id, "
                "section_no, has_values) SELECT f.rowid, e.id, e.report_id, e.section_no, "
                "EXISTS (SELECT 1 FROM series s JOIN datapoint d ON d.series_id = s.id "
                "WHERE s.exhibit_id = e.id) FROM exhibit_search f "
                "JOIN exhibit e ON e.id = f.exhibit_id")


def main():
    if len(sys.argv) != 4 or not sys.argv[3].isdigit() or int(sys.argv[3]) < 1:
        sys.exit("usage: scale_db.py BUNDLED.sqlite OUT.sqlite N (N >= 1)")
    src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    tmp = out + ".part"
    shutil.copyfile(src, tmp)
    db = sqlite3.connect(tmp)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    cols = lambda t: [r[1] for r in db.execute(f"PRAGMA table_info({t})")]
    ex_cols = [c for c in cols("exhibit") if c != "id"]
    se_cols = [c for c in cols("series") if c not in ("id", "exhibit_id")]
    dp_cols = [c for c in cols("datapoint") if c not in ("id", "series_id")]
    base_series = db.execute("SELECT MAX(id) FROM series").fetchone()[0]
    base_points = db.execute("SELECT MAX(id) FROM datapoint").fetchone()[0]
    n_series = db.execute("SELECT COUNT(*) FROM series").fetchone()[0]
    # Ordinals after the originals', so that a page's first exhibit stays the report's.
    max_ordinal = db.execute("SELECT MAX(ordinal) FROM exhibit").fetchone()[0] + 1
    span_s = base_series + 1
    span_d = base_points + 1
    for k in range(1, n):
        ec = ", ".join(ex_cols)
        sel = ", ".join(f"ordinal + {k * max_ordinal}" if c == "ordinal" else c for c in ex_cols)
        db.execute(f"INSERT INTO exhibit(id, {ec}) SELECT id || '~{k}', {sel} FROM exhibit "
                   "WHERE id NOT LIKE '%~%'")
        sc = ", ".join(se_cols)
        db.execute(f"INSERT INTO series(id, exhibit_id, {sc}) SELECT id + {k * span_s}, "
                   f"exhibit_id || '~{k}', {sc} FROM series WHERE id <= {base_series}")
        dc = ", ".join(dp_cols)
        db.execute(f"INSERT INTO datapoint(id, series_id, {dc}) SELECT id + {k * span_d}, "
                   f"series_id + {k * span_s}, {dc} FROM datapoint WHERE id <= {base_points}")
        db.execute("INSERT INTO exhibit_search(exhibit_id, title, headline, note, source, series, "
                   f"entities) SELECT exhibit_id || '~{k}', title, headline, note, source, "
                   "series, entities FROM exhibit_search WHERE exhibit_id NOT LIKE '%~%'")
        if k % 50 == 0:
            db.commit()
            print(f"scale_db: {k}/{n - 1} copies", file=sys.stderr)
    db.commit()
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "entity_stats" in tables:
        db.execute("DELETE FROM entity_stats")
        db.execute("INSERT INTO entity_stats(entity_id, datapoints) SELECT e.id, c.n FROM entity e "
                   "JOIN (SELECT COALESCE(d.entity_id, s.entity_id) AS eid, COUNT(*) AS n "
                   "FROM datapoint d JOIN series s ON s.id = d.series_id "
                   "WHERE d.value IS NOT NULL GROUP BY eid) c ON c.eid = e.id")
        db.execute("DELETE FROM measure_stats")
        db.execute("INSERT INTO measure_stats(measure_id, datapoints, entities) "
                   "SELECT m.id, COALESCE(c.n, 0), COALESCE(c.entities, 0) FROM measure m "
                   "LEFT JOIN (SELECT COALESCE(d.measure_id, s.measure_id) AS mid, COUNT(*) AS n, "
                   "COUNT(DISTINCT COALESCE(d.entity_id, s.entity_id)) AS entities "
                   "FROM datapoint d JOIN series s ON s.id = d.series_id "
                   "WHERE d.value IS NOT NULL GROUP BY mid) c ON c.mid = m.id")
    if "value_key" in tables:
        # Recomputed from the copies by the schema's own view, as the compiler fills it.
        db.execute("DELETE FROM value_key")
        db.execute("INSERT INTO value_key SELECT * FROM value_key_rows")
    if "headline_candidate" in tables:
        # The Overview's candidates, scored over the copies by the schema's own view.
        db.execute("DELETE FROM headline_candidate")
        db.execute("INSERT INTO headline_candidate SELECT * FROM headline_candidate_rows")
    if "section_stats" in tables:
        db.execute("DELETE FROM section_stats")
        db.execute("INSERT INTO section_stats(report_id, section_no, exhibits, stated_values) "
                   "SELECT sec.report_id, sec.number, "
                   "(SELECT COUNT(*) FROM exhibit e WHERE e.report_id = sec.report_id "
                   "AND e.section_no = sec.number), "
                   "(SELECT COUNT(*) FROM datapoint d JOIN series s ON s.id = d.series_id "
                   "JOIN exhibit e ON e.id = s.exhibit_id WHERE e.report_id = sec.report_id "
                   "AND e.section_no = sec.number) FROM section sec")
    if "exhibit_search_scope" in tables:
        # The copies' full-text rows laid out under their tabs, as the compiler lays them out
        # (db/searchlayout.cpp; schema.sql: exhibit_search).
        db.execute("CREATE TEMP TABLE search_laid_out AS SELECT * FROM exhibit_search_rows")
        db.execute("DELETE FROM exhibit_search")
        db.execute("INSERT INTO exhibit_search(rowid, exhibit_id, title, headline, note, source, "
                   "series, entities) SELECT * FROM temp.search_laid_out")
        db.execute("DROP TABLE temp.search_laid_out")
        db.execute("INSERT INTO exhibit_search(exhibit_search) VALUES ('optimize')")
    if "exhibit_search_place" in tables:
        # As the compiler writes it (db/searchlayout.cpp).
        db.execute("DELETE FROM exhibit_search_place")
        db.execute(SEARCH_PLACE)
    db.commit()
    db.execute("VACUUM")
    db.close()
    os.replace(tmp, out)
    print(f"{out}: {n}x ({n_series * n} series)")


if __name__ == "__main__":
    main()
