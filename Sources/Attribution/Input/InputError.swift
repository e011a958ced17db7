/// A problem with one input record or file, located by path and line.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why the record or file could not be read.
    public enum Reason: Sendable, Hashable {
        /// The line is not a JSON object; `column` is the byte where parsing stopped.
        case malformedJSON(column: Int, expected: String)
        /// The record has no usable `text` (or `html`) string.
        case missingText
        /// The file or folder could not be opened or read.
        case unreadable(String)
    }

    /// The file the problem is in (`-` for standard input).
    public var path: String
    /// The 1-based line number, or 0 for a whole-file problem.
    public var line: Int
    /// What went wrong.
    public var reason: Reason

    /// Creates an input error.
    public init(path: String, line: Int, reason: Reason) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// A short machine-friendly name of the reason, used as a key in skip counts.
    public var key: String {
        switch reason {
        case .malformedJSON: "malformed_json"
        case .missingText: "missing_text"
        case .unreadable: "unreadable"
        }
    }

    /// `path:line:col: message`, as compilers print it.
    public var description: String {
        switch reason {
        case .malformedJSON(let column, let expected):
            "\(path):\(line):\(column): not a JSON object: expected \(expected)"
        case .missingText:
            "\(path):\(line): record has no \"text\" or \"html\" string"
        case .unreadable(let why):
            "\(path): cannot read: \(why)"
        }
    }
}
