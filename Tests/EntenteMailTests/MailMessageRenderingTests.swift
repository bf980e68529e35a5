import Foundation
import Testing
@testable import EntenteMail

@Suite struct MailMessageRenderingTests {
    let date = Date(timeIntervalSince1970: 1_700_000_000)

    @Test func rendersHeadersAndQuotedPrintableBodyWithCRLF() throws {
        // setup
        let message = MailMessage(
            from: "notifications@entente.test",
            to: ["directrice@ecole.test"],
            subject: "Avenant signé",
            body: "Bonjour,\nL'avenant est signé.\n"
        )

        // act
        let text = try message.rendered(date: date)

        // check
        #expect(text == """
            Date: Tue, 14 Nov 2023 22:13:20 +0000\r
            From: notifications@entente.test\r
            To: directrice@ecole.test\r
            Subject: =?UTF-8?B?QXZlbmFudCBzaWduw6k=?=\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset=utf-8\r
            Content-Transfer-Encoding: quoted-printable\r
            \r
            Bonjour,\r
            L'avenant est sign=C3=A9.\r

            """)
    }

    @Test func threadingCopiesAndReplyToGoInHeaders() throws {
        // setup
        let message = MailMessage(
            from: "notifications@entente.test",
            to: ["directrice@ecole.test", "adjoint@ecole.test"],
            cc: ["mairie@ville.test"],
            replyTo: "service-scolaire@ville.test",
            subject: "Re: Cantine",
            body: "Vu.",
            messageID: "reponse-2@entente.test",
            inReplyTo: "convention-42@entente.test"
        )

        // act
        let mail = ReceivedMail(try message.rendered(date: date))

        // check
        #expect(mail.header("To") == "directrice@ecole.test, adjoint@ecole.test")
        #expect(mail.header("Cc") == "mairie@ville.test")
        #expect(mail.header("Reply-To") == "service-scolaire@ville.test")
        #expect(mail.header("Message-ID") == "<reponse-2@entente.test>")
        #expect(mail.header("In-Reply-To") == "<convention-42@entente.test>")
        #expect(mail.header("References") == "<convention-42@entente.test>")
        #expect(mail.subject == "Re: Cantine")
    }

    @Test func dateIsUTCWithTwoDigitDay() {
        // setup
        let date = Date(timeIntervalSince1970: 1_709_625_849)

        // act
        let header = MailDate.format(date)

        // check
        #expect(header == "Tue, 05 Mar 2024 08:04:09 +0000")
    }

    @Test(arguments: [
        (MailMessage(from: "a@b.test", to: ["c@d.test"], subject: "Salut\r\nBcc: espion@x.test", body: ""), "Subject"),
        (MailMessage(from: "a@b.test", to: ["c@d.test"], subject: "Salut\nBcc: espion@x.test", body: ""), "Subject"),
        (MailMessage(from: "a@b.test\r\nBcc: espion@x.test", to: ["c@d.test"], subject: "", body: ""), "From"),
        (MailMessage(from: "a@b.test", to: ["c@d.test\nBcc: espion@x.test"], subject: "", body: ""), "To"),
        (MailMessage(from: "a@b.test", to: ["c@d.test"], cc: ["e@f.test\r"], subject: "", body: ""), "Cc"),
        (MailMessage(from: "a@b.test", to: ["c@d.test"], replyTo: "e@f.test\n", subject: "", body: ""), "Reply-To"),
        (MailMessage(from: "a@b.test", to: ["c@d.test"], subject: "", body: "", messageID: "x@y\r\nX: z"), "Message-ID"),
        (MailMessage(from: "a@b.test", to: ["c@d.test"], subject: "", body: "", inReplyTo: "x@y\nX: z"), "In-Reply-To"),
    ])
    func lineBreakInHeaderValueIsRefused(message: MailMessage, header: String) {
        // act & check
        #expect(throws: MailMessageError.headerInjection(header: header)) {
            try message.rendered(date: date)
        }
    }

    @Test(arguments: ["", "sans-arobase", "@ecole.test", "directrice@", "a b@ecole.test", "a@b.test> SIZE=1", "élève@ecole.test"])
    func malformedAddressIsRefused(address: String) {
        // setup
        let message = MailMessage(from: "a@b.test", to: [address], subject: "", body: "")

        // act & check
        #expect(throws: MailMessageError.invalidAddress(address)) {
            try message.rendered(date: date)
        }
    }

    @Test func messageWithoutRecipientsIsRefused() {
        // setup
        let message = MailMessage(from: "a@b.test", to: [], subject: "", body: "")

        // act & check
        #expect(throws: MailMessageError.noRecipients) {
            try message.rendered(date: date)
        }
    }
}
