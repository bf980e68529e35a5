import Testing
@testable import EntenteCore

@Suite struct ConventionDiffTests {
    @Test func sameConventionHasNoDifference() {
        let convention = SampleConvention.make()
        #expect(ConventionDiff(from: convention, to: convention).isEmpty)
    }

    @Test func avenantShowsAsTheCellItChanges() throws {
        // setup
        let convention = SampleConvention.make()
        // act
        let diff = ConventionDiff(from: try convention.asOf(version: "initial"), to: try convention.asOf(version: "avenant-1"))
        // check
        #expect(diff.changes == [.cellChanged(componentID: "bornes-wifi", activity: .administration, before: "—", after: "CD")])
        #expect(diff.changes[0].description == "~ bornes-wifi · administration: — → CD")
    }

    @Test func addedRemovedRenamedAndRecriticisedComponentsAreListed() {
        // setup
        let old = SampleConvention.make()
        var new = old
        new.domains[0].components.removeLast()
        new.domains[0].components[0].name = "Bornes Wi-Fi (salles)"
        new.domains[0].components[0].criticality = .nonCritical
        new.domains[1].components.append(ServiceComponent(id: "tablettes", name: "Tablettes", source: SampleConvention.source,
                                                          cells: [.fourniture: .responsible("CD"), .assistance: .responsible("CD")]))
        new.parties.removeLast()
        new.title = "Convention de test révisée"
        // act
        let changes = ConventionDiff(from: old, to: new).changes
        // check
        #expect(changes.contains(.field("title", before: "Convention de test", after: "Convention de test révisée")))
        #expect(changes.contains(.partyRemoved("EPLE")))
        #expect(changes.contains(.componentRenamed(id: "bornes-wifi", before: "Bornes Wi-Fi", after: "Bornes Wi-Fi (salles)")))
        #expect(changes.contains(.criticalityChanged(componentID: "bornes-wifi", before: .critical, after: .nonCritical)))
        #expect(changes.contains(.componentAdded(id: "tablettes", name: "Tablettes")))
        #expect(changes.contains(.componentRemoved(id: "serveur", name: "Serveur")))
    }

    @Test func conditionalCellChangeShowsBothConditions() {
        let old = SampleConvention.make()
        var new = old
        new.domains[0].components[1].cells[.fourniture] = .responsible("CD")
        let changes = ConventionDiff(from: old, to: new).changes
        #expect(changes == [.cellChanged(componentID: "videoprojecteurs", activity: .fourniture,
                                         before: "CD (financé par la collectivité) / EPLE (fonds propres de l'établissement)",
                                         after: "CD")])
    }
}
