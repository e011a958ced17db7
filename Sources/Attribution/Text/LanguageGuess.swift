/// Tells an article's language by its commonest function words (the `function-word` list of
/// `words.tsv`).
enum LanguageGuess {
    /// The languages, in table order, each with its function words between spaces.
    private static let languages: [(code: String, words: [[UInt8]])] = {
        var languages: [(code: String, words: [[UInt8]])] = []
        for (word, code) in WordLists.standard.pairs(.functionWord) {
            let bytes = [0x20] + Array(word.utf8) + [0x20]
            if let index = languages.firstIndex(where: { $0.code == code }) {
                languages[index].words.append(bytes)
            } else {
                languages.append((code, [bytes]))
            }
        }
        return languages
    }()

    /// The language whose function words are commonest in the first few kilobytes; the first
    /// language of the table when in doubt.
    static func of(_ bytes: [UInt8], limit: Int = 4_000) -> String {
        let n = min(bytes.count, limit)
        var counts = [Int](repeating: 0, count: languages.count)
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            while i < n {
                if b[i] == 0x20, i + 3 < n {
                    for (index, language) in languages.enumerated() {
                        for word in language.words where matches(b, i, word, n) { counts[index] += 1 }
                    }
                }
                i += 1
            }
        }
        var best = 0
        for index in counts.indices where counts[index] > counts[best] { best = index }
        return languages.isEmpty ? "" : languages[best].code
    }

    private static func matches(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ word: [UInt8], _ n: Int) -> Bool {
        guard i + word.count <= n else { return false }
        for k in 1..<word.count where PhraseTrie.fold(b[i + k]) != word[k] { return false }
        return true
    }
}
