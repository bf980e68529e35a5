import EntenteCore
import EntenteFiles
@testable import EntenteStorage
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// The monthly statistics page and CSV, over tickets filed and moved through the pages. The web
/// tests' clock is pinned (Monday 14 September 2026, 09:00 in Paris), so tickets that must have
/// been opened earlier are moved back in the database after filing: that is setup, not behaviour.
@Suite struct StatisticsTests {
    static let departement = "dsi@cd35.demo.entente.fr"
    static let academie = "assistance@ac-rennes.demo.entente.fr"
    static let admin = "admin@demo.entente.fr"
    static let observer = "dpd@ac-rennes.demo.entente.fr"

    /// Another collège of the Ille-et-Vilaine convention than the demo principal's.
    static var otherCollegeUAI: String {
        TestApp.territory.establishments.first {
            $0.kind == .college && !$0.isDemo && $0.collectivityCode == "CD35"
                && $0.uai.value != TicketPagesTests.collegeUAI
        }!.uai.value
    }

    static func paris(_ text: String) -> Date { try! Instant.parse(iso: text, in: .europeParis).date }

    /// Files a ticket as `browser`'s user and returns its page path.
    static func file(_ browser: inout Browser, component: String = "bornes-wifi", nature: String = "breakdown",
                     extra: [String: String] = [:]) async throws -> String {
        let response = try await TicketPagesTests.file(&browser, component: component, nature: nature, extra: extra)
        return try #require(response.headers.first(name: .location))
    }

    static func move(_ browser: inout Browser, _ path: String, _ action: String, version: Int) async throws {
        _ = try await browser.get(path)
        let response = try await browser.post(path + "/status", form: ["action": action, "version": "\(version)"])
        #expect(response.status == .seeOther, "\(action) on \(path)")
    }

    /// Rewrites a ticket's instants, as if it had been filed (and handled) earlier.
    static func backdate(_ path: String, on database: any Database, opened: Date, pickedUp: Date? = nil,
                         resolved: Date? = nil) async throws {
        let id = try #require(UUID(uuidString: String(path.split(separator: "/").last ?? "")))
        let ticket = try #require(try await TicketRecord.find(id, on: database))
        ticket.openedAt = opened
        if let pickedUp { ticket.pickedUpAt = pickedUp }
        if let resolved { ticket.resolvedAt = resolved }
        try await ticket.save(on: database)
    }

    /// The value of a line of the CSV: month 2026-09 unless told, `indicator`, `axis`, `key`.
    static func value(_ csv: String, _ indicator: String, axis: String = "", key: String = "",
                      month: String = "2026-09") -> String? {
        csv.components(separatedBy: "\r\n").map { $0.components(separatedBy: ";") }
            .first { $0.count == 6 && $0[0].hasSuffix(month) && $0[1] == indicator && $0[2] == axis && $0[3] == key }?
            .last
    }

    static func figure(_ page: String, _ name: String, _ value: Int) -> Bool {
        page.contains(#"data-figure="\#(name)"><strong>\#(value)</strong>"#)
    }

    @Test func pageAndCSVCountTheMonthsTicketsAndHowTheyWereHandled() async throws {
        try await TestApp.run { app in
            // setup: four tickets of the demo collège, one more handled in July
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            var departement = Browser(app)
            _ = try await departement.signIn(Self.departement)
            var academie = Browser(app)
            _ = try await academie.signIn(Self.academie)
            // a Wi-Fi outage opened at 07:00, resolved by the Département at 09:00, closed and rated 4
            let wifi = try await Self.file(&principal)
            try await Self.backdate(wifi, on: app.db, opened: Self.paris("2026-09-14T07:00"))
            try await Self.move(&departement, wifi, "resolve", version: 1)
            try await Self.move(&principal, wifi, "close", version: 2)
            _ = try await principal.post(wifi + "/rating", form: ["score": "4"])
            // the administrative network, opened on Friday, taken in charge on Monday: half a working day breached
            let late = try await Self.file(&principal, component: "reseau-administratif", nature: "configuration")
            try await Self.backdate(late, on: app.db, opened: Self.paris("2026-09-11T09:00"))
            try await Self.move(&academie, late, "take-in-charge", version: 1)
            // the administrative network, taken in charge and resolved at once: both commitments met
            let quick = try await Self.file(&principal, component: "reseau-administratif", nature: "configuration")
            try await Self.move(&academie, quick, "take-in-charge", version: 1)
            try await Self.move(&academie, quick, "resolve", version: 2)
            // left new since August
            let august = try await Self.file(&principal)
            try await Self.backdate(august, on: app.db, opened: Self.paris("2026-08-20T10:00"))
            // handled in July, rated now (2)
            let july = try await Self.file(&principal)
            try await Self.move(&departement, july, "resolve", version: 1)
            try await Self.move(&principal, july, "close", version: 2)
            _ = try await principal.post(july + "/rating", form: ["score": "2"])
            try await Self.backdate(july, on: app.db, opened: Self.paris("2026-07-01T10:00"),
                                    pickedUp: Self.paris("2026-07-01T11:00"), resolved: Self.paris("2026-07-02T10:00"))
            var admin = Browser(app)
            _ = try await admin.signIn(Self.admin)
            // act
            let page = try await admin.get("/statistics?month=2026-09")
            let csvResponse = try await admin.get("/statistics.csv?month=2026-09")
            let augustPage = try await admin.get("/statistics?month=2026-08").body.string
            let julyCSV = try await admin.get("/statistics.csv?month=2026-07").body.string
            // check: the page
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Statistiques mensuelles — septembre 2026"))
            #expect(Self.figure(html, "opened", 3))
            #expect(html.contains("(dont critiques : 3)"))
            #expect(Self.figure(html, "resolved", 2))
            #expect(Self.figure(html, "backlog-start", 1))
            #expect(Self.figure(html, "backlog-end", 2))
            #expect(html.contains(#"<th scope="row">Réseau administratif</th><td>2</td>"#))
            #expect(html.contains(#"<th scope="row">Bornes Wi-Fi</th><td>1</td>"#))
            #expect(html.contains(#"<th scope="row">vendredi 11 septembre</th><td>1</td><td>0</td>"#))
            #expect(html.contains(#"<th scope="row">lundi 14 septembre</th><td>2</td><td>2</td>"#))
            #expect(html.contains(#"<th scope="row">Prise en charge</th><td>1</td><td>1</td><td>1</td><td>0</td><td>50,0 %</td>"#))
            #expect(html.contains(#"<th scope="row">Rétablissement</th><td>1</td><td>0</td><td>1</td><td>0</td><td>100,0 %</td>"#))
            #expect(html.contains(#"<th scope="row">Académie de Rennes (AC-RENNES)</th><td>50,0 % (1 / 2)</td><td>100,0 % (1 / 1)</td>"#))
            // times: pick-up 0, 2 h and 3 days elapsed (0, 1 h, 8 h of working time); resolution 0 and 2 h
            #expect(html.contains("<td>3</td><td>2 h</td><td>3 j</td><td>1 h</td><td>8 h</td>"))
            #expect(html.contains("<td>2</td><td>0 min</td><td>2 h</td><td>0 min</td><td>1 h</td>"))
            #expect(Self.figure(html, "ratings", 2))
            #expect(html.contains(#"data-figure="mean"><strong>3,0</strong>"#))
            #expect(html.contains(#"<th scope="row">Département d&#39;Ille-et-Vilaine (CD35)</th><td>2</td><td>3,0</td><td>0</td><td>1</td><td>0</td><td>1</td><td>0</td>"#)
                || html.contains(#"<th scope="row">Département d'Ille-et-Vilaine (CD35)</th><td>2</td><td>3,0</td><td>0</td><td>1</td><td>0</td><td>1</td><td>0</td>"#))
            // the charts, described, with their tables
            #expect(html.contains(#"role="img" aria-labelledby="chart-days-title""#))
            #expect(html.contains(#"<title id="chart-components-title">Demandes ouvertes par composant</title>"#))
            #expect(html.contains(#"<caption>Répartition des notes</caption>"#))
            #expect(html.contains(#"href="/statistics.csv?month=2026-09""#))
            #expect(html.contains(#"href="/statistics?month=2026-08""#))
            // check: the CSV
            #expect(csvResponse.status == .ok)
            #expect(csvResponse.headers.contentType?.subType == "csv")
            let csv = csvResponse.body.string
            #expect(csv.hasPrefix("\u{FEFF}mois;indicateur;axe;cle;libelle;valeur\r\n"))
            #expect(Self.value(csv, "ouvertes") == "3")
            #expect(Self.value(csv, "ouvertes_critiques") == "3")
            #expect(Self.value(csv, "resolues") == "2")
            #expect(Self.value(csv, "stock_debut_de_mois") == "1")
            #expect(Self.value(csv, "stock_fin_de_mois") == "2")
            #expect(Self.value(csv, "ouvertes", axis: "jour", key: "2026-09-11") == "1")
            #expect(Self.value(csv, "resolues", axis: "jour", key: "2026-09-14") == "2")
            #expect(Self.value(csv, "ouvertes", axis: "composant", key: "reseau-administratif") == "2")
            #expect(csv.contains("2026-09;ouvertes;composant;reseau-administratif;Réseau administratif;2\r\n"))
            #expect(Self.value(csv, "ouvertes", axis: "etablissement", key: TicketPagesTests.collegeUAI) == "3")
            #expect(Self.value(csv, "prise_en_charge_respectes") == "1")
            #expect(Self.value(csv, "prise_en_charge_depasses") == "1")
            #expect(Self.value(csv, "prise_en_charge_au_plus_tot") == "1")
            #expect(Self.value(csv, "prise_en_charge_taux_respect_pct") == "50,0")
            #expect(Self.value(csv, "retablissement_taux_respect_pct") == "100,0")
            #expect(Self.value(csv, "prise_en_charge_depasses", axis: "partie", key: "AC-RENNES") == "1")
            #expect(Self.value(csv, "prise_en_charge_taux_respect_pct", axis: "partie", key: "CD35") == "")
            #expect(Self.value(csv, "delai_prise_en_charge_nombre") == "3")
            #expect(Self.value(csv, "delai_prise_en_charge_mediane_s") == "7200")
            #expect(Self.value(csv, "delai_prise_en_charge_p90_s") == "259200")
            #expect(Self.value(csv, "delai_prise_en_charge_ouvre_mediane_s") == "3600")
            #expect(Self.value(csv, "delai_prise_en_charge_ouvre_p90_s") == "28800")
            #expect(Self.value(csv, "delai_resolution_mediane_s") == "0")
            #expect(Self.value(csv, "delai_resolution_p90_s") == "7200")
            #expect(Self.value(csv, "satisfaction_avis") == "2")
            #expect(Self.value(csv, "satisfaction_moyenne") == "3,00")
            #expect(Self.value(csv, "satisfaction_note_2", axis: "partie", key: "CD35") == "1")
            #expect(Self.value(csv, "satisfaction_note_4", axis: "etablissement", key: TicketPagesTests.collegeUAI) == "1")
            // other months
            #expect(Self.figure(augustPage, "opened", 1))
            #expect(Self.figure(augustPage, "backlog-start", 0))
            #expect(Self.figure(augustPage, "backlog-end", 1))
            #expect(augustPage.contains("Aucun avis ce mois-ci."))
            #expect(Self.value(julyCSV, "ouvertes", month: "2026-07") == "1")
            #expect(Self.value(julyCSV, "resolues", month: "2026-07") == "1")
            #expect(Self.value(julyCSV, "stock_fin_de_mois", month: "2026-07") == "0")
            #expect(Self.value(julyCSV, "satisfaction_avis", month: "2026-07") == "0")
        }
    }

    @Test func everyRoleSeesTheFiguresOfItsOwnScope() async throws {
        try await TestApp.run { app in
            // setup: the principal's collège has a Wi-Fi outage (CD35) and a network request (académie);
            // another collège, filed by the administrator, a Wi-Fi outage (CD35)
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            _ = try await Self.file(&principal)
            _ = try await Self.file(&principal, component: "reseau-administratif", nature: "configuration")
            var admin = Browser(app)
            _ = try await admin.signIn(Self.admin)
            _ = try await Self.file(&admin, extra: ["establishment": Self.otherCollegeUAI])
            try await UserRecord(email: "agent@cd67.test", displayName: "Agent CD67",
                                 passwordHash: try app.password.hash("long-enough-password"), role: .partnerAgent,
                                 partnerCode: "CD67").create(on: app.db)
            let expected: [(email: String, password: String, query: String, opened: Int)] = [
                (Self.admin, DemoAccounts.password, "", 3),
                (Self.observer, DemoAccounts.password, "", 3),
                (Self.departement, DemoAccounts.password, "", 2),
                (Self.departement, DemoAccounts.password, "&scope=territory", 3),
                (Self.academie, DemoAccounts.password, "", 1),
                (Self.academie, DemoAccounts.password, "&scope=territory", 3),
                (TicketPagesTests.principalEmail, DemoAccounts.password, "", 2),
                ("agent@cd67.test", "long-enough-password", "", 0),
                ("agent@cd67.test", "long-enough-password", "&scope=territory", 0),
            ]
            for role in expected {
                var browser = Browser(app)
                _ = try await browser.signIn(role.email, password: role.password)
                // act
                let page = try await browser.get("/statistics?month=2026-09" + role.query)
                let csv = try await browser.get("/statistics.csv?month=2026-09" + role.query)
                // check
                #expect(page.status == .ok, "\(role.email)\(role.query)")
                #expect(Self.figure(page.body.string, "opened", role.opened), "\(role.email)\(role.query)")
                #expect(csv.status == .ok)
                #expect(Self.value(csv.body.string, "ouvertes") == "\(role.opened)", "\(role.email)\(role.query)")
            }
            // a member's figures name no other establishment
            let memberCSV = try await principal.get("/statistics.csv?month=2026-09").body.string
            #expect(Self.value(memberCSV, "ouvertes", axis: "etablissement", key: TicketPagesTests.collegeUAI) == "2")
            #expect(!memberCSV.contains(Self.otherCollegeUAI))
            let memberPage = try await principal.get("/statistics").body.string
            #expect(memberPage.contains("les demandes de votre établissement"))
            #expect(!memberPage.contains(Self.otherCollegeUAI))
            // an agent is offered the territory, and back
            var departement = Browser(app)
            _ = try await departement.signIn(Self.departement)
            let own = try await departement.get("/statistics?month=2026-09").body.string
            #expect(own.contains(#"href="/statistics?month=2026-09&amp;scope=territory""#))
            let territory = try await departement.get("/statistics?month=2026-09&scope=territory").body.string
            #expect(territory.contains(#"<input type="hidden" name="scope" value="territory""#))
            #expect(territory.contains(#"href="/statistics.csv?month=2026-09&amp;scope=territory""#))
        }
    }

    @Test func anInvalidMonthIsRefusedWithAClearMessage() async throws {
        try await TestApp.run { app in
            var principal = Browser(app)
            _ = try await principal.signIn(TicketPagesTests.principalEmail)
            // act
            let noSuchMonth = try await principal.get("/statistics?month=2026-13")
            let words = try await principal.get("/statistics?month=septembre")
            let tooOld = try await principal.get("/statistics?month=1999-12")
            let csv = try await principal.get("/statistics.csv?month=2026-9")
            var english = Browser(app)
            english.acceptLanguage = "en"
            _ = try await english.signIn(TicketPagesTests.principalEmail)
            let inEnglish = try await english.get("/statistics?month=2026-13")
            // check
            #expect(noSuchMonth.status == .badRequest)
            #expect(noSuchMonth.body.string.contains("pas de mois 13 : les mois vont de 01 à 12."))
            #expect(noSuchMonth.body.string.contains(#"aria-invalid="true""#))
            #expect(noSuchMonth.body.string.contains(#"value="2026-13""#))
            #expect(!noSuchMonth.body.string.contains("data-figure"))
            #expect(words.status == .badRequest)
            #expect(words.body.string.contains("n&#39;est pas un mois : saisissez-le sous la forme AAAA-MM")
                || words.body.string.contains("n'est pas un mois : saisissez-le sous la forme AAAA-MM"))
            #expect(tooOld.status == .badRequest)
            #expect(tooOld.body.string.contains("hors de la période couverte (2000 à 2100)"))
            #expect(csv.status == .badRequest)
            #expect(csv.body.string.contains("AAAA-MM"))
            #expect(inEnglish.status == .badRequest)
            #expect(inEnglish.body.string.contains("There is no month 13: months run from 01 to 12."))
        }
    }

    @Test func theDefaultMonthIsTheClocksAndTheNavigationLeadsThere() async throws {
        try await TestApp.run { app in
            var observer = Browser(app)
            _ = try await observer.signIn(Self.observer)
            // act
            let page = try await observer.get("/statistics")
            let empty = try await observer.get("/statistics?month=")
            let home = try await observer.get("/").body.string
            var anonymous = Browser(app)
            let signedOut = try await anonymous.get("/statistics.csv")
            // check
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Statistiques mensuelles — septembre 2026"))
            #expect(page.body.string.contains(#"<input type="month" id="month" name="month" value="2026-09""#))
            #expect(page.body.string.contains(#"<label for="month">Mois</label>"#))
            #expect(page.body.string.contains("Aucun avis ce mois-ci."))
            #expect(Self.figure(page.body.string, "opened", 0))
            #expect(empty.status == .ok)
            #expect(empty.body.string.contains("septembre 2026"))
            #expect(home.contains(#"<a href="/statistics">Statistiques</a>"#))
            #expect(page.body.string.contains(#"<a href="/statistics" aria-current="page">Statistiques</a>"#))
            #expect(signedOut.status == .seeOther)
            #expect(signedOut.headers.first(name: .location)?.hasPrefix("/sign-in") == true)
        }
    }
}

@Suite struct StatisticsChartTests {
    let chart = SVGChart(id: "c", title: "Volumes <jour> & \"nuit\"", description: "Ouvertes et résolues",
                         categories: ["1", "2", "3"],
                         series: [.init(name: "Ouvertes", color: SVGChart.blue, values: [4, 0, 2]),
                                  .init(name: "Résolues", color: SVGChart.green, values: [1, 3, 0])],
                         orientation: .vertical)

    @Test func scalesToRoundFigures() {
        #expect([0, 1, 2, 3, 6, 7, 11, 20, 21, 150, 999].map(SVGChart.niceMaximum) == [1, 1, 2, 5, 10, 10, 20, 20, 50, 200, 1000])
        #expect(SVGChart.ticks(upTo: 1) == [0, 1])
        #expect(SVGChart.ticks(upTo: 2) == [0, 1, 2])
        #expect(SVGChart.ticks(upTo: 5) == [0, 5])
        #expect(SVGChart.ticks(upTo: 20) == [0, 5, 10, 15, 20])
        #expect(SVGChart.format(12.34) == "12.3")
        #expect(SVGChart.format(-0.5) == "-0.5")
        #expect(SVGChart.format(7) == "7")
    }

    @Test func isAnAccessibleImageWithEscapedText() {
        let svg = chart.svg
        #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 "#))
        #expect(svg.contains(#"role="img" aria-labelledby="c-title" aria-describedby="c-desc""#))
        #expect(svg.contains(#"<title id="c-title">Volumes &lt;jour&gt; &amp; &quot;nuit&quot;</title><desc id="c-desc">"#))
        #expect(svg.components(separatedBy: "<rect ").count - 1 == 3 * 2 + 2)  // bars and the legend's swatches
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test func barsAreProportionalToTheirValues() {
        // maximum 4 → scale 5 over 200 units: 4 is 160 high, 2 is 80, 0 is flat
        let svg = chart.svg
        #expect(svg.contains(#"height="160" fill="rgb(0,0,145)"><title>Ouvertes — 1 — 4</title>"#))
        #expect(svg.contains(#"height="80" fill="rgb(0,0,145)"><title>Ouvertes — 3 — 2</title>"#))
        #expect(svg.contains(#"height="0" fill="rgb(0,0,145)"><title>Ouvertes — 2 — 0</title>"#))
        #expect(svg.contains(#"height="120" fill="rgb(24,117,60)"><title>Résolues — 2 — 3</title>"#))
    }

    @Test func horizontalBarsShortenLongNames() {
        let long = String(repeating: "Logiciel de vie scolaire ", count: 3)
        let svg = SVGChart(id: "h", title: "t", description: "d", categories: [long, "ENT"],
                           series: [.init(name: "Demandes", color: SVGChart.blue, values: [10, 5])],
                           orientation: .horizontal).svg
        #expect(svg.contains("Logiciel de vie scolaire Logiciel d…</text>"))
        #expect(svg.contains(#"<rect x="230" y="12" width="450" height="18""#))
        #expect(svg.contains(#"<rect x="230" y="38" width="225" height="18""#))
        #expect(!svg.contains(#"font-size="12">Demandes"#))  // no legend for one series
    }

    @Test func anEmptyChartStillDraws() {
        let svg = SVGChart(id: "e", title: "t", description: "d", categories: [],
                           series: [.init(name: "n", color: SVGChart.blue, values: [])], orientation: .horizontal).svg
        #expect(svg.contains("</desc>"))
        #expect(svg.hasSuffix("</svg>"))
    }
}
