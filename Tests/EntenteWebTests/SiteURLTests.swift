import EntenteCore
import Foundation
import RoutingKit
import Testing
import Vapor
import VaporTesting
@testable import EntenteWeb

/// Routes and links come from one enum; checked both ways.
@Suite struct SiteURLTests {
    /// One link of each endpoint.
    static func sample(of endpoint: SiteURL.Endpoint) -> SiteURL {
        let id = UUID(), file = UUID()
        return switch endpoint {
        case .home: .home
        case .signIn: .signIn
        case .signOut: .signOut
        case .language: .language
        case .health: .health
        case .stylesheet: .stylesheet
        case .conventions: .conventions
        case .convention: .convention("ille-et-vilaine-2025")
        case .matrixCSV: .matrixCSV("ille-et-vilaine-2025")
        case .matrixJSON: .matrixJSON("ille-et-vilaine-2025")
        case .establishments: .establishments
        case .establishment: .establishment("0352958A")
        case .partners: .partners
        case .audit: .audit
        case .tickets: .tickets
        case .ticketsCSV: .ticketsCSV
        case .newTicket: .newTicket
        case .ticket: .ticket(id)
        case .ticketStatus: .ticketStatus(id)
        case .ticketMessages: .ticketMessages(id)
        case .ticketRating: .ticketRating(id)
        case .statistics: .statistics
        case .statisticsCSV: .statisticsCSV
        case .ticketTransfer: .ticketTransfer(id)
        case .ticketTeam: .ticketTeam(id)
        case .ticketAttachments: .ticketAttachments(id)
        case .ticketAttachment: .ticketAttachment(id, file)
        case .notifications: .notifications
        case .notificationRead: .notificationRead(id)
        case .inventory: .inventory
        case .inventoryCSV: .inventoryCSV
        case .asset: .asset(id)
        case .assetStatus: .assetStatus(id)
        case .assetLabel: .assetLabel(id)
        case .inventoryImport: .inventoryImport
        case .inventoryImportReport: .inventoryImportReport(id)
        case .assetLoans: .assetLoans(id)
        case .loanAgreement: .loanAgreement(id)
        case .loanEnd: .loanEnd(id)
        case .allocations: .allocations
        case .inventoryIndicators: .inventoryIndicators
        case .inventoryIndicatorsJSON: .inventoryIndicatorsJSON
        case .inventoryIndicatorsCSV: .inventoryIndicatorsCSV
        case .disposals: .disposals
        case .disposal: .disposal(id)
        case .disposalCertificate: .disposalCertificate(id)
        case .conformance: .conformance
        case .modulations: .modulations
        case .purchases: .purchases
        case .purchase: .purchase(id)
        case .purchaseDecision: .purchaseDecision(id)
        case .purchaseReceipt: .purchaseReceipt(id)
        case .allocationsEnd: .allocationsEnd
        case .notificationsReadAll: .notificationsReadAll
        case .breaches: .breaches
        case .breachesCSV: .breachesCSV
        case .breachesJSON: .breachesJSON
        case .newBreach: .newBreach
        case .breach: .breach(id)
        case .breachNotifications: .breachNotifications(id)
        case .breachDecision: .breachDecision(id)
        case .breachResolution: .breachResolution(id)
        case .breachAuthoritySheet: .breachAuthoritySheet(id)
        case .crisisDirectory: .crisisDirectory("ille-et-vilaine-2025")
        case .crisisContactReview: .crisisContactReview(id)
        case .personalData: .personalData
        case .personalDataExport: .personalDataExport
        case .personalDataErasure: .personalDataErasure
        case .retention: .retention
        case .rightsRequests: .rightsRequests
        case .rightsRequestsCSV: .rightsRequestsCSV
        case .newRightsRequest: .newRightsRequest
        case .rightsRequest: .rightsRequest(id)
        case .rightsRequestStep: .rightsRequestStep(id, "answer")
        case .incidents: .incidents
        case .newIncident: .newIncident
        case .incident: .incident(id)
        case .incidentChange: .incidentChange(id, "closure")
        case .incidentEntryDone: .incidentEntryDone(id, file)
        case .processingRegister: .processingRegister("ille-et-vilaine-2025")
        case .processingRegisterCSV: .processingRegisterCSV("ille-et-vilaine-2025")
        case .processingRegisterJSON: .processingRegisterJSON("ille-et-vilaine-2025")
        case .governance: .governance
        case .newMeeting: .newMeeting
        case .meeting: .meeting(id)
        case .meetingChange: .meetingChange(id, "attendees")
        case .meetingMinutes: .meetingMinutes(id)
        case .voteChange: .voteChange(id, "ballots")
        case .actionStatus: .actionStatus(id)
        case .finance: .finance("ille-et-vilaine-2025")
        case .callForFunds: .callForFunds("ille-et-vilaine-2025")
        case .callForFundsCSV: .callForFundsCSV("ille-et-vilaine-2025")
        case .financeChange: .financeChange("ille-et-vilaine-2025", "payments")
        case .avenants: .avenants("ille-et-vilaine-2025")
        case .avenant: .avenant("ille-et-vilaine-2025", 1)
        case .avenantStep: .avenantStep("ille-et-vilaine-2025", 1, "approval")
        }
    }

    static func template(_ route: Route) -> String {
        "/" + route.path.map(\.description).joined(separator: "/")
    }

    /// Route → URL: every route of the site (the API has its own document) is an endpoint's template;
    /// URL → route: every endpoint is routed.
    @Test func everyRouteIsAnEndpointAndEveryEndpointIsRouted() async throws {
        try await TestApp.run { app in
            let routed = Set(app.routes.all.filter { $0.path.first?.description != "api" }.map(Self.template))
            #expect(routed == Set(SiteURL.Endpoint.allCases.map(\.template)))
        }
    }

    /// Every link, as `path` writes it with its values, is found by the router (Vapor's own trie) at
    /// its endpoint's route, with its values as the route's parameters.
    @Test func everyLinkLeadsToItsEndpointsRoute() async throws {
        try await TestApp.run { app in
            // A site's router holds each path once: GET and POST of one path are one entry here.
            let router = TrieRouter(String.self)
            var registered = Set<String>()
            // The trie takes no empty path: the home page ("/") is checked apart.
            for route in app.routes.all where !route.path.isEmpty && route.path.first?.description != "api"
                && registered.insert(Self.template(route)).inserted {
                router.register(Self.template(route), at: route.path)
            }
            for endpoint in SiteURL.Endpoint.allCases {
                let link = Self.sample(of: endpoint)
                #expect(link.endpoint == endpoint)
                var parameters = Parameters()
                let components = link.path.split(separator: "/").map(String.init)
                guard !components.isEmpty else {
                    #expect(endpoint == .home && app.routes.all.contains { $0.path.isEmpty && $0.method == .GET })
                    continue
                }
                #expect(router.route(path: components, parameters: &parameters) == endpoint.template, "\(link.path)")
                for name in parameters.allNames {
                    #expect(link.parameterValues.contains(parameters.get(name) ?? ""), "\(link.path): \(name)")
                }
            }
        }
    }

    @Test func linksWriteTheirValuesInTheTemplate() {
        let id = UUID(uuidString: "8E03978E-40D5-43E8-BC93-6894A57F9324")!
        #expect(SiteURL.home.path == "/")
        #expect(SiteURL.ticketAttachment(id, id).path
                == "/tickets/8e03978e-40d5-43e8-bc93-6894a57f9324/attachments/8e03978e-40d5-43e8-bc93-6894a57f9324")
        #expect(SiteURL.matrixCSV("alsace-2020").path == "/conventions/alsace-2020/matrix.csv")
        #expect(SiteURL.stylesheet.path == "/assets/entente.css")
    }
}
