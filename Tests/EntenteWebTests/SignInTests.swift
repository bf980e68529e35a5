@testable import EntenteStorage
import Fluent
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

@Suite struct SignInTests {
    @Test func demoAccountsAreListedOnlyInDemoMode() async throws {
        try await TestApp.run(demoMode: true) { app in
            var browser = Browser(app)
            let page = try await browser.get("/sign-in")
            #expect(page.body.string.contains("admin@demo.entente.fr"))
            #expect(page.body.string.contains(DemoAccounts.password))
        }
        try await TestApp.run(demoMode: false) { app in
            var browser = Browser(app)
            let page = try await browser.get("/sign-in")
            #expect(!page.body.string.contains("demo.entente.fr"))
            #expect(try await UserRecord.query(on: app.db).count() == 0)
        }
    }

    @Test func rightPasswordOpensTheRequestedPage() async throws {
        try await TestApp.run { app in
            var browser = Browser(app)
            _ = try await browser.get("/sign-in?next=/partners")
            let response = try await browser.post("/sign-in", form: ["email": "ADMIN@demo.entente.fr",
                                                                     "password": DemoAccounts.password,
                                                                     "next": "/partners"])
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/partners")
            #expect(try await browser.get("/partners").body.string.contains("Administratrice Entente"))
        }
    }

    @Test func signingInGivesANewSessionAndTheOldIdOpensNothing() async throws {
        try await TestApp.run { app in
            // setup: a session id planted before sign-in (session fixation); the sign-in page itself starts none
            var browser = Browser(app)
            _ = try await browser.get("/sign-in")
            #expect(browser.cookies["entente-session"] == nil)
            let before = CachedSessions.newKey()
            browser.cookies["entente-session"] = before
            // act
            _ = try await browser.post("/sign-in", form: ["email": "admin@demo.entente.fr", "password": DemoAccounts.password])
            let after = try #require(browser.cookies["entente-session"])
            var planted = Browser(app)
            planted.cookies["entente-session"] = before
            // check
            #expect(after != before)
            #expect(try await browser.get("/partners").status == .ok)
            #expect(try await planted.get("/partners").status == .seeOther, "the id from before sign-in is not signed in")
        }
    }

    @Test func aSessionSignsInForEightHoursAtMost() async throws {
        // setup: a clock the test moves
        final class Clock: @unchecked Sendable {
            let lock = NSLock()
            var offset: TimeInterval = 0
            func read() -> Date { lock.withLock { TestApp.now.addingTimeInterval(offset) } }
        }
        let clock = Clock()
        try await TestApp.run(now: { clock.read() }) { app in
            var browser = Browser(app)
            _ = try await browser.signIn("admin@demo.entente.fr")
            // act
            clock.lock.withLock { clock.offset = 7.9 * 3600 }
            let late = try await browser.get("/partners")
            clock.lock.withLock { clock.offset = 8 * 3600 + 1 }
            let expired = try await browser.get("/partners")
            // check
            #expect(late.status == .ok)
            #expect(expired.status == .seeOther)
            #expect(expired.headers.first(name: .location)?.hasPrefix("/sign-in") == true)
        }
    }

    @Test func wrongPasswordIsRefusedAndAudited() async throws {
        try await TestApp.run { app in
            var browser = Browser(app)
            let response = try await browser.signIn("admin@demo.entente.fr", password: "wrong-password")
            #expect(response.status == .unauthorized)
            #expect(response.body.string.contains("Adresse ou mot de passe incorrect."))
            #expect(try await browser.get("/").status == .seeOther)
            let actions = try await AuditRecord.query(on: app.db).all().map(\.action)
            #expect(actions.contains("sign-in.failed"))
        }
    }

    @Test func passwordsAreStoredAsBcryptHashes() async throws {
        try await TestApp.run { app in
            let user = try #require(try await UserRecord.query(on: app.db).first())
            #expect(user.passwordHash.hasPrefix("$2b$") || user.passwordHash.hasPrefix("$2a$"))
            #expect(!user.passwordHash.contains(DemoAccounts.password))
        }
    }

    @Test func formWithoutCSRFTokenIsRejected() async throws {
        try await TestApp.run { app in
            var browser = Browser(app)
            _ = try await browser.get("/sign-in")
            // act
            let missing = try await browser.post("/sign-in", form: ["email": "admin@demo.entente.fr",
                                                                    "password": DemoAccounts.password], withCSRF: false)
            let forged = try await browser.post("/sign-in", form: ["email": "admin@demo.entente.fr",
                                                                   "password": DemoAccounts.password,
                                                                   "csrf_token": "forged"], withCSRF: false)
            // check
            #expect(missing.status == .forbidden)
            #expect(forged.status == .forbidden)
            #expect(missing.body.string.contains("Rechargez la page"))
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test func csrfTokenOfAnotherSessionIsRejected() async throws {
        try await TestApp.run { app in
            var attacker = Browser(app)
            _ = try await attacker.get("/sign-in")
            var victim = Browser(app)
            _ = try await victim.signIn("admin@demo.entente.fr")
            let stolen = attacker.csrfToken ?? ""
            let response = try await victim.post("/sign-out", form: ["csrf_token": stolen], withCSRF: false)
            #expect(response.status == .forbidden)
            #expect(try await victim.get("/").status == .ok)
        }
    }

    @Test func repeatedFailuresSlowTheGuesserWithoutLockingTheOwnerOut() async throws {
        final class Clock: @unchecked Sendable {
            let lock = NSLock()
            var offset: TimeInterval = 0
            func read() -> Date { lock.withLock { TestApp.now.addingTimeInterval(offset) } }
            func move(to seconds: TimeInterval) { lock.withLock { offset = seconds } }
        }
        let clock = Clock()
        // In-memory requests have no peer address: trusting that peer as a proxy lets each browser say its own.
        try await TestApp.run(now: { clock.read() }, adjust: { $0.trustedProxies = ["unknown"] }) { app in
            var guesser = Browser(app)
            guesser.headers["X-Forwarded-For"] = "203.0.113.7"
            for _ in 0..<5 {
                #expect(try await guesser.signIn("dsi@cd35.demo.entente.fr", password: "guess").status == .unauthorized)
            }
            // act: at once, the right password from the guesser's address and from the owner's
            let blocked = try await guesser.signIn("dsi@cd35.demo.entente.fr")
            var owner = Browser(app)
            owner.headers["X-Forwarded-For"] = "198.51.100.20"
            let ownerAtOnce = try await owner.signIn("dsi@cd35.demo.entente.fr")
            var colleague = Browser(app)
            colleague.headers["X-Forwarded-For"] = "203.0.113.7"
            let colleagueBehindTheSameNAT = try await colleague.signIn("admin@demo.entente.fr")
            clock.move(to: 2)
            let ownerLater = try await owner.signIn("dsi@cd35.demo.entente.fr")
            let guesserAgain = try await guesser.signIn("dsi@cd35.demo.entente.fr", password: "guess")
            clock.move(to: 3)
            let guesserSoonAfter = try await guesser.signIn("dsi@cd35.demo.entente.fr", password: "guess")
            // check
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.headers.first(name: .retryAfter) == "1")
            #expect(blocked.body.string.contains("Trop d'essais"))
            #expect(ownerAtOnce.status == .tooManyRequests, "the account waits its bounded delay")
            #expect(colleagueBehindTheSameNAT.status == .seeOther, "other accounts from the address are not locked")
            #expect(ownerLater.status == .seeOther, "once the delay is over the owner gets in from another address")
            #expect(guesserAgain.status == .unauthorized, "the guesser's sixth guess is checked, and counted")
            #expect(guesserSoonAfter.status == .tooManyRequests, "the guesser's own delay doubled: 2 s")
            let stored = try await SignInFailureRecord.query(on: app.db).all()
            #expect(stored.allSatisfy { !$0.key.contains("@") && !$0.key.contains("203.0") }, "digests only")
        }
    }

    @Test func nextParameterNeverLeavesTheSite() {
        #expect(SignInController.localPath("/conventions") == "/conventions")
        #expect(SignInController.localPath("https://evil.example") == "/")
        #expect(SignInController.localPath("//evil.example") == "/")
        #expect(SignInController.localPath("/\\evil.example") == "/")
        #expect(SignInController.localPath(nil) == "/")
    }
}
