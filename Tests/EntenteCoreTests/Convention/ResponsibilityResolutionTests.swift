import Testing
@testable import EntenteCore

@Suite struct ResponsibilityResolutionTests {
    let convention = SampleConvention.make()

    @Test func plainCellNamesItsParty() throws {
        // act
        let responsibility = try convention.resolve(component: "Bornes Wi-Fi", activity: .depannage)
        // check
        #expect(responsibility.raci.responsible == ["CD"])
        #expect(responsibility.componentID == "bornes-wifi")
        #expect(responsibility.reason.contains("Dépannage · Bornes Wi-Fi → CD"))
        #expect(responsibility.reason.contains("Infrastructure réseau") || responsibility.reason.contains("Annexe"))
    }

    @Test func componentIsFoundByIDOrNameWithoutCaseOrAccents() throws {
        #expect(try convention.resolve(component: "bornes-wifi", activity: .fourniture).raci.responsible == ["CD"])
        #expect(try convention.resolve(component: "videoprojecteurs", activity: .depannage).componentName == "Vidéoprojecteurs")
        #expect(try convention.resolve(component: "VIDÉOPROJECTEURS", activity: .depannage).raci.responsible == ["CD", "EPLE"])
    }

    @Test func fundingDecidesConditionalCells() throws {
        // act
        let collectivite = try convention.resolve(component: "videoprojecteurs", activity: .fourniture,
                                                  context: .init(funding: .collectivite))
        let fondsPropres = try convention.resolve(component: "videoprojecteurs", activity: .fourniture,
                                                  context: .init(funding: .etablissement))
        // check
        #expect(collectivite.raci.responsible == ["CD"])
        #expect(fondsPropres.raci.responsible == ["EPLE"])
        #expect(fondsPropres.reason.contains("fonds propres"))
    }

    @Test func conditionalCellWithoutContextSaysWhatToGive() {
        // act
        let error = #expect(throws: ResolutionError.self) {
            try convention.resolve(component: "videoprojecteurs", activity: .fourniture)
        }
        // check
        guard case .dependsOnContext(_, _, let alternatives) = error else {
            Issue.record("expected dependsOnContext, got \(String(describing: error))")
            return
        }
        #expect(alternatives.map(\.raci.responsible) == [["CD"], ["EPLE"]])
        #expect(error?.description.contains("--funding collectivite") == true)
    }

    @Test func fundingThatNoRuleCoversIsReported() {
        #expect(throws: ResolutionError.noRuleMatches(componentID: "videoprojecteurs", activity: .fourniture,
                                                      context: .init(funding: .academie))) {
            try convention.resolve(component: "videoprojecteurs", activity: .fourniture, context: .init(funding: .academie))
        }
    }

    @Test func zoneRuleWinsOverDefaultOnlyWhenTheZoneMatches() throws {
        // act
        let administrative = try convention.resolve(component: "imprimantes", activity: .administration,
                                                    context: .init(zone: .administratif))
        let pedagogical = try convention.resolve(component: "imprimantes", activity: .administration,
                                                 context: .init(zone: .pedagogique))
        // check
        #expect(administrative.raci.responsible == ["CD"])
        #expect(administrative.rules.first?.note == "partagés avec le réseau administratif")
        #expect(pedagogical.raci.responsible == ["EPLE"])
        #expect(pedagogical.raci.accountable == ["CD"])
        #expect(pedagogical.raci.informed == ["ACA"])
    }

    @Test func defaultRuleDoesNotHideAnUndecidedCondition() {
        #expect(throws: ResolutionError.self) {
            try convention.resolve(component: "imprimantes", activity: .administration)
        }
    }

    @Test func seeCellFollowsTheReferencedComponent() throws {
        // act
        let responsibility = try convention.resolve(component: "videoprojecteurs", activity: .administration)
        // check
        #expect(responsibility.raci.responsible == ["ACA"])
        #expect(responsibility.referencedComponentID == "serveur")
        #expect(responsibility.componentID == "videoprojecteurs")
    }

    @Test func referenceLoopIsAnErrorNotAHang() {
        // setup
        var looped = convention
        looped.domains[0].components[3].cells[.administration] = .seeComponent("videoprojecteurs")
        // act, check
        #expect(throws: ResolutionError.referenceLoop(["videoprojecteurs", "serveur", "videoprojecteurs"])) {
            try looped.resolve(component: "videoprojecteurs", activity: .administration)
        }
    }

    @Test func emptyCellIsNotApplicable() {
        #expect(throws: ResolutionError.notApplicable(componentID: "bornes-wifi", activity: .administration)) {
            try convention.resolve(component: "bornes-wifi", activity: .administration)
        }
    }

    @Test func activityOutsideTheDomainColumnsIsRefused() {
        #expect(throws: ResolutionError.activityNotInDomain(.assistance, componentID: "bornes-wifi",
                                                            columns: [.fourniture, .depannage, .administration])) {
            try convention.resolve(component: "bornes-wifi", activity: .assistance)
        }
    }

    @Test func unknownComponentSuggestsClosestNames() {
        // act
        let error = #expect(throws: ResolutionError.self) {
            try convention.resolve(component: "Borne wifi", activity: .depannage)
        }
        // check
        guard case .unknownComponent(let name, let suggestions) = error else {
            Issue.record("expected unknownComponent")
            return
        }
        #expect(name == "Borne wifi")
        #expect(suggestions.contains("Bornes Wi-Fi") || suggestions.contains("bornes-wifi"))
    }

    @Test func nameSharedByTwoComponentsAsksForAnID() {
        #expect(throws: ResolutionError.ambiguousComponent("Périphériques d'impression",
                                                           candidates: ["imprimantes", "imprimantes-ent"])) {
            try convention.resolve(component: "Périphériques d'impression", activity: .fourniture)
        }
    }

    @Test func activityParsingAcceptsIDsAndFrenchLabelsAndSuggests() throws {
        #expect(try Activity.parse("depannage") == .depannage)
        #expect(try Activity.parse("Dépannage") == .depannage)
        let error = #expect(throws: ResolutionError.self) { try Activity.parse("depanage") }
        #expect(error == .unknownActivity("depanage", suggestions: ["depannage"]))
    }

    @Test func avenantRewritesItsCellFromItsVersionOn() throws {
        // act
        let initial = try convention.asOf(version: "initial")
        let amended = try convention.asOf(version: "avenant-1")
        // check
        #expect(throws: ResolutionError.self) { try initial.resolve(component: "bornes-wifi", activity: .administration) }
        #expect(try amended.resolve(component: "bornes-wifi", activity: .administration).raci.responsible == ["CD"])
        #expect(convention.current == amended)
        #expect(throws: ConventionVersionError.self) { try convention.asOf(version: "avenant-9") }
    }
}
