/// One command: its name, what it does, its options and examples. Its help and its parsing
/// both come from here.
struct CommandSpec<Options>: Sendable {
    var name: String
    /// What the command does, after `attribution NAME: `.
    var summary: String
    /// More lines said before the usage line, if any.
    var about: [String] = []
    var options: [OptionSpec<Options>]
    /// What follows the options on the usage line.
    var operands = "<input>..."
    var examples: [String]

    /// The text `attribution NAME --help` prints.
    var help: String {
        var lines = ["attribution \(name): \(summary)", ""]
        if !about.isEmpty { lines += about + [""] }
        lines.append((["USAGE: attribution", name] + options.map(\.usage) + [operands]).joined(separator: " "))
        if !options.isEmpty {
            lines += ["", "OPTIONS:"]
            let width = max(19, options.map(\.label.count).max() ?? 0) + 2
            for option in options {
                for (index, text) in option.help.enumerated() {
                    let label = index == 0 ? option.label : ""
                    lines.append("  " + label + String(repeating: " ", count: width - label.count) + text)
                }
            }
        }
        lines += ["", "EXAMPLE\(examples.count > 1 ? "S" : ""):"] + examples.map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    /// Walks the arguments after the command name: options by ``options`` (`--name value` or
    /// `--name=value`), `--` ends options, `-` and other words are operands.
    func parse(_ arguments: [String], into initial: Options, paths: WritableKeyPath<Options, [String]>)
        throws(UsageError) -> Options
    {
        var parsed = initial
        var i = 0
        var optionsDone = false
        while i < arguments.count {
            let argument = arguments[i]
            i += 1
            if optionsDone || argument == "-" || !argument.hasPrefix("-") {
                parsed[keyPath: paths].append(argument)
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
            guard let option = options.first(where: { $0.names.contains(name) }) else {
                throw UsageError(message: "unknown option '\(name)'")
            }
            let value: String
            if !option.takesValue {
                guard inline == nil else { throw UsageError(message: "'\(name)' takes no value") }
                value = ""
            } else if let inline {
                value = inline
            } else {
                guard i < arguments.count else { throw UsageError(message: "missing value for '\(name)'") }
                value = arguments[i]
                i += 1
            }
            try option.apply(&parsed, value, name)
        }
        if parsed[keyPath: paths].isEmpty {
            throw UsageError(message: "'\(name)' needs at least one input: a file, a folder, or - for stdin")
        }
        return parsed
    }
}
