import EntenteCore
import EntenteFiles
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

@Suite struct LanguageAndDirectoryTests {
    @Test func frenchIsTheDefaultAndAcceptLanguageCanAskForEnglish() async throws {
        try await TestApp.run { app in
            var french = Browser(app)
            let page = try await french.get("/sign-in")
            #expect(page.body.string.contains("<html lang=\"fr\">"))
            #expect(page.body.string.contains("Mot de passe"))
            var english = Browser(app)
            english.acceptLanguage = "en-GB,en;q=0.9,fr;q=0.5"
            let englishPage = try await english.get("/sign-in")
            #expect(englishPage.body.string.contains("<html lang=\"en\">"))
            #expect(englishPage.body.string.contains("Password"))
        }
    }

    @Test func acceptLanguageRanking() {
        #expect(Language.preferred(acceptLanguage: nil) == .fr)
        #expect(Language.preferred(acceptLanguage: "de-DE,de;q=0.9") == .fr)
        #expect(Language.preferred(acceptLanguage: "de, en;q=0.8") == .en)
        #expect(Language.preferred(acceptLanguage: "en;q=0.4, fr;q=0.6") == .fr)
        #expect(Language.preferred(acceptLanguage: "fr;q=0, en") == .en)
    }

    @Test func switchRemembersTheChoiceAndReturnsToThePage() async throws {
        try await TestApp.run { app in
            var browser = Browser(app)
            _ = try await browser.signIn("admin@demo.entente.fr")
            _ = try await browser.get("/partners")
            // act
            let response = try await browser.post("/language", form: ["language": "en", "back": "/partners"])
            // check
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/partners")
            let page = try await browser.get("/partners")
            #expect(page.body.string.contains("<h1>Partners</h1>"))
            #expect(try await browser.post("/language", form: ["language": "de"]).status == .badRequest)
        }
    }

    @Test func establishmentSearchMatchesNameCommuneOrUAIWithoutAccents() async throws {
        try await TestApp.run { app in
            var browser = Browser(app)
            _ = try await browser.signIn("admin@demo.entente.fr")
            // act
            let all = try await browser.get("/establishments").body.string
            let rennes = try await browser.get("/establishments?q=rennes").body.string
            let byUAI = try await browser.get("/establishments?q=0352958a").body.string
            let none = try await browser.get("/establishments?q=zzzz").body.string
            // check
            let count = { (html: String) in html.components(separatedBy: "<th scope=\"row\">").count - 1 }
            #expect(count(all) == TestApp.territory.establishments.count)
            #expect(count(rennes) > 0 && count(rennes) < count(all))
            #expect(byUAI.contains("Collège Françoise Elie"))
            #expect(count(byUAI) == 1)
            #expect(none.contains("Aucun résultat."))
        }
    }

    @Test func partnersPageListsTheRegistry() async throws {
        try await TestApp.run { app in
            var browser = Browser(app)
            _ = try await browser.signIn("assistance@ac-rennes.demo.entente.fr")
            let html = try await browser.get("/partners").body.string
            for partner in TestApp.territory.partners {
                #expect(html.contains("<code>\(partner.code)</code>"), "\(partner.code)")
            }
        }
    }
}
