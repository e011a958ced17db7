import Attribution

/// One command-line option, written once: its names, its value, its help, and how it sets the
/// command's options. The parser and `--help` both read it.
struct OptionSpec<Options>: Sendable {
    /// The long name, then any short one: `--jobs`, `-j`.
    var names: [String]
    /// The value's placeholder (`N`, `F`).
    var value: String
    /// The values it takes, when it takes a few (`text|json|jsonl`), for the usage line.
    var choices: String? = nil
    /// Whether it takes a value; a flag (`--per-article`) does not.
    var takesValue = true
    /// The help text, one line a string; the first says the default where there is one.
    var help: [String]
    /// Sets the option from its value; `name` is the name as typed, for messages.
    var apply: @Sendable (_ options: inout Options, _ value: String, _ name: String) throws(UsageError) -> Void

    /// `[--jobs N]`, `[--format text|json]`, `[--per-article]`, as the usage line shows it.
    var usage: String { takesValue ? "[\(names[0]) \(choices ?? value)]" : "[\(names[0])]" }

    /// `-j, --jobs N`, as the options list shows it.
    var label: String { names.reversed().joined(separator: ", ") + (takesValue ? " " + value : "") }
}

extension OptionSpec {
    /// `--format F`: one of the cases of `F`; the first is the default.
    static func format<F: RawRepresentable & CaseIterable>(
        _ keyPath: WritableKeyPath<Options, F> & Sendable, help: [String]
    )
        -> OptionSpec where F.RawValue == String
    {
        OptionSpec(
            names: ["--format"], value: "F", choices: F.allCases.map(\.rawValue).joined(separator: "|"), help: help,
            apply: { (options, value, name) throws(UsageError) in
                options[keyPath: keyPath] = try Value.choice(value, name, F.self)
            })
    }

    /// `-j, --jobs N`: threads, all cores by default.
    static func jobs(_ keyPath: WritableKeyPath<Options, Int?> & Sendable) -> OptionSpec {
        OptionSpec(
            names: ["--jobs", "-j"], value: "N",
            help: ["threads, 1 to \(Value.maxJobs) (default: all cores); output is the same at any N"],
            apply: { (options, value, name) throws(UsageError) in
                options[keyPath: keyPath] = try Value.count(value, name, in: 1...Value.maxJobs)
            })
    }

    /// `--min-confidence X`: sources below X are left out.
    static func minConfidence(_ keyPath: WritableKeyPath<Options, Double> & Sendable) -> OptionSpec {
        OptionSpec(
            names: ["--min-confidence"], value: "X",
            help: ["leave out sources below confidence X (0 to 1, default 0), with their edges"],
            apply: { (options, value, name) throws(UsageError) in
                options[keyPath: keyPath] = try Value.fraction(value, name)
            })
    }

    /// `--outlets FILE`, repeatable: outlets added to the built-in table.
    static func outlets(_ keyPath: WritableKeyPath<Options, [String]> & Sendable) -> OptionSpec {
        OptionSpec(
            names: ["--outlets"], value: "FILE",
            help: [
                "add or override outlets from a tab-separated table (columns name, kind,",
                "aliases; optional country, language, domains); repeatable",
            ],
            apply: { (options, value, _) throws(UsageError) in options[keyPath: keyPath].append(value) })
    }

    /// `--stdin-shard FILE:LINE`: `-` is a shard of a JSON Lines file, named by its place there.
    static func stdinShard(_ keyPath: WritableKeyPath<Options, Shard?> & Sendable) -> OptionSpec {
        OptionSpec(
            names: ["--stdin-shard"], value: "FILE:LINE",
            help: [
                "read - as the lines of the JSON Lines file FILE from line LINE on (a shard",
                "of it, as Spark pipes one): records are named and reported as FILE:LINE",
            ],
            apply: { (options, value, name) throws(UsageError) in
                options[keyPath: keyPath] = try Value.shard(value, name)
            })
    }

    /// `--max-article SIZE`: where an article's text is cut, with a warning.
    static func maxArticle(_ keyPath: WritableKeyPath<Options, Int> & Sendable) -> OptionSpec {
        OptionSpec(
            names: ["--max-article"], value: "SIZE",
            help: [
                "cut a longer article text to its first SIZE bytes, with a warning (default",
                "\(RecordStream.defaultMaxArticleBytes >> 20)M; K, M, G suffixes, up to 1G): the last guard against pathological input",
            ],
            apply: { (options, value, name) throws(UsageError) in
                options[keyPath: keyPath] = try Value.size(value, name, in: 1...RecordStream.maxArticleBytesLimit)
            })
    }

    /// `--top N`.
    static func top(_ keyPath: WritableKeyPath<Options, Int?> & Sendable, help: String) -> OptionSpec {
        OptionSpec(
            names: ["--top"], value: "N", help: [help],
            apply: { (options, value, name) throws(UsageError) in
                options[keyPath: keyPath] = try Value.count(value, name, in: 1...Int.max)
            })
    }

    /// A flag: an option without a value that turns something on.
    static func flag(_ name: String, _ keyPath: WritableKeyPath<Options, Bool> & Sendable, help: [String]) -> OptionSpec
    {
        OptionSpec(
            names: [name], value: "", takesValue: false, help: help,
            apply: { (options, _, _) throws(UsageError) in options[keyPath: keyPath] = true })
    }

    /// `-o, --output FILE`: where to write instead of standard output.
    static func output(_ keyPath: WritableKeyPath<Options, String?> & Sendable, help: String) -> OptionSpec {
        OptionSpec(
            names: ["--output", "-o"], value: "FILE", help: [help],
            apply: { (options, value, name) throws(UsageError) in
                guard !value.isEmpty else {
                    throw UsageError(message: "invalid value '' for '\(name)'; expected a file")
                }
                options[keyPath: keyPath] = value
            })
    }

    /// `--min-weight N`.
    static func minWeight(_ keyPath: WritableKeyPath<Options, Int> & Sendable) -> OptionSpec {
        OptionSpec(
            names: ["--min-weight"], value: "N", help: ["keep edges seen in at least N articles (default 1)"],
            apply: { (options, value, name) throws(UsageError) in
                options[keyPath: keyPath] = try Value.count(value, name, in: 1...Int.max)
            })
    }
}

/// Reading option values, with the messages of a bad one.
enum Value {
    /// More threads than this only cost memory: the library's limit, refused here rather than clamped.
    static let maxJobs = ParallelBatch.maxJobs

    static func choice<T: RawRepresentable & CaseIterable>(_ value: String, _ name: String, _: T.Type)
        throws(UsageError) -> T where T.RawValue == String
    {
        guard let parsed = T(rawValue: value) else {
            let expected = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError(message: "invalid value '\(value)' for '\(name)'; expected one of \(expected)")
        }
        return parsed
    }

    static func count(_ value: String, _ name: String, in range: ClosedRange<Int>) throws(UsageError) -> Int {
        guard let parsed = Int(value), range.contains(parsed) else {
            let expected =
                range.upperBound == Int.max
                ? "a whole number of at least \(range.lowerBound)"
                : "a whole number from \(range.lowerBound) to \(range.upperBound)"
            throw UsageError(message: "invalid value '\(value)' for '\(name)'; expected \(expected)")
        }
        return parsed
    }

    /// `FILE:LINE`, split at the last colon, so that FILE may hold colons (`s3://b/x.jsonl:7`).
    static func shard(_ value: String, _ name: String) throws(UsageError) -> Shard {
        guard let colon = value.lastIndex(of: ":"), colon != value.startIndex,
            let line = Int(value[value.index(after: colon)...]), line >= 1
        else {
            throw UsageError(
                message: "invalid value '\(value)' for '\(name)'; expected FILE:LINE, LINE a whole number of at least 1"
            )
        }
        return Shard(path: String(value[..<colon]), firstLine: line)
    }

    /// A size in bytes: a whole number, or one followed by `K`, `M` or `G` (binary multiples).
    static func size(_ value: String, _ name: String, in range: ClosedRange<Int>) throws(UsageError) -> Int {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        let unit = value.last.flatMap { units[Character($0.uppercased())] }
        let digits = unit == nil ? value[...] : value.dropLast()
        guard let n = Int(digits), n >= 0, case (let bytes, false) = n.multipliedReportingOverflow(by: unit ?? 1),
            range.contains(bytes)
        else {
            throw UsageError(
                message: "invalid value '\(value)' for '\(name)'; expected a size from \(range.lowerBound) byte to 1G"
                    + " (a number of bytes, or with a K, M or G suffix)")
        }
        return bytes
    }

    static func fraction(_ value: String, _ name: String) throws(UsageError) -> Double {
        guard let parsed = Double(value), parsed >= 0, parsed <= 1 else {
            throw UsageError(message: "invalid value '\(value)' for '\(name)'; expected a number from 0 to 1")
        }
        return parsed
    }
}
