import Testing
@testable import EntenteCore

@Suite struct ConventionValidationTests {
    @Test func sampleConventionIsSound() {
        #expect(SampleConvention.make().issues(knownPartners: ["CD35", "AC-RENNES"]).isEmpty)
    }

    @Test func missingCellIsReportedWithTheActivityToAdd() {
        // setup
        var convention = SampleConvention.make()
        convention.domains[0].components[0].cells[.depannage] = nil
        // act
        let issues = convention.issues()
        // check
        #expect(issues.count == 1)
        #expect(issues.first?.path == "components.bornes-wifi")
        #expect(issues.first?.message.contains("missing cell 'depannage'") == true)
        #expect(issues.first?.fix.contains("none") == true)
    }

    @Test func cellOutsideTheDomainColumnsIsReported() {
        var convention = SampleConvention.make()
        convention.domains[0].components[0].cells[.assistance] = .responsible("CD")
        let issues = convention.issues()
        #expect(issues.map(\.path) == ["components.bornes-wifi.cells.assistance"])
        #expect(issues[0].fix.contains("fourniture, depannage, administration"))
    }

    @Test func unknownPartyCodeSuggestsADeclaredOne() {
        var convention = SampleConvention.make()
        convention.domains[0].components[0].cells[.depannage] = .responsible("CD3")
        let issues = convention.issues()
        #expect(issues.count == 1)
        #expect(issues[0].message == "unknown party code 'CD3' in cell bornes-wifi/depannage")
        #expect(issues[0].fix.contains("CD"))
    }

    @Test func duplicateComponentIDsAcrossDomainsAreReported() {
        var convention = SampleConvention.make()
        convention.domains[1].components[0].id = "bornes-wifi"
        #expect(convention.issues().contains { $0.message == "duplicate component id 'bornes-wifi'" })
    }

    @Test func inconsistentDatesAreReported() {
        var convention = SampleConvention.make()
        convention.dates.end = CalendarDate(year: 2024, month: 1, day: 1)
        let messages = convention.issues().map(\.message)
        #expect(messages.contains("the end date 2024-01-01 is before the effective date 2025-09-01"))
    }

    @Test func tacitRenewalWithoutEndDateIsReported() {
        var convention = SampleConvention.make()
        convention.dates.end = nil
        #expect(convention.issues().map(\.path) == ["dates.renewal"])
    }

    @Test func seeReferenceMustNameAnotherExistingComponent() {
        var convention = SampleConvention.make()
        convention.domains[0].components[1].cells[.administration] = .seeComponent("serveurs")
        convention.domains[0].components[0].cells[.fourniture] = .seeComponent("bornes-wifi")
        let messages = convention.issues().map(\.message)
        #expect(messages.contains("'see' names unknown component 'serveurs'"))
        #expect(messages.contains("the cell refers to its own component"))
    }

    @Test func versionsMustStartWithTheInitialTextAndGoForward() {
        var convention = SampleConvention.make()
        convention.versions.swapAt(0, 1)
        let messages = convention.issues().map(\.message)
        #expect(messages.contains("the first version must be the initial text"))
        #expect(messages.contains("version 'initial' takes effect before the version listed above it"))
    }

    @Test func avenantChangingAnUnknownComponentIsReported() {
        var convention = SampleConvention.make()
        convention.versions[1].changes[0].componentID = "bornes"
        #expect(convention.issues().map(\.path) == ["versions.avenant-1.changes.0"])
    }

    @Test func unknownPartnerIsCheckedAgainstTheRegistryWhenGiven() {
        let convention = SampleConvention.make()
        #expect(convention.issues().isEmpty)
        #expect(convention.issues(knownPartners: ["CD35"]).map(\.path) == ["parties.ACA"])
    }

    @Test func ruleWithoutResponsiblePartyAndDuplicateConditionsAreReported() {
        var convention = SampleConvention.make()
        convention.domains[0].components[0].cells[.depannage] = .rules([
            ResponsibilityRule(raci: RACI(responsible: [])),
            ResponsibilityRule(raci: RACI(responsible: ["CD"])),
        ])
        let messages = convention.issues().map(\.message)
        #expect(messages.contains("a rule names no responsible party"))
        #expect(messages.contains("two rules of the cell have the same condition"))
    }

    @Test func idsAndCodesMustBeStableAscii() {
        #expect(Convention.isStableID("bornes-wifi"))
        #expect(!Convention.isStableID("Bornes Wi-Fi"))
        #expect(!Convention.isStableID("-x"))
        #expect(!Convention.isStableID(""))
        #expect(Convention.isPartyCode("AC-RENNES"))
        #expect(!Convention.isPartyCode("Cd"))
    }
}
