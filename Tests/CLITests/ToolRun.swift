import Foundation

/// The built `attribution` tool, next to the test runner in the build folder.
let toolPath = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    .appendingPathComponent("attribution").path

/// What one run of the tool did.
struct ToolRun {
    var status: Int32
    var stdout: Data
    var stderr: String
    var text: String { String(decoding: stdout, as: UTF8.self) }
}

/// Bytes one thread reads and another looks at once the first has finished.
private final class Drain: @unchecked Sendable {
    var data = Data()
}

/// Runs the tool with `arguments`, `stdin` as its input and, if given, `environment` as its
/// environment.
func runTool(_ arguments: [String], stdin: String = "", environment: [String: String]? = nil) throws -> ToolRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: toolPath)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    feed(input.fileHandleForWriting, Data(stdin.utf8))
    let err = Drain()
    let read = DispatchGroup()
    read.enter()
    Thread {
        err.data = errors.fileHandleForReading.readDataToEndOfFile()
        read.leave()
    }.start()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    read.wait()
    return ToolRun(status: process.terminationStatus, stdout: out, stderr: String(decoding: err.data, as: UTF8.self))
}

/// Whether Graphviz's `dot` is on this machine's PATH.
let graphvizInstalled = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
    FileManager.default.isExecutableFile(atPath: "\($0)/dot")
}
