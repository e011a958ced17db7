/// Tells Indonesian from English text by its commonest function words.
enum LanguageGuess {
    private static let indonesian: [[UInt8]] = [" yang ", " dan ", " di ", " dengan ", " untuk ", " ini "].map {
        Array($0.utf8)
    }
    private static let english: [[UInt8]] = [" the ", " and ", " of ", " to ", " is ", " that "].map { Array($0.utf8) }

    /// `id` or `en`, read from the first few kilobytes; Indonesian when in doubt.
    static func of(_ bytes: [UInt8], limit: Int = 4_000) -> String {
        let n = min(bytes.count, limit)
        var id = 0
        var en = 0
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < n {
                if b[i] == 0x20, i + 3 < n {
                    for word in indonesian where matches(b, i, word, n) { id += 1 }
                    for word in english where matches(b, i, word, n) { en += 1 }
                }
                i += 1
            }
        }
        return en > id ? "en" : "id"
    }

    private static func matches(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: [UInt8], _ n: Int) -> Bool {
        guard i + word.count <= n else { return false }
        for k in 1..<word.count where PhraseTrie.fold(b[i + k]) != word[k] { return false }
        return true
    }
}
