import Testing
@testable import EntenteMail

@Suite struct RecordingMailSenderTests {
    @Test func keepsSentMessagesInOrder() async throws {
        // setup
        let sender = RecordingMailSender()
        let first = MailMessage(from: "a@b.test", to: ["c@d.test"], subject: "1", body: "un")
        let second = MailMessage(from: "a@b.test", to: ["e@f.test"], subject: "2", body: "deux")

        // act
        try await sender.send(first)
        try await sender.send(second)

        // check
        #expect(await sender.sentMessages == [first, second])
    }

    @Test func refusesWhatTheSMTPSenderRefuses() async {
        // setup
        let sender = RecordingMailSender()
        let message = MailMessage(from: "a@b.test", to: ["c@d.test"], subject: "x\r\nBcc: e@f.test", body: "")

        // act & check
        await #expect(throws: MailMessageError.headerInjection(header: "Subject")) {
            try await sender.send(message)
        }
        #expect(await sender.sentMessages.isEmpty)
    }
}
