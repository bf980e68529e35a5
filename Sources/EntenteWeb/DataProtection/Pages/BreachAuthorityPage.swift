import EntenteCore
import Plot
import Vapor

/// The declaration laid out along the sections of the CNIL's online notification form, to print or copy.
struct BreachAuthorityPage {
    let context: PageContext
    let breach: Breach
    let convention: Convention?

    private func b(_ phrase: BreachPhrase) -> String { phrase.text(context.language) }

    func render() -> Response {
        let declaration = breach.declaration, progress = breach.progress, french = context.language == .fr
        func moment(_ instant: Instant?) -> String { instant.map { BreachPhrase.moment($0, context.language) } ?? "—" }
        let notifier = convention?.party(code: breach.originCode)?.name ?? breach.originCode
        let rows: [(String, String)] = [
            (french ? "Type de notification" : "Type of notification",
             progress.authorityNotifiedAt == nil ? (french ? "Initiale (ou complète)" : "Initial (or complete)")
                                                 : (french ? "Complémentaire" : "Complementary")),
            (french ? "Organisme notifiant (responsable de traitement)" : "Notifying body (controller)", notifier),
            (french ? "Responsables conjoints" : "Joint controllers",
             convention.map { $0.parties.map(\.name).joined(separator: " ; ") } ?? "—"),
            (french ? "Date et heure de prise de connaissance" : "Date and time of awareness", moment(progress.awareness)),
            (french ? "Début de la violation" : "Start of the breach", moment(declaration.startedAt)),
            (french ? "Fin de la violation (ou « en cours »)" : "End of the breach (or \"ongoing\")",
             declaration.endedAt.map { BreachPhrase.moment($0, context.language) } ?? (french ? "en cours" : "ongoing")),
            (french ? "Nature de la violation" : "Nature of the breach",
             BreachNature.allCases.filter(declaration.natures.contains).map { BreachPhrase.nature($0, context.language) }
                .joined(separator: " ; ")),
            (french ? "Circonstances et description" : "Circumstances and description", declaration.summary),
            (french ? "Service, application et hébergement concernés" : "Service, application and hosting concerned",
             [declaration.service, declaration.hostingLocation].filter { !$0.isEmpty }.joined(separator: " — ")),
            (french ? "Catégories de données" : "Categories of data", declaration.dataCategories),
            (french ? "Catégories de personnes" : "Categories of persons", declaration.personCategories),
            (french ? "Nombre approximatif de personnes" : "Approximate number of persons", declaration.personCount.map(String.init) ?? "—"),
            (french ? "Nombre approximatif d'enregistrements" : "Approximate number of records", declaration.recordCount.map(String.init) ?? "—"),
            (french ? "Mesures prises ou envisagées" : "Measures taken or planned", declaration.measures),
            (french ? "Risque élevé et information des personnes" : "High risk and communication to the persons",
             (progress.highRisk.map { b($0 ? .yes : .no) } ?? b(.unknown))
                + (progress.personsInformedAt.map { " — " + BreachPhrase.moment($0, context.language) } ?? "")),
            (french ? "Décision et argumentation" : "Decision and reasoning",
             progress.authorityDecision.map { b($0 == .notify ? .decisionNotify : .decisionDoNotNotify) + " — " } .map { $0 + (breach.decisionReasoning ?? "") } ?? "—"),
        ]
        return Layout(context: context, title: b(.authorityForm) + " — " + breach.reference).render(
            .p(.a(.href(SiteURL.breach(breach.id).path), .text("← " + breach.reference))),
            .h1(.text(b(.authorityForm) + " — " + breach.reference)),
            .p(.text(b(.authorityFormIntro))),
            .table(.class("listing"),
                   .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(b(.cnilField))),
                              .th(.attribute(named: "scope", value: "col"), .text(b(.value))))),
                   .tbody(.group(rows.map { label, value in
                       .tr(.th(.attribute(named: "scope", value: "row"), .text(label)), .td(.text(value.isEmpty ? "—" : value)))
                   })))
        )
    }
}
