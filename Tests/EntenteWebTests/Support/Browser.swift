import Foundation
import NIOCore
import Vapor
import VaporTesting
@testable import EntenteWeb

/// A client that keeps cookies and sends the CSRF token back, like a browser.
struct Browser {
    let app: Application
    var cookies: [String: String] = [:]
    var acceptLanguage: String?
    /// The CSRF token of the last page that had a form.
    var csrfToken: String?
    /// Sent with every request (`X-Forwarded-For` of a proxy, say).
    var headers: [String: String] = [:]

    init(_ app: Application) {
        self.app = app
    }

    mutating func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path, body: nil)
    }

    /// Posts a form; the CSRF token of the last page is added unless `withCSRF` is false.
    mutating func post(_ path: String, form: [String: String], withCSRF: Bool = true) async throws -> TestingHTTPResponse {
        var fields = form
        if withCSRF, let csrfToken { fields["csrf_token"] = csrfToken }
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await send(.POST, path, body: body)
    }

    /// Posts a multipart form with one file, as a browser's upload form does; the CSRF token of the
    /// last page goes in as a field unless `withCSRF` is false.
    mutating func upload(_ path: String, fileName: String, content: Data, fields: [String: String] = [:],
                         withCSRF: Bool = true) async throws -> TestingHTTPResponse {
        var fields = fields
        if withCSRF, let csrfToken { fields["csrf_token"] = csrfToken }
        let boundary = "----EntenteTestBoundary\(UUID().uuidString)"
        var body = ByteBuffer()
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(content)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await send(.POST, path, body: nil, raw: body,
                              contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary]))
    }

    /// Signs in with a demo account; fails the test if the account is refused.
    mutating func signIn(_ email: String, password: String = DemoAccounts.password) async throws -> TestingHTTPResponse {
        _ = try await get("/sign-in")
        let response = try await post("/sign-in", form: ["email": email, "password": password])
        // As a browser follows the redirect: the signed-in session's own CSRF token comes with that page
        // (the sign-in form's was the anonymous one).
        if response.status == .seeOther, let location = response.headers.first(name: .location) {
            _ = try await get(location)
        }
        return response
    }

    private mutating func send(_ method: HTTPMethod, _ path: String, body: String?, raw: ByteBuffer? = nil,
                               contentType: HTTPMediaType? = nil) async throws -> TestingHTTPResponse {
        let cookieHeader = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        let language = acceptLanguage
        let extraHeaders = headers
        let response = try await app.testing().sendRequest(method, path, beforeRequest: { request in
            request.url = URI(string: path)
            if !cookieHeader.isEmpty { request.headers.replaceOrAdd(name: .cookie, value: cookieHeader) }
            if let language { request.headers.replaceOrAdd(name: .acceptLanguage, value: language) }
            for (name, value) in extraHeaders { request.headers.replaceOrAdd(name: name, value: value) }
            if let body {
                request.headers.contentType = .urlEncodedForm
                request.body = ByteBuffer(string: body)
            }
            if let raw, let contentType {
                request.headers.contentType = contentType
                request.body = raw
            }
        })
        for header in response.headers[.setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            if header.contains("Max-Age=0") || header.contains("Expires=Thu, 01 Jan 1970") {
                cookies[pair[0]] = nil
            } else {
                cookies[pair[0]] = pair[1]
            }
        }
        if let token = Self.csrfToken(in: response.body.string) { csrfToken = token }
        return response
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: #"name="csrf_token" value="([^"]+)""#, options: .regularExpression) else { return nil }
        return String(html[range]).components(separatedBy: "value=\"")[1].dropLast().description
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
