import Testing
@testable import EntenteMail

@Suite struct SMTPReplyTests {
    @Test(arguments: [
        ("250-PIPELINING", 250, false, "PIPELINING"),
        ("550 5.1.1 inconnu", 550, true, "5.1.1 inconnu"),
        ("221", 221, true, ""),
    ])
    func replyLineSaysWhetherMoreFollow(text: String, code: Int, isLast: Bool, content: String) throws {
        // act
        let line = try #require(SMTPReply.Line(text))

        // check
        #expect(line.code == code)
        #expect(line.isLast == isLast)
        #expect(line.text == content)
    }

    @Test(arguments: ["hello", "250+x", "99 trop court", ""])
    func malformedReplyLineIsRejected(text: String) {
        // act & check
        #expect(SMTPReply.Line(text) == nil)
    }

    @Test func capabilitiesListAuthMechanismsInBothSpellings() {
        // setup
        let modern = SMTPReply(code: 250, lines: ["mx.test", "PIPELINING", "AUTH plain LOGIN", "8BITMIME"])
        let legacy = SMTPReply(code: 250, lines: ["mx.test", "AUTH=LOGIN"])

        // act & check
        #expect(SMTPCapabilities(ehloReply: modern).authenticationMechanisms == ["PLAIN", "LOGIN"])
        #expect(SMTPCapabilities(ehloReply: legacy).authenticationMechanisms == ["LOGIN"])
        #expect(SMTPCapabilities(ehloReply: nil).authenticationMechanisms == [])
    }
}
