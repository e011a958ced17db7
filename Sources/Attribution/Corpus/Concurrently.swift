import Dispatch

/// Runs `first` and `second` at once, on two threads where the machine has two cores free, and
/// returns both results: for the independent halves of a build that a short run waits for
/// (the tracer's trie, word filter and tolerant matcher).
func concurrently<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let pair = Pair<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { pair.first = first() } else { pair.second = second() }
    }
    return (pair.first!, pair.second!)
}

/// The two results, each written by one thread and read after `concurrentPerform` returns.
private final class Pair<A: Sendable, B: Sendable>: @unchecked Sendable {
    var first: A?
    var second: B?
}
