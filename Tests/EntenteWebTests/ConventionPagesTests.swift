import EntenteCore
import EntenteFiles
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

@Suite struct ConventionPagesTests {
    static func signedIn(_ app: Application) async throws -> Browser {
        var browser = Browser(app)
        _ = try await browser.signIn("dsi@cd35.demo.entente.fr")
        return browser
    }

    @Test func listShowsEveryBundledConvention() async throws {
        try await TestApp.run { app in
            var browser = try await Self.signedIn(app)
            let html = try await browser.get("/conventions").body.string
            for convention in TestApp.territory.conventions {
                #expect(html.contains("href=\"/conventions/\(convention.id)\""), "\(convention.id)")
            }
        }
    }

    @Test func matrixShowsBornesWiFiRepairedByTheDepartement() async throws {
        try await TestApp.run { app in
            var browser = try await Self.signedIn(app)
            // act
            let html = try await browser.get("/conventions/ille-et-vilaine-2025").body.string
            // check
            let row = try #require(Self.element("tr", id: "composant-bornes-wifi", in: html))
            #expect(row.contains("<th scope=\"row\">Bornes Wi-Fi"))
            #expect(row.contains(#"<td data-activity="depannage"><div class="rule"><abbr title="Conseil départemental d&#39;Ille-et-Vilaine">CD</abbr>"#))
            #expect(html.contains("<th scope=\"col\">Dépannage</th>"))
        }
    }

    @Test func conditionalCellShowsBothFundingCases() async throws {
        try await TestApp.run { app in
            var browser = try await Self.signedIn(app)
            let html = try await browser.get("/conventions/ille-et-vilaine-2025").body.string
            let row = try #require(Self.element("tr", id: "composant-videoprojecteurs", in: html))
            #expect(row.contains("financé par la collectivité"))
            #expect(row.contains("fonds propres de l"))
        }
    }

    @Test func everyConventionPageRenders() async throws {
        try await TestApp.run { app in
            var browser = try await Self.signedIn(app)
            for convention in TestApp.territory.conventions {
                let response = try await browser.get("/conventions/\(convention.id)")
                #expect(response.status == .ok)
                #expect(response.body.string.contains("<h1>\(Self.escaped(convention.title))</h1>"), "\(convention.id)")
                #expect(response.body.string.components(separatedBy: "<table").count > convention.domains.count)
            }
        }
    }

    @Test func unknownConventionOrVersionIsNotFound() async throws {
        try await TestApp.run { app in
            var browser = try await Self.signedIn(app)
            #expect(try await browser.get("/conventions/nowhere").status == .notFound)
            #expect(try await browser.get("/conventions/ille-et-vilaine-2025?version=avenant-42").status == .notFound)
        }
    }

    @Test func csvExportHasOneLinePerRuleWithTheSource() async throws {
        try await TestApp.run { app in
            var browser = try await Self.signedIn(app)
            // act
            let response = try await browser.get("/conventions/ille-et-vilaine-2025/matrix.csv")
            // check
            #expect(response.headers.contentType?.subType == "csv")
            #expect(response.headers.first(name: .contentDisposition)?.contains("matrice-ille-et-vilaine-2025.csv") == true)
            let lines = response.body.string.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines[0] == "\u{FEFF}" + MatrixExport.csvHeader.joined(separator: ";"))
            #expect(lines.contains { $0.contains(";bornes-wifi;Bornes Wi-Fi;critical;depannage;CD;") })
            let projector = lines.filter { $0.contains(";videoprojecteurs;") && $0.contains(";depannage;") }
            #expect(projector.count == 2)
            #expect(projector.contains { $0.contains(";EPLE;") && $0.contains(";etablissement;") })
        }
    }

    @Test func jsonExportDecodesToTheMatrix() async throws {
        try await TestApp.run { app in
            var browser = try await Self.signedIn(app)
            let response = try await browser.get("/conventions/ille-et-vilaine-2025/matrix.json")
            let export = try JSONDecoder().decode(MatrixExport.self, from: Data(response.body.string.utf8))
            #expect(export.conventionID == "ille-et-vilaine-2025")
            let cell = export.rows.first { $0.componentID == "bornes-wifi" && $0.activity == "depannage" }
            #expect(cell?.responsible == ["CD"])
            #expect(cell?.sourceFile == "002_0bfe129f4fa93de7.txt")
        }
    }

    /// The `<tag id="…">…</tag>` element of a page (tags of the same name are not nested here).
    static func element(_ tag: String, id: String, in html: String) -> String? {
        guard let start = html.range(of: "<\(tag) id=\"\(id)\"") else { return nil }
        guard let end = html.range(of: "</\(tag)>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
