@testable import EntenteStorage
import Fluent
import FluentKit
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Every role against every API route, on a ticket the demo principal filed (a Wi-Fi breakdown
/// routed to the Département, CD35): the exact status each one gets.
/// Serialized: each case boots an application, and PostgreSQL's 100 connections serve the whole run.
@Suite(.serialized) struct APIAuthorizationTests {
    enum Role: String, CaseIterable, Sendable {
        case administrator, departementAgent, academieAgent, observer, establishmentMember, outsideAgent

        var email: String {
            switch self {
            case .administrator: APIAccounts.administrator
            case .departementAgent: APIAccounts.departement
            case .academieAgent: APIAccounts.academie
            case .observer: APIAccounts.observer
            case .establishmentMember: APIAccounts.principal
            case .outsideAgent: APIAccounts.outsider
            }
        }
    }

    enum Call: String, CaseIterable, Sendable {
        case create, list, show, reply, internalNote, handle, close, changeTeam, attach, notifications, document

        func send(_ client: APIClient, ticket id: String) async throws -> TestingHTTPResponse {
            let path = "/api/v1/tickets/\(id)"
            return switch self {
            case .create: try await client.post("/api/v1/tickets", json: TicketAPITests.wifi(at: TicketPagesTests.collegeUAI))
            case .list: try await client.get("/api/v1/tickets?status=all&per_page=100")
            case .show: try await client.get(path)
            case .reply: try await client.post(path + "/comments", json: ["body": "Réponse", "visibility": "reply"])
            case .internalNote: try await client.post(path + "/comments", json: ["body": "Note", "visibility": "internal"])
            case .handle: try await client.post(path + "/transitions", json: ["action": "take-in-charge", "version": 1])
            // closing a new ticket: the requester's side may try (and meets the workflow), no one else may
            case .close: try await client.post(path + "/transitions", json: ["action": "close", "version": 1])
            case .changeTeam: try await client.post(path + "/team", json: ["team": "next", "reason": "Escalade", "version": 1])
            case .attach: try await client.upload(path + "/attachments", fileName: "capture.png", content: AttachmentTests.png)
            case .notifications: try await client.get("/api/v1/notifications")
            case .document: try await client.get("/api/openapi.json")
            }
        }
    }

    /// The table. Reading a ticket outside one's scope is a 404, like the pages: ids cannot be probed.
    static let expected: [Call: [Role: HTTPStatus]] = [
        .create: [.administrator: .created, .departementAgent: .created, .academieAgent: .created, .observer: .forbidden,
                  .establishmentMember: .created, .outsideAgent: .unprocessableEntity],
        .list: Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, .ok) }),
        .show: [.administrator: .ok, .departementAgent: .ok, .academieAgent: .ok, .observer: .ok,
                .establishmentMember: .ok, .outsideAgent: .notFound],
        .reply: [.administrator: .created, .departementAgent: .created, .academieAgent: .forbidden, .observer: .forbidden,
                 .establishmentMember: .created, .outsideAgent: .notFound],
        .internalNote: [.administrator: .forbidden, .departementAgent: .created, .academieAgent: .created, .observer: .forbidden,
                        .establishmentMember: .created, .outsideAgent: .notFound],
        .handle: [.administrator: .ok, .departementAgent: .ok, .academieAgent: .forbidden, .observer: .forbidden,
                  .establishmentMember: .forbidden, .outsideAgent: .notFound],
        .close: [.administrator: .conflict, .departementAgent: .forbidden, .academieAgent: .forbidden, .observer: .forbidden,
                 .establishmentMember: .conflict, .outsideAgent: .notFound],
        // Escalation stays within the handling party: its agents and administrators only.
        .changeTeam: [.administrator: .ok, .departementAgent: .ok, .academieAgent: .forbidden, .observer: .forbidden,
                      .establishmentMember: .forbidden, .outsideAgent: .notFound],
        // A public file, like a reply: the requester's side and the responsible party.
        .attach: [.administrator: .created, .departementAgent: .created, .academieAgent: .forbidden, .observer: .forbidden,
                  .establishmentMember: .created, .outsideAgent: .notFound],
        // Everyone's own notifications (NotificationTests checks nobody reads another's).
        .notifications: Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, .ok) }),
        .document: Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, .ok) }),
    ]

    /// Whose queue (`status=all`, default scope) lists the principal's ticket.
    static let listsTheTicket: [Role: Bool] = [
        .administrator: true, .departementAgent: true, .academieAgent: false, .observer: true,
        .establishmentMember: true, .outsideAgent: false,
    ]

    @Test(arguments: Role.allCases)
    func everyRouteAnswersEachRoleExactly(_ role: Role) async throws {
        try await TestApp.run { app in
            // setup
            try await APIAccounts.createOutsider(on: app)
            let principal = try await APIClient.signedIn(app, as: APIAccounts.principal)
            let client = try await APIClient.signedIn(app, as: role.email)
            for call in Call.allCases {
                let id = try #require(try await principal.file()["id"] as? String)
                let before = try #require(try await TicketRecord.find(UUID(uuidString: id), on: app.db))
                // act
                let response = try await call.send(client, ticket: id)
                // check
                let status = try #require(Self.expected[call]?[role])
                #expect(response.status == status, "\(role) \(call): \(response.body.string)")
                #expect(response.headers.contentType == .json, "\(role) \(call)")
                if status.code >= 400 {
                    #expect(response.errorCode != nil, "\(role) \(call)")
                    let after = try #require(try await TicketRecord.find(UUID(uuidString: id), on: app.db))
                    #expect(after.version == before.version && after.status == before.status, "\(role) \(call)")
                }
                if call == .list {
                    let items = try response.json()["items"] as? [[String: Any]] ?? []
                    #expect(items.contains { $0["id"] as? String == id } == Self.listsTheTicket[role], "\(role) list")
                }
            }
        }
    }

    @Test func withoutATokenEveryRouteButTheDocumentIs401() async throws {
        try await TestApp.run { app in
            // setup
            let principal = try await APIClient.signedIn(app, as: APIAccounts.principal)
            let id = try #require(try await principal.file()["id"] as? String)
            let anonymous = APIClient(app, token: nil)
            for call in Call.allCases {
                // act
                let response = try await call.send(anonymous, ticket: id)
                // check
                #expect(response.status == (call == .document ? .ok : .unauthorized), "\(call)")
            }
        }
    }

    @Test func aTicketThatDoesNotExistIs404ForEveryone() async throws {
        try await TestApp.run { app in
            // setup
            let admin = try await APIClient.signedIn(app, as: APIAccounts.administrator)
            // act
            let missing = try await admin.get("/api/v1/tickets/\(UUID().uuidString.lowercased())")
            let notAnID = try await admin.get("/api/v1/tickets/T-2026-000001")
            let moveMissing = try await admin.post("/api/v1/tickets/\(UUID())/transitions", json: ["action": "resolve", "version": 1])
            // check
            for response in [missing, notAnID, moveMissing] {
                #expect(response.status == .notFound)
                #expect(response.errorCode == "not_found")
            }
        }
    }
}
