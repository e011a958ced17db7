import Foundation

/// Graphviz's `dot`, run as a separate program to draw DOT text as SVG or PNG. The library
/// writes text formats only; drawing is the tool's, and only where Graphviz is installed.
enum Graphviz {
    /// What to tell a user whose machine has no `dot`.
    static let missing = """
        Graphviz's 'dot' is not installed, or not on PATH. Install it with 'apt-get install graphviz' \
        (Debian, Ubuntu), 'dnf install graphviz' (Fedora), 'brew install graphviz' (macOS) or from \
        https://graphviz.org/download/, or write DOT with '--format dot' and draw it elsewhere
        """

    /// Why a drawing failed.
    struct Failure: Error {
        var message: String
    }

    /// The `dot` executable found on PATH, or nil.
    static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/dot"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// `dot` drawn as `format` (`svg`, `png`): the bytes `dot` wrote, and what it said on
    /// standard error (warnings), or why it could not draw.
    static func draw(_ dot: String, as format: String) -> Result<(output: Data, warnings: String), Failure> {
        guard let executable = executable() else { return .failure(Failure(message: missing)) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T" + format]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .failure(Failure(message: "cannot run \(executable): \(error.localizedDescription)"))
        }
        // Written and read on other threads, so that neither pipe can fill while we wait on the
        // other; the group's wait orders their work before ours (a thread's `isFinished` does not).
        let text = Data(dot.utf8)
        let done = DispatchGroup()
        done.enter()
        Thread {
            input.fileHandleForWriting.write(text)
            try? input.fileHandleForWriting.close()
            done.leave()
        }.start()
        let said = Collected()
        done.enter()
        Thread {
            said.data = errors.fileHandleForReading.readDataToEndOfFile()
            done.leave()
        }.start()
        let drawn = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        done.wait()
        let warnings = String(decoding: said.data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let first = warnings.split(separator: "\n").prefix(3).joined(separator: "; ")
            return .failure(Failure(message: "dot -T\(format) failed (exit \(process.terminationStatus)): \(first)"))
        }
        return .success((drawn, warnings))
    }
}

/// Bytes one thread reads and another looks at once the first has finished.
private final class Collected: @unchecked Sendable {
    var data = Data()
}
