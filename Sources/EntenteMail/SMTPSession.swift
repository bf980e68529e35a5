import NIOCore
import NIOSSL

/// Commands out and replies in, over one open connection; each exchange is checked against the codes its step expects.
struct SMTPSession {
    private var replies: NIOAsyncChannelInboundStream<String>.AsyncIterator
    private let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    /// Reply lines taken from the connection so far; STARTTLS checks that none is waiting unread.
    private(set) var linesRead = 0

    init(inbound: NIOAsyncChannelInboundStream<String>, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) {
        self.replies = inbound.makeAsyncIterator()
        self.outbound = outbound
    }

    /// Sends one command line and returns the reply if its code is one of `expected`.
    @discardableResult
    mutating func command(_ line: String, step: SMTPStep, expecting expected: Set<Int>) async throws -> SMTPReply {
        try await write(line + "\r\n", step: step)
        return try await reply(step: step, expecting: expected)
    }

    /// Sends text as is (the DATA payload carries its own line breaks) and checks the reply.
    mutating func transmit(_ text: String, step: SMTPStep, expecting expected: Set<Int>) async throws {
        try await write(text, step: step)
        try await reply(step: step, expecting: expected)
    }

    @discardableResult
    mutating func reply(step: SMTPStep, expecting expected: Set<Int>) async throws -> SMTPReply {
        let reply = try await readReply(step: step)
        guard expected.contains(reply.code) else { throw SMTPError.rejected(step: step, reply: reply) }
        return reply
    }

    private mutating func readReply(step: SMTPStep) async throws -> SMTPReply {
        var lines: [String] = []
        while true {
            let text: String?
            do {
                text = try await replies.next()
            } catch is SMTPReplyTimeoutHandler.ReplyTimeout {
                throw SMTPError.timedOut(step: step)
            } catch {
                throw Self.failure(error, step: step)
            }
            guard let text else { throw SMTPError.connectionLost(step: step, reason: "closed by the server") }
            linesRead += 1
            guard let line = SMTPReply.Line(text) else { throw SMTPError.malformedReply(step: step, line: text) }
            lines.append(line.text)
            if line.isLast { return SMTPReply(code: line.code, lines: lines) }
        }
    }

    private func write(_ text: String, step: SMTPStep) async throws {
        do {
            try await outbound.write(ByteBuffer(string: text))
        } catch {
            throw Self.failure(error, step: step)
        }
    }

    /// TLS errors say so: a certificate refused is a configuration matter, not a network one.
    private static func failure(_ error: any Error, step: SMTPStep) -> SMTPError {
        switch error {
        case is NIOSSLError, is NIOSSLExtraError, is BoringSSLError:
            .tlsFailed(step: step, reason: "\(error)")
        default:
            .connectionLost(step: step, reason: "\(error)")
        }
    }
}
