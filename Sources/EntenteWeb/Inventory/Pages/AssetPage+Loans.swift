import EntenteCore
import Plot

/// The asset page's loans: the open one with its agreement and its end, the form to lend, the past ones.
extension AssetPage {
    func l(_ phrase: LoanPhrase) -> String { phrase.text(context.language) }

    var loansSection: Node<HTML.BodyContext> {
        let open = model.loans.first(where: \.isOpen)
        return .section(
            .attribute(named: "aria-labelledby", value: "prets"),
            .h2(.id("prets"), .text(l(.loans))),
            .unwrap(open) { openLoan($0) },
            .if(open == nil && model.canEdit, lendForm),
            .if(model.loans.isEmpty, .p(.text(l(.noLoans))), else: .ul(.class("loans"), .group(model.loans.map { loan in
                .li(.text(describe(loan)))
            })))
        )
    }

    private func describe(_ loan: AssetLoan) -> String {
        var text = LoanPhrase.holder(loan.holder, cartNames: model.cartNames, context.language) + " — \(l(.since)) \(loan.startedOn)"
        if let end = loan.end {
            text += " — \(end.kind.text(context.language)) \(end.on)" + (end.note.map { " (\($0))" } ?? "")
        } else {
            text += " — " + (loan.expectedReturnOn.map { "\(l(.until)) \($0)" } ?? l(.openEnded))
            if loan.isOverdue(on: model.today) { text += " — \(l(.overdue))" }
        }
        if let agreement = loan.agreement {
            text += " — \(l(.agreement))\(context.colon)\(agreement.guardianName), \(agreement.acceptedOn), \(agreement.textVersion)"
        }
        return text
    }

    private func openLoan(_ loan: AssetLoan) -> Node<HTML.BodyContext> {
        .div(
            .class("open-loan"),
            .if(loan.awaitsAgreement, .p(.class("notice"), .text(l(.awaitsAgreement)))),
            .if(loan.awaitsAgreement && model.canEdit, agreementForm(loan)),
            .if(model.canEdit, endForm(loan))
        )
    }

    private func agreementForm(_ loan: AssetLoan) -> Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(SiteURL.loanAgreement(loan.id).path),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            field("guardian_name", l(.guardianName), type: .text, required: true),
            field("accepted_on", l(.acceptedOn), type: .date, value: model.today.description, required: true),
            field("text_version", l(.textVersion), type: .text, required: true),
            .button(.type(.submit), .text(l(.recordAgreement)))
        )
    }

    private func endForm(_ loan: AssetLoan) -> Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(SiteURL.loanEnd(loan.id).path),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .div(.class("field"), .label(.for("ending"), .text(l(.ending))),
                 .select(.id("ending"), .attribute(named: "name", value: "ending"),
                         .group(AssetLoan.Ending.allCases.map { FormOption.node($0.rawValue, $0.text(context.language), selected: false) }))),
            field("ended_on", l(.endedOn), type: .date, value: model.today.description, required: true),
            field("end_note", l(.note), type: .text),
            .button(.type(.submit), .text(l(.endLoan)))
        )
    }

    private var lendForm: Node<HTML.BodyContext> {
        .form(
            .method(.post), .action(SiteURL.assetLoans(model.asset.id).path),
            .h3(.text(l(.lend))),
            .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(context.csrfToken)),
            .div(.class("field"), .label(.for("holder_kind"), .text(l(.holderKind))),
                 .select(.id("holder_kind"), .attribute(named: "name", value: "holder_kind"),
                         .group([("pupil", l(.pupil)), ("staff", l(.staff)), ("class", l(.schoolClass)), ("cart", l(.cart))]
                             .map { FormOption.node($0.0, $0.1, selected: false) }))),
            field("holder_name", l(.name) + " / " + l(.cartNumber), type: .text),
            field("class_name", l(.className), type: .text),
            .div(.class("field checkbox"),
                 .input(.type(.checkbox), .id("adult"), .name("adult"), .value("1")),
                 .label(.for("adult"), .text(l(.adult)))),
            field("started_on", l(.startedOn), type: .date, value: model.today.description, required: true),
            field("expected_return_on", l(.expectedReturnOn), type: .date),
            .button(.type(.submit), .text(l(.lend)))
        )
    }

    private func field(_ name: String, _ label: String, type: HTMLInputType, value: String = "",
                       required: Bool = false) -> Node<HTML.FormContext> {
        .div(.class("field"), .label(.for(name), .text(label)),
             .input(.type(type), .id(name), .name(name), .value(value), .required(required)))
    }
}
