/// A user name and password for SMTP AUTH; the password never shows in descriptions, logs or dumps.
public struct SMTPCredentials: Hashable, Sendable {
    public var username: String
    public var password: String

    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}

extension SMTPCredentials: CustomStringConvertible, CustomReflectable {
    /// Always the same mask, so that not even the password's length leaks.
    static let passwordMask = "********"

    public var description: String { "\(username):\(Self.passwordMask)" }

    public var customMirror: Mirror {
        Mirror(self, children: ["username": username, "password": Self.passwordMask])
    }
}
