import NIOCore
import NIOSSL

/// One connection to the sink: splits lines, answers like an SMTP server, records into the sink's journal.
final class SMTPSinkHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private enum State {
        case commands
        case loginUsername
        case loginPassword
        case data([String])
    }

    private let behavior: SMTPSink.Behavior
    private let tlsContext: NIOSSLContext?
    private let journal: NIOLoopBoundBox<[SMTPSink.Session]>
    private var received = ByteBuffer()
    private var state = State.commands
    private var session = 0
    /// What comes in now goes through TLS (the handshake may still be under way).
    private var overTLS: Bool

    init(behavior: SMTPSink.Behavior, tlsContext: NIOSSLContext?, journal: NIOLoopBoundBox<[SMTPSink.Session]>) {
        self.behavior = behavior
        self.tlsContext = tlsContext
        self.journal = journal
        self.overTLS = behavior.security == .implicitTLS
    }

    /// A client that refuses the certificate, for one, ends the handshake with an alert.
    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    func channelActive(context: ChannelHandlerContext) {
        session = journal.value.count
        journal.value.append(SMTPSink.Session())
        if behavior.greets { reply(220, "sink.entente.test ESMTP", context: context) }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = Self.unwrapInboundIn(data)
        received.writeBuffer(&bytes)
        while let newline = received.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
            var line = received.readString(length: newline - received.readerIndex)!
            received.moveReaderIndex(forwardBy: 1)
            if line.hasSuffix("\r") { line.removeLast() }
            handle(line, context: context)
        }
    }

    private func handle(_ line: String, context: ChannelHandlerContext) {
        switch state {
        case .data(let lines) where line == ".":
            journal.value[session].dataLines = lines
            // A server removes the dot that the client doubled (RFC 5321 §4.5.2).
            journal.value[session].message = lines.map { ($0.hasPrefix(".") ? String($0.dropFirst()) : $0) + "\r\n" }.joined()
            state = .commands
            reply(250, "2.0.0 Ok: queued", context: context)
        case .data(let lines):
            state = .data(lines + [line])
        case .loginUsername:
            journal.value[session].commands.append(line)
            state = .loginPassword
            reply(334, "UGFzc3dvcmQ6", context: context)
        case .loginPassword:
            journal.value[session].commands.append(line)
            state = .commands
            reply(235, "2.7.0 Authentication successful", context: context)
        case .commands:
            journal.value[session].commands.append(line)
            // Under TLS, a line can only arrive once the handshake succeeded and decrypted it.
            if overTLS { journal.value[session].encrypted = true } else { journal.value[session].commandsInPlainText.append(line) }
            answer(line, context: context)
        }
    }

    private func answer(_ command: String, context: ChannelHandlerContext) {
        let verb = command.prefix(while: { $0 != " " }).uppercased()
        switch verb {
        case "EHLO" where behavior.knowsEHLO:
            let authentication = behavior.authenticationMechanisms.isEmpty
                ? [] : ["AUTH " + behavior.authenticationMechanisms.joined(separator: " ")]
            let startTLS = behavior.security == .startTLS && !overTLS ? ["STARTTLS"] : []
            reply(250, ["sink.entente.test greets you", "8BITMIME"] + startTLS + authentication + ["SIZE 10485760"],
                  context: context)
        case "STARTTLS" where behavior.security == .startTLS && !overTLS:
            startTLS(context: context)
        case "HELO":
            reply(250, "sink.entente.test", context: context)
        case "AUTH" where command.uppercased().hasPrefix("AUTH PLAIN "):
            reply(235, "2.7.0 Authentication successful", context: context)
        case "AUTH" where command.uppercased() == "AUTH LOGIN":
            state = .loginUsername
            reply(334, "VXNlcm5hbWU6", context: context)
        case "MAIL":
            journal.value[session].mailFrom = Self.address(in: command)
            reply(250, "2.1.0 Ok", context: context)
        case "RCPT":
            let address = Self.address(in: command)
            if behavior.rejectedRecipients.contains(address) {
                reply(550, "5.1.1 <\(address)>: Recipient address rejected", context: context)
            } else {
                journal.value[session].recipients.append(address)
                reply(250, "2.1.5 Ok", context: context)
            }
        case "DATA":
            state = .data([])
            reply(354, "End data with <CR><LF>.<CR><LF>", context: context)
        case "QUIT":
            let channel = context.channel
            context.writeAndFlush(Self.wrapOutboundOut(ByteBuffer(string: "221 2.0.0 Bye\r\n")))
                .whenComplete { _ in channel.close(promise: nil) }
        default:
            reply(500, "5.5.2 Error: command not recognized", context: context)
        }
    }

    /// The "220" goes out in plain text, then TLS sits under this handler (RFC 3207); what the client sent
    /// after STARTTLS in plain text is dropped, as a server must.
    private func startTLS(context: ChannelHandlerContext) {
        let forged = behavior.injectsAfterStartTLS ? ["250 2.0.0 forged in plain text"] : []
        let text = (["220 2.0.0 Ready to start TLS"] + forged).map { $0 + "\r\n" }.joined()
        context.writeAndFlush(Self.wrapOutboundOut(ByteBuffer(string: text)), promise: nil)
        received.clear()
        overTLS = true
        state = .commands
        do {
            try context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tlsContext!), position: .first)
        } catch {
            context.close(promise: nil)
        }
    }

    private func reply(_ code: Int, _ text: String, context: ChannelHandlerContext) {
        reply(code, [text], context: context)
    }

    /// Several lines become `250-first`, …, `250 last`.
    private func reply(_ code: Int, _ lines: [String], context: ChannelHandlerContext) {
        let text = lines.enumerated().map { index, line in
            "\(code)\(index == lines.count - 1 ? " " : "-")\(line)\r\n"
        }.joined()
        context.writeAndFlush(Self.wrapOutboundOut(ByteBuffer(string: text)), promise: nil)
    }

    private static func address(in command: String) -> String {
        guard let open = command.firstIndex(of: "<"), let close = command.lastIndex(of: ">") else { return "" }
        return String(command[command.index(after: open)..<close])
    }
}
