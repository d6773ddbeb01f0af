//! Municipality profiles: `kofu::domain::municipality::Municipality::parse` never panics, and
//! its errors point inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = kofu_fuzz::text(data) else {
        return;
    };
    match kofu::domain::municipality::Municipality::parse(&kofu_fuzz::source(text)) {
        Ok(m) => {
            assert!((1..=99).contains(&m.max_copies), "max_copies out of range");
        }
        Err(e) => kofu_fuzz::check_error(text, &e),
    }
});
