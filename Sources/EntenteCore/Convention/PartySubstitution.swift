/// A party succeeding others in all their rights and obligations from a day (seed 004, article 11: from
/// 1 January 2021 the Collectivité européenne d'Alsace succeeds the Bas-Rhin and Haut-Rhin départements).
/// The convention's text keeps the parties it was signed by — its history —; read on a day from the
/// substitution on, every responsibility, chain, right, body and sum names the successor.
public struct PartySubstitution: Codable, Hashable, Sendable {
    public var successor: String
    public var predecessors: [String]
    public var from: CalendarDate
    public var source: SourceReference

    public init(successor: String, predecessors: [String], from: CalendarDate, source: SourceReference) {
        self.successor = successor
        self.predecessors = predecessors
        self.from = from
        self.source = source
    }
}

extension Convention {
    /// The convention as it applies on `day`: the substitutions in force name their successor everywhere a
    /// predecessor was responsible, informed, member, payer or payee. Unchanged without substitution in force.
    public func applying(on day: CalendarDate) -> Convention {
        let inForce = substitutions.filter { $0.from <= day }
        guard !inForce.isEmpty else { return self }
        let successors = Dictionary(inForce.flatMap { substitution in substitution.predecessors.map { ($0, substitution.successor) } },
                                    uniquingKeysWith: { first, _ in first })
        func code(_ code: String) -> String { successors[code] ?? code }
        func codes(_ codes: [String]) -> [String] {
            var seen = Set<String>()
            return codes.map(code).filter { seen.insert($0).inserted }
        }
        var result = self
        for d in result.domains.indices {
            for c in result.domains[d].components.indices {
                result.domains[d].components[c].cells = result.domains[d].components[c].cells.mapValues { cell in
                    guard case .rules(let rules) = cell else { return cell }
                    return .rules(rules.map { rule in
                        var rule = rule
                        rule.raci = RACI(responsible: codes(rule.raci.responsible), accountable: codes(rule.raci.accountable),
                                         consulted: codes(rule.raci.consulted), informed: codes(rule.raci.informed))
                        return rule
                    })
                }
            }
        }
        for i in result.incidentChains.indices {
            result.incidentChains[i].handlerCode = result.incidentChains[i].handlerCode.map(code)
            for s in result.incidentChains[i].steps.indices {
                result.incidentChains[i].steps[s].partyCode = code(result.incidentChains[i].steps[s].partyCode)
                result.incidentChains[i].steps[s].toPartyCode = result.incidentChains[i].steps[s].toPartyCode.map(code)
            }
        }
        for r in result.dataSubjectRights.indices {
            result.dataSubjectRights[r].receiverCodes = codes(result.dataSubjectRights[r].receiverCodes)
            result.dataSubjectRights[r].handlerCode = result.dataSubjectRights[r].handlerCode.map(code)
            result.dataSubjectRights[r].contributorCodes = codes(result.dataSubjectRights[r].contributorCodes)
        }
        for g in result.governance.indices {
            result.governance[g].memberCodes = codes(result.governance[g].memberCodes)
            result.governance[g].chairCodes = codes(result.governance[g].chairCodes)
        }
        for s in result.contributions.indices {
            result.contributions[s].payer = code(result.contributions[s].payer)
            result.contributions[s].payee = code(result.contributions[s].payee)
        }
        return result
    }
}
