//! Money and printing: coins and notes in, the printer's copies out, change and refunds.

use chrono::DateTime;
use chrono_tz::Tz;

use crate::domain::effect::{Effect, Returned};
use crate::domain::payment::InsertRejected;
use crate::domain::reason::Reason;
use crate::domain::record::{IssueStartedFields, Record};
use crate::domain::refusal::{AfterRefusal, Facts, Refusal};
use crate::domain::session::{
    Fault, IssuedDocument, PrintError, PrintRequest, PrintedCopy, Screen, Selection, Session,
    SessionError, Status,
};

/// The coins and notes in circulation in Japan: anything else is not money (a scenario file's
/// mistake), not a coin the slot gives back.
const YEN_IN_CIRCULATION: [u32; 10] = [1, 5, 10, 50, 100, 500, 1000, 2000, 5000, 10000];

/// How printing ended.
enum Stop {
    /// Every copy printed.
    Done,
    /// An injected printer fault.
    Fault(Fault),
    /// A copy could not be written (path and OS error).
    OutputFailed(String),
}

impl Session {
    /// A coin or note the slot gives straight back.
    pub(super) fn reject_money(&mut self, yen: u32, why: Returned) -> Result<(), SessionError> {
        if !YEN_IN_CIRCULATION.contains(&yen) {
            return Err(super::Invalid::NotMoney(yen).into());
        }
        self.rejected_yen = self
            .rejected_yen
            .checked_add(yen)
            .ok_or(super::Invalid::NotMoney(yen))?;
        self.effects.push(Effect::MoneyReturned { yen, why });
        Ok(())
    }

    pub(super) fn insert(&mut self, yen: u32) -> Result<(), SessionError> {
        if !YEN_IN_CIRCULATION.contains(&yen) {
            return Err(super::Invalid::NotMoney(yen).into());
        }
        let v = &self.kiosk.vendor;
        let (accepted, has_change) = (v.accepted_yen.clone(), !self.faults.no_change);
        let Some(p) = self.payment.as_mut() else {
            return Err(self.illegal("Insert"));
        };
        if let Err(e) = p.insert(yen, &accepted, has_change) {
            let why = match e {
                InsertRejected::Denomination(_) => Returned::Denomination,
                InsertRejected::NoChange => Returned::NoChange,
                InsertRejected::AlreadyPaid => Returned::AlreadyPaid,
            };
            return self.reject_money(yen, why);
        }
        let remaining_yen = p.remaining_yen();
        let paid = p.is_paid();
        self.effects
            .push(Effect::MoneyAccepted { yen, remaining_yen });
        if paid {
            // Last moment to refuse: hours are checked above; nothing is refunded from here on.
            self.printing = Some((0, 0));
            self.effects.push(Effect::PrintingStarted {
                copies: self.print_progress().1,
            });
            self.screen = Screen::Printing;
        }
        Ok(())
    }

    pub(super) fn printer_step(&mut self) -> Result<(), SessionError> {
        let Some((sel_index, copies_done)) = self.printing else {
            return Err(self.illegal("PrinterStep"));
        };
        if self.faults.halted.is_some() {
            return Ok(()); // stopped: nothing comes out until the staff clear it
        }
        let Some(sel) = self.basket.get(sel_index).cloned() else {
            return self.end_printing(Stop::Done);
        };
        if let Some((f, after)) = self.faults.printer
            && self.print_progress().0 >= after
        {
            self.faults.printer = None;
            self.faults.halted = Some(f);
            self.fault_hit = Some(f);
            let (printed, of) = self.print_progress();
            self.effects.push(Effect::PrinterHalted {
                fault: f,
                printed,
                of,
            });
            return Ok(());
        }
        let (card_id, holder_id) = self.authorised_ids()?;
        let now = self.clock.now();
        if copies_done == 0 {
            self.begin_issue(&sel, &card_id, &holder_id, now)?;
        }
        let Some(doc) = self.issued.last().cloned() else {
            return Err(PrintError::Content("no issue in progress".into()).into());
        };
        let req = PrintRequest {
            issue_number: doc.issue_number,
            selection: sel.clone(),
            copy: copies_done + 1,
            card: card_id,
            holder: holder_id.clone(),
            issued_at: now,
            municipality: self.kiosk.municipality.id.clone(),
        };
        let printed = match self.printer.print(&req, &self.kiosk) {
            Ok(p) => p,
            Err(PrintError::Write { path, source }) => return self.output_failed(path, &source),
            Err(e) => return Err(e.into()),
        };
        // The 2023 incident: a document must never carry another person's data.
        if printed.document_holder != holder_id {
            return Err(PrintError::WrongHolder(doc.issue_number).into());
        }
        self.copy_printed(&sel, (sel_index, copies_done + 1), &doc, &printed, now)
    }

    /// The output failed: the issue ends here, recorded as failed, and the money for what was
    /// not printed comes back. The session ends cleanly; the caller learns of it from the
    /// effect.
    fn output_failed(&mut self, path: String, source: &std::io::Error) -> Result<(), SessionError> {
        let error = source.to_string();
        self.effects.push(Effect::OutputFailed {
            path: path.clone(),
            error: error.clone(),
        });
        self.end_printing(Stop::OutputFailed(format!("{path}: {error}")))
    }

    /// The staff cleared the fault: the job goes on from the next copy.
    pub(super) fn clear_fault(&mut self) {
        if let Some(fault) = self.faults.halted.take() {
            self.effects.push(Effect::PrinterResumed { fault });
        }
    }

    /// The resident gives up a halted job: what was printed is charged, the rest refunded.
    pub(super) fn give_up_printing(&mut self) -> Result<(), SessionError> {
        match self.faults.halted.take() {
            Some(f) => self.end_printing(Stop::Fault(f)),
            None => Ok(()),
        }
    }

    /// The authorised card's id and its holder's: every copy is printed for them.
    fn authorised_ids(&self) -> Result<(String, String), SessionError> {
        let Some(card) = self
            .card
            .as_ref()
            .and_then(|c| self.kiosk.registry.cards.get(c))
        else {
            return Err(super::Invalid::NotAuthorised.into());
        };
        Ok((card.id.clone(), card.holder.clone()))
    }

    /// Before a selection's first copy: its issue number is taken durably and the issued
    /// document it will fill is opened.
    fn begin_issue(
        &mut self,
        sel: &Selection,
        card_id: &str,
        holder_id: &str,
        now: DateTime<Tz>,
    ) -> Result<(), SessionError> {
        let number = self.store.begin_issue(IssueStartedFields {
            session: self.id.clone(),
            card: card_id.to_string(),
            holder: holder_id.to_string(),
            certificate: sel.kind.code().to_string(),
            copies: sel.copies,
            fee_yen: sel.fee_yen * sel.copies,
            at: super::stamp(now),
        })?;
        self.issued.push(IssuedDocument {
            selection: sel.clone(),
            issue_number: number,
            printed: 0,
            pages: 0,
            files: Vec::new(),
            holder: holder_id.to_string(),
        });
        Ok(())
    }

    /// A copy came out (copy `done_now` of selection `sel_index`): it is recorded and charged,
    /// and the selection, or printing, ends after its last copy.
    fn copy_printed(
        &mut self,
        sel: &Selection,
        (sel_index, done_now): (usize, u32),
        doc: &IssuedDocument,
        printed: &PrintedCopy,
        now: DateTime<Tz>,
    ) -> Result<(), SessionError> {
        let sheets = u32::try_from(printed.codes.len()).unwrap_or(u32::MAX);
        if !printed.codes.is_empty() {
            self.store.append(&Record::CopyPrinted {
                issue: doc.issue_number,
                copy: done_now,
                sheets,
                codes: printed.codes.clone(),
                drawn: printed.drawn.clone(),
                at: super::stamp(now),
            })?;
        }
        // Recorded: now the copy comes out of the tray.
        match self.printer.deliver() {
            Ok(()) => {}
            Err(PrintError::Write { path, source }) => return self.output_failed(path, &source),
            Err(e) => return Err(e.into()),
        }
        self.charged_yen += sel.fee_yen;
        if let Some(d) = self.issued.last_mut() {
            d.printed = done_now;
            d.pages = printed.pages;
            d.files.extend(printed.file.clone());
        }
        self.effects.push(Effect::CopyPrinted {
            certificate: sel.kind,
            issue_number: doc.issue_number,
            copy: done_now,
            of: sel.copies,
            sheets: printed.pages.div_ceil(2),
            file: printed.file.clone(),
        });
        if done_now == sel.copies {
            self.store.append(&Record::IssueDone {
                issue: doc.issue_number,
                printed_copies: done_now,
                pages: printed.pages,
                charged_yen: sel.fee_yen * done_now,
                content_hash: printed.content_hash.clone(),
                failed: None,
                at: super::stamp(now),
            })?;
            self.printing = Some((sel_index + 1, 0));
            if sel_index + 1 == self.basket.len() {
                return self.end_printing(Stop::Done);
            }
        } else {
            self.printing = Some((sel_index, done_now));
        }
        Ok(())
    }

    fn end_printing(&mut self, stop: Stop) -> Result<(), SessionError> {
        let (fault, failed) = match &stop {
            Stop::Done => (None, None),
            Stop::Fault(f) => (Some(*f), None),
            Stop::OutputFailed(why) => (None, Some(why.clone())),
        };
        // A selection cut short by a fault is recorded with the copies actually printed; one
        // cut short by the output is recorded as failed, whatever it printed.
        if let Some((i, done)) = self.printing
            && (failed.is_some() || (fault.is_some() && done > 0))
            && let (Some(sel), Some(doc)) = (self.basket.get(i), self.issued.last())
            && doc.selection == *sel
        {
            self.store.append(&Record::IssueDone {
                issue: doc.issue_number,
                printed_copies: done,
                pages: doc.pages,
                charged_yen: sel.fee_yen * done,
                content_hash: String::new(),
                failed: failed.clone(),
                at: super::stamp(self.clock.now()),
            })?;
        }
        self.printing = None;
        self.fault_hit = fault.or(self.fault_hit);
        match stop {
            Stop::Fault(f) => self.effects.push(Effect::PrinterStopped { fault: f }),
            Stop::Done => self.effects.push(Effect::PrintingDone),
            Stop::OutputFailed(_) => {}
        }
        let paid = self.paid_yen();
        self.change_yen = paid.saturating_sub(self.charged_yen);
        if self.change_yen > 0 {
            self.effects.push(Effect::MoneyReturned {
                yen: self.change_yen,
                why: if fault.is_some() || failed.is_some() {
                    Returned::Refund
                } else {
                    Returned::Change
                },
            });
        }
        let any = self.issued.iter().any(|d| d.printed > 0);
        self.finish(if any {
            Status::Issued
        } else {
            Status::Cancelled
        });
        self.screen = Screen::TakeItems;
        Ok(())
    }
}

impl Session {
    /// The centre cannot be reached (see the module's notes): out of service at once. Money
    /// not charged comes back as at the service's closing (on the payment screen: all of it;
    /// while printing: what the copies out did not cost), and the session ends refused with
    /// `centre_unreachable`. Nothing here writes to the store, which is what cannot be reached
    /// (the end record is tried, as every end's is, and may be lost).
    pub(super) fn centre_lost(&mut self) {
        let r = Refusal::new(
            Reason::CentreUnreachable,
            &self.kiosk.municipality,
            Facts::default(),
        );
        if self.finished {
            // Over already: only the screen says the machine is out of service.
            self.effects.push(Effect::Refused(r.clone()));
            self.refusal = Some(r);
            self.screen = Screen::OutOfService;
            return;
        }
        match self.screen {
            Screen::Printing => {
                self.printing = None;
                self.faults.halted = None;
                if self.issued.iter().any(|d| d.printed > 0) {
                    self.status = Some(Status::Issued);
                }
                let back = self
                    .paid_yen()
                    .saturating_sub(self.charged_yen)
                    .saturating_sub(self.change_yen);
                self.change_yen = self.paid_yen().saturating_sub(self.charged_yen);
                if back > 0 {
                    self.effects.push(Effect::MoneyReturned {
                        yen: back,
                        why: Returned::Refund,
                    });
                }
            }
            // Everything paid for is out; the change is in the tray already.
            Screen::TakeItems => {}
            _ => self.refund_all(),
        }
        self.refuse(r, Screen::OutOfService, AfterRefusal::SessionEnds);
    }
}
