import Crypto
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// `Idempotency-Key` on the API's creations (IETF draft "The Idempotency-Key HTTP Header Field"):
/// the first request with a key is answered and its answer kept 24 hours; a retry with the same key
/// and the same body gets that answer again (no second ticket), with the key and another body a 422,
/// while the first is still being answered a 409. A request that fails writes nothing and frees its key.
enum IdempotentCreation {
    static let headerName = "Idempotency-Key"
    static let maxKeyLength = 255

    static func answer(_ request: Request, account: UUID, create: () async throws -> Response) async throws -> Response {
        guard let header = request.headers.first(name: headerName) else { return try await create() }
        // A structured-field string (`"…"`) as the draft writes it, or the bare text.
        let key = header.count >= 2 && header.hasPrefix("\"") && header.hasSuffix("\"") ? String(header.dropFirst().dropLast()) : header
        guard !key.isEmpty, key.count <= maxKeyLength else {
            throw APIError(status: .badRequest, code: .badRequest,
                           message: "Idempotency-Key must be 1 to \(maxKeyLength) characters.", fields: [headerName: "1 to \(maxKeyLength) characters"])
        }
        let fingerprint = SHA256.hash(data: Data((request.body.data.map { Array($0.readableBytesView) }) ?? []))
            .map { String(format: "%02x", $0) }.joined()
        let store = IdempotencyStore(database: request.db)
        switch try await store.start(account: account, key: key, fingerprint: fingerprint, at: request.entente.now()) {
        case .replay(let answer):
            let response = Response(status: HTTPStatus(statusCode: answer.status), body: .init(string: answer.body))
            response.headers.contentType = .json
            if let location = answer.location { response.headers.replaceOrAdd(name: .location, value: location) }
            response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true")
            return response
        case .stillInProgress:
            throw APIError(status: .conflict, code: .idempotencyInProgress,
                           message: "A request with this Idempotency-Key is still being answered: retry later.")
        case .reusedWithAnotherBody:
            throw APIError(status: .unprocessableEntity, code: .idempotencyKeyReused,
                           message: "This Idempotency-Key was used with another body: use a new key for a new request.")
        case .started:
            do {
                let response = try await create()
                try await store.complete(account: account, key: key, with: .init(
                    status: Int(response.status.code), body: response.body.string ?? "",
                    location: response.headers.first(name: .location)))
                return response
            } catch {
                try? await store.abandon(account: account, key: key)
                throw error
            }
        }
    }
}
