//! The class database's schema, versioned: each migration is applied once, in order, inside
//! one transaction that also records its number in `schema_version`, under an advisory lock so
//! eight kiosks starting at once migrate it once. A database at a version newer than this kofu
//! knows is refused (an older kofu must not write rows whose meaning changed), naming both.
//!
//! The version is read first, without a lock or a write: a database already at this kofu's
//! version is used as it is, so a kiosk's role, which may not create tables (`kofu class
//! init`'s `kofu_kiosk`), connects. Only a database behind is migrated, by a role that may; a
//! role that may not is told to ask the class's owner to run `kofu class init`.

use postgres::Client;
use postgres::error::SqlState;

use super::{Label, PgResult};
use crate::domain::record::StoreError;

/// The advisory lock key every kofu takes while it reads or changes the schema.
const MIGRATION_LOCK: i64 = 0x6b6f_6675_5f73_6368; // "kofu_sch"

/// The schema version this kofu writes and reads.
pub const LATEST: i32 = 3;

/// The migrations, by the version they bring the database to.
const MIGRATIONS: &[(i32, &str)] = &[(1, V1), (2, V2), (3, V3)];

/// Version 1: the kiosk's state (what the state folder's SQLite database holds).
const V1: &str = "CREATE TABLE events (
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
     CREATE INDEX results_by_trainee ON results (trainee);";

/// Version 2: the class (issue 25): stations and what they publish, the instructor's commands
/// and each station's acknowledgement, recordings, and the station of a result. The NOTIFY
/// payloads are built here, by triggers, from columns that hold no PIN, no name and no My
/// Number, so no kofu can put one there.
const V2: &str = "CREATE TABLE stations (
         name TEXT PRIMARY KEY,
         owner NAME NOT NULL DEFAULT current_user,
         trainee TEXT, participant TEXT, condition TEXT,
         session TEXT, screen TEXT NOT NULL, step SMALLINT NOT NULL,
         screen_since TIMESTAMPTZ NOT NULL DEFAULT now(),
         last_effect TEXT, refusal TEXT,
         exercise TEXT, answered INTEGER NOT NULL DEFAULT 0,
         correct INTEGER NOT NULL DEFAULT 0, last_answer_correct BOOLEAN,
         paused BOOLEAN NOT NULL DEFAULT false,
         commands_from BIGINT NOT NULL DEFAULT 0,
         heartbeat TIMESTAMPTZ NOT NULL DEFAULT now(),
         registered TIMESTAMPTZ NOT NULL DEFAULT now());
     CREATE TABLE commands (
         seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         station TEXT,
         command JSONB NOT NULL,
         issued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
         issued_by NAME NOT NULL DEFAULT current_user);
     CREATE TABLE command_acks (
         seq BIGINT NOT NULL REFERENCES commands,
         station TEXT NOT NULL,
         outcome TEXT NOT NULL,
         applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
         PRIMARY KEY (seq, station));
     CREATE TABLE recordings (
         seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         station TEXT NOT NULL, session TEXT NOT NULL,
         participant TEXT, condition TEXT, started TEXT,
         body TEXT NOT NULL,
         saved_at TIMESTAMPTZ NOT NULL DEFAULT now(),
         UNIQUE (station, session));
     ALTER TABLE results ADD COLUMN station TEXT;
     CREATE FUNCTION kofu_station_notify() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
         PERFORM pg_notify('kofu_station', json_build_object(
             'station', NEW.name, 'screen', NEW.screen, 'step', NEW.step,
             'last_effect', NEW.last_effect, 'refusal', NEW.refusal,
             'exercise', NEW.exercise, 'answered', NEW.answered, 'correct', NEW.correct,
             'paused', NEW.paused)::text);
         RETURN NEW;
     END $$;
     CREATE TRIGGER stations_notify AFTER INSERT OR UPDATE ON stations
         FOR EACH ROW EXECUTE FUNCTION kofu_station_notify();
     CREATE FUNCTION kofu_command_notify() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
         PERFORM pg_notify('kofu_command',
             json_build_object('seq', NEW.seq, 'station', NEW.station)::text);
         RETURN NEW;
     END $$;
     CREATE TRIGGER commands_notify AFTER INSERT ON commands
         FOR EACH ROW EXECUTE FUNCTION kofu_command_notify();";

/// Version 3: who wrote each acknowledgement, result and recording (the login role,
/// `current_user`, as `stations.owner` already says), so row-level security can let a kiosk
/// write and read its own rows only ([`super::roles`]). Rows written before are the migrating
/// role's.
const V3: &str = "ALTER TABLE command_acks ADD COLUMN owner NAME NOT NULL DEFAULT current_user;
     ALTER TABLE results ADD COLUMN owner NAME NOT NULL DEFAULT current_user;
     ALTER TABLE recordings ADD COLUMN owner NAME NOT NULL DEFAULT current_user;";

/// The message for a database newer than this kofu.
fn too_new(label: &Label, found: i32) -> StoreError {
    label.error(format!(
        "the class database is at schema version {found}, and this kofu ({}) knows versions up \
         to {LATEST}: update kofu on this machine (the database was left as it is)",
        env!("CARGO_PKG_VERSION")
    ))
}

/// The schema version the database is at (0: never migrated), read without changing anything.
pub(super) fn version(client: &mut Client, label: &Label) -> Result<i32, StoreError> {
    let exists: bool = client
        .query_one("SELECT to_regclass('schema_version') IS NOT NULL", &[])
        .or_pg(label)?
        .try_get(0)
        .or_pg(label)?;
    if !exists {
        return Ok(0);
    }
    let row = match client.query_one("SELECT max(version) FROM schema_version", &[]) {
        Err(e) if not_allowed(&e) => {
            return Err(label.error(format!(
                "this role may not read the class database's schema version ({}): ask the \
                 class's owner to run `kofu class init` and to name this role with --kiosk or \
                 --instructor",
                reason(&e)
            )));
        }
        other => other.or_pg(label)?,
    };
    let v: Option<i32> = row.try_get(0).or_pg(label)?;
    let v = v.unwrap_or(0);
    if v > LATEST {
        return Err(too_new(label, v));
    }
    Ok(v)
}

/// The message for a database behind this kofu that the connecting role may not migrate.
fn ask_owner(label: &Label, found: i32, why: &str) -> StoreError {
    label.error(format!(
        "the class database is at schema version {found} and this kofu ({}) needs version \
         {LATEST}, which this role may not make ({why}): ask the class's owner to run `kofu \
         class init` with this kofu (nothing was changed)",
        env!("CARGO_PKG_VERSION")
    ))
}

/// True when PostgreSQL refused for want of a privilege (42501: a role without CREATE on
/// the schema, or not the tables' owner).
fn not_allowed(e: &postgres::Error) -> bool {
    e.code() == Some(&SqlState::INSUFFICIENT_PRIVILEGE)
}

/// Brings the database to [`LATEST`], applying each missing migration in one transaction;
/// refuses a database newer than this kofu. Returns the version it found. A database at
/// [`LATEST`] is only read (a kiosk's role may do no more); one behind is migrated under the
/// advisory lock, and a role without the right to is told whom to ask.
pub(super) fn migrate(client: &mut Client, label: &Label) -> Result<i32, StoreError> {
    let seen = version(client, label)?;
    if seen == LATEST {
        return Ok(seen);
    }
    let mut tx = client.transaction().or_pg(label)?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .or_pg(label)?;
    let created = tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_version (
             version INTEGER PRIMARY KEY,
             applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
             kofu TEXT NOT NULL)",
    );
    match created {
        Err(e) if not_allowed(&e) => return Err(ask_owner(label, seen, &reason(&e))),
        other => other.or_pg(label)?,
    }
    let found: Option<i32> = tx
        .query_one("SELECT max(version) FROM schema_version", &[])
        .or_pg(label)?
        .try_get(0)
        .or_pg(label)?;
    let found = found.unwrap_or(0);
    if found > LATEST {
        return Err(too_new(label, found));
    }
    for (v, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > found) {
        match tx.batch_execute(sql) {
            Err(e) if not_allowed(&e) => return Err(ask_owner(label, found, &reason(&e))),
            other => other.or_pg(label)?,
        }
        tx.execute(
            "INSERT INTO schema_version (version, kofu) VALUES ($1, $2)",
            &[v, &env!("CARGO_PKG_VERSION")],
        )
        .or_pg(label)?;
    }
    tx.commit().or_pg(label)?;
    Ok(found)
}

/// The server's words for a refusal.
fn reason(e: &postgres::Error) -> String {
    e.as_db_error()
        .map_or_else(|| e.to_string(), |d| d.message().to_string())
}
