/// Why a row of an import cannot be taken; the interface words it, with the way to fix it.
public enum AssetImportProblem: Hashable, Sendable {
    /// A value a new asset needs, or the matching key, is empty.
    case missing
    case tooLong(max: Int)
    case invalidUAI(String)
    /// A valid UAI that no convention of the territory covers.
    case unknownEstablishment(String)
    /// An establishment whose inventory the importer may not change.
    case outsideScope(String)
    /// Not a component of the catalogue of the convention covering the establishment.
    case unknownComponent(String, known: [String])
    case unknownZone(String)
    case unknownFunding(String)
    case unknownCondition(String)
    case unknownStatus(String, known: [String])
    case invalidDate(String)
    case dateInFuture(CalendarDate)
    case warrantyBeforeAcquisition
    case invalidAmount(String, Money.ParseError)
    case negativeAmount
    case invalidID(String)
    /// Matching by id, and no asset has it.
    case noSuchAsset
    /// The same key, inventory number or serial as an earlier row of the file.
    case repeatsLine(Int)
    /// The inventory number or serial belongs to another asset (named by its inventory number).
    case usedByAnotherAsset(String)
    case transitionRefused(from: String, to: String)
    /// The row would move the asset to another establishment: a transfer, not an import.
    case establishmentChange(from: UAI)
    /// Non-empty cells beyond the header's columns: a shifted row (a separator inside an unquoted value).
    case extraCells(Int)
}

/// One refused value of an import: its line in the file, the field, the problem.
public struct AssetImportRejection: Hashable, Sendable {
    public var line: Int
    /// Nil when the row as a whole is refused.
    public var field: AssetField?
    public var problem: AssetImportProblem

    public init(line: Int, field: AssetField?, problem: AssetImportProblem) {
        self.line = line
        self.field = field
        self.problem = problem
    }
}
