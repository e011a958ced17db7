/// Adds counts without trapping: a sum beyond `Int.max` (or below `Int.min`) stops at the
/// bound, and the name of the first count that did is kept for a message.
struct CountSum {
    /// The first count whose sum did not fit, by the name a stats file gives it.
    private(set) var overflow: String? = nil

    mutating func add(_ total: inout Int, _ n: Int, _ name: @autoclosure () -> String) {
        let (sum, overflowed) = total.addingReportingOverflow(n)
        guard overflowed else {
            total = sum
            return
        }
        total = n < 0 ? Int.min : Int.max
        if overflow == nil { overflow = name() }
    }
}

/// Merging two statistics would take a count past `Int.max`.
public struct CountOverflow: Error, Sendable, Hashable, CustomStringConvertible {
    /// The count, named as in a stats file: `records.read`, `sources.Antara.articles`.
    public var count: String

    /// `records.read would pass 9223372036854775807 (Int.max)`.
    public var description: String { "\(count) would pass \(Int.max), the largest count" }
}
