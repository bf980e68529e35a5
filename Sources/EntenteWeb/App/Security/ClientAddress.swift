import NIOCore
import Vapor

extension Request {
    /// The address the request came from. Behind a reverse proxy every request comes from the proxy,
    /// so when the peer is one of `ENTENTE_TRUSTED_PROXIES`, the client is the last address of
    /// `X-Forwarded-For` that is not a trusted proxy itself; anyone else's `X-Forwarded-For` is
    /// ignored (a client could write any address there).
    var clientAddress: String {
        // In-memory test requests have no peer: "unknown", which no setting can name but a test may trust.
        let peer = remoteAddress?.ipAddress ?? "unknown"
        let trusted = entente.settings.trustedProxies
        guard trusted.contains(peer) else { return peer }
        let forwarded = headers[.xForwardedFor].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return forwarded.reversed().first { !trusted.contains($0) } ?? peer
    }

    /// Whether the browser reached the site over HTTPS. Entente itself listens in plain HTTP, so only
    /// a trusted proxy can say so (`X-Forwarded-Proto: https`): then cookies are `Secure` and HSTS is sent.
    var isHTTPS: Bool {
        guard entente.settings.trustedProxies.contains(remoteAddress?.ipAddress ?? "unknown") else { return false }
        return headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }
}

extension ServerSettings {
    /// `ENTENTE_TRUSTED_PROXIES`: comma-separated IP addresses of the reverse proxies in front of Entente.
    static func trustedProxies(_ environment: [String: String]) throws -> Set<String> {
        guard let text = environment["ENTENTE_TRUSTED_PROXIES"], !text.isEmpty else { return [] }
        var addresses = Set<String>()
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            guard let address = try? SocketAddress(ipAddress: part, port: 0), let normal = address.ipAddress else {
                throw SettingsError("ENTENTE_TRUSTED_PROXIES: '\(part)' is not an IP address: list the proxies' addresses, "
                    + "separated by commas (127.0.0.1,::1)")
            }
            addresses.insert(normal)
        }
        return addresses
    }
}
