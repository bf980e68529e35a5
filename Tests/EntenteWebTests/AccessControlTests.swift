import EntenteCore
@testable import EntenteStorage
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

@Suite struct AccessControlTests {
    static let protectedPaths = ["/", "/conventions", "/conventions/ille-et-vilaine-2025",
                                 "/conventions/ille-et-vilaine-2025/matrix.csv",
                                 "/conventions/ille-et-vilaine-2025/matrix.json",
                                 "/establishments", "/establishments?q=rennes", "/partners", "/audit", "/notifications",
                                 "/breaches", "/breaches/new", "/conventions/ille-et-vilaine-2025/crisis-directory"]

    @Test func anonymousVisitorsAreSentToSignInWithTheirDestination() async throws {
        try await TestApp.run { app in
            var browser = Browser(app)
            for path in Self.protectedPaths {
                // act
                let response = try await browser.get(path)
                // check
                #expect(response.status == .seeOther, "\(path)")
                let location = response.headers.first(name: .location) ?? ""
                #expect(location.hasPrefix("/sign-in?next="), "\(path) → \(location)")
                #expect(location.removingPercentEncoding?.hasSuffix(path) == true, "\(path) → \(location)")
            }
        }
    }

    /// Every role against every page: what it may open, and the 403 for what it may not.
    @Test(arguments: UserRole.allCases)
    func everyRoleGetsExactlyThePagesItMayOpen(_ role: UserRole) async throws {
        try await TestApp.run { app in
            // setup
            let account = try #require(DemoAccounts.accounts(for: TestApp.territory).first { $0.role == role })
            var browser = Browser(app)
            let signIn = try await browser.signIn(account.email)
            #expect(signIn.status == .seeOther)
            for path in Self.protectedPaths {
                // act
                let response = try await browser.get(path)
                // check
                let allowed = path != "/audit" || Routes.auditRoles.contains(role)
                #expect(response.status == (allowed ? .ok : .forbidden), "\(role) \(path)")
            }
        }
    }

    /// Only the handling party's agents and administrators change a ticket's team.
    @Test(arguments: [
        ("admin@demo.entente.fr", HTTPStatus.seeOther),
        ("dsi@cd35.demo.entente.fr", .seeOther),
        ("assistance@ac-rennes.demo.entente.fr", .forbidden),
        ("dpd@ac-rennes.demo.entente.fr", .forbidden),
        ("principal", .forbidden),
        ("teacher", .forbidden),
    ])
    func onlyTheHandlingPartyChangesTheTeam(_ email: String, _ expected: HTTPStatus) async throws {
        try await TestApp.run { app in
            // setup
            var principal = Browser(app), agent = Browser(app)
            let path = try await TicketPagesTests.wifiTicket(filedBy: &principal, openedBy: &agent)
            var browser = Browser(app)
            let account = email == "principal" ? TicketPagesTests.principalEmail : email == "teacher" ? TeamPagesTests.teacherEmail : email
            _ = try await browser.signIn(account)
            let page = try await browser.get(path).body.string
            // act
            let response = try await browser.post(path + "/team", form: ["team": "next", "reason": "Essai", "version": "1"])
            // check
            #expect(response.status == expected, "\(email)")
            #expect(page.contains("Escalader / réaffecter") == (expected == .seeOther), "\(email)")
            let ticket = try #require(try await TicketRecord.query(on: app.db).first())
            #expect((ticket.teamCode == "CD35-RESEAUX") == (expected != .seeOther), "\(email)")
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        try await TestApp.run { app in
            // setup
            var browser = Browser(app)
            _ = try await browser.signIn("admin@demo.entente.fr")
            #expect(try await browser.get("/partners").status == .ok)
            // act
            let signOut = try await browser.post("/sign-out", form: [:])
            // check
            #expect(signOut.status == .seeOther)
            #expect(try await browser.get("/partners").status == .seeOther)
        }
    }

    @Test func responsesCarrySecurityHeaders() async throws {
        try await TestApp.run { app in
            var browser = Browser(app)
            let response = try await browser.get("/sign-in")
            #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
            #expect(response.headers.first(name: "Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
            // An anonymous page writes no session: its forms' token is a signed, stateless cookie.
            #expect(!response.headers[.setCookie].contains { $0.hasPrefix("entente-session=") })
            let cookie = response.headers[.setCookie].first { $0.hasPrefix("entente-csrf=") } ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"), "plain HTTP, no proxy saying otherwise")
            #expect(response.headers.first(name: .strictTransportSecurity) == nil)
        }
    }

    @Test func healthAnswersWithoutSignInAndWithoutCreatingASession() async throws {
        try await TestApp.run { app in
            var browser = Browser(app)
            let response = try await browser.get("/health")
            #expect(response.status == .ok)
            #expect(response.body.string.contains(#""status":"ok""#))
            #expect(response.headers[.setCookie].isEmpty)
        }
    }
}
