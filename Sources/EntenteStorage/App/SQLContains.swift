import Foundation
import SQLKit

/// `column LIKE '%text%'` with the text's own `%`, `_` and `\` taken literally, written the same
/// for SQLite (which has no default escape character) and PostgreSQL.
struct SQLContains: SQLExpression {
    let column: any SQLExpression
    let text: String

    func serialize(to serializer: inout SQLSerializer) {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
        column.serialize(to: &serializer)
        serializer.write(" LIKE ")
        SQLBind("%" + escaped + "%").serialize(to: &serializer)
        serializer.write(" ESCAPE '\\'")
    }
}
