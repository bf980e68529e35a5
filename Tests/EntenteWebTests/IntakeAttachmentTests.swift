import EntenteCore
@testable import EntenteStorage
import Fluent
import Foundation
import NIOCore
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// The intake form's optional file: checked before anything is written, stored with the ticket in one go.
@Suite struct IntakeAttachmentTests {
    static let fields = ["kind": "incident", "component": "bornes-wifi", "nature": "breakdown", "funding": "", "zone": "",
                         "impacts_whole": "1", "title": "Plus de Wi-Fi au CDI", "description": "Aucune borne ne répond depuis 8 h.",
                         "requester_name": "Mme Principale"]

    static func written(_ app: Application) async throws -> (tickets: Int, files: Int, events: Int, audits: Int) {
        (try await TicketRecord.query(on: app.db).count(), try await TicketAttachmentRecord.query(on: app.db).count(),
         try await TicketEventRecord.query(on: app.db).count(),
         try await AuditRecord.query(on: app.db).filter(\.$action ~~ ["ticket.create", "ticket.attachment"]).count())
    }

    @Test func theFormIsMultipartWithAnOptionalLabelledFileField() async throws {
        try await TestApp.run { app in
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            // act
            let page = try await principal.get("/tickets/new").body.string
            // check
            #expect(page.contains(#"enctype="multipart/form-data""#))
            #expect(page.contains(#"<label for="file">Pièce jointe (facultatif)</label>"#))
            #expect(page.contains(#"<input type="file" id="file" name="file""#))
            #expect(!page.contains(#"name="file" required"#))
        }
    }

    @Test func aTicketFiledWithAFileHasItFromTheStart() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            _ = try await principal.get("/tickets/new")
            // act
            let created = try await principal.upload("/tickets", fileName: "borne.png", content: AttachmentTests.png,
                                                     fields: Self.fields)
            // check
            #expect(created.status == .seeOther)
            let path = try #require(created.headers.first(name: .location))
            #expect(try await Self.written(app) == (1, 1, 2, 2))
            let file = try #require(try await TicketAttachmentRecord.query(on: app.db).first())
            #expect(file.fileName == "borne.png" && file.mediaType == "image/png" && file.audience == nil)
            #expect(file.content == AttachmentTests.png)
            let ticket = try #require(try await TicketRecord.query(on: app.db).first())
            #expect(ticket.partnerCode == "CD35" && ticket.title == "Plus de Wi-Fi au CDI")
            #expect(try await principal.get(path).body.string.contains("borne.png"))
        }
    }

    @Test func anEmptyFileFieldFilesTheTicketAlone() async throws {
        try await TestApp.run { app in
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            _ = try await principal.get("/tickets/new")
            // act: what a browser sends when no file is chosen
            let created = try await principal.upload("/tickets", fileName: "", content: Data(), fields: Self.fields)
            // check
            #expect(created.status == .seeOther)
            #expect(try await Self.written(app) == (1, 0, 1, 1))
        }
    }

    @Test func aRefusedFileWritesNothingAndTheFormComesBackWithItsError() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            _ = try await principal.get("/tickets/new")
            // act
            let refused = try await principal.upload("/tickets", fileName: "setup.exe", content: Data("MZ\u{90}\u{0}".utf8),
                                                     fields: Self.fields)
            // check
            #expect(refused.status == .unsupportedMediaType)
            let page = refused.body.string
            #expect(page.contains(#"<p class="field-error" id="file-erreur">"#))
            #expect(page.contains(#"aria-invalid="true" aria-describedby="file-erreur file-hint""#))
            #expect(page.contains(##"<a href="#file">"##))
            #expect(page.contains(#"value="Plus de Wi-Fi au CDI""#))
            #expect(page.contains("Aucune borne ne répond depuis 8 h."))
            #expect(try await Self.written(app) == (0, 0, 0, 0))
        }
    }

    @Test func intakeProblemsAndTheFilesAreShownTogether() async throws {
        try await TestApp.run { app in
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            _ = try await principal.get("/tickets/new")
            var fields = Self.fields
            fields["title"] = ""
            // act
            let refused = try await principal.upload("/tickets", fileName: "vide.txt", content: Data(), fields: fields)
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(#"id="title-erreur""#))
            #expect(refused.body.string.contains(#"id="file-erreur""#))
            #expect(try await Self.written(app) == (0, 0, 0, 0))
        }
    }

    @Test func aMultipartIntakeWithoutTheFormsTokenIsRefused() async throws {
        try await TestApp.run { app in
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            _ = try await principal.get("/tickets/new")
            // act
            let forged = try await principal.upload("/tickets", fileName: "borne.png", content: AttachmentTests.png,
                                                    fields: Self.fields, withCSRF: false)
            // check
            #expect(forged.status == .forbidden)
            #expect(try await Self.written(app) == (0, 0, 0, 0))
        }
    }

    /// On a real server a large body streams in: the CSRF check collects it within the route's limit
    /// to find the token field, and the intake then reads the same body.
    @Test func aLargeStreamedIntakeFindsItsTokenInTheBody() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            _ = try await principal.get("/tickets/new")
            let cookies = principal.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
            var fields = Self.fields
            fields["csrf_token"] = principal.csrfToken
            let boundary = "----EntenteIntake"
            var body = ByteBuffer()
            for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
                body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
            }
            var log = Data("journal de la borne\n".utf8)
            log.append(Data(repeating: 0x61, count: 3 * 1024 * 1024))
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"borne.log\"\r\n"
                + "Content-Type: text/plain\r\n\r\n")
            body.writeBytes(log)
            body.writeString("\r\n--\(boundary)--\r\n")
            // act
            let response = try await app.testing(method: .running(port: 0)).sendRequest(.POST, "/tickets", beforeRequest: { request in
                request.headers.replaceOrAdd(name: .cookie, value: cookies)
                request.headers.contentType = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
                request.body = body
            })
            // check
            // (the running server's client follows the redirect to the new ticket's page)
            #expect(response.status == .seeOther || response.body.string.contains("T-2026-000001"))
            #expect(try await TicketRecord.query(on: app.db).count() == 1)
            #expect(try await TicketAttachmentRecord.query(on: app.db).first()?.size == log.count)
        }
    }
}
