import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// A real SMTP server on 127.0.0.1 and an ephemeral port: it speaks the protocol and records what it receives.
final class SMTPSink: Sendable {
    struct Behavior: Sendable {
        /// False: the greeting never comes, as from a server that hangs.
        var greets = true
        /// False: EHLO gets a 500, as from a server that only knows HELO.
        var knowsEHLO = true
        var authenticationMechanisms = ["PLAIN", "LOGIN"]
        var rejectedRecipients: Set<String> = []
        var security = Security.none
        /// True: a forged reply follows the "220" of STARTTLS in plain text, as from a man in the middle.
        var injectsAfterStartTLS = false
    }

    enum Security: Sendable {
        case none
        /// Announces STARTTLS in EHLO and upgrades when asked.
        case startTLS
        /// TLS from the first byte.
        case implicitTLS
    }

    /// What one client connection sent.
    struct Session: Sendable, Equatable {
        /// Every line outside DATA, AUTH exchanges included.
        var commands: [String] = []
        /// The part of `commands` that came before TLS: all of them without TLS.
        var commandsInPlainText: [String] = []
        /// A command came over TLS, so the handshake completed.
        var encrypted = false
        var mailFrom: String?
        var recipients: [String] = []
        /// The DATA lines as they came, still dot-stuffed.
        var dataLines: [String] = []
        /// The message un-stuffed, as a server stores it.
        var message: String?
    }

    let port: Int
    private let serverChannel: any Channel
    private let eventLoop: any EventLoop
    /// Only touched on `eventLoop`, where the connections run too.
    private let journal: NIOLoopBoundBox<[Session]>

    private init(port: Int, serverChannel: any Channel, eventLoop: any EventLoop, journal: NIOLoopBoundBox<[Session]>) {
        self.port = port
        self.serverChannel = serverChannel
        self.eventLoop = eventLoop
        self.journal = journal
    }

    /// Runs `body` with a listening sink, closed afterwards.
    static func run<T>(_ behavior: Behavior = Behavior(), _ body: (SMTPSink) async throws -> T) async throws -> T {
        let sink = try await start(behavior)
        do {
            let result = try await body(sink)
            try await sink.serverChannel.close()
            return result
        } catch {
            try? await sink.serverChannel.close()
            throw error
        }
    }

    /// The connections so far, in order.
    func sessions() async throws -> [Session] {
        try await eventLoop.submit { self.journal.value }.get()
    }

    private static func start(_ behavior: Behavior) async throws -> SMTPSink {
        let eventLoop = MultiThreadedEventLoopGroup.singleton.next()
        let journal = NIOLoopBoundBox.makeBoxSendingValue([Session](), as: [Session].self, eventLoop: eventLoop)
        let tlsContext = behavior.security == .none ? nil : try TestCertificate.serverContext()
        let serverChannel = try await ServerBootstrap(group: eventLoop)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let handler = SMTPSinkHandler(behavior: behavior, tlsContext: tlsContext, journal: journal)
                    if behavior.security == .implicitTLS, let tlsContext {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tlsContext))
                    }
                    try channel.pipeline.syncOperations.addHandler(handler)
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        return SMTPSink(port: serverChannel.localAddress!.port!, serverChannel: serverChannel, eventLoop: eventLoop, journal: journal)
    }
}
