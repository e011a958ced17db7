/// A phrase of the trie found in normalized text.
struct Hit: Sendable, Hashable {
    /// Normalized byte range of the match.
    var start: Int
    var end: Int
    /// The entries that matched (those whose case and boundary rules held).
    var entries: [TrieEntry]
    /// The match ran into the next word (scraped text) instead of ending on a boundary.
    var glued: Bool

    /// The cues among the entries, one per family, in table order.
    func cues(_ lexicon: CueLexicon) -> [Cue] {
        entries.compactMap { entry in
            if case .cue(let index) = entry.target { lexicon.cues[index] } else { nil }
        }
    }

    /// Whether any entry is a cue of `families`, without touching the lexicon.
    func has(_ families: CueFamilies) -> Bool {
        for entry in entries where entry.familyBit & families.rawValue != 0 { return true }
        return false
    }

    /// The first cue of `families` among the entries.
    func cue(_ lexicon: CueLexicon, in families: CueFamilies) -> Cue? {
        for entry in entries where entry.familyBit & families.rawValue != 0 {
            if case .cue(let index) = entry.target { return lexicon.cues[index] }
        }
        return nil
    }

    /// The outlet an alias entry names, if any. A weak alias (`?Record`) names it only in a
    /// `mediaContext`: after a descriptor or a cue that only ever names media (`dilansir`, a
    /// footer, a photo credit), never alone (a dateline, a sign-off) nor after a cue that also
    /// names people and bodies (`menurut`, `kepada`).
    func outlet(_ gazetteer: Gazetteer, mediaContext: Bool = false) -> Int? {
        for entry in entries where entry.outlet >= 0 && (mediaContext || !entry.weak) { return Int(entry.outlet) }
        return nil
    }
}
