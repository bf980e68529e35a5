/// Sends e-mail; the web layer gets one injected, `SMTPMailSender` in production and `RecordingMailSender` in tests.
public protocol MailSender: Sendable {
    func send(_ message: MailMessage) async throws
}
