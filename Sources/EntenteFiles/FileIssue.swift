/// A problem in a data file, located and with the way to fix it: `FILE:LINE: what — fix`.
public struct FileIssue: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var fix: String

    public init(file: String, line: Int, message: String, fix: String) {
        self.file = file
        self.line = line
        self.message = message
        self.fix = fix
    }

    public var description: String { "\(file):\(line): \(message) — \(fix)" }
}

/// Every problem of a file that failed to load; nothing of the file is used.
public struct FileIssues: Error, Sendable, CustomStringConvertible {
    public var issues: [FileIssue]

    public init(_ issues: [FileIssue]) { self.issues = issues }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
