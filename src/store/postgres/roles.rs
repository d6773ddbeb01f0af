//! The roles of a class database (issue 25, item 6), made by `kofu class init`: two group
//! roles without login, `kofu_kiosk` and `kofu_instructor`, their grants and row-level
//! security, and the login roles an IT person names (each a member of one group).
//!
//! A kiosk records decisions (the journal, PIN counts, issues, the issue counter,
//! registrations), keeps its own station row, reads commands, acknowledges them for its own
//! stations, and adds its own results and recordings; it may not write a command, change or
//! delete a result, or touch another kiosk's rows. Which rows are a kiosk's is the login role
//! that wrote them (`owner`, filled with `current_user` by the schema), so each kiosk should log
//! in with a role of its own. The instructor reads everything and writes commands. The
//! database's owner (who runs `kofu class init`) is bypassed by row-level security, as
//! PostgreSQL does for a table's owner, and keeps every right.
//!
//! Everything here may be run again: groups and logins are created when missing, grants and
//! policies are made anew, so running it after a kofu update grants the new tables too.

use postgres::{Client, Transaction};

use super::{Label, PgResult, open_client, schema};
use crate::domain::record::StoreError;

/// The group role kiosks log in under (as members).
pub const KIOSK_GROUP: &str = "kofu_kiosk";
/// The group role instructor stations log in under (as members).
pub const INSTRUCTOR_GROUP: &str = "kofu_instructor";

/// Which group a login role joins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// A kiosk: records decisions, keeps its own rows.
    Kiosk,
    /// The instructor station: reads everything, sends commands.
    Instructor,
}

impl Group {
    /// The group role's name.
    pub fn role(self) -> &'static str {
        match self {
            Self::Kiosk => KIOSK_GROUP,
            Self::Instructor => INSTRUCTOR_GROUP,
        }
    }
}

/// A login role `kofu class init` creates, or joins to its group when it exists.
#[derive(Clone, PartialEq, Eq)]
pub struct Login {
    /// The role's name.
    pub name: String,
    /// Its group.
    pub group: Group,
    /// Its password, if one is to be set (hashed here before it is sent).
    pub password: Option<String>,
}

impl std::fmt::Debug for Login {
    // A password never reaches a message, a log or a report.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Login")
            .field("name", &self.name)
            .field("group", &self.group)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .finish()
    }
}

/// What `kofu class init` did, to be printed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InitReport {
    /// The schema version found (0: an empty database).
    pub found: i32,
    /// The schema version now.
    pub version: i32,
    /// One line per thing done, in order.
    pub done: Vec<String>,
    /// Things the IT person should know (a role that bypasses the rules, no password).
    pub notes: Vec<String>,
}

/// A role's name as an SQL identifier, quoted.
fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// A string as an SQL literal.
fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// Why a login role's name cannot be used, if it cannot.
pub fn check_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("a role's name is empty".into());
    }
    if name.len() > 63 {
        return Err(format!(
            "role name {name:?} is longer than PostgreSQL's 63 bytes"
        ));
    }
    if name.chars().any(char::is_control) {
        return Err(format!("role name {name:?} has a control character"));
    }
    if name.starts_with("pg_") || name == KIOSK_GROUP || name == INSTRUCTOR_GROUP {
        return Err(format!(
            "role name {name:?} is reserved (pg_…, or one of kofu's groups)"
        ));
    }
    if name == "public" || name == "current_user" || name == "session_user" {
        return Err(format!("role name {name:?} is reserved by PostgreSQL"));
    }
    Ok(())
}

/// The grants, made anew each time (`{schema}` and `{db}` are quoted identifiers).
const GRANTS: &str = "
    REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM kofu_kiosk, kofu_instructor;
    REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM kofu_kiosk, kofu_instructor;
    GRANT CONNECT ON DATABASE {db} TO kofu_kiosk, kofu_instructor;
    GRANT USAGE ON SCHEMA {schema} TO kofu_kiosk, kofu_instructor;
    GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO kofu_kiosk, kofu_instructor;
    GRANT SELECT ON schema_version TO kofu_kiosk;
    GRANT SELECT, INSERT ON events TO kofu_kiosk;
    GRANT SELECT, INSERT, UPDATE ON pins, issues, registrations TO kofu_kiosk;
    GRANT SELECT, UPDATE ON counters TO kofu_kiosk;
    GRANT SELECT, INSERT, UPDATE ON stations TO kofu_kiosk;
    GRANT SELECT ON commands TO kofu_kiosk;
    GRANT SELECT, INSERT ON command_acks, results TO kofu_kiosk;
    GRANT SELECT, INSERT, UPDATE ON recordings TO kofu_kiosk;
    GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO kofu_instructor;
    GRANT INSERT ON commands TO kofu_instructor;";

/// Row-level security: a kiosk's rows are those its login role wrote; the instructor reads
/// all. (The owner of the tables is not subject to it.)
const POLICIES: &str = "
    ALTER TABLE stations ENABLE ROW LEVEL SECURITY;
    ALTER TABLE command_acks ENABLE ROW LEVEL SECURITY;
    ALTER TABLE results ENABLE ROW LEVEL SECURITY;
    ALTER TABLE recordings ENABLE ROW LEVEL SECURITY;
    DROP POLICY IF EXISTS kofu_kiosk_own ON stations;
    DROP POLICY IF EXISTS kofu_kiosk_own ON command_acks;
    DROP POLICY IF EXISTS kofu_kiosk_own ON results;
    DROP POLICY IF EXISTS kofu_kiosk_own ON recordings;
    DROP POLICY IF EXISTS kofu_instructor_reads ON stations;
    DROP POLICY IF EXISTS kofu_instructor_reads ON command_acks;
    DROP POLICY IF EXISTS kofu_instructor_reads ON results;
    DROP POLICY IF EXISTS kofu_instructor_reads ON recordings;
    CREATE POLICY kofu_kiosk_own ON stations TO kofu_kiosk
        USING (owner = current_user) WITH CHECK (owner = current_user);
    CREATE POLICY kofu_kiosk_own ON command_acks TO kofu_kiosk
        USING (owner = current_user)
        WITH CHECK (owner = current_user AND station IN
                    (SELECT name FROM stations WHERE owner = current_user));
    CREATE POLICY kofu_kiosk_own ON results TO kofu_kiosk
        USING (owner = current_user) WITH CHECK (owner = current_user);
    CREATE POLICY kofu_kiosk_own ON recordings TO kofu_kiosk
        USING (owner = current_user) WITH CHECK (owner = current_user);
    CREATE POLICY kofu_instructor_reads ON stations FOR SELECT TO kofu_instructor USING (true);
    CREATE POLICY kofu_instructor_reads ON command_acks FOR SELECT TO kofu_instructor
        USING (true);
    CREATE POLICY kofu_instructor_reads ON results FOR SELECT TO kofu_instructor USING (true);
    CREATE POLICY kofu_instructor_reads ON recordings FOR SELECT TO kofu_instructor
        USING (true);";

/// Prepares the database at `url` for a class, as its owner: the schema brought to this
/// kofu's version, the two groups, their grants and policies, and `logins`. One transaction
/// after the migration: on an error nothing of the roles' part is left half made.
pub fn init_class(url: &str, logins: &[Login]) -> Result<InitReport, StoreError> {
    let (mut client, label) = open_client(url)?;
    check_rights(&mut client, &label)?;
    let found = schema::migrate(&mut client, &label)?;
    let mut report = InitReport {
        found,
        version: schema::LATEST,
        ..InitReport::default()
    };
    report.done.push(if found == schema::LATEST {
        format!("schema already at version {found}")
    } else {
        format!("schema migrated from version {found} to {}", schema::LATEST)
    });
    let mut tx = client.transaction().or_pg(&label)?;
    for group in [KIOSK_GROUP, INSTRUCTOR_GROUP] {
        if role_exists(&mut tx, &label, group)? {
            report
                .done
                .push(format!("group role {group} already there"));
        } else {
            tx.batch_execute(&format!("CREATE ROLE {group} NOLOGIN"))
                .or_pg(&label)?;
            report
                .done
                .push(format!("group role {group} created (NOLOGIN)"));
        }
    }
    let names: (String, String) = {
        let row = tx
            .query_one(
                "SELECT current_schema()::text, current_database()::text",
                &[],
            )
            .or_pg(&label)?;
        (row.try_get(0).or_pg(&label)?, row.try_get(1).or_pg(&label)?)
    };
    let grants = GRANTS
        .replace("{schema}", &ident(&names.0))
        .replace("{db}", &ident(&names.1));
    tx.batch_execute(&grants).or_pg(&label)?;
    report.done.push(format!(
        "grants made anew in schema {} of database {}",
        names.0, names.1
    ));
    tx.batch_execute(POLICIES).or_pg(&label)?;
    report
        .done
        .push("row-level security on stations, command_acks, results, recordings".into());
    for login in logins {
        add_login(&mut tx, &label, login, &mut report)?;
    }
    tx.commit().or_pg(&label)?;
    Ok(report)
}

/// Refuses early, in words, a role that cannot make roles.
fn check_rights(client: &mut Client, label: &Label) -> Result<(), StoreError> {
    let row = client
        .query_one(
            "SELECT current_user::text, rolsuper OR rolcreaterole FROM pg_roles
             WHERE rolname = current_user",
            &[],
        )
        .or_pg(label)?;
    let who: String = row.try_get(0).or_pg(label)?;
    let may: bool = row.try_get(1).or_pg(label)?;
    if !may {
        return Err(label.error(format!(
            "role {who} may not create roles (it needs CREATEROLE): run `kofu class init` as \
             the database's owner with CREATEROLE, or as a superuser"
        )));
    }
    // Grants and row-level security are the tables' owner's to set (or a superuser's).
    let owner = client
        .query_opt(
            "SELECT t.tableowner::text FROM pg_tables t, pg_roles r
             WHERE t.schemaname = current_schema() AND t.tablename = 'stations'
               AND r.rolname = current_user AND NOT r.rolsuper
               AND t.tableowner <> current_user",
            &[],
        )
        .or_pg(label)?;
    match owner {
        Some(row) => {
            let owner: String = row.try_get(0).or_pg(label)?;
            Err(label.error(format!(
                "kofu's tables here belong to role {owner}, not {who}: run `kofu class init` \
                 as {owner} (given CREATEROLE), or as a superuser"
            )))
        }
        None => Ok(()),
    }
}

/// True when a role of this name exists.
fn role_exists(tx: &mut Transaction<'_>, label: &Label, name: &str) -> Result<bool, StoreError> {
    let row = tx
        .query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&name])
        .or_pg(label)?;
    Ok(row.is_some())
}

/// Creates a login role in its group, or joins an existing one to it; sets its password
/// (sent as a SCRAM-SHA-256 verifier, never in clear).
fn add_login(
    tx: &mut Transaction<'_>,
    label: &Label,
    login: &Login,
    report: &mut InitReport,
) -> Result<(), StoreError> {
    let name = ident(&login.name);
    let group = login.group.role();
    let password = login
        .password
        .as_deref()
        .map(|p| literal(&postgres_protocol::password::scram_sha_256(p.as_bytes())));
    if role_exists(tx, label, &login.name)? {
        tx.batch_execute(&format!("GRANT {group} TO {name}"))
            .or_pg(label)?;
        let mut line = format!("login role {} already there, member of {group}", login.name);
        if let Some(p) = &password {
            tx.batch_execute(&format!("ALTER ROLE {name} PASSWORD {p}"))
                .or_pg(label)?;
            line.push_str(", password set");
        }
        report.done.push(line);
        let other = match login.group {
            Group::Kiosk => Group::Instructor,
            Group::Instructor => Group::Kiosk,
        };
        let row = tx
            .query_one(
                "SELECT rolsuper OR rolbypassrls, rolcanlogin, pg_has_role($1::name, $2::name, 'MEMBER')
                 FROM pg_roles WHERE rolname = $1",
                &[&login.name, &other.role()],
            )
            .or_pg(label)?;
        let bypass: bool = row.try_get(0).or_pg(label)?;
        let can_login: bool = row.try_get(1).or_pg(label)?;
        if row.try_get::<_, bool>(2).or_pg(label)? {
            report.notes.push(format!(
                "{} is also a member of {}: it has both groups' rights (REVOKE {} FROM {name} \
                 if it should not)",
                login.name,
                other.role(),
                other.role()
            ));
        }
        if bypass {
            report.notes.push(format!(
                "{} is a superuser or bypasses row-level security: the rules do not hold for it",
                login.name
            ));
        }
        if !can_login {
            report.notes.push(format!(
                "{} may not log in (NOLOGIN): ALTER ROLE {name} LOGIN if it is meant to",
                login.name
            ));
        }
    } else {
        let with = password
            .as_ref()
            .map_or(String::new(), |p| format!(" PASSWORD {p}"));
        tx.batch_execute(&format!("CREATE ROLE {name} LOGIN{with} IN ROLE {group}"))
            .or_pg(label)?;
        report.done.push(format!(
            "login role {} created, member of {group}{}",
            login.name,
            if password.is_some() {
                ", password set"
            } else {
                ""
            }
        ));
    }
    if password.is_none() {
        report.notes.push(format!(
            "{} has no password set here: it logs in only where pg_hba.conf needs none \
             (peer, cert) or with one set before",
            login.name
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_quoted_and_checked() {
        assert_eq!(ident("kiosk-01"), "\"kiosk-01\"");
        assert_eq!(ident("a\"b"), "\"a\"\"b\"");
        assert_eq!(literal("it's"), "'it''s'");
        assert!(check_name("kiosk-01").is_ok());
        assert!(check_name("").is_err());
        assert!(check_name("pg_monitor").is_err());
        assert!(check_name(KIOSK_GROUP).is_err());
        assert!(check_name(&"x".repeat(64)).is_err());
        assert!(check_name("a\nb").is_err());
    }

    #[test]
    fn a_password_never_shows_in_debug() {
        let l = Login {
            name: "k1".into(),
            group: Group::Kiosk,
            password: Some("s3cret".into()),
        };
        assert!(!format!("{l:?}").contains("s3cret"));
    }
}
