/// Why a message cannot be written: it is refused before any connection is opened.
public enum MailMessageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A header value holds CR or LF, which would let it forge headers or SMTP commands.
    case headerInjection(header: String)
    case invalidAddress(String)
    case invalidIdentifier(String)
    case noRecipients

    public var description: String {
        switch self {
        case .headerInjection(let header): "line break in the \(header) header"
        case .invalidAddress(let address): "invalid e-mail address \"\(address)\""
        case .invalidIdentifier(let identifier): "invalid message identifier \"\(identifier)\""
        case .noRecipients: "message without recipients"
        }
    }
}
