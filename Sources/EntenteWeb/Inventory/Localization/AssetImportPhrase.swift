import EntenteCore

// The inventory import's words, French first: each refused value says what is wrong and how to fix it.

extension AssetImportProblem: Phrasebook {
    var pair: (String, String) {
        switch self {
        case .missing:
            ("valeur manquante — renseignez-la (obligatoire pour un nouvel équipement ou pour la clé de rapprochement)",
             "missing value — fill it in (needed for a new asset, or as the matching key)")
        case .tooLong(let max):
            ("plus de \(max) caractères — raccourcissez la valeur", "more than \(max) characters — shorten the value")
        case .invalidUAI(let text):
            ("« \(text) » n'est pas un UAI (7 chiffres et une lettre de contrôle) — corrigez-le",
             "'\(text)' is not a UAI (7 digits and a check letter) — correct it")
        case .unknownEstablishment(let uai):
            ("l'établissement \(uai) n'est couvert par aucune convention — vérifiez l'UAI",
             "no convention covers establishment \(uai) — check the UAI")
        case .outsideScope(let uai):
            ("vous ne pouvez pas modifier l'inventaire de \(uai) — retirez la ligne ou demandez à un partenaire de sa convention",
             "you may not change the inventory of \(uai) — remove the row or ask a partner of its convention")
        case .unknownComponent(let id, let known):
            ("« \(id) » n'est pas un composant de la convention de l'établissement — utilisez l'un de : \(known.joined(separator: ", "))",
             "'\(id)' is not a component of the establishment's convention — use one of: \(known.joined(separator: ", "))")
        case .unknownZone(let text):
            ("zone « \(text) » inconnue — administratif, pédagogique, invité, objets connectés ou technique",
             "unknown zone '\(text)' — administratif, pedagogique, invite, iot or technique")
        case .unknownFunding(let text):
            ("financement « \(text) » inconnu — collectivité, académie ou établissement (fonds propres)",
             "unknown funding '\(text)' — collectivite, academie or etablissement (own funds)")
        case .unknownCondition(let text):
            ("état à l'achat « \(text) » inconnu — neuf ou reconditionné", "unknown condition '\(text)' — neuf (new) or reconditionné (reconditioned)")
        case .unknownStatus(let text, let known):
            ("statut « \(text) » inconnu — utilisez l'un de : \(known.joined(separator: ", "))",
             "unknown status '\(text)' — use one of: \(known.joined(separator: ", "))")
        case .invalidDate(let text):
            ("« \(text) » n'est pas une date — écrivez AAAA-MM-JJ ou JJ/MM/AAAA", "'\(text)' is not a date — write YYYY-MM-DD or DD/MM/YYYY")
        case .dateInFuture(let date):
            ("date \(date) dans le futur — vérifiez-la", "date \(date) is in the future — check it")
        case .warrantyBeforeAcquisition:
            ("fin de garantie avant la date d'acquisition — vérifiez les deux dates", "warranty ends before acquisition — check both dates")
        case .invalidAmount(let text, let error):
            (Self.amountFrench(text, error), Self.amountEnglish(text, error))
        case .negativeAmount:
            ("prix négatif — indiquez le prix d'achat", "negative price — give the purchase price")
        case .invalidID(let text):
            ("« \(text) » n'est pas un identifiant Entente — reprenez-le d'un export", "'\(text)' is not an Entente id — take it from an export")
        case .noSuchAsset:
            ("aucun équipement n'a cet identifiant — retirez la ligne ou rapprochez par numéro d'inventaire",
             "no asset has this id — remove the row or match by inventory number")
        case .repeatsLine(let line):
            ("déjà donné ligne \(line) — gardez une seule ligne par équipement", "already given on line \(line) — keep one row per asset")
        case .usedByAnotherAsset(let number):
            ("déjà utilisé par l'équipement \(number) — corrigez le numéro", "already used by asset \(number) — correct the number")
        case .transitionRefused(let from, let to):
            ("passage de « \(from) » à « \(to) » impossible — suivez le cycle de vie (page de l'équipement)",
             "cannot move from '\(from)' to '\(to)' — follow the lifecycle (asset page)")
        case .establishmentChange(let from):
            ("l'équipement appartient à \(from) — un changement d'établissement se fait par un transfert, pas par import",
             "the asset belongs to \(from) — moving it to another establishment is a transfer, not an import")
        case .extraCells(let count):
            ("\(count) cellule(s) de plus que l'en-tête — une valeur contient sans doute le séparateur : mettez-la entre guillemets",
             "\(count) cell(s) more than the header — a value probably holds the separator: quote it")
        }
    }

    private static func amountFrench(_ text: String, _ error: Money.ParseError) -> String {
        switch error {
        case .empty, .notAnAmount: "« \(text) » n'est pas un montant — écrivez par exemple 649,90"
        case .tooManyDecimals: "« \(text) » a plus de deux décimales — écrivez les centimes (649,90) ou l'entier (1234)"
        case .tooLarge: "« \(text) » est trop grand — vérifiez le montant"
        }
    }

    private static func amountEnglish(_ text: String, _ error: Money.ParseError) -> String {
        switch error {
        case .empty, .notAnAmount: "'\(text)' is not an amount — write for example 649.90"
        case .tooManyDecimals: "'\(text)' has more than two decimals — write cents (649.90) or a whole number (1234)"
        case .tooLarge: "'\(text)' is too large — check the amount"
        }
    }
}
