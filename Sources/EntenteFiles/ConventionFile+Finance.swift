import EntenteCore
import Yams

/// The money sections of a convention file: contributions, cost sharing, budget deliberations.
extension ConventionReader {
    func contribution(_ node: Node, sourceFile: String, root: SourceReference) -> ContributionSchedule? {
        guard let map = document.mapping(node, "a contribution", allowed: [
                  "id", "title", "payer", "payee", "unit", "price", "price_set_by", "quantities", "revision", "months",
                  "rounding", "instalments", "shares", "section", "source"]),
              let id = document.string(map, "id", in: "a contribution", at: node) else { return nil }
        let what = "contribution \(id)"
        document.record(ConventionPath.contribution(id), node)
        let title = document.string(map, "title", in: what, at: node)
        let payer = document.string(map, "payer", in: what, at: node), payee = document.string(map, "payee", in: what, at: node)
        let price = required(map, "price", in: what, at: node).flatMap { money($0, "the price of \(what)") }
        let quantities = list(map["quantities"], "quantities", required: node) { quantity($0, in: what) }
        let revision = map["revision"].flatMap { self.revision($0, in: what) }
        var months: [Int: Int] = [:]
        if let monthsNode = required(map, "months", in: what, at: node), let monthsMap = monthsNode.mapping {
            for (key, value) in monthsMap {
                guard let year = key.scalar.flatMap({ Int($0.string) }), let count = integer(value, "the months of \(what)", in: 1...12)
                else {
                    document.report(key, "'\(key.scalar?.string ?? "")' is not a year in the months of \(what)", fix: "write 2026: 12")
                    continue
                }
                months[year] = count
            }
        } else if map["months"] != nil {
            document.report(map["months"]!, "the months of \(what) must map years to months counted", fix: "write months: { 2025: 4, 2026: 12 }")
        }
        let rounding = required(map, "rounding", in: what, at: node).flatMap { node -> RoundingRule? in
            guard let text = document.scalar(node, "the rounding of \(what)") else { return nil }
            guard let rule = RoundingRule(text) else {
                document.report(node, "'\(text)' is not a rounding rule", fix: "write euro-up, euro-down, euro-nearest, cent-nearest…")
                return nil
            }
            return rule
        }
        let instalments = list(map["instalments"], "instalments") { instalment($0, in: what) }
        let shares = list(map["shares"], "shares") { node -> ContributionSchedule.Share? in
            guard let item = document.mapping(node, "a share of \(what)", allowed: ["nature", "percent"]),
                  let nature = document.string(item, "nature", in: "a share of \(what)", at: node),
                  let percent = required(item, "percent", in: "a share of \(what)", at: node).flatMap({ figure($0, "a percent") })
            else { return nil }
            return .init(nature: nature, percent: percent)
        }
        guard let title, let payer, let payee, let price, let rounding else { return nil }
        return ContributionSchedule(
            id: id, title: title, payer: payer, payee: payee, unit: document.optionalString(map, "unit", in: what) ?? "",
            price: price, priceSetBy: document.optionalString(map, "price_set_by", in: what), revision: revision,
            quantities: quantities, months: months, rounding: rounding, instalments: instalments, shares: shares,
            source: source(map, file: sourceFile, default: root))
    }

    private func quantity(_ node: Node, in what: String) -> ContributionSchedule.Quantity? {
        guard let map = document.mapping(node, "a quantity of \(what)", allowed: ["year", "count", "source", "date"]),
              let year = required(map, "year", in: what, at: node).flatMap({ integer($0, "a year", in: 1900...2999) }),
              let count = required(map, "count", in: what, at: node).flatMap({ integer($0, "a quantity", in: 1...100_000_000) }),
              let source = document.string(map, "source", in: "a quantity of \(what)", at: node) else { return nil }
        return .init(year: year, count: count, source: source, sourceDate: date(map["date"], "the date of a quantity"))
    }

    private func revision(_ node: Node, in what: String) -> ContributionSchedule.Revision? {
        let owner = "the revision of \(what)"
        guard let map = document.mapping(node, owner, allowed: ["index", "base", "base_label", "fixed_part", "indexed_part",
                                                                "coefficient_decimals", "values"]),
              let index = document.string(map, "index", in: owner, at: node),
              let base = required(map, "base", in: owner, at: node).flatMap({ figure($0, "the base index") }),
              let fixed = required(map, "fixed_part", in: owner, at: node).flatMap({ figure($0, "the fixed part a") }),
              let indexed = required(map, "indexed_part", in: owner, at: node).flatMap({ figure($0, "the indexed part b") }),
              let decimals = required(map, "coefficient_decimals", in: owner, at: node).flatMap({ integer($0, "decimals", in: 0...6) })
        else { return nil }
        let values = list(map["values"], "values", required: node) { node -> ContributionSchedule.IndexValue? in
            guard let item = document.mapping(node, "an index value", allowed: ["year", "value", "label", "published"]),
                  let year = required(item, "year", in: "an index value", at: node).flatMap({ integer($0, "a year", in: 1900...2999) }),
                  let value = required(item, "value", in: "an index value", at: node).flatMap({ figure($0, "an index value") }),
                  let label = document.string(item, "label", in: "an index value", at: node) else { return nil }
            return .init(year: year, value: value, label: label, published: date(item["published"], "a publication date"))
        }
        return .init(index: index, base: base, baseLabel: document.optionalString(map, "base_label", in: owner) ?? "",
                     fixedPart: fixed, indexedPart: indexed, coefficientDecimals: decimals, values: values)
    }

    private func instalment(_ node: Node, in what: String) -> ContributionSchedule.Instalment? {
        let owner = "an instalment of \(what)"
        guard let map = document.mapping(node, owner, allowed: ["label", "percent", "due"]),
              let label = document.string(map, "label", in: owner, at: node),
              let percent = required(map, "percent", in: owner, at: node).flatMap({ figure($0, "a percent") }),
              let dueNode = required(map, "due", in: owner, at: node), let due = document.scalar(dueNode, "a due day") else { return nil }
        let parts = due.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, CalendarDate(year: 2024, month: parts[0], day: parts[1]) != nil else {
            document.report(dueNode, "'\(due)' is not a day of the year for \(owner)", fix: "write the month and day as MM-DD, e.g. 06-30")
            return nil
        }
        return .init(label: label, percent: percent, dueMonth: parts[0], dueDay: parts[1])
    }

    func costSharingPlan(_ node: Node, sourceFile: String, root: SourceReference) -> CostSharingPlan? {
        guard let map = document.mapping(node, "a cost sharing", allowed: [
                  "id", "name", "year", "start", "end", "envelopes", "hypotheses", "participants", "section", "source"]),
              let id = document.string(map, "id", in: "a cost sharing", at: node) else { return nil }
        let what = "cost sharing \(id)"
        document.record(ConventionPath.costSharing(id), node)
        let name = document.string(map, "name", in: what, at: node)
        let year = required(map, "year", in: what, at: node).flatMap { integer($0, "a year", in: 1900...2999) }
        let start = date(required(map, "start", in: what, at: node), "the start of \(what)")
        let end = date(required(map, "end", in: what, at: node), "the end of \(what)")
        let envelopes = list(map["envelopes"], "envelopes", required: node) { node -> CostSharingPlan.Envelope? in
            guard let item = document.mapping(node, "an envelope", allowed: ["id", "name", "total"]),
                  let id = document.string(item, "id", in: "an envelope", at: node),
                  let name = document.string(item, "name", in: "envelope \(id)", at: node),
                  let total = required(item, "total", in: "envelope \(id)", at: node).flatMap({ money($0, "the total of envelope \(id)") })
            else { return nil }
            return .init(id: id, name: name, total: total)
        }
        let hypotheses = list(map["hypotheses"], "hypotheses") { node -> CostSharingPlan.Hypothesis? in
            guard let item = document.mapping(node, "a hypothesis", allowed: ["id", "name", "participants"]),
                  let id = document.string(item, "id", in: "a hypothesis", at: node),
                  let name = document.string(item, "name", in: "hypothesis \(id)", at: node),
                  let count = required(item, "participants", in: "hypothesis \(id)", at: node).flatMap({ integer($0, "a number of participants", in: 1...1000) })
            else { return nil }
            return .init(id: id, name: name, participants: count)
        }
        let participants = list(map["participants"], "participants") { node -> CostSharingPlan.Participant? in
            guard let item = document.mapping(node, "a participant", allowed: ["code", "name", "entry", "exit"]),
                  let code = document.string(item, "code", in: "a participant", at: node),
                  let name = document.string(item, "name", in: "participant \(code)", at: node) else { return nil }
            return .init(code: code, name: name, entry: date(item["entry"], "an entry date"), exit: date(item["exit"], "an exit date"))
        }
        guard let name, let year, let start, let end else { return nil }
        return CostSharingPlan(id: id, name: name, year: year, start: start, end: end, envelopes: envelopes, hypotheses: hypotheses,
                               participants: participants, source: source(map, file: sourceFile, default: root))
    }

    func deliberation(_ node: Node, sourceFile: String, root: SourceReference) -> BudgetDeliberation? {
        guard let map = document.mapping(node, "a budget deliberation", allowed: [
                  "id", "reference", "date", "party", "budget_year", "affectations", "totals", "section", "source"]),
              let id = document.string(map, "id", in: "a budget deliberation", at: node) else { return nil }
        let what = "deliberation \(id)"
        document.record(ConventionPath.budget(id), node)
        let reference = document.string(map, "reference", in: what, at: node)
        let day = date(required(map, "date", in: what, at: node), "the date of \(what)")
        let party = document.string(map, "party", in: what, at: node)
        let year = required(map, "budget_year", in: what, at: node).flatMap { integer($0, "a budget year", in: 1900...2999) }
        let affectations = list(map["affectations"], "affectations", required: node) { node -> BudgetAuthorization? in
            let fields = ["id", "kind", "chapter", "functional_code", "programme", "action", "label", "amount", "article"]
            guard let item = document.mapping(node, "an affectation", allowed: fields),
                  let id = document.string(item, "id", in: "an affectation", at: node) else { return nil }
            let owner = "affectation \(id)"
            let kind = required(item, "kind", in: owner, at: node).flatMap { document.enumValue($0, BudgetAuthorization.Kind.self, "kind of affectation") }
            let texts = fields[2...].filter { $0 != "amount" }.map { document.string(item, $0, in: owner, at: node) }
            let amount = required(item, "amount", in: owner, at: node).flatMap { money($0, "the amount of \(owner)") }
            guard let kind, let amount, let chapter = texts[0], let functional = texts[1], let programme = texts[2],
                  let action = texts[3], let label = texts[4], let article = texts[5] else { return nil }
            return BudgetAuthorization(id: id, kind: kind, chapter: chapter, functionalCode: functional, programme: programme,
                                       action: action, label: label, amount: amount, article: article)
        }
        let totals = list(map["totals"], "totals") { node -> BudgetDeliberation.StatedTotal? in
            guard let item = document.mapping(node, "a stated total", allowed: ["kind", "functional_code", "amount"]),
                  let kind = required(item, "kind", in: "a stated total", at: node).flatMap({ document.enumValue($0, BudgetAuthorization.Kind.self, "kind of total") }),
                  let amount = required(item, "amount", in: "a stated total", at: node).flatMap({ money($0, "a stated total") })
            else { return nil }
            return .init(kind: kind, functionalCode: document.optionalString(item, "functional_code", in: "a stated total"), amount: amount)
        }
        guard let reference, let day, let party, let year else { return nil }
        return BudgetDeliberation(id: id, reference: reference, date: day, party: party, budgetYear: year, authorizations: affectations,
                                  statedTotals: totals, source: source(map, file: sourceFile, default: root))
    }

    // MARK: - Values

    private func required(_ map: Node.Mapping, _ key: String, in what: String, at owner: Node) -> Node? {
        guard let node = map[key] else {
            document.report(owner, "missing '\(key)' in \(what)", fix: "add '\(key): …'")
            return nil
        }
        return node
    }

    private func money(_ node: Node, _ what: String) -> Money? {
        guard let text = document.scalar(node, what) else { return nil }
        do { return try Money(parsing: text) } catch {
            document.report(node, "'\(text)' is not an amount for \(what)", fix: "write euros with at most two decimals, e.g. \"1 221 000\" or \"1,70\"")
            return nil
        }
    }

    private func figure(_ node: Node, _ what: String) -> DecimalFigure? {
        guard let text = document.scalar(node, what) else { return nil }
        guard let figure = DecimalFigure(text) else {
            document.report(node, "'\(text)' is not a number for \(what)", fix: "write digits with one decimal mark, e.g. \"313,3\"")
            return nil
        }
        return figure
    }

    private func integer(_ node: Node, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = document.scalar(node, what) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            document.report(node, "'\(text)' is not a valid \(what)", fix: "write a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }
}
