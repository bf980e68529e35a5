import EntenteCore
import EntenteMail
import EntenteStorage
import Fluent
import Vapor

/// Reminds by e-mail the DPD and RSSI of the party that owes a breach's obligation, six hours before it
/// falls due and once it is overdue; each reminder once (`breach_reminders`). Run every five minutes.
struct BreachWatch {
    let environment: EntenteApp.Environment
    let database: any Database
    let logger: Logger

    static let intervalSeconds = 300

    @Sendable static func run(_ application: Application) async throws {
        let watch = BreachWatch(environment: EntenteApp.environment(application), database: application.db, logger: application.logger)
        let sent = try await watch.pass(at: Instant(watch.environment.now()))
        if !sent.isEmpty { application.logger.info("breach watch: \(sent.count) reminder(s) sent") }
    }

    /// One pass: the reminders sent.
    @discardableResult
    func pass(at now: Instant) async throws -> [BreachReminder] {
        guard let sender = environment.notifier.sender else { return [] }
        let reminders = BreachReminderStore(database: database)
        let directory = Dictionary(grouping: try await CrisisDirectoryStore(database: database).contacts(), by: \.conventionID)
        var sent: [BreachReminder] = []
        for facts in try await BreachStore(database: database).openClocks() {
            guard let convention = environment.conventions[facts.conventionID],
                  let obligations = try? BreachObligations.of(convention: convention, origin: facts.originCode) else { continue }
            for deadline in BreachClock.standing(of: obligations, progress: facts.progress, at: now) {
                guard let reminder = BreachReminder.due(for: deadline, of: facts.id, at: now) else { continue }
                let recipients = (directory[facts.conventionID] ?? [])
                    .filter { $0.partyCode == deadline.obligation.responsibleCode && ($0.function == .dpd || $0.function == .rssi) }
                    .map(\.email)
                guard !recipients.isEmpty, try await reminders.keep(reminder, at: now) else { continue }
                let stage = reminder.stage == .overdue ? "ÉCHÉANCE DÉPASSÉE" : "Échéance proche"
                let body = "\(stage) : \(BreachPhrase.obligation(deadline.obligation, .fr)), "
                    + "au plus tard le \(BreachPhrase.moment(reminder.due, .fr)) (\(BreachPhrase.countdown(from: now, to: reminder.due, .fr))).\n\n"
                    + environment.notifier.baseURL + SiteURL.breach(facts.id).path
                do {
                    try await sender.send(MailMessage(from: environment.notifier.from, to: recipients,
                                                      subject: "\(stage) — violation de données", body: body))
                    sent.append(reminder)
                } catch {
                    logger.warning("breach reminder not sent: \(error)")
                }
            }
        }
        return sent
    }
}
