//! A class database's URL as kofu shows it: recognised among `--state` values, and named in
//! messages without its password (a URL may carry one; a message, a log or a report must not).

/// True when a `--state` value names a PostgreSQL database rather than a folder.
pub fn is_url(state: &str) -> bool {
    state.starts_with("postgres://") || state.starts_with("postgresql://")
}

/// The URL without its password, for messages: a URL may carry one, a message must not.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (authority, tail) = rest.split_at(rest.find(['/', '?']).unwrap_or(rest.len()));
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) => match user.split_once(':') {
            Some((name, _)) => format!("{name}:***@{host}"),
            None => authority.to_string(),
        },
        None => authority.to_string(),
    };
    let tail: Vec<String> = tail
        .split('&')
        .map(|p| match p.split_once("password=") {
            Some((before, _)) => format!("{before}password=***"),
            None => p.to_string(),
        })
        .collect();
    format!("{scheme}://{authority}{}", tail.join("&"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_a_message() {
        assert_eq!(
            redact("postgres://kofu:s3cret@db.example/class?sslmode=disable"),
            "postgres://kofu:***@db.example/class?sslmode=disable"
        );
        assert_eq!(
            redact("postgresql:///class?host=/run/pg&password=s3cret"),
            "postgresql:///class?host=/run/pg&password=***"
        );
        assert_eq!(redact("postgres://kofu@h/c"), "postgres://kofu@h/c");
        assert!(is_url("postgresql://x") && is_url("postgres://x") && !is_url("./state"));
    }
}
