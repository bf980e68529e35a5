import Testing
@testable import EntenteCore

@Suite struct AssetLifecycleTests {
    let lifecycle = AssetLifecycle.standard

    @Test func theStandardSetIsConsistent() {
        #expect(lifecycle.problems.isEmpty)
        #expect(lifecycle.statuses.map(\.id) == ["ordered", "in-stock", "in-service", "out-of-order", "in-repair",
                                                 "retired", "second-life", "recycled", "lost", "stolen"])
        #expect(lifecycle.status(lifecycle.initial)?.standing == .inService)
    }

    @Test func movesFollowTheTransitions() {
        #expect(lifecycle.allows(from: "in-service", to: "out-of-order"))
        #expect(lifecycle.allows(from: "out-of-order", to: "in-repair"))
        #expect(lifecycle.allows(from: "retired", to: "second-life"))
        #expect(!lifecycle.allows(from: "recycled", to: "in-service"), "a recycled device does not come back")
        #expect(!lifecycle.allows(from: "ordered", to: "retired"))
        #expect(!lifecycle.allows(from: "nowhere", to: "in-service"))
        #expect(lifecycle.next(after: "in-repair").map(\.id) == ["in-service", "out-of-order", "retired"])
        #expect(lifecycle.next(after: "recycled").isEmpty)
    }

    @Test func retiredStatusesLeaveTheIndicators() {
        let retired = lifecycle.statuses.filter { $0.standing == .retired }.map(\.id)
        #expect(retired == ["retired", "second-life", "recycled", "lost", "stolen"])
    }

    @Test func aTerritoryAddsItsOwnStatus() {
        var own = lifecycle
        own.statuses.append(AssetStatus(id: "lent-to-another-school", name: "Prêté à un autre établissement", standing: .inService))
        own.transitions["in-service", default: []].append("lent-to-another-school")
        own.transitions["lent-to-another-school"] = ["in-service"]
        #expect(own.problems.isEmpty)
        #expect(own.allows(from: "in-service", to: "lent-to-another-school"))
    }

    @Test func anInconsistentLifecycleSaysWhy() {
        let broken = AssetLifecycle(
            statuses: [AssetStatus(id: "a", standing: .stock), AssetStatus(id: "a", standing: .inService)],
            transitions: ["a": ["b"]], initial: "c")
        #expect(broken.problems == [.duplicateStatus("a"), .unknownStatus("b"), .unknownInitial("c")])
    }
}
