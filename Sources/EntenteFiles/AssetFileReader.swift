import EntenteCore
import Foundation

/// An inventory file read a slice of rows at a time, in memory that does not grow with the file: the
/// bytes are read a megabyte at a time, twice — once to tell UTF-8 from Windows-1252 (a file is
/// UTF-8 only if every byte of it is), once to read the rows. One task reads it at a time.
public final class AssetFileReader: @unchecked Sendable {
    public let name: String
    /// The encoding, separator and columns found.
    public private(set) var layout: AssetFileLayout

    private var source: Source
    private var parser: DelimitedTextParser
    /// Records read but not yet handed out.
    private var pending: [DelimitedTextParser.Record] = []
    /// The bytes of a character cut by the end of the last piece read.
    private var carry: [UInt8] = []
    private var ended = false

    /// How much is read at once.
    static let pieceSize = 1 << 20

    public convenience init(url: URL, name: String, overrides: [String: AssetField?] = [:]) throws(FileIssues) {
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: url) } catch {
            throw FileIssues([FileIssue(file: name, line: 1, message: "the file cannot be opened: \(error.localizedDescription)",
                                        fix: "check its path and that it can be read")])
        }
        try self.init(source: .file(handle), name: name, overrides: overrides)
    }

    public convenience init(data: Data, name: String, overrides: [String: AssetField?] = [:]) throws(FileIssues) {
        try self.init(source: .data(data, offset: 0), name: name, overrides: overrides)
    }

    private init(source: Source, name: String, overrides: [String: AssetField?]) throws(FileIssues) {
        var source = source
        let encoding = try Self.detectEncoding(&source, name: name)
        // The separator is the one the first line uses most.
        let firstPiece = try Self.read(&source, name: name) ?? Data()
        let start = Self.decode(Array(firstPiece), as: encoding, carry: [], final: true).text.unicodeScalars.prefix { $0 != "\n" }
        let separator: Character = start.filter { $0 == "," }.count > start.filter { $0 == ";" }.count ? "," : ";"
        try Self.rewind(&source, name: name)
        self.name = name
        self.source = source
        layout = AssetFileLayout(encoding: encoding, separator: separator, headers: [], mapping: [])
        parser = DelimitedTextParser(separator: separator == "," ? "," : ";")
        var header: DelimitedTextParser.Record?
        while header == nil, !ended {
            try readPiece()
            if !pending.isEmpty { header = pending.removeFirst() }
        }
        guard let header, header.fields.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw FileIssues([FileIssue(file: name, line: 1, message: "the file is empty or has no header line",
                                        fix: "put the column names on the first line (UAI;N° d'inventaire;…)")])
        }
        let headers = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let mapping = headers.map { header in overrides[header] ?? AssetFileLayout.field(forHeader: header) }
        layout.headers = headers
        layout.mapping = mapping
        let duplicates = Dictionary(grouping: mapping.enumerated().compactMap { index, field in field.map { ($0, index) } }, by: \.0)
            .filter { $0.value.count > 1 }
        if let (field, columns) = duplicates.min(by: { $0.key.rawValue < $1.key.rawValue }) {
            throw FileIssues([FileIssue(file: name, line: 1,
                                        message: "columns \(columns.map { "'\(headers[$0.1])'" }.joined(separator: " and ")) both give \(field.rawValue)",
                                        fix: "leave one of them aside in the column mapping")])
        }
    }

    deinit {
        if case .file(let handle) = source { try? handle.close() }
    }

    /// What a slice of the file gives: its rows, and those refused before any value is read (cells
    /// beyond the header's columns).
    public struct Slice: Sendable {
        public var rows: [AssetImportRow] = []
        public var malformedRows: [AssetImportRejection] = []
    }

    /// The next rows, at most `count`; nil once the file is read. A quote still open at the end of the
    /// file (a truncated file) is an error: the caller has not written anything it cannot undo.
    public func next(upTo count: Int) throws(FileIssues) -> Slice? {
        var slice = Slice()
        while slice.rows.count + slice.malformedRows.count < count {
            if pending.isEmpty {
                guard !ended else { break }
                try readPiece()
                continue
            }
            let record = pending.removeFirst()
            guard record.fields.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { continue }
            let extra = record.fields.dropFirst(layout.headers.count).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if !extra.isEmpty {
                slice.malformedRows.append(AssetImportRejection(line: record.line, field: nil, problem: .extraCells(extra.count)))
                continue
            }
            var values: [AssetField: String] = [:]
            for (index, cell) in record.fields.prefix(layout.headers.count).enumerated() {
                if let field = layout.mapping[index] { values[field] = cell.trimmingCharacters(in: .whitespacesAndNewlines) }
            }
            slice.rows.append(AssetImportRow(line: record.line, values: values))
        }
        return slice.rows.isEmpty && slice.malformedRows.isEmpty && ended && pending.isEmpty ? nil : slice
    }

    /// Reads a piece of the file into `pending`; at the end, the last record and the check of quotes.
    private func readPiece() throws(FileIssues) {
        guard let piece = try Self.read(&source, name: name) else {
            ended = true
            let (last, unclosed) = parser.finish()
            if let line = unclosed {
                throw FileIssues([FileIssue(file: name, line: line,
                                            message: "a quote opened on this line is never closed: the file may be truncated",
                                            fix: "check the file is complete, and that quotes inside values are doubled (\"\")")])
            }
            if let last { pending.append(last) }
            return
        }
        let decoded = Self.decode(Array(piece), as: layout.encoding, carry: carry, final: false)
        carry = decoded.carry
        pending += parser.feed(decoded.text.unicodeScalars)
    }

    // MARK: Bytes

    private enum Source {
        case data(Data, offset: Int)
        case file(FileHandle)
    }

    private static func read(_ source: inout Source, name: String) throws(FileIssues) -> Data? {
        switch source {
        case .data(let data, let offset):
            guard offset < data.count else { return nil }
            let end = min(offset + pieceSize, data.count)
            source = .data(data, offset: end)
            return data.subdata(in: data.startIndex + offset..<data.startIndex + end)
        case .file(let handle):
            do {
                guard let piece = try handle.read(upToCount: pieceSize), !piece.isEmpty else { return nil }
                return piece
            } catch {
                throw FileIssues([FileIssue(file: name, line: 1, message: "the file cannot be read: \(error.localizedDescription)",
                                            fix: "check that it can be read")])
            }
        }
    }

    private static func rewind(_ source: inout Source, name: String) throws(FileIssues) {
        switch source {
        case .data(let data, _): source = .data(data, offset: 0)
        case .file(let handle):
            do { try handle.seek(toOffset: 0) } catch {
                throw FileIssues([FileIssue(file: name, line: 1, message: "the file cannot be read again: \(error.localizedDescription)",
                                            fix: "give a regular file, not a pipe")])
            }
        }
    }

    /// UTF-8 when every byte of the file is valid UTF-8, Windows-1252 otherwise: every byte means
    /// something in it, so a file is never refused for its encoding, only reported.
    private static func detectEncoding(_ source: inout Source, name: String) throws(FileIssues) -> AssetFileLayout.Encoding {
        var carry: [UInt8] = []
        while let piece = try read(&source, name: name) {
            let bytes = carry + Array(piece)
            let complete = completeCharacters(bytes)
            guard String(validating: bytes[..<complete], as: UTF8.self) != nil else {
                try rewind(&source, name: name)
                return .windows1252
            }
            carry = Array(bytes[complete...])
        }
        try rewind(&source, name: name)
        return carry.isEmpty ? .utf8 : .windows1252
    }

    /// How many of the bytes make whole UTF-8 characters: all of them but a character the piece's end cuts.
    static func completeCharacters(_ bytes: [UInt8]) -> Int {
        var index = bytes.count - 1
        while index >= 0, index >= bytes.count - 4 {
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 {
                let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                return bytes.count - index >= length ? bytes.count : index
            }
            index -= 1
        }
        return bytes.count
    }

    /// The text of `bytes` after `carry`, and the bytes of a character cut at the end (none when `final`).
    static func decode(_ bytes: [UInt8], as encoding: AssetFileLayout.Encoding, carry: [UInt8], final: Bool) -> (text: String, carry: [UInt8]) {
        switch encoding {
        case .utf8:
            let all = carry + bytes
            let complete = final ? all.count : completeCharacters(all)
            return (String(decoding: all[..<complete], as: UTF8.self), Array(all[complete...]))
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                if (0x80...0x9F).contains(byte), let scalar = Unicode.Scalar(windows1252[Int(byte - 0x80)]) {
                    scalars.append(scalar)
                } else {
                    scalars.append(Unicode.Scalar(byte))
                }
            }
            return (String(scalars), [])
        }
    }

    /// Windows-1252's characters for bytes 0x80 to 0x9F (the rest is Latin-1); its five unassigned
    /// bytes keep their C1 code.
    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
