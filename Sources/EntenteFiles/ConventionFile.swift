import EntenteCore
import Yams

/// Reads a convention file (`entente-convention/1`, see docs/CONVENTION-FORMAT.md).
/// Either the whole convention is valid and returned, or every problem is thrown
/// with its line: nothing half-read escapes.
public enum ConventionFile {
    public static let format = "entente-convention/1"

    public static func read(_ text: String, file: String, knownPartners: Set<String>? = nil) throws(FileIssues) -> Convention {
        let document = YAMLDocument(file: file)
        let convention = document.parse(text).flatMap { ConventionReader(document: document).convention($0) }
        guard let convention, document.issues.isEmpty else { throw FileIssues(document.issues) }
        let issues = convention.issues(knownPartners: knownPartners).map { issue in
            FileIssue(file: file, line: document.line(ofPath: issue.path), message: issue.message, fix: issue.fix)
        }
        guard issues.isEmpty else { throw FileIssues(issues.sorted { $0.line < $1.line }) }
        return convention
    }
}

/// The walk from YAML nodes to the core's types.
struct ConventionReader {
    let document: YAMLDocument

    static let rootFields = ["format", "id", "title", "territory", "source", "summary", "calendar", "parties", "dates", "versions",
                             "domains", "service_levels", "data_availability", "non_critical_priorities",
                             "incident_chains", "gdpr_rights", "processing", "governance", "contributions", "cost_sharing", "budget",
                             "substitutions", "provisions"]

    func convention(_ root: Node) -> Convention? {
        guard let map = document.mapping(root, "the convention", allowed: Self.rootFields) else { return nil }
        if let format = document.string(map, "format", in: "the convention", at: root), format != ConventionFile.format {
            document.report(map["format"]!, "unsupported format '\(format)'", fix: "write 'format: \(ConventionFile.format)'")
        }
        let id = document.string(map, "id", in: "the convention", at: root)
        if let node = map["id"] { document.record(ConventionPath.root, node) }
        let title = document.string(map, "title", in: "the convention", at: root)
        let territory = document.string(map, "territory", in: "the convention", at: root)
        let sourceFile = document.string(map, "source", in: "the convention", at: root) ?? ""
        let parties = list(map["parties"], "parties", required: root) { party($0) }
        let dates = map["dates"].flatMap { self.dates($0) }
        if map["dates"] == nil { document.report(root, "missing 'dates'", fix: "add dates: with at least 'effective'") }
        let rootSource = SourceReference(file: sourceFile, section: title ?? "")
        let versions = list(map["versions"], "versions") { version($0) }
        let domains = list(map["domains"], "domains", required: root) { domain($0, sourceFile: sourceFile) }
        let serviceLevels = list(map["service_levels"], "service_levels") { serviceLevel($0, sourceFile: sourceFile, root: rootSource) }
        let availability = list(map["data_availability"], "data_availability") { dataAvailability($0, sourceFile: sourceFile, root: rootSource) }
        let priorities = list(map["non_critical_priorities"], "non_critical_priorities") { document.scalar($0, "a priority") }
        let chains = list(map["incident_chains"], "incident_chains") { incidentChain($0, sourceFile: sourceFile, root: rootSource) }
        let rights = list(map["gdpr_rights"], "gdpr_rights") { dataSubjectRight($0, sourceFile: sourceFile, root: rootSource) }
        let processing = list(map["processing"], "processing") { processingActivity($0, sourceFile: sourceFile, root: rootSource) }
        let governance = list(map["governance"], "governance") { governanceBody($0, sourceFile: sourceFile, root: rootSource) }
        let provisions = list(map["provisions"], "provisions") { provision($0, sourceFile: sourceFile, root: rootSource) }
        let contributions = list(map["contributions"], "contributions") { contribution($0, sourceFile: sourceFile, root: rootSource) }
        let costSharing = list(map["cost_sharing"], "cost_sharing") { costSharingPlan($0, sourceFile: sourceFile, root: rootSource) }
        let budget = list(map["budget"], "budget") { deliberation($0, sourceFile: sourceFile, root: rootSource) }
        let substitutions = list(map["substitutions"], "substitutions") { substitution($0, sourceFile: sourceFile, root: rootSource) }

        for (index, node) in (map["service_levels"]?.sequence.map(Array.init) ?? []).enumerated() {
            document.record(ConventionPath.serviceLevel(index), node)
        }
        for (index, node) in (map["gdpr_rights"]?.sequence.map(Array.init) ?? []).enumerated() {
            document.record(ConventionPath.dataSubjectRight(index), node)
        }
        let calendar = map["calendar"].flatMap { self.calendar($0) }
        guard let id, let title, let territory, let dates else { return nil }
        return Convention(
            id: id, title: title, territory: territory,
            summary: document.optionalString(map, "summary", in: "the convention"), calendar: calendar,
            sourceFile: sourceFile, parties: parties, dates: dates, versions: versions, domains: domains,
            serviceLevels: serviceLevels, dataAvailability: availability, nonCriticalPriorities: priorities,
            incidentChains: chains, dataSubjectRights: rights, processingActivities: processing, governance: governance,
            contributions: contributions, costSharing: costSharing, budget: budget,
            substitutions: substitutions, provisions: provisions)
    }

    /// Reads a list whose items each become one value; a bad item is reported and skipped.
    func list<T>(_ node: Node?, _ what: String, required owner: Node? = nil, _ item: (Node) -> T?) -> [T] {
        guard let node else {
            if let owner { document.report(owner, "missing '\(what)'", fix: "add '\(what):' with at least one item") }
            return []
        }
        return document.sequence(node, what)?.compactMap(item) ?? []
    }

    func source(_ map: Node.Mapping, file: String, default fallback: SourceReference) -> SourceReference {
        SourceReference(file: document.optionalString(map, "source", in: "an item") ?? file,
                        section: document.optionalString(map, "section", in: "an item") ?? fallback.section)
    }

    func date(_ node: Node?, _ what: String) -> CalendarDate? {
        guard let node, let text = document.scalar(node, what) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            document.report(node, "'\(text)' is not a valid date for \(what)", fix: "write a real day as YYYY-MM-DD")
            return nil
        }
        return date
    }

    func duration(_ node: Node?, _ what: String) -> ServiceDuration? {
        guard let node, let text = document.scalar(node, what) else { return nil }
        guard let duration = ServiceDuration(text) else {
            document.report(node, "'\(text)' is not a duration for \(what)",
                            fix: "write asap, 0.5wd (working days), 2d (calendar days) or ISO-8601 such as PT4H or P3M")
            return nil
        }
        return duration
    }

    private func calendar(_ node: Node) -> Convention.CalendarChoice? {
        guard let map = document.mapping(node, "calendar", allowed: ["department", "hours"]) else { return nil }
        let department = document.optionalString(map, "department", in: "calendar")
        let hours = document.optionalString(map, "hours", in: "calendar")
        if let department, (try? FrenchDepartment(code: department)) == nil {
            document.report(map["department"]!, "unknown département '\(department)'", fix: "write its code, e.g. \"35\" or \"2A\"")
        }
        if let hours {
            do { _ = try BusinessHours(parsing: hours) } catch {
                document.report(map["hours"]!, "invalid business hours '\(hours)': \(error)", fix: "write ranges like 08:00-12:00,13:30-17:30")
            }
        }
        return Convention.CalendarChoice(department: department, hours: hours)
    }

    private func party(_ node: Node) -> ConventionParty? {
        guard let map = document.mapping(node, "a party", allowed: ["code", "partner", "kind", "name", "role"]),
              let code = document.string(map, "code", in: "a party", at: node) else { return nil }
        document.record(ConventionPath.party(code), node)
        let kind = map["kind"].flatMap { document.enumValue($0, PartnerKind.self, "party kind") }
        if map["kind"] == nil { document.report(node, "missing 'kind' for party \(code)", fix: "add kind: departement, academie, etablissement…") }
        guard let kind, let name = document.string(map, "name", in: "party \(code)", at: node) else { return nil }
        return ConventionParty(code: code, partnerCode: document.optionalString(map, "partner", in: "party \(code)"),
                               kind: kind, name: name, role: document.optionalString(map, "role", in: "party \(code)"))
    }

    private func dates(_ node: Node) -> Convention.Dates? {
        guard let map = document.mapping(node, "dates", allowed: ["signature", "effective", "end", "notice", "renewal",
                                                                      "negotiation", "withdrawal"])
        else { return nil }
        for (key, value) in map { if let name = key.scalar?.string { document.record(ConventionPath.dates(name), value) } }
        guard map["effective"] != nil else {
            document.report(node, "missing 'effective' date", fix: "add effective: YYYY-MM-DD")
            return nil
        }
        let renewal = map["renewal"].flatMap { document.enumValue($0, Convention.Renewal.self, "renewal mode") } ?? Convention.Renewal.none
        guard let effective = date(map["effective"], "the effective date") else { return nil }
        return Convention.Dates(signature: date(map["signature"], "the signature date"), effective: effective,
                                end: date(map["end"], "the end date"), notice: duration(map["notice"], "the notice period"),
                                renewal: renewal, negotiation: duration(map["negotiation"], "the renewal negotiation window"),
                                withdrawal: map["withdrawal"].flatMap(withdrawal))
    }

    /// `withdrawal: { notice: P3M, at: next-school-year }` (or `at: end-of-notice`).
    private func withdrawal(_ node: Node) -> Convention.Dates.Withdrawal? {
        guard let map = document.mapping(node, "withdrawal", allowed: ["notice", "at"]) else { return nil }
        guard let notice = duration(map["notice"], "the withdrawal notice") else {
            document.report(node, "missing 'notice' in withdrawal", fix: "add notice: P3M")
            return nil
        }
        let at = map["at"].flatMap { document.scalar($0, "'at' of withdrawal") } ?? "end-of-notice"
        guard ["next-school-year", "end-of-notice"].contains(at) else {
            document.report(map["at"]!, "'\(at)' is not when a withdrawal takes effect", fix: "write next-school-year or end-of-notice")
            return nil
        }
        return .init(notice: notice, atNextSchoolYear: at == "next-school-year")
    }

    private func version(_ node: Node) -> ConventionVersion? {
        guard let map = document.mapping(node, "a version", allowed: ["id", "kind", "title", "effective", "summary", "changes"]),
              let id = document.string(map, "id", in: "a version", at: node) else { return nil }
        document.record(ConventionPath.version(id), node)
        let kind = map["kind"].flatMap { document.enumValue($0, ConventionVersion.Kind.self, "version kind") }
        let title = document.string(map, "title", in: "version \(id)", at: node)
        let effective = map["effective"] == nil ? nil : date(map["effective"], "version \(id)")
        if map["effective"] == nil { document.report(node, "missing 'effective' for version \(id)", fix: "add effective: YYYY-MM-DD") }
        let changeNodes = map["changes"].flatMap { document.sequence($0, "changes") } ?? []
        let changes = changeNodes.enumerated().compactMap { index, node in
            document.record(ConventionPath.change(id, index), node)
            return change(node)
        }
        guard let kind, let title, let effective else { return nil }
        return ConventionVersion(id: id, kind: kind, title: title, effective: effective,
                                 summary: document.optionalString(map, "summary", in: "version \(id)"), changes: changes)
    }

    private func change(_ node: Node) -> ConventionVersion.CellChange? {
        guard let map = document.mapping(node, "a change", allowed: ["component", "activity", "cell"]),
              let component = document.string(map, "component", in: "a change", at: node),
              let activityNode = map["activity"], let activity = self.activity(activityNode) else { return nil }
        guard let cellNode = map["cell"] else {
            document.report(node, "missing 'cell' in the change", fix: "give the new cell, e.g. 'cell: CD'")
            return nil
        }
        return cell(cellNode).map { ConventionVersion.CellChange(componentID: component, activity: activity, cell: $0) }
    }

    private func activity(_ node: Node) -> Activity? {
        guard let text = document.scalar(node, "an activity") else { return nil }
        do { return try Activity.parse(text) } catch {
            document.report(node, "unknown activity '\(text)'",
                            fix: "use one of: \(Activity.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
    }

    private func domain(_ node: Node, sourceFile: String) -> ServiceDomain? {
        guard let map = document.mapping(node, "a domain", allowed: ["id", "name", "section", "source", "kind", "zone",
                                                                      "activities", "note", "components"]),
              let id = document.string(map, "id", in: "a domain", at: node) else { return nil }
        document.record(ConventionPath.domain(id), node)
        let name = document.string(map, "name", in: "domain \(id)", at: node)
        let kind = map["kind"].flatMap { document.enumValue($0, ServiceDomain.Kind.self, "domain kind") } ?? .service
        let zone = map["zone"].flatMap { document.enumValue($0, NetworkZone.self, "network zone") }
        let activities = (map["activities"].flatMap { document.sequence($0, "activities") } ?? []).compactMap(activity)
        if map["activities"] == nil { document.report(node, "missing 'activities' for domain \(id)", fix: "list the columns of its tables") }
        let source = self.source(map, file: sourceFile, default: SourceReference(file: sourceFile, section: name ?? id))
        let components = list(map["components"], "components", required: node) { component($0, source: source, zone: zone) }
        guard let name else { return nil }
        return ServiceDomain(id: id, name: name, kind: kind, activities: activities, zone: zone,
                             note: document.optionalString(map, "note", in: "domain \(id)"), source: source,
                             components: components)
    }

    private func component(_ node: Node, source domainSource: SourceReference, zone domainZone: NetworkZone?) -> ServiceComponent? {
        guard let map = document.mapping(node, "a component", allowed: ["id", "name", "criticality", "data_criticality",
                                                                         "zone", "section", "source", "note", "cells"]),
              let id = document.string(map, "id", in: "a component", at: node) else { return nil }
        document.record(ConventionPath.component(id), node)
        let name = document.string(map, "name", in: "component \(id)", at: node)
        let criticality = map["criticality"].flatMap { document.enumValue($0, Criticality.self, "criticality") } ?? .nonCritical
        let dataCriticality = map["data_criticality"].flatMap { document.enumValue($0, Criticality.self, "data criticality") }
        let zone = map["zone"].flatMap { document.enumValue($0, NetworkZone.self, "network zone") } ?? domainZone
        var cells: [Activity: ResponsibilityCell] = [:]
        if let cellsNode = map["cells"], let cellMap = document.mapping(cellsNode, "cells of \(id)",
                                                                        allowed: Activity.allCases.map(\.rawValue)) {
            for (key, value) in cellMap {
                guard let activity = Activity(rawValue: key.scalar?.string ?? "") else { continue }
                document.record(ConventionPath.cell(id, activity), value)
                if let cell = cell(value) { cells[activity] = cell }
            }
        } else if map["cells"] == nil {
            document.report(node, "missing 'cells' for component \(id)", fix: "give one cell per activity of the domain")
        }
        guard let name else { return nil }
        return ServiceComponent(id: id, name: name, criticality: criticality, dataCriticality: dataCriticality, zone: zone,
                                note: document.optionalString(map, "note", in: "component \(id)"),
                                source: source(map, file: domainSource.file, default: domainSource), cells: cells)
    }

    /// The cell forms of docs/CONVENTION-FORMAT.md.
    private func cell(_ node: Node) -> ResponsibilityCell? {
        if let text = node.scalar?.string {
            if text == "none" { return .notApplicable }
            return .rules([ResponsibilityRule(raci: RACI(responsible: [text]))])
        }
        if let items = node.sequence {
            if items.allSatisfy({ $0.scalar != nil }) {
                return .rules([ResponsibilityRule(raci: RACI(responsible: items.compactMap { $0.scalar?.string }))])
            }
            let rules = items.compactMap(rule)
            return rules.count == items.count ? .rules(rules) : nil
        }
        if let map = node.mapping, map["see"] != nil {
            guard document.mapping(node, "a 'see' cell", allowed: ["see"]) != nil,
                  let target = document.scalar(map["see"]!, "'see'") else { return nil }
            return .seeComponent(target)
        }
        return rule(node).map { .rules([$0]) }
    }

    private func rule(_ node: Node) -> ResponsibilityRule? {
        guard let map = document.mapping(node, "a cell rule", allowed: ["when", "R", "A", "C", "I", "note"]) else { return nil }
        guard let responsibleNode = map["R"] else {
            document.report(node, "the rule names no responsible party", fix: "add 'R: CODE'")
            return nil
        }
        var condition = ResponsibilityCondition()
        if let when = map["when"], let whenMap = document.mapping(when, "'when'", allowed: ["funding", "zone"]) {
            condition.funding = whenMap["funding"].flatMap { document.enumValue($0, FundingOrigin.self, "funding origin") }
            condition.zone = whenMap["zone"].flatMap { document.enumValue($0, NetworkZone.self, "network zone") }
        }
        guard let responsible = document.strings(responsibleNode, "R") else { return nil }
        let raci = RACI(responsible: responsible,
                        accountable: map["A"].flatMap { document.strings($0, "A") } ?? [],
                        consulted: map["C"].flatMap { document.strings($0, "C") } ?? [],
                        informed: map["I"].flatMap { document.strings($0, "I") } ?? [])
        return ResponsibilityRule(condition: condition, raci: raci, note: document.optionalString(map, "note", in: "a rule"))
    }

    private func serviceLevel(_ node: Node, sourceFile: String, root: SourceReference) -> ServiceLevelCommitment? {
        guard let map = document.mapping(node, "a service level", allowed: ["criticality", "party", "pickup", "restoration",
                                                                             "data_restoration", "condition", "section", "source"]),
              let criticalityNode = map["criticality"], let criticality = document.enumValue(criticalityNode, Criticality.self, "criticality"),
              let party = document.string(map, "party", in: "a service level", at: node) else {
            if node.mapping?["criticality"] == nil { document.report(node, "missing 'criticality'", fix: "add criticality: critical or non-critical") }
            return nil
        }
        return ServiceLevelCommitment(
            criticality: criticality, partyCode: party, pickup: duration(map["pickup"], "pickup"),
            restoration: duration(map["restoration"], "restoration"),
            dataRestoration: duration(map["data_restoration"], "data_restoration"),
            condition: document.optionalString(map, "condition", in: "a service level"),
            source: source(map, file: sourceFile, default: root))
    }

    private func dataAvailability(_ node: Node, sourceFile: String, root: SourceReference) -> DataAvailabilityTarget? {
        guard let map = document.mapping(node, "a data availability target",
                                         allowed: ["data", "criticality", "max_data_loss", "retention", "note", "section", "source"]),
              let data = document.string(map, "data", in: "a data availability target", at: node) else { return nil }
        let criticality = map["criticality"].flatMap { document.enumValue($0, Criticality.self, "criticality") } ?? .nonCritical
        return DataAvailabilityTarget(data: data, criticality: criticality, maxDataLoss: duration(map["max_data_loss"], "max_data_loss"),
                                      retention: duration(map["retention"], "retention"),
                                      note: document.optionalString(map, "note", in: "a data availability target"),
                                      source: source(map, file: sourceFile, default: root))
    }

    private func incidentChain(_ node: Node, sourceFile: String, root: SourceReference) -> IncidentChain? {
        guard let map = document.mapping(node, "an incident chain", allowed: ["id", "kind", "title", "handler", "scope", "steps",
                                                                               "section", "source"]),
              let id = document.string(map, "id", in: "an incident chain", at: node) else { return nil }
        document.record(ConventionPath.incidentChain(id), node)
        let kind = map["kind"].flatMap { document.enumValue($0, IncidentChain.Kind.self, "incident chain kind") }
        let title = document.string(map, "title", in: "incident chain \(id)", at: node)
        let steps = list(map["steps"], "steps") { stepNode -> IncidentChain.Step? in
            guard let step = document.mapping(stepNode, "a step", allowed: ["party", "action", "to", "deadline", "contact",
                                                                              "obligation"]),
                  let party = document.string(step, "party", in: "a step", at: stepNode),
                  let action = document.string(step, "action", in: "a step", at: stepNode) else { return nil }
            return IncidentChain.Step(partyCode: party, action: action, toPartyCode: document.optionalString(step, "to", in: "a step"),
                                      deadline: duration(step["deadline"], "deadline"),
                                      contact: document.optionalString(step, "contact", in: "a step"),
                                      obligation: step["obligation"].flatMap {
                                          document.enumValue($0, BreachObligation.Kind.self, "breach obligation")
                                      })
        }
        let scope = map["scope"].flatMap { node -> IncidentChain.Scope? in
            guard let scope = document.mapping(node, "a chain's scope", allowed: ["zones", "operated_by"]) else { return nil }
            let zones = scope["zones"].flatMap { document.sequence($0, "zones") }?.compactMap {
                document.enumValue($0, NetworkZone.self, "network zone")
            } ?? []
            return IncidentChain.Scope(zones: zones, operatedBy: scope["operated_by"].flatMap { document.strings($0, "operated_by") } ?? [])
        }
        guard let kind, let title else { return nil }
        return IncidentChain(id: id, kind: kind, title: title, handlerCode: document.optionalString(map, "handler", in: "chain \(id)"),
                             scope: scope, steps: steps, source: source(map, file: sourceFile, default: root))
    }

    private func dataSubjectRight(_ node: Node, sourceFile: String, root: SourceReference) -> DataSubjectRightRoute? {
        guard let map = document.mapping(node, "a GDPR right", allowed: ["right", "receiver", "requesters", "handler", "with",
                                                                          "preemption", "deadline", "note", "section", "source"]),
              let right = document.string(map, "right", in: "a GDPR right", at: node) else { return nil }
        let requesters = map["requesters"].flatMap { document.sequence($0, "requesters") }?.compactMap {
            document.enumValue($0, RequesterCategory.self, "requester category")
        } ?? []
        return DataSubjectRightRoute(right: right, receiverCodes: map["receiver"].flatMap { document.strings($0, "receiver") } ?? [],
                                     requesters: requesters,
                                     handlerCode: document.optionalString(map, "handler", in: "a GDPR right"),
                                     contributorCodes: map["with"].flatMap { document.strings($0, "with") } ?? [],
                                     preemptionCodes: map["preemption"].flatMap { document.strings($0, "preemption") } ?? [],
                                     deadline: duration(map["deadline"], "deadline"),
                                     note: document.optionalString(map, "note", in: "a GDPR right"),
                                     source: source(map, file: sourceFile, default: root))
    }

    private func governanceBody(_ node: Node, sourceFile: String, root: SourceReference) -> GovernanceBody? {
        guard let map = document.mapping(node, "a committee", allowed: ["id", "kind", "name", "members", "frequency", "role", "chairs",
                                                                         "periodicity", "seats_per_member", "majority",
                                                                         "abstentions", "quorum", "section", "source"]),
              let id = document.string(map, "id", in: "a committee", at: node),
              let name = document.string(map, "name", in: "committee \(id)", at: node) else { return nil }
        document.record(ConventionPath.governance(id), node)
        let what = "committee \(id)"
        var periodicity: CalendarMonths?
        if let node = map["periodicity"] {
            periodicity = duration(node, "the periodicity of \(what)").flatMap { CalendarMonths($0) }
            if periodicity == nil { document.report(node, "the periodicity of \(what) must be whole months", fix: "write P3M for quarterly") }
        }
        var seats: Int?
        if let node = map["seats_per_member"], let text = document.scalar(node, "seats_per_member") {
            seats = Int(text).flatMap { $0 > 0 ? $0 : nil }
            if seats == nil { document.report(node, "'\(text)' is not a number of seats for \(what)", fix: "write a whole number, e.g. 3") }
        }
        var voting = VotingRules()
        if let node = map["majority"], let majority = document.enumValue(node, VotingRules.Majority.self, "majority") { voting.majority = majority }
        if let node = map["abstentions"], let rule = document.enumValue(node, VotingRules.Abstentions.self, "abstentions rule") {
            voting.abstentions = rule
        }
        if let node = map["quorum"], let text = document.scalar(node, "quorum") {
            if let quorum = VotingRules.Quorum(text) { voting.quorum = quorum } else {
                document.report(node, "'\(text)' is not a quorum for \(what)", fix: "write none, majority, two-thirds or a number of member bodies")
            }
        }
        let kind = map["kind"].flatMap { document.enumValue($0, GovernanceBody.Kind.self, "kind of committee") } ?? .other
        return GovernanceBody(id: id, kind: kind, name: name, memberCodes: map["members"].flatMap { document.strings($0, "members") } ?? [],
                              frequency: document.optionalString(map, "frequency", in: what),
                              role: document.optionalString(map, "role", in: what),
                              chairCodes: map["chairs"].flatMap { document.strings($0, "chairs") } ?? [],
                              periodicity: periodicity, seatsPerMember: seats, voting: voting,
                              source: source(map, file: sourceFile, default: root))
    }

    private func substitution(_ node: Node, sourceFile: String, root: SourceReference) -> PartySubstitution? {
        guard let map = document.mapping(node, "a substitution", allowed: ["successor", "predecessors", "from", "section", "source"]),
              let successor = document.string(map, "successor", in: "a substitution", at: node) else { return nil }
        document.record(ConventionPath.substitution(successor), node)
        let predecessors = map["predecessors"].flatMap { document.strings($0, "predecessors") } ?? []
        if predecessors.isEmpty { document.report(node, "missing 'predecessors' in the substitution by \(successor)", fix: "add predecessors: [CD67, CD68]") }
        guard map["from"] != nil else {
            document.report(node, "missing 'from' in the substitution by \(successor)", fix: "add from: YYYY-MM-DD")
            return nil
        }
        guard let from = date(map["from"], "the substitution date"), !predecessors.isEmpty else { return nil }
        return PartySubstitution(successor: successor, predecessors: predecessors, from: from, source: source(map, file: sourceFile, default: root))
    }

    private func processingActivity(_ node: Node, sourceFile: String, root: SourceReference) -> ProcessingActivity? {
        guard let map = document.mapping(node, "a processing activity", allowed: [
                  "id", "name", "purposes", "legal_basis", "controllers", "data", "persons", "retention", "processors",
                  "hosting", "transfers", "section", "source"]),
              let id = document.string(map, "id", in: "a processing activity", at: node),
              let name = document.string(map, "name", in: "processing activity \(id)", at: node),
              let basis = map["legal_basis"].flatMap({ document.enumValue($0, ProcessingActivity.LegalBasis.self, "legal basis") })
        else { return nil }
        document.record(ConventionPath.processing(id), node)
        let controllers = list(map["controllers"], "controllers") { controller -> ProcessingActivity.Controller? in
            guard let entry = document.mapping(controller, "a controller", allowed: ["party", "duties"]),
                  let party = document.string(entry, "party", in: "a controller", at: controller) else { return nil }
            return .init(partyCode: party, duties: document.optionalString(entry, "duties", in: "a controller"))
        }
        func strings(_ key: String) -> [String] { map[key].flatMap { document.strings($0, key) } ?? [] }
        return ProcessingActivity(
            id: id, name: name, purposes: strings("purposes"), legalBasis: basis, controllers: controllers,
            dataCategories: strings("data"), personCategories: strings("persons"),
            retention: document.optionalString(map, "retention", in: "processing activity \(id)"), processors: strings("processors"),
            hosting: document.optionalString(map, "hosting", in: "processing activity \(id)"),
            transfers: document.optionalString(map, "transfers", in: "processing activity \(id)"),
            source: source(map, file: sourceFile, default: root))
    }

    private func provision(_ node: Node, sourceFile: String, root: SourceReference) -> Provision? {
        guard let map = document.mapping(node, "a provision", allowed: ["id", "title", "text", "section", "source"]),
              let id = document.string(map, "id", in: "a provision", at: node),
              let title = document.string(map, "title", in: "provision \(id)", at: node),
              let text = document.string(map, "text", in: "provision \(id)", at: node) else { return nil }
        document.record(ConventionPath.provision(id), node)
        return Provision(id: id, title: title, text: text, source: source(map, file: sourceFile, default: root))
    }
}
