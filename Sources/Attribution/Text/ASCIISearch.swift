extension String {
    /// Whether the string's bytes hold the ASCII `needle`, byte for byte: for the lexicon's
    /// own words in names and phrases, without Foundation's Unicode-aware search.
    func holds(_ needle: StaticString) -> Bool {
        holds(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
    }

    /// Whether the string's bytes hold the bytes of `needle`.
    func holds(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { holds($0) }
    }

    private func holds(_ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        var copy = self
        return copy.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            return (0...(bytes.count - pattern.count)).contains { start in
                bytes[start..<(start + pattern.count)].elementsEqual(pattern)
            }
        }
    }
}
