/// Keeps sent messages in memory, for tests that must not touch the network.
public actor RecordingMailSender: MailSender {
    public private(set) var sentMessages: [MailMessage] = []

    public init() {}

    /// Refuses what `SMTPMailSender` refuses before connecting, so tests see the same errors.
    public func send(_ message: MailMessage) throws {
        try message.validate()
        sentMessages.append(message)
    }
}
