@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Attachments through the JSON API: multipart in, JSON out, the page's policy and rights.
@Suite struct AttachmentAPITests {
    @Test func aFileIsStoredListedWithTheTicketAndDownloaded() async throws {
        try await TestApp.run { app in
            // setup
            let principal = try await APIClient.signedIn(app, as: APIAccounts.principal)
            let id = try #require(try await principal.file()["id"] as? String)
            // act
            let created = try await principal.upload("/api/v1/tickets/\(id)/attachments", fileName: "compte-rendu.pdf",
                                                     content: AttachmentTests.pdf)
            // check
            #expect(created.status == .created, "\(created.body.string)")
            let json = try created.json()
            let url = try #require(json["download_url"] as? String)
            #expect(created.headers.first(name: .location) == url)
            #expect(json["file_name"] as? String == "compte-rendu.pdf")
            #expect(json["media_type"] as? String == "application/pdf")
            #expect(json["size"] as? Int == AttachmentTests.pdf.count)
            #expect(json["sha256"] as? String == SHA256.hash(data: AttachmentTests.pdf).hex)
            #expect(json["visibility"] as? String == "public")
            #expect(json["uploaded_by"] as? String == APIAccounts.principal)
            let departement = try await APIClient.signedIn(app, as: APIAccounts.departement)
            let detail = try await departement.get("/api/v1/tickets/\(id)").json()
            let listed = try #require(detail["attachments"] as? [[String: Any]])
            #expect(listed.map { $0["file_name"] as? String } == ["compte-rendu.pdf"])
            #expect((detail["history"] as? [[String: Any]])?.contains { $0["kind"] as? String == "attachment" } == true)
            let download = try await departement.get(url)
            #expect(download.status == .ok)
            #expect(Data(download.body.readableBytesView) == AttachmentTests.pdf)
            #expect(download.headers.contentType == .pdf)
            #expect(download.headers.first(name: .contentDisposition)?.hasPrefix("attachment;") == true)
            #expect(download.headers.first(name: "X-Content-Type-Options") == "nosniff")
        }
    }

    @Test func internalFilesAreLeftOutForTheOtherParties() async throws {
        try await TestApp.run { app in
            // setup
            let principal = try await APIClient.signedIn(app, as: APIAccounts.principal)
            let id = try #require(try await principal.file()["id"] as? String)
            let departement = try await APIClient.signedIn(app, as: APIAccounts.departement)
            // act
            let created = try await departement.upload("/api/v1/tickets/\(id)/attachments", fileName: "devis.pdf",
                                                       content: AttachmentTests.pdf, fields: ["visibility": "internal"])
            // check
            #expect(created.status == .created)
            let url = try #require(try created.json()["download_url"] as? String)
            let academie = try await APIClient.signedIn(app, as: APIAccounts.academie)
            for client in [principal, academie] {
                let detail = try await client.get("/api/v1/tickets/\(id)").json()
                #expect((detail["attachments"] as? [Any])?.isEmpty == true)
                #expect((detail["history"] as? [[String: Any]])?.contains { $0["kind"] as? String == "attachment" } == false)
                let download = try await client.get(url)
                #expect(download.status == .notFound)
                #expect(download.errorCode == "not_found")
            }
            #expect(try await departement.get(url).status == .ok)
        }
    }

    @Test func refusedFilesAnswerWithACodeAndTheAdviceAndWriteNothing() async throws {
        try await TestApp.run { app in
            // setup
            let principal = try await APIClient.signedIn(app, as: APIAccounts.principal)
            let id = try #require(try await principal.file()["id"] as? String)
            let path = "/api/v1/tickets/\(id)/attachments"
            var big = Data("%PDF-1.7\n".utf8)
            big.append(Data(repeating: 0x20, count: 10 * 1024 * 1024))
            // act
            let tooBig = try await principal.upload(path, fileName: "scan.pdf", content: big)
            let exe = try await principal.upload(path, fileName: "outil.exe", content: AttachmentTests.exe)
            let disguised = try await principal.upload(path, fileName: "facture.pdf", content: AttachmentTests.exe)
            let badVisibility = try await principal.upload(path, fileName: "a.pdf", content: AttachmentTests.pdf,
                                                           fields: ["visibility": "secret"])
            let json = try await principal.post(path, json: ["file": "x"])
            // check
            #expect(tooBig.status == .payloadTooLarge)
            #expect(tooBig.errorCode == "payload_too_large")
            #expect(tooBig.errorFields["file"]?.contains("more than the 10.0 MB allowed") == true)
            #expect(exe.status == .unsupportedMediaType)
            #expect(exe.errorCode == "attachment_type_refused")
            #expect(exe.errorFields["file"] == "executable files (.exe) are refused: send a PDF, an image or a text instead")
            #expect(disguised.status == .unsupportedMediaType)
            #expect(disguised.errorFields["file"]?.contains("named .pdf but its content is executable") == true)
            #expect(badVisibility.status == .unprocessableEntity)
            #expect(badVisibility.errorFields["visibility"] == "public or internal")
            #expect(json.status == .unsupportedMediaType)
            #expect(json.errorCode == "unsupported_media_type")
            #expect(try await TicketAttachmentRecord.query(on: app.db).count() == 0)
            #expect(try await TicketEventRecord.query(on: app.db).filter(\.$kind == "attachment").count() == 0)
        }
    }

    @Test func theEleventhFileIsAConflict() async throws {
        try await TestApp.run { app in
            let departement = try await APIClient.signedIn(app, as: APIAccounts.departement)
            let id = try #require(try await departement.file()["id"] as? String)
            for number in 1...10 {
                let created = try await departement.upload("/api/v1/tickets/\(id)/attachments", fileName: "\(number).png",
                                                           content: AttachmentTests.png)
                #expect(created.status == .created)
            }
            let refused = try await departement.upload("/api/v1/tickets/\(id)/attachments", fileName: "11.png",
                                                       content: AttachmentTests.png)
            #expect(refused.status == .conflict)
            #expect(refused.errorCode == "too_many_attachments")
            #expect(try await TicketAttachmentRecord.query(on: app.db).count() == 10)
        }
    }
}
