import EntenteCore

/// The sentences of the monthly statistics, in French and English.
enum StatisticsPhrase: CaseIterable, Sendable, Phrasebook {
    case navigation, title, intro, month, monthHint, show, previousMonth, nextMonth, neighbourMonths, downloadCSV
    case scope, scopeEverything, scopePartner, scopeTerritory, scopeEstablishment, showTerritory, showOwnParty
    case volumes, opened, openedCritical, resolved, backlogAtStart, backlogAtEnd
    case perDay, perDayDescription, day, byComponent, byComponentDescription, byEstablishment, count, tickets
    case serviceLevels, clock, pickup, restoration, met, breached, noTarget, unmeasured, metRate, byParty, party
    case times, measure, timeToPickup, timeToResolution, median, percentile90, elapsed, working, timesNote
    case satisfaction, ratings, mean, score, scoreDistribution, scoreDistributionDescription, byEstablishmentRatings
    case noRatings, establishmentParty
    case definitions, definitionVolumes, definitionBacklog, definitionServiceLevels, definitionTimes
    case definitionSatisfaction, definitionParty


    var pair: (String, String) {
        switch self {
        case .navigation: ("Statistiques", "Statistics")
        case .title: ("Statistiques mensuelles", "Monthly statistics")
        case .intro: ("Les chiffres du service d'assistance pour un mois : volumes, engagements de service, délais, stock et satisfaction.",
                      "The service desk's figures for one month: volumes, service commitments, times, backlog and satisfaction.")
        case .month: ("Mois", "Month")
        case .monthHint: ("Sous la forme AAAA-MM, par exemple 2026-09.", "As YYYY-MM, for example 2026-09.")
        case .show: ("Afficher", "Show")
        case .previousMonth: ("Mois précédent", "Previous month")
        case .nextMonth: ("Mois suivant", "Next month")
        case .neighbourMonths: ("Mois voisins", "Neighbouring months")
        case .downloadCSV: ("Télécharger ces chiffres (CSV)", "Download these figures (CSV)")
        case .scope: ("Périmètre :", "Scope:")
        case .scopeEverything: ("toutes les demandes", "every ticket")
        case .scopePartner: ("les demandes confiées à votre partenaire", "the tickets routed to your partner")
        case .scopeTerritory: ("les demandes des établissements de vos conventions (lecture seule)",
                               "the tickets of your conventions' establishments (read-only)")
        case .scopeEstablishment: ("les demandes de votre établissement", "your establishment's tickets")
        case .showTerritory: ("Voir tout le territoire", "See the whole territory")
        case .showOwnParty: ("Revenir aux demandes de votre partenaire", "Back to your partner's tickets")
        case .volumes: ("Volumes", "Volumes")
        case .opened: ("Demandes ouvertes", "Tickets opened")
        case .openedCritical: ("dont critiques", "of which critical")
        case .resolved: ("Demandes résolues", "Tickets resolved")
        case .backlogAtStart: ("Stock en début de mois", "Backlog at the start of the month")
        case .backlogAtEnd: ("Stock en fin de mois", "Backlog at the end of the month")
        case .perDay: ("Demandes ouvertes et résolues par jour", "Tickets opened and resolved per day")
        case .perDayDescription: ("Diagramme en barres : pour chaque jour du mois, le nombre de demandes ouvertes et résolues. Les mêmes chiffres figurent dans le tableau qui suit.",
                                  "Bar chart: for each day of the month, the tickets opened and resolved. The table that follows gives the same figures.")
        case .day: ("Jour", "Day")
        case .byComponent: ("Demandes ouvertes par composant", "Tickets opened per component")
        case .byComponentDescription: ("Diagramme en barres horizontales : les composants qui ont reçu le plus de demandes ce mois-ci. Les mêmes chiffres figurent dans le tableau qui suit.",
                                       "Horizontal bar chart: the components with the most tickets this month. The table that follows gives the same figures.")
        case .byEstablishment: ("Demandes ouvertes par établissement", "Tickets opened per establishment")
        case .count: ("Nombre", "Count")
        case .tickets: ("demandes", "tickets")
        case .serviceLevels: ("Respect des engagements de service", "Service commitments met")
        case .clock: ("Engagement", "Commitment")
        case .pickup: ("Prise en charge", "Pick-up")
        case .restoration: ("Rétablissement", "Restoration")
        case .met: ("Respectés", "Met")
        case .breached: ("Dépassés", "Breached")
        case .noTarget: ("Au plus tôt (sans délai chiffré)", "As soon as possible (no figure)")
        case .unmeasured: ("Sans engagement", "No commitment")
        case .metRate: ("Taux de respect", "Rate met")
        case .byParty: ("Par partie responsable", "Per responsible party")
        case .party: ("Partie responsable", "Responsible party")
        case .times: ("Délais constatés", "Times observed")
        case .measure: ("Mesure", "Measure")
        case .timeToPickup: ("De l'ouverture à la prise en charge", "From opening to pick-up")
        case .timeToResolution: ("De l'ouverture à la résolution", "From opening to resolution")
        case .median: ("Médiane", "Median")
        case .percentile90: ("90e centile", "90th percentile")
        case .elapsed: ("temps écoulé", "elapsed time")
        case .working: ("temps ouvré", "working time")
        case .timesNote: ("Le temps écoulé compte toutes les heures ; le temps ouvré, celles du calendrier de la convention (horaires, jours fériés, fermetures). Les attentes du demandeur ou d'un tiers ne sont pas déduites. Médiane et 90e centile au rang le plus proche : toujours un délai réellement constaté.",
                          "Elapsed time counts every hour; working time, those of the convention's calendar (hours, public holidays, closures). Waiting for the requester or a third party is not deducted. Median and 90th percentile by nearest rank: always a time actually observed.")
        case .satisfaction: ("Satisfaction des demandeurs", "Requesters' satisfaction")
        case .ratings: ("Avis", "Ratings")
        case .mean: ("Note moyenne", "Mean score")
        case .score: ("Note", "Score")
        case .scoreDistribution: ("Répartition des notes", "Scores given")
        case .scoreDistributionDescription: ("Diagramme en barres horizontales : le nombre d'avis pour chaque note de 1 à 5. Les mêmes chiffres figurent dans le tableau qui suit.",
                                             "Horizontal bar chart: the number of ratings for each score from 1 to 5. The table that follows gives the same figures.")
        case .byEstablishmentRatings: ("Par établissement", "Per establishment")
        case .noRatings: ("Aucun avis ce mois-ci.", "No ratings this month.")
        case .establishmentParty: ("l'établissement lui-même", "the establishment itself")
        case .definitions: ("Comment ces chiffres sont calculés", "How these figures are computed")
        case .definitionVolumes: ("Un mois va du premier jour à minuit (heure de Paris) au premier jour du mois suivant à minuit. Une demande est comptée ouverte le mois de son ouverture ; résolue le mois de sa dernière résolution, tant qu'elle est résolue ou close (une demande rouverte ne compte plus comme résolue).",
                                  "A month runs from midnight (Paris time) on its first day to midnight on the next month's first day. A ticket counts as opened in the month it was opened; as resolved in the month of its latest resolution, as long as it stays resolved or closed (a reopened ticket no longer counts as resolved).")
        case .definitionBacklog: ("Le stock est le nombre de demandes ouvertes et non résolues à minuit au début et à la fin du mois. Une demande rouverte compte comme ouverte depuis son ouverture : l'historique des réouvertures n'est pas rejoué. Stock de fin = stock de début + ouvertes − résolues.",
                                  "The backlog is the number of tickets opened and not resolved at midnight at the start and at the end of the month. A reopened ticket counts as open since its opening: the history of reopenings is not replayed. Backlog at the end = backlog at the start + opened − resolved.")
        case .definitionServiceLevels: ("Un engagement de prise en charge est compté le mois où la demande a été prise en charge ; un engagement de rétablissement, le mois de sa résolution. Le taux de respect se calcule sur les seuls engagements chiffrés (respectés + dépassés).",
                                        "A pick-up commitment counts in the month the ticket was picked up; a restoration commitment, in the month it was resolved. The rate met is taken over the commitments with a figure only (met + breached).")
        case .definitionTimes: ("Les délais de prise en charge portent sur les demandes prises en charge dans le mois ; les délais de résolution, sur les demandes résolues dans le mois.",
                                "Pick-up times are those of the tickets picked up in the month; resolution times, those of the tickets resolved in the month.")
        case .definitionSatisfaction: ("La satisfaction compte les avis donnés dans le mois (notes de 1 à 5), quelle que soit la date de la demande.",
                                       "Satisfaction counts the ratings given in the month (scores 1 to 5), whatever the ticket's dates.")
        case .definitionParty: ("La partie responsable est le partenaire qui a reçu la demande (le Département, l'académie…), ou l'établissement lui-même lorsque la convention le désigne.",
                                "The responsible party is the partner the ticket was routed to (the Département, the académie…), or the establishment itself when the convention says so.")
        }
    }

    /// Why the month asked for cannot be shown, in the page's language.
    static func problem(_ error: StatisticsMonthError, _ language: Language) -> String {
        let french = language == .fr
        switch error {
        case .malformed(let text):
            return french ? "« \(text) » n'est pas un mois : saisissez-le sous la forme AAAA-MM, par exemple 2026-09."
                : "'\(text)' is not a month: enter it as YYYY-MM, for example 2026-09."
        case .noSuchMonth(let month):
            return french ? "Il n'y a pas de mois \(month) : les mois vont de 01 à 12."
                : "There is no month \(month): months run from 01 to 12."
        case .yearOutOfRange(let year):
            let (low, high) = (StatisticsMonth.years.lowerBound, StatisticsMonth.years.upperBound)
            return french ? "L'année \(year) est hors de la période couverte (\(low) à \(high))."
                : "The year \(year) is outside the period covered (\(low) to \(high))."
        }
    }

    /// "Autres (12 établissements)".
    static func others(keys: Int, _ language: Language) -> String {
        language == .fr ? "Autres (\(keys))" : "Others (\(keys))"
    }
}
