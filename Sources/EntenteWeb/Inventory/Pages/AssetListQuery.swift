import EntenteCore
import Foundation
import Vapor

/// The inventory list's query, read and checked once for the page and its CSV: each value that is
/// not what it should be is named, the others still apply.
struct AssetListQuery {
    static let pageSize = 50
    static let pages = 1...10_000
    static let maxTextLength = 200

    enum Problem: Phrasebook {
        case establishment(String), status(String), zone(String), page, tooLong

        var pair: (String, String) {
            switch self {
            case .establishment(let text): ("« \(text) » n'est pas un UAI — 7 chiffres et une lettre", "'\(text)' is not a UAI — 7 digits and a letter")
            case .status(let text): ("statut « \(text) » inconnu", "unknown status '\(text)'")
            case .zone(let text): ("réseau « \(text) » inconnu", "unknown network '\(text)'")
            case .page: ("page hors limites (1 à 10 000)", "page out of range (1 to 10,000)")
            case .tooLong: ("recherche trop longue (200 caractères au plus)", "search too long (200 characters at most)")
            }
        }
    }

    var filter = AssetFilter()
    var establishmentText = ""
    var text: String? { filter.text }
    var page = 1
    var problems: [Problem] = []

    init(_ request: Request, readable: Set<UAI>?) {
        filter.establishments = readable
        func value(_ name: String) -> String? {
            guard let text = request.query[String.self, at: name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        if let text = value("q") {
            if text.count > Self.maxTextLength { problems.append(.tooLong) } else { filter.text = text }
        }
        if let text = value("establishment") {
            establishmentText = text
            do { filter.establishment = try UAI(text) } catch { problems.append(.establishment(text)) }
        }
        if let text = value("status") {
            if AssetLifecycle.standard.status(text) != nil { filter.status = text } else { problems.append(.status(text)) }
        }
        if let text = value("zone") {
            if let zone = NetworkZone(rawValue: text) { filter.zone = zone } else { problems.append(.zone(text)) }
        }
        if let text = value("page") {
            if let number = Int(text), Self.pages.contains(number) { page = number } else { problems.append(.page) }
        }
    }

    var offset: Int { (page - 1) * Self.pageSize }

    /// `?q=…&status=…`, with `page` when given; empty without any value.
    func queryString(page: Int?) -> String {
        var items: [URLQueryItem] = []
        if let text = filter.text { items.append(URLQueryItem(name: "q", value: text)) }
        if !establishmentText.isEmpty { items.append(URLQueryItem(name: "establishment", value: establishmentText)) }
        if let status = filter.status { items.append(URLQueryItem(name: "status", value: status)) }
        if let zone = filter.zone { items.append(URLQueryItem(name: "zone", value: zone.rawValue)) }
        if let page { items.append(URLQueryItem(name: "page", value: String(page))) }
        var components = URLComponents()
        components.queryItems = items
        return items.isEmpty ? "" : "?" + (components.percentEncodedQuery ?? "")
    }
}
