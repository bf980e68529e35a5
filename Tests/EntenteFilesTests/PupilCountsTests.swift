import EntenteCore
import Foundation
import Testing
@testable import EntenteFiles

/// Pupil counts per school year, and the demo establishments bundled beside the directory.
@Suite struct PupilCountsTests {
    static let header = "Annee_scolaire;Academie;Numero_d_etablissement;nom_etablissement;Type_d_etablissement;"
        + "Secteur_d_enseignement;Nombre_d_eleves"

    static let territory: DemoTerritory = {
        do { return try DemoTerritory.load() } catch { fatalError("\(error)") }
    }()

    /// A file of ../shared/data, when this checkout has it beside it.
    static func sharedData(_ name: String) -> String? {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/data/\(name)").standardized.path
        return try? String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func rowsBecomeCountsPerEstablishmentAndSchoolYear() throws {
        // setup
        let text = "\u{FEFF}\(Self.header)\r\n"
            + "2018-2019;RENNES;0350002M;COLLEGE PIERRE BROSSOLETTE;COLLEGE;Public;768\r\n"
            + "2019-2020;RENNES;0350002M;COLLEGE PIERRE BROSSOLETTE;COLLEGE;Public;780\r\n"
            + "2019-2020;RENNES;0352958a;COLLEGE FRANCOISE ELIE;COLLEGE;Public;410\r\n"
        // act
        let counts = try PupilCounts.read(text, file: "t.csv")
        // check
        #expect(counts == [
            try UAI("0350002M"): ["2018-2019": 768, "2019-2020": 780],
            try UAI("0352958A"): ["2019-2020": 410],
        ])
    }

    @Test(arguments: [
        ("2019-2020", "2019-2020"), ("2019/2020", "2019-2020"), ("2019-20", "2019-2020"), (" 2019 - 2020 ", "2019-2020"),
        ("1999-00", "1999-2000"),
    ])
    func schoolYearsAreWrittenOneWay(_ text: String, _ expected: String) {
        #expect(PupilCounts.schoolYear(text) == expected)
    }

    @Test(arguments: ["2019", "2019-2021", "2020-2019", "2019-21", "2019--2020", "19-20", "2019-2020-2021", "", "année 2019"])
    func schoolYearsThatAreNotTwoConsecutiveYearsAreRefused(_ text: String) {
        #expect(PupilCounts.schoolYear(text) == nil)
    }

    @Test func everyBadRowIsReportedWithItsLineAndNothingIsReturned() {
        // setup: the malformed UAI is one of the shared file's
        let text = """
        \(Self.header)
        2019-2020;RENNES;0350002M;COLLEGE PIERRE BROSSOLETTE;COLLEGE;Public;780
        2019-2020;RENNES;0351122O;;LYCEE D ENSEIGNEMENT GENERAL;Privé;115
        2019;RENNES;0350002M;COLLEGE PIERRE BROSSOLETTE;COLLEGE;Public;780
        2018-2019;RENNES;0350002M;COLLEGE PIERRE BROSSOLETTE;COLLEGE;Public;sept cents
        2019-2020;RENNES;0350002M;COLLEGE PIERRE BROSSOLETTE;COLLEGE;Public;781
        2019-2020;RENNES;0350002M;COLLEGE PIERRE BROSSOLETTE;COLLEGE;Public
        """
        // act
        let error = #expect(throws: FileIssues.self) { try PupilCounts.read(text, file: "t.csv") }
        // check
        let issues = error?.issues ?? []
        #expect(issues.map(\.line) == [3, 4, 5, 6, 7])
        #expect(issues.first?.description
                    == "t.csv:3: UAI '0351122O' has a wrong check letter: expected E (0351122E) — "
                    + "look the establishment up in the Annuaire de l'éducation and correct its UAI, or remove the row")
        #expect(issues.dropFirst().first?.message == "school year '2019' is not understood")
        #expect(issues.dropFirst(2).first?.message == "pupil count 'sept cents' is not a whole number")
        #expect(issues.dropFirst(3).first?.message == "UAI 0350002M already has a count for 2019-2020 on line 2")
        #expect(issues.last?.message == "the row has 6 fields, the header 7")
    }

    @Test func missingColumnsAreNamed() {
        let error = #expect(throws: FileIssues.self) {
            try PupilCounts.read("Annee_scolaire;Numero_d_etablissement\n2019-2020;0350002M\n", file: "t.csv")
        }
        #expect(error?.issues.map(\.message) == ["missing columns: Nombre_d_eleves"])
    }

    /// The shared open-data file keeps its 8 rows whose UAI ends in "O": the reader names each of them.
    @Test func theSharedFileReportsItsEightMalformedIdentifiers() throws {
        // setup
        guard let text = Self.sharedData("fr-en-effectifs-second-degre.csv") else { return }
        // act
        let error = #expect(throws: FileIssues.self) {
            try PupilCounts.read(text, file: "fr-en-effectifs-second-degre.csv")
        }
        // check
        let issues = error?.issues ?? []
        #expect(issues.map(\.line) == [52, 83, 213, 316, 388, 389, 474, 773])
        #expect(issues.allSatisfy { $0.message.contains("wrong check letter") && $0.message.contains("O'") })
        #expect(issues.first?.description.hasPrefix("fr-en-effectifs-second-degre.csv:52: UAI '0351122O'") == true)
    }

    /// The bundled copy is the shared file's header and the rows of the bundled directory's establishments.
    @Test func theBundledCopyIsTheSharedFileReducedToTheDirectory() throws {
        // setup
        guard let shared = Self.sharedData("fr-en-effectifs-second-degre.csv") else { return }
        let bundled = try DemoTerritory.readFile(
            at: DemoTerritory.folder.appendingPathComponent("pupils/effectifs-second-degre-ille-et-vilaine.csv").path)
        let directory = Set(Self.territory.establishments.filter { !$0.isDemo }.map(\.uai.value))
        // act
        let sharedLines = shared.components(separatedBy: "\r\n")
        let kept = sharedLines.dropFirst().filter { line in
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            return fields.count > 2 && directory.contains(String(fields[2]))
        }
        // check
        #expect(bundled.components(separatedBy: "\r\n") == [sharedLines[0]] + kept + [""])
        #expect(kept.count == 450)
    }

    @Test func theBundledTerritoryHasPastSchoolYearsBesideTheDirectorysCount() throws {
        // setup
        let byUAI = Dictionary(uniqueKeysWithValues: Self.territory.establishments.map { ($0.uai.value, $0) })
        // act
        let brossolette = try #require(byUAI["0350002M"])
        let francoiseElie = try #require(byUAI["0352958A"])
        // check
        #expect(brossolette.pupils == ["2015-2016": 766, "2016-2017": 765, "2017-2018": 774, "2018-2019": 768,
                                       "2019-2020": 780, "2022-2023": 711])
        #expect(brossolette.latestPupils?.schoolYear == "2022-2023")
        // Opened in September 2020: the directory's count only.
        #expect(francoiseElie.pupils == ["2022-2023": 528])
        let withHistory = Self.territory.establishments.filter { $0.pupils.count == 6 }
        #expect(withHistory.count == 90)
    }

    @Test func mergingKeepsTheCountAnEstablishmentAlreadyHas() throws {
        // setup
        let uai = try UAI("0350002M")
        let establishment = Establishment(uai: uai, name: "Collège", kind: .college, commune: "Bruz", departmentCode: "035",
                                          academy: "Rennes", pupils: ["2019-2020": 700])
        let counts = [uai: ["2019-2020": 780, "2018-2019": 768], try UAI("0350003N"): ["2019-2020": 421]]
        // act
        let merged = PupilCounts.merge(counts, into: [establishment])
        // check
        #expect(merged.map(\.pupils) == [["2019-2020": 700, "2018-2019": 768]])
    }

    @Test func demoEstablishmentsStandForTheTwoOtherConventionsTerritories() throws {
        // setup
        let demo = Self.territory.establishments.filter(\.isDemo)
        let real = Self.territory.establishments.filter { !$0.isDemo }
        let partners = Set(Self.territory.partners.map(\.code))
        // act
        let lycees = demo.filter { $0.departmentCode != "067" && $0.departmentCode != "068" }
        let colleges = demo.filter { $0.departmentCode == "067" || $0.departmentCode == "068" }
        // check
        #expect(Self.territory.establishments.count == 112)
        #expect(real.count == 100)
        #expect(lycees.count == 6 && colleges.count == 6)
        #expect(Set(lycees.map(\.departmentCode)) == ["075", "093", "078"])
        #expect(Set(lycees.map(\.academy)) == ["Paris", "Créteil", "Versailles"])
        #expect(lycees.allSatisfy { $0.kind != .college && $0.collectivityCode == "REGION-IDF" })
        #expect(colleges.allSatisfy { $0.kind == .college && $0.academy == "Strasbourg" })
        #expect(colleges.allSatisfy { $0.collectivityCode == "CD" + $0.departmentCode.dropFirst() })
        #expect(demo.allSatisfy { $0.name.contains("de démonstration") && $0.pupils.count == 1 })
        for establishment in demo {
            #expect(partners.contains(establishment.collectivityCode ?? ""), "\(establishment.uai)")
            let digits = try #require(Int(establishment.uai.value.prefix(7)))
            #expect(establishment.uai.value.last == UAI.checkLetter(for: digits), "\(establishment.uai)")
            #expect(establishment.uai.value.hasPrefix(establishment.departmentCode), "\(establishment.uai)")
        }
        #expect(Set(demo.map(\.uai)).isDisjoint(with: real.map(\.uai)))
    }

    /// Each demo establishment falls under a party of the convention of its territory.
    @Test func demoEstablishmentsBelongToAPartyOfTheirConvention() throws {
        // setup
        let conventions = Dictionary(uniqueKeysWithValues: Self.territory.conventions.map { ($0.id, $0) })
        let alsace = try #require(conventions["alsace-2020"])
        let ileDeFrance = try #require(conventions["ile-de-france-2023"])
        // act
        let partnersOf = { (convention: Convention) in Set(convention.parties.compactMap(\.partnerCode)) }
        // check
        for establishment in Self.territory.establishments where establishment.isDemo {
            let convention = establishment.kind == .college ? alsace : ileDeFrance
            #expect(partnersOf(convention).contains(establishment.collectivityCode ?? ""), "\(establishment.uai)")
        }
    }
}
