import EntenteCore
import Testing
@testable import EntenteWeb

/// The words of the core's values live at the edge (`CoreValuePhrases`): every case reads in both
/// languages, and no two cases of a type read alike.
@Suite struct PhrasebookTests {
    static func distinct<Value: Phrasebook & CaseIterable>(_ type: Value.Type) -> Bool {
        Language.allCases.allSatisfy { language in
            let texts = Value.allCases.map { $0.text(language) }
            return texts.allSatisfy { !$0.isEmpty } && Set(texts).count == texts.count
        }
    }

    @Test func everyCoreValueOfTheServiceDeskReadsInBothLanguages() {
        #expect(Self.distinct(TicketStatus.self))
        #expect(Self.distinct(TicketKind.self))
        #expect(Self.distinct(WorkNature.self))
        #expect(Self.distinct(TicketAction.self))
        #expect(Self.distinct(Criticality.self))
        #expect(Self.distinct(UserRole.self))
        #expect(Self.distinct(EscalationLevel.self))
        #expect(TicketStatus.waitingForRequester.text(.fr) == "En attente du demandeur")
        #expect(TicketStatus.waitingForRequester.text(.en) == "Waiting for requester")
        #expect(EscalationLevel.n3.text(.fr).contains("prestataires"))
        #expect(EscalationLevel.n1.text(.en).contains("service desk"))
    }

    @Test func monthsReadAsPeopleWriteThem() throws {
        let december = try StatisticsMonth(iso: "2026-12")
        #expect(december.text(.fr) == "décembre 2026")
        #expect(december.text(.en) == "December 2026")
    }

    @Test func historyMovementsReadInBothLanguages() {
        #expect(TeamReassignment.Movement.deEscalation.text(.fr) == "Désescalade")
        #expect(TeamReassignment.Movement.deEscalation.text(.en) == "De-escalation")
        #expect(Self.distinct(TeamReassignment.Movement.self))
    }
}
