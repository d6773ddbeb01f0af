//! The kiosk's brain. Nothing in here knows about a window, a PDF or a scenario file format
//! beyond the data files it loads: the GUI, the scenario runner and the tests all drive
//! [`session::Session`] with the same [`session::Event`]s.

pub mod calendar;
pub mod card;
pub mod card_facts;
pub mod effect;
pub mod eligibility;
pub mod keypad;
pub mod machine;
pub mod municipality;
pub mod next_step;
pub mod office;
pub mod options;
pub mod payment;
pub mod reason;
pub mod record;
pub mod refusal;
pub mod registry;
pub mod session;
pub mod store;
pub mod vendor;
pub mod vocab;
