import EntenteCore
import Vapor

/// The sentences of ticket attachments, in French and English, and the refusals of the
/// attachment policy worded for people: what is wrong, with which file, how to fix it.
enum AttachmentPhrase: CaseIterable, Sendable, Phrasebook {
    case attachments, noAttachments, file, fileHint, size, type, addedBy, addedAt, visibility, visibilityPublic
    case visibilityInternal, internalCheckbox, upload, download, optionalOnIntake


    var pair: (String, String) {
        switch self {
        case .attachments: ("Pièces jointes", "Attachments")
        case .noAttachments: ("Aucune pièce jointe.", "No attachments.")
        case .file: ("Fichier", "File")
        case .fileHint: ("PDF, image (PNG, JPEG, GIF), texte (TXT, CSV, LOG), message (EML) ou document bureautique (ODT, ODS, ODP, DOCX, XLSX, PPTX)",
                         "PDF, image (PNG, JPEG, GIF), text (TXT, CSV, LOG), e-mail (EML) or office document (ODT, ODS, ODP, DOCX, XLSX, PPTX)")
        case .size: ("Taille", "Size")
        case .type: ("Type", "Type")
        case .addedBy: ("Ajoutée par", "Added by")
        case .addedAt: ("Le", "On")
        case .visibility: ("Visibilité", "Visibility")
        case .visibilityPublic: ("Visible du demandeur", "The requester sees it")
        case .visibilityInternal: ("Interne", "Internal")
        case .internalCheckbox: ("Note interne : pièce visible de votre partie seulement", "Internal: only your party sees this file")
        case .upload: ("Joindre le fichier", "Attach the file")
        case .download: ("Télécharger", "Download")
        case .optionalOnIntake: ("Pièce jointe (facultatif)", "Attachment (optional)")
        }
    }
}

enum AttachmentText {
    /// "≤ 10 Mo, 10 fichiers par demande".
    static func limits(_ policy: AttachmentPolicy, _ language: Language) -> String {
        let size = AttachmentRefusal.megabytes(policy.maxFileSize)
        return language == .fr
            ? "\(size.replacingOccurrences(of: ".", with: ",")) Mo au plus par fichier, \(policy.maxFilesPerTicket) fichiers au plus par demande."
            : "\(size) MB at most per file, \(policy.maxFilesPerTicket) files at most per ticket."
    }

    /// A size for people: "512 o", "12,4 Ko", "3,2 Mo".
    static func size(_ bytes: Int, _ language: Language) -> String {
        let french = language == .fr
        func tenths(_ value: Int, _ unit: Int) -> String {
            let tenths = (value * 10 + unit / 2) / unit
            return "\(tenths / 10)\(french ? "," : ".")\(tenths % 10)"
        }
        if bytes < 1024 { return "\(bytes) \(french ? "o" : "B")" }
        if bytes < 1024 * 1024 { return tenths(bytes, 1024) + (french ? " Ko" : " KB") }
        return tenths(bytes, 1024 * 1024) + (french ? " Mo" : " MB")
    }

    /// What the HTTP status of a refusal is.
    static func status(of refusal: AttachmentRefusal) -> HTTPStatus {
        switch refusal {
        case .tooLarge: .payloadTooLarge
        case .forbiddenType, .unknownType, .contentMismatch: .unsupportedMediaType
        case .tooManyFiles: .conflict
        case .empty, .missingFileName: .unprocessableEntity
        }
    }

    /// The refusal of `fileName`, worded for the person who sent it.
    static func message(_ refusal: AttachmentRefusal, fileName: String?, _ language: Language) -> String {
        let french = language == .fr
        let name = fileName.flatMap { AttachmentPolicy.sanitizedFileName($0) }.map { "« \($0) »" }
        let subject = french ? "Le fichier \(name ?? "envoyé")" : "The file \(name.map { $0.replacingOccurrences(of: "« ", with: "\"").replacingOccurrences(of: " »", with: "\"") } ?? "sent")"
        let accepted = AttachmentType.acceptedExtensions.map { "." + $0 }.joined(separator: ", ")
        func mb(_ bytes: Int) -> String {
            let text = AttachmentRefusal.megabytes(bytes)
            return french ? text.replacingOccurrences(of: ".", with: ",") + " Mo" : text + " MB"
        }
        switch refusal {
        case .tooManyFiles(let max):
            return french
                ? "Cette demande compte déjà \(max) pièces jointes, le maximum : \(subject.lowercasedFirst) n'a pas été ajouté. Regroupez les documents dans un seul PDF, ou joignez-le à une nouvelle demande."
                : "This ticket already holds \(max) attachments, the maximum: \(subject.lowercasedFirst) was not added. Gather the documents into one PDF, or attach it to a new ticket."
        case .empty:
            return french ? "\(subject) est vide : choisissez à nouveau le fichier, puis renvoyez-le."
                : "\(subject) is empty: choose the file again and send it."
        case .tooLarge(let size, let max):
            return french
                ? "\(subject) pèse \(mb(size)), plus que les \(mb(max)) autorisés : compressez-le (PDF allégé, image réduite) ou découpez-le en plusieurs fichiers."
                : "\(subject) is \(mb(size)), more than the \(mb(max)) allowed: compress it (smaller PDF, resized image) or split it into several files."
        case .missingFileName:
            return french ? "Le fichier envoyé n'a pas de nom : renommez-le (par exemple « capture.png »), puis renvoyez-le."
                : "The file sent has no name: rename it (for example \"capture.png\") and send it again."
        case .forbiddenType(let kind, _):
            return french
                ? "\(subject) est refusé : \(frenchKind(kind)) ne sont pas acceptés, pour la sécurité de tous. Envoyez un PDF, une capture d'écran ou un texte (\(accepted))."
                : "\(subject) is refused: \(englishKind(kind)) are not accepted, for everyone's safety. Send a PDF, a screenshot or a text (\(accepted))."
        case .unknownType(let fileExtension):
            let what = fileExtension.isEmpty ? (french ? "sans extension" : "without an extension") : ".\(fileExtension)"
            return french
                ? "\(subject) (\(what)) n'est pas d'un type accepté. Types acceptés : \(accepted). Enregistrez-le en PDF si besoin."
                : "\(subject) (\(what)) is not of an accepted type. Accepted: \(accepted). Save it as a PDF if need be."
        case .contentMismatch(let fileExtension, let detected):
            return french
                ? "\(subject) porte l'extension .\(fileExtension) mais son contenu est \(frenchContent(detected)). Enregistrez-le à nouveau au bon format depuis son application, puis renvoyez-le."
                : "\(subject) is named .\(fileExtension) but its content is \(englishContent(detected)). Save it again in the right format from its application, then send it."
        }
    }

    /// The request body itself was over the route's limit: the file never reached the policy.
    static func bodyTooLarge(_ policy: AttachmentPolicy, _ language: Language) -> String {
        let size = AttachmentRefusal.megabytes(policy.maxFileSize)
        return language == .fr
            ? "Le fichier envoyé dépasse la taille maximale de \(size.replacingOccurrences(of: ".", with: ",")) Mo : rien n'a été enregistré. Compressez-le ou découpez-le en plusieurs fichiers, puis renvoyez-le."
            : "The file sent is larger than the \(size) MB allowed: nothing was saved. Compress it or split it into several files, then send it again."
    }

    private static func frenchKind(_ kind: ForbiddenKind) -> String {
        switch kind {
        case .executable: "les programmes et installateurs"
        case .script: "les scripts"
        case .archive: "les archives (zip, rar, 7z…)"
        case .webContent: "les pages web et images SVG"
        case .macroDocument: "les documents pouvant contenir des macros (.docm, .xlsm, anciens .doc et .xls)"
        }
    }

    private static func englishKind(_ kind: ForbiddenKind) -> String {
        switch kind {
        case .executable: "programs and installers"
        case .script: "scripts"
        case .archive: "archives (zip, rar, 7z…)"
        case .webContent: "web pages and SVG images"
        case .macroDocument: "documents that may carry macros (.docm, .xlsm, legacy .doc and .xls)"
        }
    }

    private static func frenchContent(_ signature: ContentSignature) -> String {
        switch signature {
        case .pdf: "un PDF"
        case .png: "une image PNG"
        case .jpeg: "une image JPEG"
        case .gif: "une image GIF"
        case .text: "du texte"
        case .openDocument: "un document OpenDocument"
        case .officeOpenXML: "un document Office d'un autre type"
        case .forbidden(.executable): "un programme"
        case .forbidden(.script): "un script"
        case .forbidden(.archive): "une archive"
        case .forbidden(.webContent): "une page web ou une image SVG"
        case .forbidden(.macroDocument): "un document pouvant contenir des macros"
        case .unknown: "d'un type non reconnu"
        }
    }

    private static func englishContent(_ signature: ContentSignature) -> String {
        switch signature {
        case .pdf: "a PDF"
        case .png: "a PNG image"
        case .jpeg: "a JPEG image"
        case .gif: "a GIF image"
        case .text: "text"
        case .openDocument: "an OpenDocument file"
        case .officeOpenXML: "an Office document of another kind"
        case .forbidden(.executable): "a program"
        case .forbidden(.script): "a script"
        case .forbidden(.archive): "an archive"
        case .forbidden(.webContent): "a web page or an SVG image"
        case .forbidden(.macroDocument): "a document that may carry macros"
        case .unknown: "of an unknown kind"
        }
    }
}

private extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
