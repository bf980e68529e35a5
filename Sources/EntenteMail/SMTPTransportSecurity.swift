/// How the connection to the SMTP server is protected (`ENTENTE_SMTP_TLS`).
public enum SMTPTransportSecurity: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// Plain TCP: only for a relay on the same host or a trusted network.
    case none
    /// Plain TCP upgraded with STARTTLS after EHLO (RFC 3207); a server that does not offer it is refused,
    /// never used in plain text.
    case startTLS = "starttls"
    /// TLS from the first byte, usually on port 465 (RFC 8314).
    case implicitTLS = "tls"

    /// The port used when none is configured.
    public var defaultPort: Int {
        self == .implicitTLS ? 465 : 25
    }

    public var description: String { rawValue }
}
