//! Tools that look at the kiosk window from outside, with no display: the off-screen renderer,
//! walkthrough reports, the accessibility audit and the tour of every screen they share; and
//! the research tools that read what was recorded ([`crate::research`]): the study of
//! recordings and the prediction of time on task.

pub mod audit;
pub mod offscreen;
pub mod predict;
pub mod study;
pub mod tour;
pub mod walkthrough;
