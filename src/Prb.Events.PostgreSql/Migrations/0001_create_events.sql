-- Events, each as the exact bytes of its versioned JSON document, with the columns the event list filters on.
-- version: from one sequence for the whole table, so a version (and the ETag made of it) is never reused, not even
-- after a delete and a new insert of the same slug.
CREATE SEQUENCE prb_events_version_seq AS bigint;

CREATE TABLE prb_events (
    slug          text        PRIMARY KEY,
    id            text        NOT NULL,
    document      bytea       NOT NULL,
    starts_at     timestamptz NULL,
    ends_at       timestamptz NULL,
    kind          text        NOT NULL,
    organizer_ids text[]      NOT NULL,
    voivodeships  text[]      NOT NULL,
    revision      integer     NOT NULL,
    last_modified timestamptz NOT NULL,
    version       bigint      NOT NULL
);

CREATE INDEX prb_events_id ON prb_events (id);
CREATE INDEX prb_events_period ON prb_events (starts_at, ends_at);
CREATE INDEX prb_events_kind ON prb_events (kind);
CREATE INDEX prb_events_organizer_ids ON prb_events USING gin (organizer_ids);
CREATE INDEX prb_events_voivodeships ON prb_events USING gin (voivodeships);
