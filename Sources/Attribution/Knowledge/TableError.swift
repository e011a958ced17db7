/// A row of a knowledge table (outlets, cues, word lists) that cannot be used, located by file
/// and line, with how to fix it.
public struct TableError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The table's file.
    public var path: String
    /// The 1-based line of the row, or 0 for the whole file.
    public var line: Int
    /// What is wrong.
    public var message: String
    /// How to put it right, when there is a clear way.
    public var fix: String?

    /// Creates a table error.
    public init(path: String, line: Int, message: String, fix: String? = nil) {
        self.path = path
        self.line = line
        self.message = message
        self.fix = fix
    }

    /// `path:line: message; fix`, as compilers print it.
    public var description: String {
        let location = line > 0 ? "\(path):\(line)" : path
        return "\(location): \(message)" + (fix.map { "; \($0)" } ?? "")
    }
}
