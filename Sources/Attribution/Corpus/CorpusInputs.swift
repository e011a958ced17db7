/// Opens what a run names and streams its records, with an error for each path that cannot
/// be opened.
struct CorpusInputs {
    var stream: RecordStream
    var openErrors: [InputError]

    init(paths: [String], standardInput: (any ByteSource)?, maxArticleBytes: Int) {
        let expanded = InputPaths.expand(paths)
        var sources: [any ByteSource] = []
        var errors = expanded.errors
        var standardInput = standardInput
        for path in expanded.files {
            if path == "-" {
                if let source = standardInput {
                    sources.append(source)
                    standardInput = nil
                } else {
                    errors.append(InputError(path: "-", line: 0, reason: .unreadable("standard input is read once")))
                }
                continue
            }
            do {
                sources.append(try FileSource(path: path))
            } catch {
                errors.append(error)
            }
        }
        stream = RecordStream(sources: sources, maxArticleBytes: maxArticleBytes)
        openErrors = errors
    }
}
