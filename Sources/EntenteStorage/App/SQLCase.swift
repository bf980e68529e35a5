import SQLKit

/// `CASE WHEN … THEN … ELSE … END`, which SQLite and PostgreSQL read alike: lets one grouped query
/// sort rows into bands (a device's age, a year) instead of one query per band.
struct SQLCase: SQLExpression {
    let cases: [(when: any SQLExpression, then: any SQLExpression)]
    let otherwise: any SQLExpression

    /// 1 where `condition` holds, else 0: what `SUM` turns into a count.
    static func one(when condition: any SQLExpression) -> SQLCase {
        SQLCase(cases: [(condition, SQLLiteral.numeric("1"))], otherwise: SQLLiteral.numeric("0"))
    }

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write("CASE")
        for (condition, value) in cases {
            serializer.write(" WHEN ")
            condition.serialize(to: &serializer)
            serializer.write(" THEN ")
            value.serialize(to: &serializer)
        }
        serializer.write(" ELSE ")
        otherwise.serialize(to: &serializer)
        serializer.write(" END")
    }
}
