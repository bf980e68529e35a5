import Foundation
import NIOSSL

/// The self-signed certificate of the TLS sink, for `localhost` and `127.0.0.1`, valid until 2126.
///
/// A test fixture only, made once with `openssl req -x509 -newkey rsa:2048 -nodes -days 36500 -subj /CN=localhost
/// -addext subjectAltName=DNS:localhost,IP:127.0.0.1`: its key is public, nothing may ever trust it outside tests.
enum TestCertificate {
    /// The certificate, which clients trust through `ENTENTE_SMTP_CA_FILE` since it is its own CA.
    static var certificatePath: String { path("localhost.cert.pem") }
    static var privateKeyPath: String { path("localhost.key.pem") }

    static func serverContext() throws -> NIOSSLContext {
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMFile(certificatePath).map { .certificate($0) },
            privateKey: .privateKey(try NIOSSLPrivateKey(file: privateKeyPath, format: .pem))
        )
        return try NIOSSLContext(configuration: configuration)
    }

    private static func path(_ name: String) -> String {
        Bundle.module.url(forResource: "Certificates", withExtension: nil)!.appendingPathComponent(name).path
    }
}
