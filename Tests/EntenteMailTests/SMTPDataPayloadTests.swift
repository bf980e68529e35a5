import Testing
@testable import EntenteMail

@Suite struct SMTPDataPayloadTests {
    @Test func linesStartingWithADotAreDoubledAndALoneDotEnds() {
        // act
        let payload = SMTPDataPayload(message: "Subject: x\r\n\r\n.\r\n.net\r\nfin.\r\n")

        // check
        #expect(payload.text == "Subject: x\r\n\r\n..\r\n..net\r\nfin.\r\n.\r\n")
    }
}
