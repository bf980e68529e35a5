import EntenteCore
import Foundation

/// The register of breaches a DPD keeps (GDPR art. 33(5)): facts, effects, measures, the decision and
/// its reasoning, each notification's time. One entry per breach, the same fields in CSV and JSON.
struct BreachRegister {
    struct Entry: Encodable {
        var reference: String
        var convention: String
        var origin: String
        var aware_at: String
        var declared_by: String
        var service: String
        var hosting: String
        var started_at: String?
        var ended_at: String?
        var natures: [String]
        var summary: String
        var data_categories: String
        var person_categories: String
        var person_count: Int?
        var record_count: Int?
        var measures: String
        var crisis_cell_at: String?
        var decision: String?
        var decision_reasoning: String?
        var high_risk: Bool?
        var partner_notice_at: String?
        var authority_notified_at: String?
        var persons_informed_at: String?
        var resolved_at: String?
        var overdue: [String]
    }

    let entries: [Entry]

    init(breaches: [Breach], desk: BreachDesk) {
        let now = desk.now
        func iso(_ instant: Instant?) -> String? { instant?.iso8601(in: .europeParis) }
        entries = breaches.map { breach in
            let progress = breach.progress, declaration = breach.declaration
            let overdue = BreachClock.standing(of: desk.obligations(of: breach), progress: progress, at: now)
                .filter(\.isLate)
                .map(\.obligation.kind.rawValue)
            let decision: String? = switch progress.authorityDecision {
            case .notify: "notify"
            case .doNotNotify: "do-not-notify"
            case nil: nil
            }
            return Entry(
                reference: breach.reference, convention: breach.conventionID, origin: breach.originCode,
                aware_at: progress.awareness.iso8601(in: .europeParis), declared_by: breach.declaredBy,
                service: declaration.service, hosting: declaration.hostingLocation, started_at: iso(declaration.startedAt),
                ended_at: iso(declaration.endedAt), natures: BreachNature.allCases.filter(declaration.natures.contains).map(\.rawValue),
                summary: declaration.summary, data_categories: declaration.dataCategories,
                person_categories: declaration.personCategories, person_count: declaration.personCount,
                record_count: declaration.recordCount, measures: declaration.measures, crisis_cell_at: iso(progress.crisisCellConvenedAt),
                decision: decision, decision_reasoning: breach.decisionReasoning, high_risk: progress.highRisk,
                partner_notice_at: iso(progress.partnerNoticeSentAt), authority_notified_at: iso(progress.authorityNotifiedAt),
                persons_informed_at: iso(progress.personsInformedAt), resolved_at: iso(progress.resolvedAt), overdue: overdue)
        }
    }

    func csv() -> CSVDocument {
        let header = ["reference", "convention", "origin", "aware_at", "declared_by", "service", "hosting", "started_at",
                      "ended_at", "natures", "summary", "data_categories", "person_categories", "person_count", "record_count",
                      "measures", "crisis_cell_at", "decision", "decision_reasoning", "high_risk", "partner_notice_at",
                      "authority_notified_at", "persons_informed_at", "resolved_at", "late_or_overdue"]
        return CSVDocument(header: header, rows: entries.map { entry in
            [entry.reference, entry.convention, entry.origin, entry.aware_at, entry.declared_by, entry.service, entry.hosting,
             entry.started_at ?? "", entry.ended_at ?? "", entry.natures.joined(separator: " "), entry.summary,
             entry.data_categories, entry.person_categories, entry.person_count.map(String.init) ?? "",
             entry.record_count.map(String.init) ?? "", entry.measures, entry.crisis_cell_at ?? "", entry.decision ?? "",
             entry.decision_reasoning ?? "", entry.high_risk.map { $0 ? "yes" : "no" } ?? "", entry.partner_notice_at ?? "",
             entry.authority_notified_at ?? "", entry.persons_informed_at ?? "", entry.resolved_at ?? "",
             entry.overdue.joined(separator: " ")]
        })
    }
}
