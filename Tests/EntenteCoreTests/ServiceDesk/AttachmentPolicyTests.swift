import Foundation
import Testing
@testable import EntenteCore

/// Sample files: just the bytes that make each kind what it is.
enum SampleFiles {
    static let pdf = Data("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".utf8)
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR".utf8))
    static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] + Array("JFIF".utf8) + [0])
    static let gif = Data("GIF89a".utf8 + [1, 0, 1, 0, 0, 0, 0])
    static let text = Data("La borne du CDI clignote en orange.\nRedémarrée à 8 h 10.\n".utf8)
    static let csv = Data("uai;borne;etat\r\n0352958A;CDI-1;HS\r\n".utf8)
    static let latin1Text = Data([0x44, 0xE9, 0x70, 0x61, 0x6E, 0x6E, 0x61, 0x67, 0x65, 0x0A])
    static let mail = Data("From: cdi@college.fr\r\nSubject: Wi-Fi\r\n\r\nPlus de réseau.\r\n".utf8)
    static let exe = Data("MZ".utf8 + [0x90, 0, 3, 0, 0, 0, 4, 0])
    static let elf = Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0])
    static let shellScript = Data("#!/bin/sh\nrm -rf /\n".utf8)
    static let html = Data("<!DOCTYPE html><html><script>alert(1)</script></html>".utf8)
    static let svg = Data("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".utf8)
    static let gzip = Data([0x1F, 0x8B, 8, 0, 0, 0, 0, 0])
    static let rar = Data("Rar!".utf8 + [0x1A, 7, 0])
    static let legacyOffice = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])

    /// A zip whose first entry is stored uncompressed, as ODF requires of `mimetype`.
    static func zip(firstEntry name: String, content: String, rest: String = "") -> Data {
        var bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        let size = UInt32(content.utf8.count)
        let sizeBytes = (0..<4).map { UInt8((size >> (8 * $0)) & 0xFF) }
        bytes += sizeBytes + sizeBytes
        bytes += [UInt8(name.utf8.count), 0, 0, 0]
        return Data(bytes + Array(name.utf8) + Array(content.utf8) + Array(rest.utf8))
    }

    static let odt = zip(firstEntry: "mimetype", content: "application/vnd.oasis.opendocument.text",
                         rest: "PK\u{3}\u{4}content.xml")
    static let ods = zip(firstEntry: "mimetype", content: "application/vnd.oasis.opendocument.spreadsheet")
    static let docx = zip(firstEntry: "[Content_Types].xml", content: "<Types/>", rest: "PK word/document.xml")
    static let xlsx = zip(firstEntry: "[Content_Types].xml", content: "<Types/>", rest: "PK xl/workbook.xml")
    static let pptx = zip(firstEntry: "[Content_Types].xml", content: "<Types/>", rest: "PK ppt/presentation.xml")
    static let docxWithMacros = zip(firstEntry: "[Content_Types].xml", content: "<Types/>",
                                    rest: "PK word/document.xml word/vbaProject.bin")
    static let plainZip = zip(firstEntry: "photo.jpg", content: "\u{FF}\u{D8}")
}

@Suite struct AttachmentPolicyTests {
    let policy = AttachmentPolicy.standard

    func accepted(_ name: String, _ content: Data) throws -> AttachmentPolicy.Accepted {
        try policy.check(fileName: name, content: content, existingCount: 0)
    }

    func refusal(_ name: String, _ content: Data, existing: Int = 0, policy: AttachmentPolicy = .standard) -> AttachmentRefusal? {
        do {
            _ = try policy.check(fileName: name, content: content, existingCount: existing)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("compte-rendu.pdf", SampleFiles.pdf, AttachmentType.pdf, "application/pdf"),
        ("capture.PNG", SampleFiles.png, .png, "image/png"),
        ("photo.jpg", SampleFiles.jpeg, .jpeg, "image/jpeg"),
        ("photo.jpeg", SampleFiles.jpeg, .jpeg, "image/jpeg"),
        ("anim.gif", SampleFiles.gif, .gif, "image/gif"),
        ("notes.txt", SampleFiles.text, .plainText, "text/plain"),
        ("journal.log", SampleFiles.text, .log, "text/plain"),
        ("notes-latin1.txt", SampleFiles.latin1Text, .plainText, "text/plain"),
        ("bornes.csv", SampleFiles.csv, .csv, "text/csv"),
        ("message.eml", SampleFiles.mail, .email, "message/rfc822"),
        ("rapport.odt", SampleFiles.odt, .openDocumentText, "application/vnd.oasis.opendocument.text"),
        ("tableau.ods", SampleFiles.ods, .openDocumentSpreadsheet, "application/vnd.oasis.opendocument.spreadsheet"),
        ("rapport.docx", SampleFiles.docx, .wordDocument,
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("inventaire.xlsx", SampleFiles.xlsx, .excelWorkbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("formation.pptx", SampleFiles.pptx, .powerPointPresentation,
         "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ])
    func acceptsEachAllowedKindWhenContentAndExtensionAgree(_ name: String, _ content: Data, _ type: AttachmentType,
                                                             _ mediaType: String) throws {
        // act
        let file = try accepted(name, content)
        // check
        #expect(file.type == type)
        #expect(file.mediaType == mediaType)
        #expect(file.size == content.count)
        #expect(file.fileName == name)
    }

    @Test(arguments: [
        ("setup.exe", SampleFiles.exe, ForbiddenKind.executable),
        ("outil.msi", SampleFiles.exe, .executable),
        ("lanceur.bat", SampleFiles.text, .script),
        ("script.ps1", SampleFiles.text, .script),
        ("macro.vbs", SampleFiles.text, .script),
        ("app.js", SampleFiles.text, .script),
        ("install.sh", SampleFiles.shellScript, .script),
        ("photos.zip", SampleFiles.plainZip, .archive),
        ("logs.tar.gz", SampleFiles.gzip, .archive),
        ("sauvegarde.7z", SampleFiles.gzip, .archive),
        ("page.html", SampleFiles.html, .webContent),
        ("logo.svg", SampleFiles.svg, .webContent),
        ("budget.xlsm", SampleFiles.xlsx, .macroDocument),
        ("ancien.doc", SampleFiles.legacyOffice, .macroDocument),
    ])
    func refusesForbiddenExtensionsWhateverTheContent(_ name: String, _ content: Data, _ kind: ForbiddenKind) {
        let fileExtension = AttachmentPolicy.fileExtension(of: name)
        #expect(refusal(name, content) == .forbiddenType(kind, fileExtension: fileExtension))
    }

    @Test(arguments: [
        ("facture.pdf", SampleFiles.exe, ContentSignature.forbidden(.executable)),
        ("capture.png", SampleFiles.elf, .forbidden(.executable)),
        ("notes.txt", SampleFiles.shellScript, .forbidden(.script)),
        ("notes.txt", SampleFiles.html, .forbidden(.webContent)),
        ("image.png", SampleFiles.svg, .forbidden(.webContent)),
        ("rapport.docx", SampleFiles.plainZip, .forbidden(.archive)),
        ("rapport.odt", SampleFiles.plainZip, .forbidden(.archive)),
        ("rapport.docx", SampleFiles.docxWithMacros, .forbidden(.macroDocument)),
        ("rapport.docx", SampleFiles.legacyOffice, .forbidden(.macroDocument)),
        ("journal.log", SampleFiles.rar, .forbidden(.archive)),
        ("photo.jpg", SampleFiles.png, .png),
        ("compte-rendu.pdf", SampleFiles.text, .text),
        ("tableau.xlsx", SampleFiles.docx, .officeOpenXML("word/")),
        ("tableau.ods", SampleFiles.odt, .openDocument("application/vnd.oasis.opendocument.text")),
        ("rapport.odt", SampleFiles.docx, .officeOpenXML("word/")),
        ("message.eml", SampleFiles.text, .text),
        ("binaire.txt", Data([0x41, 0, 0x42, 0]), .unknown),
    ])
    func refusesContentThatDoesNotMatchItsExtension(_ name: String, _ content: Data, _ detected: ContentSignature) {
        let fileExtension = AttachmentPolicy.fileExtension(of: name)
        #expect(refusal(name, content) == .contentMismatch(fileExtension: fileExtension, detected: detected))
    }

    @Test func unknownExtensionsAreRefusedAndForbiddenContentNamedSoToo() {
        #expect(refusal("plan.dwg", SampleFiles.text) == .unknownType(fileExtension: "dwg"))
        #expect(refusal("LISEZMOI", SampleFiles.text) == .unknownType(fileExtension: ""))
        #expect(refusal("programme.dat", SampleFiles.exe) == .forbiddenType(.executable, fileExtension: "dat"))
        #expect(refusal("LISEZMOI", SampleFiles.elf) == .forbiddenType(.executable, fileExtension: ""))
    }

    @Test func sizeIsLimitedAndConfigurable() {
        let limit = policy.maxFileSize
        #expect(limit == 10 * 1024 * 1024)
        var exactly = SampleFiles.text
        exactly.append(Data(repeating: 0x61, count: limit - exactly.count))
        #expect(refusal("gros.txt", exactly) == nil)
        exactly.append(0x61)
        #expect(refusal("gros.txt", exactly) == .tooLarge(size: limit + 1, max: limit))
        let small = AttachmentPolicy(maxFileSize: 10)
        #expect(refusal("notes.txt", SampleFiles.text, policy: small) == .tooLarge(size: SampleFiles.text.count, max: 10))
        #expect(refusal("vide.txt", Data()) == .empty)
    }

    @Test func theNumberOfFilesPerTicketIsLimited() {
        #expect(refusal("notes.txt", SampleFiles.text, existing: 9) == nil)
        #expect(refusal("notes.txt", SampleFiles.text, existing: 10) == .tooManyFiles(max: 10))
        #expect(policy.hasRoom(existingCount: 9))
        #expect(!policy.hasRoom(existingCount: 10))
        let three = AttachmentPolicy(maxFilesPerTicket: 3)
        #expect(refusal("notes.txt", SampleFiles.text, existing: 3, policy: three) == .tooManyFiles(max: 3))
    }

    @Test(arguments: [
        ("C:\\Users\\cdi\\Bureau\\rapport.pdf", "rapport.pdf"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("/tmp/notes.txt", "notes.txt"),
        ("facture\u{202E}fdp.exe", "facturefdp.exe"),
        ("ligne\nsuivante\r.txt", "lignesuivante.txt"),
        ("tab\there.txt", "tab here.txt"),
        ("  ..cache.txt  ", "cache.txt"),
        ("a\"b<c>d:e|f?g*h.txt", "a_b_c_d_e_f_g_h.txt"),
        ("Re\u{0301}sume\u{0301}.pdf", "Résumé.pdf"),
        ("trop   d'espaces.pdf", "trop d'espaces.pdf"),
        ("fin.pdf.", "fin.pdf"),
    ])
    func fileNamesAreSanitised(_ raw: String, _ clean: String) {
        #expect(AttachmentPolicy.sanitizedFileName(raw) == clean)
    }

    @Test func emptyNamesAreRefusedAndLongOnesShortenedWithTheirExtension() throws {
        #expect(AttachmentPolicy.sanitizedFileName("") == nil)
        #expect(AttachmentPolicy.sanitizedFileName("/") == nil)
        #expect(AttachmentPolicy.sanitizedFileName("...") == nil)
        #expect(AttachmentPolicy.sanitizedFileName("\u{202E}\u{0007}") == nil)
        #expect(refusal("C:\\Bureau\\", SampleFiles.pdf) == .unknownType(fileExtension: ""))
        #expect(refusal("\\..\\", SampleFiles.pdf) == .missingFileName)
        let long = String(repeating: "compte-rendu ", count: 20) + ".pdf"
        let short = try #require(AttachmentPolicy.sanitizedFileName(long, maxLength: 40))
        #expect(short.count <= 40)
        #expect(short.hasSuffix(".pdf"))
        #expect(short.hasPrefix("compte-rendu compte-rendu"))
        #expect(try accepted(long, SampleFiles.pdf).fileName.count == 120)
    }

    @Test func refusalsSayWhatToDoInEnglishForLogs() {
        #expect(AttachmentRefusal.tooLarge(size: 12 * 1024 * 1024, max: 10 * 1024 * 1024).description
            == "the file is 12.0 MB, more than the 10.0 MB allowed: compress or split it")
        #expect(AttachmentRefusal.megabytes(10 * 1024 * 1024 + 1) == "10.1")
        #expect(AttachmentRefusal.contentMismatch(fileExtension: "pdf", detected: .forbidden(.executable)).description
            .contains("named .pdf but its content is executable"))
        #expect(AttachmentRefusal.unknownType(fileExtension: "dwg").description.contains(".pdf, .png"))
    }
}

@Suite struct AttachmentAccessTests: AccessCast {
    @Test func publicAttachmentsComeFromThoseWhoMayReply() {
        #expect(TicketAccess.canAttach(principal, ticket, isInternal: false))
        #expect(TicketAccess.canAttach(departement, ticket, isInternal: false))
        #expect(TicketAccess.canAttach(admin, ticket, isInternal: false))
        #expect(!TicketAccess.canAttach(academie, ticket, isInternal: false))
        #expect(!TicketAccess.canAttach(dpd, ticket, isInternal: false))
        #expect(!TicketAccess.canAttach(otherSchool, ticket, isInternal: false))
        #expect(!TicketAccess.canAttach(otherTerritory, ticket, isInternal: false))
    }

    @Test func internalAttachmentsGoToTheWritersOwnAudience() {
        #expect(TicketAccess.canAttach(departement, ticket, isInternal: true))
        #expect(TicketAccess.canAttach(academie, ticket, isInternal: true))
        #expect(TicketAccess.canAttach(principal, ticket, isInternal: true))
        #expect(!TicketAccess.canAttach(admin, ticket, isInternal: true))
        #expect(!TicketAccess.canAttach(dpd, ticket, isInternal: true))
        #expect(!TicketAccess.canAttach(otherTerritory, ticket, isInternal: true))
        #expect(!TicketAccess.canAttach(otherSchool, ticket, isInternal: true))
    }

    @Test func publicAttachmentsOpenForEveryReaderAndInternalOnesForTheirAudience() {
        let readers = [admin, departement, academie, principal, dpd]
        for viewer in readers {
            #expect(TicketAccess.canOpenAttachment(viewer, ticket, audience: nil), "\(viewer)")
        }
        #expect(!TicketAccess.canOpenAttachment(otherSchool, ticket, audience: nil))
        #expect(!TicketAccess.canOpenAttachment(otherTerritory, ticket, audience: nil))
        #expect(TicketAccess.canOpenAttachment(departement, ticket, audience: "CD35"))
        #expect(TicketAccess.canOpenAttachment(admin, ticket, audience: "CD35"))
        #expect(!TicketAccess.canOpenAttachment(academie, ticket, audience: "CD35"))
        #expect(!TicketAccess.canOpenAttachment(principal, ticket, audience: "CD35"))
        #expect(!TicketAccess.canOpenAttachment(dpd, ticket, audience: "CD35"))
        #expect(!TicketAccess.canOpenAttachment(otherTerritory, ticket, audience: "CD67"))
        #expect(TicketAccess.canOpenAttachment(principal, ticket, audience: "EPLE:0352958A"))
        #expect(!TicketAccess.canOpenAttachment(departement, ticket, audience: "EPLE:0352958A"))
    }
}
