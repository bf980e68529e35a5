import Foundation
import Vapor

/// The API's JSON: snake_case keys spelled out by the types, sorted so that answers are stable; instants in
/// ISO 8601 UTC.
enum APIJSON {
    /// The largest body a POST may carry: a description of 20,000 characters, escaped, fits.
    static let bodyLimit = ByteCount(value: BodyLimits.json)

    static func response(_ value: some Encodable, status: HTTPStatus = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(data: try encoder.encode(value)))
    }

    /// The request's body as `T`, whatever its declared content type: an unreadable body is a 400
    /// with a JSON error, never an HTML page.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) throws -> T {
        guard let buffer = request.body.data, buffer.readableBytes > 0 else {
            throw APIError.malformed("The body is empty: send a JSON object.")
        }
        let value: T
        do {
            value = try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw APIError.answer(to: error)
        }
        let withNul = nulFields(of: value)
        guard withNul.isEmpty else {
            throw APIError.validation(Dictionary(uniqueKeysWithValues: withNul.map { ($0, "must not contain a NUL character") }))
        }
        return value
    }

    /// The text fields of a decoded body that hold a NUL character, by JSON name: no database stores
    /// one (PostgreSQL refuses it), and no person types one. Properties the body's type ignores do not count.
    static func nulFields(of value: Any) -> [String] {
        Mirror(reflecting: value).children.compactMap { child -> String? in
            let text = (child.value as? String) ?? (child.value as? String?).flatMap { $0 }
            guard let label = child.label, let text, text.unicodeScalars.contains("\u{0}") else { return nil }
            return label.reduce(into: "") { name, character in
                name += character.isUppercase ? "_" + character.lowercased() : String(character)
            }
        }
    }
}
