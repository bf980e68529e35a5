/// A QR code (ISO/IEC 18004) for a link printed on a device's label: byte mode, error correction level M
/// (15 % of the symbol may be scratched), versions 1 to 10 (up to 213 bytes), the mask with the lowest
/// penalty unless one is asked. Written here because no QR package is among those this build may use.
public struct QRCode: Sendable {
    /// Modules per side (21 to 57).
    public let size: Int
    public let version: Int
    public let mask: Int
    /// Rows of modules, top to bottom; true is dark.
    public let modules: [[Bool]]

    public enum Failure: Error, Equatable {
        case tooLong(bytes: Int, limit: Int)
    }

    /// Level M: error-correction codewords per block, and the blocks (count, data codewords), by version.
    private static let levelM: [(ec: Int, groups: [(blocks: Int, data: Int)])] = [
        (10, [(1, 16)]), (16, [(1, 28)]), (26, [(1, 44)]), (18, [(2, 32)]), (24, [(2, 43)]),
        (16, [(4, 27)]), (18, [(4, 31)]), (22, [(2, 38), (2, 39)]), (22, [(3, 36), (2, 37)]), (26, [(4, 43), (1, 44)]),
    ]
    private static let alignment: [[Int]] = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42],
                                             [6, 26, 46], [6, 28, 50]]

    public init(_ text: String, mask forcedMask: Int? = nil) throws(Failure) {
        let bytes = Array(text.utf8)
        var chosen: Int?
        for version in 1...10 {
            let capacity = Self.levelM[version - 1].groups.reduce(0) { $0 + $1.blocks * $1.data } * 8
            if 4 + (version < 10 ? 8 : 16) + 8 * bytes.count <= capacity { chosen = version; break }
        }
        guard let version = chosen else {
            throw .tooLong(bytes: bytes.count, limit: Self.levelM[9].groups.reduce(0) { $0 + $1.blocks * $1.data } - 3)
        }
        var symbol = Symbol(version: version)
        symbol.drawFunctionPatterns()
        symbol.drawCodewords(Self.interleaved(Self.dataCodewords(bytes, version: version), version: version))
        let mask = forcedMask ?? (0..<8).min { symbol.masked($0).penalty < symbol.masked($1).penalty }!
        let final = symbol.masked(mask)
        self.version = version
        self.mask = mask
        size = final.size
        modules = final.modules
    }

    /// Mode, count, the bytes, terminator and padding, as codewords.
    private static func dataCodewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        let capacity = levelM[version - 1].groups.reduce(0) { $0 + $1.blocks * $1.data }
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) { for i in (0..<count).reversed() { bits.append((value >> i) & 1 == 1) } }
        append(0b0100, 4)
        append(bytes.count, version < 10 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        append(0, min(4, capacity * 8 - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var codewords = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while codewords.count < capacity {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// The data split in blocks, each with its Reed-Solomon codewords, interleaved as the symbol reads them.
    private static func interleaved(_ data: [UInt8], version: Int) -> [UInt8] {
        let (ecCount, groups) = levelM[version - 1]
        var blocks: [[UInt8]] = [], offset = 0
        for group in groups {
            for _ in 0..<group.blocks {
                blocks.append(Array(data[offset..<offset + group.data]))
                offset += group.data
            }
        }
        let divisor = reedSolomonDivisor(degree: ecCount)
        let corrections = blocks.map { reedSolomonRemainder($0, divisor: divisor) }
        var result: [UInt8] = []
        for i in 0..<(blocks.map(\.count).max() ?? 0) { for block in blocks where i < block.count { result.append(block[i]) } }
        for i in 0..<ecCount { for correction in corrections { result.append(correction[i]) } }
        return result
    }

    private static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var z = 0
        for i in (0..<8).reversed() {
            z = (z << 1) ^ ((z >> 7) * 0x11D)
            z ^= ((Int(y) >> i) & 1) * Int(x)
        }
        return UInt8(z)
    }

    private static func reedSolomonDivisor(degree: Int) -> [UInt8] {
        var divisor = [UInt8](repeating: 0, count: degree - 1) + [1]
        var root: UInt8 = 1
        for _ in 0..<degree {
            for j in 0..<divisor.count {
                divisor[j] = multiply(divisor[j], root)
                if j + 1 < divisor.count { divisor[j] ^= divisor[j + 1] }
            }
            root = multiply(root, 0x02)
        }
        return divisor
    }

    private static func reedSolomonRemainder(_ data: [UInt8], divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for i in result.indices { result[i] ^= multiply(divisor[i], factor) }
        }
        return result
    }

    /// The symbol being built: modules, and which of them are function patterns (never masked).
    private struct Symbol {
        let version: Int
        let size: Int
        var modules: [[Bool]]
        var isFunction: [[Bool]]

        init(version: Int) {
            self.version = version
            size = 17 + 4 * version
            modules = Array(repeating: Array(repeating: false, count: size), count: size)
            isFunction = modules
        }

        mutating func set(_ x: Int, _ y: Int, _ dark: Bool) {
            modules[y][x] = dark
            isFunction[y][x] = true
        }

        mutating func drawFunctionPatterns() {
            for i in 0..<size {
                set(6, i, i % 2 == 0)
                set(i, 6, i % 2 == 0)
            }
            for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
                for dy in -4...4 {
                    for dx in -4...4 where (0..<size).contains(x + dx) && (0..<size).contains(y + dy) {
                        let distance = max(abs(dx), abs(dy))
                        set(x + dx, y + dy, distance != 2 && distance != 4)
                    }
                }
            }
            let centers = QRCode.alignment[version - 1]
            for (i, cx) in centers.enumerated() {
                for (j, cy) in centers.enumerated() {
                    let last = centers.count - 1
                    if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                    for dy in -2...2 { for dx in -2...2 { set(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1) } }
                }
            }
            drawFormatBits(mask: 0)
            if version >= 7 {
                var remainder = version
                for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
                let bits = version << 12 | remainder
                for i in 0..<18 {
                    let dark = (bits >> i) & 1 == 1
                    let a = size - 11 + i % 3, b = i / 3
                    set(a, b, dark)
                    set(b, a, dark)
                }
            }
        }

        /// Level M's bits (00) and the mask, with their BCH code, in both copies; and the dark module.
        mutating func drawFormatBits(mask: Int) {
            let data = 0 << 3 | mask
            var remainder = data
            for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
            let bits = (data << 10 | remainder) ^ 0x5412
            func bit(_ i: Int) -> Bool { (bits >> i) & 1 == 1 }
            for i in 0...5 { set(8, i, bit(i)) }
            set(8, 7, bit(6))
            set(8, 8, bit(7))
            set(7, 8, bit(8))
            for i in 9..<15 { set(14 - i, 8, bit(i)) }
            for i in 0..<8 { set(size - 1 - i, 8, bit(i)) }
            for i in 8..<15 { set(8, size - 15 + i, bit(i)) }
            set(8, size - 8, true)
        }

        /// The codewords' bits in the zigzag of two-module columns, right to left, skipping the timing column.
        mutating func drawCodewords(_ codewords: [UInt8]) {
            var index = 0
            var right = size - 1
            while right >= 1 {
                if right == 6 { right = 5 }
                for vertical in 0..<size {
                    for j in 0..<2 {
                        let x = right - j
                        let upward = (right + 1) & 2 == 0
                        let y = upward ? size - 1 - vertical : vertical
                        if !isFunction[y][x] && index < codewords.count * 8 {
                            modules[y][x] = (codewords[index >> 3] >> (7 - (index & 7))) & 1 == 1
                            index += 1
                        }
                    }
                }
                right -= 2
            }
        }

        func masked(_ mask: Int) -> Symbol {
            var symbol = self
            for y in 0..<size {
                for x in 0..<size where !isFunction[y][x] {
                    let invert = switch mask {
                    case 0: (x + y) % 2 == 0
                    case 1: y % 2 == 0
                    case 2: x % 3 == 0
                    case 3: (x + y) % 3 == 0
                    case 4: (x / 3 + y / 2) % 2 == 0
                    case 5: x * y % 2 + x * y % 3 == 0
                    case 6: (x * y % 2 + x * y % 3) % 2 == 0
                    default: ((x + y) % 2 + x * y % 3) % 2 == 0
                    }
                    if invert { symbol.modules[y][x].toggle() }
                }
            }
            symbol.drawFormatBits(mask: mask)
            return symbol
        }

        /// The standard's four penalties: runs of five or more, 2×2 blocks, finder-like patterns, dark balance.
        var penalty: Int {
            var score = 0
            let columns = (0..<size).map { x in (0..<size).map { modules[$0][x] } }
            for line in modules + columns {
                var run = 1
                for i in 1..<size {
                    if line[i] == line[i - 1] { run += 1 } else {
                        if run >= 5 { score += 3 + run - 5 }
                        run = 1
                    }
                }
                if run >= 5 { score += 3 + run - 5 }
                let pattern = [true, false, true, true, true, false, true]
                for i in 0...(size - 7) where Array(line[i..<i + 7]) == pattern {
                    let before = i >= 4 && !line[(i - 4)..<i].contains(true)
                    let after = i + 11 <= size && !line[(i + 7)..<(i + 11)].contains(true)
                    if before { score += 40 }
                    if after { score += 40 }
                }
            }
            for y in 0..<(size - 1) {
                for x in 0..<(size - 1) {
                    let color = modules[y][x]
                    if modules[y][x + 1] == color && modules[y + 1][x] == color && modules[y + 1][x + 1] == color { score += 3 }
                }
            }
            let dark = modules.joined().count { $0 }
            let total = size * size
            score += (abs(dark * 20 - total * 10) + total - 1) / total * 10 - 10
            return score
        }
    }

    /// SVG path data of the dark modules, one unit each, inside a quiet zone of four.
    var pathData: String {
        var path = ""
        for (y, row) in modules.enumerated() {
            for (x, dark) in row.enumerated() where dark { path += "M\(x + 4) \(y + 4)h1v1h-1z" }
        }
        return path
    }
}
