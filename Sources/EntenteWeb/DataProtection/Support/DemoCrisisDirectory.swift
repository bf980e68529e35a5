import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Foundation

/// The crisis directory of Ille-et-Vilaine in demo mode, naming the demo accounts: the académie's DPD
/// and its RSSI, the Département's RSSI (its DSI) and DPO, the college's head. Numbers are fictitious.
enum DemoCrisisDirectory {
    static let conventionID = "ille-et-vilaine-2025"

    static func ensure(on database: any Database, territory: DemoTerritory, today: CalendarDate, at now: Instant) async throws {
        let store = CrisisDirectoryStore(database: database)
        guard territory.conventions.contains(where: { $0.id == conventionID }),
              try await store.contacts(of: conventionID).isEmpty else { return }
        let college = DemoAccounts.accounts(for: territory).first { $0.role == .establishmentMember }
        let lastMonth = today.adding(months: -1)
        var entries: [(String, CrisisContact.Function, String, String, String, CalendarDate)] = [
            ("ACA", .dpd, "Délégué à la protection des données", "dpd@ac-rennes.demo.entente.fr", "02 00 00 00 01", lastMonth),
            ("ACA", .rssi, "RSSI académique", "assistance@ac-rennes.demo.entente.fr", "02 00 00 00 02", lastMonth),
            ("CD", .rssi, "DSI du Département", "dsi@cd35.demo.entente.fr", "02 00 00 00 03", lastMonth),
            // Reviewed eight months ago: the page flags it.
            ("CD", .dpd, "DPO du Département", "dpo@cd35.demo.entente.fr", "02 00 00 00 04", today.adding(months: -8)),
        ]
        if let college {
            entries.append(("EPLE", .management, college.displayName, college.email, "02 00 00 00 05", lastMonth))
        }
        for (party, function, name, email, phone, reviewed) in entries {
            try await store.save(CrisisContact(id: UUID(), conventionID: conventionID, partyCode: party, function: function,
                                               name: name, email: email, phone: phone,
                                               deputy: CrisisContact.Deputy(name: "Astreinte \(party)", phone: "02 00 00 00 09"),
                                               reviewedOn: reviewed),
                                 actor: "system", at: now)
        }
    }
}
