import Foundation

/// Writes a corpus report as one self-contained HTML page: the statistics tables, the corpus
/// graph (an SVG drawn by Graphviz, embedded as an image, when one is given), the heaviest
/// edges, and for each article its chain, its sources and its text with the evidence marked.
///
/// The page loads nothing: its style is inline, it has no script, and its content security
/// policy forbids any other source. Every name, id and text is escaped, so no article can
/// inject markup; the only links are `http` and `https` addresses of the articles themselves.
public struct HTMLReport: Sendable {
    /// One article of the report: its trace and the text its offsets count into.
    public struct Item: Sendable {
        public var trace: Trace
        public var text: String
        public var title: String?
        public var url: String?

        /// Creates an item.
        public init(trace: Trace, text: String, title: String? = nil, url: String? = nil) {
            self.trace = trace
            self.text = text
            self.title = title
            self.url = url
        }
    }

    /// The page's title.
    public var title: String
    /// How many rows the sources, publishers and edges tables show.
    public var top: Int

    /// Creates a report writer.
    public init(title: String = "Provenance report", top: Int = 20) {
        self.title = title
        self.top = top
    }

    /// The page. `graphSVG` is the corpus graph drawn by Graphviz, or nil when it could not be
    /// drawn (`graphNote` then says why); `omitted` counts the articles traced but not shown.
    public func render(
        stats: CorpusStats, graph: ProvenanceGraph, graphSVG: String?, graphNote: String? = nil, articles: [Item],
        omitted: Int = 0
    ) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out +=
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(title.htmlEscaped)</title>\n<style>\n\(Self.style)</style>\n</head>\n<body>\n"
        out += "<header><h1>\(title.htmlEscaped)</h1>\n"
        out += "<p class=\"summary\">\(summary(stats, shown: articles.count, omitted: omitted))</p>\n"
        out += "<nav><a href=\"#statistics\">Statistics</a> · <a href=\"#graph\">Graph</a> · "
        out += "<a href=\"#articles\">Articles</a></nav></header>\n<main>\n"
        out += statistics(stats)
        out += graphSection(graph, svg: graphSVG, note: graphNote)
        out += "<section id=\"articles\"><h2>Articles</h2>\n"
        if omitted > 0 {
            out += "<p class=\"note\">The first \(articles.count) articles are shown; \(omitted) more were traced "
            out += "and counted above.</p>\n"
        }
        out += Self.legend
        for (index, item) in articles.enumerated() { out += article(item, index: index) }
        out += "</section>\n</main>\n</body>\n</html>\n"
        return out
    }

    private func summary(_ stats: CorpusStats, shown: Int, omitted: Int) -> String {
        var parts = ["\(stats.read) record\(stats.read == 1 ? "" : "s") read", "\(stats.traced) traced"]
        if stats.skippedTotal > 0 { parts.append("\(stats.skippedTotal) skipped") }
        parts.append(
            "\(stats.withAgency) crediting a news agency (\(StatsReport.share(stats.withAgency, stats.traced)))")
        parts.append("\(stats.withPublisher) with a publisher shown")
        return parts.joined(separator: " · ")
    }

    /// The section of the corpus graph: the picture when there is one, and the heaviest edges.
    private func graphSection(_ graph: ProvenanceGraph, svg: String?, note: String?) -> String {
        var out = "<section id=\"graph\"><h2>Graph</h2>\n"
        if let svg {
            let data = Data(svg.utf8).base64EncodedString()
            out +=
                "<figure><img alt=\"The corpus graph of outlets and agencies\" src=\"data:image/svg+xml;base64,\(data)\">"
            out += "<figcaption>Edges point from the outlet that took content to the one it took it from; "
            out += "their width and label count articles.</figcaption></figure>\n"
        } else if let note {
            out += "<p class=\"note\">\(note.htmlEscaped)</p>\n"
        }
        let heaviest = graph.sortedLinks.sorted { ($0.weight, $1.from, $1.to) > ($1.weight, $0.from, $0.to) }
        var rows = [["from", "took content from", "relation", "articles", "confidence"]]
        for link in heaviest.prefix(top) {
            rows.append([
                link.from, link.to, link.relation.rawValue, String(link.weight), JSONText.number(link.confidence),
            ])
        }
        out += "<h3>Heaviest edges</h3>\n" + Self.table(rows)
        return out + "</section>\n"
    }

    /// A table whose first row is the header; cells that are numbers are right-aligned.
    static func table(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        var out =
            "<table>\n<thead><tr>" + header.map { "<th>\($0.htmlEscaped)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows.dropFirst() {
            out += "<tr>"
            for cell in row {
                let numeric = !cell.isEmpty && cell.allSatisfy { $0.isNumber || $0 == "." }
                out += numeric ? "<td class=\"n\">\(cell.htmlEscaped)</td>" : "<td>\(cell.htmlEscaped)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
