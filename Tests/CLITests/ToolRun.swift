import Foundation

/// What one run of the tool did.
struct ToolRun {
    var status: Int32
    var stdout: Data
    var stderr: String
    var text: String { String(decoding: stdout, as: UTF8.self) }
}

/// Runs the tool with `arguments`, `stdin` as its input and, if given, `environment` as its
/// environment.
func runTool(_ arguments: [String], stdin: String = "", environment: [String: String]? = nil) throws -> ToolRun {
    try runBytes(arguments, stdin: stdin, environment: environment)
}

/// Whether Graphviz's `dot` is on this machine's PATH.
let graphvizInstalled = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
    FileManager.default.isExecutableFile(atPath: "\($0)/dot")
}
