import Foundation
import NIOSSL

extension SMTPConfiguration {
    /// Reads `ENTENTE_SMTP_HOST`, `ENTENTE_SMTP_PORT`, `ENTENTE_SMTP_USER`, `ENTENTE_SMTP_PASSWORD`,
    /// `ENTENTE_SMTP_FROM`, `ENTENTE_SMTP_TLS` and `ENTENTE_SMTP_CA_FILE`; a variable that is missing or empty keeps
    /// the default of `init` (so no TLS setting means STARTTLS with credentials, none without).
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(SMTPConfigurationError) -> SMTPConfiguration {
        func value(_ name: String) -> String? {
            environment[name].flatMap { $0.isEmpty ? nil : $0 }
        }
        var credentials: SMTPCredentials?
        switch (value("ENTENTE_SMTP_USER"), value("ENTENTE_SMTP_PASSWORD")) {
        case (let username?, let password?):
            credentials = SMTPCredentials(username: username, password: password)
        case (nil, nil):
            break
        default:
            throw .incompleteCredentials
        }
        var security: SMTPTransportSecurity?
        if let text = value("ENTENTE_SMTP_TLS") {
            guard let chosen = SMTPTransportSecurity(rawValue: text.lowercased()) else { throw .invalidSecurity(text) }
            security = chosen
        }
        var port: Int?
        if let text = value("ENTENTE_SMTP_PORT") {
            guard let number = Int(text), (1...65535).contains(number) else { throw .invalidPort(text) }
            port = number
        }
        var configuration = SMTPConfiguration(port: port, credentials: credentials, security: security)
        if let host = value("ENTENTE_SMTP_HOST") { configuration.host = host }
        if let sender = value("ENTENTE_SMTP_FROM") { configuration.sender = sender }
        if let path = value("ENTENTE_SMTP_CA_FILE") {
            // A CA that would be ignored is more likely a deployment mistake than a wish.
            guard configuration.security != .none else { throw .caFileWithoutTLS }
            // Read now, so that a wrong path stops the server at start rather than at the first notification.
            let certificates: [NIOSSLCertificate]
            do { certificates = try NIOSSLCertificate.fromPEMFile(path) } catch {
                throw .unreadableCAFile(path: path, reason: "\(error)")
            }
            guard !certificates.isEmpty else { throw .unreadableCAFile(path: path, reason: "no certificate in it") }
            configuration.trustedCAFile = path
        }
        return configuration
    }
}

public enum SMTPConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalidPort(String)
    /// A user without a password or the reverse: more likely a deployment mistake than a wish to skip AUTH.
    case incompleteCredentials
    case invalidSecurity(String)
    case caFileWithoutTLS
    case unreadableCAFile(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidPort(let text):
            "ENTENTE_SMTP_PORT is not a port number: \"\(text)\""
        case .incompleteCredentials:
            "ENTENTE_SMTP_USER and ENTENTE_SMTP_PASSWORD go together"
        case .invalidSecurity(let text):
            "ENTENTE_SMTP_TLS is not one of "
                + SMTPTransportSecurity.allCases.map(\.rawValue).joined(separator: ", ") + ": \"\(text)\""
        case .caFileWithoutTLS:
            "ENTENTE_SMTP_CA_FILE needs TLS: set ENTENTE_SMTP_TLS to starttls or tls"
        case .unreadableCAFile(let path, let reason):
            "ENTENTE_SMTP_CA_FILE \"\(path)\" is not a readable PEM certificate file: \(reason)"
        }
    }
}
