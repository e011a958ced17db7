import Foundation

/// Buffered standard output and standard error.
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
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("attribution: " + message + "\n").utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
