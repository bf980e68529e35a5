import NIOCore

/// Splits what the server sends into lines without their line break: SMTP replies are line-based.
struct SMTPLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = String

    /// RFC 5321 caps a reply line at 512 octets; far more means the peer does not speak SMTP.
    static let longestLine = 4096

    struct LineTooLong: Error, CustomStringConvertible {
        var description: String { "reply line longer than \(SMTPLineDecoder.longestLine) bytes" }
    }

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            guard buffer.readableBytes <= Self.longestLine else { throw LineTooLong() }
            return .needMoreData
        }
        var bytes = buffer.readBytes(length: newline - buffer.readerIndex + 1)!.dropLast()
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        context.fireChannelRead(Self.wrapInboundOut(String(decoding: bytes, as: UTF8.self)))
        return .continue
    }
}
