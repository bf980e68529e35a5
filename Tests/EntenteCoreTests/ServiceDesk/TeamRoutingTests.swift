import Testing
@testable import EntenteCore

/// A party's teams and rules refine the convention's decision, never override it.
@Suite struct TeamRoutingTests {
    let convention = SampleConvention.make()

    static let guichet = Team(code: "CD-GUICHET", name: "Guichet DSI", partyCode: "CD", level: .n1, isDefault: true)
    static let reseaux = Team(code: "CD-RESEAUX", name: "Réseaux et Wi-Fi", partyCode: "CD", level: .n2)
    static let postes = Team(code: "CD-POSTES", name: "Postes et serveurs", partyCode: "CD", level: .n2)
    static let prestataire = Team(code: "CD-PRESTA", name: "Prestataire de maintenance", partyCode: "CD", level: .n3)
    static let plateforme = Team(code: "ACA-PLATEFORME", name: "Plateforme d'assistance", partyCode: "ACA", level: .n1)
    static let applications = Team(code: "ACA-APPLIS", name: "Applications académiques", partyCode: "ACA", level: .n2)

    static func directory(rules: [TeamRoutingRule]? = nil) -> TeamDirectory {
        TeamDirectory(conventionID: "test-2025",
                      teams: [guichet, reseaux, postes, prestataire, applications, plateforme],
                      rules: rules ?? [
                          TeamRoutingRule(partyCode: "CD", teamCode: "CD-PRESTA", name: "Collège en travaux",
                                          establishmentUAIs: ["0350053T"], activities: [.depannage]),
                          TeamRoutingRule(partyCode: "CD", teamCode: "CD-RESEAUX", name: "Réseau et Wi-Fi",
                                          componentIDs: ["bornes-wifi"]),
                          TeamRoutingRule(partyCode: "CD", teamCode: "CD-POSTES", componentIDs: ["serveur", "videoprojecteurs"]),
                          TeamRoutingRule(partyCode: "ACA", teamCode: "ACA-APPLIS", activities: [.administration]),
                      ])
    }

    func request(_ component: String, party: String = "CD", uai: String = "0352958A",
                 _ activity: Activity = .depannage) -> TeamRoutingRequest {
        TeamRoutingRequest(partyCode: party, componentID: component, establishmentUAI: uai, activity: activity)
    }

    // MARK: Routing

    @Test func componentRuleSendsTheTicketToItsTeam() {
        // act
        let assignment = Self.directory().assign(request("bornes-wifi"))
        // check
        #expect(assignment?.team == Self.reseaux)
        #expect(assignment?.rule?.name == "Réseau et Wi-Fi")
        #expect(assignment?.why == "règle : Réseau et Wi-Fi")
    }

    @Test func firstMatchingRuleWins() {
        // The works rule comes first: a Wi-Fi breakdown of that collège goes to the contractor.
        #expect(Self.directory().assign(request("bornes-wifi", uai: "0350053T"))?.team == Self.prestataire)
        // Every criterion of a rule must match: the same collège's Wi-Fi configuration is not a breakdown.
        #expect(Self.directory().assign(request("bornes-wifi", uai: "0350053T", .fourniture))?.team == Self.reseaux)
    }

    @Test func establishmentsMatchWhateverTheCase() {
        #expect(Self.directory().assign(request("imprimantes", uai: "0350053t"))?.team == Self.prestataire)
    }

    @Test func ruleWithSeveralComponentsMatchesAnyOfThem() {
        #expect(Self.directory().assign(request("serveur"))?.team == Self.postes)
        #expect(Self.directory().assign(request("videoprojecteurs"))?.team == Self.postes)
    }

    @Test func activityRuleMatchesOnlyItsActivity() {
        #expect(Self.directory().assign(request("serveur", party: "ACA", .administration))?.team == Self.applications)
        // No rule: the lowest level, since ACA marks no default team.
        #expect(Self.directory().assign(request("imprimantes-ent", party: "ACA", .assistance))?.team == Self.plateforme)
    }

    @Test func ticketNoRuleClaimsGoesToTheDefaultTeam() {
        let assignment = Self.directory().assign(request("imprimantes"))
        #expect(assignment?.team == Self.guichet)
        #expect(assignment?.rule == nil)
        #expect(assignment?.why == "équipe par défaut de la partie")
    }

    @Test func withoutADefaultTheFirstTeamOfTheLowestLevelTakesIt() {
        var directory = Self.directory()
        directory.teams = [Self.prestataire, Self.postes, Self.reseaux]
        #expect(directory.defaultTeam(of: "CD") == Self.postes)
        #expect(directory.assign(request("imprimantes"))?.team == Self.postes)
    }

    @Test func aPartyWithoutTeamsKeepsItsSingleQueue() {
        #expect(Self.directory().assign(request("imprimantes", party: "EPLE")) == nil)
        #expect(Self.directory().defaultTeam(of: "EPLE") == nil)
    }

    @Test func rulesOfAnotherPartyAreNotRead() {
        // ACA's administration rule does not apply to a ticket the convention gave to CD.
        #expect(Self.directory().assign(request("imprimantes", .administration))?.team == Self.guichet)
    }

    @Test func aRuleNamingAnotherPartysTeamIsNeverFollowed() {
        // setup: a directory that skipped validation
        let directory = Self.directory(rules: [TeamRoutingRule(partyCode: "CD", teamCode: "ACA-APPLIS",
                                                               componentIDs: ["bornes-wifi"])])
        // act
        let assignment = directory.assign(request("bornes-wifi"))
        // check: the ticket stays with CD, at its default team
        #expect(assignment?.team.partyCode == "CD")
        #expect(assignment?.team == Self.guichet)
    }

    @Test func reasonNamesTheTeamAfterThePartyAndTheRuleAtTheEnd() throws {
        // setup
        let decision = try convention.route(RoutingRequest(componentID: "bornes-wifi", nature: .breakdown))
        let assignment = Self.directory().assign(request("bornes-wifi"))
        // act
        let reason = decision.reason(with: assignment)
        // check
        #expect(reason.hasPrefix("Dépannage · Bornes Wi-Fi → CD / Réseaux et Wi-Fi (N2) — Convention de test"))
        #expect(reason.hasSuffix(" — règle : Réseau et Wi-Fi"))
        #expect(decision.reason(with: nil) == decision.reason)
    }

    @Test func sharedCellWritesTheTeamWithTheFirstParty() throws {
        let decision = try convention.route(RoutingRequest(componentID: "videoprojecteurs", nature: .breakdown))
        let reason = decision.reason(with: Self.directory().assign(request("videoprojecteurs")))
        #expect(reason.hasPrefix("Dépannage · Vidéoprojecteurs → CD / Postes et serveurs (N2) + EPLE — "))
        #expect(reason.hasSuffix("règle : composant serveur, videoprojecteurs"))
    }

    @Test func ruleSummaryListsItsCriteriaWithoutAName() {
        let rule = TeamRoutingRule(partyCode: "CD", teamCode: "CD-PRESTA", establishmentUAIs: ["0350053T"],
                                   activities: [.depannage, .installation])
        #expect(rule.summary == "établissement 0350053T ; activité Dépannage, Installation")
    }

    @Test func levelsOrderAndRead() {
        #expect(EscalationLevel.n1 < .n2 && EscalationLevel.n2 < .n3)
        #expect(EscalationLevel.allCases.map(\.shortLabel) == ["N1", "N2", "N3"])
        #expect(Self.reseaux.label == "Réseaux et Wi-Fi (N2)")
    }

    // MARK: Validation

    @Test func theSampleDirectoryIsValid() {
        #expect(Self.directory().issues(against: convention).isEmpty)
    }

    @Test func aRuleNamingATeamOfAnotherPartyIsRejectedWithAClearMessage() throws {
        // setup
        let directory = Self.directory(rules: [TeamRoutingRule(partyCode: "CD", teamCode: "ACA-APPLIS",
                                                               componentIDs: ["bornes-wifi"])])
        // act
        let issues = directory.issues(against: convention)
        // check
        let issue = try #require(issues.first)
        #expect(issues.count == 1)
        #expect(issue.path == "rules.0")
        #expect(issue.message.contains("a rule of CD sends tickets to team 'ACA-APPLIS' of ACA"))
        #expect(issue.message.contains("never move a ticket to another party"))
        #expect(issue.fix.contains("CD-GUICHET"))
    }

    @Test func everyOtherMistakeIsLocatedAndExplained() {
        // setup
        var directory = Self.directory(rules: [
            TeamRoutingRule(partyCode: "CD", teamCode: "CD-RESEAU", componentIDs: ["bornes-wiif"]),
            TeamRoutingRule(partyCode: "CD", teamCode: "CD-RESEAUX"),
            TeamRoutingRule(partyCode: "CD", teamCode: "CD-RESEAUX", establishmentUAIs: ["0352958"]),
        ])
        directory.teams += [Team(code: "CD-RESEAUX", name: "Doublon", partyCode: "CD", level: .n2),
                            Team(code: "CD-BIS", name: " ", partyCode: "CD", level: .n1, isDefault: true),
                            Team(code: "REGION-N1", name: "Guichet régional", partyCode: "REGION", level: .n1)]
        // act
        let issues = directory.issues(against: convention)
        // check
        let byPath = Dictionary(grouping: issues, by: \.path).mapValues { $0.map(\.message) }
        #expect(byPath["teams.CD-RESEAUX#repeat"] == ["team code 'CD-RESEAUX' appears twice"])
        #expect(byPath["teams.CD-BIS"]?.contains("team 'CD-BIS' has no name") == true)
        #expect(byPath["teams.CD-BIS"]?.contains("CD has two default teams (CD-GUICHET and CD-BIS)") == true)
        #expect(byPath["teams.REGION-N1"] == ["'REGION' is not a party of test-2025"])
        #expect(byPath["rules.0"]?.contains("unknown team 'CD-RESEAU' in a rule of CD") == true)
        #expect(byPath["rules.0"]?.contains("unknown component 'bornes-wiif' in test-2025") == true)
        #expect(issues.first { $0.message.contains("bornes-wiif") }?.fix == "did you mean bornes-wifi?")
        #expect(issues.first { $0.message.contains("CD-RESEAU'") }?.fix.contains("CD-RESEAUX") == true)
        #expect(byPath["rules.1"] == ["a rule of CD names no component, establishment or activity"])
        #expect(byPath["rules.2"] == ["'0352958' is not a valid UAI"])
        #expect(issues.count == 8)
    }
}
