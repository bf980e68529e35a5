/// Where a piece of a convention comes from: the source text and its section title.
public struct SourceReference: Codable, Hashable, Sendable {
    public var file: String
    public var section: String

    public init(file: String, section: String) {
        self.file = file
        self.section = section
    }
}
