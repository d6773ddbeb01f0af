//! TLS to the class database when its URL asks, with libpq's meanings of `sslmode` (rustls,
//! no system library):
//! - `disable`: never;
//! - `prefer` (the default): TLS when the server offers it, its certificate not checked (as
//!   libpq), and plain when the server has none or the handshake fails;
//! - `require`: TLS or no connection, the certificate not checked, unless a root certificate
//!   is at hand (`sslrootcert=` or `~/.postgresql/root.crt`), when it is `verify-ca` (as libpq);
//! - `verify-ca`: TLS with a certificate signed by a trusted root, whatever its name;
//! - `verify-full`: that, and the certificate names the host connected to.
//!
//! The roots: `sslrootcert=FILE` (PEM), `sslrootcert=system` (the operating system's), else
//! `~/.postgresql/root.crt` when it exists, else the operating system's (libpq would refuse).
//! A Unix socket never uses TLS (PostgreSQL offers none there; libpq does not ask either).
//! rust-postgres parses neither `verify-*` nor `sslrootcert`, so [`split_url`] takes them out.

use std::path::PathBuf;
use std::sync::Arc;

use postgres::config::{Host, SslMode};
use postgres::{Client, Config, NoTls};
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, verify_tls12_signature, verify_tls13_signature};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore};
use tokio_postgres_rustls::MakeRustlsConnect;

/// What the URL asks of TLS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// `sslmode=disable`.
    Disable,
    /// `sslmode=prefer`, or none given.
    Prefer,
    /// `sslmode=require`.
    Require,
    /// `sslmode=verify-ca`.
    VerifyCa,
    /// `sslmode=verify-full`.
    VerifyFull,
}

/// The URL's TLS parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Params {
    /// `sslmode`.
    pub mode: Mode,
    /// `sslrootcert`: a PEM file, or `system`.
    pub root: Option<String>,
}

/// Why a connection could not be made: the setting up (a root file), or the connection.
#[derive(Debug)]
pub(crate) enum ConnectError {
    /// Before any connection: the message says what and where.
    Setup(String),
    /// The server or the network refused.
    Pg(postgres::Error),
}

/// `%XX` escapes decoded (a query value of a URL).
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The URL without `sslmode` and `sslrootcert` (which rust-postgres is given otherwise), and
/// the TLS the URL asks for; an `sslmode` libpq does not know, or `allow`, is refused.
pub(crate) fn split_url(url: &str) -> Result<(String, Params), String> {
    let mut params = Params {
        mode: Mode::Prefer,
        root: None,
    };
    let Some((base, query)) = url.split_once('?') else {
        return Ok((url.to_string(), params));
    };
    let mut kept = Vec::new();
    for pair in query.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "sslmode" => {
                params.mode = match decode(value).as_str() {
                    "disable" => Mode::Disable,
                    "prefer" => Mode::Prefer,
                    "require" => Mode::Require,
                    "verify-ca" => Mode::VerifyCa,
                    "verify-full" => Mode::VerifyFull,
                    other => {
                        return Err(format!(
                            "sslmode={other} is not one this kofu knows: disable, prefer, \
                             require, verify-ca or verify-full"
                        ));
                    }
                };
            }
            "sslrootcert" => params.root = Some(decode(value)),
            _ => kept.push(pair),
        }
    }
    let url = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    Ok((url, params))
}

/// libpq's default root file, `~/.postgresql/root.crt`, when it exists.
fn default_root() -> Option<PathBuf> {
    let path = dirs::home_dir()?.join(".postgresql").join("root.crt");
    path.is_file().then_some(path)
}

/// The trusted roots: a PEM file, or the system's.
fn roots(root: Option<&str>) -> Result<RootCertStore, String> {
    let mut store = RootCertStore::empty();
    let file = match root {
        Some("system") => None,
        Some(path) => Some(PathBuf::from(path)),
        None => default_root(),
    };
    if let Some(path) = file {
        let certs = CertificateDer::pem_file_iter(&path)
            .and_then(|it| it.collect::<Result<Vec<_>, _>>())
            .map_err(|e| format!("sslrootcert {}: {e}", path.display()))?;
        let (added, _) = store.add_parsable_certificates(certs);
        if added == 0 {
            return Err(format!(
                "sslrootcert {}: no certificate in it (PEM expected)",
                path.display()
            ));
        }
        return Ok(store);
    }
    let found = rustls_native_certs::load_native_certs();
    store.add_parsable_certificates(found.certs);
    if store.is_empty() {
        return Err(
            "no trusted root certificates on this system: give sslrootcert=FILE in the URL".into(),
        );
    }
    Ok(store)
}

/// Checks a certificate's chain (and, for `verify-full`, its name), or only the handshake's
/// signatures (`prefer`, `require` without a root).
#[derive(Debug)]
struct Verifier {
    /// The chain's check; `None`: the certificate is not checked.
    chain: Option<Arc<WebPkiServerVerifier>>,
    /// The host's name must be the certificate's.
    check_name: bool,
    /// The signature algorithms.
    provider: Arc<CryptoProvider>,
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let Some(chain) = &self.chain else {
            return Ok(ServerCertVerified::assertion());
        };
        match chain.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
            // The chain is checked before the name: a name error means the chain was good.
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) if !self.check_name => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// The rustls connector for a mode (not `disable`). `ring` is rustls's provider that builds
/// with no system library and no CMake; rustls 0.23.48 marks its constructor deprecated for
/// lacking post-quantum key exchange (aws-lc-rs has it), which PostgreSQL servers built on
/// OpenSSL 3.0 do not offer either.
#[allow(deprecated)]
fn connector(params: &Params) -> Result<MakeRustlsConnect, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let has_root = params.root.is_some() || default_root().is_some();
    let (verify, check_name) = match params.mode {
        Mode::Disable | Mode::Prefer => (false, false),
        Mode::Require => (has_root, false),
        Mode::VerifyCa => (true, false),
        Mode::VerifyFull => (true, true),
    };
    let chain = if verify {
        let roots = Arc::new(roots(params.root.as_deref())?);
        let built = WebPkiServerVerifier::builder_with_provider(roots, provider.clone())
            .build()
            .map_err(|e| format!("the trusted roots: {e}"))?;
        Some(built)
    } else {
        None
    };
    let verifier = Verifier {
        chain,
        check_name,
        provider: provider.clone(),
    };
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS: {e}"))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}

/// True when every host of the URL is a Unix socket (no TLS there).
fn only_sockets(config: &Config) -> bool {
    let hosts = config.get_hosts();
    !hosts.is_empty()
        && config.get_hostaddrs().is_empty()
        && hosts.iter().all(|h| !matches!(h, Host::Tcp(_)))
}

/// Connects as the URL's TLS parameters say (see the module's notes).
pub(crate) fn connect(config: &mut Config, params: &Params) -> Result<Client, ConnectError> {
    if params.mode == Mode::Disable || only_sockets(config) {
        config.ssl_mode(SslMode::Disable);
        return config.connect(NoTls).map_err(ConnectError::Pg);
    }
    let tls = connector(params).map_err(ConnectError::Setup)?;
    if params.mode == Mode::Prefer {
        config.ssl_mode(SslMode::Prefer);
        return match config.connect(tls) {
            // libpq's `prefer`: a failed handshake is tried again without TLS.
            Err(e) if e.to_string().starts_with("error performing TLS handshake") => {
                config.ssl_mode(SslMode::Disable);
                config.connect(NoTls).map_err(ConnectError::Pg)
            }
            other => other.map_err(ConnectError::Pg),
        };
    }
    config.ssl_mode(SslMode::Require);
    config.connect(tls).map_err(ConnectError::Pg)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn the_tls_parameters_are_taken_out_of_the_url() {
        let (url, p) = split_url(
            "postgres://k@db/class?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem&port=5433",
        )
        .unwrap();
        assert_eq!(url, "postgres://k@db/class?port=5433");
        assert_eq!(p.mode, Mode::VerifyFull);
        assert_eq!(p.root.as_deref(), Some("/etc/ca.pem"));
        let (url, p) = split_url("postgres://k@db/class?sslmode=require").unwrap();
        assert_eq!(
            (url.as_str(), p.mode),
            ("postgres://k@db/class", Mode::Require)
        );
        let (_, p) = split_url("postgres://k@db/class").unwrap();
        assert_eq!(p.mode, Mode::Prefer);
        assert!(split_url("postgres://k@db/c?sslmode=allow").is_err());
        assert!(split_url("postgres://k@db/c?sslmode=requir").is_err());
    }

    #[test]
    fn a_root_file_without_a_certificate_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("root.crt");
        std::fs::write(&path, "not a certificate\n").unwrap();
        let err = roots(Some(path.to_str().unwrap())).unwrap_err();
        assert!(err.contains("root.crt"), "{err}");
        let err = roots(Some("/nonexistent/root.crt")).unwrap_err();
        assert!(err.contains("/nonexistent/root.crt"), "{err}");
    }
}
