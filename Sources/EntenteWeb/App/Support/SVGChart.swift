import Foundation

/// A bar chart drawn on the server as inline SVG: no script, no stylesheet (colours are attributes,
/// which the content security policy allows), scaled to its container by its `viewBox`.
/// Screen readers get its title and description (`role="img"`); the figures themselves belong in a
/// data table next to it, which the page provides.
struct SVGChart: Sendable {
    struct Series: Sendable {
        var name: String
        /// An SVG colour with at least 3:1 contrast against white.
        var color: String
        /// One value per category.
        var values: [Int]
    }

    enum Orientation: Sendable {
        /// Categories along the bottom, bars going up: days of a month.
        case vertical
        /// Categories down the left, bars going right: long names such as components.
        case horizontal
    }

    /// Prefix of the element ids, unique in the page.
    var id: String
    var title: String
    var description: String
    var categories: [String]
    var series: [Series]
    var orientation: Orientation

    static let blue = "rgb(0,0,145)"
    static let green = "rgb(24,117,60)"

    static let width = 720
    private static let legendHeight = 28
    private static let font = "system-ui, Arial, sans-serif"

    var svg: String {
        let maximum = series.flatMap(\.values).max() ?? 0
        let scale = Self.niceMaximum(maximum)
        let (height, body) = orientation == .vertical ? vertical(scale: scale) : horizontal(scale: scale)
        return #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(Self.width) \#(height)" width="100%" "#
            + #"role="img" aria-labelledby="\#(id)-title" aria-describedby="\#(id)-desc" class="chart" "#
            + #"font-family="\#(Self.font)" font-size="11">"#
            + "<title id=\"\(id)-title\">\(Self.escape(title))</title>"
            + "<desc id=\"\(id)-desc\">\(Self.escape(description))</desc>"
            + legend + body + "</svg>"
    }

    /// The smallest of 1, 2, 5, 10, 20, 50… that is at least `value`: round gridlines.
    static func niceMaximum(_ value: Int) -> Int {
        var magnitude = 1
        while true {
            for step in [1, 2, 5] where step * magnitude >= value { return step * magnitude }
            magnitude *= 10
        }
    }

    /// Gridline values: the maximum and its quarters when they are whole, else its halves.
    static func ticks(upTo maximum: Int) -> [Int] {
        let parts = maximum % 4 == 0 ? 4 : maximum % 2 == 0 ? 2 : 1
        return (0...parts).map { maximum * $0 / parts }
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Long names are cut so that the drawing keeps its shape; the table has them whole.
    static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    private var legend: String {
        guard series.count > 1 else { return "" }
        var x = 0
        return series.map { item in
            defer { x += 24 + item.name.count * 7 + 24 }
            return #"<rect x="\#(x)" y="6" width="14" height="14" fill="\#(item.color)"/>"#
                + #"<text x="\#(x + 20)" y="17" font-size="12">\#(Self.escape(item.name))</text>"#
        }.joined()
    }

    private var top: Int { series.count > 1 ? Self.legendHeight : 8 }

    private func vertical(scale: Int) -> (height: Int, body: String) {
        let (left, right, bottom, plotHeight) = (36, 8, 24, 200)
        let height = top + plotHeight + bottom
        let plotWidth = Double(Self.width - left - right)
        let slot = plotWidth / Double(max(categories.count, 1))
        let barWidth = slot * 0.8 / Double(max(series.count, 1))
        var parts = Self.ticks(upTo: scale).map { tick -> String in
            let y = Double(top + plotHeight) - Double(plotHeight * tick) / Double(scale)
            return #"<line x1="\#(left)" x2="\#(Self.width - right)" y1="\#(Self.format(y))" y2="\#(Self.format(y))" "#
                + #"stroke="rgb(204,204,204)" stroke-width="1"/>"#
                + #"<text x="\#(left - 4)" y="\#(Self.format(y + 4))" text-anchor="end" fill="rgb(85,85,85)">\#(tick)</text>"#
        }
        for (index, category) in categories.enumerated() {
            let slotStart = Double(left) + slot * Double(index)
            for (seriesIndex, item) in series.enumerated() {
                let value = index < item.values.count ? item.values[index] : 0
                let barHeight = Double(plotHeight * value) / Double(scale)
                let x = slotStart + slot * 0.1 + barWidth * Double(seriesIndex)
                let y = Double(top + plotHeight) - barHeight
                parts.append(#"<rect x="\#(Self.format(x))" y="\#(Self.format(y))" width="\#(Self.format(barWidth))" "#
                    + #"height="\#(Self.format(barHeight))" fill="\#(item.color)">"#
                    + "<title>\(Self.escape("\(item.name) — \(category) — \(value)"))</title></rect>")
            }
            parts.append(#"<text x="\#(Self.format(slotStart + slot / 2))" y="\#(top + plotHeight + 16)" "#
                + #"text-anchor="middle" fill="rgb(22,22,22)">\#(Self.escape(Self.shortened(category, to: 8)))</text>"#)
        }
        parts.append(#"<line x1="\#(left)" x2="\#(Self.width - right)" y1="\#(top + plotHeight)" "#
            + #"y2="\#(top + plotHeight)" stroke="rgb(22,22,22)" stroke-width="1"/>"#)
        return (height, parts.joined())
    }

    private func horizontal(scale: Int) -> (height: Int, body: String) {
        let (labelWidth, right, rowHeight, bottom) = (230, 40, 26, 20)
        let plotWidth = Double(Self.width - labelWidth - right)
        let height = top + rowHeight * max(categories.count, 1) + bottom
        let plotBottom = height - bottom
        let barHeight = Double(rowHeight - 8) / Double(max(series.count, 1))
        var parts = Self.ticks(upTo: scale).map { tick -> String in
            let x = Double(labelWidth) + plotWidth * Double(tick) / Double(scale)
            return #"<line x1="\#(Self.format(x))" x2="\#(Self.format(x))" y1="\#(top)" y2="\#(plotBottom)" "#
                + #"stroke="rgb(204,204,204)" stroke-width="1"/>"#
                + #"<text x="\#(Self.format(x))" y="\#(plotBottom + 14)" text-anchor="middle" fill="rgb(85,85,85)">\#(tick)</text>"#
        }
        for (index, category) in categories.enumerated() {
            let rowTop = top + rowHeight * index
            parts.append(#"<text x="\#(labelWidth - 6)" y="\#(rowTop + rowHeight / 2 + 4)" text-anchor="end" "#
                + #"fill="rgb(22,22,22)">\#(Self.escape(Self.shortened(category, to: 36)))</text>"#)
            for (seriesIndex, item) in series.enumerated() {
                let value = index < item.values.count ? item.values[index] : 0
                let barLength = plotWidth * Double(value) / Double(scale)
                let y = Double(rowTop + 4) + barHeight * Double(seriesIndex)
                parts.append(#"<rect x="\#(labelWidth)" y="\#(Self.format(y))" width="\#(Self.format(barLength))" "#
                    + #"height="\#(Self.format(barHeight))" fill="\#(item.color)">"#
                    + "<title>\(Self.escape("\(item.name) — \(category) — \(value)"))</title></rect>"
                    + #"<text x="\#(Self.format(Double(labelWidth) + barLength + 4))" "#
                    + #"y="\#(Self.format(y + barHeight / 2 + 4))" fill="rgb(22,22,22)">\#(value)</text>"#)
            }
        }
        parts.append(#"<line x1="\#(labelWidth)" x2="\#(labelWidth)" y1="\#(top)" y2="\#(plotBottom)" "#
            + #"stroke="rgb(22,22,22)" stroke-width="1"/>"#)
        return (height, parts.joined())
    }

    /// Coordinates to a tenth of a unit: short and locale-independent.
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
