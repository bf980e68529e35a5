import EntenteCore
import EntenteMail
import EntenteStorage
import Vapor

/// Sends a breach's declaration by e-mail, in French as the parties write to each other. A notification
/// sent this way keeps the mail server's acceptance as its proof; the declaration's own alert to the
/// origin's DPD and RSSI is best effort (logged when it fails, the breach being saved).
struct BreachMailer {
    let desk: BreachDesk
    let logger: Logger

    /// Tells the DPD and RSSI of the breach's origin that it was declared.
    func declared(_ breach: Breach) async {
        guard let sender = desk.mailSender else { return }
        let contacts = (try? await CrisisDirectoryStore(database: desk.database).contacts(of: breach.conventionID)) ?? []
        let recipients = contacts.filter { $0.partyCode == breach.originCode && ($0.function == .dpd || $0.function == .rssi) }
            .map(\.email)
        guard !recipients.isEmpty else { return }
        do {
            try await sender.send(message(breach, subject: "Violation de données déclarée — \(breach.reference)",
                                          lead: "Une violation de données à caractère personnel vient d'être déclarée dans Entente ; "
                                              + "ses échéances courent depuis la prise de connaissance.",
                                          to: recipients, messageID: "\(breach.reference).declared@entente"))
        } catch {
            logger.warning("declaration of \(breach.reference) not mailed: \(error)")
        }
    }

    /// Sends a notification and returns its proof: the message's identifier, the recipients, the time.
    func send(_ breach: Breach, phase: BreachNotification.Phase, version: Int, to recipients: [String]) async throws -> String {
        guard let sender = desk.mailSender else { throw Abort(.serviceUnavailable) }
        guard !recipients.isEmpty else {
            throw Abort(.unprocessableEntity, reason: "Aucun DPD ni RSSI des parties destinataires dans l'annuaire de crise : "
                        + "complétez l'annuaire, ou envoyez par vos moyens et consignez la preuve.")
        }
        let messageID = "\(breach.reference).v\(version).\(desk.now.secondsSinceEpoch)@entente"
        let phaseName = BreachPhrase.phase(phase, .fr).lowercased()
        try await sender.send(message(breach, subject: "Notification \(phaseName) n° \(version) — violation de données \(breach.reference)",
                                      lead: "Notification \(phaseName) (version \(version)) d'une violation de données à caractère "
                                          + "personnel, au titre de la convention \(breach.conventionID).",
                                      to: recipients, messageID: messageID))
        return "Message-ID <\(messageID)> accepté par le serveur de messagerie le \(desk.now.iso8601(in: .europeParis)) "
            + "pour \(recipients.joined(separator: ", "))"
    }

    private func message(_ breach: Breach, subject: String, lead: String, to recipients: [String], messageID: String) -> MailMessage {
        let declaration = breach.declaration
        func line(_ phrase: BreachPhrase, _ value: String?) -> String {
            "\(phrase.text(.fr)) : \(value.flatMap { $0.isEmpty ? nil : $0 } ?? "—")"
        }
        let body = ([lead, ""] + [
            line(.reference, breach.reference),
            line(.origin, breach.originCode),
            line(.awareness, BreachPhrase.moment(breach.progress.awareness, .fr)),
            line(.service, declaration.service),
            line(.hosting, declaration.hostingLocation),
            line(.started, declaration.startedAt.map { BreachPhrase.moment($0, .fr) }),
            line(.ended, declaration.endedAt.map { BreachPhrase.moment($0, .fr) }),
            line(.natures, BreachNature.allCases.filter(declaration.natures.contains).map { BreachPhrase.nature($0, .fr) }
                .joined(separator: " ; ")),
            line(.summary, declaration.summary),
            line(.dataCategories, declaration.dataCategories),
            line(.personCategories, declaration.personCategories),
            line(.personCount, declaration.personCount.map(String.init)),
            line(.recordCount, declaration.recordCount.map(String.init)),
            line(.measures, declaration.measures),
            "", desk.environment.notifier.baseURL + SiteURL.breach(breach.id).path,
        ]).joined(separator: "\n")
        return MailMessage(from: desk.environment.notifier.from, to: recipients, subject: subject, body: body, messageID: messageID)
    }
}
