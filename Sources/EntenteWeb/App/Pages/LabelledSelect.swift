import Plot

/// A labelled drop-down of (value, label) options, the one a form field is made of.
enum LabelledSelect {
    static func field(_ name: String, _ label: String, _ options: [(String, String)], selected: String?) -> Node<HTML.FormContext> {
        .div(.class("field"), .label(.for(name), .text(label)),
             .select(.id(name), .attribute(named: "name", value: name),
                     .group(options.map { FormOption.node($0.0, $0.1, selected: $0.0 == selected) })))
    }
}
