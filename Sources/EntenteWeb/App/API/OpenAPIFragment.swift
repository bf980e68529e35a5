import OpenAPIKit30

/// What one domain adds to the API's OpenAPI document: its tags, its paths, and the schemas and
/// parameters they refer to. The root document merges the fragments of every domain.
struct OpenAPIFragment: Sendable {
    var tags: [OpenAPI.Tag] = []
    var paths: OpenAPI.PathItem.Map = [:]
    var schemas: OpenAPI.ComponentDictionary<JSONSchema> = [:]
    var parameters: OpenAPI.ComponentDictionary<OpenAPI.Parameter> = [:]

    /// The fragments one after the other. A path or a component named by two domains is a
    /// programming error: the document is built at start-up, so it stops the server at once.
    static func merged(_ fragments: [OpenAPIFragment]) -> OpenAPIFragment {
        var merged = OpenAPIFragment()
        for fragment in fragments {
            merged.tags += fragment.tags
            merged.paths.merge(fragment.paths, uniquingKeysWith: twice)
            merged.schemas.merge(fragment.schemas, uniquingKeysWith: twice)
            merged.parameters.merge(fragment.parameters, uniquingKeysWith: twice)
        }
        return merged
    }

    private static func twice<Value>(_: Value, _: Value) -> Value {
        preconditionFailure("two domains describe the same OpenAPI path or component")
    }
}
