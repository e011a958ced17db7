import Foundation

/// Something to read input bytes from: a file, or a stream the caller opened (standard input).
public protocol ByteSource {
    /// The name used in messages: a path, or `-` for standard input.
    var path: String { get }
    /// Reads up to `count` bytes, appending them to `buffer`; returns 0 at the end.
    mutating func read(into buffer: inout [UInt8], count: Int) throws(InputError) -> Int
}

/// A file read through its file descriptor, in large chunks.
public struct FileSource: ByteSource {
    public let path: String
    private let handle: FileHandle

    /// Opens `path` for reading.
    public init(path: String) throws(InputError) {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, line: 0, reason: .unreadable("no such file, or permission denied"))
        }
        self.handle = handle
    }

    /// Reads from an already open handle (standard input, a pipe).
    public init(handle: FileHandle, path: String) {
        self.path = path
        self.handle = handle
    }

    public mutating func read(into buffer: inout [UInt8], count: Int) throws(InputError) -> Int {
        let data: Data?
        do {
            data = try handle.read(upToCount: count)
        } catch {
            throw InputError(path: path, line: 0, reason: .unreadable(String(describing: error)))
        }
        guard let data, !data.isEmpty else { return 0 }
        buffer.append(contentsOf: data)
        return data.count
    }
}
