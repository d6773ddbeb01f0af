//! kofu: a desktop emulator of the kiosk that prints official certificates at Japanese
//! convenience stores (コンビニ交付). It prints **specimens** only.
//!
//! - [`domain`]: rules, session state machine, payment, journal (no UI, no PDF).
//! - [`pdf`]: the one PDF engine (face, subset, pages, text, colour, 禁則 wrapping) under the
//!   certificate and the handouts.
//! - [`scenario`]: scenario files, the headless runner and the JSON outcome.
//! - [`training`]: trainer exercises: marking, score, session log (JSON and PDF).

pub mod certificate;
pub mod domain;
pub mod error;
pub mod handbook;
pub mod handout;
pub mod i18n;
pub mod kiosk;
pub mod output;
pub mod pdf;
pub mod report;
pub mod research;
pub mod scenario;
pub mod store;
pub mod training;
pub mod window;
