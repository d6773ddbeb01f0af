//! A person's tax data as written (`tax_years`, `[[person.tax_records]]`), each year and
//! amount checked to be in range.

use toml::Spanned;

use super::RawPerson;
use crate::domain::registry::TaxRecord;
use crate::error::{InputError, Source};

/// Fiscal years a deck may hold tax data for: from the first year of Heisei to a century on.
const FISCAL_YEARS: std::ops::RangeInclusive<i32> = 1989..=2100;

/// The largest amount of a tax record (¥1 trillion: no specimen income comes near it, and the
/// printer's thousands grouping stays in range).
const MAX_TAX_YEN: u64 = 1_000_000_000_000;

/// The ranges of a tax record, as the error message states them.
const TAX_RECORD_RANGES: &str = "year 1989..=2100, amounts 0..=1000000000000 yen, paid at most the year's tax, dependants 0..=99";

/// The fiscal years the person has tax data for: `tax_years` and the years of the checked
/// `tax_records`, sorted, each once.
pub(super) fn tax_years(p: &RawPerson, src: &Source) -> Result<Vec<i32>, InputError> {
    let mut tax_years = Vec::new();
    for y in &p.tax_years {
        tax_years.push(src.in_range("tax_years", y, FISCAL_YEARS)?);
    }
    for t in &p.tax_records {
        check_tax_record(t, src)?;
        tax_years.push(t.get_ref().year);
    }
    tax_years.sort_unstable();
    tax_years.dedup();
    Ok(tax_years)
}

/// One tax record's year and amounts, each in the range [`TAX_RECORD_RANGES`] states.
fn check_tax_record(t: &Spanned<TaxRecord>, src: &Source) -> Result<(), InputError> {
    let r = t.get_ref();
    let at = |field: &str, ok: bool| {
        if ok {
            Ok(())
        } else {
            Err(src.error_at(
                Some(t.span()),
                format!(
                    "tax record: `{field}` is out of range ({})",
                    TAX_RECORD_RANGES
                ),
            ))
        }
    };
    at("year", FISCAL_YEARS.contains(&r.year))?;
    for (field, v) in [
        ("income", r.income),
        ("deductions", r.deductions),
        ("municipal_tax", r.municipal_tax),
        ("prefectural_tax", r.prefectural_tax),
    ] {
        at(field, v <= MAX_TAX_YEN)?;
    }
    at("paid", r.paid.is_none_or(|p| p <= r.total()))?;
    at("dependants", r.dependants <= 99)
}
