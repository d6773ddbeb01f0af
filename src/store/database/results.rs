//! Trainees' exercise results in the state database: one row per answered question (who, which
//! exercise, the answer, right or wrong, how long, when), so a trainer can print a trainee's
//! record weeks later.
//!
//! # Schema versions, added to and never changed
//! The table came after the first databases were made (format `1`), so it is not in the
//! creation schema: the first result written creates it (`CREATE TABLE IF NOT EXISTS`, in the
//! same transaction), and a reader of a store without it sees no results. Earlier databases
//! therefore open unchanged, and an earlier kofu opening a database with the table ignores it
//! (it only reads the tables it knows). Every row carries a checksum, as the other tables do.

use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use super::rows::row_sum;
use super::{Database, Durability, Meta, SqlResult};
use crate::domain::record::StoreError;

/// The table, created by the first result written.
const TABLE: &str = "CREATE TABLE IF NOT EXISTS results (
    seq INTEGER PRIMARY KEY, trainee TEXT NOT NULL, exercise TEXT NOT NULL,
    title TEXT NOT NULL, answer TEXT NOT NULL, correct INTEGER NOT NULL,
    millis INTEGER NOT NULL, at TEXT NOT NULL, sum TEXT NOT NULL)";

/// One answered exercise, as the store keeps it and the exports print it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraineeResult {
    /// The trainee's name as typed on the console or given with `--trainee`.
    pub trainee: String,
    /// The exercise's id: the scenario file's stem and the question's number (`exercise-x#1`).
    pub exercise: String,
    /// The exercise's title (the scenario's).
    pub title: String,
    /// The answer chosen, as codes (`reason=pin_locked; next=…; yen=…`).
    pub answer: String,
    /// Every part of the answer was right.
    pub correct: bool,
    /// Milliseconds from the question to the answer.
    pub millis: u64,
    /// Wall-clock time of the answer (RFC 3339).
    pub at: String,
}

impl TraineeResult {
    /// The row's checksum fields, in column order.
    fn sum(&self, meta: &Meta) -> String {
        let millis = self.millis.to_le_bytes();
        row_sum(
            &meta.id,
            "results",
            &[
                self.trainee.as_bytes(),
                self.exercise.as_bytes(),
                self.title.as_bytes(),
                self.answer.as_bytes(),
                &[u8::from(self.correct)],
                &millis,
                self.at.as_bytes(),
            ],
        )
    }
}

/// Whether the database has the results table yet.
fn has_table(conn: &Connection, meta: &Meta) -> Result<bool, StoreError> {
    let n: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'results'",
            [],
            |r| r.get(0),
        )
        .or_sql(meta)?;
    Ok(n > 0)
}

impl Database {
    /// Keeps one answered exercise (creating the table in a store made before results were).
    pub fn add_result(&mut self, r: &TraineeResult) -> Result<(), StoreError> {
        self.write(Durability::History, |tx, meta| {
            tx.execute_batch(TABLE).or_sql(meta)?;
            let millis = i64::try_from(r.millis).unwrap_or(i64::MAX);
            tx.execute(
                "INSERT INTO results (trainee, exercise, title, answer, correct, millis, at, sum)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    r.trainee,
                    r.exercise,
                    r.title,
                    r.answer,
                    r.correct,
                    millis,
                    r.at,
                    r.sum(meta)
                ],
            )
            .or_sql(meta)?;
            Ok(())
        })
    }

    /// Every result kept, in the order answered; only `trainee`'s when given. A row that fails
    /// its checksum is damage, as in every table.
    pub fn results(&mut self, trainee: Option<&str>) -> Result<Vec<TraineeResult>, StoreError> {
        let meta = &self.meta;
        if !has_table(&self.conn, meta)? {
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn
            .prepare(
                "SELECT trainee, exercise, title, answer, correct, millis, at, sum FROM results
                 ORDER BY seq",
            )
            .or_sql(meta)?;
        let rows = stmt
            .query_map([], |row| {
                let millis: i64 = row.get(5)?;
                Ok((
                    TraineeResult {
                        trainee: row.get(0)?,
                        exercise: row.get(1)?,
                        title: row.get(2)?,
                        answer: row.get(3)?,
                        correct: row.get(4)?,
                        millis: u64::try_from(millis).unwrap_or_default(),
                        at: row.get(6)?,
                    },
                    row.get::<_, String>(7)?,
                ))
            })
            .or_sql(meta)?;
        let mut out = Vec::new();
        for row in rows {
            let (r, sum) = row.or_sql(meta)?;
            if r.sum(meta) != sum {
                return Err(meta.damaged("a row of table results fails its checksum".into()));
            }
            if trainee.is_none_or(|t| t == r.trainee) {
                out.push(r);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    fn result(trainee: &str, correct: bool) -> TraineeResult {
        TraineeResult {
            trainee: trainee.into(),
            exercise: "exercise-pin-locked#1".into(),
            title: "PIN locked".into(),
            answer: "reason=pin_locked; next=reset_pin".into(),
            correct,
            millis: 12_345,
            at: "2026-11-25T01:00:00Z".into(),
        }
    }

    #[test]
    fn results_are_kept_per_trainee_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Database::open(dir.path()).unwrap();
        // A store as kofu made it before results: a PIN count, no results table.
        db.record_pin_entry("card-1", 0, false, "2026-11-25T10:00:00+09:00")
            .unwrap();
        drop(db);
        let mut db = Database::open(dir.path()).unwrap();
        assert!(db.results(None).unwrap().is_empty(), "no table yet");
        db.add_result(&result("山田 花子", true)).unwrap();
        db.add_result(&result("Ana", false)).unwrap();
        drop(db);
        let mut db = Database::open(dir.path()).unwrap();
        assert_eq!(
            db.pin_failures("card-1").unwrap(),
            Some(1),
            "earlier state kept"
        );
        assert_eq!(db.results(None).unwrap().len(), 2);
        assert_eq!(
            db.results(Some("山田 花子")).unwrap(),
            vec![result("山田 花子", true)]
        );
    }

    #[test]
    fn a_changed_result_is_damage() {
        let dir = tempfile::tempdir().unwrap();
        let mut db = Database::open(dir.path()).unwrap();
        db.add_result(&result("Ana", false)).unwrap();
        db.conn
            .execute("UPDATE results SET correct = 1", [])
            .unwrap();
        assert!(matches!(
            db.results(None),
            Err(StoreError::StateDamaged { .. })
        ));
    }
}
