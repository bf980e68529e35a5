import NIOCore
import NIOSSL

extension SMTPConfiguration {
    /// Full verification of the server's certificate and name, TLS 1.2 at least.
    func makeTLSContext() throws -> NIOSSLContext {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.minimumTLSVersion = .tlsv12
        if let trustedCAFile {
            tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(trustedCAFile))
        }
        return try NIOSSLContext(configuration: tls)
    }

    /// The name sent in SNI and checked in the certificate; nil for an IP address, which SNI cannot carry
    /// (the certificate is then checked against the address connected to).
    var tlsServerName: String? {
        (try? SocketAddress(ipAddress: host, port: 0)) == nil ? host : nil
    }
}
