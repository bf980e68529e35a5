import Foundation
import Testing
@testable import EntenteMail

/// STARTTLS and implicit TLS against `SMTPSink` with the test certificate (`TestCertificate`).
@Suite(.timeLimit(.minutes(1))) struct SMTPMailSenderTLSTests {
    let message = MailMessage(
        from: "notifications@entente.test",
        to: ["directrice@ecole.test"],
        subject: "Convention signée",
        body: "La convention « Cantine été 2024 » a été signée."
    )
    let credentials = SMTPCredentials(username: "alice", password: "s3cret")

    func sender(
        host: String = "127.0.0.1",
        port: Int,
        credentials: SMTPCredentials? = nil,
        security: SMTPTransportSecurity,
        trustingTestCertificate: Bool = true
    ) -> SMTPMailSender {
        let configuration = SMTPConfiguration(
            host: host, port: port, credentials: credentials, timeout: .seconds(5), security: security,
            trustedCAFile: trustingTestCertificate ? TestCertificate.certificatePath : nil
        )
        return SMTPMailSender(configuration: configuration)
    }

    static func sink(_ security: SMTPSink.Security) -> SMTPSink.Behavior {
        var behavior = SMTPSink.Behavior()
        behavior.security = security
        return behavior
    }

    @Test func startTLSComesBeforeCredentialsAndMail() async throws {
        try await SMTPSink.run(Self.sink(.startTLS)) { sink in
            // setup: credentials and no security given, so STARTTLS by default; "localhost" is checked and sent in SNI
            let configuration = SMTPConfiguration(
                host: "localhost", port: sink.port, credentials: credentials, timeout: .seconds(5),
                trustedCAFile: TestCertificate.certificatePath
            )
            #expect(configuration.security == .startTLS)

            // act
            try await SMTPMailSender(configuration: configuration).send(message)

            // check
            let session = try #require(try await sink.sessions().first)
            #expect(session.encrypted)
            #expect(session.commandsInPlainText == ["EHLO localhost", "STARTTLS"])
            #expect(Array(session.commands.prefix(4)) == [
                "EHLO localhost", "STARTTLS", "EHLO localhost", "AUTH PLAIN AGFsaWNlAHMzY3JldA==",
            ])
            #expect(session.mailFrom == "notifications@entente.test")
            #expect(session.recipients == ["directrice@ecole.test"])
            #expect(ReceivedMail(try #require(session.message)).subject == message.subject)
        }
    }

    @Test func implicitTLSEncryptsFromTheGreeting() async throws {
        try await SMTPSink.run(Self.sink(.implicitTLS)) { sink in
            // act
            try await sender(port: sink.port, credentials: credentials, security: .implicitTLS).send(message)

            // check
            let session = try #require(try await sink.sessions().first)
            #expect(session.encrypted)
            #expect(session.commandsInPlainText.isEmpty)
            #expect(session.commands.first == "EHLO localhost")
            #expect(!session.commands.contains("STARTTLS"))
            #expect(session.message != nil)
        }
    }

    @Test func startTLSRequiredButNotOfferedSendsNothing() async throws {
        try await SMTPSink.run(Self.sink(.none)) { sink in
            // act
            let error = await #expect(throws: SMTPError.self) {
                try await sender(port: sink.port, credentials: credentials, security: .startTLS).send(message)
            }

            // check
            #expect(error == .startTLSUnavailable)
            #expect(error?.description.contains("ENTENTE_SMTP_TLS=starttls") == true)
            let session = try #require(try await sink.sessions().first)
            #expect(session.commands == ["EHLO localhost", "QUIT"])
            #expect(session.mailFrom == nil)
        }
    }

    @Test(arguments: [SMTPTransportSecurity.startTLS, .implicitTLS])
    func certificateOfAnUnknownAuthorityIsRefused(security: SMTPTransportSecurity) async throws {
        let behavior = Self.sink(security == .startTLS ? .startTLS : .implicitTLS)
        try await SMTPSink.run(behavior) { sink in
            // act: the system's trust roots only
            let error = await #expect(throws: SMTPError.self) {
                try await sender(port: sink.port, credentials: credentials, security: security,
                                 trustingTestCertificate: false).send(message)
            }

            // check
            guard case .tlsFailed? = error else {
                Issue.record("expected a TLS failure, got \(String(describing: error))")
                return
            }
            #expect(error?.description.contains("CERTIFICATE_VERIFY_FAILED") == true)
            let sessions = try await sink.sessions()
            #expect(sessions.allSatisfy { !$0.encrypted && $0.mailFrom == nil })
            #expect(sessions.flatMap(\.commands).allSatisfy { !$0.hasPrefix("AUTH") })
        }
    }

    @Test func replyForgedInPlainTextAfterStartTLSIsRefused() async throws {
        var behavior = Self.sink(.startTLS)
        behavior.injectsAfterStartTLS = true
        try await SMTPSink.run(behavior) { sink in
            // act
            let error = await #expect(throws: SMTPError.self) {
                try await sender(port: sink.port, credentials: credentials, security: .startTLS).send(message)
            }

            // check: the forged line came in the same read as the "220", before TLS was in place
            #expect(error == .tlsFailed(step: .startTLS, reason: "the server sent data before the TLS handshake"))
            let session = try #require(try await sink.sessions().first)
            #expect(session.commands == ["EHLO localhost", "STARTTLS"])
        }
    }
}
