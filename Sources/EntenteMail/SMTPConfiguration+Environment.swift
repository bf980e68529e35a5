import Foundation

extension SMTPConfiguration {
    /// Reads `ENTENTE_SMTP_HOST`, `ENTENTE_SMTP_PORT`, `ENTENTE_SMTP_USER`, `ENTENTE_SMTP_PASSWORD` and
    /// `ENTENTE_SMTP_FROM`; a variable that is missing or empty keeps the default of `init`.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(SMTPConfigurationError) -> SMTPConfiguration {
        func value(_ name: String) -> String? {
            environment[name].flatMap { $0.isEmpty ? nil : $0 }
        }
        var configuration = SMTPConfiguration()
        if let host = value("ENTENTE_SMTP_HOST") { configuration.host = host }
        if let text = value("ENTENTE_SMTP_PORT") {
            guard let port = Int(text), (1...65535).contains(port) else { throw .invalidPort(text) }
            configuration.port = port
        }
        if let sender = value("ENTENTE_SMTP_FROM") { configuration.sender = sender }
        switch (value("ENTENTE_SMTP_USER"), value("ENTENTE_SMTP_PASSWORD")) {
        case (let username?, let password?):
            configuration.credentials = SMTPCredentials(username: username, password: password)
        case (nil, nil):
            break
        default:
            throw .incompleteCredentials
        }
        return configuration
    }
}

public enum SMTPConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalidPort(String)
    /// A user without a password or the reverse: more likely a deployment mistake than a wish to skip AUTH.
    case incompleteCredentials

    public var description: String {
        switch self {
        case .invalidPort(let text): "ENTENTE_SMTP_PORT is not a port number: \"\(text)\""
        case .incompleteCredentials: "ENTENTE_SMTP_USER and ENTENTE_SMTP_PASSWORD go together"
        }
    }
}
