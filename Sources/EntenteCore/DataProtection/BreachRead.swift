/// Someone opened a breach: every read is kept, and the DPDs see the list.
public struct BreachRead: Hashable, Sendable {
    public var reader: String
    public var at: Instant

    public init(reader: String, at: Instant) { (self.reader, self.at) = (reader, at) }
}
