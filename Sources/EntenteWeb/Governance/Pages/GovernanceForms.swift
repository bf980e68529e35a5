import Plot

/// Form pieces of the governance pages, with ids made unique per form (a page holds several ballot forms).
enum GovernanceForms {
    static func post(_ action: String, _ csrfToken: String, _ content: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
        .form(.method(.post), .action(action), .input(.type(.hidden), .name(CSRFProtection.fieldName), .value(csrfToken)), .group(content))
    }

    static func select(_ id: String, name: String, _ label: String, _ options: [(String, String)], selected: String? = nil) -> Node<HTML.FormContext> {
        LabelledSelect.field(name, label, options, selected: selected, id: id)
    }

    static func input(_ id: String, name: String, _ label: String, type: HTMLInputType = .text, value: String? = nil,
                      required: Bool = true) -> Node<HTML.FormContext> {
        .div(.class("field"), .label(.for(id), .text(label)),
             .input(.type(type), .id(id), .name(name), .value(value ?? ""), .required(required)))
    }

    static func textarea(_ id: String, name: String, _ label: String, value: String = "", rows: Int = 4, required: Bool = true) -> Node<HTML.FormContext> {
        .div(.class("field"), .label(.for(id), .text(label)), .textarea(.id(id), .name(name), .rows(rows), .required(required), .text(value)))
    }

    static func table(_ headers: [String], _ rows: [Node<HTML.TableContext>]) -> Node<HTML.BodyContext> {
        .table(.class("listing"), .thead(.tr(.group(headers.map { .th(.attribute(named: "scope", value: "col"), .text($0)) }))),
               .tbody(.group(rows)))
    }
}
