/// Who attends a meeting, for which member body, and the proxies between member bodies. A member body is
/// represented when one of its delegates is present, or when it gave its proxy to a member body that is
/// itself represented by a present delegate: a proxy held by an absent member counts for nothing.
public struct MeetingAttendance: Codable, Hashable, Sendable {
    public struct Attendee: Codable, Hashable, Sendable {
        public enum Presence: String, Codable, Hashable, Sendable, CaseIterable {
            case present, excused, absent
        }

        /// The person's e-mail address: how a signed-in user is recognised as this delegate.
        public var email: String
        public var name: String
        /// The party code of the member body the person sits for.
        public var member: String
        public var presence: Presence

        public init(email: String, name: String, member: String, presence: Presence) {
            self.email = email
            self.name = name
            self.member = member
            self.presence = presence
        }
    }

    /// A member body that gives its vote to another.
    public struct Proxy: Codable, Hashable, Sendable {
        public var from: String
        public var to: String
        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    public var attendees: [Attendee]
    public var proxies: [Proxy]

    public init(attendees: [Attendee] = [], proxies: [Proxy] = []) {
        self.attendees = attendees
        self.proxies = proxies
    }

    /// Member bodies with at least one delegate present.
    public var present: Set<String> {
        Set(attendees.filter { $0.presence == .present }.map(\.member))
    }

    /// Member bodies that count for the quorum and may vote: present, or by the proxy of a present one.
    public var represented: Set<String> {
        present.union(proxies.filter { present.contains($0.to) && !present.contains($0.from) }.map(\.from))
    }

    /// The member bodies whose vote this person may cast: their own when present, and the ones that gave it their proxy.
    public func members(castableBy email: String) -> [String] {
        let own = attendees.filter { $0.email.lowercased() == email.lowercased() && $0.presence == .present }.map(\.member)
        let delegated = proxies.filter { own.contains($0.to) && !present.contains($0.from) }.map(\.from)
        return own + delegated
    }
}
