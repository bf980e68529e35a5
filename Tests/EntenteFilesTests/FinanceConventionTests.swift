import EntenteCore
import Foundation
import Testing
@testable import EntenteFiles

/// The bundled conventions' sums, read from their files, against the figures the seeds print.
@Suite struct FinanceConventionTests {
    @Test func illeEtVilainesContributionsAreTheAnnexs() throws {
        let schedule = try #require(try DemoTerritoryTests.convention("ille-et-vilaine-2025").contributions.first)
        #expect(try ContributionCalculation.compute(schedule, year: 2025).amount == Money(cents: 1_841_100))
        #expect(try ContributionCalculation.compute(schedule, year: 2026).amount == Money(cents: 5_523_300))
        #expect(schedule.payer == "CD" && schedule.payee == "ACA" && schedule.rounding.description == "euro-up")
    }

    @Test func solstissSharesAreTheAnnexs() throws {
        let plan = try #require(try DemoTerritoryTests.convention("ile-de-france-2023").costSharing.first)
        var euros: [Int64] = []
        for envelope in plan.envelopes {
            for hypothesis in plan.hypotheses {
                let shares = try CostSharing.equalShares(of: envelope.total, among: hypothesis.participants)
                #expect(shares.map(\.amount.cents).reduce(0, +) == envelope.total.cents)
                euros.append(ExactFraction(shares.last!.amount.cents, 100).nearest)
            }
        }
        #expect(euros == [93_923, 111_000, 77_000, 91_000, 40_615, 48_000])
    }

    @Test func theDeliberationsAffectationsAddUpToItsTotals() throws {
        let deliberation = try #require(try DemoTerritoryTests.convention("ile-de-france-2023").budget.first)
        #expect(deliberation.authorizations.count == 14 && deliberation.mismatches.isEmpty)
        #expect(deliberation.total(.programme) == Money(cents: 6_435_000_000))
        #expect(deliberation.total(.engagement) == Money(cents: 375_000_000))
        #expect(deliberation.total(.programme, functionalCode: "222") == Money(cents: 847_000_000))
        #expect(deliberation.total(.programme, functionalCode: "224") == Money(cents: 88_000_000))
    }

    @Test func aTotalThatDoesNotAddUpIsRefusedWithItsLine() throws {
        let text = try DemoTerritory.text(of: DemoTerritory.folder.appendingPathComponent("conventions/ile-de-france-2023.yaml")).replacingOccurrences(
            of: "amount: \"64 350 000\"", with: "amount: \"64 350 001\"")
        #expect {
            try ConventionFile.read(text, file: "idf.yaml")
        } throws: { error in
            let issues = (error as? FileIssues)?.issues ?? []
            return issues.contains { $0.message.contains("add up to 64350000.00 €, the text states 64350001.00 €") }
        }
    }

    @Test func aMissingIndexValueIsRefused() throws {
        let text = try DemoTerritory.text(of: DemoTerritory.folder.appendingPathComponent("conventions/ille-et-vilaine-2025.yaml")).replacingOccurrences(
            of: "        - { year: 2026, value: \"313,3\", label: mai 2024 }\n", with: "")
        #expect {
            try ConventionFile.read(text, file: "i.yaml")
        } throws: { error in
            ((error as? FileIssues)?.issues ?? []).contains { $0.message.contains("cannot be computed for 2026") }
        }
    }
}

/// Seed 004, article 11: the Collectivité européenne d'Alsace succeeds the two départements from 1 January 2021.
@Suite struct SubstitutionTests {
    @Test func fromItsDayTheSuccessorIsResponsibleAndTheTextKeepsItsSignatories() throws {
        let convention = try DemoTerritoryTests.convention("alsace-2020")
        let before = convention.applying(on: CalendarDate(year: 2020, month: 12, day: 31)!)
        let after = convention.applying(on: CalendarDate(year: 2021, month: 1, day: 1)!)
        let component = try #require(convention.components.first { $0.component.cells.values.contains { $0.partyCodes.contains("CD67") } })
        let activity = try #require(component.component.cells.first { $0.value.partyCodes.contains("CD67") }?.key)
        #expect(before == convention)
        #expect(after.component(id: component.component.id)?.component.cells[activity]?.partyCodes.contains("CEA") == true)
        #expect(after.components.allSatisfy { !$0.component.cells.values.contains { $0.partyCodes.contains("CD67") || $0.partyCodes.contains("CD68") } })
        #expect(convention.parties.map(\.code).contains("CD67") && after.parties.map(\.code).contains("CD67"))
        #expect(after.governance.allSatisfy { !$0.memberCodes.contains("CD68") })
    }
}
