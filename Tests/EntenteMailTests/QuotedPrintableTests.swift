import Foundation
import Testing
@testable import EntenteMail

@Suite struct QuotedPrintableTests {
    @Test func accentsEqualsSignAndTrailingSpacesAreEscaped() {
        // act
        let encoded = QuotedPrintable.encode("Élève = 1 \nfin\t")

        // check
        #expect(encoded == "=C3=89l=C3=A8ve =3D 1=20\r\nfin=09\r\n")
    }

    @Test func lineBreaksBecomeCRLFWithoutAddingALine() {
        // act
        let encoded = QuotedPrintable.encode("un\r\ndeux\rtrois\n\nquatre\n")

        // check
        #expect(encoded == "un\r\ndeux\r\ntrois\r\n\r\nquatre\r\n")
    }

    @Test func longLinesGetSoftBreaksAndDecodeBack() {
        // setup
        let text = String(repeating: "La rentrée scolaire approche à grands pas. ", count: 10)

        // act
        let encoded = QuotedPrintable.encode(text)

        // check
        let lines = encoded.components(separatedBy: "\r\n").dropLast()
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 76 })
        #expect(ReceivedMail.decodeQuotedPrintable(encoded) == text + "\r\n")
    }
}
