import Foundation
import Testing
@testable import EntenteMail

/// Against a real SMTP server on loopback: `SMTPSink`. The time limit turns a hung conversation into a failure.
@Suite(.timeLimit(.minutes(1))) struct SMTPMailSenderTests {
    static let date = Date(timeIntervalSince1970: 1_700_000_000)

    let message = MailMessage(
        from: "notifications@entente.test",
        to: ["directrice@ecole.test", "adjoint@ecole.test"],
        cc: ["mairie@ville.test"],
        subject: "Convention signée : « Cantine été » — à relire avant le 3 décembre, merci",
        body: """
            Bonjour Mme Lefèvre,

            La convention « Cantine été 2024 » a été signée par les deux parties ; vous la trouverez sur Entente.
            .Cette ligne commence par un point,
            .
            la précédente n'était qu'un point : elle ne doit pas finir le message.
            Cordialement,
            Le service scolaire
            """
    )

    /// In plain text unless told otherwise: the sink of these tests offers no TLS.
    func sender(
        port: Int,
        credentials: SMTPCredentials? = nil,
        timeout: Duration = .seconds(5),
        security: SMTPTransportSecurity = .none
    ) -> SMTPMailSender {
        let configuration = SMTPConfiguration(
            host: "127.0.0.1", port: port, credentials: credentials, timeout: timeout, security: security
        )
        return SMTPMailSender(configuration: configuration, now: { Self.date })
    }

    @Test func deliversToEveryRecipientWithSubjectAndBodyIntact() async throws {
        try await SMTPSink.run { sink in
            // act
            try await sender(port: sink.port).send(message)

            // check
            let session = try #require(try await sink.sessions().first)
            #expect(session.commands.first == "EHLO localhost")
            #expect(session.commands.last == "QUIT")
            #expect(session.mailFrom == "notifications@entente.test")
            #expect(session.recipients == ["directrice@ecole.test", "adjoint@ecole.test", "mairie@ville.test"])
            #expect(session.dataLines.contains(".."))
            let mail = ReceivedMail(try #require(session.message))
            #expect(mail.subject == message.subject)
            #expect(mail.body == message.body.replacing("\n", with: "\r\n") + "\r\n")
            #expect(mail.header("Date") == "Tue, 14 Nov 2023 22:13:20 +0000")
            #expect(mail.header("To") == "directrice@ecole.test, adjoint@ecole.test")
            #expect(mail.header("Content-Transfer-Encoding") == "quoted-printable")
        }
    }

    @Test func recipientRefusedByServerNamesRcptAndTheReply() async throws {
        var behavior = SMTPSink.Behavior()
        behavior.rejectedRecipients = ["adjoint@ecole.test"]
        try await SMTPSink.run(behavior) { sink in
            // act
            let error = await #expect(throws: SMTPError.self) {
                try await sender(port: sink.port).send(message)
            }

            // check
            let reply = SMTPReply(code: 550, lines: ["5.1.1 <adjoint@ecole.test>: Recipient address rejected"])
            #expect(error == .rejected(step: .rcptTo("adjoint@ecole.test"), reply: reply))
            #expect(error?.description == """
                SMTP RCPT TO:<adjoint@ecole.test> refused: 550 5.1.1 <adjoint@ecole.test>: Recipient address rejected
                """)
            let sessions = try await sink.sessions()
            #expect(sessions.first?.message == nil)
        }
    }

    @Test func closedPortFailsQuicklyWithAConnectionError() async throws {
        // setup
        let port = try await SMTPSink.run { sink in sink.port }
        let clock = ContinuousClock()
        let start = clock.now

        // act
        let error = await #expect(throws: SMTPError.self) {
            try await sender(port: port).send(message)
        }

        // check
        guard case .connectionFailed(let host, let failedPort, _)? = error else {
            Issue.record("expected a connection failure, got \(String(describing: error))")
            return
        }
        #expect(host == "127.0.0.1" && failedPort == port)
        #expect(clock.now - start < .seconds(2))
    }

    @Test func silentServerTimesOutAtTheGreeting() async throws {
        var behavior = SMTPSink.Behavior()
        behavior.greets = false
        try await SMTPSink.run(behavior) { sink in
            // act
            let error = await #expect(throws: SMTPError.self) {
                try await sender(port: sink.port, timeout: .milliseconds(300)).send(message)
            }

            // check
            #expect(error == .timedOut(step: .greeting))
        }
    }

    @Test func authPlainSendsBase64OfUserAndPassword() async throws {
        try await SMTPSink.run { sink in
            // setup
            let credentials = SMTPCredentials(username: "alice", password: "s3cret")

            // act
            try await sender(port: sink.port, credentials: credentials).send(message)

            // check
            let commands = try await sink.sessions().first?.commands ?? []
            #expect(commands.contains("AUTH PLAIN AGFsaWNlAHMzY3JldA=="))  // base64 of "\0alice\0s3cret"
            #expect(commands.firstIndex(of: "AUTH PLAIN AGFsaWNlAHMzY3JldA==")! < commands.firstIndex { $0.hasPrefix("MAIL") }!)
        }
    }

    @Test func authLoginWhenTheServerOffersOnlyThat() async throws {
        var behavior = SMTPSink.Behavior()
        behavior.authenticationMechanisms = ["LOGIN"]
        try await SMTPSink.run(behavior) { sink in
            // setup
            let credentials = SMTPCredentials(username: "alice", password: "s3cret")

            // act
            try await sender(port: sink.port, credentials: credentials).send(message)

            // check
            let commands = try await sink.sessions().first?.commands ?? []
            #expect(Array(commands[1...3]) == ["AUTH LOGIN", "YWxpY2U=", "czNjcmV0"])
        }
    }

    @Test func credentialsWithoutAuthOnTheServerFailBeforeMail() async throws {
        var behavior = SMTPSink.Behavior()
        behavior.authenticationMechanisms = []
        try await SMTPSink.run(behavior) { sink in
            // act
            let error = await #expect(throws: SMTPError.self) {
                let credentials = SMTPCredentials(username: "alice", password: "s3cret")
                try await sender(port: sink.port, credentials: credentials).send(message)
            }

            // check
            #expect(error == .authenticationUnavailable(offered: []))
            let sessions = try await sink.sessions()
            #expect(sessions.first?.mailFrom == nil)
        }
    }

    @Test func serverWithoutEhloGetsHelo() async throws {
        var behavior = SMTPSink.Behavior()
        behavior.knowsEHLO = false
        try await SMTPSink.run(behavior) { sink in
            // act
            try await sender(port: sink.port).send(message)

            // check
            let session = try #require(try await sink.sessions().first)
            #expect(Array(session.commands.prefix(2)) == ["EHLO localhost", "HELO localhost"])
            #expect(session.message != nil)
        }
    }

    @Test func headerInjectionIsRefusedBeforeConnecting() async throws {
        try await SMTPSink.run { sink in
            // setup
            var forged = message
            forged.subject = "Bonjour\r\nBcc: espion@ailleurs.test"

            // act
            await #expect(throws: MailMessageError.headerInjection(header: "Subject")) {
                try await sender(port: sink.port).send(forged)
            }

            // check
            let sessions = try await sink.sessions()
            #expect(sessions.isEmpty)
        }
    }
}
