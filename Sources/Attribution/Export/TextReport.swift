/// Renders a ``Trace`` for people: publisher, chain, sources with their evidence.
public struct TextReport: Sendable {
    /// Creates a report writer.
    public init() {}

    /// The report, ending in a newline.
    public func render(_ trace: Trace) -> String {
        var out = "\(trace.id)\n"
        if let publisher = trace.publisher {
            let place = publisher.place.map { ", \($0)" } ?? ""
            out += "  publisher  \(publisher.name) (\(publisher.kind.rawValue)\(place))\n"
        } else {
            out += "  publisher  (not shown in the text)\n"
        }
        if let published = trace.published { out += "  published  \(published)\n" }
        let chain = trace.edges.filter { $0.relation != .quote && $0.relation != .photo }
        if !chain.isEmpty {
            out += "  chain\n"
            for edge in chain {
                out +=
                    "    \(edge.from) <- \(edge.to)  [\(edge.relation.rawValue), \(JSONText.number(edge.confidence))]\n"
            }
        }
        let media = trace.sources.filter { $0.kind.isMedia }
        let others = trace.sources.filter { !$0.kind.isMedia }
        for (heading, list) in [("sources", media), ("quoted", others)] where !list.isEmpty {
            out += "  \(heading)\n"
            for source in list {
                let roles = source.roles.map(\.rawValue).joined(separator: ", ")
                out += "    \(source.name) (\(source.kind.rawValue); \(roles); \(JSONText.number(source.confidence)))\n"
                for mention in source.mentions.prefix(3) {
                    out += "      \(mention.start)-\(mention.end) \(mention.cue): \"\(Self.oneLine(mention.text))\"\n"
                }
            }
        }
        for warning in trace.warnings { out += "  warning: \(warning)\n" }
        return out
    }

    static func oneLine(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : Character($0) })
    }
}
