/// Values by byte string: outlet indexes by comparison key (``Gazetteer/key(_:)``), word lists.
///
/// Names and words are looked up for every cue and record of every article; a `[String: Int]`
/// lookup would build a String and hash it with SipHash each time. Here the key is hashed as
/// bytes (FNV-1a) into an open-addressed table kept at most half full, and compared with the
/// key bytes stored side by side.
struct KeyTable: Sendable {
    private struct Entry: Sendable {
        var hash: UInt64
        var start: Int32
        var count: Int32
        var value: Int32
    }

    private let entries: [Entry]
    /// One past an entry's index, per slot; 0 is an empty slot.
    private let slots: [Int32]
    private let bytes: [UInt8]

    /// A table over `keys` and their values, added in key order, so that the table is the same
    /// in every process.
    init(_ keys: [String: Int]) {
        self.init(pairs: keys.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// A table over distinct keys and their values, added in the order given.
    init(pairs keys: [(String, Int)]) {
        var entries: [Entry] = []
        var bytes: [UInt8] = []
        var size = 16
        while size < keys.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        entries.reserveCapacity(keys.count)
        for (key, value) in keys {
            var key = key
            // The key's own UTF-8 buffer: no array a key.
            key.withUTF8 { utf8 in
                let hash = Self.hash(utf8)
                var slot = Int(truncatingIfNeeded: hash) & (size - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
                entries.append(
                    Entry(hash: hash, start: Int32(bytes.count), count: Int32(utf8.count), value: Int32(value)))
                slots[slot] = Int32(entries.count)
                bytes.append(contentsOf: utf8)
            }
        }
        self.entries = entries
        self.slots = slots
        self.bytes = bytes
    }

    /// A table holding each of `words`, for ``contains(_:)``.
    init(words: some Sequence<String>) {
        self.init(Dictionary(words.map { ($0, 1) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Whether the table holds exactly the bytes `key`.
    func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        value(for: key) != nil
    }

    /// The value of exactly the bytes `key`, or nil.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                bytes.withUnsafeBufferPointer { bytes in
                    while slots[slot] != 0 {
                        let entry = entries[Int(slots[slot]) - 1]
                        if entry.hash == hash, Int(entry.count) == key.count,
                            key.indices.allSatisfy({ bytes[Int(entry.start) &+ $0] == key[$0] })
                        {
                            return Int(entry.value)
                        }
                        slot = (slot + 1) & mask
                    }
                    return nil
                }
            }
        }
    }

    /// FNV-1a over the bytes, its high bits folded into the low ones that pick the slot.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let hash = key.reduce(FNV.basis) { FNV.mix($0, UInt64($1)) }
        return hash ^ (hash >> 29)
    }
}
