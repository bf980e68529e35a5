import Foundation

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

    public var path: String {
        switch self {
        case .home: "/"
        case .signIn: "/sign-in"
        case .signOut: "/sign-out"
        case .language: "/language"
        case .health: "/health"
        case .stylesheet: "/assets/entente.css"
        case .conventions: "/conventions"
        case .convention(let id): "/conventions/\(id)"
        case .matrixCSV(let id): "/conventions/\(id)/matrix.csv"
        case .matrixJSON(let id): "/conventions/\(id)/matrix.json"
        case .establishments: "/establishments"
        case .establishment(let uai): "/establishments/\(uai)"
        case .partners: "/partners"
        case .audit: "/audit"
        case .tickets: "/tickets"
        case .ticketsCSV: "/tickets.csv"
        case .newTicket: "/tickets/new"
        case .ticket(let id): "/tickets/\(id.uuidString.lowercased())"
        case .ticketStatus(let id): "/tickets/\(id.uuidString.lowercased())/status"
        case .ticketMessages(let id): "/tickets/\(id.uuidString.lowercased())/messages"
        case .ticketRating(let id): "/tickets/\(id.uuidString.lowercased())/rating"
        case .statistics: "/statistics"
        case .statisticsCSV: "/statistics.csv"
        case .ticketTransfer(let id): "/tickets/\(id.uuidString.lowercased())/transfer"
        case .ticketTeam(let id): "/tickets/\(id.uuidString.lowercased())/team"
        case .ticketAttachments(let id): "/tickets/\(id.uuidString.lowercased())/attachments"
        case .ticketAttachment(let id, let file): "/tickets/\(id.uuidString.lowercased())/attachments/\(file.uuidString.lowercased())"
        case .notifications: "/notifications"
        case .notificationRead(let id): "/notifications/\(id.uuidString.lowercased())/read"
        case .notificationsReadAll: "/notifications/read-all"
        }
    }
}
