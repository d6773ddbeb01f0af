-- kofu's class database at schema version 1, as kofu 0.1.0 made it (kept as data: the
-- migration test builds an old database from it; never change it).
CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    kofu TEXT NOT NULL);
CREATE TABLE events (
         seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         issue BIGINT,
         record TEXT NOT NULL);
     CREATE INDEX events_by_issue ON events (issue) WHERE issue IS NOT NULL;
     CREATE TABLE pins (card TEXT PRIMARY KEY, failures SMALLINT NOT NULL, at TEXT NOT NULL);
     CREATE TABLE issues (number BIGINT PRIMARY KEY, started BIGINT NOT NULL REFERENCES events,
                          done BIGINT REFERENCES events);
     CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
     INSERT INTO counters (name, value) VALUES ('issue', 0);
     CREATE TABLE registrations (person TEXT NOT NULL, municipality TEXT NOT NULL,
                                 ready_on TEXT NOT NULL, PRIMARY KEY (person, municipality));
     CREATE TABLE results (
         seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         trainee TEXT NOT NULL, exercise TEXT NOT NULL, title TEXT NOT NULL,
         answer TEXT NOT NULL, correct BOOLEAN NOT NULL, millis BIGINT NOT NULL,
         at TEXT NOT NULL);
     CREATE INDEX results_by_trainee ON results (trainee);
INSERT INTO schema_version (version, kofu) VALUES (1, '0.1.0');
