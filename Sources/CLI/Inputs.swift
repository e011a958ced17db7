import Attribution
import Foundation

/// Opens what the user named and streams its records, counting what could not be read.
struct Inputs {
    var stream: RecordStream
    var openErrors: [InputError]

    init(paths: [String]) {
        let expanded = InputPaths.expand(paths)
        var sources: [any ByteSource] = []
        var errors = expanded.errors
        for path in expanded.files {
            if path == "-" {
                sources.append(FileSource(handle: .standardInput, path: "-"))
                continue
            }
            do {
                sources.append(try FileSource(path: path))
            } catch {
                errors.append(error)
            }
        }
        stream = RecordStream(sources: sources)
        openErrors = errors
    }
}

/// The number of threads to use.
func resolvedJobs(_ jobs: Int?) -> Int {
    jobs ?? ProcessInfo.processInfo.activeProcessorCount
}
