//! TLS and passwords to a class database (issue 25, item 6) on a throwaway server listening on
//! 127.0.0.1: `sslmode=require` connects to a server with `ssl=on` whose pg_hba.conf refuses
//! plain TCP, `verify-full` checks the certificate's root and name and `verify-ca` its root
//! only, and a password comes from a `.pgpass` file (PGPASSFILE) when the URL has none — and
//! not from one its group may read. Certificates are made here with the `openssl` command.
//! Skips with one line when PostgreSQL is not installed (fails under KOFU_REQUIRE_PG=1).

// Tests may unwrap: a panic is the failure report.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

mod pg;

use std::path::Path;
use std::process::{Command, Output};

use kofu::store::postgres::PgStore;

const SCENARIO: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/scenarios/happy-resident-fujifilm.toml"
);

/// The name the server's certificate is for (never resolved: reached by `hostaddr`).
const NAME: &str = "kofu-class.test";

/// Runs `openssl` in `dir`; panics with its output.
fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the openssl command (Debian's openssl package)");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CA `ca` in `dir` (`ca.crt`, `ca.key`).
fn make_ca(dir: &Path, ca: &str) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-days",
            "2",
            "-subj",
            &format!("/CN={ca}"),
            "-keyout",
            &format!("{ca}.key"),
            "-out",
            &format!("{ca}.crt"),
        ],
    );
}

/// A server certificate for [`NAME`] signed by CA `ca` (`server.crt`, `server.key`).
fn make_server_cert(dir: &Path, ca: &str) {
    openssl(
        dir,
        &[
            "req",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-subj",
            &format!("/CN={NAME}"),
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
        ],
    );
    std::fs::write(
        dir.join("ext"),
        format!(
            "subjectAltName=DNS:{NAME}\nbasicConstraints=CA:FALSE\n\
             keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n"
        ),
    )
    .unwrap();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            &format!("{ca}.crt"),
            "-CAkey",
            &format!("{ca}.key"),
            "-CAcreateserial",
            "-days",
            "2",
            "-out",
            "server.crt",
            "-extfile",
            "ext",
        ],
    );
}

/// A server on 127.0.0.1 with TLS on and plain TCP refused (the socket stays trusted for the
/// test's own connections); `None` when PostgreSQL is not installed.
fn tls_server(test: &str, certs: &Path) -> Option<pg::Server> {
    let server = pg::Server::start(test)?;
    make_ca(certs, "ca");
    make_ca(certs, "other-ca");
    make_server_cert(certs, "ca");
    server.put_file(
        "server.crt",
        &std::fs::read(certs.join("server.crt")).unwrap(),
    );
    server.put_file(
        "server.key",
        &std::fs::read(certs.join("server.key")).unwrap(),
    );
    server.put_file(
        "pg_hba.conf",
        b"local all all trust\n\
          hostssl all all 127.0.0.1/32 trust\n\
          hostnossl all all 127.0.0.1/32 reject\n",
    );
    server.restart_with(
        "-c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file=server.crt \
         -c ssl_key_file=server.key",
    );
    Some(server)
}

/// How many connections to `db` use TLS, as the server counts them.
fn tls_connections(server: &pg::Server, db: &str) -> i64 {
    server
        .client("postgres")
        .query_one(
            "SELECT count(*) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)
             WHERE a.datname = $1 AND s.ssl",
            &[&db],
        )
        .unwrap()
        .get(0)
}

#[test]
fn sslmode_require_connects_over_tls() {
    let certs = tempfile::tempdir().unwrap();
    let Some(server) = tls_server("sslmode_require_connects_over_tls", certs.path()) else {
        return;
    };
    server.create_db("class");
    let ca = certs.path().join("ca.crt");
    let other = certs.path().join("other-ca.crt");

    // Plain TCP is refused by the server: what connects below did so over TLS.
    let err = PgStore::connect(&server.tcp_url("kofu", "class", "sslmode=disable")).unwrap_err();
    assert!(err.to_string().contains("pg_hba.conf"), "{err}");

    let mut store = PgStore::connect(&server.tcp_url("kofu", "class", "sslmode=require")).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        kofu::store::postgres::schema::LATEST
    );
    assert_eq!(tls_connections(&server, "class"), 1);
    drop(store);

    // prefer (the default) takes TLS when the server offers it.
    let prefer = PgStore::connect(&server.tcp_url("kofu", "class", "")).unwrap();
    assert_eq!(tls_connections(&server, "class"), 1);
    drop(prefer);

    // verify-full: the root and the name (the URL's host, reached at hostaddr).
    let full = |root: &Path| {
        format!(
            "postgresql://kofu@{NAME}:{}/class?hostaddr=127.0.0.1&sslmode=verify-full&sslrootcert={}",
            server.port,
            root.display()
        )
    };
    PgStore::connect(&full(&ca)).unwrap();
    let err = PgStore::connect(&full(&other)).unwrap_err().to_string();
    assert!(
        err.contains("TLS") && err.contains("UnknownIssuer"),
        "{err}"
    );
    // 127.0.0.1 is not the certificate's name: verify-full refuses, verify-ca does not check it.
    let by_ip = |mode: &str| {
        server.tcp_url(
            "kofu",
            "class",
            &format!("sslmode={mode}&sslrootcert={}", ca.display()),
        )
    };
    let err = PgStore::connect(&by_ip("verify-full"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("not valid for name \"127.0.0.1\""), "{err}");
    PgStore::connect(&by_ip("verify-ca")).unwrap();
    // require with a root given checks the root, as libpq does.
    let err = PgStore::connect(&server.tcp_url(
        "kofu",
        "class",
        &format!("sslmode=require&sslrootcert={}", other.display()),
    ))
    .unwrap_err()
    .to_string();
    assert!(err.contains("UnknownIssuer"), "{err}");
}

fn kofu(args: &[&str], envs: &[(&str, &Path)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kofu"));
    c.args(args)
        .env(
            "KOFU_ASSETS",
            concat!(env!("CARGO_MANIFEST_DIR"), "/assets"),
        )
        .env_remove("PGPASSWORD")
        .env_remove("PGPASSFILE")
        .env_remove("KOFU_CLASS_PASSWORD");
    for (k, v) in envs {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_pgpass_file_supplies_the_password() {
    let Some(server) = pg::Server::start("a_pgpass_file_supplies_the_password") else {
        return;
    };
    server.put_file(
        "pg_hba.conf",
        b"local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n",
    );
    server.restart_with("-c listen_addresses=127.0.0.1");
    let owner = server.create_db("class");
    let tmp = tempfile::tempdir().unwrap();
    let home = tmp.path().join("home");
    std::fs::create_dir(&home).unwrap();

    // The owner makes the kiosk's role, its password from a file (never the command line).
    let passwords = tmp.path().join("passwords");
    std::fs::write(&passwords, "kiosk01:Tr41n-the-cl4ss\n").unwrap();
    let o = kofu(
        &["class", "init", &owner, "--kiosk", "kiosk01", "--passwords"],
        &[],
    );
    assert_eq!(
        o.status.code(),
        Some(2),
        "--passwords needs its file: {}",
        stderr(&o)
    );
    let mut args = vec!["class", "init", &owner, "--kiosk", "kiosk01", "--passwords"];
    args.push(passwords.to_str().unwrap());
    let o = kofu(&args, &[("HOME", &home)]);
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(o.status.success(), "{}{out}", stderr(&o));
    assert!(
        out.contains("login role kiosk01 created, member of kofu_kiosk, password set"),
        "{out}"
    );
    assert!(
        !out.contains("Tr41n") && !stderr(&o).contains("Tr41n"),
        "{out}"
    );
    // Written with the usual umask (0644): init says so.
    assert!(
        out.contains("may be read by its group or others: chmod 600"),
        "{out}"
    );

    // No sslmode: `prefer`, which goes on without TLS on this server (it has none).
    let url = server.tcp_url("kiosk01", "class", "");
    let run = |envs: &[(&str, &Path)]| kofu(&["run", SCENARIO, "--state", &url], envs);

    // No password anywhere: the server refuses.
    let o = run(&[("HOME", &home)]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("password"), "{}", stderr(&o));

    // A .pgpass (0600) with a wildcard line after one for another database.
    let pgpass = tmp.path().join("pgpass");
    std::fs::write(
        &pgpass,
        format!(
            "# the class\n127.0.0.1:{}:other:kiosk01:wrong\n*:*:class:kiosk01:Tr41n-the-cl4ss\n",
            server.port
        ),
    )
    .unwrap();
    set_mode(&pgpass, 0o600);
    let o = run(&[("HOME", &home), ("PGPASSFILE", &pgpass)]);
    assert!(o.status.success(), "{}", stderr(&o));
    // ~/.pgpass too.
    std::fs::copy(&pgpass, home.join(".pgpass")).unwrap();
    set_mode(&home.join(".pgpass"), 0o600);
    let o = run(&[("HOME", &home)]);
    assert!(o.status.success(), "{}", stderr(&o));

    // Readable by its group: ignored, with a warning, as libpq does.
    set_mode(&pgpass, 0o640);
    std::fs::remove_file(home.join(".pgpass")).unwrap();
    let o = run(&[("HOME", &home), ("PGPASSFILE", &pgpass)]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("group or world access"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("Tr41n"), "{}", stderr(&o));
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}
