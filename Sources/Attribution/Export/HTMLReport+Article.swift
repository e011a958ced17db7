/// One article of the report: its chain, its sources, and its text with the evidence marked.
extension HTMLReport {
    /// Articles shown open; the others are one click away.
    static let openArticles = 10

    func article(_ item: Item, index: Int) -> String {
        let trace = item.trace
        let open = index < Self.openArticles ? " open" : ""
        var out = "<details class=\"article\" id=\"article-\(index + 1)\"\(open)>\n<summary>"
        out += "<span class=\"id\">\(trace.id.htmlEscaped)</span>"
        if let title = item.title { out += " <span class=\"title\">\(title.htmlEscaped)</span>" }
        out += " <span class=\"chainline\">\(chainLine(trace).htmlEscaped)</span></summary>\n"
        var facts: [String] = []
        if let publisher = trace.publisher {
            let place = publisher.place.map { ", \($0)" } ?? ""
            facts.append(
                "published by <b>\(publisher.name.htmlEscaped)</b> (\((publisher.kind.rawValue + place).htmlEscaped))")
        } else {
            facts.append("publisher not shown")
        }
        if let published = trace.published { facts.append("on \(published.htmlEscaped)") }
        if let url = item.url {
            let safe = url.hasPrefix("https://") || url.hasPrefix("http://")
            facts.append(safe ? "<a href=\"\(url.htmlEscaped)\">\(url.htmlEscaped)</a>" : url.htmlEscaped)
        }
        out += "<p class=\"facts\">\(facts.joined(separator: " · "))</p>\n"
        let chain = trace.edges.map { edge in
            "<li>\(edge.from.htmlEscaped) ← \(edge.to.htmlEscaped) <span class=\"tag role-\(edge.relation.rawValue)\">"
                + "\(edge.relation.rawValue)</span> \(JSONText.number(edge.confidence))</li>"
        }
        if !chain.isEmpty { out += "<ul class=\"chain\">\(chain.joined())</ul>\n" }
        if !trace.sources.isEmpty {
            var rows = [["source", "kind", "roles", "confidence", "evidence"]]
            for source in trace.sources {
                let cues = source.mentions.map(\.cue)
                let evidence = cues.isEmpty ? source.cueFamilies.joined(separator: ", ") : cues.joined(separator: ", ")
                rows.append([
                    source.name, source.kind.rawValue, source.roles.map(\.rawValue).joined(separator: ", "),
                    JSONText.number(source.confidence), evidence,
                ])
            }
            out += Self.table(rows)
        }
        for warning in trace.warnings { out += "<p class=\"warning\">\(warning.htmlEscaped)</p>\n" }
        out += "<div class=\"text\">\(highlighted(item.text, trace))</div>\n</details>\n"
        return out
    }

    /// `Suara ← Antara ← AFP`: the content chain at a glance.
    private func chainLine(_ trace: Trace) -> String {
        let content = trace.edges.filter { $0.relation != .quote && $0.relation != .photo }
        guard let start = trace.publisher?.name ?? content.first?.from else { return "" }
        var line = start
        var at = start
        var seen = [start]
        while let next = content.first(where: { $0.from == at && !seen.contains($0.to) }) {
            line += " ← " + next.to
            at = next.to
            seen.append(at)
        }
        let others = content.count - (seen.count - 1)
        return others > 0 ? line + " (+\(others))" : line
    }

    /// The text, escaped, with each mention marked by the role of the source it names; a
    /// mention that overlaps one already marked is left as text.
    func highlighted(_ text: String, _ trace: Trace) -> String {
        var spans: [(start: Int, end: Int, role: String, title: String)] = []
        for mention in trace.publisher?.mentions ?? [] {
            spans.append(
                (mention.start, mention.end, "publisher", "publisher \(trace.publisher!.name) (\(mention.cue))"))
        }
        for source in trace.sources {
            let roles = source.roles.map(\.rawValue).joined(separator: ", ")
            for mention in source.mentions {
                spans.append(
                    (
                        mention.start, mention.end, source.roles.first?.rawValue ?? "quote",
                        "\(source.name): \(roles) (\(mention.cue))"
                    ))
            }
        }
        spans.sort { ($0.start, $1.end) < ($1.start, $0.end) }
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var at = 0
        for span in spans where span.start >= at && span.start < span.end && span.end <= scalars.count {
            out += Self.piece(scalars[at..<span.start]).htmlEscaped
            out += "<mark class=\"role-\(span.role)\" title=\"\(span.title.htmlEscaped)\">"
            out += Self.piece(scalars[span.start..<span.end]).htmlEscaped + "</mark>"
            at = span.end
        }
        return out + Self.piece(scalars[at...]).htmlEscaped
    }

    private static func piece(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    static let legend = """
        <p class="legend">Marked in the texts: <mark class="role-publisher">publisher</mark> \
        <mark class="role-syndication">syndication</mark> <mark class="role-relay">relay</mark> \
        <mark class="role-citation">citation</mark> <mark class="role-quote">quote</mark> \
        <mark class="role-photo">photo</mark>; hover a mark for the source and its cue.</p>

        """

    static let style = """
        :root { color-scheme: light; --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
          margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
        header { border-bottom: 2px solid var(--ink); margin-bottom: 1rem; }
        h1 { margin: 0 0 .25rem; font-size: 1.6rem; } h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); }
        h3 { margin: 1.2rem 0 .4rem; font-size: 1.05rem; }
        .summary, .hint, .note, .facts, .legend { color: var(--muted); margin: .3rem 0; }
        nav a { color: #1d4ed8; }
        table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .9rem; }
        th, td { border-bottom: 1px solid var(--line); padding: .2rem .6rem; text-align: left; vertical-align: top; }
        th { background: #f9fafb; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
        .columns { display: flex; flex-wrap: wrap; gap: 2rem; }
        figure { margin: 0; } figure img { max-width: 100%; height: auto; border: 1px solid var(--line); }
        figcaption { color: var(--muted); font-size: .85rem; }
        details.article { border: 1px solid var(--line); border-radius: 6px; margin: .6rem 0; padding: .4rem .8rem; }
        summary { cursor: pointer; } .id { font-family: ui-monospace, monospace; font-weight: 600; }
        .title { font-weight: 600; } .chainline { color: var(--muted); }
        ul.chain { margin: .3rem 0; padding-left: 1.2rem; }
        .tag { font-size: .75rem; padding: 0 .35rem; border-radius: 3px; }
        .warning { color: #b45309; }
        .text { white-space: pre-wrap; background: #fcfcfd; border-left: 3px solid var(--line); padding: .5rem .8rem;
          font-size: .92rem; overflow-wrap: anywhere; }
        mark { border-radius: 3px; padding: 0 .1rem; }
        .role-publisher { background: #fde68a; } .role-syndication { background: #bfdbfe; }
        .role-relay { background: #bbf7d0; } .role-citation { background: #e9d5ff; }
        .role-quote { background: #e5e7eb; } .role-photo { background: #fed7aa; }

        """
}
