import EntenteCore
import Foundation
import Testing
@testable import EntenteFiles

@Suite struct AssetFileReaderTests {
    /// A file read whole through the reader, slice after slice.
    struct ReadFile {
        var layout: AssetFileLayout
        var rows: [AssetImportRow] = []
        var malformedRows: [AssetImportRejection] = []

        init(data: Data, name: String, overrides: [String: AssetField?] = [:], slice: Int = 3) throws {
            let reader = try AssetFileReader(data: data, name: name, overrides: overrides)
            layout = reader.layout
            while let next = try reader.next(upTo: slice) {
                rows += next.rows
                malformedRows += next.malformedRows
            }
        }
    }

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
        let file = try ReadFile(data: data, name: "parc.csv")
        #expect(file.layout.encoding == .windows1252)
        #expect(file.layout.separator == ";")
        #expect(file.layout.mapping == [.establishment, .inventoryNumber, .serialNumber, .component, .funding, .zone, .acquiredOn, .price, .room])
        #expect(file.rows == [AssetImportRow(line: 2, values: [
            .establishment: "0352958A", .inventoryNumber: "INV-001", .serialNumber: "SN-001", .component: "postes-pedagogiques",
            .funding: "Département", .zone: "Pédagogique", .acquiredOn: "01/09/2024", .price: "649,90 €", .room: "B12"])])
        #expect(file.layout.missingColumns(matchingBy: .inventoryNumber).isEmpty)
    }

    @Test func aCommaSeparatedUTF8FileWithQuotesIsReadToo() throws {
        let text = "\u{FEFF}inventory-number,establishment,model,room\n\"INV-1\",0352958A,\"Latitude 3440, 14\"\"\",\"B 12\"\n\n"
        let file = try ReadFile(data: Data(text.utf8), name: "export.csv")
        #expect(file.layout.encoding == .utf8)
        #expect(file.layout.separator == ",")
        #expect(file.rows.first?.values[.model] == "Latitude 3440, 14\"")
        #expect(file.rows.count == 1, "blank lines are no rows")
        #expect(file.layout.missingColumns(matchingBy: .inventoryNumber) == [.component, .funding])
        #expect(file.layout.missingColumns(matchingBy: .id) == [.id])
    }

    @Test func theUserMapsWhatIsNotRecognisedAndLeavesColumnsAside() throws {
        let text = "UAI;Inventaire;Type;Commentaire;Financement\n0352958A;INV-1;bornes-wifi;à revoir;CD\n"
        let overrides: [String: AssetField?] = ["Type": .component, "Financement": AssetField?.none]
        let file = try ReadFile(data: Data(text.utf8), name: "f.csv", overrides: overrides)
        #expect(file.layout.mapping == [AssetField.establishment, .inventoryNumber, .component, nil, nil])
        let expected: [AssetField: String] = [.establishment: "0352958A", .inventoryNumber: "INV-1", .component: "bornes-wifi"]
        #expect(file.rows.first?.values == expected)
    }

    @Test func aRowWithMoreCellsThanTheHeaderIsRefusedAlone() throws {
        let text = "UAI;Inventaire\n0352958A;INV-1\n0352958A;INV-2;oops\n0352958A;INV-3;\n"
        let file = try ReadFile(data: Data(text.utf8), name: "f.csv")
        #expect(file.malformedRows == [AssetImportRejection(line: 3, field: nil, problem: .extraCells(1))])
        #expect(file.rows.map(\.line) == [2, 4], "an empty trailing cell is no harm")
    }

    @Test func aTruncatedFileIsRefusedWithTheLineOfTheOpenQuote() {
        let text = "UAI;Inventaire;Modèle\n0352958A;INV-1;ok\n0352958A;INV-2;\"Latitude 34"
        #expect { try ReadFile(data: Data(text.utf8), name: "f.csv") } throws: { error in
            (error as? FileIssues)?.issues.first?.line == 3
        }
    }

    @Test func anEmptyFileOrTwoColumnsForOneFieldAreRefused() {
        #expect(throws: FileIssues.self) { try ReadFile(data: Data(), name: "vide.csv") }
        #expect { try ReadFile(data: Data("UAI;RNE\nx;y\n".utf8), name: "f.csv") } throws: { error in
            (error as? FileIssues)?.description.contains("'UAI' and 'RNE'") == true
        }
    }

    @Test(arguments: [("N° d'inventaire", AssetField.inventoryNumber), ("Numéro de série", .serialNumber), ("RNE", .establishment),
                      ("Date d'achat", .acquiredOn), ("Prix TTC", .price), ("Fin de garantie", .warrantyEndsOn),
                      ("État", .status), ("Bâtiment", .building), ("serial-number", .serialNumber)])
    func headersAreRecognisedWhateverTheirAccentsAndCase(header: String, field: AssetField) {
        #expect(AssetFileLayout.field(forHeader: header) == field)
    }

    /// Cut anywhere — inside a quoted value, between a quote and its double, inside an accented letter — a
    /// file read a megabyte at a time gives the rows of the file read whole.
    @Test func aFileReadInPiecesGivesTheRowsOfTheWholeFile() throws {
        var text = "UAI;N° d'inventaire;Modèle;Salle\n"
        for number in 1...40_000 {
            text += "0352958A;INV-\(number);\"Écran « \(number) » ;\"\"14\"\"\nsecond line\";Salle é\(number % 9)\n"
        }
        let data = Data(text.utf8)
        #expect(data.count > 2 * AssetFileReader.pieceSize, "the file spans several pieces")
        let sliced = try ReadFile(data: data, name: "f.csv", slice: 997)
        #expect(sliced.layout.encoding == .utf8)
        #expect(sliced.rows.count == 40_000)
        #expect(sliced.rows.last == AssetImportRow(line: 80_000, values: [
            .establishment: "0352958A", .inventoryNumber: "INV-40000", .model: "Écran « 40000 » ;\"14\"\nsecond line", .room: "Salle é4"]))
        #expect(Set(sliced.rows.map(\.values[.room])).count == 9)
        // The same text in Windows-1252 (é, «, » are one byte each there) reads the same.
        let latin = Data(text.unicodeScalars.map { UInt8($0.value) })
        let windows = try ReadFile(data: latin, name: "f.csv", slice: 5_000)
        #expect(windows.layout.encoding == .windows1252)
        #expect(windows.rows == sliced.rows)
    }

    /// A file that is UTF-8 but for one byte near its end is Windows-1252 from its first byte.
    @Test func oneInvalidByteAfterTheFirstPieceMakesTheWholeFileWindows1252() throws {
        var text = "UAI;Inventaire;Salle\n"
        for number in 1...60_000 { text += "0352958A;INV-\(number);B\(number)\n" }
        let data = Data(text.utf8) + Data([0x30, 0x33, 0x35, 0x32, 0x39, 0x35, 0x38, 0x41, 0x3B, 0x45, 0x3B, 0xE9, 0x0A])
        #expect(data.count > AssetFileReader.pieceSize)
        let file = try ReadFile(data: data, name: "f.csv", slice: 10_000)
        #expect(file.layout.encoding == .windows1252)
        #expect(file.rows.last?.values[.room] == "é")
        #expect(file.rows.count == 60_001)
    }

    @Test func aFileOnDiskIsReadTheSameAndAMissingOneIsAnIssue() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parc-\(UUID().uuidString).csv")
        try Data("UAI;Inventaire\n0352958A;INV-1\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = try AssetFileReader(url: url, name: "parc.csv")
        #expect(try reader.next(upTo: 10)?.rows.map(\.line) == [2])
        #expect(try reader.next(upTo: 10) == nil)
        #expect { try AssetFileReader(url: url.appendingPathExtension("absent"), name: "absent.csv") } throws: { error in
            (error as? FileIssues)?.description.contains("cannot be opened") == true
        }
    }

    @Test func aCharacterCutByAPieceIsWholeInTheNext() {
        let e = Array("é".utf8), euro = Array("€".utf8)
        #expect(AssetFileReader.completeCharacters([0x41] + e) == 3)
        #expect(AssetFileReader.completeCharacters([0x41] + e.prefix(1)) == 1)
        #expect(AssetFileReader.completeCharacters([0x41] + euro.prefix(2)) == 1)
        #expect(AssetFileReader.completeCharacters(euro) == 3)
        let (text, carry) = AssetFileReader.decode([0x41] + euro.prefix(2), as: .utf8, carry: [], final: false)
        #expect(text == "A" && carry == Array(euro.prefix(2)))
        #expect(AssetFileReader.decode([euro[2]], as: .utf8, carry: carry, final: false).text == "€")
    }
}
