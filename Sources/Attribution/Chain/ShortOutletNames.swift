/// A paper called by the last word of its name after it was named in full: `the Times said`
/// after `The Los Angeles Times reported` is the Los Angeles Times, not the London paper the
/// gazetteer knows as `The Times`; `the Herald` after `The Miami Herald` the same. Only a paper
/// of another country than the short name's takes it over (`Financial Times` leaves `The Times`
/// the London paper).
enum ShortOutletNames {
    /// `evidence` and `nested` with each such short mention given the outlet named in full before it.
    static func resolve(
        _ evidence: inout [Evidence], nested: inout [(from: Subject, to: Subject)], gazetteer: Gazetteer,
        bytes: [UInt8]
    ) {
        let outlets = evidence.map { item -> Int? in if case .outlet(let index) = item.subject { index } else { nil } }
        // Most articles credit one outlet or none: nothing to tell apart.
        guard let first = outlets.first(where: { $0 != nil }), outlets.contains(where: { $0 != nil && $0 != first })
        else { return }
        var replaced: [Int: Int] = [:]
        for k in evidence.indices {
            guard let short = outlets[k], let word = shortWord(gazetteer.outlets[short].name),
                says(word, alone: evidence[k].range, in: bytes)
            else { continue }
            let earlier = evidence.indices.first { j in
                guard let full = outlets[j], full != short, evidence[j].range.lowerBound < evidence[k].range.lowerBound
                else { return false }
                // `Financial Times` and `The Times` are two London papers: only a paper of
                // another country takes the short name over.
                return gazetteer.outlets[full].kind.isMedia && endsLonger(gazetteer.outlets[full].name, with: word)
                    && gazetteer.outlets[full].country != gazetteer.outlets[short].country
            }
            guard let earlier, let full = outlets[earlier] else { continue }
            evidence[k].subject = .outlet(full)
            replaced[short] = full
        }
        // A nesting between the short outlet and another follows the mention it came from.
        guard !replaced.isEmpty else { return }
        let credited = Set(evidence.compactMap { if case .outlet(let index) = $0.subject { index } else { nil } })
        for k in nested.indices {
            for (short, full) in replaced where !credited.contains(short) {
                if nested[k].from == .outlet(short) { nested[k].from = .outlet(full) }
                if nested[k].to == .outlet(short) { nested[k].to = .outlet(full) }
            }
        }
    }

    /// The one word an outlet's name holds past its article (`Times` of `The Times`), or nil.
    private static func shortWord(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count == 2, words[0] == "The" else { return nil }
        return String(words[1])
    }

    /// Whether `name` has more than an article before its last word `word` (`Los Angeles Times`).
    private static func endsLonger(_ name: String, with word: String) -> Bool {
        let words = name.split(separator: " ")
        guard words.count >= 2, words.last.map(String.init) == word else { return false }
        return words.count > 2 || words[0] != "The"
    }

    /// Whether the mention at `range` writes `word` right after `the` (`the Times said`), not
    /// as the end of a longer name.
    private static func says(_ word: String, alone range: Range<Int>, in bytes: [UInt8]) -> Bool {
        let target = Array(word.utf8)
        guard range.count >= target.count + 4 else { return false }
        var i = range.lowerBound + 4
        while i + target.count <= range.upperBound {
            if bytes[i..<(i + target.count)].elementsEqual(target), bytes[i - 1] == 0x20,
                bytes[i - 4] | 0x20 == UInt8(ascii: "t"), bytes[i - 3] | 0x20 == UInt8(ascii: "h"),
                bytes[i - 2] | 0x20 == UInt8(ascii: "e"),
                i - 4 == 0 || !CueScanner.isLetterOrDigit(bytes[i - 5])
            {
                return true
            }
            i += 1
        }
        return false
    }
}
