//! What the instructor station reads besides the stations (issue 25, item 3): the commands sent
//! lately with each station's acknowledgement, the trainees' results, and the recorded
//! sessions for the debrief. A connection for a database kofu never used is refused here
//! rather than given a schema: an instructor pointed at the wrong database must not create
//! tables in it.

use serde::Serialize;

use super::super::{PgResult, open_client, rows, schema};
use super::{Instructor, STATION_CHANNEL, listen};
use crate::domain::record::StoreError;
use crate::store::database::TraineeResult;

/// A command as the instructor station lists it: what was sent to whom, and what each station
/// said of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentCommand {
    /// Its number.
    pub seq: i64,
    /// The station it was for; `None`: every station.
    pub station: Option<String>,
    /// The command as stored (JSON with its `command` tag).
    pub command: serde_json::Value,
    /// When it was sent (the server's clock, RFC 3339).
    pub issued_at: String,
    /// Each station's acknowledgement, by station.
    pub acks: Vec<Ack>,
}

/// One station's answer to a command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ack {
    /// The station.
    pub station: String,
    /// `applied`, `unknown`, or why it could not (`no-such-exercise`, …).
    pub outcome: String,
}

/// A recorded session in the class database, without its body (the list the debrief picks
/// from).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecordingRow {
    /// Its number (read its body by it).
    pub seq: i64,
    /// The station that recorded it.
    pub station: String,
    /// The session's name.
    pub session: String,
    /// The participant's id, if a study named one.
    pub participant: Option<String>,
    /// The study condition, if any.
    pub condition: Option<String>,
    /// When the session started (as the recorder wrote it).
    pub started: Option<String>,
}

impl Instructor {
    /// Connects to a database kofu has used (a schema older than this kofu's is migrated
    /// first, as every kofu does); `None` for a database with no kofu schema, which is left
    /// untouched. It does not listen for changes until [`Self::watch`]: a connection that
    /// only sends commands must not pile up notifications it never reads.
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

    /// Listens for the stations' changes ([`Self::wait_changes`]).
    pub fn watch(&mut self) -> Result<(), StoreError> {
        listen(&mut self.client, &self.label, STATION_CHANNEL)
    }

    /// The last `limit` commands, newest first, each with its acknowledgements.
    pub fn recent_commands(&mut self, limit: i64) -> Result<Vec<SentCommand>, StoreError> {
        let l = &self.label;
        let rows = self
            .client
            .query(
                "SELECT c.seq, c.station, c.command::text,
                     to_char(c.issued_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),
                     coalesce((SELECT json_agg(json_build_array(a.station, a.outcome)
                                               ORDER BY a.station)
                               FROM command_acks a WHERE a.seq = c.seq), '[]')::text
                 FROM commands c ORDER BY c.seq DESC LIMIT $1",
                &[&limit],
            )
            .or_pg(l)?;
        rows.iter()
            .map(|r| {
                let command: String = r.try_get(2).or_pg(l)?;
                let acks: String = r.try_get(4).or_pg(l)?;
                let acks: Vec<(String, String)> = serde_json::from_str(&acks)
                    .map_err(|e| l.damaged(format!("a command's acknowledgements: {e}")))?;
                Ok(SentCommand {
                    seq: r.try_get(0).or_pg(l)?,
                    station: r.try_get(1).or_pg(l)?,
                    command: serde_json::from_str(&command)
                        .map_err(|e| l.damaged(format!("a command's JSON: {e}")))?,
                    issued_at: r.try_get(3).or_pg(l)?,
                    acks: acks
                        .into_iter()
                        .map(|(station, outcome)| Ack { station, outcome })
                        .collect(),
                })
            })
            .collect()
    }

    /// Every trainee's result, in the order answered (what `kofu results` exports).
    pub fn results(&mut self) -> Result<Vec<TraineeResult>, StoreError> {
        rows::results(&mut self.client, &self.label, None)
    }

    /// The recorded sessions, by station and then by start (newest first), without bodies.
    pub fn recordings(&mut self) -> Result<Vec<RecordingRow>, StoreError> {
        let l = &self.label;
        let rows = self
            .client
            .query(
                "SELECT seq, station, session, participant, condition, started
                 FROM recordings ORDER BY station, started DESC NULLS LAST, seq DESC",
                &[],
            )
            .or_pg(l)?;
        rows.iter()
            .map(|r| {
                Ok(RecordingRow {
                    seq: r.try_get(0).or_pg(l)?,
                    station: r.try_get(1).or_pg(l)?,
                    session: r.try_get(2).or_pg(l)?,
                    participant: r.try_get(3).or_pg(l)?,
                    condition: r.try_get(4).or_pg(l)?,
                    started: r.try_get(5).or_pg(l)?,
                })
            })
            .collect()
    }

    /// The body of recording `seq` (the timeline's JSON as the recorder writes its file);
    /// `None` when there is no such recording.
    pub fn recording_body(&mut self, seq: i64) -> Result<Option<String>, StoreError> {
        let row = self
            .client
            .query_opt("SELECT body FROM recordings WHERE seq = $1", &[&seq])
            .or_pg(&self.label)?;
        row.map(|r| r.try_get(0).or_pg(&self.label)).transpose()
    }
}
