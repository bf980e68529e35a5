import EntenteCore
import EntenteMail
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// A clock the test moves; like `TestApp.TickingClock` it moves a millisecond at each reading.
final class MovableClock: @unchecked Sendable {
    private let lock = NSLock()
    private var base = TestApp.now
    private var ticks = 0

    func read() -> Date {
        lock.withLock {
            defer { ticks += 1 }
            return base.addingTimeInterval(TimeInterval(ticks) / 1000)
        }
    }

    /// To a wall-clock reading in Paris (`2026-09-14T12:30`).
    func move(to text: String) {
        lock.withLock { (base, ticks) = (parisDate(text), 0) }
    }
}

func parisDate(_ text: String) -> Date {
    try! Instant.parse(iso: text, in: .europeParis).date
}

func inParis(_ date: Date?) -> String? {
    date.map { Instant($0).iso8601(in: .europeParis) }
}

// Serialized: each test boots an application, and PostgreSQL has 100 connections for the whole run.
@Suite(.serialized) struct ServiceLevelTests {
    static let academie = "assistance@ac-rennes.demo.entente.fr"

    /// The demo principal files a critical request the académie handles (½ journée ouvrée to take it in
    /// charge, 1 journée ouvrée to restore), at the clock's current time; returns the page path.
    static func academieTicket(_ principal: inout Browser, title: String) async throws -> String {
        try #require(try await TicketPagesTests.file(&principal, component: "reseau-administratif", nature: "configuration",
                                                     extra: ["title": title]).headers.first(name: .location))
    }

    @Test func dueInstantsAreStoredOnCreationPausedWhileWaitingAndRecomputedOnResume() async throws {
        let clock = MovableClock()
        try await TestApp.run(now: clock.read) { app in
            // setup: Monday 14 September 2026, 09:00
            var principal = Browser(app), agent = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            let path = try await Self.academieTicket(&principal, title: "Réseau administratif coupé")
            _ = try await agent.signIn(Self.academie)
            let created = try #require(try await TicketRecord.query(on: app.db).first())
            // act: taken in charge at 10:00, waiting for the school from 11:00 to 16:00
            clock.move(to: "2026-09-14T10:00")
            _ = try await agent.post(path + "/status", form: ["action": "take-in-charge", "version": "1"])
            let running = try #require(try await TicketRecord.query(on: app.db).first())
            clock.move(to: "2026-09-14T11:00")
            _ = try await agent.post(path + "/status", form: ["action": "wait-for-requester", "version": "2"])
            let waiting = try #require(try await TicketRecord.query(on: app.db).first())
            clock.move(to: "2026-09-14T16:00")
            _ = try await agent.post(path + "/status", form: ["action": "resume", "version": "3"])
            let resumed = try #require(try await TicketRecord.query(on: app.db).first())
            // check: pick-up due at 14:30 (3 h before noon, 1 h after 13:30), at risk from 12:00;
            // restoration due Tuesday 09:00, at risk from Monday 16:30
            #expect(inParis(created.pickupDueAt) == "2026-09-14T14:30:00+02:00")
            #expect(inParis(created.restorationDueAt) == "2026-09-15T09:00:00+02:00")
            #expect(inParis(created.slaDueAt) == "2026-09-14T14:30:00+02:00")
            #expect(inParis(created.slaWarnAt) == "2026-09-14T12:00:00+02:00")
            #expect(running.pickupDueAt == nil)
            #expect(inParis(running.slaDueAt) == "2026-09-15T09:00:00+02:00")
            #expect(inParis(running.slaWarnAt) == "2026-09-14T16:30:00+02:00")
            #expect(waiting.slaDueAt == nil && waiting.restorationDueAt == nil && waiting.slaWatchAt == nil)
            // 2 h counted before the wait, 6 h left from 16:00: 1 h 30 on Monday, 4 h on Tuesday morning, 30 min after lunch
            #expect(resumed.status == TicketStatus.inProgress.rawValue)
            #expect(inParis(resumed.restorationDueAt) == "2026-09-15T14:00:00+02:00")
            #expect(inParis(resumed.slaWarnAt) == "2026-09-15T10:30:00+02:00")
            #expect(try resumed.ticket().serviceLevelStanding(at: Instant(parisDate("2026-09-14T16:30"))) == ServiceLevelStanding.onTrack)
            #expect(try resumed.ticket().serviceLevelStanding(at: Instant(parisDate("2026-09-15T11:00"))) == ServiceLevelStanding.atRisk)
        }
    }

    @Test func theWatcherWarnsThenRecordsTheBreachOnceAndMailsTheParty() async throws {
        let clock = MovableClock(), mail = RecordingMailSender()
        try await TestApp.run(mail: mail, now: clock.read) { app in
            // setup
            var principal = Browser(app), agent = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            let path = try await Self.academieTicket(&principal, title: "Réseau administratif coupé")
            let watch = ServiceLevelWatch(app)
            let mailedBefore = await mail.sentMessages.count
            // act
            let early = try await watch.pass(at: parisDate("2026-09-14T11:00"))
            let warned = try await watch.pass(at: parisDate("2026-09-14T12:30"))
            let again = try await watch.pass(at: parisDate("2026-09-14T12:31"))
            let mailedAfterWarning = await mail.sentMessages
            let breached = try await watch.pass(at: parisDate("2026-09-14T15:00"))
            let restorationWarned = try await watch.pass(at: parisDate("2026-09-14T16:45"))
            let twice = try await watch.pass(at: parisDate("2026-09-14T16:46"))
            // check
            #expect(early.isEmpty)
            #expect(warned.map(\.clock) == [.pickup] && warned.map(\.kind) == [.warning])
            #expect(again.isEmpty && twice.isEmpty)
            #expect(breached.map(\.kind) == [.breach] && breached.map(\.clock) == [.pickup])
            #expect(restorationWarned.map(\.clock) == [.restoration] && restorationWarned.map(\.kind) == [.warning])
            #expect(mailedAfterWarning.count == mailedBefore + 1)
            let warning = try #require(mailedAfterWarning.last)
            #expect(warning.to == [Self.academie])
            #expect(warning.subject.contains("Échéance proche"))
            #expect(warning.body.contains("Prise en charge et diagnostic : échéance lundi 14 septembre 2026 à 14:30"))
            let sent = await mail.sentMessages
            #expect(sent.count == mailedBefore + 3)
            #expect(sent[mailedBefore + 1].subject.contains("Délai dépassé"))
            let alerts = try await TicketSLAAlertRecord.query(on: app.db).sort(\.$at).all()
            #expect(alerts.map { "\($0.clock)/\($0.kind)" } == ["pickup/warning", "pickup/breach", "restoration/warning"])
            #expect(inParis(alerts[1].dueAt) == "2026-09-14T14:30:00+02:00")
            let history = try await TicketEventRecord.query(on: app.db).filter(\.$kind == "sla").all()
            #expect(history.count == 3)
            let audit = try await AuditRecord.query(on: app.db).filter(\.$action == "ticket.sla.breach").all()
            #expect(audit.map(\.subject) == ["T-2026-000001"])
            let ticket = try #require(try await TicketRecord.query(on: app.db).first())
            // next look: the first second past the restoration deadline
            #expect(inParis(ticket.slaWatchAt) == "2026-09-15T09:00:01+02:00")
            // the ticket page lists them in its clocks section; the queue row wears the badge
            clock.move(to: "2026-09-14T16:50")
            _ = try await agent.signIn(Self.academie)
            let page = try await agent.get(path).body.string
            #expect(page.contains("Alertes et dépassements"))
            #expect(page.contains("sla-alert-breach") && page.contains("sla-alert-warning"))
            let queue = try await agent.get("/tickets").body.string
            #expect(queue.contains("badge sla-breached") && queue.contains(">Dépassé<"))
        }
    }

    @Test func theWatcherLeavesWaitingTicketsAlone() async throws {
        let clock = MovableClock()
        try await TestApp.run(now: clock.read) { app in
            // setup: a ticket waiting for the school since 10:00
            var principal = Browser(app), agent = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            let waiting = try await Self.academieTicket(&principal, title: "En attente")
            _ = try await agent.signIn(Self.academie)
            clock.move(to: "2026-09-14T10:00")
            _ = try await agent.post(waiting + "/status", form: ["action": "take-in-charge", "version": "1"])
            _ = try await agent.post(waiting + "/status", form: ["action": "wait-for-requester", "version": "2"])
            clock.move(to: "2026-09-14T10:30")
            _ = try await Self.academieTicket(&principal, title: "Toujours en cours")
            // act: long after every deadline
            let recorded = try await ServiceLevelWatch(app).pass(at: parisDate("2026-09-21T09:00"))
            // check: the waiting one is left alone, the other one breaches both clocks
            #expect(recorded.map(\.reference) == ["T-2026-000002", "T-2026-000002"])
            #expect(Set(recorded.map(\.kind)) == [.breach])
            #expect(try await TicketSLAAlertRecord.query(on: app.db).count() == 2)
        }
    }

    @Test func queuesFilterAndSortByStandingOnThePageTheCSVAndTheAPI() async throws {
        let clock = MovableClock()
        try await TestApp.run(now: clock.read) { app in
            // setup: A due 14:30 (at risk from 12:00), B filed at 10:00 due 15:30 (at risk from 13:00), C the
            // Département's ("au plus tôt"), D waiting
            var principal = Browser(app), agent = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            _ = try await Self.academieTicket(&principal, title: "Alpha réseau")
            clock.move(to: "2026-09-14T10:00")
            _ = try await Self.academieTicket(&principal, title: "Bravo réseau")
            _ = try await TicketPagesTests.file(&principal, extra: ["title": "Charlie wifi"])
            let delta = try await Self.academieTicket(&principal, title: "Delta réseau")
            _ = try await agent.signIn(Self.academie)
            _ = try await agent.post(delta + "/status", form: ["action": "take-in-charge", "version": "1"])
            _ = try await agent.post(delta + "/status", form: ["action": "wait-for-requester", "version": "2"])
            let api = try await APIClient.signedIn(app, as: APIAccounts.academie)
            // act
            clock.move(to: "2026-09-14T12:15")
            let atRisk = try await agent.get("/tickets?sla=at-risk").body.string
            let onTrack = try await agent.get("/tickets?sla=on-track").body.string
            let paused = try await agent.get("/tickets?sla=paused").body.string
            let byDue = try await agent.get("/tickets?sort=due&scope=territory").body.string
            let csv = try await agent.get("/tickets.csv?sla=at-risk").body.string
            let apiAtRisk = try await api.get("/api/v1/tickets?sla=at-risk&sort=due").json()
            clock.move(to: "2026-09-14T14:45")
            let breached = try await agent.get("/tickets?sla=breached").body.string
            let apiBreached = try await api.get("/api/v1/tickets?sla=breached").json()
            let apiByDue = try await api.get("/api/v1/tickets?sort=due&scope=territory").json()
            // check
            #expect(atRisk.contains("Alpha réseau") && !atRisk.contains("Bravo réseau") && atRisk.contains("1 demande(s)"))
            #expect(atRisk.contains("badge sla-at-risk") && atRisk.contains(">Bientôt dû<"))
            #expect(onTrack.contains("Bravo réseau") && !onTrack.contains("Alpha réseau") && !onTrack.contains("Delta réseau"))
            #expect(paused.contains("Delta réseau") && paused.contains("1 demande(s)"))
            let order = ["Alpha réseau", "Bravo réseau", "Charlie wifi", "Delta réseau"].map { byDue.range(of: $0)?.lowerBound }
            #expect(order.allSatisfy { $0 != nil })
            #expect(order[0]! < order[1]!)
            #expect(order[1]! < order[2]! && order[1]! < order[3]!)
            let lines = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.count == 2 && lines[1].contains(";at-risk;2026-09-14T14:30:00+02:00"))
            let riskItems = try #require(apiAtRisk["items"] as? [[String: Any]])
            #expect(riskItems.map { $0["title"] as? String } == ["Alpha réseau"])
            let level = try #require(riskItems.first?["service_level"] as? [String: Any])
            #expect(level["standing"] as? String == "at-risk")
            #expect(level["due_at"] as? String == "2026-09-14T12:30:00Z")
            #expect(level["pickup_due_at"] as? String == "2026-09-14T12:30:00Z")
            #expect(breached.contains("Alpha réseau") && breached.contains("1 demande(s)"))
            #expect((apiBreached["items"] as? [[String: Any]])?.map { $0["title"] as? String } == ["Alpha réseau"])
            let dueTitles = (apiByDue["items"] as? [[String: Any]])?.compactMap { $0["title"] as? String } ?? []
            #expect(Array(dueTitles.prefix(2)) == ["Alpha réseau", "Bravo réseau"])
        }
    }

    @Test func openingDaysNarrowTheQueueAndABadDayIsA400() async throws {
        try await TestApp.run { app in
            // setup: one ticket, opened on Monday 14 September 2026 (Paris)
            var principal = Browser(app), agent = Browser(app)
            _ = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            let api = try await APIClient.signedIn(app, as: APIAccounts.departement)
            // act
            let sameDay = try await agent.get("/tickets?opened_from=2026-09-14&opened_to=2026-09-14").body.string
            let later = try await agent.get("/tickets?opened_from=2026-09-15").body.string
            let apiSameDay = try await api.get("/api/v1/tickets?opened_from=2026-09-14&opened_to=2026-09-14").json()
            let apiBefore = try await api.get("/api/v1/tickets?opened_to=2026-09-13").json()
            let badPage = try await agent.get("/tickets?opened_from=2026-09-14&opened_to=hier")
            let badCSV = try await agent.get("/tickets.csv?opened_from=2026-02-30")
            let badAPI = try await api.get("/api/v1/tickets?opened_from=2026-02-30&opened_to=2026-09-14")
            let reversedAPI = try await api.get("/api/v1/tickets?opened_from=2026-09-15&opened_to=2026-09-14")
            let unknownSLA = try await api.get("/api/v1/tickets?sla=late&sort=soon")
            // check
            #expect(sameDay.contains("1 demande(s)"))
            #expect(later.contains("Aucune demande."))
            #expect(apiSameDay["total"] as? Int == 1)
            #expect(apiBefore["total"] as? Int == 0)
            #expect(badPage.status == .badRequest)
            let page = badPage.body.string
            #expect(page.contains("Date invalide : saisissez un jour au format AAAA-MM-JJ."))
            #expect(page.contains(#"id="opened-to-error""#) && page.contains(#"aria-invalid="true""#))
            #expect(page.contains(#"<label for="opened-from">Ouverte à partir du</label>"#))
            #expect(badCSV.status == .badRequest)
            #expect(badAPI.status == .badRequest)
            let error = try #require(try badAPI.json()["error"] as? [String: Any])
            #expect(error["code"] as? String == "bad_request")
            #expect((error["fields"] as? [String: String])?.keys.sorted() == ["opened_from"])
            // The API finds nothing in a period that ends before it starts (the page says why, above).
            #expect(reversedAPI.status == .ok)
            #expect(try reversedAPI.json()["total"] as? Int == 0)
            #expect(unknownSLA.status == .badRequest)
            let unknown = try #require(try unknownSLA.json()["error"] as? [String: Any])
            #expect((unknown["fields"] as? [String: String])?.keys.sorted() == ["sla", "sort"])
        }
    }
}

@Suite struct ServiceLevelSettingsTests {
    @Test func theWatcherRunsEveryMinuteByDefaultAndCanBeTurnedOff() throws {
        // act
        let standard = try ServerSettings.resolve(host: nil, port: nil, dataDirectory: "/tmp", environment: [:])
        let off = try ServerSettings.resolve(host: nil, port: nil, dataDirectory: "/tmp",
                                             environment: ["ENTENTE_SLA_WATCH_SECONDS": "0", "ENTENTE_SLA_RISK_PERCENT": "40"])
        // check
        #expect(standard.serviceLevelWatchSeconds == 60 && standard.serviceLevelRisk == .standard)
        #expect(off.serviceLevelWatchSeconds == nil && off.serviceLevelRisk.percent == 40)
        #expect(throws: SettingsError.self) {
            try ServerSettings.resolve(host: nil, port: nil, dataDirectory: "/tmp", environment: ["ENTENTE_SLA_WATCH_SECONDS": "soon"])
        }
        #expect(ServerSettings(dataDirectory: "/tmp").serviceLevelWatchSeconds == nil)
    }
}
