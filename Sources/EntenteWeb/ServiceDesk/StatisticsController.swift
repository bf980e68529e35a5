import EntenteCore
import EntenteFiles
import EntenteStorage
import Fluent
import Foundation
import Vapor

/// The monthly statistics of the service desk: a page with charts, and the same figures in CSV.
/// Each user sees the figures of the tickets their queue holds (`TicketController.queueFilter`).
enum StatisticsController {
    @Sendable static func page(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let asked = Asked(request)
        let context = PageContext(request)
        let scope = Scope(user: user, territory: asked.territory)
        if let (parameter, problem) = asked.scopeProblem {
            let response = StatisticsPage(context: context, monthText: asked.monthText, scope: scope, problem: nil,
                                          statistics: nil, names: StatisticsNames(request.entente),
                                          scopeProblem: QueryProblemText.message(parameter, problem, context.language)).render()
            response.status = .badRequest
            return response
        }
        switch asked.month {
        case .failure(let error):
            let response = StatisticsPage(context: context, monthText: asked.monthText, scope: scope,
                                          problem: StatisticsPhrase.problem(error, context.language),
                                          statistics: nil, names: StatisticsNames(request.entente)).render()
            response.status = .badRequest
            return response
        case .success(let month):
            let statistics = try await Self.statistics(of: month, for: user, territory: asked.territory,
                                                       on: request.db, in: request.entente)
            let satisfaction = try await SatisfactionFigures.load(month, for: user, territory: asked.territory,
                                                                  on: request.db, in: request.entente)
            return StatisticsPage(context: context, monthText: month.description, scope: scope, problem: nil,
                                  statistics: statistics, names: StatisticsNames(request.entente),
                                  satisfactionFigures: satisfaction).render()
        }
    }

    @Sendable static func csv(_ request: Request) async throws -> Response {
        let user = try request.requireUser()
        let asked = Asked(request)
        let month: StatisticsMonth
        if let (parameter, problem) = asked.scopeProblem {
            throw Abort(.badRequest, reason: QueryProblemText.message(parameter, problem, PageContext(request).language))
        }
        switch asked.month {
        case .failure(let error):
            throw Abort(.badRequest, reason: StatisticsPhrase.problem(error, PageContext(request).language))
        case .success(let value):
            month = value
        }
        let statistics = try await Self.statistics(of: month, for: user, territory: asked.territory,
                                                   on: request.db, in: request.entente)
        let trend = try await SatisfactionStore(database: request.db).trend(
            endingWith: month, matching: TicketController.queueFilter(for: user, territory: asked.territory, in: request.entente))
        let export = StatisticsExport(statistics: statistics, names: StatisticsNames(request.entente), trend: trend)
        return export.csv.response(fileName: "statistiques-\(month).csv")
    }

    /// The figures of `month` over the tickets `user` may see; working times by each convention's calendar.
    static func statistics(of month: StatisticsMonth, for user: SignedInUser, territory: Bool, on database: any Database,
                           in environment: EntenteApp.Environment) async throws -> MonthlyStatistics {
        let filter = TicketController.queueFilter(for: user, territory: territory, in: environment)
        let figures = try await StatisticsStore(database: database).month(month, matching: filter)
        let calendars = environment.calendars
        return MonthlyStatistics(month: month, tickets: figures.tickets, backlogAtStart: figures.backlogAtStart) {
            ticket, from, to in
            try? calendars[ticket.conventionID]?.workingSeconds(from: from, to: to)
        }
    }

    /// What the query string asks for: `month=YYYY-MM` (the injected clock's month when absent or
    /// empty) and, for an agent, `scope=territory`.
    struct Asked {
        var monthText: String
        var month: Result<StatisticsMonth, StatisticsMonthError>
        var territory: Bool
        /// A `scope` that is neither `queue` nor `territory`: refused, not read as the user's own queue.
        var scopeProblem: (TicketQueueQuery.Parameter, TicketQueueQuery.Problem)?

        init(_ request: Request) {
            let parameters = QueryParameters.of(request)
            let text = (parameters["month"] ?? "").trimmingCharacters(in: .whitespaces)
            monthText = text
            let scope = (parameters["scope"] ?? "").trimmingCharacters(in: .whitespaces)
            territory = scope == TicketQueueQuery.Scope.territory.rawValue
            if !scope.isEmpty, TicketQueueQuery.Scope(rawValue: scope) == nil {
                scopeProblem = (.scope, .notOneOf(TicketQueueQuery.Scope.allCases.map(\.rawValue)))
            }
            if text.isEmpty {
                month = .success(StatisticsMonth(containing: Instant(request.entente.now())))
            } else {
                do { month = .success(try StatisticsMonth(iso: text)) } catch { month = .failure(error) }
            }
        }
    }

    /// Whose tickets the figures cover, as the page says it.
    enum Scope: Equatable {
        case everything
        case partner(String)
        case territory(String)
        case establishment(String)

        init(user: SignedInUser, territory: Bool) {
            switch user.role {
            case .administrator: self = .everything
            case .observer: self = .territory(user.partnerCode ?? "-")
            case .partnerAgent:
                let partner = user.partnerCode ?? "-"
                self = territory ? .territory(partner) : .partner(partner)
            case .establishmentMember: self = .establishment(user.establishmentUAI ?? "-")
            }
        }
    }
}

/// The names behind the codes of the figures: establishments by UAI, parties by partner code.
struct StatisticsNames: Sendable {
    private let establishments: [String: String]
    private let partners: [String: String]

    init(_ environment: EntenteApp.Environment) {
        establishments = Dictionary(environment.territory.establishments.map { ($0.uai.value, $0.name) }) { first, _ in first }
        partners = Dictionary(environment.territory.partners.map { ($0.code, $0.name) }) { first, _ in first }
    }

    init(establishments: [String: String] = [:], partners: [String: String] = [:]) {
        self.establishments = establishments
        self.partners = partners
    }

    /// "Collège Anne de Bretagne", or the UAI when the directory does not know it.
    func establishment(_ uai: String) -> String { establishments[uai] ?? uai }

    /// "Département d'Ille-et-Vilaine"; a party without partner is the establishment itself.
    func party(_ key: String, _ language: Language) -> String {
        if let name = partners[key] { return name }
        return key == "EPLE" ? StatisticsPhrase.establishmentParty.text(language) : key
    }
}
