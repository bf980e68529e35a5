import Testing
@testable import EntenteCore

@Suite struct EquipmentConformanceTests {
    let college = Establishment(uai: try! UAI("0352958A"), name: "Collège Françoise Elie", kind: .college, commune: "Rennes",
                                departmentCode: "035", academy: "Rennes", collectivityCode: "CD35", pupils: ["2025-2026": 498],
                                isDemo: false)
    let standard = EquipmentStandard(conventionID: "ille-et-vilaine-2025", source: "exemple", lines: [
        .init(componentID: "stations-travail-pedagogiques", approvedModels: ["Dell OptiPlex 7010"],
              quantities: [.college: .perPupils(5)], modulable: true),
        .init(componentID: "videoprojecteurs", quantities: [.college: .fixed(20)], modulable: true),
        .init(componentID: "bornes-wifi", quantities: [.college: .fixed(12)]),
        .init(componentID: "serveurs", quantities: [.lycee: .fixed(2)]),
    ])

    @Test func eachLineSaysWhatIsMissingInSurplusOrNotApproved() throws {
        let result = EquipmentConformance.evaluate(college, against: standard, deployed: [
            "stations-travail-pedagogiques": ["Dell OptiPlex 7010": 90, "HP ProDesk 400": 10],
            "videoprojecteurs": [nil: 25],
            "bornes-wifi": ["Aruba AP-515": 12],
        ], modulations: [])
        let lines = Dictionary(uniqueKeysWithValues: result.lines.map { ($0.componentID, $0) })
        let workstations = try #require(lines["stations-travail-pedagogiques"])
        #expect(workstations.expected == 100, "498 pupils, one per started group of 5")
        #expect((workstations.have, workstations.missing, workstations.surplus, workstations.unapproved) == (100, 0, 0, 10))
        #expect(!workstations.isConformant, "ten devices of a model outside the référentiel")
        #expect(lines["videoprojecteurs"]?.surplus == 5 && lines["videoprojecteurs"]?.isConformant == true)
        #expect(lines["bornes-wifi"]?.isConformant == true, "any model when the line approves none in particular")
        #expect(lines["serveurs"]?.expected == nil, "no quantity for a collège: not judged")
        #expect(result.judged.count == 3 && result.conformant == 2)
        #expect(result.percentage == 66)
    }

    @Test func theLatestModulationAgreedReplacesTheStandardOnModulableLinesOnly() {
        let older = EquipmentModulation(establishment: college.uai, componentID: "videoprojecteurs", quantity: 22,
                                        agreedOn: CalendarDate(year: 2025, month: 9, day: 1)!, agreedWith: "Mme Le Goff", reason: "salles de sciences")
        let latest = EquipmentModulation(establishment: college.uai, componentID: "videoprojecteurs", quantity: 30,
                                         agreedOn: CalendarDate(year: 2026, month: 3, day: 1)!, agreedWith: "Mme Le Goff", reason: "nouvelle aile")
        let ignored = EquipmentModulation(establishment: college.uai, componentID: "bornes-wifi", quantity: 1,
                                          agreedOn: CalendarDate(year: 2026, month: 3, day: 1)!, agreedWith: "x", reason: "y")
        let result = EquipmentConformance.evaluate(college, against: standard, deployed: ["videoprojecteurs": [nil: 25], "bornes-wifi": [nil: 12]],
                                                   modulations: [latest, older, ignored])
        let projectors = result.lines.first { $0.componentID == "videoprojecteurs" }
        #expect(projectors?.expected == 30 && projectors?.missing == 5 && projectors?.modulation == latest)
        #expect(result.lines.first { $0.componentID == "bornes-wifi" }?.expected == 12)
    }

    @Test func aTerritoryCountsLinesNotEstablishments() {
        var other = college
        other.uai = try! UAI("0350003N")
        other.pupils = [:]
        let first = EquipmentConformance.evaluate(college, against: standard, deployed: ["videoprojecteurs": [nil: 20]], modulations: [])
        let second = EquipmentConformance.evaluate(other, against: standard, deployed: ["bornes-wifi": [nil: 12]], modulations: [])
        #expect(second.judged.count == 2, "without a pupil count the per-pupil line is not judged")
        #expect(EquipmentConformance.percentage(of: [first, second]) == 2 * 100 / 5)
        #expect(EquipmentConformance.percentage(of: []) == nil)
    }
}
