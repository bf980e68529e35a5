import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Sends each message over its own SMTP connection, protected as `SMTPConfiguration.security` says.
public struct SMTPMailSender: MailSender {
    public let configuration: SMTPConfiguration
    private let eventLoopGroup: any EventLoopGroup
    private let now: @Sendable () -> Date
    /// Made once (it loads the trust roots) when the configuration asks for TLS.
    private let tlsContext: Result<NIOSSLContext, SMTPError>?

    /// `now` dates the messages; tests pin it.
    public init(
        configuration: SMTPConfiguration,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.configuration = configuration
        self.eventLoopGroup = eventLoopGroup
        self.now = now
        if configuration.security == .none {
            tlsContext = nil
        } else {
            let step: SMTPStep = configuration.security == .startTLS ? .startTLS : .greeting
            tlsContext = Result { try configuration.makeTLSContext() }
                .mapError { .tlsFailed(step: step, reason: "cannot set up TLS: \($0)") }
        }
    }

    /// Throws `MailMessageError` before connecting when the message cannot be written, else `SMTPError`.
    public func send(_ message: MailMessage) async throws {
        let payload = SMTPDataPayload(message: try message.rendered(date: now()))
        let tlsContext = try self.tlsContext?.get()
        let (asyncChannel, ledger) = try await connect(implicitTLS: configuration.security == .implicitTLS ? tlsContext : nil)
        let channel = asyncChannel.channel
        try await asyncChannel.executeThenClose { inbound, outbound in
            var session = SMTPSession(inbound: inbound, outbound: outbound)
            try await session.deliver(message, payload: payload, configuration: configuration) { linesRead in
                guard let tlsContext else { throw SMTPError.tlsFailed(step: .startTLS, reason: "no TLS context") }
                try await startTLS(on: channel, context: tlsContext, ledger: ledger, linesRead: linesRead)
            }
        }
    }

    /// Puts TLS under the line decoder, once the server has said yes to STARTTLS.
    private func startTLS(
        on channel: any Channel,
        context: NIOSSLContext,
        ledger: NIOLoopBound<SMTPLineDecoder.Ledger>,
        linesRead: Int
    ) async throws {
        let serverName = configuration.tlsServerName
        let handshake = try await channel.eventLoop.submit {
            // Anything after the "220" that came in plain text could be an attacker's forged reply
            // (CVE-2011-0411): refuse it rather than read it as if it came over TLS.
            guard ledger.value.linesDecoded == linesRead, ledger.value.pendingBytes == 0 else {
                throw SMTPError.tlsFailed(step: .startTLS, reason: "the server sent data before the TLS handshake")
            }
            do {
                let done = channel.eventLoop.makePromise(of: Void.self)
                let handler = try NIOSSLClientHandler(context: context, serverHostname: serverName)
                try channel.pipeline.syncOperations.addHandler(handler, position: .first)
                try channel.pipeline.syncOperations.addHandler(TLSHandshakeWaiter(done: done), position: .after(handler))
                return done.futureResult
            } catch {
                throw SMTPError.tlsFailed(step: .startTLS, reason: "\(error)")
            }
        }.get()
        do {
            try await handshake.get()
        } catch {
            throw SMTPError.tlsFailed(step: .startTLS, reason: "\(error)")
        }
    }

    private func connect(
        implicitTLS: NIOSSLContext?
    ) async throws -> (NIOAsyncChannel<String, ByteBuffer>, NIOLoopBound<SMTPLineDecoder.Ledger>) {
        let timeout = TimeAmount(configuration.timeout)
        let serverName = configuration.tlsServerName
        do {
            return try await ClientBootstrap(group: eventLoopGroup)
                .connectTimeout(timeout)
                .connect(host: configuration.host, port: configuration.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let ledger = SMTPLineDecoder.Ledger()
                        var handlers: [any ChannelHandler] = [
                            ByteToMessageHandler(SMTPLineDecoder(ledger: ledger)),
                            IdleStateHandler(readTimeout: timeout),
                            SMTPReplyTimeoutHandler(),
                        ]
                        if let implicitTLS {
                            handlers.insert(try NIOSSLClientHandler(context: implicitTLS, serverHostname: serverName), at: 0)
                        }
                        try channel.pipeline.syncOperations.addHandlers(handlers)
                        let asyncChannel = try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                        return (asyncChannel, NIOLoopBound(ledger, eventLoop: channel.eventLoop))
                    }
                }
        } catch {
            throw SMTPError.connectionFailed(host: configuration.host, port: configuration.port, reason: "\(error)")
        }
    }
}
