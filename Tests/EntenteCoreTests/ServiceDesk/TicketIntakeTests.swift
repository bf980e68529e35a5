import Testing
@testable import EntenteCore

@Suite struct TicketIntakeTests {
    let convention = SampleConvention.make()
    let college = Establishment(uai: try! UAI("0352958A"), name: "Collège Françoise Elie", kind: .college, commune: "Rennes",
                                departmentCode: "035", academy: "Rennes", collectivityCode: "CD35")

    func intake(_ componentID: String, _ nature: WorkNature, context: ResponsibilityContext = .init(),
                title: String = "Le Wi-Fi ne marche plus en salle 12") -> TicketIntake {
        TicketIntake(kind: .incident, componentID: componentID, nature: nature, context: context,
                     impactsWholeEstablishment: true, title: title, description: "Depuis ce matin.", requesterName: "M. Le Goff")
    }

    @Test func acceptedIntakeIsRoutedWithItsCriticality() throws {
        let (decision, criticality, name) = try intake("bornes-wifi", .breakdown).accepted(by: convention, for: college)
        #expect(decision.partyCode == "CD")
        #expect(criticality == .critical)
        #expect(name == "Bornes Wi-Fi")
    }

    @Test func fundingIsAskedWhenTheConventionNeedsIt() {
        let error = #expect(throws: TicketIntake.Problems.self) {
            try intake("videoprojecteurs", .supply).accepted(by: convention, for: college)
        }
        guard case .needsContext(let rules)? = error?.byField[.funding] else {
            Issue.record("expected the funding to be asked")
            return
        }
        #expect(rules.map(\.raci.responsible) == [["CD"], ["EPLE"]])
    }

    @Test func everyProblemIsReportedAtOnce() {
        var lycee = college
        lycee.collectivityCode = "REGION-BRETAGNE"
        let error = #expect(throws: TicketIntake.Problems.self) {
            try intake("bornes-wifi", .configuration, title: "  ").accepted(by: convention, for: lycee)
        }
        #expect(error?.byField == [.title: .required, .establishment: .notCovered,
                                   .component: .nobodyResponsible(.administration)])
    }

    @Test func unknownComponentAndOverlongTitleAreRefused() {
        let error = #expect(throws: TicketIntake.Problems.self) {
            try intake("borne", .breakdown, title: String(repeating: "x", count: 201)).accepted(by: convention, for: college)
        }
        #expect(error?.byField == [.component: .unknownComponent, .title: .tooLong(max: 200)])
    }
}
