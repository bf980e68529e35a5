/// Why an SMTP conversation failed, naming the step and what the server said.
public enum SMTPError: Error, Hashable, Sendable, CustomStringConvertible {
    case connectionFailed(host: String, port: Int, reason: String)
    /// The server answered with another code than the step expects.
    case rejected(step: SMTPStep, reply: SMTPReply)
    case timedOut(step: SMTPStep)
    case connectionLost(step: SMTPStep, reason: String)
    case malformedReply(step: SMTPStep, line: String)
    /// Credentials are configured but the server offers neither AUTH PLAIN nor AUTH LOGIN.
    case authenticationUnavailable(offered: [String])
    /// STARTTLS is required but the server does not offer it: nothing more is sent in plain text.
    case startTLSUnavailable
    /// The TLS handshake failed (an untrusted certificate, a name that does not match) or the upgrade was unsafe.
    case tlsFailed(step: SMTPStep, reason: String)

    public var description: String {
        switch self {
        case .connectionFailed(let host, let port, let reason):
            "SMTP connection to \(host):\(port) failed: \(reason)"
        case .rejected(let step, let reply):
            "SMTP \(step) refused: \(reply)"
        case .timedOut(let step):
            "SMTP \(step) timed out"
        case .connectionLost(let step, let reason):
            "SMTP connection lost at \(step): \(reason)"
        case .malformedReply(let step, let line):
            "SMTP \(step): malformed reply \"\(line)\""
        case .authenticationUnavailable(let offered):
            "SMTP server offers no AUTH PLAIN nor LOGIN (offered: \(offered.joined(separator: " ")))"
        case .startTLSUnavailable:
            "SMTP server does not offer STARTTLS, which ENTENTE_SMTP_TLS=starttls requires: nothing sent in plain text"
        case .tlsFailed(let step, let reason):
            "SMTP TLS failed at \(step): \(reason)"
        }
    }
}

/// A step of the conversation, as the server sees it.
public enum SMTPStep: Hashable, Sendable, CustomStringConvertible {
    case greeting
    case ehlo
    case helo
    case startTLS
    case authentication
    case mailFrom(String)
    case rcptTo(String)
    case data
    /// The message and its final ".".
    case message
    case quit

    public var description: String {
        switch self {
        case .greeting: "greeting"
        case .ehlo: "EHLO"
        case .helo: "HELO"
        case .startTLS: "STARTTLS"
        case .authentication: "AUTH"
        case .mailFrom(let address): "MAIL FROM:<\(address)>"
        case .rcptTo(let address): "RCPT TO:<\(address)>"
        case .data: "DATA"
        case .message: "message"
        case .quit: "QUIT"
        }
    }
}
