/// One partial result per chunk number, kept across batches. Within a batch each chunk number
/// is worked on by exactly one thread, and batches follow one another, so the unchecked
/// `Sendable` holds.
final class KeptChunks<A: Sendable>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Chunk<A>>

    init(count: Int, make: () -> A) {
        slots = .allocate(capacity: count)
        for index in 0..<count { (slots.baseAddress! + index).initialize(to: Chunk(value: make())) }
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func update(_ number: Int, _ body: (inout Chunk<A>) -> Void) {
        body(&slots[number])
    }

    /// Takes every chunk's diagnostics, ids and counts of the batch just done, in chunk order.
    func drainMessages() -> [Chunk<Void>] {
        slots.indices.map { index in
            defer {
                slots[index].diagnostics = []
                slots[index].ids = []
                slots[index].summary = CorpusSummary()
            }
            return Chunk(
                value: (), diagnostics: slots[index].diagnostics, ids: slots[index].ids, summary: slots[index].summary)
        }
    }

    /// The partial results, in chunk order.
    var values: [A] { slots.map(\.value) }
}
