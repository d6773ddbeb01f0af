//! Tools that look at the kiosk window from outside, with no display: the off-screen renderer,
//! walkthrough reports, the accessibility audit and the tour of every screen they share; and
//! the research tools: recording sessions (the timeline format), the study of recordings and
//! the prediction of time on task.

pub mod audit;
pub mod offscreen;
pub mod predict;
pub mod recording;
pub mod study;
pub mod timeline;
pub mod tour;
pub mod walkthrough;
