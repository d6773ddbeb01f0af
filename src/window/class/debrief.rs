//! The debrief: a station's recorded session, read from the class database's `recordings`
//! (its body is the timeline's JSON as the recorder writes `<name>.timeline.json`), played
//! back screen by screen: each screen the trainee saw, how long, what they touched on it and
//! the observer's notes, to the outcome.
//!
//! The class database keeps the timeline only, not the scenario file the recorder writes
//! beside it, so the debrief replays the timeline and cannot redraw the kiosk's panel (the
//! study's replay pages, `kofu study`, do that from a folder where both files are).

use crate::research::timeline::{Input, Note, ScreenVisit, Timeline};

/// The debrief's state.
#[derive(Debug, Clone, Default)]
pub struct Debrief {
    /// The recording asked for and not come yet.
    pub loading: Option<i64>,
    /// The recording on show: its number, and its timeline or why it does not read.
    pub shown: Option<(i64, Result<Timeline, String>)>,
    /// The screen on show (an index into the timeline's screens).
    pub at: usize,
}

impl Debrief {
    /// Recording `seq` was asked for.
    pub fn asked(&mut self, seq: i64) {
        self.loading = Some(seq);
    }

    /// Recording `seq`'s body came (or why not): it is read and shown from its first screen.
    pub fn loaded(&mut self, seq: i64, body: Result<String, String>) {
        if self.loading == Some(seq) {
            self.loading = None;
        }
        let read =
            body.and_then(|b| serde_json::from_str::<Timeline>(&b).map_err(|e| e.to_string()));
        self.shown = Some((seq, read));
        self.at = 0;
    }

    /// The timeline on show, if it read.
    pub fn timeline(&self) -> Option<&Timeline> {
        self.shown.as_ref().and_then(|(_, t)| t.as_ref().ok())
    }
}

/// A screen of a timeline with what happened on it.
#[derive(Debug, Clone)]
pub struct ScreenPart<'a> {
    /// The screen's visit.
    pub visit: &'a ScreenVisit,
    /// The inputs made while it was on show.
    pub inputs: Vec<&'a Input>,
    /// The notes written while it was on show.
    pub notes: Vec<&'a Note>,
}

/// Screen `k` of `t` with its inputs and notes (an input or note at a boundary belongs to the
/// screen it was made on: the one entered at or before it).
pub fn part(t: &Timeline, k: usize) -> Option<ScreenPart<'_>> {
    let visit = t.screens.get(k)?;
    let next = t.screens.get(k + 1).map(|v| v.entered_ms);
    let within = |ms: u64| ms >= visit.entered_ms && next.is_none_or(|n| ms < n);
    Some(ScreenPart {
        visit,
        inputs: t.inputs.iter().filter(|i| within(i.t_ms)).collect(),
        notes: t.notes.iter().filter(|n| within(n.t_ms)).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_that_does_not_read_says_why_and_a_screen_gets_its_inputs() {
        let mut d = Debrief::default();
        d.asked(3);
        d.loaded(3, Ok("{not json".into()));
        assert!(d.loading.is_none());
        assert!(matches!(&d.shown, Some((3, Err(_)))));
        let json = r#"{"scenario":"s.toml","vendor":"fujifilm","municipality":"tsukuba",
            "lang":"ja","display":"normal","started_at":"t","simulated_start":"t",
            "inputs":[{"t_ms":10,"kind":"tap","screen":"language","target":"English","event":"language"},
                      {"t_ms":900,"kind":"tap","screen":"services","target":null,"event":null}],
            "screens":[{"screen":"language","entered_ms":0,"left_ms":500},
                       {"screen":"services","entered_ms":500,"left_ms":1000}],
            "notes":[{"t_ms":700,"text":"hesitates"}],
            "outcome":{"status":"cancelled"}}"#;
        d.loaded(4, Ok(json.into()));
        let t = d.timeline().expect("reads");
        let second = part(t, 1).expect("two screens");
        assert_eq!(second.inputs.len(), 1);
        assert_eq!(second.notes.len(), 1);
        assert_eq!(part(t, 0).map(|p| p.inputs.len()), Some(1));
        assert!(part(t, 2).is_none());
    }
}
