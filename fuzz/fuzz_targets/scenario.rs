//! Scenario files: `kofu::scenario::parse` never panics, and its errors point inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = kofu_fuzz::text(data) else {
        return;
    };
    match kofu::scenario::parse(kofu_fuzz::source(text)) {
        Ok(s) => {
            // A parsed scenario always has a step, and every step lies inside the text.
            assert!(!s.steps.is_empty(), "parsed a scenario without steps");
            for step in &s.steps {
                assert!(step.span.end <= text.len(), "step span past the end");
            }
        }
        Err(e) => kofu_fuzz::check_error(text, &e),
    }
});
