/// The bridge from a convention's service levels to the working calendar that counts them.
extension Convention {
    /// The working calendar the convention names (its département's holidays, its business hours).
    public func workingCalendar(years: ClosedRange<Int>) throws(WorkingTimeError) -> WorkingCalendar {
        let department = try calendar?.department.map { code throws(WorkingTimeError) in try FrenchDepartment(code: code) }
        let hours = try calendar?.hours.map { text throws(WorkingTimeError) in try BusinessHours(parsing: text) }
        return WorkingCalendar(hours: hours ?? .standard, department: department, closures: [], years: years)
    }

    /// The commitment of `party` for a clock and criticality. Without a party, the one commitment
    /// that states a figure: "au plus tôt" beside a figure does not make a deadline.
    public func serviceLevel(criticality: Criticality, clock: ServiceLevelClock.Kind,
                             party: String? = nil) throws(ServiceLevelLookupError) -> ServiceLevelCommitment {
        let stated = serviceLevels.filter { $0.criticality == criticality && $0.duration(of: clock) != nil }
        if let party {
            guard let commitment = stated.first(where: { $0.partyCode == party }) else {
                throw .noCommitment(criticality: criticality, clock: clock, party: party, parties: stated.map(\.partyCode))
            }
            return commitment
        }
        let figures = stated.filter { $0.duration(of: clock) != .asSoonAsPossible }
        switch (figures.count, stated.count) {
        case (1, _): return figures[0]
        case (0, 1): return stated[0]
        case (0, 0): throw .noCommitment(criticality: criticality, clock: clock, party: nil, parties: [])
        default: throw .severalParties(stated.map(\.partyCode))
        }
    }
}

public enum ServiceLevelLookupError: Error, Equatable, CustomStringConvertible {
    case noCommitment(criticality: Criticality, clock: ServiceLevelClock.Kind, party: String?, parties: [String])
    case severalParties([String])

    public var description: String {
        switch self {
        case .noCommitment(let criticality, let clock, let party, let parties):
            let who = party.map { " for party \($0)" } ?? ""
            let others = parties.isEmpty ? "" : "; parties with one: \(parties.joined(separator: ", "))"
            return "the convention states no \(clock.rawValue) commitment for \(criticality.rawValue) requests\(who)\(others)"
        case .severalParties(let parties):
            return "several parties commit to this clock: \(parties.joined(separator: ", ")); choose one with --party"
        }
    }
}
