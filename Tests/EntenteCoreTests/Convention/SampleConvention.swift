@testable import EntenteCore

/// A small convention written in code, with every cell form, for the core's tests.
enum SampleConvention {
    static let source = SourceReference(file: "test.txt", section: "Annexe")

    static func make() -> Convention {
        let network = ServiceDomain(
            id: "reseau", name: "Infrastructure réseau", activities: [.fourniture, .depannage, .administration],
            source: SourceReference(file: "test.txt", section: "Infrastructure réseau"),
            components: [
                ServiceComponent(id: "bornes-wifi", name: "Bornes Wi-Fi", criticality: .critical, source: source,
                                 cells: [.fourniture: .responsible("CD"), .depannage: .responsible("CD"),
                                         .administration: .notApplicable]),
                ServiceComponent(id: "videoprojecteurs", name: "Vidéoprojecteurs", source: source, cells: [
                    .fourniture: .rules([
                        ResponsibilityRule(condition: .init(funding: .collectivite), raci: RACI(responsible: ["CD"])),
                        ResponsibilityRule(condition: .init(funding: .etablissement), raci: RACI(responsible: ["EPLE"])),
                    ]),
                    .depannage: .responsible("CD", "EPLE"),
                    .administration: .seeComponent("serveur"),
                ]),
                ServiceComponent(id: "imprimantes", name: "Périphériques d'impression", source: source, cells: [
                    .fourniture: .responsible("EPLE"),
                    .depannage: .responsible("EPLE"),
                    .administration: .rules([
                        ResponsibilityRule(condition: .init(zone: .administratif), raci: RACI(responsible: ["CD"]),
                                           note: "partagés avec le réseau administratif"),
                        ResponsibilityRule(raci: RACI(responsible: ["EPLE"], accountable: ["CD"], informed: ["ACA"])),
                    ]),
                ]),
                ServiceComponent(id: "serveur", name: "Serveur", source: source,
                                 cells: [.fourniture: .responsible("CD"), .depannage: .responsible("CD"),
                                         .administration: .responsible("ACA")]),
            ])
        let services = ServiceDomain(
            id: "services", name: "Services", activities: [.fourniture, .assistance], source: source,
            components: [
                ServiceComponent(id: "imprimantes-ent", name: "Périphériques d'impression", source: source,
                                 cells: [.fourniture: .responsible("ACA"), .assistance: .responsible("ACA")]),
            ])
        return Convention(
            id: "test-2025", title: "Convention de test", territory: "Test", sourceFile: "test.txt",
            parties: [ConventionParty(code: "CD", partnerCode: "CD35", kind: .departement, name: "Département"),
                      ConventionParty(code: "ACA", partnerCode: "AC-RENNES", kind: .academie, name: "Académie"),
                      ConventionParty(code: "EPLE", kind: .etablissement, name: "Collège")],
            dates: .init(effective: CalendarDate(year: 2025, month: 9, day: 1)!,
                         end: CalendarDate(year: 2026, month: 8, day: 31)!, renewal: .tacit),
            versions: [
                ConventionVersion(id: "initial", kind: .initial, title: "Convention initiale",
                                  effective: CalendarDate(year: 2025, month: 9, day: 1)!),
                ConventionVersion(id: "avenant-1", kind: .avenant, title: "Avenant n°1",
                                  effective: CalendarDate(year: 2026, month: 1, day: 1)!,
                                  changes: [.init(componentID: "bornes-wifi", activity: .administration,
                                                  cell: .responsible("CD"))]),
            ],
            domains: [network, services])
    }
}
