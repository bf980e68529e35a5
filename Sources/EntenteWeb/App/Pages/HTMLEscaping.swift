import Plot

/// The one way text reaches a page. Plot escapes `<` and `>` in text but lets entities such as
/// `&lt;` through as typed, and writes attribute values exactly as given, quotes included — a ticket
/// titled `x"><meta http-equiv=refresh …>` rewrote every agent's page. So this module declares its
/// own versions of the Plot primitives the pages use, with Plot's exact signatures: a declaration
/// of this module shadows the imported one, and every call in the pages comes here and is escaped.
/// `HTMLEscapingTests` renders a hostile string through each of them and through every page.
enum HTMLEscaping {
    /// For text between tags: every `&`, `<` and `>`, so that what was typed is what is read.
    static func text(_ raw: String) -> String {
        escape(raw, quotes: false)
    }

    /// For a quoted attribute value: the text's characters and both quotes.
    static func attribute(_ raw: String) -> String {
        escape(raw, quotes: true)
    }

    /// Byte by byte: the five characters are ASCII, and UTF-8 never uses their bytes inside another
    /// character, so the text's other characters are copied as they are (every page escapes every text).
    private static func escape(_ raw: String, quotes: Bool) -> String {
        let special: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || (quotes && ($0 == 0x22 || $0 == 0x27)) }
        guard raw.utf8.contains(where: special) else { return raw }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(raw.utf8.count + 16)
        for byte in raw.utf8 {
            switch byte {
            case 0x26: escaped += Array("&amp;".utf8)
            case 0x3C: escaped += Array("&lt;".utf8)
            case 0x3E: escaped += Array("&gt;".utf8)
            case 0x22 where quotes: escaped += Array("&quot;".utf8)
            case 0x27 where quotes: escaped += Array("&#39;".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    static func attribute<Context>(_ name: String, _ value: String?, ignoreIfValueIsEmpty: Bool = true) -> Attribute<Context> {
        Attribute(name: name, value: value.map(Self.attribute), ignoreIfValueIsEmpty: ignoreIfValueIsEmpty)
    }
}

// MARK: - Text

extension Node {
    static func text(_ text: String) -> Node {
        .raw(HTMLEscaping.text(text))
    }

    static func attribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool = true) -> Node {
        .attribute(HTMLEscaping.attribute(name, value, ignoreIfValueIsEmpty: ignoreIfValueIsEmpty))
    }
}

extension Attribute {
    static func attribute(named name: String, value: String?) -> Self {
        HTMLEscaping.attribute(name, value)
    }
}

extension Node where Context == HTML.HeadContext {
    /// The page's `<title>` alone: Plot's also copies it into `og:title` and `twitter:title` meta tags,
    /// which pages for signed-in professionals have no use for.
    static func title(_ title: String) -> Node {
        .element(named: "title", nodes: [.text(title)])
    }
}

// MARK: - Attributes every element has

extension Attribute where Context: HTMLContext {
    static func id(_ id: String) -> Attribute { HTMLEscaping.attribute("id", id) }
    static func `class`(_ className: String) -> Attribute { HTMLEscaping.attribute("class", className) }
}

extension Node where Context: HTMLContext {
    static func id(_ id: String) -> Node { .attribute(named: "id", value: id) }
    static func `class`(_ className: String) -> Node { .attribute(named: "class", value: className) }
}

// MARK: - Forms and links

extension Attribute where Context: HTMLNamableContext {
    static func name(_ name: String) -> Attribute { HTMLEscaping.attribute("name", name) }
}

extension Node where Context: HTMLNamableContext {
    static func name(_ name: String) -> Node { .attribute(named: "name", value: name) }
}

extension Attribute where Context: HTMLValueContext {
    static func value(_ value: String) -> Attribute { HTMLEscaping.attribute("value", value) }
}

extension Node where Context: HTMLValueContext {
    static func value(_ value: String) -> Node { .attribute(named: "value", value: value) }
}

extension Attribute where Context: HTMLLinkableContext {
    static func href(_ url: any URLRepresentable) -> Attribute { HTMLEscaping.attribute("href", String(describing: url)) }
}

extension Node where Context: HTMLLinkableContext {
    static func href(_ url: any URLRepresentable) -> Node { .attribute(named: "href", value: String(describing: url)) }
}

extension Node where Context == HTML.FormContext {
    static func action(_ url: any URLRepresentable) -> Node { .attribute(named: "action", value: String(describing: url)) }
}

extension Node where Context == HTML.LabelContext {
    static func `for`(_ target: String) -> Node { .attribute(named: "for", value: target) }
}

extension Attribute where Context == HTML.MetaContext {
    static func content(_ content: String) -> Attribute { HTMLEscaping.attribute("content", content) }
}
