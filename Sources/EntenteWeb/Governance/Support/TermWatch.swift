import EntenteCore
import EntenteMail
import EntenteStorage
import Fluent
import Vapor

/// Reminds the agents of a convention's signatory parties, sixty days ahead, of the dates of its term: the
/// renewal negotiation opening, the last day to give notice, the end. Each reminder once (`term_reminders`).
/// Run daily.
struct TermWatch {
    let environment: EntenteApp.Environment
    let database: any Database
    let logger: Logger

    @Sendable static func run(_ application: Application) async throws {
        let watch = TermWatch(environment: EntenteApp.environment(application), database: application.db, logger: application.logger)
        let sent = try await watch.pass(on: watch.environment.today, at: Instant(watch.environment.now()))
        if sent > 0 { application.logger.info("term watch: \(sent) reminder(s) sent") }
    }

    /// One pass: how many reminders were sent.
    @discardableResult
    func pass(on today: CalendarDate, at now: Instant) async throws -> Int {
        guard let sender = environment.notifier.sender else { return 0 }
        let reminders = TermReminderStore(database: database), accounts = AccountStore(database: database)
        var sent = 0
        for convention in environment.conventions.values.sorted(by: { $0.id < $1.id }) {
            let partners = convention.parties.filter { Avenant.signatories(of: convention).contains($0.code) }.compactMap(\.partnerCode)
            let recipients = try await accounts.agentEmails(of: partners)
            guard !recipients.isEmpty else { continue }
            for (milestone, day) in ConventionTerm(convention).dueForReminder(on: today) {
                guard try await reminders.keep(conventionID: convention.id, milestone: milestone, day: day, at: now) else { continue }
                let what = AvenantPhrase.milestone(milestone, .fr)
                let body = "\(what) : \(day.frenchLabel).\n\n\(convention.title)\n\n"
                    + environment.notifier.baseURL + SiteURL.avenants(convention.id).path
                do {
                    try await sender.send(MailMessage(from: environment.notifier.from, to: recipients,
                                                      subject: "\(what) le \(day.frenchLabel) — \(convention.territory)", body: body))
                    sent += 1
                } catch {
                    logger.warning("term reminder not sent: \(error)")
                }
            }
        }
        return sent
    }
}
