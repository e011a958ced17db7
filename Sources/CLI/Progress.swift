import Attribution
import Foundation

/// Articles, megabytes, speed and elapsed time on standard error, only when it is a terminal.
final class Progress {
    private let enabled = isatty(2) == 1
    private let started = Date()
    private var lastPrint = Date.distantPast

    func update(_ progress: CorpusProgress) {
        guard enabled, Date().timeIntervalSince(lastPrint) > 0.5 else { return }
        lastPrint = Date()
        let seconds = max(0.001, Date().timeIntervalSince(started))
        let mb = Double(progress.bytes) / 1_048_576
        let line = String(
            format: "\r%d articles, %.1f MB, %.1f MB/s, %.0f s", progress.records, mb, mb / seconds, seconds)
        Output.raw(line)
    }

    func finish() {
        if enabled && lastPrint != .distantPast { Output.raw("\r\u{1B}[K") }
    }
}
