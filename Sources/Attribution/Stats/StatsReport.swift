import Foundation

/// Renders ``CorpusStats`` for people (an aligned table) and for spreadsheets (CSV).
public struct StatsReport: Sendable {
    /// How many sources and publishers to show; all when nil.
    public var top: Int?

    /// Creates a renderer.
    public init(top: Int? = nil) {
        self.top = top
    }

    private func limited<T>(_ list: [T]) -> [T] { top.map { Array(list.prefix($0)) } ?? list }

    /// `part / whole` to three decimals, rounded half up; any counts, even near `Int.max` or
    /// negative ones a library caller may build, print without trapping.
    static func share(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "0.000" }
        let sign = part < 0 ? "-" : ""
        let part = part.magnitude
        let whole = whole.magnitude
        // (part * 1000 + whole / 2) / whole, in 128 bits: the product never overflows.
        let product = part.multipliedFullWidth(by: 1000)
        let (low, carry) = product.low.addingReportingOverflow(whole / 2)
        let high = product.high + (carry ? 1 : 0)
        // A quotient past UInt.max (a share above 18 quadrillion) only a hand-built value has.
        guard high < whole else { return sign + String(format: "%.3f", Double(part) / Double(whole)) }
        let thousandths = whole.dividingFullWidth((high, low)).quotient
        let frac = String(thousandths % 1000)
        return sign + String(thousandths / 1000) + "." + String(repeating: "0", count: 3 - frac.count) + frac
    }

    /// The aligned table, ending in a newline.
    public func table(_ stats: CorpusStats) -> String {
        var out = ""
        let reasons = stats.skipped.keys.sorted().map { "\(TerminalText.escaped($0)) \(stats.skipped[$0]!)" }
            .joined(separator: ", ")
        out += "records: read \(stats.read), traced \(stats.traced), skipped \(stats.skippedTotal)"
        out += reasons.isEmpty ? "\n" : " (\(reasons))\n"
        out +=
            "articles crediting a news agency: \(stats.withAgency) of \(stats.traced) (\(Self.share(stats.withAgency, stats.traced)))\n"
        out += "articles with a publisher shown: \(stats.withPublisher)\n\n"
        let roles = Role.allCases
        var rows = [["source", "kind", "articles"] + roles.map(\.rawValue)]
        for item in limited(stats.rankedSources) {
            rows.append(
                [item.name, item.count.kind.rawValue, String(item.count.articles)]
                    + roles.map { String(item.count.roles[$0] ?? 0) })
        }
        out += Self.align(rows) + "\n"
        var matrix = [["publisher", "articles", "agency share", "top sources (share of its articles)"]]
        for item in limited(stats.rankedPublishers) {
            let ranked = item.count.sources.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5)
            let cells = ranked.map { "\($0.key) \(Self.share($0.value, item.count.articles))" }.joined(separator: ", ")
            matrix.append([
                item.name, String(item.count.articles), Self.share(item.count.withAgency, item.count.articles), cells,
            ])
        }
        out += Self.align(matrix) + "\n"
        var histogram = [["cue family", "articles"]]
        for family in stats.cueFamilies.keys.sorted() {
            histogram.append([family, String(stats.cueFamilies[family]!)])
        }
        out += Self.align(histogram) + "\n"
        var depth = [["chain depth", "articles"]]
        for d in stats.depths.keys.sorted() { depth.append([String(d), String(stats.depths[d]!)]) }
        out += Self.align(depth)
        if !stats.months.isEmpty {
            var months = [["month", "articles", "agency share"]]
            for m in stats.months.keys.sorted() {
                let c = stats.months[m]!
                months.append([m, String(c.articles), Self.share(c.withAgency, c.articles)])
            }
            out += "\n" + Self.align(months)
        }
        return out
    }

    /// CSV: one table of `section,name,column,value` rows, sorted, ending in a newline.
    public func csv(_ stats: CorpusStats) -> String {
        var out = "section,name,key,value\n"
        func row(_ cells: String...) { out += cells.map(Self.csvCell).joined(separator: ",") + "\n" }
        row("records", "", "read", String(stats.read))
        row("records", "", "traced", String(stats.traced))
        row("records", "", "skipped", String(stats.skippedTotal))
        for k in stats.skipped.keys.sorted() { row("records", "", "skipped:" + k, String(stats.skipped[k]!)) }
        row("articles", "", "with_publisher", String(stats.withPublisher))
        row("articles", "", "with_agency", String(stats.withAgency))
        row("articles", "", "agency_share", Self.share(stats.withAgency, stats.traced))
        for item in limited(stats.rankedSources) {
            row("source", item.name, "kind", item.count.kind.rawValue)
            row("source", item.name, "articles", String(item.count.articles))
            for role in Role.allCases where item.count.roles[role] != nil {
                row("source", item.name, "role:" + role.rawValue, String(item.count.roles[role]!))
            }
        }
        for item in limited(stats.rankedPublishers) {
            row("publisher", item.name, "articles", String(item.count.articles))
            row("publisher", item.name, "agency_share", Self.share(item.count.withAgency, item.count.articles))
            for source in item.count.sources.keys.sorted() {
                row("dependence", item.name, source, Self.share(item.count.sources[source]!, item.count.articles))
            }
        }
        for k in stats.cueFamilies.keys.sorted() { row("cue_family", k, "articles", String(stats.cueFamilies[k]!)) }
        for d in stats.depths.keys.sorted() { row("chain_depth", String(d), "articles", String(stats.depths[d]!)) }
        for m in stats.months.keys.sorted() {
            row("month", m, "articles", String(stats.months[m]!.articles))
            row("month", m, "agency_share", Self.share(stats.months[m]!.withAgency, stats.months[m]!.articles))
        }
        return out
    }

    /// One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A cell that
    /// a spreadsheet would run as a formula (it begins with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return) is neutralised as OWASP advises: prefixed with `'` and quoted.
    static func csvCell(_ value: String) -> String {
        let formula = value.utf8.first.map { Self.formulaStarts.contains($0) } ?? false
        let needsQuotes = formula || value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return value }
        return "\"" + (formula ? "'" : "") + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The first bytes that make a spreadsheet read a cell as a formula.
    private static let formulaStarts: [UInt8] = Array("=+-@\t\r".utf8)

    /// Left-aligned columns, numbers right-aligned, two spaces apart; display width counts characters.
    static func align(_ rows: [[String]]) -> String {
        guard let header = rows.first else { return "" }
        let rows = rows.map { $0.map(TerminalText.escaped) }
        var widths = header.map { _ in 0 }
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for row in rows {
            var line = ""
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                let numeric = !cell.isEmpty && cell.allSatisfy { $0.isNumber || $0 == "." }
                let isLast = i == row.count - 1
                line += numeric ? pad + cell : cell + (isLast ? "" : pad)
                if !isLast { line += "  " }
            }
            out += line + "\n"
        }
        return out
    }
}
