/// What the server announced in its EHLO reply; only AUTH and STARTTLS matter to this client.
struct SMTPCapabilities {
    /// Upper-cased, like `PLAIN` and `LOGIN`.
    let authenticationMechanisms: [String]
    let offersStartTLS: Bool

    /// `nil` when the server only knows HELO, and so announces nothing.
    init(ehloReply: SMTPReply?) {
        // The first line greets; each following line is a keyword and its parameters.
        let keywords = (ehloReply?.lines.dropFirst() ?? []).map { $0.uppercased().split(separator: " ") }
        authenticationMechanisms = keywords.flatMap { words -> [String] in
            guard let keyword = words.first else { return [] }
            if keyword == "AUTH" { return words.dropFirst().map(String.init) }
            // Some older servers write `AUTH=LOGIN PLAIN`.
            if keyword.hasPrefix("AUTH=") { return [String(keyword.dropFirst(5))] + words.dropFirst().map(String.init) }
            return []
        }
        offersStartTLS = keywords.contains { $0.first == "STARTTLS" }
    }
}
