//! A password for a URL that has none, found as libpq finds it (rust-postgres does not):
//! `PGPASSWORD`, else the password file, `PGPASSFILE` or `~/.pgpass`, whose lines are
//! `host:port:database:username:password` (`*` matches anything in the first four fields,
//! `\:` and `\\` escape, `#` starts a comment line). The first matching line wins. A file
//! that its group or others may read is ignored with a warning, as libpq does: the passwords
//! of a class must not be readable by every account of a shared machine.
//!
//! The host matched is the URL's first host: a name, or a socket folder's path (`localhost`
//! for the system's default folder); else its `hostaddr`; else `localhost`.

use std::path::{Path, PathBuf};

use postgres::Config;
use postgres::config::Host;

/// The socket folders libpq uses when none is given (matched as `localhost`).
const DEFAULT_SOCKETS: &[&str] = &["/var/run/postgresql", "/run/postgresql", "/tmp"];

/// What a password file's line is matched against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Key {
    /// The host's name or socket folder.
    pub host: String,
    /// The port.
    pub port: String,
    /// The database.
    pub database: String,
    /// The user.
    pub user: String,
}

impl Key {
    /// The key of a parsed URL; `None` without a user (libpq would take the system's).
    pub(crate) fn of(config: &Config) -> Option<Self> {
        let user = config.get_user()?.to_string();
        let host = match config.get_hosts().first() {
            Some(Host::Tcp(h)) => h.clone(),
            #[cfg(unix)]
            Some(Host::Unix(p)) => {
                let p = p.to_string_lossy().trim_end_matches('/').to_string();
                if DEFAULT_SOCKETS.contains(&p.as_str()) {
                    "localhost".to_string()
                } else {
                    p
                }
            }
            None => config
                .get_hostaddrs()
                .first()
                .map_or_else(|| "localhost".to_string(), ToString::to_string),
        };
        let port = config.get_ports().first().copied().unwrap_or(5432);
        Some(Self {
            host,
            port: port.to_string(),
            database: config.get_dbname().unwrap_or(&user).to_string(),
            user,
        })
    }
}

/// The fields of one line, unescaped; `None` for a line with fewer than five.
fn fields(line: &str) -> Option<[String; 5]> {
    let mut out: Vec<String> = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let (Some(next), Some(field)) = (chars.next(), out.last_mut()) {
                    field.push(next);
                }
            }
            ':' if out.len() < 5 => out.push(String::new()),
            c => {
                if let Some(field) = out.last_mut() {
                    field.push(c);
                }
            }
        }
    }
    out.try_into().ok()
}

/// The password of the first line of `text` that matches `key`.
pub(crate) fn find(text: &str, key: &Key) -> Option<String> {
    let wanted = [&key.host, &key.port, &key.database, &key.user];
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(fields)
        .find(|f| {
            f.iter()
                .zip(wanted)
                .all(|(field, want)| field == "*" || field == want)
        })
        .map(|[.., password]| password)
}

/// The password file libpq would read.
fn file() -> Option<PathBuf> {
    match std::env::var_os("PGPASSFILE") {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => Some(dirs::home_dir()?.join(".pgpass")),
    }
}

/// The file's text, unless it is missing, not a file, or readable by others (then with a
/// warning on stderr, as libpq gives).
fn read(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() {
        eprintln!(
            "warning: password file {} is not a plain file, not read",
            path.display()
        );
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            eprintln!(
                "warning: password file {} has group or world access, not read; \
                 permissions should be u=rw (0600) or less",
                path.display()
            );
            return None;
        }
    }
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(e) => {
            eprintln!("warning: password file {}: {e}, not read", path.display());
            None
        }
    }
}

/// Gives `config` a password when its URL has none: `PGPASSWORD`, else the password file's.
pub(crate) fn fill(config: &mut Config) {
    if config.get_password().is_some() {
        return;
    }
    if let Some(p) = std::env::var_os("PGPASSWORD").filter(|p| !p.is_empty()) {
        config.password(p.to_string_lossy().as_bytes());
        return;
    }
    let Some(key) = Key::of(config) else {
        return;
    };
    let found = file()
        .and_then(|path| read(&path))
        .and_then(|text| find(&text, &key));
    if let Some(password) = found {
        config.password(password);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn key(host: &str, port: &str, db: &str, user: &str) -> Key {
        Key {
            host: host.into(),
            port: port.into(),
            database: db.into(),
            user: user.into(),
        }
    }

    #[test]
    fn lines_match_field_by_field_with_wildcards() {
        let text = "# the class\n\
                    db.school:5432:class:kiosk01:first\n\
                    *:*:class:kiosk01:second\n\
                    *:*:*:*:last\n";
        assert_eq!(
            find(text, &key("db.school", "5432", "class", "kiosk01")).as_deref(),
            Some("first")
        );
        assert_eq!(
            find(text, &key("10.0.0.5", "5433", "class", "kiosk01")).as_deref(),
            Some("second")
        );
        assert_eq!(
            find(text, &key("db.school", "5432", "other", "teacher")).as_deref(),
            Some("last")
        );
        assert_eq!(find("a:1:b:c:p\n", &key("a", "1", "b", "d")), None);
        assert_eq!(
            find("a:1:b:c\n", &key("a", "1", "b", "c")),
            None,
            "four fields"
        );
    }

    #[test]
    fn escapes_let_a_colon_or_a_backslash_in() {
        let text = "/run/pg\\:x:5432:class:k:pa\\:ss\\\\w:rd\n";
        assert_eq!(
            find(text, &key("/run/pg:x", "5432", "class", "k")).as_deref(),
            Some("pa:ss\\w:rd"),
            "the password is the rest of the line"
        );
    }

    #[test]
    fn the_key_of_a_url() {
        let c: Config = "postgresql://kiosk01@db.school:5433/class".parse().unwrap();
        assert_eq!(
            Key::of(&c),
            Some(key("db.school", "5433", "class", "kiosk01"))
        );
        let c: Config = "postgresql://kiosk01@/class?host=/run/postgresql"
            .parse()
            .unwrap();
        assert_eq!(
            Key::of(&c),
            Some(key("localhost", "5432", "class", "kiosk01"))
        );
        let c: Config = "postgresql://kiosk01@/?host=/srv/pg".parse().unwrap();
        assert_eq!(
            Key::of(&c),
            Some(key("/srv/pg", "5432", "kiosk01", "kiosk01"))
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_file_others_may_read_is_ignored() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pgpass");
        std::fs::write(&path, "*:*:*:*:pw\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(read(&path).as_deref(), Some("*:*:*:*:pw\n"));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        assert_eq!(read(&path), None);
    }
}
