import Fluent

/// Every migration, in the order they shipped. Never edit one that has landed: add the next.
public enum EntenteMigrations {
    public static let all: [any Migration] = [
        CreatePartners(),
        CreateEstablishments(),
        CreateConventions(),
        CreateUsers(),
        CreateAuditLog(),
        CreateTickets(),
        CreateTicketEvents(),
        CreateAPITokens(),
        CreateTicketRatings(),
        AddTicketClockOutcomes(),
        IndexTickets(),
        CreateTeams(),
        CreateTicketAttachments(),
        AddTicketQueueOrder(),
        AddTicketSearchText(),
        AddTicketDueDates(),
        CreateNotifications(),
        IndexTicketResolutions(),
        IndexAuditSubjects(),
        CreateSignInFailures(),
        CreateWebSessions(),
        CreateServerKeys(),
        CreateIdempotencyKeys(),
        TypeTicketEvents(),
        CreateAssets(),
        CreateAssetLoans(),
        CreateDisposalBatches(),
        CreateEquipmentModulations(),
        CreatePurchaseRequests(),
        AddAssetImportProgress(),
        CreateBreaches(),
        IndexPersonalData(),
    ]
}
