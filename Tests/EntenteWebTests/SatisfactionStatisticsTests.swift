import EntenteCore
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// The statistics page's satisfaction beyond the month: the twelve-month trend (page and CSV) and
/// the comments of low ratings, shown to the handling party only.
@Suite struct SatisfactionStatisticsTests {
    /// Two tickets filed by the principal for the Département, rated 1 (with a comment) in September
    /// 2026 and 5 in July 2026 (ratings written in the database: setup, not behaviour).
    static func ratedTickets(_ app: Application) async throws {
        var principal = Browser(app)
        _ = try await principal.signIn(TicketPagesTests.principalEmail)
        _ = try await TicketPagesTests.file(&principal)
        _ = try await TicketPagesTests.file(&principal)
        let tickets = try await TicketRecord.query(on: app.db).sort(\.$reference).all()
        let store = TicketStore(database: app.db)
        try await store.rate(try tickets[0].requireID(), score: 1, comment: "Personne n'est venu", by: "p", at: TestApp.now)
        try await store.rate(try tickets[1].requireID(), score: 5, comment: "Parfait", by: "p",
                             at: StatisticsTests.paris("2026-07-10T10:00"))
    }

    @Test func theHandlingPartySeesTheTrendAndItsLowRatingsComments() async throws {
        try await TestApp.run { app in
            // setup
            try await Self.ratedTickets(app)
            var agent = Browser(app)
            _ = try await agent.signIn(StatisticsTests.departement)
            // act
            let page = try await agent.get("/statistics?month=2026-09").body.string
            // check
            #expect(page.contains("Satisfaction sur douze mois"))
            #expect(page.contains(#"<th scope="row">octobre 2025</th>"#))
            #expect(page.contains(#"<th scope="row">juillet 2026</th><td>1</td><td>5,0</td>"#))
            #expect(page.contains(#"<th scope="row">septembre 2026</th><td>1</td><td>1,0</td>"#))
            #expect(page.contains("Personne n&#x27;est venu") || page.contains("Personne n'est venu"))
            #expect(!page.contains("Parfait"))
            #expect(page.contains("T-2026-000001 — Plus de Wi-Fi au CDI"))
        }
    }

    @Test(arguments: [StatisticsTests.academie, StatisticsTests.observer, "principal"])
    func othersSeeTheTrendButNeverTheComments(_ email: String) async throws {
        try await TestApp.run { app in
            // setup
            try await Self.ratedTickets(app)
            var browser = Browser(app)
            _ = try await browser.signIn(email == "principal" ? TicketPagesTests.principalEmail : email)
            // act
            let page = try await browser.get("/statistics?month=2026-09").body.string
            let territory = try await browser.get("/statistics?month=2026-09&scope=territory").body.string
            // check
            #expect(page.contains("Satisfaction sur douze mois"), "\(email)")
            #expect(!page.contains("venu") && !territory.contains("venu"), "\(email)")
            // An agent of another party gets the section, without the other party's comments.
            #expect(page.contains("Avis défavorables") == (email == StatisticsTests.academie), "\(email)")
        }
    }

    @Test func theCSVCarriesTheTrendMonthByMonth() async throws {
        try await TestApp.run { app in
            // setup
            try await Self.ratedTickets(app)
            var agent = Browser(app)
            _ = try await agent.signIn(StatisticsTests.departement)
            // act
            let csv = try await agent.get("/statistics.csv?month=2026-09").body.string
            // check
            #expect(csv.contains("2026-09;satisfaction_avis;mois;2026-07;juillet 2026;1\r\n"))
            #expect(csv.contains("2026-09;satisfaction_note_5;mois;2026-07;juillet 2026;1\r\n"))
            #expect(csv.contains("2026-09;satisfaction_note_1;mois;2026-09;septembre 2026;1\r\n"))
            #expect(csv.contains("2026-09;satisfaction_avis;mois;2025-10;octobre 2025;0\r\n"))
            #expect(!csv.contains("2025-09;"))
        }
    }
}
