@testable import EntenteCore

/// The cast of the access-rule suites: a Wi-Fi repair of a collège of Ille-et-Vilaine in the
/// Département's queue, and one viewer of each kind around it.
protocol AccessCast {}

extension AccessCast {
    var ticket: TicketAccessFacts {
        TicketAccessFacts(establishmentUAI: "0352958A", responsiblePartner: "CD35", conventionPartners: ["CD35", "AC-RENNES"])
    }
    var admin: TicketViewer { TicketViewer(role: .administrator) }
    var departement: TicketViewer { TicketViewer(role: .partnerAgent, partnerCode: "CD35") }
    var academie: TicketViewer { TicketViewer(role: .partnerAgent, partnerCode: "AC-RENNES") }
    var otherTerritory: TicketViewer { TicketViewer(role: .partnerAgent, partnerCode: "CD67") }
    var principal: TicketViewer { TicketViewer(role: .establishmentMember, establishmentUAI: "0352958A") }
    var otherSchool: TicketViewer { TicketViewer(role: .establishmentMember, establishmentUAI: "0350003N") }
    var dpd: TicketViewer { TicketViewer(role: .observer, partnerCode: "AC-RENNES") }
}
