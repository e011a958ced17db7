/// A problem with the input, located by file, line and column: a record skipped, a file that
/// cannot be read, or a repair made (invalid UTF-8 replaced).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable {
        /// The input was read, with a repair.
        case warning
        /// The record or file was skipped.
        case error
    }

    public var severity: Severity
    /// The file (`-` for standard input).
    public var path: String
    /// The 1-based line, or 0 for the whole file.
    public var line: Int
    /// The 1-based column, if known.
    public var column: Int?
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, path: String, line: Int = 0, column: Int? = nil, message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// The diagnostic of an input record or file that could not be read.
    public init(_ error: InputError) {
        switch error.reason {
        case .malformedJSON(let column, let expected):
            self.init(
                .error, path: error.path, line: error.line, column: column,
                message: "not a JSON object: expected \(expected)")
        case .missingText:
            self.init(.error, path: error.path, line: error.line, message: "record has no \"text\" or \"html\" string")
        case .unreadable(let why):
            self.init(.error, path: error.path, line: error.line, message: "cannot read: \(why)")
        }
    }

    /// `path:line:column: severity: message`, as compilers print it; control and bidirectional
    /// formatting characters of the path or message (a file name, a record's id) are shown as
    /// `\u{1B}`, so that the line is safe to print on a terminal.
    public var description: String {
        var location = TerminalText.escaped(path)
        if line > 0 { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(severity.rawValue): \(TerminalText.escaped(message))"
    }
}
