/// Parses the command line into a ``Command``: a pure function of the arguments, tested directly.
enum ArgumentParser {
    static func parse(_ arguments: [String]) throws(UsageError) -> Command {
        guard let first = arguments.first else { return .help(Help.main) }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "-h", "--help", "help": return .help(Help.main)
        case "--version", "-V": return .version
        case "trace":
            if wantsHelp(rest) { return .help(Help.trace) }
            var options = TraceOptions()
            try walk(rest, into: &options.paths) { (name, value) throws(UsageError) in
                switch name {
                case "--format": options.format = try choice(value(), name, TraceFormat.self)
                case "--min-confidence": options.minConfidence = try fraction(value(), name)
                case "--jobs", "-j": options.jobs = try count(value(), name, min: 1)
                default: return false
                }
                return true
            }
            try requirePaths(options.paths, "trace")
            return .trace(options)
        case "graph":
            if wantsHelp(rest) { return .help(Help.graph) }
            var options = GraphOptions()
            try walk(rest, into: &options.paths) { (name, value) throws(UsageError) in
                switch name {
                case "--min-weight": options.minWeight = try count(value(), name, min: 1)
                case "--top": options.top = try count(value(), name, min: 1)
                case "--min-confidence": options.minConfidence = try fraction(value(), name)
                case "--jobs", "-j": options.jobs = try count(value(), name, min: 1)
                case "--format": options.format = try choice(value(), name, GraphFormat.self)
                default: return false
                }
                return true
            }
            try requirePaths(options.paths, "graph")
            return .graph(options)
        case "stats", "merge":
            if wantsHelp(rest) { return .help(first == "stats" ? Help.stats : Help.merge) }
            var options = StatsOptions()
            try walk(rest, into: &options.paths) { (name, value) throws(UsageError) in
                switch name {
                case "--format": options.format = try choice(value(), name, StatsFormat.self)
                case "--top": options.top = try count(value(), name, min: 1)
                case "--jobs" where first == "stats", "-j" where first == "stats":
                    options.jobs = try count(value(), name, min: 1)
                default: return false
                }
                return true
            }
            try requirePaths(options.paths, first)
            return first == "stats" ? .stats(options) : .merge(options)
        default:
            throw UsageError(message: "unknown command '\(first)'; expected one of trace, graph, stats, merge")
        }
    }

    /// Whether `--help` or `-h` stands among the options (not after `--`).
    private static func wantsHelp(_ arguments: [String]) -> Bool {
        let options = arguments.prefix { $0 != "--" }
        return options.contains("--help") || options.contains("-h")
    }

    /// Walks options and operands; `handle` returns false for an option it does not know.
    /// Accepts `--name value` and `--name=value`; `--` ends options; `-` is an operand.
    private static func walk(
        _ arguments: [String], into paths: inout [String],
        _ handle: (String, () throws(UsageError) -> String) throws(UsageError) -> Bool
    ) throws(UsageError) {
        var i = 0
        var optionsDone = false
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            if optionsDone || argument == "-" || !argument.hasPrefix("-") {
                paths.append(argument)
                continue
            }
            if argument == "--" {
                optionsDone = true
                continue
            }
            var name = argument
            var inline: String? = nil
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            var consumed = false
            let value = { () throws(UsageError) -> String in
                consumed = true
                if let inline { return inline }
                guard i < arguments.count else { throw UsageError(message: "missing value for '\(name)'") }
                i += 1
                return arguments[i - 1]
            }
            guard try handle(name, value) else { throw UsageError(message: "unknown option '\(name)'") }
            if inline != nil, !consumed { throw UsageError(message: "'\(name)' takes no value") }
        }
    }

    private static func requirePaths(_ paths: [String], _ command: String) throws(UsageError) {
        if paths.isEmpty {
            throw UsageError(message: "'\(command)' needs at least one input: a file, a folder, or - for stdin")
        }
    }

    private static func choice<T: RawRepresentable & CaseIterable>(_ value: String, _ name: String, _: T.Type)
        throws(UsageError) -> T where T.RawValue == String
    {
        guard let parsed = T(rawValue: value) else {
            let expected = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError(message: "invalid value '\(value)' for '\(name)'; expected one of \(expected)")
        }
        return parsed
    }

    private static func count(_ value: String, _ name: String, min: Int) throws(UsageError) -> Int {
        guard let parsed = Int(value), parsed >= min else {
            throw UsageError(
                message: "invalid value '\(value)' for '\(name)'; expected a whole number of at least \(min)")
        }
        return parsed
    }

    private static func fraction(_ value: String, _ name: String) throws(UsageError) -> Double {
        guard let parsed = Double(value), parsed >= 0, parsed <= 1 else {
            throw UsageError(message: "invalid value '\(value)' for '\(name)'; expected a number from 0 to 1")
        }
        return parsed
    }
}
