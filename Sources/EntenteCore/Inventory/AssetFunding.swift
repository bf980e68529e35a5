/// Who paid for a device, which decides who maintains it (seed 002: the establishment for what it
/// bought on its own funds, the Département for what it provided under its référentiel).
public enum AssetFunding: Hashable, Sendable {
    /// Provided by the collectivité under its equipment référentiel.
    case collectivite
    case academie
    /// Bought on the establishment's own funds, under the purchase its validating party approved
    /// (that purchase's reference, when known).
    case etablissement(purchase: String?)
    /// Several funders, each with its share of the price.
    case shared([FundingShare])

    /// The funder routing goes by: the single one, or the one with the largest share (ties go to
    /// the collectivité, then the académie, in the convention's order of funders).
    public var origin: FundingOrigin {
        switch self {
        case .collectivite: .collectivite
        case .academie: .academie
        case .etablissement: .etablissement
        case .shared(let shares):
            Self.largest(of: shares)
        }
    }

    private static func largest(of shares: [FundingShare]) -> FundingOrigin {
        var largest: (origin: FundingOrigin, amount: Money)?
        for origin in FundingOrigin.allCases {
            let amount = shares.filter { $0.origin == origin }.reduce(Money(cents: 0)) { $0 + $1.amount }
            if amount > largest?.amount ?? Money(cents: 0) { largest = (origin, amount) }
        }
        return largest?.origin ?? .collectivite
    }

    /// A single funder, as an import row or a form gives it.
    public init(_ origin: FundingOrigin, purchase: String? = nil) {
        switch origin {
        case .collectivite: self = .collectivite
        case .academie: self = .academie
        case .etablissement: self = .etablissement(purchase: purchase)
        }
    }
}

/// One funder's part of a shared purchase.
public struct FundingShare: Hashable, Codable, Sendable {
    public var origin: FundingOrigin
    public var amount: Money

    public init(origin: FundingOrigin, amount: Money) {
        self.origin = origin
        self.amount = amount
    }
}
