import Testing
@testable import EntenteCore

@Suite struct TicketRoutingTests {
    let convention = SampleConvention.make()

    @Test func breakdownGoesToTheRepairer() throws {
        let decision = try convention.route(RoutingRequest(componentID: "bornes-wifi", nature: .breakdown))
        #expect(decision.partyCode == "CD")
        #expect(decision.activity == .depannage)
        #expect(decision.informedCodes.isEmpty)
        #expect(decision.reason.hasPrefix("Dépannage · Bornes Wi-Fi → CD"))
    }

    @Test func sharedCellRoutesToTheFirstAndInformsTheOthers() throws {
        let decision = try convention.route(RoutingRequest(componentID: "videoprojecteurs", nature: .breakdown))
        #expect(decision.partyCode == "CD")
        #expect(decision.informedCodes == ["EPLE"])
    }

    @Test func fundingDecidesWhoReceivesTheTicket() throws {
        let own = try convention.route(RoutingRequest(componentID: "videoprojecteurs", nature: .supply,
                                                      context: .init(funding: .etablissement)))
        #expect(own.partyCode == "EPLE")
        #expect(throws: ResolutionError.self) {
            try convention.route(RoutingRequest(componentID: "videoprojecteurs", nature: .supply))
        }
    }

    @Test func accountableAndInformedPartiesAreKeptInformed() throws {
        let decision = try convention.route(RoutingRequest(componentID: "imprimantes", nature: .configuration,
                                                           context: .init(zone: .pedagogique)))
        #expect(decision.partyCode == "EPLE")
        #expect(decision.informedCodes == ["CD", "ACA"])
    }

    @Test func breakdownOfAHostedServiceIsItsSupport() throws {
        let decision = try convention.route(RoutingRequest(componentID: "imprimantes-ent", nature: .breakdown))
        #expect(decision.activity == .assistance)
        #expect(decision.partyCode == "ACA")
    }

    @Test func criticalityNeedsACriticalComponentAndTheWholeEstablishment() {
        #expect(convention.criticality(ofComponent: "bornes-wifi", impactsWholeEstablishment: true) == .critical)
        #expect(convention.criticality(ofComponent: "bornes-wifi", impactsWholeEstablishment: false) == .nonCritical)
        #expect(convention.criticality(ofComponent: "serveur", impactsWholeEstablishment: true) == .nonCritical)
    }

    @Test func conventionCoversTheEstablishmentsOfItsCollectivite() throws {
        let college = Establishment(uai: try UAI("0352958A"), name: "Collège", kind: .college, commune: "Rennes",
                                    departmentCode: "035", academy: "Rennes", collectivityCode: "CD35")
        var lycee = college
        lycee.collectivityCode = "REGION-BRETAGNE"
        #expect(convention.covers(college))
        #expect(!convention.covers(lycee))
        #expect(convention.partyCode(forPartner: "CD35") == "CD")
    }
}
