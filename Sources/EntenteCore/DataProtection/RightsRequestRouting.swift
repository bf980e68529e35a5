/// Who handles a rights request under the convention's table: the rows that name the requester's
/// category first ("quel que soit le destinataire"), then the rows of the party that received it.
/// When the convention names no handler, the party that received the request answers it.
public enum RightsRequestRouting {
    public struct Route: Hashable, Sendable {
        public var handlerCode: String
        /// Parties that answer with the handler (the table's second cross).
        public var contributorCodes: [String]
        /// Parties that may take the request over, the parties agreeing ("sauf préemption").
        public var preemptionCodes: [String]
        /// The convention's row, when one applies.
        public var row: DataSubjectRightRoute?
        /// The period to answer before any extension.
        public var period: CalendarMonths

        /// Whether no row named the handler and the receiving party answers by default.
        public var isByDefault: Bool { row?.handlerCode == nil }
    }

    public enum Failure: Error, Hashable, Sendable {
        case unknownParty(String, known: [String])
    }

    public static func route(right: DataSubjectRight, requester: RequesterCategory, receivedBy receiver: String,
                             in convention: Convention) throws(Failure) -> Route {
        guard convention.parties.contains(where: { $0.code == receiver }) else {
            throw .unknownParty(receiver, known: convention.parties.map(\.code))
        }
        let rows = convention.dataSubjectRights.filter { $0.right == right.rawValue }
        let row = rows.first { $0.requesters.contains(requester) && ($0.receiverCodes.isEmpty || $0.receiverCodes.contains(receiver)) }
            ?? rows.first { $0.requesters.isEmpty && $0.receiverCodes.contains(receiver) }
        let period = row?.deadline.flatMap(CalendarMonths.init) ?? RightsRequestDeadline.answerPeriod
        return Route(handlerCode: row?.handlerCode ?? receiver, contributorCodes: row?.contributorCodes ?? [],
                     preemptionCodes: row?.preemptionCodes ?? [], row: row, period: min(period, RightsRequestDeadline.answerPeriod))
    }
}
