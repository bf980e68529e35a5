import Foundation
import Testing
@testable import EntenteCore

/// Who is told of what, over a population with every role: the handling party's teams and teamless
/// agents, another party of the territory, an agent of another territory, the requester, another
/// member of the establishment, a member of another school, an observer and an administrator.
@Suite struct NotificationRuleTests {
    static func person(_ name: String, _ role: UserRole, partner: String? = nil, uai: String? = nil,
                       team: String? = nil) -> NotificationPerson {
        NotificationPerson(id: UUID(), email: "\(name)@demo.fr", role: role, partnerCode: partner, establishmentUAI: uai,
                           teamCode: team)
    }

    let networks = person("reseaux", .partnerAgent, partner: "CD35", team: "CD35-RESEAUX")
    let desktops = person("postes", .partnerAgent, partner: "CD35", team: "CD35-POSTES")
    let cdLead = person("dsi", .partnerAgent, partner: "CD35")
    let academie = person("assistance", .partnerAgent, partner: "AC-RENNES")
    let academieENT = person("ent", .partnerAgent, partner: "AC-RENNES", team: "ACA-RENNES-ENT")
    let outsider = person("cd67", .partnerAgent, partner: "CD67")
    let requester = person("enseignant", .establishmentMember, uai: "0352958A")
    let principal = person("principal", .establishmentMember, uai: "0352958A")
    let otherSchool = person("autre", .establishmentMember, uai: "0350003N")
    let dpd = person("dpd", .observer, partner: "CD35")
    let admin = person("admin", .administrator)

    var everyone: [NotificationPerson] {
        [networks, desktops, cdLead, academie, academieENT, outsider, requester, principal, otherSchool, dpd, admin]
    }

    /// The requester's Wi-Fi breakdown, in the Département's network team.
    var wifi: NotifiedTicket {
        NotifiedTicket(access: TicketAccessFacts(establishmentUAI: "0352958A", responsiblePartner: "CD35",
                                                 conventionPartners: ["CD35", "AC-RENNES"]),
                       teamCode: "CD35-RESEAUX", requesterEmail: "ENSEIGNANT@demo.fr")
    }

    func told(_ happening: TicketHappening, on ticket: NotifiedTicket? = nil, by actor: NotificationPerson) -> Set<String> {
        Set(NotificationRule.recipients(of: happening, on: ticket ?? wifi, by: actor, among: everyone).map(\.email))
    }

    func emails(_ people: NotificationPerson...) -> Set<String> { Set(people.map(\.email)) }

    @Test func aNewTicketGoesToItsTeamAndToThePartysTeamlessAgents() {
        #expect(told(.filed, by: requester) == emails(networks, cdLead))
    }

    @Test func aPartyWithoutTeamsHasAllItsAgentsTold() {
        var ticket = wifi
        ticket.teamCode = nil
        #expect(told(.filed, on: ticket, by: requester) == emails(networks, desktops, cdLead))
    }

    @Test func aTicketTheEstablishmentHandlesTellsNoAgent() {
        var ticket = wifi
        ticket.access.responsiblePartner = nil
        ticket.teamCode = nil
        #expect(told(.filed, on: ticket, by: requester).isEmpty)
        #expect(told(.rated, on: ticket, by: requester).isEmpty)
    }

    @Test func aTransferTellsTheNewPartyAndATeamChangeTheNewTeam() {
        var transferred = wifi
        transferred.access.responsiblePartner = "AC-RENNES"
        transferred.teamCode = "ACA-RENNES-ENT"
        #expect(told(.transferred, on: transferred, by: networks) == emails(academie, academieENT))
        var moved = wifi
        moved.teamCode = "CD35-POSTES"
        #expect(told(.teamChanged, on: moved, by: networks) == emails(desktops))
    }

    @Test func repliesGoToTheOtherSide() {
        #expect(told(.reply, by: networks) == emails(requester))
        #expect(told(.reply, by: admin) == emails(requester))
        #expect(told(.reply, by: requester) == emails(networks, cdLead))
        // Another member of the establishment answering: the party and the requester hear of it.
        #expect(told(.reply, by: principal) == emails(networks, cdLead, requester))
    }

    @Test func theRequesterIsMatchedByEmailOnlyWhenTheyMayReadTheTicket() {
        var ticket = wifi
        ticket.requesterEmail = "autre@demo.fr"
        #expect(told(.reply, on: ticket, by: networks).isEmpty)
        ticket.requesterEmail = nil
        #expect(told(.statusChanged, on: ticket, by: networks).isEmpty)
    }

    @Test func statusChangesTellTheRequesterOrTheParty() {
        #expect(told(.statusChanged, by: networks) == emails(requester))
        #expect(told(.statusChanged, by: requester) == emails(networks, cdLead))
    }

    @Test func aRatingTellsTheHandlingParty() {
        #expect(told(.rated, by: requester) == emails(networks, cdLead))
    }

    @Test func internalNotesStayWithinTheirAudience() {
        #expect(told(.internalNote(audience: "CD35"), by: networks) == emails(cdLead))
        #expect(told(.internalNote(audience: "AC-RENNES"), by: academie) == emails(academieENT))
        #expect(told(.internalNote(audience: "EPLE:0352958A"), by: principal) == emails(requester))
        for audience in ["CD35", "AC-RENNES", "EPLE:0352958A", "CD67"] {
            for actor in everyone {
                let heard = NotificationRule.recipients(of: .internalNote(audience: audience), on: wifi, by: actor, among: everyone)
                #expect(heard.allSatisfy { TicketAccess.canSeeNote($0.viewer, audience: audience) && $0.role != .administrator },
                        "\(audience) by \(actor.email)")
            }
        }
    }

    /// Whatever happens and whoever does it: never the actor, never an observer or someone outside the
    /// ticket's readers, never twice the same person.
    @Test(arguments: [TicketHappening.filed, .transferred, .teamChanged, .reply, .internalNote(audience: "CD35"), .rated,
                      .statusChanged])
    func neverTheActorNorAnOutsiderNorAnObserver(_ happening: TicketHappening) {
        for actor in everyone {
            let heard = NotificationRule.recipients(of: happening, on: wifi, by: actor, among: everyone + everyone)
            #expect(!heard.contains { $0.id == actor.id }, "\(happening) by \(actor.email)")
            #expect(heard.allSatisfy { TicketAccess.canRead($0.viewer, wifi.access) }, "\(happening)")
            #expect(!heard.contains { $0.role == .observer }, "\(happening)")
            #expect(!heard.contains { $0.email == outsider.email || $0.email == otherSchool.email }, "\(happening)")
            #expect(Set(heard.map(\.id)).count == heard.count, "\(happening)")
        }
    }

    @Test func theCandidatesCoverEveryoneTheRulePicks() {
        let happenings: [TicketHappening] = [.filed, .transferred, .teamChanged, .reply, .internalNote(audience: "CD35"),
                                             .internalNote(audience: "EPLE:0352958A"), .rated, .statusChanged]
        for happening in happenings {
            let candidates = NotificationRule.candidates(for: happening, on: wifi)
            for actor in everyone {
                for person in NotificationRule.recipients(of: happening, on: wifi, by: actor, among: everyone) {
                    let covered = person.partnerCode.map(candidates.partners.contains) == true
                        || person.establishmentUAI.map(candidates.establishments.contains) == true
                        || candidates.emails.contains(person.email.lowercased())
                    #expect(covered, "\(happening): \(person.email)")
                }
            }
        }
        #expect(NotificationRule.candidates(for: .reply, on: wifi).emails == ["enseignant@demo.fr"])
        #expect(NotificationRule.candidates(for: .internalNote(audience: "EPLE:0352958A"), on: wifi)
            == NotificationRule.Candidates(establishments: ["0352958A"]))
    }
}
