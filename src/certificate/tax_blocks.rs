//! The blocks of the tax certificates (課税・非課税証明書, 納税証明書): the holder's entry and
//! the facts the kind certifies (the resident record items are in [`super::blocks`]).
//!
//! The payment certificate prints what Bunkyo's page says it adds to the taxation
//! certificate, 「（課税証明書の内容に追加して）納税額」
//! (<https://www.city.bunkyo.lg.jp/tetsuzuki/zeimu/shomei.html>): the year's tax, what was
//! paid and what is still to pay (a salary-withheld resident pays monthly until May, so a
//! part not yet due is normal and is said so).

use super::blocks::{Shown, line, person_block, yen};
use super::model::{Block, fiscal_year_label};
use crate::domain::municipality::Municipality;
use crate::domain::registry::{Person, Registry, TaxRecord};
use crate::domain::session::CertOptions;

/// The fiscal year's heading lines: the year and the calendar year of the income.
fn year_lines(b: &mut Block, y: i32) {
    b.lines.push(line("年度", fiscal_year_label(y)));
    b.lines
        .push(line("所得の年", format!("{}年（1月1日〜12月31日）", y - 1)));
}

/// The record of year `y`, if the deck has one.
fn record(holder: &Person, y: i32) -> Option<&TaxRecord> {
    holder.tax_records.iter().find(|t| t.year == y)
}

/// The tax certificate: the holder's entry and, for the fiscal year chosen, the income,
/// deductions, dependants and taxes on record (or that there are none).
pub(super) fn tax_block(
    holder: &Person,
    reg: &Registry,
    m: &Municipality,
    o: &CertOptions,
) -> Block {
    let tax = &m.local_tax;
    let mut b = person_block(holder, reg, &Shown::default());
    if let Some(y) = o.year {
        year_lines(&mut b, y);
        match record(holder, y) {
            Some(t) => {
                b.lines.push(line("総所得金額", yen(t.income)));
                b.lines.push(line("所得控除額合計", yen(t.deductions)));
                b.lines
                    .push(line("扶養人数", format!("{}人", t.dependants)));
                b.lines
                    .push(line(&format!("{}額", tax.municipal), yen(t.municipal_tax)));
                b.lines.push(line(
                    &format!("{}額", tax.prefectural),
                    yen(t.prefectural_tax),
                ));
                let total = t.total();
                b.lines
                    .push(line("課税区分", if total == 0 { "非課税" } else { "課税" }));
            }
            None => b
                .lines
                .push(line("課税区分", "記録上の税額なし（見本データ）")),
        }
    }
    b
}

/// The tax payment certificate: the holder's entry and, for the fiscal year chosen, the
/// year's tax by the ward's names, what was paid and what remains (not yet due: the kiosk
/// refuses a year with tax overdue before it prints).
pub(super) fn payment_block(
    holder: &Person,
    reg: &Registry,
    m: &Municipality,
    o: &CertOptions,
) -> Block {
    let tax = &m.local_tax;
    let mut b = person_block(holder, reg, &Shown::default());
    let Some(y) = o.year else { return b };
    year_lines(&mut b, y);
    let Some(t) = record(holder, y) else {
        b.lines
            .push(line("納税額", "記録上の税額なし（見本データ）"));
        return b;
    };
    let names = format!("{}・{}", tax.municipal, tax.prefectural);
    b.lines.push(line("税目", names));
    b.lines.push(line("年税額", yen(t.total())));
    b.lines.push(line("納付済額", yen(t.paid_yen())));
    let rest = t.total().saturating_sub(t.paid_yen());
    b.lines.push(line(
        "未納付額",
        if rest == 0 {
            yen(0)
        } else {
            format!("{}（納期未到来分）", yen(rest))
        },
    ));
    b
}
