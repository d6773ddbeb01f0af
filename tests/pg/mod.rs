//! A throwaway PostgreSQL server for the class-database tests: `initdb` and `pg_ctl` from
//! `/usr/lib/postgresql/*/bin` (or `$KOFU_PG_BIN`), on a Unix socket in a private temp folder
//! (no TCP), stopped when dropped. As root the server runs as the `postgres` user (PostgreSQL
//! refuses root) in a folder that user owns. Without the binaries a test skips with one line
//! saying why, unless `KOFU_REQUIRE_PG=1` (CI), which makes the skip a failure.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A running server; stopped when dropped.
pub struct Server {
    /// The temp folder (data, socket, log).
    dir: tempfile::TempDir,
    /// The PostgreSQL binaries.
    bin: PathBuf,
    /// The port (names the socket file).
    pub port: u16,
    /// Run the server's commands as `postgres` (we are root).
    as_postgres: bool,
}

/// The newest `/usr/lib/postgresql/N/bin` with `initdb`, or `$KOFU_PG_BIN`.
fn find_bin() -> Option<PathBuf> {
    if let Some(b) = std::env::var_os("KOFU_PG_BIN") {
        let b = PathBuf::from(b);
        return b.join("initdb").is_file().then_some(b);
    }
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let v = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").is_file().then_some((v, bin))
        })
        .collect();
    found.sort();
    found.pop().map(|(_, b)| b)
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

impl Server {
    /// Starts a server, or `None` (after one line on stderr) when PostgreSQL is not installed.
    pub fn start(test: &str) -> Option<Server> {
        let Some(bin) = find_bin() else {
            let why = "no PostgreSQL binaries (initdb) in /usr/lib/postgresql/*/bin or \
                       $KOFU_PG_BIN: apt-get install postgresql";
            assert!(
                std::env::var("KOFU_REQUIRE_PG").as_deref() != Ok("1"),
                "KOFU_REQUIRE_PG=1 but {why}"
            );
            // Straight to the file descriptor: the test harness hides `eprintln!` of a passing test.
            let _ = writeln!(std::io::stderr(), "skipped {test}: {why}");
            return None;
        };
        let dir = tempfile::Builder::new()
            .prefix("kofu-pg-")
            .tempdir()
            .unwrap();
        let as_postgres = is_root();
        static NEXT: std::sync::atomic::AtomicU16 = std::sync::atomic::AtomicU16::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let port = 20_000 + (std::process::id() % 30_000) as u16 + n;
        let s = Server {
            dir,
            bin,
            port,
            as_postgres,
        };
        if as_postgres {
            let st = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(s.dir.path())
                .status()
                .unwrap();
            assert!(st.success(), "chown to postgres failed");
        }
        let data = s.dir.path().join("data");
        s.run(
            "initdb",
            &[
                "-D",
                data.to_str().unwrap(),
                "-U",
                "kofu",
                "-A",
                "trust",
                "--no-sync",
                "--data-checksums",
                "-E",
                "UTF8",
                "--locale=C",
            ],
        );
        let opts = format!(
            "-k {} -p {port} -c listen_addresses='' -c max_connections=100",
            s.dir.path().display()
        );
        let log = s.dir.path().join("log");
        s.run(
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap(),
                "-o",
                &opts,
                "-l",
                log.to_str().unwrap(),
                "-w",
                "start",
            ],
        );
        Some(s)
    }

    /// Runs a PostgreSQL program (as `postgres` when we are root); panics with its output.
    fn run(&self, prog: &str, args: &[&str]) {
        let exe = self.bin.join(prog);
        let out = if self.as_postgres {
            Command::new("runuser")
                .args(["-u", "postgres", "--"])
                .arg(&exe)
                .args(args)
                .output()
        } else {
            Command::new(&exe).args(args).output()
        }
        .unwrap();
        assert!(
            out.status.success(),
            "{prog} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// The socket folder.
    pub fn socket_dir(&self) -> &Path {
        self.dir.path()
    }

    /// The URL of database `db` on this server.
    pub fn url(&self, db: &str) -> String {
        format!(
            "postgresql://kofu@/{db}?host={}&port={}",
            self.dir.path().display(),
            self.port
        )
    }

    /// Creates an empty database and returns its URL.
    pub fn create_db(&self, db: &str) -> String {
        let mut c = postgres::Client::connect(&self.url("postgres"), postgres::NoTls).unwrap();
        c.batch_execute(&format!("CREATE DATABASE {db}")).unwrap();
        self.url(db)
    }

    /// A superuser connection to `db`, for what the tests look at or change behind kofu.
    pub fn client(&self, db: &str) -> postgres::Client {
        postgres::Client::connect(&self.url(db), postgres::NoTls).unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let data = self.dir.path().join("data");
        let exe = self.bin.join("pg_ctl");
        let args = ["-D", data.to_str().unwrap_or(""), "-m", "immediate", "stop"];
        let _ = if self.as_postgres {
            Command::new("runuser")
                .args(["-u", "postgres", "--"])
                .arg(&exe)
                .args(args)
                .output()
        } else {
            Command::new(&exe).args(args).output()
        };
    }
}

/// Additions for the TLS and password tests (issue 25, item 6): files in the data folder, a
/// restart with more settings (a TCP port on 127.0.0.1, TLS), a URL over TCP. Nothing above
/// changes: a server is still started on its socket alone.
impl Server {
    /// The data folder (pg_hba.conf, certificates).
    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// Writes `name` in the data folder, the server's user's, mode 0600 (as PostgreSQL wants
    /// of a private key).
    pub fn put_file(&self, name: &str, contents: &[u8]) {
        use std::os::unix::fs::PermissionsExt;
        let path = self.data_dir().join(name);
        std::fs::write(&path, contents).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        if self.as_postgres {
            let st = Command::new("chown")
                .arg("postgres:postgres")
                .arg(&path)
                .status()
                .unwrap();
            assert!(st.success(), "chown {} failed", path.display());
        }
    }

    /// Restarts the server with `extra` after its own options (`-c name=value …`, the later
    /// winning), e.g. `-c listen_addresses=127.0.0.1 -c ssl=on`.
    pub fn restart_with(&self, extra: &str) {
        let data = self.data_dir();
        let opts = format!(
            "-k {} -p {} -c listen_addresses='' -c max_connections=100 {extra}",
            self.dir.path().display(),
            self.port
        );
        let log = self.dir.path().join("log");
        self.run(
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap(),
                "-o",
                &opts,
                "-l",
                log.to_str().unwrap(),
                "-w",
                "restart",
            ],
        );
    }

    /// The URL of database `db` as `user` over TCP on 127.0.0.1 (after a restart that
    /// listens there), with `query` (`sslmode=…`, or empty).
    pub fn tcp_url(&self, user: &str, db: &str, query: &str) -> String {
        let q = if query.is_empty() {
            String::new()
        } else {
            format!("?{query}")
        };
        format!("postgresql://{user}@127.0.0.1:{}/{db}{q}", self.port)
    }
}

/// Additions for the outage tests (issue 25, item 5): the server stopped and started again
/// under load, on the same socket, port and data. Nothing above changes.
impl Server {
    /// Stops the server (`pg_ctl stop -m fast`: sessions are ended, the data kept).
    pub fn stop(&self) {
        let data = self.data_dir();
        self.run(
            "pg_ctl",
            &["-D", data.to_str().unwrap(), "-m", "fast", "-w", "stop"],
        );
    }

    /// Starts the stopped server again with its first options.
    pub fn start_again(&self) {
        let data = self.data_dir();
        let opts = format!(
            "-k {} -p {} -c listen_addresses='' -c max_connections=100",
            self.dir.path().display(),
            self.port
        );
        let log = self.dir.path().join("log");
        self.run(
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap(),
                "-o",
                &opts,
                "-l",
                log.to_str().unwrap(),
                "-w",
                "start",
            ],
        );
    }
}
