import EntenteCore

/// The words of rights requests, French first.
public enum RightsRequestWording {
    /// How the last day was counted, in one sentence.
    public static func rule(received: CalendarDate, extended: Bool, lastDay: CalendarDate, language: Language) -> String {
        let months = extended ? RightsRequestDeadline.extendedPeriod.count : RightsRequestDeadline.answerPeriod.count
        let sameDate = lastDay.day == received.day
        switch language {
        case .fr:
            let period = extended ? "un mois prolongé de deux mois, soit \(months) mois" : "un mois"
            let end = sameDate ? "le même quantième du dernier mois" : "le dernier jour du dernier mois, qui n'a pas de \(received.day)"
            return "règle : \(period) à compter de la réception (RGPD art. 12(3)), comptés selon le règlement (CEE, Euratom) "
                + "n° 1182/71 art. 3 : le jour de réception ne compte pas et le délai finit \(end) — "
                + "reçue le \(received.frenchLabel), réponse au plus tard le \(lastDay.frenchLabel)"
        case .en:
            let period = extended ? "one month extended by two, \(months) months" : "one month"
            let end = sameDate ? "on the same date of the last month" : "on the last day of the last month, which has no \(received.day)"
            return "rule: \(period) from receipt (GDPR art. 12(3)), counted by Regulation (EEC, Euratom) No 1182/71 art. 3: "
                + "the day of receipt is not counted and the period ends \(end) — received \(received), answer by \(lastDay)"
        }
    }

    /// When the last day is a day off, what art. 3(4) would allow and what Entente keeps.
    public static func carriedNote(lastDay: CalendarDate, carried: CalendarDate, language: Language) -> String? {
        guard carried != lastDay else { return nil }
        return switch language {
        case .fr: "note : le \(lastDay.frenchLabel) n'est pas un jour ouvré ; l'art. 3(4) du règlement reporterait "
            + "la fin au \(carried.frenchLabel) ; Entente retient le jour le plus tôt"
        case .en: "note: \(lastDay) is not a working day; art. 3(4) of the regulation would carry the end to \(carried); "
            + "Entente keeps the earlier day"
        }
    }
}
