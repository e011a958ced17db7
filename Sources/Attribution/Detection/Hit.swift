/// A phrase of the trie found in normalized text.
struct Hit: Sendable, Hashable {
    /// Normalized byte range of the match.
    var start: Int
    var end: Int
    /// The entries that matched (those whose case and boundary rules held).
    var entries: [TrieEntry]
    /// The match ran into the next word (scraped text) instead of ending on a boundary.
    var glued: Bool

    /// The cues among the entries.
    func cues(_ lexicon: CueLexicon) -> [Cue] {
        entries.compactMap { entry in
            if case .cue(let index) = entry.target { lexicon.cues[index] } else { nil }
        }
    }

    /// The first cue of `families` among the entries.
    func cue(_ lexicon: CueLexicon, in families: Set<CueFamily>) -> Cue? {
        for entry in entries {
            if case .cue(let index) = entry.target, families.contains(lexicon.cues[index].family) {
                return lexicon.cues[index]
            }
        }
        return nil
    }

    /// The outlet an alias entry names, if any.
    func outlet(_ gazetteer: Gazetteer) -> Int? {
        for entry in entries {
            if case .alias(let index) = entry.target { return gazetteer.aliases[index].outlet }
        }
        return nil
    }
}
