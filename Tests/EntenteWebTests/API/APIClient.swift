import EntenteCore
@testable import EntenteStorage
import Fluent
import Foundation
import NIOCore
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Calls the JSON API as an integration does: a bearer token, JSON in, JSON out, no cookies.
struct APIClient {
    let app: Application
    var token: String?

    init(_ app: Application, token: String?) {
        self.app = app
        self.token = token
    }

    /// A client whose token acts as the account `email` (a demo account, or one the test made).
    static func signedIn(_ app: Application, as email: String) async throws -> APIClient {
        let user = try #require(try await AccountStore(database: app.db).account(email: email))
        let issued = try await APITokenStore(database: app.db).issue(name: "test \(email)", for: user, at: TestApp.now)
        return APIClient(app, token: issued.token)
    }

    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path)
    }

    func post(_ path: String, json: [String: any Sendable]) async throws -> TestingHTTPResponse {
        try await send(.POST, path, body: String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self))
    }

    func send(_ method: HTTPMethod, _ path: String, body: String? = nil, headers: [(String, String)] = []) async throws
        -> TestingHTTPResponse {
        let token = token
        return try await app.testing().sendRequest(method, path, beforeRequest: { request in
            request.url = URI(string: path)
            if let token { request.headers.replaceOrAdd(name: .authorization, value: "Bearer \(token)") }
            for (name, value) in headers { request.headers.replaceOrAdd(name: name, value: value) }
            if let body {
                request.headers.contentType = .json
                request.body = ByteBuffer(string: body)
            }
        })
    }

    /// Sends one file as multipart/form-data (`file`, and the other `fields`), as the API asks.
    func upload(_ path: String, fileName: String, content: Data, fields: [String: String] = [:]) async throws
        -> TestingHTTPResponse {
        let token = token
        let boundary = "EntenteAPIBoundary\(UUID().uuidString)"
        var body = ByteBuffer()
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n\r\n")
        body.writeBytes(content)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await app.testing().sendRequest(.POST, path, beforeRequest: { request in
            request.url = URI(string: path)
            if let token { request.headers.replaceOrAdd(name: .authorization, value: "Bearer \(token)") }
            request.headers.contentType = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
            request.body = body
        })
    }

    /// Files the demo principal's Wi-Fi breakdown (or `changes` of it) and returns the new ticket's JSON.
    func file(_ changes: [String: any Sendable] = [:]) async throws -> [String: Any] {
        var body: [String: any Sendable] = [
            "establishment_uai": TicketPagesTests.collegeUAI, "kind": "incident", "component": "bornes-wifi",
            "nature": "breakdown", "impacts_whole_establishment": true, "title": "Plus de Wi-Fi au CDI",
            "description": "Aucune borne ne répond depuis 8 h.", "requester_name": "Mme Principale",
        ]
        body.merge(changes) { _, new in new }
        let response = try await post("/api/v1/tickets", json: body)
        #expect(response.status == .created, "\(response.body.string)")
        return try response.json()
    }
}

extension TestingHTTPResponse {
    /// The body as a JSON object; fails the test if it is not one.
    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any],
                     "not a JSON object: \(body.string)")
    }

    /// `error.code` of an error answer.
    var errorCode: String? {
        ((try? json())?["error"] as? [String: Any])?["code"] as? String
    }

    /// `error.fields` of a 422.
    var errorFields: [String: String] {
        ((try? json())?["error"] as? [String: Any])?["fields"] as? [String: String] ?? [:]
    }
}

/// The demo accounts by role, and an agent of a partner that is no party to the Ille-et-Vilaine convention.
enum APIAccounts {
    static let administrator = "admin@demo.entente.fr"
    static let departement = "dsi@cd35.demo.entente.fr"
    static let academie = "assistance@ac-rennes.demo.entente.fr"
    static let observer = "dpd@ac-rennes.demo.entente.fr"
    static var principal: String { TicketPagesTests.principalEmail }
    static let outsider = "agent@cd67.test"

    static func createOutsider(on app: Application) async throws {
        try await UserRecord(email: outsider, displayName: "Agent CD67", passwordHash: try app.password.hash("long-enough-password"),
                             role: .partnerAgent, partnerCode: "CD67").create(on: app.db)
    }
}
