import EntenteCore
import Foundation
import Testing
@testable import EntenteFiles

@Suite struct AssetFileTests {
    /// Bytes as Windows-1252 writes them: é is 0xE9, € is 0x80.
    func windows1252(_ text: String) -> Data {
        Data(text.unicodeScalars.map { scalar -> UInt8 in
            switch scalar {
            case "€": 0x80
            default: UInt8(scalar.value)
            }
        })
    }

    @Test func aFrenchOfficeExportIsReadWithItsUsualHeaders() throws {
        let data = windows1252("UAI;N° d'inventaire;Numéro de série;Composant;Financement;Zone;Date d'acquisition;Prix;Salle\r\n"
            + "0352958A;INV-001;SN-001;postes-pedagogiques;Département;Pédagogique;01/09/2024;649,90 €;B12\r\n")
        let file = try AssetFile(data: data, name: "parc.csv")
        #expect(file.encoding == .windows1252)
        #expect(file.separator == ";")
        #expect(file.mapping == [.establishment, .inventoryNumber, .serialNumber, .component, .funding, .zone, .acquiredOn, .price, .room])
        #expect(file.rows == [AssetImportRow(line: 2, values: [
            .establishment: "0352958A", .inventoryNumber: "INV-001", .serialNumber: "SN-001", .component: "postes-pedagogiques",
            .funding: "Département", .zone: "Pédagogique", .acquiredOn: "01/09/2024", .price: "649,90 €", .room: "B12"])])
        #expect(file.missingColumns(matchingBy: .inventoryNumber).isEmpty)
    }

    @Test func aCommaSeparatedUTF8FileWithQuotesIsReadToo() throws {
        let text = "\u{FEFF}inventory-number,establishment,model,room\n\"INV-1\",0352958A,\"Latitude 3440, 14\"\"\",\"B 12\"\n\n"
        let file = try AssetFile(data: Data(text.utf8), name: "export.csv")
        #expect(file.encoding == .utf8)
        #expect(file.separator == ",")
        #expect(file.rows.first?.values[.model] == "Latitude 3440, 14\"")
        #expect(file.rows.count == 1, "blank lines are no rows")
        #expect(file.missingColumns(matchingBy: .inventoryNumber) == [.component, .funding])
        #expect(file.missingColumns(matchingBy: .id) == [.id])
    }

    @Test func theUserMapsWhatIsNotRecognisedAndLeavesColumnsAside() throws {
        let text = "UAI;Inventaire;Type;Commentaire;Financement\n0352958A;INV-1;bornes-wifi;à revoir;CD\n"
        let overrides: [String: AssetField?] = ["Type": .component, "Financement": AssetField?.none]
        let file = try AssetFile(data: Data(text.utf8), name: "f.csv", overrides: overrides)
        #expect(file.mapping == [AssetField.establishment, .inventoryNumber, .component, nil, nil])
        let expected: [AssetField: String] = [.establishment: "0352958A", .inventoryNumber: "INV-1", .component: "bornes-wifi"]
        #expect(file.rows.first?.values == expected)
    }

    @Test func aRowWithMoreCellsThanTheHeaderIsRefusedAlone() throws {
        let text = "UAI;Inventaire\n0352958A;INV-1\n0352958A;INV-2;oops\n0352958A;INV-3;\n"
        let file = try AssetFile(data: Data(text.utf8), name: "f.csv")
        #expect(file.malformedRows == [AssetImportRejection(line: 3, field: nil, problem: .extraCells(1))])
        #expect(file.rows.map(\.line) == [2, 4], "an empty trailing cell is no harm")
    }

    @Test func aTruncatedFileIsRefusedWithTheLineOfTheOpenQuote() {
        let text = "UAI;Inventaire;Modèle\n0352958A;INV-1;ok\n0352958A;INV-2;\"Latitude 34"
        #expect { try AssetFile(data: Data(text.utf8), name: "f.csv") } throws: { error in
            (error as? FileIssues)?.issues.first?.line == 3
        }
    }

    @Test func anEmptyFileOrTwoColumnsForOneFieldAreRefused() {
        #expect(throws: FileIssues.self) { try AssetFile(data: Data(), name: "vide.csv") }
        #expect { try AssetFile(data: Data("UAI;RNE\nx;y\n".utf8), name: "f.csv") } throws: { error in
            (error as? FileIssues)?.description.contains("'UAI' and 'RNE'") == true
        }
    }

    @Test(arguments: [("N° d'inventaire", AssetField.inventoryNumber), ("Numéro de série", .serialNumber), ("RNE", .establishment),
                      ("Date d'achat", .acquiredOn), ("Prix TTC", .price), ("Fin de garantie", .warrantyEndsOn),
                      ("État", .status), ("Bâtiment", .building), ("serial-number", .serialNumber)])
    func headersAreRecognisedWhateverTheirAccentsAndCase(header: String, field: AssetField) {
        #expect(AssetFile.field(forHeader: header) == field)
    }
}
