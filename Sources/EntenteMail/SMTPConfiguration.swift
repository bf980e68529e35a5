/// Where and how to reach the SMTP server.
///
/// The connection is plain TCP: no STARTTLS nor implicit TLS. Use a relay on the same host or on a trusted
/// network (a local Postfix, a mail sink in development); AUTH credentials cross the wire unencrypted.
public struct SMTPConfiguration: Hashable, Sendable {
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

    public init(
        host: String = "localhost",
        port: Int = 25,
        credentials: SMTPCredentials? = nil,
        sender: String = "entente@localhost",
        heloName: String = "localhost",
        timeout: Duration = .seconds(30)
    ) {
        self.host = host
        self.port = port
        self.credentials = credentials
        self.sender = sender
        self.heloName = heloName
        self.timeout = timeout
    }
}

extension SMTPConfiguration: CustomStringConvertible {
    public var description: String {
        let authentication = credentials.map { "as \($0)" } ?? "without authentication"
        return "SMTP \(host):\(port) \(authentication), from \(sender), helo \(heloName), timeout \(timeout)"
    }
}
