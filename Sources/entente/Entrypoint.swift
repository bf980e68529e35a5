import ArgumentParser

/// `entente`: the convention tools and the server.
@main
struct Entente: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entente",
        abstract: "Entente: the shared digital service of French secondary schools, run on its convention.",
        subcommands: [ServeCommand.self, ConventionCommand.self, InventoryCommand.self, RouteCommand.self, CalendarCommand.self,
                      SLACommand.self, BreachCommand.self, RightsRequestCommand.self, ContributionCommand.self, CostShareCommand.self, TokenCommand.self,
                      BenchCommand.self])
}
