/// The obligations a breach starts, derived from the convention's data-breach chains and the GDPR.
///
/// A chain applies to a breach when the party at its origin (the party that discovered it, or whose staff
/// or tools it came from) handles the chain or owes its notice. The chain's tagged steps give the
/// convention's obligations — the origin's own notices and updates, the crisis cell, the authority
/// notification and the receipt whoever owes them; the GDPR adds what the chains leave out: the decision
/// and notification to the authority within 72 hours of awareness (art. 33(1)) and, when the risk is
/// high, the communication to the persons (art. 34).
public enum BreachObligations {
    public static let authorityPeriod = CalendarHours(72)!

    public enum Failure: Error, Hashable, Sendable {
        case unknownParty(String, known: [String])
    }

    /// The parties a breach can start from under the convention, in the order the chains name them.
    public static func origins(in convention: Convention) -> [String] {
        var origins: [String] = []
        for chain in convention.incidentChains where chain.kind == .dataBreach {
            let candidates = [chain.handlerCode].compactMap { $0 }
                + chain.steps.filter { $0.obligation == .partnerNotice }.map(\.partyCode)
            for code in candidates where !origins.contains(code) { origins.append(code) }
        }
        return origins
    }

    /// What a breach starting from `origin` obliges each party to do, in the order of the chain then the law.
    public static func of(convention: Convention, origin: String) throws(Failure) -> [BreachObligation] {
        guard convention.parties.contains(where: { $0.code == origin }) else {
            throw .unknownParty(origin, known: convention.parties.map(\.code))
        }
        var obligations: [BreachObligation] = []
        for chain in convention.incidentChains where chain.kind == .dataBreach && applies(chain, to: origin) {
            for (index, step) in chain.steps.enumerated() {
                guard let kind = step.obligation else { continue }
                // Another party's own notices belong to a breach starting from that party.
                if kind == .partnerNotice || kind == .update, step.partyCode != origin { continue }
                obligations.append(BreachObligation(
                    kind: kind, responsibleCode: step.partyCode, recipients: recipients(of: step, kind: kind, in: chain),
                    timing: timing(of: step, kind: kind), condition: kind == .receiptSharing ? .authorityNotified : .always,
                    basis: .convention(chainID: chain.id, step: index)))
            }
        }
        let notifier = obligations.first { $0.kind == .authorityNotification }?.responsibleCode ?? origin
        if !obligations.contains(where: { $0.kind == .authorityNotification }) {
            obligations.append(BreachObligation(kind: .authorityNotification, responsibleCode: notifier,
                                                recipients: [.supervisoryAuthority],
                                                timing: .within(authorityPeriod, from: .awareness),
                                                basis: .gdpr(article: "33(1)")))
        }
        obligations.append(BreachObligation(kind: .personsCommunication, responsibleCode: notifier, recipients: [.dataSubjects],
                                            timing: .withoutUndueDelay, condition: .highRisk, basis: .gdpr(article: "34(1)")))
        return obligations
    }

    private static func applies(_ chain: IncidentChain, to origin: String) -> Bool {
        chain.handlerCode == origin || chain.steps.contains { $0.obligation == .partnerNotice && $0.partyCode == origin }
    }

    private static func recipients(of step: IncidentChain.Step, kind: BreachObligation.Kind,
                                   in chain: IncidentChain) -> [BreachObligation.Recipient] {
        switch kind {
        case .authorityNotification: return [.supervisoryAuthority]
        case .personsCommunication: return [.dataSubjects]
        case .crisisCell:
            // Everyone the chain names sits in the crisis cell.
            var codes: [String] = []
            for code in chain.steps.flatMap({ [$0.partyCode, $0.toPartyCode].compactMap { $0 } }) where !codes.contains(code) {
                codes.append(code)
            }
            return codes.map { .party($0) }
        case .partnerNotice, .update, .receiptSharing:
            return step.toPartyCode.map { [.party($0)] } ?? []
        }
    }

    /// The step's deadline in calendar hours from what its kind counts from; the law's 72 hours when
    /// the convention names the authority notification without a figure.
    private static func timing(of step: IncidentChain.Step, kind: BreachObligation.Kind) -> BreachObligation.Timing {
        let anchor: BreachObligation.Anchor = switch kind {
        case .partnerNotice, .authorityNotification, .personsCommunication: .awareness
        case .crisisCell, .receiptSharing: .partnerNotice
        case .update: .lastNotice
        }
        let hours = step.deadline.flatMap(CalendarHours.init)
        // A convention may ask the authority notification sooner than the law, never later.
        if kind == .authorityNotification { return .within(min(hours ?? authorityPeriod, authorityPeriod), from: .awareness) }
        return hours.map { .within($0, from: anchor) } ?? .withoutUndueDelay
    }
}
