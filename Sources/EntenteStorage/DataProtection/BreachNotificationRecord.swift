import EntenteCore
import Fluent
import Foundation

/// A row of `breach_notifications`: one version of a notification, its content frozen as JSON.
final class BreachNotificationRecord: Model, @unchecked Sendable {
    static let schema = "breach_notifications"

    @ID(key: .id) var id: UUID?
    @Field(key: "breach_id") var breachID: UUID
    /// The order of sending among the breach's notifications (several can share a second).
    @Field(key: "sequence") var sequence: Int
    @Field(key: "audience") var audience: String
    @Field(key: "phase") var phase: String
    @Field(key: "version") var version: Int
    @Field(key: "sent_at") var sentAt: Date
    @Field(key: "sent_by") var sentBy: String
    @Field(key: "recipients") var recipients: String
    @Field(key: "content") var content: String
    @Field(key: "proof") var proof: String

    /// The declaration as sent; seconds since 1970 for instants.
    struct Content: Codable {
        var service, hosting: String
        var started, ended: Int?
        var natures: [String]
        var summary, data, persons: String
        var personCount, recordCount: Int?
        var measures: String
    }

    init() {}

    init(_ notification: BreachNotification, sequence: Int) throws {
        id = notification.id
        breachID = notification.breachID
        self.sequence = sequence
        audience = notification.audience.rawValue
        phase = notification.phase.rawValue
        version = notification.version
        sentAt = notification.sentAt.date
        sentBy = notification.sentBy
        recipients = notification.recipients.joined(separator: "\n")
        let declaration = notification.content
        let snapshot = Content(service: declaration.service, hosting: declaration.hostingLocation,
                               started: declaration.startedAt?.secondsSinceEpoch, ended: declaration.endedAt?.secondsSinceEpoch,
                               natures: BreachNature.allCases.filter(declaration.natures.contains).map(\.rawValue),
                               summary: declaration.summary, data: declaration.dataCategories, persons: declaration.personCategories,
                               personCount: declaration.personCount, recordCount: declaration.recordCount, measures: declaration.measures)
        content = String(decoding: try JSONEncoder().encode(snapshot), as: UTF8.self)
        proof = notification.proof
    }

    func notification() throws -> BreachNotification {
        let snapshot: Content
        do { snapshot = try JSONDecoder().decode(Content.self, from: Data(content.utf8)) } catch {
            throw StoredValueError(table: Self.schema, column: "content", value: String(content.prefix(80)))
        }
        let natures: [BreachNature] = try snapshot.natures.map {
            try StoredValueError.decode($0, table: Self.schema, column: "content")
        }
        let declaration = BreachDeclaration(
            service: snapshot.service, hostingLocation: snapshot.hosting,
            startedAt: snapshot.started.map(Instant.init(secondsSinceEpoch:)), endedAt: snapshot.ended.map(Instant.init(secondsSinceEpoch:)),
            natures: Set(natures), summary: snapshot.summary, dataCategories: snapshot.data, personCategories: snapshot.persons,
            personCount: snapshot.personCount, recordCount: snapshot.recordCount, measures: snapshot.measures)
        return BreachNotification(
            id: try requireID(), breachID: breachID,
            audience: try StoredValueError.decode(audience, table: Self.schema, column: "audience"),
            phase: try StoredValueError.decode(phase, table: Self.schema, column: "phase"),
            version: version, sentAt: Instant(sentAt), sentBy: sentBy,
            recipients: recipients.split(separator: "\n").map(String.init), content: declaration, proof: proof)
    }
}

/// A row of `breach_reads`: someone opened a breach.
final class BreachReadRecord: Model, @unchecked Sendable {
    static let schema = "breach_reads"

    @ID(key: .id) var id: UUID?
    @Field(key: "breach_id") var breachID: UUID
    @Field(key: "reader") var reader: String
    @Field(key: "at") var at: Date

    init() {}

    init(breachID: UUID, reader: String, at: Instant) {
        id = UUID()
        self.breachID = breachID
        self.reader = reader
        self.at = at.date
    }
}
