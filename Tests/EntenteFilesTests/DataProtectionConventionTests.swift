import EntenteCore
import Testing
@testable import EntenteFiles

/// The bundled conventions' breach chains and rights table, read as the seeds write them.
@Suite struct DataProtectionConventionTests {
    static let rights: [DataSubjectRight] = [.access, .rectification, .erasure, .objection, .restriction]

    func route(_ right: DataSubjectRight, _ requester: RequesterCategory, _ receiver: String) throws -> RightsRequestRouting.Route {
        try RightsRequestRouting.route(right: right, requester: requester, receivedBy: receiver,
                                       in: try DemoTerritoryTests.convention("ile-de-france-2023"))
    }

    // Seed 000, annex 1 §3.2.2, row by row, for each of the five rights of §3.2.1.
    @Test(arguments: rights)
    func teachersParentsAndPupilsGoToTheAcademieWithTheEstablishment(_ right: DataSubjectRight) throws {
        for requester in [RequesterCategory.teacher, .parent, .pupil] {
            for receiver in ["REGION", "ACA", "EPLE"] {
                let route = try route(right, requester, receiver)
                #expect(route.handlerCode == "ACA" && route.contributorCodes == ["EPLE"], "\(requester) via \(receiver)")
                #expect(route.period == CalendarMonths(1) && !route.isByDefault)
            }
        }
    }

    @Test(arguments: rights)
    func theRegionsStaffGoesToTheRegionWhoeverReceivedIt(_ right: DataSubjectRight) throws {
        for receiver in ["REGION", "ACA", "EPLE"] {
            let route = try route(right, .collectiviteStaff, receiver)
            #expect(route.handlerCode == "REGION" && route.contributorCodes.isEmpty && route.preemptionCodes.isEmpty)
        }
    }

    @Test(arguments: rights)
    func otherRequestsStayWithThePartyThatReceivedThemSaveAgreedPreemption(_ right: DataSubjectRight) throws {
        let byAcademie = try route(right, .other, "ACA")
        #expect(byAcademie.handlerCode == "ACA" && byAcademie.preemptionCodes == ["REGION"])
        let byRegion = try route(right, .academieStaff, "REGION")
        #expect(byRegion.handlerCode == "REGION" && byRegion.preemptionCodes == ["ACA"])
        let byEstablishment = try route(right, .establishmentStaff, "EPLE")
        #expect(byEstablishment.handlerCode == "EPLE" && byEstablishment.preemptionCodes == ["ACA", "REGION"])
    }

    @Test func aRightTheTableLeavesOutStaysWithTheReceiver() throws {
        let route = try route(.portability, .parent, "REGION")
        #expect(route.handlerCode == "REGION" && route.isByDefault && route.row == nil)
        #expect(throws: RightsRequestRouting.Failure.self) { try self.route(.access, .parent, "CD35") }
    }

    @Test func illeEtVilaineNamesNoHandlerSoTheReceivingDPDAnswers() throws {
        let convention = try DemoTerritoryTests.convention("ille-et-vilaine-2025")
        let route = try RightsRequestRouting.route(right: .access, requester: .parent, receivedBy: "CD", in: convention)
        #expect(route.handlerCode == "CD" && route.isByDefault)
    }

    @Test func ileDeFranceBreachesFollowTheirOrigin() throws {
        let convention = try DemoTerritoryTests.convention("ile-de-france-2023")
        #expect(BreachObligations.origins(in: convention) == ["REGION", "ACA"])
        for (origin, other) in [("REGION", "ACA"), ("ACA", "REGION")] {
            let obligations = try BreachObligations.of(convention: convention, origin: origin)
            #expect(obligations.map(\.kind) == [.partnerNotice, .update, .crisisCell, .authorityNotification,
                                                .receiptSharing, .personsCommunication])
            #expect(obligations.allSatisfy { $0.responsibleCode == origin })
            #expect(obligations[0].recipients == [.party(other)])
            #expect(obligations[0].timing == .within(CalendarHours(24)!, from: .awareness))
            #expect(obligations[1].timing == .within(CalendarHours(24)!, from: .lastNotice))
            #expect(obligations[2].timing == .within(CalendarHours(24)!, from: .partnerNotice))
        }
    }

    @Test func illeEtVilaineGivesTheDepartementFortyEightHoursAcrossTheOctoberChange() throws {
        let convention = try DemoTerritoryTests.convention("ille-et-vilaine-2025")
        let aware = try Instant.parse(iso: "2026-10-23T10:00", in: .europeParis)
        let standing = BreachClock.standing(of: try BreachObligations.of(convention: convention, origin: "CD"),
                                            progress: BreachProgress(awareness: aware), at: aware)
        #expect(standing.map(\.obligation.kind) == [.partnerNotice, .authorityNotification, .personsCommunication])
        #expect(standing[0].obligation.recipients == [.party("ACA")])
        #expect(standing[0].due?.iso8601(in: .europeParis) == "2026-10-25T09:00:00+01:00")
        #expect(standing[1].obligation.responsibleCode == "ACA")
        #expect(standing[1].due?.iso8601(in: .europeParis) == "2026-10-26T09:00:00+01:00")
    }

    @Test func alsacesDepartementsTellTheAcademieAtOnce() throws {
        let convention = try DemoTerritoryTests.convention("alsace-2020")
        #expect(BreachObligations.origins(in: convention) == ["ACA", "CD67", "CD68"])
        let obligations = try BreachObligations.of(convention: convention, origin: "CD68")
        #expect(obligations.map(\.kind) == [.partnerNotice, .authorityNotification, .personsCommunication])
        #expect(obligations[0].responsibleCode == "CD68" && obligations[0].timing == .withoutUndueDelay)
        #expect(obligations[1].responsibleCode == "ACA")
    }
}

/// Security incidents go to the party whose perimeter they fall in (seed 002, §5).
@Suite struct SecurityIncidentRoutingTests {
    @Test func illeEtVilaineSplitsIncidentsBetweenTheAcademieAndTheDepartement() throws {
        let convention = try DemoTerritoryTests.convention("ille-et-vilaine-2025")
        let administrative = try SecurityIncidentRouting.route(in: convention, zone: .administratif, componentID: nil)
        #expect(administrative.handlerCode == "ACA" && administrative.informedCodes == ["CD"])
        let academieService = try SecurityIncidentRouting.route(in: convention, zone: nil, componentID: "serveur-administratif-horus")
        #expect(academieService.handlerCode == "ACA" && academieService.chainID == "securite-perimetre-academie")
        let pedagogical = try SecurityIncidentRouting.route(in: convention, zone: .pedagogique, componentID: "bornes-wifi")
        #expect(pedagogical.handlerCode == "CD" && pedagogical.informedCodes == ["ACA"])
        let unknown = try SecurityIncidentRouting.route(in: convention, zone: nil, componentID: nil)
        #expect(unknown.handlerCode == "CD" && unknown.chainID == "securite-perimetre-departement")
    }

    @Test func ileDeFranceSendsEveryIncidentToTheAcademiesRSSI() throws {
        let convention = try DemoTerritoryTests.convention("ile-de-france-2023")
        let route = try SecurityIncidentRouting.route(in: convention, zone: .pedagogique, componentID: nil)
        #expect(route.handlerCode == "ACA" && route.informedCodes == ["REGION", "EPLE"])
    }
}
