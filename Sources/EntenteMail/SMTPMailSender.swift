import Foundation
import NIOCore
import NIOPosix

/// Sends each message over its own SMTP connection, in plain TCP (see `SMTPConfiguration` on TLS).
public struct SMTPMailSender: MailSender {
    public let configuration: SMTPConfiguration
    private let eventLoopGroup: any EventLoopGroup
    private let now: @Sendable () -> Date

    /// `now` dates the messages; tests pin it.
    public init(
        configuration: SMTPConfiguration,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.configuration = configuration
        self.eventLoopGroup = eventLoopGroup
        self.now = now
    }

    /// Throws `MailMessageError` before connecting when the message cannot be written, else `SMTPError`.
    public func send(_ message: MailMessage) async throws {
        let payload = SMTPDataPayload(message: try message.rendered(date: now()))
        let channel = try await connect()
        try await channel.executeThenClose { inbound, outbound in
            var session = SMTPSession(inbound: inbound, outbound: outbound)
            try await session.deliver(message, payload: payload, configuration: configuration)
        }
    }

    private func connect() async throws -> NIOAsyncChannel<String, ByteBuffer> {
        let timeout = TimeAmount(configuration.timeout)
        do {
            return try await ClientBootstrap(group: eventLoopGroup)
                .connectTimeout(timeout)
                .connect(host: configuration.host, port: configuration.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let handlers: [any ChannelHandler] = [
                            ByteToMessageHandler(SMTPLineDecoder()),
                            IdleStateHandler(readTimeout: timeout),
                            SMTPReplyTimeoutHandler(),
                        ]
                        try channel.pipeline.syncOperations.addHandlers(handlers)
                        return try NIOAsyncChannel<String, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw SMTPError.connectionFailed(host: configuration.host, port: configuration.port, reason: "\(error)")
        }
    }
}
