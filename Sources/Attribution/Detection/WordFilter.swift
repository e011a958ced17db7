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
/// in a short list behind a small bit set of their first four bytes. A false "maybe" costs only
/// the walk the scanner would have made anyway; a "no" is always right.
struct WordFilter: Sendable {
    private static let bits = 18
    /// Bits of a word's slot in the flags table: 2^17 slots of two bits, 32 KiB, small enough to
    /// stay in the second-level cache beside the trie (the first words of some 4,000 outlets'
    /// names, aliases and addresses fill a few percent of it, so few words pass by chance).
    private static let wordBits = 17
    /// The longest run of punctuation and space between a phrase's first two words that the
    /// pair set holds; phrases with longer runs count by their first word alone.
    private static let maxGap = 4
    /// Two flags a hashed word (folded to lower case): bit 0, a phrase may start with the word
    /// alone; bit 1, the word begins a longer phrase.
    private let words: [UInt64]
    /// Hashes of a first word, the gap after it and the first three bytes of the second word.
    private let pairs: [UInt64]
    /// Bit set over the hashed first four bytes of the stems.
    private let stemStarts: [UInt64]
    /// One-word phrases that may end inside a word, folded, sorted by the slot of their first
    /// four bytes, and those slots.
    private let stems: [[UInt8]]
    private let stemSlots: [Int]

    /// Builds the filter over `phrases`; `endsInsideWord` says whether a phrase may end inside a
    /// word of the text, `gluedOnly` whether it matches only there.
    init(phrases: [(bytes: [UInt8], endsInsideWord: Bool, gluedOnly: Bool)]) {
        var words = [UInt64](repeating: 0, count: (1 << Self.wordBits) / 32)
        var pairs = [UInt64](repeating: 0, count: (1 << Self.bits) / 64)
        var stemStarts = [UInt64](repeating: 0, count: (1 << Self.stemBits) / 64)
        var stems: [[UInt8]] = []
        for (bytes, endsInsideWord, gluedOnly) in phrases {
            bytes.withUnsafeBufferPointer { phrase in
                guard let first = phrase.first, CueScanner.isWordByte(first) else { return }
                let head = Self.word(phrase, at: 0)
                let (end, hash) = (head.end, head.hash)
                if end == phrase.count {
                    if !gluedOnly { Self.flag(&words, hash, Self.alone) }
                    if endsInsideWord {
                        precondition(end >= 4, "a phrase that may end inside a word needs four bytes")
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
                    Self.set(&pairs, Self.pairHash(first: hash, Self.pairKey(SWAR.load(phrase, at: end))!))
                }
            }
        }
        // Sorted by slot, so that a word's candidates are one short run found by binary search.
        stems = Array(Set(stems)).map { stem in (stem, Self.stemSlot(stem)) }.sorted { a, b in
            a.1 != b.1 ? a.1 < b.1 : a.0.lexicographicallyPrecedes(b.0)
        }.map(\.0)
        let stemSlots = stems.map(Self.stemSlot)
        for slot in stemSlots { stemStarts[slot >> 6] |= 1 << UInt64(slot & 63) }
        self.words = words
        self.pairs = pairs
        self.stemStarts = stemStarts
        self.stems = stems
        self.stemSlots = stemSlots
    }

    /// Whether a phrase may start at the word `bytes[start..<end]` (`end` is where the run of
    /// word bytes stops), given its hash and first bytes from ``word(_:at:)``. The word's flags
    /// and the stem-start bit of its first four bytes are read together, without branching
    /// on either, and answer "no" for most words here, inline; the stems and the pair set, for
    /// the rest, are looked at out of line.
    @inline(__always) func mayStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ word: Word) -> Bool
    {
        let flags = Self.flags(words, word.hash)
        let slot = Self.stemSlot(word.head)
        let long: UInt64 = end - start > 4 ? 1 : 0
        let stem = stemStarts.withUnsafeBufferPointer { $0[slot >> 6] >> UInt64(slot & 63) } & long
        if flags | stem == 0 { return false }
        return confirm(bytes, start, end, flags: flags, stem: stem != 0, slot: slot, hash: word.hash)
    }

    /// The full test for a word whose flags or stem-start bit are set.
    private func confirm(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, flags: UInt64, stem: Bool, slot: Int,
        hash: UInt64
    ) -> Bool {
        if flags & Self.alone != 0 { return true }
        if stem, hasStem(bytes, start, end, slot: slot) { return true }
        return flags & Self.begins != 0 && beginsPair(bytes, end, hash: hash)
    }

    /// Whether the word `bytes[start..<end]`, whose stem-start slot is `slot`, begins with a
    /// stem and goes on after it.
    private func hasStem(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, slot: Int) -> Bool {
        var index = stemSlots.partitionIndex { $0 >= slot }
        while index < stems.count, stemSlots[index] == slot {
            let stem = stems[index]
            index += 1
            guard stem.count < end - start else { continue }
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
        guard let key = Self.pairKey(SWAR.load(bytes, at: end)) else { return false }
        return Self.test(pairs, Self.pairHash(first: hash, key))
    }

    /// The gap at the start of `window` (the eight bytes after a word, zero past the text) and
    /// the first three bytes, folded, of the word after it (fewer in a shorter word): nil when
    /// no word follows within ``maxGap`` bytes.
    @inline(__always) private static func pairKey(_ window: UInt64) -> UInt64? {
        let word = SWAR.wordBytes(window)
        let next = SWAR.first(word)
        guard next > 0, next <= maxGap else { return nil }
        var key: UInt64 = 0
        for k in 0..<next { key = key << 8 | (window >> UInt64(8 &* k)) & 0xFF }
        // At most three word bytes, all within the eight (the gap is at most four).
        var k = next
        while k < next &+ 3, word >> UInt64(8 &* k &+ 7) & 1 != 0 {
            key = key << 8 | ((window >> UInt64(8 &* k)) & 0xFF | 0x20)
            k &+= 1
        }
        return key
    }

    /// The pair set's hash of a first word (`first`) and the ``pairKey(_:)`` after it.
    @inline(__always) private static func pairHash(first: UInt64, _ key: UInt64) -> UInt64 {
        mix(first &* 0xC2B2_AE3D_27D4_EB4F, key)
    }

    /// A stem start's slot: the five low bits (all of a letter's identity, whatever its case) of
    /// each of the first four bytes of `head` (a word's first bytes, the first in the lowest
    /// byte), hashed.
    @inline(__always) private static func stemSlot(_ head: UInt64) -> Int {
        let key = UInt32(truncatingIfNeeded: head) & 0x1F1F_1F1F
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> UInt32(32 - stemBits))
    }

    /// The slot of a stem's first four bytes.
    private static func stemSlot(_ stem: [UInt8]) -> Int {
        stemSlot(UInt64(stem[0]) | UInt64(stem[1]) << 8 | UInt64(stem[2]) << 16 | UInt64(stem[3]) << 24)
    }

    /// A word of the text as the filter reads it.
    struct Word {
        /// Where the run of word bytes stops.
        var end: Int
        /// The hash of the word's bytes folded to lower case.
        var hash: UInt64
        /// The eight bytes from the word's start, as they are (bytes past the word's end are
        /// the text's, or zero near its end).
        var head: UInt64
    }

    /// The word starting at `start`: where it ends, its hash and first bytes, eight bytes at a
    /// time (zero past the text's end stops it there).
    @inline(__always) static func word(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Word {
        let head = SWAR.load(bytes, at: start)
        var hash = seed
        var p = start
        var v = head
        while true {
            let stop = ~SWAR.wordBytes(v) & SWAR.high
            if stop != 0 {
                let length = SWAR.first(stop)
                return Word(end: p + length, hash: mix(hash, v, length: length), head: head)
            }
            hash = mix(hash, v | fold)
            p += 8
            v = SWAR.load(bytes, at: p)
        }
    }

    /// A word shorter than eight bytes: `v` holds its bytes from `start`, `length` of them.
    @inline(__always) static func shortWord(_ v: UInt64, at start: Int, length: Int) -> Word {
        Word(end: start &+ length, hash: mix(seed, v, length: length), head: v)
    }

    private static let seed = FNV.basis

    /// `hash` with the first `length` (0 to 7) bytes of `v` mixed in, folded.
    @inline(__always) private static func mix(_ hash: UInt64, _ v: UInt64, length: Int) -> UInt64 {
        length == 0 ? hash : mix(hash, (v | fold) & (UInt64.max >> UInt64(64 &- 8 &* length)))
    }

    /// Sets bit 0x20 of every byte: lower case for ASCII letters, no change for digits, and a
    /// consistent (if lossy) mapping for the bytes of non-ASCII characters.
    private static let fold = SWAR.ones &* 0x20

    @inline(__always) private static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        FNV.mix(hash, chunk)
    }

    private static let alone: UInt64 = 1
    private static let begins: UInt64 = 2
    /// Bits of a stem start's slot: 26 stems fill under 1% of 2^12.
    private static let stemBits = 12

    /// The two flags of a hashed word.
    @inline(__always) private static func flags(_ table: [UInt64], _ hash: UInt64) -> UInt64 {
        let slot = wordSlot(hash)
        return table.withUnsafeBufferPointer { $0[slot >> 5] >> UInt64((slot & 31) * 2) & 3 }
    }

    private static func flag(_ table: inout [UInt64], _ hash: UInt64, _ flag: UInt64) {
        let slot = wordSlot(hash)
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

    @inline(__always) private static func wordSlot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - wordBits))
    }

    @inline(__always) private static func slots(_ hash: UInt64) -> (Int, Int) {
        let mixed = hash &* 0x9E37_79B9_7F4A_7C15
        return (
            Int(truncatingIfNeeded: mixed >> UInt64(64 - bits)),
            Int(truncatingIfNeeded: (mixed >> UInt64(64 - 2 * bits)) & ((1 << UInt64(bits)) - 1))
        )
    }
}
