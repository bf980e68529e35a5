import EntenteCore
import EntenteStorage
import Vapor

/// The pages of a convention's partnership — its sums and its avenants —: the convention of the URL, for
/// its parties only (not found for anyone else).
struct PartnershipDesk {
    let desk: GovernanceDesk
    let convention: Convention

    static func make(_ request: Request) throws -> PartnershipDesk {
        let desk = try GovernanceDesk.make(request)
        guard let convention = request.parameters.get("id").flatMap({ desk.environment.conventions[$0] }),
              GovernanceAccess.canReadPartnership(desk.user.viewer, in: convention) else { throw Abort(.notFound) }
        return PartnershipDesk(desk: desk, convention: convention)
    }

    /// Whether the user records for a party: payments, commitments, proposals, approvals.
    var acts: Bool { GovernanceAccess.canActForAParty(desk.user.viewer, in: convention) }

    /// The signatory parties the user may speak for: theirs, or every one for an administrator.
    var ownParties: [String] { ownParties(among: Avenant.signatories(of: convention)) }

    /// Among `approvers`, those the user records for: theirs, or all of them — a newcomer too — for an administrator.
    func ownParties(among approvers: [String]) -> [String] {
        guard desk.user.role != .administrator else { return approvers }
        let mine = GovernanceAccess.parties(of: desk.user.viewer, in: convention)
        return approvers.filter(mine.contains)
    }

    var finances: FinanceStore { FinanceStore(database: desk.database) }
    var avenants: AvenantStore { AvenantStore(database: desk.database) }
}
