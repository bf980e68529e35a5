import EntenteCore
import Foundation
import Testing
@testable import EntenteFiles

@Suite struct EstablishmentDirectoryTests {
    static let header = "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Nom_commune;Code_departement;Libelle_academie;Code_region;libelle_nature;Nombre_d_eleves;date_maj_ligne"

    @Test func rowsBecomeEstablishmentsWithTheirCollectivity() throws {
        // setup
        let text = """
        \u{FEFF}\(Self.header)
        0352958A;Collège Françoise Elie;Collège;Rennes;035;Rennes;53;COLLEGE;512;2023-06-08
        0350053T;"Lycée Bertrand d'Argentré";Lycée;Vitré;035;Rennes;53;LYCEE ENSEIGNT GENERAL ET TECHNOLOGIQUE;1200;2023-06-08
        """
        // act
        let establishments = try EstablishmentDirectory.read(text, file: "t.csv")
        // check
        #expect(establishments.count == 2)
        #expect(establishments[0].collectivityCode == "CD35")
        #expect(establishments[0].pupils == ["2022-2023": 512])
        #expect(establishments[1].kind == .lycee)
        #expect(establishments[1].collectivityCode == "REGION-BRETAGNE")
    }

    @Test func everyBadRowIsReportedWithItsLineAndNothingIsReturned() {
        // setup: the malformed UAI is one of those of the effectifs open data file
        let text = """
        \(Self.header)
        0352958A;Collège Françoise Elie;Collège;Rennes;035;Rennes;53;COLLEGE;512;2023-06-08
        0351122O;-;Collège;Rennes;035;Rennes;53;COLLEGE;;2023-06-08
        0352958A;Doublon;Collège;Rennes;035;Rennes;53;COLLEGE;;2023-06-08
        """
        // act
        let error = #expect(throws: FileIssues.self) { try EstablishmentDirectory.read(text, file: "t.csv") }
        // check
        #expect(error?.issues.map(\.line) == [3, 4])
        #expect(error?.issues[0].message.contains("wrong check letter") == true)
        #expect(error?.issues[1].message == "UAI 0352958A already appears on line 2")
    }

    @Test func establishmentWithSeveralSitesIsOneEstablishment() throws {
        let text = """
        \(Self.header);etablissement_multi_lignes
        0352072M;Lycée professionnel Institution Saint Malo la Providence;Lycée;Saint-Malo;035;Rennes;53;LYCEE PROFESSIONNEL;1341;2023-06-08;1
        0352072M;Lycée polyvalent Institution Saint-Malo La Providence;Lycée;Saint-Malo;035;Rennes;53;LYCEE POLYVALENT;1341;2023-06-08;1
        """
        let establishments = try EstablishmentDirectory.read(text, file: "t.csv")
        #expect(establishments.map(\.name) == ["Lycée professionnel Institution Saint Malo la Providence"])
    }

    @Test func missingColumnsAreNamed() {
        let error = #expect(throws: FileIssues.self) {
            try EstablishmentDirectory.read("Identifiant_de_l_etablissement;Nom\n0352958A;X\n", file: "t.csv")
        }
        #expect(error?.issues.first?.message.contains("Nom_etablissement") == true)
    }

    /// The whole national directory extract in ../shared/data, when this checkout has it beside it.
    @Test func realDirectoryExtractLoadsWhole() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/data/fr-en-annuaire-education.csv").standardized.path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
        let establishments = try EstablishmentDirectory.read(text, file: "fr-en-annuaire-education.csv")
        // 996 rows, three establishments of which have two sites on two rows.
        #expect(establishments.count == 993)
        #expect(establishments.filter { $0.kind == .college }.count == 116)  // 117 rows, one collège on two sites
    }

    @Test func quotedFieldsMayHoldSeparatorsQuotesAndNewlines() {
        let csv = DelimitedText("a;b\n\"x;y\";\"say \"\"hi\"\"\nthere\"\nlast;row")
        #expect(csv.records.map(\.fields) == [["a", "b"], ["x;y", "say \"hi\"\nthere"], ["last", "row"]])
        #expect(csv.records.map(\.line) == [1, 2, 4])
    }

    @Test func schoolYearOfAnUpdate() {
        #expect(EstablishmentDirectory.schoolYear(updated: "2023-06-08") == "2022-2023")
        #expect(EstablishmentDirectory.schoolYear(updated: "2023-09-01") == "2023-2024")
    }
}
