import Plot

/// A labelled drop-down of (value, label) options, the one a form field is made of. Its id is its name
/// unless a page holding several such fields (one per row) gives each its own.
enum LabelledSelect {
    static func field(_ name: String, _ label: String, _ options: [(String, String)], selected: String?,
                      id: String? = nil) -> Node<HTML.FormContext> {
        .div(.class("field"), .label(.for(id ?? name), .text(label)),
             .select(.id(id ?? name), .attribute(named: "name", value: name),
                     .group(options.map { FormOption.node($0.0, $0.1, selected: $0.0 == selected) })))
    }
}
