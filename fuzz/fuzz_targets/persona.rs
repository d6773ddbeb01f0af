//! Persona decks: `kofu::domain::registry::Registry::parse` never panics, and its errors point
//! inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(text) = kofu_fuzz::text(data) else {
        return;
    };
    match kofu::domain::registry::Registry::parse(&kofu_fuzz::source(text)) {
        Ok(reg) => {
            // Every card's holder is a person of the deck.
            for card in reg.cards.values() {
                assert!(reg.persons.contains_key(&card.holder), "card with unknown holder");
            }
        }
        Err(e) => kofu_fuzz::check_error(text, &e),
    }
});
