import EntenteCore
import Fluent

/// A row of `teams`: a team of one party of a convention, mirrored from `teams.yaml`.
public final class TeamRecord: Model, @unchecked Sendable {
    public static let schema = "teams"

    @ID(custom: "code", generatedBy: .user) public var id: String?
    @Field(key: "convention_id") public var conventionID: String
    @Field(key: "party_code") public var partyCode: String
    @Field(key: "name") public var name: String
    @Field(key: "level") public var level: String
    @Field(key: "is_default") public var isDefault: Bool
    /// Its place in the file: the order of queues and escalation choices.
    @Field(key: "position") public var position: Int

    public init() {}

    public init(_ team: Team, conventionID: String, position: Int) {
        id = team.code
        update(from: team, conventionID: conventionID, position: position)
    }

    func update(from team: Team, conventionID: String, position: Int) {
        self.conventionID = conventionID
        partyCode = team.partyCode
        name = team.name
        level = team.level.rawValue
        isDefault = team.isDefault
        self.position = position
    }

    public var team: Team {
        Team(code: id ?? "", name: name, partyCode: partyCode, level: EscalationLevel(rawValue: level) ?? .n1,
             isDefault: isDefault)
    }
}
