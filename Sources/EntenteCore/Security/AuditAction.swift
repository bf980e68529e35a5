/// What an entry of the audit trail records, typed: stored as its text (`ticket.transfer.override`),
/// read back as a case, and an unknown text is an error, not a guess. Who may read an entry depends on
/// what it is about (`subject`) and whether it names an internal file (`isInternal`).
public enum AuditAction: Hashable, Sendable {
    case signIn, signInFailed, signInThrottled, signOut
    case apiTokenCreated, apiTokenRevoked
    case conventionCreated, conventionUpdated
    case teamCreated, teamUpdated, teamDeleted
    case ticketCreated, ticketStatusChanged
    /// A transfer to another party; `overridingConvention` when it goes against the convention's routing.
    case ticketTransferred(overridingConvention: Bool)
    case ticketTeamChanged(TeamReassignment.Movement)
    /// A clock's warning before breach, or its breach.
    case serviceLevelAlert(breach: Bool)
    /// A file added to a ticket; internal files are named to their party (and administrators) only.
    case attachmentAdded(internal: Bool)
    /// The inventory of an establishment (the entry's subject is its UAI): an import's writes, a status
    /// change by hand, a loan's end, a disposal batch, a purchase decision, a modulation of the référentiel.
    case inventoryImported, assetStatusChanged, assetLoanEnded, disposalMade, modulationRecorded
    case purchaseDecided(approved: Bool)
    /// A personal-data breach (the subject is its id; entries name no person and no detail of the
    /// breach): its declaration, a notification sent, the crisis cell's decision, its resolution.
    case breachDeclared, breachNotified, breachDecided, breachResolved
    /// An entry of a convention's crisis directory, saved (the subject is the convention's id).
    case crisisContactSaved
    /// A person's data erased on request (the subject is the pseudonym that replaced them), or a
    /// retention rule's purge (the subject is the rule).
    case personalDataErased, retentionPurged
    /// A rights request recorded, or a step of it (the subject is its id).
    case rightsRequestRecorded, rightsRequestUpdated
    /// A security incident reported, or a change of it (the subject is its id).
    case incidentReported, incidentUpdated
    /// A body's meeting, vote, minutes or action item changed; a payment or a budget commitment recorded
    /// (the subject is the convention's id, the entry says what changed).
    case governanceUpdated, financeUpdated

    /// What the entry's subject is: a ticket's reference, a convention's id, a team's code, an account's e-mail.
    public enum Subject: Hashable, Sendable {
        case ticket, convention, team, account
        /// An API token, by its name; the account it acts as is the entry's actor.
        case apiToken
        /// An establishment's inventory, by its UAI.
        case inventory
        /// A personal-data breach or a security incident, by its id.
        case breach
        /// A person's data (by the pseudonym that replaced them) or a retention rule.
        case personalData
    }

    public var subject: Subject {
        switch self {
        case .signIn, .signInFailed, .signInThrottled, .signOut: .account
        case .apiTokenCreated, .apiTokenRevoked: .apiToken
        case .conventionCreated, .conventionUpdated, .crisisContactSaved, .governanceUpdated, .financeUpdated: .convention
        case .breachDeclared, .breachNotified, .breachDecided, .breachResolved, .incidentReported, .incidentUpdated: .breach
        case .personalDataErased, .retentionPurged, .rightsRequestRecorded, .rightsRequestUpdated: .personalData
        case .teamCreated, .teamUpdated, .teamDeleted: .team
        case .ticketCreated, .ticketStatusChanged, .ticketTransferred, .ticketTeamChanged, .serviceLevelAlert,
             .attachmentAdded: .ticket
        case .inventoryImported, .assetStatusChanged, .assetLoanEnded, .disposalMade, .modulationRecorded, .purchaseDecided: .inventory
        }
    }

    public var isInternal: Bool {
        if case .attachmentAdded(internal: true) = self { return true }
        return false
    }

    public var rawValue: String {
        switch self {
        case .signIn: "sign-in"
        case .signInFailed: "sign-in.failed"
        case .signInThrottled: "sign-in.throttled"
        case .signOut: "sign-out"
        case .apiTokenCreated: "api-token.create"
        case .apiTokenRevoked: "api-token.revoke"
        case .conventionCreated: "convention.create"
        case .conventionUpdated: "convention.update"
        case .teamCreated: "team.create"
        case .teamUpdated: "team.update"
        case .teamDeleted: "team.delete"
        case .ticketCreated: "ticket.create"
        case .ticketStatusChanged: "ticket.status"
        case .ticketTransferred(let overriding): overriding ? "ticket.transfer.override" : "ticket.transfer"
        case .ticketTeamChanged(let movement): "ticket.team.\(movement.rawValue)"
        case .serviceLevelAlert(let breach): breach ? "ticket.sla.breach" : "ticket.sla.warning"
        case .attachmentAdded(let isInternal): isInternal ? "ticket.attachment.internal" : "ticket.attachment"
        case .inventoryImported: "inventory.import"
        case .assetStatusChanged: "inventory.asset.status"
        case .assetLoanEnded: "inventory.loan.end"
        case .disposalMade: "inventory.disposal"
        case .modulationRecorded: "inventory.modulation"
        case .purchaseDecided(let approved): approved ? "inventory.purchase.approve" : "inventory.purchase.refuse"
        case .breachDeclared: "breach.declare"
        case .breachNotified: "breach.notify"
        case .breachDecided: "breach.decide"
        case .breachResolved: "breach.resolve"
        case .crisisContactSaved: "crisis-directory.save"
        case .personalDataErased: "personal-data.erase"
        case .retentionPurged: "retention.purge"
        case .rightsRequestRecorded: "rights-request.record"
        case .rightsRequestUpdated: "rights-request.update"
        case .incidentReported: "incident.report"
        case .incidentUpdated: "incident.update"
        case .governanceUpdated: "governance.update"
        case .financeUpdated: "finance.update"
        }
    }

    /// Every action there is, for reading stored texts back and for tests.
    public static let all: [AuditAction] = [
        .signIn, .signInFailed, .signInThrottled, .signOut, .apiTokenCreated, .apiTokenRevoked,
        .conventionCreated, .conventionUpdated, .teamCreated, .teamUpdated, .teamDeleted,
        .ticketCreated, .ticketStatusChanged, .ticketTransferred(overridingConvention: false),
        .ticketTransferred(overridingConvention: true), .serviceLevelAlert(breach: false), .serviceLevelAlert(breach: true),
        .attachmentAdded(internal: false), .attachmentAdded(internal: true),
        .inventoryImported, .assetStatusChanged, .assetLoanEnded, .disposalMade, .modulationRecorded,
        .purchaseDecided(approved: true), .purchaseDecided(approved: false),
        .breachDeclared, .breachNotified, .breachDecided, .breachResolved, .crisisContactSaved,
        .personalDataErased, .retentionPurged, .rightsRequestRecorded, .rightsRequestUpdated,
        .incidentReported, .incidentUpdated, .governanceUpdated, .financeUpdated,
    ] + TeamReassignment.Movement.allCases.map(AuditAction.ticketTeamChanged)

    private static let byText = Dictionary(uniqueKeysWithValues: all.map { ($0.rawValue, $0) })

    public init?(rawValue: String) {
        guard let action = Self.byText[rawValue] else { return nil }
        self = action
    }
}
