import EntenteCore
@testable import EntenteStorage
import Fluent
import Foundation
import Plot
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// The holes found when the service desk was probed as an attacker would, each kept closed here.
@Suite struct HostileInputTests {
    /// Closes an attribute, opens markup, and carries entities that must read as typed.
    static let hostile = #"Wifi"><meta http-equiv="refresh" content="0;url=http://evil.example/"><script>x()</script>' &lt;b&gt;"#

    static func assertEscaped(_ body: String, _ place: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!body.contains("<meta http-equiv"), "\(place): markup injected", sourceLocation: sourceLocation)
        #expect(!body.contains("<script>"), "\(place): script injected", sourceLocation: sourceLocation)
        #expect(!body.contains("og:title") && !body.contains("twitter:title"), "\(place)", sourceLocation: sourceLocation)
    }

    // MARK: 2. One escaping path

    @Test func theLayoutAndFormPiecesEscapeTextAndAttributes() {
        let h = Self.hostile
        let context = PageContext(language: .fr, user: nil, csrfToken: h, path: h, demoMode: false)
        let page = Layout(context: context, title: h).render(.empty).body.string ?? ""
        Self.assertEscaped(page, "layout")
        #expect(page.contains(#"<title>Wifi"&gt;&lt;meta"#), "text: quotes may stay, markup may not")
        #expect(page.contains(#"value="Wifi&quot;&gt;&lt;meta http-equiv=&quot;refresh&quot;"#), "attributes: quotes escaped")
        #expect(page.contains("&#39; &amp;lt;b&amp;gt;"), "entities typed are shown as typed")
        let option = Node<HTML.SelectContext>.group(FormOption.node(h, h, selected: true)).render()
        Self.assertEscaped(option, "option")
        #expect(!option.contains(#"Wifi">"#))
    }

    /// Plot writes attribute values unescaped: pages may only use the primitives `HTMLEscaping` redeclares
    /// (checked on every page by the test above and the next), never Plot's other string-taking
    /// attributes, a hand-made `Attribute(name:…)` or raw HTML outside the escaping file and the charts.
    @Test func pagesUseOnlyEscapingPrimitives() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/EntenteWeb")
        let unescaped = ["placeholder", "alt", "src", "datetime", "ariaLabel", "ariaControls", "property", "sizes", "srcset",
                         "media", "integrity", "onclick", "style", "siteName", "description", "url", "socialImageLink",
                         "twitterUsername", "favicon", "rssFeedLink", "stylesheet", "comment"]
        let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var checked = 0
        for case let file as URL in files where file.pathExtension == "swift" {
            let source = try String(contentsOf: file, encoding: .utf8)
            let name = file.lastPathComponent
            checked += 1
            for primitive in unescaped {
                #expect(!source.contains(".\(primitive)("), "\(name) uses Plot's unescaped .\(primitive)(…)")
            }
            if name != "HTMLEscaping.swift" {
                #expect(!source.contains("Attribute(name:"), "\(name) builds an attribute by hand")
                let raw = source.components(separatedBy: ".raw(").count - 1
                // The pages with charts insert `SVGChart.svg`, whose texts the chart escapes itself.
                let allowed = ["StatisticsPage.swift", "StatisticsPage+Satisfaction.swift", "IndicatorsPage.swift"].contains(name) ? raw : 0
                #expect(raw - source.components(separatedBy: "sql.raw(").count + 1 <= allowed, "\(name) writes raw HTML")
            }
        }
        #expect(checked > 50)
    }

    @Test func hostileStringsFromUsersAndAddressesReachNoPageAsMarkup() async throws {
        try await TestApp.run { app in
            var principal = Browser(app), agent = Browser(app), admin = Browser(app), dpd = Browser(app), anonymous = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            let filed = try await TicketPagesTests.file(&principal, extra: ["title": Self.hostile, "description": Self.hostile,
                                                                            "requester_name": Self.hostile,
                                                                            "asset_reference": Self.hostile])
            let path = try #require(filed.headers.first(name: .location))
            _ = try await agent.signIn("dsi@cd35.demo.entente.fr")
            _ = try await agent.get(path)
            _ = try await agent.post(path + "/messages", form: ["body": Self.hostile, "visibility": "reply"])
            _ = try await admin.signIn("admin@demo.entente.fr")
            _ = try await dpd.signIn(APIAccounts.observer)
            let q = Browser.encode(Self.hostile)
            let pages: [(String, Browser)] = [
                (path, principal), (path, agent), (path, admin), ("/tickets", agent), ("/tickets?q=\(q)", agent),
                ("/tickets?establishment=\(q)&component=\(q)&opened_from=\(q)&party=\(q)&team=\(q)&sla=\(q)&sort=\(q)", agent),
                ("/tickets?page=\(q)&status=\(q)", agent), ("/notifications", principal), ("/notifications", agent),
                ("/audit", admin), ("/audit", dpd), ("/statistics?month=\(q)", agent), ("/statistics?month=2026-09", agent),
                ("/establishments?q=\(q)", agent), ("/establishments/\(TicketPagesTests.collegeUAI)", agent),
                ("/conventions/ille-et-vilaine-2025?version=\(q)", agent), ("/sign-in?next=\(q)", anonymous),
                ("/tickets/new", principal),
            ]
            for (page, browser) in pages {
                var browser = browser
                let response = try await browser.get(page)
                #expect(response.status.code < 500, "\(page)")
                Self.assertEscaped(response.body.string, page)
            }
            // The intake form shown again with its problems echoes the hostile values escaped too.
            let refused = try await TicketPagesTests.file(&principal, extra: ["title": Self.hostile, "kind": Self.hostile])
            #expect(refused.status == .unprocessableEntity)
            Self.assertEscaped(refused.body.string, "intake form")
        }
    }

    // MARK: 1. No query parameter crashes a page

    @Test func noListParameterAtItsLimitsOrBeyondCrashesAPage() async throws {
        try await TestApp.run { app in
            var agent = Browser(app)
            _ = try await agent.signIn("dsi@cd35.demo.entente.fr")
            let values = ["184467440737095517", "99999999999999999999999", "-9223372036854775808", "9223372036854775807", "0",
                          "-1", "abc", "%zz", "1e9", "", String(repeating: "9", count: 400), "%00", "%E2%80%AE"]
            let paths = ["/tickets", "/tickets.csv", "/statistics", "/statistics.csv", "/establishments", "/notifications",
                         "/conventions/ille-et-vilaine-2025"]
            let names = ["page", "per_page", "status", "q", "sla", "sort", "scope", "opened_from", "opened_to", "month",
                         "version", "stale", "establishment", "page[]", "page[x]"]
            for path in paths {
                for name in names {
                    for value in values {
                        let response = try await agent.get("\(path)?\(name)=\(value)")
                        #expect(response.status.code < 500, "\(path)?\(name)=\(value)")
                    }
                }
            }
            // the one that took the server down, now said where it belongs
            let page = try await agent.get("/tickets?page=184467440737095517")
            #expect(page.status == .badRequest)
            #expect(page.body.string.contains("page : un nombre entier de 1 à 1000000 est attendu."))
            let letters = try await agent.get("/tickets?page=abc")
            #expect(letters.status == .badRequest, "not silently page 1")
            let scope = try await agent.get("/statistics?scope=everything")
            #expect(scope.status == .badRequest, "not silently the agent's own queue")
            #expect(scope.body.string.contains("scope : une de ces valeurs : queue, territory est attendu."))
            #expect(try await agent.get("/statistics.csv?scope=everything").status == .badRequest)
            #expect(try await agent.get("/statistics?scope=territory").status == .ok)
            #expect(try await agent.get("/tickets/\(UUID())?stale=184467440737095517").status == .notFound)
        }
    }

    // MARK: 6. CSV formulas

    @Test func csvExportsNeutraliseFormulas() async throws {
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            #expect(CSVDocument.cell(start + "HYPERLINK(\"http://evil.example\")").hasPrefix("\"'" + start)
                    || CSVDocument.cell(start + "HYPERLINK(\"http://evil.example\")").hasPrefix("'" + start), "\(start)")
        }
        #expect(CSVDocument.cell("Wi-Fi = panne") == "Wi-Fi = panne")
        #expect(CSVDocument.cell("a;b") == "\"a;b\"")
        try await TestApp.run { app in
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            _ = try await TicketPagesTests.file(&principal, extra: ["title": #"=HYPERLINK("http://evil.example","Voir")"#])
            let csv = try await principal.get("/tickets.csv").body.string
            #expect(csv.contains(#""'=HYPERLINK(""http://evil.example"",""Voir"")""#))
            #expect(!csv.contains(";=HYPERLINK"))
        }
    }

    // MARK: 7. Redirects stay on the site

    @Test func redirectsRefuseEveryWayOffTheSite() async throws {
        for crafted in ["/\t/evil.example", "/\n/evil.example", "/\\evil.example", "//evil.example", "https://evil.example",
                        "/ /evil.example", "/\u{7F}/evil.example", "evil.example", ""] {
            #expect(SignInController.localPath(crafted) == "/", "\(crafted.debugDescription)")
        }
        #expect(SignInController.localPath("/tickets?status=all&q=wifi") == "/tickets?status=all&q=wifi")
        try await TestApp.run { app in
            var browser = Browser(app)
            _ = try await browser.get("/sign-in?next=/%09/evil.example")
            let signedIn = try await browser.post("/sign-in", form: ["email": "admin@demo.entente.fr",
                                                                     "password": DemoAccounts.password, "next": "/\t/evil.example"])
            #expect(signedIn.headers.first(name: .location) == "/")
            _ = try await browser.get("/")
            let switched = try await browser.post("/language", form: ["language": "en", "back": "/\t/evil.example"])
            #expect(switched.headers.first(name: .location) == "/")
        }
    }

    // MARK: 8. Limits said clearly, no silent defaults

    @Test func limitsAreSaidClearlyAndNothingIsWritten() async throws {
        try await TestApp.run { app in
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            let events = try await TicketEventRecord.query(on: app.db).count()
            // a comment one character over its limit: 422, said as too long, whatever its size in bytes
            let long = try await agent.post(path + "/messages", form: ["body": String(repeating: "é", count: 20_001)])
            #expect(long.status == .unprocessableEntity)
            #expect(long.body.string.contains("Ce texte est trop long. (20000 caractères au plus)"))
            let atLimit = try await agent.post(path + "/messages", form: ["body": String(repeating: "é", count: 20_000)])
            #expect(atLimit.status == .seeOther)
            // a form beyond the body limit: 413 in French, nothing written
            let huge = try await agent.post(path + "/messages", form: ["body": String(repeating: "x", count: 300_000)])
            #expect(huge.status == .payloadTooLarge)
            #expect(huge.body.string.contains("Le formulaire envoyé dépasse 256 Ko"))
            #expect(try await TicketEventRecord.query(on: app.db).count() == events + 1)
            // a choice the form never offers is refused, not replaced by a default
            let tickets = try await TicketRecord.query(on: app.db).count()
            for (field, value) in [("kind", "exploit"), ("nature", "whatever"), ("funding", "martians")] {
                let refused = try await TicketPagesTests.file(&principal, extra: [field: value])
                #expect(refused.status == .unprocessableEntity, "\(field)")
                #expect(refused.body.string.contains("Cette valeur n&#39;est pas proposée") || refused.body.string.contains("Cette valeur n'est pas proposée"), "\(field)")
            }
            #expect(try await TicketRecord.query(on: app.db).count() == tickets)
            // the API: a JSON error, with the limit
            let client = try await APIClient.signedIn(app, as: APIAccounts.principal)
            let tooBig = try await client.send(.POST, "/api/v1/tickets", body: #"{"title":""# + String(repeating: "x", count: 300_000) + #""}"#)
            #expect(tooBig.status == .payloadTooLarge)
            #expect((try tooBig.json()["error"] as? [String: Any])?["code"] as? String == "payload_too_large")
        }
    }

    // MARK: 4. Observer scope and the audit page

    @Test func anObserverReadsItsOwnTerritoryAndTheAuditHidesWhatItMayNotSee() async throws {
        try await TestApp.run { app in
            let admin = try await APIClient.signedIn(app, as: APIAccounts.administrator)
            let elsewhere = try await admin.file(["establishment_uai": "0759901E", "component": "monlycee-net"])
            let elsewhereID = try #require(elsewhere["id"] as? String)
            var principal = Browser(app), agent = Browser(app), dpd = Browser(app), adminBrowser = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            _ = try await agent.upload(path + "/attachments", fileName: "devis-confidentiel.pdf", content: Data("%PDF-1.4\n%%EOF\n".utf8),
                                       fields: ["visibility": "internal"])
            _ = try await dpd.signIn(APIAccounts.observer)
            _ = try await adminBrowser.signIn(APIAccounts.administrator)
            // check: the ticket of another convention is not the observer's
            #expect(try await dpd.get("/tickets/\(elsewhereID)").status == .notFound)
            #expect(try await dpd.get(path).status == .ok)
            let queue = try await dpd.get("/tickets?status=all").body.string
            #expect(!queue.contains(elsewhere["reference"] as! String))
            let observerAPI = try await APIClient.signedIn(app, as: APIAccounts.observer)
            #expect(try await observerAPI.get("/api/v1/tickets/\(elsewhereID)").status == .notFound)
            // the audit page: the internal file's name and hash for administrators only, nor the other territory's tickets
            let audit = try await dpd.get("/audit").body.string
            #expect(!audit.contains("devis-confidentiel.pdf") && !audit.contains("sha256:"))
            #expect(!audit.contains(elsewhere["reference"] as! String))
            #expect(audit.contains("T-2026-00000"), "its own territory's entries are there")
            let adminAudit = try await adminBrowser.get("/audit").body.string
            #expect(adminAudit.contains("devis-confidentiel.pdf"))
        }
    }

    // MARK: 5 and 9. Sessions, cookies, CSRF

    @Test func anonymousVisitsWriteNoSessionAndEndedSessionsArePurged() async throws {
        try await TestApp.run { app in
            var visitor = Browser(app)
            for _ in 0..<5 { _ = try await visitor.get("/sign-in") }
            var stranger = Browser(app)
            _ = try await stranger.get("/sign-in")
            #expect(try await WebSessionRecord.query(on: app.db).count() == 0)
            // the stateless token still protects the sign-in form
            let forged = try await stranger.post("/sign-in", form: ["email": "admin@demo.entente.fr", "password": DemoAccounts.password,
                                                                    "csrf_token": visitor.csrfToken ?? ""], withCSRF: false)
            #expect(forged.status == .forbidden)
            _ = try await visitor.signIn("admin@demo.entente.fr")
            #expect(try await WebSessionRecord.query(on: app.db).count() == 1)
            try await Housekeeping.pass(on: app.db, at: TestApp.now.addingTimeInterval(7 * 3600), throttle: .standard)
            #expect(try await WebSessionRecord.query(on: app.db).count() == 1)
            try await Housekeeping.pass(on: app.db, at: TestApp.now.addingTimeInterval(9 * 3600), throttle: .standard)
            #expect(try await WebSessionRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func theCSRFTokenChangesAtSignIn() async throws {
        try await TestApp.run { app in
            var browser = Browser(app)
            _ = try await browser.get("/sign-in")
            let before = try #require(browser.csrfToken)
            _ = try await browser.signIn("admin@demo.entente.fr")
            let after = try #require(browser.csrfToken)
            #expect(before != after)
            let withOld = try await browser.post("/sign-out", form: ["csrf_token": before], withCSRF: false)
            #expect(withOld.status == .forbidden)
            #expect(try await browser.post("/sign-out", form: [:]).status == .seeOther)
        }
    }

    @Test func behindAnHTTPSProxyCookiesAreSecureAndHSTSIsSent() async throws {
        try await TestApp.run(adjust: { $0.trustedProxies = ["unknown"] }) { app in
            var browser = Browser(app)
            browser.headers["X-Forwarded-Proto"] = "https"
            let page = try await browser.get("/sign-in")
            #expect(page.headers.first(name: .strictTransportSecurity) == "max-age=31536000")
            #expect(page.headers[.setCookie].allSatisfy { $0.contains("Secure") })
            let signedIn = try await browser.signIn("admin@demo.entente.fr")
            #expect(signedIn.headers[.setCookie].contains { $0.hasPrefix("entente-session=") && $0.contains("Secure") })
        }
        try await TestApp.run { app in
            // The same header from a peer nobody trusts changes nothing.
            var browser = Browser(app)
            browser.headers["X-Forwarded-Proto"] = "https"
            let page = try await browser.get("/sign-in")
            #expect(page.headers.first(name: .strictTransportSecurity) == nil)
            #expect(!page.headers[.setCookie].contains { $0.contains("Secure") })
        }
    }

    @Test func trustedProxiesAreIPAddresses() throws {
        #expect(try ServerSettings.trustedProxies(["ENTENTE_TRUSTED_PROXIES": "127.0.0.1, ::1"]) == ["127.0.0.1", "::1"])
        #expect(try ServerSettings.trustedProxies([:]).isEmpty)
        #expect(throws: SettingsError.self) { try ServerSettings.trustedProxies(["ENTENTE_TRUSTED_PROXIES": "proxy.local"]) }
    }

    // MARK: 11. Idempotent creation

    @Test func aRetriedCreationWithItsKeyGivesTheFirstAnswerAgain() async throws {
        try await TestApp.run { app in
            let client = try await APIClient.signedIn(app, as: APIAccounts.principal)
            let body = #"{"kind":"incident","component":"bornes-wifi","nature":"breakdown","impacts_whole_establishment":true,"title":"Plus de Wi-Fi","description":"Aucune borne.","requester_name":"Mme Principale"}"#
            let key = [("Idempotency-Key", #""8e03978e-40d5-43e8-bc93-6894a57f9324""#)]
            let first = try await client.send(.POST, "/api/v1/tickets", body: body, headers: key)
            let retry = try await client.send(.POST, "/api/v1/tickets", body: body, headers: key)
            let other = try await client.send(.POST, "/api/v1/tickets", body: body.replacingOccurrences(of: "Plus de Wi-Fi", with: "Autre"),
                                              headers: key)
            #expect(first.status == .created)
            #expect(retry.status == .created)
            #expect(retry.headers.first(name: .location) == first.headers.first(name: .location))
            #expect(retry.headers.first(name: "Idempotent-Replayed") == "true")
            #expect(retry.body.string == first.body.string)
            #expect(other.status == .unprocessableEntity)
            #expect((try other.json()["error"] as? [String: Any])?["code"] as? String == "idempotency_key_reused")
            #expect(try await TicketRecord.query(on: app.db).count() == 1)
            // without a key, two requests are two tickets; a refused request frees its key
            _ = try await client.send(.POST, "/api/v1/tickets", body: body)
            #expect(try await TicketRecord.query(on: app.db).count() == 2)
            let invalid = try await client.send(.POST, "/api/v1/tickets", body: #"{"title":""}"#, headers: [("Idempotency-Key", "k2")])
            #expect(invalid.status == .unprocessableEntity)
            #expect(try await client.send(.POST, "/api/v1/tickets", body: body, headers: [("Idempotency-Key", "k2")]).status == .created)
            #expect(try await client.send(.POST, "/api/v1/tickets", body: body,
                                          headers: [("Idempotency-Key", String(repeating: "k", count: 256))]).status == .badRequest)
        }
    }

    // MARK: 10. The API's contract

    @Test func aMalformedMultipartBodyIsA400NotACrash() async throws {
        try await TestApp.run { app in
            let body = ByteBuffer(bytes: Array("--X\r\n".utf8) + [0xC3, 0xA9] + Array(": a\r\n\r\nb\r\n--X--\r\n".utf8))
            for path in ["/language", "/sign-in"] {
                let response = try await app.testing().sendRequest(.POST, path, beforeRequest: { request in
                    request.headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=X")
                    request.body = body
                })
                #expect(response.status.code >= 400 && response.status.code < 500, "\(path)")
            }
            let client = try await APIClient.signedIn(app, as: APIAccounts.principal)
            let ticket = try await client.file()
            let id = try #require(ticket["id"] as? String)
            let upload = try await app.testing().sendRequest(.POST, "/api/v1/tickets/\(id)/attachments", beforeRequest: { request in
                request.headers.replaceOrAdd(name: .authorization, value: "Bearer \(client.token ?? "")")
                request.headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=X")
                request.body = body
            })
            #expect(upload.status == .badRequest)
            // An accented file name (a header value) is a French user's everyday case, and still fine.
            #expect(CheckedFormDataDecoder.headerNamesAreASCII(
                ByteBuffer(string: "--X\r\nContent-Disposition: form-data; name=\"file\"; filename=\"relevé.pdf\"\r\n\r\n%PDF\r\n--X--\r\n").readableBytesView,
                boundary: "X"))
        }
    }

    @Test func otherMethodsOnAnAPIPathAreA405InTheAPIsShape() async throws {
        try await TestApp.run { app in
            let client = try await APIClient.signedIn(app, as: APIAccounts.administrator)
            for (method, path, allow) in [(HTTPMethod.TRACE, "/api/v1/tickets", "GET, POST"), (.DELETE, "/api/v1/tickets", "GET, POST"),
                                          (.PUT, "/api/v1/tickets/\(UUID())", "GET"), (.GET, "/api/v1/tickets/\(UUID())/comments", "POST"),
                                          (.OPTIONS, "/api/v1/notifications", "GET"), (.RAW(value: "QUERY"), "/api/openapi.json", "GET")] {
                let response = try await client.send(method, path)
                #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                #expect(Set((response.headers.first(name: .allow) ?? "").components(separatedBy: ", ")) == Set(allow.components(separatedBy: ", ")))
                #expect((try response.json()["error"] as? [String: Any])?["code"] as? String == "method_not_allowed")
            }
            let unknown = try await client.send(.TRACE, "/api/v1/nothing")
            #expect(unknown.status == .notFound)
            #expect(unknown.headers.contentType == .json)
        }
    }

    @Test func lengthsCountCodePointsAsTheDocumentSays() async throws {
        try await TestApp.run { app in
            let client = try await APIClient.signedIn(app, as: APIAccounts.principal)
            // 101 "é" written as e + combining acute: 101 characters a reader sees, 202 code points
            let combining = String(repeating: "e\u{301}", count: 101)
            let refused = try await client.post("/api/v1/tickets", json: [
                "kind": "incident", "component": "bornes-wifi", "nature": "breakdown", "impacts_whole_establishment": true,
                "title": combining, "description": "x", "requester_name": "x"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.errorFields["title"] == "at most 200 characters")
            let query = try await client.get("/api/v1/tickets?q=" + Browser.encode(String(repeating: "e\u{301}", count: 150)))
            #expect(query.status == .badRequest)
            // a period that ends before it starts finds nothing rather than failing
            let reversed = try await client.get("/api/v1/tickets?opened_from=2026-09-30&opened_to=2026-09-01")
            #expect(reversed.status == .ok)
            #expect(try reversed.json()["total"] as? Int == 0)
        }
    }

    @Test func aNulCharacterIsRefusedNeverHandedToTheDatabase() async throws {
        try await TestApp.run { app in
            var agent = Browser(app)
            _ = try await agent.signIn("dsi@cd35.demo.entente.fr")
            for path in ["/tickets?q=a%00b", "/establishments?q=%00", "/tickets.csv?component=%00"] {
                #expect(try await agent.get(path).status == .badRequest, "\(path)")
            }
            let client = try await APIClient.signedIn(app, as: APIAccounts.principal)
            let refused = try await client.send(.POST, "/api/v1/tickets", body: #"{"kind":"incident","component":"bornes-wifi","nature":"breakdown","impacts_whole_establishment":true,"title":"Wi\u0000Fi","description":"x","requester_name":"x"}"#)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.errorFields["title"] == "must not contain a NUL character")
            // a property nobody reads may hold anything
            let ignored = try await client.send(.POST, "/api/v1/tickets", body: #"{"kind":"incident","component":"bornes-wifi","nature":"breakdown","impacts_whole_establishment":true,"title":"Wi-Fi","description":"x","requester_name":"x","extra\u0000":"\u0000"}"#)
            #expect(ignored.status == .created)
        }
    }
}
