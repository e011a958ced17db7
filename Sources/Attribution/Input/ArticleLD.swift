import Foundation

/// The `NewsArticle` (or other `Article`) a page describes in JSON-LD: its headline, date,
/// publisher, address and credits. Nodes of an `@graph` referred to by `@id` are followed
/// (`"publisher": {"@id": "#org"}`), and blocks that are not strict JSON (raw line breaks in
/// strings, comment wrappers) are read as far as they can be; a block that cannot is skipped.
struct ArticleLD: Equatable {
    var headline: String? = nil
    var datePublished: String? = nil
    var publisher: String? = nil
    var url: String? = nil
    var credits: [PageCredit] = []

    /// The article described by the first of `blocks` (raw script texts) that describes one.
    static func read(_ blocks: [ArraySlice<UInt8>]) -> ArticleLD? {
        var nodes: [[String: Any]] = []
        for block in blocks {
            guard let json = parse(block) else { continue }
            collect(json, into: &nodes)
        }
        var byID: [String: [String: Any]] = [:]
        for node in nodes {
            if let id = node["@id"] as? String, byID[id] == nil || node.count > byID[id]!.count { byID[id] = node }
        }
        let nodeTypes = nodes.map { Self.types(of: $0) }
        let index =
            nodeTypes.firstIndex { $0.contains { $0.hasSuffix("NewsArticle") } }
            ?? nodeTypes.firstIndex {
                $0.contains { $0.hasSuffix("Article") || $0.hasSuffix("BlogPosting") || $0 == "Report" }
            }
        guard let index else { return nil }
        let node = nodes[index]
        let reader = Reader(byID: byID)
        var article = ArticleLD()
        article.headline = reader.string(node["headline"]) ?? reader.string(node["name"])
        article.datePublished = reader.string(node["datePublished"])
        article.publisher = reader.entities(node["publisher"]).compactMap(reader.name).first
        article.url = reader.string(node["url"]) ?? reader.address(node["mainEntityOfPage"])
        for (key, property) in [("author", PageCredit.Property.author), ("sourceOrganization", .sourceOrganization)] {
            for entity in reader.entities(node[key]) {
                let name = reader.name(entity)
                let url = reader.address(entity)
                guard name != nil || url != nil else { continue }
                let isPerson =
                    (entity as? [String: Any]).map { types(of: reader.resolved($0)).contains("Person") } ?? false
                article.credits.append(PageCredit(property: property, name: name, url: url, isPerson: isPerson))
            }
        }
        for entity in reader.entities(node["isBasedOn"]) {
            var name: String? = nil
            var url = reader.address(entity)
            if let text = entity as? String {
                if text.contains("://") { url = text } else { name = text }
            } else if let dict = entity as? [String: Any] {
                name = reader.entities(dict["publisher"]).compactMap(reader.name).first ?? reader.name(dict)
                url = url ?? reader.string(dict["@id"]).flatMap { $0.contains("://") ? $0 : nil }
            }
            guard name != nil || url != nil else { continue }
            article.credits.append(PageCredit(property: .isBasedOn, name: name, url: url, isPerson: false))
        }
        return article
    }

    /// A block's JSON: control characters read as spaces, anything around the outermost
    /// braces or brackets (comment and CDATA wrappers) left out.
    private static func parse(_ block: ArraySlice<UInt8>) -> Any? {
        guard let first = block.firstIndex(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }),
            let last = block.lastIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "]") }), first < last
        else { return nil }
        let cleaned = block[first...last].map { $0 < 0x20 ? 0x20 : $0 }
        return try? JSONSerialization.jsonObject(with: Data(cleaned), options: [.fragmentsAllowed])
    }

    /// Every node of a JSON-LD value: objects, the members of arrays and of `@graph`.
    private static func collect(_ json: Any, into nodes: inout [[String: Any]], depth: Int = 0) {
        guard depth < 8 else { return }
        if let array = json as? [Any] {
            for item in array { collect(item, into: &nodes, depth: depth + 1) }
        } else if let object = json as? [String: Any] {
            nodes.append(object)
            if let graph = object["@graph"] { collect(graph, into: &nodes, depth: depth + 1) }
        }
    }

    /// A node's types, without their vocabulary (`http://schema.org/NewsArticle` is `NewsArticle`).
    static func types(of node: [String: Any]) -> [String] {
        let raw: [String] =
            (node["@type"] as? String).map { [$0] } ?? (node["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
        return raw.map { type in
            let cut = type.lastIndex { $0 == "/" || $0 == ":" || $0 == "#" }
            return cut.map { String(type[type.index(after: $0)...]) } ?? type
        }
    }

    /// Reads values the way JSON-LD allows them: a value or a list of values, an object or a
    /// reference to one.
    private struct Reader {
        let byID: [String: [String: Any]]

        func resolved(_ node: [String: Any]) -> [String: Any] {
            guard let id = node["@id"] as? String, let full = byID[id] else { return node }
            return full.merging(node) { kept, _ in kept }
        }

        func entities(_ value: Any?) -> [Any] {
            guard let value else { return [] }
            return (value as? [Any]) ?? [value]
        }

        func string(_ value: Any?) -> String? {
            guard let text = (value as? String) ?? ((value as? [Any])?.first as? String) else { return nil }
            let scalars = text.unicodeScalars
            guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
            else { return nil }
            return String(scalars[first...last])
        }

        func name(_ value: Any) -> String? {
            if let text = value as? String { return text.contains("://") ? nil : string(text) }
            guard let object = value as? [String: Any] else { return nil }
            let node = resolved(object)
            return string(node["name"]) ?? string(node["legalName"])
        }

        func address(_ value: Any?) -> String? {
            if let text = value as? String { return text.contains("://") ? string(text) : nil }
            guard let object = value as? [String: Any] else { return nil }
            let node = resolved(object)
            return string(node["url"])
        }
    }
}
