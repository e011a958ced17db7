/// The statistics section: the tables of `attribution stats`, as HTML.
extension HTMLReport {
    func statistics(_ stats: CorpusStats) -> String {
        var out = "<section id=\"statistics\"><h2>Statistics</h2>\n"
        let roles = Role.allCases
        var sources = [["source", "kind", "articles"] + roles.map(\.rawValue)]
        for item in stats.rankedSources.prefix(top) {
            sources.append(
                [item.name, item.count.kind.rawValue, String(item.count.articles)]
                    + roles.map { String(item.count.roles[$0] ?? 0) })
        }
        out += "<h3>Sources</h3>\n<p class=\"hint\">Articles crediting each source, by role.</p>\n"
        out += Self.table(sources)
        var publishers = [["publisher", "articles", "agency share", "top sources (share of its articles)"]]
        for item in stats.rankedPublishers.prefix(top) {
            let ranked = item.count.sources.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(5)
            let cells = ranked.map { "\($0.key) \(StatsReport.share($0.value, item.count.articles))" }
            publishers.append([
                item.name, String(item.count.articles), StatsReport.share(item.count.withAgency, item.count.articles),
                cells.joined(separator: ", "),
            ])
        }
        out += "<h3>Publishers</h3>\n<p class=\"hint\">The share of each publisher's articles that credit "
        out += "a news agency, and its most credited sources.</p>\n" + Self.table(publishers)
        out += "<div class=\"columns\">\n"
        var families = [["cue family", "articles"]]
        for family in stats.cueFamilies.keys.sorted() { families.append([family, String(stats.cueFamilies[family]!)]) }
        out += "<div><h3>Cue families</h3>\n" + Self.table(families) + "</div>\n"
        var depths = [["chain depth", "articles"]]
        for depth in stats.depths.keys.sorted() { depths.append([String(depth), String(stats.depths[depth]!)]) }
        out += "<div><h3>Chain depth</h3>\n" + Self.table(depths) + "</div>\n"
        if !stats.months.isEmpty {
            var months = [["month", "articles", "agency share"]]
            for month in stats.months.keys.sorted() {
                let count = stats.months[month]!
                months.append([month, String(count.articles), StatsReport.share(count.withAgency, count.articles)])
            }
            out += "<div><h3>By month</h3>\n" + Self.table(months) + "</div>\n"
        }
        if !stats.skipped.isEmpty {
            var skipped = [["skipped because", "records"]]
            for reason in stats.skipped.keys.sorted() { skipped.append([reason, String(stats.skipped[reason]!)]) }
            out += "<div><h3>Skipped</h3>\n" + Self.table(skipped) + "</div>\n"
        }
        return out + "</div>\n</section>\n"
    }
}
