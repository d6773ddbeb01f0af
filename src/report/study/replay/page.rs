//! A session's replay page (`OUT/replay/<session>.html`): the data as JSON in the page, a
//! player written in plain JavaScript inline (no network, no library), and a table of every
//! input for a reader without scripts. Every recorded string is escaped.

use serde::Serialize;

use crate::report::walkthrough::{Mask, esc};
use crate::research::timeline::{Input, InputKind, Timeline};
use crate::window::tokens;

/// The player: steps, play and pause at the recorded pace, keyboard ←/→ and space.
const PLAYER_JS: &str = include_str!("player.js");

/// The page's look: the picture sized to fit the window's height, 44 px controls.
const CSS: &str = include_str!("player.css");

/// One input as the player shows it.
#[derive(Debug, Serialize)]
struct Step<'a> {
    t_ms: u64,
    kind: InputKind,
    x: Option<f32>,
    y: Option<f32>,
    screen: &'a str,
    target: Option<String>,
    event: Option<&'a str>,
    miss: bool,
    picture: Option<&'a str>,
}

/// An observer's note on the time line.
#[derive(Debug, Serialize)]
struct NoteOut {
    t_ms: u64,
    text: String,
}

/// The page's data (`<script type="application/json" id="replay-data">`).
#[derive(Debug, Serialize)]
struct Data<'a> {
    session: &'a str,
    file: &'a str,
    vendor: &'a str,
    municipality: &'a str,
    lang: &'a str,
    display: &'a str,
    status: &'a str,
    width: f32,
    height: f32,
    end_ms: u64,
    warning: Option<&'a str>,
    inputs: Vec<Step<'a>>,
    notes: Vec<NoteOut>,
}

/// What a replay page shows besides the timeline.
#[derive(Debug)]
pub struct PageInput<'a> {
    /// The page's name (`<session>`).
    pub name: &'a str,
    /// The timeline file, as the study names it.
    pub file: &'a str,
    /// The session.
    pub timeline: &'a Timeline,
    /// Each input's picture, relative to the page.
    pub pictures: &'a [Option<String>],
    /// Why there are no pictures, or fewer than inputs.
    pub warning: Option<&'a str>,
    /// Personal data to blank in targets and notes.
    pub mask: &'a Mask,
}

/// The end of the session's time line: its last screen, input or note.
fn end_ms(t: &Timeline) -> u64 {
    let screens = t.screens.iter().map(|s| s.left_ms);
    let inputs = t.inputs.iter().map(|i| i.t_ms);
    let notes = t.notes.iter().map(|n| n.t_ms);
    screens.chain(inputs).chain(notes).max().unwrap_or(0)
}

fn step<'a>(i: &'a Input, picture: Option<&'a str>, mask: &Mask) -> Step<'a> {
    Step {
        t_ms: i.t_ms,
        kind: i.kind,
        x: i.x,
        y: i.y,
        screen: &i.screen,
        target: i.target.as_deref().map(|s| mask.text(s)),
        event: i.event.as_deref(),
        miss: crate::report::study::stats::is_miss(i),
        picture,
    }
}

/// The page's JSON, safe inside a `<script>` element.
fn data_json(p: &PageInput<'_>) -> String {
    let t = p.timeline;
    let data = Data {
        session: p.name,
        file: p.file,
        vendor: &t.vendor,
        municipality: &t.municipality,
        lang: &t.lang,
        display: &t.display,
        status: &t.outcome.status,
        width: tokens::PANEL_SIZE.x,
        height: tokens::PANEL_SIZE.y,
        end_ms: end_ms(t),
        warning: p.warning,
        inputs: t
            .inputs
            .iter()
            .enumerate()
            .map(|(k, i)| step(i, p.pictures.get(k).and_then(|x| x.as_deref()), p.mask))
            .collect(),
        notes: t
            .notes
            .iter()
            .map(|n| NoteOut {
                t_ms: n.t_ms,
                text: p.mask.text(&n.text),
            })
            .collect(),
    };
    // Serialising these types cannot fail; an empty object keeps the page loadable anyway.
    let json = serde_json::to_string(&data).unwrap_or_else(|_| "{}".into());
    // "</" would end the script element early.
    json.replace("</", "<\\/")
}

/// Every input as a table row, for reading without the player.
fn table(p: &PageInput<'_>) -> String {
    let mut h = String::from(
        "<details><summary>Every input as a table</summary><table><tr><th>#</th><th>Time (s)\
         </th><th>Kind</th><th>Screen</th><th>Target</th><th>Position</th><th>Step caused</th>\
         <th>Picture</th></tr>",
    );
    for (k, i) in p.timeline.inputs.iter().enumerate() {
        let miss = crate::report::study::stats::is_miss(i);
        let pos = match (i.x, i.y) {
            (Some(x), Some(y)) => format!("{x:.0}, {y:.0}"),
            _ => String::new(),
        };
        let target = i
            .target
            .as_deref()
            .map_or_else(|| "(no control)".to_string(), |s| p.mask.text(s));
        let pic = p
            .pictures
            .get(k)
            .and_then(|x| x.as_deref())
            .map_or_else(String::new, |f| format!("<a href=\"{0}\">{0}</a>", esc(f)));
        h.push_str(&format!(
            "<tr{}><td>{}</td><td>{:.1}</td><td>{:?}</td><td>{}</td><td>{}{}</td><td>{}</td>\
             <td>{}</td><td>{}</td></tr>",
            if miss { " class=\"miss\"" } else { "" },
            k + 1,
            i.t_ms as f64 / 1000.0,
            i.kind,
            esc(&i.screen),
            esc(&target),
            if miss { " — miss" } else { "" },
            pos,
            esc(i.event.as_deref().unwrap_or("")),
            pic
        ));
    }
    h.push_str("</table></details>");
    h
}

/// The whole page.
pub fn html(p: &PageInput<'_>) -> String {
    let t = p.timeline;
    let mut h = String::from("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    h.push_str(&format!(
        "<title>Replay of {} — kofu study</title><style>{CSS}</style></head><body>",
        esc(p.name)
    ));
    h.push_str(&format!(
        "<p class=\"meta\"><a href=\"../study.html\">← study</a></p><h1>Replay of {}</h1>\
         <p class=\"meta\" title=\"{}\">{} · {} · language at the end {} · display {} · \
         {}{}</p>",
        esc(p.name),
        esc(p.file),
        esc(&t.vendor),
        esc(&t.municipality),
        esc(&t.lang),
        esc(&t.display),
        esc(&t.outcome.status),
        design(t)
    ));
    if let Some(w) = p.warning {
        h.push_str(&format!("<p class=\"warn\">{}</p>", esc(w)));
    }
    h.push_str(
        "<div class=\"bar\"><button id=\"prev\" type=\"button\">◀ Previous</button>\
         <button id=\"play\" type=\"button\">▶ Play</button><button id=\"next\" type=\"button\">\
         Next ▶</button><span id=\"where\" aria-live=\"polite\"></span></div>\
         <div class=\"stage\" id=\"stage\"><img id=\"pic\" alt=\"\">\
         <div class=\"none\" id=\"none\">No picture of this state</div><svg id=\"marks\" aria-hidden=\"true\"></svg></div>\
         <div class=\"line\" id=\"line\" aria-label=\"Time line: inputs (blue, misses red) and \
         notes (orange)\"></div><p id=\"detail\"></p>\
         <p class=\"meta\">The panel before each input, replayed from the recorded scenario. \
         Blue ring: the tap; red ring with a cross: a miss (no control, or a disabled one); a \
         key or a hand on the machine is named at the foot. ←/→ step, space plays at the \
         recorded pace. PIN keys are drawn at the pad's centre, as recorded.</p>",
    );
    h.push_str(&notes(p));
    h.push_str(&table(p));
    h.push_str(&format!(
        "<script type=\"application/json\" id=\"replay-data\">{}</script><script>{PLAYER_JS}\
         </script></body></html>\n",
        data_json(p)
    ));
    h
}

/// The observer's notes, each with its time (the player marks those passed in bold).
fn notes(p: &PageInput<'_>) -> String {
    if p.timeline.notes.is_empty() {
        return "<h2>Observer's notes</h2><p id=\"notes\">None.</p>".into();
    }
    let mut h = String::from("<h2>Observer's notes</h2><ol class=\"notes\" id=\"notes\">");
    for n in &p.timeline.notes {
        h.push_str(&format!(
            "<li data-t=\"{}\">{:.1} s — {}</li>",
            n.t_ms,
            n.t_ms as f64 / 1000.0,
            esc(&p.mask.text(&n.text))
        ));
    }
    h.push_str("</ol>");
    h
}

/// The study design fields, when the session has any.
fn design(t: &Timeline) -> String {
    let d = &t.design;
    [
        ("participant", &d.participant),
        ("task", &d.task),
        ("condition", &d.condition),
    ]
    .iter()
    .filter_map(|(k, v)| v.as_deref().map(|v| format!(" · {k} {}", esc(v))))
    .collect()
}
