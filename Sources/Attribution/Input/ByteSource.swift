import Foundation

/// Something to read input bytes from: a file, or a stream the caller opened (standard input).
public protocol ByteSource {
    /// The name used in messages: a path, or `-` for standard input.
    var path: String { get }
    /// Reads up to `count` bytes, appending them to `buffer`; returns 0 at the end.
    mutating func read(into buffer: inout [UInt8], count: Int) throws(InputError) -> Int
    /// When the source is a shard of the JSON Lines file ``path`` (a run of its whole lines),
    /// the line number there of the shard's first line; nil for a whole file or stream.
    var shardLine: Int? { get }
}

extension ByteSource {
    /// A whole file or stream.
    public var shardLine: Int? { nil }
}

/// A file read through its file descriptor, in large chunks.
public struct FileSource: ByteSource {
    public let path: String
    public let shardLine: Int?
    private let handle: FileHandle

    /// Opens `path` for reading.
    public init(path: String) throws(InputError) {
        self.path = path
        self.shardLine = nil
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, line: 0, reason: .unreadable("no such file, or permission denied"))
        }
        self.handle = handle
    }

    /// Reads from an already open handle (standard input, a pipe).
    public init(handle: FileHandle, path: String) {
        self.path = path
        self.shardLine = nil
        self.handle = handle
    }

    /// Reads from an already open handle that holds the lines of the JSON Lines file `path` from
    /// line `firstLine` on, as a job runner hands one shard of a file to one process: records are
    /// named and reported by their place in `path`, and the shard is JSON Lines whatever its
    /// first line holds.
    public init(handle: FileHandle, shardOf path: String, firstLine: Int) {
        self.path = path
        self.shardLine = firstLine
        self.handle = handle
    }

    /// Reads straight into `buffer` through the file descriptor: no intermediate `Data`.
    public mutating func read(into buffer: inout [UInt8], count: Int) throws(InputError) -> Int {
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        let descriptor = handle.fileDescriptor
        var got = 0
        var failure: Int32 = 0
        buffer.withUnsafeMutableBytes { bytes in
            while true {
                let n = Foundation.read(descriptor, bytes.baseAddress! + old, count)
                if n >= 0 {
                    got = n
                    return
                }
                if errno != EINTR {
                    failure = errno
                    return
                }
            }
        }
        buffer.removeLast(count - got)
        if failure != 0 {
            throw InputError(path: path, line: 0, reason: .unreadable(String(cString: strerror(failure))))
        }
        return got
    }
}
