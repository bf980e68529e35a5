import EntenteCore
import Foundation
import Testing
@testable import EntenteFiles

@Suite struct ConventionFileTests {
    /// A valid file; tests break one line of it at a time.
    static let valid = """
    format: entente-convention/1
    id: test-2025
    title: Convention de test
    territory: Test
    source: test.txt
    parties:
      - code: CD
        partner: CD35
        kind: departement
        name: Département
      - code: EPLE
        kind: etablissement
        name: Collège
    dates:
      effective: 2025-09-01
      end: 2026-08-31
      renewal: express
    versions:
      - id: initial
        kind: initial
        title: Convention initiale
        effective: 2025-09-01
    domains:
      - id: reseau
        name: Infrastructure réseau
        section: "3. Services en établissement — Infrastructure réseau"
        activities: [fourniture, depannage]
        components:
          - id: bornes-wifi
            name: Bornes Wi-Fi
            criticality: critical
            cells:
              fourniture: CD
              depannage: CD
          - id: videoprojecteurs
            name: Vidéoprojecteurs
            cells:
              fourniture: [CD, EPLE]
              depannage:
                - when: {funding: collectivite}
                  R: CD
                - when: {funding: etablissement}
                  R: EPLE
                  note: fonds propres
    service_levels:
      - criticality: critical
        party: CD
        pickup: asap
    """

    static func replacing(_ old: String, with new: String) -> String {
        if !valid.contains(old) { Issue.record("the sample has no '\(old)'") }
        return valid.replacingOccurrences(of: old, with: new)
    }

    static func issues(_ text: String, partners: Set<String>? = nil) -> [FileIssue] {
        do {
            _ = try ConventionFile.read(text, file: "test.yaml", knownPartners: partners)
            return []
        } catch {
            return error.issues
        }
    }

    @Test func validFileReadsIntoTheCoreModel() throws {
        // act
        let convention = try ConventionFile.read(Self.valid, file: "test.yaml", knownPartners: ["CD35"])
        // check
        #expect(convention.id == "test-2025")
        #expect(convention.dates.renewal == .express)
        let projector = try #require(convention.component(id: "videoprojecteurs")?.component)
        #expect(projector.cells[.fourniture] == .responsible("CD", "EPLE"))
        #expect(projector.cells[.depannage]?.isConditional == true)
        #expect(projector.source == SourceReference(file: "test.txt",
                                                    section: "3. Services en établissement — Infrastructure réseau"))
        #expect(try convention.resolve(component: "Vidéoprojecteurs", activity: .depannage,
                                       context: .init(funding: .etablissement)).raci.responsible == ["EPLE"])
        #expect(convention.serviceLevels.first?.pickup == .asSoonAsPossible)
    }

    @Test func unknownPartyCodeIsReportedOnItsCellLine() {
        let issues = Self.issues(Self.replacing("          depannage: CD", with: "          depannage: CD3"))
        #expect(issues.map(\.description) == [
            "test.yaml:34: unknown party code 'CD3' in cell bornes-wifi/depannage — declare it under parties, or use CD",
        ])
    }

    @Test func unknownActivityIsReportedOnItsLineWithTheAllowedOnes() {
        let issues = Self.issues(Self.replacing("          depannage: CD\n", with: "          depanage: CD\n"))
        #expect(issues.count == 1)
        #expect(issues[0].line == 34)
        #expect(issues[0].message == "unknown field 'depanage' in cells of bornes-wifi")
        #expect(issues[0].fix == "did you mean depannage?")
    }

    @Test func duplicateComponentIDIsReportedOnTheSecondOne() {
        let issues = Self.issues(Self.replacing("id: videoprojecteurs", with: "id: bornes-wifi"))
        #expect(issues.map(\.line) == [35])
        #expect(issues.first?.message == "duplicate component id 'bornes-wifi'")
    }

    @Test func inconsistentDatesPointAtTheEndDate() {
        let issues = Self.issues(Self.replacing("end: 2026-08-31", with: "end: 2024-08-31"))
        #expect(issues.map(\.description) == [
            "test.yaml:16: the end date 2024-08-31 is before the effective date 2025-09-01 — check both dates",
        ])
    }

    @Test func impossibleDateIsReported() {
        let issues = Self.issues(Self.replacing("effective: 2025-09-01\n  end", with: "effective: 2025-02-30\n  end"))
        #expect(issues.map(\.line) == [15])
        #expect(issues.first?.message == "'2025-02-30' is not a valid date for the effective date")
    }

    @Test func unknownPartnerIsCheckedAgainstTheRegistry() {
        let issues = Self.issues(Self.valid, partners: ["CD56"])
        #expect(issues.map(\.line) == [7])
        #expect(issues.first?.message == "unknown partner 'CD35' for party CD")
    }

    @Test func badEnumValueListsTheChoices() {
        let issues = Self.issues(Self.replacing("        criticality: critical", with: "        criticality: critique"))
        #expect(issues.map(\.line) == [31])
        #expect(issues.first?.fix.contains("critical, non-critical") == true)
    }

    @Test func malformedYAMLGivesTheLine() {
        let issues = Self.issues(Self.replacing("title: Convention de test", with: "title: [Convention de test"))
        #expect(issues.count == 1)
        #expect(issues.first?.message.hasPrefix("invalid YAML") == true)
        #expect((issues.first?.line ?? 0) >= 3)
    }

    @Test func unknownTopLevelFieldSuggestsTheRightOne() {
        let issues = Self.issues(Self.valid + "\ngovernence: []\n")
        #expect(issues.map(\.description) == ["test.yaml:49: unknown field 'governence' in the convention — did you mean governance?"])
    }

    @Test func missingRequiredFieldsAreAllReportedAtOnce() {
        let text = Self.replacing("title: Convention de test\n", with: "").replacingOccurrences(of: "territory: Test\n", with: "")
        let messages = Self.issues(text).map(\.message)
        #expect(messages.contains("missing 'title' in the convention"))
        #expect(messages.contains("missing 'territory' in the convention"))
    }

    @Test func ruleWithoutResponsiblePartyIsRefused() {
        let issues = Self.issues(Self.replacing("              R: CD\n", with: "              C: CD\n"))
        #expect(issues.map(\.line) == [40])
        #expect(issues.first?.message == "the rule names no responsible party")
    }
}
