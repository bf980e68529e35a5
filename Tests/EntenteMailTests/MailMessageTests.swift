import Testing
@testable import EntenteMail

@Suite struct MailMessageTests {
    @Test func messageKeepsItsRecipients() {
        let message = MailMessage(from: "a@b.fr", to: ["c@d.fr", "e@f.fr"], subject: "s", body: "b")
        #expect(message.to.count == 2)
    }
}
