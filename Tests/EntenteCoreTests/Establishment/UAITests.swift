import Testing
@testable import EntenteCore

@Suite struct UAITests {
    /// Real identifiers from the national directory (Ille-et-Vilaine, data.education.gouv.fr).
    @Test(arguments: ["0350122T", "0352958A", "0350053T", "0350031U", "0350003N", "0351795L"])
    func realIdentifiersAreValid(_ text: String) throws {
        #expect(try UAI(text).value == text)
    }

    @Test func checkLetterIsTheNumberModulo23InAnAlphabetWithoutIOQ() {
        #expect(UAI.checkLetter(for: 0) == "A")
        #expect(UAI.checkLetter(for: 22) == "Z")
        #expect(UAI.checkLetter(for: 8) == "J")
        #expect(UAI.checkLetter(for: 350122) == "T")
        #expect(!UAI.checkAlphabet.contains("I") && !UAI.checkAlphabet.contains("O") && !UAI.checkAlphabet.contains("Q"))
    }

    @Test func everyWrongLetterIsRefusedAndTheRightOneNamed() {
        for letter in "ABCDEFGHIJKLMNOPQRSUVWXYZ" {
            let error = #expect(throws: UAI.Invalid.self) { try UAI("0350122\(letter)") }
            #expect(error == .checkLetter("0350122\(letter)", expected: "T"))
        }
    }

    @Test func lowercaseAndSpacesAreNormalised() throws {
        #expect(try UAI(" 0350122t ").value == "0350122T")
    }

    @Test func malformedIdentifiersAreRefusedWithTheReason() {
        #expect(throws: UAI.Invalid.length("035012T")) { try UAI("035012T") }
        #expect(throws: UAI.Invalid.notDigits("03501X2T")) { try UAI("03501X2T") }
        // The directory's malformed rows end in "O", a letter the alphabet excludes.
        #expect(throws: UAI.Invalid.checkLetter("0351122O", expected: UAI.checkLetter(for: 351122))) { try UAI("0351122O") }
    }
}
