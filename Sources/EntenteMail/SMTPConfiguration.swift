/// Where and how to reach the SMTP server.
///
/// With TLS (STARTTLS or implicit), the server's certificate is verified against `host`, with the system's trust
/// roots or, when `trustedCAFile` is set, with that CA only.
public struct SMTPConfiguration: Hashable, Sendable {
    /// Also the name the server's certificate must carry (and the SNI), unless it is an IP address.
    public var host: String
    public var port: Int
    /// When set, the sender authenticates with AUTH PLAIN, or AUTH LOGIN when the server offers only that.
    public var credentials: SMTPCredentials?
    /// The address notifications are sent from.
    public var sender: String
    /// The name this client gives in EHLO.
    public var heloName: String
    /// The longest wait for the connection, then for each reply of the server.
    public var timeout: Duration
    public var security: SMTPTransportSecurity
    /// A PEM file of the certificate authorities to trust instead of the system's, for a relay with a private CA.
    public var trustedCAFile: String?

    /// Without `security`, STARTTLS when there are credentials, so that they never cross the wire in clear,
    /// else none; without `port`, the usual port of that security (465 for implicit TLS, else 25).
    public init(
        host: String = "localhost",
        port: Int? = nil,
        credentials: SMTPCredentials? = nil,
        sender: String = "entente@localhost",
        heloName: String = "localhost",
        timeout: Duration = .seconds(30),
        security: SMTPTransportSecurity? = nil,
        trustedCAFile: String? = nil
    ) {
        let security: SMTPTransportSecurity = security ?? (credentials == nil ? .none : .startTLS)
        self.host = host
        self.port = port ?? security.defaultPort
        self.credentials = credentials
        self.security = security
        self.trustedCAFile = trustedCAFile
        self.sender = sender
        self.heloName = heloName
        self.timeout = timeout
    }
}

extension SMTPConfiguration: CustomStringConvertible {
    public var description: String {
        let authentication = credentials.map { "as \($0)" } ?? "without authentication"
        let protection = switch security {
        case .none: "in plain text"
        case .startTLS: "with STARTTLS"
        case .implicitTLS: "over TLS"
        }
        let trust = trustedCAFile.map { ", trusting \($0)" } ?? ""
        return "SMTP \(host):\(port) \(protection)\(trust) \(authentication), from \(sender), helo \(heloName), timeout \(timeout)"
    }
}
