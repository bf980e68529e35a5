import EntenteCore

/// A stored value no case of the core knows: the table, the column and the value, to fix the row.
public struct StoredValueError: Error, CustomStringConvertible {
    public let table: String
    public let column: String
    public let value: String

    public var description: String { "\(table).\(column) holds '\(value)', which is not a known value" }

    /// The case `raw` names, or this error naming where it was read.
    static func decode<Value: RawRepresentable>(_ raw: String, table: String, column: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: raw) else { throw StoredValueError(table: table, column: column, value: raw) }
        return value
    }

    /// The same for a column that may be null.
    static func decode<Value: RawRepresentable>(_ raw: String?, table: String, column: String) throws -> Value?
    where Value.RawValue == String {
        try raw.map { try decode($0, table: table, column: column) }
    }

    /// A stored day (`YYYY-MM-DD`), or this error naming where it was read.
    static func day(_ text: String, table: String, column: String) throws -> CalendarDate {
        guard let day = CalendarDate(iso: text) else { throw StoredValueError(table: table, column: column, value: text) }
        return day
    }

    static func day(_ text: String?, table: String, column: String) throws -> CalendarDate? {
        try text.map { try day($0, table: table, column: column) }
    }

    /// A stored UAI, or this error naming where it was read.
    static func uai(_ text: String, table: String, column: String) throws -> UAI {
        do { return try UAI(text) } catch { throw StoredValueError(table: table, column: column, value: text) }
    }
}
