//! The class's live layer (issue 25): each kiosk's station row, which it keeps up to date as its
//! state changes and beats every few seconds, and the instructor's commands, which travel as
//! rows and wake the stations with `NOTIFY kofu_command`. The instructor station learns of every
//! change by `LISTEN kofu_station`; the payloads are made by the schema's triggers from columns
//! without a PIN, a name or a My Number ([`super::schema`]).
//!
//! Neither side polls: a station waits on its connection for a notification (the wait ends
//! early for its heartbeat), and reads its pending commands only when told there are some, or
//! once after it (re)connects to catch up. A command is applied once per station: the station
//! writes an acknowledgement with what came of it, and reads only commands it has not
//! acknowledged, issued after it registered (a restarted kiosk does not replay a class's past).

use std::time::Duration;

use postgres::Client;
use postgres::fallible_iterator::FallibleIterator;

use super::{Label, PgResult, open_client, schema};
use crate::domain::record::StoreError;

mod desk;
mod types;

pub use desk::{Ack, RecordingRow, SentCommand};
pub use types::{ClassCommand, CommandRow, StationNotice, StationRow, StationState};

/// The channel stations are woken on.
const COMMAND_CHANNEL: &str = "kofu_command";
/// The channel the instructor station listens on.
const STATION_CHANNEL: &str = "kofu_station";

/// A kiosk's link to its class: its own connection (not the store's), so a wait for commands
/// never holds up a decision.
pub struct StationLink {
    client: Client,
    label: Label,
    name: String,
    /// Read the pending commands at the next wait even without a notification.
    catch_up: bool,
}

impl std::fmt::Debug for StationLink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StationLink")
            .field("station", &self.name)
            .finish_non_exhaustive()
    }
}

/// `LISTEN channel` on a connection.
fn listen(client: &mut Client, label: &Label, channel: &str) -> Result<(), StoreError> {
    client
        .batch_execute(&format!("LISTEN {channel}"))
        .or_pg(label)
}

impl StationLink {
    /// Connects (migrating the schema if needed), registers the station with `state` and
    /// listens for commands; commands issued before now are not for it.
    pub fn connect(url: &str, name: &str, state: &StationState) -> Result<Self, StoreError> {
        let (mut client, label) = open_client(url)?;
        schema::migrate(&mut client, &label)?;
        listen(&mut client, &label, COMMAND_CHANNEL)?;
        let mut link = Self {
            client,
            label,
            name: name.to_string(),
            catch_up: true,
        };
        link.publish(state)?;
        link.client
            .execute(
                "UPDATE stations SET commands_from =
                     (SELECT coalesce(max(seq), 0) FROM commands) WHERE name = $1",
                &[&link.name],
            )
            .or_pg(&link.label)?;
        Ok(link)
    }

    /// The station's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Writes the station's state (which also counts as a heartbeat); the time on screen
    /// starts again when the screen or the session changed.
    pub fn publish(&mut self, s: &StationState) -> Result<(), StoreError> {
        let step = i16::from(s.step);
        let answered = i32::try_from(s.answered).unwrap_or(i32::MAX);
        let correct = i32::try_from(s.correct).unwrap_or(i32::MAX);
        self.client
            .execute(
                "INSERT INTO stations (name, trainee, participant, condition, session, screen,
                     step, last_effect, refusal, exercise, answered, correct,
                     last_answer_correct, paused)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                 ON CONFLICT (name) DO UPDATE SET
                     screen_since = CASE
                         WHEN stations.screen IS DISTINCT FROM EXCLUDED.screen
                           OR stations.session IS DISTINCT FROM EXCLUDED.session
                         THEN now() ELSE stations.screen_since END,
                     trainee = EXCLUDED.trainee, participant = EXCLUDED.participant,
                     condition = EXCLUDED.condition, session = EXCLUDED.session,
                     screen = EXCLUDED.screen, step = EXCLUDED.step,
                     last_effect = EXCLUDED.last_effect, refusal = EXCLUDED.refusal,
                     exercise = EXCLUDED.exercise, answered = EXCLUDED.answered,
                     correct = EXCLUDED.correct,
                     last_answer_correct = EXCLUDED.last_answer_correct,
                     paused = EXCLUDED.paused, heartbeat = now()",
                &[
                    &self.name,
                    &s.trainee,
                    &s.participant,
                    &s.condition,
                    &s.session,
                    &s.screen,
                    &step,
                    &s.last_effect,
                    &s.refusal,
                    &s.exercise,
                    &answered,
                    &correct,
                    &s.last_answer_correct,
                    &s.paused,
                ],
            )
            .or_pg(&self.label)?;
        Ok(())
    }

    /// Says the station is alive without changing what it shows.
    pub fn heartbeat(&mut self) -> Result<(), StoreError> {
        self.client
            .execute(
                "UPDATE stations SET heartbeat = now() WHERE name = $1",
                &[&self.name],
            )
            .or_pg(&self.label)?;
        Ok(())
    }

    /// Waits up to `timeout` for a command notification, then returns the commands for this
    /// station not yet acknowledged (none when nothing was notified and there is nothing to
    /// catch up on). An error means the connection is gone.
    pub fn wait_commands(&mut self, timeout: Duration) -> Result<Vec<CommandRow>, StoreError> {
        let mut woken = std::mem::take(&mut self.catch_up);
        {
            let mut notes = self.client.notifications();
            if notes
                .timeout_iter(timeout)
                .next()
                .or_pg(&self.label)?
                .is_some()
            {
                woken = true;
                // Several commands at once wake the station once.
                while notes.iter().next().or_pg(&self.label)?.is_some() {}
            }
        }
        if !woken {
            return Ok(Vec::new());
        }
        self.pending()
    }

    /// The commands for this station (or every station) issued since it registered and not
    /// acknowledged by it, in order.
    pub fn pending(&mut self) -> Result<Vec<CommandRow>, StoreError> {
        let rows = self
            .client
            .query(
                "SELECT c.seq, c.station, c.command::text FROM commands c
                 JOIN stations s ON s.name = $1
                 WHERE c.seq > s.commands_from AND (c.station IS NULL OR c.station = $1)
                   AND NOT EXISTS (SELECT 1 FROM command_acks a
                                   WHERE a.seq = c.seq AND a.station = $1)
                 ORDER BY c.seq",
                &[&self.name],
            )
            .or_pg(&self.label)?;
        rows.iter()
            .map(|r| {
                let text: String = r.try_get(2).or_pg(&self.label)?;
                Ok(CommandRow {
                    seq: r.try_get(0).or_pg(&self.label)?,
                    station: r.try_get(1).or_pg(&self.label)?,
                    command: serde_json::from_str(&text).map_err(|_| text),
                })
            })
            .collect()
    }

    /// Records what came of a command at this station (`applied`, `unknown`, or a refusal's
    /// code), so it is not applied again and the instructor sees it arrived.
    pub fn ack(&mut self, seq: i64, outcome: &str) -> Result<(), StoreError> {
        self.client
            .execute(
                "INSERT INTO command_acks (seq, station, outcome) VALUES ($1, $2, $3)
                 ON CONFLICT DO NOTHING",
                &[&seq, &self.name, &outcome],
            )
            .or_pg(&self.label)?;
        Ok(())
    }
}

/// The instructor station's connection: every station's row, commands out, and a wait for
/// the stations' notifications.
pub struct Instructor {
    client: Client,
    label: Label,
}

impl std::fmt::Debug for Instructor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Instructor").finish_non_exhaustive()
    }
}

impl Instructor {
    /// Connects (migrating the schema if needed) and listens for the stations' changes.
    pub fn connect(url: &str) -> Result<Self, StoreError> {
        let (mut client, label) = open_client(url)?;
        schema::migrate(&mut client, &label)?;
        listen(&mut client, &label, STATION_CHANNEL)?;
        Ok(Self { client, label })
    }

    /// Every station, by name, with how long each has been silent and on its screen (the
    /// server's clock, so the machines' clocks do not matter).
    pub fn stations(&mut self) -> Result<Vec<StationRow>, StoreError> {
        let rows = self
            .client
            .query(
                "SELECT name, trainee, participant, condition, session, screen, step,
                     last_effect, refusal, exercise, answered, correct, last_answer_correct,
                     paused,
                     (extract(epoch FROM now() - heartbeat) * 1000)::BIGINT,
                     (extract(epoch FROM now() - screen_since) * 1000)::BIGINT
                 FROM stations ORDER BY name",
                &[],
            )
            .or_pg(&self.label)?;
        rows.iter().map(|r| self.station_row(r)).collect()
    }

    /// One row of [`Self::stations`]' query.
    fn station_row(&self, r: &postgres::Row) -> Result<StationRow, StoreError> {
        let l = &self.label;
        let count = |i: usize| -> Result<u32, StoreError> {
            let n: i32 = r.try_get(i).or_pg(l)?;
            u32::try_from(n).map_err(|_| l.damaged(format!("a station's count of {n}")))
        };
        let step: i16 = r.try_get(6).or_pg(l)?;
        Ok(StationRow {
            name: r.try_get(0).or_pg(l)?,
            state: StationState {
                trainee: r.try_get(1).or_pg(l)?,
                participant: r.try_get(2).or_pg(l)?,
                condition: r.try_get(3).or_pg(l)?,
                session: r.try_get(4).or_pg(l)?,
                screen: r.try_get(5).or_pg(l)?,
                step: u8::try_from(step).unwrap_or(0),
                last_effect: r.try_get(7).or_pg(l)?,
                refusal: r.try_get(8).or_pg(l)?,
                exercise: r.try_get(9).or_pg(l)?,
                answered: count(10)?,
                correct: count(11)?,
                last_answer_correct: r.try_get(12).or_pg(l)?,
                paused: r.try_get(13).or_pg(l)?,
            },
            silent_ms: r.try_get(14).or_pg(l)?,
            on_screen_ms: r.try_get(15).or_pg(l)?,
        })
    }

    /// Sends a command to one station (`Some(name)`) or every station (`None`); returns its
    /// number.
    pub fn send(&mut self, station: Option<&str>, cmd: &ClassCommand) -> Result<i64, StoreError> {
        let json = serde_json::to_string(cmd)
            .map_err(|e| self.label.error(format!("a command as JSON: {e}")))?;
        let row = self
            .client
            .query_one(
                "INSERT INTO commands (station, command) VALUES ($1, $2::text::jsonb)
                 RETURNING seq",
                &[&station, &json],
            )
            .or_pg(&self.label)?;
        row.try_get(0).or_pg(&self.label)
    }

    /// What each station said of command `seq`: (station, outcome), by station.
    pub fn acks(&mut self, seq: i64) -> Result<Vec<(String, String)>, StoreError> {
        let rows = self
            .client
            .query(
                "SELECT station, outcome FROM command_acks WHERE seq = $1 ORDER BY station",
                &[&seq],
            )
            .or_pg(&self.label)?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get(0).or_pg(&self.label)?,
                    r.try_get(1).or_pg(&self.label)?,
                ))
            })
            .collect()
    }

    /// Waits up to `timeout` for stations' changes; returns those notified (none: timed out).
    pub fn wait_changes(&mut self, timeout: Duration) -> Result<Vec<StationNotice>, StoreError> {
        let mut out = Vec::new();
        let mut notes = self.client.notifications();
        let mut next = notes.timeout_iter(timeout).next().or_pg(&self.label)?;
        while let Some(n) = next {
            if let Ok(notice) = serde_json::from_str(n.payload()) {
                out.push(notice);
            }
            next = notes.iter().next().or_pg(&self.label)?;
        }
        Ok(out)
    }
}
