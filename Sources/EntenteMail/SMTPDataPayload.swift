/// What follows DATA (RFC 5321 §4.5.2): the message with a "." doubled at the start of each line that has one,
/// so that no line of the text ends it, then the lone "." that does.
struct SMTPDataPayload {
    let text: String

    /// `message` is rendered RFC 5322 text with CRLF line endings.
    init(message: String) {
        var stuffed = message.replacing("\r\n.", with: "\r\n..")
        if stuffed.hasPrefix(".") { stuffed = "." + stuffed }
        if !stuffed.hasSuffix("\r\n") { stuffed += "\r\n" }
        text = stuffed + ".\r\n"
    }
}
