// The SMTP conversation of RFC 5321 that delivers one message, from greeting to QUIT.
import Foundation

extension SMTPSession {
    mutating func deliver(
        _ message: MailMessage,
        payload: SMTPDataPayload,
        configuration: SMTPConfiguration,
        startTLS: (_ linesRead: Int) async throws -> Void
    ) async throws {
        try await reply(step: .greeting, expecting: [220])
        var capabilities = try await greet(as: configuration.heloName)
        if configuration.security == .startTLS {
            // RFC 3207: without the extension, give up rather than send credentials or mail in clear.
            guard capabilities.offersStartTLS else {
                _ = try? await command("QUIT", step: .quit, expecting: [221])
                throw SMTPError.startTLSUnavailable
            }
            try await command("STARTTLS", step: .startTLS, expecting: [220])
            try await startTLS(linesRead)
            // What the server announced in plain text may have been forged: ask again (RFC 3207 §4.2).
            capabilities = try await greet(as: configuration.heloName)
        }
        if let credentials = configuration.credentials {
            try await authenticate(credentials, capabilities: capabilities)
        }
        try await command("MAIL FROM:<\(message.from)>", step: .mailFrom(message.from), expecting: [250])
        for recipient in message.recipients {
            // 251: the server forwards to another address, which still delivers.
            try await command("RCPT TO:<\(recipient)>", step: .rcptTo(recipient), expecting: [250, 251])
        }
        try await command("DATA", step: .data, expecting: [354])
        try await transmit(payload.text, step: .message, expecting: [250])
        // The server has taken the message: a failed QUIT must not make the caller send it again.
        _ = try? await command("QUIT", step: .quit, expecting: [221])
    }

    /// EHLO, or HELO for servers that refuse it (RFC 5321 §4.1.4); returns the extensions announced.
    private mutating func greet(as heloName: String) async throws -> SMTPCapabilities {
        // A 5xx means the server does not know EHLO; a 4xx is a failure like any other.
        let reply = try await command("EHLO \(heloName)", step: .ehlo, expecting: Set([250] + Array(500...599)))
        guard reply.code == 250 else {
            try await command("HELO \(heloName)", step: .helo, expecting: [250])
            return SMTPCapabilities(ehloReply: nil)
        }
        return SMTPCapabilities(ehloReply: reply)
    }

    /// AUTH PLAIN in one exchange when offered, else AUTH LOGIN (RFC 4954, RFC 4616).
    private mutating func authenticate(_ credentials: SMTPCredentials, capabilities: SMTPCapabilities) async throws {
        if capabilities.authenticationMechanisms.contains("PLAIN") {
            // No authorization identity, then the user and the password, each after a NUL.
            let token = Self.base64("\u{0}\(credentials.username)\u{0}\(credentials.password)")
            try await command("AUTH PLAIN \(token)", step: .authentication, expecting: [235])
        } else if capabilities.authenticationMechanisms.contains("LOGIN") {
            try await command("AUTH LOGIN", step: .authentication, expecting: [334])
            try await command(Self.base64(credentials.username), step: .authentication, expecting: [334])
            try await command(Self.base64(credentials.password), step: .authentication, expecting: [235])
        } else {
            throw SMTPError.authenticationUnavailable(offered: capabilities.authenticationMechanisms)
        }
    }

    private static func base64(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
    }
}
