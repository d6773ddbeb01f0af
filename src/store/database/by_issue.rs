//! The events' index by issue (issue 26): `verify` reads the events of the issue it checks,
//! found through an index SQLite keeps up to date, instead of the whole journal, so checking a
//! certificate costs the same on a fresh folder and on one with 20,000 issues.

use rusqlite::Connection;

use super::rows::{check, issue_key};
use super::{Meta, SqlResult};
use crate::domain::record::{IssueNumber, Record, StoreError};

/// The events' index by issue number (the start, the copies printed and the end of an issue
/// carry one), so `verify` finds an issue's events without reading the journal. Databases made
/// before it get it at their next read-write open; SQLite keeps it up to date on every insert,
/// an earlier kofu's included.
pub(super) const EVENTS_BY_ISSUE: &str =
    "CREATE INDEX IF NOT EXISTS events_by_issue ON events (json_extract(record, '$.issue'))";

/// Adds the indexes a database made by an earlier version lacks.
pub(super) fn ensure_indexes(conn: &Connection, meta: &Meta) -> Result<(), StoreError> {
    let n: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'events_by_issue'",
            [],
            |r| r.get(0),
        )
        .or_sql(meta)?;
    if n == 0 {
        conn.execute_batch(EVENTS_BY_ISSUE).or_sql(meta)?;
    }
    Ok(())
}

/// The events of issue `n`, in order, each checked (kinds this version does not know left
/// out). Through `events_by_issue` where the database has it; a read-only handle on a database
/// an earlier version made reads the same rows by scanning.
pub(super) fn issue_events(
    conn: &Connection,
    meta: &Meta,
    n: IssueNumber,
) -> Result<Vec<Record>, StoreError> {
    let key = issue_key(n)?;
    let mut stmt = conn
        .prepare(
            "SELECT seq, record, sum FROM events WHERE json_extract(record, '$.issue') = ?1
             ORDER BY seq",
        )
        .or_sql(meta)?;
    let rows = stmt
        .query_map([key], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .or_sql(meta)?;
    let mut records = Vec::new();
    for row in rows {
        let (seq, json, sum) = row.or_sql(meta)?;
        check(meta, "events", &[&seq.to_le_bytes(), json.as_bytes()], &sum)?;
        if let Ok(rec) = serde_json::from_str(&json) {
            records.push(rec);
        }
    }
    Ok(records)
}
