import Dispatch

/// Reads batches one ahead on a background thread. Only one read is ever in flight, and the
/// stream is touched by nobody else meanwhile, so the unchecked `Sendable` holds.
final class BatchReader: @unchecked Sendable {
    private var stream: RecordStream
    private var result: Result<RecordBatch?, InputError> = .success(nil)
    private let group = DispatchGroup()
    private var bytesRead = 0

    init(stream: RecordStream) {
        self.stream = stream
    }

    /// Starts reading the next batch.
    func start() {
        group.enter()
        DispatchQueue.global().async {
            do throws(InputError) {
                self.result = .success(try self.stream.next())
            } catch {
                self.result = .failure(error)
            }
            self.bytesRead = self.stream.bytesRead
            self.group.leave()
        }
    }

    /// Waits for the batch started last; with it, the input bytes read up to its end. Both are
    /// read here, before the next `start()` lets the reading thread change them.
    func take() -> (batch: Result<RecordBatch?, InputError>, bytesRead: Int) {
        group.wait()
        return (result, bytesRead)
    }
}
