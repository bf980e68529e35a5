@testable import EntenteStorage
import FluentKit
import Testing

/// The records that list their properties by hand (to spare Fluent's reflection on every row) must
/// list exactly what reflection finds: a field left out would be silently neither saved nor read.
struct RecordPropertiesTests {
    static func reflected(_ record: some Fields) -> Set<ObjectIdentifier> {
        Set(Mirror(reflecting: record).children.compactMap { $0.value as? any AnyProperty }.map { ObjectIdentifier($0 as AnyObject) })
    }

    static func listed(_ record: some Fields) -> [ObjectIdentifier] {
        record.properties.map { ObjectIdentifier($0 as AnyObject) }
    }

    @Test func listedPropertiesAreExactlyTheReflectedOnes() {
        let records: [any Fields] = [TicketRecord(), UserRecord(), TicketEventRecord(), AuditRecord()]
        for record in records {
            let listed = Self.listed(record)
            #expect(Set(listed) == Self.reflected(record), "\(type(of: record))")
            #expect(Set(listed).count == listed.count, "\(type(of: record)) lists a property twice")
        }
    }
}
