import EntenteCore
import EntenteStorage
import Foundation
import Plot

/// The ticket page's attachments: the files the viewer may open, and the upload form.
extension TicketPage {
    var attachmentsSection: Node<HTML.BodyContext> {
        let phrase = { (phrase: AttachmentPhrase) in phrase.text(context.language) }
        return .section(
            .id("pieces-jointes"),
            .h2(.text(phrase(.attachments))),
            .if(attachments.isEmpty, .p(.text(phrase(.noAttachments))), else: .table(
                .class("listing attachments"),
                .caption(.text(phrase(.attachments))),
                .thead(.tr(.group([AttachmentPhrase.file, .size, .type, .visibility, .addedBy, .addedAt].map {
                    .th(.attribute(named: "scope", value: "col"), .text(phrase($0)))
                }))),
                .tbody(.group(attachments.map(attachmentRow)))
            )),
            .unwrap(upload) { uploadForm($0) }
        )
    }

    private func attachmentRow(_ file: TicketAttachment) -> Node<HTML.TableContext> {
        let language = context.language
        return .tr(
            .th(.attribute(named: "scope", value: "row"),
                .a(.href(SiteURL.ticketAttachment(ticket.id, file.id).path),
                   .attribute(named: "download", value: file.fileName), .text(file.fileName))),
            .td(.text(AttachmentText.size(file.size, language))),
            .td(.text(file.mediaType)),
            .td(.text(file.audience == nil ? AttachmentPhrase.visibilityPublic.text(language)
                : "\(AttachmentPhrase.visibilityInternal.text(language)) (\(file.audience ?? ""))")),
            .td(.text(file.uploadedBy)),
            .td(.time(.text(ClockText.dateTime(file.uploadedAt, context))))
        )
    }

    private func uploadForm(_ offer: AttachmentUploadOffer) -> Node<HTML.BodyContext> {
        let language = context.language
        if offer.isFull { return .p(.class("hint"), .text(AttachmentText.limits(offer.policy, language))) }
        let accept = AttachmentType.acceptedExtensions.map { "." + $0 }.joined(separator: ",")
        return .form(
            .class("upload"), .method(.post), .action(SiteURL.ticketAttachments(ticket.id).path),
            .enctype(.multipartData),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .div(.class("field"),
                 .label(.for("attachment-file"), .text(AttachmentPhrase.file.text(language))),
                 .input(.type(.file), .id("attachment-file"), .name("file"), .required(true),
                        .attribute(named: "accept", value: accept),
                        .attribute(named: "aria-describedby", value: "attachment-hint")),
                 .p(.class("hint"), .id("attachment-hint"),
                    .text(AttachmentPhrase.fileHint.text(language) + ". " + AttachmentText.limits(offer.policy, language)))),
            .if(offer.canAttachInternal && offer.canAttachPublic, .div(
                .class("field checkbox"),
                .input(.type(.checkbox), .id("attachment-internal"), .name("visibility"), .value("internal")),
                .label(.for("attachment-internal"), .text(AttachmentPhrase.internalCheckbox.text(language))))),
            .if(offer.canAttachInternal && !offer.canAttachPublic,
                .input(.type(.hidden), .name("visibility"), .value("internal"))),
            .button(.type(.submit), .text(AttachmentPhrase.upload.text(language)))
        )
    }
}
