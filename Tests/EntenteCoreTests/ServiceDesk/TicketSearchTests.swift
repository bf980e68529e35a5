import EntenteCore
import Testing

struct TicketSearchTests {
    @Test(arguments: [
        ("Réseau Wi-Fi", "reseau wi-fi"),
        ("  ÉCOLE   Œuvre\tCœur ", "ecole oeuvre coeur"),
        ("Ex æquo", "ex aequo"),
        ("Straße", "strasse"),
        ("T-2026-000042", "t-2026-000042"),
        ("", ""),
    ])
    func foldsCaseAccentsAndSpaces(text: String, expected: String) {
        #expect(TicketSearch.folded(text) == expected)
    }

    @Test func searchableTextHoldsEveryFieldTicketsAreFoundBy() {
        let text = TicketSearch.searchableText(reference: "T-2026-000007", title: "Borne muette en salle 12",
                                               componentName: "Bornes Wi-Fi", establishmentUAI: "0352958A",
                                               requesterName: "Hélène Durand")
        for query in ["t-2026-000007", "BORNE MUETTE", "bornes wi-fi", "0352958a", "helene durand"] {
            #expect(text.contains(TicketSearch.phrase(of: query)!), "\(query)")
        }
    }

    @Test func phraseIsNilForAnEmptyQueryAndKeepsWordsTogether() {
        #expect(TicketSearch.phrase(of: "   ") == nil)
        #expect(TicketSearch.phrase(of: "Wi-Fi   2") == "wi-fi 2")
    }
}
