/// The cue phrases the tracer knows, read from the reviewed table in ``table``.
struct CueLexicon: Sendable {
    /// Every cue, in table order; a cue's index is its identity.
    let cues: [Cue]

    /// The built-in lexicon.
    static let standard = CueLexicon(table: table)

    init(table: String) {
        var cues: [Cue] = []
        for rawLine in table.split(separator: "\n") {
            let line = rawLine.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            guard columns.count == 4, let family = CueFamily(rawValue: columns[1]) else {
                preconditionFailure("cue line needs `phrase | family | language | flags`: \(line)")
            }
            let flags = columns[3].split(separator: " ").map(String.init)
            let kind = flags.first { $0.hasPrefix("outlet=") }.flatMap { OutletKind(rawValue: String($0.dropFirst(7))) }
            cues.append(
                Cue(
                    phrase: columns[0], family: family, language: columns[2], glues: flags.contains("glue"),
                    lineStart: flags.contains("line"), outletKind: kind))
        }
        self.cues = cues
    }
}
