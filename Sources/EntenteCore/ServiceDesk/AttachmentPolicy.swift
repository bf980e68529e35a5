import Foundation

/// What a ticket may carry as attachments: how big, how many, which kinds of file. A kind is
/// accepted only when the file's content signature (its first bytes) and its extension agree, so
/// that a renamed executable or web page is refused whatever the browser declares.
public struct AttachmentPolicy: Hashable, Sendable {
    /// The largest file, in bytes.
    public var maxFileSize: Int
    /// How many files one ticket may hold.
    public var maxFilesPerTicket: Int
    /// The longest file name kept, in characters, extension included.
    public var maxFileNameLength: Int

    public init(maxFileSize: Int = 10 * 1024 * 1024, maxFilesPerTicket: Int = 10, maxFileNameLength: Int = 120) {
        self.maxFileSize = maxFileSize
        self.maxFilesPerTicket = maxFilesPerTicket
        self.maxFileNameLength = maxFileNameLength
    }

    public static let standard = AttachmentPolicy()

    /// A file the policy accepts, ready to store.
    public struct Accepted: Hashable, Sendable {
        public var fileName: String
        public var type: AttachmentType
        public var size: Int

        public var mediaType: String { type.mediaType }
    }

    /// Checks a file about to be added to a ticket that already holds `existingCount` files.
    /// The first refusal found is the one a person can act on first: too many, empty, too big, name, type.
    public func check(fileName: String, content: Data, existingCount: Int) throws(AttachmentRefusal) -> Accepted {
        guard existingCount < maxFilesPerTicket else { throw .tooManyFiles(max: maxFilesPerTicket) }
        guard !content.isEmpty else { throw .empty }
        guard content.count <= maxFileSize else { throw .tooLarge(size: content.count, max: maxFileSize) }
        guard let name = Self.sanitizedFileName(fileName, maxLength: maxFileNameLength) else { throw .missingFileName }
        let fileExtension = Self.fileExtension(of: name)
        if let forbidden = ForbiddenKind(fileExtension: fileExtension) { throw .forbiddenType(forbidden, fileExtension: fileExtension) }
        let signature = ContentSignature.detect(content)
        guard let type = AttachmentType(fileExtension: fileExtension) else {
            if case .forbidden(let kind) = signature { throw .forbiddenType(kind, fileExtension: fileExtension) }
            throw .unknownType(fileExtension: fileExtension)
        }
        guard type.matches(signature, content: content) else {
            throw .contentMismatch(fileExtension: fileExtension, detected: signature)
        }
        return Accepted(fileName: name, type: type, size: content.count)
    }

    /// Whether a ticket holding `existingCount` files may take one more: to refuse before reading a body.
    public func hasRoom(existingCount: Int) -> Bool { existingCount < maxFilesPerTicket }

    // MARK: File names

    /// The last path component, without control or invisible formatting characters (a right-to-left
    /// override can dress "exe" as "pdf"), quotes, reserved punctuation or leading dots, shortened to
    /// `maxLength` characters with its extension kept. Nil when nothing usable is left.
    public static func sanitizedFileName(_ raw: String, maxLength: Int = 120) -> String? {
        let lastComponent = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var scalars = String.UnicodeScalarView()
        for scalar in lastComponent.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar == "\t" || scalar == " " || scalar == "\u{A0}" {
                scalars.append(" ")
            } else if CharacterSet.controlCharacters.contains(scalar) || CharacterSet.illegalCharacters.contains(scalar)
                        || CharacterSet.newlines.contains(scalar) {
                continue
            } else if "\"<>:|?*".unicodeScalars.contains(scalar) {
                scalars.append("_")
            } else {
                scalars.append(scalar)
            }
        }
        var name = String(scalars).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        while name.first == "." || name.first == " " { name.removeFirst() }
        while name.last == "." || name.last == " " { name.removeLast() }
        guard !name.isEmpty else { return nil }
        guard name.count > maxLength else { return name }
        let fileExtension = fileExtension(of: name)
        let suffix = fileExtension.isEmpty || fileExtension.count + 2 > maxLength ? "" : "." + fileExtension
        let stem = name.dropLast(suffix.count).prefix(maxLength - suffix.count)
        return stem.trimmingCharacters(in: .whitespaces) + suffix
    }

    /// The extension in lower case, "" when there is none.
    public static func fileExtension(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}

/// The kinds of file a ticket accepts.
public enum AttachmentType: String, CaseIterable, Hashable, Sendable {
    case pdf, png, jpeg, gif
    case plainText = "text", csv, log
    case email = "eml"
    case openDocumentText = "odt", openDocumentSpreadsheet = "ods", openDocumentPresentation = "odp"
    case wordDocument = "docx", excelWorkbook = "xlsx", powerPointPresentation = "pptx"

    init?(fileExtension: String) {
        switch fileExtension {
        case "pdf": self = .pdf
        case "png": self = .png
        case "jpg", "jpeg": self = .jpeg
        case "gif": self = .gif
        case "txt", "text": self = .plainText
        case "csv": self = .csv
        case "log": self = .log
        case "eml": self = .email
        case "odt": self = .openDocumentText
        case "ods": self = .openDocumentSpreadsheet
        case "odp": self = .openDocumentPresentation
        case "docx": self = .wordDocument
        case "xlsx": self = .excelWorkbook
        case "pptx": self = .powerPointPresentation
        default: return nil
        }
    }

    /// The extensions accepted, for the form's `accept` attribute and the error messages.
    public static let acceptedExtensions = ["pdf", "png", "jpg", "jpeg", "gif", "txt", "csv", "log", "eml",
                                            "odt", "ods", "odp", "docx", "xlsx", "pptx"]

    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .gif: "image/gif"
        case .plainText, .log: "text/plain"
        case .csv: "text/csv"
        case .email: "message/rfc822"
        case .openDocumentText: "application/vnd.oasis.opendocument.text"
        case .openDocumentSpreadsheet: "application/vnd.oasis.opendocument.spreadsheet"
        case .openDocumentPresentation: "application/vnd.oasis.opendocument.presentation"
        case .wordDocument: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .excelWorkbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .powerPointPresentation: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        }
    }

    func matches(_ signature: ContentSignature, content: Data) -> Bool {
        switch self {
        case .pdf: signature == .pdf
        case .png: signature == .png
        case .jpeg: signature == .jpeg
        case .gif: signature == .gif
        case .plainText, .csv, .log: signature == .text
        case .email: signature == .text && ContentSignature.startsWithMailHeader(content)
        case .openDocumentText, .openDocumentSpreadsheet, .openDocumentPresentation:
            signature == .openDocument(mediaType)
        case .wordDocument: signature == .officeOpenXML("word/")
        case .excelWorkbook: signature == .officeOpenXML("xl/")
        case .powerPointPresentation: signature == .officeOpenXML("ppt/")
        }
    }
}

/// Files refused on sight, by extension or by content, whatever they are called.
public enum ForbiddenKind: String, CaseIterable, Hashable, Sendable {
    /// Programs and installers: .exe, .msi, ELF and Mach-O binaries…
    case executable
    /// Scripts a double click runs: .bat, .ps1, .vbs, .js, .sh…
    case script
    /// Archives, which hide what they hold: .zip, .rar, .7z, .gz…
    case archive
    /// Web content a browser would run: .html, .svg, .xml…
    case webContent = "web-content"
    /// Office documents that may carry macros: .docm, .xlsm, legacy .doc and .xls.
    case macroDocument = "macro-document"

    init?(fileExtension: String) {
        switch fileExtension {
        case "exe", "dll", "msi", "msp", "com", "scr", "cpl", "sys", "drv", "bin", "elf", "so", "dylib", "app", "apk",
             "dmg", "pkg", "deb", "rpm", "jar", "class", "lnk", "iso", "img":
            self = .executable
        case "bat", "cmd", "ps1", "psm1", "vbs", "vbe", "js", "jse", "mjs", "wsf", "wsh", "hta", "sh", "bash", "zsh",
             "py", "pl", "rb", "php", "reg", "scf", "inf", "msc", "applescript", "command":
            self = .script
        case "zip", "rar", "7z", "gz", "tgz", "tar", "bz2", "xz", "cab", "arj", "lz", "zst":
            self = .archive
        case "html", "htm", "xhtml", "shtml", "svg", "svgz", "xml", "xsl", "mht", "mhtml":
            self = .webContent
        case "docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam", "doc", "dot", "xls", "xlt", "ppt", "pps":
            self = .macroDocument
        default:
            return nil
        }
    }
}

/// What a file's first bytes say it is.
public enum ContentSignature: Hashable, Sendable, CustomStringConvertible {
    case pdf, png, jpeg, gif
    /// Readable text: no NUL byte and hardly any control character.
    case text
    /// An OpenDocument package, with the media type its `mimetype` entry declares.
    case openDocument(String)
    /// An Office Open XML package, with the folder of its main part ("word/", "xl/", "ppt/").
    case officeOpenXML(String)
    case forbidden(ForbiddenKind)
    case unknown

    public static func detect(_ content: Data) -> ContentSignature {
        let bytes = [UInt8](content.prefix(1024))
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        func startsText(_ prefix: String) -> Bool { starts(Array(prefix.utf8)) }
        if startsText("%PDF-") { return .pdf }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if startsText("GIF87a") || startsText("GIF89a") { return .gif }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return officePackage(content) ?? .forbidden(.archive) }
        if startsText("MZ") || starts([0x7F, 0x45, 0x4C, 0x46]) || starts([0xFE, 0xED, 0xFA, 0xCE])
            || starts([0xFE, 0xED, 0xFA, 0xCF]) || starts([0xCE, 0xFA, 0xED, 0xFE]) || starts([0xCF, 0xFA, 0xED, 0xFE])
            || starts([0xCA, 0xFE, 0xBA, 0xBE]) {
            return .forbidden(.executable)
        }
        if startsText("Rar!") || starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) || starts([0x1F, 0x8B])
            || starts([0x42, 0x5A, 0x68]) || starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) || startsText("MSCF")
            || (content.count > 262 && content[content.startIndex + 257..<content.startIndex + 262] == Data("ustar".utf8)) {
            return .forbidden(.archive)
        }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .forbidden(.macroDocument) }
        guard isText([UInt8](content.prefix(64 * 1024))) else { return .unknown }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}"))).lowercased()
        if head.hasPrefix("#!") { return .forbidden(.script) }
        if ["<!doctype html", "<html", "<svg", "<?xml", "<script", "<head", "<body", "<iframe"].contains(where: head.hasPrefix) {
            return .forbidden(.webContent)
        }
        return .text
    }

    /// Text in any ASCII-compatible encoding (UTF-8, Latin-1, Windows-1252): no NUL, and control
    /// characters other than tab, line feed, form feed and carriage return under 1 %.
    static func isText(_ bytes: [UInt8]) -> Bool {
        guard !bytes.contains(0) else { return false }
        let controls = bytes.filter { ($0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains($0)) || $0 == 0x7F }.count
        return controls * 100 <= bytes.count
    }

    /// A mail message begins with a header line, "Name: value".
    static func startsWithMailHeader(_ content: Data) -> Bool {
        let firstLine = String(decoding: content.prefix(998), as: UTF8.self).split(whereSeparator: \.isNewline).first ?? ""
        guard let colon = firstLine.firstIndex(of: ":"), colon != firstLine.startIndex else { return false }
        return firstLine[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    /// ODF puts an uncompressed `mimetype` entry first (ODF 1.2 §3.3); OOXML lists
    /// `[Content_Types].xml` and its main part's folder, names stored in clear in the zip headers.
    /// Macros (`vbaProject.bin`) make an office file forbidden; any other zip is an archive.
    private static func officePackage(_ content: Data) -> ContentSignature? {
        let bytes = [UInt8](content.prefix(256))
        func little(_ offset: Int, _ count: Int) -> Int {
            (0..<count).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        if bytes.count > 30 {
            let nameLength = little(26, 2), extraLength = little(28, 2), size = little(18, 4)
            let dataStart = 30 + nameLength + extraLength
            if bytes.count >= dataStart, Array(bytes[30..<30 + nameLength]) == Array("mimetype".utf8) {
                guard size <= 100, bytes.count >= dataStart + size else { return nil }
                let mediaType = String(decoding: bytes[dataStart..<dataStart + size], as: UTF8.self)
                return mediaType.hasPrefix("application/vnd.oasis.opendocument.") ? .openDocument(mediaType) : nil
            }
        }
        guard content.range(of: Data("[Content_Types].xml".utf8)) != nil else { return nil }
        if content.range(of: Data("vbaProject.bin".utf8)) != nil { return .forbidden(.macroDocument) }
        for folder in ["word/", "xl/", "ppt/"] where content.range(of: Data(folder.utf8)) != nil {
            return .officeOpenXML(folder)
        }
        return nil
    }

    public var description: String {
        switch self {
        case .pdf: "PDF"
        case .png: "PNG"
        case .jpeg: "JPEG"
        case .gif: "GIF"
        case .text: "text"
        case .openDocument: "OpenDocument"
        case .officeOpenXML: "Office Open XML"
        case .forbidden(let kind): kind.rawValue
        case .unknown: "unknown"
        }
    }
}

/// Why a file was refused; nothing was written. The web layer words it in French or English.
public enum AttachmentRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    case tooManyFiles(max: Int)
    case empty
    case tooLarge(size: Int, max: Int)
    case missingFileName
    case forbiddenType(ForbiddenKind, fileExtension: String)
    case unknownType(fileExtension: String)
    /// The extension promises one kind of file, the content is another (`detected`: what it looks like).
    case contentMismatch(fileExtension: String, detected: ContentSignature)

    /// In English, for logs and API clients.
    public var description: String {
        switch self {
        case .tooManyFiles(let max): "this ticket already holds \(max) files, the most allowed: gather the documents into one PDF"
        case .empty: "the file is empty: choose the file again"
        case .tooLarge(let size, let max):
            "the file is \(Self.megabytes(size)) MB, more than the \(Self.megabytes(max)) MB allowed: compress or split it"
        case .missingFileName: "the file has no name: rename it"
        case .forbiddenType(let kind, let fileExtension):
            "\(kind.rawValue) files\(fileExtension.isEmpty ? "" : " (.\(fileExtension))") are refused: send a PDF, an image or a text instead"
        case .unknownType(let fileExtension):
            (fileExtension.isEmpty ? "a file without extension" : ".\(fileExtension) files")
                + " are not accepted: accepted are " + AttachmentType.acceptedExtensions.map { "." + $0 }.joined(separator: ", ")
        case .contentMismatch(let fileExtension, let detected):
            "the file is named .\(fileExtension) but its content is \(detected.description): save it again in the right format"
        }
    }

    /// Megabytes with one decimal, rounded up so that "10.0 MB" is never shown for a file over the limit.
    public static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10)"
    }
}
