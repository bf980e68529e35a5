import EntenteCore
import Vapor

/// What every page needs to know about the request: language, user, CSRF token, where it is.
struct PageContext: Sendable {
    var language: Language
    var user: SignedInUser?
    var csrfToken: String
    var path: String
    var demoMode: Bool
    /// The user's unread notifications, for the navigation; nil when not counted (`UnreadNotificationsMiddleware`).
    var unreadNotifications: Int?

    init(language: Language, user: SignedInUser?, csrfToken: String, path: String, demoMode: Bool,
         unreadNotifications: Int? = nil) {
        self.language = language
        self.user = user
        self.csrfToken = csrfToken
        self.path = path
        self.demoMode = demoMode
        self.unreadNotifications = unreadNotifications
    }

    init(_ request: Request) {
        let cookie = request.cookies[Language.cookieName].flatMap { Language(rawValue: $0.string) }
        self.init(language: cookie ?? Language.preferred(acceptLanguage: request.headers.first(name: .acceptLanguage)),
                  user: request.signedInUser, csrfToken: request.csrfToken, path: request.url.path,
                  demoMode: request.entente.settings.demoMode, unreadNotifications: request.unreadNotifications)
    }

    func t(_ phrase: Phrase) -> String { phrase.text(language) }
    /// French sets a space before the colon, English does not.
    var colon: String { language == .fr ? " : " : ": " }
    /// A core value's name in the page's language.
    func label(_ value: some Phrasebook) -> String { value.text(language) }
    func desk(_ phrase: DeskPhrase) -> String { phrase.text(language) }

    func label(_ activity: Activity) -> String { language == .fr ? activity.frenchLabel : activity.englishLabel }
    func label(_ kind: PartnerKind) -> String { language == .fr ? kind.frenchLabel : kind.englishLabel }
    func label(_ kind: EstablishmentKind) -> String { language == .fr ? kind.frenchLabel : kind.englishLabel }
    func label(_ renewal: Convention.Renewal) -> String { language == .fr ? renewal.frenchLabel : renewal.englishLabel }
    func label(_ condition: ResponsibilityCondition) -> String {
        language == .fr ? condition.frenchLabel : condition.englishLabel
    }
}
