import Attribution

struct StatsCommand {
    var options: StatsOptions
    func run() -> Int32 { 0 }
}

struct MergeCommand {
    var options: StatsOptions
    func run() -> Int32 { 0 }
}
