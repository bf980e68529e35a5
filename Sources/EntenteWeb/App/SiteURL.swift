import Foundation
import RoutingKit

/// Every page and endpoint of the site: routes and links are written from this one place.
public enum SiteURL: Hashable, Sendable {
    case home
    case signIn
    case signOut
    case language
    case health
    case stylesheet
    case conventions
    case convention(String)
    case matrixCSV(String)
    case matrixJSON(String)
    case establishments
    case establishment(String)
    case partners
    case audit
    case tickets
    case ticketsCSV
    case newTicket
    case ticket(UUID)
    case ticketStatus(UUID)
    case ticketMessages(UUID)
    case ticketRating(UUID)
    case statistics
    case statisticsCSV
    case ticketTransfer(UUID)
    case ticketTeam(UUID)
    case ticketAttachments(UUID)
    case ticketAttachment(UUID, UUID)
    case notifications
    case notificationRead(UUID)
    case notificationsReadAll
    case inventory
    case inventoryCSV
    case asset(UUID)
    case assetStatus(UUID)
    case assetLabel(UUID)
    case inventoryImport
    case inventoryImportReport(UUID)
    case assetLoans(UUID)
    case loanAgreement(UUID)
    case loanEnd(UUID)
    case allocations
    case inventoryIndicators
    case inventoryIndicatorsJSON
    case inventoryIndicatorsCSV
    case disposals
    case disposal(UUID)
    case disposalCertificate(UUID)
    case conformance
    case modulations
    case purchases
    case purchase(UUID)
    case purchaseDecision(UUID)
    case purchaseReceipt(UUID)
    case allocationsEnd
    case breaches
    case breachesCSV
    case breachesJSON
    case newBreach
    case breach(UUID)
    case breachNotifications(UUID)
    case breachDecision(UUID)
    case breachResolution(UUID)
    case breachAuthoritySheet(UUID)
    case crisisDirectory(String)
    case crisisContactReview(UUID)
    case personalData
    case personalDataExport
    case personalDataErasure
    case retention
    case rightsRequests
    case rightsRequestsCSV
    case newRightsRequest
    case rightsRequest(UUID)
    case rightsRequestStep(UUID, String)
    case incidents
    case newIncident
    case incident(UUID)
    case incidentChange(UUID, String)
    case incidentEntryDone(UUID, UUID)
    case processingRegister(String)
    case processingRegisterCSV(String)
    case processingRegisterJSON(String)
    case governance
    case newMeeting
    case meeting(UUID)
    case meetingChange(UUID, String)
    case meetingMinutes(UUID)
    case voteChange(UUID, String)
    case actionStatus(UUID)
    case finance(String)
    case callForFunds(String)
    case callForFundsCSV(String)
    case financeChange(String, String)
    case avenants(String)
    case avenant(String, Int)
    case avenantStep(String, Int, String)

    /// The kind of URL, without its values: what a route is registered for.
    public var endpoint: Endpoint {
        switch self {
        case .home: .home
        case .signIn: .signIn
        case .signOut: .signOut
        case .language: .language
        case .health: .health
        case .stylesheet: .stylesheet
        case .conventions: .conventions
        case .convention: .convention
        case .matrixCSV: .matrixCSV
        case .matrixJSON: .matrixJSON
        case .establishments: .establishments
        case .establishment: .establishment
        case .partners: .partners
        case .audit: .audit
        case .tickets: .tickets
        case .ticketsCSV: .ticketsCSV
        case .newTicket: .newTicket
        case .ticket: .ticket
        case .ticketStatus: .ticketStatus
        case .ticketMessages: .ticketMessages
        case .ticketRating: .ticketRating
        case .statistics: .statistics
        case .statisticsCSV: .statisticsCSV
        case .ticketTransfer: .ticketTransfer
        case .ticketTeam: .ticketTeam
        case .ticketAttachments: .ticketAttachments
        case .ticketAttachment: .ticketAttachment
        case .notifications: .notifications
        case .notificationRead: .notificationRead
        case .notificationsReadAll: .notificationsReadAll
        case .inventory: .inventory
        case .inventoryCSV: .inventoryCSV
        case .asset: .asset
        case .assetStatus: .assetStatus
        case .assetLabel: .assetLabel
        case .inventoryImport: .inventoryImport
        case .inventoryImportReport: .inventoryImportReport
        case .assetLoans: .assetLoans
        case .loanAgreement: .loanAgreement
        case .loanEnd: .loanEnd
        case .allocations: .allocations
        case .inventoryIndicators: .inventoryIndicators
        case .inventoryIndicatorsJSON: .inventoryIndicatorsJSON
        case .inventoryIndicatorsCSV: .inventoryIndicatorsCSV
        case .disposals: .disposals
        case .disposal: .disposal
        case .disposalCertificate: .disposalCertificate
        case .conformance: .conformance
        case .modulations: .modulations
        case .purchases: .purchases
        case .purchase: .purchase
        case .purchaseDecision: .purchaseDecision
        case .purchaseReceipt: .purchaseReceipt
        case .allocationsEnd: .allocationsEnd
        case .breaches: .breaches
        case .breachesCSV: .breachesCSV
        case .breachesJSON: .breachesJSON
        case .newBreach: .newBreach
        case .breach: .breach
        case .breachNotifications: .breachNotifications
        case .breachDecision: .breachDecision
        case .breachResolution: .breachResolution
        case .breachAuthoritySheet: .breachAuthoritySheet
        case .crisisDirectory: .crisisDirectory
        case .crisisContactReview: .crisisContactReview
        case .personalData: .personalData
        case .personalDataExport: .personalDataExport
        case .personalDataErasure: .personalDataErasure
        case .retention: .retention
        case .rightsRequests: .rightsRequests
        case .rightsRequestsCSV: .rightsRequestsCSV
        case .newRightsRequest: .newRightsRequest
        case .rightsRequest: .rightsRequest
        case .rightsRequestStep: .rightsRequestStep
        case .incidents: .incidents
        case .newIncident: .newIncident
        case .incident: .incident
        case .incidentChange: .incidentChange
        case .incidentEntryDone: .incidentEntryDone
        case .processingRegister: .processingRegister
        case .processingRegisterCSV: .processingRegisterCSV
        case .processingRegisterJSON: .processingRegisterJSON
        case .governance: .governance
        case .newMeeting: .newMeeting
        case .meeting: .meeting
        case .meetingChange: .meetingChange
        case .meetingMinutes: .meetingMinutes
        case .voteChange: .voteChange
        case .actionStatus: .actionStatus
        case .finance: .finance
        case .callForFunds: .callForFunds
        case .callForFundsCSV: .callForFundsCSV
        case .financeChange: .financeChange
        case .avenants: .avenants
        case .avenant: .avenant
        case .avenantStep: .avenantStep
        }
    }

    /// The values that fill the endpoint's parameters, in order (UUIDs in lower case).
    var parameterValues: [String] {
        switch self {
        case .convention(let value): [value]
        case .matrixCSV(let value): [value]
        case .matrixJSON(let value): [value]
        case .establishment(let value): [value]
        case .ticket(let id): [id.uuidString.lowercased()]
        case .ticketStatus(let id): [id.uuidString.lowercased()]
        case .ticketMessages(let id): [id.uuidString.lowercased()]
        case .ticketRating(let id): [id.uuidString.lowercased()]
        case .ticketTransfer(let id): [id.uuidString.lowercased()]
        case .ticketTeam(let id): [id.uuidString.lowercased()]
        case .ticketAttachments(let id): [id.uuidString.lowercased()]
        case .ticketAttachment(let id, let file): [id.uuidString.lowercased(), file.uuidString.lowercased()]
        case .notificationRead(let id): [id.uuidString.lowercased()]
        case .asset(let id), .assetStatus(let id), .assetLabel(let id), .inventoryImportReport(let id), .assetLoans(let id), .loanAgreement(let id),
             .loanEnd(let id), .disposal(let id), .disposalCertificate(let id), .purchase(let id), .purchaseDecision(let id),
             .purchaseReceipt(let id), .breach(let id), .breachNotifications(let id), .breachDecision(let id),
             .breachResolution(let id), .breachAuthoritySheet(let id), .crisisContactReview(let id): [id.uuidString.lowercased()]
        case .crisisDirectory(let conventionID), .processingRegister(let conventionID), .processingRegisterCSV(let conventionID),
             .processingRegisterJSON(let conventionID): [conventionID]
        case .rightsRequest(let id), .meeting(let id), .meetingMinutes(let id), .actionStatus(let id): [id.uuidString.lowercased()]
        case .meetingChange(let id, let change), .voteChange(let id, let change): [id.uuidString.lowercased(), change]
        case .finance(let id), .callForFunds(let id), .callForFundsCSV(let id): [id]
        case .financeChange(let id, let change): [id, change]
        case .avenants(let id): [id]
        case .avenant(let id, let number): [id, String(number)]
        case .avenantStep(let id, let number, let step): [id, String(number), step]
        case .governance, .newMeeting: []
        case .rightsRequestStep(let id, let step): [id.uuidString.lowercased(), step]
        case .rightsRequests, .rightsRequestsCSV, .newRightsRequest, .incidents, .newIncident: []
        case .incident(let id): [id.uuidString.lowercased()]
        case .incidentChange(let id, let change): [id.uuidString.lowercased(), change]
        case .incidentEntryDone(let id, let entry): [id.uuidString.lowercased(), entry.uuidString.lowercased()]
        case .breaches, .breachesCSV, .breachesJSON, .newBreach, .personalData, .personalDataExport, .personalDataErasure,
             .retention: []
        case .inventory, .inventoryCSV, .inventoryImport, .allocations, .inventoryIndicators, .inventoryIndicatorsJSON,
             .inventoryIndicatorsCSV, .disposals, .conformance, .modulations, .purchases, .allocationsEnd,
             .home, .signIn, .signOut, .language, .health, .stylesheet, .conventions, .establishments, .partners, .audit, .tickets, .ticketsCSV, .newTicket, .statistics, .statisticsCSV, .notifications, .notificationsReadAll: []
        }
    }

    /// The link: the endpoint's template with its values.
    public var path: String {
        var values = parameterValues.makeIterator()
        let components = endpoint.template.split(separator: "/").map { component in
            component.hasPrefix(":") ? values.next() ?? "" : String(component)
        }
        return "/" + components.joined(separator: "/")
    }

    /// Every kind of page and endpoint of the site, with its path template: the one place a path is
    /// spelled, which `Routes` registers and `path` fills in. `SiteURLTests` checks both ways.
    public enum Endpoint: String, CaseIterable, Sendable {
        case home, signIn, signOut, language, health, stylesheet, conventions, convention, matrixCSV, matrixJSON, establishments, establishment, partners, audit, tickets, ticketsCSV, newTicket, ticket, ticketStatus, ticketMessages, ticketRating, statistics, statisticsCSV, ticketTransfer, ticketTeam, ticketAttachments, ticketAttachment, notifications, notificationRead, notificationsReadAll
        case inventory, inventoryCSV, asset, assetStatus, assetLabel, inventoryImport, inventoryImportReport, assetLoans, loanAgreement, loanEnd
        case allocations, inventoryIndicators, inventoryIndicatorsJSON, inventoryIndicatorsCSV, disposals, disposal, disposalCertificate
        case conformance, modulations, purchases, purchase, purchaseDecision, purchaseReceipt, allocationsEnd
        case breaches, breachesCSV, breachesJSON, newBreach, breach, breachNotifications, breachDecision, breachResolution
        case breachAuthoritySheet, crisisDirectory, crisisContactReview, personalData, personalDataExport, personalDataErasure
        case retention, rightsRequests, rightsRequestsCSV, newRightsRequest, rightsRequest, rightsRequestStep
        case incidents, newIncident, incident, incidentChange, incidentEntryDone, processingRegister, processingRegisterCSV
        case processingRegisterJSON, governance, newMeeting, meeting, meetingChange, meetingMinutes, voteChange, actionStatus
        case finance, callForFunds, callForFundsCSV, financeChange, avenants, avenant, avenantStep

        /// `/tickets/:id/status`: Vapor's route pattern, and the template of links.
        public var template: String {
            switch self {
            case .home: "/"
            case .signIn: "/sign-in"
            case .signOut: "/sign-out"
            case .language: "/language"
            case .health: "/health"
            case .stylesheet: "/assets/entente.css"
            case .conventions: "/conventions"
            case .convention: "/conventions/:id"
            case .matrixCSV: "/conventions/:id/matrix.csv"
            case .matrixJSON: "/conventions/:id/matrix.json"
            case .establishments: "/establishments"
            case .establishment: "/establishments/:uai"
            case .partners: "/partners"
            case .audit: "/audit"
            case .tickets: "/tickets"
            case .ticketsCSV: "/tickets.csv"
            case .newTicket: "/tickets/new"
            case .ticket: "/tickets/:id"
            case .ticketStatus: "/tickets/:id/status"
            case .ticketMessages: "/tickets/:id/messages"
            case .ticketRating: "/tickets/:id/rating"
            case .statistics: "/statistics"
            case .statisticsCSV: "/statistics.csv"
            case .ticketTransfer: "/tickets/:id/transfer"
            case .ticketTeam: "/tickets/:id/team"
            case .ticketAttachments: "/tickets/:id/attachments"
            case .ticketAttachment: "/tickets/:id/attachments/:attachmentID"
            case .notifications: "/notifications"
            case .notificationRead: "/notifications/:id/read"
            case .notificationsReadAll: "/notifications/read-all"
            case .inventory: "/inventory"
            case .inventoryCSV: "/inventory.csv"
            case .asset: "/inventory/assets/:id"
            case .assetStatus: "/inventory/assets/:id/status"
            case .assetLabel: "/inventory/assets/:id/label"
            case .inventoryImport: "/inventory/import"
            case .inventoryImportReport: "/inventory/import/:id"
            case .assetLoans: "/inventory/assets/:id/loans"
            case .loanAgreement: "/inventory/loans/:id/agreement"
            case .loanEnd: "/inventory/loans/:id/end"
            case .allocations: "/inventory/allocations"
            case .inventoryIndicators: "/inventory/indicators"
            case .inventoryIndicatorsJSON: "/inventory/indicators.json"
            case .inventoryIndicatorsCSV: "/inventory/indicators.csv"
            case .disposals: "/inventory/disposals"
            case .disposal: "/inventory/disposals/:id"
            case .disposalCertificate: "/inventory/disposals/:id/certificate"
            case .conformance: "/inventory/conformance"
            case .modulations: "/inventory/conformance/modulations"
            case .purchases: "/inventory/purchases"
            case .purchase: "/inventory/purchases/:id"
            case .purchaseDecision: "/inventory/purchases/:id/decision"
            case .purchaseReceipt: "/inventory/purchases/:id/receipt"
            case .allocationsEnd: "/inventory/allocations/end"
            case .breaches: "/breaches"
            case .breachesCSV: "/breaches.csv"
            case .breachesJSON: "/breaches.json"
            case .newBreach: "/breaches/new"
            case .breach: "/breaches/:id"
            case .breachNotifications: "/breaches/:id/notifications"
            case .breachDecision: "/breaches/:id/decision"
            case .breachResolution: "/breaches/:id/resolution"
            case .breachAuthoritySheet: "/breaches/:id/authority"
            case .crisisDirectory: "/conventions/:id/crisis-directory"
            case .crisisContactReview: "/crisis-directory/:id/review"
            case .personalData: "/data-protection"
            case .personalDataExport: "/data-protection/export.json"
            case .personalDataErasure: "/data-protection/erasure"
            case .retention: "/data-protection/retention"
            case .rightsRequests: "/rights-requests"
            case .rightsRequestsCSV: "/rights-requests.csv"
            case .newRightsRequest: "/rights-requests/new"
            case .rightsRequest: "/rights-requests/:id"
            case .rightsRequestStep: "/rights-requests/:id/:step"
            case .incidents: "/incidents"
            case .newIncident: "/incidents/new"
            case .incident: "/incidents/:id"
            case .incidentChange: "/incidents/:id/:change"
            case .incidentEntryDone: "/incidents/:id/timeline/:entryID/done"
            case .processingRegister: "/conventions/:id/processing"
            case .processingRegisterCSV: "/conventions/:id/processing.csv"
            case .processingRegisterJSON: "/conventions/:id/processing.json"
            case .governance: "/governance"
            case .newMeeting: "/governance/meetings/new"
            case .meeting: "/governance/meetings/:id"
            case .meetingChange: "/governance/meetings/:id/:change"
            case .meetingMinutes: "/governance/meetings/:id/minutes"
            case .voteChange: "/governance/votes/:id/:change"
            case .actionStatus: "/governance/actions/:id/status"
            case .finance: "/conventions/:id/finance"
            case .callForFunds: "/conventions/:id/finance/call"
            case .callForFundsCSV: "/conventions/:id/finance/call.csv"
            case .financeChange: "/conventions/:id/finance/:change"
            case .avenants: "/conventions/:id/avenants"
            case .avenant: "/conventions/:id/avenants/:number"
            case .avenantStep: "/conventions/:id/avenants/:number/:step"
            }
        }

        public var pathComponents: [PathComponent] { template.pathComponents }
    }
}
