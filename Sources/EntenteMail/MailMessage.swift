/// An e-mail to send: plain text, UTF-8.
public struct MailMessage: Hashable, Sendable {
    public var from: String
    public var to: [String]
    public var subject: String
    public var body: String

    public init(from: String, to: [String], subject: String, body: String) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
    }
}
