// The message as RFC 5322 text, and the checks that keep its headers and envelope well-formed.
import Foundation

extension MailMessage {
    /// The message as 7-bit RFC 5322 text with CRLF line endings, ending with CRLF.
    ///
    /// The body is quoted-printable rather than 8bit: it then goes through any server and relay,
    /// whether or not they announce 8BITMIME, with one code path and lines kept under 76 characters.
    func rendered(date: Date) throws(MailMessageError) -> String {
        try validate()
        var headers = [
            "Date: \(MailDate.format(date))",
            "From: \(from)",
            "To: \(Self.addressList(to))",
        ]
        if !cc.isEmpty { headers.append("Cc: \(Self.addressList(cc))") }
        if let replyTo { headers.append("Reply-To: \(replyTo)") }
        if let messageID { headers.append("Message-ID: <\(messageID)>") }
        if let inReplyTo {
            // Mail clients thread on References as much as on In-Reply-To.
            headers.append("In-Reply-To: <\(inReplyTo)>")
            headers.append("References: <\(inReplyTo)>")
        }
        headers += [
            "Subject: \(EncodedWord.subject(subject))",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + QuotedPrintable.encode(body)
    }

    /// Refuses what would break the headers or the SMTP envelope.
    func validate() throws(MailMessageError) {
        guard !recipients.isEmpty else { throw .noRecipients }
        try Self.checkAddress(from, header: "From")
        for address in to { try Self.checkAddress(address, header: "To") }
        for address in cc { try Self.checkAddress(address, header: "Cc") }
        if let replyTo { try Self.checkAddress(replyTo, header: "Reply-To") }
        try Self.checkLineBreaks(subject, header: "Subject")
        if let messageID { try Self.checkIdentifier(messageID, header: "Message-ID") }
        if let inReplyTo { try Self.checkIdentifier(inReplyTo, header: "In-Reply-To") }
    }

    /// One address a line, so that long recipient lists stay within the line limit.
    private static func addressList(_ addresses: [String]) -> String {
        addresses.joined(separator: ",\r\n ")
    }

    private static func checkLineBreaks(_ value: String, header: String) throws(MailMessageError) {
        if value.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) {
            throw .headerInjection(header: header)
        }
    }

    /// Printable ASCII without the characters that delimit addresses in headers and in `MAIL FROM:<…>`.
    private static func checkAddress(_ address: String, header: String) throws(MailMessageError) {
        try checkLineBreaks(address, header: header)
        let forbidden: Set<Unicode.Scalar> = ["<", ">", ",", ";", "(", ")", "\"", "\\"]
        let isWellFormed =
            address.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) && !forbidden.contains($0) }
            && isLocalAtDomain(address)
        guard isWellFormed else { throw .invalidAddress(address) }
    }

    private static func checkIdentifier(_ identifier: String, header: String) throws(MailMessageError) {
        try checkLineBreaks(identifier, header: header)
        let isWellFormed =
            identifier.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) && $0 != "<" && $0 != ">" }
            && isLocalAtDomain(identifier)
        guard isWellFormed else { throw .invalidIdentifier(identifier) }
    }

    private static func isLocalAtDomain(_ value: String) -> Bool {
        guard let at = value.lastIndex(of: "@") else { return false }
        return at != value.startIndex && value.index(after: at) != value.endIndex
    }
}
