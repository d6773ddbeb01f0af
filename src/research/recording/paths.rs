//! Where a recording says its deck and profiles are: relative to the recording's folder, so
//! the folder moves (to another machine) with them and still replays (README "Recording").

use std::path::Path;

/// A file named by the session (a deck, or a profile `….toml`, relative to where the window
/// was started or absolute) as a path relative to the recording's folder `dir`, which is where
/// the scenario reads it from; absolute when no relative path leads there (another drive) or
/// the file cannot be found; a bundled profile id as it is. Both ends are canonical (symbolic
/// links resolved) so `..` steps are right.
pub(super) fn from_recording(name: &str, file: bool, dir: &Path) -> String {
    let path = Path::new(name);
    if !(file || path.extension().is_some_and(|e| e == "toml")) {
        return name.to_string();
    }
    let Ok(target) = path.canonicalize().or_else(|_| std::path::absolute(path)) else {
        return name.to_string();
    };
    dir.canonicalize()
        .ok()
        .and_then(|base| pathdiff::diff_paths(&target, base))
        .unwrap_or(target)
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::from_recording;
    #[test]
    fn files_are_written_relative_to_the_recording_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let study = tmp.path().join("study");
        for d in ["decks", "rec"] {
            std::fs::create_dir_all(study.join(d)).unwrap();
        }
        for f in ["decks/p.toml", "rec/here.toml", "town.toml"] {
            std::fs::write(study.join(f), "").unwrap();
        }
        let rec = study.join("rec");
        let named = |p: &str| study.join(p).display().to_string();
        assert_eq!(
            from_recording(&named("decks/p.toml"), true, &rec),
            "../decks/p.toml".replace('/', std::path::MAIN_SEPARATOR_STR)
        );
        assert_eq!(
            from_recording(&named("rec/here.toml"), true, &rec),
            "here.toml"
        );
        // A `..` in the name as given is resolved before the path is made.
        assert_eq!(
            from_recording(&named("decks/../town.toml"), false, &rec),
            "../town.toml".replace('/', std::path::MAIN_SEPARATOR_STR)
        );
        assert_eq!(from_recording("tsukuba", false, &rec), "tsukuba");
    }
}
