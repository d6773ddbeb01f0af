//! The records a person carries in the deck: tax data by fiscal year, past addresses and the
//! family register's events.

use serde::{Deserialize, Serialize};

/// One fiscal year's tax record (amounts in yen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxRecord {
    /// Fiscal year (年度); certifies income of the calendar year before.
    pub year: i32,
    /// Total income (総所得金額).
    #[serde(default)]
    pub income: u64,
    /// Deductions (所得控除額合計).
    #[serde(default)]
    pub deductions: u64,
    /// Municipal resident tax (市民税).
    #[serde(default)]
    pub municipal_tax: u64,
    /// Prefectural resident tax (県民税).
    #[serde(default)]
    pub prefectural_tax: u64,
    /// Dependants (扶養人数).
    #[serde(default)]
    pub dependants: u32,
    /// Tax paid so far for the year (納付済額), which a tax payment certificate prints.
    /// Absent: the whole year's tax (municipal + prefectural) is paid.
    #[serde(default)]
    pub paid: Option<u64>,
    /// Tax is overdue (滞納: a due date passed unpaid): no tax payment certificate is
    /// issued for the year. Default false.
    #[serde(default)]
    pub arrears: bool,
}

impl TaxRecord {
    /// The year's resident tax: municipal and prefectural together.
    pub fn total(&self) -> u64 {
        self.municipal_tax.saturating_add(self.prefectural_tax)
    }

    /// What was paid: the deck's `paid`, else the whole tax.
    pub fn paid_yen(&self) -> u64 {
        self.paid.unwrap_or_else(|| self.total())
    }
}

/// A past address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddressEntry {
    /// Date the person started living there (YYYY-MM-DD).
    pub from: String,
    /// The address in Japanese.
    pub address: String,
}

/// An event of the family register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterEvent {
    /// Date (YYYY-MM-DD).
    pub date: String,
    /// Kind in Japanese: 出生, 婚姻, 転籍, 養子縁組 …
    pub event: String,
    /// The entry's wording, e.g. 「出生地 茨城県つくば市」.
    #[serde(default)]
    pub detail: String,
}
