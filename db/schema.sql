-- SPDX-License-Identifier: GPL-3.0-or-later
-- Trendboard bundled database, schema version 10 (PRAGMA user_version).
-- 2: measures, derived points' derivations and inputs; datapoint_flat gains measure, derivation.
-- 3: cross_report_link.basis. 4: Chinese titles (section.title_zh, exhibit.title_zh, headline_zh).
-- 5: exhibit.title_zh_ours, headline_zh_ours (our translation where the page prints none);
--    entity, measure and series name_zh.
-- 6: entity_stats and measure_stats, the counts the lists show, written once by the compiler;
--    exhibit_search_zh (Chinese search, trigram).
-- 7: exhibit_zh (the Chinese of notes, axis titles and source lines), datapoint.derivation_zh,
--    datapoint_zh (of category labels and text cells).
-- 8: value_key (every numeric value by report, page, entity and measure, with its figure's
--    rank), filled by the compiler from value_key_rows; section_stats (each section's exhibits
--    and stated values, written by the compiler); exhibit_by_section ends with ordinal (a
--    section's list in order, a batch at a time).
-- 9: headline_candidate (each exhibit's headline figure, scored, written by the compiler from
--    headline_candidate_rows): the Overview's board reads a bounded set by index.
--    exhibit_search_place (each full-text row's exhibit, report, section and whether it states
--    values, by the row's rowid: a keystroke counts and ranks a tab's hits without exhibit).
-- 10: value_key_by_measure (a measure's values counted per entity by index: the Compare tab's
--    entity list read every value of the measure, 300 MB at 1000 times the data);
--    exhibit_search's rowids say the row's tab (exhibit_search_scope, laid out by
--    exhibit_search_rows), and it has prefix indexes of one and two letters.
-- Built at build time by trendboard-compile from db/data/*.yaml; never modified at run time.
PRAGMA user_version = 10;

CREATE TABLE report (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    publisher  TEXT NOT NULL,
    published  TEXT NOT NULL,          -- as printed, e.g. 5/25
    cite       TEXT NOT NULL,          -- how a chart's source line names the report
    page_count INTEGER NOT NULL,       -- 1 for a note without pages (its source line names none)
    short_title TEXT                   -- a tab's label for a second report
);

CREATE TABLE section (
    report_id   TEXT NOT NULL REFERENCES report(id),
    number      INTEGER NOT NULL,      -- 0 is the front matter (overview)
    title       TEXT NOT NULL,
    short_title TEXT NOT NULL,
    first_page  INTEGER NOT NULL,
    last_page   INTEGER NOT NULL CHECK (last_page >= first_page),
    title_zh    TEXT,                  -- as the report's Chinese text prints it; NULL: none given
    PRIMARY KEY (report_id, number)
);

CREATE TABLE entity (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('company', 'country', 'region', 'product', 'organisation')),
    parent_id       INTEGER REFERENCES entity(id),   -- region of a country, company of a product
    fiscal_year_end TEXT,                             -- MM-DD, for fiscal periods
    name_zh         TEXT                              -- Chinese name; NULL: the English is shown
);

CREATE TABLE entity_alias (
    entity_id INTEGER NOT NULL REFERENCES entity(id),
    alias     TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE INDEX entity_alias_by_entity ON entity_alias(entity_id);

CREATE TABLE unit (
    symbol    TEXT PRIMARY KEY,        -- as the report prints it: $B, MM, %, x
    base_unit TEXT NOT NULL,           -- USD, count, percent, ...
    factor    REAL NOT NULL,           -- value * factor = value in base_unit
    quantity  TEXT NOT NULL CHECK (quantity IN ('level', 'share', 'growth', 'multiple', 'index', 'rank'))
);

-- What a series measures (measures.yaml): the same figure on several pages shares its measure.
CREATE TABLE measure (
    id        TEXT PRIMARY KEY,        -- weekly_active_users, revenue, capex, ...
    name      TEXT NOT NULL,
    quantity  TEXT NOT NULL CHECK (quantity IN ('level', 'share', 'growth', 'multiple', 'index', 'rank')),
    base_unit TEXT,                    -- levels: the base unit every value converts to
    name_zh   TEXT                     -- Chinese name; NULL: the English is shown
);

CREATE TABLE exhibit (
    id           TEXT PRIMARY KEY,
    report_id    TEXT NOT NULL REFERENCES report(id),
    section_no   INTEGER NOT NULL,
    page         INTEGER NOT NULL,
    details_page INTEGER,              -- front matter: the page whose exhibit details this one
    ordinal      INTEGER NOT NULL,     -- order within the section file
    title        TEXT NOT NULL,
    headline     TEXT,
    kind         TEXT NOT NULL CHECK (kind IN ('line', 'bar', 'stacked_bar', 'grouped_bar', 'pie',
                                               'scatter', 'table', 'timeline', 'other')),
    orientation  TEXT NOT NULL DEFAULT 'vertical' CHECK (orientation IN ('vertical', 'horizontal')),
    x_kind       TEXT NOT NULL DEFAULT 'period' CHECK (x_kind IN ('period', 'category')),
    x_axis_title TEXT,
    y_axis_title TEXT,
    y2_axis_title TEXT,
    y_scale      TEXT NOT NULL DEFAULT 'linear' CHECK (y_scale IN ('linear', 'log')),
    unit         TEXT REFERENCES unit(symbol),
    period_label TEXT,
    period_start TEXT,                 -- ISO dates
    period_end   TEXT,
    source       TEXT NOT NULL,
    note         TEXT,
    -- As the report's Chinese text prints them (on the exhibit's page); NULL where it gives none
    title_zh     TEXT,
    headline_zh  TEXT,
    -- 1: title_zh / headline_zh is Trendboard's translation: the page prints none
    title_zh_ours    INTEGER NOT NULL DEFAULT 0 CHECK (title_zh_ours IN (0, 1)),
    headline_zh_ours INTEGER NOT NULL DEFAULT 0 CHECK (headline_zh_ours IN (0, 1)),
    FOREIGN KEY (report_id, section_no) REFERENCES section(report_id, number)
);
-- A section's list in its order (report, section, page, ordinal): read a batch at a time
-- from a row on (keyset), counted, and searched for a page, without a temporary B-tree.
CREATE INDEX exhibit_by_section ON exhibit(report_id, section_no, page, ordinal);
CREATE INDEX exhibit_by_page ON exhibit(page); -- Go to page, --page
CREATE INDEX exhibit_by_section_no ON exhibit(section_no); -- a section of every report

-- The Chinese of an exhibit's note, axis titles and source line: as the page's Chinese prints
-- it (ours = 0, checked against the page text), or our translation (ours = 1).
CREATE TABLE exhibit_zh (
    exhibit_id TEXT NOT NULL REFERENCES exhibit(id),
    field      TEXT NOT NULL CHECK (field IN ('note', 'x_axis', 'y_axis', 'y2_axis', 'source')),
    text       TEXT NOT NULL,
    ours       INTEGER NOT NULL CHECK (ours IN (0, 1)),
    PRIMARY KEY (exhibit_id, field)
) WITHOUT ROWID;

-- The Chinese of a point's category label (x) or text cell (text), as exhibit_zh.
CREATE TABLE datapoint_zh (
    datapoint_id INTEGER NOT NULL REFERENCES datapoint(id),
    field        TEXT NOT NULL CHECK (field IN ('x', 'text')),
    text         TEXT NOT NULL,
    ours         INTEGER NOT NULL CHECK (ours IN (0, 1)),
    PRIMARY KEY (datapoint_id, field)
) WITHOUT ROWID;

CREATE TABLE series (
    id            INTEGER PRIMARY KEY,
    exhibit_id    TEXT NOT NULL REFERENCES exhibit(id),
    ordinal       INTEGER NOT NULL,
    name          TEXT NOT NULL,
    entity_id     INTEGER REFERENCES entity(id),
    unit          TEXT REFERENCES unit(symbol),
    measure_id    TEXT NOT NULL REFERENCES measure(id),
    values_stated INTEGER NOT NULL CHECK (values_stated IN (0, 1)),
    axis          TEXT NOT NULL DEFAULT 'primary' CHECK (axis IN ('primary', 'secondary')),
    name_zh       TEXT,                -- Chinese name; NULL: the entity's, else the English
    UNIQUE (exhibit_id, name)
);
-- A point's entity and measure are its own, else its series': a query by entity or measure
-- reads each half by its own index (ReportDatabase::entityPoints), never datapoint_flat's
-- computed columns.
CREATE INDEX series_by_entity ON series(entity_id, measure_id);

CREATE TABLE datapoint (
    id           INTEGER PRIMARY KEY,
    series_id    INTEGER NOT NULL REFERENCES series(id),
    ordinal      INTEGER NOT NULL,
    x_label      TEXT NOT NULL,        -- as printed
    entity_id    INTEGER REFERENCES entity(id), -- a table row's or category's own entity; else the series'
    period_start TEXT,                 -- ISO dates; NULL for category points without a period
    period_end   TEXT,
    granularity  TEXT,                 -- day, month, quarter, half, year, decade, range
    value        REAL,                 -- NULL for a text cell
    text_value   TEXT,                 -- table cells and timeline events that are text
    unit         TEXT REFERENCES unit(symbol),
    base_value   REAL,                 -- value * unit.factor
    base_unit    TEXT,
    status       TEXT NOT NULL CHECK (status IN ('reported', 'derived')),
    quote        TEXT NOT NULL,        -- verbatim from the page text, shows the value; a derived
                                       -- point's: its inputs' quotes, joined by ' | '
    page         INTEGER NOT NULL,
    measure_id   TEXT REFERENCES measure(id), -- the point's own measure; NULL: its series'
    derivation   TEXT,                 -- derived points: in words, naming the inputs
    formula      TEXT,                 -- derived points: arithmetic over the inputs' names
    derivation_zh TEXT,                -- the derivation in Chinese: always our translation
    CHECK (value IS NOT NULL OR text_value IS NOT NULL),
    CHECK ((status = 'derived') = (derivation IS NOT NULL AND formula IS NOT NULL))
);
CREATE INDEX datapoint_by_series ON datapoint(series_id, ordinal);
CREATE INDEX datapoint_by_entity ON datapoint(entity_id); -- a table row's own entity
CREATE INDEX datapoint_by_page ON datapoint(page);        -- what else a page states

-- The reported points a derived point is computed from, by the name its formula uses.
CREATE TABLE derivation_input (
    datapoint_id       INTEGER NOT NULL REFERENCES datapoint(id),
    name               TEXT NOT NULL,
    input_datapoint_id INTEGER NOT NULL REFERENCES datapoint(id),
    PRIMARY KEY (datapoint_id, name)
);

-- Public contract: one row per datapoint, for analysts' own tools. Columns are only ever added.
CREATE VIEW datapoint_flat AS
SELECT r.id            AS report,
       e.section_no    AS section_no,
       d.page          AS page,
       e.id            AS exhibit_id,
       e.title         AS exhibit_title,
       e.kind          AS exhibit_kind,
       s.name          AS series,
       s.values_stated AS series_stated,
       en.name         AS entity,
       en.kind         AS entity_kind,
       d.x_label       AS x_label,
       d.period_start  AS period_start,
       d.period_end    AS period_end,
       d.granularity   AS granularity,
       d.value         AS value,
       d.text_value    AS text_value,
       d.unit          AS unit,
       d.base_value    AS base_value,
       d.base_unit     AS base_unit,
       u.quantity      AS quantity,
       d.status        AS status,
       d.quote         AS quote,
       e.source        AS source,
       d.id            AS datapoint_id,
       COALESCE(d.measure_id, s.measure_id) AS measure,
       d.derivation    AS derivation
FROM datapoint d
JOIN series s ON s.id = d.series_id
JOIN exhibit e ON e.id = s.exhibit_id
JOIN report r ON r.id = e.report_id
LEFT JOIN entity en ON en.id = COALESCE(d.entity_id, s.entity_id)
LEFT JOIN unit u ON u.symbol = d.unit;

-- The same measure of the same entity stated by two reports (the brokerage note and BOND):
-- built by the compiler from datapoint_flat; the app shows "Also in: …" from it.
CREATE TABLE cross_report_link (
    datapoint_id       INTEGER NOT NULL REFERENCES datapoint(id),
    other_datapoint_id INTEGER NOT NULL REFERENCES datapoint(id),
    -- measure: the same measure of the same entity; same figure: the source data says the two
    -- state one figure (same_as), whose measures differ in name only
    basis              TEXT NOT NULL DEFAULT 'measure' CHECK (basis IN ('measure', 'same figure')),
    PRIMARY KEY (datapoint_id, other_datapoint_id)
);

-- The numeric values of each entity and measure (and a measure's entities), counted by the
-- compiler from datapoint_flat: the entity and measure lists read them by key instead of
-- counting the view once per entity (entities x datapoints, minutes at 1000 times the data).
CREATE TABLE entity_stats (
    entity_id  INTEGER PRIMARY KEY REFERENCES entity(id),
    datapoints INTEGER NOT NULL
);
CREATE TABLE measure_stats (
    measure_id TEXT PRIMARY KEY REFERENCES measure(id),
    datapoints INTEGER NOT NULL,
    entities   INTEGER NOT NULL
);

-- Every numeric value with its exhibit's report, its page and its entity and measure resolved
-- (the point's own, else its series'), so that "the same figure on another page" and "what
-- else this page states" are read by an index, however many exhibits state it: exhibitData's
-- also-stated and related values (db/reportdb_also.cpp, reportdb_related.cpp).
-- figure_rank: among the reported values of one figure (entity, measure, report, unit, period,
-- page and base value) the rank of the value's exhibit by id (1, 2, ...); NULL for a derived
-- value or one without an entity. A reader wants one exhibit per figure other than its own, so
-- the first two exhibits are indexed (value_key_by_figure), the rest are the same figure again.
-- Written by the compiler (and by benchmarks/scale_db.py) from value_key_rows.
CREATE TABLE value_key (
    datapoint_id INTEGER PRIMARY KEY REFERENCES datapoint(id),
    report_id    TEXT NOT NULL REFERENCES report(id),
    page         INTEGER NOT NULL,
    exhibit_id   TEXT NOT NULL REFERENCES exhibit(id),
    entity_id    INTEGER REFERENCES entity(id),
    measure_id   TEXT NOT NULL REFERENCES measure(id),
    period_start TEXT,
    period_end   TEXT,
    base_unit    TEXT,
    base_value   REAL,
    figure_rank  INTEGER
);
CREATE INDEX value_key_by_page ON value_key(report_id, page, exhibit_id);
CREATE INDEX value_key_by_figure ON value_key(entity_id, measure_id, report_id, base_unit,
    period_start, period_end, page, base_value, exhibit_id) WHERE figure_rank <= 2;
-- How many values each entity has of a measure (the Compare tab's entity list), by index.
CREATE INDEX value_key_by_measure ON value_key(measure_id, entity_id);
CREATE VIEW value_key_rows AS
SELECT d.id AS datapoint_id, e.report_id, d.page, e.id AS exhibit_id,
       COALESCE(d.entity_id, s.entity_id) AS entity_id,
       COALESCE(d.measure_id, s.measure_id) AS measure_id,
       d.period_start, d.period_end, d.base_unit, d.base_value,
       CASE WHEN d.status = 'reported' AND COALESCE(d.entity_id, s.entity_id) IS NOT NULL
       THEN dense_rank() OVER (
           PARTITION BY d.status = 'reported' AND COALESCE(d.entity_id, s.entity_id) IS NOT NULL,
               COALESCE(d.entity_id, s.entity_id), COALESCE(d.measure_id, s.measure_id),
               e.report_id, d.base_unit, d.period_start, d.period_end, d.page, d.base_value
           ORDER BY e.id) END AS figure_rank
FROM datapoint d
JOIN series s ON s.id = d.series_id
JOIN exhibit e ON e.id = s.exhibit_id
WHERE d.value IS NOT NULL;
-- Each section's exhibits and the values they state (datapoints), counted by the compiler: a
-- tab's label and the status bar read them by key instead of reading the section's exhibits
-- (49,000 at 1000 times the data).
CREATE TABLE section_stats (
    report_id     TEXT NOT NULL,
    section_no    INTEGER NOT NULL,
    exhibits      INTEGER NOT NULL,
    stated_values INTEGER NOT NULL,
    PRIMARY KEY (report_id, section_no),
    FOREIGN KEY (report_id, section_no) REFERENCES section(report_id, number)
) WITHOUT ROWID;

-- The Overview's headline figures (app/browse/headlines.cpp), chosen here once for every exhibit
-- rather than by the app from every datapoint (issue 25: gigabytes at 1000 times the data).
-- An exhibit offers its best value: of a level if it states one, else a share, a multiple, a
-- growth rate; of those the latest, stated before derived, the largest; ties by page and id.
-- callout_id: with a level or share, the first growth or multiple stated for its entity and
-- period. score: the exhibits citing its entity plus those citing its measure. figure_first:
-- 1 for the first candidate of its section with its entity and measure (by score, page, the
-- exhibit's first page and id); the board, one figure per entity and measure, never shows a
-- later one, so it reads only these (as many as the section's distinct figures, however many
-- exhibits repeat them). Written by the compiler (and benchmarks/scale_db.py) from
-- headline_candidate_rows.
CREATE TABLE headline_candidate (
    exhibit_id   TEXT PRIMARY KEY REFERENCES exhibit(id),
    report_id    TEXT NOT NULL REFERENCES report(id),
    section_no   INTEGER NOT NULL,
    datapoint_id INTEGER NOT NULL REFERENCES datapoint(id),
    callout_id   INTEGER REFERENCES datapoint(id),
    score        INTEGER NOT NULL,
    page         INTEGER NOT NULL,   -- the value's page
    first_page   INTEGER NOT NULL,   -- the first page of the exhibit's candidate values
    figure_first INTEGER NOT NULL CHECK (figure_first IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX headline_by_section ON headline_candidate(report_id, figure_first, section_no,
    score DESC, page, first_page, exhibit_id);
CREATE VIEW headline_candidate_rows AS
WITH pts AS (
    SELECT d.id, s.exhibit_id, e.report_id, e.section_no, d.page,
           COALESCE(en.name, '') AS entity, COALESCE(d.measure_id, s.measure_id) AS measure,
           CASE u.quantity WHEN 'level' THEN 0 WHEN 'share' THEN 1 WHEN 'multiple' THEN 2
               ELSE 3 END AS q,
           COALESCE(d.period_end, '') AS period_end, d.status = 'derived' AS derived,
           COALESCE(d.base_value, 0) AS base
    FROM datapoint d
    JOIN series s ON s.id = d.series_id
    JOIN exhibit e ON e.id = s.exhibit_id
    JOIN unit u ON u.symbol = d.unit
    LEFT JOIN entity en ON en.id = COALESCE(d.entity_id, s.entity_id)
    WHERE d.value IS NOT NULL AND e.section_no <> 0
      AND u.quantity IN ('level', 'share', 'multiple', 'growth')
      AND COALESCE(d.measure_id, s.measure_id) <> 'sample_size'),
ranked AS (
    SELECT p.*, row_number() OVER (PARTITION BY exhibit_id
               ORDER BY q, period_end DESC, derived, base DESC, page, id) AS best,
           MIN(page) OVER (PARTITION BY exhibit_id) AS first_page
    FROM pts p),
entity_exhibits AS (
    SELECT en.name AS entity, COUNT(DISTINCT s.exhibit_id) AS n
    FROM datapoint d JOIN series s ON s.id = d.series_id
    JOIN entity en ON en.id = COALESCE(d.entity_id, s.entity_id) GROUP BY en.name),
measure_exhibits AS (
    SELECT COALESCE(d.measure_id, s.measure_id) AS measure, COUNT(DISTINCT s.exhibit_id) AS n
    FROM datapoint d JOIN series s ON s.id = d.series_id GROUP BY 1),
best AS (
    SELECT r.*, COALESCE(ee.n, 0) + COALESCE(me.n, 0) AS score,
           CASE WHEN r.q < 2 THEN (SELECT c.id FROM pts c WHERE c.exhibit_id = r.exhibit_id
               AND c.q >= 2 AND c.entity = r.entity AND c.period_end = r.period_end
               ORDER BY c.page, c.id LIMIT 1) END AS callout_id
    FROM ranked r
    LEFT JOIN entity_exhibits ee ON ee.entity = r.entity
    LEFT JOIN measure_exhibits me ON me.measure = r.measure
    WHERE r.best = 1)
SELECT exhibit_id, report_id, section_no, id AS datapoint_id, callout_id, score, page,
       first_page,
       row_number() OVER (PARTITION BY report_id, section_no, entity, measure
           ORDER BY score DESC, page, first_page, exhibit_id) = 1 AS figure_first
FROM best;

-- Full-text search over what a user types in the search box. A row's rowid says its tab:
-- (exhibit_search_scope.scope << 24) + its place in the tab, so that a keystroke counts each
-- tab's hits from the rowids alone and ranks one tab's by a rowid range (issue 25: joining each
-- hit's place to count them took 35 ms for "nvidia" at 1000 times the data, 6 ms so). The
-- compiler (and benchmarks/scale_db.py) lays the rows out by exhibit_search_rows. Prefix
-- indexes of one and two letters: the first letters typed match most words.
CREATE VIRTUAL TABLE exhibit_search USING fts5(
    exhibit_id UNINDEXED, title, headline, note, source, series, entities,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'
);

-- Each tab's number in exhibit_search's rowids: a report's section (0: its front matter).
CREATE TABLE exhibit_search_scope (
    scope      INTEGER PRIMARY KEY,
    report_id  TEXT NOT NULL REFERENCES report(id),
    section_no INTEGER NOT NULL,
    UNIQUE (report_id, section_no)
);

-- The full-text rows as laid out: each under its tab's scope, in the order they were written.
CREATE VIEW exhibit_search_rows AS
SELECT (sc.scope << 24) + row_number() OVER (PARTITION BY sc.scope ORDER BY f.rowid)
           AS search_rowid,
       f.exhibit_id, f.title, f.headline, f.note, f.source, f.series, f.entities
FROM exhibit_search f
JOIN exhibit e ON e.id = f.exhibit_id
JOIN exhibit_search_scope sc ON sc.report_id = e.report_id AND sc.section_no = e.section_no;

-- Each full-text row's exhibit, report and section, and whether the exhibit states any value
-- (a datapoint), keyed by the row's rowid and written by the compiler: a keystroke counts each
-- tab's hits and ranks one tab's without joining exhibit or reading the full-text rows (issue
-- 25: 24,000 hits for "nvidia" at 1000 times the data, 130 ms for the join alone).
CREATE TABLE exhibit_search_place (
    search_rowid INTEGER PRIMARY KEY,  -- exhibit_search.rowid
    exhibit_id   TEXT NOT NULL UNIQUE,
    report_id    TEXT NOT NULL,
    section_no   INTEGER NOT NULL,
    has_values   INTEGER NOT NULL CHECK (has_values IN (0, 1))
);

-- Chinese search: FTS5's unicode61 does not split Chinese, trigram matches any run of three
-- characters (SQLite >= 3.34); shorter queries fall back to instr() over these few columns.
-- names: Chinese names of the exhibit's series, entities and measures, and the entities'
-- English names and aliases (a query mixing "NVIDIA" and Chinese words).
CREATE VIRTUAL TABLE exhibit_search_zh USING fts5(
    exhibit_id UNINDEXED, title, headline, names,
    tokenize = 'trigram'
);
