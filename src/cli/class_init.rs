//! `kofu class init URL`: prepares a database for a class (issue 25), run by the database's
//! owner: the schema at this kofu's version, the group roles `kofu_kiosk` and
//! `kofu_instructor` with their grants and row-level security, and the login roles named
//! with `--kiosk` and `--instructor` ([`kofu::store::postgres::roles`]). It may be run again
//! (after a kofu update, or to add a kiosk): what exists is kept, grants are made anew.
//!
//! Passwords never come from the command line (a shell's history and `ps` would show them):
//! from `--passwords FILE` (`role:password` lines) or `KOFU_CLASS_PASSWORD` (one for every
//! login named without a line), hashed before they are sent, and never printed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kofu::store::postgres::roles::{Group, Login, check_name, init_class};
use kofu::store::postgres::{is_url, redact};

/// The environment variable with one password for every login role without a line in
/// `--passwords`.
const PASSWORD_ENV: &str = "KOFU_CLASS_PASSWORD";

/// Arguments of `kofu class init`.
#[derive(clap::Args, Debug)]
pub struct InitArgs {
    /// The class database, as its owner (`postgres://…`).
    #[arg(value_parser = super::state::StateParser)]
    pub url: PathBuf,
    /// A login role for a kiosk (made a member of kofu_kiosk); repeat for each kiosk. Give
    /// each kiosk its own: a kiosk's rows are its login role's.
    #[arg(long = "kiosk", value_name = "ROLE")]
    pub kiosks: Vec<String>,
    /// A login role for the instructor station (a member of kofu_instructor); may repeat.
    #[arg(long = "instructor", value_name = "ROLE")]
    pub instructors: Vec<String>,
    /// A file of `role:password` lines (`#` comments) with the login roles' passwords.
    /// Otherwise KOFU_CLASS_PASSWORD, if set, is every named role's password.
    #[arg(long, value_name = "FILE")]
    pub passwords: Option<PathBuf>,
}

/// Bad input: the message, for exit 2.
struct Bad(String);

/// Reads `role:password` lines; an error names the file, line and column.
fn read_passwords(path: &Path, named: &[&str]) -> Result<HashMap<String, String>, Bad> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Bad(format!("{}: cannot read: {e}", path.display())))?;
    let mut out = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        let at = |col: usize| format!("{}:{}:{col}", path.display(), i + 1);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((role, password)) = line.split_once(':') else {
            return Err(Bad(format!("{}: expected role:password", at(1))));
        };
        if !named.contains(&role) {
            return Err(Bad(format!(
                "{}: role {role:?} is not named with --kiosk or --instructor",
                at(1)
            )));
        }
        if password.is_empty() {
            return Err(Bad(format!(
                "{}: the password is empty",
                at(role.len() + 2)
            )));
        }
        if out.insert(role.to_string(), password.to_string()).is_some() {
            return Err(Bad(format!("{}: role {role:?} has a line already", at(1))));
        }
    }
    Ok(out)
}

/// A warning when the passwords file may be read by its group or others (it holds every
/// kiosk's password): `chmod 600` it, as libpq asks of `.pgpass`.
fn readable_by_others(path: &Path) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).ok()?.permissions().mode();
        if mode & 0o077 != 0 {
            return Some(format!(
                "{} may be read by its group or others: chmod 600 it, or delete it once the \
                 kiosks are set up",
                path.display()
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    None
}

/// The login roles to make, with their passwords, from the arguments.
fn logins(args: &InitArgs) -> Result<Vec<Login>, Bad> {
    let named: Vec<(&str, Group)> = args
        .kiosks
        .iter()
        .map(|n| (n.as_str(), Group::Kiosk))
        .chain(
            args.instructors
                .iter()
                .map(|n| (n.as_str(), Group::Instructor)),
        )
        .collect();
    for (i, (name, _)) in named.iter().enumerate() {
        check_name(name).map_err(Bad)?;
        if named[..i].iter().any(|(n, _)| n == name) {
            return Err(Bad(format!(
                "role {name:?} is named twice (a role is a kiosk or the instructor, once)"
            )));
        }
    }
    let names: Vec<&str> = named.iter().map(|(n, _)| *n).collect();
    let mut file = match &args.passwords {
        Some(p) => read_passwords(p, &names)?,
        None => HashMap::new(),
    };
    let shared = std::env::var(PASSWORD_ENV).ok().filter(|p| !p.is_empty());
    Ok(named
        .into_iter()
        .map(|(name, group)| Login {
            name: name.to_string(),
            group,
            password: file.remove(name).or_else(|| shared.clone()),
        })
        .collect())
}

/// Runs `kofu class init`: exit 0 with what it did; 2 for bad input (not a URL, a bad role
/// name, a bad password file); 1 when the database refuses or cannot be reached.
pub fn run(args: InitArgs) -> ExitCode {
    let Some(url) = args.url.to_str().filter(|u| is_url(u)) else {
        eprintln!(
            "error: kofu class init: {} is not a database URL (postgres://… or postgresql://…)",
            args.url.display()
        );
        return ExitCode::from(2);
    };
    let logins = match logins(&args) {
        Ok(l) => l,
        Err(Bad(e)) => {
            eprintln!("error: kofu class init: {e}");
            return ExitCode::from(2);
        }
    };
    match init_class(url, &logins) {
        Ok(report) => {
            println!("kofu class init: {}", redact(url));
            for line in &report.done {
                println!("  {line}");
            }
            let open = args.passwords.as_deref().and_then(readable_by_others);
            for note in report.notes.iter().chain(&open) {
                println!("  note: {note}");
            }
            println!(
                "  kiosks connect with --state 'postgresql://ROLE@HOST/DATABASE'; the \
                 instructor with kofu class 'postgresql://ROLE@HOST/DATABASE'"
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: kofu class init: {e}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn a_password_file_error_names_its_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pw");
        std::fs::write(&path, "# class 3\nk1:one\n\nk2:\n").unwrap();
        let Err(Bad(e)) = read_passwords(&path, &["k1", "k2"]) else {
            panic!("an empty password was taken");
        };
        assert!(e.ends_with("pw:4:4: the password is empty"), "{e}");
        std::fs::write(&path, "k1:one\nk9:two\n").unwrap();
        let Err(Bad(e)) = read_passwords(&path, &["k1"]) else {
            panic!("a role not named was taken");
        };
        assert!(e.contains("pw:2:1") && !e.contains("two"), "{e}");
        std::fs::write(&path, "k1:o:ne\n").unwrap();
        let got = read_passwords(&path, &["k1"]).ok().unwrap();
        assert_eq!(got["k1"], "o:ne", "a password may hold a colon");
    }
}
