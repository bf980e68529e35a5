import Foundation
import Testing
@testable import EntenteMail

@Suite struct EncodedWordTests {
    @Test func plainASCIISubjectStaysReadable() {
        // act
        let header = EncodedWord.subject("Convention 42: rappel")

        // check
        #expect(header == "Convention 42: rappel")
    }

    @Test(arguments: [
        "Été",
        "Convention signée : « Cantine été » — à relire avant le 3 décembre, merci de votre diligence 🙏",
        "Looks like =?UTF-8?B?x?= but is text",
    ])
    func subjectThatIsNotPlainASCIIBecomesShortEncodedWordsThatDecodeBack(subject: String) {
        // act
        let header = EncodedWord.subject(subject)

        // check
        let words = header.components(separatedBy: "\r\n ")
        #expect(words.allSatisfy { $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") && $0.count <= 75 })
        #expect(words.allSatisfy { "Subject: ".count + $0.count <= 78 })
        #expect(ReceivedMail.decodeEncodedWords(words.joined(separator: " ")) == subject)
    }
}
