import OpenAPIKit30

/// The pieces every domain's fragment builds its operations and schemas from, so that the same
/// things are described the same way everywhere.
enum OpenAPIPieces {
    // MARK: Schemas

    /// Text without NUL, which the API refuses everywhere.
    static let noNUL = "^[^\\x00]*$"
    /// Text with at least one visible character and no NUL.
    static let notBlank = "^[^\\x00]*\\S[^\\x00]*$"

    static func reference(_ schema: String, required: Bool = true) -> JSONSchema {
        .reference(.component(named: schema), required: required)
    }

    /// The raw values of `type`, in declaration order, then `null` when the field may be null.
    static func values<Value: RawRepresentable & CaseIterable>(_ type: Value.Type, nullable: Bool = false) -> [AnyCodable]
        where Value.RawValue == String {
        Value.allCases.map { AnyCodable($0.rawValue) } + (nullable ? [nil] : [])
    }

    /// A string field that takes one of `type`'s values.
    static func oneOf<Value: RawRepresentable & CaseIterable>(
        _ type: Value.Type, required: Bool = true, nullable: Bool = false, description: String? = nil, default value: Value? = nil
    ) -> JSONSchema where Value.RawValue == String {
        .string(required: required, nullable: nullable ? true : nil, description: description,
                allowedValues: values(type, nullable: nullable), defaultValue: value.map { AnyCodable($0.rawValue) })
    }

    static func uuid(required: Bool = true) -> JSONSchema { .string(format: .other("uuid"), required: required) }

    /// An instant, in RFC 3339 with its offset.
    static func instant(nullable: Bool = false, description: String? = nil) -> JSONSchema {
        .string(format: .dateTime, nullable: nullable ? true : nil, description: description)
    }

    static func list(of schema: String, description: String? = nil) -> JSONSchema {
        .array(description: description, items: reference(schema))
    }

    // MARK: Operations

    /// One operation: `answers` are its own responses by status, `failures` the shared ones it may give.
    static func operation(
        _ id: String, tag: String, summary: String, description: String? = nil,
        parameters: OpenAPI.Parameter.Array = [], body: OpenAPI.Request? = nil,
        answers: [Int: OpenAPI.Response], failures: [APIFailure]
    ) -> OpenAPI.Operation {
        let own = answers.map { (status: $0.key, response: Either<JSONReference<OpenAPI.Response>, OpenAPI.Response>.response($0.value)) }
        let shared = failures.map { failure in
            (status: failure.status,
             response: Either<JSONReference<OpenAPI.Response>, OpenAPI.Response>.reference(.component(named: failure.rawValue)))
        }
        var responses = OpenAPI.Response.Map()
        for answer in (own + shared).sorted(by: { $0.status < $1.status }) {
            responses[.status(code: answer.status)] = answer.response
        }
        return OpenAPI.Operation(tags: [tag], summary: summary, description: description, operationId: id,
                                 parameters: parameters, requestBody: body, responses: responses)
    }

    /// A response with a body of `schema` in JSON; `header` names a string header it carries too.
    static func response(_ description: String, schema: String, header: String? = nil) -> OpenAPI.Response {
        OpenAPI.Response(
            description: description,
            headers: header.map { [$0: .header(OpenAPI.Header(schema: .string))] },
            content: [.json: OpenAPI.Content(schemaReference: .component(named: schema))])
    }

    /// A required request body of `schema`.
    static func body(_ schema: String, as mediaType: OpenAPI.ContentType = .json) -> OpenAPI.Request {
        OpenAPI.Request(content: [mediaType: OpenAPI.Content(schemaReference: .component(named: schema))], required: true)
    }

    /// A component parameter, by name.
    static func parameter(_ name: String) -> Either<JSONReference<OpenAPI.Parameter>, OpenAPI.Parameter> {
        .reference(.component(named: name))
    }
}
