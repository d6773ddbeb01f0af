//! The [`Store`] trait's calls as they travel to the worker and back, and the store's side of
//! them: each call waits for its answer as [`super::Shared::call`] allows.

use std::sync::mpsc::Sender;
use std::time::Instant;

use super::WorkerStore;
use crate::domain::record::{IssueNumber, IssueStartedFields, Record, StoreError};
use crate::domain::store::Store;

/// One call of the [`Store`] trait, as it travels to the worker.
#[derive(Debug, Clone)]
pub(super) enum Call {
    PinFailures(String),
    BeginPin(String, u8, String),
    EndPin(String, bool, String),
    BeginIssue(Box<IssueStartedFields>),
    Append(Box<Record>),
    Registration(String, String),
}

/// Its answer.
#[derive(Debug)]
pub(super) enum Answer {
    Count(Option<u8>),
    Failures(u8),
    Issue(IssueNumber),
    Done,
    Registered(Option<String>),
}

pub(super) type Reply = Result<Answer, StoreError>;

pub(super) enum Job {
    Call(Call, Instant, Sender<Reply>),
    /// Check the connection now (the station link lost its own).
    Probe,
}

impl Call {
    pub(super) fn run(&self, s: &mut dyn Store) -> Reply {
        Ok(match self {
            Call::PinFailures(c) => Answer::Count(s.pin_failures(c)?),
            Call::BeginPin(c, deck, at) => Answer::Failures(s.begin_pin_entry(c, *deck, at)?),
            Call::EndPin(c, ok, at) => Answer::Failures(s.end_pin_entry(c, *ok, at)?),
            Call::BeginIssue(f) => Answer::Issue(s.begin_issue((**f).clone())?),
            Call::Append(r) => {
                s.append(r)?;
                Answer::Done
            }
            Call::Registration(p, m) => Answer::Registered(s.registration(p, m)?),
        })
    }
}

impl Store for WorkerStore {
    fn pin_failures(&mut self, card: &str) -> Result<Option<u8>, StoreError> {
        match self.shared.call(Call::PinFailures(card.into()))? {
            Answer::Count(n) => Ok(n),
            a => Err(self.wrong(a)),
        }
    }
    fn begin_pin_entry(&mut self, card: &str, deck: u8, at: &str) -> Result<u8, StoreError> {
        match self
            .shared
            .call(Call::BeginPin(card.into(), deck, at.into()))?
        {
            Answer::Failures(n) => Ok(n),
            a => Err(self.wrong(a)),
        }
    }
    fn end_pin_entry(&mut self, card: &str, correct: bool, at: &str) -> Result<u8, StoreError> {
        match self
            .shared
            .call(Call::EndPin(card.into(), correct, at.into()))?
        {
            Answer::Failures(n) => Ok(n),
            a => Err(self.wrong(a)),
        }
    }
    fn begin_issue(&mut self, fields: IssueStartedFields) -> Result<IssueNumber, StoreError> {
        match self.shared.call(Call::BeginIssue(Box::new(fields)))? {
            Answer::Issue(n) => Ok(n),
            a => Err(self.wrong(a)),
        }
    }
    fn append(&mut self, rec: &Record) -> Result<(), StoreError> {
        match self.shared.call(Call::Append(Box::new(rec.clone())))? {
            Answer::Done => Ok(()),
            a => Err(self.wrong(a)),
        }
    }
    fn registration(&mut self, person: &str, m: &str) -> Result<Option<String>, StoreError> {
        match self
            .shared
            .call(Call::Registration(person.into(), m.into()))?
        {
            Answer::Registered(r) => Ok(r),
            a => Err(self.wrong(a)),
        }
    }
}
