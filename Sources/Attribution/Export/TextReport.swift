/// Renders a ``Trace`` for people: publisher, chain, sources with their evidence.
///
/// Everything taken from the input (ids, names, places, quoted text) is escaped for the
/// terminal: control and bidirectional formatting characters are shown as `\u{1B}`, line
/// breaks as spaces, so that a hostile article cannot rewrite the screen or reorder a line.
public struct TextReport: Sendable {
    /// Creates a report writer.
    public init() {}

    /// The report, ending in a newline.
    public func render(_ trace: Trace) -> String {
        let t = TerminalText.escaped
        var out = "\(t(trace.id))\n"
        if let publisher = trace.publisher {
            let place = publisher.place.map { ", \(t($0))" } ?? ""
            out += "  publisher  \(t(publisher.name)) (\(publisher.kind.rawValue)\(place))\n"
        } else {
            out += "  publisher  (not shown in the text)\n"
        }
        if let published = trace.published { out += "  published  \(t(published))\n" }
        let chain = trace.edges.filter { $0.relation != .quote && $0.relation != .photo }
        if !chain.isEmpty {
            out += "  chain\n"
            for edge in chain {
                out +=
                    "    \(t(edge.from)) <- \(t(edge.to))  [\(edge.relation.rawValue), \(JSONText.number(edge.confidence))]\n"
            }
        }
        let media = trace.sources.filter { $0.kind.isMedia }
        let others = trace.sources.filter { !$0.kind.isMedia }
        for (heading, list) in [("sources", media), ("quoted", others)] where !list.isEmpty {
            out += "  \(heading)\n"
            for source in list {
                let roles = source.roles.map(\.rawValue).joined(separator: ", ")
                out +=
                    "    \(t(source.name)) (\(source.kind.rawValue); \(roles); \(JSONText.number(source.confidence)))\n"
                for mention in source.mentions.prefix(3) {
                    out += "      \(mention.start)-\(mention.end) \(t(mention.cue)): \"\(t(mention.text))\"\n"
                }
            }
        }
        for warning in trace.warnings { out += "  warning: \(t(warning))\n" }
        return out
    }
}
