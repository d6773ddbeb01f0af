//! Tools that look at the kiosk window from outside, with no display: the off-screen renderer,
//! walkthrough reports, the accessibility audit and the tour of every screen they share.

pub mod audit;
pub mod offscreen;
pub mod study;
pub mod timeline;
pub mod tour;
pub mod walkthrough;
