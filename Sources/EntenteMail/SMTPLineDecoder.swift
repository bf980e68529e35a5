import NIOCore

/// Splits what the server sends into lines without their line break: SMTP replies are line-based.
struct SMTPLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    /// RFC 5321 caps a reply line at 512 octets; far more means the peer does not speak SMTP.
    static let longestLine = 4096

    struct LineTooLong: Error, CustomStringConvertible {
        var description: String { "reply line longer than \(SMTPLineDecoder.longestLine) bytes" }
    }

    /// What the decoder has taken from the network so far, read on the event loop before STARTTLS.
    final class Ledger {
        var linesDecoded = 0
        /// Bytes received but not yet a whole line.
        var pendingBytes = 0
    }

    let ledger: Ledger

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            guard buffer.readableBytes <= Self.longestLine else { throw LineTooLong() }
            ledger.pendingBytes = buffer.readableBytes
            return .needMoreData
        }
        var bytes = buffer.readBytes(length: newline - buffer.readerIndex + 1)!.dropLast()
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        ledger.linesDecoded += 1
        ledger.pendingBytes = buffer.readableBytes
        context.fireChannelRead(Self.wrapInboundOut(String(decoding: bytes, as: UTF8.self)))
        return .continue
    }
}
