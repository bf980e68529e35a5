import EntenteCore
import Fluent

/// A row of `teams`: a team of one party of a convention, mirrored from `teams.yaml`.
final class TeamRecord: Model, @unchecked Sendable {
    static let schema = "teams"

    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "convention_id") var conventionID: String
    @Field(key: "party_code") var partyCode: String
    @Field(key: "name") var name: String
    @Field(key: "level") var level: String
    @Field(key: "is_default") var isDefault: Bool
    /// Its place in the file: the order of queues and escalation choices.
    @Field(key: "position") var position: Int

    init() {}

    init(_ team: Team, conventionID: String, position: Int) {
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

    func team() throws -> Team {
        Team(code: try requireID(), name: name, partyCode: partyCode,
             level: try StoredValueError.decode(level, table: Self.schema, column: "level"), isDefault: isDefault)
    }
}
