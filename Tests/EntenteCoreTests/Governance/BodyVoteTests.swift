import Foundation
import Testing
@testable import EntenteCore

@Suite struct BodyVoteTests {
    static let at = Instant(Date(timeIntervalSince1970: 1_790_000_000))
    static let attendance = MeetingAttendance(
        attendees: [.init(email: "dsi@cd35.fr", name: "DSI", member: "CD", presence: .present),
                    .init(email: "dga@cd35.fr", name: "DGA", member: "CD", presence: .present),
                    .init(email: "dsii@ac-rennes.fr", name: "DSII", member: "ACA", presence: .excused)],
        proxies: [.init(from: "ACA", to: "CD")])

    static func vote(_ rules: VotingRules = VotingRules(), members: [String] = ["CD", "ACA"]) -> BodyVote {
        BodyVote(meetingID: UUID(), subject: .motion, motion: "Adopter la feuille de route", rules: rules, members: members)
    }

    @Test func theVoteBelongsToTheMemberBodyOneBallotWhoeverCastsIt() throws {
        var vote = Self.vote()
        vote.ballots.append(try vote.ballot(for: "CD", by: "dsi@cd35.fr", choice: .yes, attendance: Self.attendance, at: Self.at))
        #expect(throws: BodyVote.Refusal.alreadyCast(member: "CD", by: "dsi@cd35.fr")) {
            try vote.ballot(for: "CD", by: "dga@cd35.fr", choice: .no, attendance: Self.attendance, at: Self.at)
        }
        // The académie gave its proxy to the Département: a present delegate of the Département casts it.
        vote.ballots.append(try vote.ballot(for: "ACA", by: "dga@cd35.fr", choice: .yes, attendance: Self.attendance, at: Self.at))
        let closed = try vote.closing(attendance: Self.attendance, at: Self.at, number: "comite-operationnel/2026/1")
        #expect(closed.outcome == .adopted && closed.decisionNumber == "comite-operationnel/2026/1")
        #expect(throws: BodyVote.Refusal.closed) {
            try closed.ballot(for: "ACA", by: "dga@cd35.fr", choice: .no, attendance: Self.attendance, at: Self.at)
        }
    }

    @Test func aPersonWithoutAccreditationCannotVote() {
        let vote = Self.vote()
        // Excused: not present, so not accredited for the académie's vote.
        #expect(throws: BodyVote.Refusal.notAccredited(member: "ACA")) {
            try vote.ballot(for: "ACA", by: "dsii@ac-rennes.fr", choice: .no, attendance: Self.attendance, at: Self.at)
        }
        #expect(throws: BodyVote.Refusal.notAccredited(member: "CD")) {
            try vote.ballot(for: "CD", by: "stranger@example.fr", choice: .yes, attendance: Self.attendance, at: Self.at)
        }
        #expect(throws: BodyVote.Refusal.notAMember("EPLE")) {
            try vote.ballot(for: "EPLE", by: "dsi@cd35.fr", choice: .yes, attendance: Self.attendance, at: Self.at)
        }
    }

    @Test func aProxyHeldByAnAbsentMemberCountsForNothing() {
        let attendance = MeetingAttendance(attendees: [.init(email: "a@x.fr", name: "A", member: "CD", presence: .absent)],
                                           proxies: [.init(from: "ACA", to: "CD")])
        #expect(attendance.represented.isEmpty && attendance.members(castableBy: "a@x.fr").isEmpty)
        #expect(throws: BodyVote.Refusal.noQuorum(represented: 0, required: 2)) {
            try Self.vote().closing(attendance: attendance, at: Self.at, number: "n")
        }
    }

    @Test(arguments: [
        // yes, no, abstain, majority, abstentions, adopted
        (2, 1, 5, VotingRules.Majority.relative, VotingRules.Abstentions.excluded, true),
        (2, 1, 5, .relative, .counted, false),
        (2, 2, 0, .relative, .excluded, false),
        (3, 2, 1, .absolute, .excluded, true),
        (3, 2, 1, .absolute, .counted, false),
        (4, 2, 0, .twoThirds, .excluded, true),
        (3, 2, 0, .twoThirds, .excluded, false),
        (5, 0, 1, .unanimity, .excluded, true),
        (5, 0, 1, .unanimity, .counted, false),
        (0, 0, 3, .relative, .excluded, false),
    ] as [(Int, Int, Int, VotingRules.Majority, VotingRules.Abstentions, Bool)])
    func theOutcomeFollowsTheStoredRule(yes: Int, no: Int, abstain: Int, majority: VotingRules.Majority,
                                        abstentions: VotingRules.Abstentions, adopted: Bool) {
        let rules = VotingRules(majority: majority, abstentions: abstentions)
        #expect(VoteTally(yes: yes, no: no, abstentions: abstain).outcome(by: rules) == (adopted ? .adopted : .rejected))
    }

    @Test func quorumIsCountedInMemberBodies() {
        #expect(VotingRules.Quorum.majorityOfMembers.required(of: 13) == 7)
        #expect(VotingRules.Quorum.majorityOfMembers.required(of: 2) == 2)
        #expect(VotingRules.Quorum.twoThirdsOfMembers.required(of: 3) == 2)
        #expect(VotingRules.Quorum.twoThirdsOfMembers.required(of: 4) == 3)
        #expect(VotingRules.Quorum("3") == .members(3) && VotingRules.Quorum("0") == nil && VotingRules.Quorum("none") == VotingRules.Quorum.none)
    }
}

@Suite struct MinutesTests {
    static func meeting(daysFromNow: Double, body: String = "comite-operationnel") -> GovernanceMeeting {
        GovernanceMeeting(conventionID: "c", bodyID: body, scheduledAt: Instant(Date(timeIntervalSince1970: 1_790_000_000 + daysFromNow * 86_400)),
                          place: "Rennes", agenda: [], attendance: BodyVoteTests.attendance, createdBy: "dsi@cd35.fr")
    }

    @Test func draftCommentedApprovedAtTheNextMeetingThenSigned() throws {
        let first = try Self.meeting(daysFromNow: 0).drafting("Relevé de décisions")
            .commenting("Préciser l'échéance", by: "dsii@ac-rennes.fr", at: BodyVoteTests.at)
        #expect(first.minutes.comments.count == 1)
        #expect(throws: Minutes.Refusal.notAnAttendee) { try first.commenting("x", by: "x@y.fr", at: BodyVoteTests.at) }
        #expect(throws: Minutes.Refusal.notApproved) { try first.signing(by: "Président", at: BodyVoteTests.at) }

        let next = Self.meeting(daysFromNow: 90)
        var vote = BodyVote(meetingID: next.id, subject: .minutesApproval(meetingID: first.id), motion: "PV", rules: VotingRules(), members: ["CD", "ACA"])
        vote.ballots = [.init(member: "CD", castBy: "dsi@cd35.fr", choice: .yes, at: BodyVoteTests.at)]
        let closed = try vote.closing(attendance: next.attendance, at: BodyVoteTests.at, number: "comite-operationnel/2026/4")
        let approved = try first.approving(by: closed, at: next)
        #expect(approved.minutes.status == .approved && approved.minutes.approvedBy == "comite-operationnel/2026/4")
        #expect(throws: Minutes.Refusal.alreadyApproved) { try approved.drafting("autre texte") }
        let signed = try approved.signing(by: "Le Président", at: BodyVoteTests.at)
        #expect(signed.minutes.status == .signed)
    }

    @Test func approvalMustComeFromALaterMeetingOfTheSameBody() throws {
        let first = try Self.meeting(daysFromNow: 0).drafting("PV")
        let earlier = Self.meeting(daysFromNow: -30)
        let other = Self.meeting(daysFromNow: 30, body: "comite-strategique")
        for meeting in [earlier, other] {
            var vote = BodyVote(meetingID: meeting.id, subject: .minutesApproval(meetingID: first.id), motion: "PV", rules: VotingRules(), members: ["CD", "ACA"])
            vote.outcome = .adopted
            vote.decisionNumber = "n"
            #expect(throws: Minutes.Refusal.approvalNotByALaterMeeting) { try first.approving(by: vote, at: meeting) }
        }
        let next = Self.meeting(daysFromNow: 90)
        var rejected = BodyVote(meetingID: next.id, subject: .minutesApproval(meetingID: first.id), motion: "PV", rules: VotingRules(), members: ["CD", "ACA"])
        rejected.outcome = .rejected
        #expect(throws: Minutes.Refusal.approvalNotAdopted) { try first.approving(by: rejected, at: next) }
    }

    @Test func openActionItemsOfEarlierMeetingsComeBackUntilDone() {
        let first = Self.meeting(daysFromNow: 0), next = Self.meeting(daysFromNow: 90)
        let due = CalendarDate(year: 2026, month: 10, day: 1)!
        var items = [ActionItem(conventionID: "c", bodyID: first.bodyID, meetingID: first.id, decisionNumber: nil, title: "Inventaire",
                                ownerParty: "CD", ownerName: "DSI", due: due),
                     ActionItem(conventionID: "c", bodyID: first.bodyID, meetingID: next.id, decisionNumber: nil, title: "Plus tard",
                                ownerParty: "ACA", ownerName: "DSII", due: due)]
        let meetings = [first.id: first, next.id: next]
        #expect(ActionItem.toReview(items, at: next, meetingsByID: meetings).map(\.title) == ["Inventaire"])
        #expect(items[0].isOverdue(on: CalendarDate(year: 2026, month: 10, day: 2)!))
        items[0].status = .done
        #expect(ActionItem.toReview(items, at: next, meetingsByID: meetings).isEmpty)
    }

    @Test func theNextMeetingIsDueOnePeriodAfterTheLast() {
        let body = GovernanceBody(id: "b", name: "B", memberCodes: ["CD"], frequency: "trimestriel", role: nil,
                                  periodicity: CalendarMonths(3), source: SourceReference(file: "f", section: "s"))
        let effective = CalendarDate(year: 2025, month: 4, day: 1)!
        #expect(body.nextMeetingDue(lastMeeting: nil, effective: effective) == CalendarDate(year: 2025, month: 7, day: 1))
        #expect(body.nextMeetingDue(lastMeeting: CalendarDate(year: 2025, month: 11, day: 30), effective: effective)
                == CalendarDate(year: 2026, month: 2, day: 28))
    }
}
