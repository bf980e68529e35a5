import EntenteCore
import EntenteStorage
import Fluent
import Vapor

/// What the statistics page and CSV show of satisfaction beyond the month's own figures: the trend of
/// the twelve months up to it and, for the handling party, the comments of its low ratings.
struct SatisfactionFigures: Sendable {
    var trend: SatisfactionTrend
    /// Empty for whoever may not read them (`SatisfactionComments.lowRated`).
    var lowRated: [RatingComment]

    /// Over the same scope as the month's figures (`TicketController.queueFilter`).
    static func load(_ month: StatisticsMonth, for user: SignedInUser, territory: Bool, on database: any Database,
                     in environment: EntenteApp.Environment) async throws -> SatisfactionFigures {
        let filter = TicketController.queueFilter(for: user, territory: territory, in: environment)
        let store = SatisfactionStore(database: database)
        let mayReadComments = user.role == .administrator || user.role == .partnerAgent
        return SatisfactionFigures(
            trend: try await store.trend(endingWith: month, matching: filter),
            lowRated: mayReadComments
                ? SatisfactionComments.lowRated(try await store.lowRatedComments(in: month, matching: filter), visibleTo: user.viewer)
                : [])
    }
}

/// The sentences of the satisfaction trend and of low ratings' comments.
enum SatisfactionPhrase: CaseIterable, Sendable, Phrasebook {
    case trend, trendDescription, month, lowRated, lowRatedIntro, noLowRated, comment, ticket, score


    var pair: (String, String) {
        switch self {
        case .trend: ("Satisfaction sur douze mois", "Satisfaction over twelve months")
        case .trendDescription: ("Nombre d'avis et note moyenne de chaque mois, jusqu'au mois affiché.",
                                 "Number of ratings and mean score of each month, up to the month shown.")
        case .month: ("Mois", "Month")
        case .lowRated: ("Avis défavorables (note de 1 ou 2) et leurs commentaires", "Low ratings (score 1 or 2) and their comments")
        case .lowRatedIntro: ("Les commentaires des avis défavorables du mois sur les demandes que votre partie a traitées.",
                              "The comments of the month's low ratings on the tickets your party handled.")
        case .noLowRated: ("Aucun avis défavorable commenté ce mois-ci.", "No commented low rating this month.")
        case .comment: ("Commentaire", "Comment")
        case .ticket: ("Demande", "Ticket")
        case .score: ("Note", "Score")
        }
    }
}
