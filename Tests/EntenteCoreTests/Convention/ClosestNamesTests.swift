import Testing
@testable import EntenteCore

@Suite struct ClosestNamesTests {
    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(ClosestNames.editDistance("", "abc") == 3)
        #expect(ClosestNames.editDistance("depanage", "depannage") == 1)
        #expect(ClosestNames.editDistance("kitten", "sitting") == 3)
    }

    @Test func suggestionsIgnoreCaseAndAccentsAndRankByDistance() {
        let candidates = ["Dépannage", "Administration", "Assistance"]
        #expect(ClosestNames.suggestions(for: "DEPANAGE", among: candidates) == ["Dépannage"])
        #expect(ClosestNames.suggestions(for: "zzzzzzzzzzzzzz", among: candidates).isEmpty)
    }
}
