import Attribution
import Foundation

/// Buffered standard output, and messages on standard error.
///
/// Output is written through the file descriptor, never through a call that traps on failure.
/// A write to standard output that fails (a full disk, a closed descriptor) ends the program
/// at once: one message on standard error and exit status 1, since nothing more can be
/// delivered. A closed pipe (`| head`) ends it silently by SIGPIPE, as for any Unix filter.
/// Messages to standard error are best effort: when it cannot be written either, there is
/// nobody to tell.
struct Output {
    private var buffer: [UInt8] = []

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func write(_ data: Data) {
        buffer.append(contentsOf: data)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        let failure = buffer.withUnsafeBytes { Self.write($0, to: STDOUT_FILENO) }
        buffer.removeAll(keepingCapacity: true)
        if let failure {
            Self.error("error: cannot write to standard output: \(String(cString: strerror(failure)))")
            exit(1)
        }
    }

    /// `attribution: ` and the message, on standard error.
    static func error(_ message: String) {
        warning("attribution: " + message)
    }

    /// A line on standard error; control and bidirectional formatting characters from the
    /// input (file names, ids) are shown as `\u{1B}`.
    static func warning(_ message: String) {
        raw(TerminalText.escaped(message) + "\n")
    }

    /// Text on standard error as it is (a progress line).
    static func raw(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write($0, to: STDERR_FILENO) }
    }

    /// Writes all of `bytes`, resuming after interrupted and short writes; the error number
    /// of a failed write, or nil.
    private static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return nil
    }
}
