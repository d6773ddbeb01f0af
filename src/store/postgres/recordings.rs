//! Recorded sessions in the class database (issue 25, item 4): the `recordings` table of schema
//! version 2, one row per station and session, its `body` the timeline's JSON exactly as the
//! recorder writes its `.timeline.json` file (so the instructor's debrief, `kofu study` and a
//! folder read the same text).
//!
//! Decisions:
//! - **Upsert by (station, session).** The recorder saves a session again at every screen change,
//!   error, note and answer; each save replaces the row, so a kiosk killed mid-session leaves its
//!   last save, as a folder keeps its last file.
//! - **Filters** by station and condition are exact and run in the database (a class's bodies are
//!   not fetched to be thrown away); the session's date is read by the study from the timeline
//!   itself, so a folder and the database are filtered by one rule.
//! - **Own connection.** A kiosk saves from a worker thread on a connection of its own
//!   ([`crate::research::recording::class`]), never the one its decisions run on.

use postgres::Client;
use postgres::types::ToSql;

use super::{Label, PgResult, open_client, schema};
use crate::domain::record::StoreError;

/// A session's recording as the recorder saves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRecording<'a> {
    /// The station that recorded it (`--station`).
    pub station: &'a str,
    /// The session's name (`P07-20261206-141503-1`), the file's name without `.timeline.json`.
    pub session: &'a str,
    /// The participant's id, if the study gave one (the list's column; the body has it too).
    pub participant: Option<&'a str>,
    /// The study condition, if any.
    pub condition: Option<&'a str>,
    /// The timeline's `started_at` (RFC 3339, real time of the first input).
    pub started: &'a str,
    /// The timeline's JSON, as written to its file.
    pub body: &'a str,
}

/// A recording read back, with its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRecording {
    /// Its number in the table.
    pub seq: i64,
    /// The station that recorded it.
    pub station: String,
    /// The session's name.
    pub session: String,
    /// The participant's id, if any.
    pub participant: Option<String>,
    /// The study condition, if any.
    pub condition: Option<String>,
    /// The timeline's `started_at` as saved.
    pub started: Option<String>,
    /// The timeline's JSON.
    pub body: String,
    /// When the last save reached the database (RFC 3339, UTC).
    pub saved_at: String,
}

/// Which recordings to read: every one when empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Stations kept (empty: all).
    pub stations: Vec<String>,
    /// Conditions kept (empty: all).
    pub conditions: Vec<String>,
}

/// A connection for recordings: a kiosk's worker saving them, `kofu study` and `kofu state copy`
/// reading and writing them.
pub struct Recordings {
    client: Client,
    label: Label,
}

impl std::fmt::Debug for Recordings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Recordings")
            .field("url", &self.label.0)
            .finish_non_exhaustive()
    }
}

/// Saves a recording, replacing the row of the same station and session.
const UPSERT: &str =
    "INSERT INTO recordings (station, session, participant, condition, started, body)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (station, session) DO UPDATE SET
         participant = EXCLUDED.participant, condition = EXCLUDED.condition,
         started = EXCLUDED.started, body = EXCLUDED.body, saved_at = now()";

/// The parameters of [`UPSERT`].
fn params<'a>(r: &'a NewRecording<'a>) -> [&'a (dyn ToSql + Sync); 6] {
    [
        &r.station,
        &r.session,
        &r.participant,
        &r.condition,
        &r.started,
        &r.body,
    ]
}

/// The columns a [`StoredRecording`] is read from (`saved_at` as RFC 3339 text, UTC).
const COLUMNS: &str = "seq, station, session, participant, condition, started, body, \
                       to_char(saved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

impl Recordings {
    /// Connects and brings the schema to this kofu's version (a kiosk saving; a newer schema is
    /// refused).
    pub fn connect(url: &str) -> Result<Self, StoreError> {
        let (mut client, label) = open_client(url)?;
        schema::migrate(&mut client, &label)?;
        Ok(Self { client, label })
    }

    /// Connects to a database kofu has used (an older schema is migrated first, as every kofu
    /// does); `None` when the database has no kofu schema, which is left untouched.
    pub fn connect_existing(url: &str) -> Result<Option<Self>, StoreError> {
        let (mut client, label) = open_client(url)?;
        let v = schema::version(&mut client, &label)?;
        if v == 0 {
            return Ok(None);
        }
        if v < schema::LATEST {
            schema::migrate(&mut client, &label)?;
        }
        Ok(Some(Self { client, label }))
    }

    /// Saves a recording, replacing the one of the same station and session.
    pub fn save(&mut self, r: &NewRecording<'_>) -> Result<(), StoreError> {
        self.client.execute(UPSERT, &params(r)).or_pg(&self.label)?;
        Ok(())
    }

    /// The recordings `sel` keeps, with their bodies, by station and session.
    pub fn list(&mut self, sel: &Selection) -> Result<Vec<StoredRecording>, StoreError> {
        let stations = (!sel.stations.is_empty()).then_some(&sel.stations);
        let conditions = (!sel.conditions.is_empty()).then_some(&sel.conditions);
        let rows = self
            .client
            .query(
                &format!(
                    "SELECT {COLUMNS} FROM recordings
                     WHERE ($1::text[] IS NULL OR station = ANY($1))
                       AND ($2::text[] IS NULL OR condition = ANY($2))
                     ORDER BY station, session"
                ),
                &[&stations, &conditions],
            )
            .or_pg(&self.label)?;
        rows.iter().map(|r| self.row(r)).collect()
    }

    /// The recording of `station`'s session `session`, if there is one.
    pub fn read(
        &mut self,
        station: &str,
        session: &str,
    ) -> Result<Option<StoredRecording>, StoreError> {
        let row = self
            .client
            .query_opt(
                &format!("SELECT {COLUMNS} FROM recordings WHERE station = $1 AND session = $2"),
                &[&station, &session],
            )
            .or_pg(&self.label)?;
        row.map(|r| self.row(&r)).transpose()
    }

    /// How many recordings the database holds.
    pub fn count(&mut self) -> Result<u64, StoreError> {
        let n: i64 = self
            .client
            .query_one("SELECT count(*) FROM recordings", &[])
            .or_pg(&self.label)?
            .try_get(0)
            .or_pg(&self.label)?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Saves many recordings in one transaction (`kofu state copy`): all or none; with
    /// `replace`, the table is emptied first, in the same transaction.
    pub fn replace_all(
        &mut self,
        all: &[NewRecording<'_>],
        replace: bool,
    ) -> Result<(), StoreError> {
        let label = self.label.clone();
        let mut tx = self.client.transaction().or_pg(&label)?;
        if replace {
            tx.batch_execute("DELETE FROM recordings").or_pg(&label)?;
        }
        for r in all {
            tx.execute(UPSERT, &params(r)).or_pg(&label)?;
        }
        tx.commit().or_pg(&label)
    }

    /// The database's name in messages (the URL without its password).
    pub fn label(&self) -> String {
        self.label.0.display().to_string()
    }

    fn row(&self, r: &postgres::Row) -> Result<StoredRecording, StoreError> {
        let l = &self.label;
        Ok(StoredRecording {
            seq: r.try_get(0).or_pg(l)?,
            station: r.try_get(1).or_pg(l)?,
            session: r.try_get(2).or_pg(l)?,
            participant: r.try_get(3).or_pg(l)?,
            condition: r.try_get(4).or_pg(l)?,
            started: r.try_get(5).or_pg(l)?,
            body: r.try_get(6).or_pg(l)?,
            saved_at: r.try_get(7).or_pg(l)?,
        })
    }
}
