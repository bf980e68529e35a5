/// An establishment's equipment against the référentiel, line by line: what it has, what the
/// référentiel (or the modulation agreed) says, what is missing or in surplus, and the devices of
/// models the référentiel does not approve. A line is conformant when nothing is missing and every
/// device is of an approved model; the percentage is the share of conformant lines, the way an
/// audit rule computes compliance over a scope.
public struct EquipmentConformance: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public var componentID: String
        /// Deployed devices (in service or unavailable) of the component.
        public var have: Int
        /// Nil when the référentiel has no quantity for this kind of establishment, or needs a pupil count it lacks.
        public var expected: Int?
        public var modulation: EquipmentModulation?
        /// Deployed devices whose model the line does not approve.
        public var unapproved: Int

        public var missing: Int { max(0, (expected ?? 0) - have) }
        public var surplus: Int { expected.map { max(0, have - $0) } ?? 0 }
        public var isConformant: Bool { expected != nil && missing == 0 && unapproved == 0 }
    }

    public var establishment: UAI
    public var lines: [Line]

    /// Lines that can be judged: those with an expected quantity.
    public var judged: [Line] { lines.filter { $0.expected != nil } }
    /// How many lines can be judged, and how many of them are conformant (counted without copying lines:
    /// a territory's page counts them for thousands of establishments).
    public var tally: (judged: Int, conformant: Int) {
        lines.reduce(into: (0, 0)) { tally, line in
            if line.expected != nil { tally.0 += 1 }
            if line.isConformant { tally.1 += 1 }
        }
    }
    public var conformant: Int { tally.conformant }

    /// The share of conformant lines, in whole percent rounded down; nil when no line can be judged.
    public var percentage: Int? {
        let (judged, conformant) = tally
        return judged == 0 ? nil : conformant * 100 / judged
    }

    /// Evaluates `establishment` against `standard`: `deployed` counts its deployed devices by
    /// component and model (nil model: none recorded).
    public static func evaluate(_ establishment: Establishment, against standard: EquipmentStandard,
                                deployed: [String: [String?: Int]], modulations: [EquipmentModulation]) -> EquipmentConformance {
        let pupils = establishment.latestPupils?.count
        let lines = standard.lines.map { line -> Line in
            let models = deployed[line.componentID] ?? [:]
            let modulation = line.modulable
                ? modulations.filter { $0.establishment == establishment.uai && $0.componentID == line.componentID }
                    .max { $0.agreedOn < $1.agreedOn }
                : nil
            return Line(componentID: line.componentID, have: models.values.reduce(0, +),
                        expected: modulation?.quantity ?? line.quantities[establishment.kind]?.expected(pupils: pupils),
                        modulation: modulation,
                        unapproved: models.filter { !line.approves(model: $0.key) }.values.reduce(0, +))
        }
        return EquipmentConformance(establishment: establishment.uai, lines: lines)
    }

    /// A territory's conformance: conformant lines over judged lines of all its establishments.
    public static func percentage(of establishments: [EquipmentConformance]) -> Int? {
        let (judged, conformant) = establishments.reduce(into: (0, 0)) { sum, establishment in
            let tally = establishment.tally
            sum.0 += tally.judged
            sum.1 += tally.conformant
        }
        return judged == 0 ? nil : conformant * 100 / judged
    }
}
