import Attribution

/// What the user asked for, parsed from the command line.
enum Command: Equatable {
    case help(String)
    case version
    case trace(TraceOptions)
    case graph(GraphOptions)
    case stats(StatsOptions)
    case merge(StatsOptions)
    case report(ReportOptions)
}

enum TraceFormat: String, CaseIterable { case text, json, jsonl }
enum GraphFormat: String, CaseIterable {
    case dot, json
    case provJSON = "prov-json"
    case provN = "prov-n"
    case graphml, mermaid, csv, svg, png

    /// Formats Graphviz draws from the DOT text.
    var isDrawn: Bool { self == .svg || self == .png }
    /// Formats that carry the evidence of each edge, hence need mentions.
    var hasEvidence: Bool { self == .json }
    /// Formats of W3C PROV, where one article is an entity of its own.
    var isPROV: Bool { self == .provJSON || self == .provN }
}
enum StatsFormat: String, CaseIterable { case table, csv, json }

struct TraceOptions: Equatable {
    var paths: [String] = []
    var format = TraceFormat.text
    var minConfidence = 0.0
    var jobs: Int? = nil
    var outlets: [String] = []
    var stdinShard: Shard? = nil
    var maxArticleBytes = RecordStream.defaultMaxArticleBytes
}

struct GraphOptions: Equatable {
    var paths: [String] = []
    var format = GraphFormat.dot
    var minWeight = 1
    var top: Int? = nil
    var perArticle = false
    var minConfidence = 0.0
    var jobs: Int? = nil
    var outlets: [String] = []
    var maxArticleBytes = RecordStream.defaultMaxArticleBytes
}

struct StatsOptions: Equatable {
    var paths: [String] = []
    var format = StatsFormat.table
    var top: Int? = nil
    var jobs: Int? = nil
    var outlets: [String] = []
    var stdinShard: Shard? = nil
    var maxArticleBytes = RecordStream.defaultMaxArticleBytes
}

/// `--stdin-shard FILE:LINE`: standard input holds the lines of the JSON Lines file `FILE`
/// from line `LINE` on, as a job runner hands one shard of a file to one process.
struct Shard: Equatable {
    var path: String
    var firstLine: Int
}

struct ReportOptions: Equatable {
    var paths: [String] = []
    var output: String? = nil
    var title: String? = nil
    var articles = 200
    var top = 20
    var edges = 60
    var minWeight = 1
    var minConfidence = 0.0
    var jobs: Int? = nil
    var outlets: [String] = []
    var maxArticleBytes = RecordStream.defaultMaxArticleBytes
}

/// A command line the tool cannot run; printed with exit status 64.
struct UsageError: Error, Equatable, CustomStringConvertible {
    var message: String
    var description: String { message }
}
