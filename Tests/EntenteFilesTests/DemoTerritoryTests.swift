import EntenteCore
import Foundation
import Testing
@testable import EntenteFiles

/// The bundled conventions, checked against what their source texts say.
@Suite struct DemoTerritoryTests {
    static let territory: DemoTerritory = {
        do { return try DemoTerritory.load() } catch { fatalError("\(error)") }
    }()

    static func convention(_ id: String) throws -> Convention {
        try #require(territory.conventions.first { $0.id == id })
    }

    @Test func everyBundledFileLoadsAndTheTemplateToo() throws {
        #expect(Self.territory.conventions.map(\.id) == ["alsace-2020", "ile-de-france-2023", "ille-et-vilaine-2025"])
        #expect(Self.territory.establishments.count == 112)  // 100 from the directory, 12 demo ones
        let template = try DemoTerritory.template().convention
        #expect(template.id == "convention-cadre")
        #expect(template.issues().isEmpty)
    }

    /// Rows of seed 002's operational annex, cell by cell, in annex order of the columns
    /// (Fourniture, Installation, Dépannage, Administration, Assistance, Accompagnement); "-" is an empty cell.
    @Test(arguments: [
        ("bornes-wifi", ["CD", "CD", "CD", "-", "-", "CD"]),
        ("batiments-prises-reseau", ["CD", "CD", "CD", "-", "-", "CD"]),
        ("reseau-administratif", ["CD", "ACA", "CD", "ACA", "ACA", "-"]),
        ("reseau-pedagogique", ["CD", "CD", "CD", "CD", "CD", "CD"]),
        ("onduleurs", ["CD", "CD", "EPLE", "CD", "CD", "CD"]),
        ("stations-travail-administratives", ["CD", "EPLE", "CD", "ACA", "ACA", "ACA"]),
        ("autres-equipements-mobilite", ["EPLE", "EPLE", "EPLE", "EPLE", "EPLE", "EPLE"]),
        ("stations-travail-agents-collectivite", ["CD", "CD", "CD", "CD", "CD", "CD"]),
        ("peripheriques-byod", ["EPLE", "EPLE", "EPLE", "EPLE", "EPLE", "EPLE"]),
    ])
    func illeEtVilaineRowsMatchTheAnnex(_ id: String, _ expected: [String]) throws {
        let convention = try Self.convention("ille-et-vilaine-2025")
        let activities: [Activity] = [.fourniture, .installation, .depannage, .administration, .assistance, .accompagnement]
        for (activity, parties) in zip(activities, expected) {
            let answer = (try? convention.resolve(component: id, activity: activity).raci.responsible.joined(separator: "+")) ?? "-"
            #expect(answer == parties, "\(id) \(activity.rawValue)")
        }
    }

    /// "CD EPLE" cells: the Département for equipment of its référentiel, the school for its own funds.
    @Test(arguments: ["telephonie", "videoprojecteurs", "serveurs-logiciels-techniques"])
    func fundingCellsDependOnWhoPaid(_ id: String) throws {
        let convention = try Self.convention("ille-et-vilaine-2025")
        for activity in [Activity.fourniture, .depannage] {
            #expect(throws: ResolutionError.self) { try convention.resolve(component: id, activity: activity) }
            #expect(try convention.resolve(component: id, activity: activity, context: .init(funding: .collectivite))
                        .raci.responsible == ["CD"])
            #expect(try convention.resolve(component: id, activity: activity, context: .init(funding: .etablissement))
                        .raci.responsible == ["EPLE"])
        }
    }

    @Test func servicesOutsideTheSchoolHaveNoRepairColumn() throws {
        let convention = try Self.convention("ille-et-vilaine-2025")
        let ent = try #require(convention.domains.first { $0.id == "ent" })
        #expect(!ent.activities.contains(.depannage))
        #expect(try convention.resolve(component: "toutatice-portail", activity: .assistance).raci.responsible == ["ACA"])
    }

    @Test func illeEtVilaineServiceLevelsAreTheAnnexFigures() throws {
        let convention = try Self.convention("ille-et-vilaine-2025")
        let academie = try #require(convention.serviceLevels.first { $0.partyCode == "ACA" && $0.criticality == .critical })
        #expect(academie.pickup == .workingDays(0.5))
        #expect(academie.restoration == .workingDays(1))
        #expect(academie.dataRestoration == .calendarDays(2))
        let departement = try #require(convention.serviceLevels.first { $0.partyCode == "CD" && $0.criticality == .critical })
        #expect(departement.pickup == .asSoonAsPossible)
        #expect(convention.nonCriticalPriorities.count == 4)
        let critical = convention.dataAvailability.filter { $0.criticality == .critical }
        #expect(critical.map(\.maxDataLoss) == [.calendarDays(1), .calendarDays(1)])
        #expect(critical.map(\.retention) == [.iso(ISODuration(months: 3)), .iso(ISODuration(days: 10))])
        let breach = try #require(convention.incidentChains.first { $0.kind == .dataBreach })
        #expect(breach.steps.contains { $0.partyCode == "CD" && $0.deadline == .iso(ISODuration(hours: 48)) })
    }

    @Test func everyCellKeepsItsSource() throws {
        for convention in Self.territory.conventions {
            for (_, component) in convention.components {
                #expect(!component.source.file.isEmpty && !component.source.section.isEmpty, "\(convention.id) \(component.id)")
            }
        }
    }

    @Test func ileDeFranceRoutesGDPRRights() throws {
        let convention = try Self.convention("ile-de-france-2023")
        #expect(!convention.dataSubjectRights.isEmpty)
        #expect(convention.incidentChains.contains { $0.kind == .crisis })
        #expect(convention.parties.contains { $0.kind == .region })
    }

    @Test func alsaceKeepsSecurityWithTheAcademieDuringTheTransition() throws {
        let convention = try Self.convention("alsace-2020")
        for id in ["pare-feu", "proxy-filtrage-web", "serveur-administratif"] {
            #expect(try convention.resolve(component: id, activity: .administration).raci.responsible == ["ACA"], "\(id)")
        }
        #expect(convention.dates.end == CalendarDate(year: 2022, month: 9, day: 1))
    }
}
