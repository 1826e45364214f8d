-- 0001: articles with their full analysis, and coded events in ACLED columns then ours.
CREATE TABLE articles (
    id                VARCHAR PRIMARY KEY,   -- sha256 of the normalised text (16 hex)
    origin            VARCHAR NOT NULL,
    title             VARCHAR,
    url               VARCHAR,
    outlet            VARCHAR,
    published         DATE,                  -- from metadata
    report_date       DATE,                  -- metadata or inferred
    report_date_source VARCHAR,              -- metadata | inferred | unknown
    language          VARCHAR,
    text              VARCHAR NOT NULL,
    analysis          VARCHAR NOT NULL,      -- JSON of `eventdesk analyze`
    ingested_at       TIMESTAMP NOT NULL
);

CREATE TABLE events (
    event_id_cnty     VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    event_date        DATE,
    year              INTEGER,
    time_precision    INTEGER,
    disorder_type     VARCHAR,
    event_type        VARCHAR NOT NULL,
    sub_event_type    VARCHAR NOT NULL,
    actor1            VARCHAR,
    assoc_actor_1     VARCHAR,
    inter1            INTEGER,
    actor2            VARCHAR,
    assoc_actor_2     VARCHAR,
    inter2            INTEGER,
    interaction       INTEGER,
    civilian_targeting VARCHAR,
    iso               INTEGER,
    region            VARCHAR,
    country           VARCHAR,
    admin1            VARCHAR,
    admin2            VARCHAR,
    admin3            VARCHAR,
    location          VARCHAR,
    latitude          DOUBLE,
    longitude         DOUBLE,
    geo_precision     INTEGER,
    source            VARCHAR,
    source_scale      VARCHAR,
    notes             VARCHAR,
    fatalities        INTEGER,
    tags              VARCHAR,
    timestamp         BIGINT,
    date_earliest     DATE,
    date_latest       DATE,
    radius_km         DOUBLE,
    modality          VARCHAR,
    confidence        DOUBLE,
    article_ids       VARCHAR,   -- JSON list
    sources_chain     VARCHAR,   -- JSON list
    evidence          VARCHAR,   -- JSON object: field -> span
    versions          VARCHAR    -- JSON list
);
CREATE INDEX events_article ON events (article_id);
