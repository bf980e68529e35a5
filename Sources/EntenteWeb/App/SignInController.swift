import EntenteCore
import EntenteStorage
import Fluent
import Vapor

enum SignInController {
    struct Form: Content {
        var email: String
        var password: String
        var next: String?
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        page(request, next: localPath(request.query[String.self, at: "next"]), email: "", error: nil)
    }

    @Sendable static func signIn(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self, as: .urlEncodedForm)
        let email = form.email.trimmingCharacters(in: .whitespaces).lowercased()
        let now = request.entente.now()
        let throttle = request.entente.settings.signInThrottle
        let address = request.clientAddress
        let keys: [SignInThrottle.Key: String] = [.accountFromAddress: "pair:\(email) \(address)", .account: "account:\(email)",
                                                  .address: "address:\(address)"]
        let failures = SignInFailureStore(database: request.db)
        let audit = AuditTrail(database: request.db)
        // Too soon after the last failures: this attempt is not even checked, and not counted either,
        // so the owner's own tries do not push the delay further.
        let wait = throttle.wait(try await failures.counters(keys), at: now)
        if wait > 0 {
            try await audit.record(actor: email, action: .signInThrottled, subject: email, at: now)
            let seconds = Int(wait.rounded(.up))
            let response = page(request, next: localPath(form.next), email: email, error: .signInThrottled,
                                retryAfter: seconds)
            response.status = .tooManyRequests
            response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
            return response
        }
        let credentials = try await AccountStore(database: request.db).credentials(email: email)
        // Verify against a hash even for unknown accounts, so timing does not reveal which exist.
        let hash = try credentials?.passwordHash ?? request.password.hash("unknown-account-placeholder")
        guard let user = credentials?.account, try request.password.verify(form.password, created: hash) else {
            try await failures.recordFailure(keys, throttle: throttle, at: now)
            try await audit.record(actor: email, action: .signInFailed, subject: email, at: now)
            let response = page(request, next: localPath(form.next), email: email, error: .signInFailed)
            response.status = .unauthorized
            return response
        }
        try await failures.forget([keys[.accountFromAddress]!, keys[.account]!])
        // A new session id at sign-in: an id planted or seen before it (session fixation) opens nothing.
        if let before = request.session.id {
            try await request.application.sessions.driver.deleteSession(before, for: request).get()
            request.session.id = nil
        }
        // New session data too: the CSRF token of the signed-in session is made afresh on its first page.
        request.session.data = SessionData()
        request.session.data[Request.sessionUserKey] = user.id.uuidString
        request.session.data[Request.sessionSignedInAtKey] = String(Int(now.timeIntervalSince1970))
        try await audit.record(actor: email, action: .signIn, subject: email, at: now)
        return request.redirect(to: localPath(form.next), redirectType: .normal)
    }

    @Sendable static func signOut(_ request: Request) async throws -> Response {
        if let user = request.signedInUser {
            try await AuditTrail(database: request.db).record(actor: user.email, action: .signOut, subject: user.email,
                                                              at: request.entente.now())
        }
        request.session.destroy()
        return request.redirect(to: SiteURL.signIn.path, redirectType: .normal)
    }

    private static func page(_ request: Request, next: String, email: String, error: Phrase?, retryAfter: Int? = nil) -> Response {
        let context = PageContext(request)
        let accounts = context.demoMode ? DemoAccounts.accounts(for: request.entente.territory) : []
        return SignInPage(context: context, next: next, email: email, error: error, retryAfter: retryAfter,
                          demoAccounts: accounts).render()
    }

    /// Only paths of this site: a crafted `next` must not send users elsewhere. Browsers drop tabs and
    /// line breaks from URLs and read `\` as `/`, so `/\t/evil.example` is `//evil.example`: any
    /// control character, space or backslash, and any `//` start, sends home instead.
    static func localPath(_ candidate: String?) -> String {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"),
              candidate.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && $0 != "\\" }),
              candidate.count <= 2_000 else {
            return SiteURL.home.path
        }
        return candidate
    }
}
