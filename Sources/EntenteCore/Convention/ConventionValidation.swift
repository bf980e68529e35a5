/// The rules a convention must satisfy before anything reads it: every cell filled,
/// every party declared, ids unique, references resolvable, dates in order.
extension Convention {
    /// Every problem, in file order; empty when the convention is sound.
    /// `knownPartners`: the partner registry's codes, when there is one to check against.
    public func issues(knownPartners: Set<String>? = nil) -> [ConventionIssue] {
        var issues: [ConventionIssue] = []
        let declared = Set(parties.map(\.code))

        if !Self.isStableID(id) {
            issues.append(.init(path: ConventionPath.root, message: "the convention id '\(id)' is not a stable id",
                                fix: "use lowercase ascii letters, digits and '-' (e.g. ille-et-vilaine-2025)"))
        }

        var seenParties = Set<String>()
        for party in parties {
            let path = ConventionPath.party(party.code)
            if !seenParties.insert(party.code).inserted {
                issues.append(.init(path: ConventionPath.repeated(path), message: "party code '\(party.code)' is declared twice",
                                    fix: "keep one declaration per code"))
            }
            if !Self.isPartyCode(party.code) {
                issues.append(.init(path: path, message: "party code '\(party.code)' is not valid",
                                    fix: "use uppercase ascii letters, digits and '-' (e.g. CD, ACA, EPLE)"))
            }
            if let partner = party.partnerCode, let knownPartners, !knownPartners.contains(partner) {
                issues.append(.init(path: path, message: "unknown partner '\(partner)' for party \(party.code)",
                                    fix: "add it to partners.yaml or use one of: "
                                        + knownPartners.sorted().joined(separator: ", ")))
            }
        }

        func checkParty(_ code: String, at path: String, as what: String) {
            guard !declared.contains(code) else { return }
            let hint = ClosestNames.suggestions(for: code, among: Array(declared))
            issues.append(.init(path: path, message: "unknown party code '\(code)' in \(what)",
                                fix: "declare it under parties, or use "
                                    + (hint.isEmpty ? declared.sorted() : hint).joined(separator: ", ")))
        }

        issues += datesIssues()

        var seenDomains = Set<String>(), seenComponents = Set<String>()
        for domain in domains {
            if !seenDomains.insert(domain.id).inserted {
                issues.append(.init(path: ConventionPath.repeated(ConventionPath.domain(domain.id)), message: "duplicate domain id '\(domain.id)'",
                                    fix: "give each domain its own id"))
            }
            for component in domain.components {
                let path = ConventionPath.component(component.id)
                if !seenComponents.insert(component.id).inserted {
                    issues.append(.init(path: ConventionPath.repeated(path), message: "duplicate component id '\(component.id)'",
                                        fix: "give each component an id unique in the whole convention"))
                }
                if !Self.isStableID(component.id) {
                    issues.append(.init(path: path, message: "component id '\(component.id)' is not a stable id",
                                        fix: "use lowercase ascii letters, digits and '-'"))
                }
                for activity in domain.activities where component.cells[activity] == nil {
                    issues.append(.init(path: path,
                                        message: "missing cell '\(activity.rawValue)' for component '\(component.id)'",
                                        fix: "add '\(activity.rawValue):' under cells (write 'none' if the annex leaves it empty)"))
                }
                for (activity, cell) in component.cells.sorted(by: { $0.key < $1.key }) {
                    let cellPath = ConventionPath.cell(component.id, activity)
                    if !domain.activities.contains(activity) {
                        issues.append(.init(path: cellPath,
                                            message: "'\(activity.rawValue)' is not a column of domain '\(domain.id)'",
                                            fix: "remove it, or add it to the domain's activities: "
                                                + domain.activities.map(\.rawValue).joined(separator: ", ")))
                    }
                    issues += cellIssues(cell, componentID: component.id, activity: activity, at: cellPath,
                                         checkParty: checkParty)
                }
            }
        }

        var seenVersions = Set<String>()
        for (index, version) in versions.enumerated() {
            let path = ConventionPath.version(version.id)
            if !seenVersions.insert(version.id).inserted {
                issues.append(.init(path: ConventionPath.repeated(path), message: "duplicate version id '\(version.id)'", fix: "give each version its own id"))
            }
            if index == 0 && version.kind != .initial {
                issues.append(.init(path: path, message: "the first version must be the initial text",
                                    fix: "put the 'initial' version first, then the avenants in order"))
            }
            if index > 0 && version.kind == .initial {
                issues.append(.init(path: path, message: "only the first version can be the initial text",
                                    fix: "set kind: avenant"))
            }
            if index > 0 && version.effective < versions[index - 1].effective {
                issues.append(.init(path: path,
                                    message: "version '\(version.id)' takes effect before the version listed above it",
                                    fix: "list versions in the order they take effect"))
            }
            if version.effective < dates.effective {
                issues.append(.init(path: path,
                                    message: "version '\(version.id)' takes effect (\(version.effective)) before the convention (\(dates.effective))",
                                    fix: "check the effective dates"))
            }
            for (changeIndex, change) in version.changes.enumerated() {
                let changePath = ConventionPath.change(version.id, changeIndex)
                guard let (domain, _) = component(id: change.componentID) else {
                    issues.append(.init(path: changePath, message: "the avenant changes unknown component '\(change.componentID)'",
                                        fix: "use one of the component ids of the matrix"))
                    continue
                }
                if !domain.activities.contains(change.activity) {
                    issues.append(.init(path: changePath,
                                        message: "'\(change.activity.rawValue)' is not a column of '\(change.componentID)'",
                                        fix: "use one of: " + domain.activities.map(\.rawValue).joined(separator: ", ")))
                }
                issues += cellIssues(change.cell, componentID: change.componentID, activity: change.activity,
                                     at: changePath, checkParty: checkParty)
            }
        }

        for (index, level) in serviceLevels.enumerated() {
            checkParty(level.partyCode, at: ConventionPath.serviceLevel(index), as: "a service level")
        }
        for chain in incidentChains {
            let path = ConventionPath.incidentChain(chain.id)
            if let handler = chain.handlerCode { checkParty(handler, at: path, as: "an incident chain") }
            chain.scope?.operatedBy.forEach { checkParty($0, at: path, as: "an incident chain's scope") }
            for step in chain.steps {
                checkParty(step.partyCode, at: path, as: "an incident chain step")
                if let to = step.toPartyCode { checkParty(to, at: path, as: "an incident chain step") }
                if step.obligation != nil, chain.kind != .dataBreach {
                    issues.append(.init(path: path, message: "a step of a \(chain.kind.rawValue) chain names a breach obligation",
                                        fix: "tag obligations on the steps of data-breach chains only"))
                }
                if step.obligation != nil, let deadline = step.deadline, deadline != .asSoonAsPossible,
                   CalendarHours(deadline) == nil {
                    issues.append(.init(path: path, message: "the breach deadline '\(deadline.text)' is not in calendar hours",
                                        fix: "a breach deadline counts day and night: write PT24H, PT48H, 2d or asap"))
                }
            }
        }
        for (index, right) in dataSubjectRights.enumerated() {
            let path = ConventionPath.dataSubjectRight(index)
            right.receiverCodes.forEach { checkParty($0, at: path, as: "a GDPR right") }
            if let handler = right.handlerCode { checkParty(handler, at: path, as: "a GDPR right") }
            (right.contributorCodes + right.preemptionCodes).forEach { checkParty($0, at: path, as: "a GDPR right") }
            if DataSubjectRight(rawValue: right.right) == nil {
                issues.append(.init(path: path, message: "'\(right.right)' is not a right of the GDPR",
                                    fix: "use one of: " + DataSubjectRight.allCases.map(\.rawValue).joined(separator: ", ")))
            }
        }
        for activity in processingActivities {
            activity.controllers.forEach { checkParty($0.partyCode, at: ConventionPath.processing(activity.id), as: "a processing activity") }
        }
        for body in governance {
            (body.memberCodes + body.chairCodes).forEach { checkParty($0, at: ConventionPath.governance(body.id), as: "a committee") }
        }
        for schedule in contributions {
            let path = ConventionPath.contribution(schedule.id)
            ([schedule.payer, schedule.payee] + [schedule.priceSetBy].compactMap { $0 }).forEach {
                checkParty($0, at: path, as: "contribution \(schedule.id)")
            }
            for year in schedule.years {
                do { _ = try ContributionCalculation.compute(schedule, year: year) } catch {
                    issues.append(.init(path: path, message: "contribution \(schedule.id) cannot be computed for \(year): \(error)",
                                        fix: "give the quantity and the index value for every year listed under months, and shares and instalments making 100"))
                }
            }
        }
        for substitution in substitutions {
            ([substitution.successor] + substitution.predecessors).forEach {
                checkParty($0, at: ConventionPath.substitution(substitution.successor), as: "a substitution")
            }
        }
        for plan in costSharing where plan.start > plan.end {
            issues.append(.init(path: ConventionPath.costSharing(plan.id), message: "cost sharing \(plan.id) ends before it starts",
                                fix: "write start before end"))
        }
        for deliberation in budget {
            let path = ConventionPath.budget(deliberation.id)
            checkParty(deliberation.party, at: path, as: "deliberation \(deliberation.reference)")
            for mismatch in deliberation.mismatches {
                let scope = mismatch.stated.functionalCode.map { " in code fonctionnel \($0)" } ?? ""
                issues.append(.init(path: path,
                                    message: "the \(mismatch.stated.kind.rawValue) affectations\(scope) of \(deliberation.reference) add up to \(mismatch.computed) €, the text states \(mismatch.stated.amount) €",
                                    fix: "correct the amount of an affectation or the stated total"))
            }
        }
        return issues
    }

    private func datesIssues() -> [ConventionIssue] {
        var issues: [ConventionIssue] = []
        if let end = dates.end, end < dates.effective {
            issues.append(.init(path: ConventionPath.dates("end"),
                                message: "the end date \(end) is before the effective date \(dates.effective)",
                                fix: "check both dates"))
        }
        if let signature = dates.signature, let end = dates.end, end < signature {
            issues.append(.init(path: ConventionPath.dates("signature"),
                                message: "the signature date \(signature) is after the end date \(end)",
                                fix: "check both dates"))
        }
        if dates.renewal == .tacit && dates.end == nil {
            issues.append(.init(path: ConventionPath.dates("renewal"),
                                message: "tacit renewal needs an end date to renew at",
                                fix: "give dates.end, or set renewal: none"))
        }
        return issues
    }

    private func cellIssues(_ cell: ResponsibilityCell, componentID: String, activity: Activity, at path: String,
                            checkParty: (String, String, String) -> Void) -> [ConventionIssue] {
        switch cell {
        case .notApplicable:
            return []
        case .seeComponent(let target):
            guard target != componentID else {
                return [.init(path: path, message: "the cell refers to its own component", fix: "name another component in 'see'")]
            }
            guard let (targetDomain, _) = component(id: target) else {
                return [.init(path: path, message: "'see' names unknown component '\(target)'",
                              fix: "use one of: " + ClosestNames.suggestions(for: target, among: components.map(\.component.id))
                                  .joined(separator: ", "))]
            }
            if !targetDomain.activities.contains(activity) {
                return [.init(path: path, message: "'\(target)' has no '\(activity.rawValue)' column to refer to",
                              fix: "refer to a component whose domain has that column")]
            }
            return []
        case .rules(let rules):
            var issues: [ConventionIssue] = []
            if rules.isEmpty {
                issues.append(.init(path: path, message: "the cell has no rule", fix: "write 'none' for an empty cell"))
            }
            var seenConditions = Set<ResponsibilityCondition>()
            for rule in rules {
                if rule.raci.responsible.isEmpty {
                    issues.append(.init(path: path, message: "a rule names no responsible party",
                                        fix: "give R: with at least one party code"))
                }
                if !seenConditions.insert(rule.condition).inserted {
                    issues.append(.init(path: path, message: "two rules of the cell have the same condition",
                                        fix: "merge them into one rule"))
                }
                rule.raci.allParties.forEach { checkParty($0, path, "cell \(componentID)/\(activity.rawValue)") }
            }
            return issues
        }
    }

    static func isStableID(_ text: String) -> Bool {
        !text.isEmpty && text.first != "-" && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }

    static func isPartyCode(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "-") }
    }
}
