-- Schema version 1 of the Lashing vulnerability store. Statements end with ';' at the end of a line.
CREATE TABLE sources (
  name TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  records INTEGER NOT NULL DEFAULT 0,
  etag TEXT,
  last_modified TEXT
);
-- One row per upstream file of a source: the conditional-request state.
CREATE TABLE feeds (
  source TEXT NOT NULL,
  feed TEXT NOT NULL,
  url TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  PRIMARY KEY (source, feed)
);
-- The record as compact JSON (AdvisoryCodec), with its content hash for delta updates.
CREATE TABLE advisories (
  pk INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  id TEXT NOT NULL,
  feed TEXT NOT NULL,
  modified TEXT,
  withdrawn TEXT,
  hash BLOB NOT NULL,
  json TEXT NOT NULL,
  UNIQUE (source, id)
);
-- (ecosystem with release, normalised name) -> advisory; one row per distinct package.
CREATE TABLE affected (
  ecosystem TEXT NOT NULL,
  name TEXT NOT NULL,
  advisory INTEGER NOT NULL
);
CREATE INDEX affected_package ON affected (ecosystem, name);
CREATE INDEX affected_advisory ON affected (advisory);
-- The advisory's id and every alias.
CREATE TABLE ids (
  id TEXT NOT NULL,
  advisory INTEGER NOT NULL
);
CREATE INDEX ids_id ON ids (id);
CREATE INDEX ids_advisory ON ids (advisory);
CREATE TABLE kev (
  cve TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  feed TEXT NOT NULL,
  date_added TEXT NOT NULL,
  due_date TEXT,
  ransomware INTEGER NOT NULL,
  vendor TEXT NOT NULL,
  product TEXT NOT NULL,
  action TEXT NOT NULL
);
CREATE TABLE epss (
  cve TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  feed TEXT NOT NULL,
  score REAL NOT NULL,
  percentile REAL NOT NULL,
  date TEXT NOT NULL
);
