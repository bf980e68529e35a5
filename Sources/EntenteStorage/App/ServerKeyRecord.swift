import Fluent
import Foundation

/// A secret the server instances share (`server_keys`), such as the key that signs the CSRF cookie
/// of anonymous forms: made once, at the first start, and read by every instance.
final class ServerKeyRecord: Model, @unchecked Sendable {
    static let schema = "server_keys"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    /// Base64 of the key's bytes.
    @Field(key: "value") var value: String

    init() {}

    init(name: String, value: String) {
        self.id = UUID()
        self.name = name
        self.value = value
    }
}

/// Reads a shared key, making it first if no instance has yet.
public struct ServerKeys: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// 32 random bytes under `name`; two instances starting at once agree on the first one written.
    public func key(named name: String) async throws -> Data {
        if let existing = try await ServerKeyRecord.query(on: database).filter(\.$name == name).first(),
           let bytes = Data(base64Encoded: existing.value) {
            return bytes
        }
        var generator = SystemRandomNumberGenerator()
        let bytes = Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        do {
            try await ServerKeyRecord(name: name, value: bytes.base64EncodedString()).create(on: database)
            return bytes
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return try await key(named: name)
        }
    }
}
