/// A cheap test, run before the trie walk, of whether a phrase can start at a word.
///
/// Most words of an article begin no phrase, yet half of them share their first letters with
/// one (`dan`, `the`, `men-`), and walking the trie from every word start costs deep,
/// cache-missing walks. A phrase can match at a word only when
/// - the word is a one-word phrase (`said`), or the first word of a phrase followed by nothing
///   but punctuation (`foto:`);
/// - the word, the punctuation or space after it and the first three bytes of the next word
///   begin a longer phrase (`the gua` for `the guardian`, `yang dil` for `yang dilansir`);
/// - the word begins with a one-word phrase that may end inside a word: a glued cue
///   (`dilansirdetikNews`) or a prefix family (`detik*`).
///
/// One table holds two flags for each hashed word (it is a one-word phrase; it begins a longer
/// one), so most words cost one load; pairs sit in a hashed bit set (two bits a key), the stems
/// in a short list behind a small bit set of their first three bytes. A false "maybe" costs only the walk the
/// scanner would have made anyway; a "no" is always right.
struct WordFilter: Sendable {
    private static let bits = 16
    /// The longest run of punctuation and space between a phrase's first two words that the
    /// pair set holds; phrases with longer runs count by their first word alone.
    private static let maxGap = 4
    /// Two flags a hashed word (folded to lower case): bit 0, a phrase may start with the word
    /// alone; bit 1, the word begins a longer phrase.
    private let words: [UInt64]
    /// Hashes of a first word, the gap after it and the first three bytes of the second word.
    private let pairs: [UInt64]
    /// Bit set over the first three bytes of the stems.
    private let stemStarts: [UInt64]
    /// One-word phrases that may end inside a word, folded, and their first three bytes.
    private let stems: [[UInt8]]
    private let stemSlots: [Int]

    /// Builds the filter over `phrases`; `endsInsideWord` says whether a phrase may end inside a
    /// word of the text, `gluedOnly` whether it matches only there.
    init(phrases: [(bytes: [UInt8], endsInsideWord: Bool, gluedOnly: Bool)]) {
        var words = [UInt64](repeating: 0, count: (1 << Self.bits) / 32)
        var pairs = [UInt64](repeating: 0, count: (1 << Self.bits) / 64)
        var stemStarts = [UInt64](repeating: 0, count: (1 << Self.stemBits) / 64)
        var stems: [[UInt8]] = []
        for (bytes, endsInsideWord, gluedOnly) in phrases {
            bytes.withUnsafeBufferPointer { phrase in
                guard let first = phrase.first, CueScanner.isWordByte(first) else { return }
                let (end, hash) = Self.word(phrase, at: 0)
                if end == phrase.count {
                    if !gluedOnly { Self.flag(&words, hash, Self.alone) }
                    if endsInsideWord {
                        precondition(end >= 3, "a phrase that may end inside a word needs three bytes")
                        stems.append(phrase.map(PhraseTrie.fold))
                    }
                    return
                }
                var next = end
                while next < phrase.count, !CueScanner.isWordByte(phrase[next]) { next += 1 }
                let secondLength = Self.word(phrase, at: next).end - next
                if next == phrase.count || next - end > Self.maxGap || (endsInsideWord && secondLength < 3) {
                    Self.flag(&words, hash, Self.alone)
                } else {
                    Self.flag(&words, hash, Self.begins)
                    Self.set(&pairs, Self.pairHash(phrase, first: hash, gap: end, next: next))
                }
            }
        }
        stems = Array(Set(stems)).sorted { $0.lexicographicallyPrecedes($1) }
        let stemSlots = stems.map { stem in stem.withUnsafeBufferPointer { Self.stemSlot($0, 0) } }
        for slot in stemSlots { stemStarts[slot >> 6] |= 1 << UInt64(slot & 63) }
        self.words = words
        self.pairs = pairs
        self.stemStarts = stemStarts
        self.stems = stems
        self.stemSlots = stemSlots
    }

    /// Whether a phrase may start at the word `bytes[start..<end]` (`end` is where the run of
    /// word bytes stops), given its hash from ``word(_:at:)``. The word's flags and the stem-start
    /// bit answer for most words here, inline; the stems and the pair set, for the rest, are
    /// looked at out of line.
    @inline(__always) func mayStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt64) -> Bool
    {
        let flags = Self.flags(words, hash)
        if flags & Self.alone != 0 { return true }
        if end - start > 3 {
            let slot = Self.stemSlot(bytes, start)
            if stemStarts.withUnsafeBufferPointer({ $0[slot >> 6] & (1 << UInt64(slot & 63)) != 0 }),
                hasStem(bytes, start, end, slot: slot)
            {
                return true
            }
        }
        return flags & Self.begins != 0 && beginsPair(bytes, end, hash: hash)
    }

    /// Whether the word `bytes[start..<end]`, whose stem-start slot is `slot`, begins with a
    /// stem and goes on after it.
    private func hasStem(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, slot: Int) -> Bool {
        for (index, stem) in stems.enumerated() where stemSlots[index] == slot && stem.count < end - start {
            var same = true
            for k in stem.indices where PhraseTrie.fold(bytes[start + k]) != stem[k] {
                same = false
                break
            }
            if same { return true }
        }
        return false
    }

    /// Whether the word ending at `end` (hash `hash`), the gap after it and the next word's
    /// first bytes begin a longer phrase.
    private func beginsPair(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int, hash: UInt64) -> Bool {
        var next = end
        while next < bytes.count, next - end <= Self.maxGap, !CueScanner.isWordByte(bytes[next]) { next += 1 }
        guard next < bytes.count, next > end, next - end <= Self.maxGap else { return false }
        return Self.test(pairs, Self.pairHash(bytes, first: hash, gap: end, next: next))
    }

    /// A stem start's slot: five low bits of each of its first three bytes.
    @inline(__always) private static func stemSlot(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        Int(bytes[start] & 31) | Int(bytes[start + 1] & 31) << 5 | Int(bytes[start + 2] & 31) << 10
    }

    /// The hash of a first word (`first`), the gap `bytes[gap..<next]` and the first three
    /// bytes (or fewer, in a shorter word) of the word at `next`.
    @inline(__always) private static func pairHash(
        _ bytes: UnsafeBufferPointer<UInt8>, first: UInt64, gap: Int, next: Int
    ) -> UInt64 {
        var key: UInt64 = 0
        for k in gap..<next { key = key << 8 | UInt64(bytes[k]) }
        var k = next
        while k < bytes.count, k < next + 3, CueScanner.isWordByte(bytes[k]) {
            key = key << 8 | UInt64(bytes[k] | 0x20)
            k += 1
        }
        return mix(first &* 0xC2B2_AE3D_27D4_EB4F, key)
    }

    /// Where the word starting at `start` ends, and the hash of its bytes folded to lower case,
    /// eight bytes at a time.
    @inline(__always) static func word(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (end: Int, hash: UInt64) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var p = start
        let n = bytes.count
        let base = bytes.baseAddress!
        while p + 8 <= n {
            let v = SWAR.load(base + p)
            let stop = ~SWAR.wordBytes(v) & SWAR.high
            if stop == 0 {
                hash = mix(hash, v | fold)
                p += 8
                continue
            }
            let length = SWAR.first(stop)
            if length > 0 { hash = mix(hash, (v | fold) & (UInt64.max >> UInt64(64 - 8 * length))) }
            return (p + length, hash)
        }
        // Fewer than eight bytes are left.
        var v: UInt64 = 0
        var length = 0
        while p + length < n, CueScanner.isWordByte(bytes[p + length]) {
            v |= UInt64(bytes[p + length] | 0x20) << UInt64(8 * length)
            length += 1
        }
        if length > 0 { hash = mix(hash, v) }
        return (p + length, hash)
    }

    /// Sets bit 0x20 of every byte: lower case for ASCII letters, no change for digits, and a
    /// consistent (if lossy) mapping for the bytes of non-ASCII characters.
    private static let fold = SWAR.ones &* 0x20

    @inline(__always) private static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        (hash ^ chunk) &* 0x0000_0100_0000_01B3
    }

    private static let alone: UInt64 = 1
    private static let begins: UInt64 = 2
    /// Bits of a stem start's slot: five low bits of each of its first three bytes (all of a
    /// letter's identity, whatever its case).
    private static let stemBits = 15

    /// The two flags of a hashed word.
    @inline(__always) private static func flags(_ table: [UInt64], _ hash: UInt64) -> UInt64 {
        let slot = slots(hash).0
        return table.withUnsafeBufferPointer { $0[slot >> 5] >> UInt64((slot & 31) * 2) & 3 }
    }

    private static func flag(_ table: inout [UInt64], _ hash: UInt64, _ flag: UInt64) {
        let slot = slots(hash).0
        table[slot >> 5] |= flag << UInt64((slot & 31) * 2)
    }

    /// Whether both bits of `hash` are set in `set`.
    @inline(__always) private static func test(_ set: [UInt64], _ hash: UInt64) -> Bool {
        let (a, b) = slots(hash)
        return set.withUnsafeBufferPointer {
            $0[a >> 6] & (1 << UInt64(a & 63)) != 0 && $0[b >> 6] & (1 << UInt64(b & 63)) != 0
        }
    }

    private static func set(_ set: inout [UInt64], _ hash: UInt64) {
        let (a, b) = slots(hash)
        set[a >> 6] |= 1 << UInt64(a & 63)
        set[b >> 6] |= 1 << UInt64(b & 63)
    }

    @inline(__always) private static func slots(_ hash: UInt64) -> (Int, Int) {
        let mixed = hash &* 0x9E37_79B9_7F4A_7C15
        return (
            Int(truncatingIfNeeded: mixed >> UInt64(64 - bits)),
            Int(truncatingIfNeeded: (mixed >> UInt64(64 - 2 * bits)) & ((1 << UInt64(bits)) - 1))
        )
    }
}
