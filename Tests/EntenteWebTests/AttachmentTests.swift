import EntenteCore
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Files on tickets through HTTP: what is accepted, what is refused with which message, and who
/// may add and open which file.
@Suite struct AttachmentTests {
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR".utf8))
    static let pdf = Data("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".utf8)
    static let exe = Data("MZ".utf8 + [0x90, 0, 3, 0, 0, 0, 4, 0])
    static let svg = Data("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".utf8)

    static func stored(_ app: Application) async throws -> (files: Int, events: Int, audits: Int) {
        (try await TicketAttachmentRecord.query(on: app.db).count(),
         try await TicketEventRecord.query(on: app.db).filter(\.$kind == "attachment").count(),
         try await AuditRecord.query(on: app.db).filter(\.$action ~~ ["ticket.attachment", "ticket.attachment.internal"]).count())
    }

    @Test func aFileIsStoredListedAndDownloadedAsItWentIn() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            _ = try await principal.get(path)
            // act
            let uploaded = try await principal.upload(path + "/attachments", fileName: "C:\\Bureau\\borne CDI.png", content: Self.png)
            // check
            #expect(uploaded.status == .seeOther, "\(uploaded.body.string)")
            #expect(uploaded.headers.first(name: .location) == path + "#pieces-jointes")
            let file = try #require(try await TicketAttachmentRecord.query(on: app.db).first())
            #expect(file.fileName == "borne CDI.png")
            #expect(file.mediaType == "image/png")
            #expect(file.size == Self.png.count)
            #expect(file.sha256 == SHA256.hash(data: Self.png).hex)
            #expect(file.uploadedBy == TicketPagesTests.principalEmail)
            #expect(file.audience == nil)
            #expect(try await Self.stored(app) == (1, 1, 1))
            let page = try await agent.get(path).body.string
            #expect(page.contains("borne CDI.png"))
            #expect(page.contains("Pièce jointe"))
            let download = try await agent.get(SiteURL.ticketAttachment(file.$ticket.id, try file.requireID()).path)
            #expect(download.status == .ok)
            #expect(Data(download.body.readableBytesView) == Self.png)
            #expect(download.headers.contentType == .png)
            #expect(download.headers.first(name: .contentDisposition)
                == "attachment; filename=\"borne CDI.png\"; filename*=UTF-8''borne%20CDI.png")
            #expect(download.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(download.headers.first(name: .cacheControl) == "private, no-store")
        }
    }

    @Test func theTicketPageOffersAnAccessibleMultipartFormWithItsToken() async throws {
        try await TestApp.run { app in
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            let agentPage = try await agent.get(path).body.string
            #expect(agentPage.contains(#"enctype="multipart/form-data""#))
            #expect(agentPage.contains(#"<label for="attachment-file">"#))
            #expect(agentPage.contains(#"id="attachment-internal""#))
            #expect(agentPage.contains("10,0 Mo au plus par fichier"))
            // the requester's side may attach too, and may keep a file for the establishment only
            let principalPage = try await principal.get(path).body.string
            #expect(principalPage.contains(#"id="attachment-file""#))
            // the observer reads and may not attach
            var dpd = Browser(app)
            _ = try await dpd.signIn("dpd@ac-rennes.demo.entente.fr")
            #expect(!(try await dpd.get(path).body.string.contains(#"id="attachment-file""#)))
        }
    }

    @Test func anUploadWithoutTheFormsTokenIsRefused() async throws {
        try await TestApp.run { app in
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            let refused = try await agent.upload(path + "/attachments", fileName: "a.png", content: Self.png, withCSRF: false)
            #expect(refused.status == .forbidden)
            #expect(refused.body.string.contains("Le formulaire a expiré"))
            #expect(try await Self.stored(app) == (0, 0, 0))
        }
    }

    @Test func anOversizedFileIs413WithWhatToDoAndNothingIsWritten() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            let before = try #require(try await TicketRecord.query(on: app.db).first())
            var big = Data("journal\n".utf8)
            big.append(Data(repeating: 0x61, count: AttachmentPolicy.standard.maxFileSize + 1 - big.count))
            // act
            let refused = try await agent.upload(path + "/attachments", fileName: "journal.log", content: big)
            // check
            #expect(refused.status == .payloadTooLarge)
            let message = refused.body.string
            #expect(message.contains("« journal.log » pèse 10,1 Mo, plus que les 10,0 Mo autorisés"))
            #expect(message.contains("compressez-le"))
            #expect(try await Self.stored(app) == (0, 0, 0))
            let after = try #require(try await TicketRecord.query(on: app.db).first())
            #expect(after.updatedAt == before.updatedAt && after.version == before.version)
        }
    }

    @Test func aBodyOverTheRoutesLimitIs413WithTheSameAdvice() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            _ = try await agent.get(path)
            let limit = AttachmentController.bodyLimit(for: .standard)
            // act: a real server, so that the body streams in and meets the route's limit
            let cookies = agent.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
            let token = try #require(agent.csrfToken)
            let huge = ByteBuffer(repeating: 0x61, count: limit + 1)
            let response = try await app.testing(method: .running(port: 0)).sendRequest(.POST, path + "/attachments", beforeRequest: { request in
                request.headers.replaceOrAdd(name: .cookie, value: cookies)
                request.headers.replaceOrAdd(name: CSRFProtection.headerName, value: token)
                request.headers.contentType = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": "x"])
                request.body = huge
            })
            // check
            #expect(response.status == .payloadTooLarge)
            #expect(response.body.string.contains("dépasse la taille maximale de 10,0 Mo : rien n'a été enregistré"))
            #expect(try await Self.stored(app) == (0, 0, 0))
        }
    }

    @Test func forbiddenOrDisguisedFilesAre415AndNothingIsWritten() async throws {
        try await TestApp.run { app in
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            _ = try await principal.get(path)
            let cases: [(String, Data, String)] = [
                ("setup.exe", Self.exe, "les programmes et installateurs ne sont pas acceptés"),
                ("facture.pdf", Self.exe, "« facture.pdf » porte l'extension .pdf mais son contenu est un programme"),
                ("logo.svg", Self.svg, "les pages web et images SVG ne sont pas acceptés"),
                ("logo.png", Self.svg, "son contenu est une page web ou une image SVG"),
                ("photo.jpg", Self.png, "porte l'extension .jpg mais son contenu est une image PNG"),
                ("plan.dwg", Self.pdf, "(.dwg) n'est pas d'un type accepté. Types acceptés : .pdf, .png"),
                ("vide.pdf", Data(), "est vide"),
            ]
            for (name, content, message) in cases {
                // act
                let refused = try await principal.upload(path + "/attachments", fileName: name, content: content)
                // check
                let expected: HTTPStatus = content.isEmpty ? .unprocessableEntity : .unsupportedMediaType
                #expect(refused.status == expected, "\(name)")
                #expect(refused.body.string.contains(message), "\(name): \(refused.body.string)")
            }
            #expect(try await Self.stored(app) == (0, 0, 0))
            #expect(try await TicketRecord.query(on: app.db).first()?.version == 1)
        }
    }

    @Test func theEleventhFileIsRefusedAndTheTenFirstKept() async throws {
        try await TestApp.run { app in
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            for number in 1...10 {
                let accepted = try await agent.upload(path + "/attachments", fileName: "capture-\(number).png", content: Self.png)
                #expect(accepted.status == .seeOther)
            }
            // act
            let refused = try await agent.upload(path + "/attachments", fileName: "capture-11.png", content: Self.png)
            // check
            #expect(refused.status == .conflict)
            #expect(refused.body.string.contains("compte déjà 10 pièces jointes, le maximum"))
            #expect(try await Self.stored(app) == (10, 10, 10))
            let page = try await agent.get(path).body.string
            #expect(!page.contains(#"id="attachment-file""#))
            #expect(page.contains("10 fichiers au plus par demande"))
        }
    }

    @Test func anInternalFileStaysWithItsPartyEverywhere() async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app), departement = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &departement)
            // act
            let uploaded = try await departement.upload(path + "/attachments", fileName: "devis-borne.pdf", content: Self.pdf,
                                                        fields: ["visibility": "internal"])
            // check
            #expect(uploaded.status == .seeOther)
            let file = try #require(try await TicketAttachmentRecord.query(on: app.db).first())
            #expect(file.audience == "CD35")
            #expect(try await AuditRecord.query(on: app.db).filter(\.$action == "ticket.attachment.internal").count() == 1)
            let download = SiteURL.ticketAttachment(file.$ticket.id, try file.requireID()).path
            #expect(try await departement.get(path).body.string.contains("devis-borne.pdf"))
            #expect(try await departement.get(download).status == .ok)
            var academie = Browser(app), admin = Browser(app), dpd = Browser(app)
            _ = try await academie.signIn("assistance@ac-rennes.demo.entente.fr")
            _ = try await admin.signIn("admin@demo.entente.fr")
            _ = try await dpd.signIn("dpd@ac-rennes.demo.entente.fr")
            #expect(try await admin.get(download).status == .ok)
            for var outsider in [principal, academie, dpd] {
                let page = try await outsider.get(path).body.string
                #expect(!page.contains("devis-borne"))
                #expect(!page.contains("Pièce jointe interne"))
                #expect(try await outsider.get(download).status == .notFound)
            }
        }
    }

    enum Role: String, CaseIterable, Sendable {
        case administrator, departementAgent, academieAgent, observer, establishmentMember, outsideAgent

        var email: String {
            switch self {
            case .administrator: "admin@demo.entente.fr"
            case .departementAgent: "dsi@cd35.demo.entente.fr"
            case .academieAgent: "assistance@ac-rennes.demo.entente.fr"
            case .observer: "dpd@ac-rennes.demo.entente.fr"
            case .establishmentMember: TicketPagesTests.principalEmail
            case .outsideAgent: "agent@cd67.test"
            }
        }
    }

    /// Every role against every attachment route of the page, on the principal's Wi-Fi ticket
    /// (routed to CD35): a public file, an internal one of CD35, and both kinds of upload.
    static let expected: [String: [Role: HTTPStatus]] = [
        "download public": [.administrator: .ok, .departementAgent: .ok, .academieAgent: .ok, .observer: .ok,
                            .establishmentMember: .ok, .outsideAgent: .notFound],
        "download internal": [.administrator: .ok, .departementAgent: .ok, .academieAgent: .notFound, .observer: .notFound,
                              .establishmentMember: .notFound, .outsideAgent: .notFound],
        "download unknown": Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, .notFound) }),
        "upload public": [.administrator: .seeOther, .departementAgent: .seeOther, .academieAgent: .forbidden,
                          .observer: .forbidden, .establishmentMember: .seeOther, .outsideAgent: .notFound],
        "upload internal": [.administrator: .forbidden, .departementAgent: .seeOther, .academieAgent: .seeOther,
                            .observer: .forbidden, .establishmentMember: .seeOther, .outsideAgent: .notFound],
    ]

    @Test(arguments: Role.allCases)
    func everyRoleGetsExactlyTheAttachmentRoutesItMayUse(_ role: Role) async throws {
        try await TestApp.run { app in
            // setup
            try await APIAccounts.createOutsider(on: app)
            var principal = Browser(app), departement = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &departement)
            _ = try await departement.upload(path + "/attachments", fileName: "public.pdf", content: Self.pdf)
            _ = try await departement.upload(path + "/attachments", fileName: "interne.pdf", content: Self.pdf,
                                             fields: ["visibility": "internal"])
            let files = try await TicketAttachmentRecord.query(on: app.db).all()
            let ticketID = try #require(files.first?.$ticket.id)
            let publicID = try #require(files.first { $0.audience == nil }?.id)
            let internalID = try #require(files.first { $0.audience != nil }?.id)
            var browser = Browser(app)
            _ = try await browser.signIn(role.email, password: role == .outsideAgent ? "long-enough-password" : DemoAccounts.password)
            _ = try await browser.get("/tickets")
            let count = try await TicketAttachmentRecord.query(on: app.db).count()
            // act
            let answers: [String: HTTPStatus] = [
                "download public": try await browser.get(SiteURL.ticketAttachment(ticketID, publicID).path).status,
                "download internal": try await browser.get(SiteURL.ticketAttachment(ticketID, internalID).path).status,
                "download unknown": try await browser.get(SiteURL.ticketAttachment(ticketID, UUID()).path).status,
                "upload public": try await browser.upload(path + "/attachments", fileName: "p.png", content: Self.png).status,
                "upload internal": try await browser.upload(path + "/attachments", fileName: "i.png", content: Self.png,
                                                            fields: ["visibility": "internal"]).status,
            ]
            // check
            for (route, status) in answers {
                #expect(status == Self.expected[route]?[role], "\(role) \(route)")
            }
            let added = Self.expected.filter { $0.key.hasPrefix("upload") && $0.value[role] == .seeOther }.count
            #expect(try await TicketAttachmentRecord.query(on: app.db).count() == count + added, "\(role)")
        }
    }

    @Test func anonymousVisitorsAreSentToSignIn() async throws {
        try await TestApp.run { app in
            var visitor = Browser(app)
            let response = try await visitor.get(SiteURL.ticketAttachment(UUID(), UUID()).path)
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location)?.hasPrefix("/sign-in?next=") == true)
        }
    }
}
