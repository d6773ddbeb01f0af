//! Cash: what is inserted, what is due, change and refunds.
//!
//! Rules (DOMAIN.md "Payment", all settings of the vendor profile): cash only; the
//! denominations the vendor's cash unit accepts; change is returned; a cancel before printing
//! returns every yen inserted; nothing is refunded once printing starts, except that a printer
//! fault charges only for the copies actually printed.

use serde::Serialize;

/// Denominations the kiosk gives change in, largest first.
pub const CHANGE_DENOMINATIONS: [u32; 5] = [1000, 500, 100, 50, 10];

/// Why an insert was not taken (the money comes straight back out of the slot).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InsertRejected {
    /// Not a denomination this machine takes.
    #[error("the machine does not take ¥{0}")]
    Denomination(u32),
    /// Already fully paid: the slot is closed.
    #[error("the fee is already paid")]
    AlreadyPaid,
    /// The machine is out of change and this would need change.
    #[error("the machine has no change: insert the exact amount")]
    NoChange,
}

/// The money of one session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Payment {
    /// Total due in yen.
    pub due_yen: u32,
    /// Accepted money, in order of insertion.
    pub inserted: Vec<u32>,
}

impl Payment {
    /// A payment of `due_yen` with nothing inserted yet.
    pub fn new(due_yen: u32) -> Self {
        Self {
            due_yen,
            inserted: Vec::new(),
        }
    }

    /// Sum of accepted money.
    pub fn inserted_yen(&self) -> u32 {
        self.inserted.iter().fold(0, |a, y| a.saturating_add(*y))
    }

    /// Whether the fee is covered.
    pub fn is_paid(&self) -> bool {
        self.inserted_yen() >= self.due_yen
    }

    /// What is still to be inserted.
    pub fn remaining_yen(&self) -> u32 {
        self.due_yen.saturating_sub(self.inserted_yen())
    }

    /// Takes money if the machine can: `accepted` are the vendor's denominations,
    /// `has_change` false when the change fault is injected. The unit takes money until the
    /// amount due is covered, whatever the amount (any ceiling on a transaction is checked
    /// while the basket is built, never here: a confirmed basket can always be paid).
    pub fn insert(
        &mut self,
        yen: u32,
        accepted: &[u32],
        has_change: bool,
    ) -> Result<(), InsertRejected> {
        if !accepted.contains(&yen) {
            return Err(InsertRejected::Denomination(yen));
        }
        if self.is_paid() {
            return Err(InsertRejected::AlreadyPaid);
        }
        let after = self.inserted_yen().saturating_add(yen);
        if !has_change && after > self.due_yen {
            return Err(InsertRejected::NoChange);
        }
        self.inserted.push(yen);
        Ok(())
    }

    /// Change when `charged_yen` is kept (the fee, or less after a printer fault).
    pub fn change_for(&self, charged_yen: u32) -> u32 {
        self.inserted_yen().saturating_sub(charged_yen)
    }
}

/// Splits an amount into the fewest coins and notes of [`CHANGE_DENOMINATIONS`]
/// (greedy is optimal for yen). Returns (denomination, count) pairs, largest first;
/// amounts not a multiple of 10 leave the remainder out (fees are multiples of 10).
pub fn make_change(amount: u32) -> Vec<(u32, u32)> {
    let mut left = amount;
    let mut out = Vec::new();
    for d in CHANGE_DENOMINATIONS {
        let n = left / d;
        if n > 0 {
            out.push((d, n));
            left -= n * d;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACCEPT: [u32; 5] = [10, 50, 100, 500, 1000];

    #[test]
    fn change_making_exact_amounts() {
        assert_eq!(make_change(0), vec![]);
        assert_eq!(make_change(700), vec![(500, 1), (100, 2)]);
        assert_eq!(make_change(850), vec![(500, 1), (100, 3), (50, 1)]);
        assert_eq!(
            make_change(1650),
            vec![(1000, 1), (500, 1), (100, 1), (50, 1)]
        );
        assert_eq!(make_change(990), vec![(500, 1), (100, 4), (50, 1), (10, 4)]);
        for amount in (0..5000).step_by(10) {
            let sum: u32 = make_change(amount).iter().map(|(d, n)| d * n).sum();
            assert_eq!(sum, amount);
        }
    }

    #[test]
    fn note_for_two_copies_gives_700_back() {
        let mut p = Payment::new(300);
        assert_eq!(p.insert(1000, &ACCEPT, true), Ok(()));
        assert!(p.is_paid());
        assert_eq!(p.change_for(300), 700);
    }

    #[test]
    fn rejects_foreign_denominations_and_overpaying_after_paid() {
        let mut p = Payment::new(150);
        assert_eq!(
            p.insert(5, &ACCEPT, true),
            Err(InsertRejected::Denomination(5))
        );
        assert_eq!(
            p.insert(2000, &ACCEPT, true),
            Err(InsertRejected::Denomination(2000))
        );
        assert_eq!(p.insert(100, &ACCEPT, true), Ok(()));
        assert_eq!(p.remaining_yen(), 50);
        assert_eq!(p.insert(100, &ACCEPT, true), Ok(()));
        assert_eq!(
            p.insert(10, &ACCEPT, true),
            Err(InsertRejected::AlreadyPaid)
        );
        assert_eq!(p.inserted_yen(), 200);
        assert_eq!(p.change_for(150), 50);
    }

    #[test]
    fn no_change_fault_takes_only_exact_amounts() {
        let mut p = Payment::new(150);
        assert_eq!(
            p.insert(1000, &ACCEPT, false),
            Err(InsertRejected::NoChange)
        );
        assert_eq!(p.insert(100, &ACCEPT, false), Ok(()));
        assert_eq!(p.insert(100, &ACCEPT, false), Err(InsertRejected::NoChange));
        assert_eq!(p.insert(50, &ACCEPT, false), Ok(()));
        assert_eq!(p.change_for(150), 0);
    }

    #[test]
    fn any_amount_due_is_taken_until_covered() {
        let mut p = Payment::new(10_500);
        for _ in 0..10 {
            assert_eq!(p.insert(1000, &ACCEPT, true), Ok(()));
        }
        assert_eq!(p.remaining_yen(), 500);
        assert_eq!(p.insert(1000, &ACCEPT, true), Ok(()));
        assert!(p.is_paid());
        assert_eq!(p.change_for(10_500), 500);
        assert_eq!(
            p.insert(1000, &ACCEPT, true),
            Err(InsertRejected::AlreadyPaid)
        );
    }

    #[test]
    fn partial_charge_after_fault_refunds_the_rest() {
        let mut p = Payment::new(450);
        assert_eq!(p.insert(500, &ACCEPT, true), Ok(()));
        // 3 copies at 150, only 1 printed.
        assert_eq!(p.change_for(150), 350);
    }
}
