import EntenteCore
import EntenteStorage
import Foundation
import OpenAPIKit30
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

@Suite struct OpenAPIDocumentTests {
    /// "GET /api/v1/tickets/{id}" for every operation of the document.
    static func documentedOperations(_ document: [String: Any]) throws -> Set<String> {
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var operations: Set<String> = []
        for (path, item) in paths {
            for method in item.keys where ["get", "post", "put", "patch", "delete"].contains(method) {
                operations.insert("\(method.uppercased()) \(path)")
            }
        }
        return operations
    }

    /// The same for every route under /api, `:id` written `{id}`; the catch-all that answers
    /// unknown paths with a JSON 404 is not an endpoint.
    static func routedOperations(_ app: Application) -> Set<String> {
        Set(app.routes.all.compactMap { route -> String? in
            guard route.path.first?.description == "api", !route.path.contains(where: { $0 == .catchall }),
                  route.userInfo[APIRoutes.refusalKey] == nil else { return nil }
            let path = route.path.map { component -> String in
                if case .parameter(let name) = component { return "{\(name)}" }
                return component.description
            }
            return "\(route.method.rawValue) /" + path.joined(separator: "/")
        })
    }

    @Test func theDocumentAndTheRoutesDescribeTheSameEndpoints() async throws {
        try await TestApp.run { app in
            // setup
            let response = try await APIClient(app, token: nil).get("/api/openapi.json")
            // act
            let document = try response.json()
            let documented = try Self.documentedOperations(document)
            let routed = Self.routedOperations(app)
            // check
            #expect(response.status == .ok)
            #expect(document["openapi"] as? String == "3.0.3")
            #expect(documented.subtracting(routed).isEmpty, "documented but not routed: \(documented.subtracting(routed))")
            #expect(routed.subtracting(documented).isEmpty, "routed but not documented: \(routed.subtracting(documented))")
            #expect(routed.count == 10)
        }
    }

    @Test func everyReferenceResolvesAndEveryOperationHasItsErrors() throws {
        // setup
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let components = try #require(document["components"] as? [String: [String: Any]])
        // act
        var references: Set<String> = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                if let reference = object["$ref"] as? String { references.insert(reference) }
                object.values.forEach(collect)
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect(document)
        // check
        #expect(!references.isEmpty)
        for reference in references {
            let parts = reference.split(separator: "/").map(String.init)
            #expect(parts.count == 4 && parts[0] == "#" && parts[1] == "components"
                    && components[parts[2]]?[parts[3]] != nil, "unresolved \(reference)")
        }
        #expect((components["securitySchemes"]?["bearerAuth"] as? [String: Any])?["scheme"] as? String == "bearer")
        let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
        for (path, item) in paths where path.hasPrefix("/api/v1/") {
            for (method, operation) in item {
                let responses = try #require(operation["responses"] as? [String: Any])
                #expect(responses["401"] != nil, "\(method) \(path) has no 401")
                if method == "post" { #expect(responses["422"] != nil && responses["400"] != nil, "\(method) \(path)") }
            }
        }
    }

    /// Every value the API can emit in an enumerated field is in the document (the history's kinds
    /// once lacked `team` and `sla`): each list is compared with the Swift enum the API writes from.
    @Test func everyValueTheAPIEmitsIsDocumented() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        func values(_ schema: String, _ property: String) throws -> Set<String> {
            let properties = try #require((schemas[schema] as? [String: Any])?["properties"] as? [String: Any])
            let list = try #require((properties[property] as? [String: Any])?["enum"] as? [Any])
            return Set(list.compactMap { $0 as? String })
        }
        #expect(try values("Event", "kind") == Set(APIEvent.Kind.allCases.map(\.rawValue)))
        #expect(try values("Clock", "state") == Set(ServiceLevelClock.State.allCases.map(\.rawValue)))
        #expect(try values("Clock", "kind") == Set(ServiceLevelClock.Kind.allCases.map(\.rawValue)))
        #expect(try values("Ticket", "status") == Set(TicketStatus.allCases.map(\.rawValue)))
        #expect(try values("Ticket", "criticality") == Set(Criticality.allCases.map(\.rawValue)))
        #expect(try values("Notification", "kind") == Set(NotificationKind.allCases.map(\.rawValue)))
        let error = try #require((schemas["Error"] as? [String: Any])?["properties"] as? [String: Any])
        let codes = try #require((((error["error"] as? [String: Any])?["properties"] as? [String: Any])?["code"]
                as? [String: Any])?["enum"] as? [String])
        #expect(Set(codes) == Set(APIError.Code.allCases.map(\.rawValue)))
        #expect(codes.contains("transfer_refused"), "a code the API emits was once missing")
    }

    /// OpenAPIKit's own validation (references resolve, operation ids unique, path parameters
    /// declared…), and the served text reads back as the same document.
    @Test func theDocumentIsValidAndReadsBack() throws {
        // act
        let warnings = try OpenAPIDocument.document.validate()
        let decoded = try JSONDecoder().decode(OpenAPI.Document.self, from: Data(OpenAPIDocument.json.utf8))
        // check
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(Set(decoded.paths.keys) == Set(OpenAPIDocument.document.paths.keys))
        #expect(Set(decoded.components.schemas.keys) == Set(OpenAPIDocument.document.components.schemas.keys))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Lists such as `required` come back in another order: the lines, not their order (nor the
        // comma that ends all but the last of a list), must agree.
        func lines(_ text: String) -> [Substring] {
            text.split(separator: "\n").map { $0.hasSuffix(",") ? $0.dropLast() : $0 }.sorted()
        }
        #expect(lines(String(decoding: try encoder.encode(decoded), as: UTF8.self)) == lines(OpenAPIDocument.json))
    }
}
