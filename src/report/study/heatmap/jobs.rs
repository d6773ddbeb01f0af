//! What each heat map holds: the taps of one vendor's screen in one language and display mode,
//! and the sessions they came from.

use std::collections::{BTreeMap, BTreeSet};

use super::super::Loaded;
use super::super::stats::{QUESTIONNAIRE, flow_rank, is_miss};
use crate::i18n::I18n;
use crate::research::timeline::{Input, InputKind, PIN_KEY, Timeline};

/// The fewest sessions a heat map is drawn for: with fewer, a picture shows a few people's
/// fingers, not where people touch (and it comes close to pointing at one participant).
pub const MIN_SESSIONS: usize = 5;

/// One picture of the kiosk: a vendor in a language and display mode (the taps of every
/// session run that way fall on exactly this picture).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Look {
    /// Vendor profile id (or file).
    pub vendor: String,
    /// Screen language.
    pub lang: String,
    /// `normal`, `large_text`, `high_contrast` or `large_text+high_contrast`.
    pub display: String,
}

/// The marks of one screen of one [`Look`].
#[derive(Debug, Default)]
pub struct Marks {
    /// Taps on a control.
    pub hits: Vec<(f32, f32)>,
    /// Taps on no control or a disabled one.
    pub misses: Vec<(f32, f32)>,
    /// PIN keys (counted, not drawn).
    pub pin_keys: usize,
    /// Indexes of the sessions that tapped this screen.
    pub sessions: BTreeSet<usize>,
}

/// Every screen with taps of one [`Look`], in flow order.
#[derive(Debug)]
pub struct Job {
    /// The picture's vendor, language and display.
    pub look: Look,
    /// Screen name and its marks.
    pub screens: Vec<(String, Marks)>,
}

/// The language on screen at each input of `t`. The timeline keeps only the language at the
/// end, but a language chosen on the home menu is an input (event `language`, the target the
/// language's own name, as `names` has it): inputs before the first such choice were made on
/// the kiosk's first language (Japanese), later ones on the language chosen. A session that
/// never chose one was in its end language throughout.
pub fn langs_at(t: &Timeline, names: &[(&'static str, String)]) -> Vec<String> {
    let chose = |i: &Input| i.event.as_deref() == Some("language");
    let mut now = if t.inputs.iter().any(chose) {
        "ja".to_string()
    } else {
        t.lang.clone()
    };
    let mut out = Vec::with_capacity(t.inputs.len());
    for i in &t.inputs {
        out.push(now.clone());
        if chose(i) {
            now = names
                .iter()
                .find(|(_, n)| Some(n.as_str()) == i.target.as_deref())
                .map_or_else(|| t.lang.clone(), |(c, _)| (*c).to_string());
        }
    }
    out
}

/// The taps of `sessions` grouped by look (each tap in the language on screen when it was
/// made) and screen; the questionnaire is left out.
pub fn jobs(sessions: &[Loaded]) -> Vec<Job> {
    let names = I18n::new().languages();
    let mut by_look: BTreeMap<Look, BTreeMap<(usize, &str), Marks>> = BTreeMap::new();
    for (n, l) in sessions.iter().enumerate() {
        let t = &l.timeline;
        for (i, lang) in t.inputs.iter().zip(langs_at(t, &names)) {
            let (InputKind::Tap, Some(x), Some(y)) = (i.kind, i.x, i.y) else {
                continue;
            };
            if i.screen == QUESTIONNAIRE {
                continue;
            }
            let look = Look {
                vendor: t.vendor.clone(),
                lang,
                display: t.display.clone(),
            };
            let m = by_look
                .entry(look)
                .or_default()
                .entry((flow_rank(&i.screen), &i.screen))
                .or_default();
            m.sessions.insert(n);
            if i.target.as_deref() == Some(PIN_KEY) {
                m.pin_keys += 1;
            } else if is_miss(i) {
                m.misses.push((x, y));
            } else {
                m.hits.push((x, y));
            }
        }
    }
    by_look
        .into_iter()
        .map(|(look, screens)| Job {
            look,
            screens: screens
                .into_iter()
                .map(|((_, s), m)| (s.to_string(), m))
                .collect(),
        })
        .collect()
}
