import Foundation
import MultipartKit
import NIOCore
import Vapor

/// The multipart decoder of every form and upload, with one check before MultipartKit's parser:
/// MultipartKit 4.7.1 looks each byte of a part's header name up in a 128-entry table, so a single
/// byte ≥ 0x80 there (`é: a`) stopped the whole server, before any sign-in. Such a body is a 400.
struct CheckedFormDataDecoder: ContentDecoder {
    private let base = FormDataDecoder()

    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders) throws -> D {
        try decode(D.self, from: body, headers: headers, userInfo: [:])
    }

    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders,
                              userInfo: [CodingUserInfoKey: any Sendable]) throws -> D {
        guard let boundary = headers.contentType?.parameters["boundary"], !boundary.isEmpty else {
            throw Abort(.unsupportedMediaType)
        }
        guard Self.headerNamesAreASCII(body.readableBytesView, boundary: boundary) else {
            throw Abort(.badRequest, reason: "Malformed multipart body: a part's header name is not ASCII.")
        }
        return try base.decode(D.self, from: body, headers: headers, userInfo: userInfo)
    }

    /// Whether every header name of every part (the lines after a `--boundary` line, up to the first
    /// empty one, before their colon) is ASCII: one pass over the body, in place.
    static func headerNamesAreASCII(_ bytes: ByteBufferView, boundary: String) -> Bool {
        let delimiter = Array("--\(boundary)".utf8)
        let inPlace: Bool? = bytes.withContiguousStorageIfAvailable { (buffer: UnsafeBufferPointer<UInt8>) -> Bool in
            scan(buffer, delimiter: delimiter)
        }
        if let inPlace { return inPlace }
        return [UInt8](bytes).withUnsafeBufferPointer { scan($0, delimiter: delimiter) }
    }

    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, delimiter: [UInt8]) -> Bool {
        let count = buffer.count
        var lineStart = 0
        var inHeaders = false
        while lineStart < count {
            var newline = lineStart
            while newline < count, buffer[newline] != 0x0A { newline += 1 }
            var lineEnd = newline
            if lineEnd > lineStart, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd - lineStart >= delimiter.count,
               buffer[lineStart..<(lineStart + delimiter.count)].elementsEqual(delimiter) {
                inHeaders = true
            } else if inHeaders {
                if lineEnd == lineStart {
                    inHeaders = false
                } else {
                    var index = lineStart
                    while index < lineEnd, buffer[index] != 0x3A {
                        if buffer[index] >= 0x80 { return false }
                        index += 1
                    }
                }
            }
            lineStart = newline + 1
        }
        return true
    }
}
