import Testing
@testable import EntenteMail

@Suite struct SMTPReplyTests {
    @Test func replyLinesSayWhetherMoreFollow() {
        // act & check
        #expect(SMTPReply.Line("250-PIPELINING") == SMTPReply.Line(code: 250, isLast: false, text: "PIPELINING"))
        #expect(SMTPReply.Line("550 5.1.1 inconnu") == SMTPReply.Line(code: 550, isLast: true, text: "5.1.1 inconnu"))
        #expect(SMTPReply.Line("221") == SMTPReply.Line(code: 221, isLast: true, text: ""))
        #expect(SMTPReply.Line("hello") == nil)
        #expect(SMTPReply.Line("250+x") == nil)
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
