import Foundation

/// A collectivité's equipment référentiel under a convention: for each component, the approved
/// models and the standard quantity for each kind of establishment, by its size; some lines may be
/// modulated with the school head (seed 002: "des possibilités de modulation quantitative … en
/// concertation entre le Département et le-la chef-fe d'établissement").
public struct EquipmentStandard: Hashable, Sendable {
    public enum Quantity: Hashable, Sendable {
        /// So many per establishment.
        case fixed(Int)
        /// One device per so many pupils, rounded up (a started group of pupils counts).
        case perPupils(Int)

        /// The quantity for an establishment of `pupils` pupils (nil: unknown, which `perPupils` cannot do without).
        public func expected(pupils: Int?) -> Int? {
            switch self {
            case .fixed(let count): count
            case .perPupils(let group):
                pupils.map { ($0 + group - 1) / group }
            }
        }
    }

    public struct Line: Hashable, Sendable {
        public var componentID: String
        /// The models the référentiel approves; empty: any model.
        public var approvedModels: [String]
        public var quantities: [EstablishmentKind: Quantity]
        /// Whether a school head may agree another quantity with the collectivité.
        public var modulable: Bool

        public init(componentID: String, approvedModels: [String] = [], quantities: [EstablishmentKind: Quantity], modulable: Bool = false) {
            self.componentID = componentID
            self.approvedModels = approvedModels
            self.quantities = quantities
            self.modulable = modulable
        }

        public func approves(model: String?) -> Bool {
            approvedModels.isEmpty || model.map { model in approvedModels.contains { $0.caseInsensitiveCompare(model) == .orderedSame } } ?? false
        }
    }

    public var conventionID: String
    /// Where the référentiel comes from (the collectivité's document and its version).
    public var source: String
    public var lines: [Line]

    public init(conventionID: String, source: String, lines: [Line]) {
        self.conventionID = conventionID
        self.source = source
        self.lines = lines
    }
}

/// A quantity agreed with a school head for one line of the référentiel, dated, with its reason.
public struct EquipmentModulation: Hashable, Sendable {
    public var establishment: UAI
    public var componentID: String
    public var quantity: Int
    public var agreedOn: CalendarDate
    /// The school head the collectivité agreed it with.
    public var agreedWith: String
    public var reason: String

    public init(establishment: UAI, componentID: String, quantity: Int, agreedOn: CalendarDate, agreedWith: String, reason: String) {
        self.establishment = establishment
        self.componentID = componentID
        self.quantity = quantity
        self.agreedOn = agreedOn
        self.agreedWith = agreedWith
        self.reason = reason
    }
}
