import EntenteCore
import Testing
@testable import EntenteFiles

@Suite struct TeamsFileTests {
    static var conventions: [Convention] { DemoTerritoryTests.territory.conventions }

    static func read(_ text: String) throws(FileIssues) -> [TeamDirectory] {
        try TeamsFile.read(text, file: "teams.yaml", conventions: conventions)
    }

    @Test func bundledTeamsSendAWiFiBreakdownToTheDepartementsNetworkTeam() throws {
        // setup
        let directory = try #require(DemoTerritoryTests.territory.teams.first { $0.conventionID == "ille-et-vilaine-2025" })
        // act
        let wifi = directory.assign(TeamRoutingRequest(partyCode: "CD", componentID: "bornes-wifi",
                                                       establishmentUAI: "0352958A", activity: .depannage))
        let portal = directory.assign(TeamRoutingRequest(partyCode: "ACA", componentID: "toutatice-portail",
                                                         establishmentUAI: "0352958A", activity: .assistance))
        let other = directory.assign(TeamRoutingRequest(partyCode: "CD", componentID: "politique-equipement",
                                                        establishmentUAI: "0352958A", activity: .communication))
        // check
        #expect(wifi?.team.code == "CD35-RESEAUX")
        #expect(wifi?.team.level == .n2)
        #expect(portal?.team.code == "ACA-RENNES-ENT")
        #expect(other?.team.code == "CD35-GUICHET")
        #expect(directory.teams(of: "CD").map(\.level) == [.n1, .n2, .n2, .n2, .n3])
        #expect(directory.teams(of: "EPLE").isEmpty)
    }

    @Test func aRuleNamingATeamOfAnotherPartyIsRejectedAtItsLine() {
        let text = """
        format: entente-teams/1
        conventions:
          - convention: ille-et-vilaine-2025
            parties:
              - party: CD
                teams:
                  - {code: T-CD-N1, name: Guichet, level: n1}
                rules:
                  - components: [bornes-wifi]
                    team: T-ACA-N1
              - party: ACA
                teams:
                  - {code: T-ACA-N1, name: Plateforme, level: n1}
        """
        // act
        let issues = Self.issues(text)
        // check
        #expect(issues.count == 1)
        #expect(issues.first?.line == 9)
        #expect(issues.first?.description.hasPrefix("teams.yaml:9: a rule of CD sends tickets to team 'T-ACA-N1' of ACA") == true)
    }

    @Test func everyMistakeIsReportedWithItsLine() {
        let text = """
        format: entente-teams/2
        conventions:
          - convention: ile-et-vilaine-2025
          - convention: ille-et-vilaine-2025
            parties:
              - party: CD
                teams:
                  - {code: T-CD-N1, name: Guichet, level: n4}
                  - {code: T-CD-N2, name: Réseaux, level: n2, default: oui}
                  - {code: T-CD-N3, name: Prestataire}
                rules:
                  - components: bornes-wifi
                    activities: [repair]
                    team: T-CD-N2
                    colour: blue
        """
        // act
        let lines = Self.issues(text).map { "\($0.line): \($0.message)" }
        // check
        #expect(lines == [
            "1: unsupported format 'entente-teams/2'",
            "3: unknown convention 'ile-et-vilaine-2025'",
            "8: 'n4' is not a valid escalation level",
            "9: 'oui' is not true or false",
            "10: missing 'level' in team T-CD-N3",
            "13: 'repair' is not an activity",
            "15: unknown field 'colour' in a rule of CD",
        ])
    }

    @Test func teamCodesAreUniqueAcrossConventions() {
        let text = """
        format: entente-teams/1
        conventions:
          - convention: ille-et-vilaine-2025
            parties:
              - party: CD
                teams: [{code: GUICHET, name: Guichet, level: n1}]
          - convention: alsace-2020
            parties:
              - party: \(Self.conventions.first { $0.id == "alsace-2020" }!.parties[0].code)
                teams: [{code: GUICHET, name: Guichet, level: n1}]
        """
        #expect(Self.issues(text).map(\.description) == [
            "teams.yaml:10: team code 'GUICHET' is already used in ille-et-vilaine-2025 — give each team a code of its own",
        ])
    }

    @Test func validationAgainstTheConventionIsLocated() {
        let text = """
        format: entente-teams/1
        conventions:
          - convention: ille-et-vilaine-2025
            parties:
              - party: CD
                teams:
                  - {code: T-CD-N1, name: Guichet, level: n1}
                rules:
                  - team: T-CD-N1
                    components: [bornes-wiif]
              - party: REGION
                teams:
                  - {code: T-REGION, name: Région, level: n1}
        """
        let lines = Self.issues(text).map { "\($0.line): \($0.message) — \($0.fix)" }
        #expect(lines == [
            "9: unknown component 'bornes-wiif' in ille-et-vilaine-2025 — did you mean bornes-wifi?",
            "13: 'REGION' is not a party of ille-et-vilaine-2025 — use one of: CD, ACA, EPLE, EDITEUR, MEN, PRESTATAIRE",
        ])
    }

    static func issues(_ text: String) -> [FileIssue] {
        do {
            _ = try read(text)
            return []
        } catch {
            return error.issues
        }
    }
}
