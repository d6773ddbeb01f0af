//! The tables of the state database and what a row must carry: every row has a checksum of its
//! contents (and of the database's id), because SQLite checks the structure of its files but not
//! the values in them, and a flipped bit in a PIN count must be an error, not a new count.

use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};

use super::{Meta, SqlResult};
use crate::domain::record::{IssueNumber, Record, StoreError};

/// The schema, created once with the database.
pub(super) const SCHEMA: &str = "
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL, sum TEXT NOT NULL);
    CREATE TABLE events (seq INTEGER PRIMARY KEY, record TEXT NOT NULL, sum TEXT NOT NULL);
    CREATE TABLE pins (card TEXT PRIMARY KEY, failures INTEGER NOT NULL, at TEXT NOT NULL,
                       sum TEXT NOT NULL);
    CREATE TABLE issues (number INTEGER PRIMARY KEY, started INTEGER NOT NULL, done INTEGER,
                         sum TEXT NOT NULL);
    CREATE TABLE registrations (person TEXT NOT NULL, municipality TEXT NOT NULL,
                                ready_on TEXT NOT NULL, sum TEXT NOT NULL,
                                PRIMARY KEY (person, municipality));
    CREATE INDEX events_by_issue ON events (json_extract(record, '$.issue'));
";

/// The first 8 bytes of the SHA-256 of the database id, the table and each field (each
/// prefixed with its length, so no two rows share an encoding), as lowercase hex.
pub(super) fn row_sum(id: &str, table: &str, fields: &[&[u8]]) -> String {
    let mut hash = Sha256::new();
    for part in [id.as_bytes(), table.as_bytes()]
        .into_iter()
        .chain(fields.iter().copied())
    {
        hash.update((part.len() as u64).to_le_bytes());
        hash.update(part);
    }
    hash.finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Fails unless `sum` is the checksum of the row.
pub(super) fn check(
    meta: &Meta,
    table: &str,
    fields: &[&[u8]],
    sum: &str,
) -> Result<(), StoreError> {
    if row_sum(&meta.id, table, fields) == sum {
        Ok(())
    } else {
        Err(meta.damaged(format!("a row of table {table} fails its checksum")))
    }
}

/// Reads a value of the `meta` table, checking its checksum (the `id` row is checked against
/// the id it holds).
pub(super) fn meta_value(conn: &Connection, meta: &Meta, key: &str) -> Result<String, StoreError> {
    let row: Option<(String, String)> = conn
        .query_row("SELECT value, sum FROM meta WHERE key = ?1", [key], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()
        .or_sql(meta)?;
    let Some((value, sum)) = row else {
        return Err(meta.damaged(format!("the meta row {key} is missing")));
    };
    let id = if key == "id" {
        value.as_str()
    } else {
        meta.id.as_str()
    };
    if row_sum(id, "meta", &[key.as_bytes(), value.as_bytes()]) != sum {
        return Err(meta.damaged(format!("the meta row {key} fails its checksum")));
    }
    Ok(value)
}

/// Writes a value of the `meta` table with its checksum.
pub(super) fn set_meta(
    conn: &Connection,
    meta: &Meta,
    key: &str,
    value: &str,
) -> Result<(), StoreError> {
    let sum = row_sum(&meta.id, "meta", &[key.as_bytes(), value.as_bytes()]);
    conn.execute(
        "INSERT INTO meta (key, value, sum) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, sum = excluded.sum",
        params![key, value, sum],
    )
    .or_sql(meta)?;
    Ok(())
}

/// A card's PIN failure count, if the database has one.
pub(super) fn pin(conn: &Connection, meta: &Meta, card: &str) -> Result<Option<u8>, StoreError> {
    let row: Option<(u8, String, String)> = conn
        .query_row(
            "SELECT failures, at, sum FROM pins WHERE card = ?1",
            [card],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()
        .or_sql(meta)?;
    let Some((failures, at, sum)) = row else {
        return Ok(None);
    };
    check(
        meta,
        "pins",
        &[card.as_bytes(), &[failures], at.as_bytes()],
        &sum,
    )?;
    Ok(Some(failures))
}

/// The ready-on date of a registration.
pub(super) fn registration(
    conn: &Connection,
    meta: &Meta,
    person: &str,
    municipality: &str,
) -> Result<Option<String>, StoreError> {
    let row: Option<(String, String)> = conn
        .query_row(
            "SELECT ready_on, sum FROM registrations WHERE person = ?1 AND municipality = ?2",
            [person, municipality],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .or_sql(meta)?;
    let Some((ready_on, sum)) = row else {
        return Ok(None);
    };
    let fields: [&[u8]; 3] = [
        person.as_bytes(),
        municipality.as_bytes(),
        ready_on.as_bytes(),
    ];
    check(meta, "registrations", &fields, &sum)?;
    Ok(Some(ready_on))
}

/// Issue numbers are SQLite integers: the largest one kofu can store.
pub(super) fn issue_key(issue: IssueNumber) -> Result<i64, StoreError> {
    i64::try_from(issue.0).map_err(|_| StoreError::IssueNumbersExhausted)
}

/// An issue's row: (event of its start, event of its end), checked.
fn issue(
    conn: &Connection,
    meta: &Meta,
    issue: IssueNumber,
) -> Result<Option<(i64, Option<i64>)>, StoreError> {
    let key = issue_key(issue)?;
    let row: Option<(i64, Option<i64>, String)> = conn
        .query_row(
            "SELECT started, done, sum FROM issues WHERE number = ?1",
            [key],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()
        .or_sql(meta)?;
    let Some((started, done, sum)) = row else {
        return Ok(None);
    };
    if issue_sum(meta, key, started, done) != sum {
        return Err(meta.damaged("a row of table issues fails its checksum".into()));
    }
    Ok(Some((started, done)))
}

/// The checksum of an issue row: its number, the event that started it and the one that
/// ended it (or that it is open).
fn issue_sum(meta: &Meta, number: i64, started: i64, done: Option<i64>) -> String {
    let done = done.map(i64::to_le_bytes);
    let done: &[u8] = done.as_ref().map_or(b"open", |d| d.as_slice());
    row_sum(
        &meta.id,
        "issues",
        &[&number.to_le_bytes(), &started.to_le_bytes(), done],
    )
}

/// One event, checked.
fn event(conn: &Connection, meta: &Meta, seq: i64) -> Result<Record, StoreError> {
    let row: Option<(String, String)> = conn
        .query_row(
            "SELECT record, sum FROM events WHERE seq = ?1",
            [seq],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .or_sql(meta)?;
    let Some((json, sum)) = row else {
        return Err(meta.damaged(format!("event {seq} of an issue is missing")));
    };
    check(meta, "events", &[&seq.to_le_bytes(), json.as_bytes()], &sum)?;
    serde_json::from_str(&json).map_err(|_| meta.damaged(format!("event {seq} is not a record")))
}

/// An issue's start record and, once it ended, its end record.
pub(super) fn issue_records(
    conn: &Connection,
    meta: &Meta,
    n: IssueNumber,
) -> Result<Option<(Record, Option<Record>)>, StoreError> {
    let Some((started, done)) = issue(conn, meta, n)? else {
        return Ok(None);
    };
    let done = done.map(|seq| event(conn, meta, seq)).transpose()?;
    Ok(Some((event(conn, meta, started)?, done)))
}

/// The highest issue number allocated, if any.
pub(super) fn last_issue(
    conn: &Connection,
    meta: &Meta,
) -> Result<Option<IssueNumber>, StoreError> {
    let max: Option<i64> = conn
        .query_row("SELECT max(number) FROM issues", [], |r| r.get(0))
        .or_sql(meta)?;
    max.map(|n| u64::try_from(n).map(IssueNumber))
        .transpose()
        .map_err(|_| meta.damaged("an issue number is negative".into()))
}

/// The number the next issue gets: one more than the highest, starting at 1.
pub(super) fn next_issue(conn: &Connection, meta: &Meta) -> Result<IssueNumber, StoreError> {
    let last = last_issue(conn, meta)?.map_or(0, |n| n.0);
    let next = last
        .checked_add(1)
        .ok_or(StoreError::IssueNumbersExhausted)?;
    Ok(IssueNumber(next))
}

/// Appends a record to the event table and updates the table it decides (PIN count, issue,
/// registration). Issue records are checked first: a taken number, or the end of an issue
/// never started or already ended, is refused.
pub(super) fn apply(conn: &Connection, meta: &Meta, rec: &Record) -> Result<(), StoreError> {
    match rec {
        Record::IssueStarted { issue: n, .. } if issue(conn, meta, *n)?.is_some() => {
            return Err(StoreError::DuplicateIssue(*n));
        }
        Record::IssueDone { issue: n, .. } => match issue(conn, meta, *n)? {
            None => return Err(StoreError::UnknownIssue(*n)),
            Some((_, Some(_))) => return Err(StoreError::IssueAlreadyDone(*n)),
            Some((_, None)) => {}
        },
        _ => {}
    }
    let json = serde_json::to_string(rec).map_err(StoreError::Encode)?;
    let last: Option<i64> = conn
        .query_row("SELECT max(seq) FROM events", [], |r| r.get(0))
        .or_sql(meta)?;
    let seq = last.unwrap_or(0) + 1;
    let sum = row_sum(&meta.id, "events", &[&seq.to_le_bytes(), json.as_bytes()]);
    conn.execute(
        "INSERT INTO events (seq, record, sum) VALUES (?1, ?2, ?3)",
        params![seq, json, sum],
    )
    .or_sql(meta)?;
    match rec {
        Record::Pin { card, failures, at } => {
            let sum = row_sum(
                &meta.id,
                "pins",
                &[card.as_bytes(), &[*failures], at.as_bytes()],
            );
            conn.execute(
                "INSERT INTO pins (card, failures, at, sum) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (card) DO UPDATE SET failures = excluded.failures,
                     at = excluded.at, sum = excluded.sum",
                params![card, failures, at, sum],
            )
            .or_sql(meta)?;
        }
        Record::IssueStarted { issue: n, .. } => {
            let key = issue_key(*n)?;
            let sum = issue_sum(meta, key, seq, None);
            conn.execute(
                "INSERT INTO issues (number, started, done, sum) VALUES (?1, ?2, NULL, ?3)",
                params![key, seq, sum],
            )
            .or_sql(meta)?;
        }
        Record::IssueDone { issue: n, .. } => {
            let key = issue_key(*n)?;
            let (started, _) = issue(conn, meta, *n)?.ok_or(StoreError::UnknownIssue(*n))?;
            let sum = issue_sum(meta, key, started, Some(seq));
            conn.execute(
                "UPDATE issues SET done = ?2, sum = ?3 WHERE number = ?1",
                params![key, seq, sum],
            )
            .or_sql(meta)?;
        }
        Record::Registration {
            person,
            municipality,
            ready_on,
            ..
        } => {
            let fields: [&[u8]; 3] = [
                person.as_bytes(),
                municipality.as_bytes(),
                ready_on.as_bytes(),
            ];
            let sum = row_sum(&meta.id, "registrations", &fields);
            conn.execute(
                "INSERT INTO registrations (person, municipality, ready_on, sum)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (person, municipality) DO UPDATE SET
                     ready_on = excluded.ready_on, sum = excluded.sum",
                params![person, municipality, ready_on, sum],
            )
            .or_sql(meta)?;
        }
        Record::SessionStarted { .. }
        | Record::SessionEnded { .. }
        | Record::CopyPrinted { .. } => {}
    }
    Ok(())
}

/// Every event in order, each checked; events of a kind this version does not know (written
/// by a newer kofu) are counted and left out.
pub(super) fn events(conn: &Connection, meta: &Meta) -> Result<(Vec<Record>, u64), StoreError> {
    let mut stmt = conn
        .prepare("SELECT seq, record, sum FROM events ORDER BY seq")
        .or_sql(meta)?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .or_sql(meta)?;
    let mut records = Vec::new();
    let mut unknown = 0;
    for row in rows {
        let (seq, json, sum) = row.or_sql(meta)?;
        check(meta, "events", &[&seq.to_le_bytes(), json.as_bytes()], &sum)?;
        match serde_json::from_str(&json) {
            Ok(rec) => records.push(rec),
            Err(_) => unknown += 1,
        }
    }
    Ok((records, unknown))
}
