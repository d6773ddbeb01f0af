//! What a research session leaves behind, below the window that records it: the timeline
//! format (inputs, screens, notes, answers, outcome) and the recorder that writes a session's
//! timeline and its replayable scenario. The window feeds it; `kofu study` and the reports
//! (above the window) read what it wrote.

pub mod recording;
pub mod timeline;
