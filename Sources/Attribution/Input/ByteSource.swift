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
