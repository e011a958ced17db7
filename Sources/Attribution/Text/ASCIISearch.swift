extension String {
    /// Whether the string's bytes hold the ASCII `needle`, byte for byte: for the lexicon's
    /// own words in names and phrases, without Foundation's Unicode-aware search.
    func holds(_ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        var copy = self
        return copy.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            return (0...(bytes.count - pattern.count)).contains { start in
                bytes[start..<(start + pattern.count)].elementsEqual(pattern)
            }
        }
    }
}
