//! The rows of the class database: every record goes to `events` (the journal `verify` reads,
//! with its issue number in a column of its own, indexed) and updates the table it decides
//! (PIN count, issue, registration), inside the caller's transaction.

use postgres::GenericClient;

use super::{Label, PgResult};
use crate::domain::record::{IssueNumber, Record, StoreError};
use crate::store::database::TraineeResult;

/// Issue numbers are `BIGINT`s: the largest one the database can store.
pub(super) fn issue_key(issue: IssueNumber) -> Result<i64, StoreError> {
    i64::try_from(issue.0).map_err(|_| StoreError::IssueNumbersExhausted)
}

/// The issue number a record belongs to, if it belongs to one.
fn issue_of(rec: &Record) -> Option<IssueNumber> {
    match rec {
        Record::IssueStarted { issue, .. }
        | Record::IssueDone { issue, .. }
        | Record::CopyPrinted { issue, .. } => Some(*issue),
        _ => None,
    }
}

/// A card's PIN failure count, if the database has one; `lock` reads it `FOR UPDATE`.
pub(super) fn pin(
    c: &mut impl GenericClient,
    label: &Label,
    card: &str,
    lock: bool,
) -> Result<Option<u8>, StoreError> {
    let sql = if lock {
        "SELECT failures FROM pins WHERE card = $1 FOR UPDATE"
    } else {
        "SELECT failures FROM pins WHERE card = $1"
    };
    let row = c.query_opt(sql, &[&card]).or_pg(label)?;
    row.map(|r| {
        let n: i16 = r.try_get(0).or_pg(label)?;
        u8::try_from(n).map_err(|_| label.damaged(format!("card {card} has a count of {n}")))
    })
    .transpose()
}

/// The ready-on date of a registration.
pub(super) fn registration(
    c: &mut impl GenericClient,
    label: &Label,
    person: &str,
    municipality: &str,
) -> Result<Option<String>, StoreError> {
    let row = c
        .query_opt(
            "SELECT ready_on FROM registrations WHERE person = $1 AND municipality = $2",
            &[&person, &municipality],
        )
        .or_pg(label)?;
    row.map(|r| r.try_get(0).or_pg(label)).transpose()
}

/// The next issue number: the counter row raised by one, locked until the transaction ends,
/// so two kiosks never get the same number.
pub(super) fn next_issue(
    c: &mut impl GenericClient,
    label: &Label,
) -> Result<IssueNumber, StoreError> {
    let row = c
        .query_one(
            "UPDATE counters SET value = value + 1 WHERE name = 'issue' RETURNING value",
            &[],
        )
        .or_pg(label)?;
    let n: i64 = row.try_get(0).or_pg(label)?;
    u64::try_from(n)
        .map(IssueNumber)
        .map_err(|_| label.damaged("the issue counter is negative".into()))
}

/// The highest issue number allocated, if any.
pub(super) fn last_issue(
    c: &mut impl GenericClient,
    label: &Label,
) -> Result<Option<IssueNumber>, StoreError> {
    let row = c
        .query_one("SELECT max(number) FROM issues", &[])
        .or_pg(label)?;
    let max: Option<i64> = row.try_get(0).or_pg(label)?;
    max.map(|n| u64::try_from(n).map(IssueNumber))
        .transpose()
        .map_err(|_| label.damaged("an issue number is negative".into()))
}

/// An issue's row (start event, end event), locked for the transaction.
fn issue(
    c: &mut impl GenericClient,
    label: &Label,
    n: IssueNumber,
) -> Result<Option<(i64, Option<i64>)>, StoreError> {
    let row = c
        .query_opt(
            "SELECT started, done FROM issues WHERE number = $1 FOR UPDATE",
            &[&issue_key(n)?],
        )
        .or_pg(label)?;
    row.map(|r| Ok((r.try_get(0).or_pg(label)?, r.try_get(1).or_pg(label)?)))
        .transpose()
}

/// Appends a record to `events` and updates the table it decides. Issue records are checked
/// first: a taken number, or the end of an issue never started or already ended, is refused.
pub(super) fn apply(
    c: &mut impl GenericClient,
    label: &Label,
    rec: &Record,
) -> Result<(), StoreError> {
    match rec {
        Record::IssueStarted { issue: n, .. } if issue(c, label, *n)?.is_some() => {
            return Err(StoreError::DuplicateIssue(*n));
        }
        Record::IssueDone { issue: n, .. } => match issue(c, label, *n)? {
            None => return Err(StoreError::UnknownIssue(*n)),
            Some((_, Some(_))) => return Err(StoreError::IssueAlreadyDone(*n)),
            Some((_, None)) => {}
        },
        _ => {}
    }
    let json = serde_json::to_string(rec).map_err(StoreError::Encode)?;
    let key = issue_of(rec).map(issue_key).transpose()?;
    let seq: i64 = c
        .query_one(
            "INSERT INTO events (issue, record) VALUES ($1, $2) RETURNING seq",
            &[&key, &json],
        )
        .or_pg(label)?
        .try_get(0)
        .or_pg(label)?;
    match rec {
        Record::Pin { card, failures, at } => {
            c.execute(
                "INSERT INTO pins (card, failures, at) VALUES ($1, $2, $3)
                 ON CONFLICT (card) DO UPDATE SET failures = excluded.failures, at = excluded.at",
                &[card, &i16::from(*failures), at],
            )
            .or_pg(label)?;
        }
        Record::IssueStarted { issue: n, .. } => {
            let key = issue_key(*n)?;
            c.execute(
                "INSERT INTO issues (number, started) VALUES ($1, $2)",
                &[&key, &seq],
            )
            .or_pg(label)?;
            // A number given by an import: the counter never hands it out again.
            c.execute(
                "UPDATE counters SET value = GREATEST(value, $1) WHERE name = 'issue'",
                &[&key],
            )
            .or_pg(label)?;
        }
        Record::IssueDone { issue: n, .. } => {
            c.execute(
                "UPDATE issues SET done = $2 WHERE number = $1",
                &[&issue_key(*n)?, &seq],
            )
            .or_pg(label)?;
        }
        Record::Registration {
            person,
            municipality,
            ready_on,
            ..
        } => {
            c.execute(
                "INSERT INTO registrations (person, municipality, ready_on) VALUES ($1, $2, $3)
                 ON CONFLICT (person, municipality) DO UPDATE SET ready_on = excluded.ready_on",
                &[person, municipality, ready_on],
            )
            .or_pg(label)?;
        }
        Record::SessionStarted { .. }
        | Record::SessionEnded { .. }
        | Record::CopyPrinted { .. } => {}
    }
    Ok(())
}

/// Records from rows of JSON, those of a kind this version does not know counted apart.
fn parse(rows: &[postgres::Row], label: &Label) -> Result<(Vec<Record>, u64), StoreError> {
    let mut records = Vec::new();
    let mut unknown = 0;
    for r in rows {
        let json: &str = r.try_get(0).or_pg(label)?;
        match serde_json::from_str(json) {
            Ok(rec) => records.push(rec),
            Err(_) => unknown += 1,
        }
    }
    Ok((records, unknown))
}

/// Every event in order; events of a kind this version does not know are counted, left out.
pub(super) fn events(
    c: &mut impl GenericClient,
    label: &Label,
) -> Result<(Vec<Record>, u64), StoreError> {
    let rows = c
        .query("SELECT record FROM events ORDER BY seq", &[])
        .or_pg(label)?;
    parse(&rows, label)
}

/// The events of issue `n` in order, through the index on `events.issue`.
pub(super) fn issue_events(
    c: &mut impl GenericClient,
    label: &Label,
    n: IssueNumber,
) -> Result<Vec<Record>, StoreError> {
    let rows = c
        .query(
            "SELECT record FROM events WHERE issue = $1 ORDER BY seq",
            &[&issue_key(n)?],
        )
        .or_pg(label)?;
    Ok(parse(&rows, label)?.0)
}

/// Keeps one answered exercise.
pub(super) fn add_result(
    c: &mut impl GenericClient,
    label: &Label,
    r: &TraineeResult,
) -> Result<(), StoreError> {
    let millis = i64::try_from(r.millis).unwrap_or(i64::MAX);
    c.execute(
        "INSERT INTO results (trainee, exercise, title, answer, correct, millis, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        &[
            &r.trainee,
            &r.exercise,
            &r.title,
            &r.answer,
            &r.correct,
            &millis,
            &r.at,
        ],
    )
    .or_pg(label)?;
    Ok(())
}

/// Every result in the order answered; only `trainee`'s when given.
pub(super) fn results(
    c: &mut impl GenericClient,
    label: &Label,
    trainee: Option<&str>,
) -> Result<Vec<TraineeResult>, StoreError> {
    let rows = c
        .query(
            "SELECT trainee, exercise, title, answer, correct, millis, at FROM results
             WHERE $1::TEXT IS NULL OR trainee = $1 ORDER BY seq",
            &[&trainee],
        )
        .or_pg(label)?;
    rows.iter()
        .map(|row| {
            let millis: i64 = row.try_get(5).or_pg(label)?;
            Ok(TraineeResult {
                trainee: row.try_get(0).or_pg(label)?,
                exercise: row.try_get(1).or_pg(label)?,
                title: row.try_get(2).or_pg(label)?,
                answer: row.try_get(3).or_pg(label)?,
                correct: row.try_get(4).or_pg(label)?,
                millis: u64::try_from(millis).unwrap_or_default(),
                at: row.try_get(6).or_pg(label)?,
            })
        })
        .collect()
}
