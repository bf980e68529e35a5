import ArgumentParser
import EntenteCore

struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Print the parties responsible for an activity of a component, one code per line.")

    @Option(help: "A bundled convention id or a file path, optionally followed by @VERSION.") var convention: String
    @Option(help: "The component's id or exact name.") var component: String
    @Option(help: "fourniture, installation, depannage, administration, assistance, accompagnement, definition, communication, application.")
    var activity: String
    @Option(help: "Who funded the equipment: collectivite, academie or etablissement.") var funding: FundingOrigin?
    @Option(help: "The network zone: administratif, pedagogique, invite, iot or technique.") var zone: NetworkZone?
    @Flag(help: "Also print the reason (cell and source) on standard error.") var explain = false

    func run() throws {
        let convention = try ConventionSource.resolve(self.convention)
        do {
            let responsibility = try convention.resolve(component: component, activity: try Activity.parse(activity),
                                                        context: ResponsibilityContext(funding: funding, zone: zone))
            responsibility.raci.responsible.forEach { print($0) }
            if explain { FileHandleOutput.standardError(responsibility.reason) }
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

extension FundingOrigin: ExpressibleByArgument {}
extension NetworkZone: ExpressibleByArgument {}
