import EntenteCore
import Fluent
import Foundation

/// A row of `breaches`: the declaration's fields and the progress facts, one column each. Internal: the
/// store hands out `Breach`.
final class BreachRecord: Model, @unchecked Sendable {
    static let schema = "breaches"

    @ID(key: .id) var id: UUID?
    @Field(key: "number") var number: Int
    @Field(key: "convention_id") var conventionID: String
    @Field(key: "origin_code") var originCode: String
    @Field(key: "declared_by") var declaredBy: String
    @Field(key: "declared_at") var declaredAt: Date
    @Field(key: "aware_at") var awareAt: Date
    @Field(key: "service") var service: String
    @Field(key: "hosting") var hosting: String
    @OptionalField(key: "started_at") var startedAt: Date?
    @OptionalField(key: "ended_at") var endedAt: Date?
    @Field(key: "natures") var natures: String
    @Field(key: "summary") var summary: String
    @Field(key: "data_categories") var dataCategories: String
    @Field(key: "person_categories") var personCategories: String
    @OptionalField(key: "person_count") var personCount: Int?
    @OptionalField(key: "record_count") var recordCount: Int?
    @Field(key: "measures") var measures: String
    @OptionalField(key: "high_risk") var highRisk: Bool?
    @OptionalField(key: "partner_notice_sent_at") var partnerNoticeSentAt: Date?
    @OptionalField(key: "last_notice_sent_at") var lastNoticeSentAt: Date?
    @OptionalField(key: "crisis_cell_at") var crisisCellAt: Date?
    @OptionalField(key: "crisis_cell_members") var crisisCellMembers: String?
    @OptionalField(key: "decision") var decision: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "decision_reasoning") var decisionReasoning: String?
    @OptionalField(key: "authority_notified_at") var authorityNotifiedAt: Date?
    @OptionalField(key: "receipt_shared_at") var receiptSharedAt: Date?
    @OptionalField(key: "persons_informed_at") var personsInformedAt: Date?
    @OptionalField(key: "resolved_at") var resolvedAt: Date?

    /// The stored words of the decision.
    enum Decision: String {
        case notify, doNotNotify = "do-not-notify"

        init(_ decision: BreachProgress.AuthorityDecision) {
            self = switch decision {
            case .notify: .notify
            case .doNotNotify: .doNotNotify
            }
        }

        var decision: BreachProgress.AuthorityDecision {
            switch self {
            case .notify: .notify
            case .doNotNotify: .doNotNotify
            }
        }
    }

    init() {}

    init(_ breach: Breach) {
        id = breach.id
        number = breach.number
        conventionID = breach.conventionID
        originCode = breach.originCode
        declaredBy = breach.declaredBy
        declaredAt = breach.declaredAt.date
        update(from: breach)
    }

    func update(from breach: Breach) {
        let declaration = breach.declaration, progress = breach.progress
        awareAt = progress.awareness.date
        service = declaration.service
        hosting = declaration.hostingLocation
        startedAt = declaration.startedAt?.date
        endedAt = declaration.endedAt?.date
        natures = BreachNature.allCases.filter(declaration.natures.contains).map(\.rawValue).joined(separator: ",")
        summary = declaration.summary
        dataCategories = declaration.dataCategories
        personCategories = declaration.personCategories
        personCount = declaration.personCount
        recordCount = declaration.recordCount
        measures = declaration.measures
        highRisk = progress.highRisk
        partnerNoticeSentAt = progress.partnerNoticeSentAt?.date
        lastNoticeSentAt = progress.lastNoticeSentAt?.date
        crisisCellAt = progress.crisisCellConvenedAt?.date
        crisisCellMembers = breach.crisisCellMembers
        decision = progress.authorityDecision.map { Decision($0).rawValue }
        decidedAt = progress.authorityDecidedAt?.date
        decisionReasoning = breach.decisionReasoning
        authorityNotifiedAt = progress.authorityNotifiedAt?.date
        receiptSharedAt = progress.receiptSharedAt?.date
        personsInformedAt = progress.personsInformedAt?.date
        resolvedAt = progress.resolvedAt?.date
    }

    func breach() throws -> Breach {
        let natureValues: [BreachNature] = try natures.split(separator: ",").map {
            try StoredValueError.decode(String($0), table: Self.schema, column: "natures")
        }
        let declaration = BreachDeclaration(
            service: service, hostingLocation: hosting, startedAt: startedAt.map(Instant.init), endedAt: endedAt.map(Instant.init),
            natures: Set(natureValues), summary: summary, dataCategories: dataCategories, personCategories: personCategories,
            personCount: personCount, recordCount: recordCount, measures: measures)
        let storedDecision: Decision? = try StoredValueError.decode(decision, table: Self.schema, column: "decision")
        let progress = BreachProgress(
            awareness: Instant(awareAt), partnerNoticeSentAt: partnerNoticeSentAt.map(Instant.init),
            lastNoticeSentAt: lastNoticeSentAt.map(Instant.init), crisisCellConvenedAt: crisisCellAt.map(Instant.init),
            authorityDecision: storedDecision?.decision, authorityDecidedAt: decidedAt.map(Instant.init),
            authorityNotifiedAt: authorityNotifiedAt.map(Instant.init), receiptSharedAt: receiptSharedAt.map(Instant.init),
            highRisk: highRisk, personsInformedAt: personsInformedAt.map(Instant.init), resolvedAt: resolvedAt.map(Instant.init))
        return Breach(id: try requireID(), number: number, conventionID: conventionID, originCode: originCode,
                      declaredBy: declaredBy, declaredAt: Instant(declaredAt), declaration: declaration, progress: progress,
                      decisionReasoning: decisionReasoning, crisisCellMembers: crisisCellMembers)
    }
}
