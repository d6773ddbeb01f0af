//! Vendor profiles: `kofu::domain::vendor::Vendor::parse` never panics, its errors point inside
//! the text, and what it accepts is in range.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = kofu_fuzz::text(data) else {
        return;
    };
    match kofu::domain::vendor::Vendor::parse(&kofu_fuzz::source(text)) {
        Ok(v) => {
            assert!((10..=600).contains(&v.inactivity_seconds), "inactivity out of range");
            assert!((20..=600).contains(&v.warning_seconds), "warning out of range");
            if let Some(max) = v.max_total_yen {
                assert!(kofu::domain::vendor::MAX_TOTAL_YEN_RANGE.contains(&max));
            }
        }
        Err(e) => kofu_fuzz::check_error(text, &e),
    }
});
