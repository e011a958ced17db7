import Foundation

/// The built `attribution` tool, next to the test runner in the build folder.
let tool = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    .appendingPathComponent("attribution").path

/// What one run of the tool did.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Bytes one thread reads and another looks at once the first has finished.
private final class Collected: @unchecked Sendable {
    var data = Data()
}

/// Runs the tool with `arguments`, `stdin` as its standard input; standard output goes to
/// `stdout` when given (`/dev/full`), else it is collected. `user` runs `executable` as that
/// user, through `setpriv` (the tests run as root in CI, and root reads every folder).
func run(
    _ arguments: [String], stdin: String = "", stdout: FileHandle? = nil, user: Int? = nil, executable: String = tool
) throws -> Run {
    let run = try runBytes(arguments, stdin: stdin, stdout: stdout, user: user, executable: executable)
    return Run(status: run.status, stdout: run.text, stderr: run.stderr)
}

/// ``run(_:stdin:stdout:user:executable:)`` with standard output as bytes and, if given,
/// `environment` as the tool's environment.
func runBytes(
    _ arguments: [String], stdin: String = "", stdout: FileHandle? = nil, user: Int? = nil, executable: String = tool,
    environment: [String: String]? = nil
) throws -> ToolRun {
    let process = Process()
    if let user {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", executable] + arguments
    } else {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
    }
    if let environment { process.environment = environment }
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = stdout ?? output
    process.standardError = errors
    try process.run()
    feed(input.fileHandleForWriting, Data(stdin.utf8))
    // Drain stderr on another thread so a chatty tool cannot fill one pipe while we read the other.
    let err = Collected()
    let read = DispatchGroup()
    read.enter()
    Thread {
        err.data = errors.fileHandleForReading.readDataToEndOfFile()
        read.leave()
    }.start()
    let out = stdout == nil ? output.fileHandleForReading.readDataToEndOfFile() : Data()
    process.waitUntilExit()
    // The group's wait, not a poll of the thread, orders its read before ours (ThreadSanitizer).
    read.wait()
    return ToolRun(status: process.terminationStatus, stdout: out, stderr: String(decoding: err.data, as: UTF8.self))
}

/// Writes `data` to a tool's standard input and closes it, on a thread of its own that blocks
/// SIGPIPE: a tool that exits without reading its input (a usage error, `--version`) must not
/// end the test process, and one that answers before it has read everything must not wait on
/// its input. The signal left pending goes with the thread.
func feed(_ handle: FileHandle, _ data: Data) {
    let writer = Thread {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
        try? handle.write(contentsOf: data)
        try? handle.close()
    }
    writer.start()
}

/// A fresh folder under the temporary directory, removed by the caller.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attribution-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
