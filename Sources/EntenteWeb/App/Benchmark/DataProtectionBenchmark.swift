import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// The data-protection aims at scale (`entente bench data-protection`): BREACHES open breaches seeded
/// over the conventions' origins, then (1) the clock standing of every open breach and of as many rights
/// requests recomputed from the database, and (2) one person's export among the tickets and assets the
/// other benchmarks seeded, each timed in the process.
public enum DataProtectionBenchmark {
    public struct Figures: Sendable, CustomStringConvertible {
        public var breaches: Int
        public var seedSeconds: Double
        public var standingMedian: Double, standingP95: Double
        public var exportMedian: Double, exportP95: Double
        public var exportLines: Int
        /// Obligations late and requests past their day, as the last run counted them.
        public var late: Int

        public var description: String {
            String(format: "%d open breaches (seeded in %.1f s) and as many rights requests: standing median %.1f ms, p95 %.1f ms "
                + "(%d late); one person's export (%d lines): median %.1f ms, p95 %.1f ms",
                   breaches, seedSeconds, standingMedian, standingP95, late, exportLines, exportMedian, exportP95)
        }
    }

    static func run(on database: any Database, breaches count: Int, conventions: [Convention]) async throws -> Figures {
        let store = BreachStore(database: database)
        let origins = conventions.flatMap { convention in BreachObligations.origins(in: convention).map { (convention, $0) } }
        let start = Date()
        let existing = try await store.openBreaches(limit: count).count
        let now = Instant(Date())
        var random = SplitMix64(seed: 11)
        let declaration = BreachDeclaration(service: "ENT", hostingLocation: "France", natures: [.confidentiality],
                                            summary: "Banc d'essai", dataCategories: "identité", personCategories: "élèves", measures: "")
        let seeded = (existing..<count).map { number -> Breach in
            let (convention, origin) = origins[number % origins.count]
            let aware = now.adding(seconds: -Int(random.next() % (5 * 86_400)))
            var progress = BreachProgress(awareness: aware)
            if number % 2 == 0 { progress.partnerNoticeSentAt = aware.adding(seconds: 3_600); progress.lastNoticeSentAt = progress.partnerNoticeSentAt }
            if number % 3 == 0 { progress.authorityDecision = .notify; progress.authorityDecidedAt = aware.adding(seconds: 7_200) }
            return Breach(id: UUID(), number: 1_000_000 + number, conventionID: convention.id, originCode: origin,
                          declaredBy: "benchmark", declaredAt: aware, declaration: declaration, progress: progress)
        }
        try await store.insertForBenchmark(seeded)
        let seedSeconds = Date().timeIntervalSince(start)
        let byID = Dictionary(uniqueKeysWithValues: conventions.map { ($0.id, $0) })
        let received = (0..<count).map { CalendarDate(year: 2026, month: 1 + $0 % 12, day: 1 + $0 % 31 % 28)! }

        // Read every open breach, derive its obligations from its convention, read them against now;
        // and the last day of as many rights requests.
        var lateCount = 0
        let standing = try await BenchmarkTiming.milliseconds(20) {
            let open = try await store.openClocks(limit: count)
            var late = 0
            var obligations: [String: [BreachObligation]] = [:]
            for breach in open {
                let key = breach.conventionID + "/" + breach.originCode
                if obligations[key] == nil, let convention = byID[breach.conventionID] {
                    obligations[key] = try BreachObligations.of(convention: convention, origin: breach.originCode)
                }
                late += BreachClock.standing(of: obligations[key] ?? [], progress: breach.progress, at: now).filter(\.isLate).count
            }
            let today = TimeZone.europeParis.localDateTime(at: now).date
            late += received.filter { RightsRequestDeadline.lastDay(received: $0, extended: false) < today }.count
            lateCount = late
        }
        // A heavy requester of the benchmark tickets, and a loan holder's name.
        let people = PersonalDataStore(database: database)
        var lines = 0
        let export = try await BenchmarkTiming.milliseconds(20) {
            let export = try await people.export(email: "dpd@ac-rennes.demo.entente.fr", name: "Demandeur 7", at: now)
            lines = export.ticketsRequested.count + export.ticketEntries.count + export.loans.count + export.auditTrail.count
        }
        return Figures(breaches: count, seedSeconds: seedSeconds, standingMedian: BenchmarkTiming.median(standing),
                       standingP95: BenchmarkTiming.p95(standing), exportMedian: BenchmarkTiming.median(export),
                       exportP95: BenchmarkTiming.p95(export), exportLines: lines, late: lateCount)
    }
}

extension EntenteApp {
    /// `entente bench data-protection`.
    public static func benchmarkDataProtection(settings: ServerSettings, territory: DemoTerritory,
                                               breaches: Int) async throws -> DataProtectionBenchmark.Figures {
        try await withConfiguredApplication(settings: settings, territory: territory) { app in
            try await DataProtectionBenchmark.run(on: app.db, breaches: breaches, conventions: territory.conventions)
        }
    }
}
