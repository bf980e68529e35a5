import EntenteCore
import Testing
@testable import EntenteFiles

@Suite struct EquipmentStandardFileTests {
    let conventions = try! DemoTerritory.load().conventions

    @Test func theBundledReferentielIsReadAgainstItsConvention() throws {
        let standards = try DemoTerritory.load().equipmentStandards
        let standard = try #require(standards.first { $0.conventionID == "ille-et-vilaine-2025" })
        let workstations = try #require(standard.lines.first { $0.componentID == "stations-travail-pedagogiques" })
        #expect(workstations.quantities[.college] == .perPupils(5))
        #expect(workstations.modulable && workstations.approves(model: "dell optiplex 7010") && !workstations.approves(model: nil))
    }

    @Test func mistakesAreReportedWithTheirLineAndFix() {
        let text = """
            format: entente-equipment-standards/1
            standards:
              - convention: ille-et-vilaine-2025
                lines:
                  - component: bornes-wiffi
                    quantities: {college: {fixed: 12}}
                  - component: tablettes
                    quantities: {college: {per_pupils: 0}}
                  - component: videoprojecteurs
                    quantities: {college: {fixed: 2, per_pupils: 3}}
            """
        #expect { try EquipmentStandardFile.read(text, file: "r.yaml", conventions: conventions) } throws: { error in
            let issues = (error as? FileIssues)?.issues ?? []
            return issues.map(\.line) == [5, 8, 10]
                && issues[0].fix.contains("bornes-wifi") && issues[1].message.contains("positive whole number")
        }
    }
}

/// Who validates an own-funds purchase, read from the Ille-et-Vilaine convention's matrix.
@Suite struct PurchaseValidatingPartyTests {
    @Test func theAcademieValidatesTheAdministrativeNetworkAndTheDepartementThePedagogicalOne() throws {
        let convention = try #require(try DemoTerritory.load().conventions.first { $0.id == "ille-et-vilaine-2025" })
        #expect(try PurchaseValidation.validatingParty(in: convention, zone: .administratif) == "ACA")
        #expect(try PurchaseValidation.validatingParty(in: convention, zone: .pedagogique) == "CD")
        #expect(throws: PurchaseValidation.Refusal.noValidatingParty(.iot)) {
            try PurchaseValidation.validatingParty(in: convention, zone: .iot)
        }
    }
}
