/// An e-mail to send: plain text in UTF-8, to one or more recipients.
///
/// Addresses are bare `local@domain` in ASCII; identifiers are given without their angle brackets.
public struct MailMessage: Hashable, Sendable {
    public var from: String
    public var to: [String]
    public var cc: [String]
    public var replyTo: String?
    public var subject: String
    public var body: String
    /// This message's own identifier, so that answers can thread under it.
    public var messageID: String?
    /// The identifier of the message this one answers.
    public var inReplyTo: String?

    public init(
        from: String,
        to: [String],
        cc: [String] = [],
        replyTo: String? = nil,
        subject: String,
        body: String,
        messageID: String? = nil,
        inReplyTo: String? = nil
    ) {
        self.from = from
        self.to = to
        self.cc = cc
        self.replyTo = replyTo
        self.subject = subject
        self.body = body
        self.messageID = messageID
        self.inReplyTo = inReplyTo
    }

    /// Every address the server must deliver to.
    var recipients: [String] { to + cc }
}
